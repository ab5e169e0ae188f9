"""Readings added in the twenty-ninth session, from the `academia` set's failures: a path that
walked past the asked kind stops there, "in which N are the X" asks where the X are, and a name
said by its first and last words links (fake embedder, toy graphs)."""
from __future__ import annotations

import pytest

from graphrag import Triple
from graphrag.retrievers import profiles
from graphrag.retrievers.answer_type import AnswerTypeRules
from graphrag.retrievers.analysis import Analysis
from graphrag.retrievers.text import question_tokens
from test_ranking import _toy
from test_ranking_s29 import _linker
from test_ranking_s30 import _phrase


@pytest.mark.parametrize("noun,promoted", [("university", True), ("river", False)])
def test_a_path_that_walked_on_past_the_asked_kind_stops_where_it_was(tmp_path, noun, promoted):
    # "which UNIVERSITY did Ana teach at", read by its words ("teach" closest to `educated at`)
    # as the people who studied where she works: the path's own first step ended on universities,
    # the side "university" fits, and the answer was there however far behind that step scored
    triples = [Triple("Ana", "employer", "Uni A"), Triple("Bo", "employer", "Uni B"),
               Triple("Cy", "educated at", "Uni A"), Triple("Di", "educated at", "Uni B"),
               Triple("Ana", "born in", "Oslo"), Triple("Bo", "born in", "Rome")]
    axes = {"university": [1, 0, 0, 0], "river": [0, 0, 0, 1], "Uni A": [1, 0, 0, 0], "Uni B": [1, 0, 0, 0],
            "Ana": [0, 1, 0, 0], "Bo": [0, 1, 0, 0], "Cy": [0, 1, 0, 0], "Di": [0, 1, 0, 0],
            "Oslo": [0, 0, 1, 0], "Rome": [0, 0, 1, 0]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Ana")
    works = (("employer", "out"),)
    ranked = [by_steps[works + (("educated at", "in"),)], by_steps[(("born in", "out"),)], by_steps[works]]
    ranked[0].score, ranked[1].score, ranked[2].score = 1.1, 0.2, -0.3
    AnswerTypeRules(store, scorer, profiles.compute(store)).apply(
        ranked, Analysis(f"which {noun}", [], kinds=[noun], phrase=noun))
    assert (ranked[0].steps == works) == promoted


def test_a_preposition_before_the_wh_word_asks_where_not_a_kind_of():
    # "IN which cities are the universities": where the universities are, not cities of universities
    assert _phrase("In which cities are the universities Alonzo Church worked at?") == "cities"
    assert _phrase("At which airports are the airlines that Lufthansa owns based?") == "airports"
    assert _phrase("what types are the movies X starred in") == "types of movies"


def test_a_name_said_by_its_first_and_last_words_links(tmp_path):
    from graphrag.store.sqlite import SQLiteGraphStore

    s = SQLiteGraphStore(tmp_path / "g")
    s.upsert_triples([Triple("John Forbes Nash Jr.", "educated at", "Princeton University"),
                      Triple("Ana Maria Lopez", "born in", "Lima"), Triple("Lima", "located in", "Peru")])
    got = _linker(s).link("When was the university where John Nash earned his PhD founded?")
    assert [(e.name, e.mention) for e in got] == [("John Forbes Nash Jr.", "John Nash")]
    assert [e.name for e in _linker(s).link("Where was Ana Lopez born?")] == ["Ana Maria Lopez"]
    # a first name with another family name is no short form of the name
    assert _linker(s).link("Where was Ana Smith born?") == []


def test_a_noun_before_the_noun_that_ends_the_asked_phrase_modifies_it():
    from graphrag.retrievers.text import before_a_noun

    def first_after_wh(q: str) -> bool:
        text, toks = question_tokens(q)
        return before_a_noun(toks, toks[1].start)

    # "which AIRLINE alliance does": an alliance is asked, so the airlines' side is no kind to stop at
    assert first_after_wh("Which airline alliance does the carrier based at Schiphol belong to?")
    assert not first_after_wh("Which university did Tao's advisor teach at?")
    assert not first_after_wh("Which company owns the publisher of Annalen?")


def test_a_count_with_its_measure_word_is_a_number_not_a_year():
    from graphrag.retrievers.profiles import value_kind

    # "收录药物 1892种": 1892 kinds of drug, not the year 1892 (the count lost to 新增药物 374种)
    assert [value_kind(v) for v in ("1892种", "1453米", "1500 m", "1,000 km")] == ["number"] * 4
    assert [value_kind(v) for v in ("1945年", "1990年代", "1892", "公元前221年")] == ["time"] * 4


def test_a_word_no_step_used_that_a_label_spells_breaks_ties_between_paths():
    from graphrag.retrievers.relations import label_says

    _, zh = question_tokens("《草经》收录了多少种药物？")
    shou = next(t for t in zh if t.raw == "收录") if any(t.raw == "收录" for t in zh) else None
    from graphrag.retrievers.text import Token
    shou = shou or Token("收录", 0, 2, "收录")
    assert label_says(shou, "收录药物") and not label_says(shou, "新增药物")
    _, en = question_tokens("When were the films released?")
    films = next(t for t in en if t.raw == "films")
    assert label_says(films, "film_genre") and not label_says(films, "release_date")
