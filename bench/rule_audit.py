"""Which lexicon lines serve only the gold cases they were written for (issue #18).

    .venv/bin/python bench/rule_audit.py [--lang id] [--articles 2000] [--out FILE]

Codes the unlabelled news text of ../shared/data (the Indonesian UD treebanks and
NER sets; English EWT for --lang en, as bench/pipeline.py builds it) and the dev
gold files, and counts, for every pattern line, the events it coded in each. A
line that codes events in dev gold but never in thousands of unlabelled articles
is a line to generalise or delete; the list is printed most-gold-first.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))

DEV = {"id": ["dev-id.jsonl", "dev-id-more.jsonl", "seed-article.jsonl"], "en": ["dev-en-plover.jsonl"]}


def rules(coder, texts, lang: str) -> Counter:
    out: Counter = Counter()
    for text, published in texts:
        for ev in coder.code_text(text, lang=lang, published=published):
            out[ev.evidence.rule] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", default="id")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    from pipeline import articles, build  # bench/pipeline.py

    from peristiwa.pipeline import Coder

    coder = Coder()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(SHARED / "data" / "ud", args.articles * 5 // 4, 1, Path(tmp))
        unl = [(d["text"], d["published"]) for d in map(json.loads, corpus.open(encoding="utf-8"))
               if d["lang"] == args.lang]
    del articles
    gold = [(c["text"], c.get("published")) for name in DEV[args.lang]
            for c in map(json.loads, (SHARED / "gold" / name).open(encoding="utf-8"))]
    in_unl = rules(coder, unl, args.lang)
    in_gold = rules(coder, gold, args.lang)
    rows = sorted(set(in_gold) | set(in_unl), key=lambda r: (in_unl[r] > 0, -in_gold[r], r))
    lines = [f"{in_gold[r]:>4} {in_unl[r]:>5}  {r}" for r in rows]
    head = (f"# {len(unl)} unlabelled {args.lang} articles, {len(gold)} dev gold cases; "
            f"columns: events in dev gold, events in unlabelled text, rule")
    text = "\n".join([head, *lines]) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    only_gold = sum(1 for r in rows if in_gold[r] and not in_unl[r])
    print(head)
    print(f"{only_gold} rules code events in dev gold and never in the unlabelled text; "
          f"{sum(1 for r in rows if in_unl[r])} rules fire in the unlabelled text")
    print("\n".join(lines[:80]))


if __name__ == "__main__":
    main()
