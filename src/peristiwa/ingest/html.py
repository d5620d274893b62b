"""Web pages: the main text and metadata of one article page, through trafilatura.

trafilatura finds the article body (dropping menus, footers, comments and tables) and
reads the title, date, canonical URL and site name from the page's metadata; it works
on the markup it is given and never fetches anything. Paragraphs come out one per line.
The page's language comes from ``<html lang>``, ``Content-Language`` or ``og:locale``.

Also here: ``html_to_text``, a plain converter for the HTML snippets inside feed entries,
which are too short for trafilatura's article detection.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from peristiwa.ingest.common import ReadError, clean, lang_code, one_line, to_date
from peristiwa.ingest.decode import DecodeError, declared_charset, decode
from peristiwa.records import Article

_XML_DECLARATION = re.compile(r"\s*<\?xml[^>]*\?>")
_LANG_PATTERNS = (
    re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?([A-Za-z_-]+)", re.I),
    re.compile(
        r"<meta\b[^>]*http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*content\s*=\s*"
        r"[\"']?([A-Za-z_-]+)",
        re.I,
    ),
    re.compile(
        r"<meta\b[^>]*property\s*=\s*[\"']?og:locale[\"']?[^>]*content\s*=\s*[\"']?([A-Za-z_-]+)",
        re.I,
    ),
)
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "tr", "table", "section", "article", "header", "footer", "figure", "figcaption",
    "dl", "dt", "dd", "hr", "aside", "main", "nav", "address", "center",
}
_SPACE = re.compile(r"\s+")  # in HTML a line break in the source is just a space
_DROP = ("script", "style", "noscript", "template")


def html_article(
    html: str | bytes, url: str | None = None, origin: str = "", charset: str | None = None
) -> Article | ReadError:
    """The article in one page. ``url`` (where the page was fetched) wins over the page's
    own canonical URL; ``charset`` is the one an HTTP header declared, if any."""
    where = origin or url or "<html>"
    if isinstance(html, bytes):
        try:
            html = decode(html, declared=charset or declared_charset(html))
        except DecodeError as exc:
            return ReadError(where, str(exc))
    if not html or html.isspace():
        return ReadError(where, "empty page")
    html = _XML_DECLARATION.sub("", html, count=1)  # trafilatura loses the root after one
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # heuristics over any markup: one odd page must not end a crawl
        return ReadError(where, f"cannot parse the page ({type(exc).__name__}: {one_line(exc)})")
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        return ReadError(where, "no article text found in the page")
    title = clean(doc.title)
    text = _drop_title_line(text, title)
    if not text:
        return ReadError(where, "the page has a title but no article text")
    return Article(
        text=text,
        lang=lang_code(getattr(doc, "language", None)) or page_lang(html),
        published=to_date(doc.date),
        url=url or clean(doc.url),
        title=title,
        origin=origin or url or None,
        source=clean(doc.sitename),
    )


def page_lang(html: str) -> str | None:
    """The language a page declares in its head, as a two-letter code."""
    head = html[:16384]
    for pattern in _LANG_PATTERNS:
        m = pattern.search(head)
        if m and (code := lang_code(m.group(1))):
            return code
    return None


def _drop_title_line(text: str, title: str | None) -> str:
    """trafilatura repeats the headline as the first paragraph; it belongs in ``title``."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if " ".join(first.split()) == title:
        return rest.strip()
    return text


def html_to_text(markup: str) -> str:
    """Readable text of an HTML fragment: one line per paragraph, block or ``<br>``."""
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.LxmlError, ValueError):
        return _tidy(markup)
    for element in list(root.iter(*_DROP, etree.Comment, etree.ProcessingInstruction)):
        element.drop_tree()
    pieces: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
        if event == "start":
            if block:
                pieces.append("\n")
            pieces.append(_SPACE.sub(" ", element.text or ""))
        else:
            if block:
                pieces.append("\n")
            if element is not root:
                pieces.append(_SPACE.sub(" ", element.tail or ""))
    return _tidy("".join(pieces))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
