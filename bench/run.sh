#!/usr/bin/env bash
# run.sh — scale benchmark of a release attrib binary on synthetic corpora. Builds nothing.
#
# usage: bench/run.sh
#   ATTRIB=path   binary (default <repo>/.build/release/attrib; build it with swift build -c release)
#   SIZES="1000 10000 100000"   corpus sizes in articles      SEED=7   generator seed
#   RUNS=5        runs per query timing                       SEARCH="safe to drive"  search text
#   PEER_SAMPLE=200   articles of the smallest corpus given to the peer (0 = skip the peer)
#
# For each size N: generates bench/out/corpus-N.jsonl once (cached), ingests it into a fresh
# bench/out/N.db under /usr/bin/time -v (articles/s, MB/s, peak RSS, db size / raw size), then
# times each canned query and `attrib search` (RUNS runs: median and max). It also measures,
# on the same articles:
#   - extraction alone: `attrib extract --output articles` (one process, no database);
#   - loading alone: `attrib ingest --attributions` of those records (no extraction);
#   - the floor: the rows of N.db copied by the sqlite3 shell into a fresh database with the same
#     schema, indexes, full-text triggers and pragmas, in one transaction — the cost of writing
#     these rows that no extractor can avoid; attrib's ingest is reported as a fraction of it;
#   - the peer (smallest size only, when bench/peer/.venv exists): spaCy + textacy
#     direct_quotations on PEER_SAMPLE of the articles, and attrib ingest of the same files.
# Finally prints every figure per size, and how it grew from size to size, as one table (via
# bench/report.py).
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
  # Extraction alone, loading alone, and the SQLite floor for the same rows.
  extracted="$out/extracted-$n.jsonl"
  /usr/bin/time -v -o "$out/time-extract-$n.txt" "$attrib" extract --output articles < "$corpus" > "$extracted"
  read -r extract_wall extract_rss < <(report rusage "$out/time-extract-$n.txt")
  load_db="$out/load-$n.db"; rm -f "$load_db" "$load_db-wal" "$load_db-shm"
  /usr/bin/time -v -o "$out/time-load-$n.txt" "$attrib" ingest --db "$load_db" --quiet --attributions "$extracted"
  read -r load_wall load_rss < <(report rusage "$out/time-load-$n.txt")
  rm -f "$extracted" "$load_db" "$load_db-wal" "$load_db-shm"
  floor_db="$out/floor-$n.db"; rm -f "$floor_db" "$floor_db-wal" "$floor_db-shm"
  sqlite3 "$floor_db" < "$repo/schema.sql"
  copy="PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;
        ATTACH '$db' AS src; BEGIN;"
  for table in articles sources source_aliases claims claim_origin_keys attributions attribution_pieces relays claim_buckets; do
    copy="$copy INSERT INTO main.$table SELECT * FROM src.$table;"
  done
  /usr/bin/time -v -o "$out/time-floor-$n.txt" sqlite3 "$floor_db" "$copy COMMIT;" > /dev/null
  read -r floor_wall floor_rss < <(report rusage "$out/time-floor-$n.txt")
  rm -f "$floor_db" "$floor_db-wal" "$floor_db-shm"
  python3 - "$n" "$wall" "$extract_wall" "$load_wall" "$floor_wall" >> "$results" <<'PY'
import sys
n, ingest, extract, load, floor = int(sys.argv[1]), *(max(float(v), 0.01) for v in sys.argv[2:])
for metric, value in [("extract only articles/s (1 process)", n / extract), ("load only articles/s (--attributions)", n / load),
                      ("floor articles/s (sqlite3 copy)", n / floor), ("ingest as fraction of floor", floor / ingest)]:
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

# The peer, on a sample of the smallest corpus written out as .txt files (headline first).
peer_py="$here/peer/.venv/bin/python"
peer_sample="${PEER_SAMPLE:-200}"
smallest=$(echo $sizes | tr ' ' '\n' | sort -n | head -1)
if [[ "$peer_sample" -gt 0 && -x "$peer_py" ]]; then
  sample="$out/peer-sample"; rm -rf "$sample"; mkdir -p "$sample"
  head -n "$peer_sample" "$out/corpus-$smallest.jsonl" | python3 -c '
import json, sys, os
for i, line in enumerate(sys.stdin):
    a = json.loads(line)
    open(os.path.join(sys.argv[1], "%05d.txt" % i), "w").write(a.get("title", "") + "\n\n" + a["text"] + "\n")
' "$sample"
  echo "== peer: textacy direct_quotations on $peer_sample articles"
  "$peer_py" "$here/peer/textacy_quotes.py" -o "$out/peer.jsonl" "$sample" 2> "$out/peer.txt" || true
  peer_rate=$(awk '/peer articles\/s/ {print $3}' "$out/peer.txt")
  rm -f "$out/peer-sample.db"*
  start=$(python3 -c 'import time; print(time.perf_counter())')
  "$attrib" ingest --db "$out/peer-sample.db" --quiet "$sample" > /dev/null
  attrib_rate=$(python3 -c "import time; print($peer_sample / (time.perf_counter() - $start))")
  rm -f "$out/peer-sample.db"*
  if [[ -n "$peer_rate" ]]; then
    put "$smallest" "peer articles/s (textacy, extraction only)" "$peer_rate"
    put "$smallest" "attrib articles/s on the peer sample (.txt files)" "$attrib_rate"
    put "$smallest" "attrib / peer" "$(python3 -c "print($attrib_rate / $peer_rate)")"
  else
    echo "peer did not report a rate; see $out/peer.txt" >&2
  fi
fi

echo
echo "== attrib scale benchmark ($(basename "$attrib"), seed $seed, $runs runs per query; results in $results)"
report table "$results"
