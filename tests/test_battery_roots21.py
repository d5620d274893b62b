"""Roots 01, 05, 11, 17 in forms the lexicon lacked (session 21, roots21; events.codebook.txt,
section "Session 21"): displeasure and pride with "pada", disgust, distrust and distance,
belittling, complaining of a wrong suffered ("merasa dikhianati oleh X"), a letter sent "ke" an
actor, testimony before a body, admiration, charges read out and an arrest warrant. The same
words with no actor, or an object that is none, code nothing.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ("Gubernur Jawa Barat kecewa pada keputusan Menteri Dalam Negeri.", ("IDNGOV", "110", "IDNGOV")),
    ("Ketua DPR muak dengan Menteri Perdagangan.", ("IDNLEG", "110", "IDNGOV")),
    ("Bupati Bogor merasa dirugikan oleh kebijakan Menteri Kelautan.", ("IDNGOV", "111", "IDNGOV")),
    ("Petani merasa dikhianati oleh Partai Demokrat.", ("IDNAGR", "111", "IDNOPP")),
    ("Partai Demokrat mengirim surat ke Presiden Joko Widodo.", ("IDNOPP", "010", "IDNGOV")),
    ("Dalam kesaksiannya di depan Komisi III DPR, Kapolri menjelaskan kasus itu.", ("IDNCOP", "010", "IDNLEG")),
    ("Presiden bangga pada TNI.", ("IDNGOV", "051", "IDNMIL")),
    ("Perdana Menteri Jepang kagum dengan Presiden Joko Widodo.", ("JPNGOV", "051", "IDNGOV")),
    ("Fraksi PDIP mengajukan mosi tidak percaya terhadap Gubernur DKI Jakarta.", ("IDNLEG", "110", "IDNGOV")),
    ("Partai Demokrat menjaga jarak dengan pemerintahan Presiden Joko Widodo.", ("IDNOPP", "110", "IDNGOV")),
    ("Menteri Pertahanan meremehkan Korea Utara.", ("IDNGOV", "111", "PRK")),
    ("Ketua DPR menyepelekan peran Komisi Pemberantasan Korupsi.", ("IDNLEG", "111", "IDNJUD")),
    ("Mahkamah Pidana Internasional mengeluarkan surat perintah penangkapan terhadap Presiden Rusia "
     "Vladimir Putin.", ("IGOJUDICC", "173", "RUSGOV")),  # Phoenix ICC_: IGOJUDICC
]

NOTHING = [
    "Ia kecewa pada hasil ujian.",
    "Saya kagum dengan pemandangan di Bali.",
    "Saya tidak percaya dengan hasil itu.",
    "Tim kami tidak meremehkan lawan.",
    "Warga menjaga jarak dari kerumunan di pasar.",
]


@pytest.mark.parametrize("text,event", CODED)
def test_the_form_is_coded(coder, text, event):
    assert event in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_no_actor_no_event(coder, text):
    assert not events(coder, text)


def test_charges_read_out_are_173_not_a_demand(coder):
    got = events(coder, "Jaksa membacakan dakwaan terhadap Bupati Bogor di pengadilan.")
    assert any(code == "173" and tgt == "IDNGOV" for _, code, tgt in got)
    assert not any(code.startswith("10") for _, code, _ in got)


# "menuntut" is a demand (CONVENTIONS: menuntut = demand, 10x): "menuntut pembebasan", "menuntut
# hak" stood in the appeal section too (0253, 0243), and that copy of the same pattern won
DEMANDS = [
    ("Pemerintah Indonesia menuntut pembebasan Budi kepada Pemerintah Malaysia.", ("IDNGOV", "1053", "MYSGOV")),
    ("Partai Buruh menuntut hak kepada Menteri Ketenagakerjaan.", ("IDNOPP", "1043", "IDNGOV")),
]


@pytest.mark.parametrize("text,event", DEMANDS)
def test_menuntut_is_a_demand_not_an_appeal(coder, text, event):
    got = events(coder, text)
    assert event in got
    assert not any(code.startswith("02") for _, code, _ in got)


# A meeting or visit written as a capitalised title in formal news ("dalam Rapat Kerja dengan
# Komisi I DPR"): its head noun is no part of a name and triggers; the title's other words
# stay inside it ("Rapat Terbatas" is no restriction), and a name stays a name
TITLED = [
    ("Hal itu disampaikan Menteri Pertahanan dalam Rapat Kerja dengan Komisi I DPR di Senayan.",
     ("IDNGOV", "040", "IDNLEG")),
    ("Anggaran kejaksaan dibahas dalam Rapat Kerja Komisi III DPR dengan Jaksa Agung.", ("IDNLEG", "040", "IDNJUD")),
]


@pytest.mark.parametrize("text,event", TITLED)
def test_a_titled_meeting_is_a_meeting(coder, text, event):
    assert event in events(coder, text)


def test_the_titles_other_words_stay_in_it(coder):
    got = events(coder, "Menteri Perdagangan hadir dalam Rapat Terbatas dengan Presiden Joko Widodo di Istana.")
    assert not any(code.startswith("17") for _, code, _ in got)
