"""notebooks/explore.ipynb runs top to bottom: executed with nbclient (kernel python3), any cell
error fails the test."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def execute(path: Path = NOTEBOOK) -> nbformat.NotebookNode:
    """Run every cell in the notebook's own folder; raises CellExecutionError on the first error."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def text_of(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                parts.append(out["text"])
            elif "text/plain" in out.get("data", {}):
                parts.append(out["data"]["text/plain"])
    return "\n".join(parts)


def images_of(nb) -> int:
    return sum("image/png" in out.get("data", {}) for cell in nb.cells for out in cell.get("outputs", []))


def test_notebook_uses_the_public_api():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    # `from graphrag import GraphRAG` once graphrag/__init__.py exports the public API
    assert re.search(r"^from graphrag(\.pipeline)? import GraphRAG$", source, re.M)
    assert nb.metadata.kernelspec.name == "python3"
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"


def test_notebook_runs_top_to_bottom():
    nb = execute()
    text = text_of(nb)
    assert "United States" in text  # the Obama question and its fact block
    assert "F1" in text and "score" in text  # the fact table with scores
    assert "60 questions" in text  # the bundled MetaQA sample (examples/metaqa), no ../shared needed
    assert "demo: hits@1" in text and "MetaQA sample: hits@1" in text  # the small evaluation ran on both
    # the demo subgraph, the MetaQA subgraph and the evaluation plot
    assert images_of(nb) >= 3
