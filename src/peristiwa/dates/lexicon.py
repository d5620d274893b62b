"""One language's ``dates.toml`` and the patterns built from it.

Every word of a date (month and weekday names, relative phrases, number words,
prefixes, counters, future cues, clause breaks) comes from the data file; the
patterns here only say how such words combine.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from peristiwa import lang as langdata
from peristiwa.text.clauses import Breaks


def alt(phrases, capital: bool = False) -> str:
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


def norm(phrase: str) -> str:
    """A phrase as the data file keys it: lower case, single spaces."""
    return re.sub(r"\s+", " ", phrase.lower())


B = r"(?<!\w)"  # word start
E = r"(?!\w)"  # word end
NUM = r"(?<![\w.,/-])"  # number start: not inside "S-400", "2.000", "3/4"
YEAR = r"(?P<y>1[89]\d\d|20\d\d)(?!\d|[.,]\d)"


class DateWords:
    """One language's dates.toml, with the patterns built from it."""

    def __init__(self, lang: str, d: dict) -> None:
        self.lang = lang
        full, short = d.get("months", {}), d.get("month_abbreviations", {})
        self.months: dict[str, int] = {**short, **full}
        self.canonical: dict[int, str] = {}  # month -> its first full name
        for name, n in full.items():
            self.canonical.setdefault(n, name)
        self.weekdays = {k: v - 1 for k, v in d.get("weekdays", {}).items()}  # 0 = Monday
        self.relative = {re.sub(r"\s+", " ", k): tuple(v) for k, v in d.get("relative", {}).items()}
        self.numbers = d.get("numbers", {})
        self.units = {**d.get("units", {}), **d.get("units_one", {})}
        self.settings = d.get("settings", {})
        self.date_order = self.settings.get("date_order", "DMY")
        mods = d.get("modifiers", {})
        self.modifier = {w: how for how in ("past", "future", "this")
                         for where in ("before", "after") for w in mods.get(f"{how}_{where}", [])}
        self.patterns = self._patterns(d, mods)
        words = d.get("words", {})
        self.prefix = re.compile(rf"{B}{alt(words.get('prefixes', []))}(?:\s+|-)$")
        self.duration = re.compile(rf"{B}{alt(words.get('durations', []))}\s+$")
        self.counter = re.compile(rf"\s+{alt(words.get('counters', []))}{E}")
        self.law = re.compile(rf"{B}{alt(words.get('law_numbers', []))}\s*\d+\s+\S+\s+$")
        self.future = re.compile(rf"{B}{alt(words.get('future_cues', []))}{E}")
        self.clause_breaks: tuple[str, ...] = tuple(words.get("clause_breaks", []))
        self.breaks = Breaks.of(self.clause_breaks)

    def _patterns(self, d: dict, mods: dict) -> dict[str, re.Pattern]:
        """The pattern of each kind of expression (the keys of ``expressions.ORDER``)."""
        full, short = d.get("months", {}), d.get("month_abbreviations", {})
        mod_before = alt(w for k, v in mods.items() if k.endswith("_before") for w in v)
        mod_after = alt(w for k, v in mods.items() if k.endswith("_after") for w in v)
        rel_week = alt(k for k, (_, u) in self.relative.items() if u == "week")
        rel_year = alt(k for k, (_, u) in self.relative.items() if u == "year")
        # "Des." may carry a full stop, "Desember." ends a sentence.
        mon = rf"(?P<mon>{alt(full, True)}{E}|{alt(short, True)}{E}\.?)"
        ordinals = "|".join(re.escape(x) for x in sorted(
            d.get("words", {}).get("ordinal_suffixes", []), key=len, reverse=True))
        day = rf"(?P<d>[0-3]?\d)(?:{ordinals})?" if ordinals else r"(?P<d>[0-3]?\d)"
        units, ago = alt(d.get("units", {})), alt(d.get("words", {}).get("ago", []))
        return {
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
                rf"{B}(?:(?P<pre>{mod_before})\s+)?(?P<mon>{alt(full, True)}){E}"
                rf"(?:\s+(?P<post>{rel_year}|{mod_after}){E})?"),
            "year": re.compile(rf"(?<![\w.,/]){YEAR}(?:\s+(?P<post>{mod_after}){E})?"),
            "weekday": re.compile(
                rf"{B}(?:(?P<pre>{mod_before})\s+)?(?P<wd>{alt(self.weekdays, True)}){E}"
                rf"(?:\s+(?P<post>{rel_week}|{mod_after}){E})?"),
            "relative": re.compile(rf"{B}(?P<rel>{alt(self.relative)}){E}"),
            "ago": re.compile(
                rf"{B}(?:{NUM}(?P<n>\d{{1,3}}|{alt(self.numbers)})\s+(?P<unit>{units})"
                rf"|(?P<one>{alt(d.get('units_one', {}))})){E}\s+(?P<ago>{ago}){E}"),
        }

    def month(self, token: str) -> int:
        return self.months[token.lower().rstrip(".")]

    def number(self, token: str) -> int:
        return int(token) if token.isdigit() else self.numbers[norm(token)]


@cache
def date_words(lang: str) -> DateWords:
    """The date words of a language, read once (none when it has no dates.toml:
    its events are dated by the publication date)."""
    path = langdata.load(lang).file("dates.toml")
    if not path.is_file():
        return DateWords(lang, {})
    with path.open("rb") as fh:
        return DateWords(lang, tomllib.load(fh))
