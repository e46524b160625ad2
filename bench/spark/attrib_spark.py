"""Run attrib's extraction under Apache Spark (local mode here, any cluster the same way).

Default (--mode extract): extraction is the map step. Each partition of a JSON-lines corpus is
piped (RDD.pipe) through `attrib extract --output articles`, a stateless filter; the extracted
records are saved as part files (in corpus order), and one writer loads them with
`attrib ingest --attributions`, which links claims across the whole corpus.
--mode merge: each partition is ingested into a shard database of its own (`shard.sh`) and the
shards are combined with `attrib merge`, which re-links claims across the shards.
With --check, the result is compared with a single-process ingest of the same corpus (every
attribution, and which attributions form one claim).

usage: attrib_spark.py CORPUS.jsonl OUT_DIR [--partitions N] [--attrib PATH] [--mode extract|merge] [--check]
"""
import argparse
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys

from pyspark import SparkConf, SparkContext

HERE = os.path.dirname(os.path.abspath(__file__))


def snapshot(path):
    """Attributions as comparable rows, and claims as sets of attribution keys."""
    db = sqlite3.connect(path)
    rows = db.execute("""
        SELECT ar.name, a.ordinal, a.kind, a.content, a.cue, a.stance, a.start_offset, a.end_offset, a.rule,
               COALESCE(s.name, s.descriptor), s.kind, a.claim_id,
               (SELECT group_concat(outlet, '>') FROM relays r WHERE r.attribution_id = a.id)
          FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN sources s ON s.id = a.source_id
         ORDER BY ar.name, a.ordinal""").fetchall()
    records, claims = [], {}
    for row in rows:
        key = f"{row[0]}#{row[1]}"
        claims.setdefault(row[11], set()).add(key)
        records.append((key,) + tuple(row[2:11]) + (row[12],))
    return records, {frozenset(members) for members in claims.values()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--attrib", default=os.path.join(HERE, "..", "..", ".build", "release", "attrib"))
    parser.add_argument("--mode", choices=["extract", "merge"], default="extract")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    attrib = os.path.abspath(args.attrib)
    out = os.path.abspath(args.out)
    os.makedirs(os.path.join(out, "shards"), exist_ok=True)
    final = os.path.join(out, "corpus.db")
    for stale in [final] + [os.path.join(out, "shards", f) for f in os.listdir(os.path.join(out, "shards"))]:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(stale + suffix):
                os.remove(stale + suffix)

    conf = SparkConf().setAppName("attrib").setMaster(f"local[{os.cpu_count() or 2}]")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    # textFile splits the corpus into contiguous ranges, and collect() returns the partitions'
    # output in order, so merging the shards in that order sees the articles in corpus order.
    lines = sc.textFile(os.path.abspath(args.corpus), minPartitions=args.partitions)
    if args.mode == "extract":
        # The map step: articles in, extracted-article records out, partition by partition.
        extracted = os.path.join(out, "extracted")
        if os.path.isdir(extracted):
            shutil.rmtree(extracted)
        command = " ".join(shlex.quote(part) for part in [attrib, "extract", "--output", "articles"])
        lines.pipe(command, env={"PATH": os.environ.get("PATH", "")}).saveAsTextFile(extracted)
        sc.stop()
        parts = sorted(os.path.join(extracted, f) for f in os.listdir(extracted) if f.startswith("part-"))
        print(f"{len(parts)} partitions extracted by Spark ({args.partitions} requested)")
        # The reduce step: one writer loads the records, in corpus order, and links the claims.
        loads = [arg for part in parts for arg in ("--attributions", part)]
        subprocess.run([attrib, "ingest", "--quiet", "--db", final, *loads], check=True, stdout=subprocess.DEVNULL)
    else:
        command = " ".join(shlex.quote(part) for part in [os.path.join(HERE, "shard.sh"), attrib, os.path.join(out, "shards")])
        shard_paths = lines.pipe(command, env={"PATH": os.environ.get("PATH", "")}).collect()
        sc.stop()
        print(f"{len(shard_paths)} shards written by Spark ({args.partitions} partitions requested)")
        subprocess.run([attrib, "merge", *shard_paths, "--into", final], check=True)
    if not args.check:
        return 0
    single = os.path.join(out, "single.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(single + suffix):
            os.remove(single + suffix)
    subprocess.run([attrib, "ingest", "--quiet", "--db", single, os.path.abspath(args.corpus)], check=True, stdout=subprocess.DEVNULL)
    got, expected = snapshot(final), snapshot(single)
    same_records = got[0] == expected[0]
    same_claims = got[1] == expected[1]
    print(f"check: {len(got[0])} attributions from Spark, {len(expected[0])} from a single ingest; "
          f"attributions {'equal' if same_records else 'DIFFER'}; claims {'equal' if same_claims else 'DIFFER'} "
          f"({len(got[1])} vs {len(expected[1])})")
    return 0 if same_records and same_claims else 1


if __name__ == "__main__":
    sys.exit(main())
