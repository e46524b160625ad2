#!/usr/bin/env bash
# compare.sh — score and time attrib against the peer (spaCy en_core_web_sm + textacy direct quotes).
#
# usage: bench/peer/compare.sh [--peer-only]
#   ATTRIB=path/to/attrib   (default: <repo>/.build/release/attrib)
#   DEVSET=dir              (default: <repo>/Tests/Fixtures/devset, with articles/ and gold/)
#
# For each evaluation set that exists — the seeds (/work/shared/corpus/seeds, gold
# /work/shared/eval/gold), the devset (Tests/Fixtures/devset/{articles,gold}) and the held-out
# news33 articles (eval/news33-heldout-gold) — it runs the
# peer, scores it with score.py (all items, and --direct-only), then, if the attrib binary exists,
# ingests the same .txt files into a temp db, exports, scores, and times the ingest. It prints the
# two systems' scores side by side, their articles/s and the throughput ratio attrib/peer.
# Exits non-zero when the peer venv is missing (run setup.sh), or when the attrib binary is
# missing, unless --peer-only is given.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
attrib="${ATTRIB:-$repo/.build/release/attrib}"
score=/work/shared/eval/score.py
peer_py="$here/.venv/bin/python"
peer_only=0; [[ "${1:-}" == "--peer-only" ]] && peer_only=1

[[ -x "$peer_py" ]] || { echo "compare.sh: peer venv missing: run bench/peer/setup.sh" >&2; exit 2; }
have_attrib=1
if [[ ! -x "$attrib" ]]; then
  have_attrib=0
  echo "compare.sh: attrib binary not found at $attrib (build it with 'swift build -c release'" \
       "or set ATTRIB); running the peer half only." >&2
fi

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
now() { python3 -c 'import time; print(time.perf_counter())'; }

# side_by_side TITLE PEER.json ATTRIB.json(or "") — one metric per row.
side_by_side() {
  python3 - "$@" <<'PY'
import json, sys
title, peer, attrib = sys.argv[1], json.load(open(sys.argv[2])), None
if sys.argv[3]:
    attrib = json.load(open(sys.argv[3]))
print(f"  {title}")
print(f"    {'metric':<27}{'peer':>9}{'attrib':>9}")
for key, value in peer.items():
    other = attrib.get(key, "") if attrib else "-"
    print(f"    {key:<27}{value!s:>9}{other!s:>9}")
PY
}

run_set() {  # NAME ARTICLES_DIR GOLD_DIR
  local name="$1" articles="$2" gold="$3"
  if [[ ! -d "$articles" || ! -d "$gold" ]]; then
    echo "== $name: skipped ($articles or $gold does not exist)"; echo; return
  fi
  mapfile -t files < <(find -L "$articles" -name '*.txt' -type f | sort)
  local n=${#files[@]}
  if (( n == 0 )); then echo "== $name: skipped (no .txt articles in $articles)"; echo; return; fi
  echo "== $name: $n articles from $articles, gold $gold"

  "$peer_py" "$here/textacy_quotes.py" -o "$work/$name-peer.jsonl" "${files[@]}" 2> "$work/$name-peer.log"
  grep '^failed' "$work/$name-peer.log" | sed 's/^/  peer /' || true
  python3 "$score" "$gold" "$work/$name-peer.jsonl" --json > "$work/$name-peer.json"
  python3 "$score" "$gold" "$work/$name-peer.jsonl" --json --direct-only > "$work/$name-peer-direct.json"
  local peer_rate peer_rate_all
  peer_rate=$(sed -n 's/^peer articles\/s \([0-9.]*\) (extraction only)  \([0-9.]*\).*/\1/p' "$work/$name-peer.log")
  peer_rate_all=$(sed -n 's/^peer articles\/s \([0-9.]*\) (extraction only)  \([0-9.]*\).*/\2/p' "$work/$name-peer.log")
  local peer_failed; peer_failed=$(sed -n 's/^peer articles .* failed \([0-9]*\) .*/\1/p' "$work/$name-peer.log")

  local attrib_json="" attrib_direct="" attrib_rate=""
  if (( have_attrib )); then
    local db="$work/$name.db" t0 t1
    t0=$(now)
    "$attrib" ingest --db "$db" --quiet "${files[@]}"
    t1=$(now)
    "$attrib" export --db "$db" --format jsonl > "$work/$name-attrib.jsonl"
    python3 "$score" "$gold" "$work/$name-attrib.jsonl" --json > "$work/$name-attrib.json"
    python3 "$score" "$gold" "$work/$name-attrib.jsonl" --json --direct-only > "$work/$name-attrib-direct.json"
    attrib_json="$work/$name-attrib.json"; attrib_direct="$work/$name-attrib-direct.json"
    attrib_rate=$(python3 -c "print(f'{$n / ($t1 - $t0):.1f}')")
  fi

  side_by_side "score.py (all items)" "$work/$name-peer.json" "$attrib_json"
  side_by_side "score.py --direct-only" "$work/$name-peer-direct.json" "$attrib_direct"
  echo "  speed"
  echo "    peer    $peer_rate articles/s extraction only, $peer_rate_all including model load" \
       "($peer_failed of $n articles failed in textacy)"
  if (( have_attrib )); then
    echo "    attrib  $attrib_rate articles/s (ingest wall time, process start to exit, incl. SQLite)"
    python3 -c "print(f'    ratio   attrib/peer = {$attrib_rate / $peer_rate:.1f}x (extraction only), '
                      f'{$attrib_rate / $peer_rate_all:.1f}x (peer incl. model load)')"
  else
    echo "    attrib  (binary missing)"
  fi
  echo
}

# gold_subset ARTICLES_DIR GOLD_DIR OUT — links into OUT the articles of ARTICLES_DIR that have gold.
gold_subset() {
  mkdir -p "$3"
  for g in "$2"/*.json; do
    local name; name=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["article"])' "$g")
    [[ -f "$1/$name" ]] && ln -sf "$1/$name" "$3/$name"
  done
}

run_set seeds /work/shared/corpus/seeds /work/shared/eval/gold
devset="${DEVSET:-$repo/Tests/Fixtures/devset}"
run_set devset "$devset/articles" "$devset/gold"
# The 19 news33 articles whose gold was written by sessions that never saw attrib (eval/news33-heldout-gold).
if [[ -d /work/shared/corpus/news33 ]]; then
  gold_subset /work/shared/corpus/news33 "$repo/eval/news33-heldout-gold" "$work/heldout"
  run_set news33-heldout "$work/heldout" "$repo/eval/news33-heldout-gold"
fi

if (( ! have_attrib && ! peer_only )); then
  echo "compare.sh: attrib binary missing at $attrib: only the peer was measured." >&2
  exit 3
fi
