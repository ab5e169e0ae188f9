"""A miss the twenty-seventh session's unseen documents (heldout_s29) showed, tested on other names: a
sentence quoted for an amount must hold a number besides its dates and ordinals."""
from __future__ import annotations

from graphrag.backing import asked, passage_holds


def test_a_sentence_with_only_dates_and_ordinals_answers_no_amount():
    a = asked("参观龙门石窟博物馆的门票多少钱？", ["龙门石窟博物馆"])
    assert a.kind == "quantity"
    assert not passage_holds(a, "1985年5月1日，在二号窟旧址上建成的龙门石窟博物馆正式对外开放。", [])
    assert not passage_holds(a, "其中的王大成后来被称为石窟的第一守护人。", [])
    assert passage_holds(a, "门票价格为每人120元。", [])
    e = asked("How much did Anna Lisle pay for the mill?", ["Anna Lisle"])
    assert not passage_holds(e, "On 3 March 1921 Anna Lisle bought the mill at auction.", ["Anna Lisle"])
    assert passage_holds(e, "In 1921 Anna Lisle bought the mill at auction for £2,400.", ["Anna Lisle"])


def test_an_ordinal_is_no_amount_and_a_clause_without_a_pronoun_tells_a_thing_apart():
    from graphrag.backing import asks_beyond, value_fits

    # "三号窟有多大？" is not answered by the cave the clause names
    assert not value_fits("quantity", "三号窟") and not value_fits("quantity", "第二")
    assert value_fits("quantity", "约900平方米") and value_fits("quantity", "30年")
    # "the young woman Lind MET in Oslo": a clause, so its one fact names her, not the post asked of her
    assert asks_beyond(asked("What post did the young woman Lind met in Oslo later hold?", ["Lind"]), "Eva Berg")
    assert not asks_beyond(asked("What prize did the writer Ole Lind win?", ["Ole Lind"]), "Nordic Prize")
