"""All configuration in one place: defaults < config file < environment < explicit overrides.

The config file is TOML: `$GRAPHRAG_CONFIG`, else `graphrag.toml` in the graph directory.
Every field can be set by an environment variable `GRAPHRAG_<FIELD>` (upper case), e.g.
`GRAPHRAG_BUDGET=1024`, `GRAPHRAG_LLM=openai`, `GRAPHRAG_OPENAI_BASE_URL=http://localhost:11434/v1`.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


def _default_home() -> str:
    return os.environ.get("GRAPHRAG_HOME", "./graphrag-data")


@dataclass(frozen=True)
class Settings:
    # where the graph lives
    home: str = field(default_factory=_default_home)
    store: str = "sqlite"  # sqlite | nebula

    # retrieval knobs (overridable per request)
    hops: int = 3  # longest relation path searched, 1..3 (the beam keeps 3 hops cheap)
    max_hops: int = 3
    fanout: int = 200  # max edges followed per entity per hop
    max_edges: int = 20000  # hard cap on edges touched per question
    top_k: int = 50  # ranked facts kept before budgeting
    top_paths: int = 8  # relation paths materialised per question
    min_confidence: float = 0.0  # at or below: "I don't know" (answers empty, facts kept); 0 = when no word backs the path
    budget: int = 512  # fact-block budget in tokens of the answering model
    fuzzy_threshold: float = 88.0  # rapidfuzz WRatio for the fuzzy linking fallback
    vector: bool = True  # use vector recall when the vector extra and an index are present
    vector_top_k: int = 20
    vector_flat_max: int = 50_000  # exact faiss search up to this many vectors, IVF beyond
    w_path: float = 2.0  # weight of the ranked-path list in reciprocal-rank fusion
    w_vector: float = 0.5  # weight of the vector-recall list
    rrf_k: int = 60

    # embeddings
    embed_model: str = "auto"  # auto | minilm | e5 | a sentence-transformers folder path

    # answering
    llm: str = "none"  # none | openai | local
    llm_timeout: float = 30.0
    llm_max_tokens: int = 256
    openai_base_url: str = "https://api.openai.com/v1"
    openai_model: str = "gpt-4o-mini"
    openai_api_key: str = ""
    local_model_path: str = ""  # a GGUF file; empty = the packaged SmolLM2 model
    local_threads: int = 1
    local_n_ctx: int = 2048
    tokenizer: str = "cl100k_base"  # default token counter when the model's tokenizer is unknown

    # server
    host: str = "127.0.0.1"
    port: int = 8000
    api_keys: str = ""  # comma-separated; empty = no auth (loopback only for ingestion)
    max_request_bytes: int = 1_000_000
    max_upload_bytes: int = 100_000_000
    cors_origins: str = ""  # comma-separated; empty = CORS off
    model_name: str = "graphrag-kgqa"
    retrieval_threads: int = 1  # concurrent retrievals per server process (Python code: more threads, more GIL churn)

    # NebulaGraph
    nebula_address: str = ""  # host:port[,host:port]
    nebula_user: str = "root"
    nebula_password: str = "nebula"
    nebula_space: str = "graphrag"

    @property
    def home_path(self) -> Path:
        return Path(self.home)

    def replace(self, **overrides: Any) -> "Settings":
        """A copy with overrides applied; unknown names and `None` values are ignored."""
        known = {f.name for f in fields(self)}
        clean = {k: v for k, v in overrides.items() if k in known and v is not None}
        if "hops" in clean:
            clean["hops"] = max(1, min(int(clean["hops"]), self.max_hops))
        return dataclasses.replace(self, **clean)

    @classmethod
    def load(cls, home: str | os.PathLike | None = None, config: str | os.PathLike | None = None,
             env: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        home = str(home) if home is not None else env.get("GRAPHRAG_HOME", "./graphrag-data")
        cfg = Path(config or env.get("GRAPHRAG_CONFIG") or Path(home) / "graphrag.toml")
        if cfg.is_file():
            with cfg.open("rb") as fh:
                values.update(tomllib.load(fh))
        types = {f.name: f.type for f in fields(cls)}
        for name in types:
            key = f"GRAPHRAG_{name.upper()}"
            if key in env and name != "home":
                values[name] = env[key]
        values["home"] = home
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - set(types)
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))} (in {cfg} or GRAPHRAG_* env)")
        return cls(**{k: _coerce(k, v, types[k]) for k, v in values.items()})

    def public_dict(self) -> dict[str, Any]:
        """Settings without secrets, for eval reports and /healthz."""
        d = dataclasses.asdict(self)
        for secret in ("openai_api_key", "api_keys", "nebula_password"):
            d[secret] = "***" if d[secret] else ""
        return d


def _coerce(name: str, value: Any, typ: Any) -> Any:
    typ = str(typ)
    try:
        if typ == "int":
            return int(value)
        if typ == "float":
            return float(value)
        if typ == "bool":
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        return str(value)
    except (TypeError, ValueError):
        raise ValueError(f"setting {name!r}: cannot read {value!r} as {typ}") from None
