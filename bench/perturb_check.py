"""Robustness to the way a sentence is dressed (issue #18): the events of a gold case
must not change under ../shared/tools/perturb.py's meaning-preserving rewrites
(an opener, a preface, a source named at the end, an unrelated sentence before or
after).

    .venv/bin/python bench/perturb_check.py [GOLD.jsonl ...] [--show N]

Without files it checks dev-id, dev-id-more and train-id (Indonesian) and
dev-en-plover (English). A case counts as unchanged when every rewrite of it
gives the same (source, CAMEO root, target) multiset as the case itself.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT = ["dev-id.jsonl", "dev-id-more.jsonl", "train-id.jsonl", "dev-en-plover.jsonl"]


def rewrites_module():
    spec = importlib.util.spec_from_file_location("perturb", SHARED / "tools" / "perturb.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def events_key(events) -> Counter:
    return Counter((e.source, e.root, e.target) for e in events)


def check(cases: list[dict], coder, tables) -> tuple[int, list[tuple[str, str, Counter, Counter]], Counter]:
    """(cases checked, [(case id, kind, events of the case, events of the rewrite)] that
    differ, changed cases per kind)."""
    bad, per_kind = [], Counter()
    for case in cases:
        lang = case.get("lang") or "id"
        table = tables[lang]
        base = events_key(coder.code_text(case["text"], lang=lang, published=case.get("published")))
        for kind, rewrite in table.items():
            text = rewrite(case["text"])
            if text is None:
                continue
            got = events_key(coder.code_text(text, lang=lang, published=case.get("published")))
            if got != base:
                bad.append((case["id"], kind, base, got))
                per_kind[kind] += 1
    return len(cases), bad, per_kind


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print the first N changed rewrites")
    args = ap.parse_args()
    from peristiwa.pipeline import Coder

    mod = rewrites_module()
    tables = {"id": mod.ID, "en": mod.EN}
    coder = Coder()
    files = args.gold or [SHARED / "gold" / name for name in DEFAULT]
    for path in files:
        cases = [json.loads(line) for line in path.open(encoding="utf-8")]
        n, bad, per_kind = check(cases, coder, tables)
        changed = len({case_id for case_id, *_ in bad})
        print(f"{path.name:<22} {n:>4} cases, {n - changed:>4} unchanged under every rewrite "
              f"({(n - changed) / n:.1%}); changed rewrites by kind: {dict(per_kind)}")
        for case_id, kind, base, got in bad[: args.show]:
            print(f"   {case_id} ~{kind}: {sorted(base.elements())} -> {sorted(got.elements())}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
