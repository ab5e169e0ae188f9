"""Readings added in the forty-ninth session, from `museums`'s failures (shown here with other names):
"which CITY was the architect of X born in" keeps his birthplace, one of `city_in_country`'s cities
already, over his country's cities; "in what YEAR did the man who painted X DIE" is his `died in year`,
which reads the best path's words too, not the painting's `created in year`, which "year" backs alone;
a step past the best path may cost a step no word backs ("… designed a museum. In which CITY does it
stand"); an asked-for noun the best path leaves unread picks a longer path through it that reads it
("X is kept in a museum. Which RIVER flows through that museum's city"); a noun that backs the best
path's last step asks no phrase closer than that ("what NATIONALITY is the architect …"); and a pair of
constraint paths must read the asked-for noun when the best path does ("… by an ESTONIAN poet. Which
RIVER flows through the city of his birth")."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.analysis import analyse
from graphrag.retrievers.answer_type import AnswerTypeRules
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import LinkedEntity
from test_ranking import _toy

T = Triple
GRAPH = [
    T("Lune Library", "designed_by", "Ora Vask"), T("Lune Library", "located_in_city", "Riga"),
    T("Lune Library", "founded_in_year", "1998"), T("Kask Hall", "designed_by", "Ivo Sten"),
    T("Kask Hall", "located_in_city", "Tartu"), T("Kask Hall", "founded_in_year", "1975"),
    T("Ora Vask", "born_in", "Tartu"), T("Ora Vask", "citizen_of", "Finland"), T("Ora Vask", "died_in_year", "2016"),
    T("Ivo Sten", "born_in", "Tartu"), T("Ivo Sten", "citizen_of", "Estonia"), T("Ivo Sten", "died_in", "Tallinn"),
    T("Ivo Sten", "died_in_year", "1999"), T("Ivo Sten", "born_in_year", "1920"),
    T("Mara Pold", "born_in", "Espoo"), T("Mara Pold", "citizen_of", "Finland"), T("Mara Pold", "died_in", "Helsinki"),
    T("Mara Pold", "died_in_year", "1961"), T("Mara Pold", "born_in_year", "1890"),
    T("The Long Night", "created_by", "Mara Pold"), T("The Long Night", "created_in_year", "1931"),
    T("The Long Night", "housed_in", "Kask Hall"), T("The Long Night", "made_of", "parchment"),
    T("Grey Winter", "created_by", "Ivo Sten"), T("Grey Winter", "created_in_year", "1950"),
    T("Grey Winter", "housed_in", "Lune Library"), T("Grey Winter", "made_of", "parchment"),
    T("Tartu", "city_in_country", "Estonia"), T("Tallinn", "city_in_country", "Estonia"),
    T("Riga", "city_in_country", "Latvia"), T("Turku", "city_in_country", "Finland"),
    T("Espoo", "city_in_country", "Finland"), T("Helsinki", "city_in_country", "Finland"),
    T("Estonia", "has_capital", "Tallinn"), T("Finland", "has_capital", "Helsinki"), T("Latvia", "has_capital", "Riga"),
    T("Estonia", "has_official_language", "Estonian"), T("Finland", "has_official_language", "Finnish"),
    T("Latvia", "has_official_language", "Latvian"),
    T("Tartu", "lies_on_river", "Emajõgi"), T("Riga", "lies_on_river", "Daugava"), T("Helsinki", "lies_on_river", "Vantaa"),
]


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("libraries")
    SQLiteGraphStore(home).upsert_triples(GRAPH)
    with GraphRAG.open(home, llm="none") as rag:  # the packaged model: the readings are of its closeness
        yield rag


def test_the_asked_city_is_where_the_best_path_ends_when_that_is_one_already(rag):
    # "city" is a word of `city_in_country`; the architect's birthplace sits on its cities' side
    assert rag.retrieve("Which city was the architect of the Lune Library born in?").answers[:1] == ["Tartu"]


def test_a_pair_of_constraints_reads_the_asked_noun_the_best_path_reads(rag):
    # "Estonian" links the language, whose country's cities meet his birthplace: a meeting that
    # leaves "river" unread is no reading of the question
    answers = rag.retrieve("Grey Winter was written by an Estonian poet. Which river flows through the city of "
                           "his birth?").answers
    assert answers[:1] == ["Emajõgi"]


def _analysis(store, q: str, topic: str):
    e = store.find_entities(topic)[0]
    at = q.index(topic)
    return analyse(q, [LinkedEntity(e.id, e.name, topic, at, at + len(topic), 3.0, "exact")])


def _read(p, score: float, backed: tuple[int, ...]):
    p.score, p.backed_by = score, backed
    p.used = frozenset(b for b in backed if b >= 0)
    return p


PAINTED = [T("The Kiss", "created_by", "Klimt"), T("The Kiss", "created_in_year", "1908"),
           T("Klimt", "died_in", "Vienna"), T("Klimt", "died_in_year", "1918")]


def test_the_asked_year_of_the_words_read_is_the_doers_not_the_things(tmp_path):
    store, scorer, paths = _toy(tmp_path, PAINTED, {}, "The Kiss")
    q = "The golden painting The Kiss is famous. In what year did the man who painted it die?"
    a = _analysis(store, q, "The Kiss")
    painted, die, year = q.index("painted"), q.index("die"), q.index("year")
    by = (("created_by", "out"),)
    ranked = [_read(paths[by + (("died_in", "out"),)], 0.24, (painted, die)),
              _read(paths[by + (("died_in_year", "out"),)], 0.14, (painted, die)),
              _read(paths[(("created_in_year", "out"),)], -0.13, (year,))]
    AnswerTypeRules(store, scorer).end_on_named(ranked, a, 0.5)
    assert ranked[0].steps == by + (("died_in_year", "out"),)


MUSEUM = [T("MAXXI", "designed_by", "Zaha Hadid"), T("MAXXI", "located_in_city", "Rome"),
          T("Zaha Hadid", "born_in", "Baghdad"), T("Baghdad", "city_in_country", "Iraq"),
          T("Rome", "city_in_country", "Italy"), T("Rome", "lies_on_river", "Tiber")]


def test_a_step_past_the_best_path_to_the_asked_kind_may_cost_a_step_no_word_backs(tmp_path):
    store, scorer, paths = _toy(tmp_path, MUSEUM, {}, "Zaha Hadid")
    q = "Zaha Hadid designed a national museum of modern arts. In which city does it stand?"
    a = _analysis(store, q, "Zaha Hadid")
    designed = q.index("designed")
    by = (("designed_by", "in"),)
    ranked = [_read(paths[by], 0.65, (designed,)), _read(paths[by + (("located_in_city", "out"),)], 0.147, (designed, -1))]
    AnswerTypeRules(store, scorer).end_on_named(ranked, a, 0.5)
    assert ranked[0].steps == by + (("located_in_city", "out"),)


def test_the_asked_noun_left_unread_picks_the_longer_path_that_reads_it(tmp_path):
    store, scorer, paths = _toy(tmp_path, MUSEUM + [T("Guernica", "housed_in", "MAXXI")], {}, "Guernica", hops=3)
    q = "Picasso's Guernica is on display in a museum. Which river flows through the city where that museum stands?"
    a = _analysis(store, q, "Guernica")
    display, river = q.index("display"), q.index("river")
    at = (("housed_in", "out"),)
    river_path = at + (("located_in_city", "out"), ("lies_on_river", "out"))
    ranked = [_read(paths[at], -0.05, (display,)), _read(paths[river_path], -0.08, (display, -1, river))]
    AnswerTypeRules(store, scorer).read_asked(ranked, a, 0.5)
    assert ranked[0].steps == river_path
    # a longer path that leaves the best path's own word unread is no reading of it
    ranked = [_read(paths[at], -0.05, (display,)), _read(paths[river_path], -0.08, (-1, -1, river))]
    AnswerTypeRules(store, scorer).read_asked(ranked, a, 0.5)
    assert ranked[0].steps == at


def test_a_noun_backing_the_last_step_asks_no_phrase_closer_than_it(tmp_path):
    triples = [T("Hall", "designed_by", "Jean Roux"), T("Jean Roux", "citizen_of", "France"),
               T("France", "has_official_language", "French")]
    # the phrase "nationality of architect" reads the language's name closer than the country's
    axes = {"nationality of architect": [0, 0.2, 1, 0], "France": [0, 1, 0.3, 0], "French": [0, 0.2, 1, 0],
            "Jean Roux": [1, 0, 0, 0], "Hall": [0, 0, 0, 1]}
    store, scorer, paths = _toy(tmp_path, triples, axes, "Hall", hops=3)
    q = "What nationality is the architect behind the Hall?"
    a = _analysis(store, q, "Hall")
    assert a.phrase == "nationality of architect"
    by = (("designed_by", "out"), ("citizen_of", "out"))
    ranked = [_read(paths[by], 0.08, (-1, q.index("nationality"))),
              _read(paths[by + (("has_official_language", "out"),)], -0.57, (-1, q.index("nationality"), -1))]
    AnswerTypeRules(store, scorer).prefer_what_is_asked(ranked, a)
    assert ranked[0].steps == by


def test_a_pair_must_read_the_asked_noun_and_end_on_the_asked_kind():
    from graphrag.retrievers.constraints import intersect
    from test_constraints import path

    # "Las Meninas was painted by a Spanish painter. Which RIVER flows through the city of his birth": his
    # birthplace (node 20) is a Spanish city; the best path goes on to its river and reads "river" (at 60)
    work, spanish = LinkedEntity(1, "Las Meninas", "Las Meninas", 0, 11, 3.0, "exact"), \
        LinkedEntity(2, "Spanish", "Spanish", 30, 37, 2.0, "exact")
    born = path(work, [("created_by", "out"), ("born_in", "out")], [[(1, 10)], [(10, 20)]], 0.4, 1.0, {90})
    river = path(work, [("created_by", "out"), ("born_in", "out"), ("lies_on_river", "out")],
                 [[(1, 10)], [(10, 20)], [(20, 50)]], 0.5, 2.0, {90, 60})
    cities = path(spanish, [("official_language", "in"), ("city_in_country", "in")],
                  [[(2, 40)], [(40, 20), (40, 21), (40, 22)]], 0.1, 1.0, {70})
    assert intersect([river, born, cities], margin=1.0) is not None  # no asked noun: the pair meets at the city
    assert intersect([river, born, cities], margin=1.0, asked=frozenset({60})) is None
    assert intersect([river, born, cities], margin=1.0, fits=lambda p: p.steps[-1][0] == "lies_on_river") is None


def test_a_weaker_mention_told_before_the_question_that_the_topic_has_a_fact_with_is_no_word_of_its_paths():
    # "Apollo and Daphne is a Baroque MARBLE sculpture": the statue is made of marble, so "marble" says
    # what the question knows of it, no step to walk from it
    q = "Apollo and Daphne is a celebrated marble sculpture. What city did its sculptor come from?"
    statue = LinkedEntity(1, "Apollo and Daphne", "Apollo and Daphne", 0, 17, 4.0, "exact")
    marble = LinkedEntity(2, "marble", "marble", q.index("marble"), q.index("marble") + 6, 1.2, "exact")
    words = {t.word for t in analyse(q, [statue, marble]).words[1]}
    assert "marble" in words
    words = {t.word for t in analyse(q, [statue, marble], adjacent=frozenset({(1, 2), (2, 1)})).words[1]}
    assert "marble" not in words and "sculptor" in words
    # in the sentence that asks, it may be what the question walks by ("which university gave Rutherford its
    # chair of PHYSICS"); with no wh-word the value named is what is asked ("Goodbye Solo that is good")
    q = "What city did the sculptor of the marble statue Apollo and Daphne come from?"
    statue = LinkedEntity(1, "Apollo and Daphne", "Apollo and Daphne", q.index("Apollo"), q.index("Apollo") + 17, 4.0, "exact")
    marble = LinkedEntity(2, "marble", "marble", q.index("marble"), q.index("marble") + 6, 1.2, "exact")
    assert "marble" in {t.word for t in analyse(q, [statue, marble], adjacent=frozenset({(1, 2), (2, 1)})).words[1]}
    statue = LinkedEntity(1, "Apollo and Daphne", "Apollo and Daphne", 0, 17, 4.0, "exact")
    q = "Apollo and Daphne that is marble"
    marble = LinkedEntity(2, "marble", "marble", q.index("marble"), q.index("marble") + 6, 1.2, "exact")
    words = {t.word for t in analyse(q, [statue, marble], adjacent=frozenset({(1, 2), (2, 1)})).words[1]}
    assert "marble" in words
