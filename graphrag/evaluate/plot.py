"""The budget chart: fact_hit and hits@1 per hop against the fact-block budget."""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

from graphrag.evaluate.runner import Report


def plot_budgets(reports: Mapping[int, Report], out: str | Path, title: str = "") -> Path:
    """One line per hop (and overall) for each metric; budgets on a log2 axis."""
    import matplotlib

    matplotlib.use("Agg")  # files only, no display needed
    import matplotlib.pyplot as plt

    budgets = sorted(reports)
    hops = sorted({h for r in reports.values() for h in r.per_hop}, key=int)
    fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
    for ax, key, label in ((axes[0], "fact_hit", "fact_hit (gold answer in fact block)"),
                           (axes[1], "hits_at_1", "hits@1")):
        for h in hops:
            ax.plot(budgets, [reports[b].per_hop.get(h, {}).get(key) or 0.0 for b in budgets],
                    marker="o", label=f"{h}-hop")
        ax.plot(budgets, [reports[b].overall.get(key) or 0.0 for b in budgets], marker="s",
                linestyle="--", color="black", label="overall")
        ax.set_xscale("log", base=2)
        ax.set_xticks(budgets, [str(b) for b in budgets])
        ax.set_xlabel("fact-block budget (tokens)")
        ax.set_title(label)
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
    axes[0].legend(loc="lower right")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out
