"""Session 23 (cover23). A future or intent word before the first of two joined verbs is
the second's too: "akan menangkap X dan memeriksa Y" plans both acts, as a negator before
the first denies both; a subject between the two ends its reach. A speaker's good verdict
with a word of degree or manner ("kinerja X sangat baik", "X bekerja dengan baik") praises.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events


def test_an_intent_reaches_the_second_verb_past_the_first_ones_object(coder):
    found = events(coder, "Amerika Serikat berencana mengecam Korea Utara dan menjatuhkan sanksi kepada Iran.")
    assert ("USA", "1312", "IRN") in found  # the sanctions are planned: threatened, not imposed
    assert ("USA", "163", "IRN") not in found


def test_a_planned_second_act_is_not_coded_as_done(coder):
    found = events(coder, "Polisi akan menangkap Budi Santoso dan memeriksa Andi Wijaya.")
    assert not any(code == "091" for _, code, _ in found)


def test_without_a_modal_word_both_acts_happened(coder):
    found = events(coder, "Polisi menangkap Budi Santoso dan memeriksa Andi Wijaya.")
    assert {code for _, code, _ in found} >= {"173", "091"}


def test_a_new_subject_ends_the_intent(coder):
    found = events(coder, "Presiden Joko Widodo akan datang dan Polisi menangkap Budi Santoso.")
    assert ("IDNCOP", "173", "IDN") in found


# -- praise: "good" with a word of degree or manner, and the verdict on an act told as its
#    object or manner (classes.txt [good_verdict], events.praised.txt, cover23) --------------

PRAISED = [
    ("Ketua DPR menilai kinerja KPK sangat baik.", ("IDNLEG", "051", "IDNJUD")),
    ("Bank Dunia menilai pemerintah Indonesia telah mengambil langkah yang sangat tepat.",
     ("IGOBUSWBK", "051", "IDNGOV")),
    ("Menurut Ketua DPR, KPK telah menjalankan tugasnya dengan baik.", ("IDNLEG", "051", "IDNJUD")),
]


@pytest.mark.parametrize("text,event", PRAISED)
def test_a_good_verdict_on_an_actors_conduct_is_praise(coder, text, event):
    assert event in events(coder, text)


@pytest.mark.parametrize("text", [
    '"Pemilu berjalan dengan baik," kata Ketua KPU.',  # no actor's conduct judged
    "Ketua DPR menilai KPK tidak bekerja dengan baik.",  # denied: no praise
    "Menurut Menteri Keuangan, kondisi keuangan negara sangat baik.",  # a state, no act
])
def test_good_words_of_no_conduct_or_denied_are_no_praise(coder, text):
    assert not any(code == "051" for _, code, _ in events(coder, text))


# -- a statement made during a parliamentary hearing is addressed to the committee (010,
#    CONVENTIONS §8), coded beside the hearing itself (040): events.txt "cover23", @beside ---

def test_a_statement_during_a_hearing_is_addressed_to_the_committee(coder):
    found = events(coder, "Menteri Pertanian mengatakan stok beras aman saat raker dengan Komisi IV DPR.")
    assert ("IDNGOV", "010", "IDNLEG") in found


def test_the_hearing_itself_is_still_a_meeting(coder):
    found = events(coder, '"Inflasi tahun ini rendah," kata Menteri Keuangan dalam rapat kerja dengan Komisi XI DPR.')
    assert {("IDNGOV", "010", "IDNLEG"), ("IDNGOV", "040", "IDNLEG")} <= found


def test_a_statement_told_after_a_fronted_hearing(coder):
    found = events(coder, "Dalam rapat dengar pendapat dengan Komisi III DPR, Kapolri menjelaskan jumlah teroris menurun.")
    assert ("IDNCOP", "010", "IDNLEG") in found


def test_words_said_after_the_hearing_are_said_to_the_press(coder):
    found = events(coder, '"Harga beras akan turun," kata Menteri Perdagangan seusai rapat kerja dengan Komisi VI DPR.')
    assert not any(code == "010" for _, code, _ in found)
