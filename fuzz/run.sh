#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each for a set time from a seed
# corpus of the project's own fixtures (not part of CI).
#   fuzz/run.sh [SECONDS_PER_TARGET=60]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build/fuzz
mkdir -p "$out/corpus-extractor" "$out/corpus-reader"
cp Tests/Fixtures/devset/articles/*.txt "$out/corpus-extractor/"
cp Tests/AttribStoreTests/Fixtures/ingest/* Sources/attrib/Demo/* "$out/corpus-reader/"
sources=$(find Sources/AttribStore -name '*.swift' | sort)
flags=(-O -sanitize=fuzzer,address -parse-as-library -module-name AttribStore
       -I Sources/CSQLite -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lsqlite3 -lxml2)
for target in extractor reader; do
  file=fuzz/$(tr '[:lower:]' '[:upper:]' <<< "${target:0:1}")${target:1}Target.swift
  echo "== building $target"
  swiftc "${flags[@]}" $sources "$file" -o "$out/fuzz-$target"
  echo "== fuzzing $target for ${seconds}s"
  # detect_leaks=0: the only report is a lazily created static (a regular expression) never freed.
  ASAN_OPTIONS=detect_leaks=0 "$out/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
    -artifact_prefix="$out/crash-$target-" "$out/corpus-$target" 2>&1 | tail -4
done
