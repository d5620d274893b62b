"""Almost-events (session 20): "nyaris menembak", "hampir saja menyerang", "nearly clashed"
did not happen, so no event is coded (grammar ``almost``, coding/modality.py ``_almost``).
The word counts only right before the trigger (or before one of ``almost_passes``): further
off it measures a time or a quantity ("hampir setahun menahan", "hampir semua fraksi
menolak") and the act stands. "dilarang" (forbidden to) before a verb negates it.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

ALMOST = [
    ("Polisi nyaris menembak seorang mahasiswa di Makassar.",
     "Polisi menembak seorang mahasiswa di Makassar."),
    ("Tentara Israel hampir saja menyerang pasukan Lebanon di perbatasan.",
     "Tentara Israel menyerang pasukan Lebanon di perbatasan."),
    ("Polisi dilarang menangkap wartawan di lokasi itu.",
     "Polisi menangkap wartawan di lokasi itu."),
]

STANDS = [
    ("Kejaksaan Agung sudah hampir setahun menahan aktivis Budi Santoso.", ("IDNJUD", "173", "IDNOPP")),
    ("Hampir semua fraksi di DPR menolak usulan pemerintah.", ("IDNLEG", "120", "IDNGOV")),
]


@pytest.mark.parametrize("almost,done", ALMOST)
def test_an_almost_event_is_no_event(coder, almost, done):
    assert events(coder, done), done  # the plain sentence is coded ...
    assert not {e for e in events(coder, almost) if e[1][:2] == next(iter(events(coder, done)))[1][:2]}, almost


@pytest.mark.parametrize("text,event", STANDS)
def test_almost_further_off_measures_something_else(coder, text, event):
    assert event in events(coder, text)
