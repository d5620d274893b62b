"""Events carry the date of their own clause, with its precision and the words as evidence."""

from __future__ import annotations

import pytest


@pytest.fixture
def coder(coder_without_parser):
    """This module codes by word order only (the session's Coder without the parse)."""
    return coder_without_parser


TEXT = ("Awal bulan ini polisi Turki menangkap dua jurnalis Rusia di Istanbul. "
        "Turki tahun lalu membeli sistem rudal dari Rusia. "
        "Pada Selasa, Menteri Luar Negeri Turki Mevlut Cavusoglu mengunjungi Moskow.")


def events(coder):
    return {e.code: e for e in coder.code_text(TEXT, lang="id", published="2020-12-30")}


def test_each_event_has_the_date_of_its_clause(coder):
    found = events(coder)
    arrest, visit = found["173"], found["042"]
    assert (arrest.date, arrest.date_precision) == ("2020-12", "month")
    assert TEXT[slice(*arrest.evidence.date_span)].lower().startswith("awal bulan ini")
    assert (visit.date, visit.date_precision) == ("2020-12-29", "day")  # the Tuesday before publication
    assert "Selasa" in visit.evidence.date_text


def test_an_event_with_no_date_words_gets_the_publication_date(coder):
    [ev] = coder.code_text("Polisi Turki menangkap dua jurnalis Rusia.", lang="id", published="2020-12-29")
    assert (ev.date, ev.date_precision, ev.evidence.date_span) == ("2020-12-29", "publication", None)


def test_english_event_dates(coder):
    [ev] = coder.code_text("Turkish police arrested two Russian journalists in Istanbul last week.",
                           lang="en", published="2020-12-29")
    assert ev.code == "173" and ev.date == "2020-12-22" and ev.evidence.date_text.endswith("last week")


def test_each_event_has_its_place(coder):
    found = events(coder)
    arrest, visit = found["173"], found["042"]
    assert arrest.place["name"] == "Istanbul" and arrest.place["country"] == "TUR"
    assert abs(arrest.place["lat"] - 41.01) < 0.3 and abs(arrest.place["lon"] - 28.95) < 0.3
    assert TEXT[slice(*arrest.evidence.place_span)] == "Istanbul"
    assert visit.place["name"] == "Moscow" and visit.evidence.place_text == "Moskow"  # where the visit went


def test_the_dateline_places_events_whose_clause_names_none(coder):
    [ev] = coder.code_text("SURABAYA, KOMPAS.com - Polisi menangkap dua aktivis.", lang="id",
                           published="2021-03-01")
    assert ev.place["name"] == "Kota Surabaya" and ev.place["country"] == "IDN"
    assert ev.evidence.place_span == (0, 8)


def test_an_events_own_actor_is_not_its_place(coder):
    # the country acted on is no place; the dateline is, when there is one
    [ev] = coder.code_text("The United States apologized to Brazil on Monday.", lang="en",
                           published="2020-12-29")
    assert ev.target == "BRA" and ev.place is None
    [ev] = coder.code_text("JAKARTA, KOMPAS.com - Jepang memberikan bantuan kepada Filipina.", lang="id",
                           published="2021-03-01")
    assert ev.target == "PHL" and ev.place["name"] == "Jakarta"
    [ev] = coder.code_text("Polisi Malaysia menangkap dua warga Filipina di Kuching.", lang="id",
                           published="2021-03-01")
    assert ev.place["name"] == "Kuching"
