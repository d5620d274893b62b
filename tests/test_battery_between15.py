"""A battery for the parties of a mutual act named with "antara" (issue #18, session 14):
the parties come from the coordination after the between marker, not from the words the
pattern's target slot spans:

- a list of examples between commas after a party ("antara aparat keamanan, termasuk
  polisi, dengan ...", also "seperti", "antara lain"; after "antara" the list may close
  at "dengan") belongs to that party: the coordination passes over it, and no event
  links a party with its own examples;
- when a between coordinator ("dengan") joins the two sides, a plain coordination on one
  side ("antara polisi dan TNI dengan DPR") joins members of one side: no event between
  them; with no such coordinator every actor listed is a party of its own.

And the appeal in a wish (CONVENTIONS §8: propose, PETRARCH HOPE/WANT + agent: 020): "X
ingin/mau/menginginkan/menghendaki Y + act" is X's appeal to Y ("berharap Y" only with a
modal, as before); the act wished for is not coded. Not when X wants to act itself, when no actor follows the verb of
wishing, or when the wish is negated.

And a reply named with a word of reply ("X membalas dengan serangan udara", "serangan
balasan X") with no target of its own is aimed at the doer of the act it answers: the
nearest act of another country before it in the sentence, else the subject of the
sentence before when that sentence coded an act of conflict by it (not a visit).

CODED: every event listed is coded; NOT_CODED: the event named is not. Every sentence here
was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Rapat konsultasi antara aparat keamanan, termasuk polisi, dengan kelompok separatis digelar di Jayapura.',
     [('IDNCOP', '040', 'IDNREB'), ('IDNREB', '040', 'IDNCOP')]),
    ('Pertemuan antara pemerintah Indonesia, termasuk Kementerian Luar Negeri, dengan pemerintah Jepang '
     'berlangsung di Tokyo.', [('IDNGOV', '040', 'JPNGOV'), ('JPNGOV', '040', 'IDNGOV')]),
    ('Perundingan antara negara-negara Barat, seperti Prancis dan Jerman, dengan Rusia berlangsung alot.',
     [('WST', '046', 'RUS'), ('RUS', '046', 'WST')]),
    ('Pertemuan antara partai oposisi, antara lain PKS, dengan Presiden Joko Widodo berlangsung di Istana.',
     [('IDNOPP', '040', 'IDNGOV'), ('IDNGOV', '040', 'IDNOPP')]),
    ('Rapat antara aparat penegak hukum, termasuk KPK, dengan pimpinan DPR berlangsung tertutup.',
     [('IDNCOP', '040', 'IDNLEG'), ('IDNLEG', '040', 'IDNCOP')]),
    ('Pertemuan antara polisi dan TNI dengan pimpinan DPR berlangsung tertutup.',
     [('IDNCOP', '040', 'IDNLEG'), ('IDNMIL', '040', 'IDNLEG')]),
    # after "antara" the list of examples may close at the between coordinator
    ('Perundingan antara negara-negara Barat, termasuk Prancis dengan Rusia berlangsung alot.',
     [('WST', '046', 'RUS'), ('RUS', '046', 'WST')]),
    ('Pertemuan antara partai oposisi, seperti PKS dan PAN dengan Presiden Joko Widodo berlangsung di Istana.',
     [('IDNOPP', '040', 'IDNGOV'), ('IDNGOV', '040', 'IDNOPP')]),
    # guards: two parties, and a list of parties with no between coordinator
    ('Perundingan antara Rusia dengan Ukraina berlangsung di Istanbul.',
     [('RUS', '046', 'UKR'), ('UKR', '046', 'RUS')]),
    ('Pertemuan antara Presiden Joko Widodo dan Perdana Menteri Jepang digelar di Bogor.',
     [('IDNGOV', '040', 'JPNGOV'), ('JPNGOV', '040', 'IDNGOV')]),
    ('Kerja sama antara Indonesia, Malaysia, dan Singapura diperkuat.',
     [('IDN', '061', 'MYS'), ('MYS', '061', 'SGP'), ('SGP', '061', 'IDN')]),
]

WISHES = [
    ('Washington ingin Yordania menunjukkan dukungan bagi rencana perdamaian itu.', ('USAGOV', '020', 'JOR')),
    ('Amerika Serikat menginginkan China membebaskan para aktivis.', ('USA', '020', 'CHN')),
    # a hope that another acts is an appeal too (PETRARCH HOPE: 020); the act hoped for is not done
    ('Menteri Luar Negeri Retno Marsudi berharap Myanmar menghentikan kekerasan terhadap warga sipil.',
     ('IDNGOV', '020', 'MMR')),
    ('Uni Eropa mau Rusia menarik pasukannya dari Ukraina.', ('IGOEUREEC', '020', 'RUS')),
    ('Jepang ingin Indonesia membeli kapal selam buatannya.', ('JPN', '020', 'IDN')),
    ('Presiden berharap DPR segera mengesahkan rancangan undang-undang itu.', ('IDNGOV', '020', 'IDNLEG')),
    ('Pemerintah Jerman menghendaki Turki membuka kembali perbatasannya.', ('DEUGOV', '020', 'TUR')),
]

NOT_CODED = [
    # the act wished for
    ('Uni Eropa mau Rusia menarik pasukannya dari Ukraina.', ('RUS', '0874', 'UKR')),
    ('Amerika Serikat menginginkan China membebaskan para aktivis.', ('CHN', '0841', 'USA')),
    # a party and its own example
    ('Perundingan antara negara-negara Barat, seperti Prancis dan Jerman, dengan Rusia berlangsung alot.',
     ('FRA', '046', 'DEU')),
    ('Perundingan antara negara-negara Barat, seperti Prancis dan Jerman, dengan Rusia berlangsung alot.',
     ('WST', '046', 'FRA')),
    ('Rapat antara aparat penegak hukum, termasuk KPK, dengan pimpinan DPR berlangsung tertutup.',
     ('IDNCOP', '040', 'IDNJUD')),
    ('Pertemuan antara partai oposisi, antara lain PKS, dengan Presiden Joko Widodo berlangsung di Istana.',
     ('IDNOPP', '040', 'IDNOPP')),
    ('Perundingan antara negara-negara Barat, termasuk Prancis dengan Rusia berlangsung alot.',
     ('WST', '046', 'FRA')),
    # no between marker: "dengan" after the examples is no coordinator of sides
    ('Negara-negara Barat, termasuk Prancis dengan tegas mengecam Rusia.', ('FRA', '111', 'WST')),
    ('Pertemuan Presiden Joko Widodo dengan partai oposisi, termasuk PKS dengan agenda pemilu berlangsung di Istana.',
     ('IDNOPP', '040', 'IDNOPP')),
    # members of one side
    ('Pertemuan antara polisi dan TNI dengan pimpinan DPR berlangsung tertutup.', ('IDNCOP', '040', 'IDNMIL')),
    ('Pertemuan antara polisi dan TNI dengan pimpinan DPR berlangsung tertutup.', ('IDNMIL', '040', 'IDNCOP')),
]

NOTHING = [
    'Presiden berharap hubungan kedua negara semakin erat.',
    'Amerika Serikat tidak ingin China menyerang Taiwan.',
    'Pemerintah berharap harga beras turun.',
]

REPLIES = [
    ('Korea Utara menembakkan rudal ke Laut Jepang. Korea Selatan membalas dengan menembakkan rudal.',
     ('KOR', '194', 'PRK')),
    ('Hamas menembakkan puluhan roket ke Israel selatan. Serangan balasan Israel menewaskan lima orang.',
     ('ISR', '190', 'PSEOPP')),
    ('Pemberontak Houthi menyerang kapal tanker milik Arab Saudi. Arab Saudi membalas dengan serangan udara.',
     ('SAU', '195', 'YEMREB')),
]

REPLY_NEAR_MISSES = [
    # the sentence before names no act of conflict by its subject
    'Presiden Amerika Serikat mengunjungi Jepang. Israel melancarkan serangan balasan.',
    'Menteri Luar Negeri Jepang bertemu Menteri Luar Negeri Korea Selatan. Korea Utara membalas dengan serangan.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_parties_are_found(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_no_event_within_a_side(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text, appeal", WISHES)
def test_a_wish_for_an_actors_act_is_an_appeal(coder, text, appeal):
    assert appeal in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_code_nothing(coder, text):
    assert events(coder, text) == set()


@pytest.mark.parametrize("text", [
    'Presiden Joko Widodo ingin mengunjungi Jepang tahun depan.',
    'Presiden Joko Widodo ingin bertemu Perdana Menteri Jepang bulan depan.',
    'Menteri Luar Negeri Malaysia berharap bisa berbicara dengan Presiden Filipina.',
    'Gubernur Jawa Barat berharap polisi, tentara, dan warga.',
    'Presiden Joko Widodo ingin Indonesia.',
])
def test_no_appeal_without_an_actor_whose_act_follows(coder, text):
    got = events(coder, text)
    assert not any(code.startswith('02') for _, code, _ in got), got


@pytest.mark.parametrize("text, reply", REPLIES)
def test_a_reply_is_aimed_at_the_doer_before(coder, text, reply):
    got = events(coder, text)
    assert reply in got, got


@pytest.mark.parametrize("text", REPLY_NEAR_MISSES)
def test_a_reply_to_no_act_of_conflict_has_no_target_before(coder, text):
    got = events(coder, text)
    assert not any(code[:2] in ('18', '19', '20') for _, code, _ in got), got
