"""RSS and Atom feeds: one article per entry, through feedparser.

The text of an entry is its longest ``content`` value, else its ``summary``, HTML turned
into plain lines; the headline stays in ``title``. The feed's title is the ``source``,
its declared language (first two letters) the ``lang``.

Two things feedparser does that a reader must not let it do: given a ``str`` it may
fetch it as a URL, and given ``bytes`` it first tries them as a *file name* — so the
bytes are handed over as a stream. And its ``published_parsed`` is converted to UTC,
which can move an evening story to the next day; the date is taken from the entry's
date string as written, and from the UTC tuple only when that string is unreadable.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import feedparser

from peristiwa.ingest.common import ReadError, clean, lang_code, one_line, to_date
from peristiwa.ingest.html import html_to_text
from peristiwa.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(data: bytes, origin: str) -> Iterator[Article | ReadError]:
    """Every entry of the feed in ``data``. Parses at once; the bytes can then be freed."""
    parsed = feedparser.parse(io.BytesIO(data))
    return _entries(parsed, origin)


def _entries(parsed, origin: str) -> Iterator[Article | ReadError]:
    problem = one_line(parsed.get("bozo_exception", "")) if parsed.get("bozo") else ""
    entries = parsed.entries
    if not entries:
        if problem:
            yield ReadError(origin, f"not a valid RSS/Atom feed ({problem})")
        elif not parsed.get("version"):
            yield ReadError(origin, "not an RSS/Atom feed")
        return  # a valid feed with no entries: nothing to read, nothing wrong
    feed = parsed.feed
    source = clean(feed.get("title"))
    lang = lang_code(feed.get("language"))
    for n, entry in enumerate(entries, 1):
        where = f"{origin}:entry-{n}"
        text = _entry_text(entry)
        if not text:
            why = "entry has no text (no content or summary)"
            yield ReadError(where, f"{why}; the feed is malformed: {problem}" if problem else why)
            continue
        yield Article(
            text=text,
            lang=lang_code(_entry_language(entry)) or lang,
            published=_published(entry),
            url=clean(entry.get("link")),
            title=clean(entry.get("title")),
            origin=where,
            source=source,
            doc_id=clean(entry.get("id")),
        )


def _entry_text(entry) -> str:
    candidates = [c for c in entry.get("content") or [] if isinstance(c.get("value"), str)]
    if candidates:
        best = max(candidates, key=lambda c: len(c["value"]))
        text = _to_text(best["value"], best.get("type"))
        if text:
            return text
    detail = entry.get("summary_detail") or {}
    return _to_text(entry.get("summary") or "", detail.get("type"))


def _to_text(value: str, kind: str | None) -> str:
    if kind and kind not in _HTML_TYPES:
        return "\n".join(" ".join(line.split()) for line in value.splitlines() if line.strip())
    return html_to_text(value)


def _entry_language(entry) -> str | None:
    for c in entry.get("content") or []:
        if c.get("language"):
            return c["language"]
    return None


def _published(entry):
    for key in ("published", "updated", "created"):
        day = to_date(entry.get(key))
        if day is not None:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        day = to_date(entry.get(key))
        if day is not None:
            return day
    return None
