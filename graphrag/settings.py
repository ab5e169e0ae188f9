"""All configuration in one place: defaults < config file < environment < explicit overrides.

The config file is TOML: `$GRAPHRAG_CONFIG`, else `graphrag.toml` in the graph directory.
Every field can be set by an environment variable `GRAPHRAG_<FIELD>` (upper case), e.g.
`GRAPHRAG_BUDGET=1024`, `GRAPHRAG_LLM=openai`, `GRAPHRAG_OPENAI_BASE_URL=http://localhost:11434/v1`.
"""
from __future__ import annotations

import dataclasses
import difflib
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from graphrag.errors import SettingsError
from graphrag.llm.registry import llm_names
from graphrag.store.registry import store_names


def _default_home() -> str:
    return os.environ.get("GRAPHRAG_HOME", "./graphrag-data")


@dataclass(frozen=True)
class Settings:
    # where the graph lives
    home: str = field(default_factory=_default_home)
    store: str = "sqlite"  # a name in graphrag/store/registry.py: sqlite | nebula

    # retrieval knobs (overridable per request)
    hops: int = 3  # longest relation path searched, 1..3 (the beam keeps 3 hops cheap)
    max_hops: int = 3
    fanout: int = 200  # max edges followed per entity per hop
    max_edges: int = 20000  # hard cap on edges touched per question
    top_k: int = 50  # ranked facts kept before budgeting
    top_paths: int = 8  # relation paths materialised per question
    min_confidence: float = 0.3  # below: "I don't know" (answers empty, facts kept); confidence is the dev-suite hit rate of like answers; 0 = never
    budget: int = 512  # fact-block budget in tokens of the answering model
    fuzzy_threshold: float = 80.0  # how closely (rapidfuzz ratio, 0..100) a misspelled mention must spell a name to link it (retrievers/names.py)
    vector: bool = True  # use vector recall when the vector extra and an index are present
    vector_top_k: int = 20
    vector_flat_max: int = 50_000  # exact faiss search up to this many vectors, HNSW beyond
    w_path: float = 2.0  # weight of the ranked-path list in reciprocal-rank fusion
    w_vector: float = 0.5  # weight of the vector-recall list
    rrf_k: int = 60
    passages: int = 3  # sentences quoted from ingested documents into the fact block (0: none)
    passage_share: float = 0.34  # share of `budget` kept for passages when there are facts too

    # embeddings
    embed_model: str = "auto"  # auto | minilm | e5 | a sentence-transformers folder path

    # answering
    llm: str = "none"  # none or a name in graphrag/llm/registry.py: openai | local
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
    retrieval_timeout: float = 10.0  # seconds a question may wait for and spend in retrieval before 503
    llm_threads: int = 8  # LLM calls at once per server process; more wait for a free one, within the timeout
    allowed_hosts: str = ""  # comma-separated Host names; empty = loopback names and the bound host; "*" = any
    max_queued_jobs: int = 16  # ingestion jobs queued or running per server process; more get 429
    max_upload_queue_bytes: int = 1_000_000_000  # bytes of uploads waiting or being ingested; more get 429

    # NebulaGraph
    nebula_address: str = ""  # host:port[,host:port]
    nebula_user: str = "root"
    nebula_password: str = "nebula"
    nebula_space: str = "graphrag"

    def __post_init__(self) -> None:
        if self.llm not in llm_names():
            raise SettingsError(f"setting 'llm': unknown backend {self.llm!r} (one of {', '.join(llm_names())})")
        if self.store not in store_names():
            raise SettingsError(f"setting 'store': unknown store {self.store!r} (one of {', '.join(store_names())})")

    @property
    def home_path(self) -> Path:
        return Path(self.home)

    def replace(self, **overrides: Any) -> "Settings":
        """A copy with overrides applied; `None` means "keep", an unknown name or a value of the
        wrong type is an error."""
        types = {f.name: f.type for f in fields(self)}
        _check_names(overrides, list(types), "setting")
        clean = {k: _coerce(k, v, types[k]) for k, v in overrides.items() if v is not None}
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
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))} (in {cfg} or GRAPHRAG_* env)")
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
                word = value.strip().lower()
                if word not in ("1", "true", "yes", "on", "0", "false", "no", "off", ""):
                    raise ValueError(word)
                return word in ("1", "true", "yes", "on")
            return bool(value)
        return str(value)
    except (TypeError, ValueError):
        raise SettingsError(f"setting {name!r}: cannot read {value!r} as {typ}") from None


# The settings one question may change: each is read by the stage it names, for that question only.
QUERY_FIELDS = ("hops", "fanout", "max_edges", "top_k", "top_paths", "budget", "vector", "vector_top_k",
                "w_path", "w_vector", "rrf_k", "min_confidence", "passages")


@dataclass(frozen=True)
class QueryParams:
    """Per-question overrides (`rag.retrieve(q, budget=128)`, a request's fields). Unset (None)
    fields keep the graph's settings; a name that is not here is an error, not a silent no-op,
    and `vector=False` turns embeddings off for every stage (linking, ranking, fusion)."""

    hops: int | None = None
    fanout: int | None = None
    max_edges: int | None = None
    top_k: int | None = None
    top_paths: int | None = None
    budget: int | None = None
    vector: bool | None = None
    vector_top_k: int | None = None
    w_path: float | None = None
    w_vector: float | None = None
    rrf_k: int | None = None
    min_confidence: float | None = None
    passages: int | None = None  # 0: no sentences quoted from documents for this question

    @classmethod
    def of(cls, **given: Any) -> "QueryParams":
        _check_names(given, QUERY_FIELDS, "per-question parameter")
        return cls(**given)

    def given(self) -> dict[str, Any]:
        return {k: v for k in QUERY_FIELDS if (v := getattr(self, k)) is not None}

    def apply(self, settings: Settings) -> Settings:
        given = self.given()
        return settings.replace(**given) if given else settings


def _check_names(given: dict[str, Any], known, what: str) -> None:
    unknown = [k for k in given if k not in known]
    if unknown:
        hints = []
        for k in unknown:
            close = difflib.get_close_matches(k, list(known), n=1)
            hints.append(f"{k!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        raise SettingsError(f"unknown {what}(s): {', '.join(hints)}; known: {', '.join(known)}")
