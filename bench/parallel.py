"""Do a sentence and its translation give the same events? (issue #19, item 5)

    .venv/bin/python bench/parallel.py [tests/data/parallel-pairs.tsv] [--show]

Codes each pair of tests/data/parallel-pairs.tsv (the project's own sentences
and their translations) in Indonesian and in English and compares the events
as sets of (source, CAMEO root, target), actors at the entity-and-role level. Prints the share of pairs that
agree and, with --show, each pair that does not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "tests" / "data" / "parallel-pairs.tsv"


def read_pairs(path: Path = PAIRS) -> list[tuple[str, str, str]]:
    """(id, Indonesian, English) of each pair; '#' lines are comments."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{n}: expected id, Indonesian, English separated by tabs")
        out.append((parts[0], parts[1], parts[2]))
    return out


def events(coder, text: str, lang: str) -> frozenset:
    """The distinct (source, root, target) of a text, each actor at the scorer's
    entity-and-role level (``peristiwa eval`` strict: USAGOVMIL -> USAGOV)."""
    from peristiwa.evaluate import entity_role

    return frozenset((entity_role(e.source), e.root, entity_role(e.target))
                     for e in coder.code_text(text, lang=lang, published="2024-05-14"))


def compare(coder, pairs) -> list[tuple[str, frozenset, frozenset]]:
    """(id, Indonesian events, English events) of every pair."""
    return [(pid, events(coder, id_text, "id"), events(coder, en_text, "en"))
            for pid, id_text, en_text in pairs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="?", type=Path, default=PAIRS)
    ap.add_argument("--show", action="store_true", help="print each pair whose events differ")
    args = ap.parse_args()
    from peristiwa.pipeline import Coder

    pairs = read_pairs(args.pairs)
    got = compare(Coder(), pairs)
    same = [pid for pid, a, b in got if a == b]
    coded = [pid for pid, a, b in got if a == b and a]
    print(f"{len(same)}/{len(got)} pairs give the same events ({len(same) / len(got):.1%}); "
          f"{len(coded)} of them with at least one event")
    if args.show:
        text = {pid: (i, e) for pid, i, e in pairs}
        for pid, a, b in got:
            if a != b:
                print(f"{pid}  id: {sorted(a)}\n      en: {sorted(b)}\n"
                      f"      {text[pid][0]}\n      {text[pid][1]}", file=sys.stdout)


if __name__ == "__main__":
    main()
