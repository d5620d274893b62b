"""A battery for deferring (issue #18, session 17): leaving a matter or a decision wholly to
an actor ("menyerahkan sepenuhnya kepada X", "semuanya kami kembalikan ke X", "kita
serahkan ke X") is a statement addressed to that actor, 010 (CONVENTIONS §2.2: addressed to
an identifiable political actor, no specific code fits). Before, the deferring frame only
dropped the act of handing over or returning; now the deferral lines of events.txt code it,
and the same verbs with a real object still hand something over ("menyerahkan diri",
"menyerahkan senjata", "mengembalikan paspor"), and a passive "diserahkan ke X" of a thing
is no statement. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Menteri Dalam Negeri menyerahkan sepenuhnya keputusan itu kepada Komisi Pemilihan Umum.',
     {('IDNGOV', '010', 'IDNGOV')}),
    ('Gubernur Jawa Barat menyerahkan keputusannya kepada DPRD Jawa Barat.', {('IDNGOV', '010', 'IDNLEG')}),
    ('Ketua Umum Partai Golkar mengatakan semuanya diserahkan kepada Presiden Joko Widodo.',
     {('IDNGOV', '010', 'IDNGOV')}),
    ('Sekjen PDIP mengatakan semuanya kami serahkan kepada Presiden.', {('IDNGOV', '010', 'IDNGOV')}),
    ('Kita serahkan ke PKS, ujar Ketua DPP Partai Demokrat Syarief Hasan.', {('IDNOPP', '010', 'IDNOPP')}),
    # handing over with a real object keeps its own code
    ('Tersangka menyerahkan diri kepada polisi.', {('IDN', '080', 'IDNCOP')}),
    ('Pemberontak menyerahkan semua senjata kepada tentara Filipina.', {('PHLREB', '0873', 'PHLMIL')}),
]

NOTHING = [
    'Gedung sekolah itu diserahkan ke pemerintah kota pada tahun 1978.',
    'Bantuan beras itu akan diserahkan kepada warga pekan depan.',
    'Kapal selam baru itu diserahkan ke angkatan laut kemarin.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    assert expected <= events(coder, text, "2019-11-20")


@pytest.mark.parametrize("text", NOTHING)
def test_a_thing_handed_over_is_no_statement(coder, text):
    assert not {e for e in events(coder, text, "2019-11-20") if e[1] == "010"}
