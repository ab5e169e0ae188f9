"""What the rule-extraction tests share: one extractor per test module, the triples of one
document read chunk by chunk, and the mark for tests that need the English parser."""
from __future__ import annotations

import pytest

from graphrag.ingest.extractors.deps_en import load_parser
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
