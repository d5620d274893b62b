"""When an event happened: the date expressions of a sentence, normalised.

The words of dates are data, one file per language (``lang/<code>/dates.toml``:
month and weekday names, relative phrases, number words, prefixes, clause
breaks); the rules here are the same for every language.

Finding. Candidates are found with patterns built from the data file, never by
running a date parser over every token:

- explicit dates: ``29/12/2020``, ``29-12-2020``, ``2020-12-29``, ``29 Desember
  2020``, ``29 Des 2020``, ``Dec. 29, 2020``, ``29-30 Desember 2020`` (the first
  day), the news convention ``Selasa (29/12)`` / ``Senin (2/12/2019)``; a day
  and month without a year (``29 Desember``, ``Dec. 29``, ``(29/12)``);
  a day/month with no year and no brackets (``29/12``) is not read: it may be a
  ratio or a number;
- a month with a year (``Desember 2020``), or alone with a cue (``pada Mei``,
  ``Desember lalu``, ``last December``, ``Maret tahun lalu``);
- a year alone only after a prefix (``pada 2019``, ``tahun 2019``, ``sejak
  1967``, ``in 2019``, ``mid-2020``), never before a counter (``pada 2019
  orang``) nor in a law's number (``UU Nomor 11 Tahun 2020``);
- weekdays, capitalised (``Selasa``, ``last Tuesday``, ``Kamis depan``,
  ``Selasa pekan lalu``); relative phrases (``kemarin``, ``bulan lalu``,
  ``next year``); a number of units ago (``dua hari lalu``, ``3 weeks ago``),
  unless a duration word stands before it ("ditahan selama dua hari lalu
  dibebaskan": "lalu" is "then").

Overlapping candidates keep the longest; a weekday or "kemarin" right before an
explicit date joins it (``Selasa, 29 Desember 2020``); prefixes just before an
expression (``pada``, ``sejak``, ``awal``, ``on``, ``early`` ...) are taken
into it and do not change its value. Times of day are not read at all, so
``pukul 10.00 WIB`` or ``at 10 a.m.`` never changes a date.

Normalising, against the publication date:

- explicit dates are read by dateparser (languages ``[lang]``, the data file's
  ``DATE_ORDER``, ``STRICT_PARSING``, ``PREFER_DATES_FROM='past'``,
  ``RELATIVE_BASE`` = publication; it never uses the network); a date without a
  year takes the publication's year, or the year before if that would put it
  after publication (the year after if before it, in future text);
- a weekday is the latest such day on or before publication, the first on or
  after it in future text; "lalu"/"last" is the latest strictly before, "depan"/
  "next" the first strictly after, "ini"/"this" the one in the publication's
  week, "Selasa pekan lalu" the Tuesday of that week; a month name alone works
  the same way by months;
- relative phrases and "N units ago" count from publication; the unit gives the
  precision (a week is counted in days, precision "day");
- precision is "day" (``2020-12-29``), "month" (``2020-12``) or "year" (``2019``).

Text is past unless a future word of the data file (``akan``, ``will`` ...)
stands in the expression's clause before it (or, Indonesian, just after it:
"pada Kamis akan"); a date alone between commas takes the tense of its
neighbours. With no publication date only absolute expressions (a year given)
are returned.

The date of an event (``event_date``) is the expression nearest its trigger in
the trigger's clause (clauses end at the data file's ``clause_breaks``; a date
standing alone between breaks, "Pada Selasa, ..." or "..., Selasa (29/12).",
belongs to the clauses on both sides), else the nearest in the sentence, else
the publication date with precision "publication".
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

import dateparser

from peristiwa import lang as langdata

Span = tuple[int, int]


@dataclass(frozen=True)
class When:
    value: str  # ISO date truncated to its precision: "2020-12-29", "2020-12", "2019"
    precision: str  # "day" | "month" | "year" | "publication"
    span: Span | None  # character offsets of the expression in the text (None for publication)
    text: str  # the expression as written ("" for publication)


# --------------------------------------------------------------------------- the data file


def _alt(phrases, capital: bool = False) -> str:
    """A regex alternation of phrases, longest first; a space matches any whitespace.

    ``capital``: match only as written with a capital or in capitals (month and
    weekday names), else in any case."""
    forms: set[str] = set()
    for p in phrases:
        forms |= {p[:1].upper() + p[1:], p.upper()} if capital else {p}
    if not forms:
        return "(?!)"
    longest_first = sorted(forms, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in longest_first)
    return f"(?:{body})" if capital else f"(?i:{body})"


B = r"(?<!\w)"  # word start
E = r"(?!\w)"  # word end
NUM = r"(?<![\w.,/-])"  # number start: not inside "S-400", "2.000", "3/4"
YEAR = r"(?P<y>1[89]\d\d|20\d\d)(?!\d|[.,]\d)"


class _Words:
    """One language's dates.toml, with the patterns built from it."""

    def __init__(self, lang: str, d: dict) -> None:
        self.lang = lang
        full, short = d["months"], d.get("month_abbreviations", {})
        self.months: dict[str, int] = {**short, **full}
        self.canonical: dict[int, str] = {}  # month -> its first full name
        for name, n in full.items():
            self.canonical.setdefault(n, name)
        self.weekdays = {k: v - 1 for k, v in d["weekdays"].items()}  # 0 = Monday
        self.relative = {re.sub(r"\s+", " ", k): tuple(v) for k, v in d["relative"].items()}
        self.numbers = d["numbers"]
        self.units = {**d["units"], **d.get("units_one", {})}
        self.settings = d.get("settings", {})
        self.date_order = self.settings.get("date_order", "DMY")
        mods = d.get("modifiers", {})
        self.modifier = {w: how for how in ("past", "future", "this")
                         for where in ("before", "after") for w in mods.get(f"{how}_{where}", [])}
        words = d.get("words", {})
        mod_before = _alt(w for k, v in mods.items() if k.endswith("_before") for w in v)
        mod_after = _alt(w for k, v in mods.items() if k.endswith("_after") for w in v)
        rel_week = _alt(k for k, (_, u) in self.relative.items() if u == "week")
        rel_year = _alt(k for k, (_, u) in self.relative.items() if u == "year")
        # "Des." may carry a full stop, "Desember." ends a sentence.
        mon = rf"(?P<mon>{_alt(full, True)}{E}|{_alt(short, True)}{E}\.?)"
        day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
        units, ago = _alt(d["units"]), _alt(words["ago"])
        self.patterns = {
            "numeric": re.compile(
                r"(?<![\w./-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4})"
                r"(?![\w/-]|\.\d)"),
            "bracket": re.compile(
                r"\(\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}))?\s*\)"),
            "day-month": re.compile(
                rf"{NUM}{day}(?:\s*[-–]\s*[0-3]?\d)?\s+{mon}"
                rf"(?:,?\s+{YEAR}|\s+(?P<post>{mod_after}){E})?"),
            "month-day": re.compile(
                rf"{B}{mon}\s+{day}(?!\d){E}(?:,?\s+{YEAR})?"),
            "month-year": re.compile(rf"{B}{mon},?\s+{YEAR}"),
            "month": re.compile(
                rf"{B}(?:(?P<pre>{mod_before})\s+)?(?P<mon>{_alt(full, True)}){E}"
                rf"(?:\s+(?P<post>{rel_year}|{mod_after}){E})?"),
            "year": re.compile(rf"(?<![\w.,/]){YEAR}(?:\s+(?P<post>{mod_after}){E})?"),
            "weekday": re.compile(
                rf"{B}(?:(?P<pre>{mod_before})\s+)?(?P<wd>{_alt(self.weekdays, True)}){E}"
                rf"(?:\s+(?P<post>{rel_week}|{mod_after}){E})?"),
            "relative": re.compile(rf"{B}(?P<rel>{_alt(self.relative)}){E}"),
            "ago": re.compile(
                rf"{B}(?:{NUM}(?P<n>\d{{1,3}}|{_alt(self.numbers)})\s+(?P<unit>{units})"
                rf"|(?P<one>{_alt(d.get('units_one', {}))})){E}\s+(?P<ago>{ago}){E}"),
        }
        self.prefix = re.compile(rf"{B}{_alt(words.get('prefixes', []))}(?:\s+|-)$")
        self.duration = re.compile(rf"{B}{_alt(words.get('durations', []))}\s+$")
        self.counter = re.compile(rf"\s+{_alt(words.get('counters', []))}{E}")
        self.law = re.compile(rf"{B}{_alt(words.get('law_numbers', []))}\s*\d+\s+\S+\s+$")
        self.future = re.compile(rf"{B}{_alt(words.get('future_cues', []))}{E}")
        breaks = words.get("clause_breaks", [])
        punct = "".join(re.escape(b) for b in breaks if not b[0].isalnum())
        self.clause_break = re.compile(
            rf"[{punct}]|{B}{_alt(b for b in breaks if b[0].isalnum())}{E}" if punct
            else rf"{B}{_alt(breaks)}{E}")

    def month(self, token: str) -> int:
        return self.months[token.lower().rstrip(".")]

    def number(self, token: str) -> int:
        return int(token) if token.isdigit() else self.numbers[re.sub(r"\s+", " ", token.lower())]


@cache
def _words(lang: str) -> _Words:
    path = langdata.load(lang).file("dates.toml")
    with path.open("rb") as fh:
        return _Words(lang, tomllib.load(fh))


# --------------------------------------------------------------------------- finding


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str  # a key of _Words.patterns
    m: re.Match

    @property
    def length(self) -> int:
        return self.end - self.start


# Equal lengths: an explicit date beats a reading by name ("Minggu lalu" = last week).
_ORDER = ["numeric", "bracket", "day-month", "month-day", "month-year", "relative", "ago",
          "weekday", "month", "year"]


def _candidates(text: str, w: _Words) -> list[_Candidate]:
    found = [c for kind in _ORDER for m in w.patterns[kind].finditer(text)
             if _is_date(text, c := _Candidate(m.start(), m.end(), kind, m), w)]
    # Overlaps: the longest wins, then the earlier kind in _ORDER.
    found.sort(key=lambda c: (-c.length, _ORDER.index(c.kind), c.start))
    kept: list[_Candidate] = []
    for c in found:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    kept = _join_names(text, kept, w)
    for c in kept:
        while match := w.prefix.search(text, 0, c.start):  # take in "pada", "sejak awal" ...
            c.start = match.start()
    return kept


def _join_names(text: str, found: list[_Candidate], w: _Words) -> list[_Candidate]:
    """``Selasa (29/12)``, ``kemarin, 28 Desember``: a weekday or a one-day relative word
    right before an explicit date is part of it."""
    out: list[_Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        between = text[prev.end:c.start] if prev else ""
        if (prev and c.kind in ("numeric", "bracket", "day-month", "month-day")
                and (prev.kind == "weekday" and not prev.m["pre"] and not prev.m["post"]
                     or prev.kind == "relative" and w.relative[_norm(prev.m["rel"])][1] == "day")
                and re.fullmatch(r"\s*,?\s*\(?\s*", between)):
            c.start = prev.start
            if "(" in between and (close := re.match(r"\s*\)", text[c.end:])):
                c.end += close.end()
            out[-1] = c
        else:
            out.append(c)
    return out


def _is_date(text: str, c: _Candidate, w: _Words) -> bool:
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


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower())


# --------------------------------------------------------------------------- clauses


@dataclass
class _Clauses:
    """The clauses of a sentence (between ``clause_breaks`` outside date expressions)."""

    bounds: list[Span]
    date_only: list[bool]  # nothing but date expressions in it ("Pada Selasa, ...")

    @classmethod
    def of(cls, text: str, spans: list[Span], w: _Words) -> _Clauses:
        inside = [False] * len(text)
        for a, b in spans:
            inside[a:b] = [True] * (b - a)
        cuts = [m.start() for m in w.clause_break.finditer(text) if not inside[m.start()]]
        edges = [0, *cuts, len(text)]
        bounds = [(a, b) for a, b in zip(edges, edges[1:], strict=False) if a < b] or [(0, 0)]
        date_only = []
        for a, b in bounds:
            rest = "".join(ch for i, ch in enumerate(text[a:b], a) if not inside[i])
            rest = w.clause_break.sub(" ", rest, count=1) if a in cuts else rest
            date_only.append(any(a <= s < b for s, _ in spans) and not re.search(r"\w", rest))
        return cls(bounds, date_only)

    def index(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.bounds):
            if a <= pos < b:
                return i
        return len(self.bounds) - 1

    def home(self, pos: int) -> set[int]:
        """The clause at ``pos`` with the date-only clauses beside it."""
        i = self.index(pos)
        return {i} | {j for j in (i - 1, i + 1) if 0 <= j < len(self.bounds) and self.date_only[j]}


def _is_future(text: str, span: Span, clauses: _Clauses, w: _Words) -> bool:
    i = clauses.index(span[0])
    a, b = clauses.bounds[i]
    if clauses.date_only[i]:  # "Pada Kamis, Jokowi akan ...": the neighbours' tense
        a = clauses.bounds[max(i - 1, 0)][0]
        b = clauses.bounds[min(i + 1, len(clauses.bounds) - 1)][1]
        return bool(w.future.search(text, a, b))
    after = text[span[1]:b].split()[: w.settings.get("future_window", 0)]
    return bool(w.future.search(text, a, span[0]) or w.future.search(" ".join(after)))


# --------------------------------------------------------------------------- normalising


@lru_cache(maxsize=4096)
def _parse(expr: str, lang: str, order: str, base: date | None) -> date | None:
    """An explicit date with its year, read by dateparser (offline, strict)."""
    settings = {"DATE_ORDER": order, "STRICT_PARSING": True, "PREFER_DATES_FROM": "past",
                "PARSERS": ["absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    found = dateparser.parse(expr, languages=[lang], settings=settings)
    return found.date() if found else None


def _day_month(w: _Words, d: int, m: int, y: int | None, published: date | None,
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


def _how(c: _Candidate, w: _Words, future: bool) -> str:
    """past | future (the tense), last | next | this (a modifier)."""
    for key in ("pre", "post"):
        word = c.m.groupdict().get(key)
        if word and _norm(word) in w.modifier:
            return {"past": "last", "future": "next", "this": "this"}[w.modifier[_norm(word)]]
    return "future" if future else "past"


def _weekday(c: _Candidate, w: _Words, published: date, future: bool) -> Value:
    wd = w.weekdays[c.m["wd"].lower()]
    post = c.m["post"] and _norm(c.m["post"])
    if post in w.relative:  # "Selasa pekan lalu": that day of the week named
        week = published + timedelta(weeks=w.relative[post][0])
        return (week + timedelta(days=wd - week.weekday())).isoformat(), "day"
    back, ahead = (published.weekday() - wd) % 7, (wd - published.weekday()) % 7
    shift = {"past": -back, "last": -(back or 7), "future": ahead, "next": ahead or 7,
             "this": wd - published.weekday()}[_how(c, w, future)]
    return (published + timedelta(days=shift)).isoformat(), "day"


def _month(c: _Candidate, w: _Words, published: date, future: bool) -> Value:
    m = w.month(c.m["mon"])
    post = c.m["post"] and _norm(c.m["post"])
    if post in w.relative:  # "Maret tahun lalu"
        return f"{published.year + w.relative[post][0]:04d}-{m:02d}", "month"
    back, ahead = (published.month - m) % 12, (m - published.month) % 12
    shift = {"past": -back, "last": -(back or 12), "future": ahead, "next": ahead or 12,
             "this": m - published.month}[_how(c, w, future)]
    y, m = _add_months(published, shift)
    return f"{y:04d}-{m:02d}", "month"


def _explicit(c: _Candidate, w: _Words, published: date | None, future: bool) -> date | None:
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
    post = _norm(m.groupdict().get("post") or "")  # "29 Desember lalu", "... mendatang"
    if post in w.modifier:
        future = w.modifier[post] == "future"
    return _day_month(w, int(m["d"]), w.month(m["mon"]), None, published, future)


def _normalise(text: str, c: _Candidate, w: _Words, published: date | None,
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
        found = _shift(published, *w.relative[_norm(m["rel"])])
    elif kind == "ago":
        n = w.number(m["n"]) if m["n"] else 1
        found = _shift(published, -n, w.units[_norm(m["unit"] or m["one"])])
    if found is None:
        return None
    return When(*found, (c.start, c.end), text[c.start:c.end])


# --------------------------------------------------------------------------- the API


@lru_cache(maxsize=512)  # a sentence with several events is read once
def _found(text: str, lang: str, published: date | None) -> tuple[list[When], _Clauses]:
    if isinstance(published, datetime):
        published = published.date()
    w = _words(lang)
    candidates = _candidates(text, w)
    clauses = _Clauses.of(text, [(c.start, c.end) for c in candidates], w)
    out = []
    for c in candidates:
        future = _is_future(text, (c.start, c.end), clauses, w)
        try:
            found = _normalise(text, c, w, published, future)
        except OverflowError:  # "kemarin" published 0001-01-01: before the calendar
            found = None
        if found is not None and _in_calendar(found.value):
            out.append(found)
    return out, clauses


def _in_calendar(value: str) -> bool:
    """Whether a value's year is one ``date`` can hold ("tahun lalu" in year 1 is not)."""
    year = value.split("-")[0]
    return year.isdigit() and 1 <= int(year) <= 9999


def expressions(text: str, lang: str, published: date | None) -> list[When]:
    """Every date expression in ``text`` (a sentence), normalised against ``published``,
    in text order."""
    return list(_found(text, lang, published)[0])


def event_date(text: str, lang: str, published: date | None,
               trigger: tuple[int, int] | None = None) -> When:
    """The date of an event whose trigger is at ``trigger`` (offsets into ``text``): the
    expression governing its clause (nearest to the trigger, preferring one in the same
    clause: between the same commas/clause words, a date standing alone between breaks
    counting for both sides), else the nearest in the sentence, else the publication date
    with precision "publication" (value = published.isoformat(), or "" when published is
    None). With no trigger, the first expression of the sentence."""
    found, clauses = _found(text, lang, published)
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
