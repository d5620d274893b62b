"""Silver recall samples: our own event annotation of unlabelled news (issue #18).

The gold files have been read many times; the sealed set is never read. To see
what the coder misses on text nobody tuned it to, we annotate random sentences
of the unlabelled Indonesian news in ../shared/data (idner-news-2k, MIT) and of
UD_Indonesian-PUD (CC BY-SA 4.0, fetched at build time by
``scripts/mine_between.py``) by ../shared/gold/CONVENTIONS.md, and score the
coder on them with ``peristiwa eval`` like any gold file.

The committed annotation (``bench/silver/*.jsonl``) holds no corpus text: a case
is its corpus and sentence number, its date and its events. ``build`` puts the
text back from the corpus. Sentences that occur in a gold file are never drawn.

    python scripts/silver.py draw --corpus idner --seed 131 --n 250 --out /tmp/todo.jsonl
    python scripts/silver.py strip /tmp/annotated.jsonl > bench/silver/idner-a.jsonl
    python scripts/silver.py build bench/silver/idner-a.jsonl > /tmp/idner-a.gold.jsonl
    peristiwa eval /tmp/idner-a.gold.jsonl --json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mine_between  # noqa: E402

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def sentences(corpus: str) -> list[tuple[str, str]]:
    """(case id, text) for every sentence of a corpus, numbered in corpus order."""
    if corpus in ("idner", "nerp"):
        part = {"idner": "idner-news-2k", "nerp": "ner:nerp/"}[corpus]
        rows = [(src, s) for src, s in mine_between.ner_sentences() if part in src]
    elif corpus == "pud":
        rows = list(mine_between.pud_sentences())
    else:
        raise SystemExit(f"silver: unknown corpus {corpus!r} (idner, nerp, pud)")
    out, counts = [], {}
    for src, s in rows:
        key = src.split(":", 1)[-1]
        counts[key] = counts.get(key, 0) + 1
        out.append((f"{corpus}:{key}:{counts[key]}", re.sub(r"\s+", " ", s).strip()))
    return out


def gold_texts() -> set[str]:
    seen = set()
    for f in GOLD.glob("*.jsonl"):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                seen.add(_norm(json.loads(line)["text"]))
    return seen


def draw(args) -> None:
    gold = gold_texts()
    rows = [(i, s) for i, s in sentences(args.corpus) if len(s) >= 40 and _norm(s) not in gold]
    random.Random(args.seed).shuffle(rows)
    with open(args.out, "w", encoding="utf-8") as f:
        for i, s in rows[: args.n]:
            f.write(json.dumps({"id": i, "lang": "id", "text": s, "published": None, "events": []},
                               ensure_ascii=False) + "\n")


def strip(args) -> None:
    for line in open(args.file, encoding="utf-8"):
        if line.strip():
            case = json.loads(line)
            case.pop("text", None)
            print(json.dumps(case, ensure_ascii=False))


def build(args) -> None:
    cases = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    texts = {}
    for corpus in sorted({c["id"].split(":", 1)[0] for c in cases}):
        texts.update(sentences(corpus))
    for case in cases:
        if case["id"] not in texts:
            raise SystemExit(f"silver: {args.file}: case {case['id']} is not in its corpus")
        print(json.dumps({"id": case["id"], "lang": case.get("lang", "id"), "text": texts[case["id"]],
                          **{k: v for k, v in case.items() if k not in ("id", "lang", "text")}},
                         ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--corpus", choices=("idner", "nerp", "pud"), required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--n", type=int, default=250)
    d.add_argument("--out", required=True)
    for name in ("strip", "build"):
        p = sub.add_parser(name)
        p.add_argument("file")
    args = ap.parse_args()
    {"draw": draw, "strip": strip, "build": build}[args.cmd](args)


if __name__ == "__main__":
    main()
