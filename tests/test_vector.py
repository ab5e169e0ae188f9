"""Vector indexes stay consistent with the store through loads and deletions; vector recall works.

The model-free trigram embedder of conftest.py keeps these fast; real models are exercised in
test_embed.py."""
from __future__ import annotations

import pytest

pytest.importorskip("faiss")

from conftest import FILMS, trigram_embedder
from graphrag.cli import main as cli_main
from graphrag.settings import Settings
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple
from graphrag.retrievers import profiles
from graphrag.retrievers.text_vectors import TextVectors, facts_file, key
from graphrag.retrievers.vector import (Item, VectorIndex, VectorIndexes, VectorRetriever, name_id,
                                        question_spans, store_items, triple_text)

@pytest.fixture
def store(film_store):
    return film_store


def store_ids(store, kind):
    return {it.id for it in store_items(store, kind)}


def assert_consistent(store, home, kinds=("entity", "relation", "triple")):
    fresh = VectorIndexes(home)  # read back from disk, not the in-memory copy
    for kind in kinds:
        ix = fresh.get(kind)
        assert ix is not None, kind
        assert set(ix.checksums) == store_ids(store, kind), kind
        assert len(ix) == len(ix.checksums), kind
        assert ix.store_version == store.version(), kind


def test_sync_indexes_every_kind_and_finds_its_own_text(store, tmp_path):
    home = tmp_path / "g"
    emb = trigram_embedder()
    stats = VectorIndexes(home).sync(store, emb, ["entity", "relation", "triple"])
    assert {s.kind: s.added for s in stats} == {"entity": 8, "relation": 5, "triple": 6}
    assert_consistent(store, home)
    idx = VectorIndexes(home)
    edge = next(store.iter_edges())
    hits = idx.search("triple", emb.encode([triple_text(edge)])[0], 1)
    assert hits[0][0] == edge.id and hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert triple_text(edge) == "Kismet directed by William Dieterle"
    names, vecs = idx.relation_vectors()
    assert sorted(names) == sorted(store.relation_counts())
    assert vecs.shape == (5, 256)
    assert (home / "vectors" / "triple.faiss").is_file() and (home / "vectors" / "triple.json").is_file()


def test_incremental_add_and_delete_keep_index_and_store_consistent(store, tmp_path):
    home = tmp_path / "g"
    calls: list[str] = []
    emb = trigram_embedder(calls=calls)
    kinds = ["entity", "relation", "triple"]
    VectorIndexes(home).sync(store, emb, kinds)
    calls.clear()

    store.upsert_triples([Triple("Kismet", "release_year", "1944"), Triple("Hawaii", "part_of", "United States")])
    idx = VectorIndexes(home)
    assert set(idx.stale(store)) == set(kinds)
    stats = {s.kind: s for s in idx.sync(store, emb, kinds)}
    # only the new texts were embedded: 2 entities + 2 relations + 2 triples
    assert sorted(calls) == sorted(["1944", "United States", "release year", "part of",
                                    "Kismet release year 1944", "Hawaii part of United States"])
    assert (stats["triple"].added, stats["triple"].removed, stats["triple"].rebuilt) == (2, 0, False)
    assert_consistent(store, home)

    calls.clear()
    store.delete_triples([FILMS[1], Triple("Kismet", "release_year", "1944")])
    stats = {s.kind: s for s in VectorIndexes(home).sync(store, emb, kinds)}
    assert calls == []  # deletions embed nothing
    assert stats["triple"].removed == 2
    assert stats["entity"].removed == 2  # Marlene Dietrich and 1944 no longer occur
    assert stats["relation"].removed == 2
    assert_consistent(store, home)
    gone = [it.id for it in store_items(store, "triple")]
    assert all(i in gone for i, _ in VectorIndexes(home).search("triple", emb.encode(["Kismet starred"])[0], 10))


def test_an_index_saved_by_another_process_is_reloaded(store, tmp_path):
    """Two server workers: one ingests and re-indexes, the other must search the new vectors."""
    home = tmp_path / "g"
    emb = trigram_embedder()
    mine, theirs = VectorIndexes(home), VectorIndexes(home)
    mine.sync(store, emb, ["triple"])
    before = theirs.get("triple")
    assert theirs.get("triple") is before  # unchanged on disk: no reload
    store.upsert_triples([Triple("Hawaii", "part_of", "United States")])
    mine.sync(store, emb, ["triple"])
    assert mine.get("triple") is mine.get("triple")  # its own write is not read back
    hits = theirs.search("triple", emb.encode(["Hawaii part of United States"])[0], 1)
    assert hits and hits[0][1] == pytest.approx(1.0, abs=1e-5)
    assert len(theirs.get("triple")) == len(before) + 1


def test_reused_id_with_new_text_is_re_embedded(store, tmp_path):
    home = tmp_path / "g"
    emb = trigram_embedder()
    VectorIndexes(home).sync(store, emb, ["triple"])
    last = max(store_ids(store, "triple"))
    store.delete_triples([FILMS[-1]])
    store.upsert_triples([Triple("Michelle Obama", "born_in", "Chicago")])  # SQLite may reuse the rowid
    VectorIndexes(home).sync(store, emb, ["triple"])
    assert_consistent(store, home, ["triple"])
    new = next(e for e in store.iter_edges() if e.object == "Chicago")
    hit = VectorIndexes(home).search("triple", emb.encode(["Michelle Obama born in Chicago"])[0], 1)[0]
    assert hit[0] == new.id and hit[1] == pytest.approx(1.0, abs=1e-5)
    assert new.id == last  # the case under test: an id set alone would call this index current


def test_model_change_or_rebuild_re_embeds_everything(store, tmp_path):
    home = tmp_path / "g"
    VectorIndexes(home).sync(store, trigram_embedder(), ["entity"])
    again = VectorIndexes(home).sync(store, trigram_embedder(), ["entity"])[0]
    assert (again.added, again.rebuilt) == (0, False)
    other = VectorIndexes(home).sync(store, trigram_embedder(dim=128, name="other"), ["entity"])[0]
    assert (other.added, other.rebuilt) == (8, True)
    assert VectorIndexes(home).model() == "other" and VectorIndexes(home).get("entity").dim == 128
    rebuilt = VectorIndexes(home).rebuild(store, trigram_embedder(dim=128, name="other"), ["entity"])[0]
    assert (rebuilt.added, rebuilt.rebuilt) == (8, True)


def test_torn_write_is_detected_and_rebuilt(store, tmp_path):
    home = tmp_path / "g"
    emb = trigram_embedder()
    VectorIndexes(home).sync(store, emb, ["entity"])
    path = home / "vectors" / "entity.faiss"
    path.write_bytes(path.read_bytes()[:-10])  # as if the metadata belonged to another write
    assert VectorIndex.load(home / "vectors", "entity") is None
    s = VectorIndexes(home).sync(store, emb, ["entity"])[0]
    assert (s.added, s.rebuilt) == (8, True)
    assert_consistent(store, home, ["entity"])


def test_index_switches_to_hnsw_past_the_threshold_and_still_adds_and_removes(tmp_path):
    s = SQLiteGraphStore(tmp_path / "g")
    s.upsert_triples([Triple(f"person {i}", "knows", f"person {i + 1}") for i in range(400)])
    emb = trigram_embedder()
    st = VectorIndexes(tmp_path / "g", flat_max=100).sync(s, emb, ["entity"])[0]
    assert (st.total, st.index_type) == (401, "hnsw")
    ix = VectorIndexes(tmp_path / "g", flat_max=100).get("entity")
    assert ix.index_type == "hnsw"
    target = s.find_entities("person 123")[0]
    assert ix.search(emb.encode(["person 123"])[0], 1)[0][0] == target.id

    s.delete_triples([Triple("person 122", "knows", "person 123"), Triple("person 123", "knows", "person 124")])
    st = VectorIndexes(tmp_path / "g", flat_max=100).sync(s, emb, ["entity"])[0]
    assert (st.removed, st.total, st.index_type) == (1, 400, "hnsw")
    assert_consistent(s, tmp_path / "g", ["entity"])
    ix = VectorIndexes(tmp_path / "g", flat_max=100).get("entity")
    assert ix.deleted == {target.id}  # hidden, not yet compacted
    assert target.id not in {i for i, _ in ix.search(emb.encode(["person 123"])[0], 20)}

    s.upsert_triples([Triple("person 123", "knows", "person 124")])  # back again: replaces the hidden vector
    VectorIndexes(tmp_path / "g", flat_max=100).sync(s, emb, ["entity"])
    ix = VectorIndexes(tmp_path / "g", flat_max=100).get("entity")
    assert not ix.deleted and ix.search(emb.encode(["person 123"])[0], 1)[0][0] == target.id

    s.delete_triples([Triple(f"person {i}", "knows", f"person {i + 1}") for i in range(0, 120)])
    st = VectorIndexes(tmp_path / "g", flat_max=100).sync(s, emb, ["entity"])[0]
    ix = VectorIndexes(tmp_path / "g", flat_max=100).get("entity")
    assert st.removed == 120 and not ix.deleted and ix.index.ntotal == 281  # compacted past 10%
    assert_consistent(s, tmp_path / "g", ["entity"])
    s.close()


def test_chunk_hook_adds_and_removes_text_chunks(tmp_path):
    idx = VectorIndexes(tmp_path / "g")
    emb = trigram_embedder()
    st = idx.add_chunks(emb, [("a1:p1:0", "The plot ratio of the site is 2.5"),
                              ("a1:p2:0", "Obama was born in Honolulu")])
    assert (st.kind, st.total) == ("chunk", 2)
    again = idx.add_chunks(emb, [("a1:p2:0", "Obama was born in Honolulu")])
    assert (again.added, again.total) == (0, 2)
    retr = VectorRetriever(VectorIndexes(tmp_path / "g"), emb)
    assert retr.search_chunks("where was Obama born", 1)[0][0] == "a1:p2:0"
    assert idx.remove_chunks(["a1:p2:0"]) == 1
    assert [c for c, _ in VectorRetriever(VectorIndexes(tmp_path / "g"), emb).search_chunks("Obama", 5)] == ["a1:p1:0"]


def test_sync_reads_chunks_from_the_source_it_is_handed(store, tmp_path):
    chunks = [("d:p1:0", "Kismet is a 1944 film"), ("d:p1:1", "Dieterle directed it")]
    emb = trigram_embedder()
    assert VectorIndexes(tmp_path / "g", chunks=lambda: chunks).sync(store, emb, ["chunk"])[0].added == 2
    st = VectorIndexes(tmp_path / "g", chunks=lambda: chunks[:1]).sync(store, emb, ["chunk"])[0]
    assert (st.added, st.removed, st.total) == (0, 1, 1)
    # no source handed in: the chunk index is neither stale nor emptied by a sync
    blind = VectorIndexes(tmp_path / "g")
    assert blind.sync(store, emb, ["chunk"]) == [] and "chunk" not in blind.stale(store)
    assert len(VectorIndexes(tmp_path / "g").get("chunk")) == 1
    from graphrag.commands.index import parse_kinds

    assert parse_kinds(None, True) == ["relation", "chunk"]
    assert parse_kinds(None, False) == ["relation"]
    assert parse_kinds(None, False, ("entity", "relation")) == ["relation", "entity"]  # what exists stays current


def test_retriever_facts_entities_edges_and_typo_linking(store, tmp_path):
    home = tmp_path / "g"
    emb = trigram_embedder()
    VectorIndexes(home).sync(store, emb, ["entity", "relation", "triple"])
    retr = VectorRetriever(VectorIndexes(home), emb, min_link_score=0.35)
    facts = retr.search_facts("Kismet directed by whom", 2)
    edges = retr.edges([i for i, _ in facts], store)
    assert [e.id for e in edges] == [i for i, _ in facts]
    assert (edges[0].subject, edges[0].relation, edges[0].object) == ("Kismet", "directed_by", "William Dieterle")
    obama = store.find_entities("Barack Obama")[0].id
    assert retr.search_entities("Barack Obama", 1)[0][0] == obama

    linked = retr.link_fallback("who is Barak Obamma married to?", store, k=3)
    assert linked and linked[0].id == obama and linked[0].method == "vector"
    assert linked[0].mention == "Barak Obamma" and (linked[0].start, linked[0].end) == (7, 19)
    assert retr.link_fallback("what is the weather like?", store) == []


def test_aliases_are_indexed_for_their_entity_and_follow_the_store(store, tmp_path):
    home = tmp_path / "g"
    emb = trigram_embedder()
    store.add_aliases("Honolulu", ["Hono City", "檀香山"])
    st = VectorIndexes(home).sync(store, emb, ["entity"])[0]
    assert (st.added, st.total) == (10, 10)  # 8 names + 2 aliases
    honolulu = store.find_entities("Honolulu")[0].id
    hits = VectorIndexes(home).search("entity", emb.encode(["Hono City"])[0], 3)
    assert hits[0] == (honolulu, pytest.approx(1.0, abs=1e-5))
    assert len({i for i, _ in hits}) == len(hits) == 3  # each entity once
    retr = VectorRetriever(VectorIndexes(home), emb, min_link_score=0.35)
    assert [e.id for e in retr.link_fallback("flights to Hono Cty", store, k=1)] == [honolulu]
    store.delete_triples([Triple("Barack Obama", "born_in", "Honolulu"), Triple("Honolulu", "located_in", "Hawaii")])
    st = VectorIndexes(home).sync(store, emb, ["entity"])[0]
    assert st.removed == 1 and st.total == 9  # Hawaii goes; Honolulu stays (it has aliases), as in the store
    assert_consistent(store, home, ["entity"])


def test_search_facts_is_empty_without_a_triple_index(store, tmp_path):
    home = tmp_path / "g"
    VectorIndexes(home).sync(store, trigram_embedder(), ["entity"])
    retr = VectorRetriever(VectorIndexes(home), trigram_embedder())
    assert retr.search_facts("Kismet", 5) == []
    assert [e.id for e in retr.edges([2, 1, 999], store)] == [2, 1]  # read from the store by id


def test_open_uses_the_index_model_and_rejects_another(store, tmp_path):
    home = tmp_path / "g"
    assert VectorRetriever.open(Settings.load(home)) is None
    VectorIndexes(home).sync(store, trigram_embedder(), ["entity"])
    assert VectorRetriever.open(Settings.load(home))._model == "trigram"
    from graphrag.errors import UserError

    with pytest.raises(UserError, match="--rebuild --model e5"):
        VectorRetriever.open(Settings.load(home, embed_model="e5"))


def test_question_spans_skip_stopwords():
    text, spans = question_spans("who directed the film Kismet")
    got = {text[a:b] for a, b in spans}
    assert {"directed", "film", "Kismet", "film Kismet", "directed the film Kismet"} <= got
    assert not any(s.split()[0].lower() in ("who", "the") for s in got)


def test_name_id_is_stable_and_positive():
    assert name_id("directed_by") == name_id("directed_by") > 0
    assert name_id("directed_by") != name_id("written_by")


def test_an_id_added_twice_is_stored_once_with_its_last_text():
    ix = VectorIndex("chunk", "trigram", 256)
    emb = trigram_embedder()
    texts = ["first text", "second text", "first text again"]
    ix.add([Item(7, texts[0]), Item(8, texts[1]), Item(7, texts[2])], emb.encode(texts))
    assert len(ix) == 2 and set(ix.checksums) == {7, 8}
    assert ix.search(emb.encode(["first text again"])[0], 1)[0][0] == 7
    ix.add([Item(8, "replaced")], emb.encode(["replaced"]))
    assert len(ix) == 2 and ix.search(emb.encode(["replaced"])[0], 1) == [(8, pytest.approx(1.0, abs=1e-5))]


def test_index_command_incremental_then_rebuild(store, tmp_path, monkeypatch, capsys):
    import graphrag.embed

    monkeypatch.setattr(graphrag.embed, "load_embedder", lambda name: trigram_embedder(name=name))
    home = str(tmp_path / "g")
    assert cli_main(["index", "--graph", home, "--quiet", "--model", "minilm"]) == 0
    err = capsys.readouterr().err
    assert "relation: rebuilt, 5 added" in err and "entity" not in err and "triple" not in err
    assert "names: 8 added, 0 removed, 8 names" in err and "relation profiles: 5 relations" in err
    # the relations' facts read by both models, so the first question does not wait for them
    assert "relation facts' vectors" in err
    made = {m: TextVectors.load(home, m, facts_file(m)) for m in ("minilm", "e5")}
    # the names each relation side keeps as examples too: an asked-for noun is read against them
    names = {n for _, _, ex in profiles.name_sides(profiles.load(home)) for n in ex}
    assert names and all(v.find(n) is not None for v in made.values() for n in names)
    # the film graph's six facts (eight at most a relation) and those names
    assert all(len(v) == 6 + len(names) for v in made.values())
    assert cli_main(["index", "--graph", home, "--quiet"]) == 0  # all current: no model loaded
    assert "vector indexes of" in (err := capsys.readouterr().err) and "up to date" in err
    assert "relation facts" not in err
    # a file from a build that embedded no side names is filled in by the next index, not left to the first question
    side = {key(n) for n in names}
    TextVectors("minilm", {k: v for k, v in made["minilm"].vectors.items() if k not in side}, facts_file("minilm")).save(home)
    assert cli_main(["index", "--graph", home, "--quiet"]) == 0
    assert "relation facts' vectors" in capsys.readouterr().err
    assert all(TextVectors.load(home, "minilm", facts_file("minilm")).find(n) is not None for n in names)
    assert cli_main(["index", "--graph", home, "--quiet", "--kinds", "entity"]) == 0  # opt-in
    assert "entity: rebuilt, 8 added" in capsys.readouterr().err
    store.upsert_triples([Triple("Kismet", "release_year", "1944")])
    assert cli_main(["index", "--graph", home, "--quiet", "--kinds", "entity,triple"]) == 0
    err = capsys.readouterr().err
    assert "entity: updated, 1 added" in err and "triple: rebuilt, 7 added" in err
    assert "names: 1 added, 0 removed, 9 names" in err and "relation profiles: 6 relations" in err
    assert "(minilm, dim 256)" in err  # auto kept the model the index was built with
    names = {n for _, _, ex in profiles.name_sides(profiles.load(home)) for n in ex}
    assert len(TextVectors.load(home, "minilm", facts_file("minilm"))) == 7 + len(names)  # the new relation's fact too
    assert cli_main(["index", "--graph", home, "--quiet", "--rebuild", "--kinds", "entity"]) == 0
    assert "entity: rebuilt, 9 added" in capsys.readouterr().err
    assert cli_main(["index", "--graph", home, "--kinds", "entity,facts"]) == 1
    assert "unknown kind(s) facts" in capsys.readouterr().err
