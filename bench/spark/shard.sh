#!/usr/bin/env bash
# Spark pipes one partition's JSON lines into this script: it ingests them into a shard
# database of its own and prints the shard's path (one line), which the driver collects.
#   shard.sh ATTRIB SHARD_DIR < lines
set -euo pipefail
attrib=$1
dir=$2
shard="$dir/shard-$$-$RANDOM.jsonl"
cat > "$shard"
"$attrib" ingest --quiet --db "${shard%.jsonl}.db" "$shard" > /dev/null
rm -f "$shard"
echo "${shard%.jsonl}.db"
