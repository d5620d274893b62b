"""Lexicon coverage per CAMEO code: Indonesian and English pattern counts.

    python bench/coverage.py            # summary, then the codes PETRARCH covers that Indonesian lacks
    python bench/coverage.py --table    # also one row per CAMEO code

A pattern is one line of a ``lang/<l>/events*.txt`` file as the coder loads it
(``peristiwa.coding.patterns.PatternSet``); null lines (``---``) are counted
apart. "PETRARCH covers" a code when PETRARCH2's CAMEO.2.0 verb dictionary has
a pattern for it, i.e. when ``lang/en/events.petrarch.txt`` (generated from that
dictionary by scripts/build_data.py) has a line with that code.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from peristiwa.coding import cameo
from peristiwa.coding.patterns import NULL, PatternSet


def counts(lang: str) -> tuple[collections.Counter, collections.Counter, int]:
    ps = PatternSet(lang)
    by_code: collections.Counter = collections.Counter()
    by_file: collections.Counter = collections.Counter()
    nulls = 0
    for p in ps.patterns:
        if p.code == NULL:
            nulls += 1
            continue
        by_code[p.code] += 1
        by_file[p.file] += 1
    return by_code, by_file, nulls


def petrarch_codes() -> set[str]:
    path = Path(PatternSet("en").data.path) / "events.petrarch.txt"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.split()[0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--table", action="store_true", help="one row per CAMEO code")
    args = ap.parse_args()
    id_code, id_file, id_null = counts("id")
    en_code, en_file, en_null = counts("en")
    table = cameo.table()
    codes = sorted(c for c in table if len(c) >= 3)
    pet = petrarch_codes()
    id_total = sum(id_code.values())
    en_total = sum(en_code.values())
    print(f"Indonesian patterns: {id_total} (+{id_null} null lines) in "
          + ", ".join(f"{f} {n}" for f, n in sorted(id_file.items())))
    print(f"English patterns:    {en_total} (+{en_null} null lines) in "
          + ", ".join(f"{f} {n}" for f, n in sorted(en_file.items())))
    id_cov = [c for c in codes if id_code[c]]
    pet_cov = [c for c in sorted(pet) if c in table]
    id_pet = [c for c in pet_cov if id_code[c]]
    print(f"CAMEO codes (3-4 digits): {len(codes)}; with an Indonesian pattern: {len(id_cov)}; "
          f"with an English pattern: {sum(1 for c in codes if en_code[c])}")
    print(f"codes PETRARCH's dictionary covers: {len(pet_cov)}; of these with an Indonesian pattern: "
          f"{len(id_pet)} ({len(id_pet) / len(pet_cov):.1%})")
    low = [c for c in pet_cov if 0 < id_code[c] < 5]
    print(f"PETRARCH codes with fewer than 5 Indonesian patterns: {len(low)}"
          + (": " + " ".join(low) if low else ""))
    missing = [c for c in pet_cov if not id_code[c]]
    print(f"PETRARCH codes with no Indonesian pattern: {len(missing)}"
          + (": " + " ".join(f"{c} ({table[c].name})" for c in missing) if missing else ""))
    no_pet = [c for c in id_cov if c not in pet]
    print(f"codes with Indonesian patterns that PETRARCH lacks: {len(no_pet)}"
          + (": " + " ".join(no_pet) if no_pet else ""))
    if args.table:
        print()
        print("| code | name | id | en | PETRARCH |")
        print("|---|---|---|---|---|")
        for c in codes:
            print(f"| {c} | {table[c].name} | {id_code[c]} | {en_code[c]} | {'yes' if c in pet else ''} |")


if __name__ == "__main__":
    main()
