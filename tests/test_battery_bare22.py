"""A battery for bare verbs (session 22, branch bare22; coding/bare.py, grammar
``bare_predicate``): the headline and colloquial register uses a verb's base with no prefix
as its active, and written Indonesian the object-focus passive (a pronoun agent right before
the bare verb). Each block is one rule:

- the bare active: a base standing right after its subject (modal words between), an object
  after it, is matched by the pattern written with its me- verb, with the same derivation
  (-i, -kan) and sides: subject the source, object the target.
- a Title Case headline: its bare verbs are written lower-case before names are read, so no
  name runs across the verb ("KPK Tahan ..." is no body's name).
- the object-focus passive: [modal | relative | demonstrative] + pronoun + bare verb; the
  pronoun (resolved as pronouns are: "kami" the speaker) is the source, what stands before
  it the target.
- guards: a base used as a noun or adverb, a base inside a name or a noun phrase whose
  clause has its own verb later, a possessive pronoun before a bare word, a base of another
  derivation than the pattern's ("tetapkan" is no "menetap"), a base whose pattern is an
  active verb of another voice: none is read as a bare verb.

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # the bare active, lower case (colloquial, running text)
    ('Polisi tangkap tiga pencuri sepeda motor di Bekasi.', {('IDNCOP', '173', 'IDNCRM')}),
    ('Pemerintah Australia kecam China atas penahanan wartawan.', {('AUSGOV', '111', 'CHN')}),
    ('Presiden Prancis kunjungi Vietnam untuk membahas perdagangan.', {('FRAGOV', '042', 'VNM')}),
    ('Polisi Malaysia sudah tangkap dua penyelundup senjata di perbatasan.', {('MYSCOP', '173', 'MYSCRM')}),
    ('Kelompok bersenjata serang pos polisi di Puncak Jaya.', {('IDNUAF', '190', 'IDNCOP')}),
    # a Title Case headline
    ('Kejaksaan Agung Tahan Gubernur Riau', {('IDNJUD', '173', 'IDNGOV')}),
    ('Perdana Menteri Jepang Kunjungi Filipina', {('JPNGOV', '042', 'PHL')}),
    ('Jerman Kecam Uji Coba Rudal Korea Utara', {('DEU', '111', 'PRK')}),
    ('Kemlu Panggil Dubes Malaysia', {('IDNGOV', '114', 'MYSGOV')}),
    # the object-focus passive: the pronoun is the source, the phrase before it the target
    ('Lima perampok itu sudah kami tangkap, kata Kapolres Bogor.', {('IDNCOP', '173', 'IDNCRM')}),
    ('Tiga penyelundup yang kami tahan kemarin adalah warga Aceh, kata Kapolda Riau.',
     {('IDNCOP', '173', 'IDNCRM')}),
]

NOT_CODED = [
    # the relative head is acted on: not who the pronoun stands for (nor the attacker)
    ('Pos polisi yang mereka serang berada di Puncak Jaya, kata Kapolda Papua.', ('IDNCOP', '190', 'IDN')),
    ('Pos polisi yang mereka serang berada di Puncak Jaya, kata Kapolda Papua.', ('IDNCOP', '190', 'IDNCOP')),
    # the object-focus passive: the phrase before the pronoun is acted on, not acting
    ('Lima perampok itu sudah kami tangkap, kata Kapolres Bogor.', ('IDNCRM', '173', 'IDNCOP')),
    ('Tiga penyelundup yang kami tahan kemarin adalah warga Aceh, kata Kapolda Riau.',
     ('IDNCRM', '173', 'IDNCOP')),
]

NOTHING = [
    # a base as a noun: a time, the law, a bomb
    'Presiden Jokowi pukul 09.00 pagi sudah berada di Istana Bogor.',
    'Pakar hukum pidana Universitas Gadjah Mada hadir sebagai saksi ahli.',
    # a possessive pronoun before a bare word
    'Rumah kami rusak akibat banjir bandang pekan lalu.',
    # a bare word before a verb is no predicate ("tetap", "mulai" as adverbs)
    'Para petani tetap menanam padi meski hujan belum turun.',
    # a bare base of another derivation: "tetapkan" (set) is no "menetap" (settle)
    'Mereka sudah tinggal di desa itu selama sepuluh tahun.',
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


# the prefixed forms are read as before
@pytest.mark.parametrize("text, expected", [
    ('Polisi menangkap tiga pencuri sepeda motor di Bekasi.', ('IDNCOP', '173', 'IDNCRM')),
    ('Lima perampok itu sudah ditangkap Polres Bogor.', ('IDNCOP', '173', 'IDNCRM')),
])
def test_prefixed_verbs_as_before(coder, text, expected):
    assert expected in events(coder, text)


@pytest.mark.parametrize("text, expected", [
    # a prefixed verb in a Title Case headline is no part of a name either
    ('Menteri Luar Negeri Retno Marsudi Bertemu Menteri Luar Negeri Jepang', ('IDNGOV', '040', 'JPNGOV')),
    ('Polisi Menangkap Tiga Pencuri Motor di Bekasi', ('IDNCOP', '173', 'IDNCRM')),
    # a name with a word of a verb's family ("Berkarya") keeps it
    ('Partai Berkarya Dukung Prabowo Subianto', ('IDNOPP', '051', 'IDNGOV')),
])
def test_a_headline_keeps_its_names(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    # a name or a noun phrase with a verb's base in it, its clause's own verb later
    'Gerakan warga tolak tambang pasir telah mengirim surat kepada Bupati Lumajang.',
    'Koalisi pemuda kecam korupsi sudah menemui Ketua DPRD Jawa Timur.',
])
def test_a_base_before_its_clause_verb_is_no_predicate(coder, text):
    codes = {c for _, c, _ in events(coder, text)}
    assert not codes & {"120", "111"}, codes
