"""How often events get a date and a place from their own text, and whether
the seed article's are right.

    .venv/bin/python bench/when_where.py [--gold ../shared/gold]

For each gold file: the events the coder finds, the share dated by an
expression in their sentence (day / month / year precision) rather than by
the publication date, and the share with a place (from their clause, a
visit's destination, or the dateline). For the seed article, the three
events issue #5 names are checked against our annotation of it:
arrest (173) in Istanbul in 2020-12 (month), visit (042) in Moscow on
2020-12-29 (day), S-400 delivery (062) in 2019 (year). Numbers go to
bench/RESULTS.md with this command.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

from peristiwa.pipeline import Coder
from peristiwa.records import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = {  # our annotation of the seed article (issue #5)
    "173": ("2020-12", "month", "Istanbul", (41.01, 28.95)),
    "042": ("2020-12-29", "day", "Moscow", (55.75, 37.62)),
    "062": ("2019", "year", None, None),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    args = ap.parse_args()
    coder = Coder()
    print(f"{'file':<24}{'events':>7}{'dated':>8}{'day':>6}{'month':>7}{'year':>6}{'placed':>8}")
    for path in sorted(args.gold.glob("*.jsonl")):
        events = []
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            case = json.loads(line)
            pub = date.fromisoformat(case["published"]) if case.get("published") else None
            events += coder.code_article(Article(text=case["text"], lang=case["lang"], published=pub))
        prec = Counter(e.date_precision for e in events)
        n = len(events) or 1
        dated = sum(prec[p] for p in ("day", "month", "year"))
        placed = sum(1 for e in events if e.place)
        print(f"{path.name:<24}{len(events):>7}{dated / n:>8.1%}{prec['day']:>6}{prec['month']:>7}"
              f"{prec['year']:>6}{placed / n:>8.1%}")
    seed = (args.gold / "seed-article.txt").read_text(encoding="utf-8")
    found = coder.code_article(Article(text=seed, lang="id", published=date(2020, 12, 29)))
    print("\nseed article (issue #5):")
    for code, (value, precision, place, point) in SEED.items():
        evs = [e for e in found if e.code == code]
        if not evs:
            print(f"  {code}: not coded")
            continue
        e = evs[0]
        got_place = e.place["name"] if e.place else None
        ok_date = (e.date, e.date_precision) == (value, precision)
        ok_place = place is None or (e.place is not None and got_place == place and point is not None
                                     and abs(e.place["lat"] - point[0]) < 0.3
                                     and abs(e.place["lon"] - point[1]) < 0.3)
        print(f"  {code}: date {e.date} ({e.date_precision}) {'ok' if ok_date else 'WRONG'}; "
              f"place {got_place} {'ok' if ok_place else 'WRONG'}")


if __name__ == "__main__":
    main()
