"""The country a sentence acts in (actors/resolve.py ``_acting_country``): a role and a
country as the clause's subject or as the agent of its passive verb set the country of
the sentence's agents that name none ("Para aktivis ditangkap oleh militer Myanmar":
Myanmar's activists). The agent of a nominal act that is the object of an active verb
acts in that act only: the clause's own subject, a national institution named without a
country, stays the language's ("Kementerian Luar Negeri mengecam penangkapan ... oleh
polisi Malaysia" is Indonesia's ministry). Sentences written for the rule."""

import pytest
from conftest import battery_events


def events(coder, text):
    return battery_events(coder, text, published="2020-01-10")


@pytest.mark.parametrize("text, expected", [
    ("Kementerian Luar Negeri mengecam penangkapan nelayan oleh polisi Malaysia.", ("IDNGOV", "111", "MYSCOP")),
    ("Menteri Luar Negeri mengecam penahanan wartawan oleh militer Myanmar.", ("IDNGOV", "111", "MMRMIL")),
    ("Kementerian Luar Negeri mengecam keras penyitaan kapal oleh angkatan laut Vietnam.",
     ("IDNGOV", "111", "VNMMIL")),
])
def test_the_agent_of_an_object_act_sets_no_country_for_the_subject(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


def test_the_agent_of_a_passive_verb_still_sets_the_country(coder):
    got = events(coder, "Para aktivis ditangkap oleh militer Myanmar.")
    assert ("MMRMIL", "173", "MMROPP") in got, got
