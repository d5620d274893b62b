"""A coded article as table rows: what the store (and a batch's Parquet files) take in.

``article_key`` gives an article its identity: its URL when it has one, else its
text, so the same article read twice, from a file or a feed, is one article.
``event_key`` gives a happening its identity across articles: the same date,
source, target, CAMEO code and place. ``Rows`` collects the rows of many
articles column by column and hands them over as Arrow tables.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import urlsplit, urlunsplit

import pyarrow as pa

from peristiwa.records import Article, Event
from peristiwa.store import schema

ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
         "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BOOLEAN": pa.bool_()}



def _lists_without_pandas() -> None:
    """The first time pyarrow converts a Python list it asks whether the list is a
    pandas object, and imports pandas to know (0.2-0.25 s of CPU at each start:
    ``ingest``, each batch worker). peristiwa hands it lists only: pyarrow's question
    is answered here, once, with pandas out of reach, so that it is not imported for
    it. pyarrow still imports pandas when asked for it (``Table.to_pandas``); only its
    guess that an object might be a pandas one, before pandas is imported, stays no.
    Nothing changes if pandas is imported already."""
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _NoPandas)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(_NoPandas)


class _NoPandas:
    """An import finder that refuses pandas (for ``_lists_without_pandas``)."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] == "pandas":
            raise ImportError("pandas is not imported for pyarrow's guess")
        return None


_lists_without_pandas()

LEAD = 3  # mentions in an article's first sentences make an event a "root event" (GDELT)


def _columns(ddl: str) -> list[tuple[str, str]]:
    body = ddl[ddl.index("(") + 1: ddl.rindex(")")]
    out = []
    for line in body.splitlines():
        line = line.split("--")[0].strip().rstrip(",")
        if line:
            name, kind = line.split()[:2]
            out.append((name, kind))
    return out


COLUMNS: dict[str, list[tuple[str, str]]] = {
    "articles": _columns(schema.ARTICLES),
    "sentences": _columns(schema.SENTENCES),
    "actor_mentions": _columns(schema.ACTOR_MENTIONS),
    "mentions": schema.MENTION_COLUMNS,
}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(n, ARROW[t]) for n, t in COLUMNS[table]])


def normal_url(url: str) -> str:
    """The URL an article is known by: no fragment, lower-case scheme and host."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def article_key(article: Article) -> str:
    if article.url and article.url.strip():
        return "u" + hashlib.sha1(normal_url(article.url).encode("utf-8")).hexdigest()[:15]
    return hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:16]


def source_of(article: Article) -> str | None:
    """The publisher: as the input named it, else the URL's host without www."""
    if article.source:
        return article.source
    if article.url:
        host = urlsplit(article.url.strip()).hostname or ""
        return host.removeprefix("www.") or None
    return None


def first_day(value: str) -> date | None:
    """'2020-12-29' -> that day; '2020-12' -> 2020-12-01; '2019' -> 2019-01-01."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    while len(parts) < 3:
        parts.append(1)
    try:
        return date(*parts)
    except ValueError:
        return None


def event_key(ev: Event) -> str:
    place = ev.place or {}
    where = str(place.get("geonameid") or (place.get("name") or "").lower())
    return "|".join((ev.date or ev.published or "", ev.source, ev.target, ev.code, where))


def event_id(key: str) -> int:
    """A stable GlobalEventID: 60 bits of the key's SHA-1 (positive, fits BIGINT)."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)


def _span(span) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span else (None, None)


def mention_row(ev: Event, index: int) -> dict:
    e = ev.evidence
    key = event_key(ev)
    place = ev.place or {}
    ts, te = _span(e.trigger)
    ss, se = _span(e.source_span)
    gs, ge = _span(e.target_span)
    ds, de = _span(e.date_span)
    ps, pe = _span(e.place_span)
    when = ev.date or ev.published or ""
    return {
        "global_event_id": event_id(key), "event_key": key, "article_id": ev.article_id,
        "mention_index": index, "sentence": e.sentence, "sentence_start": e.sentence_start,
        "source": ev.source, "source_name": ev.source_name, "target": ev.target,
        "target_name": ev.target_name, "code": ev.code, "root": ev.root,
        "quad_class": ev.quad_class, "goldstein": ev.goldstein, "plover": ev.plover,
        "plover_mode": ev.plover_mode, "date": when, "date_precision": ev.date_precision,
        "day": first_day(when), "place_name": place.get("name"),
        "place_geonameid": place.get("geonameid"), "place_lat": place.get("lat"),
        "place_lon": place.get("lon"), "place_country": place.get("country"),
        "place_admin1": place.get("admin1"), "place_kind": place.get("kind"),
        "trigger_start": ts, "trigger_end": te, "trigger_text": e.trigger_text,
        "source_start": ss, "source_end": se, "source_text": e.source_text,
        "target_start": gs, "target_end": ge, "target_text": e.target_text,
        "date_start": ds, "date_end": de, "date_text": e.date_text,
        "place_start": ps, "place_end": pe, "place_text": e.place_text,
        "rule": e.rule, "notes": "; ".join(e.notes), "lang": ev.lang,
    }


class Rows:
    """The rows of a batch of coded articles, column by column."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, list]] = {
            t: {n: [] for n, _ in cols} for t, cols in COLUMNS.items()}
        self.ids: set[str] = set()

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def n_events(self) -> int:
        return len(self.data["mentions"]["article_id"])

    def _add(self, table: str, row: dict) -> None:
        cols = self.data[table]
        for name in cols:
            cols[name].append(row.get(name))

    def add(self, article: Article, coded: Iterable, added: datetime | None = None) -> int:
        """Add one article and its analysis (``Coder.analyse``); returns its event count.
        The article's ``id`` must be its ``article_key``."""
        if article.id in self.ids:
            return 0
        self.ids.add(article.id)
        n_sent = n_ev = 0
        for cs in coded:
            s = cs.sentence
            n_sent += 1
            self._add("sentences", {"article_id": article.id, "sentence": s.index,
                                    "start_char": s.start, "end_char": s.end, "text": s.text})
            for m in cs.mentions:
                a = m.actor
                self._add("actor_mentions", {
                    "article_id": article.id, "sentence": s.index, "start_char": m.start,
                    "end_char": m.end, "text": m.text, "code": a.code, "name": a.name,
                    "country": a.country, "role": a.role, "kind": a.kind, "entity": a.entity})
            for ev in cs.events:
                self._add("mentions", mention_row(ev, n_ev))
                n_ev += 1
        self._add("articles", {
            "article_id": article.id, "doc_id": article.doc_id, "url": article.url,
            "title": article.title, "source": source_of(article), "published": article.published,
            "lang": article.lang, "origin": article.origin, "text": article.text,
            "n_sentences": n_sent, "n_events": n_ev,
            "added": (added or datetime.now()).replace(microsecond=0)})
        return n_ev

    def tables(self) -> dict[str, pa.Table]:
        return {t: pa.table(cols, schema=arrow_schema(t)) for t, cols in self.data.items()}
