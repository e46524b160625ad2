#!/usr/bin/env bash
# Crash test (not part of CI): kill -9 an ingest of thousands of articles at random moments,
# then check that the database is intact, holds only complete articles, and that running the
# same ingest again completes the rest without duplicates.
#   scripts/kill-test.sh [ROUNDS=10] [ARTICLES=3000]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
articles=${2:-3000}
attrib=${ATTRIB:-.build/release/attrib}
[ -x "$attrib" ] || swift build -c release -q
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/generate_corpus.py --articles "$articles" --out "$work/corpus" --format jsonl >/dev/null
corpus="$work/corpus/corpus.jsonl"
# The reference: one uninterrupted ingest.
"$attrib" ingest --quiet --db "$work/reference.db" "$corpus" >/dev/null
expected=$(sqlite3 "$work/reference.db" "SELECT count(*) FROM articles")
expected_attributions=$(sqlite3 "$work/reference.db" "SELECT count(*) FROM attributions")
for round in $(seq 1 "$rounds"); do
  db="$work/round-$round.db"
  "$attrib" ingest --quiet --db "$db" "$corpus" >/dev/null 2>&1 &
  pid=$!
  sleep "$((RANDOM % 12)).$((RANDOM % 10))"  # anywhere in the ~15 s ingest
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  before=$(sqlite3 "$db" "SELECT count(*) FROM articles" 2>/dev/null || echo 0)
  integrity=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1 | head -1)
  fk=$(sqlite3 "$db" "PRAGMA foreign_key_check" | wc -l)
  check=$("$attrib" check --db "$db" >/dev/null 2>&1 && echo ok || echo FAILED)
  "$attrib" ingest --quiet --db "$db" "$corpus" >/dev/null
  after=$(sqlite3 "$db" "SELECT count(*) FROM articles")
  after_attributions=$(sqlite3 "$db" "SELECT count(*) FROM attributions")
  duplicates=$(sqlite3 "$db" "SELECT count(*) - count(DISTINCT content_hash) FROM articles")
  status=ok
  [ "$integrity" = ok ] && [ "$fk" = 0 ] && [ "$check" = ok ] && [ "$after" = "$expected" ] \
    && [ "$after_attributions" = "$expected_attributions" ] && [ "$duplicates" = 0 ] || status=FAILED
  echo "round $round: killed after $before articles; integrity $integrity, foreign-key rows $fk, attrib check $check; resumed to $after/$expected articles, $after_attributions/$expected_attributions attributions, $duplicates duplicates: $status"
  [ "$status" = ok ] || exit 1
done
echo "$rounds rounds passed, 0 failed"
