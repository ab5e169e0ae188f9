"""Readings added in the forty-first session (fake embedder or none), from `finance`'s failures: a
classifying adjective after "which" ("which CENTRAL bank serves …") leaves the noun asked; two
dictionary words that share five letters and no root ("current", "currency") are two words; an
asked noun that names the last step ("what MONEY do people use there") is no amount the graph
lacks; a noun of places climbs one step that is no chain ("in what COUNTRY was X's adviser born"),
another noun only along a chain; a modifier of the topic's noun is part of its mention ("X's THESIS
advisers")."""
from __future__ import annotations

import dataclasses

import pytest

from graphrag import Triple
from graphrag.retrievers.relations import _lexical
from graphrag.retrievers.text import answer_type_words, question_tokens


def _asked(question: str) -> list[str]:
    text, toks = question_tokens(question)
    return answer_type_words(text, toks, [])


@pytest.mark.parametrize("question,noun", [
    ("which central bank serves the country where Mark Carney was born", "bank"),
    ("which national library holds the letters", "library"),
    ("which official signed the treaty", "official"),  # a verb after it: the adjective is the noun
    ("which musician played the lead", "musician"),
    ("which animal lives in the lake", "animal"),
    ("which german state is Bonn in", "state"),  # as before
])
def test_a_classifying_adjective_before_a_noun_leaves_the_noun_asked(question, noun):
    assert _asked(question) == [noun]


@pytest.mark.parametrize("word,relation,kept", [
    ("current", "has_currency", False), ("installed", "instance of", False), ("represent", "presented_by", False),
    ("director", "directed_by", True), ("religion", "religious", True), ("description", "described_by", True),
    ("doctorate", "doctoral_advisor", True), ("location", "located_in", True), ("founder", "founded_by", True),
])
def test_two_words_that_share_letters_but_no_root_are_two_words(word, relation, kept):
    assert (_lexical(word, relation)[0] > 0) == kept


def test_an_asked_noun_that_names_the_last_step_is_no_missing_amount(tmp_path):
    # "What MONEY do people use in Thailand": "money" asks an amount in "what prize money", but here it
    # backs the currency step itself; a currency is then the answer, not a sign the graph lacks one
    from graphrag.retrievers.analysis import Analysis
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy

    store, scorer, by_steps = _toy(tmp_path, [Triple("Thailand", "currency", "Thai baht")], {}, "Thailand")
    path = by_steps[(("currency", "out"),)]
    a = Analysis("what money do people use in thailand", [], kinds=["money"], phrase="money", asked_at=frozenset({5}),
                 asks_quantity=True)
    rules = AnswerTypeRules(store, scorer)
    path.backed_by = (5,)
    assert not rules.mismatch(path, a)
    path.backed_by = (-1,)
    assert rules.mismatch(path, a)  # unbacked: an amount asked and none found, as before


@pytest.mark.parametrize("placed,closer,promoted", [(True, 0.5, True), (False, 0.5, False), (True, 0.06, False)])
def test_a_noun_of_places_climbs_one_step_that_is_no_chain(tmp_path, placed, closer, promoted):
    # "in what COUNTRY was Ana born": no country's name reads close enough to the noun, but the side
    # `country` reaches (England) reads far closer to it than the birthplaces do. A noun of places takes
    # that step though `country` does not chain into itself; a noun the model reads as no place does not
    # ("which MOVIES did X star in" is not asked of the films' genres), nor a side only a little closer
    # ("which CITIES were they born in" reads country names a little closer than town names)
    from graphrag.retrievers import profiles
    from graphrag.retrievers.analysis import Analysis
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy

    triples = [Triple("Ana", "born in", "Reading"), Triple("Bo", "born in", "Leeds"),
               Triple("Reading", "part of", "England"), Triple("Leeds", "part of", "England")]
    axes = {"country": [1, 0, 0, 0], "place": [1, 0, 0, 0] if placed else [0, 0, 1, 0], "person": [0, 0, 0, 1],
            "Reading": [0, 1, 0, 0], "Leeds": [0, 1, 0, 0], "England": [closer, (1 - closer ** 2) ** 0.5, 0, 0],
            "Ana": [0, 0, 0, 1], "Bo": [0, 0, 0, 1]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Ana")
    # the climb alone: on these sides "country" reads clearly closest to England's, which the reading
    # against every side (kind_side_*) would take either way
    scorer.weights = dataclasses.replace(scorer.weights, kind_side_margin=0.0)
    born = (("born in", "out"),)
    ranked = [by_steps[born], by_steps[born + (("part of", "out"),)]]
    ranked[0].score, ranked[1].score = 0.5, 0.15
    AnswerTypeRules(store, scorer, profiles.compute(store)).apply(
        ranked, Analysis("in what country", [], kinds=["country"], phrase="country"))
    assert (ranked[0].steps[-1] == ("part of", "out")) == promoted


def test_a_modifier_of_the_topics_noun_is_part_of_its_mention(tmp_path):
    # "Where were Myron's THESIS advisers born": "thesis" names no step, but it is part of the noun
    # "thesis advisers", which backs the first; the reading is not made to walk past Myron's advisers
    from graphrag.retrievers.paths import PathFinder
    from graphrag.retrievers.relations import RelationScorer
    from graphrag.retrievers.weights import RankingWeights
    from graphrag.store.sqlite import SQLiteGraphStore
    from graphrag.types import LinkedEntity
    from graphrag.retrievers.analysis import analyse
    from test_ranking import AxisEncoder

    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples([Triple("Myron", "doctoral advisor", "Eugene"), Triple("Eugene", "doctoral advisor", "Merton"),
                          Triple("Eugene", "born in", "Boston"), Triple("Merton", "born in", "Chicago")])
    scorer = RelationScorer(AxisEncoder({}), relations=list(store.relation_counts()), weights=RankingWeights(ensemble=0.0))
    q = "Where were Myron's thesis advisers born?"
    myron = store.find_entities("Myron")[0]
    topic = LinkedEntity(myron.id, "Myron", "Myron", q.index("Myron"), q.index("Myron") + 5, 3.0, "exact")
    a = analyse(q, [topic])
    found = PathFinder(store, scorer, hops=3, beam=20).find(
        [topic], a.words, a.mention_pos, keep=20, question=a.tokens, of_topic=a.of_topic, owned=a.owned)
    best = max(found, key=lambda p: p.score)
    assert best.steps == (("doctoral advisor", "out"), ("born in", "out"))


@pytest.mark.parametrize("backed", [True, False])
def test_where_does_not_put_a_reading_no_word_backs_before_one_a_verb_backs(tmp_path, backed):
    # "Where did the governor of the Bank STUDY": the best reading (its governor's schools) is backed by
    # "study"; the bank's country is a place but no word backs that step. Only when the best reading is
    # unbacked too ("where is the Bank") does "where" choose the place
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from test_ranking import _toy

    triples = [Triple("Bank", "led by", "Kazuo"), Triple("Kazuo", "educated at", "Todai"), Triple("Bank", "serves", "Japan")]
    axes = {"place": [1, 0, 0, 0], "person": [0, 1, 0, 0], "Japan": [1, 0, 0, 0], "Todai": [0, 0, 1, 0], "Kazuo": [0, 1, 0, 0]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Bank")
    studied = (("led by", "out"), ("educated at", "out"))
    ranked = [by_steps[studied], by_steps[(("serves", "out"),)]]
    ranked[0].score, ranked[1].score = 0.15, -0.34
    ranked[0].backed_by = (-1, 40) if backed else (-1, -1)
    ranked[1].backed_by = (-1,)
    AnswerTypeRules(store, scorer).prefer_place(ranked)
    assert (ranked[0].steps == studied) == backed
