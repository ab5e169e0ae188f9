"""Relation paths from the linked entities, ranked as whole paths against the question.

A path is a sequence of (relation, direction) steps from a topic entity, e.g. for "who directed
the films written by X": X ←written_by– film –directed_by→ person. Paths are grown breadth first
with a beam (only the best few prefixes are expanded) and a fan-out cap per node, so hub nodes
cannot flood the search. A path's score says how well its relations explain the question's
words: each step should be backed by a distinct question word, and each relation word of the
question should be used by some step.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import permutations

from graphrag.store.base import GraphStore
from graphrag.types import Edge, LinkedEntity
from graphrag.retrievers.relations import RelationScorer
from graphrag.retrievers.text import Token

# Words that ask for entities sharing something with the topic ("same director as X",
# "acted together with X"): they license a step back along the relation just taken.
SIBLING_CUES = frozenset("same share shares shared sharing also together co both common fellow another "
                         "同 共同 一起 也 都".split())

Step = tuple[str, str]  # (relation, "out" | "in"); "in" walks from object to subject


@dataclass
class Path:
    topic: LinkedEntity
    steps: tuple[Step, ...]
    layers: list[list[tuple[int, Edge, int]]]  # per hop: (from node, edge, to node)
    score: float = 0.0
    components: dict[str, float] = field(default_factory=dict)

    @property
    def frontier(self) -> dict[int, int]:
        """End nodes → number of chains reaching them (support)."""
        counts: dict[int, int] = {self.topic.id: 1}
        for layer in self.layers:
            nxt: dict[int, int] = {}
            for a, _, b in layer:
                if a in counts:
                    nxt[b] = nxt.get(b, 0) + counts[a]
            counts = nxt
        return counts

    def label(self) -> str:
        parts = [self.topic.name]
        for rel, d in self.steps:
            parts.append(f"-{rel}->" if d == "out" else f"<-{rel}-")
        return " ".join(parts)


class PathFinder:
    def __init__(self, store: GraphStore, scorer: RelationScorer, *, hops: int = 2, beam: int = 8,
                 fanout: int = 200, max_edges: int = 20_000, max_frontier: int = 2_000):
        self.store = store
        self.scorer = scorer
        self.hops = hops
        self.beam = beam
        self.fanout = fanout
        self.max_edges = max_edges
        self.max_frontier = max_frontier

    # -- search ------------------------------------------------------------------------------
    def find(self, topics: list[LinkedEntity], words: list[Token], mention_pos: dict[int, int]) -> list[Path]:
        """All scored paths up to `hops` long, best first."""
        self.scorer.prefetch([w.norm for w in words])
        ctx = _Context(
            words=[w for w in words if w.norm not in SIBLING_CUES],
            mention_pos=mention_pos,
            sibling=any(w.norm in SIBLING_CUES or w.raw.lower().startswith("co-") for w in words),
            best_link=max((t.score for t in topics), default=1.0) or 1.0,
        )
        adj: dict[int, list[tuple[Step, Edge, int]]] = {}
        edges_seen = 0
        beam = [Path(t, (), []) for t in topics]
        done: list[Path] = []
        for _ in range(self.hops):
            need = {n for p in beam for n in p.frontier if n not in adj}
            if need:
                for e in self.store.neighbors(list(need), limit=self.fanout):
                    edges_seen += 1
                    ctx.near.add(e.relation)
                    if e.subject_id in need:
                        adj.setdefault(e.subject_id, []).append(((e.relation, "out"), e, e.object_id))
                    if e.object_id in need:
                        adj.setdefault(e.object_id, []).append(((e.relation, "in"), e, e.subject_id))
                for n in need:
                    adj.setdefault(n, [])
            grown: list[Path] = []
            for p in beam:
                visited = {p.topic.id} | {b for layer in p.layers for _, _, b in layer}
                by_step: dict[Step, list[tuple[int, Edge, int]]] = {}
                for node in p.frontier:
                    for step, e, other in adj.get(node, ()):
                        if other not in visited:
                            by_step.setdefault(step, []).append((node, e, other))
                for step, layer in by_step.items():
                    q = Path(p.topic, p.steps + (step,), p.layers + [layer[: self.max_frontier]])
                    self._score(q, ctx)
                    grown.append(q)
            grown.sort(key=lambda p: -p.score)
            done.extend(grown)
            beam = grown[: self.beam]
            if not beam or edges_seen > self.max_edges:
                break
        for p in done:  # rescore with every relation seen nearby, not only those known mid-search
            self._score(p, ctx)
        done.sort(key=lambda p: -p.score)
        return done

    # -- scoring -----------------------------------------------------------------------------
    def _score(self, p: Path, ctx: "_Context") -> None:
        words, k = ctx.words, len(p.steps)
        ev = [[self.scorer.evidence(w.norm, rel) for w in words] for rel, _ in p.steps]
        # one distinct question word backs each step (at most 3 steps: brute force is fine)
        best_sum, best_assign = 0.0, ()
        for assign in permutations(range(len(words)), min(k, len(words))):
            s = sum(ev[i][j] for i, j in enumerate(assign))
            if s > best_sum:
                best_sum, best_assign = s, assign
        # a question word that speaks strongly for some nearby relation should be used by a step
        uncovered = 0.0
        for j, w in enumerate(words):
            strongest = max((self.scorer.evidence(w.norm, r) for r in ctx.near), default=0.0)
            if strongest >= 0.5:
                uncovered += max(0.0, strongest - max((ev[i][j] for i in range(k)), default=0.0))
        # the step nearest the topic should be backed by the word nearest the topic's mention
        order = 0.0
        if len(best_assign) >= 2 and p.topic.id in ctx.mention_pos:
            m = ctx.mention_pos[p.topic.id]
            dist = [abs(words[j].start - m) for j in best_assign]
            order = 0.15 if dist == sorted(dist) else -0.15
        back = sum(1 for a, b in zip(p.steps, p.steps[1:]) if a[0] == b[0] and a[1] != b[1])
        sibling = (0.6 if ctx.sibling else -0.3) * back
        link = p.topic.score / ctx.best_link - 1.0
        p.score = best_sum - 0.6 * uncovered + order + sibling + link - 0.35 * k
        p.components = {"relation_evidence": round(best_sum, 4), "uncovered": round(-0.6 * uncovered, 4),
                        "order": order, "sibling": sibling, "link": round(link, 4), "hop_cost": -0.35 * k}


@dataclass
class _Context:
    words: list[Token]
    mention_pos: dict[int, int]
    sibling: bool
    best_link: float
    near: set[str] = field(default_factory=set)
