"""Pronouns and the actor they stand for (session 21, issue #18 item 3).

A personal pronoun that is the object of its clause's verb ("Jepang mengecam mereka",
"menyambut dia di bandara") never stands for that clause's own subject (only a
reflexive does: grammar ``reflexive_pronouns``); it stands for the subject of the
sentence before when neither its own sentence (before it) nor that sentence names
another actor it could be (coding/pronouns.py). Before, it was taken as its own
clause's subject, and the event, aimed at its own source, was lost. "Mereka" stands
for several people named together ("Macron dan Merkel ... Mereka ...") as for a body.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

OBJECT_PRONOUN = [
    ("Ribuan buruh pabrik berunjuk rasa di Bandung. Gubernur Jawa Barat kemudian menemui mereka.",
     ("IDNGOV", "040", "IDNLAB")),
    ("Menteri Luar Negeri Retno Marsudi tiba di Canberra. Perdana Menteri Australia Scott Morrison "
     "menyambut dia di bandara.", ("AUSGOV", "043", "IDNGOV")),
    ("Korea Utara kembali meluncurkan rudal balistik. Jepang mengecam mereka.", ("JPN", "111", "PRK")),
    ("Presiden Filipina Rodrigo Duterte mengunjungi Tokyo. Kaisar Jepang menerima beliau di istana.",
     ("JPNGOV", "043", "PHLGOV")),
    # after a verb whose object is the next verb's subject (grammar object_control)
    ("Presiden Rusia Vladimir Putin dikecam banyak negara. Presiden Ukraina Volodymyr Zelensky "
     "menuduh dia melakukan kejahatan perang.", ("UKRGOV", "112", "RUSGOV")),
]


@pytest.mark.parametrize("text,event", OBJECT_PRONOUN)
def test_an_object_pronoun_is_the_subject_of_the_sentence_before(coder, text, event):
    got = events(coder, text)
    assert any(e[0] == event[0] and e[1][:3] == event[1] and e[2] == event[2] for e in got), got


def test_an_object_pronoun_is_never_its_own_clauses_subject(coder):
    # nothing before says who "mereka" are: no event, least of all Iran against Iran
    assert not events(coder, "Iran mengecam mereka.")


@pytest.mark.parametrize("text,wrong", [
    # the police or the fishermen: the sentence before names two it could stand for
    ("Polisi Malaysia menangkap tiga nelayan Indonesia. Pengadilan Malaysia kemudian menghukum mereka.",
     "MYSCOP"),
    ("Kelompok Abu Sayyaf menculik tiga pelaut Indonesia. Tentara Filipina kemudian membebaskan mereka.",
     "IMGSEAMUSASF"),
])
def test_an_object_pronoun_with_two_candidates_stays_open(coder, text, wrong):
    got = events(coder, text)
    assert not any(e[2] == wrong and e[0] != wrong for e in got), got


def test_the_subject_of_a_clause_said_is_still_the_speaker(coder):
    # "mengatakan ia akan ...": "ia" opens the clause said, it is no object
    got = events(coder, "Perdana Menteri Jepang mengatakan ia akan bertemu dengan Presiden Korea Selatan.")
    assert ("JPNGOV", "036", "KORGOV") in got or ("JPNGOV", "040", "KORGOV") in got, got


def test_they_stands_for_several_people_named_together(coder):
    got = events(coder, "Presiden Prancis Emmanuel Macron dan Kanselir Jerman Angela Merkel tiba di Beijing. "
                        "Mereka bertemu Presiden China Xi Jinping.")
    assert ("FRAGOV", "040", "CHNGOV") in got and ("DEUGOV", "040", "CHNGOV") in got, got
