"""A battery for precision on unlabelled text (issue #18, session 16, branch prec17): the
general causes of wrong events found in the session-16 sample of unlabelled news
(bench/lexicon_sample-s16.tsv, bench/precision-s16.md). Each block is one rule:

- what a speaker says the general public must or should do ("Menteri: wisatawan harus
  membawa surat sehat", "warga sebaiknya ...") is a rule stated for everyone, no demand or
  appeal addressed to an actor (CONVENTIONS §2.3): a side of role words of private persons
  only (CVL: masyarakat, warga, wisatawan, penumpang); a named actor, a body or an
  institution ("pemerintah harus ...") is still addressed, and so is the public by a verb
  of appeal ("mengimbau masyarakat agar ...").
- a prosecutor who "menuntut" someone "dengan dakwaan/pasal ..." charges him (173,
  CONVENTIONS §3: charging), as one who "menuntut" him "dengan hukuman ..." already did;
  "menuntut X agar ..." stays a demand.
- an actor right after a phrase of difference ("berbeda dengan", "lain dengan") is what
  the subject is compared with, no side of the act before it ("Sikap X mendorong
  amandemen itu berbeda dengan Presiden yang ..."); the act keeps its own target.
- "melepaskan" a thing (a judgement, an office, an authority, shares, a chance) gives it up
  or hands it over: no release (080) of anyone; a right or ownership given up to another
  state (ceding) and people set free stay coded.
- a verb of saying with a comma right after it opens what is said: a target marker
  ("kepada", "dengan") past the comma is of the clause said, so no statement (010)
  addressed to its actor ("Kusno menjelaskan, atasannya marah kepada Y"); the clause's
  own act is still coded, and so is a statement "menjelaskan kepada Y" with no comma.

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event. Every sentence here was written for
these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # R1 guards: an institution or a named actor told what it must do is addressed
    ('Ketua DPR mengatakan, pemerintah harus segera membatalkan kenaikan tarif listrik.',
     {('IDNLEG', '100', 'IDNGOV')}),
    ('Menteri Luar Negeri Retno Marsudi mengatakan Israel harus menghentikan serangan ke Gaza.',
     {('IDNGOV', '100', 'ISR')}),
    # R1 guard: the public asked by a verb of appeal
    ('Kapolda Metro Jaya mengimbau masyarakat agar tidak terpancing kabar bohong.',
     {('IDNCOP', '020', 'IDNCVL')}),
    # R2 a prosecutor charging with counts or articles: 173
    ('Jaksa penuntut umum menuntut Bupati Bogor dengan dakwaan korupsi.', {('IDNJUD', '173', 'IDNGOV')}),
    ('Jaksa KPK menuntut Gubernur Riau dengan pasal suap.', {('IDNJUD', '173', 'IDNGOV')}),
    ('Jaksa menuntut mantan Menteri Sosial dengan hukuman lima tahun penjara.', {('IDNJUD', '173', 'IDNELI')}),
    # R2 guard: "menuntut X agar ..." is a demand
    ('Serikat buruh menuntut Menteri Tenaga Kerja agar menaikkan upah minimum.', {('IDNLAB', '1042', 'IDNGOV')}),
    # R3 guard: the act's own target stays when a comparison follows it
    ('Sikap Partai Demokrat yang mengkritik pemerintah itu berbeda dengan Partai Golkar.',
     {('IDNOPP', '111', 'IDNGOV')}),
    ('Pemerintah Indonesia bekerja sama dengan Jepang.', {('IDNGOV', '061', 'JPN')}),
    # R4 guards: people set free, a right ceded to a state
    ('Polisi melepaskan dua aktivis Greenpeace.', {('IDNCOP', '0841', 'NGOENV')}),
    ('Pemerintah China melepaskan nelayan Indonesia.', {('CHNGOV', '0841', 'IDNAGR')}),
    ('Pemerintah Malaysia melepaskan hak atas pulau itu kepada Indonesia.', {('MYSGOV', '080', 'IDN')}),
    # R5 guards: a statement addressed with no comma; the act of the clause said
    ('Menteri Luar Negeri menjelaskan kepada Duta Besar Malaysia soal insiden itu.', {('IDNGOV', '010', 'MYSGOV')}),
    ('Wakil Ketua DPR menyampaikan, Presiden sudah bertemu dengan Perdana Menteri Malaysia.',
     {('IDNGOV', '040', 'MYSGOV')}),
]

NOT_CODED = [
    # R2 the charge is no demand
    ('Jaksa penuntut umum menuntut Bupati Bogor dengan dakwaan korupsi.', ('IDNJUD', '100', 'IDNGOV')),
    ('Jaksa KPK menuntut Gubernur Riau dengan pasal suap.', ('IDNJUD', '100', 'IDNGOV')),
    # R5 the marker is of the clause said: no statement to its actor
    ('Kepala Bappenas menjelaskan, Presiden hanya kecewa kepada Menteri Keuangan.', ('IDNGOV', '010', 'IDNGOV')),
    ('Kepala sekolah itu menjelaskan, kepala dinas hanya marah kepada para polisi.', ('IDNEDU', '010', 'IDNCOP')),
]

NOTHING = [
    # R1 the general public told what it must or should do: a rule stated, no act addressed
    'Menteri Kesehatan menegaskan para wisatawan harus membawa surat keterangan sehat.',
    'Gubernur Jawa Barat mengatakan masyarakat harus tetap tenang menghadapi banjir.',
    'Menurut Menteri Perhubungan, penumpang wajib memakai masker selama penerbangan.',
    'Wali Kota Bandung mengatakan warga sebaiknya tidak membuang sampah ke sungai.',
    'Perdana Menteri Jepang mengatakan warga Jepang harus bersiap menghadapi gempa susulan.',
    # R3 the actor after a phrase of difference is compared, not addressed
    'Sikap Partai Gerindra yang terus mendorong amandemen konstitusi itu berbeda dengan Presiden Joko Widodo.',
    'Sikap PKB mendorong amandemen terbatas itu berbeda dengan Ketua MPR yang menolaknya.',
    'Langkah Partai Golkar mendesak percepatan munas bertolak belakang dengan Gubernur Jawa Tengah.',
    'Sikap PAN yang mendukung pemekaran wilayah berbeda dengan Menteri Keuangan.',
    # R4 a thing given up or handed over: no release
    'Ketua DPR melepaskan penilaian atas anggota itu kepada Badan Kehormatan DPR.',
    'Pertamina melepaskan saham kepada PT Bank Mandiri.',
    'Bupati itu melepas jabatannya kepada Wakil Bupati.',
    'Menteri Pertahanan melepaskan kewenangan pengadaan senjata kepada Panglima TNI.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_event_is_not_coded(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_code_nothing(coder, text):
    assert events(coder, text) == set()
