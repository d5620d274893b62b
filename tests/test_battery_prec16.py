"""A battery for frames that make an act no event (issue #18, session 15, precision):

- a comparison made a predicate ("X bisa seperti Y yang memaafkan Z", "harus menjadi
  seperti Y yang ..."): the acts in the relative clause of the example are what the example
  is known for, no news; an exemplifier after a noun ("negara seperti X yang menolak ...")
  still lets the actors listed act;
- a word of what ought to be right before the subject ("seharusnya polisi menangkap ...",
  "lebih baik DPR menolak ...", "sudah selayaknya kementerian - sebagai ... - bekerja sama
  dengan ..."): the act is judged right, not done; the same words as a comparison before
  another clause ("lebih baik setelah X mengunjungi ...") or before a comma do not frame it;
- deferring ("semuanya kami kembalikan kepada X", "mengembalikan semuanya kepada X"): a
  verb of returning with everything or a decision as its object returns nothing; with a
  real object ("mengembalikan dua nelayan", "menyerahkan semua senjata") it does;
- travel by students or by firms and their planes ("mahasiswa bertolak ke Jepang", "pesawat
  ... tiba di Singapura") is no visit (transform not-by, roles CVL, EDU, BUS); an official's is;
- the act in the purpose complement of a noun of possibility or leave ("memberi kesempatan
  kepada X untuk ...", "kehilangan posisi untuk mendukung ...", "lampu hijau untuk menembak
  ...") is not done; a possibility taken ("memanfaatkan kesempatan itu untuk bertemu ...") and
  a purpose of a verb ("datang ke Tokyo untuk bertemu ...") are;
- a sentence with "juara" is about sport: a team named by its country ("Tim Indonesia
  bertemu tim Jepang") is no state (grammar sport_words).

CODED: every event listed is coded; NOT_CODED: the event named is not. Every sentence here
was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # exemplifier after a noun: the listed actor acts
    ('Sejumlah negara seperti Malaysia yang menolak kebijakan Australia akan bertemu di Jakarta.',
     [('MYS', '125', 'AUS')]),
    # "lebih baik" as a comparison before another clause
    ('Hubungan kedua negara lebih baik setelah Presiden Joko Widodo mengunjungi Malaysia.',
     [('IDNGOV', '042', 'MYS')]),
    # an aside between dashes with no word of what ought to be
    ('Menteri Luar Negeri Retno Marsudi - yang juga mantan duta besar - bertemu dengan Menteri Luar Negeri Jepang.',
     [('IDNELI', '040', 'JPNGOV')]),
    # the evaluation ends at its comma
    ('Yang paling baik, Presiden Joko Widodo mengunjungi Papua kemarin.',
     [('IDNGOV', '042', 'IDN')]),
    # real objects of returning and handing over
    ('Polisi Malaysia mengembalikan dua nelayan kepada pemerintah Indonesia.',
     [('MYSCOP', '084', 'IDNGOV')]),
    ('Militer Thailand mengembalikan semua tahanan kepada pemerintah Kamboja.',
     [('THAMIL', '084', 'KHMGOV')]),
    ('Pemberontak menyerahkan semua senjata kepada tentara Filipina.',
     [('PHLREB', '0873', 'PHLMIL')]),
    # an official's travel is a visit; states meet
    ('Presiden Joko Widodo bertolak ke Jepang untuk menghadiri KTT G20.', [('IDNGOV', '042', 'JPN')]),
    ('Menteri Perdagangan Indonesia tiba di Singapura pada Senin pagi.', [('IDNGOV', '042', 'SGP')]),
    ('Indonesia bertemu dengan China untuk membahas sengketa perbatasan.', [('IDN', '040', 'CHN')]),
    # a possibility taken; a verb's purpose
    ('Presiden Joko Widodo memanfaatkan kesempatan itu untuk bertemu dengan Perdana Menteri Malaysia.',
     [('IDNGOV', '040', 'MYSGOV')]),
    ('Menteri Luar Negeri menggunakan kesempatan untuk mengkritik pemerintah Australia.',
     [('IDNGOV', '111', 'AUSGOV')]),
    ('Presiden Joko Widodo datang ke Tokyo untuk bertemu dengan Perdana Menteri Jepang.',
     [('IDNGOV', '040', 'JPNGOV')]),
]

NOT_CODED = [
    # R1 the example's acts
    ('Warga berharap Presiden Prabowo bisa seperti Gandhi yang memaafkan para penjajah Inggris.',
     ('INDLEG', '056', 'GBR')),
    ('Kami ingin pemerintah bersikap seperti Presiden Filipina yang menolak kapal perang China.',
     ('PHLGOV', '120', 'CHNMIL')),
    ('Menteri itu harus menjadi seperti Presiden Korea Selatan yang mengunjungi Korea Utara.',
     ('KORGOV', '042', 'PRK')),
    # R2 what ought to be, before the subject
    ('Seharusnya polisi menangkap para pelaku itu.', ('IDNCOP', '173', 'IDN')),
    ('Menurut dia, lebih baik DPR menolak usulan pemerintah.', ('IDNLEG', '120', 'IDNGOV')),
    ('Sudah selayaknya Kementerian Luar Negeri - sebagai wakil pemerintah - bekerja sama dengan KPK.',
     ('IDNGOV', '061', 'IDNJUD')),
    ('Sebaiknya Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia.', ('IDNGOV', '040', 'MYSGOV')),
    # R3 deferring
    ('Semuanya kami kembalikan kepada Ketua Umum Partai Golkar, kata Bambang.', ('IDN', '084', 'IDNGOV')),
    ('Pemerintah mengembalikan semuanya kepada DPR.', ('IDNGOV', '084', 'IDNLEG')),
    # R4 travel by students and firms
    ('Mahasiswa Universitas Indonesia itu bertolak ke Jepang untuk melanjutkan studinya.', ('IDNEDU', '042', 'JPN')),
    ('Pesawat maskapai Lion Air tiba di Singapura pukul 10 pagi.', ('IDNBUS', '042', 'SGP')),
    ('Direktur PT Pertamina tiba di Singapura pukul 10 pagi.', ('IDNBUS', '042', 'SGP')),
    # R6 the purpose of a noun of possibility or leave
    ('Pemerintah memberi kesempatan kepada Malaysia untuk mengembalikan para nelayan Indonesia.',
     ('IDNGOV', '084', 'IDNAGR')),
    ('Parlemen Jepang memberi lampu hijau untuk menembak jatuh rudal Korea Utara.', ('JPNLEG', '194', 'PRK')),
    ('Partai Golkar kehilangan posisi untuk mendukung kebijakan pemerintah.', ('IDNGOV', '051', 'IDNGOV')),
    ('Undang-undang itu memberi hak kepada buruh untuk melakukan mogok kerja.', ('IDNOPP', '143', '')),
    # R5 sport
    ('Tim Indonesia bertemu tim Jepang di final setelah menjadi juara grup.', ('IDN', '040', 'JPN')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_acts_outside_the_frames_are_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_framed_acts_are_not_coded(coder, text, wrong):
    assert wrong not in events(coder, text)
