"""One meaning, one code (session 21, hygiene21; scripts/lexicon_conflicts.py lists the
lexicon's patterns that match the same words with codes of different roots).

Each class of conflict decided has its tests: the words coded with the code their plain
meaning takes, and a derived word of another sense left alone.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

# "temuan" (a finding) and "temukan" are of menemukan (to find): the family of "bertemu"
# took them as a meeting (grammar other_sense_nouns)
FINDINGS = [
    "Ketua BPK menyerahkan temuannya kepada Ketua DPR.",
    "Temuan Ombudsman tentang Dinas Perhubungan disampaikan kepada Gubernur Bali.",
]


@pytest.mark.parametrize("text", FINDINGS)
def test_a_finding_is_no_meeting(coder, text):
    assert not any(code.startswith("04") for _, code, _ in events(coder, text))


def test_a_meeting_is_still_a_meeting(coder):
    assert ("FRAGOV", "040", "DEUGOV") in events(coder, "Presiden Prancis bertemu Kanselir Jerman di Paris.")
    assert ("FRAGOV", "040", "DEUGOV") in events(coder, "Pertemuan Presiden Prancis dengan Kanselir Jerman "
                                                         "berlangsung di Paris.")


# "mendesak" urges (CONVENTIONS 2.1: ask, request, urge = 02x): its lines in the demand
# section (10x) are recoded to the appeal each names, or dropped where the appeal section
# has the same line; "menuntut" stays the demand, and so does an investigation or
# information asked for (101: the appeal root has no code of its own for it)
URGED = [
    ("Aktivis HAM mendesak Presiden Joko Widodo mengakui kemerdekaan Palestina.", "0244", "IDNGOV"),
    ("Menteri Luar Negeri Palestina mendesak ASEAN memberikan dukungan politik.", "022", "IGOSEAASN"),
    ("Gubernur Papua mendesak Menteri Sosial mengirim bantuan pangan.", "0233", "IDNGOV"),
]


@pytest.mark.parametrize("text,code,target", URGED)
def test_urging_is_an_appeal(coder, text, code, target):
    got = events(coder, text)
    assert any(c == code and t == target for _, c, t in got)
    assert not any(c.startswith("10") for _, c, _ in got)


def test_demanding_stays_a_demand(coder):
    got = events(coder, "Partai Demokrat menuntut Menteri Keuangan memberikan penjelasan.")
    assert any(c.startswith("10") and t == "IDNGOV" for _, c, t in got)
    # urging is asking (CONVENTIONS §2.1: ask, request, urge -> 02x), demanding is 10x
    got = events(coder, "Partai Demokrat mendesak Menteri Keuangan memberikan penjelasan.")
    assert ("IDNOPP", "020", "IDNGOV") in got and not any(c.startswith("10") for _, c, _ in got)


def test_asking_troops_out_is_an_appeal(coder):
    # CONVENTIONS 3: "ask foreign troops to leave" is 025 (the demand section had "meminta" as 106)
    assert ("IRQLEG", "025", "USA") in events(coder, "Parlemen Irak meminta Amerika Serikat hengkang dari Baghdad.")


# "memboikot" is a protest (143) by students, workers, parties; a state's boycott is one it
# imposes (163, data/transforms.txt by-role): both lines stood at the same words, 143 won
BOYCOTTS = [
    ("Pemerintah Malaysia memboikot produk Israel.", ("MYSGOV", "163", "ISR")),
    ("Mahasiswa Universitas Indonesia memboikot produk Prancis.", ("IDNOPP", "143", "FRA")),
]

# the same words under two roots, one of which never coded: the code of the plain meaning
PLAIN = [
    # "desakan" is urging, as "mendesak" (020), with words between the verb and the noun too
    ("Serikat buruh menyampaikan sejumlah desakan kepada Gubernur Jawa Timur.", ("IDNLAB", "020", "IDNGOV")),
    # arms sold are military cooperation (062, PETRARCH SELL), not military aid (072)
    ("Rusia menjual peralatan militer kepada Myanmar.", ("RUS", "062", "MMR")),
    # denying a claim is 016, not a rejection (120)
    ("Menteri Luar Negeri China menampik klaim Filipina atas Laut China Selatan.", ("CHNGOV", "016", "PHL")),
]


@pytest.mark.parametrize("text,event", BOYCOTTS + PLAIN)
def test_the_plain_meaning_is_coded(coder, text, event):
    got = events(coder, text)
    assert event in got
    assert not any(code[:2] != event[1][:2] for _, code, _ in got)


# "160 kemitraan|kontrak ...3 dengan +", "160 kerja sama ...3 dengan +": fragments of the
# cutting verb's line, the verb lost; a partnership is no reduction of relations
def test_a_partnership_is_no_cut(coder):
    got = events(coder, "Kemitraan Indonesia dengan Australia terus berkembang.")
    assert not any(code.startswith("16") for _, code, _ in got)
    got = events(coder, "Pemerintah Indonesia memutus kerja sama dengan Australia.")
    assert ("IDNGOV", "160", "AUS") in got


# "063 =atas permintaan +" (judicial cooperation) stood at the words of "+ =atas ...
# permintaan $" (020: acting on a request) and came first; 063 only with the arrest it asks
def test_acting_on_a_request_is_no_judicial_cooperation(coder):
    got = events(coder, "Menteri Keuangan datang ke Istana atas permintaan Presiden Joko Widodo.")
    assert ("IDNGOV", "020", "IDNGOV") in got
    assert not any(code.startswith("06") for _, code, _ in got)
    got = events(coder, "Polisi Malaysia menangkap buronan itu atas permintaan Kepolisian Indonesia.")
    assert ("MYSCOP", "063", "IDNCOP") in got


# "100 ultimatum" (the noun) took the verb "mengultimatum" through its family, before the
# verb's own "139 mengultimatum" (CAMEO 139 give ultimatum); "191 mengembargo +" never
# coded beside "163 embargo" (an embargo is 163, no blockade)
@pytest.mark.parametrize("text,event", [
    ("Amerika Serikat mengultimatum Irak.", ("USA", "139", "IRQ")),
    ("Irak diultimatum Amerika Serikat.", ("USA", "139", "IRQ")),
    ("Amerika Serikat mengembargo Kuba.", ("USA", "163", "CUB")),
])
def test_the_verb_takes_its_own_line(coder, text, event):
    got = events(coder, text)
    assert event in got
    assert not any(code[:2] != event[1][:2] for _, code, _ in got)
