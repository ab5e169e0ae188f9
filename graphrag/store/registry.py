"""Graph stores by name: the one list `open_store` and settings validation read. A new store
is one module whose class implements `GraphStore` and has `from_settings(settings, *, create)`,
plus one line in `BACKENDS`; the path search's extra calls (`PathStore`) are optional."""
from __future__ import annotations

import importlib

BACKENDS: dict[str, str] = {  # name → "module:Class"; modules load only when chosen
    "sqlite": "graphrag.store.sqlite:SQLiteGraphStore",
    "nebula": "graphrag.store.nebula:NebulaGraphStore",
}


def store_names() -> list[str]:
    return list(BACKENDS)


def backend(name: str) -> type:
    target = BACKENDS.get(name)
    if target is None:
        raise ValueError(f"unknown store {name!r}: {', '.join(store_names())}")
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
