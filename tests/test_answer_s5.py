"""Answer checks added after heldout_s5: a common noun the graph holds ("director", someone's
occupation) is what a question asks, not a name; a question naming another person who shares
a surname with the graph's ("Mathilda af Klint" vs "Hilma af Klint") gets no fact. On a real
document graph (rules extraction of a .txt file), sentences of their own."""
from __future__ import annotations

import pytest

from graphrag.answer import other_person
from graphrag.backing import asked
from graphrag.types import LinkedEntity
from ingest_reading import ingested

DOC = """Ingrid van Loo

Ingrid van Loo (4 March 1881 – 2 May 1950) was a Dutch etcher. She was born in Haarlem. In 1921 van Loo founded a print workshop called De Pers in Leiden.

The Lakenhal is a museum in Leiden. Pieter Wolff, the museum's curator, bought forty of her prints in 1948. Wolff was a painter.
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    with ingested(tmp_path_factory, "vanloo.txt", DOC) as g:
        yield g


def test_a_lower_case_mention_is_asked_not_dropped():
    a = asked("Who is the curator of the Lakenhal?", ["curator", "Lakenhal"])
    assert "curator" in a.words and not a.empty


def test_another_given_name_before_a_shared_surname_is_another_person():
    q = "When did Marta van Loo die?"
    e = LinkedEntity(id=1, name="Ingrid van Loo", mention="van Loo", start=q.index("van Loo"), end=q.index("van Loo") + 7,
                     score=3.0, method="alias")
    assert other_person(q, e)
    q2 = "When did van Loo die?"
    assert not other_person(q2, LinkedEntity(id=1, name="Ingrid van Loo", mention="van Loo", start=9, end=16, score=3.0,
                                             method="alias"))
    q3 = "When did Ingrid van Loo die?"
    assert not other_person(q3, LinkedEntity(id=1, name="Ingrid van Loo", mention="Ingrid van Loo", start=9, end=23,
                                             score=3.0, method="name"))


def test_on_the_graph_the_other_person_gets_no_fact_and_the_right_one_does(rag):
    res = rag.ask("When did Marta van Loo die?")
    assert "1950" not in res.answer, res.answer
    res = rag.ask("When did Ingrid van Loo die?")
    assert "1950" in res.answer, res.answer


def test_who_is_not_answered_by_the_firm_a_role_belongs_to():
    from graphrag.backing import chain_backed
    from graphrag.types import Edge, Fact

    f = Fact(id="F1", edge=Edge(id=1, subject_id=1, subject="Orland Valves Ltd.", relation="chief financial officer",
                                object_id=2, object="Tom Hale", source="orland.txt#L1@ab", confidence=0.7), score=1.0)
    q = "Who will succeed Tom Hale as chief financial officer?"
    assert not chain_backed(asked(q, ["Tom Hale"]), [f], "Orland Valves Ltd.", q)
    q = "Who is the chief financial officer of Orland Valves Ltd.?"
    assert chain_backed(asked(q, ["Orland Valves Ltd."]), [f], "Tom Hale", q)


def test_a_graduated_from_question_is_named_by_a_studied_at_relation():
    from graphrag.backing import step_backed
    a = asked("王立群毕业于哪所大学？", ["王立群"])
    assert step_backed(a, "就读于")
    assert not step_backed(a, "出生于")
    assert step_backed(asked("王立群就读于哪所学校？", ["王立群"]), "毕业于")


def test_how_long_asks_a_length_but_not_when_it_asks_a_duration():
    from graphrag.backing import step_backed
    assert step_backed(asked("How long is the Tay Viaduct?", ["Tay Viaduct"]), "length of")
    assert step_backed(asked("How long is the Tay Viaduct?", ["Tay Viaduct"]), "length")
    assert not step_backed(asked("How long did the building of the Tay Viaduct take?", ["Tay Viaduct"]), "length of")
    assert step_backed(asked("How high is Ben Nevis?", ["Ben Nevis"]), "elevation")
    assert step_backed(asked("How deep is Loch Ness?", ["Loch Ness"]), "depth")
    assert not step_backed(asked("How deep is Loch Ness?", ["Loch Ness"]), "length")
