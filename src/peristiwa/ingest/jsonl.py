"""JSON Lines (``.jsonl``, ``.ndjson``): one JSON object, one article, per line.

Fields: ``text`` (required, a non-empty string), ``id``, ``url``, ``title``,
``published``, ``lang``, ``source``; others are ignored, ``null`` is the same as absent.
The file is read line by line, so its size does not matter; one line may hold at most
20 MB (decompressed), a longer one is an error and is read past. A bad line (not JSON, not an
object, no text, a field of the wrong type, a number too long to convert, a lone
surrogate) is one ReadError naming ``path:LINE``; the
other lines are still read. A ``published`` string that is not a date is dropped, like
any noisy metadata; a ``published`` that is not a string at all is an error.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from peristiwa.ingest.common import (
    MAX_LINE_BYTES,
    ReadError,
    clean,
    lang_code,
    one_line,
    to_date,
    visible,
)
from peristiwa.records import Article

_STRING_FIELDS = ("url", "title", "lang", "source")


def read_jsonl(stream: BinaryIO, origin: str) -> Iterator[Article | ReadError]:
    """Every article in a stream of JSON lines (a binary file, or a gzip stream)."""
    lineno = 0
    try:
        for lineno, raw in enumerate(lines(stream), 1):
            if lineno == 1 and raw:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if raw is None or raw.strip():
                yield _line(raw, f"{origin}:{lineno}")
    except (OSError, EOFError, zlib.error) as exc:
        yield ReadError(f"{origin}:{lineno + 1}", f"damaged or cut-short data ({one_line(exc)})")


def read_jsonl_range(path, first: int, count: int, offset: int = 0,
                     line: int = 0) -> Iterator[Article | ReadError]:
    """The records of non-blank lines ``first`` .. ``first + count - 1`` (0-based) of a
    JSONL file, gzipped or not: one partition of a batch. Origins keep the file's
    own line numbers. ``offset``, ``line``: where non-blank line ``first`` begins in an
    uncompressed local file (its byte, and the lines before it), as the batch's
    planner found them: read from there, not from the file's start (a partition near
    the end of a big file would read all of it). Not at a line's start (the file
    changed since), the file is read from its start."""
    from peristiwa.ingest.location import open_lines

    origin = visible(path)
    with open_lines(path) as fh:
        seen, start = 0, 1
        if offset > 0 and _at_line_start(fh, offset):
            seen, start = first, line + 1
        lineno = start - 1
        try:
            for lineno, raw in enumerate(lines(fh), start):
                if lineno == 1 and raw:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if raw is not None and not raw.strip():
                    continue
                if seen >= first + count:
                    return
                if seen >= first:
                    yield _line(raw, f"{origin}:{lineno}")
                seen += 1
        except (OSError, EOFError, zlib.error) as exc:
            yield ReadError(f"{origin}:{lineno + 1}", f"damaged or cut-short data ({one_line(exc)})")


def _at_line_start(fh: BinaryIO, offset: int) -> bool:
    """Seek ``fh`` (an uncompressed file) to ``offset`` if a line begins there; else
    leave it at its start."""
    try:
        fh.seek(offset - 1)
        if fh.read(1) == b"\n":
            return True
    except (OSError, ValueError):
        pass
    fh.seek(0)
    return False


def lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``stream``, none held longer than MAX_LINE_BYTES (counted on
    decompressed bytes): a longer line is read past in pieces and comes out as None."""
    while line := stream.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _line(raw: bytes | None, where: str) -> Article | ReadError:
    """The article of one line, or that line's error: nothing in one line, however
    odd (a 5,000-digit number, a lone surrogate), ends the reading of the file."""
    if raw is None:
        return ReadError(where, f"line over the limit of {MAX_LINE_BYTES:,} bytes "
                                "(once decompressed)")
    try:
        return _parse(raw, where)
    except Exception as exc:
        return ReadError(where, f"cannot read the line ({type(exc).__name__}: {one_line(exc)})")


def _parse(raw: bytes, where: str) -> Article | ReadError:
    try:
        line = raw.rstrip(b"\r\n").decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReadError(where, f"not UTF-8 text (bad byte at column {exc.start + 1})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        what = exc.msg.removesuffix(" at")  # "Unterminated string starting at"
        return ReadError(where, f"not valid JSON ({what} at column {exc.colno})")
    except RecursionError:
        return ReadError(where, "not valid JSON (nested too deeply)")
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion"
        return ReadError(where, f"not valid JSON ({one_line(exc)})")
    if not isinstance(obj, dict):
        return ReadError(where, f"expected a JSON object, got {_json_type(obj)}")
    return _article(obj, where)


def _article(obj: dict, where: str) -> Article | ReadError:
    text = obj.get("text")
    if text is None:
        return ReadError(where, 'no "text" field')
    if not isinstance(text, str):
        return ReadError(where, f'"text" must be a string, not {_json_type(text)}')
    for key in ("text", *_STRING_FIELDS, "id"):
        value = obj.get(key)
        if isinstance(value, str) and _lone_surrogate(value):
            return ReadError(where, f'"{key}" is not valid Unicode text (a lone surrogate)')
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ReadError(where, '"text" is empty')
    for key in _STRING_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return ReadError(where, f'"{key}" must be a string, not {_json_type(value)}')
    published = obj.get("published")
    if published is not None and not isinstance(published, str):
        return ReadError(
            where, f'"published" must be a date string such as "2024-05-14", '
            f"not {_json_type(published)}"
        )
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif doc_id is not None and not isinstance(doc_id, str):
        return ReadError(where, f'"id" must be a string or an integer, not {_json_type(doc_id)}')
    return Article(
        text=text,
        lang=lang_code(obj.get("lang")),
        published=to_date(published),
        url=clean(obj.get("url")),
        title=clean(obj.get("title")),
        origin=where,
        source=clean(obj.get("source")),
        doc_id=clean(doc_id),
    )


def _lone_surrogate(text: str) -> bool:
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
