"""A battery for a speaker's judgement of an actor's conduct (CAMEO 111, issue #18,
session 16; events.judged.txt, coding/allege.py):

- the one judged stands before the predicate word with words of degree or a demonstrative
  between ("X itu keliru", "X sangat keliru", "langkah X itu keliru"), after a verb of
  judging or saying or before ", kata Y";
- the act of an actor's (a noun of conduct: keputusan, langkah, kebijakan ...) said to be
  wrong, confusing, shameful or against the law ("keputusan X bertentangan dengan
  undang-undang", "langkah X membingungkan", "pernyataan X kontroversial") judges its doer;
- not an actor after a preposition ("kerja sama dengan X sangat lemah"), not a thing of
  the actor's that is no conduct ("pertumbuhan ekonomi X sangat lemah"), not a judgement with
  no one's act ("hasil pertandingan itu mengecewakan"), not the speaker's own act.

CODED: every event listed is coded; NOT_CODED: the event named is not. Every sentence here
was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Menteri Pertanian itu sangat keliru, kata Ketua Komisi IV DPR.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Menteri Pertanian tersebut keliru, ujar Ketua Komisi IV DPR.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Kebijakan Menteri Pertanian itu keliru, kata Ketua Komisi IV DPR.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua Komisi IV DPR menilai kebijakan Menteri Pertanian itu sangat keliru.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua Komisi IV DPR menilai Menteri Pertanian benar-benar lamban.', [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua Komisi IV DPR menilai keputusan Menteri Pertanian tersebut tidak adil.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua Komisi IV DPR mengatakan keputusan Menteri Pertanian itu bertentangan dengan undang-undang.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Ketua Komisi IV DPR menilai langkah Gubernur Jawa Barat sangat membingungkan.',
     [('IDNLEG', '111', 'IDNGOV')]),
    ('Partai Demokrat menilai pernyataan Menteri Agama kontroversial.', [('IDNOPP', '111', 'IDNGOV')]),
    ('Kinerja kepolisian sangat mengecewakan, ujar Ketua Komisi III DPR.', [('IDNLEG', '111', 'IDNCOP')]),
    ('Ketua Komisi IV DPR menyebut keputusan Presiden tidak masuk akal.', [('IDNLEG', '111', 'IDNGOV')]),
]

NOT_CODED = [
    # an actor after a preposition is no subject
    ('Kerja sama dengan Malaysia sangat lemah, kata Ketua Komisi I DPR.', ('IDNLEG', '111', 'MYS')),
    ('Ketua Komisi I DPR menilai kerja sama dengan Malaysia sangat membingungkan.', ('IDNLEG', '111', 'MYS')),
    # a thing of the actor's that is no conduct
    ('Pertumbuhan ekonomi Indonesia sangat lemah, kata Menteri Keuangan.', ('IDNGOV', '111', 'IDN')),
    # no one's act judged
    ('Hasil pertandingan itu mengecewakan, kata Ketua Komisi X DPR.', ('IDNLEG', '111', 'IDN')),
    # a rule said to be against the law judges no actor
    ('Presiden mengatakan aturan itu bertentangan dengan undang-undang.', ('IDNGOV', '111', 'IDN')),
    # negated
    ('Ketua Komisi IV DPR menilai Menteri Pertanian itu tidak keliru.', ('IDNLEG', '111', 'IDNGOV')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_judgements_are_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_no_judgement_is_coded(coder, text, wrong):
    assert wrong not in events(coder, text)
