"""A battery for the country of generic actors in foreign news (issue #18, session 16).
A role noun with no country of its own ("pemerintah", "polisi", "presiden") is of the
language's default country (Indonesia) unless the text shows another. Each block is
one rule:

- H2 where a role went: a place named as where something happens ("di Nagoya, Jepang")
  gives a role of no country that place's country only when the role did not travel
  there: a travel word (grammar ``travel_words``: "tiba", "mengunjungi", "kunjungan",
  "berada") with the role as its subject ("Menteri mengunjungi pabrik di Nagoya") or
  opening the sentence before it ("Dalam kunjungan di Seoul, Menteri ...") keeps the
  visitor of the default country; someone else's travel ("turis yang berkunjung di
  Phuket") does not, nor does a place with no travel ("Di Harare, polisi ...").

EVENTS: (text, [(source, code, target), ...]) every listed triple is coded; NOT_EVENTS:
(text, (source, code, target)) that triple is not coded. Every sentence here was written
for these tests; none comes from a gold or silver file."""

from __future__ import annotations

import pytest

from tests.conftest import battery_events

EVENTS = [
    # H2: the visitor stays of the default country
    ('Menteri Perdagangan mengunjungi pabrik Toyota di Nagoya, Jepang.', [('IDNGOV', '042', 'JPN')]),
    ('Dalam kunjungan di Seoul, Menteri Luar Negeri menandatangani kesepakatan dengan Korea Selatan.',
     [('IDNGOV', '057', 'KOR')]),
    ('Menteri Pertahanan tiba di Canberra, Australia, dan bertemu dengan Perdana Menteri Australia.',
     [('IDNGOV', '040', 'AUSGOV')]),
    # H2: no travel, or someone else's: the place's country
    ('Di Harare, polisi menangkap puluhan pendukung oposisi.', [('ZWECOP', '173', 'ZWEOPP')]),
    ('Polisi menangkap puluhan pendukung oposisi di Harare, Zimbabwe.', [('ZWECOP', '173', 'ZWEOPP')]),
    ('Polisi menangkap dua turis yang berkunjung di Phuket, Thailand.', [('THACOP', '173', 'THACVL')]),
]

NOT_EVENTS = [
    ('Menteri Perdagangan mengunjungi pabrik Toyota di Nagoya, Jepang.', ('JPNGOV', '042', 'JPN')),
    ('Presiden mengunjungi pabrik Toyota di Nagoya, Jepang.', ('JPNGOV', '042', 'JPN')),
    ('Dalam kunjungan di Seoul, Menteri Luar Negeri menandatangani kesepakatan dengan Korea Selatan.',
     ('KORGOV', '057', 'KOR')),
    ('Polisi menangkap dua turis yang berkunjung di Phuket, Thailand.', ('IDNCOP', '173', 'THACVL')),
    ('Menteri Pertahanan yang tiba di Canberra, Australia, menandatangani kesepakatan dengan Australia.',
     ('AUSGOV', '057', 'AUS')),
]


@pytest.mark.parametrize("text, expected", EVENTS)
def test_the_country_of_a_generic_role(coder, text, expected):
    got = battery_events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_EVENTS)
def test_the_wrong_country_is_not_coded(coder, text, wrong):
    assert wrong not in battery_events(coder, text)
