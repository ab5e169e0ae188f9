"""The import contract: the folders are layers, and a module imports only its own layer or those
below it; ingestion and retrieval never import each other; no import cycles. Read from the
source (every import, also those inside functions; not those under `if TYPE_CHECKING:`), so
a lazy import cannot hide a forbidden dependency. The contract is checked on itself below: a
forbidden import written into a copy of the tree makes it fail, naming the line.

import-linter would fit the idea, but it finds modules by walking the `graphrag` folder, and
three of its subpackages live beside it (pyproject's package-dir); this reads that mapping."""
from __future__ import annotations

import ast
import shutil
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# top to bottom; a module may import its own layer and the layers below. Within a layer split
# in groups, a group may not import another group.
ENTRY = ("graphrag.cli", "graphrag.commands", "graphrag.server", "graphrag.evaluate", "graphrag.integrations")
LAYERS: list[tuple[str, list[tuple[str, ...]]]] = [
    ("entry points (sub-commands, server, integrations)", [ENTRY]),
    ("facade", [("graphrag.pipeline", "graphrag=")]),  # "=": that module only (the package's __init__)
    ("ingestion | retrieval", [("graphrag.ingest",), ("graphrag.retrievers", "graphrag.relation_words")]),
    ("core (settings, types, stores, models, answerers)", [("graphrag",)]),  # the rest of graphrag
]


def package_dirs(root: Path = ROOT) -> dict[str, Path]:
    """Package → folder, from pyproject (graphrag.retrievers lives in retrievers/, …)."""
    tool = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    dirs = {"graphrag": root / "graphrag"}
    dirs.update({pkg: root / d for pkg, d in tool.get("package-dir", {}).items()})
    return dirs


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the installed packages: dotted name → file."""
    dirs = package_dirs(root)
    out: dict[str, Path] = {}
    for pkg, folder in dirs.items():
        for path in folder.rglob("*.py"):
            rel = path.relative_to(folder).with_suffix("")
            parts = [p for p in rel.parts if p != "__init__"]
            name = ".".join([pkg, *parts])
            if any(name.startswith(other + ".") and other != pkg and len(other) > len(pkg) for other in dirs):
                continue  # a folder mapped to its own package elsewhere
            if path.parent != folder and not (path.parent / "__init__.py").exists():
                continue  # not a package (data, static files)
            out[name] = path
    return out


def _type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def imports(name: str, path: Path, known: set[str]) -> list[tuple[str, int]]:
    """(imported graphrag module, line) of one module; `from pkg import sub` counts as `pkg.sub`."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    is_pkg = path.name == "__init__.py"
    out: list[tuple[str, int]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            out.extend((a.name, node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = name.split(".")[: len(name.split(".")) - node.level + (1 if is_pkg else 0)]
                base = ".".join(parent + ([base] if base else []))
            for a in node.names:
                sub = f"{base}.{a.name}"
                out.append((sub if sub in known else base, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return [(m, line) for m, line in out if m == "graphrag" or m.startswith("graphrag.")]


def import_graph(root: Path = ROOT) -> dict[str, list[tuple[str, int]]]:
    """Module → the graphrag modules it imports; `graphrag.cli` also imports its sub-commands
    (by name, with importlib)."""
    mods = modules(root)
    known = set(mods)
    graph = {name: list(dict.fromkeys((m, line) for m, line in imports(name, path, known) if m != name))
             for name, path in mods.items()}
    graph["graphrag.cli"] += [(m, 0) for m in sorted(entry_modules(root))]
    return graph


def entry_modules(root: Path = ROOT) -> set[str]:
    """The sub-command modules `graphrag.cli` loads by name: entry points wherever they live."""
    tree = ast.parse((root / "graphrag" / "cli.py").read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "COMMANDS":
            return {v.value for v in node.value.values}
    raise AssertionError("graphrag/cli.py has no COMMANDS table")


def place(module: str, entries: set[str]) -> tuple[int, int]:
    """(layer, group) of a module: the longest matching prefix wins."""
    if module in entries:
        return 0, 0
    best, where = -1, (len(LAYERS) - 1, 0)
    for li, (_, groups) in enumerate(LAYERS):
        for gi, prefixes in enumerate(groups):
            for p in prefixes:
                hit = module == p[:-1] if p.endswith("=") else module == p or module.startswith(p + ".")
                if hit and len(p) > best:
                    best, where = len(p), (li, gi)
    return where


def violations(graph: dict[str, list[tuple[str, int]]], entries: set[str]) -> list[str]:
    out: list[str] = []
    for mod, deps in sorted(graph.items()):
        layer, group = place(mod, entries)
        for dep, line in deps:
            dl, dg = place(dep, entries)
            if dl < layer:
                out.append(f"{mod}:{line} imports {dep}: {LAYERS[layer][0]} may not import {LAYERS[dl][0]}")
            elif dl == layer and dg != group and len(LAYERS[layer][1]) > 1:
                out.append(f"{mod}:{line} imports {dep}: {LAYERS[layer][0]} are independent")
    return list(dict.fromkeys(out))


def cycles(graph: dict[str, list[tuple[str, int]]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w, _ in graph.get(v, []):
            if w not in graph:
                continue
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return found


def test_layers_hold():
    graph = import_graph()
    assert {"graphrag.retrievers.vector", "graphrag.ingest.docstore", "graphrag.server.models"} <= set(graph)
    assert violations(graph, entry_modules()) == []


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_the_contract_fails_on_a_forbidden_import(tmp_path):
    """A copy of the tree where retrieval reads ingestion's documents again, lazily inside a
    function as it once did, and where core reaches up to the pipeline: both are reported."""
    for item in ("pyproject.toml", "graphrag", "retrievers", "ingest", "server"):
        src = ROOT / item
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / item)
    vector = tmp_path / "retrievers" / "vector.py"
    vector.write_text(vector.read_text("utf-8") + "\n\ndef _chunks(home):\n"
                      "    from graphrag.ingest.docstore import iter_chunks\n    return iter_chunks(home)\n", "utf-8")
    types = tmp_path / "graphrag" / "types.py"
    types.write_text(types.read_text("utf-8") + "\nfrom graphrag import pipeline  # noqa\n", "utf-8")
    found = violations(import_graph(tmp_path), entry_modules(tmp_path))
    n = len(vector.read_text("utf-8").splitlines())
    assert f"graphrag.retrievers.vector:{n - 1} imports graphrag.ingest.docstore: ingestion | retrieval are independent" in found
    assert any(v.startswith("graphrag.types:") and "imports graphrag.pipeline: core" in v for v in found)
    assert len(found) == 2


def test_cycles_are_found():
    graph = {"a": [("b", 1)], "b": [("c", 1)], "c": [("a", 1)], "d": [("a", 1)]}
    assert cycles(graph) == [["a", "b", "c"]]
