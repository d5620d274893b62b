"""What every reader shares: the error record, and the cleaning of dates and language codes.

Metadata in news files is noisy, so the helpers here are forgiving: a date or a language
code they cannot make sense of becomes ``None`` (the pipeline then guesses), never an
exception. Only the JSONL reader turns a *wrong type* into an error, because that is a
mistake in the file's producer, not noise.
"""

from __future__ import annotations

import os
import re
import time
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# The first two letters of a language tag: "id", "id-ID", "en_US", "EN".
_LANG = re.compile(r"\s*([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*\s*")
# A leading calendar date, as in "2024-05-14", "2024-05-14T08:30:00+07:00", "2024/05/14 08:30".
_YMD = re.compile(r"\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[T\s_])")


@dataclass
class ReadError:
    """A file, or one record in it, that could not be read, and why (one line)."""

    origin: str  # "path", "path:LINE", "path#record-N", "path:entry-N"
    reason: str

    def __post_init__(self) -> None:  # what is stored or printed: no raw bytes or controls
        self.origin, self.reason = visible(self.origin), visible(self.reason)

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def one_line(text: object, limit: int = 160) -> str:
    """The first line of a message, shortened: error reasons must fit on one line."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# Caps on what one document may weigh once decompressed, counted as it is read (a
# 2 MB gzipped page used to decompress to gigabytes). A page or a feed is parsed
# into a tree many times its size, so its cap is lower than plain text's.
MAX_TEXT_BYTES = 64 << 20  # a text file (the coder refuses articles over 1M characters)
MAX_PAGE_BYTES = 20_000_000  # a web page, a feed, one WARC record's page
MAX_LINE_BYTES = 20_000_000  # one JSON Lines line


class TooBig(ValueError):
    """Data over its cap; the message is one line."""


def read_capped(stream, limit: int, what: str = "file") -> bytes:
    """All of ``stream`` (a file, a gzip stream), but never more than ``limit`` bytes
    held: over it, TooBig. A gzip stream counts decompressed bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooBig(f"{what} over the limit of {limit:,} bytes (once decompressed)")
    return data


def gunzip_capped(data: bytes, limit: int) -> bytes:
    """``data`` decompressed when it is gzip (every member), else as it is; over
    ``limit`` decompressed bytes, TooBig, without ever holding more than that."""
    import zlib

    if not data.startswith(b"\x1f\x8b"):
        return data
    out = bytearray()
    pending = data
    while pending:
        inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
        chunk = inflate.decompress(pending, limit + 1 - len(out))
        out += chunk
        while inflate.unconsumed_tail and len(out) <= limit:
            out += inflate.decompress(inflate.unconsumed_tail, limit + 1 - len(out))
        if len(out) > limit:
            raise TooBig(f"over the limit of {limit:,} bytes once decompressed")
        if not inflate.eof:
            raise ValueError("damaged gzip data (it ends early)")
        pending = inflate.unused_data if inflate.unused_data.startswith(b"\x1f\x8b") else b""
    return bytes(out)


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(name: object) -> str:
    """A file name (str, bytes or path) fit for a store and a one-line message: bytes
    that were not UTF-8 (``os.fsdecode``'s surrogate escapes) become ``\\xff``, and
    control, format and line-separator characters (a newline, ESC, a right-to-left
    override) their escape (``\\n``, ``\\x1b``, ``\\u202e``). Other names are
    unchanged."""
    text = os.fsdecode(name) if isinstance(name, bytes | os.PathLike) else str(name)
    if text.isprintable():
        return text
    out = []
    for c in text:
        if c.isprintable():
            out.append(c)
            continue
        kind = unicodedata.category(c)
        if kind == "Zs":  # a no-break or wide space: harmless
            out.append(c)
        elif "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        elif c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x100:
            out.append(f"\\x{ord(c):02x}")
        else:
            out.append(f"\\u{ord(c):04x}")
    return "".join(out)


def to_date(value: object) -> date | None:
    """A publication date from the forms news metadata uses, or None.

    ISO dates and datetimes keep the calendar date as written in their own timezone
    ("2024-05-14T23:30:00-05:00" is 14 May, not 15 May in UTC); so do RFC 822 dates
    ("Tue, 14 May 2024 23:30:00 -0500"). A ``time.struct_time`` is taken as it is.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, time.struct_time):
        return _safe_date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    m = _YMD.match(text)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    try:
        return datetime.fromisoformat(text).date()  # "20240514", "2024-W20-2" ...
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def lang_code(value: object) -> str | None:
    """The two-letter ISO 639-1 code a language tag starts with ("id-ID" -> "id"), or None.

    Three-letter codes ("ind", "eng") and anything else are refused rather than guessed.
    The legacy code "in" (still sent by Java-era systems) is Indonesian, "id".
    """
    if not isinstance(value, str):
        return None
    m = _LANG.fullmatch(value)
    if not m:
        return None
    code = m.group(1).lower()
    return "id" if code == "in" else code


def clean(value: object) -> str | None:
    """A metadata string with its whitespace tidied, or None when there is nothing in it."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
