#!/usr/bin/env bash
# run.sh — scale benchmark of a release attrib binary on synthetic corpora. Builds nothing.
#
# usage: bench/run.sh
#   ATTRIB=path   binary (default <repo>/.build/release/attrib; build it with swift build -c release)
#   SIZES="1000 10000 100000"   corpus sizes in articles      SEED=7   generator seed
#   RUNS=5        runs per query timing                       SEARCH="safe to drive"  search text
#
# For each size N: generates bench/out/corpus-N.jsonl once (cached), ingests it into a fresh
# bench/out/N.db under /usr/bin/time -v (articles/s, MB/s, peak RSS, db size / raw size), then
# times each canned query and `attrib search` (RUNS runs: median and max). Finally prints every
# figure per size, and how it grew from size to size, as one table (via bench/report.py).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
attrib="${ATTRIB:-$repo/.build/release/attrib}"
sizes="${SIZES:-1000 10000 100000}"
seed="${SEED:-7}"
runs="${RUNS:-5}"
search_text="${SEARCH:-safe to drive}"
queries="unnamed-only speakers anonymous denials relays claims"
out="$here/out"
report() { python3 "$here/report.py" "$@"; }

if [[ ! -x "$attrib" ]]; then
  echo "run.sh: attrib binary not found at $attrib — build it with 'swift build -c release'" \
       "or point ATTRIB at it." >&2
  exit 2
fi
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$out"
results="$out/results.tsv"; : > "$results"
put() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$results"; }   # size metric value

for n in $sizes; do
  corpus="$out/corpus-$n.jsonl"
  if [[ ! -s "$corpus" ]]; then
    python3 "$here/generate_corpus.py" --articles "$n" --out "$out/gen-$n" --seed "$seed" --format jsonl
    mv "$out/gen-$n/corpus.jsonl" "$corpus" && rmdir "$out/gen-$n"
  fi
  db="$out/$n.db"
  rm -f "$db" "$db-wal" "$db-shm"
  echo "== N=$n: ingest $corpus"
  /usr/bin/time -v -o "$out/time-$n.txt" "$attrib" ingest --db "$db" --quiet "$corpus"
  read -r wall rss_kb < <(report rusage "$out/time-$n.txt")
  raw=$(stat -c %s "$corpus")
  dbsize=$(( $(stat -c %s "$db") + $( [[ -f "$db-wal" ]] && stat -c %s "$db-wal" || echo 0) ))
  python3 - "$n" "$wall" "$rss_kb" "$raw" "$dbsize" >> "$results" <<'PY'
import sys
n, wall, rss_kb, raw, db = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
wall = max(wall, 0.01)  # time -v reports hundredths of a second
for metric, value in [("ingest s", wall), ("ingest articles/s", n / wall), ("ingest MB/s", raw / 1e6 / wall),
                      ("ingest peak RSS MB", rss_kb / 1024), ("raw MB", raw / 1e6), ("db MB", db / 1e6),
                      ("db / raw", db / raw)]:
    print(f"{n}\t{metric}\t{value}")
PY
  for q in $queries; do
    read -r median worst < <(report time "$runs" "$attrib" query "$q" --db "$db" --format json)
    put "$n" "query $q median ms" "$median"; put "$n" "query $q max ms" "$worst"
  done
  read -r median worst < <(report time "$runs" "$attrib" search "$search_text" --db "$db")
  put "$n" "search median ms" "$median"; put "$n" "search max ms" "$worst"
  awk -F'\t' -v n="$n" '$1 == n { printf "  %-28s %.4g\n", $2, $3 }' "$results"
done

echo
echo "== attrib scale benchmark ($(basename "$attrib"), seed $seed, $runs runs per query; results in $results)"
report table "$results"
