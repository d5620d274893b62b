"""Plain-text articles (``.txt``, ``.text``, ``.md``), with optional front matter.

A file may start with a block of ``key: value`` lines between two ``---`` lines::

    ---
    title: "DPR sahkan RUU Penyiaran"
    url: https://kabar.example/dpr-ruu
    published: 2024-05-14
    lang: id
    source: Kabar Nusantara
    id: kn-0001
    ---
    Dewan Perwakilan Rakyat mengesahkan ...

Known keys: url (or link), title, published (or date), lang (or language), source, id;
others are ignored, values may be quoted. This is not YAML: a block whose lines are not
``key: value`` lines (say, a Markdown rule) is taken as part of the text. The article
text is the rest of the file (after the blank lines that follow the front matter);
without front matter it is the whole file, as it is: offsets are offsets into the file.
"""

from __future__ import annotations

import re

from peristiwa.ingest.common import ReadError, clean, lang_code, to_date
from peristiwa.ingest.decode import DecodeError, decode
from peristiwa.records import Article

_SPACE = re.compile(r"\s*")
_FENCE = re.compile(r"---[ \t]*")
_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(.*)")
_ALIASES = {"link": "url", "date": "published", "language": "lang"}


def read_text(data: bytes, origin: str, sniffed: bool = False) -> Article | ReadError:
    """The one article in a text file. ``sniffed``: the name did not say it was text."""
    try:
        text = decode(data)
    except DecodeError as exc:
        return ReadError(origin, "binary file, not a news format" if sniffed else str(exc))
    del data  # a big file is then held once, as text
    return text_article(text, origin)


def text_article(text: str, origin: str) -> Article | ReadError:
    """An article from decoded text, with its front matter (if any) as metadata."""
    if not text or text.isspace():  # (no .strip(): it would copy a big file)
        return ReadError(origin, "empty file")
    meta, body = split_front_matter(text)
    del text
    if not body or body.isspace():
        return ReadError(origin, "no article text after the front matter")
    return Article(
        text=body,
        lang=lang_code(meta.get("lang")),
        published=to_date(meta.get("published")),
        url=clean(meta.get("url")),
        title=clean(meta.get("title")),
        origin=origin,
        source=clean(meta.get("source")),
        doc_id=clean(meta.get("id")),
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, the rest) when the text opens with front matter, else ({}, text)."""
    pos = text.find("\n", 0, 80) + 1  # (no .partition(): it would copy a big file)
    if not pos or not _FENCE.fullmatch(text, 0, pos - 1):
        return {}, text
    meta: dict[str, str] = {}
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line, pos = text[pos:end], end + 1
        if _FENCE.fullmatch(line):
            if not meta:
                return {}, text
            return meta, text[_SPACE.match(text, pos).end() :]  # blank lines after the fence
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t" or line.startswith("- "):
            continue  # continuation of a YAML value we do not use
        m = _KEY_LINE.fullmatch(line)
        if not m:
            return {}, text
        key = m.group(1).lower()
        meta[_ALIASES.get(key, key)] = _unquote(m.group(2).strip())
    return {}, text  # no closing fence: not front matter


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
