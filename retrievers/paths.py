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
from graphrag.retrievers.relations import RelationScorer, slot
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
    parent: "Path | None" = None
    count: int = 0  # edges this step has from the parent's frontier (before materialising)
    layers: list[list[tuple[int, Edge, int]]] | None = None  # per hop: (from, edge, to); None until needed
    score: float = 0.0
    components: dict[str, float] = field(default_factory=dict)
    _frontier: dict[int, int] | None = None

    @property
    def frontier(self) -> dict[int, int]:
        """End nodes → number of chains reaching them (support). Needs the path materialised."""
        if self._frontier is None:
            counts: dict[int, int] = {self.topic.id: 1}
            for layer in self.layers or []:
                nxt: dict[int, int] = {}
                for a, _, b in layer:
                    if a in counts:
                        nxt[b] = nxt.get(b, 0) + counts[a]
                counts = nxt
            self._frontier = counts
        return self._frontier

    def label(self) -> str:
        parts = [self.topic.name]
        for rel, d in self.steps:
            parts.append(f"-{rel}->" if d == "out" else f"<-{rel}-")
        return " ".join(parts)


class PathFinder:
    """Beam search over relation paths. A path's score depends only on its relations, so the
    search asks the store for relation counts at each frontier and fetches edges only for the
    paths that survive the beam (and, at the end, for the best paths returned)."""

    def __init__(self, store: GraphStore, scorer: RelationScorer, *, hops: int = 3, beam: int = 8,
                 fanout: int = 200, max_edges: int = 20_000, max_frontier: int = 500):
        self.store = store
        self.scorer = scorer
        self.hops = hops
        self.beam = beam
        self.fanout = fanout
        self.max_edges = max_edges
        self.max_frontier = max_frontier
        self._edges = 0

    # -- search ------------------------------------------------------------------------------
    def find(self, topics: list[LinkedEntity], words: dict[int, list[Token]], mention_pos: dict[int, int],
             keep: int = 8) -> list[Path]:
        """Scored paths up to `hops` long, best first; the best `keep` are materialised.
        `words` are the question's content words per topic (all but that topic's mention)."""
        self.scorer.prefetch([w.norm for ws in words.values() for w in ws])
        best_link = max((t.score for t in topics), default=1.0) or 1.0
        near: set[str] = set()
        ctxs = {t.id: _Context(
            words=[w for w in words.get(t.id, []) if w.norm not in SIBLING_CUES],
            mention_pos=mention_pos,
            sibling=any(w.norm in SIBLING_CUES or w.raw.lower().startswith("co-") for w in words.get(t.id, [])),
            best_link=best_link, near=near) for t in topics}
        self._edges = 0
        beam = [Path(t, (), layers=[]) for t in dict((t.id, t) for t in topics).values()]
        done: list[Path] = []
        for _ in range(self.hops):
            grown: list[Path] = []
            counts = [self._step_counts(list(p.frontier)[: self.max_frontier]) for p in beam]
            before = len(near)
            for c in counts:
                near.update(rel for rel, _ in c)
            if len(near) != before:
                for ctx in ctxs.values():
                    ctx.refresh(self.scorer)
            for p, c in zip(beam, counts):
                for step, n in c.items():
                    q = Path(p.topic, p.steps + (step,), parent=p, count=n)
                    self._score(q, ctxs[p.topic.id])
                    grown.append(q)
            grown.sort(key=lambda p: -p.score)
            done.extend(grown)
            beam = [p for p in grown[: self.beam] if self._materialise(p)]
            if not beam or self._edges > self.max_edges:
                break
        done.sort(key=lambda p: -p.score)
        out = []
        for p in done:
            if self._materialise(p):
                out.append(p)
            if len(out) >= keep:
                break
        if out:  # the best path's own extensions too, for the answer-type check downstream
            best = out[0]
            family = [p for p in done if p.topic.id == best.topic.id and len(p.steps) > len(best.steps)
                      and p.steps[: len(best.steps)] == best.steps and p not in out]
            out.extend(p for p in family[:keep] if self._materialise(p))
        return out

    def _step_counts(self, nodes: list[int]) -> dict[Step, int]:
        counter = getattr(self.store, "step_counts", None)
        if counter is not None:
            return counter(nodes)
        out: dict[Step, int] = {}
        node_set = set(nodes)
        for e in self.store.neighbors(nodes, limit=self.fanout):
            if e.subject_id in node_set:
                out[(e.relation, "out")] = out.get((e.relation, "out"), 0) + 1
            if e.object_id in node_set:
                out[(e.relation, "in")] = out.get((e.relation, "in"), 0) + 1
        return out

    def _materialise(self, p: Path) -> bool:
        """Fetch this path's last hop (parents first). False when it leads nowhere new."""
        if p.layers is not None:
            return bool(p.frontier)
        if p.parent is None or not self._materialise(p.parent):
            p.layers = []
            return False
        rel, direction = p.steps[-1]
        starts = list(p.parent.frontier)[: self.max_frontier]
        visited = {p.topic.id} | {b for layer in p.parent.layers for _, _, b in layer}
        layer = []
        start_set = set(starts)
        for e in self.store.neighbors(starts, direction=direction, relations=[rel], limit=self.fanout):
            a, b = (e.subject_id, e.object_id) if direction == "out" else (e.object_id, e.subject_id)
            if a in start_set and b not in visited:
                layer.append((a, e, b))
        self._edges += len(layer)
        p.layers = p.parent.layers + [layer]
        return bool(layer)

    # -- scoring -----------------------------------------------------------------------------
    def _score(self, p: Path, ctx: "_Context") -> None:
        words, k = ctx.words, len(p.steps)
        ev = [ctx.evidence(rel) for rel, _ in p.steps]
        # one distinct question word backs each step (at most 3 steps: brute force is fine);
        # a relation used twice needs two mentions, not two halves of one ("year … released")
        rels = [rel for rel, _ in p.steps]
        slots = [[slot(w.norm, rel) for w in words] for rel in rels]
        best_sum, best_assign = 0.0, ()
        for assign in permutations(range(len(words)), min(k, len(words))):
            s = 0.0
            for i, j in enumerate(assign):
                if any(rels[h] == rels[i] and slots[h][assign[h]] >= 0 and slots[i][j] >= 0
                       and slots[h][assign[h]] != slots[i][j] for h in range(i)):
                    continue
                s += ev[i][j]
            if s > best_sum:
                best_sum, best_assign = s, assign
        # a question word that speaks strongly for some nearby relation should be used by a step
        uncovered = 0.0
        for j, w in enumerate(words):
            strongest = ctx.strongest[j]
            if strongest >= 0.5:
                uncovered += max(0.0, strongest - max((ev[i][j] for i in range(k)), default=0.0))
        # the step nearest the topic should be backed by the word nearest the topic's mention
        # ("who DIRECTED films that share ACTORS with X": actors first, directed last)
        order = 0.0
        strong = [(i, j) for i, j in enumerate(best_assign) if ev[i][j] >= 0.5]
        if len(strong) >= 2 and p.topic.id in ctx.mention_pos:
            m = ctx.mention_pos[p.topic.id]
            dist = [abs(words[j].start - m) for _, j in strong]
            order = 0.15 if dist == sorted(dist) else -0.15
        # stepping back along the relation just taken reaches the topic's peers ("films with the
        # same director"): asked for by a cue word, plausible as a bridge, unlikely as the answer
        sibling = 0.0
        for i, (a, b) in enumerate(zip(p.steps, p.steps[1:])):
            if a[0] == b[0] and a[1] != b[1]:
                if ctx.sibling and sibling <= 0:  # one cue word licenses one step back
                    sibling += 0.6
                else:
                    sibling += -1.0 if i + 2 == k else -0.1
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
    near: set[str]
    rels: list[str] = field(default_factory=list)
    ev: dict[str, list[float]] = field(default_factory=dict)
    strongest: list[float] = field(default_factory=list)

    def refresh(self, scorer: RelationScorer) -> None:
        """Evidence of every word for every relation seen near the topic so far."""
        self.rels = sorted(self.near)
        m = scorer.matrix([w.norm for w in self.words], self.rels)
        self.ev = {r: m[:, i].tolist() for i, r in enumerate(self.rels)}
        self.strongest = m.max(axis=1).tolist() if self.rels and self.words else [0.0] * len(self.words)

    def evidence(self, rel: str) -> list[float]:
        return self.ev.get(rel) or [0.0] * len(self.words)
