"""The value of a date expression against the publication date.

Explicit dates are read by dateparser (offline, strict, ``DATE_ORDER`` of the
data file, ``RELATIVE_BASE`` = publication), or, in the plain forms most news
writes ("13/5/2024", "13 Mei 2024", "May 13, 2024"), as dateparser reads them
without it (``_plain``: dateparser's import and first use in each language cost
0.3 s of a process's start-up, and each later call about 1 ms); weekdays, month names, relative
phrases and "N units ago" are counted from the publication date. The unit of an
expression gives its precision: "day", "month" or "year".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from peristiwa.dates.expressions import Candidate
from peristiwa.dates.lexicon import DateWords, date_words, norm

Span = tuple[int, int]


@dataclass(frozen=True)
class When:
    value: str  # ISO date truncated to its precision: "2020-12-29", "2020-12", "2019"
    precision: str  # "day" | "month" | "year" | "publication"
    span: Span | None  # character offsets of the expression in the text (None for publication)
    text: str  # the expression as written ("" for publication)


# The plain forms ``_plain`` reads: day, month and year in figures (the year 1800-2099,
# the separators the same), and a day and a year with a month's full name or its
# abbreviation in the language's dates.toml ("13 Mei 2024", "13 Mei, 2024", "Mei 13,
# 2024", "Sept. 13, 2024"). tests/test_dates_plain.py reads every such form against
# dateparser itself.
_FIGURES = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(1[89]\d\d|20\d\d)\Z", re.ASCII)
_ISO = re.compile(r"(1[89]\d\d|20\d\d)-(\d{1,2})-(\d{1,2})\Z", re.ASCII)
_NAMED = re.compile(r"(?:([0-9]{1,2}) ([^\W\d_]+)\.?|([^\W\d_]+)\.? ([0-9]{1,2})),? (1[89][0-9][0-9]|20[0-9][0-9])\Z")
UNSURE = object()  # a form ``_plain`` does not read: dateparser does


# The languages whose forms ``_plain`` reads: their dates.toml's month names were read
# against dateparser (tests/test_dates_plain.py), and these it does not know.
PLAIN = {"id": frozenset({"ags", "agust"}), "en": frozenset()}


@cache
def _month_names(lang: str) -> dict[str, int]:
    """The month names (full and abbreviated, lower case) of the language's dates.toml
    that dateparser reads too."""
    return {k: v for k, v in date_words(lang).months.items() if k not in PLAIN[lang]}


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _plain(expr: str, lang: str, order: str):
    """The date dateparser reads in ``expr`` (strict: day, month and year), or None when
    it reads none, for the plain forms above; ``UNSURE`` for any other. Figures are read
    in the ``order`` given, else the other way round (as dateparser does: "5/13/2024"
    in DMY is 13 May); a named month whatever the order."""
    if lang not in PLAIN:
        return UNSURE
    if (m := _FIGURES.match(expr)) is not None:
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        if order == "DMY":
            return _day(y, b, a) or _day(y, a, b)
        if order == "MDY":
            return _day(y, a, b) or _day(y, b, a)
        return UNSURE
    if (m := _ISO.match(expr)) is not None:  # year, month, day; else year, day, month
        y, a, b = int(m[1]), int(m[2]), int(m[3])
        return _day(y, a, b) or _day(y, b, a)
    if (m := _NAMED.match(expr)) is not None:
        month = _month_names(lang).get((m[2] or m[3]).lower())
        if month is None:
            return UNSURE
        return _day(int(m[5]), month, int(m[1] or m[4]))
    return UNSURE


@lru_cache(maxsize=4096)
def _parse(expr: str, lang: str, order: str, base: date | None) -> date | None:
    """An explicit date with its year, read by dateparser (offline, strict), or as it
    reads it (``_plain``)."""
    found = _plain(expr, lang, order)
    if found is not UNSURE:
        return found
    return _dateparser(expr, lang, order, base)


def _dateparser(expr: str, lang: str, order: str, base: date | None) -> date | None:
    import dateparser

    settings = {"DATE_ORDER": order, "STRICT_PARSING": True, "PREFER_DATES_FROM": "past",
                "PARSERS": ["absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    found = dateparser.parse(expr, languages=[lang], settings=settings)
    return found.date() if found else None


def _day_month(w: DateWords, d: int, m: int, y: int | None, published: date | None,
               future: bool) -> date | None:
    """Day and month, with the year given or taken from the publication."""
    if not 1 <= m <= 12:
        return None
    if y is not None:
        return _parse(f"{d} {w.canonical[m].capitalize()} {y}", w.lang, "DMY", published)
    if published is None:
        return None
    for year in (published.year, published.year + (1 if future else -1)):
        found = _parse(f"{d} {w.canonical[m].capitalize()} {year}", w.lang, "DMY", published)
        if found and (found >= published if future else found <= published):
            return found
    return None


def _add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


Value = tuple[str, str]  # (value, precision)


def _shift(published: date, amount: int, unit: str) -> Value:
    if unit in ("day", "week"):
        day = published + timedelta(days=amount * (7 if unit == "week" else 1))
        return day.isoformat(), "day"
    if unit == "month":
        y, m = _add_months(published, amount)
        return f"{y:04d}-{m:02d}", "month"
    return f"{published.year + amount:04d}", "year"


def _how(c: Candidate, w: DateWords, future: bool) -> str:
    """past | future (the tense), last | next | this (a modifier)."""
    for key in ("pre", "post"):
        word = c.m.groupdict().get(key)
        if word and norm(word) in w.modifier:
            return {"past": "last", "future": "next", "this": "this"}[w.modifier[norm(word)]]
    return "future" if future else "past"


def _weekday(c: Candidate, w: DateWords, published: date, future: bool) -> Value:
    wd = w.weekdays[c.m["wd"].lower()]
    post = c.m["post"] and norm(c.m["post"])
    if post in w.relative:  # "Selasa pekan lalu": that day of the week named
        week = published + timedelta(weeks=w.relative[post][0])
        return (week + timedelta(days=wd - week.weekday())).isoformat(), "day"
    back, ahead = (published.weekday() - wd) % 7, (wd - published.weekday()) % 7
    shift = {"past": -back, "last": -(back or 7), "future": ahead, "next": ahead or 7,
             "this": wd - published.weekday()}[_how(c, w, future)]
    return (published + timedelta(days=shift)).isoformat(), "day"


def _month(c: Candidate, w: DateWords, published: date, future: bool) -> Value:
    m = w.month(c.m["mon"])
    post = c.m["post"] and norm(c.m["post"])
    if post in w.relative:  # "Maret tahun lalu"
        return f"{published.year + w.relative[post][0]:04d}-{m:02d}", "month"
    back, ahead = (published.month - m) % 12, (m - published.month) % 12
    shift = {"past": -back, "last": -(back or 12), "future": ahead, "next": ahead or 12,
             "this": m - published.month}[_how(c, w, future)]
    y, m = _add_months(published, shift)
    return f"{y:04d}-{m:02d}", "month"


def _explicit(c: Candidate, w: DateWords, published: date | None, future: bool) -> date | None:
    """A date written with its day: by dateparser, the year from publication if not given."""
    m = c.m
    if c.kind == "numeric" or c.kind == "bracket" and m["y"]:
        core = m[0].strip("() ")
        other = "MDY" if w.date_order == "DMY" else "DMY"
        return (_parse(core, w.lang, w.date_order, published)
                or _parse(core, w.lang, other, published))
    if c.kind == "bracket":  # "(29/12)": day and month in the language's order
        a, b = int(m["a"]), int(m["b"])
        d, mo = (b, a) if w.date_order.index("M") < w.date_order.index("D") else (a, b)
        return (_day_month(w, d, mo, None, published, future)
                or _day_month(w, mo, d, None, published, future))
    if m["y"]:  # "29 Desember 2020", "Dec. 29, 2020": as written, else by the month's name
        core = re.sub(r"^(\d+)\s*[-–]\s*\d+", r"\1", m[0])  # "29-30 Desember": the first day
        return (_parse(core, w.lang, w.date_order, published)
                or _day_month(w, int(m["d"]), w.month(m["mon"]), int(m["y"]), published, future))
    post = norm(m.groupdict().get("post") or "")  # "29 Desember lalu", "... mendatang"
    if post in w.modifier:
        future = w.modifier[post] == "future"
    return _day_month(w, int(m["d"]), w.month(m["mon"]), None, published, future)


def normalise(text: str, c: Candidate, w: DateWords, published: date | None,
               future: bool) -> When | None:
    m, kind = c.m, c.kind
    found: Value | None = None
    if kind in ("numeric", "bracket", "day-month", "month-day"):
        day = _explicit(c, w, published, future)
        found = (day.isoformat(), "day") if day else None
    elif kind == "month-year":
        found = f"{m['y']}-{w.month(m['mon']):02d}", "month"
    elif kind == "year":
        found = m["y"], "year"
    elif published is None:  # the rest counts from the publication date
        return None
    elif kind == "month":
        found = _month(c, w, published, future)
    elif kind == "weekday":
        found = _weekday(c, w, published, future)
    elif kind == "relative":
        found = _shift(published, *w.relative[norm(m["rel"])])
    elif kind == "ago":
        n = w.number(m["n"]) if m["n"] else 1
        found = _shift(published, -n, w.units[norm(m["unit"] or m["one"])])
    if found is None:
        return None
    return When(*found, (c.start, c.end), text[c.start:c.end])
