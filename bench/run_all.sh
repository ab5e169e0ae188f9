#!/usr/bin/env bash
# Every number in the README's Benchmarks section, in one go (about an hour on 2 busy cores).
# Graphs are built under $GRAPHS (default /tmp); reports land in bench/out/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
GRAPHS=${GRAPHS:-/tmp}
DATA=../shared/data
OUT=bench/out
mkdir -p "$OUT"
[ -d "$GRAPHS/metaqa" ] || graphrag load $DATA/metaqa/kb.tsv --graph "$GRAPHS/metaqa" --quiet
[ -d "$GRAPHS/nlpcc" ] || graphrag load $DATA/nlpcc2016/kb.tsv --graph "$GRAPHS/nlpcc" --quiet

graphrag eval $DATA/metaqa/dev.jsonl --graph "$GRAPHS/metaqa" --hops 3 --json $OUT/eval-metaqa.json --quiet | tee $OUT/eval-metaqa.txt
graphrag eval $DATA/nlpcc2016/dev.jsonl --graph "$GRAPHS/nlpcc" --json $OUT/eval-nlpcc.json --quiet | tee $OUT/eval-nlpcc.txt
python bench/anchors.py $DATA/metaqa/dev.jsonl --graph "$GRAPHS/metaqa" --limit 300 --sample ${SAMPLE:-12000} --quiet
python bench/anchors.py $DATA/nlpcc2016/dev.jsonl --graph "$GRAPHS/nlpcc" --sample ${SAMPLE:-12000} --quiet
graphrag eval $DATA/metaqa/dev.jsonl --graph "$GRAPHS/metaqa" --hops 3 --limit 150 --plot $OUT/budgets-metaqa.png \
  --json $OUT/budgets-metaqa.json --quiet > /dev/null
python bench/load_bench.py $DATA/metaqa/kb.tsv --questions $DATA/metaqa/dev.jsonl ${LOAD_ARGS:-}
