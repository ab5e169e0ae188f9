"""LLM extractor: few-shot prompts (English and Chinese examples) asking for JSON triples.

Works with any `graphrag.llm` backend (embedded GGUF model, OpenAI-compatible endpoint).
The prompt is fitted to the model's context: examples are dropped first, then the chunk is
split across several calls. A triple is kept only when its subject and object are written in
the chunk, so a model that copies the examples or invents names adds nothing to the graph."""
from __future__ import annotations

import json
import re
import unicodedata

from graphrag.ingest.chunker import split_sentences
from graphrag.ingest.extractors.parse import parse_triples
from graphrag.ingest.types import Candidate, Extraction
from graphrag.llm.base import LLM

SYSTEM = (
    "You extract facts from text. Reply with JSON only: {\"triples\": [[subject, relation, object], ...]}. "
    "Copy subject and object names exactly as written in the text; write the full name, not \"he\", \"she\" "
    "or \"the company\". Dates, quantities and money are objects too, written as in the text "
    "(\"10 December 1815\", \"EUR 8.4 billion\", \"6300千米\"). Use short relations such as "
    "born in, died in, located in, capital of, spouse, educated at, member of, part of, founded by, "
    "出生于, 位于, 首都, 毕业于. Use the language of the text. If the text states no fact, reply {\"triples\": []}."
)
KNOWN_RELATIONS = " Relations this graph already uses (reuse one when it fits): {}."
MAX_KNOWN_RELATIONS = 40

EXAMPLES: list[tuple[str, list[list[str]]]] = [
    ("Ada Lovelace was born in London. She married William King in 1835.",
     [["Ada Lovelace", "born in", "London"], ["Ada Lovelace", "spouse", "William King"]]),
    ("杭州位于浙江。浙江大学位于杭州。",
     [["杭州", "位于", "浙江"], ["浙江大学", "位于", "杭州"]]),
    ("Lyon is the capital of the Auvergne-Rhône-Alpes region. Its metropolitan area had 2.3 million inhabitants "
     "in 2020.",
     [["Lyon", "capital of", "Auvergne-Rhône-Alpes"], ["Lyon", "population", "2.3 million"]]),
    ("钱学森出生于上海，毕业于交通大学。",
     [["钱学森", "出生于", "上海"], ["钱学森", "毕业于", "交通大学"]]),
]

SCHEMA = {
    "type": "object",
    "properties": {"triples": {"type": "array", "maxItems": 16, "items": {
        "type": "array", "items": {"type": "string", "maxLength": 80}, "minItems": 3, "maxItems": 3}}},
    "required": ["triples"],
}

_TEMPLATE_MARGIN = 48  # chat-template tokens per message the counter does not see


def _key(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


class LLMExtractor:
    name = "llm"

    def __init__(self, llm: LLM, *, n_ctx: int = 2048, max_tokens: int = 256, confidence: float = 0.7,
                 relations: list[str] | None = None):
        """`relations`: the graph's most used relation names, offered so the model reuses them
        (one vocabulary across documents) instead of inventing a synonym for each."""
        self.llm = llm
        self.n_ctx = int(getattr(llm, "n_ctx", 0) or n_ctx)
        self.max_tokens = max_tokens
        self.confidence = confidence
        known = [r for r in (relations or []) if r and len(r) <= 40 and "\n" not in r][:MAX_KNOWN_RELATIONS]
        system = SYSTEM + (KNOWN_RELATIONS.format(", ".join(known)) if known else "")
        self._base = [{"role": "system", "content": system}]
        for text, triples in EXAMPLES:
            self._base += [{"role": "user", "content": text},
                           {"role": "assistant", "content": json.dumps({"triples": triples}, ensure_ascii=False)}]

    def _tokens(self, messages: list[dict[str, str]]) -> int:
        return sum(self.llm.count_tokens(m["content"]) + _TEMPLATE_MARGIN // 4 for m in messages) + _TEMPLATE_MARGIN

    def _room(self) -> int:
        return self.n_ctx - self.max_tokens

    def messages_for(self, text: str) -> list[dict[str, str]] | None:
        """The largest prompt (system, as many example pairs as fit, text) within the context;
        None when even the bare system prompt and the text do not fit."""
        user = {"role": "user", "content": text}
        for n_pairs in range(len(EXAMPLES), -1, -1):
            msgs = self._base[:1 + 2 * n_pairs] + [user]
            if self._tokens(msgs) <= self._room():
                return msgs
        return None

    def max_chunk_tokens(self) -> int:
        """Text tokens that fit beside the system prompt and at least one example pair."""
        return max(64, self._room() - self._tokens(self._base[:3]) - _TEMPLATE_MARGIN)

    def _pieces(self, text: str) -> list[tuple[str, list[dict[str, str]]]]:
        msgs = self.messages_for(text)
        if msgs is not None:
            return [(text, msgs)]
        sentences = split_sentences(text)
        if len(sentences) <= 1:  # one enormous sentence: halve by characters
            half = len(text) // 2
            parts = [text[:half], text[half:]] if half else [text]
            if len(parts) == 1:
                return []
        else:
            mid = len(sentences) // 2
            parts = [" ".join(sentences[:mid]), " ".join(sentences[mid:])]
        return [p for part in parts for p in self._pieces(part)]

    def extract(self, text: str) -> Extraction:
        out = Extraction()
        grounded = _key(text)
        for piece, msgs in self._pieces(text):
            reply = self.llm.complete(msgs, max_tokens=self.max_tokens, temperature=0.0, json_schema=SCHEMA)
            out.calls += 1
            for s, r, o in parse_triples(reply):
                reason = _problem(s, r, o, grounded)
                if reason:
                    out.rejected.append((s, r, o, reason))
                else:
                    out.candidates.append(Candidate(s, r, o, self.confidence, self.name))
        out.candidates = list(dict.fromkeys(out.candidates))
        return out


def _problem(s: str, r: str, o: str, grounded: str) -> str:
    if len(s) > 80 or len(o) > 80 or len(r) > 40 or len(r.split()) > 6:
        return "too long"
    ks, ko = _key(s), _key(o)
    if not ks or not ko or not _key(r):
        return "empty"
    if ks == ko:
        return "subject equals object"
    if ks not in grounded or ko not in grounded:
        return "not in text"
    return ""
