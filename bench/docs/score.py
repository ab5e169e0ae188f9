"""Score default `graphrag ingest` (rules, no LLM) on the dev documents of this folder.

Each `NAME.txt` has a hand-checked `NAME.gold.jsonl`: `{"fact": [s, r, o]}` (s or o may be a
list of accepted names; the relation is a free phrase and is not compared), `{"alias": [name,
other names...]}` (names that mean the same thing in that document) and `{"q": question, "a":
[accepted answers], "hops": 2?}`.

Reported per document:
- recall (lenient): a gold fact counts when one triple extracted from that document joins its
  subject and object (either direction), names compared after normalisation and aliases (the
  document's gold aliases and the aliases the graph stored);
- strict precision estimate: extracted triples whose two ends match some gold fact's ends
  (a floor: a true fact the gold list lacks counts as wrong). Real precision is judged by hand
  on the dump (`--dump FILE`: every extracted triple, per document);
- questions right: `GraphRAG.ask` (extractive answerer, default settings) on one graph holding
  every document; right when an accepted answer appears in the answer's head (the text before
  the cited facts), wrong when something else was answered, abstained on "I don't know". A
  passage answer (a sentence quoted from a document, when the graph lacks the fact) is counted
  apart: "facts" columns leave it out, the passage-fallback column counts it (right when the
  quoted sentence holds an accepted answer).

    python bench/docs/score.py                    # .txt documents
    python bench/docs/score.py --pdf --dump /tmp/triples.txt --json /tmp/score.json
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).casefold().strip()
    s = re.sub(r"^(the|a|an)\s+", "", s)
    return re.sub(r"[\s\W_]+", "", s)


def load_gold(path: Path) -> tuple[list[tuple], list[list[str]], list[dict]]:
    facts, aliases, questions = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if "fact" in d:
            s, r, o = d["fact"]
            facts.append(([s] if isinstance(s, str) else s, r, [o] if isinstance(o, str) else o))
        elif "alias" in d:
            aliases.append(d["alias"])
        elif "q" in d:
            questions.append(d)
    return facts, aliases, questions


def documents(use_pdf: bool, folder: Path = HERE) -> list[tuple[str, Path, Path]]:
    """(stem, file to ingest, gold file) for every gold file."""
    out = []
    for gold in sorted(folder.glob("*.gold.jsonl")):
        stem = gold.name[: -len(".gold.jsonl")]
        pdf = folder / "pdf" / f"{stem}.pdf"
        out.append((stem, pdf if use_pdf and pdf.is_file() else folder / f"{stem}.txt", gold))
    return out


def ingest(files: list[Path], graph: Path, english: str = "auto") -> dict:
    run = [sys.executable, "-m", "graphrag.cli"]
    if english == "regex":  # measure the regex English rules against the parser: hide the parser
        run = [sys.executable, "-c", "import sys, graphrag.ingest.extractors.deps_en as d; d.load_parser = lambda: None; "
                                     "from graphrag.cli import main; sys.argv[0] = 'graphrag'; sys.exit(main())"]
    cmd = [*run, "ingest", *map(str, files), "--graph", str(graph), "--quiet", "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "GRAPHRAG_LLM": "none"})
    if proc.returncode != 0:
        sys.exit(f"ingest failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    sys.stderr.write(proc.stderr)
    return json.loads(proc.stdout)


def expand(names: list[str], groups: list[set[str]]) -> set[str]:
    keys = {norm(n) for n in names}
    for g in groups:
        if keys & g:
            keys |= g
    return keys


def score(use_pdf: bool, graph: Path, dump: Path | None, ask: bool, vector: bool = True, english: str = "auto",
          folder: Path = HERE, params: dict | None = None) -> dict:
    from graphrag import GraphRAG

    docs = documents(use_pdf, folder)
    summary = ingest([f for _, f, _ in docs], graph, english)
    rag = GraphRAG.open(graph) if vector else GraphRAG.open(graph, vector=False)
    store = rag.store
    by_doc: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for e in store.iter_edges():
        by_doc[e.source.split("#")[0]].append((e.subject, e.relation, e.object))
    stored_aliases: dict[str, set[str]] = {}
    for ent in store.iter_entities():
        stored_aliases[ent.name] = {norm(ent.name)} | {norm(a) for a in ent.aliases}

    rows, lines = [], []
    for stem, path, gold in docs:
        facts, alias_lists, questions = load_gold(gold)
        groups = [{norm(n) for n in a} for a in alias_lists]
        triples = list(dict.fromkeys(by_doc.get(path.name, [])))
        ends = [(stored_aliases.get(s, {norm(s)}) | expand([s], groups),
                 stored_aliases.get(o, {norm(o)}) | expand([o], groups)) for s, _, o in triples]
        found = 0
        gold_ends = []
        for s, _, o in facts:
            gs, go = expand(s, groups), expand(o, groups)
            gold_ends.append((gs, go))
            if any((es & gs and eo & go) or (es & go and eo & gs) for es, eo in ends):
                found += 1
        matched = sum(any((es & gs and eo & go) or (es & go and eo & gs) for gs, go in gold_ends)
                      for es, eo in ends)
        text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        words = len(re.findall(r"[A-Za-z0-9][\w'’\-.,]*", text)) + len(re.findall(r"[\u4e00-\u9fff]", text))
        rows.append({"document": stem, "file": path.name, "gold_facts": len(facts), "triples": len(triples),
                     "recall": round(found / len(facts), 3) if facts else 0.0,
                     "strict_precision": round(matched / len(triples), 3) if triples else None,
                     "questions": sum(not q.get("absent") for q in questions),
                     "absent": sum(bool(q.get("absent")) for q in questions),
                     "words": words, "_questions": questions})
        lines.append(f"== {path.name}: {len(triples)} triples")
        for (s, r, o), (es, eo) in zip(triples, ends):
            ok = any((es & gs and eo & go) or (es & go and eo & gs) for gs, go in gold_ends)
            lines.append(f"{'G' if ok else '?'}\t{s}\t{r}\t{o}")
        for (s, r, o), (gs, go) in zip(facts, gold_ends):  # the gold facts no triple joins
            if not any((es & gs and eo & go) or (es & go and eo & gs) for es, eo in ends):
                lines.append(f"MISS\t{s if isinstance(s, str) else s[0]}\t{r}\t{o if isinstance(o, str) else o[0]}")

    if ask:
        for row in rows:
            right = wrong = p_right = p_wrong = 0
            absent = {"fact": 0, "passage": 0, "none": 0}
            row["answers"] = []
            for q in row["_questions"]:
                res = rag.ask(q["q"], **(params or {}))
                passage = getattr(res, "kind", None) == "passage" or "not a fact of the graph" in res.answer
                head = res.answer if passage else res.answer.split(". (")[0].split("。(")[0]
                ok = any(norm(a) and norm(a) in norm(head) for a in q["a"])
                abstain = res.answer.startswith("I don't know") or not res.answer.strip()
                ok = ok and not abstain  # "I don't know … Nearest facts: …" may name the answer: still no answer
                if q.get("absent"):  # the text lacks the fact: any fact answered is a wrong fact
                    verdict = "absent: " + ("passage" if passage else "none" if abstain else "fact")
                    absent[verdict.split(": ")[1]] += 1
                elif passage:  # the passage fallback: no fact of the graph answered
                    p_right += ok
                    p_wrong += not ok
                    verdict = "passage right" if ok else "passage wrong"
                else:
                    right += ok
                    wrong += (not ok and not abstain)
                    verdict = "right" if ok else ("abstain" if abstain else "wrong")
                row["answers"].append({"q": q["q"], "gold": q["a"], "answer": res.answer[:200], "verdict": verdict,
                                       "confidence": round(getattr(getattr(res, "retrieval", None), "confidence", 0.0) or 0.0, 3)})
            row["right"], row["wrong"] = right, wrong
            row["absent_fact"], row["absent_passage"], row["absent_none"] = absent["fact"], absent["passage"], absent["none"]
            row["passage_right"], row["passage_wrong"] = p_right, p_wrong
    for row in rows:
        row.pop("_questions")
    if dump:
        dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = {k: sum(r.get(k, 0) or 0 for r in rows)
             for k in ("gold_facts", "triples", "questions", "right", "wrong", "passage_right", "passage_wrong",
                       "absent", "absent_fact", "absent_passage", "absent_none")}
    all_found = sum(r["recall"] * r["gold_facts"] for r in rows)
    total["recall"] = round(all_found / total["gold_facts"], 3)
    all_matched = sum((r["strict_precision"] or 0) * r["triples"] for r in rows)
    total["strict_precision"] = round(all_matched / total["triples"], 3) if total["triples"] else None
    return {"documents": rows, "total": total, "ingest": {k: summary.get(k) for k in (
        "documents", "chunks", "triples_new", "triples_rejected", "aliases_added", "warnings", "seconds")}}


def table(result: dict) -> str:
    out = ["| document | words | gold facts | triples | recall | strict precision | questions right (facts) "
           "| wrong | with the passage fallback: right / wrong | fact absent: fact / passage / none |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for r in result["documents"] + [dict(result["total"], document="**all**", words="")]:
        sp = "–" if r["strict_precision"] is None else f"{r['strict_precision']:.2f}"
        q = f"{r.get('right', '–')}/{r['questions']}"
        pf = (f"{r['right'] + r['passage_right']}/{r['questions']} / {r['wrong'] + r['passage_wrong']}"
              if "passage_right" in r else "")
        ab = (f"{r['absent_fact']} / {r['absent_passage']} / {r['absent_none']} of {r['absent']}"
              if r.get("absent") and "absent_fact" in r else "–")
        out.append(f"| {r['document']} | {r['words']} | {r['gold_facts']} | {r['triples']} | {r['recall']:.2f} "
                   f"| {sp} | {q} | {r.get('wrong', '–')} | {pf} | {ab} |")
    return "\n".join(out)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--pdf", action="store_true", help="ingest the PDF renders in pdf/ where there is one")
    p.add_argument("--graph", help="graph directory (default: a fresh temporary one)")
    p.add_argument("--dump", type=Path, help="write every extracted triple, per document (G = matches gold)")
    p.add_argument("--json", type=Path, help="write the full result (per-question verdicts) as JSON")
    p.add_argument("--no-ask", action="store_true", help="extraction only, no questions")
    p.add_argument("--dir", type=Path, default=HERE,
                   help="folder of NAME.txt + NAME.gold.jsonl (default: the dev documents; heldout/ is scored apart)")
    p.add_argument("--no-vector", action="store_true", help="answer without embeddings (default: as installed)")
    p.add_argument("--passages", type=int, help="passages per question (0: answer from the facts alone)")
    p.add_argument("--english", choices=["auto", "regex"], default="auto",
                   help="regex: English by the regex rules even when the parser is installed (to compare)")
    args = p.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(args.graph) if args.graph else Path(tmp) / "graph"
        result = score(args.pdf, graph, args.dump, not args.no_ask, not args.no_vector, args.english, args.dir.resolve(),
                       {} if args.passages is None else {"passages": args.passages})
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(table(result))
    print(json.dumps(result["ingest"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
