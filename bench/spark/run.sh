#!/usr/bin/env bash
# Runs attrib's extraction under Apache Spark in local mode and checks the merged result against
# a single-process ingest (not part of CI).
#   bench/spark/run.sh [ARTICLES=1000] [PARTITIONS=4] [MODE=extract|merge]
# extract: Spark pipes each partition through `attrib extract` (the map step) and one writer
# loads the records with `attrib ingest --attributions`; merge: a shard database per partition,
# combined with `attrib merge`.
# Installs pyspark from PyPI into bench/spark/.venv (Java 17 must be on the machine) and builds
# the release binary when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
articles=${1:-1000}
partitions=${2:-4}
mode=${3:-extract}
[ -x "$repo/.build/release/attrib" ] || (cd "$repo" && swift build -c release -q)
if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install -q pyspark
fi
mkdir -p "$here/out"
python3 "$repo/bench/generate_corpus.py" --articles "$articles" --out "$here/out/corpus" --format jsonl >/dev/null
"$here/.venv/bin/python" "$here/attrib_spark.py" "$here/out/corpus/corpus.jsonl" "$here/out" \
  --partitions "$partitions" --mode "$mode" --attrib "$repo/.build/release/attrib" --check 2> "$here/out/spark.log" | grep -v '^$'
