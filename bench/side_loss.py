"""Where the sides of matched triggers fail (a diagnostic, issue #18): for every gold event
whose root has a coded match in its case but no coded event of that root, how the sides of
that match came out (both found, no source, no target, neither), and how many actor
mentions its sentence held. Only counts are printed, never a case, so it may be run on a
check set that is read in aggregate only (kg-a, kg-b, the pool).

    python bench/side_loss.py GOLD.jsonl [GOLD.jsonl ...]

Session 18 (all branches merged), kg-b: 19 such events; neither side 7 (4 with two actor
mentions in the sentence), no target 6, no source 4, both found 2.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from peristiwa.coding import coder as coder_mod
from peristiwa.pipeline import Coder

SIDES: list[tuple[str, bool, bool, int]] = []  # (code, source found, target found, mentions)


def _recording(orig):
    def _sides(self, m, code):
        got = orig(self, m, code)
        src, tgt = got[0], got[1]
        SIDES.append((code, bool(src is not None and src.mentions), bool(tgt is not None and tgt.mentions),
                      len(self.mentions)))
        return got
    return _sides


def count(paths: list[str]) -> Counter:
    coder_mod.SentenceCoder._sides = _recording(coder_mod.SentenceCoder._sides)
    coder = Coder()
    out: Counter = Counter()
    for path in paths:
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            if not case["events"]:
                continue
            SIDES.clear()
            roots = {e.code[:2] for e in coder.code_text(case["text"], lang=case.get("lang", "id"),
                                                         published=case.get("published"))}
            for ev in case["events"]:
                mine = [s for s in SIDES if s[0][:2] == ev["code"][:2]]
                if ev["code"][:2] in roots or not mine:
                    continue
                best = max(mine, key=lambda s: (s[1] and s[2], s[1] or s[2]))
                kind = {(True, True): "both found", (True, False): "no target",
                        (False, True): "no source", (False, False): "neither side"}[best[1], best[2]]
                out[kind] += 1
                if kind == "neither side":
                    out[f"neither side, {min(best[3], 3)}{'+' if best[3] >= 3 else ''} mentions in the sentence"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    counts = count(ap.parse_args().gold)
    total = sum(v for k, v in counts.items() if "," not in k)
    print(f"gold events with a coded match of their root but no event of it: {total}")
    for k, v in sorted(counts.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
