"""Answer-type rules: what the question asks for may reorder paths the words left close.

"WHEN …" wants a path ending on dates; "what TYPE OF FILM" a last step whose ends are closer to
that phrase; "what COUNTRY" an extension of the best path to entities much closer to the noun;
"WHO …" the side of the last relation whose entities are closer to people. Each rule compares
names the graph holds with the asked-for words through the embedding model; nothing here knows a
relation name. Closeness is judged on the names the question's own paths reach (cached per names):
a value kept per relation would be fixed by whichever question came first.
"""
from __future__ import annotations

import math
import os
import re

import numpy as np

from graphrag.normalize import fold, has_cjk, singular, tokens
from graphrag.terms import STOPWORDS, is_participle
from graphrag.retrievers.analysis import Analysis
from graphrag.retrievers.confidence import evidence
from graphrag.retrievers.paths import END_SIDE, Path as RelPath
from graphrag.retrievers.profiles import RelationProfile, name_sides, value_kind
from graphrag.retrievers.relations import RelationScorer, label_voice, named_side, relation_text, relation_words
from graphrag.retrievers.text import WH_WORDS, before_a_noun, classified_noun, noun_after, word_after
from graphrag.store.base import GraphStore, path_store
from graphrag.types import LinkedEntity


TIME = frozenset({"time"})
NUMBER = frozenset({"number"})
NAMES = frozenset({"name", "mixed"})  # what "who" may be answered with
_DIGIT = re.compile(r"[\d〇零一二三四五六七八九十百千万亿两]")


class AnswerTypeRules:
    """The rules with their closeness caches; one per open graph (the caches are append-only and
    bounded, so concurrent questions may share it)."""

    def __init__(self, store: GraphStore, scorer: RelationScorer,
                 profiles: dict[str, RelationProfile] | None = None):
        self.store = store
        self.scorer = scorer
        self.profiles = profiles or {}  # relation → what its sides hold (retrievers/profiles.py)
        self._kind_closeness: dict[tuple[str, int], float] = {}  # (asked-for noun, end entity) → cosine
        self._side_closeness: dict[tuple, float] = {}  # (asked-for kind, relation side or end entities) → mean cosine
        self._fits: dict[str, dict[tuple[str, str], float]] = {}  # asked-for noun → `_side_fit`
        self._label_nouns: dict[str, str] = {}  # asked-for noun → `label_noun`
        self.order = {rel: i for i, rel in enumerate(self.profiles)}  # the graph's own order of its relations
        self.value_sides = self._sides(TIME | NUMBER)  # many unrelated things share one date or number
        self.time_sides = self._sides(TIME)

    def _sides(self, kinds: frozenset[str]) -> frozenset[tuple[str, str]]:
        """Steps (relation, way) that end on values of `kinds`, by the graph's profiles."""
        return frozenset((rel, way) for rel, prof in self.profiles.items() for way in ("out", "in")
                         if sum(prof.end(way).shares.get(k, 0.0) for k in kinds) > 0.5)

    def apply(self, paths: list[RelPath], a: Analysis) -> None:
        """Reorder `paths` in place by what the question asks for."""
        if not paths:
            return
        w = self.scorer.weights
        self.skip_doubled(paths, a)
        self.follow_preposition(paths, a)
        self.end_on_named(paths, a, w.side_margin)
        self.read_asked(paths, a, w.side_margin)
        self.stop_at_kind(paths, a)
        if a.asks_time:
            self.prefer_value(paths, TIME, w.time_margin, frozenset(a.main), a)
        else:
            self.prefer_what_is_asked(paths, a)
        self.read_voice(paths, a, w.order)
        self.skip_said(paths, a)

    def skip_said(self, paths: list[RelPath], a: Analysis) -> None:
        """"In which GERMAN state was X's teacher born": the best path ends on what a word before the asked
        noun already says (Germany), so it is no answer, however close the noun reads to that last step
        ("state" ~ `country`); the best path that differs in its last step only goes first."""
        at = sorted(i for i, t in enumerate(a.tokens) if t.start in a.asked_at | a.class_at)
        wh = next((i for i in range(at[0] - 1, -1, -1) if a.tokens[i].word in WH_WORDS), None) if at else None
        said = [t.word for t in a.tokens[wh + 1:at[0]] if t.raw[:1].isupper()] if wh is not None else []
        best = paths[0]
        if not said or not best.steps:
            return
        names = list(self.store.entity_names(best.ends(5)).values())
        if not names or not all(_spelled(n, said) for n in names):
            return
        other = next((p for p in sorted(paths[1:], key=lambda p: -p.score) if p.steps[:-1] == best.steps[:-1]
                      and len(p.steps) == len(best.steps) and p.topic.id == best.topic.id
                      and not all(_spelled(n, said) for n in self.store.entity_names(p.ends(5)).values())), None)
        if other is not None:
            _promote(paths, other, best.score - other.score)

    def follow_preposition(self, paths: list[RelPath], a: Analysis, tie: float = 0.05) -> None:
        """"What did X die OF?": readings tied on the verb ("died in", "died of", "died on") that
        differ in their last step only; the preposition left without its object after the word
        backing it (the wh-word is its object) picks the label that ends with it. Reorders `paths`
        in place."""
        best = paths[0]
        at = best.backed_by[-1] if best.backed_by else -1
        i = next((i for i, t in enumerate(a.tokens) if t.start == at), None) if at >= 0 else None
        if i is None or i + 1 >= len(a.tokens) or a.tokens[i + 1].word not in _PREPOSITIONS:
            return
        if i + 2 < len(a.tokens) and a.tokens[i + 2].word not in STOPWORDS:
            return  # "what is X called IN ITALIAN": the preposition has its object, the answer is not it
        prep = a.tokens[i + 1].word
        tied = [p for p in paths if p.score >= best.score - tie and p.steps[:-1] == best.steps[:-1]
                and p.topic.id == best.topic.id and len(p.steps) == len(best.steps)]
        ending = [p for p in tied if relation_words(p.steps[-1][0])[-1:] == [prep]]
        if len(ending) == 1 and ending[0] is not best and relation_words(best.steps[-1][0])[-1:] != [prep]:
            _promote(paths, ending[0], best.score - ending[0].score)

    def prefer_what_is_asked(self, paths: list[RelPath], a: Analysis) -> None:
        """The kind rules of a question that asks no time: clauses, amounts, places, the asked
        noun, people."""
        w = self.scorer.weights
        self.follow_main_clause(paths, a, w.clause_margin)
        self.read_the_clause(paths, a, w.clause_margin)
        if a.asks_quantity:
            self.prefer_value(paths, NUMBER, w.time_margin, frozenset(a.main), a)
        elif a.asked_at and not a.asked_at & paths[0].used:
            self.prefer_things(paths, w.side_margin + w.step_cost)
        if (a.asks_place or self.names_place(a)) and not self._of_asked_kind(paths[0], a):
            # (the graph's labels say more of a "city" than the model)
            owned = a.of_topic.get(paths[0].topic.id, frozenset())
            self.prefer_place(paths, w.side_margin, bool(set(paths[0].backed_by[-1:]) & owned))
        self.prefer_kind(paths, a.kinds, a.phrase, frozenset(t.norm for ws in a.words.values() for t in ws),
                         classified_noun(a.tokens, a.kinds[0]) if a.kinds and a.phrase == a.kinds[0] else "",
                         frozenset(t.start for t in a.tokens if a.kinds and t.word == a.kinds[0]))
        self.prefer_kind_side(paths, a)
        if a.asks_person or self.names_person(a):
            self.prefer_value(paths, NAMES, w.side_margin)
            # a path that ends on things first goes on to people, then the people's side is chosen
            self.prefer_people_beyond(paths, w.side_margin)
            self.prefer_side(paths, "person", w.side_margin)
            self.prefer_people_to_places(paths, w.side_margin)
            self.prefer_people_among_siblings(paths)

    def drop_topic_class(self, a: Analysis, entities: list[LinkedEntity]) -> None:
        """"the Frostbite ENGINE", "the Decima ENGINE": a noun right after "the <mention>" that
        names what the topic itself is (it fits the sides of relations the topic sits on as
        well as any side of the graph) is no relation word for that topic. Read as one, "engine"
        walked from the engine to the games that run on it. "the Titanic DIRECTOR" keeps its
        noun: a director fits the far side of the film's relations, not the film's own."""
        w = self.scorer.weights
        for e in entities:
            words = a.words.get(e.id)
            noun = noun_after(a.text, a.tokens, e.start, e.end)
            if not words or noun is None or not any(t.start == noun.start for t in words):
                continue
            space = self.scorer.space_for(noun.word)
            if space is None:
                continue
            fit = self._side_fit(space, noun.word)
            top = max(fit.values(), default=-math.inf)
            if top < w.kind_side_floor:
                continue  # the store is asked only for a noun that names some side
            own = [fit[(rel, _flip(way))] for rel, way in path_store(self.store).step_counts([e.id])
                   if (rel, _flip(way)) in fit]
            if own and max(own) >= top - w.kind_side_near:
                a.words[e.id] = [t for t in words if t.start != noun.start]

    def skip_doubled(self, paths: list[RelPath], a: Analysis) -> None:
        """"What year was the film Lili Marleen released": "year" and "released" each back the
        publication date, and a path takes it twice, from the film to 1981 and on from the film
        called "1981" to its own date. A relation walked twice the same way reads its objects'
        objects, which only a relation whose objects are its subjects too (by `chain_floor` of
        them: a place's place, a parent's parent) has by design; the best path that walks no
        other relation so goes first. Unless the question says the word twice, one for each
        step: "who OWNS the company that OWNS the maker of X" asks for the owner's owner."""
        floor = self.scorer.weights.chain_floor
        said = {t.start: t.norm for t in a.tokens}
        if floor <= 0 or not self._doubled(paths[0], floor, said):
            return
        best = _best_after(paths, lambda p: not self._doubled(p, floor, said))
        if best is not None:
            _promote(paths, best, paths[0].score - best.score)

    def stop_at_kind(self, paths: list[RelPath], a: Analysis, sample: int = 20) -> None:
        """"Which COMPANY developed the operating system of X": the asked-for noun is a word of
        `parent company`'s label, and backs a step along it past the developer, though the
        developer is a company already — on the side of `parent company` its label says the noun
        names (`relations.named_side`), as most of the nodes where the shorter path ends are (or on
        neither side: the label says nothing else of them). The noun names what is asked, not one
        more step: the shorter path goes first. So too when the last step leaves the side the noun
        names, whichever word backed it ("… the founder of the Turkish REPUBLIC. In which CITY was
        he born": "republic" walked on from his birthplace to its country, away from the cities
        of `city_in_country`): where it starts is what is asked."""
        best = paths[0]
        if not a.kinds or not a.asked_at or len(best.steps) < 2:
            return
        if not self._past_own_verb(best, a):
            rel, way = best.steps[-1]
            side = named_side(self.label_noun(a.kinds[0]), rel, word_after(a.tokens, min(a.asked_at)))
            if side is None or side == END_SIDE[way] and not (a.asked_at & best.used
                                                              and self._named_by(best.parent, rel, side, sample)):
                return
        if best.parent not in paths:
            paths.append(best.parent)
        _promote(paths, best.parent, best.score - best.parent.score)

    def _past_own_verb(self, p: RelPath, a: Analysis) -> bool:
        """"Which COMPANY BUILT the camera X carried": the asked noun is the subject of the word right
        after it, which backs the step before the last; the last step, which the noun backs only by
        closeness (a company is close to `headquartered in`), walks past what the noun's own verb
        reaches. Not a noun its label says ("which LABELS released records by …": `record label`)."""
        at = min(a.asked_at)
        verb = next((t for t in a.tokens if t.start > at), None)
        return (verb is not None and len(p.backed_by) >= 2 and p.backed_by[-1] in a.asked_at
                and p.backed_by[-2] == verb.start and not before_a_noun(a.tokens, at)
                and self.scorer.lexical(a.kinds[0], p.steps[-1][0]) < 0.3)

    def label_noun(self, noun: str) -> str:
        """The graph's own word for the asked-for noun: the noun where a label says it, else the label noun the
        model reads as about the same (`kind_synonym`): "which TOWN" is what `city_in_country` calls a city."""
        if noun in self._label_nouns:
            return self._label_nouns[noun]
        # (a participle is no noun: "manufacturers" read as the `manufactured` of `manufactured_by` named the
        # things made)
        said = sorted({w for rel in self.scorer.relations for w in relation_words(rel)
                       if named_side(w, rel) is not None and not is_participle(w)})
        space = self.scorer.space_for(noun)
        got = noun
        if said and space is not None and not has_cjk(noun) and not any(singular(w) == singular(noun) for w in said):
            near = space.words([singular(noun)])[0] @ space.words(said).T
            if near.max() >= self.scorer.weights.kind_synonym:
                got = said[int(near.argmax())]
        if len(self._label_nouns) < 10_000:
            self._label_nouns[noun] = got
        return got

    def _of_asked_kind(self, p: RelPath, a: Analysis) -> bool:
        """Whether the graph's own labels call where `p` ends by the asked-for noun ("which CITY was
        X born in": Tartu is one of `city_in_country`'s cities, whatever the model reads closer to
        "place")."""
        if not a.kinds or not a.asked_at:
            return False
        noun, following = self.label_noun(a.kinds[0]), word_after(a.tokens, min(a.asked_at))
        return any((side := named_side(noun, rel, following)) is not None and self._named_by(p, rel, side)
                   for rel in self.scorer.relations)

    def _named_by(self, p: RelPath, rel: str, side: str, sample: int = 20) -> bool:
        """Whether most of the nodes where `p` ends sit on `side` of `rel` already."""
        ends = list(p.frontier)[:sample]
        edges = self.store.neighbors(ends, direction="both", relations=[rel], limit=1)
        objects, subjects = {e.object_id for e in edges}, {e.subject_id for e in edges}
        named = (objects if side == "object" else subjects).intersection(ends)
        # ends the label never puts on its other side count with the named ones ("native to which
        # COUNTRIES": Canada sits on no side of `in_country`, Russia on its countries' side, Greenland,
        # inside Denmark, on the other)
        other = (subjects if side == "object" else objects).intersection(ends) - named
        return bool(named) and 2 * (len(ends) - len(other)) > len(ends)

    def end_on_named(self, paths: list[RelPath], a: Analysis, margin: float) -> None:
        """"In which COUNTRY was the judge behind X born" on a graph with a `country` relation:
        the asked-for noun is a word of that label, on the side the label says it names
        (`relations.named_side`), and the best path leaves the noun unread, ending elsewhere (the
        judge's birthplace). The graph names the answer's kind by that label: the best path within
        `margin` whose last step the noun backs, ending on that side, goes first. Unless the best
        path's ends sit on that side already ("which CITY was the architect of X born in": his
        birthplace is one of `city_in_country`'s cities; his country's cities are not asked)."""
        best = paths[0]
        if not a.kinds or not a.asked_at or a.asked_at & best.used:
            return
        noun, following = self.label_noun(a.kinds[0]), word_after(a.tokens, min(a.asked_at))

        def named(p: RelPath) -> bool:
            rel, way = p.steps[-1]
            return named_side(noun, rel, following) == END_SIDE[way]

        def ends_named(p: RelPath) -> bool:
            return (named(p)
                    # a step on from the best may cost a step no word backs ("… designed a museum.
                    # In which CITY does it stand": "stand" backs nothing)
                    and (p.score >= best.score - margin or p.steps[:-1] == best.steps))

        # first a path that reads the best path's words too ("in what YEAR did the man who painted
        # X DIE" is his `died in year`, not the painting's `created in year`, which "year" backs alone)
        wide = margin + self.scorer.weights.step_cost
        top = _best_after(paths, lambda p: bool(best.used) and best.used <= p.used and ends_named(p), wide)
        if top is None and not named(best):  # (else the noun has its answer: "in which YEAR was that
            # university FOUNDED" is its `founded in year`, not a year the noun alone backs)
            top = _best_after(paths, lambda p: p.backed_by[-1:] == (min(a.asked_at),) and ends_named(p), wide)
        if top is not None and not self._named_by(best, top.steps[-1][0], END_SIDE[top.steps[-1][1]]):
            _promote(paths, top, best.score - top.score)

    def read_asked(self, paths: list[RelPath], a: Analysis, margin: float) -> None:
        """"X is on display in a museum. Which RIVER flows through the city where that museum
        stands": the best path reads the first sentence (the museum) and leaves the asked-for noun
        unread, which backs the last step of a longer path through it that reads all the best
        reads. That path goes first when within `margin` and a step's cost for each step it adds
        (no step back to the best's peers: "the date of release of X" is no other film of that year's)."""
        best = paths[0]
        if not a.asked_at or not best.used or a.asked_at & best.used:
            return
        k, step = len(best.steps), self.scorer.weights.step_cost
        top = _best_after(paths, lambda p: len(p.steps) > k and p.steps[:k] == best.steps
                          and p.topic.id == best.topic.id and best.used <= p.used
                          and set(p.backed_by[-1:]) & a.asked_at and p.components.get("sibling", 0.0) >= 0
                          and p.score >= best.score - margin - step * (len(p.steps) - k))
        if top is not None:
            _promote(paths, top, best.score - top.score)

    def read_voice(self, paths: list[RelPath], a: Analysis, margin: float) -> None:
        """"Where were the politicians who TOOK OVER FROM X born": the first step's relation runs
        between people both ways (X `succeeded` his predecessor, his successors `succeeded` him),
        and the words back either walk alike. The verb says which: X after an active verb is the
        one it is done to, so `succeeded` is walked backwards; before it ("the man X replaced"),
        or after "by", X is the doer. Only a label that is itself a verb says who does what:
        active (`succeeded`) or passive (`succeeded by`)."""
        best = paths[0]
        if not best.steps or not best.backed_by or best.backed_by[0] < 0:
            return
        rel, way = best.steps[0]
        voice = label_voice(rel)
        at = next((i for i, t in enumerate(a.tokens) if t.start == best.backed_by[0]), None)
        if voice is None or at is None:
            return
        verb = a.tokens[at]
        passive = any(t.word == "by" for t in a.tokens[at + 1:at + 3])
        doer = (best.topic.end <= verb.start) != passive
        want = "out" if doer == (voice == "active") else "in"
        if way == want:
            return
        twin = _best_after(paths, lambda p: p.topic.id == best.topic.id and p.steps[0] == (rel, want)
                           and p.steps[1:] == best.steps[1:], margin)
        if twin is not None:
            _promote(paths, twin, best.score - twin.score)

    def _doubled(self, p: RelPath, floor: float, said: dict[int, str]) -> bool:
        return any(a == b and a[0] in self.profiles and self.profiles[a[0]].chained < floor
                   and not (x != y and said.get(x) is not None and said.get(x) == said.get(y))
                   for a, b, x, y in zip(p.steps, p.steps[1:], p.backed_by, p.backed_by[1:]))

    def follow_main_clause(self, paths: list[RelPath], a: Analysis, margin: float) -> None:
        """"Who HANDS OUT the prize that X received": when the best path reads only the clause
        that tells the noun apart (the prize X received) and no word of the main clause, it ends
        on what that noun names, and a prize cannot be who hands it out. Its best one-step
        extension that the main clause's words pay for in part (however weakly) goes first, when
        it scores within `margin` of the best."""
        best = paths[0]
        main = a.main.get(best.topic.id)
        # a path no word backs explains nothing; one the clause backs only weakly ("the band that
        # MADE X") still stops on its noun. A step back licensed by a cue ("which OTHER movies were
        # made by the person who …") reads the main clause too
        if (not main or best.components.get("relation_evidence", 0.0) <= 0 or best.used & main
                or best.components.get("sibling", 0.0) > 0):
            return
        k, read = len(best.steps), best.components.get("relation_evidence", 0.0)
        longer = [p for p in paths[1:] if p.topic.id == best.topic.id and len(p.steps) == k + 1
                  and p.steps[:k] == best.steps and p.score >= best.score - margin
                  and p.steps[-1] != (best.steps[-1][0], _flip(best.steps[-1][1]))]
        # a trace of the asked noun alone pays for nothing here: the noun names the answer's kind, chosen
        # below ("in which CITY is the museum that houses X": not one step past the city to its country)
        paid = [p for p in longer if p.components.get("relation_evidence", 0.0) > read
                and not (a.asked_at and not a.asks_quantity and self.ends_in(p, TIME | NUMBER))
                and (main - a.asked_at or p.backed_by[-1:] != (-1,))]
        if paid:
            top = max(paid, key=lambda p: p.score)
            _promote(paths, top, top.components["relation_evidence"] - read)
            return
        # no word pays for the step: the noun the main clause asks for chooses it ("WHAT BAND was
        # the guy who wrote X in": his band, not his birthplace), when clearly closer to it than
        # where the best path ends (as `prefer_kind` extends a path)
        kind = next((k for k in a.kinds[:1] if any(t.word == k and t.start in main for t in a.tokens)), "")
        space = self._latin_space(paths, kind) if kind and longer else None
        if space is not None and self._promote_closest(paths, space, kind, [best, *longer], 0.2):
            return
        if longer and (a.asks_person or self.names_person(a)):  # "WHO has been in charge of the
            # magazine that X puts out": the people one step on, as for a "who" in no clause
            self.prefer_people_beyond(paths, margin)

    def read_the_clause(self, paths: list[RelPath], a: Analysis, margin: float) -> None:
        """"Who STARTED the company that owns Audi": the mirror of `follow_main_clause`. When the
        best path reads only the main clause's words, it skips the clause that tells the noun
        apart (the company that owns Audi), as if the topic were that noun (Audi's own founder).
        The topic is in the clause, so a step leads from it to the noun first: the best path
        within `margin` that walks one step more before the best path's steps goes first, however
        weakly its words back that step ("owns" is read closest to `founded by`)."""
        best = paths[0]
        main = a.main.get(best.topic.id)
        if not main or not best.used or not best.used <= main or best.components.get("sibling", 0.0) > 0:
            return
        k = len(best.steps)
        top = _best_after(paths, lambda p: p.topic.id == best.topic.id and len(p.steps) == k + 1
                          and p.steps[1:] == best.steps, margin)
        if top is not None:
            _promote(paths, top, best.score - top.score)

    def names_person(self, a: Analysis) -> bool:
        """"Which ENGINEER was behind X": a bare asked-for noun the model puts closer to "person"
        than to "place" (engineer, author; not city, firm or film) asks who, as "who" does."""
        lean = self._noun_lean(a)
        return lean is not None and lean >= self.scorer.weights.person_noun

    def names_place(self, a: Analysis) -> bool:
        """"In which CITY did X die": a bare asked-for noun the model puts clearly closer to "place"
        than to "person" (city, county; not film, year or prize) asks where, as "where" does."""
        lean = self._noun_lean(a)
        return lean is not None and -lean >= self.scorer.weights.place_noun

    def asked_sides(self, a: Analysis) -> dict[str, str]:
        """"Which CORPORATION is the parent of the network that aired X": the model reads the bare
        asked noun close to `headquartered in`, whose subjects are corporations, not its cities.
        Per relation, the side (`subject`/`object`) the noun is clearly closer to than the other,
        over the graph's own examples of each side (`_side_fit`), for relations whose label does
        not say it (`relations.named_side`); the noun backs no step ending on the other side."""
        if not a.asked_at or not a.kinds or a.phrase != a.kinds[0]:
            return {}
        noun = a.kinds[0]
        space = self.scorer.space
        if space is None or has_cjk(noun):
            return {}
        fit = self._side_fit(space, noun)
        gap = self.scorer.weights.asked_side_gap
        out = {}
        for (rel, way), v in fit.items():
            other = fit.get((rel, _flip(way)))
            if other is not None and v - other >= gap:
                out[rel] = END_SIDE[way]
        return out

    def _noun_lean(self, a: Analysis) -> float | None:
        """How much closer the bare asked noun is to "person" than to "place", as a share of the
        model's similarity scale; None for no such noun (or a Chinese one)."""
        space = self.scorer.space
        if space is None or not a.kinds or a.phrase != a.kinds[0] or has_cjk(a.phrase):
            return None
        return self._lean_of(space, a.phrase)

    @staticmethod
    def _lean_of(space, noun: str) -> float:
        noun_v, place, person = space.words([noun, "place", "person"])
        return float(noun_v @ person - noun_v @ place) / (space.high - space.low)

    def mismatch(self, p: RelPath, a: Analysis) -> bool:
        """The question asks for a kind of value the path does not end on: a date for "when", a
        number for "how tall", a name for "who" (not a year or a number). The graph most likely
        lacks what was asked ("How tall is Obama?" on a graph without heights)."""
        kinds = asked_kinds(a)
        if kinds is None or self.ends_in(p, kinds):
            return False
        if kinds is NUMBER and a.asks_count:  # "how many children": the children answer it
            return False
        if kinds is NUMBER and p.backed_by[-1:] and p.backed_by[-1] in a.asked_at:
            return False  # "what MONEY do people use there": the asked noun names the last step (a currency)
        if kinds is NUMBER:  # codes, ranges, measures with units ("cn45-1349/c", "2.6～3.0米") are
            # answers to "how much" too: only ends without any digit are surely no number
            return not any(_DIGIT.search(n) for n in self.store.entity_names(p.ends(5)).values())
        return True

    def wrong_gender(self, p: RelPath, a: Analysis, sample: int = 3) -> bool:
        """"Who was X's MOTHER?" answered from `parent` with a man's name: the word that backs the
        last step names a gender its label does not, and every model reads each name the path
        ends on as the other one. The graph then says who a parent was, not the mother: it lacks
        what was asked. Needs two models (one alone misreads too many names) and reads leans
        along "she" − "he" (`_gender_leans`), so no list of kin words or names is kept."""
        at = p.backed_by[-1] if p.backed_by else -1
        # only a noun the grammar ties to what is asked ("X's MOTHER", "the MOTHER of X", "which
        # ACTRESS"), not one that describes another node ("the actor X co-starred with who")
        said = a.owned | a.of_topic.get(p.topic.id, frozenset()) | a.asked_at
        word = _word_at(a, at) if at in said else None
        if word is None:
            return False
        spaces = [s for s, _ in self.scorer._spaces_for(word)]
        names = list(self.store.entity_names(p.ends(sample)).values())
        if len(spaces) < 2 or not names:
            return False
        w = self.scorer.weights
        for space in spaces:
            toward, label, *ends = self._gender_leans(space, [word, relation_text(p.steps[-1][0])], names)
            if abs(toward) < w.gender_word or abs(label) > w.gender_label \
                    or not all(e * toward < 0 and abs(e) >= w.gender_name for e in ends):
                return False
        return True

    def _gender_leans(self, space, words: list[str], names: list[str]) -> list[float]:
        """How far each text reads toward "she, her, woman" rather than "he, him, man", from where
        "person" reads, as a share of the model's similarity scale."""
        *sides, person = space.words([*_FEMININE, *_MASCULINE, "person"])
        axis = sum(sides[:len(_FEMININE)]) / len(_FEMININE) - sum(sides[len(_FEMININE):]) / len(_MASCULINE)
        vecs = [*space.words(words), *space.names(names)]
        return [float((v - person) @ axis) / (space.high - space.low) for v in vecs]

    def places_for_who(self, p: RelPath, a: Analysis) -> bool:
        """"WHO is Obama's mother?" read as where he was born: no question word backs the reading,
        and the side it ends on is clearly closer to "place" than to "person" (cities, countries;
        not films, schools or parties), by `place_margin` of the model's similarity scale. Only
        for names the English model reads (Latin script)."""
        w = self.scorer.weights
        if not a.asks_person or evidence(p) >= w.unbacked or self.scorer.space is None:
            return False
        if self._mostly_cjk(p):
            return False
        return self._place_lean(self.scorer.space, p) >= w.place_margin

    def _place_lean(self, space, p: RelPath) -> float:
        """How much closer what a path ends on is to "place" than to "person", as a share of
        the model's similarity scale (cities and countries lean to place; films, schools and
        people do not)."""
        return self._lean(space, p, "place", "person")

    def _lean(self, space, p: RelPath, toward: str, than: str) -> float:
        """How much closer what a path ends on is to `toward` than to `than`, as a share of the
        model's similarity scale."""
        return (self._closeness(space, toward, p) - self._closeness(space, than, p)) / (space.high - space.low)

    def _side_names(self, p: RelPath) -> int:
        """How many names the profile keeps of the side a path's last step reaches."""
        rel, way = p.steps[-1]
        prof = self.profiles.get(rel)
        return len(prof.end(way).examples) if prof is not None else 0

    def _latin_space(self, paths: list[RelPath], kind: str):
        """The model that judges closeness to `kind`, when there is a rival to the best path and
        the best ends on names the English model reads (Latin script); else None."""
        if self.scorer.space is None or len(paths) < 2 or self._mostly_cjk(paths[0]):
            return None
        return self.scorer.space_for(kind)

    def _mostly_cjk(self, p: RelPath) -> bool:
        """The side the path ends on holds Chinese names (or none at all)."""
        rel, way = p.steps[-1]
        prof = self.profiles.get(rel)
        names = list(prof.end(way).examples if prof is not None else ()) or list(
            self.store.entity_names(p.ends(8)).values())
        return not names or sum(has_cjk(n) for n in names) * 2 >= len(names)

    def contested(self, paths: list[RelPath], a: Analysis, margin: float) -> bool:
        """Another reading (other steps, another answer) scores within `margin` of the best and
        ends on the asked kind too: the question's words did not choose between them ("Who is
        Obama's mother?": born in, spouse and child are all unbacked names), so the first is
        about a guess. Two readings with one answer ("capital" and "capital of") agree."""
        best, kinds = paths[0], asked_kinds(a)
        answer = best.ends(1)
        return any(p.steps != best.steps and p.score >= best.score - margin and p.ends(1) != answer
                   and (kinds is None or self.ends_in(p, kinds)) for p in paths[1:])

    def ends_in(self, p: RelPath, kinds: frozenset[str]) -> bool:
        """Whether a path ends on values of `kinds` (profiles.KINDS, or "mixed"): the graph's
        profile of the side its last step ends on; the path's own ends are read only when that
        side is split."""
        rel, way = p.steps[-1]
        prof = self.profiles.get(rel)
        if prof is not None:
            side = prof.end(way)
            share = sum(v for k, v in side.shares.items() if k in kinds)
            if share > 0.5 or share < 0.1:
                return share > 0.5 or (side.kind == "mixed" and "mixed" in kinds)
        names = list(self.store.entity_names(p.ends(5)).values())
        return bool(names) and sum(value_kind(n) in kinds for n in names) * 2 > len(names)

    def prefer_value(self, paths: list[RelPath], kinds: frozenset[str], margin: float = 0.5,
                     told_apart: frozenset[int] = frozenset(), a: Analysis | None = None) -> None:
        """"WHEN did the films starred by X's actors release" wants a path that ends on dates,
        "HOW DEEP is …" one that ends on numbers, "WHO composed …" one that ends on names. Moves
        the best such path within `margin` of the best to the front. `told_apart`: topics in a
        clause that tells a noun apart ("when was THE HOUSE THAT MAKES X founded"): the value
        asked is the noun's, never the topic's own (one step from it)."""
        def fits(p: RelPath) -> bool:
            return self.ends_in(p, kinds) and not (len(p.steps) == 1 and p.topic.id in told_apart)
        top = paths[0]
        verb = self._verb_step(top, a) if a is not None else None
        if verb is not None and (verb[0] < len(top.steps) - 1 or not fits(top)) and min(top.backed_by[:verb[0]], default=0) >= 0:
            # "when was the company that makes X ESTABLISHED", "what year was the company X worked
            # for FOUNDED": the verb's own date, not a date one step on from its relation (the
            # founder's birth year, which the asked noun "year" alone backs); each step before the
            # verb's backed by a word of its own (no walk the question does not say)
            best = self._same_word_value(paths, kinds, fits, verb[1], verb[0], guard=False)
            if best is not None:
                _promote(paths, best, 1.0)
                return
        if fits(top):
            return
        at = top.backed_by[-1] if top.backed_by else -1
        word = _word_at(a, at) if a is not None else None
        best = _best_after(paths, fits, margin)
        if best is None and paths[0].used:  # "X wrote his thesis under a Russian-BORN linguist. When
            # was that supervisor born": the best path's own reading with a date for its last step, a
            # step's cost further behind, rather than the topic's own date
            top = paths[0]
            best = _best_after(paths, lambda p: fits(p) and top.used <= p.used and p.steps[:-1] == top.steps[:-1]
                               and len(p.steps) == len(top.steps) and p.topic.id == top.topic.id,
                               margin + self.scorer.weights.step_cost)
            if best is None and word:
                best = self._same_word_value(paths, kinds, fits, word, len(top.steps) - 1)
        if best is None and kinds is TIME:  # "the film X, when published": no word read backs the
            # topic's own date; its one-step date path, else the best date path of all ("when did the
            # film X wrote come out": X has no date of his own), rather than no answer
            best = next((p for p in paths[1:] if len(p.steps) == 1 and fits(p)), None) or _best_after(paths, fits)
        if best is not None:
            _promote(paths, best, 1.0)

    @staticmethod
    def _verb_step(top: RelPath, a: Analysis) -> tuple[int, str] | None:
        """The last step of `top` a question word backs other than the asked-for noun, with that
        word, when the word is the past participle that ends the question, its main verb ("when was
        X BORN", "… worked for FOUNDED"; not "the films STARRED by X's actors")."""
        for at, i in zip(reversed(top.backed_by), range(len(top.backed_by) - 1, -1, -1)):
            word = _word_at(a, at)
            if word and at not in a.asked_at and word.casefold() not in a.kinds:
                return (i, word) if is_participle(word) and at == a.tokens[-1].start else None
        return None

    def _same_word_value(self, paths: list[RelPath], kinds: frozenset[str], fits, word: str, i: int,
                         guard: bool = True) -> RelPath | None:
        """"WHEN was X born" on a graph with both `born_in` and `birth_year`: "born" is far closer
        to the place's label, so it backs that step alone. The sibling of the best path's step `i`
        that ends on the asked values by the relation the same word reads closest of all the
        graph's relations that end on them is what was asked, however far behind, when that word
        clearly names the relation of step `i`. With `guard`, not when a step on from the best path
        ends on such values within reach: "when were the AWARDS X won first set up" asks the awards'
        own dates (the question's closing verb, read first, goes without it)."""
        top = paths[0]
        space = self.scorer.space_for(word)
        if space is None:
            return None
        near = {p.steps[-1][0]: p for p in sorted(paths[1:], key=lambda p: p.score) if fits(p) and p.topic.id == top.topic.id
                and len(p.steps) == i + 1 and p.steps[:-1] == top.steps[:i] and p.steps[-1][0] != top.steps[i][0]}
        valued = sorted({rel for rel, _ in (self.time_sides if kinds is TIME else self._sides(kinds))})
        w = self.scorer.weights
        if not near or not valued or self.scorer.matrix([word], [top.steps[i][0]])[0, 0] < w.strong or guard and any(
                fits(p) and p.topic.id == top.topic.id and p.steps[:-1] == top.steps
                and p.score >= top.score - w.time_margin - w.step_cost for p in paths[1:]):
            return None
        closest = valued[int(np.argmax(space.relations(valued) @ space.words([word])[0]))]
        return near.get(closest)

    def prefer_things(self, paths: list[RelPath], margin: float = 0.5) -> None:
        """"X appears in what MOVIES": a bare asked-for noun that asks neither a time nor a
        quantity ("when", "what year", "how many" are read before) and that backs no step of the
        best path names things. When the best path ends on dates or numbers anyway (another word
        backed its last step: "appears" for a publication date), the best path within `margin`
        that ends on no dates nor numbers goes first. A noun that backs the step ("what RATING",
        "what POPULATION") chose those values itself, and is left alone."""
        if not self.ends_in(paths[0], TIME | NUMBER):
            return
        best = _best_after(paths, lambda p: not self.ends_in(p, TIME | NUMBER), margin)
        if best is not None:
            _promote(paths, best, paths[0].score - best.score)

    def prefer_kind(self, paths: list[RelPath], type_words: list[str], phrase: str = "",
                    words: frozenset[str] = frozenset(), classified: str = "",
                    noun_at: frozenset[int] = frozenset()) -> None:
        """"What COUNTRY was Obama born in": when the asked-for noun names a kind of entity (it
        is not close to any relation name), its phrase may choose the last step among near ties
        (`_break_tie_by_kind`); then the best path may be extended along steps the question does
        not mention: by one step when a noun phrase ("what TYPES ARE THE MOVIES written by X":
        their genres) is clearly closer to where that step ends, or, for a bare noun, as far as
        entities much closer to it (born in → located in → part of: United States rather than
        Honolulu). `words`: the question's words (`_named_otherwise`); `noun_at`: where the noun
        stands. Reorders `paths` in place."""
        if not type_words or self.scorer.space is None:
            return
        space = self.scorer.space_for(type_words[0])
        if space is None:
            return
        low, high = space.low, space.high
        if self._names_relation(paths, type_words):
            return  # the noun names a relation ("what year", "which genres"): the ranker has used it
        if phrase != type_words[0]:
            self._break_tie_by_kind(paths, phrase, space)
        best = paths[0]
        family = [p for p in paths if p.topic.id == best.topic.id and p.steps[: len(best.steps)] == best.steps][:5]
        if len(family) < 2:
            return  # nothing to extend the best path with
        if phrase != type_words[0]:
            if not set(best.backed_by[-1:]) & noun_at:  # (the noun backs the best path's last step: "what
                # NATIONALITY is the architect of X" is his `citizen of`, not the language closest to the phrase)
                self._promote_closest(paths, space, phrase, [p for p in family if len(p.steps) <= len(best.steps) + 1], 0.2)
            return
        # how close the noun is to what a relation path reaches, judged on its best-supported end
        noun = type_words[0]
        todo = list(dict.fromkeys(p.ends(1)[0] for p in family if (noun, p.ends(1)[0]) not in self._kind_closeness))
        found = {e.id: [e.name, *e.aliases][:2] for e in self.store.get_entities(todo)} if todo else {}
        ends = [found.get(end, []) for end in todo]
        names = [n for group in ends for n in group]
        sims = (space.words(type_words[:1]) @ space.names(names).T)[0] if names else []
        if len(self._kind_closeness) > 100_000:
            self._kind_closeness.clear()
        at = 0
        for end, group in zip(todo, ends):  # all embedded in one batch above
            # a name that carries the noun ("Santa Clara COUNTY", 浙江省) is one of its kind
            # however weakly the model reads the rest of it; one that carries its plural ("United
            # STATES", "Faroe ISLANDS") is a union of them, no one of them, however close it reads
            said = {_names_kind(n, noun) for n in group}
            self._kind_closeness[(noun, end)] = high if 1 in said else low if -1 in said else float(
                max(sims[at:at + len(group)], default=0.0))
            at += len(group)
        base = self._kind_closeness[(noun, best.ends(1)[0])]
        # as close as a match to the noun, and clearly closer than where the best path ends
        w = self.scorer.weights
        closer = [(sim, p) for p in family[1:]
                  if (sim := self._kind_closeness[(noun, p.ends(1)[0])]) >= base + 0.2 * (high - low)]
        close = [(sim, p) for sim, p in closer
                 if sim >= low + (w.kind_close_chained if self._climbs(p, len(best.steps)) else w.kind_close) * (high - low)]
        if not close and self._named_otherwise(best, noun, words):
            close = [(sim, p) for sim, p in closer
                     if len(p.steps) == len(best.steps) + 1 and p.score >= best.score - w.side_margin]
        if close:
            top_sim, top = max(close, key=lambda x: x[0])
            _promote(paths, top, top_sim - base)
            return
        # "which PHILOSOPHICAL movement was its author part of": the bare noun reads no name close, the
        # pair may (one step on, as a phrase of the noun does)
        if classified and self._promote_closest(paths, space, classified,
                                                [p for p in family if len(p.steps) <= len(best.steps) + 1], 0.2):
            return
        self._climb_to_kind(paths, space, noun, family)

    def _named_otherwise(self, best: RelPath, noun: str, words: frozenset[str], sample: int = 3) -> bool:
        """"In which CITIES are the UNIVERSITIES attended by X": most names the best path ends on
        carry another noun of the question ("University of Michigan") and none the asked one:
        the question named those ends as a step on the way, so the answer lies one step beyond,
        where the names need only read closer to the asked noun (the model reads "cities" near
        no city's name much above noise, so the absolute bar of `prefer_kind` is not asked)."""
        names = list(self.store.entity_names(best.ends(sample)).values())
        if not names or any(_names_kind(n, noun) == 1 for n in names):
            return False
        others = words - {singular(fold(noun))}
        return any(2 * sum(_names_kind(n, w) == 1 for n in names) > len(names) for w in others)

    def prefer_kind_side(self, paths: list[RelPath], a: Analysis) -> None:
        """"The Night Watch hangs in a museum in which CITY": the bare asked-for noun is read
        against every side of the graph's relations (the names its profile keeps of them) and
        judged relative to them, not on an absolute scale: the sides it reads clearly closest
        to (museums' places, not the museums) are what it asks for. When the best path ends on a
        side clearly farther from it, the best path within `kind_side_margin` that ends on one of
        those sides goes first. A noun about as close to many sides ("person", "film") names
        none of them apart, and a noun that names a relation has been read by the ranker."""
        w = self.scorer.weights
        if not a.kinds or a.phrase != a.kinds[0] or w.kind_side_margin <= 0:
            return
        noun = a.kinds[0]
        space = self._latin_space(paths, noun)
        if space is None:
            return
        fit = self._side_fit(space, noun)
        if len(fit) < 3:
            return
        top = max(fit.values())
        if top < w.kind_side_floor and not self.names_place(a):
            return
        near = {side for side, v in fit.items() if v >= top - w.kind_side_near}
        own = fit.get(paths[0].steps[-1])
        if own is None or paths[0].steps[-1] in near or own > top - w.kind_side_gap:
            return
        if self._names_relation(paths, [noun]):
            self._stop_on_kind_side(paths, a, fit, top - w.kind_side_gap)
            return
        best = _best_after(paths, lambda p: p.steps[-1] in near, w.kind_side_margin)
        if best is not None:
            _promote(paths, best, paths[0].score - best.score)
            return
        self._stop_on_kind_side(paths, a, fit, top - w.kind_side_gap)

    def _stop_on_kind_side(self, paths: list[RelPath], a: Analysis, fit: dict, floor: float) -> None:
        """"Which UNIVERSITY did X's advisor teach at": the best path reached the advisor's
        universities and walked on from them ("teach" read closest to `educated at`, to the
        people who studied there), ending on a side far from the noun. Where a step of its own
        ended on a side that fits the noun (`floor`), the answer was there: that prefix goes
        first, however far behind, as it is the best path's own reading cut short. Not for a noun
        that modifies the next ("which AIRLINE alliance does"): that one is asked."""
        if a.asked_at and before_a_noun(a.tokens, min(a.asked_at)):
            return
        p = paths[0].parent
        while p is not None and p.steps:
            if fit.get(p.steps[-1], -math.inf) >= floor:
                if p not in paths:
                    paths.append(p)
                _promote(paths, p, paths[0].score - p.score)
                return
            p = p.parent

    def _names_relation(self, paths: list[RelPath], words: list[str]) -> bool:
        """A word spells a label the paths walk ("what YEAR", "which GENRES")."""
        rels = {r for p in paths for r, _ in p.steps}
        return max((self.scorer.lexical(w, r) for w in words for r in rels), default=0.0) >= 0.3

    def _side_fit(self, space, noun: str) -> dict[tuple[str, str], float]:
        """Closeness of `noun` to each relation side holding names (`_closeness` of its examples,
        as a share of the model's similarity scale, raised by the share of them that carry the
        noun), keyed like a path's last step; once per noun (the profiles are fixed)."""
        found = self._fits.get(noun)
        if found is not None:
            return found
        sides = name_sides(self.profiles)
        if any((noun, rel, way) not in self._side_closeness for rel, way, _ in sides):
            space.names([n for _, _, ex in sides for n in ex])  # one batch through the model, kept by name
        fit = {}
        for rel, way, ex in sides:
            close = (self._mean_closeness(space, noun, (noun, rel, way), lambda ex=ex: ex) - space.low) / (space.high - space.low)
            # names that carry the noun ("Museum of Modern Art", "Santa Clara County") say their
            # side's kind however weakly the model reads the rest of them, as in `prefer_kind`
            said = sum(_names_kind(n, noun) == 1 for n in ex) / len(ex)
            fit[(rel, way)] = close + said * (1.0 - close)
        if len(self._fits) > 1_000:
            self._fits.clear()
        self._fits[noun] = fit
        return fit

    def _climb_to_kind(self, paths: list[RelPath], space, noun: str, family: list[RelPath]) -> None:
        """"In what COUNTY is X's birthplace", "which REGION were they born in": no end name is
        close enough to the noun (the model reads "Berkshire" as far from "county" as "Reading"
        is), but the kind of thing each side holds tells: the side a relation that chains into
        itself reaches (a place's place: counties, states, countries) is clearly closer to the
        noun, over the graph's own examples of each side, than the side the best path ends on
        (birthplaces: towns). Then the best path's one-step extension along that relation, within
        a margin, goes first. A noun as close to both sides ("which CITY …") keeps the best path;
        one step only, as a side's examples mix every level of the hierarchy."""
        best, w = family[0], self.scorer.weights
        k = len(best.steps)
        if best.steps[-1][0] not in self.profiles or not self.profiles[best.steps[-1][0]].end(best.steps[-1][1]).examples:
            return
        # a best path that already walked the relation ends on the side a step up would reach
        # a noun of places ("in what COUNTRY was X's adviser born") also climbs one step that is no chain (a
        # birthplace's `located in country`); another noun only along a chain ("which MOVIES did X star in"
        # is not asked of the films' genres, however close the model reads "movies" to "Drama")
        placed = self._lean_of(space, noun) <= -self.scorer.weights.place_noun
        up = [p for p in family[1:] if len(p.steps) == k + 1 and (placed or self._climbs(p, k))
              and p.steps[-1][0] != best.steps[-1][0] and p.score >= best.score - w.side_margin
              and self.profiles[p.steps[-1][0]].objects.examples]
        if not up:
            return
        base = self._closeness(space, noun, best)
        # (a step that is no chain is taken only when it is clearly the noun's: "which CITIES were they born in"
        # reads country names a little closer than town names, "in what COUNTRY" far closer)
        scale = space.high - space.low
        gains = [(self._closeness(space, noun, p) - base, p) for p in up]
        fits = [(g, p) for g, p in gains if g >= (w.climb_margin if self._climbs(p, k) else w.climb_unchained) * scale]
        if fits:
            gain, top = max(fits, key=lambda x: x[0])
            _promote(paths, top, gain)

    def _climbs(self, p: RelPath, k: int) -> bool:
        """Whether the steps of `p` after its first `k` all walk relations that chain into
        themselves, forwards ("born in" → "located in" → "located in")."""
        steps = p.steps[k:]
        return bool(steps) and all(way == "out" and rel in self.profiles and self.profiles[rel].chained >= 0.3
                                   for rel, way in steps)

    def _break_tie_by_kind(self, paths: list[RelPath], kind: str, space) -> None:
        """"What TYPE OF FILM is X": when the question's words back the best path's last step by
        less than a step costs (or not at all), they did not choose it; the asked-for noun
        phrase does: among paths differing only in the last step, the one whose ends are clearly
        closer to it (genres rather than directors) goes first. Only a noun with what it is a
        kind of: a bare "country" or "topics" is about as close to a title as to the answer."""
        best, margin = paths[0], self.scorer.weights.step_cost
        rivals = [p for p in paths[1:] if p.topic.id == best.topic.id and p.score >= best.score - margin
                  and len(p.steps) == len(best.steps) and p.steps[:-1] == best.steps[:-1]]
        if rivals:
            self._promote_closest(paths, space, kind, [best, *rivals], 0.1)

    def prefer_place(self, paths: list[RelPath], margin: float = 0.5, subject: bool = False) -> None:
        """"WHERE did X die", "the city WHERE X died": of the readings within `margin` of the
        best, the one whose ends are clearly closer to "place" goes first (Dallas rather than an
        assassination, both "died"). Only for names the English model reads (Latin script), as
        `places_for_who`; a path that ends on places is kept. `subject`: a noun of the topic backs
        the best path's last step ("where is the PUBLISHER of X based"): it ends on what "where"
        is asked of, as a best path ending on people does."""
        space = self._latin_space(paths, "place")
        if space is None:
            return
        best = paths[0]
        # a best reading that ends on places already answers it: a birthplace's country is no
        # more "where" than the birthplace (judged as `places_for_who` judges places); it is
        # walked further only from people ("where was the WIFE of X …": her birthplace)
        lean = self._place_lean(space, best)
        if lean >= self.scorer.weights.place_margin:
            return
        k = len(best.steps)
        # a best reading that ends on people answers no "where": its one-step extensions (the
        # person's place) may be a step's cost further behind. Dates and numbers are no places
        # however close the model puts a year to "place"
        beyond = lean < 0 or subject
        wide = margin + self.scorer.weights.step_cost if beyond else margin
        near = sorted((p for p in paths[1:]
                       if p.score >= best.score - (wide if len(p.steps) == k + 1 and p.steps[:k] == best.steps else margin)
                       and not self._mostly_cjk(p)
                       # (nor from a reading that ends as the best does: its country is no more "where" either)
                       and (beyond or p.steps[:k] != best.steps and p.steps[-2:-1] != best.steps[-1:])
                       and not self.ends_in(p, TIME | NUMBER)
                       and self._place_lean(space, p) >= self.scorer.weights.place_margin
                       # ("where did the governor of X STUDY": no reading no word backs over one "study" backs)
                       and (max(p.backed_by, default=-1) >= 0 or max(best.backed_by, default=-1) < 0)),
                      key=lambda p: -p.score)
        if near:
            self._promote_closest(paths, space, "place", [best, *near], 0.1)
        if paths[0] is best:
            self._place_behind(paths, space, best, lean)

    def _place_behind(self, paths: list[RelPath], space, best: RelPath, lean: float) -> None:
        """"In which CITY did the wife of X DIE", "where is the publisher of X BASED": the best
        reading ends on what is no place (a cause of death, a founder), because a verb
        backs that relation more than the one that names the place ("die" reads "cause of death"
        ahead of "place of death"). The same reading up to its last step, whose last step the
        question's words still back and whose ends are places (as `places_for_who` judges them)
        and clearly more so than the best's (by that margin again), goes first when within the
        wider `place_far` of the best: the asked kind outweighs a verb's preference between two
        relations it backs."""
        w = self.scorer.weights
        k = len(best.steps)
        cands = [p for p in paths[1:]
                 if p.topic.id == best.topic.id and len(p.steps) in (k, k + 1)
                 and p.steps[:k - 1] == best.steps[:k - 1] and p.steps[:k] != best.steps
                 and p.score >= best.score - w.place_far
                 and p.components.get("relation_evidence", 0.0) >= len(p.steps) * w.unbacked
                 and not self._mostly_cjk(p) and not self.ends_in(p, TIME | NUMBER)
                 and self._place_lean(space, p) >= w.place_margin + max(lean, 0.0)]
        if cands:
            top = max(cands, key=lambda p: p.score)
            _promote(paths, top, self._place_lean(space, top))

    def prefer_side(self, paths: list[RelPath], kind: str, margin: float = 0.5) -> None:
        """"WHO directed the films for the writer of X": the answer fills the asked-for slot of
        the last relation, so it sits on that relation's side whose entities are closer to the
        asked-for kind (people). When the best path walks its last relation into the other side
        (the films the writer directed), the best path within `margin` that ends on the closer
        side of the same relation goes first. Only for people: names of a kind as generic as
        "words" or "things" are about as close to any side."""
        if self.scorer.space is None or len(paths) < 2:
            return
        space = self.scorer.space_for(kind)
        if space is None:
            return
        best = paths[0]
        rel, way = best.steps[-1]
        other = next((p for p in paths[1:] if p.score >= best.score - margin and p.steps[-1] == (rel, _flip(way))),
                     None)
        if other is not None:
            self._promote_closest(paths, space, kind, [best, other], 0.1)

    def prefer_people_beyond(self, paths: list[RelPath], margin: float = 0.5) -> None:
        """"WHO starred in the films whose directors also directed X": when the best path ends on
        things (the films), its best one-step extension within `margin` that ends clearly closer
        to people goes first; the verb that names that step may be one the models read weakly
        ("starred" for `actor`). Titles look like names, so the profiles' kinds do not tell. Only
        for names the English model reads (Latin script), as `places_for_who`."""
        space = self._latin_space(paths, "person")
        if space is None or "people_beyond" in paths[0].components:
            return  # (one step on, once: the main clause's rule may have taken it)
        best = paths[0]
        longer = sorted((p for p in paths[1:] if p.topic.id == best.topic.id and len(p.steps) == len(best.steps) + 1
                         and p.steps[:-1] == best.steps and p.score >= best.score - margin
                         and not self.ends_in(p, TIME | NUMBER)),  # (a year may read close to "person"; it is no one)
                        key=lambda p: -p.score)
        if not longer:
            return
        base = self._closeness(space, "person", best)
        for p in longer:
            gain = self._closeness(space, "person", p) - base
            # a city reads closer to "person" than a firm does, yet answers no "who"
            if gain >= 0.1 * (space.high - space.low) and self._place_lean(space, p) < self.scorer.weights.place_margin:
                _promote(paths, p, gain)
                p.components["people_beyond"] = round(float(gain), 4)
                return

    def prefer_people_to_places(self, paths: list[RelPath], margin: float = 0.5) -> None:
        """"WHO set up the studio that made X", read by its weak words as the country the studio
        is in: a "who" whose best path, backed by some word, ends on places (`place_margin`, as
        `places_for_who`) takes the best path within `margin` whose ends are clearly closer to
        people (0.1 of the model's scale) and lean to no place. Only for names the English model
        reads."""
        space = self._latin_space(paths, "person")
        w = self.scorer.weights
        if space is None or evidence(paths[0]) < w.unbacked or self._place_lean(space, paths[0]) < w.place_margin:
            return  # an unbacked reading is left to `places_for_who`: "WHO is Obama's mother" is no one named here
        base = self._closeness(space, "person", paths[0])
        best = _best_after(paths, lambda p: self._closeness(space, "person", p) - base >= 0.1 * (space.high - space.low)
                           and self._place_lean(space, p) < w.place_margin and not self._mostly_cjk(p), margin)
        if best is not None:
            _promote(paths, best, self._closeness(space, "person", best) - base)

    def prefer_people_among_siblings(self, paths: list[RelPath], sample: int = 3) -> None:
        """"WHO taught the architect of X": "taught" reads about as close to `educated at` as to
        `student of`, and the architect's schools came first. Among paths that differ from the
        best only in their last step and are behind it by less than a step costs, the one whose
        ends are clearly closer to people (0.1 of the model's scale) and lean to no place goes
        first, as a "which TYPE" noun chooses among such siblings. Only a sibling that leans to
        people (closer to "person" than to "thing") by `place_margin` more than the best path
        does, as `_place_lean` judges places: two sides of people differ by the names' noise
        ("Kirill Petrenko" against "Claudio Abbado"), the more so on sides the graph holds fewer
        than `sample` names of, as a document's relations do; and for names the English model
        reads."""
        space = self._latin_space(paths, "person")
        w = self.scorer.weights
        if space is None or self._side_names(paths[0]) < sample or evidence(paths[0]) < w.unbacked:
            return  # an unbacked reading is left to abstain, as in `prefer_people_to_places`
        best = paths[0]
        base = self._lean(space, best, "person", "thing")
        rivals = [p for p in paths[1:] if p.topic.id == best.topic.id and p.score >= best.score - w.step_cost
                  and len(p.steps) == len(best.steps) and p.steps[:-1] == best.steps[:-1]
                  and self._side_names(p) >= sample and evidence(p) >= w.unbacked
                  and self._lean(space, p, "person", "thing") - base >= w.place_margin and self._place_lean(space, p) < w.place_margin
                  and not self._mostly_cjk(p)]
        if rivals:
            self._promote_closest(paths, space, "person", [best, *rivals], 0.1)

    def _promote_closest(self, paths: list[RelPath], space, kind: str, candidates: list[RelPath],
                         margin: float) -> bool:
        """Move the candidate whose ends are closest to `kind` to the front, if it is closer than
        the first candidate (the best path) by `margin` of the model's similarity scale. Candidates
        about as close (within `closest_tie`) are told apart by their order (the callers' best
        first): a birthplace and its country read about as close to "place", and no word asked
        for the step between them."""
        scored = [(self._closeness(space, kind, p), p) for p in candidates]
        tie = self.scorer.weights.closest_tie * (space.high - space.low)
        closest = max(s for s, _ in scored)
        top_sim, top = next((s, p) for s, p in scored if s >= closest - tie)
        if top is not candidates[0] and top_sim - scored[0][0] >= margin * (space.high - space.low):
            _promote(paths, top, top_sim - scored[0][0])
            return True
        return False

    def _closeness(self, space, kind: str, p: RelPath) -> float:
        """Mean similarity of `kind` to what a path ends on: the examples the graph's profile keeps
        of the side its last step reaches (the same for every question), else its own best-supported
        eight ends."""
        rel, way = p.steps[-1]
        prof = self.profiles.get(rel)
        examples = prof.end(way).examples if prof is not None else ()
        if examples:
            return self._mean_closeness(space, kind, (kind, rel, way), lambda: examples)
        ends = tuple(p.ends(8))
        return self._mean_closeness(space, kind, (kind, ends), lambda: self.store.entity_names(list(ends)).values())

    def _mean_closeness(self, space, kind: str, key: tuple, names) -> float:
        """Mean similarity of `kind` to `names()` (asked for only when `key` is not cached)."""
        found = self._side_closeness.get(key)
        if found is None:
            got = list(names())
            sims = space.words([kind]) @ space.names(got).T if got else [[0.0]]
            if len(self._side_closeness) > 100_000:
                self._side_closeness.clear()
            found = self._side_closeness[key] = float(sum(sims[0]) / len(sims[0]))
        return found


def asked_kinds(a: Analysis) -> frozenset[str] | None:
    """The kinds of value the question asks for, None when it asks for none in particular."""
    return TIME if a.asks_time else NUMBER if a.asks_quantity else NAMES if a.asks_person else None


def _names_kind(name: str, noun: str) -> int:
    """1 when a name carries the noun of its kind: as a word in the singular ("Santa Clara
    County", "Lake Baikal") or, in Chinese, as its end (浙江省); -1 when it carries the noun's
    plural ("United States" for "state"); else 0. Only the words before a preposition say the
    kind: "Bank OF America" is a bank, "Experiments ON Plant Hybridization" no plant."""
    if has_cjk(noun):
        return int(len(name) > len(noun) and name.endswith(noun))
    words, one = tokens(name), singular(fold(noun))
    if len(words) < 2:
        return 0
    words = words[:next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), len(words))]
    if one not in {singular(t) for t in words}:
        return 0
    return 1 if one in words else -1


_HEAD_ENDS = frozenset("of on in for from to with at by and".split())
_PREPOSITIONS = frozenset("of on in at for from to with by into about".split())
_FEMININE, _MASCULINE = ("she", "her", "woman"), ("he", "him", "man")  # the two ends of the gender lean


def _word_at(a: Analysis, at: int) -> str | None:
    """The question's word that starts at `at` (a path's `backed_by` entry; -1: none)."""
    return next((t.raw for t in a.tokens if t.start == at), None) if at >= 0 else None


def _spelled(name: str, words: list[str]) -> bool:
    """A one-word name that one of `words` spells the start of ("Germany" by "German", "Italy" by
    "Italian"): the question says it."""
    n = fold(name).casefold()
    return " " not in n and any(len(p := os.path.commonprefix([n, w])) >= 4 and len(p) >= 0.6 * min(len(n), len(w))
                                for w in words)


def _best_after(paths: list[RelPath], keep, margin: float = math.inf) -> RelPath | None:
    """The best-scored path after the first that `keep` accepts, within `margin` of the first's
    score: the list is not sorted past the best few (each topic's own paths and the best path's
    extensions follow them)."""
    near = (p for p in paths[1:] if p.score >= paths[0].score - margin)
    return next((p for p in sorted(near, key=lambda p: -p.score) if keep(p)), None)


def _promote(paths: list[RelPath], p: RelPath, evidence: float) -> None:
    """Move `p` to the front; its components say the answer type put it there, and by how much."""
    paths.remove(p)
    paths.insert(0, p)
    p.components["answer_type"] = round(float(evidence), 4)


def _flip(way: str) -> str:
    return "in" if way == "out" else "out"
