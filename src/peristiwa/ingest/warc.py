"""Web archives (``.warc``, ``.warc.gz``): the news pages a crawler saved, through warcio.

Only ``response`` records with HTTP status 200 and an HTML content type are articles
(their text through ``html_article``; the URL is the record's WARC-Target-URI, the date
the page's own, else the WARC-Date). Requests, metadata, warcinfo, revisits, images and
other non-HTML responses are skipped without a word.

warcio stops quietly at the end of a cut-short archive: it neither raises nor yields the
broken record. So damage is checked here: each record's body must be as long as its
Content-Length says, the records read must reach the end of the file, and the last gzip
member must be complete. The first damaged record ends the file with one ReadError naming
its number; the articles before it have been yielded.

A ``.warc.gz`` is meant to be one gzip member per record; one compressed as a whole
(``gzip crawl.warc``), which warcio refuses, is read again through ``gzip``.
"""

from __future__ import annotations

import zlib
from collections.abc import Generator
from typing import BinaryIO

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader

from peristiwa.ingest.common import MAX_PAGE_BYTES, ReadError, one_line, to_date, visible
from peristiwa.ingest.html import html_article
from peristiwa.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
_WHOLE_FILE_GZIP = "non-chunked gzip"  # in warcio's message for such an archive

Items = Generator[Article | ReadError, None, int | None]


class _Iterator(WARCIterator):
    # warcio prints this warning to stderr itself; the damage is reported as a ReadError.
    INC_RECORD = ""
    unfinished = False  # the last gzip member ended before its end-of-stream marker

    def close(self) -> None:
        reader = self.reader
        if reader is not None and reader.decompressor is not None:
            self.unfinished = not reader.decompressor.eof
        super().close()


class _Gunzip:
    """A gzip stream for warcio that gives out all it can decompress and remembers,
    rather than raises, where it was cut short (warcio takes an EOFError for the end
    of the archive, and ``gzip.GzipFile`` drops the last data it had)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
        self.pos = 0
        self.damage: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        while self.damage is None:
            if self.inflate.eof:  # the end of a gzip member: another may follow
                pending = self.inflate.unused_data or self.fh.read(_CHUNK)
                if not pending:
                    return b""
                self.inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
            else:
                pending = self.inflate.unconsumed_tail or self.fh.read(_CHUNK)
                if not pending:
                    self.damage = EOFError("the compressed data ends early")
                    break
            try:
                data = self.inflate.decompress(pending, size if size > 0 else _CHUNK)
            except zlib.error as exc:
                self.damage = exc
                break
            if data:
                self.pos += len(data)
                return data
        return b""

    def tell(self) -> int:
        return self.pos


class _Damaged(Exception):
    pass


def read_warc(stream: BinaryIO, origin: str, size: int) -> Items:
    """Every HTML page in the archive ``stream`` (at its start; ``size`` bytes long)."""
    start = stream.tell()
    seen = yield from _read(stream, origin, size)
    if seen is not None:  # compressed as a whole: again, uncompressed, past what was seen
        stream.seek(start)
        yield from _read(_Gunzip(stream), origin, None, skip=seen)


def read_warc_range(path, first: int, count: int) -> Items:
    """The pages of records ``first + 1`` .. ``first + count`` of the archive at ``path``:
    one partition of a batch. Records before are skipped unread; reading stops after."""
    from peristiwa.ingest.location import open_binary, size_of

    origin = visible(path)
    size = size_of(path)
    with open_binary(path) as fh:
        seen = yield from _read(fh, origin, size, skip=first, stop=first + count)
        if seen is not None:  # compressed as a whole
            fh.seek(0)
            yield from _read(_Gunzip(fh), origin, None, skip=first, stop=first + count)


def _read(stream, origin: str, size: int | None, skip: int = 0,
          stop: int | None = None) -> Items:
    """Yield the archive's pages; return the records read if it must be read as one gzip.
    Records up to ``skip`` are passed over, and reading ends after record ``stop``."""
    archive = _Iterator(stream)
    records = iter(archive)
    n = 0
    while stop is None or n < stop:
        try:
            record = next(records)
        except StopIteration:
            break
        except ArchiveLoadFailed as exc:
            if _WHOLE_FILE_GZIP in str(exc) and size is not None:
                return n
            yield _damaged(origin, n + 1, exc)
            return None
        except (EOFError, OSError, ValueError, AttributeError) as exc:
            # AttributeError: warcio trips over a record whose headers were cut off
            yield _damaged(origin, n + 1, exc)
            return None
        n += 1
        try:
            result = _page(record, f"{origin}#record-{n}", wanted=n > skip)
        except (_Damaged, EOFError, OSError, ValueError) as exc:
            yield _damaged(origin, n, exc)
            return None
        if result is not None:
            yield result
    if stop is not None and n >= stop:
        return None  # the rest of the archive belongs to other partitions
    if isinstance(stream, _Gunzip):
        if stream.damage is not None:
            yield _damaged(origin, n + 1, None)
    elif archive.offset < size or archive.unfinished:  # unfinished: a gzip member is cut
        yield _damaged(origin, n + 1, None)
    return None


def _damaged(origin: str, n: int, exc: BaseException | None) -> ReadError:
    reason = f"WARC archive damaged or cut short at record {n}"
    if isinstance(exc, ArchiveLoadFailed | _Damaged):
        reason += f" ({one_line(exc)})"
    return ReadError(f"{origin}#record-{n}", reason)


def _page(record, where: str, wanted: bool = True) -> Article | ReadError | None:
    length = record.rec_headers.get_header("Content-Length")
    if length is None or not length.strip().isdigit():
        raise _Damaged(f"no valid Content-Length: {length!r}")
    body = None
    http = record.http_headers
    if (
        wanted
        and record.rec_type == "response"
        and http is not None
        and http.get_statuscode() == "200"
        and (http.get_header("Content-Type") or "").split(";")[0].strip().lower() in _HTML_TYPES
    ):
        # at most the page cap, counted on decompressed bytes (warcio undoes a
        # Content-Encoding): a record that inflates to gigabytes is refused
        body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    raw = record.raw_stream
    while raw.read(_CHUNK):
        pass
    if not isinstance(raw, LimitReader) or raw.limit > 0:
        raise _Damaged("the record ends before its Content-Length")
    if body is None:
        return None
    if len(body) > MAX_PAGE_BYTES:
        return ReadError(where, f"page over the limit of {MAX_PAGE_BYTES:,} bytes "
                                "(once decompressed)")
    url = record.rec_headers.get_header("WARC-Target-URI")
    result = html_article(body, url=url, origin=where, charset=_charset(http))
    if isinstance(result, Article) and result.published is None:
        result.published = to_date(record.rec_headers.get_header("WARC-Date"))
    return result


def _charset(http) -> str | None:
    for param in (http.get_header("Content-Type") or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
