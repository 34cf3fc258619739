#!/usr/bin/env bash
# `make spark-demo`: extract a JSON Lines corpus on a local Spark (local[2]) and check that the result
# equals a single `verbatim extract --input jsonl` process, line for line after sorting by id.
#   CORPUS=DIR   the folder of articles to pack (default: Examples/articles)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus_dir="${CORPUS:-Examples/articles}"
venv=.venv-spark
work=.build/spark-demo
binary=.build/release/verbatim

if ! command -v java >/dev/null 2>&1; then
  echo "Installing a Java runtime (Spark runs on the JVM) ..." >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq default-jre-headless
fi
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import pyspark" >/dev/null 2>&1; then
  echo "Installing PySpark into $venv ..." >&2
  "$venv/bin/pip" install -q pyspark
fi

rm -rf "$work"
mkdir -p "$work"
"$venv/bin/python" Scripts/spark/pack_corpus.py "$corpus_dir" > "$work/corpus.jsonl"

echo "single process: verbatim extract --input jsonl --format jsonl - < corpus.jsonl" >&2
status=0
"$binary" extract --input jsonl --format jsonl --rules Rules - < "$work/corpus.jsonl" > "$work/single.jsonl" || status=$?
if [ "$status" -gt 1 ]; then echo "verbatim exited with $status" >&2; exit 1; fi

echo "spark: local[2]" >&2
PYSPARK_PYTHON="$PWD/$venv/bin/python" "$venv/bin/spark-submit" --master 'local[2]' \
  Scripts/spark/extract_corpus.py --verbatim "$binary" --rules Rules --partitions 4 \
  "$work/corpus.jsonl" "$work/spark-out" 2> "$work/spark.log" | tee "$work/summary.txt" \
  || { tail -40 "$work/spark.log" >&2; exit 1; }

"$venv/bin/python" Scripts/spark/compare_runs.py "$work/single.jsonl" -- "$work"/spark-out/part-* | tee -a "$work/summary.txt"
