"""A battery for the sides of matched patterns (issue #18, session 17): where a pattern of
the right CAMEO root matched at the trigger and the actors are named, but the coder took
no side or the wrong one. Each block is one rule:

- T1 a verb whose object is a clitic ("mengundangnya", "memintanya") has that object: a
  place after a marker of destination or location ("ke Washington", "di Jakarta") is where
  the act goes, not its target (it was taken as the capital's government, the source's
  own); the target is whom the clitic stands for. Without a clitic, the object before the
  place stays the target, and an organisation after "ke" is not a place.
- T2 a verb whose object is a clitic, joined by a coordinator to the verb of a complement
  clause ("mundur") whose subject is the object of a verb of asking or wanting before it
  ("meminta Presiden mundur dan menuduhnya ..."), does not share the complement's subject,
  whom the clitic stands for: its subject is the earlier verb's, its target that object.
  A verb with its own object after the coordinator keeps the shared reading.
- T3 a day named as a time adverb ("Minggu", "kemarin") between two words of a pattern
  is passed over as the adverbs of grammar ``pattern_adverbs`` are: "bentrokan Minggu
  dengan X" reads as "bentrokan dengan X" (the subject of the clause its source, as
  there), "berbicara kemarin dengan X" as "berbicara dengan X". A week counted ("dua
  minggu") is no such adverb, and a day after the whole phrase changes nothing.
- T4 "maka" opens the main clause after a fronted clause of condition or cause ("Jika
  ..., maka X meminta Y"): it ends the search for a subject as the other clause words do,
  so that a person named without a role right after it is the subject, as after a comma
  (sides16 S1); a coded subject after it stays one, and no actor of the fronted clause is.
- T5 a possessive clitic on a nominal in a clause that opens the sentence with a word of
  ``fronted_subordinators`` or ``setting_markers`` ("Setelah kunjungannya ke Jepang, X
  ...", "Sepulang dari kunjungannya ...") points ahead to the main clause's subject; not
  without the clitic, nor to a subject that is no coded actor.
- T6 a cleft: the verb of a relative clause on a noun that is no actor, or on none
  ("Negara yang menandatangani perjanjian itu adalah Indonesia dan Malaysia", "Yang ...
  adalah X"), whose clause goes on to a copula of identity (grammar ``cleft_copulas``),
  has as subject the actors right after the copula; they are no object of the verb. Not
  when the head is an actor (the relative clause is its), nor past a comma, nor with
  "menjadi"/"merupakan".
- T7 a verb right after a contrastive coordinator ("tetapi", "tapi", "namun") with no
  subject of its own shares the subject of the verb before, as after "dan" (grammar
  ``verb_coordinators``): "X mendukung Y, tetapi mengkritik Z"; a passive verb there has
  that subject as its patient ("datang ..., tetapi ditolak warga"); a subject of its own
  after the coordinator stays.
- T8 a passive act of a court or the police (grammar ``venue_agent_codes``) with no agent
  named is done by the court or police body named as where it happens ("X diadili di
  Pengadilan Tipikor Bandung", "disidangkan di ..."): "di" + an actor of a sector of
  ``venue_agent_sectors``; not a body of another sector ("ditahan di markas TNI"), not a
  town, and not an act of another kind ("diserang di depan Pengadilan ...").
- T9 the subject of a passive verb in the clause a verb of saying takes ("X mengatakan,
  puluhan pendukung partai itu ditangkap polisi") is that clause's own, a noun phrase
  that is no actor right before the verb: X, the speaker, is not the one it happened to.
  A verb with no subject of its own there ("mengatakan, baru diberhentikan saat ditahan
  ...") or a preposition's phrase ("mengatakan kepada wartawan ...") leaves the reading
  as it was.
- T10 a verb opening a clause of reason (grammar ``reason_markers``: "karena") with no
  subject of its own tells what the one acted on did: its subject is the main clause's
  object, an actor right after an active verb ("Polisi menangkap dua mahasiswa karena
  menghina Presiden") or after "kepada" following a noun of punishment or thanks (grammar
  ``reason_object_nouns``: "menjatuhkan sanksi kepada Rusia karena menyerang Ukraina"), an
  age aside; not the agent after a passive verb, not the owner of a thing acted on
  ("menolak usulan DPR karena mendukung KPK": the subject's reason).

CODED: every event listed is coded; NOT_CODED: the event named is not (the wrong side);
NOTHING: no event. Every sentence here was written for these tests; none comes from a
gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # T1 the clitic is the object; the place after "ke" is where the act goes
    ('Presiden Amerika Serikat memuji Perdana Menteri Jepang dan mengundangnya ke Washington.',
     [('USAGOV', '051', 'JPNGOV'), ('USAGOV', '036', 'JPNGOV')]),
    ('Presiden Prancis memuji Kanselir Jerman dan mengundangnya ke Paris.',
     [('FRAGOV', '036', 'DEUGOV')]),
    ('Pemerintah China memuji Presiden Joko Widodo dan mengundangnya ke Beijing.',
     [('CHNGOV', '036', 'IDNGOV')]),
    ('Perdana Menteri Jepang menemui Presiden Joko Widodo dan memintanya datang ke Tokyo.',
     [('JPNGOV', '020', 'IDNGOV')]),
    # T1 guards: an object before the place; a clitic with a complement
    ('Presiden Rusia mengundang Presiden Turki ke Moskow.',
     [('RUSGOV', '036', 'TURGOV')]),
    ('Pemerintah Australia mengundang Presiden Joko Widodo dan memintanya untuk berpidato di parlemen.',
     [('AUSGOV', '036', 'IDNGOV'), ('AUSGOV', '020', 'IDNGOV')]),
    # T2 the clitic stands for the complement's subject; the subject is the asker's
    ('Mahasiswa meminta Presiden Joko Widodo mundur dan menuduhnya melanggar konstitusi.',
     [('IDNEDU', '0241', 'IDNGOV'), ('IDNEDU', '1123', 'IDNGOV')]),
    ('Komnas HAM meminta Kapolri bertindak tegas dan mendesaknya untuk mengusut kasus itu.',
     [('IDNNGO', '020', 'IDNCOP')]),  # urging an inquiry is a request too (CONVENTIONS §2.1)
    ('Partai Demokrat ingin Ketua DPR tetap menjabat, namun mengkritiknya karena lamban.',
     [('IDNOPP', '111', 'IDNLEG')]),
    # T2 guards: no complement before the coordinator; another object after it
    ('Mahasiswa menemui Presiden Joko Widodo dan mendesaknya mundur.',
     [('IDNEDU', '040', 'IDNGOV'), ('IDNEDU', '0241', 'IDNGOV')]),
    ('Para buruh mendukung Presiden Joko Widodo tetapi mengkritik Menteri Keuangan.',
     [('IDNLAB', '051', 'IDNGOV'), ('IDNLAB', '111', 'IDNGOV')]),
    # T3 a day between the nominal or verb and its "dengan"
    ('Juru bicara polisi mengatakan bentrokan Minggu dengan mahasiswa melukai sepuluh orang.',
     [('IDNCOP', '190', 'IDNEDU')]),
    ('Polisi mengatakan bentrokan kemarin dengan warga melukai lima orang.',
     [('IDNCOP', '190', 'IDNCVL')]),
    ('Presiden Joko Widodo berbicara kemarin dengan Perdana Menteri Malaysia.',
     [('IDNGOV', '040', 'MYSGOV')]),
    # T3 guards: the same without the day; the day after the phrase
    ('Juru bicara polisi mengatakan bentrokan dengan mahasiswa melukai sepuluh orang.',
     [('IDNCOP', '190', 'IDNEDU')]),
    ('Bentrokan polisi dengan mahasiswa pada Minggu melukai sepuluh orang.',
     [('IDNCOP', '190', 'IDNEDU'), ('IDNEDU', '190', 'IDNCOP')]),
    # T4 a person named without a role after "maka"
    ('Jika kasus itu tidak juga terungkap, maka Wiratmoko meminta Presiden Joko Widodo membentuk tim.',
     [('IDN', '020', 'IDNGOV')]),
    ('Karena laporan itu diabaikan, maka Sulastri mengkritik Kapolri.',
     [('IDN', '111', 'IDNCOP')]),
    # T4 guards: a coded subject after "maka"; a fronted clause of cause
    ('Karena kasus itu belum selesai, maka Presiden Joko Widodo meminta Kapolri membentuk tim khusus.',
     [('IDNGOV', '020', 'IDNCOP')]),
    ('Oleh karena itu, maka Komnas HAM mendesak Kapolri mengusut kasus itu.',
     [('IDNNGO', '020', 'IDNCOP')]),
    # T5 the clitic on the nominal of the fronted clause: the main subject's act
    ('Setelah kunjungannya ke Jepang, Presiden Joko Widodo langsung menggelar rapat kabinet.',
     [('IDNGOV', '042', 'JPN')]),
    ('Sepulang dari kunjungannya ke Jepang, Presiden Joko Widodo langsung menggelar rapat kabinet.',
     [('IDNGOV', '042', 'JPN')]),
    ('Setelah kunjungannya ke China, Perdana Menteri Malaysia mengatakan hubungan kedua negara membaik.',
     [('MYSGOV', '042', 'CHN')]),
    ('Setelah kunjungannya ke Jepang berakhir, Presiden Joko Widodo menggelar rapat kabinet.',
     [('IDNGOV', '042', 'JPN')]),
    # T5 guard: a setting word as before
    ('Dalam kunjungannya ke Jepang, Presiden Joko Widodo menandatangani tiga perjanjian.',
     [('IDNGOV', '042', 'JPN')]),
    # T6 the cleft's actors act
    ('Negara yang menandatangani perjanjian itu adalah Indonesia dan Malaysia.',
     [('IDN', '057', 'MYS'), ('MYS', '057', 'IDN')]),
    ('Partai yang mengkritik KPK adalah Partai Demokrat.',
     [('IDNOPP', '111', 'IDNJUD')]),
    ('Negara yang juga mengkritik Israel adalah Turki.',
     [('TUR', '111', 'ISR')]),
    ('Kelompok yang menyerang pos polisi itu adalah Abu Sayyaf.',
     [('IMGSEAMUSASF', '190', 'IDNCOP')]),
    # T6 guard: a head that is an actor keeps its relative clause
    ('Polisi yang menangkap Bupati Bogor adalah anggota Polda Jawa Barat.',
     [('IDNCOP', '173', 'IDNGOV')]),
    # T7 the subject before the contrastive coordinator
    ('Para buruh mendukung Presiden Joko Widodo, tetapi mengkritik Menteri Keuangan.',
     [('IDNLAB', '051', 'IDNGOV'), ('IDNLAB', '111', 'IDNGOV')]),
    ('Para buruh mengatakan, mereka ingin Presiden Joko Widodo tetap menjabat, tetapi mendesaknya untuk '
     'menaikkan upah.', [('IDNLAB', '020', 'IDNGOV')]),
    ('Polisi datang ke lokasi, tetapi ditolak warga.',
     [('IDNCVL', '120', 'IDNCOP')]),
    # T7 guard: a subject of its own after the coordinator
    ('Para buruh mendukung Presiden Joko Widodo, tetapi mahasiswa mengkritik Menteri Keuangan.',
     [('IDNLAB', '051', 'IDNGOV'), ('IDNEDU', '111', 'IDNGOV')]),
]

NOT_CODED = [
    # T1 the place is not the target
    ('Presiden Amerika Serikat memuji Perdana Menteri Jepang dan mengundangnya ke Washington.',
     ('USAGOV', '036', 'USAGOV')),
    ('Pemerintah China memuji Presiden Joko Widodo dan mengundangnya ke Beijing.',
     ('CHNGOV', '036', 'CHNGOV')),
    # T2 the one asked does not accuse himself
    ('Mahasiswa meminta Presiden Joko Widodo mundur dan menuduhnya melanggar konstitusi.',
     ('IDNGOV', '1123', 'IDNGOV')),
]

NOTHING = [
    # T1 a clitic standing for no actor named: the place is still no target
    'Presiden Rusia mengundangnya ke Moskow.',
    'Mereka mengundangnya ke Jakarta.',
    # T3 a day with no actor on either side; a week counted
    'Bentrokan Minggu dengan batu dan kayu melukai sepuluh orang.',
    'Dalam dua minggu terakhir, harga beras naik.',
    # T5 no clitic; a main subject that is no coded actor
    'Setelah kunjungan ke Jepang, Presiden Joko Widodo langsung menggelar rapat kabinet.',
    'Setelah kunjungannya ke Jepang, warga menggelar pesta.',
    # T6 no copula of identity; a comma before it; the copula's actor is no object
    'Negara yang menandatangani perjanjian itu menjadi anggota ASEAN.',
    'Yang mengkritik kebijakan itu adalah Partai Demokrat.',
    # T8 a town, a body of another sector, an act of another kind
    'Bupati Bogor ditangkap di Jakarta.',
    'Dua wartawan ditahan di markas TNI.',
    'Bupati Bogor diserang di depan Pengadilan Negeri Bandung.',
    # T9 the speaker is not the one arrested
    'Para pejabat Partai Demokrat mengatakan, puluhan pendukung partai itu telah ditangkap oleh polisi.',
    'Partai Demokrat mengatakan, Ahad, puluhan pendukung partai itu telah ditangkap oleh polisi.',
]

NOT_CODED += [
    # T10 the one who arrests or punishes did not do what the reason says
    ('Israel menahan dua warga Palestina karena menyerang tentara Israel.', ('ISR', '190', 'ISRMIL')),
    ('Polisi menangkap dua mahasiswa karena menghina Presiden Joko Widodo.', ('IDNCOP', '111', 'IDNGOV')),
    ('Amerika Serikat menjatuhkan sanksi kepada Rusia karena menyerang Ukraina.', ('USA', '190', 'UKR')),
]

NOT_CODED += [
    # T4 the actor of the fronted clause is not the subject after "maka"
    ('Setelah DPR menolak usulan itu, maka Wiratmoko mengkritik Kapolri.', ('IDNLEG', '111', 'IDNCOP')),
    # T7 a subject of its own after the coordinator
    ('Para buruh mendukung Presiden Joko Widodo, tetapi mahasiswa mengkritik Menteri Keuangan.',
     ('IDNLAB', '111', 'IDNGOV')),
]

CODED += [
    # T8 the court or police body where the act is done is its agent
    ('Bupati Bogor diadili di Pengadilan Tipikor Bandung.', [('IDNJUD', '173', 'IDNGOV')]),
    ('Perkara Bupati Bogor sedang disidangkan di Pengadilan Tipikor Bandung.', [('IDNJUD', '173', 'IDNGOV')]),
    ('Bupati Bogor divonis empat tahun penjara di Pengadilan Tipikor Bandung.', [('IDNJUD', '173', 'IDNGOV')]),
    # T8 guard: an agent named with "oleh"
    ('Bupati Bogor diadili oleh Pengadilan Tipikor Bandung.', [('IDNJUD', '173', 'IDNGOV')]),
    # T9 the passive's own subject, after the verb of saying
    ('Polisi menyatakan tiga tersangka itu ditahan di Polda Metro Jaya.', [('IDNCOP', '173', 'IDN')]),
    ('Polisi mengatakan kepada wartawan, tiga tersangka telah ditahan di Polda Metro Jaya.',
     [('IDNCOP', '173', 'IDN')]),
    # T9 guards: the speaker's own passive; an actor as the clause's subject
    ('Gubernur Jawa Barat mengatakan, ia baru diberhentikan saat ditahan oleh KPK.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Menteri Luar Negeri Jepang mengatakan, dua kapal nelayan Jepang telah diserang oleh militer China.',
     [('CHNMIL', '190', 'JPNAGR')]),
    # T10 the object did what the reason says
    ('Israel menahan dua warga Palestina karena menyerang tentara Israel.',
     [('ISR', '173', 'PSECVL'), ('PSECVL', '190', 'ISRMIL')]),
    ('Polisi menangkap dua mahasiswa karena menghina Presiden Joko Widodo.',
     [('IDNCOP', '173', 'IDNEDU'), ('IDNEDU', '111', 'IDNGOV')]),
    ('Amerika Serikat menjatuhkan sanksi kepada Rusia karena menyerang Ukraina.',
     [('USA', '163', 'RUS'), ('RUS', '190', 'UKR')]),
    ('Presiden Joko Widodo memuji Kapolri karena menangkap teroris.',
     [('IDNGOV', '051', 'IDNCOP'), ('IDNCOP', '173', 'IDNUAF')]),
    ('Pengadilan militer Gaza menjatuhkan hukuman mati kepada seorang warga Palestina berumur 40 tahun '
     'karena bekerja sama dengan Israel.', [('PSECVL', '061', 'ISR')]),
    # T10 guards: the agent of a passive; a thing's owner; a gift's recipient
    ('Dua warga Palestina ditangkap tentara Israel karena menyerang polisi Israel.',
     [('PSECVL', '190', 'ISRCOP')]),
    ('Presiden Joko Widodo menolak usulan DPR karena mendukung KPK.',
     [('IDNGOV', '051', 'IDNJUD')]),
    ('Indonesia mengirim bantuan kepada Palestina karena mendukung kemerdekaan Palestina.',
     [('IDN', '051', 'PSE')]),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_sides_are_found(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_side_is_not_taken(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_code_nothing(coder, text):
    assert events(coder, text) == set()
