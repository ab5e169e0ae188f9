"""Readings added in the fifty-third session, from `photography`'s failures (shown here with other names): a
participle of a label is no noun an asked-for noun may be read as ("which MANUFACTURERS" is no `manufactured`
thing); an asked noun followed by its own verb ("which COMPANY BUILT …") names what that verb's step reaches, not
a step on that the noun alone backs; a gerund before a noun is no kind ("what YEAR was the PUBLISHING house …
founded"); and "where is the PUBLISHER of X based" walks on from the publisher to its seat."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.analysis import analyse
from graphrag.retrievers.text import kind_phrase
from graphrag.store.sqlite import SQLiteGraphStore
from question_topic import topic

T = Triple
GRAPH = [
    T("Lena Vos", "shot_with", "Vexa III"), T("Vexa III", "manufactured_by", "Optiwerk"),
    T("Optiwerk", "headquartered_in", "Dresden"), T("Optiwerk", "established_year", "1926"),
    T("Lena Vos", "shot_with", "Marlo 67"), T("Marlo 67", "manufactured_by", "Halden Optik"),
    T("Halden Optik", "headquartered_in", "Munich"), T("Halden Optik", "established_year", "1920"),
    T("Vexa III", "released_year", "1936"), T("Marlo 67", "released_year", "1979"),
    T("Lena Vos", "birthplace", "Velden"), T("Lena Vos", "birth_year", "1952"),
    T("Quiet Harbours", "published_by", "Greyline Books"), T("Greyline Books", "headquartered_in", "Lisbon"),
    T("Greyline Books", "established_year", "1949"), T("Lena Vos", "authored_photobook", "Quiet Harbours"),
    T("Quiet Harbours", "publication_year", "1988"), T("Magnet Agency", "founded_by", "Otto Brenn"),
    T("Jon Hale", "shot_with", "Contessa II"), T("Contessa II", "manufactured_by", "Zeller Kamerawerk"),
    T("Zeller Kamerawerk", "headquartered_in", "Hamburg"), T("Jon Hale", "birthplace", "Leeds"),
    T("Dresden", "located_in_country", "Germany"), T("Lisbon", "located_in_country", "Portugal"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("cameras")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_a_participle_of_a_label_is_no_asked_noun(rag):
    assert rag.answer_type.label_noun("manufacturers") == "manufacturers"  # not `manufactured_by`'s "manufactured"


def test_the_asked_nouns_own_verb_ends_the_path(rag):
    def past(q, backed, last):
        a = analyse(q, [topic(q, "Jon Hale")])
        return rag.answer_type._past_own_verb(SimpleNamespace(backed_by=tuple(map(q.index, backed)), steps=[(last, "out")]), a)

    q = "Which company built the camera Jon Hale carried into battle?"
    # carried → shot with, built → manufactured by, company → headquartered in: one step past the verb's
    assert past(q, ("carried", "built", "company"), "headquartered_in")
    assert not past(q, ("carried", "built"), "manufactured_by")
    # a noun its label says backs its own step: the labels that released the records
    assert not past("Which labels released records by the bands Jon Hale has been in?", ("been", "released", "labels"), "record_label")


def test_the_makers_of_the_cameras_come_first(rag):
    got = rag.retrieve("Which manufacturers made the cameras Lena Vos worked with?").answers
    assert set(got[:2]) == {"Optiwerk", "Halden Optik"}


def test_where_the_topics_noun_is_based(rag):
    assert rag.retrieve("Where is the publisher of Quiet Harbours based?").answers[:1] == ["Lisbon"]


def test_a_gerund_before_a_noun_is_no_kind():
    q = "What year was the publishing house behind Quiet Harbours founded?"
    assert kind_phrase(q, "year") == ("year", None)
    assert kind_phrase("What year was the building completed?", "year")[0] == "year of building"  # before a participle
