"""The rule-based extractor: English and Chinese patterns, sentence by sentence. No model,
deterministic, fast; the baseline and the second vote beside an LLM."""
from __future__ import annotations

from graphrag.ingest.chunker import split_sentences
from graphrag.ingest.extractors.base import Discourse
from graphrag.ingest.extractors.rules_en import EnglishRules
from graphrag.ingest.extractors.rules_zh import ChineseRules
from graphrag.ingest.types import Candidate, Extraction
from graphrag.normalize import has_cjk


class RuleExtractor:
    name = "rules"

    def __init__(self):
        self._en = EnglishRules()
        self._zh: ChineseRules | None = None  # jieba loads its dictionary (≈1 s) on first Chinese text

    def extract(self, text: str) -> Extraction:
        out: list[Candidate] = []
        ctx = Discourse()
        for sentence in split_sentences(text):
            if has_cjk(sentence):
                if self._zh is None:
                    self._zh = ChineseRules()
                out.extend(self._zh.extract_sentence(sentence, ctx))
            out.extend(self._en.extract_sentence(sentence, ctx))
        return Extraction(list(dict.fromkeys(out)))
