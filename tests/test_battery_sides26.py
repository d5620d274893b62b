"""A battery for sides lost after the act was found (session 26, branch sides26):

- people named without a role, several of them joined by a coordinator (grammar
  ``coordinators``: "dan", "serta", "beserta"), as the subject of a verb whose other
  side is of the sentence's country, are persons of that country (CONVENTIONS §4.2, as
  one person named so is: ``_role_less_person``): "Wahyudi dan Sutarno ditangkap polisi"
  is IDNCOP 173 IDN as "Wahyudi ditangkap polisi" is. The names open their clause (the
  sentence's start, a comma, a clause break); a comma alone is no coordinator. Not a
  place or a time ("Jakarta dan Surabaya", "Selasa dan Rabu"), not a name after a
  mention ("Polisi dan Wahyudi ...": the mention is the subject's own).
- a meeting after a setting word ("usai pertemuan dengan Y") right after the speaker a
  reporting word names is the speaker's also past a phrase of whom it was said to or
  where (grammar ``speaker_aside_markers``: "kata X kepada wartawan usai pertemuan dengan
  Y", "kata X di Jakarta, Senin, usai rapat dengan Y"); not past a verb ("kata X yang
  menolak hadir usai rapat ..." is not X's meeting as read here), nor a long phrase; and
  past a clause of the speaker being met or reached (grammar ``speaker_met_verbs`` after a
  clause word: "ujar X saat ditemui wartawan usai rapat dengan Y"); and after a reporting
  word with a possessive clitic ("..., ujarnya usai rapat dengan Y") the one it stands for:
  the sentence before's speaker or the maker of its statement; none when that sentence
  names neither.

CODED: every event listed is coded; NOT_CODED: the event named is not; NOTHING: no event.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # one name (as before) and several joined
    ('Wahyudi ditangkap polisi di Bekasi pada Senin malam.', {('IDNCOP', '173', 'IDN')}),
    ('Wahyudi dan Sutarno ditangkap polisi di Bekasi pada Senin malam.', {('IDNCOP', '173', 'IDN')}),
    ('Wahyudi, Sutarno, dan Rahmadi ditangkap polisi di Bekasi pada Senin malam.', {('IDNCOP', '173', 'IDN')}),
    ('Wahyudi beserta Sutarno sudah ditahan oleh kejaksaan negeri.', {('IDNJUD', '173', 'IDN')}),
    ('Wahyudi Santoso dan Sutarno Hadi mengkritik KPK dalam diskusi itu.', {('IDN', '111', 'IDNJUD')}),
    # after a comma or an opening clause word
    ('Pada Senin malam, Wahyudi dan Sutarno ditangkap polisi di rumahnya.', {('IDNCOP', '173', 'IDN')}),
    # in lower-case text, words that may be names
    ('wahyudi dan sutarno ditangkap polisi di bekasi.', {('IDNCOP', '173', 'IDN')}),
    # the speaker's meeting past whom it was said to or where
    ('"Kerja sama itu sudah disepakati," kata Menteri Perdagangan Rachmat Gobel kepada wartawan usai '
     'pertemuan dengan Menteri Luar Negeri Jepang di Jakarta, Senin.', {('IDNGOV', '040', 'JPNGOV')}),
    ('"Anggaran itu cukup," kata Menteri Keuangan, kepada pers seusai rapat dengan Komisi XI DPR, Selasa.',
     {('IDNGOV', '040', 'IDNLEG')}),
    ('"Kerja sama itu sudah disepakati," kata Menteri Perdagangan Rachmat Gobel di Jakarta, Senin, usai '
     'pertemuan dengan Menteri Luar Negeri Jepang.', {('IDNGOV', '040', 'JPNGOV')}),
    ('"Anggaran itu cukup," ujar Menteri Keuangan saat ditemui wartawan di Gedung DPR, usai rapat dengan '
     'Komisi XI DPR, Selasa.', {('IDNGOV', '040', 'IDNLEG')}),
    ('"Anggaran itu cukup," ujar Menteri Keuangan ketika dihubungi, Selasa, seusai pertemuan dengan '
     'Presiden Joko Widodo.', {('IDNGOV', '040', 'IDNGOV')}),
    ('"Anggaran tahun depan sudah cukup," kata Menteri Keuangan Sri Mulyani. "Kami sudah siap," ujarnya '
     'kepada wartawan seusai rapat kerja dengan Komisi XI DPR di Jakarta, Senin.', {('IDNGOV', '040', 'IDNLEG')}),
]

NOT_CODED = [
    # the names are of the country of the other side only: not a foreign police's
    ('Wahyudi dan Sutarno ditangkap polisi Malaysia di Johor.', ('MYSCOP', '173', 'IDN')),
]

NOTHING = [
    # the sentence before names no speaker: whom "-nya" stands for is not told
    'Hujan turun sejak pagi. "Kami sudah siap," katanya seusai rapat kerja dengan Komisi XI DPR, Senin.',

    # a verb between: no aside of whom or where
    '"Itu sudah cukup," kata Menteri Keuangan kepada wartawan yang menunggu usai rapat dengan Komisi XI DPR.',

    'Jakarta dan Surabaya diguyur hujan deras, kata BMKG.',
    'Selasa dan Rabu ditangkap polisi.',
    # a thing named with capitals joined to a name
    'Jalan Sudirman dan Thamrin ditutup polisi sejak pagi.',
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
