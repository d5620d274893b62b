"""A battery for sides lost after the act was found (session 24, branch sides24):

- people an authority (police, courts, the military, intelligence, the government)
  arrests or detains (173), or the police or prosecutors question (09) or beat (18), named by a noun of a private person only (grammar
  ``private_person_nouns``: "pria", "pemuda", "suami istri", "dua orang"), after a
  quantifier or none, are persons whose affiliation is unknowable but whose country is
  clear: the bare country of the authority (CONVENTIONS §4: "Polisi menangkap dua
  tersangka" is IDN; transform ``unnamed-patient``). The phrase is the active verb's
  object right after it, or the passive verb's subject right before it. Not a thing
  ("mengamankan lokasi"), not a catch by private persons ("nelayan menangkap ikan"),
  not a person an actor mention already names. People so named attacking an authority
  (police, government, courts, legislators) are likewise the bare country of its
  country (transform ``unnamed-agent``; CONVENTIONS §4: unidentified attackers).

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Polisi menangkap seorang pria di Bekasi pada Senin malam.', {('IDNCOP', '173', 'IDN')}),
    ('Aparat Polres Bogor menangkap dua orang yang diduga mencuri sepeda motor.', {('IDNCOP', '173', 'IDN')}),
    ('Tiga pemuda ditangkap polisi saat berpesta minuman keras.', {('IDNCOP', '173', 'IDN')}),
    ('Seorang wanita itu telah diamankan polisi di Stasiun Gambir.', {('IDNCOP', '173', 'IDN')}),
    ('Kepolisian Thailand menahan sepasang suami istri di Bangkok.', {('THACOP', '173', 'THA')}),
    ('Pengadilan Mesir memenjarakan 12 orang karena kerusuhan itu.', {('EGYJUD', '173', 'EGY')}),
    # the police or prosecutors questioning or beating such people (09, 18)
    ('Polisi memeriksa dua orang terkait pembakaran pasar itu.', {('IDNCOP', '091', 'IDN')}),
    ('Seorang pemuda dianiaya polisi di Kendari.', {('IDNCOP', '182', 'IDN')}),
    # such people attacking an authority are of its country (unnamed-agent)
    ('Seorang pria menusuk Menteri Perhubungan saat berkunjung ke Serang.', {('IDN', '182', 'IDNGOV')}),
    ('Dua pemuda menyerang polisi yang berjaga di pos lalu lintas.', {('IDN', '190', 'IDNCOP')}),
    ('Wali kota itu dipukul oleh seorang pria di depan balai kota.', {('IDN', '182', 'IDNGOV')}),
    # a meeting or visit after a setting word is its clause subject's, an attack is not: no
    # attack by the police (NOT_CODED), their arrest of the two is coded (test_battery_coop.py)
    ('Dalam serangan itu, polisi menangkap dua orang.', {('IDNCOP', '173', 'IDN')}),
    # a role the lexicon knows keeps its own code
    ('Polisi menangkap dua mahasiswa di depan kampus.', {('IDNCOP', '173', 'IDNEDU')}),
]

NOT_CODED = [
    ('Dalam serangan itu, polisi menangkap dua orang.', ('IDNCOP', '190', 'IDN')),
    ('Dalam serangan itu, polisi menangkap dua orang.', ('IDNCOP', '190', '')),
    # people of a country named with them are of that country, not the authority's
    ('Polisi Israel menangkap dua pemuda Palestina di Yerusalem.', ('ISRCOP', '173', 'ISR')),
]

NOTHING = [
    'Polisi mengamankan lokasi kejadian sejak pagi.',
    'Nelayan menangkap ikan di perairan Natuna.',
    'Para pemuda itu menahan diri untuk tidak membalas.',
    'Pasukan itu menahan laju kendaraan di perbatasan.',
    # an army's violence is not the police's: who its victims are is not clear
    'Tentara memukul seorang pria di pos perbatasan.',
    # a private person's act on another is a private matter
    'Seorang pria memukul istrinya di rumah kontrakan.',
    # a private person's act is no authority's
    'Seorang warga menangkap dua pria yang mencuri ayam.',
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
