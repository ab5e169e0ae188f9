"""Ranking readings of the nineteenth session: a verb read with its particle ("pass away"), and a
time question's date paths kept however far behind the words' reading (fake embedder, toy graphs)."""
from __future__ import annotations

import numpy as np
import pytest

from graphrag import Triple
from graphrag.retrievers.analysis import Analysis
from graphrag.retrievers.answer_type import TIME, AnswerTypeRules
from graphrag.retrievers.paths import PathFinder
from graphrag.retrievers.relations import RelationScorer
from graphrag.retrievers.text import particle_phrase, question_tokens
from graphrag.retrievers.weights import RankingWeights
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import LinkedEntity
from test_ranking import AxisEncoder


def _phrases(question: str) -> list[str]:
    _, toks = question_tokens(question)
    return [p for i in range(len(toks)) if (p := particle_phrase(toks, i))]


@pytest.mark.parametrize("question,phrases", [
    ("Where did the painter who taught Lena Vos pass away?", ["pass away"]),
    ("Who is in charge of the club Tom Berg turns out for?", ["in charge of", "turns out for"]),
    ("Where did she grow up?", ["grow up"]),
    # a word and a preposition alone read the label holding that preposition: not one phrase
    ("The Night Watch hangs in a museum in which city?", []),
    ("Which movies come from the same writer as Gigot?", []),
    # a noun after a determiner is read by itself; "of" is no particle of a verb
    ("Which date was the date of exit of 2012?", []),
])
def test_a_verb_is_read_with_its_particle(question, phrases):
    assert _phrases(question) == phrases


def test_a_phrase_backs_the_relation_its_head_word_alone_does_not():
    labels = ["died at"] + [f"relation {i}" for i in range(7)]
    axes = {label: np.eye(8)[i] for i, label in enumerate(labels)}
    axes["pass away"] = [1] + [0.05] * 7  # "pass" alone is generic: as close to every label
    scorer = RelationScorer(AxisEncoder(axes, dim=8), relations=labels, weights=RankingWeights(ensemble=0.0))
    assert scorer.matrix(["pass"], labels).max() == 0.0
    m = scorer.matrix(["pass"], labels, phrases={0: "pass away"})
    assert m[0].argmax() == 0 and m[0, 0] >= 0.5 and m[0, 1:].max() == 0.0


def test_a_time_question_keeps_the_date_path_its_words_do_not_back(tmp_path):
    # "When was the company that makes the Zephyr founded?": "founded" backs `founded by` by its
    # label, so the firm's founders lead by far; the firm's own date (`inception`, which no word
    # backs) is fetched all the same, and "when" puts it first
    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples([Triple("Orrin Works", "makes", "Zephyr"), Triple("Orrin Works", "founded by", "Ada Orrin"),
                          Triple("Orrin Works", "inception", "1976"), Triple("Ada Orrin", "born in", "Leeds")])
    scorer = RelationScorer(AxisEncoder({}), relations=list(store.relation_counts()), weights=RankingWeights(ensemble=0.0))
    e = store.find_entities("Zephyr")[0]
    topic = LinkedEntity(e.id, "Zephyr", "Zephyr", 0, 6, 3.0, "exact")
    _, toks = question_tokens("When was the company that makes the Zephyr founded?")
    words = {e.id: [t for t in toks if t.word in ("makes", "founded")]}
    rules = AnswerTypeRules(store, scorer)

    def find(asked_end):
        return PathFinder(store, scorer, hops=2, beam=20).find([topic], words, {}, keep=1, question=toks,
                                                                asked_end=asked_end)

    date = (("makes", "in"), ("inception", "out"))
    assert all(p.steps != date for p in find(None))  # one path kept: the founders
    paths = find(lambda p: rules.ends_in(p, TIME))
    assert paths[0].steps == (("makes", "in"), ("founded by", "out")) and any(p.steps == date for p in paths)
    rules.apply(paths, Analysis("When was the company that makes the Zephyr founded?", toks, asks_time=True))
    assert paths[0].steps == date
