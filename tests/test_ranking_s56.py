"""Readings added in the fifty-sixth session, from `typography`'s failures (shown here with other names): in
"under whom DID the designer of X TRAIN" and "when WAS the designer of X BORN" the auxiliary stands before the
subject, so the word the wh-word asks with is the verb that closes the question, not the subject's noun
("designer"), which names the first step of the walk and speaks for no last one."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.text import closing_verb, first_wh, question_tokens
from graphrag.store.sqlite import SQLiteGraphStore


def _verb(question: str) -> str | None:
    _, toks = question_tokens(question)
    got = closing_verb(toks, first_wh(toks))
    return got.raw if got is not None else None


def test_the_closing_verb_after_an_auxiliary_before_the_subject():
    assert _verb("Under whom did the designer of Halden Sans train?") == "train"
    assert _verb("Which company did the designer of Halden Sans work for?") == "work"
    assert _verb("When was the designer of Halden Sans born?") == "born"


def test_no_closing_verb_without_an_auxiliary_before_the_subject_or_with_another_holding_it():
    assert _verb("Who designed Halden Sans?") is None
    assert _verb("Who is the designer of Halden Sans?") is None  # no verb closes it
    assert _verb("In which region is the town where Ola Brekke was born?") is None  # the clause's own "was"
    assert _verb("In which city is the school where Ola Brekke studied?") is None  # the clause's own verb
    assert _verb("Who does Ola Brekke work with at his current firm?") is None  # a noun closes it
    assert _verb("Who is the head of the firm Ola Brekke joined?") is None  # the copula's noun is asked
    assert _verb("Which typefaces did Ola Brekke design that were later revived?") is None
    assert _verb("When did the typefaces designed by Ola Brekke's teachers appear?") is None  # its own verb


T = Triple
GRAPH = [
    T("Halden Sans", "designed_by", "Ola Brekke"), T("Halden Sans", "issued_by", "Norvik Type"),
    T("Halden Sans", "released_in", "1931"), T("Halden Sans", "classification", "Humanist sans-serif"),
    T("Ola Brekke", "apprenticed_to", "Nils Vik"), T("Ola Brekke", "apprenticed_to", "Per Lund"),
    T("Ola Brekke", "born_in", "Bergen"), T("Ola Brekke", "birth_year", "1882"),
    T("Ola Brekke", "worked_for", "Norvik Type"), T("Nils Vik", "born_in", "Oslo"),
    T("Nils Vik", "birth_year", "1850"), T("Per Lund", "born_in", "Bergen"), T("Per Lund", "birth_year", "1861"),
    T("Vik Roman", "designed_by", "Nils Vik"), T("Vik Roman", "issued_by", "Norvik Type"),
    T("Norvik Type", "founded_by", "Siri Norvik"), T("Norvik Type", "based_in", "Oslo"),
    T("Bergen", "in_country", "Norway"), T("Oslo", "in_country", "Norway"),
    T("Vik Roman", "based_on", "Bembo"), T("Fjord Atlas", "set_in", "Vik Roman"), T("Fjord Atlas", "printed_by", "Dahl Press"),
    T("Dahl Press", "founding_year", "1790"), T("Dahl Press", "parent_company", "Norvik Type"),
    T("Nils Vik", "died_in", "Bergen"), T("Bergen", "in_region", "Vestland"), T("Norway", "capital", "Oslo"),
    T("Norway", "continent", "Europe"), T("Norvik Type", "founding_year", "1875"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("type")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_the_verb_after_the_subject_asks_the_last_step(rag):
    got = rag.retrieve("Under whom did the designer of Halden Sans train?").answers
    assert set(got[:2]) == {"Nils Vik", "Per Lund"}
