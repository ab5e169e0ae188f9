"""Readings added in the fifty-seventh session, from `cartography`'s failures (shown here with other names): a bare
verb after "did" is read in its past form too ("under whom did the maker of X TRAIN": the model puts "train" near
transport, "trained" near `student of`), and the wh-word's noun phrase may hold two words before the auxiliary
("which learned SOCIETY did the author of X belong to"); a path that ends on what a word before the asked noun
says ("in which GERMAN state": Germany) answers nothing."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.normalize import past_form
from graphrag.retrievers.answer_type import _spelled
from graphrag.retrievers.text import bare_verb, closing_verb, first_wh, question_tokens
from graphrag.store.sqlite import SQLiteGraphStore


def _verbs(question: str) -> tuple[str | None, str | None]:
    _, toks = question_tokens(question)
    at = first_wh(toks)
    closing, bare = closing_verb(toks, at), bare_verb(toks, at)
    return (closing.raw if closing is not None else None), (bare.raw if bare is not None else None)


def test_the_regular_past_form_of_a_bare_verb():
    assert [past_form(w) for w in ("train", "study", "stop", "belong", "die")] == \
        ["trained", "studied", "stopped", "belonged", "died"]
    assert past_form("write") is None  # irregular: left as it is
    assert past_form("of") is None


def test_the_closing_verb_after_a_noun_phrase_of_two_words():
    assert _verbs("Which learned society did the author of the Holm Chart belong to?") == ("belong", "belong")
    assert _verbs("Which German state was the teacher of Ola Brekke born in?") == ("born", None)  # a participle
    assert _verbs("Which of the maps did Ola Brekke draw?") == (None, None)  # "of" is no part of a noun phrase


T = Triple
GRAPH = [
    T("Holm Chart", "made_by", "Ola Brekke"), T("Holm Chart", "published_by", "Norvik Survey"),
    T("Holm Chart", "publication_year", "1761"), T("Holm Chart", "depicts", "Vestland"),
    T("Ola Brekke", "student_of", "Nils Vik"), T("Ola Brekke", "born_in", "Bergen"),
    T("Ola Brekke", "birth_year", "1722"), T("Ola Brekke", "member_of", "Royal Academy of Oslo"),
    T("Ola Brekke", "died_in", "Oslo"), T("Ola Brekke", "assisted_by", "Karl Berg"),
    T("Ola Brekke", "friend_of", "Jon Lie"), T("Nils Vik", "born_in", "Bergen"), T("Nils Vik", "birth_year", "1690"),
    T("Nils Vik", "member_of", "Royal Academy of Oslo"), T("Vik Atlas", "made_by", "Nils Vik"),
    T("Norvik Survey", "founded_by", "Siri Norvik"), T("Norvik Survey", "headquartered_in", "Oslo"),
    T("Royal Academy of Oslo", "founding_year", "1660"), T("Bergen", "in_country", "Norway"),
    T("Oslo", "in_country", "Norway"), T("Bergen", "located_in", "Vestland"), T("Norway", "capital", "Oslo"),
    T("Norway", "continent", "Europe"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("maps")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_a_bare_verb_after_did_is_read_as_its_past(rag):
    r = rag.retrieve("Under whom did the mapmaker of the Holm Chart train?")
    assert r.answers[:1] == ["Nils Vik"]
    assert r.confidence > 0.9  # the walk is backed by "train", not reached as the one person-valued step left


def test_a_name_the_question_spells_is_no_answer():
    assert _spelled("Germany", ["german"]) and _spelled("Italy", ["italian"]) and _spelled("Norway", ["norwegian"])
    assert not _spelled("Bavaria", ["german"]) and not _spelled("Gerlingen", ["german"])  # (a prefix too short of it)
    assert not _spelled("New Germany", ["german"])  # one word only


def test_the_part_of_the_country_the_question_names(rag):
    assert rag.retrieve("In which Norwegian region was the teacher of Ola Brekke born?").answers[:1] == ["Vestland"]
