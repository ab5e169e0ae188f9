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

# relations whose subject is a person: "he"/"she"/"他"/"她" refer back to that subject
PERSON_RELATIONS = frozenset({"born in", "died in", "spouse", "educated at", "employer", "lived in",
                              "award received", "出生于", "逝世于", "毕业于", "就读于", "任职于"})


from graphrag.ingest.extractors.discourse import Discourse  # noqa: E402,F401  (re-exported)
