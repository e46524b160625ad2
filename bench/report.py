#!/usr/bin/env python3
"""report.py — helpers for bench/run.sh (standard library only).

  report.py time RUNS CMD...      run CMD (stdout to /dev/null) RUNS times; print "median_ms max_ms"
  report.py rusage TIME_V_FILE    print "wall_seconds peak_rss_kb" from `/usr/bin/time -v` output
  report.py table RESULTS.tsv     print the final table: one row per metric, one column per corpus
                                  size, and between sizes the factor by which the figure grew

RESULTS.tsv lines are "size<TAB>metric<TAB>value", in the order the metrics should be shown.
"""
import statistics
import subprocess
import sys
import time


def time_cmd(runs, cmd):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    print(f"{statistics.median(times):.1f} {max(times):.1f}")


def rusage(path):
    wall = rss = None
    for line in open(path, encoding="utf-8", errors="replace"):
        key, _, value = line.strip().rpartition(": ")
        if key.startswith("Elapsed (wall clock) time"):
            seconds = 0.0
            for part in value.split(":"):  # h:mm:ss or m:ss.ss
                seconds = seconds * 60 + float(part)
            wall = seconds
        elif key == "Maximum resident set size (kbytes)":
            rss = int(value)
    if wall is None or rss is None:
        sys.exit(f"report.py: no wall time / max RSS in {path}: was it written by /usr/bin/time -v?")
    print(f"{wall:.3f} {rss}")


def fmt(value):
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value < 10 else f"{value:.1f}"


def table(path):
    sizes, metrics, values = [], [], {}
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        size, metric, value = line.rstrip("\n").split("\t")
        size = int(size)
        if size not in sizes:
            sizes.append(size)
        if metric not in metrics:
            metrics.append(metric)
        values[size, metric] = float(value)
    sizes.sort()
    header = ["metric"]
    for i, size in enumerate(sizes):
        if i:
            header.append(f"x{size / sizes[i - 1]:g}")
        header.append(f"N={size:,}")
    rows = [header]
    for metric in metrics:
        row = [metric]
        for i, size in enumerate(sizes):
            value = values.get((size, metric))
            if i:
                before = values.get((sizes[i - 1], metric))
                row.append(f"x{value / before:.2f}" if value is not None and before else "")
            row.append(fmt(value) if value is not None else "-")
        rows.append(row)
    widths = [max(len(r[c]) for r in rows) for c in range(len(header))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(w) if c == 0 else cell.rjust(w)
                        for c, (cell, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print("x columns: how much the figure grew from the previous size"
          " (times and sizes should track the corpus-size factor, rates should stay near x1)")


def main(argv):
    if len(argv) >= 3 and argv[0] == "time":
        time_cmd(int(argv[1]), argv[2:])
    elif len(argv) == 2 and argv[0] == "rusage":
        rusage(argv[1])
    elif len(argv) == 2 and argv[0] == "table":
        table(argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
