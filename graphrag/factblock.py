"""The fact block: ranked facts rendered compactly, cut to a budget in exact tokens.

    Barack Obama — born in: Honolulu [F1]; spouse: Michelle Obama [F4]
    Honolulu — located in: Hawaii [F2]

Facts are taken in rank order and never cut in half; the rendered block is counted with the
answering model's tokenizer and is never over budget.
"""
from __future__ import annotations

from dataclasses import dataclass

from graphrag.tokens import TokenCounter
from graphrag.types import Edge, Fact

SEP = " — "


def relation_label(relation: str) -> str:
    return relation.replace("_", " ").strip()


def render(facts: list[Fact]) -> str:
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f.edge.subject, []).append(f)
    lines = []
    for subject, fs in groups.items():
        parts = "; ".join(f"{relation_label(f.edge.relation)}: {f.edge.object} [{f.id}]" for f in fs)
        lines.append(f"{subject}{SEP}{parts}")
    return "\n".join(lines)


@dataclass
class RankedEdge:
    """An edge with its fused score and the parts of it, before the budget turns it into a Fact."""

    edge: Edge
    score: float
    components: dict[str, float]


def build(candidates: list[RankedEdge], counter: TokenCounter, budget: int) -> tuple[list[Fact], str, int]:
    """Greedy fill by rank with per-fact cost estimates, then an exact count of the rendered
    block; facts are dropped from the bottom until the exact count fits."""
    if budget <= 0:
        return [], "", 0
    chosen: list[Fact] = []
    seen: set[int] = set()
    used, subjects = 0, set()
    for c in candidates:
        if c.edge.id in seen:
            continue
        fid = f"F{len(chosen) + 1}"
        seg = f"; {relation_label(c.edge.relation)}: {c.edge.object} [{fid}]"
        if c.edge.subject not in subjects:
            seg = f"\n{c.edge.subject}{SEP}" + seg[2:]
        cost = counter.count(seg)
        if used + cost > budget:
            if cost > budget // 4:
                continue  # one long fact (free-text value) must not stop the shorter ones after it
            break
        used += cost
        seen.add(c.edge.id)
        subjects.add(c.edge.subject)
        chosen.append(Fact(fid, c.edge, c.score, c.components))
    block = render(chosen)
    tokens = counter.count(block)
    while chosen and tokens > budget:
        chosen.pop()
        block = render(chosen)
        tokens = counter.count(block)
    return chosen, block, tokens
