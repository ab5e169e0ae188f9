"""Answering-model backends by name: the one list `make_llm`, settings validation and every
`--llm` option read. A new backend is one module whose class has `from_settings(settings)`,
plus one line in `BACKENDS`. Modules load only when their backend is chosen, so an extra that
is not installed costs nothing until asked for."""
from __future__ import annotations

import importlib

NONE = "none"  # the extractive answerer: no model

BACKENDS: dict[str, str] = {  # name → "module:Class"
    "openai": "graphrag.llm.openai_compat:OpenAICompatLLM",
    "local": "graphrag.llm.local:LocalLLM",
}


def llm_names(*, with_none: bool = True) -> list[str]:
    """Valid values of the `llm` setting (`none` first when it is allowed)."""
    return ([NONE] if with_none else []) + list(BACKENDS)


def backend(name: str) -> type:
    """The class registered as `name`; ValueError names the choices."""
    target = BACKENDS.get(name)
    if target is None:
        raise ValueError(f"unknown llm {name!r}: {', '.join(llm_names())}")
    module, _, cls = target.partition(":")
    return getattr(importlib.import_module(module), cls)
