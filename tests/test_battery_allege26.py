"""A battery for speakers of a wrong found with no verb of saying in its clause
(``coding/allege.py``): the owner of a noun of what was said ("Komentar X menyoal/soal
<a wrong> yang dilakukan Y ...": ``_noun_speaker``, the noun, grammar
``statement_owner_nouns``, opening the clause, a word of topic right after its owner);
the first actor of the sentence before for a sentence that opens with its reason ("X
memanggil ... . Alasannya, Y melakukan ...": ``_reason_speaker``); the speaker the
sentence after names for a sentence in the first person ("Kami tahu Y melanggar ... .
Itu sikap kami, ujar X": ``_quoted_speaker``). CONVENTIONS: an allegation by a named
accuser is coded (112), one with no named accuser is not.
Every sentence here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Pernyataan Menteri Pertahanan Jepang menyoal provokasi yang dilakukan Korea Utara di '
     'perbatasan memicu ketegangan.',
     ('JPNGOV', '112', 'PRK')),
    ('Komentar Presiden Prancis tentang kecurangan yang dilakukan Rusia dalam pemilu itu '
     'memicu perdebatan.',
     ('FRAGOV', '112', 'RUS')),
    ('Namun, pidato Menteri Luar Negeri Malaysia terkait penyiksaan yang dilakukan militer Myanmar '
     'terhadap warga sipil mendapat sambutan.',
     ('MYSGOV', '112', 'MMRMIL')),
    ('Pemerintah Malaysia menolak perjanjian perbatasan dengan Singapura. Alasannya, Singapura '
     'telah melanggar kesepakatan lama.',
     ('MYSGOV', '112', 'SGP')),
    ('Kementerian Luar Negeri China memanggil Duta Besar Jepang. Alasannya, Jepang melakukan '
     'provokasi di perairan sengketa.',
     ('CHNGOV', '112', 'JPN')),
    ('Kami tahu Singapura telah melanggar perjanjian. Itu sikap kami, ujar Menteri Luar Negeri Malaysia.',
     ('MYSGOV', '112', 'SGP')),
]

NOTHING = [
    # a topic with no wrong
    'Komentar Presiden Prancis tentang pemilu di Rusia memicu perdebatan.',
    # the noun is no subject: the one who said it is not named
    'Warga membaca komentar Presiden Prancis tentang kecurangan yang dilakukan Rusia dalam pemilu.',
    # the wrong stated as not done
    'Pernyataan Menteri Pertahanan Jepang menyoal provokasi yang tidak dilakukan Korea Utara '
    'memicu perdebatan.',
    'Kementerian Luar Negeri China memanggil Duta Besar Jepang. Alasannya, Jepang tidak melakukan provokasi.',
    'Kami tahu Singapura tidak melanggar perjanjian. Itu sikap kami, ujar Menteri Luar Negeri Malaysia.',
    # a reason with no sentence before; the wrong past another clause of the reason
    'Alasannya, Jepang melakukan provokasi di perairan sengketa.',
    'Kementerian Luar Negeri China memanggil Duta Besar Jepang. Alasannya, cuaca buruk, dan Jepang '
    'melakukan provokasi.',
    # the narrator's sentence (no first person) before a speaker's
    'Singapura telah melanggar perjanjian. Itu fakta yang kami temukan, ujar Menteri Luar Negeri Malaysia.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_a_speaker_with_no_verb_of_saying_accuses(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


@pytest.mark.parametrize("text", NOTHING)
def test_no_accusation_without_a_named_speaker_or_a_wrong(coder, text):
    got = events(coder, text)
    assert not [e for e in got if e[1].startswith("112")], got
