"""A battery for the sides of matched patterns (issue #18, session 17): where a pattern of
the right CAMEO root matched at the trigger and the actors are named, but the coder took
no side or the wrong one. Each block is one rule:

- T1 a verb whose object is a clitic ("mengundangnya", "memintanya") has that object: a
  place after a marker of destination or location ("ke Washington", "di Jakarta") is where
  the act goes, not its target (it was taken as the capital's government, the source's
  own); the target is whom the clitic stands for. Without a clitic, the object before the
  place stays the target, and an organisation after "ke" is not a place.

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
]

NOT_CODED = [
    # T1 the place is not the target
    ('Presiden Amerika Serikat memuji Perdana Menteri Jepang dan mengundangnya ke Washington.',
     ('USAGOV', '036', 'USAGOV')),
    ('Pemerintah China memuji Presiden Joko Widodo dan mengundangnya ke Beijing.',
     ('CHNGOV', '036', 'CHNGOV')),
]

NOTHING = [
    # T1 a clitic standing for no actor named: the place is still no target
    'Presiden Rusia mengundangnya ke Moskow.',
    'Mereka mengundangnya ke Jakarta.',
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
