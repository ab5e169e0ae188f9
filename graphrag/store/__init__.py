"""Graph stores behind one protocol; `open_store` picks the backend from settings."""
from __future__ import annotations

from graphrag.settings import Settings
from graphrag.store.base import GraphStore, UpsertStats
from graphrag.store.sqlite import SQLiteGraphStore

__all__ = ["GraphStore", "UpsertStats", "SQLiteGraphStore", "open_store"]


def open_store(settings: Settings, *, create: bool = True) -> GraphStore:
    if settings.store == "sqlite":
        return SQLiteGraphStore(settings.home_path, create=create)
    if settings.store == "nebula":
        from graphrag.store.nebula import NebulaGraphStore  # optional extra

        return NebulaGraphStore.from_settings(settings)
    raise ValueError(f"unknown store {settings.store!r} (sqlite or nebula)")
