"""Ingest: articles from the readers -> coded -> the store, in batches.

    with Store("peristiwa.duckdb") as db:
        summary = ingest(read_paths(["news/"]), db, Coder())

Articles the store already has are recognised by their identity (URL, else
text) before they are coded, so a second run over the same input only reads.
Each batch is stored in one transaction: a run that is killed leaves whole
articles or none, and the next run codes what is missing. A file or record
that cannot be read or coded is reported in one line, kept in the store's
``errors`` table, and the rest goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from peristiwa.cache import gc_spaced
from peristiwa.ingest.common import visible
from peristiwa.records import Article
from peristiwa.store.rows import Rows, article_key

if TYPE_CHECKING:  # (DuckDB is not imported for coding alone: a batch worker writes Parquet)
    from peristiwa.store.db import Store

# articles per transaction: each costs DuckDB about 60 ms (25 a transaction: 1.3 s of
# storing for 320 articles, 100: 0.5 s; the stored rows are the same)
BATCH = 100


@dataclass
class Summary:
    read: int = 0  # articles read
    stored: int = 0  # new articles stored
    known: int = 0  # articles the store had already (or read twice in this run)
    skipped: int = 0  # files and records that could not be read or coded
    events: int = 0  # event mentions stored
    seconds: float = 0.0
    errors: list = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (f"{self.read} articles read, {self.stored} new, {self.known} already stored, "
                f"{self.skipped} skipped; {self.events} event mentions stored "
                f"({self.rate:.1f} articles/s)")


@dataclass
class Skipped:
    origin: str
    reason: str

    def __post_init__(self) -> None:  # what is stored or printed: no raw bytes or controls
        self.origin, self.reason = visible(self.origin), visible(self.reason)

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def code_article(coder, article: Article):
    """The article's analysis, its language set; raises what the coder raises."""
    article.lang = coder.language_of(article)
    return coder.analyse(article)


TOGETHER = 8  # articles coded together: their parses batched (8: as fast as 25, a third of the memory)


def code_articles(coder, articles: list[Article]) -> list:
    """``code_article`` of each article, or the exception coding it raised; coded
    ``TOGETHER`` at a time (``Coder.analyse_many``: the sentences that ask for a
    parse are parsed in one batch)."""
    out: list = [None] * len(articles)
    todo = []
    for k, article in enumerate(articles):
        try:
            article.lang = coder.language_of(article)
            todo.append(k)
        except Exception as exc:  # noqa: BLE001 - reported as this article's
            out[k] = exc
    with gc_spaced():  # the collector less often while coding (peristiwa.cache.CODING_GC)
        for at in range(0, len(todo), TOGETHER):
            group = todo[at: at + TOGETHER]
            for k, coded in zip(group, coder.analyse_many([articles[k] for k in group]), strict=True):
                out[k] = coded
    return out


def rows_of(articles: Iterable[Article], coder) -> Rows:
    """The rows of articles coded here, each given its identity and language
    (what ``ingest`` stores, without the store: for tests and notebooks)."""
    rows = Rows()
    for art in articles:
        art.id = article_key(art)
        rows.add(art, code_article(coder, art))
    return rows


def ingest(items: Iterable, store: Store, coder, batch: int = BATCH,
           report: Callable[[object], None] | None = None,
           progress: Callable[[Summary], None] | None = None) -> Summary:
    """Store every article of ``items`` (Articles and read errors, as the readers
    yield them). ``report`` gets each skipped file or record; ``progress`` the
    running summary after each article."""
    out = Summary()
    began = time.perf_counter()
    pending: list[Article] = []
    seen: set[str] = set()  # ids in this batch (earlier batches are in the store)

    def skip(error) -> None:
        out.skipped += 1
        out.errors.append(error)
        store.add_errors([error])
        if report:
            report(error)

    def flush() -> None:
        if not pending:
            return
        have = store.known(a.id for a in pending)
        rows = Rows()
        out.known += sum(art.id in have for art in pending)
        todo = [art for art in pending if art.id not in have]
        for art, coded in zip(todo, code_articles(coder, todo), strict=True):
            if isinstance(coded, Exception):  # one bad article never stops the run
                skip(Skipped(art.origin or art.id, f"cannot code: {_reason(coded)}"))
                continue
            rows.add(art, coded)
        if len(rows):
            added = store.add(rows)
            out.stored += added.articles
            out.known += added.known
            out.events += added.mentions
        pending.clear()
        seen.clear()
        out.seconds = time.perf_counter() - began
        if progress:
            progress(out)

    with gc_spaced():  # reading and storing too (peristiwa.cache.CODING_GC)
        for item in items:
            if not isinstance(item, Article):
                skip(item)
                continue
            out.read += 1
            bad = not_unicode(item)
            if bad:
                skip(Skipped(item.origin or "article", f"its {bad} is not valid Unicode text "
                             "(a lone surrogate)"))
                continue
            item.id = article_key(item)
            if item.id in seen:
                out.known += 1
                continue
            seen.add(item.id)
            pending.append(item)
            if len(pending) >= batch:
                flush()
        flush()
    out.seconds = time.perf_counter() - began
    return out


TEXT_FIELDS = ("text", "title", "url", "source", "doc_id", "origin", "lang")


def not_unicode(article: Article) -> str | None:
    """The first field of ``article`` that cannot be stored as UTF-8 (it holds a lone
    surrogate, as JSON's "\\ud800" makes), or None."""
    for name in TEXT_FIELDS:
        value = getattr(article, name, None)
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name
    return None


def _reason(exc: Exception) -> str:
    from peristiwa.errors import PeristiwaError

    text = str(exc).splitlines()[0] if str(exc) else ""
    if isinstance(exc, PeristiwaError) and text:
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
