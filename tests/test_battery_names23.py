"""People named without a role (session 23): a capital that tells where a place named
after a locative is ("kata X di Hotel Mulia, Jakarta, Senin, seusai menemui ...") is a
place, as it is right after the locative ("di Jakarta"), not the government that takes
the side of the person speaking there (CONVENTIONS §7.7: a person named without any
role is the bare country).

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

from conftest import battery_events as events
from conftest import mentions


def test_a_capital_after_a_named_place_is_no_actor(coder):
    found = mentions(coder, "Kami siap bekerja sama, ujar Rudianto di Hotel Cendana, Jakarta, Rabu, seusai menemui Ketua DPR.")
    assert "Jakarta" not in found


def test_the_speaker_named_without_a_role_keeps_the_act(coder):
    got = events(coder, "Kami siap bekerja sama, ujar Rudianto di Hotel Cendana, Jakarta, Rabu, seusai menemui Ketua DPR.")
    assert ("IDN", "040", "IDNLEG") in got
    assert not any(s == "IDNGOV" for s, _, _ in got)


def test_a_foreign_capital_after_a_named_place_is_no_actor(coder):
    found = mentions(coder, "Kami mendukung rencana itu, kata Andreas di Balai Kota, Tokyo, seusai menemui Gubernur.")
    assert "Tokyo" not in found


def test_a_capital_at_the_sentence_end_after_a_named_place_is_no_actor(coder):
    found = mentions(coder, "Menteri Keuangan menemui Ketua DPR di Gedung Nusantara, Jakarta.")
    assert "Jakarta" not in found


def test_a_capital_as_the_subject_after_a_fronted_place_is_still_its_government(coder):
    got = events(coder, "Di Dewan Keamanan, Washington menuntut Iran menghentikan program nuklirnya.")
    assert any(s == "USAGOV" and t == "IRN" for s, _, t in got)


def test_a_capital_right_after_the_locative_is_a_place_as_before(coder):
    assert "Jakarta" not in mentions(coder, "Menteri Keuangan menemui Ketua DPR di Jakarta, Rabu.")


def test_a_capital_after_a_place_and_its_district_is_no_actor(coder):
    text = "Kami siap bekerja sama, ujar Rudianto di Gedung Nusantara, Senayan, Jakarta, Rabu, seusai menemui Ketua DPR."
    assert "Jakarta" not in mentions(coder, text)
    assert ("IDN", "040", "IDNLEG") in events(coder, text)
