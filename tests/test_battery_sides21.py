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


# A meeting as a noun after a clause word ("saat", "setelah", "sebelum": grammar
# ``clause_setting_markers``) is the clause subject's, as after "dalam" or "usai"; after a
# speech tag ("..., kata X, usai pertemuan dengan Y") the speaker's (nominal.py
# ``_tagged_speaker``). A journey after such a word is not read so ("X menjadi tujuan
# pengungsi sebelum terbang ke Y": the refugees fly).
SETTING = [
    ('"Kami sepakat," kata Menteri Luar Negeri Retno Marsudi, usai pertemuan dengan Menteri Luar Negeri '
     'Jepang di Tokyo.', ("IDNGOV", "040", "JPNGOV")),
    ('"Kami sepakat," ujar Presiden Joko Widodo di sela pertemuan dengan Perdana Menteri Australia.',
     ("IDNGOV", "040", "AUSGOV")),
    ("Menteri Perdagangan menyampaikan hal itu saat rapat dengan Komisi VI DPR di Jakarta.",
     ("IDNGOV", "040", "IDNLEG")),
    ('"Hubungan kedua negara baik," kata Menteri Pertahanan setelah pertemuan dengan Menteri Pertahanan '
     'Singapura.', ("IDNGOV", "040", "SGPGOV")),
]


@pytest.mark.parametrize("text,event", SETTING)
def test_a_meeting_after_a_clause_word_or_a_speech_tag_is_the_subjects(coder, text, event):
    assert event in events(coder, text)


def test_a_journey_after_a_clause_word_is_not_the_subjects(coder):
    text = "Thailand menjadi tujuan para pengungsi Korea Utara sebelum terbang ke Korea Selatan."
    assert not any(e[0] == "THA" for e in events(coder, text))


# A mutual act of two or more coordinated actors has them as its parties: the actor after
# "di" is where they met (sides.py ``_venue_of_parties``), not a third party.
VENUE = [
    ("Presiden Joko Widodo dan Perdana Menteri Malaysia Mahathir Mohamad bertemu di Istana Bogor.",
     {("IDNGOV", "040", "MYSGOV"), ("MYSGOV", "040", "IDNGOV")}),
    ("Menteri Luar Negeri Jepang dan Menteri Luar Negeri Korea Selatan bertemu di Istana Merdeka.",
     {("JPNGOV", "040", "KORGOV"), ("KORGOV", "040", "JPNGOV")}),
]


@pytest.mark.parametrize("text,expected", VENUE)
def test_the_place_of_a_mutual_act_of_several_is_no_party(coder, text, expected):
    assert {e for e in events(coder, text) if e[1] == "040"} == expected


def test_one_actor_meeting_at_the_palace_still_meets_its_host(coder):
    assert ("IDNREL", "040", "IDNGOV") in events(coder, "Ketua Umum PBNU bertemu di Istana Merdeka, Senin.")


# A nominal with a possessive clitic after the noun it belongs to ("membeberkan isi
# pertemuannya dengan Y") is the subject's of the verb before that noun, as right after
# the verb (nominal.py ``_clitic_owner``).
def test_a_clitic_owner_past_the_noun_the_nominal_belongs_to(coder):
    text = "Menteri Luar Negeri Jepang membeberkan isi pertemuannya dengan Menteri Luar Negeri Korea Selatan."
    assert ("JPNGOV", "040", "KORGOV") in events(coder, text)


# A framework or scheme between a light verb and its nominal (grammar ``light_verb_fillers``):
# "menjalankan *kerangka* kemitraan dengan Y" is the subject's cooperation with Y.
FRAMEWORK = [
    ("Bank Indonesia membuat skema kerja sama dengan Bank Sentral Jepang.", ("IDNGOV", "061", "JPNGOV")),
    ("Pemerintah Jepang menjalankan kerangka kemitraan dengan pemerintah Filipina.", ("JPNGOV", "061", "PHLGOV")),
]


@pytest.mark.parametrize("text,event", FRAMEWORK)
def test_a_framework_between_a_light_verb_and_its_nominal(coder, text, event):
    assert event in events(coder, text)


# An actor after a preposition and a place noun ("ke Jalur Gaza", "di wilayah X": grammar
# ``origin_place_nouns``) is where, not the subject of the verb right after it (reading.py
# ``_subject_candidate``).
def test_a_place_after_a_preposition_and_a_place_noun_is_no_subject(coder):
    got = events(coder, "Serangan udara Israel di Jalur Gaza menewaskan lima warga Palestina.")
    assert not any(e[0] == "PSE" for e in got)
    assert ("ISR", "190", "PSECVL") in got
