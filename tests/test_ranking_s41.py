"""Readings added in the thirty-eighth session (fake embedder), from `zoology`'s failures: a noun
after a fronted preposition ("OF which COUNTRY was X a citizen") is the asked noun, no kind of the
noun after the copula; the asked noun alone in a main clause pays for no step past the clause's
noun (its kind chooses); and the asked noun that is a word of a label stops a path at ends the
label never puts on its other side, not only at those it puts on the noun's side."""
from __future__ import annotations

from graphrag import Triple
from graphrag.retrievers.analysis import Analysis, analyse
from graphrag.retrievers.answer_type import AnswerTypeRules
from graphrag.retrievers.text import kind_phrase, question_tokens
from graphrag.retrievers.weights import DEFAULT
from graphrag.types import LinkedEntity
from test_ranking import _toy


def test_a_noun_after_a_fronted_preposition_is_the_asked_noun():
    q = "Of which country was the zoologist who described the okapi a citizen?"
    assert kind_phrase(q, "country") == ("country", None)
    at = q.index("okapi")
    a = analyse(q, [LinkedEntity(1, "okapi", "okapi", at, at + 5, 3.0, "exact")])
    assert a.asked_at == frozenset({q.index("country")})
    # the copula's kind, as before: "what TYPE OF FILM", "what types are the movies"
    assert kind_phrase("What types are the movies Ann wrote?", "types")[0] == "types of movies"


def test_the_asked_noun_alone_in_the_main_clause_pays_for_no_further_step(tmp_path):
    # "In which CITY is the museum that houses the Dodo": the museum's city, not its country one
    # step on, though a trace of "city" reads the longer path a little better
    axes = {"city": [1, 0, 0, 0], "Oxford": [1, 0.1, 0, 0], "Britain": [0, 1, 0, 0], "Museum": [0, 0, 1, 0]}
    store, scorer, by_steps = _toy(tmp_path, [Triple("Dodo", "kept at", "Museum"), Triple("Museum", "located in", "Oxford"),
                                              Triple("Oxford", "in country", "Britain")], axes, "Dodo", hops=3)
    kept = (("kept at", "out"), ("located in", "out"))
    paths = [by_steps[kept], by_steps[kept + (("in country", "out"),)]]
    for p, score, read in zip(paths, (0.3, 0.0), (0.95, 1.05)):
        p.score, p.components = score, {"relation_evidence": read}
    q = "In which city is the museum that houses the Dodo?"
    paths[0].used = paths[1].used = frozenset({q.index("museum")})
    city = frozenset({q.index("city")})
    a = Analysis(q, question_tokens(q)[1], kinds=["city"], phrase="city", asked_at=city, main={paths[0].topic.id: city})
    AnswerTypeRules(store, scorer).follow_main_clause(paths, a, DEFAULT.clause_margin)
    assert paths[0].steps == kept
    # a main-clause word of its own pays, as before ("who HANDS OUT the prize that X received")
    hands = city | {q.index("is")}
    a = Analysis(q, question_tokens(q)[1], kinds=["city"], phrase="city", asked_at=city, main={paths[0].topic.id: hands})
    AnswerTypeRules(store, scorer).follow_main_clause(paths, a, DEFAULT.clause_margin)
    assert paths[0].steps == kept + (("in country", "out"),)


def test_the_asked_noun_stops_at_ends_the_label_puts_on_no_other_side(tmp_path):
    # "native to which COUNTRIES": Canada is on no side of `in country`, Russia on its countries'
    # side, Greenland (inside Denmark) on the other; two of three are countries as far as the
    # graph says, so the path stops there and does not go on to Denmark
    triples = [Triple("Bear", "native to", c) for c in ("Canada", "Russia", "Greenland")] + [
        Triple("Greenland", "in country", "Denmark"), Triple("Petersburg", "in country", "Russia")]
    store, scorer, by_steps = _toy(tmp_path, triples, {}, "Bear")
    native = (("native to", "out"),)
    q = "Bear is native to which countries?"
    for ends_elsewhere, stops in ((triples, True), (triples + [Triple("Canada", "in country", "Empire")], False)):
        if not stops:
            store, scorer, by_steps = _toy(tmp_path / "b", ends_elsewhere, {}, "Bear")
        best = by_steps[native + (("in country", "out"),)]
        best.score, best.used = 1.0, frozenset({q.index("countries")})
        paths = [best, by_steps[native]]
        paths[1].score = 0.2
        a = Analysis(q, question_tokens(q)[1], kinds=["countries"], phrase="countries", asked_at=best.used)
        AnswerTypeRules(store, scorer).stop_at_kind(paths, a)
        assert (paths[0].steps == native) is stops
