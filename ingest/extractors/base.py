"""The extractor protocol: text of one chunk in, candidate triples out. Never raises on bad
model output; a backend failure (LLMError) is the caller's to report."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from graphrag.ingest.types import Alias, Candidate, Extraction


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, text: str) -> Extraction:
        """Triples stated in `text`, each with this extractor's confidence in it."""


def alias_candidates(cands: list[Candidate]) -> tuple[list[Candidate], list[Alias]]:
    """Split off `alias` pseudo-triples ("X, also known as Y"): they feed the alias table."""
    triples, aliases = [], []
    for c in cands:
        if c.relation == ALIAS:
            aliases.append(Alias(c.subject, c.object))
        else:
            triples.append(c)
    return triples, aliases


ALIAS = "\x00alias"


# re-exported; PERSON_RELATIONS lives with the discourse that uses it (no base <-> discourse cycle)
from graphrag.ingest.extractors.discourse import PERSON_RELATIONS, Discourse  # noqa: E402,F401
