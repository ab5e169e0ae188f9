"""OpenAI chat-completion bodies built from a pipeline Result: the message, the `graphrag`
evidence field, and the same completion cut into `chat.completion.chunk` server-sent events."""
from __future__ import annotations

import json
import re
import time
import uuid
from typing import Any, Iterator

from graphrag.server.models import AssistantMessage, ChatCompletion, ChatMessage, Choice, Evidence, Usage
from graphrag.types import Result


def split_conversation(messages: list[ChatMessage]) -> tuple[str, list[str], list[dict[str, str]]]:
    """(question, earlier user questions, earlier user/assistant turns for the LLM).
    The question is the last user message; system messages are ignored (the answerer has its own)."""
    last = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    if last < 0:
        return "", [], []
    earlier = messages[:last]
    return (messages[last].text(),
            [m.text() for m in earlier if m.role == "user"],
            [{"role": m.role, "content": m.text()} for m in earlier if m.role in ("user", "assistant")])


def degraded(result: Result) -> bool:
    """The LLM was asked and failed, so the extractive answer stood in."""
    return result.error is not None and result.model == "none"


def evidence(result: Result, question: str, resolved: str | None) -> dict[str, Any]:
    return {**result.to_dict(), "question": question, "resolved_question": resolved,
            "degraded": degraded(result)}


def completion(result: Result, question: str, resolved: str | None, model: str, counter) -> dict[str, Any]:
    """The body, built with the response models (their defaults fill OpenAI's constant fields)."""
    prompt = counter.count(result.fact_block + "\n" + (resolved or question))
    answer = counter.count(result.answer)
    return ChatCompletion(
        id=f"chatcmpl-{uuid.uuid4().hex}", created=int(time.time()), model=model,
        choices=[Choice(message=AssistantMessage(content=result.answer))],
        usage=Usage(prompt_tokens=prompt, completion_tokens=answer, total_tokens=prompt + answer),
        graphrag=Evidence(**evidence(result, question, resolved)),
    ).model_dump()


def _event(obj: dict | str) -> str:
    data = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return f"data: {data}\n\n"


def sse(c: dict[str, Any], include_usage: bool = False) -> Iterator[str]:
    """Role first, then the answer a few words at a time, then `finish_reason` with the evidence,
    optionally the usage chunk, then [DONE] (OpenAI's order)."""
    head = {"id": c["id"], "object": "chat.completion.chunk", "created": c["created"], "model": c["model"],
            "system_fingerprint": None}

    def chunk(delta: dict, finish: str | None = None, **extra) -> str:
        return _event({**head, "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                             "finish_reason": finish}], **extra})

    yield chunk({"role": "assistant", "content": ""})
    words = re.findall(r"\s*\S+", c["choices"][0]["message"]["content"])
    for i in range(0, len(words), 4):
        yield chunk({"content": "".join(words[i:i + 4])})
    yield chunk({}, "stop", graphrag=c["graphrag"])
    if include_usage:
        yield _event({**head, "choices": [], "usage": c["usage"]})
    yield _event("[DONE]")
