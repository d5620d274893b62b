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
import gzip
import re
import tomllib
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from peristiwa import cache
from peristiwa.actors import phoenix
from peristiwa.errors import PeristiwaError
from peristiwa.store.actorcodes import countries
from peristiwa.text.normalize import fold

DATA = Path(str(resources.files("peristiwa") / "data"))

PEOPLE = DATA / "people.toml"  # how offices rank and how the press names people


@lru_cache(maxsize=1)
def _people() -> dict:
    with PEOPLE.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def _rank_rules() -> tuple[re.Pattern, list[tuple[re.Pattern, int]]]:
    """The ``[rank]`` rules of people.toml, compiled: the local-office pattern and the levels."""
    rank = _people()["rank"]
    local = re.compile("|".join(rank["local"]), re.I)
    levels = [(re.compile(r"\b(?:" + "|".join(level["words"]) + r")\b", re.I), level["rank"])
              for level in rank["levels"]]
    return local, levels


@lru_cache(maxsize=1)
def _naming() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ``[names]`` customs of people.toml: the countries that write the family name
    first, those of them where both orders are common, those that also use first names."""
    names = _people()["names"]
    return (frozenset(names["family_name_first"]), frozenset(names["family_name_either"]),
            frozenset(names["first_name_too"]))


def _rank_of(source: str) -> int:
    position = source.split(": ", 1)[-1]
    local, levels = _rank_rules()
    if local.search(position):
        return 1
    for rx, rank in levels:
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
    priority: int = 0  # 0 compiled sources, 1 curated files, 2 a user's files: on a tie, higher wins

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Entity:
    id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    affiliations: list[Affiliation] = field(default_factory=list)
    kind: str = "person"  # person | org | state (a PETRARCH entry with a bare country code)
    rank: int = 1

    def current(self, day: date | None) -> bool:
        return day is not None and any(a.covers(day) and (a.start or a.end) for a in self.affiliations)

    def code_at(self, day: date | None) -> str:
        affs = self.affiliations
        if not affs:
            return ""
        if day is None:
            # No date: the most recent government office, else the most recent office
            # ("former" rows say least about a person, government the most).
            held = [a for a in affs if a.code[3:6] != "ELI"] or affs
            gov_first = self.kind == "person"  # a party's latest standing is its standing
            best = max(held, key=lambda a: (gov_first and a.code[3:6] == "GOV", a.start or date.min,
                                            a.end or date.max))
            return best.code
        current = [a for a in affs if a.covers(day)]
        if self.kind == "state":
            # a PETRARCH state: a dated code in force before its undated one
            # ("ZIMBABWE [RHO <790606] [ZBW]"); none in force: no code
            dated = [a for a in current if a.start or a.end] or current
            return max(dated, key=lambda a: a.start or date.min).code if dated else ""
        if current:
            # A curated (or a user's) row in force says more than a compiled one;
            # then the most specific office: the latest started, the last written.
            top = max(a.priority for a in current)
            current = [(k, a) for k, a in enumerate(affs) if a.priority == top and a.covers(day)]
            return max(current, key=lambda ka: (ka[1].start or date.min, ka[0]))[1].code
        if self.kind == "org":
            return max(affs, key=lambda a: a.start or date.min).code
        past = [a for a in affs if a.end is not None and a.end < day]
        if past:
            last = max(past, key=lambda a: a.end)
            country = last.code[:3]
            return country + "ELI" if not country.startswith(("IGO", "NGO")) else country
        first = min(affs, key=lambda a: a.start or date.max)
        return first.code[:3] if not first.code.startswith(("IGO", "NGO", "MNC")) else ""


def business_code(code: str) -> str:
    """A company's code as the gold conventions write it: its country's BUS
    (CONVENTIONS §4.1, firms are BUS; Phoenix writes a firm of a country as
    ``MNCUSA``, ``MNCJPN``, ``MNCUSAHLH``). A firm of no country keeps its code."""
    if code.startswith("MNC") and len(code) >= 6 and code[3:6] in countries():
        return code[3:6] + "BUS"
    return code


# a one-word leader's name borne by people of this many other countries is a common
# given name or surname ("Thomas", "Miranda"), not the leader's alone
COMMON_NAME_COUNTRIES = 3

FUZZY_MIN = 88.0  # rapidfuzz ratio: "idham aziz"/"idham azis" 90, "joko widodo"/"joko widada" 82


def _near_words(a: list[str], b: list[str]) -> bool:
    """Names of as many words are near spellings of each other only word by word:
    every word within one edit per four letters ("aziz"/"azis", "pengestu"/"pangestu").
    A long shared given name must not carry a different surname ("guillermo munoz" /
    "guillermo ungo" score 90 as wholes). Names of different lengths are left to
    the whole-name ratio."""
    if len(a) != len(b):
        return True
    from rapidfuzz.distance import Levenshtein

    return all(Levenshtein.distance(x, y) <= max(1, max(len(x), len(y)) // 4) for x, y in zip(a, b, strict=True))


@dataclass
class Candidate:
    entity: Entity
    code: str  # the entity's code on the day asked about
    score: float  # 100 for an exact name or alias
    how: str  # exact | fuzzy


def _pack(ent: Entity) -> tuple:
    """An entity as plain tuples, strings and numbers: what the disk cache stores."""
    return (ent.name, tuple(ent.aliases),
            tuple((a.code, a.start.toordinal() if a.start else 0, a.end.toordinal() if a.end else 0,
                   a.source, a.priority) for a in ent.affiliations),
            ent.kind, ent.rank)


def _unpack(eid: str, packed: tuple) -> Entity:
    name, aliases, affs, kind, rank = packed
    return Entity(eid, name, set(aliases),
                  [Affiliation(code, date.fromordinal(start) if start else None,
                               date.fromordinal(end) if end else None, source, priority)
                   for code, start, end, source, priority in affs], kind, rank)


class _Entities(MutableMapping):
    """id -> Entity for a knowledge base read from the disk cache: the entities are
    stored packed (``_pack``: 40,000 of them load about three times faster as
    tuples than as objects) and each is made an ``Entity`` on its first use, once
    (two threads asking at once get the same object). Iteration keeps the order
    the entities were added in."""

    __slots__ = ("_packed", "_made")

    def __init__(self, packed: dict[str, tuple | None]) -> None:
        self._packed = packed  # None: added after loading, in _made only
        self._made: dict[str, Entity] = {}

    def __getitem__(self, eid: str) -> Entity:
        ent = self._made.get(eid)
        if ent is None:
            packed = self._packed[eid]  # KeyError for an unknown id, as a dict
            ent = self._made.setdefault(eid, _unpack(eid, packed))
        return ent

    def __setitem__(self, eid: str, ent: Entity) -> None:
        self._made[eid] = ent
        self._packed.setdefault(eid, None)

    def __delitem__(self, eid: str) -> None:
        del self._packed[eid]
        self._made.pop(eid, None)

    def __contains__(self, eid: object) -> bool:
        return eid in self._packed

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


PICKED = 50_000  # names whose pick a knowledge base remembers (cleared when full)


class KnowledgeBase:
    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_pools", None)  # joined again on use
        state.pop("_bucket_indexes", None)  # (as the pools)
        state.pop("_picked", None)  # (see pick)
        state["entities"] = {eid: _pack(ent) for eid, ent in self.entities.items()}
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        packed = state["entities"]
        if not any(isinstance(v, Entity) for v in list(packed.values())[:1]):  # pickled as Entity objects before
            self.entities = _Entities(packed)

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.index: dict[str, set[str]] = {}  # folded name -> entity ids
        self._buckets: dict[tuple[str, int], list[str]] | None = None
        self._short: dict[str, set[str]] | None = None
        self._fuzzy_seen: dict[str, dict[str, float]] = {}  # names come back: remember answers
        self.priority = 0  # of the rows being loaded (see Affiliation.priority)

    def load(self, path: Path) -> None:
        """Add a file: a peristiwa actor TSV, or a PETRARCH/Phoenix actor dictionary."""
        if phoenix.is_phoenix(path):
            codes: dict[str, list[str]] = {}
            for row in phoenix.read(path, prefix=f"{phoenix.USER_PREFIX}{path.stem}"):
                self.add(row.id, row.code, row.start, row.end, phoenix.aliases(row.names.split("|")),
                         row.source)
                codes.setdefault(row.id, []).extend([row.code] if row.code else [])
            for eid, found in codes.items():
                if eid in self.entities:
                    self.entities[eid].kind = phoenix.kind_of(found)
            return
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            rows = (line for line in fh if line.strip() and not line.startswith("#"))
            for n, r in enumerate(csv.DictReader(rows, delimiter="\t"), 2):
                if r.get("names") is None or r.get("id") is None:
                    raise ValueError(f"{path}: row {n}: expected columns id, code, start, end, names, source")
                eid = r["id"].strip()
                names = [n.strip() for n in r["names"].split("|") if n.strip()]
                if eid.startswith("wd:"):
                    # a Wikidata label of one word ("Islam") is too ambiguous to look for
                    names = [n for n in names if " " in n or "|" in r["names"]] or names[:0]
                self.add(eid, (r.get("code") or "").strip(), r.get("start") or "", r.get("end") or "",
                         names, (r.get("source") or "").strip() or path.name)

    def add(self, eid: str, code: str, start: str, end: str, names: list[str], source: str) -> None:
        """One dated affiliation (or, with an empty code, aliases only) of an entity."""
        if "_picked" in self.__dict__:
            del self.__dict__["_picked"]  # picks made before may change
        ent = self.entities.get(eid)
        if not eid or not names and ent is None:
            return
        if ent is None:
            kind = "org" if eid.startswith("org:") else "person"
            ent = self.entities[eid] = Entity(id=eid, name=names[0], kind=kind)
        ent.aliases.update(names)
        for n in names:
            self.index.setdefault(fold(n), set()).add(eid)
        if code:
            code = business_code(code)
            ent.affiliations.append(Affiliation(code, _parse_date(start), _parse_date(end, end=True), source,
                                                self.priority))
        ent.rank = max(ent.rank, _rank_of(source))

    # -- lookup ----------------------------------------------------------------

    def lookup(self, name: str, day: date | None = None, fuzzy: bool = True,
               limit: int = 10) -> list[Candidate]:
        """Entities a name may refer to on ``day``, best first.

        Exact (folded) names and aliases first; with none, a fuzzy match
        (rapidfuzz) above ``FUZZY_MIN`` among names of the same first letter
        and about the same length ("Idham Aziz" finds "Idham Azis").
        """
        key = fold(name)
        ids = self.index.get(key)
        how = "exact"
        scores: dict[str, float] = {}
        shorts = self._short_index()
        if ids:
            scores = {i: 100.0 for i in ids}
        elif key in shorts:
            how = "short name"
            scores = {i: 95.0 for i in shorts[key]}
        elif fuzzy and len(key) >= 6:
            how = "fuzzy"
            scores = self._fuzzy(key)
        ents = [self.entities[i] for i in scores]
        ranked = sorted(ents, key=lambda e: (-scores[e.id], not e.current(day), -e.rank, e.id))
        return [Candidate(e, e.code_at(day), scores[e.id], how) for e in ranked[:limit]]

    def warm(self) -> KnowledgeBase:
        """Build the lookup indexes now (before pickling), not on the first lookup."""
        self.lookup("x", fuzzy=False)
        self._fuzzy("xxxxxx")
        self._fuzzy_seen.clear()
        return self

    def resolve(self, name: str, day: date | None = None) -> str:
        """The code of the best candidate for a name on a day ("" when none)."""
        found = self.lookup(name, day)
        if not found:
            return ""
        best = [c.entity.id for c in found if c.score == found[0].score]
        return self.pick(best, day).code_at(day)

    def _short_index(self) -> dict[str, set[str]]:
        """Derived short names (folded) -> entity ids, built on first use. Built whole
        before it is kept, so a thread never sees it half filled."""
        if self._short is None:
            short: dict[str, set[str]] = {}
            for alias, ent, derived in self.names():
                if derived:
                    short.setdefault(fold(alias), set()).add(ent.id)
            self._short = short
        return self._short

    def _fuzzy_buckets(self) -> dict[tuple[str, int], list[str]]:
        """People's full names by (first letter, length), built on first use (whole, as above)."""
        if self._buckets is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for k, ids in self.index.items():
                # only people's full names: a one-word match is a guess, and
                # organisations' names differ by one letter too often
                if " " in k and any(self.entities[i].kind == "person" for i in ids):
                    buckets.setdefault((k[0], len(k)), []).append(k)
            self._buckets = buckets
        return self._buckets

    def _fuzzy_pool(self, first: str, length: int) -> list[str]:
        """The names a fuzzy look-up of a key of this first letter and length compares
        with (of lengths within 2 of it), in the buckets' order: joined once per
        letter and length, not per look-up."""
        pools = self.__dict__.setdefault("_pools", {})
        pool = pools.get((first, length))
        if pool is None:
            buckets = self._fuzzy_buckets()
            pool = pools[(first, length)] = [k for n in range(length - 2, length + 3)
                                             for k in buckets.get((first, n), ())]
        return pool

    def _agreeing(self, first: str, length: int, head: str, tail: str) -> list[str]:
        """The names of the fuzzy pool of ``first`` and ``length`` whose first word is
        ``head`` or whose last word is ``tail`` (some twice): a few, found by an index of
        each bucket's names by their first and by their last word, not by a scan."""
        out: list[str] = []
        for n in range(length - 2, length + 3):
            by_first, by_last = self._bucket_index(first, n)
            out += by_first.get(head, ())
            out += by_last.get(tail, ())
        return out

    def _bucket_index(self, first: str, length: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """One fuzzy bucket's names by their first word and by their last word."""
        index = self.__dict__.setdefault("_bucket_indexes", {})
        found = index.get((first, length))
        if found is None:
            by_first: dict[str, list[str]] = {}
            by_last: dict[str, list[str]] = {}
            for k in self._fuzzy_buckets().get((first, length), ()):
                words = k.split()
                by_first.setdefault(words[0], []).append(k)
                by_last.setdefault(words[-1], []).append(k)
            found = index[(first, length)] = (by_first, by_last)
        return found

    def _fuzzy(self, key: str) -> dict[str, float]:
        seen = self._fuzzy_seen.get(key)  # one read: another thread may clear the memo meanwhile
        if seen is not None:
            return seen
        from rapidfuzz import fuzz, process

        out: dict[str, float] = {}
        agreeing = self._agreeing(key[0], len(key), key.split()[0], key.split()[-1])
        if not agreeing or not process.extract(key, agreeing, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=1):
            # no name of the pool agrees on one of the two (below), or those that do score too
            # low: none would be kept, and the pool is not scanned
            pool = []
        else:
            pool = self._fuzzy_pool(key[0], len(key))
        for match, score, _ in process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN,
                                               limit=5):
            if match.split()[0] != key.split()[0] and match.split()[-1] != key.split()[-1]:
                continue  # one of the two names must agree exactly
            if not _near_words(key.split(), match.split()):
                continue  # "Guillermo Munoz" is not "Guillermo Ungo": the other name must be close too
            for i in self.index[match]:
                if self.entities[i].kind == "person":
                    out[i] = max(out.get(i, 0.0), float(score))
        if len(self._fuzzy_seen) > 50_000:
            self._fuzzy_seen.clear()
        self._fuzzy_seen[key] = out
        return out

    def get(self, eid: str) -> Entity:
        return self.entities[eid]

    def pick(self, ids: list[str], day: date | None) -> Entity:
        """Of several people under one name, the one in office on ``day``, highest rank first
        (remembered: a short name may stand for hundreds, and comes back)."""
        if len(ids) == 1:
            return self.entities[ids[0]]
        picked = self.__dict__.get("_picked")
        if picked is None:
            picked = self.__dict__["_picked"] = {}
        key = (tuple(ids), day)
        found = picked.get(key)
        if found is None:
            if len(picked) >= PICKED:
                picked.clear()
            found = picked[key] = self._pick([self.entities[i] for i in ids], day)
        return found

    @staticmethod
    def _pick(ents: list[Entity], day: date | None) -> Entity:
        if day is not None:
            current = [e for e in ents if any(a.covers(day) for a in e.affiliations)]
            if current:
                ents = current
        return max(ents, key=lambda e: (e.rank, max((a.start or date.min for a in e.affiliations),
                                                     default=date.min)))

    def names(self):
        """(alias, entity, derived) triples for the lexicon, with derived short forms.

        Besides the listed names, people of rank >= 3 (heads of state and
        government, foreign, defence, interior and finance ministers) are known
        by their family name, and in the countries of people.toml's
        ``first_name_too`` people of rank >= 2 by their first name too ("Nadiem",
        "Retno"), the way the press names them, unless others there bear it too
        ("Slamet", "Agus": a given name many share names nobody). A surname shared
        by several people is kept for all; the date decides (``pick``).
        """
        countries = self._family_name_countries()
        given = self._shared_given_names()
        borne = self._name_word_countries()
        short: dict[str, list[Entity]] = {}
        for ent in self.entities.values():
            for alias in ent.aliases:
                # REIGN often knows a leader by one name ("Suleiman"): a surname, as short as ours
                one = " " not in alias and ent.id.startswith("reign:")
                if one and _common_name(alias, ent, borne):
                    continue  # "Thomas", "Miranda", "Flores": a name many bear elsewhere, no leader's alone
                yield alias, ent, one
            for c in _short_names(ent, countries, given):
                short.setdefault(c, []).append(ent)
        for alias, ents in short.items():
            # Several people may share a short form: all are kept, and the
            # date decides (KnowledgeBase.pick): "Cavusoglu" in 2020 is Mevlut.
            for e in {e.id: e for e in ents}.values():
                yield alias, e, True

    def _name_word_countries(self) -> dict[str, set[str]]:
        """Each first and last word (folded) of a person's name of two or more words,
        with the countries its bearers serve: a word borne in many countries is a
        common given name or surname ("Thomas", "Torres"), one borne in a leader's
        own country only is his ("Putin", "Bolsonaro")."""
        borne: dict[str, set[str]] = {}
        for ent in self.entities.values():
            if ent.kind != "person":
                continue
            states = {a.code[:3] for a in ent.affiliations}
            for alias in ent.aliases:
                parts = _natural(ent.id, alias).split()
                if len(parts) >= 2:
                    for word in {parts[0], parts[-1]}:
                        borne.setdefault(fold(word), set()).update(states)
        return borne

    def _shared_given_names(self) -> frozenset[str]:
        """The first names borne by two or more people of a country whose press also
        calls people by their first name (people.toml ``first_name_too``)."""
        _, _, first_too = _naming()
        seen: dict[str, int] = {}
        for ent in self.entities.values():
            if ent.kind == "person" and " " in ent.name and {a.code[:3] for a in ent.affiliations} & first_too:
                first = ent.name.split()[0]
                seen[first] = seen.get(first, 0) + 1
        return frozenset(n for n, k in seen.items() if k >= 2)

    def _family_name_countries(self) -> dict[str, set[str]]:
        """Each family name of a person of two or more names, with the countries its bearers serve."""
        first, _, _ = _naming()
        countries: dict[str, set[str]] = {}
        for ent in self.entities.values():
            if ent.kind == "person" and " " in ent.name:
                states = {a.code[:3] for a in ent.affiliations}
                parts = _natural(ent.id, ent.name).split()
                family = parts[0] if states & first else parts[-1]
                countries.setdefault(family, set()).update(states)
        return countries


def _common_name(alias: str, ent: Entity, borne: dict[str, set[str]]) -> bool:
    """A one-word name of a leader that people of ``COMMON_NAME_COUNTRIES`` or more other
    countries bear as a first or last name (``KnowledgeBase._name_word_countries``)."""
    own = {a.code[:3] for a in ent.affiliations}
    return len(borne.get(fold(alias), set()) - own) >= COMMON_NAME_COUNTRIES


def _natural(eid: str, name: str) -> str:
    """A name in the order it is spoken: REIGN writes some family name first, after a
    comma ("Quiros, Daniel" is Daniel Quiros); other sources' commas are titles
    ("Jonathan Hill, Baron Hill"), left as they are."""
    family, comma, given = name.partition(",")
    if not eid.startswith("reign:") or not comma or not given.strip():
        return name
    return f"{given.strip()} {family.strip()}"


def _short_names(ent: Entity, countries: dict[str, set[str]], given: frozenset[str] = frozenset()) -> list[str]:
    """The short forms the press calls a person by: the family name of a leader, the
    first name too where that is the custom (people.toml ``[names]``)."""
    if ent.kind != "person":
        return []
    parts = [p for p in re.split(r"\s+", _natural(ent.id, ent.name)) if p]
    if len(parts) < 2:
        return []
    family_first, either, first_too = _naming()
    cands = []
    states = {a.code[:3] for a in ent.affiliations}
    if ent.rank >= 3:
        if states & family_first:
            # "Hu Jintao", "Ban Ki-moon": the press says "Hu", "Ban"; a given name
            # ("Jintao", "Ki-moon") is never used alone
            cands.append(parts[0])
            if states & either and "-" not in parts[-1]:
                cands.append(parts[-1])
        else:
            cands.append(parts[-1])
    # the press's first-name custom is for the government's people ("Nadiem", "Retno"):
    # an officer is named with his rank ("Jenderal Gatot"), never "Herman" alone
    governs = any(a.code[3:6] == "GOV" and _rank_of(a.source) >= 2 for a in ent.affiliations)
    if states & first_too and ent.rank >= 2 and governs:
        if parts[0] not in given:
            cands.append(parts[0])
        cands.append(parts[-1])
    out = []
    for c in cands:
        shortest = 2 if c == parts[0] and states & family_first else 4
        # a surname found in 3+ countries is a common name, kept only for heads of
        # state and government ("Chavez", "Abbas"): the date picks the one in office
        if (len(c) >= shortest and c[0].isupper() and not c.endswith(".")
                and (len(countries.get(c, ())) < 3 or ent.rank >= 4)):
            out.append(c)
    return out


def files(extra: tuple[str, ...] = ()) -> list[Path]:
    """The files of a knowledge base: the compiled one, the curated ones, then a user's."""
    return sorted(DATA.glob("actors.*.tsv.gz")) + sorted((DATA / "actors").glob("*.tsv")) + \
        [Path(p) for p in extra]


@lru_cache(maxsize=4)
def load_kb(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The knowledge base, with a user's actor files (``--actors``) added last."""
    for p in extra:
        if not Path(p).is_file():
            raise PeristiwaError(f"{p}: actor file not found")

    def build() -> KnowledgeBase:
        kb = KnowledgeBase()
        curated = set(sorted((DATA / "actors").glob("*.tsv")))
        for path in files(extra):
            kb.priority = 2 if str(path) in extra else (1 if path in curated else 0)
            try:
                kb.load(path)
            except (ValueError, UnicodeDecodeError, csv.Error) as exc:
                raise PeristiwaError(f"{path}: not an actor file ({exc})") from None
        return kb.warm()

    srcs = files(extra) + [PEOPLE, Path(__file__), Path(phoenix.__file__)]  # code changes rebuild too
    return cache.cached("kb-" + cache.key("kb", [Path(p) for p in extra])[:8], srcs, build)


def default_kb() -> KnowledgeBase:
    return load_kb(())
