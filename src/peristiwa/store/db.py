"""The event store: a DuckDB database (``peristiwa.duckdb`` by default).

    with Store("peristiwa.duckdb") as db:
        db.add(rows)          # a batch of coded articles, in one transaction
        db.counts()

``add`` keeps only articles the store does not have yet (so ingesting twice
adds nothing), then rebuilds the events its new mentions belong to from all
their mentions: NumMentions, NumArticles and NumSources count across articles,
and the fields that vary between mentions (names, URL) come from the earliest
article, so the result does not depend on the order articles arrive in.
DuckDB lets one process write a database; a second writer gets a clear error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from peristiwa.errors import PeristiwaError
from peristiwa.store import schema

DEFAULT_DB = "peristiwa.duckdb"


class StoreError(PeristiwaError):
    pass


@dataclass
class Added:
    articles: int = 0  # new articles stored
    known: int = 0  # articles the store had already
    mentions: int = 0  # event mentions stored
    events: int = 0  # events created or updated


# Events rebuilt from their mentions. The representative mention of an event
# is its earliest: by publication date, then article id, then position.
REBUILD = """
WITH m AS (
    SELECT m.*, a.published, a.url, a.added,
           coalesce(a.source, a.article_id) AS site,
           row_number() OVER (PARTITION BY m.global_event_id
                              ORDER BY a.published NULLS LAST, m.article_id, m.mention_index) AS rn
    FROM mentions m JOIN articles a USING (article_id)
    WHERE m.global_event_id IN (SELECT global_event_id FROM touched)
), counts AS (
    SELECT global_event_id, count(*) AS num_mentions,
           count(DISTINCT article_id) AS num_articles, count(DISTINCT site) AS num_sources,
           bool_or(sentence < {lead}) AS is_root_event, min(added) AS date_added
    FROM m GROUP BY global_event_id
)
INSERT INTO events
SELECT m.global_event_id, m.event_key, m.date, m.date_precision, m.day, m.source, m.source_name,
       m.target, m.target_name, m.code, m.root, m.quad_class, m.goldstein, m.plover,
       m.plover_mode, m.place_name, m.place_geonameid, m.place_lat, m.place_lon,
       m.place_country, m.place_admin1, m.place_kind, c.is_root_event, c.num_mentions,
       c.num_sources, c.num_articles, m.article_id, m.url, c.date_added
FROM m JOIN counts c USING (global_event_id)
WHERE m.rn = 1
"""


def _first_copies(tables: dict[str, pa.Table], seen: set[str]) -> tuple[dict[str, pa.Table], int]:
    """A partition's tables less the articles of ``seen`` (in an earlier partition
    of the same transaction), and how many there were; ``seen`` gets the rest."""
    ids = tables["articles"].column("article_id").to_pylist()
    repeated = {i for i in ids if i in seen}
    seen.update(ids)
    if not repeated:
        return tables, 0
    return {name: t.filter(pa.array([i not in repeated for i in t.column("article_id").to_pylist()]))
            for name, t in tables.items()}, len(repeated)


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database (run `peristiwa ingest` first)")
        if not read_only and self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"{self.path}: the database is in use by another process "
                                 "(DuckDB allows one writer; wait for it or use another --db)") from None
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a peristiwa database ({exc})") from None
        if not read_only:
            self._create()
        self._check()

    def _create(self) -> None:
        for ddl in schema.TABLES.values():
            self.con.execute(ddl)
        for ddl in schema.INDEXES:
            self.con.execute(ddl)
        self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", [str(schema.VERSION)])

    def _check(self) -> None:
        try:
            version = self.one("SELECT value FROM meta WHERE key = 'schema'")
        except duckdb.Error:
            raise StoreError(f"{self.path}: not a peristiwa database (no meta table)") from None
        if version != str(schema.VERSION):
            raise StoreError(f"{self.path}: schema version {version}, "
                             f"this peristiwa reads version {schema.VERSION}")

    def one(self, sql: str, params=None):
        """The first value of the first row (fetching every row: DuckDB 2 wants results consumed)."""
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor for another thread (the API server's requests)."""
        return self.con.cursor()

    def twin(self) -> Store:
        """The same database through a connection of its own, for another thread
        of this process (the server's feed watcher writes through one)."""
        other = object.__new__(Store)
        other.path, other.read_only, other.con = self.path, self.read_only, self.con.cursor()
        return other

    # -- writing ----------------------------------------------------------

    def known(self, ids: Iterable[str]) -> set[str]:
        """The article ids of ``ids`` already stored."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def add(self, rows) -> Added:
        """Store a batch (``rows.Rows`` or a dict of Arrow tables named as ``schema.STAGED``)."""
        tables = rows.tables() if hasattr(rows, "tables") else rows
        return self.add_tables(tables)

    def add_tables(self, tables: dict[str, pa.Table], errors: Iterable = (),
                   part_id: str | None = None) -> Added:
        """Store staged tables; with ``part_id`` (a batch partition), also its
        ``errors``, and remember the partition, all in one transaction: a
        partition already loaded adds nothing."""
        if part_id:
            return self.add_parts([(part_id, tables, errors)])
        return self._add(tables)

    def add_parts(self, parts: list[tuple[str, dict[str, pa.Table], Iterable]]) -> Added:
        """Store several batch partitions ``(part_id, tables, errors)`` in one
        transaction, with the result of ``add_tables`` on each in turn: a partition
        loaded before adds nothing, and an article in two of them is kept from the
        first. One transaction's fixed costs (the events' rebuild, the commit: most
        of a small partition's merge) are paid once."""
        loaded = {r[0] for r in self.con.execute(
            "SELECT part_id FROM loaded WHERE part_id IN (SELECT unnest(?))",
            [[pid for pid, _, _ in parts]]).fetchall()}
        known, ids, new, merged, errs = 0, set(), [], [], []
        for pid, tables, errors in parts:
            if pid in loaded:
                known += tables["articles"].num_rows
                continue
            tables, repeated = _first_copies(tables, ids)
            known += repeated
            new.append(pid)
            merged.append(tables)
            errs.extend(errors)
            loaded.add(pid)
        if not merged:
            return Added(known=known)
        staged = merged[0] if len(merged) == 1 else {
            name: pa.concat_tables([t[name] for t in merged]) for name in schema.STAGED}
        added = self._add(staged, errs, new)
        added.known += known
        return added

    def _add(self, tables: dict[str, pa.Table], errors: list = (), part_ids: list[str] = ()) -> Added:
        """Store staged tables in one transaction (with the errors and ids of the
        batch partitions they are, if any)."""
        con = self.con
        out = Added()
        for name in schema.STAGED:
            con.register(f"s_{name}", tables[name])
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute("CREATE OR REPLACE TEMP TABLE fresh AS SELECT DISTINCT article_id "
                        "FROM s_articles WHERE article_id NOT IN (SELECT article_id FROM articles)")
            out.articles = self.one("SELECT count(*) FROM fresh")
            out.known = self.one("SELECT count(DISTINCT article_id) FROM s_articles") - out.articles
            for name in schema.STAGED:
                cols = ", ".join(f.name for f in tables[name].schema)
                con.execute(f"INSERT INTO {name} ({cols}) SELECT {cols} FROM s_{name} "
                            "WHERE article_id IN (SELECT article_id FROM fresh)")
            con.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT global_event_id "
                        "FROM s_mentions WHERE article_id IN (SELECT article_id FROM fresh)")
            out.mentions = self.one("SELECT count(*) FROM s_mentions WHERE article_id IN "
                                    "(SELECT article_id FROM fresh)")
            out.events = self.one("SELECT count(*) FROM touched")
            con.execute("DELETE FROM events WHERE global_event_id IN (SELECT global_event_id FROM touched)")
            con.execute(REBUILD.format(lead=3))
            if part_ids:
                self.add_errors(errors)
                now = datetime.now().replace(microsecond=0)
                con.executemany("INSERT INTO loaded VALUES (?, ?)", [(pid, now) for pid in part_ids])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            for name in schema.STAGED:
                con.unregister(f"s_{name}")
        return out

    def add_errors(self, errors: Iterable) -> int:
        """Keep what an ingest skipped (``ReadError`` or (origin, reason) pairs)."""
        now = datetime.now().replace(microsecond=0)
        rows = [(e[0], e[1], now) if isinstance(e, tuple) else (e.origin, e.reason, now)
                for e in errors]
        if rows:
            self.con.executemany("INSERT INTO errors VALUES (?, ?, ?)", rows)
        return len(rows)

    # -- reading ----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {t: self.one(f"SELECT count(*) FROM {t}")
                for t in ("articles", "sentences", "actor_mentions", "mentions", "events", "errors")}
