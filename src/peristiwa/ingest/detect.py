"""Which reader a file needs: by its name first, then by its first bytes.

Kinds: ``text``, ``html``, ``feed``, ``jsonl``, ``warc``; sniffing may also answer
``binary`` (NUL bytes) or ``xml`` (markup that is neither a page nor a feed), and a name
ending in ``.xml`` answers ``xml``: a page if it looks like one, else read as a feed.
A ``.gz`` ending is looked through (``.jsonl.gz`` is JSONL); gzip itself is recognised
by its magic bytes, whatever the name.
"""

from __future__ import annotations

import codecs
import re

KINDS = ("text", "html", "feed", "jsonl", "warc")
GZIP_MAGIC = b"\x1f\x8b"
HEAD = 4096  # bytes looked at to sniff a format

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",  # a feed or a page: sniff
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
_HTML_ROOTS = {"html", "head", "body", "meta", "title", "div", "p", "article", "link", "script"}
_FEED_ROOTS = {"rss", "feed", "rdf:rdf"}
# Declarations and comments before the root element of a markup document.
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!(?!doctype\s+html)[^>]*>)", re.S | re.I)
_FIRST_TAG = re.compile(r"<\s*([a-z][\w:.-]*)", re.I)


def kind_from_name(name: str) -> str | None:
    """The kind a file name promises (``None``: unknown, sniff the content)."""
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:]) if dot > 0 else None


def sniff(head: bytes) -> str:
    """The kind of content that starts with ``head`` (already decompressed)."""
    if head.lstrip().startswith(b"WARC/"):  # before the NUL test: archives hold images
        return "warc"
    text = None
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            text = head.decode(codec, errors="ignore")
            break
    if text is None:
        if b"\x00" in head:
            return "binary"
        text = head.decode("latin-1").removeprefix("\xef\xbb\xbf")  # markers are ASCII
    text = text.lstrip("\ufeff \t\r\n")
    if text.startswith("WARC/"):
        return "warc"
    if text.startswith("{"):
        first, newline, _ = text.partition("\n")
        return "jsonl" if first.rstrip().endswith("}") or not newline else "text"
    if text.startswith("<"):
        return _markup_kind(text)
    return "text"


def _markup_kind(text: str) -> str:
    pos = 0
    while m := _PROLOGUE.match(text, pos):
        if m.end() == pos:
            break
        pos = m.end()
    rest = text[pos:].lstrip()
    if rest[:14].lower() == "<!doctype html":
        return "html"
    m = _FIRST_TAG.match(rest)
    if not m:
        return "text" if not rest.startswith("<") else "xml"
    tag = m.group(1).lower()
    if tag in _FEED_ROOTS:
        return "feed"
    if tag in _HTML_ROOTS:
        return "html"
    return "xml"
