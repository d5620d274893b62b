"""Files on disk (or bytes off the network) to ``Article`` records, one at a time.

Everything here is a generator: a corpus is never held as a list, a JSONL or WARC file
is streamed, and a whole-file format (text, a page, a feed) is read once and let go once
its articles are made. What cannot be read becomes a ``ReadError`` with a one-line
reason, in the stream where the article would have been, and reading goes on.

Formats (each in its own module): plain text with optional front matter (``text``),
web pages (``html``), RSS/Atom (``feeds``), JSON Lines (``jsonl``), web archives
(``warc``), any of them gzipped. The name decides the format; when it does not
(``notes``, ``page.xml``, ``feed.gz``) the first bytes do (``detect``).
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

# The readers of pages, feeds and web archives (trafilatura, lxml, feedparser, warcio:
# 0.15 s to import) are imported when a file of their kind is read, not at start-up.
from peristiwa.ingest import jsonl, location, text
from peristiwa.ingest.common import (
    MAX_PAGE_BYTES,
    MAX_TEXT_BYTES,
    ReadError,
    TooBig,
    one_line,
    read_capped,
    visible,
)
from peristiwa.ingest.detect import GZIP_MAGIC, HEAD, KINDS, kind_from_name, sniff
from peristiwa.records import Article

__all__ = ["ReadError", "read_paths", "read_file", "read_bytes", "html_article", "files_of"]

_GZIP_ERRORS = (OSError, EOFError, zlib.error)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | ReadError]:
    """Every article in the given files and directories, in order.

    Directories are read recursively, their entries sorted by name (so files come out
    sorted by path, one folder at a time); names starting with '.' are skipped there.
    A path that does not exist yields a ReadError.
    """
    for path in paths:
        if location.is_url(path):
            for url in location.files_under(str(path)):
                yield from read_url(url)
            continue
        path = Path(path)
        if path.is_dir():
            for item in _walk(path, set()):
                if isinstance(item, ReadError):
                    yield item
                else:
                    yield from read_file(item)
        else:
            yield from read_file(path)  # a missing path is a ReadError there


def files_of(paths: Iterable[str | Path]) -> Iterator[Path | str | ReadError]:
    """The files ``read_paths`` would read, in the same order (for planning a batch)."""
    for path in paths:
        if location.is_url(path):
            yield from location.files_under(str(path))
            continue
        path = Path(path)
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


def _walk(directory: Path, seen: set[Path]) -> Iterator[Path | ReadError]:
    real = directory.resolve()
    if real in seen:  # a symlink loop
        return
    seen.add(real)
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(visible(directory), f"cannot list the directory ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        else:
            yield path


def read_file(path: Path) -> Iterator[Article | ReadError]:
    """Every article in one file, its format told by its name, else by its first bytes."""
    path = Path(path)
    origin = visible(path)  # a name that is not UTF-8, or holds a newline, made safe
    try:
        if not path.is_file():
            if path.is_dir():
                reason = "is a directory"
            elif path.exists():
                reason = "not a regular file"
            else:
                reason = "no such file or directory"
            yield ReadError(origin, reason)
            return
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            yield from _read_stream(fh, origin, kind_from_name(path.name), size)
    except OSError as exc:
        yield ReadError(origin, f"cannot read the file ({one_line(exc.strerror or exc)})")
    except Exception as exc:  # a reader's bug must not end the whole ingest
        yield ReadError(origin, f"unexpected error: {type(exc).__name__}: {one_line(exc)}")


def read_url(url: str) -> Iterator[Article | ReadError]:
    """Every article in one file at an fsspec URL (s3://, gs://, file://)."""
    try:
        with location.open_binary(url) as fh:
            yield from _read_stream(fh, url, kind_from_name(url.rsplit("/", 1)[-1]),
                                    location.size_of(url))
    except Exception as exc:
        yield ReadError(url, f"cannot read ({type(exc).__name__}: {one_line(exc)})")


def read_bytes(data: bytes, origin: str, kind: str | None = None) -> Iterator[Article | ReadError]:
    """Every article in ``data`` (fetched content); ``kind``: text, html, feed, jsonl,
    warc, or None to tell from the bytes. Gzipped data is decompressed. An unknown
    ``kind`` is a ValueError at once (a caller's mistake, not bad input)."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    return _read_stream(io.BytesIO(data), origin, kind, len(data))


def html_article(
    html: str | bytes, url: str | None = None, origin: str = ""
) -> Article | ReadError:
    """The main text and metadata of one web page (trafilatura; nothing is fetched)."""
    from peristiwa.ingest import html as _html

    return _html.html_article(html, url=url, origin=origin)


def _read_stream(
    fh: BinaryIO, origin: str, kind: str | None, size: int
) -> Iterator[Article | ReadError]:
    """Read a seekable stream, positioned at its start, with the reader for its kind."""
    origin = visible(origin)
    head = fh.read(HEAD)
    fh.seek(0)
    stream: BinaryIO = fh
    gzipped = head.startswith(GZIP_MAGIC)
    if gzipped:
        try:
            head = _gunzip_head(fh)
        except _GZIP_ERRORS as exc:
            yield ReadError(origin, f"damaged gzip data ({one_line(exc)})")
            return
        fh.seek(0)
        stream = gzip.GzipFile(fileobj=fh)
    if not head.strip() and _only_space(stream):
        yield ReadError(origin, "empty file")
        return
    stream.seek(0)
    sniffed = sniff(head)
    if kind == "warc" or (kind is None and sniffed == "warc"):
        if sniffed != "warc":
            yield ReadError(origin, "not a WARC archive (it does not start with 'WARC/')")
        else:
            from peristiwa.ingest import warc

            yield from warc.read_warc(fh, origin, size)  # warcio decompresses by itself
        return
    guessed = kind is None
    if kind == "xml":  # page.xml, feed.xml
        kind = "html" if sniffed == "html" else "feed"
    elif guessed:
        if sniffed == "binary":
            yield ReadError(origin, "binary file, not a news format")
            return
        kind = "feed" if sniffed == "xml" else sniffed
    if kind == "jsonl":
        yield from jsonl.read_jsonl(stream, origin)
        return
    # Whole-file formats. The bytes are read inside the call, never bound to a name
    # here, so the reader can let them go as soon as it has decoded them.
    # Each is read up to its cap (counted on decompressed bytes), never further.
    try:
        if kind == "feed":
            from peristiwa.ingest import feeds

            items: Iterable[Article | ReadError] = feeds.read_feed(
                read_capped(stream, MAX_PAGE_BYTES, "feed"), origin)
        elif kind == "html":
            from peristiwa.ingest import html as _html

            items = [_html.html_article(read_capped(stream, MAX_PAGE_BYTES, "page"),
                                        origin=origin)]
        else:
            items = [text.read_text(read_capped(stream, MAX_TEXT_BYTES, "text file"), origin,
                                    sniffed=guessed)]
    except TooBig as exc:
        yield ReadError(origin, str(exc))
        return
    except _GZIP_ERRORS as exc:
        yield ReadError(origin, f"damaged gzip data ({one_line(exc)})")
        return
    yield from items


def _gunzip_head(fh: BinaryIO) -> bytes:
    """The first bytes of the first gzip member (a damaged later part does not matter)."""
    inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
    head = b""
    while len(head) < HEAD and not inflate.eof:
        chunk = inflate.unconsumed_tail or fh.read(1 << 14)
        if not chunk:
            break
        head += inflate.decompress(chunk, HEAD - len(head))
    return head


def _only_space(stream: BinaryIO) -> bool:
    """True when the (rest of the) stream holds nothing but whitespace (looked at up to
    the text cap: more white space than that is for the reader to refuse)."""
    seen = 0
    try:
        while chunk := stream.read(1 << 20):
            if chunk.strip():
                return False
            seen += len(chunk)
            if seen > MAX_TEXT_BYTES:
                return False
    except _GZIP_ERRORS:
        return False  # damaged, not empty: the reader will say so
    return True
