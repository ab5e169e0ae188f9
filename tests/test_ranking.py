"""The ranking stage on its own: relation evidence relative to the graph (a fake embedder, no
real model), label-word weights, two-constraint questions and abstention (lexical evidence on a
small graph)."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from graphrag import GraphRAG, Triple
from graphrag.retrievers.relations import RelationScorer, label_word_weights
from graphrag.retrievers.text_vectors import TextVectors, facts_file
from graphrag.retrievers.weights import DEFAULT, RankingWeights
from graphrag.store.sqlite import SQLiteGraphStore


class AxisEncoder:
    """Each text is a fixed unit vector: exact vectors for the texts a test names, and every
    other text a mix that is equally close to all of them (a generic word)."""

    name = "fake"

    def __init__(self, vectors: dict[str, list[float]], dim: int = 4):
        self.vectors = {k: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for k, v in vectors.items()}
        self.dim = dim

    def encode(self, texts, kind="passage"):
        generic = np.ones(self.dim, dtype=np.float32) / np.sqrt(self.dim)
        return np.stack([self.vectors.get(t, generic) for t in texts])


RELATIONS = ["cast member", "director", "screenwriter", "publication date"]
AXES = {"cast member": [1, 0, 0, 0], "director": [0, 1, 0, 0], "screenwriter": [0, 0, 1, 0],
        "publication date": [0, 0, 0, 1],
        "acted": [0.9, 0.3, 0.3, 0.1],  # closer to one relation than to the others
        "films": [0.5, 0.5, 0.5, 0.5]}  # as close to every relation: backs none


def scorer(**weights) -> RelationScorer:
    return RelationScorer(AxisEncoder(AXES), relations=RELATIONS, weights=RankingWeights(ensemble=0.0, **weights))


def test_a_word_backs_the_relation_it_is_closer_to_than_to_the_rest():
    m = scorer().matrix(["acted"], RELATIONS)
    assert m[0].argmax() == RELATIONS.index("cast member")
    assert m[0, 0] > 0.3 and m[0, 1:].max() == 0.0


def test_a_word_close_to_every_relation_backs_none():
    # the absolute cosine of "films" to each label is 0.5, higher than many true synonyms score
    assert scorer().matrix(["films"], RELATIONS).max() == 0.0


def test_the_asked_for_noun_backs_a_relation_only_when_clearly_closest_to_it():
    # "what TROUPE …" stands in for "what TOPICS is X about" on a graph that says `main subject`:
    # an asked-for noun is matched by label words, and by closeness only where it is strong
    labels = [f"relation {i}" for i in range(8)]
    axes = {label: np.eye(8)[i] for i, label in enumerate(labels)}
    axes |= {"troupe": [1] + [0.05] * 7, "acted": [0.6, 0.52, 0.52, 0.52, 0.4, 0.4, 0.4, 0.4]}
    s = RelationScorer(AxisEncoder(axes, dim=8), relations=labels, weights=RankingWeights(ensemble=0.0))
    assert s.matrix(["troupe"], labels, frozenset({0})).max() == 0.0  # the class of the answer
    m = s.matrix(["troupe", "acted", "films"], labels, frozenset({0, 1, 2}), frozenset({0, 1, 2}))
    assert m[0].argmax() == 0 and m[0, 0] >= DEFAULT.strong
    assert m[1].max() == 0.0 < s.matrix(["acted"], labels)[0, 0]  # close, not clearly enough
    assert m[2].max() == 0.0


def test_a_noun_the_topic_is_said_to_be_is_a_class_not_a_relation_word():
    from graphrag.retrievers.analysis import analyse
    from graphrag.types import LinkedEntity

    q = "Summer Wars is a film written by this person"
    a = analyse(q, [LinkedEntity(1, "Summer Wars", "Summer Wars", 0, 11, 3.0, "exact")])
    assert a.class_at == frozenset({q.index("film")})  # backs a relation by label words only
    q = "Summer Wars was directed by who"
    assert not analyse(q, [LinkedEntity(1, "Summer Wars", "Summer Wars", 0, 11, 3.0, "exact")]).class_at


def test_a_noun_a_where_clause_tells_apart_is_a_class_not_a_relation_word():
    from graphrag.retrievers.analysis import analyse
    from graphrag.types import LinkedEntity

    # "town" names the kind of the place of death, no step up from it ("state" asks that one)
    q = "which state is the town where ann_berg died in"
    at = q.index("ann_berg")
    a = analyse(q, [LinkedEntity(1, "ann_berg", "ann_berg", at, at + 8, 3.0, "exact")])
    assert q.index("town") in a.class_at
    q = "where did ann_berg die"  # the wh-word "where" tells nothing apart
    assert not analyse(q, [LinkedEntity(1, "ann_berg", "ann_berg", 10, 18, 3.0, "exact")]).class_at


def test_a_noun_of_the_topic_is_one_unless_a_participle_makes_the_topic_a_doer():
    from graphrag.retrievers.analysis import analyse
    from graphrag.types import LinkedEntity

    def nouns(q, name):
        at = q.index(name)
        return analyse(q, [LinkedEntity(1, name, name, at, at + len(name), 3.0, "exact")]).of_topic[1]

    q = "When were the movies by the composer of Blue Lagoon premiered"  # the question's own verb
    assert nouns(q, "Blue Lagoon") == {q.index("composer")}
    q = "who is the composer of Ann Berg written movies"  # Ann Berg wrote them
    assert nouns(q, "Ann Berg") == frozenset()
    q = "the composer of Blue Lagoon premiered which movies"
    assert nouns(q, "Blue Lagoon") == frozenset()
    # a possessive takes the noun after it: the religion is the husband's, not Ann Berg's
    for q in ("what is the religion of Ann Berg's husband", "what is the religion of Ann Berg\u2019s husband"):
        assert nouns(q, "Ann Berg") == {q.index("husband")}


def test_a_label_spelled_out_is_one_mention_of_it():
    # "place of birth" names `place of birth`: its "place" backs no step along `place of death`
    # (who died where the spouse was born); alone, "place" still may
    from graphrag.retrievers.paths import _Context
    from graphrag.retrievers.text import question_tokens

    rels = ["place of birth", "place of death", "spouse", "religion"]
    s = RelationScorer(AxisEncoder({"place of birth": [1, 0.3, 0, 0], "place of death": [0.3, 1, 0, 0], "spouse": [0, 0, 1, 0],
                                    "religion": [0, 0, 0, 1]}), relations=rels, weights=RankingWeights(ensemble=0.0))

    def evidence(q):
        _, toks = question_tokens(q)
        words = [t for t in toks if t.word in ("place", "birth", "death", "spouse")]
        ctx = _Context.make(words, toks, {}, 1.0, set(rels))
        ctx.refresh(s)
        return {w.word: {r: round(ctx.evidence(r)[j], 2) for r in rels} for j, w in enumerate(words)}

    ev = evidence("what is the place of birth of the spouse of Ann Berg")
    assert ev["place"]["place of birth"] > 0 and ev["place"]["place of death"] == 0
    assert ev["birth"]["place of birth"] > 0
    assert evidence("in which place did the spouse of Ann Berg die")["place"]["place of death"] > 0


def test_a_noun_before_of_the_topic_backs_its_closest_relations_as_a_clear_word():
    # "the SON of X" names a step; the models put kin nouns weakly between `children` and
    # `parents`, too weakly to pay for a step: read as clearly as the grammar says. Not "X's
    # son": a possessive's noun is the things themselves as often ("X's pictures")
    from graphrag.retrievers.analysis import analyse
    from graphrag.retrievers.paths import _Context

    rels = ["children", "parents", "spouse", "religion", "profession"]
    axes = {r: [float(i == k) for k in range(5)] for i, r in enumerate(rels)} | {"son": [0.5, 0.5, 0.35, 0.3, 0.3]}
    s = RelationScorer(AxisEncoder(axes, dim=5), relations=rels, weights=RankingWeights(ensemble=0.0))

    def son(q):
        at = q.index("Ann Berg")
        a = analyse(q, [LinkedEntity(1, "Ann Berg", "Ann Berg", at, at + 8, 3.0, "exact")])
        ctx = _Context.make(a.words[1], a.tokens, a.mention_pos, 1.0, set(rels), a.class_at, a.of_topic[1], a.asked_at,
                            a.owned)
        ctx.refresh(s)
        j = [w.word for w in a.words[1]].index("son")
        return {r: ctx.evidence(r)[j] for r in rels}

    ev = son("what is the religion of the son of Ann Berg")
    assert ev["children"] == ev["parents"] == DEFAULT.strong and ev["spouse"] == ev["religion"] == 0.0
    assert max(son("what is the religion of Ann Berg's son").values()) < DEFAULT.strong


def test_a_step_named_only_by_a_scaled_up_trace_is_answered_with_the_rate_of_such_guesses(tmp_path):
    # "who is the DIRECTOR of X" on a graph without directors: the noun reads a trace near
    # `cast member` (the nearest of what is left), which the grammar scales up to a clear word;
    # the answer is then as often wrong as right, and its confidence says so (not the rate of
    # answers the words chose)
    from graphrag.retrievers.analysis import analyse
    from graphrag.retrievers.confidence import confidence, read_from_trace
    from graphrag.retrievers.paths import PathFinder
    from graphrag.types import LinkedEntity

    store = SQLiteGraphStore(tmp_path)
    rels = ["cast member", "genre", "publication date", "language", "tags", "rating"]
    store.upsert_triples([Triple("Red Dawn", r, f"{r} of Red Dawn") for r in rels[1:]]
                         + [Triple("Red Dawn", "cast member", "Dee Fox")])
    axes = {r: np.eye(6)[i] for i, r in enumerate(rels)}
    axes |= {"director": [0.5, 0.49, 0.48, 0.47, 0.46, 0.45],  # nearest `cast member`, by a little
             "actor": [0.9, 0.2, 0.2, 0.2, 0.2, 0.2]}  # clearly `cast member`
    s = RelationScorer(AxisEncoder(axes, dim=6), relations=rels, weights=RankingWeights(ensemble=0.0))
    film = store.find_entities("Red Dawn")[0]

    def best(q):
        at = q.index("Red Dawn")
        topic = LinkedEntity(film.id, "Red Dawn", "Red Dawn", at, at + 8, 3.0, "exact")
        a = analyse(q, [topic])
        return PathFinder(store, s, hops=1).find([topic], a.words, a.mention_pos, question=a.tokens,
                                                 class_at=a.class_at, of_topic=a.of_topic, owned=a.owned)[0]

    guess = best("who is the director of Red Dawn")
    assert guess.steps == (("cast member", "out"),)  # still the nearest: the facts are listed
    assert guess.components["relation_evidence"] == DEFAULT.strong and read_from_trace(guess)
    assert confidence(guess) == DEFAULT.trace_rate < DEFAULT.calibration[0][1]
    clear = best("who is the actor of Red Dawn")
    assert clear.steps == (("cast member", "out"),) and not read_from_trace(clear)
    assert confidence(clear) > DEFAULT.calibration[0][1]


def test_a_label_says_which_side_of_it_its_noun_names():
    from graphrag.retrievers.relations import named_side

    assert named_side("albums", "album_by") == "subject"  # X is an album by Y
    assert named_side("capital", "capitalOf") == "subject"
    assert named_side("clubs", "former_club") == "object"  # Y is X's former club
    assert named_side("place", "place_of_birth") == "object"
    assert named_side("year", "release year") == "object"
    assert named_side("release", "release_year") is None  # no head, no preposition: not said
    assert named_side("film", "film.film.directed_by") is None
    assert named_side("director", "directed_by") is None  # not a word of the label as such


def test_the_asked_for_noun_backs_no_step_that_ends_on_the_other_side_of_its_label(tmp_path):
    # "which ALBUMS came out on labels that X owns": `album_by` holds the noun, but walked from
    # the albums it ends on bands; the albums are where the labels' step already ends
    from graphrag.retrievers.analysis import analyse
    from graphrag.retrievers.paths import PathFinder
    from graphrag.types import LinkedEntity

    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Kid A", "album_by", "Radiohead"), Triple("Kid A", "record_label", "Parlophone"),
                          Triple("Parlophone", "parent_company", "Warner Music Group"),
                          Triple("Radiohead", "formed_in", "Abingdon")])
    rels = ["album_by", "record_label", "parent_company", "formed_in"]
    s = RelationScorer(AxisEncoder({r: np.eye(4)[i] for i, r in enumerate(rels)}), relations=rels,
                       weights=RankingWeights(ensemble=0.0))
    wmg = store.find_entities("Warner Music Group")[0]
    q = "which albums came out on labels that Warner Music Group owns"
    at = q.index("Warner")
    topic = LinkedEntity(wmg.id, wmg.name, wmg.name, at, at + len(wmg.name), 3.0, "exact")
    a = analyse(q, [topic])
    paths = PathFinder(store, s, hops=3).find([topic], a.words, a.mention_pos, question=a.tokens,
                                              class_at=a.class_at, of_topic=a.of_topic, asked_at=a.asked_at,
                                              owned=a.owned)
    assert paths[0].steps == (("parent_company", "in"), ("record_label", "in"))
    three = next(p for p in paths if p.steps[-1] == ("album_by", "out"))
    assert three.components["relation_evidence"] == paths[0].components["relation_evidence"]


def test_the_asked_for_noun_pays_for_no_step_past_where_its_kind_already_is(tmp_path):
    # "which COMPANY developed the operating system of X": "company" is a word of `parent
    # company`, whose objects are companies; the developer is one of them already, so the
    # step on to the developer's parent is no reading of the noun
    from graphrag.retrievers.analysis import analyse
    from graphrag.retrievers.answer_type import AnswerTypeRules
    from graphrag.retrievers.paths import PathFinder
    from graphrag.types import LinkedEntity

    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Galaxy S", "operating system", "Android"), Triple("Android", "developer", "Google"),
                          Triple("YouTube", "parent company", "Google"), Triple("Google", "parent company", "Alphabet"),
                          Triple("Google", "headquarters", "Mountain View")])
    rels = ["operating system", "developer", "parent company", "headquarters"]
    s = RelationScorer(AxisEncoder({r: np.eye(4)[i] for i, r in enumerate(rels)}), relations=rels,
                       weights=RankingWeights(ensemble=0.0))

    def best(q):
        phone = store.find_entities("Galaxy S")[0]
        at = q.index("Galaxy S")
        topic = LinkedEntity(phone.id, "Galaxy S", "Galaxy S", at, at + 8, 3.0, "exact")
        a = analyse(q, [topic])
        paths = PathFinder(store, s, hops=3).find([topic], a.words, a.mention_pos, question=a.tokens,
                                                  class_at=a.class_at, of_topic=a.of_topic, asked_at=a.asked_at,
                                                  owned=a.owned)
        before = paths[0].steps
        AnswerTypeRules(store, s).apply(paths, a)
        return before, paths[0].steps

    before, after = best("which company developed the operating system of the Galaxy S")
    assert before[-1] == ("parent company", "out")  # the noun alone paid for the last step
    assert after == (("operating system", "out"), ("developer", "out"))
    # where the shorter path ends on no company, the step is the noun's to take
    store.upsert_triples([Triple("Galaxy S", "maker", "Samsung"), Triple("Samsung", "parent company", "Samsung Group")])
    assert best("which company is the parent of the maker of the Galaxy S")[1][-1] == ("parent company", "out")


def test_a_noun_with_its_own_of_is_no_kind_the_question_asks_for():
    from graphrag.retrievers.analysis import analyse
    from graphrag.types import LinkedEntity

    def words(q, name="Ann Berg"):
        at = q.index(name)
        a = analyse(q, [LinkedEntity(1, name, name, at, at + len(name), 3.0, "exact")])
        return a.phrase, [t.word for t in a.words[1]]

    # "what NATIONALITY is the FATHER of X" asks the father's nationality: father stays a word
    assert words("what nationality is the father of Ann Berg") == ("nationality", ["nationality", "father"])
    assert words("what country is the father's birthplace of Ann Berg")[0] == "country"
    assert words("what types are the movies written by Ann Berg")[0] == "types of movies"  # a kind


def test_only_the_first_wh_word_asks_for_a_person():
    from graphrag.retrievers.analysis import analyse
    from graphrag.types import LinkedEntity

    def person(q, name="Blue Lagoon"):
        at = q.index(name)
        return analyse(q, [LinkedEntity(1, name, name, at, at + len(name), 3.0, "exact")]).asks_person

    assert not person("Which other films were made by the person who directed Blue Lagoon")  # relative
    assert person("the films written by the writer of Blue Lagoon starred who")
    assert person("Who directed Blue Lagoon") and person("which person directed Blue Lagoon")


def test_evidence_is_judged_against_the_whole_graph_not_the_candidates_alone():
    # asked about two relations only, "acted" is still measured against all four
    s = scorer()
    both = s.matrix(["acted"], ["cast member", "director"])
    assert both[0, 0] == pytest.approx(s.matrix(["acted"], RELATIONS)[0, 0])


def test_a_relation_is_read_by_its_facts_too_a_margin_below_its_label():
    # "band" is as close to every label (the model does not connect it to "member of"), but
    # close to that relation's facts ("Kurt Cobain member of Nirvana" is about a band)
    rels = ["member of", "born in", "record label", "genre", "producer", "spouse", "award", "located in"]
    axes = {r: np.eye(9)[i] for i, r in enumerate(rels)} | {"band": [0.3] * 8 + [1]}
    facts = {r: [f"Kurt Cobain {r} X"] for r in rels}
    axes |= {f"Kurt Cobain {r} X": np.eye(9)[i] + np.eye(9)[8] * (1.0 if i == 0 else 0.1) for i, r in enumerate(rels)}

    def evidence(margin: float, **kw) -> np.ndarray:
        weights = RankingWeights(ensemble=0.0, by_facts=margin)
        return RelationScorer(AxisEncoder(axes, dim=9), relations=rels, weights=weights, **kw).matrix(["band"], rels)[0]

    assert evidence(0.3).max() == 0.0  # by label alone: backs none
    with_facts = evidence(0.3, facts=facts)
    assert with_facts.argmax() == 0 and with_facts[0] > 0.3 and with_facts[1:].max() == 0.0
    assert evidence(3.0, facts=facts).max() == 0.0  # a second opinion: the margin can silence it


def test_a_role_word_is_read_against_the_singular_of_a_plural_label_too():
    # the models put "son" as near "children" as "parents", and far nearer "child" than "parent"
    rels = ["children", "parents", "spouse", "profession", "religion", "place of birth"]
    axes = {r: np.eye(8)[i] for i, r in enumerate(rels)} | {"child": np.eye(8)[6], "parent": np.eye(8)[7]}
    axes |= {"son": [0.3, 0.3, 0, 0, 0, 0, 0.9, 0.1], "sons": [0.3, 0.3, 0, 0, 0, 0, 0.9, 0.1],
             "newman": [0, 0.05, 0, 0, 0, 0, 0.9, 0]}  # a surname the model ties to "child"
    m = RelationScorer(AxisEncoder(axes, dim=8), relations=rels, weights=RankingWeights(ensemble=0.0)).matrix(
        ["son", "sons", "newman"], rels)
    assert m[0, 0] > 0.5 > m[0, 1]  # children, not parents
    assert m[1, 0] == pytest.approx(m[1, 1])  # an inflected word is read by the labels alone
    assert m[2, 0] == 0.0  # nor does the singular back a relation the label itself does not


def test_the_facts_vectors_made_when_the_graph_was_loaded_are_read_not_made_again(tmp_path):
    rels = ["member of", "born in", "record label", "genre", "producer", "spouse", "award", "located in"]
    facts = {r: [f"Kurt Cobain {r} X"] for r in rels}
    axes = {r: np.eye(9)[i] for i, r in enumerate(rels)} | {"band": [0.3] * 8 + [1]}
    facts_axes = {f"Kurt Cobain {r} X": np.eye(9)[i] + np.eye(9)[8] * (1.0 if i == 0 else 0.1) for i, r in enumerate(rels)}
    made = TextVectors("fake", file=facts_file("fake"))
    made.add(AxisEncoder(axes | facts_axes, dim=9), [t for ts in facts.values() for t in ts])
    made.save(tmp_path)
    blind = AxisEncoder(axes, dim=9)  # reads every fact as a generic text: no help if asked now
    weights = RankingWeights(ensemble=0.0, by_facts=0.3)

    def evidence(**kw) -> np.ndarray:
        return RelationScorer(blind, relations=rels, weights=weights, facts=facts, **kw).matrix(["band"], rels)[0]

    assert evidence().max() == 0.0
    stored = evidence(fact_vectors=lambda model: TextVectors.load(tmp_path, model, facts_file(model)))
    assert stored.argmax() == 0 and stored[0] > 0.3


def test_names_embedded_when_the_graph_was_loaded_are_read_not_made_again():
    from graphrag.retrievers.relations import Space

    made = TextVectors("fake")
    made.add(AxisEncoder({"Prado": [1, 0, 0, 0]}), ["Prado"])
    space = Space(AxisEncoder({}), stored=made)  # would read every name as a generic text
    assert space.names(["Prado", "Louvre"]) @ np.array([1, 0, 0, 0]) == pytest.approx([1.0, 0.5])


def test_label_words_shared_by_every_relation_or_in_a_complement_say_little():
    w = label_word_weights(["film.film.directed_by", "film.film.genre", "film.film.language"], 0.5)
    assert w["film.film.directed_by"][:2] == [0.0, 0.0]  # "film film" is every label's prefix
    assert w["film.film.directed_by"][2] == 1.0
    w = label_word_weights(["original language of film", "genre", "director"], 0.5)
    words = ["original", "language", "of", "film"]
    assert dict(zip(words, w["original language of film"]))["film"] == 0.5
    assert dict(zip(words, w["original language of film"]))["language"] == 1.0


@pytest.mark.parametrize("word,relation,backed", [
    ("wrote", "written_by", True), ("wrote", "screenwriter", True), ("taught", "teacher of", True),
    ("acted", "actor", True), ("act", "factor", False),
    ("董事长是谁", "董事长", True), ("是谁", "是", False),  # a label of function characters only
    ("county", "country", False), ("compare", "parent", False),  # two words that share four letters
    ("birthplace", "place of birth", True), ("crewmates", "crew", True), ("located", "location", True),
])
def test_dictionary_forms_and_doers_back_a_label_by_spelling(word, relation, backed):
    assert (RelationScorer(relations=[relation]).lexical(word, relation) >= 0.5) == backed


def test_a_compound_is_also_read_as_the_doer_it_ends_in():
    # "songwriter" itself is a generic word here; its head "writer" is close to the label author
    enc = AxisEncoder({"author": [1, 0, 0, 0], "actor": [0, 1, 0, 0], "genre": [0, 0, 1, 0], "date": [0, 0, 0, 1],
                       "writer": [0.9, 0.2, 0.2, 0.1]})
    s = RelationScorer(enc, relations=["author", "actor", "genre", "date"], weights=RankingWeights(ensemble=0.0))
    m = s.matrix(["songwriter", "together", "songwriters"], ["author", "actor", "genre", "date"])
    assert m[0].argmax() == 0 and m[0, 0] > 0.3
    assert m[1].max() == 0.0  # "tog" + "ether" is no compound of a doer
    assert m[2].argmax() == 0 and m[2, 0] > 0.3  # plural too


def test_a_complement_word_does_not_outweigh_the_relation_it_names():
    s = RelationScorer(None, relations=["original language of film", "directed by", "genre"])
    assert s.lexical("film", "original language of film") == s.weights.complement < 0.35  # cannot pay a step
    assert s.lexical("language", "original language of film") == 1.0


FILMS = {
    "Red Dawn": {"directed_by": ["Ann Lee"], "starred_actors": ["Dee Fox", "Gil Hart"]},
    "Blue Moon": {"directed_by": ["Ann Lee"], "starred_actors": ["Gil Hart"]},
    "Green Sea": {"directed_by": ["Ann Lee"], "starred_actors": ["Kim Ode"]},
    "Old Town": {"directed_by": ["Eve Gold"], "starred_actors": ["Dee Fox"]},
    "Grey Hill": {"directed_by": ["Eve Gold"], "starred_actors": ["Kim Ode"]},
}


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    home = tmp_path_factory.mktemp("constraints")
    triples = [Triple(f, r, o) for f, rels in FILMS.items() for r, objs in rels.items() for o in objs]
    triples.append(Triple("Dee Fox", "died_in", "Lyon"))
    SQLiteGraphStore(home).upsert_triples(triples)
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def test_two_constraints_answer_with_what_both_reach(rag):
    r = rag.retrieve("which films directed by Ann Lee starred Dee Fox")
    assert r.answers[0] == "Red Dawn"
    assert r.answers[: r.n_best] == ["Red Dawn"]
    # both constraints' facts are in the block
    rels = {(f.edge.subject, f.edge.relation, f.edge.object) for f in r.facts[:2]}
    assert rels == {("Red Dawn", "directed_by", "Ann Lee"), ("Red Dawn", "starred_actors", "Dee Fox")}
    r = rag.retrieve("which films directed by Eve Gold starred Dee Fox")
    assert r.answers[0] == "Old Town"


def test_each_topic_keeps_its_one_step_paths_however_many_longer_ones_rank_first(rag):
    from graphrag.retrievers.analysis import analyse
    from graphrag.retrievers.paths import PathFinder

    q = "what films did Ann Lee direct that Kim Ode acted in"
    topics = rag.linker.link(q)
    a = analyse(q, topics, 24, rag.linker.segment)
    finder = PathFinder(rag.store, rag.answer_type.scorer, hops=3, beam=8)
    paths = finder.find(topics, a.words, a.mention_pos, keep=2, question=a.tokens, per_topic=1)
    assert [len(p.steps) for p in paths[:2]] == [2, 2]  # each topic's two-step reading leads
    assert {p.topic.name for p in paths if len(p.steps) == 1} == {"Ann Lee", "Kim Ode"}


def test_a_constraint_may_hold_for_all_of_the_other_side(rag):
    # every film Gil Hart acted in is Ann Lee's: the pair still narrows Ann Lee's three
    assert rag.retrieve("what films did Ann Lee direct that Gil Hart acted in").answers[:2] == ["Red Dawn", "Blue Moon"]


def test_one_topic_is_read_as_before(rag):
    r = rag.retrieve("which films did Ann Lee direct")
    assert set(r.answers[: r.n_best]) == {"Red Dawn", "Blue Moon", "Green Sea"}


def test_a_question_no_word_backs_is_answered_unless_the_threshold_asks_for_more(rag):
    r = rag.retrieve("where was Dee Fox born")  # the graph knows only where Dee Fox died
    # no word chose between died_in (Lyon) and the films Dee Fox starred in: a contested guess
    assert r.answers and r.confidence == DEFAULT.contested[0][1]  # the measured rate of such answers
    r = rag.retrieve("where was Dee Fox born", min_confidence=r.confidence + 0.01)
    assert r.answers == [] and r.facts  # the nearest facts are still listed
    res = rag.answer(r)
    assert res.answer.startswith("I don't know") and "Lyon" in res.answer
    # the same graph answers what it holds, with the rate of well-backed answers
    r = rag.retrieve("where had Dee Fox died", min_confidence=r.confidence + 0.01)
    assert r.answers[0] == "Lyon" and r.confidence == DEFAULT.calibration[-1][1]


def test_a_time_question_the_graph_has_no_date_for_gets_no_answer_by_default(rag):
    r = rag.retrieve("when had Dee Fox died")
    assert r.answers == [] and r.confidence == DEFAULT.mismatch_rate  # the death place is no date
    assert rag.retrieve("when had Dee Fox died", min_confidence=0.0).answers[0] == "Lyon"  # 0: never abstain


def test_the_confidence_threshold_is_a_setting(rag):
    r = rag.retrieve("where had Dee Fox died", min_confidence=1.0)
    assert r.answers == []


def test_work_per_question_is_bounded_by_its_words_not_its_length(rag):
    long = "which films directed by Ann Lee starred Dee Fox and " * 80
    r = rag.retrieve(long[:4000])
    assert r.answers  # read like a long sentence, not refused and not stuck


# -- answer-type rules on a fake embedder --------------------------------------------------------
from graphrag.retrievers.analysis import Analysis  # noqa: E402
from graphrag.retrievers.answer_type import AnswerTypeRules  # noqa: E402
from graphrag.retrievers.paths import PathFinder  # noqa: E402
from graphrag.types import LinkedEntity  # noqa: E402

PLACES = [Triple("Obama", "P19", "Honolulu"), Triple("Honolulu", "P131", "Hawaii"),
          Triple("Hawaii", "P17", "United States"), Triple("Obama", "P26", "Michelle"),
          Triple("Obama", "P569", "1961"), Triple("Michelle", "P19", "Chicago"), Triple("Chicago", "P6", "Rahm"),
          Triple("Rahm", "P19", "Chicago")]  # (a peer: a step back along P19 reaches others born there, not her)
NAMES = {"country": [1, 0, 0, 0], "United States": [0.95, 0.1, 0, 0], "Hawaii": [0.3, 0.9, 0, 0],
         "Honolulu": [0, 1, 0, 0], "person": [0, 0, 1, 0], "Michelle": [0, 0, 0.95, 0.2],
         "Obama": [0, 0, 0.9, 0.3], "Rahm": [0, 0.1, 0.9, 0.2], "Chicago": [0, 0.9, 0, 0.2], "1961": [0, 0, 0, 1], "place": [0, 1, 0, 0]}


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    store = SQLiteGraphStore(tmp_path_factory.mktemp("places"))
    store.upsert_triples(PLACES)
    scorer = RelationScorer(AxisEncoder(NAMES), relations=list(store.relation_counts()),
                            weights=RankingWeights(ensemble=0.0))
    obama = store.find_entities("Obama")[0]
    topic = LinkedEntity(obama.id, "Obama", "Obama", 0, 5, 3.0, "exact")
    found = PathFinder(store, scorer, hops=3, beam=20).find([topic], {obama.id: []}, {}, keep=50)
    return store, scorer, {p.steps: p for p in found}


def _order(paths, *steps):
    return [paths[s] for s in steps]


def test_when_prefers_a_path_ending_on_dates(places):
    store, scorer, paths = places
    ranked = _order(paths, (("P26", "out"),), (("P569", "out"),))
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("when", [], asks_time=True))
    assert ranked[0].steps == (("P569", "out"),) and "answer_type" in ranked[0].components


def test_when_falls_back_to_the_topics_own_date_however_far_below(places):
    # "Obama, when published" read as his spouse by the words: no date path is near, so the
    # topic's one-step date goes first rather than no answer
    store, scorer, paths = places
    ranked = _order(paths, (("P26", "out"),), (("P569", "out"),))
    ranked[0].score, ranked[1].score = 2.0, -1.0
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("when", [], asks_time=True))
    assert ranked[0].steps == (("P569", "out"),)


def _toy(tmp_path, triples: list[Triple], axes: dict, topic: str, hops: int = 2, second: dict | None = None):
    """A small graph, a scorer on fixed vectors, and every path from `topic` (`hops` hops) by its
    steps; `second`: the vectors of a second model, heard as the multilingual one is."""
    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples(triples)
    other = AxisEncoder(second) if second is not None else None
    scorer = RelationScorer(AxisEncoder(axes), cjk=(lambda: other) if other else None, relations=list(store.relation_counts()),
                            weights=RankingWeights(ensemble=1.0 if other else 0.0))
    e = store.find_entities(topic)[0]
    found = PathFinder(store, scorer, hops=hops, beam=20).find(
        [LinkedEntity(e.id, topic, topic, 0, len(topic), 3.0, "exact")], {e.id: []}, {}, keep=50)
    return store, scorer, {p.steps: p for p in found}


def test_when_falls_back_to_a_farther_date_when_the_topic_has_none(tmp_path):
    # "When did the film Ann wrote come out?": no date path near the words' reading (her film)
    # and none of her own; the film's date, however far below, rather than no answer
    store, scorer, by_steps = _toy(tmp_path, [Triple("Ann", "wrote", "Book"), Triple("Book", "published", "1999")], {}, "Ann")
    wrote = (("wrote", "out"),)
    ranked = [by_steps[wrote], by_steps[wrote + (("published", "out"),)]]
    ranked[0].score, ranked[1].score = 0.7, -0.5
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("when", [], asks_time=True))
    assert ranked[0].steps == wrote + (("published", "out"),)


def test_a_bare_noun_extends_the_best_path_to_what_it_names(places):
    store, scorer, paths = places
    born = (("P19", "out"),)
    ranked = _order(paths, born, born + (("P131", "out"),), born + (("P131", "out"), ("P17", "out")))
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("what country", [], kinds=["country"], phrase="country"))
    assert ranked[0].steps[-1] == ("P17", "out")  # United States, not Honolulu


def test_a_noun_no_end_is_close_to_changes_nothing(places):
    store, scorer, paths = places
    born = (("P19", "out"),)
    ranked = _order(paths, born, born + (("P131", "out"),))
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("what city", [], kinds=["city"], phrase="city"))
    assert ranked[0].steps == born


def test_where_prefers_a_near_reading_that_ends_on_places(places):
    # "where did Obama's wife …" read by its words as the wife herself: her birthplace, within
    # the margin, ends on places; a reading far below is not taken
    store, scorer, paths = places
    wife = (("P26", "out"),)
    ranked = _order(paths, wife, wife + (("P19", "out"),))
    ranked[0].score, ranked[1].score = 0.5, 0.2
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("where", [], asks_place=True))
    assert ranked[0].steps == wife + (("P19", "out"),)
    far = _order(paths, wife, wife + (("P19", "out"),))
    far[0].score, far[1].score = 1.2, 0.2
    AnswerTypeRules(store, scorer).apply(far, Analysis("where", [], asks_place=True))
    assert far[0].steps == wife
    # a birthplace's own place is no more "where" than the birthplace: the best path walked
    # further is not preferred (Hawaii, not Honolulu's … Hawaii is as much a place)
    born = (("P19", "out"),)
    own = _order(paths, born, born + (("P131", "out"),))
    own[0].score, own[1].score = 0.5, 0.45
    AnswerTypeRules(store, scorer).apply(own, Analysis("where", [], asks_place=True))
    assert own[0].steps == born


def test_where_is_not_answered_with_a_year_or_a_person(tmp_path):
    # "where were the founders of Acme born": read by its words as the founders (people) or the
    # founding year, which the model puts nearer "place" than a name; the founders' birthplace,
    # a step's cost further behind, answers it
    from graphrag.retrievers import profiles

    axes = {"place": [0, 1, 0, 0], "person": [0, 0, 1, 0], "Bo Li": [0, 0, 1, 0], "1975": [0.5, 0.8, 0, 0],
            "Rome": [0, 1, 0, 0]}
    store, scorer, by_steps = _toy(tmp_path, [Triple("Acme", "founded by", "Bo Li"), Triple("Acme", "founding year", "1975"),
                                              Triple("Bo Li", "birth place", "Rome")], axes, "Acme")
    founders, year = (("founded by", "out"),), (("founding year", "out"),)
    born = founders + (("birth place", "out"),)
    ranked = [by_steps[founders], by_steps[year], by_steps[born]]
    for p, score in zip(ranked, (0.72, 0.68, 0.15)):
        p.score = score
    rules = AnswerTypeRules(store, scorer, profiles.compute(store))
    rules.apply(ranked, Analysis("where", [], asks_place=True))
    assert ranked[0].steps == born
    ranked.sort(key=lambda p: -p.score)
    ranked[2].score = -0.2  # more than a step's cost behind: the words' reading stands
    rules.apply(ranked, Analysis("where", [], asks_place=True))
    assert ranked[0].steps == founders


@pytest.mark.parametrize("hq,town,region,noun", [("headquarters", "Sunnyvale", "Santa Clara County", "county"),
                                                  ("总部", "青岛市", "山东省", "省")])
def test_a_name_that_carries_the_noun_is_of_its_kind(tmp_path, hq, town, region, noun):
    # "which COUNTY is Acme's headquarters in": the model reads "county" as far from either place
    # name; the name "Santa Clara County" says what it is. "which lake" says nothing
    axes = {noun: [1, 0, 0, 0], "lake": [1, 0, 0, 0], town: [0, 1, 0, 0], region: [0, 0, 1, 0], "Acme": [0, 0, 0, 1]}
    store, scorer, by_steps = _toy(tmp_path, [Triple("Acme", hq, town), Triple(town, "located in", region)], axes, "Acme")
    short = ((hq, "out"),)
    longer = short + (("located in", "out"),)
    for word, promoted in ((noun, True), ("lake", False)):
        ranked = [by_steps[short], by_steps[longer]]
        ranked[0].score, ranked[1].score = 0.65, 0.3
        AnswerTypeRules(store, scorer).apply(ranked, Analysis(f"which {word}", [], kinds=[word], phrase=word))
        assert (ranked[0].steps == longer) is promoted


def test_a_name_that_carries_the_nouns_plural_is_no_one_of_its_kind(tmp_path):
    # "which STATE was Ann born in": the model puts "state" as close to "United States" as to a
    # state; the plural in the name says it is a union of them
    axes = {"state": [1, 0, 0, 0], "United States": [1, 0.1, 0, 0], "Phoenix": [0, 1, 0, 0], "Ann": [0, 0, 0, 1]}
    store, scorer, by_steps = _toy(tmp_path, [Triple("Ann", "born in", "Phoenix"), Triple("Phoenix", "located in", "United States")],
                                   axes, "Ann")
    born = (("born in", "out"),)
    ranked = [by_steps[born], by_steps[born + (("located in", "out"),)]]
    ranked[0].score, ranked[1].score = 0.65, 0.3
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("which state", [], kinds=["state"], phrase="state"))
    assert ranked[0].steps == born


def _spouse_died(tmp_path, axes: dict):
    """Ann's spouse Bo died of fever in Rome: the toy graph, and the paths to the cause and the place."""
    store, scorer, by_steps = _toy(tmp_path, [Triple("Ann", "spouse", "Bo"), Triple("Bo", "cause of death", "fever"),
                                              Triple("Bo", "death place", "Rome")], axes, "Ann")
    wife = (("spouse", "out"),)
    return store, scorer, by_steps, wife + (("cause of death", "out"),), wife + (("death place", "out"),)


def test_a_noun_of_place_asks_where(tmp_path):
    # "in which CITY did Ann's husband die": "die" reads closer to the cause of death; "city",
    # closer to "place" than to "person", asks where, as "where" does. "what FEVER …" does not
    axes = {"place": [0, 1, 0, 0], "person": [0, 0, 1, 0], "city": [0.2, 1, 0, 0], "fever": [1, 0, 0, 0],
            "Rome": [0, 1, 0, 0], "Bo": [0, 0, 1, 0]}
    store, scorer, by_steps, cause, place = _spouse_died(tmp_path, axes)

    def ranked():
        paths = [by_steps[cause], by_steps[place]]
        paths[0].score, paths[1].score = 0.8, 0.5
        return paths

    rules = AnswerTypeRules(store, scorer)
    city = ranked()
    rules.apply(city, Analysis("in which city", [], kinds=["city"], phrase="city"))
    assert city[0].steps == place
    fever = ranked()
    rules.apply(fever, Analysis("what fever", [], kinds=["fever"], phrase="fever"))
    assert fever[0].steps == cause


def test_a_place_the_words_back_goes_before_a_reading_that_ends_on_no_place_further_ahead(tmp_path):
    # "in which city did the wife of Ann die": "die" backs the cause of death about a step ahead
    # of the death place; the cause is no place at all (closer to "person" than to "place"), so
    # the same reading ending on places the words still back goes first, within `place_far`
    axes = {"place": [0, 1, 0, 0], "person": [0, 0, 1, 0], "city": [0.2, 1, 0, 0], "fever": [1, 0, 0.3, 0],
            "Rome": [0, 1, 0, 0], "Bo": [0, 0, 1, 0]}
    store, scorer, by_steps, cause, place = _spouse_died(tmp_path, axes)

    def ranked(gap: float, backing: float = 1.0):
        paths = [by_steps[cause], by_steps[place]]
        paths[0].score, paths[1].score = 0.87, 0.87 - gap
        paths[0].components["relation_evidence"], paths[1].components["relation_evidence"] = 1.7, backing
        paths[1].components.pop("answer_type", None)
        return paths

    rules = AnswerTypeRules(store, scorer)
    behind = ranked(0.95)
    rules.apply(behind, Analysis("in which city", [], kinds=["city"], phrase="city"))
    assert behind[0].steps == place
    where = ranked(0.95)
    rules.apply(where, Analysis("where", [], asks_place=True))
    assert where[0].steps == place
    # no word backs the place's step: the words' reading stands; so it does past the margin
    unbacked = ranked(0.95, backing=0.0)
    rules.apply(unbacked, Analysis("where", [], asks_place=True))
    assert unbacked[0].steps == cause
    far = ranked(DEFAULT.place_far + 0.1)
    rules.apply(far, Analysis("where", [], asks_place=True))
    assert far[0].steps == cause


def _born_then_located(store, axes: dict) -> tuple[RelationScorer, list]:
    """Ana's paths `born in` and `born in` → `located in`, in that order, on an axis encoder."""
    scorer = RelationScorer(AxisEncoder(axes), relations=list(store.relation_counts()), weights=RankingWeights(ensemble=0.0))
    ana = store.find_entities("Ana")[0]
    found = PathFinder(store, scorer, hops=2, beam=20).find(
        [LinkedEntity(ana.id, "Ana", "Ana", 0, 3, 3.0, "exact")], {ana.id: []}, {}, keep=50)
    by_steps = {p.steps: p for p in found}
    born = (("born in", "out"),)
    return scorer, [by_steps[born], by_steps[born + (("located in", "out"),)]]


def test_two_words_side_by_side_reading_closest_to_one_relation_are_one_mention_of_it():
    # "in which city is the club's HOME STADIUM located": "stadium" reads near `home ground` and,
    # less, near `located in`; beside "home" it is part of that one mention, no second step up
    from graphrag.retrievers.paths import _Context
    from graphrag.retrievers.text import question_tokens

    labels = ["home ground", "located in"] + [f"relation {i}" for i in range(10)]
    axes = {label: np.eye(12)[i] for i, label in enumerate(labels)}
    enc = AxisEncoder(axes | {w: [0.8, 0.6] + [0] * 10 for w in ("stadium", "arena")}, dim=12)
    s = RelationScorer(enc, relations=labels, weights=RankingWeights(ensemble=0.0))
    assert s.matrix(["stadium"], labels)[0, 1] >= s.weights.weak  # alone it would pay for a step
    for question, word in (("the club's home stadium is located where", "stadium"),
                           ("the arena is located where", "arena")):
        _, toks = question_tokens(question)
        words = [t for t in toks if t.norm in ("home", "stadium", "arena", "located")]
        ctx = _Context.make(words, toks, {}, 1.0, set(labels))
        ctx.refresh(s)
        at = [w.norm for w in words].index(word)
        bound = word == "stadium"  # beside "home"; "arena" stands alone
        assert (ctx.evidence("located in")[at] == 0.0) == bound
        assert ctx.evidence("home ground")[at] > 0.3


def test_every_path_tied_for_first_brings_its_extensions(tmp_path):
    # "which governorate is Ana's hometown part of" where no word backs a step: the first steps
    # tie, and the answer-type rules may put any of them first, then look for its extension one
    # step up; so each tied path's extensions are fetched, not only those of the first in order
    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Ana", "club", "Vardar"), Triple("Vardar", "based in", "Skopje"),
                          Triple("Ana", "national team", "Macedonia team"), Triple("Macedonia team", "coach", "Kiril"),
                          Triple("Ana", "place of birth", "Izmir"), Triple("Izmir", "located in", "Izmir Province")])
    scorer = RelationScorer(AxisEncoder({"club": [1, 0, 0, 0]}), relations=list(store.relation_counts()),
                            weights=RankingWeights(ensemble=0.0))
    ana = store.find_entities("Ana")[0]
    found = PathFinder(store, scorer, hops=2, beam=20).find(
        [LinkedEntity(ana.id, "Ana", "Ana", 0, 3, 3.0, "exact")], {ana.id: []}, {}, keep=3)
    firsts = [p.steps for p in found if len(p.steps) == 1]
    assert len(firsts) == 3 and len({p.score for p in found if len(p.steps) == 1}) == 1
    fetched = {p.steps for p in found if p.layers}
    for first, up in ((("club", "out"),), ("based in", "out")), ((("place of birth", "out"),), ("located in", "out")):
        assert first + (up,) in fetched


@pytest.mark.parametrize("chain,promoted", [(True, True), (False, False)])
def test_a_bare_noun_climbs_a_relation_that_chains_into_itself_more_readily(tmp_path, chain, promoted):
    # "what country is Ana's birthplace in": Turkey is only moderately close to "country" (0.6 on
    # a 0.4-0.75 scale), enough along `located in` when that relation climbs a hierarchy (Turkey
    # is located in Asia too), not along a relation that does not
    from graphrag.retrievers import profiles

    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Ana", "born in", "Izmir"), Triple("Izmir", "located in", "Turkey"),
                          Triple("Ankara", "located in", "Turkey")]
                         + ([Triple("Turkey", "located in", "Asia")] if chain else []))
    axes = {"country": [1, 0, 0, 0], "Turkey": [0.6, 0.8, 0, 0], "Izmir": [0, 1, 0, 0], "Asia": [0, 0.9, 0.4, 0]}
    scorer, ranked = _born_then_located(store, axes)
    # the chained bar alone: on four sides "country" reads clearly closest to Turkey's, which
    # the reading against every side (kind_side_*) would take either way
    scorer.weights = dataclasses.replace(scorer.weights, kind_side_margin=0.0)
    ranked[0].score, ranked[1].score = 0.5, 0.1
    rules = AnswerTypeRules(store, scorer, profiles.compute(store))
    rules.apply(ranked, Analysis("what country", [], kinds=["country"], phrase="country"))
    assert (ranked[0].steps[-1] == ("located in", "out")) == promoted


@pytest.mark.parametrize("noun,behind,promoted", [("county", 0.35, True), ("county", 0.8, False), ("city", 0.35, False)])
def test_a_bare_noun_closer_to_what_a_place_is_in_than_to_birthplaces_climbs_one_step(tmp_path, noun, behind, promoted):
    # "in what COUNTY is Ana's birthplace": the model reads no one county's name as close enough
    # to "county" (Berkshire 0.5 on a 0.4-0.75 scale, below what a hierarchy's step needs), but
    # what `located in` reaches (Berkshire, England) is far closer to it than the birthplaces
    # (Reading, Leeds) are: one step up, within the margin. "in what CITY" stays where she was
    # born; so does a step up far below the best reading (beyond `kind_side_margin`, 0.75, too)
    from graphrag.retrievers import profiles

    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Ana", "born in", "Reading"), Triple("Bo", "born in", "Leeds"),
                          Triple("Reading", "located in", "Berkshire"), Triple("Berkshire", "located in", "England")])
    axes = {"county": [1, 0, 0, 0], "city": [0, 1, 0, 0], "Reading": [0, 1, 0, 0], "Leeds": [0, 1, 0, 0],
            "Berkshire": [0.5, 0.866, 0, 0], "England": [0.5, 0, 0.866, 0], "Ana": [0, 0, 0, 1], "Bo": [0, 0, 0, 1]}
    scorer, ranked = _born_then_located(store, axes)
    ranked[0].score, ranked[1].score = 0.5, 0.5 - behind
    rules = AnswerTypeRules(store, scorer, profiles.compute(store))
    rules.apply(ranked, Analysis(f"in what {noun}", [], kinds=[noun], phrase=noun))
    assert (ranked[0].steps[-1] == ("located in", "out")) == promoted


@pytest.mark.parametrize("noun,close,margin,promoted", [("foundation", 0.55, None, True), ("foundation", 0.55, 0.0, False),
                                                         ("foundation", 0.45, None, False),
                                                         ("organisation", 0.55, None, False)])
def test_a_bare_noun_read_clearly_closest_to_one_side_of_the_graph_goes_there(tmp_path, noun, close, margin, promoted):
    # "which FOUNDATION runs the museum the Night Watch hangs in", read by its words as the museum:
    # no name is close to "foundation" in absolute terms (0.55 on a 0.4-0.75 scale), but the
    # trusts are the side of the graph it reads clearly closest to, the museums far from it. Not
    # when even the closest side is far (0.45), nor for a noun about as close to every side
    from graphrag.retrievers import profiles

    triples = [Triple("Night Watch", "hangs in", "Rijksmuseum"), Triple("Sunflowers", "hangs in", "Van Gogh Museum"),
               Triple("Rijksmuseum", "run by", "Rijks Trust"), Triple("Van Gogh Museum", "run by", "Vincent Trust"),
               Triple("Night Watch", "painted by", "Rembrandt"), Triple("Sunflowers", "painted by", "Van Gogh")]
    near = [close, (1 - close ** 2) ** 0.5, 0, 0]
    axes = {"foundation": [1, 0, 0, 0], "organisation": [0.3, 1, 1, 1], "Rijks Trust": near, "Vincent Trust": near,
            "Rijksmuseum": [0, 1, 0, 0], "Van Gogh Museum": [0, 1, 0, 0], "Night Watch": [0, 0, 1, 0],
            "Sunflowers": [0, 0, 1, 0], "Rembrandt": [0, 0, 0, 1], "Van Gogh": [0, 0, 0, 1]}
    store, scorer, by_steps = _toy(tmp_path, triples, axes, "Night Watch")
    if margin is not None:
        scorer.weights = dataclasses.replace(scorer.weights, kind_side_margin=margin)
    hangs = (("hangs in", "out"),)
    ranked = [by_steps[hangs], by_steps[hangs + (("run by", "out"),)], by_steps[(("painted by", "out"),)]]
    ranked[0].score, ranked[1].score, ranked[2].score = 0.5, 0.2, 0.1
    AnswerTypeRules(store, scorer, profiles.compute(store)).apply(
        ranked, Analysis(f"which {noun}", [], kinds=[noun], phrase=noun))
    assert (ranked[0].steps == hangs + (("run by", "out"),)) == promoted


def test_names_that_carry_the_noun_mark_their_side_however_weakly_the_model_reads_them(tmp_path):
    # "which MUSEUM has the work of Ann on its walls": the model reads no museum's name close to
    # "museum" (Ann's is the Prado), but the names that say it ("Hals Museum") show which side
    # of the graph holds museums
    from graphrag.retrievers import profiles

    triples = [Triple("Ann", "created", "Dawn"), Triple("Bo", "created", "Dusk"),
               Triple("Dusk", "held by", "Hals Museum"), Triple("Dawn", "held by", "Prado"),
               Triple("Ann", "born in", "Delft"), Triple("Bo", "born in", "Ghent")]
    axes = {"museum": [1, 0, 0, 0], "Dawn": [0, 1, 0, 0], "Dusk": [0, 1, 0, 0], "Delft": [0, 0, 1, 0],
            "Ghent": [0, 0, 1, 0], "Ann": [0, 0, 0, 1], "Bo": [0, 0, 0, 1], "Prado": [0.3, 0, 0, 0.95]}
    for named, promoted in (("Hals Museum", True), ("Hals House", False)):
        triples[2] = Triple("Dusk", "held by", named)
        axes[named] = axes["Prado"]
        store, scorer, by_steps = _toy(tmp_path / named, triples, axes, "Ann")
        made = (("created", "out"),)
        ranked = [by_steps[made], by_steps[made + (("held by", "out"),)], by_steps[(("born in", "out"),)]]
        ranked[0].score, ranked[1].score, ranked[2].score = 0.5, 0.2, 0.1
        AnswerTypeRules(store, scorer, profiles.compute(store)).apply(
            ranked, Analysis("which museum", [], kinds=["museum"], phrase="museum"))
        assert (ranked[0].steps == made + (("held by", "out"),)) == promoted


def test_who_prefers_the_person_side_of_the_last_relation(places):
    store, scorer, paths = places
    # the spouse's birthplace walks P19 into places; the person side of P19 (who was born there)
    # is within reach: "who" asks for it
    into_places = (("P26", "out"), ("P19", "out"))
    people = into_places + (("P19", "in"),)
    ranked = _order(paths, into_places, people)
    for p in ranked:
        p.score = 0.0
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("who", [], asks_person=True))
    assert ranked[0].steps == people


def test_who_prefers_an_extension_that_ends_on_people(places):
    # "who starred in the films whose directors …" read as far as the films: one more step, by
    # a relation the question's verb backs too weakly, reaches people ("who" asks for them)
    store, scorer, paths = places
    into_places = (("P26", "out"), ("P19", "out"))
    ranked = _order(paths, into_places, into_places + (("P6", "out"),))
    ranked[0].score, ranked[1].score = 0.3, 0.0
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("who", [], asks_person=True))
    assert ranked[0].steps[-1] == ("P6", "out")
    far = _order(paths, into_places, into_places + (("P6", "out"),))
    far[1].score = -1.0  # too far below the best: the question's words chose the places
    AnswerTypeRules(store, scorer).apply(far, Analysis("who", [], asks_person=True))
    assert far[0].steps == into_places


def test_who_goes_on_from_things_to_no_place(tmp_path):
    # "Who owns the label that put out X": read as far as the owner, a firm; one step on is the
    # owner's city, which the model reads closer to "person" than a firm's name, yet no "who"
    # asks for it. A step on to people still goes first
    axes = {"person": [1, 0, 0, 0], "place": [0, 1, 0, 0], "Sony": [0, 0, 1, 0],
            "Tokyo": [0.35, 0.9, 0.2, 0], "Ann": [0.9, 0.1, 0.2, 0]}
    for last, promoted in (("based in", False), ("chaired by", True)):
        end = "Tokyo" if last == "based in" else "Ann"
        store, scorer, by_steps = _toy(tmp_path / last, [Triple("Epic", "owned by", "Sony"), Triple("Sony", last, end),
                                                         Triple("Epic", "signed", "Bo")], axes, "Epic")
        owner = (("owned by", "out"),)
        paths = [by_steps[owner], by_steps[owner + ((last, "out"),)], by_steps[(("signed", "out"),)]]
        for p, score in zip(paths, (1.1, 0.8, 0.0)):
            p.score = score
        AnswerTypeRules(store, scorer).apply(paths, Analysis("who", [], asks_person=True))
        assert (paths[0].steps[-1] == (last, "out")) == promoted


def test_an_unbacked_who_ending_on_places_is_a_mismatch(places):
    """"Who is Obama's mother?" on a graph without parents: no word backs where he was born, and
    birthplaces are places, not people; his spouse is no mismatch, nor is a backed reading."""
    store, scorer, paths = places
    who = Analysis("who", [], asks_person=True)
    rules = AnswerTypeRules(store, scorer)
    born, spouse = paths[(("P19", "out"),)], paths[(("P26", "out"),)]
    assert born.components.get("relation_evidence", 0.0) == 0.0  # no words were given
    assert rules.places_for_who(born, who)
    assert not rules.places_for_who(spouse, who)
    assert not rules.places_for_who(born, Analysis("where", []))
    backed = dataclasses.replace(born, components={"relation_evidence": 1.0})  # "who was born in …"
    assert not rules.places_for_who(backed, who)


def test_two_words_side_by_side_are_one_mention_of_a_relation(tmp_path):
    # the film "1984" came out in 1956: "release dates" is one mention, so it backs one
    # release_year step, not a second one from the year read as that film
    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Blue Moon", "directed_by", "Ann Lee"), Triple("Blue Moon", "release_year", "1984"),
                          Triple("1984", "release_year", "1956"), Triple("Blue Moon", "starred_actors", "Dee Fox"),
                          Triple("Blue Moon", "written_by", "Bo Chan")])
    axes = {"directed by": [0, 1, 0, 0], "release year": [0, 0, 0, 1], "starred actors": [1, 0, 0, 0],
            "written by": [0, 0, 1, 0], "dates": [0.1, 0.1, 0.1, 0.95]}
    _, best = _best_path(store, axes, "what were the release dates of Ann Lee directed movies", "Ann Lee")
    assert best.steps == (("directed_by", "in"), ("release_year", "out"))


def _best_path(store, axes: dict, question: str, name: str):
    """The question's analysis and best path from the entity `name`, on a fake embedder."""
    from graphrag.retrievers.analysis import analyse

    scorer = RelationScorer(AxisEncoder(axes), relations=list(store.relation_counts()),
                            weights=RankingWeights(ensemble=0.0))
    ent = store.find_entities(name)[0]
    topic = LinkedEntity(ent.id, name, name, question.index(name), question.index(name) + len(name), 3.0, "exact")
    a = analyse(question, [topic])
    return a, PathFinder(store, scorer, hops=3).find([topic], a.words, a.mention_pos, question=a.tokens)[0]


def test_a_main_clause_is_read_apart_from_the_clause_that_tells_its_noun():
    from graphrag.retrievers.analysis import analyse

    def main(q, name):
        at = q.index(name)
        a = analyse(q, [LinkedEntity(1, name, name, at, at + len(name), 3.0, "exact")])
        return {w for w in q.replace("?", "").split() if any(q.index(w) == s for s in a.main.get(1, ()))}

    # the clause's verb after its subject: the clause runs to the question's end
    assert main("Who hands out the prize that Ann Berg received?", "Ann Berg") == {"hands", "out"}
    # the clause's verb before the mention: what follows the mention is the main clause's
    assert main("Where is the company that owns Acme Records based?", "Acme Records") == {"based"}
    assert main("In what language was the book translated by Ann Berg originally written?", "Ann Berg") == {
        "language", "originally", "written"}
    # a noun of the mention's possessive is the clause's too
    assert main("What company owns the publisher that released Ann Berg's novels?", "Ann Berg") == {"company", "owns"}
    assert main("Who is the director of Blue Lagoon?", "Blue Lagoon") == set()  # no such clause
    assert main("who directed Blue Lagoon which won awards", "Blue Lagoon") == set()  # no noun before "which"


def _prize(tmp_path):
    """Ann received a prize, which an academy hands out and which is of a genre; the question's
    words back `received` (its clause) and `presented by` weakly ("hands out")."""
    store, scorer, by_steps = _toy(tmp_path, [Triple("Ann", "received", "Nobel"), Triple("Nobel", "presented by", "Academy"),
                                              Triple("Nobel", "genre", "Literature")], {}, "Ann")
    got = (("received", "out"),)
    paths = [by_steps[got], by_steps[got + (("genre", "out"),)], by_steps[got + (("presented by", "out"),)]]
    for p, score, ev in zip(paths, (0.65, 0.3, 0.35), (1.0, 1.0, 1.05)):
        p.score, p.components = score, {"relation_evidence": ev}
    q = "Who hands out the prize that Ann received?"
    paths[0].used = frozenset({q.index("prize")})
    return store, scorer, paths, q


def test_a_path_that_reads_only_the_clause_of_a_noun_takes_the_step_the_main_clause_pays_for(tmp_path):
    # "Who HANDS OUT the prize that Ann received": the prize is what the clause tells apart,
    # not who hands it out; the step the main clause's words back, however weakly, goes on
    store, scorer, paths, q = _prize(tmp_path)
    main = {q.index("hands"), q.index("out")}
    AnswerTypeRules(store, scorer).apply(paths, Analysis(q, [], main={paths[0].topic.id: frozenset(main)}))
    assert paths[0].steps[-1] == ("presented by", "out")


def test_a_path_that_reads_the_main_clause_stays(tmp_path):
    store, scorer, paths, q = _prize(tmp_path)
    main = {q.index("hands"), q.index("out")}
    paths[0].used = frozenset({q.index("prize"), q.index("hands")})  # the words chose it
    AnswerTypeRules(store, scorer).apply(paths, Analysis(q, [], main={paths[0].topic.id: frozenset(main)}))
    assert paths[0].steps == (("received", "out"),)
    store, scorer, paths, q = _prize(tmp_path / "far")
    paths[2].score = 0.65 - DEFAULT.clause_margin - 0.01  # too far below the best
    AnswerTypeRules(store, scorer).apply(paths, Analysis(q, [], main={paths[0].topic.id: frozenset(main)}))
    assert paths[0].steps == (("received", "out"),)


def test_no_word_paying_for_the_step_the_noun_the_main_clause_asks_for_chooses_it(tmp_path):
    # "What BAND was the guy who wrote Song in?": the guy's band, not his birthplace; no word
    # backs either step, the asked-for noun is much closer to what one of them reaches
    from graphrag.retrievers.text import question_tokens

    axes = {"band": [1, 0, 0, 0], "Oasis": [1, 0.1, 0, 0], "Manchester": [0, 1, 0, 0], "Noel": [0, 0, 1, 0]}
    store, scorer, by_steps = _toy(tmp_path, [Triple("Song", "written by", "Noel"), Triple("Noel", "member of", "Oasis"),
                                              Triple("Noel", "born in", "Manchester")], axes, "Song")
    wrote = (("written by", "out"),)
    paths = [by_steps[wrote], by_steps[wrote + (("born in", "out"),)], by_steps[wrote + (("member of", "out"),)]]
    for p, score in zip(paths, (0.65, 0.3, 0.3)):
        p.score, p.components = score, {"relation_evidence": 1.0}
    q = "What band was the guy who wrote Song in?"
    paths[0].used = frozenset({q.index("wrote")})
    a = Analysis(q, question_tokens(q)[1], kinds=["band"], phrase="band", main={paths[0].topic.id: frozenset({q.index("band")})})
    AnswerTypeRules(store, scorer).follow_main_clause(paths, a, DEFAULT.clause_margin)
    assert paths[0].steps[-1] == ("member of", "out")


def test_a_path_that_reads_only_the_main_clause_takes_the_step_to_the_clauses_noun_first(tmp_path):
    # "Who STARTED the company that owns Audi": "started" backs `founded by`, but Audi is in the
    # clause that tells the company apart, so the company's founder answers, not Audi's own
    # (the model reads "owns" too weakly to back `owned by`). Not when the best path reads the
    # clause too, nor when the step is too far below it
    q = "Who started the company that owns Audi?"
    main = frozenset({q.index("started")})
    for used, behind, promoted in ((main, 0.35, True), (main | {q.index("owns")}, 0.35, False),
                                   (main, DEFAULT.clause_margin + 0.01, False)):
        store, scorer, by_steps = _toy(tmp_path / f"{len(used)}{behind}", [
            Triple("Audi", "founded by", "Horch"), Triple("Audi", "owned by", "VW"), Triple("VW", "founded by", "Porsche"),
            Triple("Audi", "based in", "Ingolstadt")], {}, "Audi")
        founded, owner = (("founded by", "out"),), (("owned by", "out"), ("founded by", "out"))
        paths = [by_steps[founded], by_steps[owner], by_steps[(("based in", "out"),)]]
        for p, score in zip(paths, (0.5, 0.5 - behind, 0.0)):
            p.score, p.components = score, {"relation_evidence": 0.7}
        paths[0].used = paths[1].used = used
        AnswerTypeRules(store, scorer).apply(paths, Analysis(q, [], main={paths[0].topic.id: main}))
        assert (paths[0].steps == owner) == promoted


def test_a_grand_word_names_its_kin_relation_twice(tmp_path):
    # "the GRANDchildren of Liz": her children's children, not her children (one word backs one
    # step, so "grandchildren" alone cannot pay for the second)
    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("Liz", "children", "Carl"), Triple("Carl", "children", "Will"),
                          Triple("Liz", "spouse", "Phil"), Triple("Carl", "spouse", "Di"),
                          Triple("Liz", "birth place", "York"), Triple("Carl", "birth place", "Ely")])
    axes = {"children": [1, 0, 0, 0], "spouse": [0, 1, 0, 0], "birth place": [0, 0, 1, 0],
            "grandchildren": [0.9, 0.1, 0.1, 0.3]}
    a, best = _best_path(store, axes, "who are the grandchildren of Liz", "Liz")
    assert [w.word for w in a.words[store.find_entities("Liz")[0].id]] == ["grandchildren", "children"]
    assert best.steps == (("children", "out"), ("children", "out"))


def test_a_path_the_clause_backs_only_weakly_still_yields_to_the_main_clause(tmp_path):
    # "What kind of music does the band that made X play": "made" backs the band's step below
    # the weak threshold, no word of the main clause backs it; one that backs nothing stays
    store, scorer, paths, q = _prize(tmp_path)
    main = frozenset({q.index("hands"), q.index("out")})
    paths[0].used, paths[0].components = frozenset(), {"relation_evidence": 0.09}
    paths[2].components = {"relation_evidence": 0.16}
    AnswerTypeRules(store, scorer).apply(paths, Analysis(q, [], main={paths[0].topic.id: main}))
    assert paths[0].steps[-1] == ("presented by", "out")
    store, scorer, paths, q = _prize(tmp_path / "none")
    paths[0].used, paths[0].components = frozenset(), {"relation_evidence": 0.0}
    AnswerTypeRules(store, scorer).apply(paths, Analysis(q, [], main={paths[0].topic.id: main}))
    assert paths[0].steps == (("received", "out"),)


def test_a_bare_noun_that_backs_no_step_is_not_answered_with_dates(tmp_path):
    # "Ann appears in what MOVIES": "appears" backs a publication date a step beyond her films,
    # a hair ahead of the unbacked films themselves; the noun asks for things, not years. Had the
    # noun backed the step itself ("what YEARS"), the dates would stand
    q = "Ann appears in what movies"
    store, scorer, by_steps = _toy(tmp_path, [Triple("Ann", "acted in", "Blue Lagoon"),
                                              Triple("Blue Lagoon", "published", "1999")], {}, "Ann")
    films = (("acted in", "out"),)
    dates = films + (("published", "out"),)

    def ranked(used: frozenset[int]):
        out = [by_steps[dates], by_steps[films]]
        out[0].score, out[1].score, out[0].used = -0.349, -0.35, used
        return out

    noun = frozenset({q.index("movies")})
    a = Analysis(q, [], kinds=["movies"], phrase="movies", asked_at=noun)
    paths = ranked(frozenset({q.index("appears")}))
    AnswerTypeRules(store, scorer).apply(paths, a)
    assert paths[0].steps == films and "answer_type" in paths[0].components
    paths = ranked(noun)  # the noun chose the dates
    AnswerTypeRules(store, scorer).apply(paths, a)
    assert paths[0].steps == dates
    paths = ranked(frozenset())  # "how many movies": a quantity is asked
    AnswerTypeRules(store, scorer).apply(paths, Analysis(q, [], kinds=["movies"], phrase="movies", asked_at=noun,
                                                         asks_quantity=True))
    assert paths[0].steps == dates


def test_where_is_not_answered_with_what_only_leans_to_place_more_than_a_person(tmp_path):
    # "where the director of Hell was": read by its words as the director (a person); his films
    # lean to "place" a little more than he does, but are no places (under `place_margin`): the
    # words' reading stands
    axes = {"place": [0, 1, 0, 0], "person": [0, 0, 1, 0], "Ann": [0, 0, 1, 0], "Blue Lagoon": [0.99, 0.08, 0, 0]}
    store, scorer, by_steps = _toy(tmp_path, [Triple("Hell", "directed by", "Ann"),
                                              Triple("Ann", "acted in", "Blue Lagoon")], axes, "Hell")
    director = (("directed by", "out"),)
    ranked = [by_steps[director], by_steps[director + (("acted in", "out"),)]]
    ranked[0].score, ranked[1].score = 0.7, 0.05
    AnswerTypeRules(store, scorer).apply(ranked, Analysis("where", [], asks_place=True))
    assert ranked[0].steps == director


@pytest.mark.parametrize("question,name,kinds", [("which acted in Valley of Flowers", "Valley of Flowers", []),
                                                 ("which led Charleston", "Charleston", []),
                                                 # an adjective, and the noun it modifies is asked
                                                 ("which animated films did Ann Lee direct", "Ann Lee", ["films"]),
                                                 ("which person directed Blue Lagoon", "Blue Lagoon", ["person"])])
def test_a_past_verb_after_which_asks_for_no_noun(question, name, kinds):
    # "which ACTED in X": the wh-word is the verb's subject, not a determiner of a noun "acted"
    # (read as one, its closeness to genres such as "Action" walked the cast on to their genres)
    from graphrag.retrievers.analysis import analyse

    at = question.index(name)
    assert analyse(question, [LinkedEntity(1, name, name, at, at + len(name), 3.0, "exact")]).kinds == kinds


@pytest.mark.parametrize("more,promoted", [(10, True), (0, False)])
def test_a_relation_walked_twice_the_same_way_must_chain_into_itself(tmp_path, more, promoted):
    # "what year was the film Lili released": "year" and "released" each back `published`, and
    # the path taking it twice reads on from 1981 as the film called "1981". Among ten more films
    # with their own years, hardly any of the relation's objects are its subjects: no reading. A
    # relation whose objects mostly are its subjects (a parent's parent) may be walked twice
    from graphrag.retrievers import profiles

    triples = [Triple("Lili", "published", "1981"), Triple("1981", "published", "2009")]
    triples += [Triple(f"Film {i}", "published", str(1950 + i)) for i in range(more)]
    store, scorer, by_steps = _toy(tmp_path, triples, {}, "Lili")
    scorer.weights = dataclasses.replace(scorer.weights, chain_floor=0.12)
    once = (("published", "out"),)
    ranked = [by_steps[once + once], by_steps[once]]
    ranked[0].score, ranked[1].score = 0.75, 0.7
    AnswerTypeRules(store, scorer, profiles.compute(store)).apply(ranked, Analysis("what year", [], asks_time=True))
    assert (ranked[0].steps == once) is promoted


def test_an_asked_noun_of_place_backs_no_relation_by_closeness(tmp_path):
    # "in which CITY did the wife of Ann die": the model reads "city" near a label of places
    # (Freebase's `location.location.containedby`), which then paid for a step past the city;
    # the noun names the kind of the answer, which the kind rules look for (more relations than
    # the story needs: a z-score over four cannot reach a full reading)
    from graphrag.embed import Embedder
    from graphrag.settings import Settings

    axes = {"spouse": 0, "death place": 1, "located in": 2, "cause of death": 3, "place": 4, "person": 5}
    words = {"wife": {0: 1.0}, "die": {1: 0.8, 3: 0.6}, "city": {4: 0.8, 2: 0.6}, "Rome": {4: 1.0},
             "Ann": {5: 1.0}, "Bo": {5: 1.0}}

    def encode(texts, is_query):
        out = np.full((len(texts), 8), 0.05, dtype=np.float32)
        for row, text in enumerate(texts):
            if text in axes:
                out[row, axes[text]] = 1.0
            for axis, value in words.get(text, {7: 1.0}).items():
                out[row, axis] = value
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    store = SQLiteGraphStore(tmp_path / "g")
    store.upsert_triples([Triple("Ann", "spouse", "Bo"), Triple("Bo", "death place", "Rome"),
                          Triple("Bo", "cause of death", "fever"), Triple("Rome", "located in", "Lazio"),
                          Triple("Lazio", "located in", "Italy"), Triple("Milan", "located in", "Lombardy"),
                          Triple("Bo", "employer", "Fiat"), Triple("Bo", "award", "Strega"), Triple("Ann", "genre", "opera"),
                          Triple("Fiat", "founded by", "Agnelli")])
    rag = GraphRAG(Settings.load(tmp_path / "g"), store=store, embedder=Embedder("fake", 8, encode),
                   weights=RankingWeights(ensemble=0.0))
    assert rag.retrieve("in which city did the wife of Ann die?").answers[0] == "Rome"


def test_what_noun_was_participle_asks_the_noun_not_a_kind_of_the_participle():
    from graphrag.retrievers.text import answer_type_words, kind_phrase, question_tokens

    for q, want in [("What lake was formed by the dam?", "lake"), ("what types are the movies X starred in", "types of movies"),
                    ("What language was spoken there?", "language")]:
        text, toks = question_tokens(q)
        assert kind_phrase(text, answer_type_words(text, toks, [])[0], [])[0] == want
