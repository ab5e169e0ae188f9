"""Readings added in the fifty-second session, from `exploration`'s failures (shown here with other names): an
asked-for noun no label says is read as the label noun the model puts about level with it ("which TOWNS" as the
"city" of `city_in_country`, whose cities are its subjects, not one step on to their country); an adjective
between "in which" and the noun leaves the noun bare ("In which NORWEGIAN town was the ship built" asks a town,
no "town of ship"); and a relative clause after the main clause's participle ("In which city was the monarch BORN
WHO financed the expedition ON WHICH X was killed") leaves the participle and the noun to the main clause, and
ends with the question when a clause inside it has its verb after the topic."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.analysis import analyse
from graphrag.retrievers.text import kind_phrase
from graphrag.store.sqlite import SQLiteGraphStore
from question_topic import topic

T = Triple
GRAPH = [
    T("Tarn's lost expedition", "used_ship", "HMS Kestrel"), T("Tarn's lost expedition", "used_ship", "HMS Osprey"),
    T("HMS Kestrel", "built_in", "Hullbridge"), T("HMS Osprey", "built_in", "Leithby"),
    T("Hullbridge", "city_in_country", "Albion"), T("Leithby", "city_in_country", "Albion"),
    T("Tarn's lost expedition", "headed_for", "Arctic"), T("Tarn's lost expedition", "set_out_in_year", "1845"),
    T("Arctic", "on_continent", "Polar regions"), T("Albion", "has_capital", "Lundor"),
    T("Albion", "on_continent", "Europe"), T("HMS Kestrel", "launched_in_year", "1826"),
    T("Jon Tarn", "led", "Tarn's lost expedition"), T("Jon Tarn", "born_in", "Spilsby"),
    T("Spilsby", "city_in_country", "Albion"), T("Jon Tarn", "citizen_of", "Albion"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("voyages")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_an_asked_noun_near_a_label_noun_is_read_as_it(rag):
    rules = rag.answer_type
    assert rules.label_noun("towns") == "city"  # `city_in_country`'s subjects
    assert rules.label_noun("city") == "city"  # a word of a label already
    assert rules.label_noun("films") == "films"  # near no label noun enough ("actors" is 0.64 away in MetaQA)
    assert rules.label_noun("port") == "port"  # nor "ship" (0.43)


def test_an_adjective_before_the_asked_noun_leaves_it_bare():
    q = "In which Norwegian town was the ship constructed that carried Tarn's lost expedition?"
    assert kind_phrase(q, "town") == ("town", None)
    q = "In which US state is the city that is home to Harvard University?"
    assert kind_phrase(q, "state")[0] == "state of city"  # a name before the noun: as before


def test_a_clause_after_the_main_clauses_participle():
    q = "In which city was the monarch born who financed the expedition on which Ferdinand Magellan was killed?"
    a = analyse(q, [topic(q, "Ferdinand Magellan")])
    main = next(iter(a.main.values()))
    assert {q.index("born"), q.index("monarch")} <= main
    assert not {q.index("financed"), q.index("killed")} & main
