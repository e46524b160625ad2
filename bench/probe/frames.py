#!/usr/bin/env python3
"""Frame probe: ordinary clauses and real speaker phrases in the plainest attribution frames.

A rule set can score well on the articles it was written from and still fail on the simplest
sentences it never met. This probe takes narration sentences from real articles (sentences with
no quotation marks and no verb of saying) and real speaker phrases from gold files, puts them in
frames any reader parses at once ("P, NAME said.", "NAME said P.", "P, NAME, ROLE, said.",
"“P,” NAME said.", "P, according to X.", "NAME denied that P.", ...) and checks that attrib
returns each clause whole, with the right speaker, stance and relay.

Every failure it prints is a sentence a person can read and judge. Some are the probe's own
(a sentence cut at an abbreviation, a clause that holds a verb of saying the filter missed);
the rest are bugs. It is a diagnostic, not a test: it prints rates, it asserts nothing.

usage: bench/probe/frames.py [--attrib BIN] [--baseline BIN] [--shared DIR] [--limit N] [--show K]
"""
import argparse, collections, glob, json, os, random, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Verbs and nouns of saying: a sentence holding one may carry a statement of its own.
SAYING = re.compile(r"\b(say|says|said|told|tell|tells|according|report\w*|claim\w*|add(ed|s)|stated?|den(y|ies|ied|ial)|announc\w*|"
                    r"confirm\w*|not(ed|es)|warn\w*|insist\w*|argu\w*|believ\w*|explain\w*|wr(ote|ites)|ask\w*|suggest\w*|call(ed|s)|"
                    r"describ\w*|cit\w*|accus\w*|alleg\w*|quot\w*|sources?|spokes\w*|statement|interview|think\w*|thought|expect\w*|"
                    r"estimat\w*|predict\w*|admit\w*|acknowledg\w*|declin\w*|refus\w*|reject\w*|dismiss\w*|urg\w*|named|testif\w*|"
                    r"disput\w*|question\w*|promis\w*|vow\w*|pledg\w*|threaten\w*|blam\w*|conclud\w*|found|show\w*|reveal\w*|learn\w*|"
                    r"inform\w*|tweet\w*|post(ed|s)|stress\w*|declar\w*|counter\w*|assert\w*|maintain\w*|reiterat\w*|emphasi\w*)\b", re.I)
OPENERS = {"the", "a", "an", "it", "this", "that", "these", "those", "there", "they", "he", "she", "we", "many", "some", "most",
           "several", "more", "no", "all", "both", "each", "his", "her", "their", "its", "our", "one", "two", "three", "in", "on",
           "at", "after", "before", "during", "since", "while", "when", "about", "nearly", "almost", "only", "last", "other",
           "another", "such", "few", "police"}

def clauses(shared, limit, rng):
    files = sorted(glob.glob(f"{shared}/corpus/seeds/*.txt") + glob.glob(f"{shared}/corpus/news33/*.txt"))
    found = set()
    for path in files:
        for para in open(path, errors="ignore").read().split("\n")[1:]:
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para.strip()):
                words = s.split()
                if not s.endswith(".") or not 6 <= len(words) <= 30 or not s[0].isupper(): continue
                if re.search(r"[\"“”‘’()\[\]:;—–]|\s-\s|'(?!s\b)", s) or SAYING.search(s): continue
                if re.search(r"\b(Mr|Mrs|Ms|Dr|St|Jr|Sen|Rep|Gov|Gen|Inc|Co|Corp|Ltd|No|U\.S|a\.m|p\.m)\.", s): continue
                found.add(s[:-1])
    found = sorted(found); rng.shuffle(found)
    return found[:limit]

def speakers(shared, limit, rng):
    golds = glob.glob(f"{shared}/eval/gold/*.json") + glob.glob(f"{ROOT}/eval/*/*.json") + glob.glob(f"{ROOT}/Tests/Fixtures/devset/gold/*.json")
    rows = set()
    for path in golds:
        for a in json.load(open(path)).get("attributions", []):
            s = a["source"]
            if s.get("type") == "anonymous" and s.get("descriptor"):
                d = s["descriptor"]
                if 2 <= len(d.split()) <= 10 and not re.search(r"[“”\"()]", d) and d.split()[0].lower() in {"a", "an", "two", "three", "several", "one", "some", "many", "people", "sources", "officials"}:
                    rows.add(("unnamed", d, d))
            elif s.get("type") == "person" and s.get("name") and len(s["name"].split()) >= 2:
                name, role = s["name"], (s.get("role") or "").strip()
                rows.add(("name", name, name))
                if role and len(role.split()) <= 8 and not re.search(r"[“”\"()]", role):
                    rows.add(("name, role,", f"{name}, {role[0].lower() + role[1:] if role.split()[0].lower() in ('a', 'an', 'the') else role},", name))
    rows = sorted(rows); rng.shuffle(rows)
    return rows[:limit]

def lower_first(p):
    return p[0].lower() + p[1:] if p.split()[0].lower() in OPENERS else p

SPEAKER = "Sunusi Amiru"
CLAUSE_FRAMES = {  # name: (text, expected speaker, expected stance, expected relay, expected kind, clause as it must come back)
    "P, ROLE NAME said.":        lambda p: (f"{p}, police spokesman {SPEAKER} said.", SPEAKER, None, None, "indirect", p),
    "P, said NAME, a ROLE.":     lambda p: (f"{p}, said {SPEAKER}, a police spokesman.", SPEAKER, None, None, "indirect", p),
    "NAME, a ROLE, said P.":     lambda p: (f"{SPEAKER}, a police spokesman, said {lower_first(p)}.", SPEAKER, None, None, "indirect", lower_first(p)),
    "NAME said that P.":         lambda p: (f"{SPEAKER} said that {lower_first(p)}.", SPEAKER, None, None, "indirect", lower_first(p)),
    "P, according to police.":   lambda p: (f"{p}, according to police.", "police", None, None, "indirect", p),
    "NAME denied that P.":       lambda p: (f"{SPEAKER} denied that {lower_first(p)}.", SPEAKER, "denies", None, "indirect", lower_first(p)),
    "P, OUTLET reported, citing X.": lambda p: (f"{p}, the Harbor Ledger reported, citing two officials.", "two officials", None, "Harbor Ledger", "indirect", p),
    "“P,” NAME said.":           lambda p: (f"\u201c{p},\u201d {SPEAKER} said.", SPEAKER, None, None, "direct", p),
}
SPEAKER_FRAMES = {
    "P, SPEAKER said.":  lambda s: f"The bridge would stay closed until the end of the month, {s} said.",
    "P, said SPEAKER.":  lambda s: f"The bridge would stay closed until the end of the month, said {s.rstrip(',')}.",
    "SPEAKER said P.":   lambda s: f"{s[0].upper() + s[1:]} said the bridge would stay closed until the end of the month.",
    "“P,” SPEAKER said.": lambda s: f"\u201cThe bridge will stay closed until the end of the month,\u201d {s} said.",
}

def norm(s):
    """Words only; a leading "But"/"And" counts either way (gold sets differ on it)."""
    return re.sub(r"^(but|and) ", "", re.sub(r"\W+", " ", s or "").strip().lower())

def run(binary, articles):
    lines = "".join(json.dumps({"id": i, "title": "Probe", "text": f"Officials spoke on Monday.\n\n{t}\n\nThe town was quiet later."}) + "\n" for i, t in articles)
    out = subprocess.run([binary, "extract"], input=lines, capture_output=True, text=True, check=True).stdout
    got = collections.defaultdict(list)
    for line in out.splitlines():
        r = json.loads(line); got[r["article"]].append(r)
    return got

def speaker_of(r):
    s = r["source"]; return s.get("name") or s.get("descriptor") or s.get("mention") or ""

def probe(binary, cls, spk):
    results = {}
    for name, frame in CLAUSE_FRAMES.items():
        cases = [(f"c{i}", frame(p)) for i, p in enumerate(cls)]
        got = run(binary, [(i, c[0]) for i, c in cases])
        fails = []
        for i, (text, who, stance, relay, kind, want) in cases:
            hits = [r for r in got[i] if norm(r["text"]) == norm(want)]
            r = hits[0] if hits else None
            ok = r is not None and who.lower() in speaker_of(r).lower() and (stance is None or r["stance"] == stance) \
                and (relay is None or any(relay in x for x in r["relayed_by"])) and r["kind"] == kind
            if not ok: fails.append((text, " || ".join(f"{speaker_of(x)}: {x['text']}" for x in got[i]) or "(nothing)"))
        results[name] = (len(cases), fails)
    for name, frame in SPEAKER_FRAMES.items():
        cases = [(f"s{i}", frame(s), want, kind) for i, (kind, s, want) in enumerate(spk)]
        got = run(binary, [(i, t) for i, t, _, _ in cases])
        fails = []
        for i, text, want, kind in cases:
            hits = [r for r in got[i] if "bridge" in r["text"]]
            who = speaker_of(hits[0]) if hits else ""
            ok = bool(hits) and (norm(who) == norm(want) or kind == "unnamed" and norm(want).startswith(norm(who)) and len(norm(who)) >= 0.6 * len(norm(want)))
            if not ok: fails.append((text, who or "(nothing)"))
        results[name] = (len(cases), fails)
    return results

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--attrib", default=f"{ROOT}/.build/release/attrib")
    ap.add_argument("--baseline", help="a second attrib binary, probed the same way")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--limit", type=int, default=600)
    ap.add_argument("--show", type=int, default=5, help="failures to print per frame")
    a = ap.parse_args()
    if not os.path.isdir(f"{a.shared}/corpus/seeds"): sys.exit(f"frames.py: no shared corpus at {a.shared}")
    rng = random.Random(15)
    cls, spk = clauses(a.shared, a.limit, rng), speakers(a.shared, a.limit, rng)
    print(f"{len(cls)} narration clauses from the seeds and news33; {len(spk)} speaker phrases from gold files")
    this = probe(a.attrib, cls, spk)
    base = probe(a.baseline, cls, spk) if a.baseline else None
    print(f"\n{'frame':34} {'attrib':>8}" + (f" {'baseline':>9}" if base else ""))
    for name, (n, fails) in this.items():
        line = f"{name:34} {1 - len(fails) / n:8.3f}"
        if base: line += f" {1 - len(base[name][1]) / n:9.3f}"
        print(line)
    if a.show:
        for name, (n, fails) in this.items():
            if not fails: continue
            print(f"\n== {name}: {len(fails)} of {n} not recovered, first {min(a.show, len(fails))}")
            for text, got in fails[:a.show]: print(f"   {text}\n      got: {got[:160]}")

if __name__ == "__main__":
    main()
