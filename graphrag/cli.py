"""`graphrag` command line. Each sub-command lives in the module that owns the feature and
exposes `HELP`, `add_arguments(parser)` and `run(args) -> int`; heavy imports stay inside `run`
so `graphrag --help` and `graphrag ask` start fast. Shared options: graphrag/commands/args.py
(commands never import this module: it imports them)."""
from __future__ import annotations

import argparse
import importlib
import sys

# command name → module; modules of optional extras may be missing, the command then says which extra
COMMANDS: dict[str, str] = {
    "load": "graphrag.commands.load",
    "ask": "graphrag.commands.ask",
    "stats": "graphrag.commands.stats",
    "index": "graphrag.commands.index",
    "relations": "graphrag.commands.relations",
    "ingest": "graphrag.ingest.cli",
    "forget": "graphrag.ingest.forget_cli",
    "eval": "graphrag.evaluate.cli",
    "serve": "graphrag.server.cli",
    "migrate": "graphrag.store.migrate",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graphrag",
        description="Question answering over a knowledge graph: grounded answers with cited facts.",
        epilog="Run `graphrag COMMAND --help` for a command's options. Settings: see README (env GRAPHRAG_*).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, modname in COMMANDS.items():
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            continue  # feature not built or its extra not installed
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    from graphrag.errors import UserError

    try:
        return int(args._run(args) or 0)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
