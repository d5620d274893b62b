"""Sentence splitting for news text.

A full stop, question or exclamation mark ends a sentence when it is followed
by white space and a word that can start one, unless the word before it is a
known abbreviation ("Menlu.", "No.", "Dec."), an initial ("A. Azis") or the
stop sits inside a quotation that continues ("... dialog. Kami tidak ...,”
tambahnya." is one sentence: the quote belongs to its speaker). Dates
(29/12/2020), decimals (2,5 / 6.000), domain names (KOMPAS.com) and datelines
("JAKARTA, KOMPAS.com –") never contain a boundary because no white space
follows their full stops. A blank line always ends a sentence.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"
CLOSERS = "\"'”’»)]"
MAX_QUOTED = 600  # a quotation longer than this is split like plain text

# A run of stops (only where a run starts, taken whole: possessive, so a long run that
# is not followed by white space costs its length once, not its length squared).
_WORDY = re.compile(r"[^\W_]")
_CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)|\n\s*\n")


def split(text: str, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Return (start, end) character spans of the sentences in ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    quote_open_at = -1  # position of the currently open quotation, -1 if none
    pos = 0
    for m in _CANDIDATE.finditer(text):
        # Track quotation state up to this candidate.
        quote_open_at = _quote_state(text, pos, m.start(), quote_open_at)
        pos = m.start()
        if m.group().startswith("\n"):
            _add(spans, text, start, m.start())
            start = m.end()
            quote_open_at = -1
            pos = m.end()
            continue
        end = m.end()
        if not _is_boundary(text, start, m.start(), end, abbreviations):
            continue
        punct = m.group()
        closes_quote = any(c in CLOSE_QUOTES or c == '"' for c in punct[1:])
        if quote_open_at >= 0 and not closes_quote and m.start() - quote_open_at < MAX_QUOTED:
            continue
        if closes_quote:
            quote_open_at = -1
            pos = end
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    if any(e - s > MAX_CHARS for s, e in spans):
        spans = [piece for span in spans for piece in _cut(text, *span)]
    return _drop_empty(text, spans)


EMPTY_CHARS = 100  # a span with no letter or digit longer than this is no sentence
EMPTY_RUN = 3  # nor is one that follows this many such spans


def _drop_empty(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans without a letter or a digit hold no event. A short one (a "* * *" line
    between paragraphs) stays a sentence, so sentence numbers do not move; a long one
    or a long row of them (a run of "!", hostile input) is dropped, so that no later
    stage spends time on it."""
    out = []
    run = 0
    for s, e in spans:
        if _WORDY.search(text, s, e):
            run = 0
        else:
            run += 1
            if e - s > EMPTY_CHARS or run > EMPTY_RUN:
                continue
        out.append((s, e))
    return out


MAX_CHARS = 2_000  # a "sentence" longer than this (a list, a table, no punctuation) is cut


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An over-long span cut at the last space before every MAX_CHARS characters, so
    that no stage downstream meets a sentence of unbounded length."""
    out = []
    while end - start > MAX_CHARS:
        cut = text.rfind(" ", start + MAX_CHARS // 2, start + MAX_CHARS)
        cut = cut if cut > start else start + MAX_CHARS
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append((start, end))
    return out


# the characters _quote_state reads ("’" is an apostrophe as often as a closing quote)
_QUOTE_MARK = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES.replace("’", "") + '"') + "]")


def _quote_state(text: str, frm: int, to: int, open_at: int) -> int:
    for m in _QUOTE_MARK.finditer(text, frm, to):  # only the quotation marks, found by the regex engine
        i, c = m.start(), m.group()
        if c in OPEN_QUOTES:
            open_at = i
        elif c in CLOSE_QUOTES and c != "’":
            open_at = -1
        elif c == '"':
            open_at = -1 if open_at >= 0 else i
    return open_at


def _is_boundary(text: str, sent_start: int, punct_start: int, punct_end: int,
                 abbreviations: frozenset[str]) -> bool:
    nxt = _next_visible(text, punct_end)
    if nxt is None:
        return True
    if nxt.islower():
        return False
    punct = text[punct_start:punct_end]
    if punct[0] != ".":
        return True
    # the word before the stop, found by walking back from it (never by searching
    # forward from the sentence's start, which made "Dr. Dr. Dr. ..." quadratic)
    end = punct_start
    if end > sent_start and text[end - 1] == "\n":
        end -= 1  # (as the regex "(\S+)$" this replaces read it: "word\n.")
    i = end
    while i > sent_start and not text[i - 1].isspace():
        i -= 1
    if i == end:
        return True
    word = text[i:end].lstrip("(\"'“‘")
    low = word.lower()
    if low in abbreviations:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "A. Azis", "J. Smith"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return False  # "U.S", "a.n" -> "U.S.", "a.n."
    return True


def _next_visible(text: str, i: int) -> str | None:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    while i < n and text[i] in "\"'“‘«([-–—*•":
        i += 1
    return text[i] if i < n else None


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
