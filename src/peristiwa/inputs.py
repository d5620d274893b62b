"""One article from a file or standard input, as `peristiwa code` and `why` read it.

Whatever cannot be read at all is an ``InputError`` whose message names the
file and the problem in one line (binary, not UTF-8, empty, missing).
"""

from __future__ import annotations

import sys
from pathlib import Path

from peristiwa.errors import InputError
from peristiwa.records import Article


def read_input(path: str) -> tuple[str, str]:
    """(text, name) of FILE or of stdin ('-')."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory (use `peristiwa ingest` for folders)")
        data = p.read_bytes()
        name = path
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name}: empty file, nothing to code")
    return text, name


def read_article(path: str, lang: str = "auto", published: str | None = None) -> tuple[Article, str]:
    """(article, name) of FILE or stdin: its front matter (title, published, lang,
    url) if any; ``lang`` other than "auto" and ``published`` override it."""
    from peristiwa.ingest.text import text_article
    from peristiwa.pipeline import parse_date

    text, name = read_input(path)
    art = text_article(text, name)
    if not isinstance(art, Article):
        raise InputError(str(art))
    if lang != "auto" or not art.lang:
        art.lang = lang
    if published:
        art.published = parse_date(published)
    return art, name
