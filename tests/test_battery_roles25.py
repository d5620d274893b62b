"""A battery for actor phrases with no entry (session 25, branch roles25): athletes named by
their sport ("petenis", "pebalap") or by their place in a team ("gelandang", "kiper",
"kapten kesebelasan") are civilians, as "atlet" and "pemain" are (CONVENTIONS §4.2, Phoenix
ATHLETE: a Brazilian footballer is BRACVL; lang/id/agents.general.txt, section roles25),
with the country the mention gives; their acts with clubs, firms and private persons stay
sport news, not coded (grammar athlete_nouns, transform private-athlete). A bank's
customers ("nasabah") are civilians as a firm's are. Clergy titles the REL list lacked
("Romo", "Buya", "bhiksu", ...) are REL, the presidency as an institution GOV, artists ELI.

CODED: every event listed is coded; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Gelandang Brasil itu mengkritik pemerintah Brasil atas kebijakan pajak.', {('BRACVL', '111', 'BRAGOV')}),
    ('Petenis Jepang itu mengecam polisi Amerika Serikat.', {('JPNCVL', '111', 'USACOP')}),
    ('Kapten kesebelasan nasional Inggris mengkritik Perdana Menteri Inggris soal anggaran olahraga.',
     {('GBRCVL', '111', 'GBRGOV')}),
    ('Presiden Joko Widodo mengundang pebulu tangkis Indonesia ke Istana Merdeka.', {('IDNGOV', '036', 'IDNCVL')}),
    ('Pebalap Spanyol itu menuduh pemerintah Spanyol menghambat pembangunan sirkuit.',
     {('ESPCVL', '112', 'ESPGOV')}),
    ('Para nasabah mengkritik Otoritas Jasa Keuangan atas lemahnya pengawasan.', {('IDNCVL', '111', 'IDNGOV')}),
    # clergy by title (REL), the presidency as an institution (GOV), artists (ELI)
    ('Romo Yohanes mengkritik Presiden Joko Widodo atas penanganan banjir.', {('IDNREL', '111', 'IDNGOV')}),
    ('Buya Hasan mengecam Dewan Perwakilan Rakyat soal revisi undang-undang itu.', {('IDNREL', '111', 'IDNLEG')}),
    ('Seorang bhiksu memuji Gubernur Bali atas kebijakan toleransi.', {('IDNREL', '051', 'IDNGOV')}),
    ('Seniman itu menyayangkan sikap lembaga kepresidenan terhadap kritik warga.', {('IDNELI', '110', 'IDNGOV')}),
]

NOTHING = [
    # sport news between athletes and clubs or firms
    ('Klub itu memuji kiper mudanya setelah laga.'),
    ('Sebuah perusahaan sepatu mengontrak petenis muda asal Jepang.'),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text", NOTHING)
def test_sport_news_codes_nothing(coder, text):
    assert events(coder, text) == set()


# the play of a match told with coercion or violence (transform sport-play): nothing when
# the other side is a player's name, whatever code the name took; an arrest of a player
# and the police's violence on players stay coded
PLAY = [
    'Sundulan keras Rossi memaksa kiper Jerman melakukan penyelamatan gemilang di menit akhir laga.',
    'Sepakan keras Hernandez memaksa bek Chelsea menjatuhkan diri di depan gawang.',
]


@pytest.mark.parametrize("text", PLAY)
def test_match_play_codes_nothing(coder, text):
    assert events(coder, text) == set()


def test_arrest_of_a_player_stays_coded(coder):
    got = events(coder, 'Polisi menangkap gelandang klub itu setelah laga karena kasus narkoba.')
    assert ('IDNCOP', '173', 'IDNCVL') in got, got


def test_police_violence_on_players_stays_coded(coder):
    got = events(coder, 'Polisi Israel memukuli pemain Palestina seusai laga.')
    assert ('ISRCOP', '182', 'PSECVL') in got, got
