"""Finding date expressions in a sentence with the patterns of ``lexicon``.

Overlapping candidates keep the longest; a weekday or a one-day relative word
right before an explicit date joins it; prefixes just before an expression are
taken into it; a lone month or year needs a cue, a year is no quantity nor a
law's number, and a number of units after a duration word is no "ago".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from peristiwa.dates.lexicon import DateWords, norm


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # a key of DateWords.patterns
    m: re.Match

    @property
    def length(self) -> int:
        return self.end - self.start


# Equal lengths: an explicit date beats a reading by name ("Minggu lalu" = last week).
ORDER = ["numeric", "bracket", "day-month", "month-day", "month-year", "relative", "ago",
          "weekday", "month", "year"]


def candidates(text: str, w: DateWords) -> list[Candidate]:
    found = [c for kind in ORDER for m in w.patterns[kind].finditer(text)
             if _is_date(text, c := Candidate(m.start(), m.end(), kind, m), w)]
    # Overlaps: the longest wins, then the earlier kind in ORDER.
    found.sort(key=lambda c: (-c.length, ORDER.index(c.kind), c.start))
    kept: list[Candidate] = []
    for c in found:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    kept = _join_names(text, kept, w)
    for c in kept:
        while match := w.prefix.search(text, 0, c.start):  # take in "pada", "sejak awal" ...
            c.start = match.start()
    return kept


def _join_names(text: str, found: list[Candidate], w: DateWords) -> list[Candidate]:
    """``Selasa (29/12)``, ``kemarin, 28 Desember``: a weekday or a one-day relative word
    right before an explicit date is part of it."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        between = text[prev.end:c.start] if prev else ""
        if (prev and c.kind in ("numeric", "bracket", "day-month", "month-day")
                and (prev.kind == "weekday" and not prev.m["pre"] and not prev.m["post"]
                     or prev.kind == "relative" and w.relative[norm(prev.m["rel"])][1] == "day")
                and re.fullmatch(r"\s*,?\s*\(?\s*", between)):
            c.start = prev.start
            if "(" in between and (close := re.match(r"\s*\)", text[c.end:])):
                c.end += close.end()
            out[-1] = c
        else:
            out.append(c)
    return out


def _is_date(text: str, c: Candidate, w: DateWords) -> bool:
    """A lone month name or year needs a cue (a prefix word before it); a year is not a
    quantity nor a law's number; "selama dua hari lalu" is a duration, then "lalu"."""
    cue = bool(w.prefix.search(text, 0, c.start))
    if c.kind == "month":
        return cue or bool(c.m["pre"] or c.m["post"])
    if c.kind == "year":
        return (cue and not w.counter.match(text, c.m.end("y"))
                and not w.law.search(text, 0, c.m.start("y")))
    if c.kind == "ago":
        return not w.duration.search(text, 0, c.start)
    return True

