"""Readings added in the thirty-ninth session (fake embedder or none), from `waterways`' failures: a
name capitalised as the graph writes it is no relation word of another topic ("behind BRISTOL's
Clifton Bridge"); a comparative or a count before the asked noun is no noun ("which BIGGER river", "which TWO
waters"), and the
asked noun is read from the wh-word on; "that river" after "a river" is the same river, no new
step; "share" with a name as its object asks for no peers; a step back along the relation just
walked reaches the peers, not the node it came from; the unit of "how many METRES tall" and a
demonym before a noun ("the EGYPTIAN leader") back no relation."""
from __future__ import annotations

from graphrag import Triple
from graphrag.retrievers.analysis import analyse
from graphrag.retrievers.paths import _Context
from graphrag.retrievers.text import answer_type_words, content_words, question_tokens
from graphrag.types import LinkedEntity
from test_ranking import _toy


def _at(q: str, mention: str, name: str, score: float, eid: int) -> LinkedEntity:
    at = q.index(mention)
    return LinkedEntity(eid, name, mention, at, at + len(mention), score, "exact")


def test_a_capitalised_name_of_the_graph_is_no_relation_word_of_another_topic():
    q = "Where was the engineer behind Bristol's Clifton Bridge born?"
    a = analyse(q, [_at(q, "Clifton Bridge", "Clifton Bridge", 4.6, 1), _at(q, "Bristol", "Bristol", 2.1, 2)])
    assert "bristol" not in [w.word for w in a.words[1]]
    assert "engineer" in [w.word for w in a.words[1]]
    # a tag the graph writes in lower case is still read as a word ("the Director of X")
    q = "who is the Director of Home Alone"
    a = analyse(q, [_at(q, "Home Alone", "Home Alone", 3.3, 1), _at(q, "Director", "director", 2.2, 2)])
    assert "director" in [w.word for w in a.words[1]]


def test_a_comparative_is_no_asked_noun_and_the_asked_noun_follows_the_wh_word():
    q = "The Old Bridge spans a river; which bigger river does that river empty into?"
    text, toks = question_tokens(q)
    assert answer_type_words(text, toks, [(0, 14)]) == ["river"]
    text, toks = question_tokens("Which two waters are linked by the Erie Canal?")  # nor is a count
    assert answer_type_words(text, toks, [(text.index("Erie"), len(text) - 1)]) == ["waters"]
    a = analyse(q, [_at(q, "Old Bridge", "Old Bridge", 3.0, 1)])
    assert q.index("river") not in a.asked_at  # the river the bridge spans is not the one asked for
    assert q.index("river", q.index("bigger")) in a.asked_at


def test_a_noun_said_again_after_that_is_no_new_word():
    q = "The Old Bridge spans a river; which river does that river empty into?"
    text, toks = question_tokens(q)
    words = [t.start for t in content_words(text, toks, [(4, 14)])]
    assert q.rindex("river") not in words and q.index("river") in words
    q = "Which company owns the firm that owns the publisher of Skyrim?"  # a relative clause after a noun
    text, toks = question_tokens(q)
    assert q.rindex("owns") in [t.start for t in content_words(text, toks, [(q.index("Skyrim"), len(q) - 1)])]


def test_share_with_a_name_as_its_object_cues_no_peers():
    def cued(q: str, mention: str) -> set:
        text, toks = question_tokens(q)
        at = q.index(mention)
        words = content_words(text, toks, [(at, at + len(mention))])
        return _Context.make(words, toks, {1: at}, 3.0, set()).cued

    assert not cued("What are the capitals of the two countries that share the Itaipu Dam?", "Itaipu Dam")
    assert cued("Which films share actors with Home Alone?", "Home Alone")


def test_a_step_back_reaches_peers_not_the_node_it_came_from(tmp_path):
    triples = [Triple("Old Bridge", "crosses", "Drina"), Triple("Drina", "flows into", "Sava"),
               Triple("Sava", "flows into", "Danube")]
    _, _, by_steps = _toy(tmp_path, triples, {}, "Old Bridge", hops=3)
    back = (("crosses", "out"), ("flows into", "out"), ("flows into", "in"))
    assert back not in by_steps  # only the Drina flows into the Sava: no peer of it
    store, _, by_steps = _toy(tmp_path / "b", triples + [Triple("Una", "flows into", "Sava")], {}, "Old Bridge", hops=3)
    assert list(by_steps[back].frontier) == [store.find_entities("Una")[0].id]


def test_a_unit_asked_for_and_a_demonym_before_a_noun_are_no_relation_words():
    def words(q: str, mention: str) -> list[str]:
        text, toks = question_tokens(q)
        at = q.index(mention)
        return [t.word for t in content_words(text, toks, [(at, at + len(mention))])]

    got = words("How many metres tall is the big dam that blocks the Yangtze?", "Yangtze")
    assert "metres" not in got and "tall" in got  # the answer's unit; "tall" says what is measured
    got = words("In what city was the Egyptian leader that Lake Nasser honours born?", "Lake Nasser")
    assert "egyptian" not in got and "leader" in got and "born" in got
    assert "dutch" in words("Rembrandt's hometown is in which Dutch province?", "Rembrandt")  # the asked kind's
    assert "director" in words("Who is the Director of Home Alone?", "Home Alone")
