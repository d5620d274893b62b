"""How far the lexicon reaches on a gold file: root recall if more than the coder's events
counted (a diagnostic, not the product; only the root level means anything in its output).

    python bench/root_reach.py eval GOLD --json --reach coded   # every coded match an event, whatever its sides
    python bench/root_reach.py eval GOLD --json --reach raw     # every pattern match, before choice and modality
    python bench/root_reach.py eval GOLD --json --reach any     # every root where any pattern matched at all

It takes `peristiwa eval`'s arguments and prints its JSON, so it can stand in for the
command where only aggregates may be seen (a wrapper script that runs it with
``PERISTIWA=wrapper ../shared/tools/sealed-eval``; set ``ROOT_REACH=coded|raw`` there).
Each extra event has the placeholder sides "ZZZ": it can match at the root level only.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from peristiwa.coding import coder as coder_mod
from peristiwa.coding import events as events_mod
from peristiwa.evaluate import evaluate_file
from peristiwa.pipeline import Coder

SEEN: list[str] = []


class _Extra:
    def __init__(self, code: str) -> None:
        self.code = code

    def to_dict(self) -> dict:
        return {"source": "ZZZ", "target": "ZZZ", "code": self.code}


def _watch_coded() -> None:
    import peristiwa.pipeline as pipeline

    build = events_mod.build_events

    def build_events(coder, coded, *args, **kwargs):
        SEEN.extend(c.code for c in coded)
        return build(coder, coded, *args, **kwargs)

    pipeline.build_events = build_events


def _watch_raw() -> None:
    select = coder_mod.SentenceCoder._select

    def _select(self, matches):
        SEEN.extend(m.pattern.code for m in matches)
        return select(self, matches)

    coder_mod.SentenceCoder._select = _select


class ReachCoder:
    """The coder's events and one more per coded match (``coded``: each, as several
    matches may share a root) or per code matched (``raw``: a sentence's matches are
    offered to the choice more than once)."""

    def __init__(self, reach: str) -> None:
        self.coder = Coder()
        self.reach = reach

    def code_article(self, article):
        SEEN.clear()
        events = list(self.coder.code_article(article))
        codes = SEEN if self.reach == "coded" else sorted(set(SEEN))
        if self.reach == "any" and any(c[:2].isdigit() for c in SEEN):
            codes = [f"{r:02d}" for r in range(1, 21)]  # a trigger of some root: is the gold root one?
        return events + [_Extra(c) for c in codes if c[:2].isdigit()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["eval"])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--reach", choices=["coded", "raw", "any"], default=os.environ.get("ROOT_REACH", "coded"))
    args = ap.parse_args()
    (_watch_coded if args.reach == "coded" else _watch_raw)()  # "any" watches the raw matches
    score, _ = evaluate_file(args.gold, ReachCoder(args.reach))
    result = score.as_dict()
    if args.json:
        print(json.dumps(result))
    else:
        root = result["levels"]["root"]
        print(f"{args.gold.name}: root recall {root['recall']:.3f} with every {args.reach} match an event")


if __name__ == "__main__":
    main()
