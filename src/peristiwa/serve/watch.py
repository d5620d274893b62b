"""``peristiwa serve --watch``: the server takes in news itself, on a schedule.

DuckDB lets one process write a database, so a server that must keep taking in
news polls its sources in a thread of its own and writes through the same
store the API reads: RSS/Atom feed URLs (each entry's linked page is fetched
and its main text extracted when the feed carries only a summary) and drop
folders (whatever files appear there). Everything goes through the same ingest
path as ``peristiwa ingest``, so polling again adds only what is new.
"""

from __future__ import annotations

import re
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from peristiwa import __version__
from peristiwa.ingest.common import gunzip_capped, one_line
from peristiwa.ingest.run import Skipped, Summary, ingest
from peristiwa.records import Article
from peristiwa.store.rows import article_key

TIMEOUT = 30  # seconds per HTTP request
MAX_BYTES = 20_000_000  # what one fetched document may weigh
SHORT = 400  # a feed entry with less text than this is only a summary: fetch the page
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def seconds(every: str) -> float:
    """'15m' -> 900; '30s', '2h', '1d', or plain seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", every or "")
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"--every {every!r}: give a period like 15m, 30s, 2h")
    return float(m.group(1)) * UNITS[m.group(2) or "s"]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str) -> bytes:
    """The document at ``url``, decompressed when it is gzip; over MAX_BYTES, counted
    both as fetched and once decompressed, a ValueError (a 437 KB gzipped feed used to
    inflate to gigabytes here)."""
    req = urllib.request.Request(url, headers={"User-Agent": f"peristiwa/{__version__}"})
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        data = resp.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"over {MAX_BYTES} bytes")
    return gunzip_capped(data, MAX_BYTES)


class Watcher:
    def __init__(self, sources: list[str], every: float = 900.0, coder_factory=None,
                 fetcher: Callable[[str], bytes] = fetch,
                 report: Callable[[object], None] | None = None) -> None:
        self.sources = list(sources)
        self.every = every
        self.fetcher = fetcher
        self.report = report
        self._coder_factory = coder_factory
        self._coder = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.polls = 0
        self.last: Summary | None = None
        self.last_at: datetime | None = None

    @property
    def coder(self):
        if self._coder is None:
            if self._coder_factory is None:
                from peristiwa.pipeline import Coder

                self._coder_factory = Coder
            self._coder = self._coder_factory()
        return self._coder

    def items(self, store) -> Iterator:
        """The articles (and read errors) of every source, as of now."""
        from peristiwa.ingest import html_article, read_bytes, read_paths

        for source in self.sources:
            if not is_url(source):
                if not Path(source).exists():
                    yield Skipped(source, "no such folder or file")
                    continue
                yield from read_paths([source])
                continue
            try:
                data = self.fetcher(source)
            except Exception as exc:
                yield Skipped(source, f"cannot fetch: {one_line(exc)}")
                continue
            for item in read_bytes(data, origin=source):
                if (isinstance(item, Article) and item.url and is_url(item.url)
                        and len(item.text) < SHORT and not store.known([article_key(item)])):
                    try:
                        page = html_article(self.fetcher(item.url), url=item.url, origin=item.url)
                    except Exception as exc:
                        page = Skipped(item.url, f"cannot fetch: {one_line(exc)}")
                    if isinstance(page, Article) and len(page.text) > len(item.text):
                        page.title = page.title or item.title
                        page.published = page.published or item.published
                        page.source = item.source or page.source
                        page.lang = page.lang or item.lang
                        page.url = item.url  # the feed's link is the article's identity
                        item = page
                yield item

    def poll(self, store) -> Summary:
        """One round over every source."""
        summary = ingest(self.items(store), store, self.coder, report=self.report)
        self.polls += 1
        self.last, self.last_at = summary, datetime.now().replace(microsecond=0)
        return summary

    def start(self, store) -> None:
        writer = store.twin()

        def loop() -> None:
            while not self._stop.is_set():
                began = time.monotonic()
                try:
                    self.poll(writer)
                except Exception as exc:  # keep serving; say why this round failed
                    if self.report:
                        self.report(Skipped("watch", f"poll failed: {one_line(exc)}"))
                self._stop.wait(max(0.0, self.every - (time.monotonic() - began)))
            writer.close()

        self._thread = threading.Thread(target=loop, name="peristiwa-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout)

    def status(self) -> dict:
        return {"sources": self.sources, "every_seconds": self.every, "polls": self.polls,
                "last_poll": self.last_at.isoformat() if self.last_at else None,
                "last": self.last.line() if self.last else None}
