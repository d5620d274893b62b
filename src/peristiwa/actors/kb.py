"""The actor knowledge base: people and organisations with dated codes.

Rows come from ``data/actors.*.tsv`` (one dated affiliation per row):

    id  code  start  end  names  source

``names`` is a ``|``-separated list: the first is the canonical name, the
rest are aliases. ``start``/``end`` are ISO dates, possibly truncated
(``2019``, ``2019-10``); empty means open. Given a date, ``code_at`` picks the
affiliation in force; a person no longer in office becomes ELI of the last
country they served (CONVENTIONS §4.2: former office-holders are ELI).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = Path(str(resources.files("peristiwa") / "data"))

_RANK = [
    (re.compile(r"\b(?:president|prime minister|premier|chancellor|king|emir|sultan|head of state|"
                r"supreme leader|secretary-general|secretary general)\b", re.I), 4),
    (re.compile(r"\b(?:foreign|external|secretary of state|defen[cs]e|interior|home affairs|finance)\b",
                re.I), 3),
    (re.compile(r"\b(?:minister|secretary|governor|mayor|chief|head)\b", re.I), 2),
]


_LOCAL = re.compile(r"deputy|vice|assistant|state minister|minister of state|acting|junior|"
                    r"province|provincial|region|municipal|city|council|court|senate|assembly|chamber|"
                    r"bank|party|committee|commission|association|university|federation|league|club|"
                    r"company|corporation|board|agency|institute|academy|foundation|district|county",
                    re.I)


def _rank_of(source: str) -> int:
    position = source.split(": ", 1)[-1]
    if _LOCAL.search(position):
        return 1
    for rx, rank in _RANK:
        if rx.search(position):
            return rank
    return 1


def _parse_date(s: str, end: bool = False) -> date | None:
    s = s.strip()
    if not s:
        return None
    parts = [int(p) for p in s.split("-") if p.isdigit()]
    if not parts:
        return None
    y = parts[0]
    m = parts[1] if len(parts) > 1 else (12 if end else 1)
    d = parts[2] if len(parts) > 2 else (28 if end else 1)
    try:
        return date(y, m, d)
    except ValueError:
        return date(y, m, 28)


@dataclass
class Affiliation:
    code: str
    start: date | None
    end: date | None
    source: str

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Entity:
    id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    affiliations: list[Affiliation] = field(default_factory=list)
    kind: str = "person"  # person | org
    rank: int = 1

    def code_at(self, day: date | None) -> str:
        affs = self.affiliations
        if not affs:
            return ""
        if day is None:
            # No date: the most recent affiliation, preferring the highest office.
            best = max(affs, key=lambda a: (a.start or date.min, a.end or date.max))
            return best.code
        current = [a for a in affs if a.covers(day)]
        if current:
            # Most specific current office: the latest started.
            return max(current, key=lambda a: a.start or date.min).code
        if self.kind == "org":
            return max(affs, key=lambda a: a.start or date.min).code
        past = [a for a in affs if a.end is not None and a.end < day]
        if past:
            last = max(past, key=lambda a: a.end)
            country = last.code[:3]
            return country + "ELI" if not country.startswith(("IGO", "NGO")) else country
        first = min(affs, key=lambda a: a.start or date.max)
        return first.code[:3] if not first.code.startswith(("IGO", "NGO", "MNC")) else ""


class KnowledgeBase:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    def load(self, path: Path) -> None:
        with path.open(encoding="utf-8") as fh:
            rows = (line for line in fh if line.strip() and not line.startswith("#"))
            for r in csv.DictReader(rows, delimiter="\t"):
                eid = r["id"].strip()
                names = [n.strip() for n in r["names"].split("|") if n.strip()]
                if eid.startswith("wd:"):
                    # a Wikidata label of one word ("Islam") is too ambiguous to look for
                    names = [n for n in names if " " in n or "|" in r["names"]] or names[:0]
                if not eid or not names:
                    continue
                ent = self.entities.get(eid)
                if ent is None:
                    kind = "org" if eid.startswith("org:") else "person"
                    ent = self.entities[eid] = Entity(id=eid, name=names[0], kind=kind)
                ent.aliases.update(names)
                code = r["code"].strip()
                if code:
                    ent.affiliations.append(
                        Affiliation(code, _parse_date(r["start"]), _parse_date(r["end"], end=True),
                                    r.get("source", "").strip())
                    )
                ent.rank = max(ent.rank, _rank_of(r.get("source", "")))

    def get(self, eid: str) -> Entity:
        return self.entities[eid]

    def pick(self, ids: list[str], day: date | None) -> Entity:
        """Of several people under one name, the one in office on ``day``, highest rank first."""
        ents = [self.entities[i] for i in ids]
        if len(ents) == 1:
            return ents[0]
        if day is not None:
            current = [e for e in ents if any(a.covers(day) for a in e.affiliations)]
            if current:
                ents = current
        return max(ents, key=lambda e: (e.rank, max((a.start or date.min for a in e.affiliations),
                                                     default=date.min)))

    def names(self):
        """(alias, entity) pairs for the lexicon, with derived short forms.

        Besides the listed names, people of rank >= 3 (heads of state and
        government, foreign, defence, interior and finance ministers) are known
        by their surname, and Indonesians of rank >= 2 by their first name
        too ("Nadiem", "Retno"), the way the press names them. A short form
        shared by several people is kept for all; the date decides (``pick``).
        """
        short: dict[str, list[Entity]] = {}
        countries: dict[str, set[str]] = {}
        for ent in self.entities.values():
            if ent.kind == "person" and " " in ent.name:
                last = ent.name.split()[-1]
                countries.setdefault(last, set()).update(a.code[:3] for a in ent.affiliations)
        for ent in self.entities.values():
            for alias in ent.aliases:
                yield alias, ent, False
            if ent.kind != "person":
                continue
            parts = [p for p in re.split(r"\s+", ent.name) if p]
            if len(parts) < 2:
                continue
            cands = []
            if ent.rank >= 3:
                cands.append(parts[-1])
            if any(a.code.startswith("IDN") for a in ent.affiliations) and ent.rank >= 2:
                cands.append(parts[0])
                cands.append(parts[-1])
            for c in cands:
                if len(c) >= 4 and c[0].isupper() and not c.endswith(".") and len(countries.get(c, ())) < 3:
                    short.setdefault(c, []).append(ent)  # a surname found in 3+ countries is a common name
        for alias, ents in short.items():
            # Several people may share a short form: all are kept, and the
            # date decides (KnowledgeBase.pick): "Cavusoglu" in 2020 is Mevlut.
            for e in {e.id: e for e in ents}.values():
                yield alias, e, True


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for path in sorted(DATA.glob("actors.*.tsv")) + sorted((DATA / "actors").glob("*.tsv")):
        kb.load(path)
    return kb
