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


# -- agreeing to a ceasefire: PETRARCH AGREE|APPROVE CEASEFIRE, 0356 ------------------

def test_two_parties_agreeing_to_a_ceasefire_is_0356_both_ways(coder):
    got = triples(coder, "Pemerintah Yaman dan kelompok Houthi menyetujui gencatan senjata selama dua pekan di Hodeidah.")
    assert sorted(got) == [("YEMGOV", "0356", "YEMREB"), ("YEMREB", "0356", "YEMGOV")]


def test_agreeing_to_a_ceasefire_with_a_party_is_one_way(coder):
    got = triples(coder, "Israel menyetujui gencatan senjata dengan Hamas di Jalur Gaza.")
    assert got == [("ISR", "0356", "PSEOPP")]


def test_declaring_a_ceasefire_stays_0871(coder):
    got = triples(coder, "Pemerintah Yaman dan kelompok Houthi mendeklarasikan gencatan senjata di Hodeidah.")
    assert {c for _, c, _ in got} == {"0871"}


# -- doubting an actor's ability criticises it (111); a willingness doubted stays 012 ---

def test_doubting_an_ability_is_111(coder):
    got = triples(coder, "Sejumlah anggota DPR meragukan kemampuan Menteri Keuangan Sri Mulyani menekan defisit.")
    assert got == [("IDNLEG", "111", "IDNGOV")]


def test_an_ability_doubted_by_an_agent_is_111(coder):
    assert triples(coder, "Kemampuan Kapolri diragukan oleh Indonesia Corruption Watch.") == [("IDNNGO", "111", "IDNCOP")]


def test_doubting_a_commitment_stays_012(coder):
    assert triples(coder, "Partai Demokrat meragukan komitmen pemerintah memberantas korupsi.") == [("IDNOPP", "012", "IDNGOV")]


# -- a dispersal names the protest it ends: both are coded, the protest its doers' ------

def test_dispersing_a_protest_codes_the_dispersal_and_the_protest(coder):
    got = triples(coder, "Polisi membubarkan unjuk rasa buruh di depan Kantor Gubernur Jawa Timur.")
    assert ("IDNCOP", "175", "IDNLAB") in got
    assert ("IDNOPP", "141", "IDNGOV") in got


def test_the_dispersing_police_are_never_the_protesters(coder):
    got = triples(coder, "Polisi membubarkan demonstrasi mahasiswa di depan gedung DPR.")
    assert ("IDNCOP", "175", "IDNEDU") in got
    assert all(not (c.startswith("14") and s == "IDNCOP") for s, c, _ in got)


def test_a_protest_dispersed_with_no_protesters_named_is_no_protest_of_the_police(coder):
    got = triples(coder, "Polisi membubarkan unjuk rasa di depan Istana Negara.")
    assert all(not c.startswith("14") for _, c, _ in got)


def test_a_visit_called_off_is_still_not_coded_beside_the_cancellation(coder):
    got = triples(coder, "Pemerintah Korea Selatan membatalkan kunjungan Menteri Pertahanan Jepang ke Seoul.")
    assert all(c != "042" for _, c, _ in got)


# -- a mutual act joined to an earlier act of the same subject: done with its partner ----

def test_meeting_then_signing_is_signed_with_the_one_met(coder):
    got = triples(coder, "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Australia Marise Payne "
                         "dan menandatangani nota kesepahaman di Jakarta.")
    assert ("IDNGOV", "040", "AUSGOV") in got
    assert ("IDNGOV", "057", "AUSGOV") in got


def test_hosting_then_signing_is_signed_with_the_guest(coder):
    got = triples(coder, "Presiden Joko Widodo menerima Perdana Menteri Singapura Lee Hsien Loong di Istana Bogor "
                         "dan menandatangani perjanjian ekstradisi.")
    assert ("IDNGOV", "057", "SGPGOV") in got


def test_a_list_of_partners_is_no_join_of_verbs(coder):
    # "serta" inside the list of those coordinated with, then a purpose: no second partner act
    got = triples(coder, "Kementerian Perdagangan telah berkoordinasi dengan Kementerian Keuangan serta "
                         "Bank Indonesia untuk bekerja sama menstabilkan harga.")
    assert all(c != "060" for _, c, _ in got)


def test_a_signing_after_a_clause_break_takes_no_partner(coder):
    got = triples(coder, "Presiden Joko Widodo bertemu Perdana Menteri Jepang Shinzo Abe; "
                         "Menteri Perdagangan kemudian menandatangani nota kesepahaman.")
    assert all(c != "057" for _, c, _ in got)


# -- put to death: an execution, 1823 (CONVENTIONS 8.4); a sentence passed stays 173 ------

def test_putting_to_death_is_an_execution(coder):
    got = triples(coder, "Pemerintah Arab Saudi menghukum mati dua pekerja migran asal Indonesia pekan lalu.")
    assert got == [("SAUGOV", "1823", "IDNCVL")]


def test_a_death_sentence_passed_stays_173(coder):
    got = triples(coder, "Pengadilan Tinggi Jakarta menjatuhkan hukuman mati kepada gembong narkoba asal Nigeria.")
    assert [c for _, c, _ in got] == ["173"]


# -- words before a relative marker are the head noun's, not the relative clause's -------

def test_a_negator_of_the_head_noun_does_not_negate_the_relative_clause(coder):
    got = triples(coder, "Perundingan tidak langsung yang ditengahi Norwegia antara pemerintah Kolombia dan FARC gagal.")
    assert ("NOR", "045", "COLGOV") in got


def test_nobody_arrested_is_still_no_arrest(coder):
    got = triples(coder, "Tidak ada yang ditangkap polisi Malaysia dalam unjuk rasa di depan Kedutaan Besar Indonesia.")
    assert all(c != "173" for _, c, _ in got)


def test_no_partner_from_an_arrest(coder):
    got = triples(coder, "Densus 88 menangkap dua anggota Jamaah Ansharut Daulah di Bekasi dan "
                         "bekerja sama untuk mengembangkan kasus itu.")
    assert all(not c.startswith("06") for _, c, _ in got)
