"""The dates of a sentence and the date of an event.

Text is past unless a future word of the data file stands in the expression's
clause before it (or within ``future_window`` words after it); a date alone
between breaks takes the tense of its neighbours. The date of an event is the
expression nearest its trigger in the trigger's clause (a date-only clause
beside it counts too), else the nearest in the sentence, else the publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from peristiwa.dates.expressions import candidates
from peristiwa.dates.lexicon import DateWords, date_words
from peristiwa.dates.normalise import Span, When, normalise
from peristiwa.records import Sentence
from peristiwa.text.clauses import Clauses, Tokenized, clauses, sentence_tokens

_WORD = re.compile(r"\w")


@dataclass
class _Clauses:
    """The clauses of a sentence (``text.clauses``: cut at the data file's
    ``clause_breaks`` outside date expressions), and which hold nothing but dates."""

    cut: Clauses
    date_only: list[bool]  # nothing but date expressions in it ("Pada Selasa, ...")

    @classmethod
    def of(cls, tk: Tokenized, spans: list[Span], w: DateWords) -> _Clauses:
        cut = clauses(tk.tokens, w.breaks, keep=spans, end=len(tk.text))
        inside = [False] * len(tk.text)
        for a, b in spans:
            inside[a:b] = [True] * (b - a)
        date_only = []
        for i, (a, b) in enumerate(cut.bounds):
            rest = any(not inside[k] and _WORD.match(ch)
                       for t in cut.body(i) for k, ch in enumerate(t.text, t.start))
            date_only.append(any(a <= s < b for s, _ in spans) and not rest)
        return cls(cut, date_only)

    @property
    def bounds(self) -> tuple[Span, ...]:
        return self.cut.bounds

    def index(self, pos: int) -> int:
        return self.cut.index(pos)

    def home(self, pos: int) -> set[int]:
        """The clause at ``pos`` with the date-only clauses beside it."""
        i = self.index(pos)
        return {i} | {j for j in (i - 1, i + 1) if 0 <= j < len(self.bounds) and self.date_only[j]}


def _is_future(text: str, span: Span, clauses: _Clauses, w: DateWords) -> bool:
    i = clauses.index(span[0])
    a, b = clauses.bounds[i]
    if clauses.date_only[i]:  # "Pada Kamis, Jokowi akan ...": the neighbours' tense
        a = clauses.bounds[max(i - 1, 0)][0]
        b = clauses.bounds[min(i + 1, len(clauses.bounds) - 1)][1]
        return bool(w.future.search(text, a, b))
    after = text[span[1]:b].split()[: w.settings.get("future_window", 0)]
    return bool(w.future.search(text, a, span[0]) or w.future.search(" ".join(after)))


@lru_cache(maxsize=512)  # a sentence with several events is read once
def _found(tk: Tokenized, lang: str, published: date | None) -> tuple[list[When], _Clauses]:
    if isinstance(published, datetime):
        published = published.date()
    w = date_words(lang)
    text = tk.text
    found_here = candidates(text, w)
    clauses = _Clauses.of(tk, [(c.start, c.end) for c in found_here], w)
    out = []
    for c in found_here:
        future = _is_future(text, (c.start, c.end), clauses, w)
        try:
            found = normalise(text, c, w, published, future)
        except OverflowError:  # "kemarin" published 0001-01-01: before the calendar
            found = None
        if found is not None and _in_calendar(found.value):
            out.append(found)
    return out, clauses


def _in_calendar(value: str) -> bool:
    """Whether a value's year is one ``date`` can hold ("tahun lalu" in year 1 is not)."""
    year = value.split("-")[0]
    return year.isdigit() and 1 <= int(year) <= 9999


def expressions(sentence: str | Sentence, lang: str, published: date | None) -> list[When]:
    """Every date expression in a sentence (its text, or a pipeline ``Sentence``
    whose tokens are used), normalised against ``published``, in text order; spans
    are offsets into the sentence's text."""
    return list(_found(sentence_tokens(sentence, lang), lang, published)[0])


def event_date(sentence: str | Sentence, lang: str, published: date | None,
               trigger: tuple[int, int] | None = None) -> When:
    """The date of an event whose trigger is at ``trigger`` (offsets into the sentence's
    text; ``sentence``: its text or a pipeline ``Sentence``): the
    expression governing its clause (nearest to the trigger, preferring one in the same
    clause: between the same commas/clause words, a date standing alone between breaks
    counting for both sides), else the nearest in the sentence, else the publication date
    with precision "publication" (value = published.isoformat(), or "" when published is
    None). With no trigger, the first expression of the sentence."""
    found, clauses = _found(sentence_tokens(sentence, lang), lang, published)
    if not found:
        return When(published.isoformat() if published else "", "publication", None, "")
    if trigger is None:
        return found[0]
    home = clauses.home(trigger[0])
    local = [f for f in found if clauses.index(f.span[0]) in home]

    def distance(f: When) -> tuple[int, int]:
        a, b = f.span
        return max(a - trigger[1], trigger[0] - b, 0), a

    return min(local or found, key=distance)
