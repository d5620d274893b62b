"""A battery for the country of roles named without one (session 23, branch country23):

- a sentence that names known people or bodies of one foreign country, none of them as
  the one acted on (not after a preposition or an active verb), and no state acting, no
  place and nothing of the language's own country: its local agents of no country
  (troops, police, protesters) are of that country ("Taliban menuduh pasukan keamanan
  ...": Afghan forces), also over the country an earlier sentence of the text set
  (resolve.py ``_named_state``, mentions.py ``context_country``). National roles
  (government, parliament) are left as they were: a minister named beside a foreign
  person is most often the language's own country's counterpart.
- not when the foreign person or body is acted on ("Polisi menangkap anggota Taliban"),
  nor when the sentence names the language's own country, an actor of it or one of its
  places, nor when a role names its country itself.

CODED: every event listed is coded; NOT_CODED: the event named is not.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Taliban menuduh pasukan keamanan menyerang sebuah desa.', {('AFGREB', '1123', 'AFGMIL')}),
    ('Hezbollah mengecam tentara yang menembaki desa itu.', {('LBNUAF', '111', 'LBNMIL')}),
    ('Aung San Suu Kyi mengecam militer yang menangkap para demonstran.',
     {('MMRELI', '111', 'MMRMIL'), ('MMRMIL', '173', 'MMROPP')}),
    # over the country an earlier sentence set
    ('Unjuk rasa itu terjadi di Kairo. Hezbollah mengecam tentara yang menembaki desa itu.',
     {('LBNUAF', '111', 'LBNMIL')}),
    # the language's own country's as before: acted on, named with its country, at home
    ('Polisi menangkap anggota Taliban.', {('IDNCOP', '173', 'AFGREB')}),
    ('Taliban menuduh pasukan keamanan Indonesia menyerang sebuah desa.', {('AFGREB', '1123', 'IDNMIL')}),
    ('Hezbollah mengecam tentara yang menembaki desa di Aceh.', {('LBNUAF', '111', 'IDNMIL')}),
    ('Hezbollah dan Presiden Joko Widodo mengecam tentara yang menembaki desa itu.',
     {('LBNUAF', '111', 'IDNMIL'), ('IDNGOV', '111', 'IDNMIL')}),
]

NOT_CODED = [
    ('Taliban menuduh pasukan keamanan menyerang sebuah desa.', ('AFGREB', '1123', 'IDNMIL')),
    ('Polisi menangkap anggota Taliban.', ('AFGCOP', '173', 'AFGREB')),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_coded(coder, text, expected):
    assert expected <= events(coder, text)


@pytest.mark.parametrize(("text", "event"), NOT_CODED)
def test_not_coded(coder, text, event):
    assert event not in events(coder, text)
