#!/usr/bin/env bash
# Scores attrib's extraction against a gold folder with the shared scorer.
#   scripts/score.sh [ARTICLES_DIR] [GOLD_DIR] [--verbose]
# Defaults: ../shared/corpus/seeds against ../shared/eval/gold. Builds in debug unless ATTRIB is set.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-../shared/corpus/seeds}
gold=${2:-../shared/eval/gold}
shift $(( $# > 2 ? 2 : $# )) || true
attrib=${ATTRIB:-}
if [ -z "$attrib" ]; then swift build -q >&2; attrib=.build/debug/attrib; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Only the articles that have gold are ingested.
mkdir -p "$work/in"
for g in "$gold"/*.json; do
  name=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["article"])' "$g")
  [ -f "$articles/$name" ] && ln -s "$(cd "$articles" && pwd)/$name" "$work/in/$name"
done
"$attrib" ingest --quiet --db "$work/score.db" "$work/in" >&2
"$attrib" export --db "$work/score.db" --format jsonl > "$work/export.jsonl"
python3 ../shared/eval/score.py "$gold" "$work/export.jsonl" "$@"
