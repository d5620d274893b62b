"""Choices between codes and second events in a clause (session 18, roots19): each rule on
sentences written for these tests (not taken from the gold files)."""

from __future__ import annotations

PUB = "2024-05-14"


def triples(coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.source, e.code, e.target) for e in coder.code_text(text, lang="id", published=PUB)]


# -- a planned visit or meeting called off: 161 (CONVENTIONS 7.8) --------------------

def test_called_off_visit_is_161(coder):
    assert triples(coder, "Presiden Amerika Serikat Donald Trump batal mengunjungi Filipina karena badai.") \
        == [("USAGOV", "161", "PHL")]


def test_called_off_visit_with_its_future_date_is_no_threat(coder):
    # the date is the visit's that will not be: the cancellation is done, not announced
    assert triples(coder, "Perdana Menteri Jepang Shinzo Abe batal berkunjung ke Indonesia pekan depan.") \
        == [("JPNGOV", "161", "IDN")]


def test_called_off_meeting_is_161(coder):
    assert triples(coder, "Menteri Luar Negeri China urung bertemu dengan Menteri Luar Negeri Jepang di Hanoi.") \
        == [("CHNGOV", "161", "JPNGOV")]


def test_visit_not_made_is_still_nothing(coder):
    assert triples(coder, "Presiden Prancis tidak berkunjung ke Indonesia tahun ini.") == []
