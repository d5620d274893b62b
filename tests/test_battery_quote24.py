"""A battery for acts inside purpose clauses and quotes (issue #18, session 24, branch quote24).

- the aim of going, sending or setting up (CONVENTIONS §1.5; grammar ``purpose_movers``,
  transform ``aim-not-done``): a material act in the purpose clause of a verb of moving,
  sending, deploying, assigning or setting up is what the going or sending is for, not an
  act reported as done ("Polisi datang ke rumah itu untuk menangkap X"). The going or
  sending itself keeps its own code (a deployment 15x, a visit 042). An act of stating made
  by coming (support, criticism, a demand) is coded, as the gold codes it; so are a
  request's purpose ("meminta agar ..."), a plan stated as an intent ("berencana untuk ...")
  and a purpose clause of another verb.

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # support shown by coming is coded
    ('Ribuan petani datang ke Jakarta untuk mendukung Presiden Joko Widodo.', {('IDNAGR', '051', 'IDNGOV')}),
    # a request's purpose stays a request
    ('Presiden Joko Widodo meminta agar Kapolri menangkap para perusuh.', {('IDNGOV', '020', 'IDNCOP')}),
    # the deployment keeps its own code
    ('TNI mengerahkan seribu prajurit untuk membantu korban banjir di Sulawesi.', {('IDNMIL', '154', '')}),
    # the purpose clause of another verb
    ('Polisi menggeledah rumah itu untuk menangkap Budi Santoso.', {('IDNCOP', '173', 'IDN')}),
    # a verb of moving in another clause serves nothing here
    ('Setelah tiba di Jakarta, polisi menangkap Budi Santoso.', {('IDNCOP', '173', 'IDN')}),
]

NOT_CODED = [
    ('Polisi datang ke rumah itu untuk menangkap Budi Santoso.', ('IDNCOP', '173', 'IDN')),
    ('Polisi datang untuk segera menangkap Budi Santoso.', ('IDNCOP', '173', 'IDN')),
    ('TNI mengerahkan seribu prajurit untuk membantu Pemerintah Provinsi Sulawesi Tengah.',
     ('IDNMIL', '070', 'IDNGOV')),
    ('DPR membentuk panitia khusus untuk menyelidiki Menteri Keuangan.', ('IDNLEG', '090', 'IDNGOV')),
    ('Kejaksaan Agung menyiapkan tim guna menyelidiki Gubernur Jawa Timur.', ('IDNJUD', '091', 'IDNGOV')),
    ('Pemerintah Zimbabwe mengerahkan polisi untuk menangkap aktivis oposisi.', ('ZWEGOV', '173', 'ZWEOPP')),
    ('Pemerintah Amerika Serikat mengirim kapal perang ke Laut China Selatan untuk menekan China.',
     ('USAGOV', '170', 'CHN')),
]

NOTHING = [
    'Puluhan polisi dikerahkan ke desa itu untuk menangkap Budi Santoso.',
    'Puluhan polisi ditempatkan di desa itu untuk menangkap Budi Santoso.',
]


@pytest.mark.parametrize(("text", "want"), CODED)
def test_coded(coder, text, want):
    assert want <= events(coder, text)


@pytest.mark.parametrize(("text", "unwanted"), NOT_CODED)
def test_not_coded(coder, text, unwanted):
    assert unwanted not in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(coder, text):
    assert events(coder, text) == set()
