"""A battery for false positives removed in session 22 (prec22): rules of the language,
not lines for cases.

- A word of fear right before the subject of a clause (grammar ``fear_words``:
  "khawatir", "kekhawatiran bahwa", "dikhawatirkan", "takut bahwa", "cemas") makes the
  clause's act feared, not done: it is not coded, as "takut" and "diduga" right before a
  trigger already are not (grammar ``hypothetical``). A worry that another will act is
  not that actor's threat either ("Jepang khawatir China akan menyerang Taiwan" is no 138).
- Idioms and titles whose act word tells no act (events.txt, "---"): "mengembalikan X ke
  jalurnya" (back on track: nothing returned, no 084); the title of a protest's organiser
  ("koordinator demonstrasi X") names a person, not a protest (14x); ISAF's Indonesian name
  ("pasukan bantuan keamanan internasional") is a force, no aid (07).

Near-misses: the same acts stated plainly; a fear word of another clause (before a comma,
after the act, in a relative clause, in a clause "setelah" opens) leaves the act coded.
CODED: every event listed is coded; NOT_CODED: the event named is not. Every sentence here
was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Tentara Myanmar menyerang pemberontak Karen.', [('MMRMIL', '190', 'MMRREB')]),
    ('Kelompok Abu Sayyaf menculik nelayan Indonesia.', [('IMGSEAMUSASF', '181', 'IDNAGR')]),
    ('Google melanggar hukum Amerika.', [('USABUS', '128', 'USA')]),
    # fear in another clause: the act is done
    ('Karena khawatir, polisi Malaysia menangkap aktivis Thailand itu.', [('MYSCOP', '173', 'THAOPP')]),
    ('Kekhawatiran warga terbukti: polisi Malaysia menangkap aktivis Thailand itu.',
     [('MYSCOP', '173', 'THAOPP')]),
    ('Polisi Malaysia menangkap aktivis Thailand yang khawatir dideportasi.', [('MYSCOP', '173', 'THAOPP')]),
    ('Tentara Myanmar, yang ditakuti warga, menyerang pemberontak Karen.', [('MMRMIL', '190', 'MMRREB')]),
    # the same words telling acts
    ('Pemerintah Malaysia mengembalikan kapal nelayan itu ke Indonesia.', [('MYSGOV', '0842', 'IDN')]),
    ('Ribuan petani sawit berdemonstrasi menentang pemerintah di Jakarta.', [('IDNOPP', '141', 'IDNGOV')]),
    ('Jepang memberikan bantuan kepada Afganistan.', [('JPN', '070', 'AFG')]),
]

NOT_CODED = [
    ('Warga khawatir tentara Myanmar menyerang pemberontak Karen.', ('MMRMIL', '190', 'MMRREB')),
    ('Pemerintah Filipina cemas bahwa kelompok Abu Sayyaf menculik nelayan Indonesia.',
     ('IMGSEAMUSASF', '181', 'IDNAGR')),
    ('Dikhawatirkan kelompok Abu Sayyaf menculik nelayan Indonesia.', ('IMGSEAMUSASF', '181', 'IDNAGR')),
    ('Ada kekhawatiran bahwa Google melanggar hukum Amerika.', ('USABUS', '128', 'USA')),
    ('Menurut pengamat, Amerika Serikat takut Korea Utara menyerang Korea Selatan.', ('PRK', '190', 'KOR')),
    ('Jepang khawatir China akan menyerang Taiwan.', ('CHN', '138', 'TWN')),
]

IDIOMS = [
    ('Presiden Prancis mengembalikan perundingan Uni Eropa dengan Inggris ke jalurnya.',
     ('FRAGOV', '084', 'IGOEUREEC')),
    ('Koordinator demonstrasi petani sawit, Andi Wijaya, menyebut harga pupuk terlalu mahal.', ('IDNOPP', '141', '')),
    ('Juru bicara pasukan bantuan keamanan internasional NATO menyebut jalan itu aman.',
     ('IDNMIL', '070', 'IGOWSTNAT')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_act_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_a_feared_act_is_not_coded(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text, wrong", IDIOMS)
def test_an_idiom_or_a_title_is_no_act(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text", [t for t, _ in NOT_CODED] + [t for t, _ in IDIOMS[1:]])
def test_a_feared_act_codes_nothing(coder, text):
    """The feared act is dropped, and nothing else is read into its clause."""
    assert events(coder, text) == set()
