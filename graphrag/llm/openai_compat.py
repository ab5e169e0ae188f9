"""Any OpenAI-compatible chat endpoint: OpenAI, vLLM, Ollama, llama.cpp server, LM Studio."""
from __future__ import annotations

import httpx

from graphrag.llm.base import LLMError
from graphrag.settings import Settings
from graphrag.tokens import default_counter


class OpenAICompatLLM:
    def __init__(self, base_url: str, model: str, api_key: str = "", timeout: float = 30.0,
                 tokenizer: str = "cl100k_base"):
        self.name = f"openai:{model}"
        self.model = model
        self._url = base_url.rstrip("/") + "/chat/completions"
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)), headers=headers)
        self._counter = default_counter(tokenizer)

    @classmethod
    def from_settings(cls, s: Settings) -> "OpenAICompatLLM":
        return cls(s.openai_base_url, s.openai_model, s.openai_api_key, s.llm_timeout, s.tokenizer)

    def count_tokens(self, text: str) -> int:
        return self._counter.count(text)

    def complete(self, messages, *, max_tokens=256, temperature=0.0, json_schema=None) -> str:
        body = {"model": self.model, "messages": messages, "max_tokens": max_tokens, "temperature": temperature}
        if json_schema is not None:
            body["response_format"] = {"type": "json_object"}
        try:
            r = self._client.post(self._url, json=body)
        except httpx.TimeoutException:
            raise LLMError(f"LLM endpoint {self._url} timed out") from None
        except httpx.HTTPError as e:
            raise LLMError(f"LLM endpoint {self._url} unreachable: {e}") from None
        if r.status_code != 200:
            raise LLMError(f"LLM endpoint {self._url} answered HTTP {r.status_code}: {r.text[:200]}")
        try:
            return r.json()["choices"][0]["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError(f"LLM endpoint {self._url} sent a reply without choices[0].message.content") from None

    def close(self) -> None:
        self._client.close()
