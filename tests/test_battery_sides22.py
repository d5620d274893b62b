"""A battery for side attachment (session 22, branch sides22): general kinds of wrong or
lost sides, each block one rule:

- a phrase of circumstance (grammar ``circumstance_phrases``: "atas permintaan X",
  "berdasarkan perintah X", "sesuai dengan arahan X") names whom the act was done at the
  request, order or invitation of: it is no object of the verb before it, so its actor is
  not the target (a pattern with a slot there still takes it). Nor is an actor after a word
  of company ("bersama X", grammar ``companion_markers``) the object of an act that is not
  mutual: X goes along with the doer ("mengunjungi Papua bersama Panglima TNI"). An actor
  after a participle of company before the verb ("X didampingi Y mengunjungi ...", grammar
  ``companion_participles``) is no subject: X is (CONVENTIONS §4.2, an entourage).
- a noun fronted before a passive verb with a demonstrative and no actor of its own
  ("Tuduhan itu dibantah X") names the act the sentence before told: a rejection,
  denial, judgement or support of it (transform ``named-act``) is aimed at its doer, the
  speaker that sentence named for a claim noun, else its main subject; with no sentence
  before, or when that is the agent's own actor, no target is found.
- a person the article named with a role and a country ("Menteri Luar Negeri Iran X")
  and names again by a name word alone keeps that role, also when the knowledge base
  codes the name by the country alone and when the name is hyphenated (actors/discourse.py
  ``Discourse.fuller``, ``name_word``); with no role named before, the name is the
  knowledge base's.
- a state named right after a noun of its cause (grammar ``cause_nouns``: "kemerdekaan X",
  "kedaulatan X", "pembebasan X") is whose cause is demanded or supported: it gives the
  sentence's roles of no country ("aktivis", "mahasiswa") no country of their own.
- a thing that moves or is sent (grammar ``moved_things``) "dari X" arriving is no visit by
  X (transform ``visit-place`` codes): X is where it comes from; a delegation, a group of
  people, or aid (its own pattern, 070) still are coded.
- a defendant ("terdakwa") is, like a suspect, a person of the country (CONVENTIONS §4.2:
  bare country code); the pattern's own place after its preposition ("dibawa ke
  pengadilan") is where the act is taken, never the agent right after the passive verb.
- a group pronoun ("mereka") whose clause's subject is several coordinated actors
  ("X dan Y mengatakan mereka akan ...") stands for all of them (pronouns.coordinated_subject).
- two actors joined past a time phrase after the first ("ke India 21-23 Agustus dan
  Malaysia", "mengecam Rusia pada Senin dan China pada Selasa") are coordinated; one with a
  verb of its own right after it opens a clause and is no conjunct (coordination.py), also
  right after the object with no time phrase ("mengecam Rusia dan China menolak ..."), but
  not after a verb whose object is the next verb's subject ("meminta Rusia dan China
  menghentikan ...").

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # a pattern whose slot follows the phrase still takes it
    ('Polisi menangkap tiga pengedar narkoba atas permintaan Kejaksaan Agung.', {('IDNCOP', '063', 'IDNJUD')}),
    ('Presiden Prancis mengecam Rusia atas nama Uni Eropa.', {('FRAGOV', '111', 'RUS')}),
    # a companion is no target; a mutual act or a pattern's slot still takes it
    ('Presiden Joko Widodo mengunjungi Maluku bersama Panglima TNI pada Kamis.', {('IDNGOV', '042', 'IDN')}),
    ('Kapolri menggelar rapat bersama Komisi III DPR di Senayan.', {('IDNCOP', '040', 'IDNLEG')}),
    ('Menteri Pertahanan menggelar latihan militer bersama Singapura.', {('IDNGOV', '062', 'SGP')}),
    ('Menteri Luar Negeri Singapura didampingi Panglima Angkatan Bersenjata Singapura mengunjungi Jakarta.',
     {('SGPGOV', '042', 'IDN')}),
    ('Perdana Menteri Thailand, didampingi Kepala Kepolisian Thailand, bertemu Presiden Filipina di Manila.',
     {('THAGOV', '040', 'PHLGOV')}),
    # the act named before by a fronted noun and a demonstrative
    ('Rusia menuding Ukraina menyerang Krimea. Tudingan itu dibantah Kiev.', {('UKRGOV', '016', 'RUS')}),
    ('Amerika Serikat menuduh China mencuri data. Tuduhan tersebut langsung dibantah Beijing.',
     {('CHNGOV', '016', 'USA')}),
    ('Pemerintah Malaysia mengklaim pulau itu sebagai wilayahnya. Klaim tersebut ditolak Indonesia.',
     {('IDN', '120', 'MYSGOV')}),
    ('Jepang tidak pernah mengirim kapal perang ke sana, kata Menteri Pertahanan Australia. '
     'Klaim itu ditolak Beijing.', {('CHNGOV', '120', 'AUSGOV')}),
    # a later short mention keeps the role
    ('Menteri Luar Negeri Iran Hossein Amir-Abdollahian tiba di Beirut pada Jumat. '
     'Amir-Abdollahian kemudian memuji Hizbullah.', {('IRNGOV', '051', 'LBNUAF')}),
    ('Menteri Luar Negeri Iran, Hossein Amir-Abdollahian, mengunjungi Damaskus. '
     'Amir-Abdollahian juga mengecam Israel.', {('IRNGOV', '111', 'ISR')}),
    ('Amir-Abdollahian mengecam Israel.', {('IRN', '111', 'ISR')}),
    # people from a place arriving are a visit
    ('Delegasi dari Korea Selatan tiba di Surabaya pada Senin.', {('KORGOV', '042', 'IDN')}),
    ('Rombongan dari Malaysia tiba di Medan kemarin.', {('MYS', '042', 'IDN')}),
    # a defendant is a person of the country
    ('Dua terdakwa yang dibawa ke pengadilan kemarin diperiksa polisi Malaysia.', {('MYSCOP', '091', 'MYS')}),
    ('Polisi memeriksa dua terdakwa kasus korupsi itu.', {('IDNCOP', '091', 'IDN')}),
    # "mereka" after a saying verb of coordinated actors stands for them all
    ('Presiden Filipina dan Perdana Menteri Malaysia mengatakan mereka akan mengunjungi Thailand bulan depan.',
     {('PHLGOV', '036', 'THA'), ('MYSGOV', '036', 'THA')}),
    ('Jerman dan Prancis menyatakan mereka mengecam serangan Rusia terhadap Ukraina.',
     {('DEU', '111', 'RUS'), ('FRA', '111', 'RUS')}),
    # coordinated past a time phrase
    ('Perdana Menteri Jepang akan berkunjung ke Vietnam 3-5 Mei dan Thailand 6-8 Mei.',
     {('JPNGOV', '036', 'VNM'), ('JPNGOV', '036', 'THA')}),
    ('Presiden Prancis mengecam Rusia pada Senin dan China pada Selasa.', {('FRAGOV', '111', 'RUS'),
                                                                          ('FRAGOV', '111', 'CHN')}),
    ('Perdana Menteri Jepang berkunjung ke Vietnam pada Senin dan ke Thailand pada Rabu.',
     {('JPNGOV', '042', 'VNM'), ('JPNGOV', '042', 'THA')}),
    ('Presiden Prancis mendesak Rusia dan China menghentikan serangan di Suriah.',
     {('FRAGOV', '0256', 'RUS'), ('FRAGOV', '0256', 'CHN')}),
    # a state whose cause is demanded gives the demanders no country
    ('Ratusan mahasiswa menuntut pengakuan atas kedaulatan Palestina.', {('IDNEDU', '100', 'PSE')}),
    ('Para demonstran menuntut pembebasan Palestina dari pendudukan Israel.', {('IDNOPP', '1053', 'PSE')}),
]

NOT_CODED = [
    ('Menteri Luar Negeri Singapura didampingi Panglima Angkatan Bersenjata Singapura mengunjungi Jakarta.',
     ('SGPMIL', '042', 'IDN')),
    ('Presiden Joko Widodo mengunjungi Maluku bersama Panglima TNI pada Kamis.', ('IDNGOV', '042', 'IDNMIL')),
    # the one who asked or ordered is no target of the act
    ('Polisi menyelidiki kasus itu atas desakan DPR.', ('IDNCOP', '091', 'IDNLEG')),
    ('Kejaksaan Agung memeriksa kasus tersebut berdasarkan perintah Presiden.', ('IDNJUD', '091', 'IDNGOV')),
]

NOT_CODED += [
    ('Israel menyerang Gaza dan Hamas membalas dengan serangan roket.', ('ISR', '190', 'PSEOPP')),
    ('Presiden Prancis mengecam Rusia dan China menolak kecaman itu.', ('FRAGOV', '111', 'CHN')),
    # a second clause after the time phrase: its subject is no conjunct of the object
    ('Israel menyerang Gaza pada Senin dan Hamas membalas dengan serangan roket.', ('ISR', '190', 'PSEOPP')),
    ('Ratusan mahasiswa menuntut pengakuan atas kedaulatan Palestina.', ('PSEEDU', '100', 'PSE')),
    ('Para demonstran menuntut pembebasan Palestina dari pendudukan Israel.', ('PSEOPP', '1053', 'PSE')),
]

NOTHING = [
    # the court one is brought to is no agent
    'Tersangka pencurian itu dibawa ke pengadilan pada Senin.',
    # a thing from a place arriving is no visit
    'Pesawat kargo dari Korea Selatan tiba di Surabaya pada Senin.',
    'Sebuah kapal dari Vietnam tiba di Pelabuhan Tanjung Priok.',
    'Surat dari Perdana Menteri Malaysia tiba di Istana Merdeka kemarin.',
    # no sentence before: whose claim it is stays open
    'Tuduhan itu dibantah Beijing.',
    'Klaim tersebut ditolak pemerintah Malaysia.',
    'Polisi menyelidiki kasus itu atas desakan DPR.',
    'Kejaksaan Agung memeriksa kasus tersebut berdasarkan perintah Presiden.',
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
