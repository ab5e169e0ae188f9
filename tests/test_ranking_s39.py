"""Readings added in the thirty-sixth session (fake embedder), from `fashion`'s failures: the words
of a relative clause that tells a noun apart name the steps from the topic to that noun, so they
back no step after one the main clause's words back ("where were the designers who HEADED X's
studio born": not a third step that "headed" reads as `held in`); a "when" whose topic sits in such
a clause asks the noun's date, never the topic's own ("when was the house that makes X founded");
the bare asked noun backs the last step only; and "WHO has been in charge of the magazine that X
puts out" goes one step on to people when no word pays for that step."""
from __future__ import annotations

import numpy as np

from graphrag import Triple
from graphrag.retrievers.analysis import Analysis, analyse
from graphrag.retrievers.answer_type import AnswerTypeRules
from graphrag.retrievers.paths import PathFinder
from graphrag.retrievers.relations import RelationScorer
from graphrag.retrievers.weights import RankingWeights
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import LinkedEntity
from test_ranking import AxisEncoder, _toy


def _topic(question: str, name: str, eid: int = 1) -> LinkedEntity:
    at = question.index(name)
    return LinkedEntity(eid, name, name, at, at + len(name), 3.0, "exact")


def _main_words(question: str, name: str) -> set[str] | None:
    a = analyse(question, [_topic(question, name)])
    if 1 not in a.clause_first:
        return None
    return {t.word for t in a.tokens if t.start in a.clause_first[1]}


def test_the_clause_is_read_first_only_where_a_relative_pronoun_opens_it():
    # the main clause's verb ends the question after the possessive's noun: it is no second noun
    assert _main_words("Where were the designers who have headed Chanel's studio born?", "Chanel") == {"born"}
    assert _main_words("Who hands out the prize that Ann Berg received?", "Ann Berg") == {"hands", "out"}
    # a participle's clause may run on past the mention ("X actors"), and a name right after "the
    # NOUN" may open a clause of its own: neither is sure where it ends
    assert _main_words("what genres are the movies starred by The Mob actors", "The Mob") is None
    assert _main_words("In which city is the group that owns the houses Tom Ford designed for based?", "Tom Ford") is None


# six relations, each on its own axis; "headed" reads `held in` more than `creative director of`
AXES = {"creative director of": [1, 0, 0, 0, 0, 0], "born in": [0, 1, 0, 0, 0, 0], "held in": [0, 0, 1, 0, 0, 0],
        "founded in": [0, 0, 0, 1, 0, 0], "owned by": [0, 0, 0, 0, 1, 0], "located in": [0, 0, 0, 0, 0, 1],
        "designers": [1, 0, 0, 0, 0, 0], "born": [0, 1, 0, 0, 0, 0], "headed": [0.3, 0, 1, 0, 0, 0]}
HOUSE = [Triple("Karl", "creative director of", "Chanel"), Triple("Karl", "born in", "Hamburg"),
         Triple("Fashion Week", "held in", "Hamburg"), Triple("Chanel", "founded in", "1910"),
         Triple("Chanel", "owned by", "Wertheimer"), Triple("Hamburg", "located in", "Germany")]


def test_clause_words_back_no_step_after_a_main_clause_word(tmp_path):
    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples(HOUSE)
    scorer = RelationScorer(AxisEncoder(AXES, dim=6), relations=list(store.relation_counts()),
                            weights=RankingWeights(ensemble=0.0))
    q = "Where were the designers who have headed Chanel's studio born?"
    e = store.find_entities("Chanel")[0]
    topic = _topic(q, "Chanel", e.id)
    a = analyse(q, [topic])
    finder = PathFinder(store, scorer, hops=3)
    read_first = finder.find([topic], a.words, a.mention_pos, question=a.tokens, main=a.clause_first)[0]
    assert read_first.steps == (("creative director of", "in"), ("born in", "out"))  # where Karl was born
    # read in any order, "headed" pays for a third step, to the fashion week held in his birthplace
    any_order = finder.find([topic], a.words, a.mention_pos, question=a.tokens)[0]
    assert any_order.steps[-1] == ("held in", "in")


def test_when_asks_the_date_of_the_noun_the_clause_tells_apart(tmp_path):
    # "When was the house that makes Shalimar established": the house's founding, not the
    # perfume's own date, though no word reads the house's date and "established" reads its founder
    store, scorer, by_steps = _toy(tmp_path, [Triple("Shalimar", "released", "1925"), Triple("Shalimar", "made by", "Guerlain"),
                                              Triple("Guerlain", "founded by", "Pierre"), Triple("Guerlain", "inception", "1828")],
                                   {}, "Shalimar")
    made = (("made by", "out"),)
    for told_apart, expected in ((True, made + (("inception", "out"),)), (False, (("released", "out"),))):
        ranked = [by_steps[made + (("founded by", "out"),)], by_steps[(("released", "out"),)],
                  by_steps[made + (("inception", "out"),)]]
        for p, score in zip(ranked, (0.3, -0.95, -1.3)):
            p.score = score
        main = {ranked[0].topic.id: frozenset()} if told_apart else {}
        AnswerTypeRules(store, scorer).apply(ranked, Analysis("when", [], asks_time=True, main=main))
        assert ranked[0].steps == expected


def test_the_asked_noun_backs_the_last_step_only(tmp_path):
    # "Which UNIVERSITIES do the law schools Ann attended belong to": the asked noun reads
    # `attended university` by its label, but it names where the path ends, so it backs no step
    # the path walks on from ("attended" backs that one)
    axes = {"attended university": [1, 0, 0, 0], "part of": [0, 1, 0, 0], "born in": [0, 0, 1, 0], "spouse": [0, 0, 0, 1]}
    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples([Triple("Ann", "attended university", "Law School"), Triple("Law School", "part of", "Columbia"),
                          Triple("Ann", "born in", "Brooklyn"), Triple("Ann", "spouse", "Marty")])
    scorer = RelationScorer(AxisEncoder(axes), relations=list(store.relation_counts()), weights=RankingWeights(ensemble=0.0))
    q = "Which universities do the law schools Ann attended belong to?"
    e = store.find_entities("Ann")[0]
    topic = _topic(q, "Ann", e.id)
    a = analyse(q, [topic])
    paths = {p.steps: p for p in PathFinder(store, scorer, hops=2).find([topic], a.words, a.mention_pos, keep=20,
                                                                        question=a.tokens, asked_at=a.asked_at)}
    attended = (("attended university", "out"),)
    assert paths[attended + (("part of", "out"),)].backed_by[0] == q.index("attended")
    assert paths[attended].backed_by == (q.index("universities"),)  # the last (only) step: as before


def test_who_goes_one_step_on_from_the_clauses_noun(tmp_path):
    # "Who has been in charge of the magazine that Hearst puts out": the best path ends on the
    # magazine (the clause's noun), no word pays for a step on; "who" takes the one to people
    axes = {"person": [1, 0, 0, 0], "Carmel Snow": [0.9, 0.1, 0, 0.2], "Harper's Bazaar": [0.1, 0.9, 0, 0.2],
            "1867": [0, 0, 1, 0]}
    store, scorer, by_steps = _toy(tmp_path, [Triple("Bazaar", "published by", "Hearst"),
                                              Triple("Bazaar", "edited by", "Carmel Snow"),
                                              Triple("Bazaar", "founded in", "1867")], axes, "Hearst")
    pub = (("published by", "in"),)
    paths = [by_steps[pub], by_steps[pub + (("founded in", "out"),)], by_steps[pub + (("edited by", "out"),)]]
    for p, score in zip(paths, (0.8, 0.15, 0.15)):
        p.score, p.components = score, {"relation_evidence": 1.0}
    q = "Who has been in charge of the magazine that Hearst puts out?"
    paths[0].used = frozenset({q.index("magazine")})
    a = Analysis(q, [], main={paths[0].topic.id: frozenset({q.index("charge")})}, asks_person=True)
    AnswerTypeRules(store, scorer).apply(paths, a)
    assert paths[0].steps[-1] == ("edited by", "out")
    assert np.isclose(paths[0].score, 0.15)  # moved, not rescored
