"""Options several sub-commands share, written once: where the graph is, which answering model."""
from __future__ import annotations

import argparse


def add_graph_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph", metavar="DIR", default=None,
                   help="graph directory (default: $GRAPHRAG_HOME or ./graphrag-data)")
    p.add_argument("--config", metavar="FILE", default=None,
                   help="TOML settings file (default: $GRAPHRAG_CONFIG or DIR/graphrag.toml)")


def add_llm_argument(p: argparse.ArgumentParser, help: str, *, with_none: bool = True) -> None:
    """`--llm` with the registered backends as its choices (graphrag/llm/registry.py)."""
    from graphrag.llm.registry import llm_names

    p.add_argument("--llm", choices=llm_names(with_none=with_none), default=None, help=help)
