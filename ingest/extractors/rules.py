"""The rule-based extractor: English and Chinese, sentence by sentence, no generative model;
deterministic and fast, the baseline and the second vote beside an LLM.

English sentences are read from a dependency parse when spaCy's small English pipeline is
installed (`deps_en`), else by the regex patterns of `rules_en`. What the document said so far
(its topic, the people it named, the full names behind short ones) carries across the chunks of
one document: the pipeline calls `begin_document` before a document's first chunk."""
from __future__ import annotations

import logging

from graphrag.ingest.chunker import split_sentences
from graphrag.ingest.extractors.base import ALIAS
from graphrag.ingest.extractors.discourse import Discourse
from graphrag.ingest.extractors.rules_en import EnglishRules
from graphrag.ingest.extractors.rules_zh import ChineseRules
from graphrag.ingest.types import Candidate, Extraction
from graphrag.normalize import has_cjk

log = logging.getLogger("graphrag.ingest")


class RuleExtractor:
    name = "rules"

    def __init__(self, english: str = "auto"):
        """`english`: "auto" (the parser when installed), "parser" or "regex"."""
        self._english = english
        self._en = None  # loaded with the first English sentence (spaCy takes about a second)
        if english == "parser":
            self._english_rules()
        self._zh: ChineseRules | None = None  # jieba loads its dictionary (≈1 s) on first Chinese text
        self._ctx: Discourse | None = None

    def _english_rules(self):
        if self._en is None:
            if self._english in ("auto", "parser"):
                from graphrag.english_parser import load_parser
                from graphrag.ingest.extractors.deps_en import ParsedEnglish

                nlp = load_parser()
                if nlp is None and self._english == "parser":
                    raise RuntimeError("the English parser is not installed: pip install 'graphrag-kgqa[ingest]'")
                if nlp is None:
                    log.warning("English rule extraction without spaCy's English model reads little of real prose "
                                "(bench/docs, English documents: recall 0.02 vs 0.61); "
                                "pip install 'graphrag-kgqa[ingest]'")
                self._en = ParsedEnglish(nlp) if nlp is not None else None
            self._en = self._en or EnglishRules()
        return self._en

    @property
    def english(self) -> str:
        return "parser" if not isinstance(self._english_rules(), EnglishRules) else "regex"

    def begin_document(self, name: str = "") -> None:
        """What later chunks refer back to is kept until the next document begins."""
        self._ctx = Discourse()

    def extract(self, text: str) -> Extraction:
        out: list[Candidate] = []
        ctx = self._ctx if self._ctx is not None else Discourse()
        rejected = []
        for sentence in split_sentences(text):
            if ctx.read_before(sentence):
                continue  # the overlap of the chunk before: read once, with what came before it, not again out of place
            try:
                if has_cjk(sentence):
                    if self._zh is None:
                        self._zh = ChineseRules()
                    out.extend(self._zh.extract_sentence(sentence, ctx))
                    if len(sentence) - sum(map(has_cjk, sentence)) < len(sentence) / 2:
                        continue  # mostly Chinese: the English reading adds only noise
                out.extend(self._english_rules().extract_sentence(sentence, ctx))
            except (ValueError, IndexError, KeyError, AttributeError, RecursionError) as e:  # one odd sentence, not the document
                log.debug("rules skipped a sentence (%s): %.80s", e, sentence)
                rejected.append((sentence[:60], "", "", f"sentence not read ({type(e).__name__})"))
        for full, short in ctx.drain_aliases():  # short forms the text used ("Calibra", "QF-300")
            out.append(Candidate(full, ALIAS, short, 0.8, self.name))
        return Extraction(list(dict.fromkeys(out)), rejected)
