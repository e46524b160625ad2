#!/usr/bin/env bash
# Two ingest processes on one database at once, while a third process keeps querying it (not
# part of CI; ConcurrencyTests covers the same with connections inside one process).
#   scripts/concurrency-test.sh [ARTICLES=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2000}
attrib=${ATTRIB:-.build/release/attrib}
[ -x "$attrib" ] || swift build -c release -q
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate_corpus.py --articles "$articles" --out "$work/corpus" --format jsonl >/dev/null
"$attrib" ingest --quiet --db "$work/reference.db" "$work/corpus/corpus.jsonl" >/dev/null
expected=$(sqlite3 "$work/reference.db" "SELECT count(*) || ' articles, ' || (SELECT count(*) FROM attributions) || ' attributions' FROM articles")
"$attrib" check --db "$work/shared.db" >/dev/null 2>&1 || true   # creates the schema
"$attrib" ingest --quiet --db "$work/shared.db" "$work/corpus/corpus.jsonl" > "$work/a.out" 2>&1 & a=$!
"$attrib" ingest --quiet --db "$work/shared.db" "$work/corpus/corpus.jsonl" > "$work/b.out" 2>&1 & b=$!
queries=0; query_failures=0
while kill -0 "$a" 2>/dev/null || kill -0 "$b" 2>/dev/null; do
  if "$attrib" query unnamed-only --db "$work/shared.db" --limit 5 >/dev/null 2>&1; then queries=$((queries + 1)); else query_failures=$((query_failures + 1)); fi
done
wait "$a"; status_a=$?; wait "$b"; status_b=$?
got=$(sqlite3 "$work/shared.db" "SELECT count(*) || ' articles, ' || (SELECT count(*) FROM attributions) || ' attributions' FROM articles")
duplicates=$(sqlite3 "$work/shared.db" "SELECT count(*) - count(DISTINCT content_hash) FROM articles")
check=$("$attrib" check --db "$work/shared.db" >/dev/null 2>&1 && echo ok || echo FAILED)
echo "writer A: $(tail -1 "$work/a.out") (exit $status_a)"
echo "writer B: $(tail -1 "$work/b.out") (exit $status_b)"
echo "reader: $queries queries answered, $query_failures failed, while both wrote"
echo "result: $got (single ingest: $expected), $duplicates duplicates, attrib check $check"
[ "$status_a" = 0 ] && [ "$status_b" = 0 ] && [ "$got" = "$expected" ] && [ "$duplicates" = 0 ] && [ "$check" = ok ] && [ "$query_failures" = 0 ]
echo "concurrency test passed"
