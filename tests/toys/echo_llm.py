"""A toy answering model: replies with the object of the first fact, cited. It shows that a new
LLM backend is one file plus one line in graphrag/llm/registry.py (tests/test_seams.py
registers it as "echo"); a real one calls a model in `complete`."""
from __future__ import annotations

import re


class EchoLLM:
    name = "echo"

    def __init__(self, max_tokens: int = 256):
        self.max_tokens = max_tokens
        self.prompts: list[list[dict[str, str]]] = []

    @classmethod
    def from_settings(cls, settings) -> "EchoLLM":
        return cls(settings.llm_max_tokens)

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def complete(self, messages, *, max_tokens=256, temperature=0.0, json_schema=None) -> str:
        self.prompts.append(messages)
        # fact block lines read "Subject — relation: Object [F1]; relation: Object [F2]"
        first = re.search(r"— [^:\n]+: (.+?) \[(F\d+)\]", messages[-1]["content"])
        return f"{first.group(1)} [{first.group(2)}]" if first else "I don't know."
