"""Naming a suspect (CAMEO 173, session 20): "menetapkan X sebagai tersangka" is coded when an
apposition or a long noun phrase stands between the named person and "sebagai tersangka"
(events.codebook.txt: "menetapkan ...12 =sebagai =tersangka|..."); naming something else
"sebagai" a date or a winner is no event.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

NAMED = [
    ("KPK menetapkan dua anggota DPRD Riau, Faisal Aswan dan Dunir, sebagai tersangka.", ("IDNJUD", "173", "IDNLEG")),
    ("Polisi menetapkan pengusaha asal Surabaya, Budi Santoso, sebagai tersangka kasus penipuan.",
     ("IDNCOP", "173", "IDNBUS")),
]

NOTHING = [
    "Pemerintah menetapkan tanggal 1 Juni sebagai hari libur nasional.",
    "KPU menetapkan pasangan Budi dan Ani sebagai pemenang pemilihan.",
]


@pytest.mark.parametrize("text,event", NAMED)
def test_a_suspect_named_past_an_apposition(coder, text, event):
    assert event in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_naming_something_else_is_no_event(coder, text):
    assert not events(coder, text)
