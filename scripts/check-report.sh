#!/usr/bin/env bash
# Browser check of a page written by `attrib report --html` (not part of CI).
#
#   scripts/check-report.sh REPORT.html [SCREENSHOT.png]
#
# Opens the page in headless Chromium (installing Debian's `chromium` package first if no
# Chromium is on the machine; needs root and Debian's package archive, nothing else from the
# network), saves a 1280px-wide screenshot (default /tmp/attrib-report.png), dumps the DOM after
# the page's JavaScript has run, and checks that the provenance graph, the outlet chart and the
# claims table were drawn. Prints one line per check, then "report check: N passed, N failed";
# exits 1 if any check failed.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || "$1" == "-h" || "$1" == "--help" ]]; then
  echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2
  exit 2
fi
report=$1
shot=${2:-/tmp/attrib-report.png}
if [[ ! -f "$report" ]]; then
  echo "check-report: no such file: $report" >&2
  exit 2
fi

find_chromium() {
  local name
  for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

if ! chrome=$(find_chromium); then
  echo "check-report: Chromium not found; installing Debian's chromium package" >&2
  if [[ $(id -u) -ne 0 ]]; then
    echo "check-report: need root to install chromium (apt-get install chromium)" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if ! apt-cache policy chromium | grep -q 'Candidate: [0-9]'; then
    echo "check-report: apt has no 'chromium' package candidate" >&2
    exit 2
  fi
  apt-get install -y -qq chromium >/dev/null
  chrome=$(find_chromium) || { echo "check-report: chromium did not install" >&2; exit 2; }
fi

# file:// URL of the report's absolute path, with the characters that matter in a URL escaped.
abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
url="file://$(printf '%s' "$abs" | sed -e 's/%/%25/g' -e 's/ /%20/g' -e 's/#/%23/g' -e 's/?/%3F/g')"

work=$(mktemp -d /tmp/check-report.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$shot")"

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
       --disable-extensions --disable-dev-shm-usage --mute-audio --virtual-time-budget=5000
       --run-all-compositor-stages-before-draw --window-size=1280,2000)

# Screenshot (the file tool, or any image viewer, shows it).
rm -f "$shot"
timeout 120 "$chrome" "${flags[@]}" --user-data-dir="$work/profile-shot" --screenshot="$shot" "$url" \
  >"$work/shot.log" 2>&1 || true

# DOM after the scripts ran; console messages go to the log so JavaScript errors can be seen.
timeout 120 "$chrome" "${flags[@]}" --user-data-dir="$work/profile-dom" --enable-logging=stderr --v=0 \
  --dump-dom "$url" >"$work/dom.html" 2>"$work/dom.log" || true

# One line per DOM, so the patterns below can span what were lines.
dom=$(tr '\n\r' '  ' <"$work/dom.html")

passed=0
failed=0
check() { # check DESCRIPTION OK(0/1) DETAIL
  if [[ $2 -eq 1 ]]; then
    passed=$((passed + 1)); echo "ok    $1 ($3)"
  else
    failed=$((failed + 1)); echo "FAIL  $1 ($3)"
  fi
}
count() { # count PATTERN TEXT: how many times the Perl regex PATTERN matches TEXT
  printf '%s' "$2" | { grep -oP "$1" || true; } | wc -l | tr -d ' '
}
element() { # element TAG ID: the first <TAG id="ID" ...>...</TAG> in the DOM (TAG must not nest in itself)
  printf '%s' "$dom" | { grep -oP "<$1(?=[\\s>])[^>]*\\bid=\"$2\"[^>]*>.*?</$1>" || true; } | head -n 1
}

size=$(wc -c <"$work/dom.html" | tr -d ' ')
check "Chromium rendered the page" $([[ $size -gt 1000 ]] && echo 1 || echo 0) "$size bytes of DOM"

errors=$(grep -cE 'Uncaught|SyntaxError|TypeError|ReferenceError' "$work/dom.log" || true)
check "no JavaScript errors" $([[ $errors -eq 0 ]] && echo 1 || echo 0) "$errors in the console"
if [[ $errors -ne 0 ]]; then grep -E 'Uncaught|SyntaxError|TypeError|ReferenceError' "$work/dom.log" | head -n 5 | sed 's/^/      /'; fi

# The page's script fills #totals; if it is empty the script never ran (e.g. a data string holding
# "<!--<script" unescaped makes the HTML parser swallow the rest of the page into the script).
stats=$(count '<div(?=[\s>])[^>]*\bclass="stat(?=[\s"])' "$dom")
check "the page's script ran" $([[ $stats -ge 4 ]] && echo 1 || echo 0) "$stats totals shown"

graph=$(element svg provenance-graph)
nodes=$(count 'class="node(?=[\s"])' "$graph")
edges=$(count 'class="edge(?=[\s"])' "$graph")
check "#provenance-graph has >= 3 nodes" $([[ $nodes -ge 3 ]] && echo 1 || echo 0) "$nodes .node"
check "#provenance-graph has >= 2 edges" $([[ $edges -ge 2 ]] && echo 1 || echo 0) "$edges .edge"

chart=$(element svg outlet-chart)
bars=$(count '<rect(?=[\s>])[^>]*\bclass="bar(?=[\s"])' "$chart")
named=$(count '<rect(?=[\s>])[^>]*\bclass="bar named"' "$chart")
unnamed=$(count '<rect(?=[\s>])[^>]*\bclass="bar unnamed"' "$chart")
check "#outlet-chart has >= 1 rect.bar" $([[ $bars -ge 1 ]] && echo 1 || echo 0) "$named named, $unnamed unnamed segments"

table=$(element table claims-table)
body=$(printf '%s' "$table" | { grep -oP '<tbody(?=[\s>])[^>]*>.*?</tbody>' || true; } | head -n 1)
trs=$(count '<tr(?=[\s>])' "$body")
empties=$(count '<td(?=[\s>])[^>]*\bclass="empty"' "$body")
rows=$((trs - empties))
check "claims table has >= 1 row" $([[ $rows -ge 1 ]] && echo 1 || echo 0) "$rows rows"

if printf '%s' "$dom" | grep -qP '<p(?=[\s>])[^>]*\bid="sample-notice"[^>]*\bhidden'; then
  echo "note  data: embedded report JSON"
elif [[ $size -gt 1000 ]]; then
  echo "note  data: the template's built-in sample (no JSON was embedded)"
fi
if [[ -s "$shot" ]]; then echo "note  screenshot: $shot"; else echo "note  no screenshot was written (see Chromium's output)"; fi

echo "report check: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
