"""Questions the store answers: the HTTP API and the dashboard ask these.

Every function takes a DuckDB connection (or cursor) and an ``EventFilter``;
all SQL is parameterised. Results are plain dicts, ready for JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

INTERVALS = ("day", "week", "month", "year")


@dataclass
class EventFilter:
    since: date | None = None  # event day, inclusive
    until: date | None = None
    source: str | None = None  # actor code prefix ("IDN", "IDNGOV")
    target: str | None = None
    actor: str | None = None  # either side
    code: str | None = None  # CAMEO code prefix ("17", "173")
    root: str | None = None  # CAMEO root ("17")
    quad: int | None = None  # QuadClass 1-4
    country: str | None = None  # ISO-3 of the place or of either actor
    q: str | None = None  # words in the sentence or the actors' names
    directed: bool = True  # source/target as given; False: either way round

    def where(self, alias: str = "e") -> tuple[str, list]:
        """The SQL condition and its parameters."""
        a = f"{alias}." if alias else ""
        conds: list[str] = []
        params: list = []
        if self.since:
            conds.append(f"{a}day >= ?")
            params.append(self.since)
        if self.until:
            conds.append(f"{a}day <= ?")
            params.append(self.until)
        if self.source or self.target:
            one = f"{a}source LIKE ? ESCAPE '\\' AND {a}target LIKE ? ESCAPE '\\'"
            pair = [_prefix(self.source), _prefix(self.target)]
            if self.directed:
                conds.append(f"({one})")
                params += pair
            else:
                conds.append(f"(({one}) OR ({a}target LIKE ? ESCAPE '\\' AND {a}source LIKE ? ESCAPE '\\'))")
                params += pair + pair
        if self.actor:
            conds.append(f"({a}source LIKE ? ESCAPE '\\' OR {a}target LIKE ? ESCAPE '\\')")
            params += [_prefix(self.actor)] * 2
        if self.code:
            conds.append(f"{a}code LIKE ? ESCAPE '\\'")
            params.append(_prefix(self.code))
        if self.root:
            conds.append(f"{a}root = ?")
            params.append(self.root.zfill(2))
        if self.quad:
            conds.append(f"{a}quad_class = ?")
            params.append(int(self.quad))
        if self.country:
            c = self.country.upper()
            conds.append(f"({a}place_country = ? OR {a}source LIKE ? ESCAPE '\\' OR {a}target LIKE ? ESCAPE '\\')")
            params += [c, _prefix(c), _prefix(c)]
        if self.q:
            conds.append(
                f"({a}source_name ILIKE ? ESCAPE '\\' OR {a}target_name ILIKE ? ESCAPE '\\' OR {a}global_event_id IN ("
                "SELECT m.global_event_id FROM mentions m JOIN sentences s "
                "ON s.article_id = m.article_id AND s.sentence = m.sentence WHERE s.text ILIKE ? ESCAPE '\\'))")
            like = "%" + _escape(self.q) + "%"
            params += [like, like, like]
        return (" AND ".join(conds) or "TRUE"), params

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def _code_name(code: str | None) -> str:
    from peristiwa.coding.cameo import table

    found = table().get(code or "")
    return found.name if found else ""


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(code: str | None) -> str:
    return _escape((code or "").upper()) + "%"


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _clean(row: dict) -> dict:
    out = {}
    if "global_event_id" in row:
        # as a string too: a 60-bit id is beyond a JavaScript number's exact range
        out["id"] = str(row["global_event_id"])
    for k, v in row.items():
        out[k] = v.isoformat() if isinstance(v, date) else v
    if "code" in row:
        out["code_name"] = _code_name(row["code"])
    place = {k[6:]: out.pop(k) for k in list(out) if k.startswith("place_")}
    if "place_name" in row:
        out["place"] = place if place.get("name") else None
    return out


EVENT_FIELDS = ("global_event_id, date, date_precision, day, source, source_name, target, "
                "target_name, code, root, quad_class, goldstein, plover, plover_mode, place_name, "
                "place_geonameid, place_lat, place_lon, place_country, place_admin1, place_kind, "
                "is_root_event, num_mentions, num_sources, num_articles, source_url, date_added")


def events(con, f: EventFilter, limit: int = 50, offset: int = 0) -> dict:
    """A page of events, newest first, each with the sentence of its earliest mention."""
    where, params = f.where("e")
    total = con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchall()[0][0]
    cur = con.execute(
        f"SELECT {EVENT_FIELDS} FROM events e WHERE {where} "
        "ORDER BY day DESC NULLS LAST, num_mentions DESC, global_event_id LIMIT ? OFFSET ?",
        params + [limit, offset])
    rows = [_clean(r) for r in _dicts(cur)]
    if rows:
        ids = [r["global_event_id"] for r in rows]
        cur = con.execute(
            "SELECT m.global_event_id, s.text, m.trigger_text FROM mentions m "
            "JOIN events e USING (global_event_id) "
            "JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence "
            "WHERE m.global_event_id IN (SELECT unnest(?)) AND m.article_id = e.first_article_id "
            "QUALIFY row_number() OVER (PARTITION BY m.global_event_id ORDER BY m.mention_index) = 1",
            [ids])
        text = {gid: (s, t) for gid, s, t in cur.fetchall()}
        for r in rows:
            r["sentence"], r["trigger_text"] = text.get(r["global_event_id"], ("", ""))
    return {"total": total, "limit": limit, "offset": offset, "events": rows}


def _rel(start, end, base) -> list[int] | None:
    return None if start is None else [start - base, end - base]


def event(con, global_event_id: int) -> dict | None:
    """One event with every mention: article, sentence and the spans of its evidence
    (``spans``: offsets in the article; ``in_sentence``: offsets in the sentence)."""
    cur = con.execute(f"SELECT {EVENT_FIELDS} FROM events WHERE global_event_id = ?",
                      [global_event_id])
    rows = _dicts(cur)
    if not rows:
        return None
    out = _clean(rows[0])
    cur = con.execute(
        "SELECT m.*, a.url, a.title, a.source AS site, a.published, a.origin, s.text AS sentence_text "
        "FROM mentions m JOIN articles a USING (article_id) "
        "JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence "
        "WHERE m.global_event_id = ? ORDER BY a.published NULLS LAST, m.article_id, m.mention_index",
        [global_event_id])
    mentions = []
    for m in _dicts(cur):
        base = m["sentence_start"]
        spans = {k: (None if m[f"{k}_start"] is None else [m[f"{k}_start"], m[f"{k}_end"]])
                 for k in ("trigger", "source", "target", "date", "place")}
        mentions.append({
            "article_id": m["article_id"], "url": m["url"], "title": m["title"],
            "site": m["site"], "origin": m["origin"],
            "published": m["published"].isoformat() if m["published"] else None,
            "sentence": m["sentence"], "sentence_text": m["sentence_text"],
            "source": m["source"], "target": m["target"], "code": m["code"],
            "trigger_text": m["trigger_text"], "source_text": m["source_text"],
            "target_text": m["target_text"], "date_text": m["date_text"],
            "place_text": m["place_text"], "rule": m["rule"],
            "notes": [n for n in (m["notes"] or "").split("; ") if n],
            "spans": spans,
            "in_sentence": {k: _rel(v[0], v[1], base) if v else None for k, v in spans.items()},
        })
    out["mentions"] = mentions
    return out


def series(con, f: EventFilter, interval: str = "day") -> list[dict]:
    """Events per period: counts by QuadClass, Goldstein sum and mean."""
    if interval not in INTERVALS:
        raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")
    where, params = f.where("e")
    cur = con.execute(
        f"SELECT CAST(date_trunc('{interval}', day) AS DATE) AS period, count(*) AS events, "
        "sum(num_mentions) AS mentions, "
        "count(*) FILTER (WHERE quad_class = 1) AS quad1, "
        "count(*) FILTER (WHERE quad_class = 2) AS quad2, "
        "count(*) FILTER (WHERE quad_class = 3) AS quad3, "
        "count(*) FILTER (WHERE quad_class = 4) AS quad4, "
        "round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean "
        f"FROM events e WHERE day IS NOT NULL AND {where} GROUP BY period ORDER BY period", params)
    return [_clean(r) for r in _dicts(cur)]


def dyads(con, f: EventFilter, limit: int = 100) -> list[dict]:
    """Pairs of actors with their event count and mean Goldstein (the network)."""
    where, params = f.where("e")
    cur = con.execute(
        "SELECT source, target, count(*) AS events, round(avg(goldstein), 3) AS goldstein_mean, "
        "mode(source_name) AS source_name, mode(target_name) AS target_name "
        f"FROM events e WHERE source <> '' AND target <> '' AND {where} "
        "GROUP BY source, target ORDER BY events DESC, source, target LIMIT ?", params + [limit])
    return _dicts(cur)


def actors(con, f: EventFilter, limit: int = 50) -> list[dict]:
    """The most active actor codes, with the name they are most often found under."""
    where, params = f.where("e")
    cur = con.execute(
        "WITH sides AS ("
        f" SELECT source AS code, source_name AS name, 1 AS s, 0 AS t FROM events e WHERE {where}"
        " UNION ALL"
        f" SELECT target, target_name, 0, 1 FROM events e WHERE {where})"
        "SELECT code, mode(name) AS name, count(*) AS events, sum(s) AS as_source, "
        "sum(t) AS as_target FROM sides WHERE code <> '' GROUP BY code "
        "ORDER BY events DESC, code LIMIT ?", params + params + [limit])
    return _dicts(cur)


def places(con, f: EventFilter, limit: int = 500) -> list[dict]:
    """Event places with their event count and mean Goldstein (the map)."""
    where, params = f.where("e")
    cur = con.execute(
        "SELECT place_name AS name, place_geonameid AS geonameid, place_country AS country, "
        "round(avg(place_lat), 5) AS lat, round(avg(place_lon), 5) AS lon, count(*) AS events, "
        "round(avg(goldstein), 3) AS goldstein_mean FROM events e "
        f"WHERE place_lat IS NOT NULL AND {where} "
        "GROUP BY place_name, place_geonameid, place_country ORDER BY events DESC, name LIMIT ?",
        params + [limit])
    return _dicts(cur)


def stats(con) -> dict:
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
           for t in ("articles", "sentences", "mentions", "events", "errors")}
    first, last = con.execute("SELECT min(day), max(day) FROM events").fetchall()[0]
    out["first_day"] = first.isoformat() if first else None
    out["last_day"] = last.isoformat() if last else None
    return out
