"""The value of a date expression against the publication date.

Explicit dates are read by dateparser (offline, strict, ``DATE_ORDER`` of the
data file, ``RELATIVE_BASE`` = publication); weekdays, month names, relative
phrases and "N units ago" are counted from the publication date. The unit of an
expression gives its precision: "day", "month" or "year".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from peristiwa.dates.expressions import Candidate
from peristiwa.dates.lexicon import DateWords, norm

Span = tuple[int, int]


@dataclass(frozen=True)
class When:
    value: str  # ISO date truncated to its precision: "2020-12-29", "2020-12", "2019"
    precision: str  # "day" | "month" | "year" | "publication"
    span: Span | None  # character offsets of the expression in the text (None for publication)
    text: str  # the expression as written ("" for publication)


@lru_cache(maxsize=4096)
def _parse(expr: str, lang: str, order: str, base: date | None) -> date | None:
    """An explicit date with its year, read by dateparser (offline, strict)."""
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
