"""The PETRARCH-1 validation suite as a benchmark: peristiwa on its raw text.

    python bench/petr_validation.py                 # actors only, then all four dictionaries
    python bench/petr_validation.py --only actors   # one configuration
    python bench/petr_validation.py --misses        # also every record not exactly right
    python bench/petr_validation.py --false         # every false dyad, grouped by kind

The suite (``../shared/data/petrarch-dicts/validation``) is PETRARCH's unit test
file, ``PETR.UnitTest.records.xml``: 284 sentences in categories (DEMO, ACTOR,
AGENT, COMPOUND, DATE, ...), each with the events PETRARCH must code from its
own dictionaries (``PETR.Validate.actors.txt``, ``.agents.txt``, ``.verbs.txt``,
``.discards.txt``: invented actors such as Arnor and Gondor, WEIS-like codes).
PETRARCH reads the records' gold parse trees; peristiwa reads only the text.

Scoring, per record (one sentence, the ``date`` attribute as its publication day):

- dyads: the set of (source, target) pairs coded, the event code ignored, against
  the gold set; true positives are the pairs in both. A gold side written as a
  quoted text (``"INJURY TOLL"``, what PETRARCH prints for an uncoded name) never
  matches: peristiwa is run without unknown actors.
- codes: the same with (source, target, code) triples. Only meaningful with the
  suite's verbs file loaded (``--verbs``): its codes are WEIS-like, not CAMEO.
- a record is "exactly right" when the predicted set equals the gold set (an
  empty gold set, ``noevents`` or a discard, is right when nothing is coded).
- a crash is an exception while coding a record (counted, the run goes on).

The one record without any ``EventCoding`` (PATTERN-06) is not scored: 283
records, 359 gold events. PETRARCH2's reference figures on the same records,
from issue #19: dyad P 0.80, R 0.49, F1 0.60, 137 records exactly right, 4 crashes.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT.parent / "shared" / "data" / "petrarch-dicts" / "validation"
RECORDS = SUITE / "PETR.UnitTest.records.xml"
DICTS = {
    "actors": SUITE / "PETR.Validate.actors.txt",
    "agents": SUITE / "PETR.Validate.agents.txt",
    "verbs": SUITE / "PETR.Validate.verbs.txt",
    "discards": SUITE / "PETR.Validate.discards.txt",
}
PETRARCH2 = {"dyad_p": 0.80, "dyad_r": 0.49, "dyad_f1": 0.60, "exact": 137, "crashes": 4}


@dataclass
class Record:
    id: str
    category: str
    date: str  # YYYY-MM-DD
    text: str
    gold: list[tuple[str, str, str]]  # (source, target, code); empty: nothing to code


def records(path: Path = RECORDS) -> list[Record]:
    """The scored records of the suite, in file order."""
    root = ET.parse(path).getroot()
    out = []
    for s in root.iter("Sentence"):
        codings = s.findall("EventCoding")
        if not codings:
            continue  # PATTERN-06: nothing to score
        gold = [(e.get("sourcecode", "").strip(), e.get("targetcode", "").strip(),
                 e.get("eventcode", "").strip()) for e in codings if e.get("sourcecode") is not None]
        d = (s.get("date") or "").strip()
        day = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 and d.isdigit() else None
        text = " ".join((s.findtext("Text") or "").split())
        rid = (s.get("id") or "").strip()
        category = (s.get("category") or "").strip() or rid.split("-")[0]
        out.append(Record(rid, category, day, text, gold))
    return out


@dataclass
class Tally:
    records: int = 0
    gold: int = 0  # gold dyads (distinct per record)
    pred: int = 0
    tp: int = 0
    gold_c: int = 0  # gold (source, target, code) triples
    pred_c: int = 0
    tp_c: int = 0
    exact: int = 0  # records whose dyads are exactly right
    exact_c: int = 0  # ... whose triples are
    crashes: int = 0

    def add(self, gold: list[tuple[str, str, str]], pred: list[tuple[str, str, str]] | None) -> None:
        self.records += 1
        gd, gc = {g[:2] for g in gold}, set(gold)
        if pred is None:
            self.crashes += 1
            pred = []
        pd, pc = {p[:2] for p in pred}, set(pred)
        self.gold += len(gd)
        self.pred += len(pd)
        self.tp += len(gd & pd)
        self.gold_c += len(gc)
        self.pred_c += len(pc)
        self.tp_c += len(gc & pc)
        self.exact += gd == pd
        self.exact_c += gc == pc

    @staticmethod
    def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def dyad(self) -> tuple[float, float, float]:
        return self.prf(self.tp, self.pred, self.gold)

    def codes(self) -> tuple[float, float, float]:
        return self.prf(self.tp_c, self.pred_c, self.gold_c)


@dataclass
class Run:
    overall: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=lambda: collections.defaultdict(Tally))
    misses: list[tuple[Record, list | None]] = field(default_factory=list)
    seconds: float = 0.0


def coder_for(dicts: dict[str, Path]):
    from peristiwa.pipeline import Coder

    return Coder(actors=[str(dicts["actors"])] if "actors" in dicts else [],
                 **{k: [str(v)] for k, v in dicts.items() if k != "actors"})


def run(dicts: dict[str, Path], recs: list[Record] | None = None) -> Run:
    """Code every record (``recs``: a subset) with the dictionaries given and score it."""
    coder = coder_for(dicts)
    out = Run()
    t0 = time.perf_counter()
    for rec in records() if recs is None else recs:
        try:
            events = coder.code_text(rec.text, lang="en", published=rec.date, article_id=rec.id)
            pred = [(e.source, e.target, e.code) for e in events]
        except Exception:  # noqa: BLE001 - a crash is counted, as PETRARCH's are
            pred = None
        out.overall.add(rec.gold, pred)
        out.by_category[rec.category].add(rec.gold, pred)
        if pred is None or {p[:2] for p in pred} != {g[:2] for g in rec.gold}:
            out.misses.append((rec, pred))
    out.seconds = time.perf_counter() - t0
    return out


def false_kind(dyad: tuple[str, str], gold: set[tuple[str, str]]) -> str:
    """Which side of a false dyad differs from the record's gold dyads.

    ``no event``: the record has no gold event; ``target``: some gold dyad has this
    source (the target is wrong or missing); ``source``: some gold dyad has this target;
    ``both``: neither side is in a gold dyad.
    """
    if not gold:
        return "no event"
    if dyad[0] in {g[0] for g in gold}:
        return "target"
    if dyad[1] in {g[1] for g in gold}:
        return "source"
    return "both"


def false_dyads(res: Run) -> str:
    """Every false dyad of a run, grouped by the side that is wrong, with its sentence."""
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for rec, pred in res.misses:
        gold = {g[:2] for g in rec.gold}
        for d in sorted({p[:2] for p in pred or []} - gold):
            groups[false_kind(d, gold)].append(
                f"  {rec.id} [{rec.category}]: {d[0]}->{d[1] or '-'}  gold {sorted(gold)}\n"
                f"      {rec.text}")
    lines = [f"false dyads: {sum(len(v) for v in groups.values())}"]
    for kind in ("target", "source", "both", "no event"):
        if groups[kind]:
            lines.append(f"-- wrong {kind} ({len(groups[kind])})" if kind != "no event"
                         else f"-- where the gold has no event ({len(groups[kind])})")
            lines.extend(groups[kind])
    return "\n".join(lines)


def report(name: str, res: Run, with_codes: bool) -> str:
    lines = [f"== {name} ({res.overall.records} records, {res.overall.gold} gold dyads, "
             f"{res.seconds:.1f} s)"]
    head = f"{'category':<10} {'n':>4} {'dyad P':>7} {'R':>5} {'F1':>5} {'exact':>6}"
    if with_codes:
        head += f" {'code P':>7} {'R':>5} {'F1':>5} {'exact':>6}"
    lines.append(head)

    def row(label: str, t: Tally) -> str:
        p, r, f = t.dyad()
        s = f"{label:<10} {t.records:>4} {p:>7.2f} {r:>5.2f} {f:>5.2f} {t.exact:>6}"
        if with_codes:
            p, r, f = t.codes()
            s += f" {p:>7.2f} {r:>5.2f} {f:>5.2f} {t.exact_c:>6}"
        return s

    for cat in sorted(res.by_category):
        lines.append(row(cat, res.by_category[cat]))
    lines.append(row("overall", res.overall))
    lines.append(f"{'PETRARCH2':<10} {'':>4} {PETRARCH2['dyad_p']:>7.2f} {PETRARCH2['dyad_r']:>5.2f} "
                 f"{PETRARCH2['dyad_f1']:>5.2f} {PETRARCH2['exact']:>6}   (on the gold parses)")
    lines.append(f"crashes: {res.overall.crashes} (PETRARCH2: {PETRARCH2['crashes']})")
    return "\n".join(lines)


CONFIGS = {
    "actors": ("actors",),
    "all": ("actors", "agents", "verbs", "discards"),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", choices=sorted(CONFIGS), help="one configuration")
    ap.add_argument("--misses", action="store_true", help="print every record not exactly right")
    ap.add_argument("--false", dest="false_", action="store_true",
                    help="print every false dyad, grouped by the side that is wrong")
    args = ap.parse_args()
    if not RECORDS.is_file():
        sys.exit(f"{RECORDS}: not found")
    for name in [args.only] if args.only else list(CONFIGS):
        keys = CONFIGS[name]
        res = run({k: DICTS[k] for k in keys})
        print(report(f"{name}: " + ", ".join(DICTS[k].name for k in keys), res, "verbs" in keys))
        if args.misses:
            for rec, pred in res.misses:
                print(f"  {rec.id}: gold {sorted(set(rec.gold))} got "
                      f"{'CRASH' if pred is None else sorted(set(pred))}")
                print(f"      {rec.text}")
        if args.false_:
            print(false_dyads(res))
        print()


if __name__ == "__main__":
    main()
