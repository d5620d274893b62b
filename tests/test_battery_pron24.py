"""A battery for two rules of session 24 (branch pron24). Each block is one rule:

- a bare "parlemen", "Presiden", "pemerintah" (grammar ``bare_heads``) is the default
  country's only where the text shows that country (CONVENTIONS §3, coding/events.py
  ``_bare_unsettled``); a pronoun standing for such a head ("Parlemen ... . Mereka
  mengecam ...") is as unsettled as the head: the antecedent decides. A head the text
  gives a country or a name keeps its pronoun's events.
- a walkout from a sitting, or a boycott of a sitting, a meeting or a vote, is a protest
  (143) by whoever does it: a governing party's (role GOV) is no embargo or sanction (163),
  which transform ``by-role 143>163`` makes of a state's boycott (patterns flagged
  ``@anyrole`` in lang/id/events*.txt). A government's boycott of a country's goods stays 163.

CODED: every event listed is coded; NOT_CODED: the event named is not.
Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # the antecedent shows its country, or another actor of it is named
    ('Parlemen Indonesia menolak rancangan anggaran. Mereka mengecam Presiden Rusia atas serangan itu.',
     {('IDNLEG', '111', 'RUSGOV')}),
    ('Presiden Joko Widodo tiba di Bandung. Presiden mengatakan ia akan bertemu Perdana Menteri Jepang pekan depan.',
     {('IDNGOV', '036', 'JPNGOV')}),
    # a walkout or a boycott of a sitting by a governing party is a protest
    ('PDIP melakukan walk out saat DPR mengesahkan undang-undang itu.', {('IDNGOV', '143', 'IDNLEG')}),
    ('Anggota PDIP melakukan walk out dari rapat paripurna.', {('IDNGOV', '143', '')}),
    ('PDIP memboikot rapat paripurna DPR.', {('IDNGOV', '143', 'IDNLEG')}),
    # a government's boycott of a country's goods is a sanction
    ('Pemerintah Amerika Serikat memboikot produk Iran.', {('USAGOV', '163', 'IRN')}),
]

NOT_CODED = [
    # a pronoun for a bare head nothing gives a country to
    ('Parlemen menolak rancangan anggaran tahun depan. Mereka mengecam Presiden Rusia atas serangan itu.',
     ('IDNLEG', '111', 'RUSGOV')),
    ('Parlemen menolak rancangan anggaran tahun depan. Mereka meminta perusahaan minyak Amerika Serikat '
     'menghentikan pengeboran.', ('IDNLEG', '0242', 'USABUS')),
    ('Presiden menghadiri sidang tahunan di ibu kota. Ia mengecam Perdana Menteri Jepang atas pernyataan itu.',
     ('IDNGOV', '111', 'JPNGOV')),
    ('Pemerintah menaikkan harga bahan bakar. Mereka juga menuduh Amerika Serikat mencampuri urusan dalam negeri.',
     ('IDNGOV', '112', 'USA')),
    # a walkout is no sanction
    ('Undang-undang itu disahkan DPR tanpa kehadiran PDIP yang melakukan walk out.', ('IDNGOV', '163', '')),
    ('PDIP melakukan walk out saat DPR mengesahkan undang-undang itu.', ('IDNGOV', '163', 'IDNLEG')),
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_event_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_event_is_not_coded(coder, text, wrong):
    assert wrong not in events(coder, text)
