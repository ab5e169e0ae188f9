"""Run a question set through an open GraphRAG and aggregate the metrics per hop and overall."""
from __future__ import annotations

import resource
import sys
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from graphrag.evaluate import metrics
from graphrag.evaluate.questions import Question

METRICS = ("n", "hits_at_1", "coverage", "precision", "fact_hit", "fact_recall", "answer_f1", "linking_acc",
           "retrieve_p50_ms", "retrieve_p95_ms", "ask_p50_ms", "ask_p95_ms", "peak_rss_mb")


@dataclass(frozen=True)
class Outcome:
    """One question's scores and timings."""

    id: str
    hops: int
    hits_at_1: float
    fact_hit: float
    fact_recall: float
    answer_f1: float
    linked: float | None  # None when the file has no topic_entity for this question
    retrieve_ms: float
    ask_ms: float
    rss_mb: float  # the process's peak RSS when this question was done
    tokens: int = 0
    answered: bool = True  # the system gave an answer (it did not say it does not know)
    answerable: bool = True


@dataclass
class Report:
    overall: dict[str, Any]
    per_hop: dict[str, dict[str, Any]]
    config: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "per_hop": self.per_hop, "config": self.config}


def peak_rss_mb() -> float:
    """High-water mark of this process's resident memory (ru_maxrss: KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def score(q: Question, answers: Sequence[str], block_entities: Iterable[str], linked_names: Iterable[str],
          retrieve_ms: float, ask_ms: float, tokens: int = 0) -> Outcome:
    """An unanswerable question is a hit when the system answers nothing."""
    hit, recall = metrics.fact_coverage(block_entities, q.answers)
    link = metrics.linked(linked_names, q.topic_entity) if q.topic_entity else None
    h1 = metrics.hits_at_1(answers, q.answers) if q.answerable else float(not answers)
    return Outcome(q.id, q.hops, h1, hit, recall, metrics.answer_f1(answers, q.answers), link, retrieve_ms,
                   ask_ms, peak_rss_mb(), tokens, bool(answers), q.answerable)


def summarize(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """The metric dict for a group of questions; rates in 0..1, times in ms, rounded for reports."""
    def r(x: float | None, nd: int = 4) -> float | None:
        return None if x is None else round(x, nd)

    links = [o.linked for o in outcomes if o.linked is not None]
    answered = [o for o in outcomes if o.answered]
    gold = [o for o in outcomes if o.answerable]
    retrieve = [o.retrieve_ms for o in outcomes]
    ask = [o.ask_ms for o in outcomes]
    return {
        "n": len(outcomes),
        "hits_at_1": r(metrics.mean([o.hits_at_1 for o in outcomes])),
        # answered questions / all; right answers among the answered (an answered unanswerable is wrong)
        "coverage": r(len(answered) / len(outcomes) if outcomes else None),
        "precision": r(metrics.mean([o.hits_at_1 if o.answerable else 0.0 for o in answered])),
        "fact_hit": r(metrics.mean([o.fact_hit for o in gold])),
        "fact_recall": r(metrics.mean([o.fact_recall for o in gold])),
        "answer_f1": r(metrics.mean([o.answer_f1 for o in outcomes])),
        "linking_acc": r(metrics.mean(links)),
        "retrieve_p50_ms": r(metrics.percentile(retrieve, 50), 1),
        "retrieve_p95_ms": r(metrics.percentile(retrieve, 95), 1),
        "ask_p50_ms": r(metrics.percentile(ask, 50), 1),
        "ask_p95_ms": r(metrics.percentile(ask, 95), 1),
        "peak_rss_mb": r(max((o.rss_mb for o in outcomes), default=None), 1),
    }


def aggregate(outcomes: Sequence[Outcome], config: dict[str, Any] | None = None) -> Report:
    groups: dict[int, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(o.hops, []).append(o)
    return Report(summarize(outcomes), {str(h): summarize(groups[h]) for h in sorted(groups)}, dict(config or {}))


def evaluate(rag, questions: Sequence[Question], *, progress: bool = True, desc: str = "eval",
             **overrides) -> list[Outcome]:
    """Ask every question (only `question` is passed in) and score it. `overrides` are per-request
    settings such as budget= and hops=."""
    from tqdm import tqdm

    out: list[Outcome] = []
    for q in tqdm(questions, desc=desc, unit="q", disable=not progress, file=sys.stderr):
        res = rag.ask(q.question, **overrides)
        names = [n for f in res.facts for n in (f.edge.subject, f.edge.object)]
        out.append(score(q, res.answers, names, [e.name for e in res.entities],
                         res.timings_ms.get("retrieve", 0.0), res.timings_ms.get("total", 0.0),
                         res.fact_block_tokens))
    return out


def warm_up(rag, question: str) -> float:
    """Load what the first request would (lexicon, embedding model, caches) and return the cold-start
    time in ms, so the latency percentiles describe a warm server, as in production."""
    import time

    t0 = time.perf_counter()
    rag.retrieve(question)
    return (time.perf_counter() - t0) * 1000


def run_config(rag, questions_path: str, questions: Sequence[Question], overrides: dict[str, Any]) -> dict[str, Any]:
    """What the numbers were measured with: data, sizes, model names and every public setting."""
    s = rag.settings.replace(**overrides)
    embedder = rag.embedder if s.vector else None  # already loaded by the run when vectors are on
    return {
        "questions": str(questions_path),
        "n": len(questions),
        "graph": s.home,
        "graph_stats": rag.store.stats(),
        "budget": s.budget,
        "hops": s.hops,
        "llm": s.llm,
        "llm_model": rag.llm.name if rag.llm is not None else "none",
        "embed_model": getattr(embedder, "name", None) or (s.embed_model if s.vector else "off"),
        "tokenizer": rag.counter.name,
        # extra relation words given to the graph (a user's or an LLM's): they change the scores
        "relation_words": sum(len(v) for v in rag.scorer.aliases.values()),
        "settings": s.public_dict(),
    }


def format_table(report: Report) -> str:
    """A plain-text table: one row per hop and one overall."""
    cols = [("n", "n", "{:d}"), ("hits@1", "hits_at_1", "{:.3f}"), ("cover", "coverage", "{:.3f}"),
            ("prec", "precision", "{:.3f}"), ("fact_hit", "fact_hit", "{:.3f}"),
            ("fact_rec", "fact_recall", "{:.3f}"), ("ans_f1", "answer_f1", "{:.3f}"),
            ("link_acc", "linking_acc", "{:.3f}"), ("ret_p50", "retrieve_p50_ms", "{:.0f}"),
            ("ret_p95", "retrieve_p95_ms", "{:.0f}"), ("ask_p50", "ask_p50_ms", "{:.0f}"),
            ("ask_p95", "ask_p95_ms", "{:.0f}"), ("rss_mb", "peak_rss_mb", "{:.0f}")]
    rows = [("hops " + h, m) for h, m in report.per_hop.items()] + [("overall", report.overall)]
    cells = [["", *(c[0] for c in cols)]]
    for label, m in rows:
        cells.append([label, *("-" if m.get(k) is None else fmt.format(m[k]) for _, k, fmt in cols)])
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))) for row in cells]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)
