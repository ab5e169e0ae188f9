"""The trigram name index: links misspelled, unaccented and partial names, stays in step with the
store incrementally, and is written atomically."""
from __future__ import annotations

import numpy as np
import pytest

from conftest import FILMS
from graphrag.pipeline import GraphRAG
from graphrag.settings import Settings
from graphrag.store.sqlite import SQLiteGraphStore
from graphrag.types import Triple
from graphrag.retrievers.names import NAMES_FILE, NameIndex, fold, fold_chars


@pytest.fixture
def store(film_store):
    return film_store


def linked(ix, question, k=3):
    return [(e.name, e.mention) for e in ix.link(question, k=k)]


def test_fold_keeps_positions_and_drops_case_accents_punctuation():
    text, pos = fold_chars("Who  directed Amélie (2001)?")
    assert text == "who directed amelie 2001"
    assert text == fold("Who  directed Amélie (2001)?")
    i = text.index("amelie")
    assert "Who  directed Amélie (2001)?"[pos[i]:pos[i + 5] + 1] == "Amélie"


def test_misspelled_and_partial_names_link_with_their_mention(store):
    ix = NameIndex()
    assert ix.sync(store) == (8, 0)
    assert linked(ix, "who directed the hunchbak of notre dame")[0] == (
        "The Hunchback of Notre Dame", "the hunchbak of notre dame")
    assert linked(ix, "who is Barak Obamma married to?")[0] == ("Barack Obama", "Barak Obamma")
    assert linked(ix, "films of willam dieterle")[0] == ("William Dieterle", "willam dieterle")
    assert linked(ix, "where is hawai")[0] == ("Hawaii", "hawai")
    top = ix.link("who is Barak Obamma married to?", k=1)[0]
    assert top.method == "fuzzy" and "who is Barak Obamma married to?"[top.start:top.end] == "Barak Obamma"


def test_nothing_close_links_nothing(store):
    ix = NameIndex()
    ix.sync(store)
    assert ix.link("what is the weather like?") == []
    assert ix.link("") == []
    assert NameIndex().link("Kismet") == []  # empty index


def test_a_longer_word_that_starts_with_a_name_is_another_word(tmp_path):
    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("Lothar Meyer", "nationality", "German"), Triple("Hanna Rolf", "born in", "Paris")])
        ix = NameIndex()
        ix.sync(s)
        assert ix.link("Who discovered germanium?") == []  # a ratio of 80, but an element, not a nation
        assert ix.link("Which Parisian painter was she?") == []
        assert linked(ix, "the Germans")[0][0] == "German"  # a plural is still the name
        assert linked(ix, "a painter from Pariss")[0][0] == "Paris"  # a typo too


def test_accents_and_aliases(tmp_path):
    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("Amélie", "directed_by", "Jean-Pierre Jeunet")])
        s.add_aliases("Jean-Pierre Jeunet", ["JP Jeunet"])
        ix = NameIndex()
        ix.sync(s)
        assert linked(ix, "who directed amelie")[0] == ("Amélie", "amelie")
        assert linked(ix, "films by jean pierre jeunet")[0][0] == "Jean-Pierre Jeunet"
        assert [e.name for e in ix.link("films by jp jeunnet", k=3)][:1] == ["Jean-Pierre Jeunet"]


def test_sync_is_incremental_and_follows_deletions(store, tmp_path):
    ix = NameIndex()
    ix.sync(store)
    assert ix.sync(store) == (0, 0)  # nothing changed: nothing re-read into the index
    store.upsert_triples([Triple("Casablanca", "directed_by", "Michael Curtiz")])
    assert ix.sync(store) == (2, 0)
    assert linked(ix, "who directed casablanka")[0][0] == "Casablanca"
    store.delete_triples([Triple("Kismet", "starred_actors", "Marlene Dietrich")])
    assert ix.sync(store) == (0, 1)
    assert ix.link("films with marlene dietrik") == []
    fresh = NameIndex()
    fresh.sync(store)  # the incremental index equals one built from scratch
    assert sorted(ix.texts) == sorted(fresh.texts) and len(ix) == len(fresh) == 9
    assert np.array_equal(np.sort(ix.row_codes), np.sort(fresh.row_codes))


def test_saved_atomically_and_reloaded_or_rebuilt(store, tmp_path):
    home = tmp_path / "g"
    ix = NameIndex.current(store, home)
    path = home / NAMES_FILE
    assert path.is_file() and not list(home.glob(f".{NAMES_FILE}.*"))  # no temp file left behind
    again = NameIndex.load(home)
    assert again.store_version == store.version() and again.texts == ix.texts and again.labels == ix.labels
    assert linked(again, "where is hawai")[0][0] == "Hawaii"
    path.write_bytes(path.read_bytes()[:100])  # a torn file is not trusted: rebuilt
    assert NameIndex.load(home) is None
    assert len(NameIndex.current(store, home)) == 8


def test_pipeline_links_a_new_entity_after_a_write_without_index(tmp_path):
    home = tmp_path / "g"
    with GraphRAG(Settings.load(home, vector=False)) as rag:
        rag.store.upsert_triples(FILMS)
        assert rag.retrieve("who directed casablanka").entities == []
        rag.store.upsert_triples([Triple("Casablanca", "directed_by", "Michael Curtiz")])
        rag._sync()  # what load/ingest do after writing
        got = rag.retrieve("who directed casablanka")
        assert [(e.name, e.method) for e in got.entities][:1] == [("Casablanca", "fuzzy")]
        assert got.answers[:1] == ["Michael Curtiz"]
        assert NameIndex.load(home).store_version == rag.store.version()


def test_linker_adds_a_misspelled_name_when_only_common_words_matched(tmp_path):
    """A tag named like a common word ("films") must not hide the misspelled topic; a name typed
    right, or a span that only adds function words to a linked word, changes nothing."""
    from graphrag.retrievers.lexicon import Lexicon
    from graphrag.retrievers.linker import EntityLinker

    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("Kinky Boots", "has_tags", "films"), Triple("My Giant", "has_tags", "giants"),
                          Triple("Kinky Boots", "directed_by", "Julian Jarrold"),
                          Triple("Save the Date", "written_by", "Andy Behrens")])
        names = NameIndex()
        names.sync(s)
        linker = EntityLinker(Lexicon.build(s), names=names)
        got = linker.link("what films share directors with kinky bpots")
        assert [(e.name, e.mention, e.method) for e in got][:2] == [("Kinky Boots", "kinky bpots", "fuzzy"),
                                                                    ("films", "films", "exact")]
        assert [e.name for e in linker.link("what films share directors with kinky bpots", fallback=False)] == ["films"]
        assert [e.name for e in linker.link("what films did Julian Jarrold direct")][:1] == ["Julian Jarrold"]
        assert [e.name for e in linker.link("what movies can be described by giants")] == ["giants"]
        # a function word at the span's end is kept when the name has a word spelled like it there
        assert [(e.name, e.mention) for e in linker.link("the movies written by Any Behrens")][:1] == [
            ("Andy Behrens", "Any Behrens")]
        assert linker.link("which date was the date of exit") == []  # "was the date" is not "Save the Date"


def test_a_name_said_short_around_a_capitalised_word_replaces_that_word(tmp_path):
    """"the Norway national team" means `Norway national handball team`, not the country the
    lexicon finds in it; a span that merely lies beside a name typed as one ("Norway" … "Kolstad
    Handball", "for the movie" … "Tracker") leaves it."""
    from graphrag.retrievers.lexicon import Lexicon
    from graphrag.retrievers.linker import EntityLinker

    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("Sander Sagosen", "represents", "Norway national handball team"),
                          Triple("Bergen", "located_in", "Norway"),
                          Triple("Kolstad Handball", "based_in", "Trondheim"),
                          Triple("For the Moment", "has_genre", "War"), Triple("Tracker", "has_genre", "Action")])
        names = NameIndex()
        names.sync(s)
        linker = EntityLinker(Lexicon.build(s), names=names)
        got = linker.link("Who plays for the Norway national team?")
        assert [(e.name, e.mention) for e in got][:1] == [("Norway national handball team", "Norway national team")]
        assert "Norway" not in [e.name for e in got]
        assert [e.name for e in linker.link("Which city in Norway is Kolstad Handball from?")][:2] == [
            "Kolstad Handball", "Norway"]
        assert [e.name for e in linker.link("Where is Bergen?")] == ["Bergen"]
        # a span spelled like a name elsewhere in the question is no longer form of the name typed
        assert [e.name for e in linker.link("what is the genre for the movie Tracker")] == ["Tracker"]


def test_a_misspelled_chinese_name_beside_a_linked_word(tmp_path):
    from graphrag.retrievers.lexicon import Lexicon
    from graphrag.retrievers.linker import EntityLinker

    with SQLiteGraphStore(tmp_path / "g") as s:
        s.upsert_triples([Triple("巴拉克奥巴马", "出生地", "檀香山"), Triple("奥巴马夫人", "配偶", "巴拉克奥巴马")])
        names = NameIndex()
        names.sync(s)
        linker = EntityLinker(Lexicon.build(s), names=names)
        q = "巴拉克奥巴玛在檀香山出生吗"
        assert [e.name for e in linker.link(q, fallback=False)] == ["檀香山"]
        got = linker.link(q)
        assert [e.name for e in got] == ["巴拉克奥巴马", "檀香山"] and got[0].mention.startswith("巴拉克奥巴")
