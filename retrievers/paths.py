"""Relation paths from the linked entities, ranked as whole paths against the question.

A path is a sequence of (relation, direction) steps from a topic entity, e.g. for "who directed
the films written by X": X ←author– film –director→ person. Paths are grown breadth first
with a beam (only the best few prefixes are expanded) and a fan-out cap per node, so hub nodes
cannot flood the search. A path's score says how well its relations explain the question's
words: each step should be backed by a distinct question word, and each relation word of the
question should be used by some step.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product
from typing import Callable

import numpy as np

from graphrag.store.base import GraphStore, path_store
from graphrag.types import Edge, LinkedEntity
from graphrag.retrievers.relations import RelationScorer, label_says, named_side, subject_class
from graphrag.normalize import has_cjk, past_form
from graphrag.terms import STOPWORDS, is_participle
from graphrag.retrievers.text import (CJK_STOP, ORDER_WORDS, Token, auxiliary_after, bare_verb, closing_verb,
                                      first_wh, particle_phrase, word_after)
from graphrag.retrievers.weights import DEFAULT, RankingWeights

# Words that ask for entities sharing something with the topic ("same director as X",
# "acted together with X"): they license a step back along the relation just taken.
SIBLING_CUES = frozenset("same share shares shared sharing also together co both common fellow another other else "
                         "alongside 同 共同 一起 也 都".split())

_MATES = re.compile(r"[a-z]{3,}mates?")  # bandmate, teammate, classmate: a sibling cue inside a noun

TIED = 4  # paths tied for first whose extensions are fetched too (bounded work when no word chooses)

Step = tuple[str, str]  # (relation, "out" | "in"); "in" walks from object to subject
END_SIDE = {"out": "object", "in": "subject"}  # the side of its relation a step ends on


ASKED_END, ASKED_SCAN = 2, 200  # paths ending on the asked kind returned, and looked at


@dataclass(eq=False)  # a path is itself: membership tests compare identity, not every layer
class Path:
    topic: LinkedEntity
    steps: tuple[Step, ...]
    parent: "Path | None" = None
    count: int = 0  # edges this step has from the parent's frontier (before materialising)
    layers: list[list[tuple[int, int, int]]] | None = None  # per hop: (from, edge id, to); None until needed
    score: float = 0.0
    prospect: float = 0.0  # the score as a prefix: what longer paths through it may still reach
    available: float = 0.0  # the most the question's words could explain (each word once)
    used: frozenset[int] = frozenset()  # where the words backing its steps start in the question
    backed_by: tuple[int, ...] = ()  # per step, where the word backing it starts (-1: none)
    components: dict[str, float] = field(default_factory=dict)
    read_at: int = -1  # the version of the question's reading (`_Context.version`) it was scored with
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

    def ends(self, limit: int) -> list[int]:
        """End nodes with the most chains reaching them first (ties in walking order)."""
        frontier = self.frontier
        return sorted(frontier, key=lambda n: -frontier[n])[:limit]

    def label(self) -> str:
        parts = [self.topic.name]
        for rel, d in self.steps:
            parts.append(f"-{rel}->" if d == "out" else f"<-{rel}-")
        return " ".join(parts)


class PathFinder:
    """Beam search over relation paths. A path's score depends only on its relations, so the
    search asks the store for relation counts at each frontier and fetches edges only for the
    paths that survive the beam (and, at the end, for the best paths returned). Edges are
    walked as ids; names are read only for the chains and answers that are returned."""

    def __init__(self, store: GraphStore, scorer: RelationScorer, *, hops: int = 3, beam: int = 8,
                 fanout: int = 200, max_edges: int = 20_000, max_frontier: int = 500,
                 weights: RankingWeights = DEFAULT, value_sides: frozenset[tuple[str, str]] = frozenset(),
                 order: dict[str, int] | None = None):
        self.weights = weights
        self.value_sides = value_sides  # steps ending on dates or numbers (`AnswerTypeRules.value_sides`)
        self.order = order or {}  # relation → its place in the graph (`AnswerTypeRules.order`): ties
        self.store = store
        self.walk = path_store(store, fanout)  # step counts and id walks, or their neighbors() fallback
        self.scorer = scorer
        self.hops = hops
        self.beam = beam
        self.fanout = fanout
        self.max_edges = max_edges
        self.max_frontier = max_frontier
        self._touched = 0
        self._edge_cache: dict[int, Edge] = {}

    # -- search ------------------------------------------------------------------------------
    def find(self, topics: list[LinkedEntity], words: dict[int, list[Token]], mention_pos: dict[int, int],
             keep: int = 8, question: list[Token] = (), per_topic: int = 0,
             class_at: frozenset[int] = frozenset(), of_topic: dict[int, frozenset[int]] | None = None,
             asked_at: frozenset[int] = frozenset(), owned: frozenset[int] = frozenset(),
             asked_end: Callable[[Path], bool] | None = None, asked_sides: dict[str, str] | None = None,
             main: dict[int, frozenset[int]] | None = None,
             time_sides: frozenset[tuple[str, str]] = frozenset(), sided_at: frozenset[int] = frozenset()) -> list[Path]:
        """Scored paths up to `hops` long, best first; the best `keep` are materialised.
        `words` are the question's content words per topic (all but that topic's mention);
        `question` is every token of the question (for its wh-word); `per_topic` paths of every
        topic are returned too (constraints); so are the best few that `asked_end` accepts
        (ending on what the question asks for: dates for "when"), however far behind.
        `asked_sides`: per relation, the side the asked-for noun names where its label does not
        say (`AnswerTypeRules.asked_sides`). `main`: per topic inside a clause that tells a noun
        apart, where the main clause's words start (`Analysis.clause_first`). `time_sides`: when the
        question asks a time, the steps that end on dates (`AnswerTypeRules.time_sides`).
        `sided_at`: an asked-for noun read as a plain word (a noun of place, which the kind rules
        read): it still backs no step ending on the side its label does not name ("what CITY was
        X born in" and `city_in_country`, whose cities are its subjects)."""
        best_link = max((t.score for t in topics), default=1.0) or 1.0
        near: set[str] = set()
        ctxs = {t.id: _Context.make(words.get(t.id, []), question, mention_pos, best_link, near, class_at,
                                    (of_topic or {}).get(t.id, frozenset()), asked_at, owned, asked_sides or {},
                                    (main or {}).get(t.id), sided_at)
                for t in topics}
        for ctx in ctxs.values():
            ctx.time_sides = time_sides
        self._touched = 0
        unique = list(dict((t.id, t) for t in topics).values())
        first = {t.id: n for n, t in enumerate(unique)}  # the linker's order: ties below
        beam = [Path(t, (), layers=[]) for t in unique]
        done: list[Path] = []
        for hop in range(self.hops):
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
            done.extend(grown)
            if hop == self.hops - 1:
                break  # nothing grows from here: only the paths returned below are fetched
            grown.sort(key=lambda p: -p.prospect)
            beam = [p for p in grown[: self.beam] if self._materialise(p)]
            if not beam or self._touched > self.max_edges:
                break
        # a path scored before the next hop brought in the relation a word names ("where was the
        # boss of the company that owns X BORN": the owner's step, scored before the birthplace
        # beyond it was seen) left that word unused without paying for it, where its extensions
        # pay: it is read again, a word left unused now paying for a relation one of its own
        # steps further walks (not for any relation seen somewhere else in the search)
        beyond: dict[int, set[str]] = {}
        for q in done:
            a = q.parent
            while a is not None and a.steps:
                beyond.setdefault(id(a), set()).update(r for r, _ in q.steps[len(a.steps):])
                a = a.parent
        for p in done:
            ctx = ctxs[p.topic.id]
            if p.read_at != ctx.version:
                self._score(p, ctx, ctx.strongest_over(p.read_at, beyond.get(id(p), set()), self.weights.unused_full))

        def says(p: Path) -> int:  # ties only: words no step used that a label of the path spells
            ctx = ctxs[p.topic.id]
            # the characters each step's word reaches (a Chinese run reaches only part of itself)
            spans = [ctx.reach(j, rel) for (rel, _), at in zip(p.steps, p.backed_by) if at >= 0
                     for j, w in enumerate(ctx.words) if w.start == at]
            unused = [w for w in ctx.words if not any(_meet((w.start, w.end), ab) for ab in spans)]
            return sum(any(label_says(w, rel) for rel, _ in p.steps) for w in unused) if unused else 0

        done.sort(key=lambda p: -p.score)
        i = 0
        while i < min(len(done), 2 * keep):  # ties among the best only: the rest is never read
            j = i + 1
            while j < len(done) and done[j].score == done[i].score:
                j += 1
            if j - i > 1:  # (then by the steps, as the store lists them: the same whichever backend)
                done[i:j] = sorted(done[i:j], key=lambda p: (-says(p), len(p.steps), first.get(p.topic.id, 0), [
                    (way != "out", self.order.get(rel, 1 << 30), rel) for rel, way in p.steps]))
            i = j
        out = []
        for p in done:
            if self._materialise(p):
                out.append(p)
            if len(out) >= keep:
                break
        for tid in {t.id for t in topics} if per_topic else ():  # every topic's own best paths: a second
            # topic may be a constraint. Its one-step paths already fetched (the first steps of its
            # longer ones among the best) come free: those are what a constraint reads
            own = [p for p in out if p.topic.id == tid]
            out.extend(p for p in done if p.topic.id == tid and len(p.steps) == 1 and p.layers and p.frontier
                       and p not in out)
            # one-step paths first: a constraint is usually one step from the answer
            for p in sorted((q for q in done if q.topic.id == tid and q not in out), key=lambda q: len(q.steps) > 1):
                if len(own) >= per_topic:
                    break
                if self._materialise(p):
                    own.append(p)
                    out.append(p)
        if asked_end is not None:  # "when was the company that makes X FOUNDED": "founded" backs
            # `founded by` by its label, and the date path (`inception`) no word backs is far
            # behind; the answer-type rules weigh it against the best path
            found = [p for p in out if asked_end(p)]
            for p in done[:ASKED_SCAN] if len(found) < ASKED_END else ():
                if p not in out and self._materialise(p) and asked_end(p):
                    out.append(p)
                    found.append(p)
                    if len(found) >= ASKED_END:
                        break
            if out:  # and the best path's own siblings that end so ("WHEN was X born": `birth_year`
                # beside `born_in`, whatever their scores), for the answer-type rules to weigh
                top = out[0]
                out.extend(p for p in done if p.topic.id == top.topic.id and len(p.steps) == len(top.steps)
                           and p.steps[:-1] == top.steps[:-1] and p not in out and asked_end(p)
                           and self._materialise(p))
        # the best path's own extensions too, for the answer-type check downstream; when no word
        # backs it, of each path tied with it as well, since those rules may put any of them
        # first (no word chose among "place of birth", "national team" …)
        unread = bool(out) and out[0].components.get("relation_evidence", 0.0) < self.weights.weak
        for best in [p for p in out if p.score >= out[0].score - 1e-9][:TIED if unread else 1]:
            family = [p for p in done if p.topic.id == best.topic.id and len(p.steps) > len(best.steps)
                      and p.steps[: len(best.steps)] == best.steps and p not in out]
            out.extend(p for p in family[:keep] if self._materialise(p))
        return out

    def _step_counts(self, nodes: list[int]) -> dict[Step, int]:
        return self.walk.step_counts(nodes)

    def _materialise(self, p: Path) -> bool:
        """Fetch this path's last hop (parents first). False when it leads nowhere new."""
        if p.layers is not None:
            return bool(p.frontier)
        if p.parent is None or not self._materialise(p.parent):
            p.layers = []
            return False
        rel, direction = p.steps[-1]
        starts = list(p.parent.frontier)[: self.max_frontier]
        # only the topic is excluded: an answer may be a node passed on the way ("who directed the
        # films written by the writer of X": the writer directed them)
        layer = [(a, eid, b) for eid, a, b in self._hop(starts, rel, direction, p.count) if b != p.topic.id]
        if len(p.steps) > 1 and p.steps[-2] == (rel, "in" if direction == "out" else "out"):
            came = {eid for _, eid, _ in p.parent.layers[-1]}  # a step back reaches peers, not the edge walked in by
            layer = [x for x in layer if x[1] not in came]
        self._touched += len(layer)
        p.layers = p.parent.layers + [layer]
        return bool(layer)

    def _hop(self, starts: list[int], rel: str, direction: str, count: int) -> list[tuple[int, int, int]]:
        """(edge id, from, to) for one step; the per-entity cap is asked for only when `count`
        (the step's edges from `starts`, counted before) says it could bite."""
        return self.walk.hop(starts, rel, direction, limit=self.fanout if count > self.fanout or not count else None)

    def edges(self, ids: list[int]) -> dict[int, Edge]:
        missing = [i for i in dict.fromkeys(ids) if i not in self._edge_cache]
        if missing:
            self._edge_cache.update((e.id, e) for e in self.walk.get_edges(missing))
        return {i: self._edge_cache[i] for i in ids if i in self._edge_cache}

    # -- reading paths -----------------------------------------------------------------------
    def chains(self, p: Path, per_end: int, max_ends: int = 50, ends: list[int] | None = None) -> list[list[Edge]]:
        """Topic-to-answer edge chains of a path, answers with the most support first (or to `ends`)."""
        back: list[dict[int, list[tuple[int, int]]]] = []
        for layer in p.layers or []:
            d: dict[int, list[tuple[int, int]]] = {}
            for a, eid, b in layer:
                d.setdefault(b, []).append((a, eid))
            back.append(d)
        out: list[list[int]] = []
        for end in (ends if ends is not None else p.ends(max_ends)):
            found: list[list[int]] = []

            def walk(level: int, node: int, acc: list[int]) -> None:
                if level < 0:
                    if node == p.topic.id:
                        found.append(acc[::-1])
                    return
                for a, eid in back[level].get(node, ()):
                    walk(level - 1, a, acc + [eid])
                    if len(found) >= per_end:
                        return

            walk(len(back) - 1, end, [])
            out.extend(found)
        edges = self.edges([i for chain in out for i in chain])
        return [[edges[i] for i in chain] for chain in out if all(i in edges for i in chain)]

    def answers(self, paths: list[Path], top: int, limit: int = 100) -> tuple[list[str], int]:
        """End entities of the best paths: best path first, then by support (chains reaching
        them), then by id; and how many of them the best path itself reaches. The question's own
        entities are no answer of a longer path: one from one of them that ends on another ("who
        asked NIGHTINGALE to lead the NURSES": nurses ← led — Herbert — asked → Nightingale) answers
        with the node where the two meet. (One step may end on a word of the question: "是否纳入了
        医保" is answered "纳入".)"""
        topics = {p.topic.id for p in paths}
        nodes: dict[int, None] = {}
        n_best = 0
        for i, p in enumerate(paths[:top]):
            frontier = p.frontier if p.layers else {}
            for node in sorted(frontier, key=lambda n: (-frontier[n], n))[:limit]:
                if node not in topics or len(p.layers) < 2:
                    nodes.setdefault(node, None)
                elif node != p.topic.id:
                    for a, _, b in p.layers[-1]:
                        if b == node and a not in topics:
                            nodes.setdefault(a, None)
            if i == 0:
                n_best = len(nodes)
            if len(nodes) >= limit:
                break
        names = self.store.entity_names(list(nodes)[:limit])
        out = list(dict.fromkeys(names[n] for n in list(nodes)[:limit] if n in names))
        if n_best:
            n_best = len(dict.fromkeys(names[n] for n in list(nodes)[:n_best] if n in names))
        return out, n_best

    # -- scoring -----------------------------------------------------------------------------
    def _score(self, p: Path, ctx: "_Context", strongest: list[float] | None = None) -> None:
        """`strongest`: per word, the most it speaks for a relation the path could have used
        (the context's own, every relation seen near the topic, when None)."""
        words, k, wt = ctx.words, len(p.steps), self.weights
        strongest = ctx.strongest if strongest is None else strongest
        ev = [ctx.evidence(rel) for rel, _ in p.steps]
        for i, (rel, direction) in enumerate(p.steps if ctx.sides else ()):  # the asked-for noun names what
            # a step ends on ("which ALBUMS came out on labels that X owns": `album_by` walked from the
            # albums ends on bands), so backs no step ending on the label's other side
            wrong = {j for (j, r), side in ctx.sides.items() if r == rel and side != END_SIDE[direction]}
            if wrong:
                ev[i] = [0.0 if j in wrong else e for j, e in enumerate(ev[i])]
        if ctx.asked_rows and p.steps[-1] in ctx.time_sides:
            # "in what YEAR did the club X belonged to come into being": the asked noun of a time names
            # a date, and any step ending on dates gives one, whatever its label says ("expedition year")
            ev[-1] = [max(e, strongest[j]) if j in ctx.asked_rows else e for j, e in enumerate(ev[-1])]
        # one distinct question word backs each step; a relation used twice needs two mentions,
        # not two halves of one ("year … released", "release dates"). A best assignment only
        # ever gives a step one of its k best words (k steps), so the search is over at most
        # (k+1)^k choices however long the question is.
        rels = [rel for rel, _ in p.steps]
        # a word with no evidence for a step changes nothing there; a noun of the topic backs
        # the first step only
        # the asked-for noun names where the path ends ("which SCENTS were composed by perfumers
        # born in X"): it backs the last step only, not a step the path then walks on from (a
        # modifier of the noun may: "which AIRLINE alliance does the carrier … belong to")
        choices = [[-1] + sorted((j for j in range(len(words)) if ev[i][j] > 0 and (i == 0 or j not in ctx.first_rows)
                                  and (i == k - 1 or j not in ctx.asked_rows or ctx.following.get(j, "") not in STOPWORDS)),
                                 key=lambda j: -ev[i][j])[:k] for i in range(k)]
        # Chinese words (a run and the words cut from it) may back several steps, each with
        # its own characters: steps must reach apart
        reach = {(i, j): ctx.reach(j, rels[i]) for i in range(k) for j in choices[i][1:]} if ctx.shared else None
        repeated = len(set(rels)) < k
        slots = {(i, j): self.scorer.slot(words[j].word, rels[i]) for i in range(k) for j in choices[i][1:]} \
            if repeated else {}
        best_sum, best_assign = 0.0, ()
        for assign in product(*choices):
            s, taken = 0.0, [-1] * k
            for i, j in enumerate(assign):
                if j < 0 or (j in ctx.tied and ctx.tied[j] in taken) or (j in taken if reach is None else any(
                        t >= 0 and _meet(reach[h, t], reach[i, j]) for h, t in enumerate(taken))) or (
                        repeated and any(
                        rels[h] == rels[i] and taken[h] >= 0 and (
                            slots[h, taken[h]] >= 0 and slots[i, j] >= 0 and slots[h, taken[h]] != slots[i, j]
                            or _side_by_side(words[taken[h]], words[j])) for h in range(i))):
                    continue
                if ctx.main_rows is not None and j not in ctx.main_rows and any(
                        t in ctx.main_rows for t in taken[:i]):
                    continue
                taken[i] = j
                s += ev[i][j]
            if s > best_sum:
                best_sum, best_assign = s, taken
        # a question word that speaks strongly for some nearby relation should be used by a step
        # (a clause's word by one up to the main clause's first: "who publishes the JOURNAL that X
        # edited", the noun where the clause ends)
        main = ctx.main_rows
        cut = next((i for i, j in enumerate(best_assign) if j >= 0 and j in main), k) if main is not None else k
        uncovered = 0.0
        for j, w in enumerate(words):
            if strongest[j] >= wt.strong and not (w.norm in ORDER_WORDS and j in ctx.tied and ctx.tied[j] in best_assign) \
                    and not (ctx.shared and any(t >= 0 and t != j and t in ctx.overlaps[j] for t in best_assign)):
                steps = range(k) if main is None or j in main else range(min(cut + 1, k))
                uncovered += max(0.0, strongest[j] - max((ev[i][j] for i in steps), default=0.0))
        # a noun of the topic names the step from it ("what office did X's FATHER hold"): a path
        # whose first step another word backs, the noun backing none nor speaking for that step's
        # relation ("the RELEASE of the YEAR of X": one mention), reads past it (X's own office)
        skipped = 0.0
        if best_assign and best_assign[0] >= 0 and ev[0][best_assign[0]] >= wt.weak:
            backing = {j for i, j in enumerate(best_assign) if j >= 0 and ev[i][j] >= wt.weak}
            # (a modifier of the noun backing that step is part of its mention: "X's THESIS advisers", not
            # "X's MASTER passed away" nor "X's LONGTIME partner" when "partner" backs a later step)
            if any(j not in backing and j not in ctx.class_rows and ev[0][j] < wt.weak
                   and not ((j, best_assign[0]) in ctx.pairs and not is_participle(words[best_assign[0]].word))
                   for j in ctx.first_rows):
                skipped = wt.uncovered
        # the word the wh-word asks with backs the last step ("WHO DIRECTED the films written by
        # X"); of the others, the step nearest the topic is backed by the word nearest the topic's
        # mention ("who directed films that share ACTORS with X": actors first)
        order = 0.0
        strong = [(i, j) for i, j in enumerate(best_assign) if j >= 0 and ev[i][j] >= wt.strong]
        if ctx.anchor >= 0 and any(j == ctx.anchor for _, j in strong):
            at = next(i for i, j in strong if j == ctx.anchor)
            # ("who STARRED together with X": the anchor's step and the step back it licenses)
            last = at == k - 1 or (at == k - 2 and p.steps[at][0] == p.steps[k - 1][0])
            order += wt.order if last else -wt.order
            strong = [(i, j) for i, j in strong if j != ctx.anchor]
        if len(strong) >= 2 and p.topic.id in ctx.mention_pos:
            m = ctx.mention_pos[p.topic.id]
            dist = [abs(words[j].start - m) for _, j in strong]
            order += wt.order if dist == sorted(dist) else -wt.order
        # stepping back along the relation just taken reaches the topic's peers ("films with the
        # same director"): asked for by a cue word next to that relation's word, plausible as a
        # bridge, unlikely as the answer
        sibling = last_back = 0.0
        for i, (a, b) in enumerate(zip(p.steps, p.steps[1:])):
            if a[0] == b[0] and a[1] != b[1]:
                # one cue word licenses one step back; so does a noun of the topic for a step back
                # that bridges to a step another word backs ("who STARRED movies for the DIRECTOR
                # of X": his films, then their cast)
                if sibling <= 0 and (ctx.licenses(a[0], i == 0) or (
                        i == 0 and k > 2 and best_assign and best_assign[0] in ctx.bridge_rows
                        and ev[0][best_assign[0]] >= wt.strong and best_assign[2] >= 0
                        and ev[2][best_assign[2]] >= wt.weak)):
                    sibling += wt.sibling
                elif i + 2 == k:
                    sibling, last_back = sibling - wt.sibling_last, wt.sibling_last - wt.sibling_mid
                else:
                    sibling -= wt.sibling_mid
            elif a[0] != b[0] and a in self.value_sides:
                # on from a date by another relation ("Dexter premiered in 2006 → the comics
                # published in 2006"): things that only share a year are rarely what is asked
                sibling -= wt.through_value
        link = p.topic.score / ctx.best_link - 1.0
        p.score = best_sum - wt.uncovered * uncovered - skipped + order + sibling + link - wt.step_cost * k
        p.available = sum(ctx.strongest)
        p.backed_by = tuple(words[j].start if j >= 0 and ev[i][j] >= wt.weak else -1
                            for i, j in enumerate(best_assign)) if best_assign else (-1,) * k
        p.used = frozenset(start for start in p.backed_by if start >= 0)
        # as a prefix, later steps may still use the uncovered words and walk on from a step back
        p.prospect = p.score + wt.uncovered * uncovered + last_back
        p.read_at = ctx.version
        p.components = {"relation_evidence": round(best_sum, 4),
                        "uncovered": round(-wt.uncovered * uncovered - skipped, 4),
                        "order": order, "sibling": sibling, "link": round(link, 4), "hop_cost": -wt.step_cost * k}
        read = sum(ctx.read.get((j, rels[i]), ev[i][j]) for i, j in enumerate(best_assign) if j >= 0)
        if read < best_sum:
            p.components["read_evidence"] = round(read, 4)


def _side_by_side(a: Token, b: Token) -> bool:
    """Two different words one space apart: one noun compound ("release dates"), so one mention
    (not "father's father", nor a Chinese run's words: those have no spaces to tell by)."""
    return (a.norm != b.norm and not has_cjk(a.raw + b.raw)
            and (0 <= b.start - a.end <= 1 or 0 <= a.start - b.end <= 1))


@dataclass
class _Context:
    words: list[Token]
    mention_pos: dict[int, int]
    cued: set[int]  # words next to a sibling cue ("share ACTORS"): their relation may step back
    wh: list[tuple[int, bool]]  # words after the wh-word: (index in words, right after it)
    best_link: float
    near: set[str]
    class_rows: frozenset[int] = frozenset()  # the class the answer belongs to ("what FILM did")
    asked_rows: frozenset[int] = frozenset()  # of those, the bare asked-for noun
    first_rows: frozenset[int] = frozenset()  # nouns of the topic ("the WRITER of X"): the first step's
    bridge_rows: frozenset[int] = frozenset()  # of those, a preposition's object ("films BY the WRITER of X")
    of_rows: frozenset[int] = frozenset()  # of those, the nouns before "of X" (not "X's NOUN")
    main_rows: frozenset[int] | None = None  # a topic inside a clause that tells a noun apart
    # ("where were the designers who HEADED X born"): the main clause's words; the clause's back no
    # step after one of these
    phrases: dict[int, str] = field(default_factory=dict)  # per word, it with its particles ("PASS AWAY")
    rels: list[str] = field(default_factory=list)
    ev: dict[str, list[float]] = field(default_factory=dict)
    strongest: list[float] = field(default_factory=list)
    anchor: int = -1  # the word the wh-word asks with, when it speaks for a relation
    overlaps: list[frozenset[int]] = field(default_factory=list)  # per word: the words sharing
    # characters with it (itself too): a Chinese run and the words it is cut into
    runs: list[Token] = field(default_factory=list)  # per word: the widest word holding it (its run)
    spans: dict[tuple[int, str], tuple[int, int]] = field(default_factory=dict)  # see `reach`
    sides: dict[tuple[int, str], str] = field(default_factory=dict)  # (asked noun, relation) → the
    # side of the relation its label says the noun names (`relations.named_side`), else `kind_sides`;
    # (any noun, relation) → "subject" where the label opens with the noun (`relations.subject_class`)
    kind_sides: dict[str, str] = field(default_factory=dict)  # relation → the side the asked noun's
    # kind is (read by the model over the graph's examples of each side)
    time_sides: frozenset[tuple[str, str]] = frozenset()  # the question asks a time: steps ending on dates
    read: dict[tuple[int, str], float] = field(default_factory=dict)  # (word, relation) → what the
    # models read where a noun before "of X" was scaled up to `strong`: the step's choice is made
    # with the scaled value, how sure the answer is with this one
    following: dict[int, str] = field(default_factory=dict)  # per asked-for noun: the question's next word
    sided_rows: frozenset[int] = frozenset()  # asked nouns, and one read as a plain word: a side holds
    tied: dict[int, int] = field(default_factory=dict)  # an order word and the verb after it: of the two,
    # one backs a step ("FIRST published" is no premiere and a publication)
    pairs: list[tuple[int, int]] = field(default_factory=list)  # words next to each other, or
    # joined by "of" and articles only ("place OF birth"): see `_bind_compounds`
    version: int = 0  # refreshes so far: the relations seen near the topic grow hop by hop
    seen: list[frozenset[str]] = field(default_factory=lambda: [frozenset()])  # per version: those relations

    @classmethod
    def make(cls, words: list[Token], question: list[Token], mention_pos: dict[int, int], best_link: float,
             near: set[str], class_at: frozenset[int] = frozenset(), of_topic: frozenset[int] = frozenset(),
             asked_at: frozenset[int] = frozenset(), owned: frozenset[int] = frozenset(),
             kind_sides: dict[str, str] | None = None, main_at: frozenset[int] | None = None,
             sided_at: frozenset[int] = frozenset()) -> "_Context":
        words = [w for w in words if w.norm not in SIBLING_CUES]
        pos = {t.start: i for i, t in enumerate(question)}
        at = [pos.get(w.start, -99) for w in words]
        cued = set()
        for ci, c in enumerate(question):  # a cue's word: the next one within 3 tokens, else the one before
            if c.norm in SIBLING_CUES or (c.norm == "with" and ci == len(question) - 1):  # "wrote … WITH?"
                if c.norm.startswith("shar") and _shares_a_name(question, ci, {w.start for w in words}):
                    continue  # "the two countries that SHARE the Itaipu Dam": each has it, no peers of it
                after = [j for j, i in enumerate(at) if 0 < i - ci <= 3]
                before = [j for j, i in enumerate(at) if 0 < ci - i <= 3]
                if after or before:
                    cued.add(after[0] if after else before[-1])
        # "X's BANDMATES", "his TEAMMATES": the word names the relation and asks for its peers at once
        cued.update(j for j, w in enumerate(words) if _MATES.fullmatch(w.norm))
        rows = frozenset(j for j, w in enumerate(words) if w.start in class_at)
        # a noun of the topic inside the subject names the first step ("when did the films by the
        # DIRECTOR of X come out"); first after the wh-word it is what is asked ("who is the
        # DIRECTOR of X"). The asked-for noun is the wh-word's own however many words stand
        # between ("which us STATE")
        wh = [(j, adjacent or j in rows) for n, (j, adjacent) in enumerate(_wh_words(words, question))
              if n == 0 or words[j].start not in of_topic]
        first = frozenset(j for j, w in enumerate(words) if w.start in of_topic)
        ctx = cls(words, mention_pos, cued, wh, best_link, near, rows,
                  frozenset(j for j, w in enumerate(words) if w.start in asked_at), first,
                  frozenset(j for j in first if _after_preposition(question, pos.get(words[j].start, 0))))
        ctx.pairs = [(j, k) for j in range(len(words)) for k in range(j + 1, len(words))
                     if at[j] >= 0 and at[k] > at[j] and not has_cjk(words[j].raw + words[k].raw)
                     and all(t.word in _JOINERS for t in question[at[j] + 1:at[k]])]
        for j, i in enumerate(at):  # "FIRST published", "FIRST climbed": the order word and its verb are one mention
            k = next((k for k, o in enumerate(at) if o == i + 1), None) if words[j].norm in ORDER_WORDS and i >= 0 else None
            if k is not None:
                ctx.tied[j], ctx.tied[k] = k, j
        ctx.of_rows = frozenset(j for j in first if words[j].start not in owned)
        ctx.kind_sides = kind_sides or {}
        if main_at is not None:
            ctx.main_rows = frozenset(j for j, w in enumerate(words) if w.start in main_at)
        ctx.sided_rows = ctx.asked_rows | frozenset(j for j, w in enumerate(words) if w.start in sided_at)
        ctx.following = {j: word_after(question, words[j].start) for j in ctx.sided_rows if at[j] >= 0}
        ctx.phrases = {j: p for j in range(len(words)) if at[j] >= 0 and (p := particle_phrase(question, at[j]))}
        wh_at = first_wh(question)
        verb = bare_verb(question, wh_at) if wh_at is not None else None
        j = next((j for j, w in enumerate(words) if verb is not None and w.start == verb.start), None)
        if j is not None and (past := past_form(verb.word)):  # read in its past form: "did X TRAIN" as "trained"
            ctx.phrases[j] = past + ctx.phrases.get(j, verb.raw)[len(verb.raw):]
        if any(has_cjk(w.raw) for w in words):
            ctx.overlaps = [frozenset(i for i, o in enumerate(words) if o.start < w.end and w.start < o.end)
                            for w in words]
            ctx.runs = [max((words[i] for i in near_), key=lambda o: o.end - o.start) for near_ in ctx.overlaps]
        return ctx

    @property
    def shared(self) -> bool:
        """Chinese words: steps are kept apart by the characters they reach."""
        return bool(self.overlaps)

    def reach(self, j: int, rel: str) -> tuple[int, int]:
        """The characters word `j` speaks for `rel` with: its span, widened in its Chinese run
        over the neighbouring characters the label holds ("进程" in "系统进程" for the label
        系统进程 covers all four, and is read as all four). Two steps may not reach the same
        characters, so one relation named in the question is not read as two ("系统" for a
        second label 系统dll文件)."""
        w = self.words[j]
        return self.spans.get((j, rel), (w.start, w.end))

    def _widen(self, j: int, rel: str) -> tuple[int, int]:
        w, run = self.words[j], self.runs[j]
        text = run.raw
        if w is run:  # a whole run: where the label's characters stand together ("舰级" in
            # "所属舰级的结局如何"), so a later step may take the rest; else all of it
            best = max((m.span() for m in re.finditer("[" + re.escape(rel) + "]+", text)
                        if not all(c in CJK_STOP for c in m.group())), key=lambda ab: ab[1] - ab[0], default=None)
            if best is None or best[1] - best[0] < min(2, len(rel.strip())):
                return w.start, w.end
            return run.start + best[0], run.start + best[1]
        a, b = w.start - run.start, w.end - run.start
        while a > 0 and text[a - 1] in rel and text[a - 1] not in CJK_STOP:
            a -= 1
        while b < len(text) and text[b] in rel and text[b] not in CJK_STOP:
            b += 1
        return run.start + a, run.start + b

    def refresh(self, scorer: RelationScorer) -> None:
        """Evidence of every word for every relation seen near the topic so far."""
        self.rels = sorted(self.near)
        self.version += 1
        self.seen.append(frozenset(self.rels))
        m = scorer.matrix([w.word for w in self.words], self.rels, self.class_rows, self.asked_rows, self.phrases)
        self.spans = {}
        for j, w in enumerate(self.words if self.shared else ()):  # a Chinese word speaks with its reach
            if not has_cjk(w.raw):
                continue
            for c in np.flatnonzero(m[j]) if self.rels else ():
                a, b = self._widen(j, self.rels[c])
                self.spans[j, self.rels[c]] = (a, b)
                if b - a > w.end - w.start:
                    text = self.runs[j].raw[a - self.runs[j].start:b - self.runs[j].start]
                    m[j, c] = max(m[j, c], scorer.lexical(text, self.rels[c]))
        self._bind_compounds(scorer, m)
        self.sides = {(j, r): side for j in self.sided_rows for r in self.rels
                      if (side := named_side(self.words[j].word, r, self.following.get(j))
                          or self.kind_sides.get(r)) is not None}
        # any noun a label opens with before a preposition names that label's subjects ("the
        # CITIES of Estonia" and `city_in_country`): it backs no step leaving one
        self.sides.update(((j, r), "subject") for j, w in enumerate(self.words) if j not in self.sided_rows
                          for r in self.rels if subject_class(w.word, r))
        self.read = {}
        for j in self.of_rows if self.rels else ():  # a noun before "of X" names a step ("the SON
            # of X"): the relations it is closest to back it as a clear word would, however weakly
            # the models read it (kin nouns sit between `children` and `parents`). Not a
            # possessive's noun: "X's PICTURES" are the things themselves as often as a relation
            top = float(m[j].max())
            if 0.0 < top < scorer.weights.strong:
                self.read.update(((j, r), float(m[j, c])) for c, r in enumerate(self.rels))
                m[j] *= scorer.weights.strong / top
        self.ev = {r: m[:, i].tolist() for i, r in enumerate(self.rels)}
        self.strongest = m.max(axis=1).tolist() if self.rels and self.words else [0.0] * len(self.words)
        self.anchor = -1
        for j, adjacent in self.wh:
            if self.strongest[j] >= 0.5:
                self.anchor = j
                break
            if adjacent:  # "which PERSON wrote": the asked-for noun is a type, not a relation word
                break

    def _bind_compounds(self, scorer: RelationScorer, m: np.ndarray) -> None:
        """Two words side by side that are two different words of one relation's label ("place
        of birth" for `place_of_birth`) are one mention of it: neither backs another relation
        (not "place" for `place_of_death` as a further step). So are two that both read closest
        to one relation, one of them clearly ("HOME STADIUM" for `home_ground`): neither pays
        for a further step ("stadium" for `located_in` past the stadium's city)."""
        w = scorer.weights
        for j, k in self.pairs:
            a, b = self.words[j].word, self.words[k].word
            named = [c for c, r in enumerate(self.rels)
                     if scorer.lexical(a, r) > 0 and scorer.lexical(b, r) > 0
                     and -1 < scorer.slot(a, r) != scorer.slot(b, r) > -1]
            if named:
                others = [c for c in range(len(self.rels)) if c not in named]
                m[np.ix_([j, k], others)] = 0.0
            elif self.rels:
                c = int(m[j].argmax())
                if c == int(m[k].argmax()) and min(m[j, c], m[k, c]) >= w.weak and max(m[j, c], m[k, c]) >= w.strong:
                    others = np.arange(len(self.rels)) != c  # what would pay for another step goes;
                    rows = m[[j, k]]  # a trace below `weak` only breaks ties, and stays
                    rows[:, others] = np.where(rows[:, others] < w.weak, rows[:, others], 0.0)
                    m[[j, k]] = rows

    def strongest_over(self, version: int, beyond: set[str], full: float = 2.0) -> list[float]:
        """Per word, the most it speaks for a relation seen by `version` or in `beyond` (the
        relations a path's own extensions walk), or for any relation seen in the search when it
        names that one fully (at least `full`: "who PRODUCED …" left unused by a short path that
        no word backs). The asked-for noun ("in which CITY") is read against the former only: it
        names the kind of the answer, which the answer-type rules weigh on the path's ends, and
        is no step a short path failed to take."""
        old = [r for r in self.seen[version] if r in self.ev]
        new = old + [r for r in beyond if r in self.ev and r not in self.seen[version]]
        out = []
        for j in range(len(self.words)):
            s = max((self.ev[r][j] for r in (old if j in self.class_rows else new)), default=0.0)
            out.append(self.strongest[j] if j not in self.class_rows and self.strongest[j] >= full else s)
        return out

    def licenses(self, rel: str, first: bool) -> bool:
        """A sibling cue allows a step back along `rel` when the word it qualifies speaks for
        `rel` ("share ACTORS"), or, right after the first step, when it speaks for no relation
        at all ("acted TOGETHER", "the OTHER films by the director of X": the topic's peers)."""
        ev = self.evidence(rel)
        return any(ev[j] >= 0.3 or (first and self.strongest[j] < 0.3) for j in self.cued)

    def evidence(self, rel: str) -> list[float]:
        return self.ev.get(rel) or [0.0] * len(self.words)


_JOINERS = frozenset({"of", "the", "a", "an"})


def _shares_a_name(question: list[Token], i: int, read: set[int]) -> bool:
    """The object of "share" at `i` is a name (no word the topic reads, nor a function word)."""
    nxt = next((t for t in question[i + 1:] if t.word not in ("the", "a", "an")), None)
    return nxt is not None and nxt.start not in read and nxt.word not in STOPWORDS and not nxt.norm.isdigit()


def _after_preposition(question: list[Token], i: int) -> bool:
    """Token `i` ends a preposition's object ("movies FOR the director", not "the date OF
    release": "of" joins two nouns of one phrase)."""
    i -= 1 + (i > 0 and question[i - 1].word in ("the", "a", "an"))
    return i >= 0 and question[i].word in ("for", "by", "from", "with", "in", "to")


def _meet(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _wh_words(words: list[Token], question: list[Token]) -> list[tuple[int, bool]]:
    """Content words the wh-word that asks (`first_wh`) asks with, nearest first: up to three after it ("what
    FILMS did"), the main verb alone where an auxiliary stands before the subject (`closing_verb`), or the
    one before it when it ends the question ("written by WHO")."""
    at = first_wh(question)
    if at is None:
        return []
    wh = question[at]
    index = {w.start: j for j, w in enumerate(words)}
    after = [(index[t.start], i == at + 1) for i, t in enumerate(question[at + 1:], at + 1) if t.start in index]
    verb = closing_verb(question, at)
    if verb is not None and verb.start in index:  # "under whom did the DESIGNER of X train": the subject's
        # noun stands between, and asks nothing; the wh-word's own ("which REGIONS were …") still does
        aux = question[auxiliary_after(question, at)].start
        return [(j, adjacent) for j, adjacent in after if words[j].start < aux] + [(index[verb.start], False)]
    if after:
        return after[:3]
    before = [j for j, w in enumerate(words) if w.end <= wh.start]
    return [(before[-1], True)] if before else []
