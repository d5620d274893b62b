"""Explicit dates in plain forms, read without dateparser (issue #20): the same date
as dateparser's, or None where it reads none, for every form ``normalise._plain``
answers (a grid of days, months and years in figures, in both orders, and every
month name of each language's dates.toml in the ways news writes them); any other
form is left to dateparser. (A larger grid, 163,080 forms with every separator and
the years 1800-2099 at their edges and leap years: bench/RESULTS.md, session 15.)
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import date

import pytest

from peristiwa.dates import normalise as N

BASE = date(2024, 5, 14)
DAYS = ["0", "1", "2", "9", "12", "13", "28", "29", "30", "31", "32", "05", "00", "99"]
YEARS = ["1900", "2000", "2023", "2024"]
ORDERS = [("id", "DMY"), ("id", "MDY"), ("en", "MDY"), ("en", "DMY")]


def _both(expr: str, lang: str, order: str):
    plain = N._plain(expr, lang, order)
    return plain, (N.UNSURE if plain is N.UNSURE else N._dateparser(expr, lang, order, BASE))


@pytest.mark.parametrize(("lang", "order"), ORDERS)
def test_figures_read_as_dateparser_reads_them(lang, order):
    read = 0
    for a, b, y in itertools.product(DAYS, DAYS, YEARS[1:3]):
        for expr in (f"{a}/{b}/{y}", f"{a}-{b}-{y}", f"{a}.{b}.{y}", f"{y}-{a}-{b}"):
            plain, parsed = _both(expr, lang, order)
            assert plain is not N.UNSURE, expr  # every such form is read without dateparser
            assert plain == parsed, (expr, lang, order)
            read += plain is not None
    assert read > 100  # (valid dates among them, not only refusals)


@pytest.mark.parametrize(("lang", "order"), ORDERS[::2])
def test_month_names_read_as_dateparser_reads_them(lang, order):
    names = N.date_words(lang).months
    assert len(names) >= 20
    for name in names:
        for d, y in itertools.product(["1", "13", "29", "30", "31", "0", "32"], YEARS):
            for expr in (f"{d} {name.capitalize()} {y}", f"{d} {name.upper()} {y}",
                         f"{d} {name.capitalize()}. {y}", f"{d} {name.capitalize()}, {y}",
                         f"{name.capitalize()} {d}, {y}", f"{name.capitalize()}. {d}, {y}"):
                plain, parsed = _both(expr, lang, order)
                assert plain == parsed, (expr, lang, order)
                if plain is N.UNSURE:  # only the names dateparser does not know
                    assert name in N.PLAIN[lang], expr


def test_other_forms_and_languages_are_left_to_dateparser():
    for expr in ("13/5/24", "13 / 5 / 2024", "13th May 2024", "13 Mei 2024 pukul 10.00", "13/5/1700",
                 "١٣/٥/٢٠٢٤", "13 Ags 2024", "13 Juin 2024"):
        assert N._plain(expr, "id", "DMY") is N.UNSURE, expr
    assert N._plain("13/5/2024", "fr", "DMY") is N.UNSURE
    assert N._parse("13 Ags 2024", "id", "DMY", BASE) is None  # dateparser's answer, as before
    assert N._parse("13 Agustus 2024", "id", "DMY", BASE) == date(2024, 8, 13)
    assert N._parse("5/13/2024", "id", "DMY", BASE) == date(2024, 5, 13)


def test_plain_dates_code_without_importing_dateparser():
    """An article whose dates are plain codes its events, dated, in a process that
    never imports dateparser."""
    code = r"""
import json, sys
from peristiwa.pipeline import Coder
text = ("Jakarta, Senin (13/5/2024) - Polisi Turki menangkap dua jurnalis Rusia di Ankara pada "
        "12 Mei 2024. Presiden mengecam serangan itu.")
events = Coder().code_text(text, lang="id", published="2024-05-14")
print(json.dumps({"dates": sorted({e.date for e in events}), "dateparser": "dateparser" in sys.modules}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"dates": ["2024-05-13"], "dateparser": False}  # the dateline's, as before
