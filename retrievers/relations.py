"""How strongly a question word speaks for a relation of the graph.

Evidence comes from the graph, never from a hand-made list in the code: shared word stems with
the relation names ("educated" ~ "educated_at"), shared characters for Chinese ("容积率" ~
"容积率"), the graph's own relation words file (`relation_words.py`: words a user or an index-time
LLM pass gave for a relation, "instrument" for `P1303`), and, when an embedder is given, cosine
similarity of the word and the relation name, or a few of the relation's own facts (cached per
word, so repeated words cost nothing).
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Callable, Protocol

import numpy as np
import simplemma

from graphrag.normalize import fold, has_cjk, lemma, singular
from graphrag.retrievers.text import CJK_STOP, STOPWORDS, Token, is_participle
from graphrag.retrievers.text_vectors import TextVectors
from graphrag.retrievers.weights import DEFAULT, RankingWeights

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

# Cosine similarity of two short texts: below `low` it is noise, above `high` as good as a
# match. Each model has its own scale (e5 scores everything high), measured on word pairs.
CALIBRATION = {"minilm": (0.40, 0.75), "e5": (0.80, 0.90)}


def calibration(model_name: str) -> tuple[float, float]:
    for key, value in CALIBRATION.items():
        if key in model_name.lower():
            return value
    return CALIBRATION["minilm"]


class Encoder(Protocol):
    def encode(self, texts: list[str], kind: str = "passage") -> np.ndarray: ...


def relation_words(relation: str) -> list[str]:
    """`educated_at` → ["educated", "at"]; `placeOfBirth` → ["place", "of", "birth"]."""
    return fold(_CAMEL.sub(" ", relation)).split()


def label_says(word: Token, relation: str) -> bool:
    """A relation's label spells a question word: all of a Chinese word's characters, or an
    English word's normal form among the label's. Breaks ties between paths only: "收录了多少种
    药物" reads 收录药物 before 新增药物 when 药物 backs either and 收录 neither."""
    if has_cjk(word.raw):
        return has_cjk(relation) and all(c in relation for c in word.raw)
    return word.norm in {singular(w) for w in relation_words(relation) if len(w) >= 3}


def relation_text(relation: str) -> str:
    return " ".join(relation_words(relation)) or relation


def singular_label(relation: str) -> str:
    """A relation's label with its plural nouns singular ("children" → "child"): a second
    reading for role words, which the models read against the singular ("son" is as close to
    "children" as to "parents", closer to "child" than to "parent")."""
    return " ".join(lemma(w) if _plural(w) else w for w in relation_words(relation)) or relation


@lru_cache(maxsize=65536)
def _reads_singular(relation: str) -> bool:
    """Whether the label has a plural noun (its singular reading differs): asked per relation
    each time a word is judged, so kept (a graph's labels are few and fixed)."""
    return singular_label(relation) != relation_text(relation)


def _plural(word: str) -> bool:
    return (word not in STOPWORDS and len(lemma(word)) < len(word)
            and (word.endswith("s") and not word.endswith(("ss", "us", "is")) or word.endswith(("ren", "men", "ople"))))


def fact_text(relation: str, subject: str, obj: str) -> str:
    """One of a relation's facts as a sentence-like text: "Kurt Cobain member of Nirvana"."""
    return f"{subject} {relation_text(relation)} {obj}"


def _stem(word: str) -> str:
    word = singular(word)
    return word[: max(4, len(word) - 3)] if len(word) > 4 else word


_SUFFIX = re.compile(r"(?:ings?|ed|ers?|ors?|ions?|ment)$")


def _root(word: str) -> str:
    """"acted" and "actors" → "act", "starred" → "star": suffixes off, a doubled end undone."""
    root = _SUFFIX.sub("", word)
    if len(root) < 3:
        return word
    return root[:-1] if len(root) > 3 and root[-1] == root[-2] else root


class Space:
    """One embedding model with its per-text caches (relation names, question words).

    A relation is read two ways: by its label, and by its facts (`facts`: a sample of them as
    texts, their vectors' mean). A model may not connect "band" to `member_of` nor "owns" to
    `parent company`, but it knows "Kurt Cobain member of Nirvana" is about a band. The facts
    are a second opinion, `margin` (a z-score) less trusted than the label, heard only when it
    alone would back the relation (reaches `floor`): kin words are near every kin relation's
    facts, and a faint reading would pick "child" for "Who is Obama's MOTHER?"."""

    def __init__(self, encoder: Encoder, facts: dict[str, list[str]] | None = None, margin: float = 0.0,
                 floor: float = 0.0, stored: TextVectors | None = None):
        self.encoder = encoder
        self.low, self.high = calibration(getattr(encoder, "name", ""))
        self.facts = facts or {}
        # the facts' vectors made when the graph was loaded (text_vectors.py); without them, made
        # here when first needed and kept in memory
        self.stored = stored if stored is not None else TextVectors(getattr(encoder, "name", ""))
        self.margin, self.floor = margin, floor
        self._rel: dict[str, np.ndarray] = {}
        self._by_facts: dict[str, np.ndarray] = {}
        self._sing: dict[str, np.ndarray] = {}
        self._word: dict[str, np.ndarray] = {}
        self._name: dict[str, np.ndarray] = {}

    def relations(self, relations: list[str]) -> np.ndarray:
        todo = [r for r in dict.fromkeys(relations) if r not in self._rel]
        if todo:
            self._rel.update(zip(todo, self.encoder.encode([relation_text(r) for r in todo], kind="passage")))
        return np.stack([self._rel[r] for r in relations])

    def singular(self, relations: list[str]) -> np.ndarray:
        """Each relation's label read with its plural nouns singular (`singular_label`); the
        label's own vector when it has none."""
        todo = [r for r in dict.fromkeys(relations) if r not in self._sing and _reads_singular(r)]
        if todo:
            self._sing.update(zip(todo, self.encoder.encode([singular_label(r) for r in todo], kind="passage")))
        return np.stack([self._sing[r] if r in self._sing else self.relations([r])[0] for r in relations])

    def by_facts(self, relations: list[str]) -> np.ndarray:
        """Each relation's facts' mean vector (its label's vector when it has no facts)."""
        todo = [r for r in dict.fromkeys(relations) if r not in self._by_facts]
        texts = [(r, t) for r in todo for t in self.facts.get(r, ())]
        if texts:
            vecs = self.stored.get(self.encoder, [t for _, t in texts])
            for r in dict.fromkeys(r for r, _ in texts):
                mean = vecs[[k for k, (owner, _) in enumerate(texts) if owner == r]].mean(axis=0)
                self._by_facts[r] = mean / (np.linalg.norm(mean) or 1.0)
        return np.stack([self._by_facts[r] if r in self._by_facts else self.relations([r])[0] for r in relations])

    def words(self, words: list[str]) -> np.ndarray:
        todo = [w for w in dict.fromkeys(words) if w not in self._word]
        if todo:
            self._word.update(zip(todo, self.encoder.encode(todo, kind="query")))
        return np.stack([self._word[w] for w in words])

    def names(self, names: list[str]) -> np.ndarray:
        """Entity names as passages (answer-type checks), cached like the words; the relation
        sides' example names were embedded when the graph was loaded."""
        todo = [n for n in dict.fromkeys(names) if n not in self._name]
        found = {n: v for n in todo if (v := self.stored.find(n)) is not None}
        rest = [n for n in todo if n not in found]
        if rest:
            found.update(zip(rest, self.encoder.encode(rest, kind="passage")))
        self._name.update(found)
        return np.stack([self._name[n] for n in names])

    def evidence(self, words: list[str], relations: list[str], reference: list[str] | None = None,
                 role_words: bool = False) -> np.ndarray:
        """How far each word is closer to each relation than to the graph's other relations:
        z-scores over `reference` (the graph's relations; else `relations`), not absolute
        cosines, which differ per model and per graph ("film" is close to every label of a
        movie graph and so backs none of them)."""
        w = self.words(words)
        sims = w @ self.relations(relations).T
        ref = reference if reference and len(reference) >= 3 else relations
        if len(ref) < 3:  # too few relations to judge against: the absolute scale
            return np.clip((sims - self.low) / (self.high - self.low), 0.0, 1.0)
        # labels in another script are judged among themselves: a multilingual model puts every
        # Chinese label closer to a Chinese word than any English one ("妻子" vs "spouse")
        out = np.zeros_like(sims)
        for script in (True, False):
            group = [r for r in ref if has_cjk(r) == script]
            cols = [c for c, r in enumerate(relations) if has_cjk(r) == script]
            if not cols:
                continue
            if len(group) < 3:
                group = ref
            floor = 0.02 * (self.high - self.low) + 1e-3
            # a label tied to a word by its letters alone is no reference for that word either:
            # "architectural style", far closest to "architect", would push `designed by` down
            apart = np.array([[modifier_only(word, r) for r in group] for word in words], dtype=bool).reshape(
                len(words), len(group))
            apart = apart if apart.any() else None
            out[:, cols] = _z(sims[:, cols], w @ self.relations(group).T, floor, apart)
            plural = [c for c in cols if _reads_singular(relations[c])]
            nouns = [i for i, word in enumerate(words) if role_words and word.isalpha() and lemma(word) == word]
            if plural and nouns:  # with `role_words`, a word in its dictionary form is also read
                # against the singular labels ("son" ~ "child", not "children"; not "appears": "has
                # tag" for "has tags"), only where the label itself backs it a little: a name
                # ("newman") is near "starred actor" because the model knows the actor (`floor`: z_low)
                sing = _z(w[nouns] @ self.singular([relations[c] for c in plural]).T,
                          w[nouns] @ self.singular(group).T, floor, None if apart is None else apart[nouns])
                cell = np.ix_(nouns, plural)
                out[cell] = np.where(out[cell] >= self.floor, np.maximum(out[cell], sing), out[cell])
            if self.facts and reference is not None:  # the whole graph as reference: read by facts too
                by_facts = _z(w @ self.by_facts([relations[c] for c in cols]).T, w @ self.by_facts(group).T, 1e-3, apart)
                by_facts -= self.margin
                out[:, cols] = np.where(by_facts >= self.floor, np.maximum(out[:, cols], by_facts), out[:, cols])
        return out


def _z(sims: np.ndarray, all_sims: np.ndarray, floor: float, apart: np.ndarray | None = None) -> np.ndarray:
    """`sims` as z-scores over `all_sims` (per row: one word against a graph's relations),
    leaving out the cells `apart` marks."""
    if apart is not None:
        all_sims = np.ma.masked_array(all_sims, apart)
        mean = all_sims.mean(axis=1, keepdims=True).filled(0.0)
        std = all_sims.std(axis=1, keepdims=True).filled(0.0)
        return (sims - mean) / np.maximum(std, floor)
    mean = all_sims.mean(axis=1, keepdims=True)
    return (sims - mean) / np.maximum(all_sims.std(axis=1, keepdims=True), floor)


_PREPOSITIONS = frozenset("of for in on at by to from with as about".split())


def label_word_weights(relations: list[str], complement: float) -> dict[str, list[float]]:
    """Per relation, how much each word of its label distinguishes it among the graph's relations:
    inverse document frequency over the labels (a prefix such as "film.film." that every label
    carries says nothing), times `complement` for words after a preposition that follows the
    label's head ("original language OF film or TV show": the relation is about a language)."""
    labels = {r: relation_words(r) for r in relations}
    n = len(labels)
    df: dict[str, int] = {}
    for ws in labels.values():
        for w in set(ws):
            df[w] = df.get(w, 0) + 1
    out = {}
    for rel, ws in labels.items():
        weights, tail = [], False
        for i, w in enumerate(ws):
            if w in _PREPOSITIONS and i > 0:
                tail = True
            idf = 1.0 if n < 3 or df[w] <= 1 else max(0.0, math.log(n / df[w]) / math.log(n))
            weights.append(idf * (complement if tail else 1.0))
        out[rel] = weights
    return out


# A question word matching one of a relation's extra words is nearly as good as matching its name.
ALIAS = 0.9


class RelationScorer:
    """Word ↔ relation evidence in [0, 1]: the larger of a lexical match and a semantic one.

    Semantic similarity is judged relative to the graph's relations (`relations`; the near ones
    for graphs with very many): a word about equally close to all of them ("films" in a movie
    graph) backs none, a word far closer to one relation than to the rest ("studied" →
    educated_at) backs that one. Chinese words go to a second, multilingual model (`cjk`), so
    "出生" meets "born in"; English words are read by both and their z-scores averaged.
    `words` maps a relation to extra words or phrases; a phrase counts only when all of its
    words are in the question ("type of film" backs nothing in "who directed the film")."""

    def __init__(self, encoder: Encoder | None = None, cjk: Callable[[], Encoder | None] | None = None,
                 words: dict[str, list[str]] | None = None, relations: list[str] | None = None,
                 weights: RankingWeights | None = None, facts: dict[str, list[str]] | None = None,
                 fact_vectors: Callable[[str], TextVectors] | None = None):
        self.encoder = encoder
        self.weights = weights or DEFAULT
        self.facts = facts or {}  # relation → a few of its facts as texts (`fact_text`)
        self._fact_vectors = fact_vectors  # model name → their stored vectors
        self.aliases: dict[str, list[list[str]]] = {}
        for rel, items in (words or {}).items():
            phrases = [_phrase_words(i) for i in items]
            self.aliases[rel] = [p for p in phrases if p]
        self.space = self._space(encoder) if encoder is not None else None
        self._cjk_factory = cjk
        self._cjk_space: Space | None | bool = None if cjk is not None else False
        self.relations = sorted(relations or [])
        self.label_weights = label_word_weights(self.relations, self.weights.complement)
        self._col = {r: c for c, r in enumerate(self.relations)}
        self._rows: dict[str, np.ndarray] = {}  # word → closeness evidence over the graph's relations

    def _space(self, encoder: Encoder) -> Space:
        model = getattr(encoder, "name", "")
        stored = self._fact_vectors(model) if self._fact_vectors is not None and self.facts and model else None
        return Space(encoder, self.facts, self.weights.by_facts, self.weights.z_low, stored)

    def warm(self, relations: list[str], vectors: np.ndarray | None = None) -> None:
        """Relation vectors up front (or from the persisted relation index), not per question."""
        if self.space is None:
            return
        if vectors is not None:
            self.space._rel.update(zip(relations, vectors))
        else:
            self.space.relations(relations)

    def space_for(self, word: str) -> Space | None:
        return (self._multilingual() or self.space) if has_cjk(word) else self.space

    def _multilingual(self) -> Space | None:
        """The `cjk` model's space, built on first use; None without one."""
        if self._cjk_space is None:
            enc = self._cjk_factory()
            self._cjk_space = self._space(enc) if enc is not None else False
        return self._cjk_space or None

    def matrix(self, words: list[str], relations: list[str], lexical_only: frozenset[int] = frozenset(),
               strong_only: frozenset[int] = frozenset(), phrases: dict[int, str] | None = None) -> np.ndarray:
        """Evidence for each (word, relation): shape (len(words), len(relations)). Rows in
        `lexical_only` (the class the answer belongs to: "what FILM did …") are matched by
        label words only: closeness to a label is not a reason for a step there; those also in
        `strong_only` (the bare asked-for noun) by closeness too where it is strong ("what
        TOPICS is X about" for `main subject`; "film" is never that close to one relation).
        `phrases`: per row, the word with the particles after it ("PASS AWAY", "TURNS OUT FOR",
        "in CHARGE of"), read by closeness too; the row keeps the larger evidence of the two."""
        out = np.array([[self.lexical(w, r) for r in relations] for w in words], dtype=np.float32).reshape(
            len(words), len(relations))
        if not words or not relations:
            return out
        aliased = np.zeros(out.shape, dtype=bool)
        for c, rel in enumerate(relations):
            for phrase in self.aliases.get(rel, ()):
                hits = [[i for i, w in enumerate(words) if _same_word(w, pw)] for pw in phrase]
                if all(hits):
                    for i in {i for h in hits for i in h}:
                        out[i, c] = max(out[i, c], ALIAS)
                        aliased[i, c] = True
        # the graph's relations are the reference a word is judged against (the near ones when
        # the graph has too many to embed up front)
        reference = self.relations if 3 <= len(self.relations) <= self.weights.max_reference else None
        rows = [i for i in range(len(words)) if i not in lexical_only or i in strong_only]
        said = [(k, phrases[i]) for k, i in enumerate(rows) if phrases and i in phrases]
        texts = [words[i] for i in rows] + [p for _, p in said]
        if reference is None:
            sem = _as_twins(self._semantic(texts, relations, None), relations)
        else:  # against the whole graph: one row per word, kept (a question's words recur)
            todo = [w for w in dict.fromkeys(texts) if w not in self._rows]
            if todo:
                if len(self._rows) > 50_000:
                    self._rows.clear()
                self._rows.update(zip(todo, _as_twins(self._semantic(todo, reference, reference), reference)))
            cols = [self._col.get(r, -1) for r in relations]
            sem = np.array([[self._rows[t][c] if c >= 0 else 0.0 for c in cols] for t in texts],
                           dtype=np.float32).reshape(len(texts), len(relations))
        for n, (k, _) in enumerate(said):
            sem[k] = np.maximum(sem[k], sem[len(rows) + n])
        sem = sem[:len(rows)]
        if rows:
            for k, i in enumerate(rows if self.space is not None else ()):  # "NETWORK" holds "work"
                # (`derivative work`) by chance: a label word inside a longer dictionary word backs it
                # only where the models read them close too (without a model, its letters decide)
                for c in np.flatnonzero((out[i] > 0) & ~aliased[i] & (sem[k] <= 0)):
                    if _inside_word(words[i], relations[c]):
                        out[i, c] = 0.0
            strong = np.array([[i in strong_only] for i in rows])
            out[rows] = np.maximum(out[rows], np.where(strong & (sem < self.weights.strong), 0.0, sem))
        for i, w in enumerate(words):
            for c, rel in enumerate(relations):
                if out[i, c] > 0 and modifier_only(w, rel):
                    out[i, c] = 0.0
        return out

    def _semantic(self, words: list[str], relations: list[str], reference: list[str] | None) -> np.ndarray:
        """Closeness evidence, each word read by every model that can (`_spaces_for`); a verb
        also as its doer ("wrote" as "writer": the models put a verb far from the role noun a
        label names it by, "author")."""
        out = self._closeness(words, relations, reference, role_words=True)
        doers = [(i, _doer(w) or _head(w)) for i, w in enumerate(words)]
        doers = [(i, d) for i, d in doers if d is not None]
        if doers:
            rows = [i for i, _ in doers]
            out[rows] = np.maximum(out[rows], self._closeness([d for _, d in doers], relations, reference))
        return out

    def _closeness(self, words: list[str], relations: list[str], reference: list[str] | None,
                   role_words: bool = False) -> np.ndarray:
        z_sum = np.zeros((len(words), len(relations)), dtype=np.float32)
        z_n = np.zeros((len(words), 1), dtype=np.float32)
        groups: dict[int, tuple[Space, float, list[int]]] = {}
        for i, w in enumerate(words):
            for sp, weight in self._spaces_for(w):
                groups.setdefault(id(sp), (sp, weight, []))[2].append(i)
        for sp, weight, rows in groups.values():
            z_sum[rows] += weight * sp.evidence([words[i] for i in rows], relations, reference, role_words)
            z_n[rows] += weight
        return np.where(z_n > 0, self.weights.semantic(z_sum / np.maximum(z_n, 1)), 0.0).astype(np.float32)

    def _spaces_for(self, word: str) -> list[tuple[Space, float]]:
        """Every model that can read the word, with its weight: the graph's model and, for an
        English-only model, the multilingual one too (two models disagree on different words:
        their weighted mean z-score is steadier than either)."""
        out = []
        main = self.space_for(word)
        if main is not None:
            out.append((main, 1.0))
        if self.weights.ensemble > 0 and not has_cjk(word) and main is self.space:
            other = self._multilingual()
            if other is not None and other.encoder is not main.encoder:
                out.append((other, self.weights.ensemble))
        return out

    def lexical(self, word: str, relation: str) -> float:
        """Shared stems with the relation's label, weighted by how much that label word says
        about this relation among the graph's relations (a domain prefix every label shares,
        a complement such as "of film" in a long label say little)."""
        score, at = _lexical(word, relation)
        if at < 0 or has_cjk(word) or has_cjk(relation):
            return score
        weights = self.label_weights.get(relation)
        return score * (weights[at] if weights and at < len(weights) else 1.0)

    def slot(self, word: str, relation: str) -> int:
        """Which word of the relation `word` matches (-1: none): a word of its name, else one of
        its extra words (100 + their index). Two question words on different slots of one
        relation are one mention of it ("release" … "dates" with "date" given for the relation)."""
        at = slot(word, relation)
        if at >= 0:
            return at
        for k, phrase in enumerate(self.aliases.get(relation, ())):
            if any(_same_word(word, pw) for pw in phrase):
                return 100 + k
        return -1


def _as_twins(sem: np.ndarray, relations: list[str]) -> np.ndarray:
    """Labels that differ in the preposition they end with (`founded in`, `founded by`) get each word's
    larger closeness of the two: the models read "started" nearer the one its phrase leans to,
    while what the question asks for (who, when) is what tells them apart."""
    for cols in _twins(tuple(relations)):
        sem[:, cols] = sem[:, cols].max(axis=1, keepdims=True)
    return sem


@lru_cache(maxsize=256)
def _twins(relations: tuple[str, ...]) -> list[list[int]]:
    groups: dict[tuple[str, ...], list[int]] = {}
    for c, rel in enumerate(relations):
        words = relation_words(rel)
        key = tuple(w for w in words if w not in _PREPOSITIONS)
        # both with a preposition: a bare "received" takes what was received, "received with" whom
        if key and words[-1] in _PREPOSITIONS:
            groups.setdefault(key, []).append(c)
    return [cols for cols in groups.values() if len(cols) > 1]


def _phrase_words(text: str) -> list[str]:
    """The words of a relation word or phrase that can match a question word: "type of film" →
    ["type", "film"]; a CJK phrase stays whole (it is matched by shared characters)."""
    if has_cjk(text):
        return [text.strip()] if text.strip() else []
    return [w for w in relation_words(text) if len(w) >= 3 and w not in STOPWORDS]


@lru_cache(maxsize=65536)
def _same_word(word: str, given: str) -> bool:
    """A question word is a given relation word when it is the same word or the same root
    ("describes" ~ "describe", "acted" ~ "acting"); no prefixes: "film" is not "filmmaker".
    CJK: the given word is inside the question's run, or shares two of its characters."""
    if has_cjk(word) or has_cjk(given):
        return given in word or _lexical(word, given)[0] >= 0.6
    w, g = singular(word), singular(given)
    return w == g or (min(len(w), len(g)) >= 4 and _root(w) == _root(g))


@lru_cache(maxsize=65536)
def named_side(noun: str, relation: str, following: str | None = None) -> str | None:
    """Which side of `relation` a noun that is a word of its label names, read from the label's
    grammar: the head of a noun phrase names the object ("club" in `former_club`, "place" in
    `place_of_birth`: X's former club, X's place of birth), a noun before a preposition that
    ends the label the subject ("album" in `album_by`, "capital" in `capital_of`: X is the
    album, the capital), as does a label's first noun before a preposition (`subject_class`),
    and so does a noun before the label's head noun, unless the question says the two together
    (`following`: the question's next word, "" at its end; None: not known): "what PARTY" is the
    party of `party_leader`, "what party LEADER" its leader. None when
    the label says neither, or the noun is no word of it as such."""
    if has_cjk(noun) or has_cjk(relation):
        return None
    words = relation_words(relation)
    at = next((i for i, w in enumerate(words) if len(w) >= 3 and singular(w) == singular(noun)), None)
    if at is None:
        return None
    rest = words[at + 1:]
    if not rest or (rest[0] == "of" and len(rest) >= 2):
        return "object"
    if len(rest) == 1 and rest[0] in _PREPOSITIONS:
        return "subject"
    if subject_class(noun, relation):
        return "subject"
    if len(rest) == 1 and at == 0 and len(words) == 2 and following is not None and _known(rest[0]) \
            and lemma(rest[0]) == rest[0] and not is_participle(rest[0]):  # a noun before a noun
        # (not `award won`, a participle), the question's word said alone or with it
        return "object" if singular(following) == singular(rest[0]) else "subject"
    return None


@lru_cache(maxsize=65536)
def subject_class(noun: str, relation: str) -> bool:
    """`city_in_country`: a label that opens with the class of its subjects and a preposition
    ("in country"). The noun names that side, no step: "what CITY was X born in" ends on a
    city, not on from one. Not before a participle: the subjects of `theme_composed_by` are
    shows, not themes."""
    if has_cjk(noun) or has_cjk(relation):
        return False
    words = relation_words(relation)
    if len(words) < 3 or len(words[0]) < 3 or is_participle(words[0]) or singular(words[0]) != singular(noun) \
            or re.match(rf"{re.escape(words[0])}-", relation, re.I):  # (`editor-in-chief` is one noun)
        return False
    return words[1] in _PREPOSITIONS and words[1] != "of"


_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ary)$")


@lru_cache(maxsize=65536)
def modifier_only(word: str, relation: str) -> bool:
    """"the ARCHITECT of X" and `architectural style`: a noun whose only tie to a label is an
    adjective made from its own root, standing before the label's head noun, names something
    else than the label does (a style is no architect); the models read the two as close by
    their letters alone. Not the adjective itself ("which ARCHITECTURAL style"), nor a word
    of the label's head."""
    if has_cjk(word) or has_cjk(relation):
        return False
    words = relation_words(relation)
    w = singular(word)
    if len(words) < 2 or len(w) < 4 or any(singular(x) == w or _lexical(word, x)[0] > 0 for x in words[-1:]):
        return False
    head = next((i for i, x in enumerate(words) if x in _PREPOSITIONS), len(words)) - 1
    for x in words[:max(head, 0)]:
        if x != word and _ADJECTIVE.search(x) and len(x) > len(w) and x[:max(4, len(w) - 1)] == w[:max(4, len(w) - 1)]:
            return True
    return False


def _inside_word(word: str, relation: str) -> bool:
    """The word ties to the label only by holding one of its words inside it ("network" and
    `derivative work`, "birthplace" and `place of birth`), both dictionary words."""
    if has_cjk(word) or has_cjk(relation):
        return False
    w = singular(word)
    score, at = _lexical(word, relation)
    words = relation_words(relation)
    if score <= 0 or at < 0 or at >= len(words):
        return False
    rw = singular(words[at])
    return rw != w and len(w) > len(rw) and rw in w and lemma(word) != lemma(words[at]) and _known(w) and _known(rw)


def label_voice(relation: str) -> str | None:
    """"active" for a label that is one past verb (`succeeded`, `acquired`: the subject did it to
    the object), "passive" for a past participle with "by" (`founded by`: the object did it); None
    for any other label (`born in`, `starred actors`, `spouse`), which says no doer."""
    words = relation_words(relation)
    if not words or has_cjk(relation) or not words[0].endswith("ed") or lemma(words[0]) == words[0]:
        return None
    if len(words) == 1:
        return "active"
    return "passive" if words[1:] == ["by"] else None


def slot(word: str, relation: str) -> int:
    """Which word of the relation name `word` matches (-1: none). Two question words matching
    different words of one relation ("year" … "founded" ~ year_founded) are one mention of it."""
    return _lexical(word, relation)[1]


_AGENT = ("r", "er", "or")


@lru_cache(maxsize=65536)
def _doer(word: str) -> str | None:
    """The English noun for who does what a verb says, when the dictionary has one: "wrote" →
    "writer", "acted" → "actor", "taught" → "teacher"; None for other words."""
    if has_cjk(word) or len(word) < 3:
        return None
    base = lemma(word)
    if base in (word, singular(word)):  # a past form only: "film", "times", "writes" are not read so
        return None
    for suffix in ("or", "r", "er"):  # "director" before "directer"
        noun = base + suffix
        if noun != word and simplemma.is_known(noun, lang="en"):
            return noun
    return None


@lru_cache(maxsize=65536)
def _head(word: str) -> str | None:
    """The doer a compound noun (or its plural) is a kind of, when both parts are dictionary words:
    "screenwriter" → "writer", "songwriters" → "writer", "filmmaker" → "maker" (the models
    place the compound near the thing it is about, "screen", and away from "author")."""
    if has_cjk(word) or len(word) < 9 or not word.isalpha():
        return None
    word = lemma(word)  # "screenwriters" → "screenwriter"
    for i in range(4, len(word) - 4):
        head, first = word[i:], word[:i]
        if simplemma.is_known(first, lang="en") and simplemma.is_known(head, lang="en") and any(
                head.endswith(s) and len(head) - len(s) >= 4 and simplemma.is_known(head[:-len(s)], lang="en")
                for s in _AGENT):
            return head
    return None


def _agent_of(verb: str, noun: str) -> bool:
    """`noun` is the doer of `verb`, alone or at the end of a compound: "write" → "writer",
    "screenwriter"; "act" → "actor"; "teach" → "teacher" (not "factor": a compound's first part
    is a word of its own, three letters or more)."""
    if len(verb) < 3:
        return False
    for suffix in _AGENT:
        agent = verb + suffix
        if noun == agent or (noun.endswith(agent) and len(noun) - len(agent) >= 3):
            return True
    return False


def _one_root(a: str, b: str) -> bool:
    """Two dictionary forms of which one, its derivational ending worn off, begins the other
    ("direct" / "director", "describe" / "description", "doctorate" / "doctoral"): one word's
    family. "current" and "currency" share five letters and no root."""
    a, b = _DERIVED.sub("", a), _DERIVED.sub("", b)
    return a.startswith(b) or b.startswith(a)


_DERIVED = re.compile(r"(?:ption|ation|ition|ion|ment|ate|al|ic|ist|ism|ity|ous|i[sz]e|ing|ed|ers?|ors?|e|y|s)$")


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    """A dictionary word: two of them sharing only a four-letter stem are two words (the
    dictionary forms and suffixes above relate those that are one)."""
    return simplemma.is_known(word, lang="en")


@lru_cache(maxsize=65536)
def _lexical(word: str, relation: str) -> tuple[float, int]:
    if has_cjk(word) or has_cjk(relation):
        rel_chars = {c for c in relation if has_cjk(c) and c not in CJK_STOP}
        if not rel_chars:  # a label of function characters only ("是"): every question has them
            return (0.3, 0) if relation == word else (0.0, -1)
        if relation in word:
            return 1.0, 0
        shared = sum(1 for c in rel_chars if c in word)
        return (0.9 * shared / len(rel_chars), 0) if shared >= min(2, len(rel_chars)) else (0.0, -1)
    best, where = 0.0, -1
    w = singular(word)
    lw = lemma(word)
    for i, rw in enumerate(relation_words(relation)):
        if len(rw) < 3:
            continue
        if w == singular(rw):
            return 1.0, i
        lr = lemma(rw)
        # one dictionary form ("wrote" ~ "written"), or its doer ("wrote" ~ "screenwriter")
        if best < 0.9 and len(lw) >= 3 and (lw == lr or _agent_of(lw, lr) or _agent_of(lr, lw)):
            best, where = 0.9, i
            continue
        stem = _stem(rw)
        # a four-letter stem cut from a longer word, shared by two dictionary words, is chance:
        # "county" and "country" share "coun" (not so a whole word: "place" in "birthplace")
        chance = (len(stem) < 5 or not _one_root(lw, lr)) and rw not in w and _known(w) and _known(rw)
        if len(stem) >= 4 and stem in w and best < 0.9 and not chance:  # "writ" in "screenwriter"
            best, where = 0.9, i
        elif len(w) >= 4 and (rw.startswith(w) or w.startswith(stem)) and best < 0.8 and not chance:
            best, where = 0.8, i  # "star" ~ "starred"
        elif len(w) >= 4 and best < 0.8 and _root(w) == _root(singular(rw)):  # "acted" ~ "actors"
            best, where = 0.8, i
    return best, where
