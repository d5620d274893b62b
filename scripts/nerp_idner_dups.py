"""NERP sentences that repeat an idner-news-2k sentence (silver hygiene for learned parts).

NERP (IndoNLU) and idner-news-2k share news text: NERP lower-cases it and drops some words
("salah satu" -> "salah"), so exact text matching misses the repeats. The sealed set draws from
idner-news-2k, so a NERP silver case that repeats an idner sentence may repeat a sealed case; a
recipe that trains on NERP silver should leave such cases out.

    python scripts/nerp_idner_dups.py bench/silver/nerp-3.jsonl   # ids of repeated cases, one a line

A case repeats an idner sentence when at least 60% of its word 6-grams ("satu" ignored) occur
in one idner sentence.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import silver  # noqa: E402

N, SHARE = 6, 0.6


def grams(text: str) -> set[tuple[str, ...]]:
    toks = [t for t in re.findall(r"\w+", text.lower()) if t != "satu"]
    return {tuple(toks[i:i + N]) for i in range(len(toks) - N + 1)}


def repeated_ids(texts: dict[str, str]) -> list[str]:
    """The ids (of ``texts``, id -> text) whose text repeats an idner-news-2k sentence."""
    index = collections.defaultdict(set)
    for j, (_, sent) in enumerate(silver.sentences("idner")):
        for g in grams(sent):
            index[g].add(j)
    out = []
    for cid, text in texts.items():
        g = grams(text)
        hits = collections.Counter(j for x in g for j in index.get(x, ()))
        if len(g) >= 5 and hits and hits.most_common(1)[0][1] >= SHARE * len(g):
            out.append(cid)
    return out


def main(argv: list[str]) -> None:
    nerp = dict(silver.sentences("nerp"))
    for path in argv:
        ids = [json.loads(line)["id"] for line in open(path, encoding="utf-8")]
        for cid in repeated_ids({i: nerp[i] for i in ids if i in nerp}):
            print(cid)


if __name__ == "__main__":
    main(sys.argv[1:])
