"""Scoring against gold files, exactly as ../shared/gold/FORMAT.md defines it.

Each predicted event is matched one-to-one with the gold events of its case.
Because two events match when a key is equal (the root; the root with the
source and target entities; the root with entity+role), the best one-to-one
matching of a case at a level is the sum over keys of min(predicted, gold).
Counts are summed over all cases; precision, recall and F1 come from them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peristiwa.errors import InputError

LEVELS = ("root", "dyad_root", "strict")
INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC")


def entity(code: str) -> str:
    """Entity level: the country (first three letters); IGO/NGO/IMG/MNC plus their last three."""
    code = code or ""
    if code.startswith(INTERNATIONAL) and len(code) > 3:
        return code[:3] + code[-3:]
    return code[:3]


def entity_role(code: str) -> str:
    """Entity+role level: the entity plus the first role code after the country."""
    code = code or ""
    if code.startswith(INTERNATIONAL):
        return entity(code)
    return code[:6]


def key(level: str, ev: dict) -> tuple:
    root = str(ev.get("code", ""))[:2]
    if level == "root":
        return (root,)
    if level == "dyad_root":
        return (root, entity(ev.get("source", "")), entity(ev.get("target", "")))
    return (root, entity_role(ev.get("source", "")), entity_role(ev.get("target", "")))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: list[dict], gold: list[dict], level: str) -> int:
        p = Counter(key(level, e) for e in pred)
        g = Counter(key(level, e) for e in gold)
        tp = sum(min(n, g[k]) for k, n in p.items())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp
        return tp

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Score:
    cases: int = 0
    levels: dict[str, Counts] = field(default_factory=lambda: {lv: Counts() for lv in LEVELS})
    per_root: dict[str, dict[str, int]] = field(default_factory=dict)

    def add_case(self, pred: list[dict], gold: list[dict]) -> dict[str, int]:
        self.cases += 1
        out = {lv: self.levels[lv].add(pred, gold, lv) for lv in LEVELS}
        for lv, name in (("root", "tp"), ("dyad_root", "tp_dyad")):
            p = Counter(key(lv, e) for e in pred)
            g = Counter(key(lv, e) for e in gold)
            for k in set(p) | set(g):
                row = self.per_root.setdefault(k[0], {"gold": 0, "pred": 0, "tp": 0, "tp_dyad": 0})
                if lv == "root":
                    row["gold"] += g[k]
                    row["pred"] += p[k]
                row[name] += min(p[k], g[k])
        return out

    def as_dict(self) -> dict:
        return {
            "cases": self.cases,
            "levels": {lv: c.as_dict() for lv, c in self.levels.items()},
            "per_root": {r: self.per_root[r] for r in sorted(self.per_root)},
        }


@dataclass
class GoldCase:
    id: str
    lang: str
    text: str
    published: str | None
    events: list[dict]
    line: int


def read_gold(path: Path, errors: list[str]) -> Iterator[GoldCase]:
    """Cases of a gold file; a bad line is reported in ``errors`` and skipped."""
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.strerror})") from None
    with fh:
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{path}:{n}: not a JSON object ({exc.msg})")
                    continue
                problem = _check_case(d)
                if problem:
                    errors.append(f"{path}:{n}: {problem}")
                    continue
                yield GoldCase(str(d.get("id", f"line{n}")), d.get("lang") or "auto", d["text"],
                               d.get("published"), list(d.get("events") or []), n)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None


def _check_case(d) -> str:
    if not isinstance(d, dict):
        return "a case must be a JSON object"
    if not isinstance(d.get("text"), str) or not d["text"].strip():
        return "case has no 'text'"
    evs = d.get("events", [])
    if not isinstance(evs, list) or not all(isinstance(e, dict) for e in evs):
        return "'events' must be a list of objects"
    pub = d.get("published")
    if pub is not None and not isinstance(pub, str):
        return "'published' must be YYYY-MM-DD or null"
    return ""


def evaluate(cases: Iterable[GoldCase], predict, dump=None, errors: list[str] | None = None) -> Score:
    """Score ``predict(case) -> list[event dict]`` over ``cases``."""
    score = Score()
    for case in cases:
        try:
            pred = predict(case)
        except Exception as exc:  # one bad case must not stop an evaluation
            if errors is not None:
                errors.append(f"case {case.id} (line {case.line}): {exc}")
            pred = []
        score.add_case(pred, case.events)
        if dump is not None:
            for e in pred:
                dump.write(json.dumps({"case_id": case.id, **e}, ensure_ascii=False) + "\n")
    return score


def evaluate_file(gold: Path, coder, dump: Path | None = None) -> tuple[Score, list[str]]:
    """Code every case of a gold file with ``coder`` and score it (`peristiwa eval`).

    Returns the score and the lines and cases that were skipped, each named;
    ``dump``: a file to write every predicted event to, with its case_id."""
    from peristiwa.pipeline import parse_date
    from peristiwa.records import Article

    errors: list[str] = []

    def predict(case):
        art = Article(text=case.text, id=case.id, lang=case.lang,
                      published=parse_date(case.published), origin=f"{gold}:{case.line}")
        return [ev.to_dict() for ev in coder.code_article(art)]

    out = dump.open("w", encoding="utf-8") if dump else None
    try:
        score = evaluate(read_gold(gold, errors), predict, dump=out, errors=errors)
    finally:
        if out:
            out.close()
    return score, errors


def score_tables(result: dict, name: str) -> list:
    """The scores of ``Score.as_dict()`` as Rich tables: per level, then per root."""
    from rich.table import Table

    table = Table(title=f"{name}: {result['cases']} cases")
    for col in ("level", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(col, justify="right")
    for lv, c in result["levels"].items():
        table.add_row(lv, str(c["tp"]), str(c["fp"]), str(c["fn"]), f"{c['precision']:.3f}",
                      f"{c['recall']:.3f}", f"{c['f1']:.3f}")
    roots = Table(title="per root (root level)")
    for col in ("root", "gold", "pred", "tp", "tp dyad"):
        roots.add_column(col, justify="right")
    for r, row in result["per_root"].items():
        roots.add_row(r, str(row["gold"]), str(row["pred"]), str(row["tp"]), str(row["tp_dyad"]))
    return [table, roots]
