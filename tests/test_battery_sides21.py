"""Sides attached by the grammar (session 21, issue #18).

A relative clause's object is not the subject of the verb after the clause: in
"Kelompok pemberontak yang menguasai wilayah utara Suriah menyerang ...", "Suriah" closes
the relative clause and the subject of "menyerang" is its head (reading.py
``_relative_object``). After a verb whose object may be the subject of a verb after it
("yang meminta polisi menangkap ...", grammar ``directives``, ``object_control``,
``object_subject_verbs``) that object stays the next verb's subject.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

RELATIVE_HEAD = [
    ("Kelompok pemberontak yang menguasai wilayah utara Suriah menyerang pasukan pemerintah Suriah.",
     ("SYRREB", "190", "SYRMIL")),
    ("Partai oposisi yang mendukung Presiden Joko Widodo mengecam DPR.", ("IDNOPP", "111", "IDNLEG")),
    ("Pasukan Rusia yang menduduki kota Donetsk menembaki warga sipil Ukraina.", ("RUSMIL", "193", "UKRCVL")),
]

EMBEDDED_SUBJECT = [
    ("Warga yang melihat polisi menembak pelaku itu ketakutan.", ("IDNCOP", "193", "IDN")),
    ("Wartawan yang menyaksikan tentara menembaki demonstran itu ditangkap.", ("IDNMIL", "175", "IDNOPP")),
]


@pytest.mark.parametrize("text,event", RELATIVE_HEAD)
def test_the_relative_clauses_object_is_not_the_next_verbs_subject(coder, text, event):
    got = events(coder, text)
    assert event in got
    assert not any(e[1] == event[1] and e[0] != event[0] for e in got)


@pytest.mark.parametrize("text,event", EMBEDDED_SUBJECT)
def test_an_embedded_subject_after_a_verb_of_asking_or_seeing_stays(coder, text, event):
    assert event in events(coder, text)


# "bertemu Y" without "dengan": the pattern with the slot right after the verb ranks before
# the same trigger with none (coder.py ``_verb_slots``), so the side does not hang on the
# parse. A noun's slot does not ("pertemuan Presiden X dan Y": a genitive, no party).
MET = [
    ('"Kerja sama ini penting," kata Menteri Luar Negeri Retno Marsudi, saat bertemu Menteri Luar Negeri '
     'Jepang.', ("IDNGOV", "040", "JPNGOV")),
    ("Kapolri, sebelum bertemu Gubernur Papua, mengatakan situasi sudah aman.", ("IDNCOP", "040", "IDNGOV")),
]


@pytest.mark.parametrize("text,event", MET)
def test_a_verb_met_without_a_preposition_takes_the_slot(coder, text, event):
    assert event in events(coder, text)

