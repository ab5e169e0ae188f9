"""Graph stores behind one protocol; `open_store` picks the backend named by settings."""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphrag.store.base import GraphStore, PathStore, UpsertStats, path_store
from graphrag.store.registry import BACKENDS, backend, store_names
from graphrag.store.sqlite import SQLiteGraphStore

if TYPE_CHECKING:
    from graphrag.settings import Settings

__all__ = ["BACKENDS", "GraphStore", "PathStore", "UpsertStats", "SQLiteGraphStore", "open_store", "path_store",
           "store_names"]


def open_store(settings: "Settings", *, create: bool = True) -> GraphStore:
    return backend(settings.store).from_settings(settings, create=create)
