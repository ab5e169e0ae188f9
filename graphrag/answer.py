"""From a retrieval to an answer: extractive (no model) or an LLM that may only use the facts
(and the passages quoted from ingested documents, when there are some)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from graphrag.backing import (asked, asks_beyond, asks_kin, backed_fact, chain_backed, class_fits, document_of,
                              end_id, extension, far_end, ignored, is_document_fact, is_heading, named_in, naming,
                              passage_fits, passage_holds, passage_qualified, passage_says_all, qualified, step_backed)
from graphrag.factblock import relation_label
from graphrag.predicate import asked_verbs, said_of, says
from graphrag.normalize import lemma
from graphrag.terms import terms
from graphrag.llm.base import LLM, LLMError
from graphrag.types import Answer, Fact, Passage, Retrieval

NO_FACTS = "I don't know: the graph has no facts about this question."
NO_ENTITY = "I don't know: no entity of the graph was recognised in the question."
NO_ANSWER = "I don't know: no fact of the graph answers this question."

SYSTEM_PROMPT = (
    "You answer questions using ONLY the numbered facts given. Each fact has an id like [F1]; "
    "sentences quoted from documents, if any, have ids like [P1]. "
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

_CITE = re.compile(r"\[([FP]\d+)\]")
# A quoted sentence answers when it holds this share of the question's words (weighted by
# rarity, so the names count most): alone when the graph gave no fact or abstained, and instead
# of facts whose relations no word of the question backs (the best path scored no better than
# its steps cost).
PASSAGE_ALONE = 0.5
PASSAGE_OVER_UNBACKED_FACT = 0.75
PASSAGE_OWN_DOCUMENT = 0.3


def passage_instead(r: Retrieval) -> Passage | None:
    """The passage to answer from instead of the graph's facts, or None (answer from the facts)."""
    sentences = [p for p in r.passages if not is_heading(p.text)]
    if not sentences:
        return None
    best = sentences[0]
    a = asked(r.question, [e.mention for e in r.entities])
    verbs = asked_verbs(r.question)
    if not passage_qualified(r.question, a, best.text) or not passage_holds(a, best.text, _names(r)) \
            or not says_or_holds(verbs, a, best.text, r.question) or not said_of(verbs, tuple(_names(r)), best.text, asks_kin(r.question, a)):
        return None  # "the CURRENT chief", "who", "INSPIRED": the best sentence does not say so, or names no one
    if not r.facts:
        return best if best.coverage >= PASSAGE_ALONE else None
    if not r.answers:  # the retrieval abstained (confidence below min_confidence)
        if any(is_document_fact(f) for f in r.facts):
            return None  # document facts: `unbacked` looks for a backed fact, then a passage about the entity
        return best if best.coverage >= PASSAGE_ALONE else None
    by_id = {f.id: f for f in r.facts}
    chain = [by_id[i] for i in (r.paths[0] if r.paths else []) if i in by_id] or r.facts[:1]
    if any(is_document_fact(f) for f in chain):
        return None  # document facts are judged by the question's words (`unbacked`), facts first
    backed = max((f.components.get("path_score", 0.0) for f in chain), default=0.0) > 0
    return best if not backed and best.coverage >= PASSAGE_OVER_UNBACKED_FACT else None


# words of an English question after its verb, besides names, that a sentence saying the fact with another verb
# still holds ("Where was X MAULED by a LION in 1844?" and "In 1844, at Mabotsa, a lion attacked him")
OTHER_WORDS_HELD = 2


def says_or_holds(verbs: frozenset[str], a, text: str, question: str) -> bool:
    """The sentence says the question's verb, or, in English, holds `OTHER_WORDS_HELD` of the lower-case
    words after it: the fact said with another verb ("opened a smelter" for "built"). Not for a question
    of names and a verb alone ("When was the last emperor BORN?": the words before the verb say who)."""
    said_so = says(verbs, text)
    if said_so or not verbs or _CJK_TEXT.search(a.text + text):
        return said_so
    words = re.findall(r"[\w'’\-]+", question)
    said = {t for v in verbs for t in terms(v)}
    at = next((i for i, w in enumerate(words) if said & set(terms(w)) or lemma(w.casefold()) in verbs), None)
    if at is None:
        return False
    after = {t for w in words[at + 1:] if not w[:1].isupper() for t in terms(w)} & a.words
    return len(after & set(terms(text))) >= OTHER_WORDS_HELD


_CJK_TEXT = re.compile(r"[\u3400-\u9fff]")


def _names(r: Retrieval) -> list[str]:
    return [e.mention for e in r.entities] + [e.name for e in r.entities]


def passage_answer(p: Passage) -> Answer:
    """The sentence itself, cited, and said to be a quotation rather than a fact of the graph."""
    return Answer(f"\"{p.text}\" [{p.id}] (quoted from {p.source}; not a fact of the graph)", cited=[p.id],
                  model="none", kind="passage")


def _nearest(r: Retrieval) -> str:
    return "; ".join(f"{f.edge.subject} {relation_label(f.edge.relation)} {f.edge.object}" for f in r.facts[:3])


def _stated(end: str, chain: list[Fact]) -> Answer:
    why = "; ".join(f"{f.edge.subject} {relation_label(f.edge.relation)} {f.edge.object} [{f.id}]" for f in chain)
    return Answer(f"{end}. ({why})", cited=[f.id for f in chain], model="none")


def _other_last_step(a, chain: list[Fact], r: Retrieval, mentions: dict[int, str]):
    """"Where is the company that is buying X based?": the winning chain's first step (X bought by
    Y) is asked for but its last (Y type …) is not; the best-ranked document fact from the same
    entity that the question does ask for (Y based in Z) ends the chain instead."""
    if len(chain) < 2 or not all(step_backed(a, f.edge.relation) for f in chain[:-1]):
        return None
    head, last = chain[:-1], chain[-1]
    said = set().union(*(naming(a, f.edge.relation) for f in head))  # one question word backs one step
    node = {head[-1].edge.subject_id, head[-1].edge.object_id} & {last.edge.subject_id, last.edge.object_id}
    used = {f.edge.id for f in chain}
    for f in r.facts:
        end = far_end(f, node) if f.edge.id not in used and is_document_fact(f) else None
        if end is None:
            continue
        steps = [*head, f]
        if naming(a, f.edge.relation) - said and chain_backed(a, steps, end, r.question, mentions) \
                and class_fits(r.question, end):
            return steps, end, end_id(f.edge, end)
    return None


def unbacked(r: Retrieval, chain: list[Fact], answer: str) -> Answer | None:
    """None when the winning chain may be stated; else what to say instead of it. A chain of
    document facts the question does not ask for (`graphrag.backing`: a step no question word
    names, or an answer of the wrong kind) is not stated: the best-ranked fact of the question's
    entity that the question does back, else the best passage, else "I don't know". A backed
    chain that leaves out a relation the question names ("the founder of X GRADUATED from")
    takes one more step named by it, or is not stated either. Nor is a chain whose sentences
    lack a qualifier of time or order the question puts ("the current director", "the first
    director", "completed", "X's son": `graphrag.backing.qualified`)."""
    if chain and not any(is_document_fact(f) for f in chain):
        return None  # a knowledge graph's curated relations: the retrieval's choice stands
    a = asked(r.question, [e.mention for e in r.entities])
    mentions = {e.id: e.mention for e in r.entities}
    facts = [f for f in r.facts if f.id not in r.ruled_out]  # "X's MOTHER": not a man's `parent` fact
    if chain_backed(a, chain, answer, r.question, mentions):
        stands = (chain, answer, end_id(chain[-1].edge, answer))
    elif (swap := _other_last_step(a, chain, r, mentions)) is not None:
        stands = swap
    else:
        alt = backed_fact(a, facts, {e.id for e in r.entities}, r.question, mentions)
        stands = None
        if alt is not None:
            f, end = alt
            stands = ([f], end, end_id(f.edge, end))
    if stands is not None and not qualified(r.question, a, stands[0], r.source_texts.get):
        stands = None  # "the CURRENT director", "the FIRST director": the fact's sentence does not say so
    if stands is not None:
        steps, end, answer_id = stands
        left = ignored(a, steps, r.facts)
        # one fact of a clause names the thing it tells apart, not what is asked of that thing
        beyond = len(steps) == 1 and asks_beyond(a, end)
        # "董事长毕业于哪所大学": not the chairman; "in which journal did TURING publish X": not Turing
        if not left and not beyond and class_fits(r.question, end) and not named_in(r.question, end):
            return None if steps is chain else _stated(end, steps)
        alt = backed_fact(a, facts, {e.id for e in r.entities}, r.question, mentions) \
            if steps is chain and not left and not beyond else None
        if alt is not None and alt[0] not in chain and qualified(r.question, a, [alt[0]], r.source_texts.get):
            return _stated(alt[1], [alt[0]])  # "应县木塔位于哪座寺庙内": the temple it stands in, not the province it climbs to
        more = extension(a, steps, answer_id, r.facts, left)
        if more is not None and qualified(r.question, a, [*steps, more[0]], r.source_texts.get):
            return _stated(more[1], [*steps, more[0]])
    names = _names(r)
    ids = {e.id for e in r.entities}
    # the documents about the question's entity: those stating facts with it as their subject
    documents = {document_of(f.edge.source) for f in r.facts if f.edge.subject_id in ids}
    verbs, kin = asked_verbs(r.question), asks_kin(r.question, a)
    for p in (p for p in r.passages if not is_heading(p.text) and passage_qualified(r.question, a, p.text)
              and passage_holds(a, p.text, names) and says_or_holds(verbs, a, p.text, r.question) and said_of(verbs, tuple(names), p.text, kin)):
        # a sentence of the entity's own document may name it "it", "the lake": then it covers
        # less of the question, but must hold every word the question asks
        enough = PASSAGE_ALONE if document_of(p.source) not in documents or not passage_says_all(a, p.text) \
            else PASSAGE_OWN_DOCUMENT
        if p.coverage >= enough and passage_fits(a, p.text, p.source, names, documents):
            return passage_answer(p)
    return Answer(f"{NO_ANSWER} Nearest facts: {_nearest(r)}.", kind="none")


_QUESTION_WORDS = frozenset("""who whom whose what which when where why how did does do is was are were has have had
can could will would in on at of for by from to and the a an""".split())


def other_person(question: str, e) -> bool:
    """"When did Mathilda af Klint die?" linked to "Hilma af Klint" by the shared surname: a
    different given name written right before the mention names someone else, whose facts the
    graph does not hold."""
    start = getattr(e, "start", None)
    if start is None or not isinstance(start, int) or start <= 0 or not e.mention:
        return False
    before = re.search(r"([A-Z][\w'’\-]+)\s+$", question[:start])
    words = e.name.split()
    if before is None or len(words) < 2 or not words[0][:1].isupper():
        return False
    given = before.group(1)
    return given.lower() not in _QUESTION_WORDS and given not in words and e.mention.split()[0] != words[0]


def extractive(r: Retrieval, max_names: int = 5) -> Answer:
    """The ranked answers plus the winning chain of facts, each fact cited; or the best
    supporting sentence of a document when the graph lacks the fact (`passage_instead`)."""
    other = [other_person(r.question, e) for e in r.entities]
    if other and all(other):
        return Answer(NO_ENTITY, kind="none")
    others = {e.id for e, o in zip(r.entities, other) if o}
    passage = passage_instead(r)
    if passage is not None:
        return passage_answer(passage)
    if not r.facts:
        return Answer(NO_ENTITY if not r.entities else NO_FACTS, kind="none")
    if not r.answers:  # the retrieval abstained: say so and show the nearest facts, uncited
        if any(is_document_fact(f) for f in r.facts):
            # on a document graph the relative confidence is weak (few relations per entity):
            # a fact the question's words name and of the asked kind still answers
            return unbacked(r, [], "")
        return Answer(f"{NO_ANSWER} Nearest facts: {_nearest(r)}.", kind="none")
    by_id = {f.id: f for f in r.facts}
    chain = [by_id[i] for i in (r.paths[0] if r.paths else []) if i in by_id] or r.facts[:1]
    if any(f.edge.subject_id in others or f.edge.object_id in others for f in chain):
        # "When did Joseph Anning die?" with "Joseph" linked too: `Mary Anning died on …` is another person's
        return Answer(f"{NO_ANSWER} Nearest facts: {_nearest(r)}.", kind="none")
    best = r.answers[: r.n_best or 1]
    instead = unbacked(r, chain, best[0] if best else chain[-1].edge.object)
    if instead is not None:
        return instead
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
    if not r.facts and not r.passages:
        return Answer(fallback.text, model=llm.name, kind=fallback.kind)
    try:
        reply = llm.complete(prompt.messages(r, history), max_tokens=max_tokens)
    except LLMError as e:
        return Answer(fallback.text, fallback.cited, model="none", error=f"LLM failed, extractive answer given: {e}",
                      kind=fallback.kind)
    except Exception as e:  # a backend bug must not take the request down
        return Answer(fallback.text, fallback.cited, model="none",
                      error=f"LLM failed ({type(e).__name__}), extractive answer given", kind=fallback.kind)
    text, cited = parse_reply(reply, {f.id for f in r.facts} | {p.id for p in r.passages})
    if not text:
        return Answer(fallback.text, fallback.cited, model="none", error="LLM reply was empty; extractive answer given",
                      kind=fallback.kind)
    if not cited and not text.lower().startswith("i don't know"):
        # an uncited claim is not grounded: keep the model's words but attach the evidence chain
        return Answer(f"{text} {''.join(f'[{i}]' for i in fallback.cited)}", fallback.cited, model=llm.name,
                      error="LLM cited no fact; the top evidence chain is cited instead", kind=fallback.kind)
    kind = "none" if not cited else "fact" if any(c.startswith("F") for c in cited) else "passage"
    return Answer(text, cited, model=llm.name, kind=kind)
