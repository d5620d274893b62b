"""A battery for the owner of a noun of what was said as the accuser
(``coding/allege.py``, ``_noun_speaker``), and the subject of the sentence before for a
sentence that opens with its reason ("X memanggil ... . Alasannya, Y melakukan ...":
``_reason_speaker``): "Komentar X menyoal/soal <a wrong> yang
dilakukan Y ..." is X's accusation against Y (CONVENTIONS: an allegation by a named
accuser is coded): the noun (grammar ``statement_owner_nouns``) opens the clause, a word
of topic right after its owner, the wrong after that in one clause. A noun in another
place (an object, after a preposition), a topic with no wrong, or a wrong stated as not
done codes no accusation.
Every sentence here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    # the reason of what the sentence before told is its subject's (``_reason_speaker``)
    ('Pemerintah Malaysia menolak perjanjian perbatasan dengan Singapura. Alasannya, Singapura '
     'telah melanggar kesepakatan lama.',
     ('MYSGOV', '112', 'SGP')),
    ('Kementerian Luar Negeri China memanggil Duta Besar Jepang. Alasannya, Jepang melakukan '
     'provokasi di perairan sengketa.',
     ('CHNGOV', '112', 'JPN')),
    ('Pernyataan Menteri Pertahanan Jepang menyoal provokasi yang dilakukan Korea Utara di '
     'perbatasan memicu ketegangan.',
     ('JPNGOV', '112', 'PRK')),
    ('Komentar Presiden Prancis tentang kecurangan yang dilakukan Rusia dalam pemilu itu '
     'memicu perdebatan.',
     ('FRAGOV', '112', 'RUS')),
    ('Namun, pidato Menteri Luar Negeri Malaysia terkait penyiksaan yang dilakukan militer Myanmar '
     'terhadap warga sipil mendapat sambutan.',
     ('MYSGOV', '112', 'MMRMIL')),
]

NOTHING = [
    # a reason stated as not done; a reason with no sentence before
    'Kementerian Luar Negeri China memanggil Duta Besar Jepang. Alasannya, Jepang tidak melakukan provokasi.',
    'Alasannya, Jepang melakukan provokasi di perairan sengketa.',
    # the wrong past another clause of the reason
    'Kementerian Luar Negeri China memanggil Duta Besar Jepang. Alasannya, cuaca buruk, dan Jepang '
    'melakukan provokasi.',
    # a topic with no wrong
    'Komentar Presiden Prancis tentang pemilu di Rusia memicu perdebatan.',
    # the noun is no subject: the one who said it is not named
    'Warga membaca komentar Presiden Prancis tentang kecurangan yang dilakukan Rusia dalam pemilu.',
    # the wrong stated as not done
    'Pernyataan Menteri Pertahanan Jepang menyoal provokasi yang tidak dilakukan Korea Utara '
    'memicu perdebatan.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_owner_of_a_statement_accuses(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


@pytest.mark.parametrize("text", NOTHING)
def test_no_accusation_without_an_owner_or_a_wrong(coder, text):
    got = events(coder, text)
    assert not [e for e in got if e[1].startswith("112")], got
