"""What the rule-extraction tests share: one extractor per test module, the triples of one
document read chunk by chunk, the mark for tests that need the English parser, and a graph of
one ingested document."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from graphrag.english_parser import load_parser
from graphrag.ingest.extractors.rules import RuleExtractor

parser = pytest.mark.skipif(load_parser() is None, reason="spaCy English model not installed (pip install '.[ingest]')")


@pytest.fixture(scope="module")
def rules():
    return RuleExtractor()


def read(rules, *chunks: str) -> set[tuple[str, str, str]]:
    """Triples of one document whose chunks are read in order."""
    rules.begin_document("doc")
    out = set()
    for text in chunks:
        out |= {(c.subject, c.relation, c.object) for c in rules.extract(text).candidates}
    return out


@contextmanager
def ingested(tmp_path_factory, file_name: str, text: str):
    """A graph (no vectors) holding one document of `text`, ingested by the rules."""
    pytest.importorskip("spacy")
    from graphrag import GraphRAG
    from graphrag.ingest.pipeline import IngestOptions

    d = tmp_path_factory.mktemp(Path(file_name).stem)
    (d / file_name).write_text(text, encoding="utf-8")
    with GraphRAG.open(d / "graph", vector=False) as g:
        g.ingest([d / file_name], IngestOptions(extractor="rules"))
        yield g
