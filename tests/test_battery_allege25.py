"""A battery for the reach of a speaker's accusation (``coding/allege.py``,
``_statement_verb``): the verb of saying stands up to ``REACH`` words before the wrong,
counted in words, not tokens: the commas of a list of places and the words of a long
name do not make the clause longer ("X mengatakan, Y di A, B, C, telah melanggar ...");
a coordinator after a comma that follows no actor ends the clause ("X menyampaikan
hasil ..., dan Y melakukan kecurangan": the narrator's, not X's).
Every sentence here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Kementerian Luar Negeri China mengatakan, Amerika Serikat, dengan kapal perang dan pesawat '
     'pengintai di Laut China Selatan, telah melanggar kedaulatan China.',
     ('CHNGOV', '112', 'USA')),
    ('Ketua Komisi Pemilihan Umum mengatakan, Partai Demokrat dan Partai Gerindra di Kabupaten '
     'Sukamaju, Provinsi Jawa Tengah, melakukan kecurangan dalam pemilu.',
     ('IDNGOV', '112', 'IDNOPP')),
    ('Kepala Kepolisian Negara Republik Indonesia mengatakan, Gubernur Papua dan Wakil Gubernur '
     'Papua, pada tahun lalu, menerima suap dari pengusaha tambang.',
     ('IDNCOP', '112', 'IDNGOV')),
    # a list of actors, ", dan" before its last: one subject
    ('Ketua Komisi Pemilihan Umum mengatakan, Partai Demokrat, Partai Golkar, dan Partai Gerindra '
     'di Kabupaten Sukamaju melakukan kecurangan dalam pemilu.',
     ('IDNGOV', '112', 'IDNOPP')),
]

# the clause the verb of saying holds ends at a clause break or another verb, however near
NOTHING = [
    'Ketua KPU menyampaikan hasil rekapitulasi suara di Kabupaten Sukamaju, Provinsi Jawa Tengah, '
    'kemarin. Partai Demokrat melakukan kecurangan dalam pemilu.',
    'Ketua KPU menyampaikan hasil rekapitulasi suara di Kabupaten Sukamaju, Provinsi Jawa Tengah, '
    'setelah Partai Demokrat melakukan kecurangan dalam pemilu.',
    # ", dan" after a word of no actor opens a clause of its own: the verb of saying had its object
    'Ketua KPU menyampaikan hasil rekapitulasi suara, dan Partai Demokrat melakukan kecurangan dalam pemilu.',
    'Ketua KPU menyampaikan hasil rekapitulasi suara di Kabupaten Sukamaju, Provinsi Jawa Tengah, '
    'dan Partai Demokrat melakukan kecurangan dalam pemilu.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_a_speaker_accuses_past_a_long_subject(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


@pytest.mark.parametrize("text", NOTHING)
def test_no_accusation_past_the_speakers_clause(coder, text):
    got = events(coder, text)
    assert not [e for e in got if e[1].startswith("112")], got
