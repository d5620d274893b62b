"""A battery for side attachment (session 25, branch attach25): a subject that exists as a
mention and was not taken, each block one rule:

- "one of" before an actor's phrase ("salah satu anggota DPR", "salah seorang pengacara
  X", grammar ``speaker_one_of``) is passed over as a determiner of ``mention_skip`` is:
  the phrase still opens its clause, also when an aside stands between it and its verb
  (reading.py ``_one_of``, used by ``_before_index``).
- a name nothing recognised, set off by commas right before the verb ("Salah seorang
  penasihat kampanye X, Nama Orang, mengecam ...") says who holds the phrase before it:
  the aside is passed over, and that phrase, which opens its clause, is the subject
  (reading.py ``_name_aside``). Not when the mention before the aside is the object of a
  verb or a preposition of a fronted clause ("Usai bertemu X, Nama, ..."), whose subject
  is the name.
- a clause of "selain" (besides doing) that opens the sentence with no subject of its own
  shares the main clause's subject after its comma, as the other words of
  ``fronted_subordinators`` do ("Selain bertemu X, Y juga mengunjungi ...": Y met X; the
  agent of its passive is the source, and the main subject the target: "Selain dikecam
  X, Y juga ..."). "Selain" before a noun phrase ("Selain X, Y juga ...") opens no
  clause: nothing of it.
- an active verb that opens the sentence (connectives and a quotation mark that opens it
  aside) heads a fronted participle clause: its subject is the main clause's after the
  comma ("Menanggapi kritik X, Y mengatakan ...": Y responds to X; "Bertemu X di Istana, Y
  membahas ...": Y meets X), as after a word of ``fronted_subordinators`` (reading.py
  ``_fronted_participle``). Not a verb in quotation marks inside a clause ('A "menyerahkan
  kekuasaan" kepada B, dan C ...').
- one mention is never both sides of a match: a target that is the source's own mention
  is dropped (sides.py ``_sides``): the fronted verb's object search that runs past its
  comma meets the main clause's subject, which is its source ("Memprotes kebijakan itu,
  ribuan buruh berunjuk rasa ...": no protest of the workers against themselves).

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # "one of" before the subject, an aside of time or a name between it and the verb
    ('Salah satu anggota DPR, kemarin, mengecam polisi.', {('IDNLEG', '111', 'IDNCOP')}),
    ('Salah seorang pejabat Kementerian Pertahanan Amerika Serikat, John Smith, mengecam China.',
     {('USAGOV', '111', 'CHN')}),
    ('Salah seorang pengacara Presiden Donald Trump, John Smith, mengecam China.',
     {('USAJUD', '111', 'CHN')}),
    # as it already was with no aside, and with "seorang" alone
    ('Salah satu anggota DPR mengecam polisi.', {('IDNLEG', '111', 'IDNCOP')}),
    ('Seorang pengacara Presiden Donald Trump, John Smith, mengecam China.', {('USAJUD', '111', 'CHN')}),
    # an unrecognised name in apposition: the phrase before it, which opens its clause
    ('Salah seorang penasihat kampanye Presiden Donald Trump, John Smith, mengecam China.',
     {('USAGOV', '111', 'CHN')}),
    ('Hal itu terungkap saat salah seorang penasihat Presiden Donald Trump, John Smith, mengecam China.',
     {('USAGOV', '111', 'CHN')}),
    # as it already was with no apposition
    ('Penasihat kampanye Presiden Donald Trump mengecam China.', {('USAGOV', '111', 'CHN')}),
    # "selain" + a verb: the main clause's subject
    ('Selain bertemu Presiden Joko Widodo, Perdana Menteri Jepang Shinzo Abe juga mengunjungi Bali.',
     {('JPNGOV', '040', 'IDNGOV'), ('JPNGOV', '042', 'IDN')}),
    ('Selain dikecam Indonesia, Israel juga dikecam Malaysia.', {('IDN', '111', 'ISR'), ('MYS', '111', 'ISR')}),
    # a fronted participle clause: the main clause's subject
    ('Menanggapi kritik Partai Demokrat, Presiden Joko Widodo mengatakan pemerintah akan bekerja keras.',
     {('IDNGOV', '010', 'IDNOPP')}),
    ('Namun, menanggapi kritik Partai Demokrat, Presiden Joko Widodo mengatakan pemerintah akan bekerja keras.',
     {('IDNGOV', '010', 'IDNOPP')}),
    ('Merespons kecaman Indonesia, Israel menyatakan tidak akan mundur.', {('ISR', '010', 'IDN')}),
    ('Bertemu Presiden Joko Widodo di Istana, Perdana Menteri Jepang Shinzo Abe membahas kerja sama ekonomi.',
     {('JPNGOV', '040', 'IDNGOV')}),
]

NOT_CODED = [
    # "selain" before a noun phrase: the main clause's act only
    ('Selain Indonesia, Malaysia juga mengecam Israel.', ('IDN', '111', 'ISR')),
    # the fronted verb's source is no target of it past the comma (protesters recoded)
    ('Memprotes kebijakan itu, ribuan buruh berunjuk rasa di depan Istana.', ('IDNOPP', '114', 'IDNLAB')),
    # a verb in quotation marks inside a clause opens no sentence
    ('Akhirnya pada 1967 Budi \u201cmenyerahkan kekuasaan\u201d kepada pejabat presiden, dan presiden Indonesia mundur.',
     ('IDNGOV', '080', 'IDNGOV')),
    # the mention before the name is the object of the fronted clause's verb
    ('Usai bertemu Presiden Donald Trump, John Smith, mengecam China.', ('USAGOV', '111', 'CHN')),
]

NOTHING = [
    # the mention before the name is after a preposition: the name is the subject
    'Dalam pertemuan dengan Presiden Donald Trump, John Smith, mengecam China.',
    'Kepada Presiden Donald Trump, John Smith, menyampaikan protes.',
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
