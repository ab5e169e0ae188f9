"""What a document gave: its words, the facts kept, those dropped and why, and a warning when
the extractor read almost nothing of it (the rules miss this kind of text: try an LLM)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from graphrag.ingest.chunker import split_sentences

# fewer facts than this per 100 words (Chinese: per 100 characters) reads as "almost nothing"
LOW_YIELD_PER_100_WORDS = 1.0
_MIN_WORDS = 60  # a short note yielding nothing is no news


@dataclass
class DocumentYield:
    document: str
    words: int
    facts: int  # kept in the graph (written or already there)
    held: int = 0  # held for review
    dropped: dict[str, int] = field(default_factory=dict)  # reason → count

    @property
    def per_100_words(self) -> float:
        return round(100 * self.facts / self.words, 2) if self.words else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "per_100_words": self.per_100_words}

    def warning(self) -> str | None:
        if self.words < _MIN_WORDS or self.per_100_words >= LOW_YIELD_PER_100_WORDS:
            return None
        why = f" (dropped: {', '.join(f'{n} {r}' for r, n in self.dropped.items())})" if self.dropped else ""
        return (f"{self.document}: {self.words} words gave {self.facts} facts{why}; the extractor read almost "
                f"nothing of it: check the text layer, or try --extractor llm with a capable model")


def count_words(texts: list[str]) -> int:
    """Words of the distinct sentences (chunks overlap); a Chinese character counts as a word."""
    seen = dict.fromkeys(s for t in texts for s in split_sentences(t))
    return sum(len(re.findall(r"[A-Za-z0-9][\w'’\-]*", s)) + len(re.findall(r"[\u3400-\u9fff]", s)) for s in seen)


def document_yield(name: str, chunk_texts: list[str], statuses: list[tuple[str, str]]) -> DocumentYield:
    """`statuses`: (status, note) of every fact decided for the document in this run."""
    dropped = Counter(note or "rejected" for status, note in statuses if status == "rejected")
    return DocumentYield(name, count_words(chunk_texts), sum(s == "graph" for s, _ in statuses),
                         sum(s == "review" for s, _ in statuses), dict(dropped))
