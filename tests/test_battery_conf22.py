"""A battery for root confusions (session 22, branch conf22): lexicon lines and modality
that gave an act the code of a neighbouring category. Each block is one rule:

- asking an actor to account for an act ("meminta pertanggungjawaban X") is a demand
  (CAMEO 10), not an arrest or a charge (173).

CODED: every event listed is coded; NOT_CODED: the event named is not.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # a demand for accountability
    ('Komisi III DPR meminta pertanggungjawaban Kapolri atas penembakan mahasiswa di Kendari.',
     {('IDNLEG', '100', 'IDNCOP')}),
    ('Fraksi Partai Demokrat meminta pertanggungjawaban Menteri Pertanian atas gagal panen di Jawa Timur.',
     {('IDNLEG', '100', 'IDNGOV')}),
]

NOT_CODED = [
    ('Komisi III DPR meminta pertanggungjawaban Kapolri atas penembakan mahasiswa di Kendari.',
     ('IDNLEG', '173', 'IDNCOP')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_event_is_not_coded(coder, text, wrong):
    assert wrong not in events(coder, text)

