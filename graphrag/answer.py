"""From a retrieval to an answer: extractive (no model) or an LLM that may only use the facts."""
from __future__ import annotations

import re
from dataclasses import dataclass

from graphrag.factblock import relation_label
from graphrag.llm.base import LLM, LLMError
from graphrag.types import Answer, Retrieval

NO_FACTS = "I don't know: the graph has no facts about this question."
NO_ENTITY = "I don't know: no entity of the graph was recognised in the question."
NO_ANSWER = "I don't know: no fact of the graph answers this question."

SYSTEM_PROMPT = (
    "You answer questions using ONLY the numbered facts given. Each fact has an id like [F1]. "
    "Reply with a short answer, then cite the ids of the facts you used in square brackets, "
    "e.g. 'United States [F1][F2]'. If the facts do not contain the answer, reply exactly: "
    "I don't know.")


@dataclass(frozen=True)
class AnswerPrompt:
    """What the answering model is told: `system` instructions, and `user`, a template with
    `{facts}` (the numbered fact block) and `{question}`. Give your own to `GraphRAG(prompt=…)`;
    keep the [F1] citation rule, or answers lose their grounding check and fall back to the
    evidence chain."""

    system: str = SYSTEM_PROMPT
    user: str = "Facts:\n{facts}\n\nQuestion: {question}"
    history_turns: int = 6  # earlier turns passed on, most recent last

    def __post_init__(self) -> None:
        try:
            self.user.format(facts="", question="")
        except (KeyError, IndexError, ValueError) as e:
            raise ValueError(f"AnswerPrompt.user may only use {{facts}} and {{question}}: {e!r}") from None
        if "{facts}" not in self.user or "{question}" not in self.user:
            raise ValueError("AnswerPrompt.user must contain {facts} and {question}")

    def messages(self, r: Retrieval, history: list[dict[str, str]] | None = None) -> list[dict[str, str]]:
        msgs = [{"role": "system", "content": self.system}]
        for turn in (history or [])[-self.history_turns:] if self.history_turns else []:
            if turn.get("role") in ("user", "assistant") and isinstance(turn.get("content"), str):
                msgs.append({"role": turn["role"], "content": turn["content"][:2000]})
        msgs.append({"role": "user", "content": self.user.format(facts=r.fact_block or "(none)", question=r.question)})
        return msgs


DEFAULT_PROMPT = AnswerPrompt()

_CITE = re.compile(r"\[(F\d+)\]")


def extractive(r: Retrieval, max_names: int = 5) -> Answer:
    """The ranked answers plus the winning chain of facts, each fact cited."""
    if not r.facts:
        return Answer(NO_ENTITY if not r.entities else NO_FACTS)
    if not r.answers:  # the retrieval abstained: say so and show the nearest facts, uncited
        near = "; ".join(f"{f.edge.subject} {relation_label(f.edge.relation)} {f.edge.object}" for f in r.facts[:3])
        return Answer(f"{NO_ANSWER} Nearest facts: {near}.")
    by_id = {f.id: f for f in r.facts}
    chain = [by_id[i] for i in (r.paths[0] if r.paths else []) if i in by_id] or r.facts[:1]
    best = r.answers[: r.n_best or 1]
    names = best[:max_names]
    more = len(best) - len(names)
    head = ", ".join(names) + (f" and {more} more" if more > 0 else "") if names else chain[-1].edge.object
    why = "; ".join(f"{f.edge.subject} {relation_label(f.edge.relation)} {f.edge.object} [{f.id}]" for f in chain)
    return Answer(f"{head}. ({why})", cited=[f.id for f in chain], model="none")


def messages_for(r: Retrieval, history: list[dict[str, str]] | None = None,
                 prompt: AnswerPrompt = DEFAULT_PROMPT) -> list[dict[str, str]]:
    return prompt.messages(r, history)


def parse_reply(text: str, known_ids: set[str]) -> tuple[str, list[str]]:
    """Clean the model's reply; keep only citations of facts that exist."""
    text = (text or "").strip()
    text = re.sub(r"^(answer|assistant)\s*:\s*", "", text, flags=re.I).strip()
    cited = list(dict.fromkeys(i for i in _CITE.findall(text) if i in known_ids))
    return text, cited


def with_llm(r: Retrieval, llm: LLM, *, max_tokens: int = 256, history=None,
             prompt: AnswerPrompt = DEFAULT_PROMPT) -> Answer:
    """Ask the model; any failure or an unusable reply falls back to the extractive answer, saying so."""
    fallback = extractive(r)
    if not r.facts:
        return Answer(fallback.text, model=llm.name)
    try:
        reply = llm.complete(prompt.messages(r, history), max_tokens=max_tokens)
    except LLMError as e:
        return Answer(fallback.text, fallback.cited, model="none", error=f"LLM failed, extractive answer given: {e}")
    except Exception as e:  # a backend bug must not take the request down
        return Answer(fallback.text, fallback.cited, model="none",
                      error=f"LLM failed ({type(e).__name__}), extractive answer given")
    text, cited = parse_reply(reply, {f.id for f in r.facts})
    if not text:
        return Answer(fallback.text, fallback.cited, model="none", error="LLM reply was empty; extractive answer given")
    if not cited and not text.lower().startswith("i don't know"):
        # an uncited claim is not grounded: keep the model's words but attach the evidence chain
        return Answer(f"{text} {''.join(f'[{i}]' for i in fallback.cited)}", fallback.cited, model=llm.name,
                      error="LLM cited no fact; the top evidence chain is cited instead")
    return Answer(text, cited, model=llm.name)
