"""How often events get a date and a place from their own text, and how often
they are the right ones.

    .venv/bin/python bench/when_where.py [--gold ../shared/gold] [--annotation FILE]
                                         [--show] [--json]

Three reports, from one coding of every gold case (``Coder().code_article``
on each case's text, language and publication date; the seed article as one
article published 2020-12-29):

1. Coverage. For each gold file: the events the coder finds, the share dated
   by an expression in their sentence (day / month / year precision) rather
   than by the publication date, and the share with a place (from their
   clause, a visit's destination, or the dateline).
2. The seed article: the three events issue #5 names (``SEED``), arrest (173)
   in Istanbul in 2020-12 (month), visit (042) in Moscow on 2020-12-29 (day),
   S-400 delivery (062) in 2019 (year).
3. Accuracy against ``bench/dates_places.jsonl``, a hand annotation of the
   expected date and place of the gold events (every event of dev-id and
   dev-id-more, every case of dev-en-plover, the seed's three events; one line
   per gold event: file, case, code, source, target, date, date_precision,
   date_text, place {name, lat, lon} or null, place_text, note). A country
   named only as a country (or "northern Mexico") is annotated at the
   country's GeoNames point, its capital, as the gazetteer places it.

   Each annotated event is matched one-to-one with a coded event of its case
   as the event scorer matches (``peristiwa.evaluate``): the same CAMEO root,
   an event with the same source and target entities first, else any with the
   root; the seed's events by their full code over the whole article. On the
   matched events:

   - date: value and precision both equal (no date = null, precision
     "publication", when the case has no publication date);
   - value: the value equal, the precision aside (a publication-dated gold
     event and a coder that read a day of the publication agree here);
   - place: both none, or both given and within 0.5 degrees in latitude and
     longitude;
   - gold dated: the share of all annotated events whose annotated date is not
     the publication's.

``--show`` lists every disagreement (case, code, expected, got); ``--json``
prints everything as one JSON object instead of the tables. Numbers go to
bench/RESULTS.md with this command.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from peristiwa.evaluate import entity
from peristiwa.pipeline import Coder
from peristiwa.records import Article, Event

ROOT = Path(__file__).resolve().parent.parent
ANNOTATION = ROOT / "bench" / "dates_places.jsonl"
SEED_FILE, SEED_CASE, SEED_PUBLISHED = "seed-article.txt", "seed", date(2020, 12, 29)
SEED = {  # our annotation of the seed article (issue #5)
    "173": ("2020-12", "month", "Istanbul", (41.01, 28.95)),
    "042": ("2020-12-29", "day", "Moscow", (55.75, 37.62)),
    "062": ("2019", "year", None, None),
}
TOLERANCE = 0.5  # degrees of latitude and of longitude for a place to count as right

Coded = dict[tuple[str, str], list[Event]]  # (file, case id) -> the coder's events


def code_all(coder: Coder, gold: Path) -> Coded:
    """Every case of every gold file, and the seed article as one case."""
    coded: Coded = {}
    for path in sorted(gold.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            case = json.loads(line)
            pub = date.fromisoformat(case["published"]) if case.get("published") else None
            article = Article(text=case["text"], lang=case["lang"], published=pub)
            coded[path.name, case["id"]] = coder.code_article(article)
    seed = (gold / SEED_FILE).read_text(encoding="utf-8")
    article = Article(text=seed, lang="id", published=SEED_PUBLISHED)
    coded[SEED_FILE, SEED_CASE] = coder.code_article(article)
    return coded


# --------------------------------------------------------------------------- 1. coverage


def coverage(coded: Coded) -> list[dict]:
    by_file: dict[str, list[Event]] = defaultdict(list)
    for (name, _), events in coded.items():
        if name != SEED_FILE:
            by_file[name] += events
    rows = []
    for name in sorted(by_file):
        events = by_file[name]
        prec = Counter(e.date_precision for e in events)
        n = len(events) or 1
        rows.append({"file": name, "events": len(events),
                     "dated": sum(prec[p] for p in ("day", "month", "year")) / n,
                     "day": prec["day"], "month": prec["month"], "year": prec["year"],
                     "placed": sum(1 for e in events if e.place) / n})
    return rows


def print_coverage(rows: list[dict]) -> None:
    print(f"{'file':<24}{'events':>7}{'dated':>8}{'day':>6}{'month':>7}{'year':>6}{'placed':>8}")
    for r in rows:
        print(f"{r['file']:<24}{r['events']:>7}{r['dated']:>8.1%}{r['day']:>6}{r['month']:>7}"
              f"{r['year']:>6}{r['placed']:>8.1%}")


# --------------------------------------------------------------------------- 2. the seed


def seed_check(coded: Coded) -> list[dict]:
    found = coded[SEED_FILE, SEED_CASE]
    out = []
    for code, (value, precision, place, point) in SEED.items():
        evs = [e for e in found if e.code == code]
        if not evs:
            out.append({"code": code, "coded": False})
            continue
        e = evs[0]
        got_place = e.place["name"] if e.place else None
        ok_date = (e.date, e.date_precision) == (value, precision)
        ok_place = place is None or (e.place is not None and got_place == place and point is not None
                                     and abs(e.place["lat"] - point[0]) < 0.3
                                     and abs(e.place["lon"] - point[1]) < 0.3)
        out.append({"code": code, "coded": True, "date": e.date, "precision": e.date_precision,
                    "date_ok": ok_date, "place": got_place, "place_ok": ok_place})
    return out


def print_seed(rows: list[dict]) -> None:
    print("\nseed article (issue #5):")
    for r in rows:
        if not r["coded"]:
            print(f"  {r['code']}: not coded")
            continue
        print(f"  {r['code']}: date {r['date']} ({r['precision']}) "
              f"{'ok' if r['date_ok'] else 'WRONG'}; "
              f"place {r['place']} {'ok' if r['place_ok'] else 'WRONG'}")


# --------------------------------------------------------------------------- 3. accuracy


def read_annotation(path: Path) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for line in path.open(encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            out[a["file"], a["case"]].append(a)
    return out


def match(gold: list[dict], pred: list[Event], same_code: bool = False) -> list[Event | None]:
    """One coded event (or None) per annotated event: same root (full code with
    ``same_code``), preferring the same source and target entities; one-to-one."""
    def key(code: str) -> str:
        return code if same_code else code[:2]

    out: list[Event | None] = [None] * len(gold)
    free = list(pred)
    for dyad in (True, False):
        for i, g in enumerate(gold):
            if out[i] is not None:
                continue
            for p in free:
                if key(p.code) == key(g["code"]) and (
                        not dyad or (entity(p.source), entity(p.target))
                        == (entity(g["source"]), entity(g["target"]))):
                    out[i] = p
                    free.remove(p)
                    break
    return out


def place_ok(want: dict | None, got: dict | None) -> bool:
    if want is None or got is None:
        return want is None and got is None
    return (abs(want["lat"] - got["lat"]) <= TOLERANCE
            and abs(want["lon"] - got["lon"]) <= TOLERANCE)


def show_place(p: dict | None) -> str:
    return "-" if p is None else f"{p['name']} ({p['lat']:.2f}, {p['lon']:.2f})"


def show_date(value: str | None, precision: str) -> str:
    return f"{value or '-'} ({precision})"


def accuracy(coded: Coded, annotation: dict[tuple[str, str], list[dict]]
             ) -> tuple[list[dict], list[dict]]:
    """Per file and overall figures, and the disagreements."""
    counts: dict[str, Counter] = defaultdict(Counter)
    wrong: list[dict] = []
    for (name, case), gold in annotation.items():
        pred = coded.get((name, case), [])
        for g, p in zip(gold, match(gold, pred, same_code=name == SEED_FILE), strict=True):
            c = counts[name]
            c["annotated"] += 1
            c["gold_dated"] += g["date_precision"] != "publication"
            if p is None:
                continue
            c["matched"] += 1
            got_value = p.date or None  # "" when there is no publication date
            ok_date = (got_value, p.date_precision) == (g["date"], g["date_precision"])
            ok_value = got_value == g["date"]
            ok_place = place_ok(g["place"], p.place)
            c["date"] += ok_date
            c["value"] += ok_value
            c["place"] += ok_place
            if not (ok_date and ok_place):
                wrong.append({
                    "file": name, "case": case, "code": g["code"], "coded": p.code,
                    "date_ok": ok_date, "place_ok": ok_place,
                    "want_date": show_date(g["date"], g["date_precision"]),
                    "got_date": show_date(got_value, p.date_precision),
                    "got_date_text": p.evidence.date_text,
                    "want_place": show_place(g["place"]), "got_place": show_place(p.place),
                    "got_place_text": p.evidence.place_text, "note": g["note"]})
    counts["overall"] = sum(counts.values(), Counter())
    rows = []
    for name in [*sorted(n for n in counts if n != "overall"), "overall"]:
        c = counts[name]
        m = c["matched"] or 1
        rows.append({"file": name, "annotated": c["annotated"], "matched": c["matched"],
                     "date": c["date"] / m, "value": c["value"] / m, "place": c["place"] / m,
                     "gold_dated": c["gold_dated"] / (c["annotated"] or 1),
                     "counts": dict(c)})
    return rows, wrong


def print_accuracy(rows: list[dict]) -> None:
    print("\nagainst the annotation (on the matched events; gold dated: "
          "share of annotated events dated other than by publication):")
    print(f"{'file':<24}{'annot.':>7}{'matched':>8}{'date':>8}{'value':>8}{'place':>8}"
          f"{'gold dated':>12}")
    for r in rows:
        print(f"{r['file']:<24}{r['annotated']:>7}{r['matched']:>8}{r['date']:>8.1%}"
              f"{r['value']:>8.1%}{r['place']:>8.1%}{r['gold_dated']:>12.1%}")


def print_wrong(wrong: list[dict]) -> None:
    print(f"\ndisagreements ({len(wrong)}):")
    for w in wrong:
        print(f"  {w['file']} {w['case']} {w['code']} (coded {w['coded']})")
        if not w["date_ok"]:
            print(f"      date  want {w['want_date']}, got {w['got_date']} "
                  f"from {w['got_date_text']!r}")
        if not w["place_ok"]:
            print(f"      place want {w['want_place']}, got {w['got_place']} "
                  f"from {w['got_place_text']!r}")
        if w["note"]:
            print(f"      note: {w['note']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--annotation", type=Path, default=ANNOTATION)
    ap.add_argument("--show", action="store_true", help="list every disagreement")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    coded = code_all(Coder(), args.gold)
    table, seed = coverage(coded), seed_check(coded)
    rows, wrong = accuracy(coded, read_annotation(args.annotation))
    if args.json:
        print(json.dumps({"coverage": table, "seed": seed, "accuracy": rows,
                          "disagreements": wrong}, ensure_ascii=False, indent=1))
        return
    print_coverage(table)
    print_seed(seed)
    print_accuracy(rows)
    if args.show:
        print_wrong(wrong)


if __name__ == "__main__":
    main()
