"""`graphrag migrate --from DIR --to nebula`: copy an embedded graph into NebulaGraph, resumably.

Triples are copied in id order, in batches. After each batch the id of the last copied triple is
written to DIR/nebula-migrate.json (one entry per target address and space), so an interrupted
run resumes where it stopped and a later run copies only triples added since. Writes are
idempotent: a batch repeated after a crash changes nothing. Aliases are copied after the triples.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable

from graphrag.errors import UserError
from graphrag.files import atomic_file
from graphrag.types import Triple

HELP = "copy an embedded graph (triples, aliases, provenance) into NebulaGraph in resumable batches"
CHECKPOINT = "nebula-migrate.json"


@dataclass
class Checkpoint:
    """Progress of one migration target, persisted beside the source graph."""

    path: Path
    target: str
    last_id: int = 0
    copied: int = 0
    aliases_done: bool = False
    _all: dict = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, path: Path, target: str) -> "Checkpoint":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as e:
            raise UserError(f"{path}: unreadable checkpoint ({e}); delete it or pass --restart") from None
        mine = data.get(target, {})
        return cls(path, target, int(mine.get("last_id", 0)), int(mine.get("copied", 0)),
                   bool(mine.get("aliases_done", False)), data)

    def save(self) -> None:
        self._all[self.target] = {"last_id": self.last_id, "copied": self.copied, "aliases_done": self.aliases_done}
        with atomic_file(self.path) as fh:  # a crash leaves the old or the new checkpoint
            fh.write(json.dumps(self._all, indent=1).encode("utf-8"))


@dataclass
class MigrateSummary:
    copied: int  # triples sent in this run
    added: int  # of those, new in the target
    aliases: int
    resumed_after: int  # triples already copied by earlier runs
    seconds: float


def migrate(source, target, checkpoint: Checkpoint, *, batch: int = 2000,
            progress: Callable[[int], None] | None = None) -> MigrateSummary:
    """Copy `source` (any GraphStore) into `target`, saving `checkpoint` after every batch."""
    if batch < 1:
        raise UserError("--batch must be at least 1")
    t0 = time.perf_counter()
    resumed, copied, added = checkpoint.copied, 0, 0
    edges = (e for e in source.iter_edges() if e.id > checkpoint.last_id)
    while chunk := list(islice(edges, batch)):
        stats = target.upsert_triples(
            [Triple(e.subject, e.relation, e.object, e.source, e.confidence) for e in chunk], batch_size=len(chunk))
        checkpoint.last_id = chunk[-1].id
        checkpoint.copied += len(chunk)
        checkpoint.aliases_done = False  # new triples may bring entities whose aliases are not copied yet
        checkpoint.save()
        copied += len(chunk)
        added += stats.added
        if progress is not None:
            progress(len(chunk))
    aliases = 0
    if not checkpoint.aliases_done:
        rows = [(e.name, a) for e in source.iter_entities() for a in e.aliases]
        if hasattr(target, "add_alias_rows"):
            aliases = target.add_alias_rows(rows)
        else:
            by_entity: dict[str, list[str]] = {}
            for name, alias in rows:
                by_entity.setdefault(name, []).append(alias)
            aliases = sum(target.add_aliases(name, al) for name, al in by_entity.items())
        checkpoint.aliases_done = True
        checkpoint.save()
    return MigrateSummary(copied, added, aliases, resumed, time.perf_counter() - t0)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="source", required=True, metavar="DIR",
                   help="embedded graph directory (the one `graphrag load --graph DIR` wrote)")
    p.add_argument("--to", dest="target", required=True, choices=["nebula"],
                   help="target backend; connection from GRAPHRAG_NEBULA_ADDRESS/_USER/_PASSWORD/_SPACE")
    p.add_argument("--batch", type=int, default=2000, metavar="N", help="triples per batch (default 2000)")
    p.add_argument("--create-space", action="store_true",
                   help="create the space and schema first and wait until they are usable")
    p.add_argument("--partitions", type=int, default=10, help="partition_num for --create-space (default 10)")
    p.add_argument("--replica-factor", type=int, default=1, help="replica_factor for --create-space (default 1)")
    p.add_argument("--restart", action="store_true", help="ignore the checkpoint and copy everything again")
    p.add_argument("--config", metavar="FILE", default=None, help="TOML settings file (default: DIR/graphrag.toml)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from graphrag.settings import Settings
    from graphrag.store.nebula import NebulaGraphStore
    from graphrag.store.sqlite import SQLiteGraphStore

    src = Path(args.source)
    if not (src / SQLiteGraphStore.filename).is_file():
        raise UserError(f"no embedded graph at {src} (expected {src / SQLiteGraphStore.filename})")
    settings = Settings.load(src, args.config)
    source = SQLiteGraphStore(src, create=False)
    try:
        target = NebulaGraphStore.from_settings(settings, create_space=args.create_space,
                                                partitions=args.partitions, replicas=args.replica_factor)
        with target:
            checkpoint = Checkpoint.load(src / CHECKPOINT, f"nebula://{target.conn.where}/{target.conn.space}")
            if args.restart:
                checkpoint.last_id, checkpoint.copied, checkpoint.aliases_done = 0, 0, False
            total = source.stats()["triples"]
            with tqdm(total=total, initial=min(checkpoint.copied, total), unit=" triples", unit_scale=True,
                      desc=f"migrating to {target.conn.space}", disable=args.quiet) as bar:
                s = migrate(source, target, checkpoint, batch=args.batch, progress=bar.update)
            totals = target.stats()
    finally:
        source.close()
    print(f"{s.copied:,} triples sent ({s.added:,} new, {s.resumed_after:,} copied by earlier runs), "
          f"{s.aliases:,} aliases added in {s.seconds:.1f}s; space {settings.nebula_space}: "
          f"{totals['triples']:,} triples, {totals['entities']:,} entities", file=sys.stderr)
    return 0
