"""English constructions by the grammar (issue #19, items 3-4): a role with no
country, a place after a compass word, a nominal or participle that is no act.

Every sentence here was written for these tests; none comes from a gold file or
from the PETRARCH validation suite."""

from __future__ import annotations

import pytest


def triples(coder, text: str):
    return [(e.source, e.code, e.target) for e in coder.code_text(text, lang="en", published="2024-05-14")]


# -- a role with no country: the other side's country, or no side ---------------------

@pytest.mark.parametrize("text, source, target", [
    ("The Kenyan government on Monday rejected demands from rebels.", "KENGOV", "KENREB"),
    ("Tanzania's army attacked rebels near the border.", "TZAMIL", "TZAREB"),
])
def test_a_role_with_no_country_is_of_the_other_sides_country(coder, text, source, target):
    got = triples(coder, text)
    assert any(s == source and t == target for s, _, t in got), got


@pytest.mark.parametrize("text", [
    "The government condemned rebels on Friday.",  # no country anywhere
    "Angry Kenyan crowds burned down its embassy on Friday.",  # whose embassy is not said
    "Officials criticized the ministry in a statement.",
])
def test_a_role_with_no_country_named_is_no_side(coder, text):
    got = triples(coder, text)
    assert all(len(s) >= 3 and s[:3] not in ("GOV", "MIL", "REB", "CVL", "COP")
               and (not t or t[:3] not in ("GOV", "MIL", "REB", "CVL", "COP")) for s, _, t in got), got


# -- a place after a compass word is a place, not the object ----------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Ethiopia condemned a raid by Somali militants in southern Kenya.", "ETH", "SOM"),
    ("Uganda condemned an attack by Sudanese soldiers in north Kenya on Tuesday.", "UGA", "SDN"),
])
def test_a_place_behind_a_compass_word_is_no_target(coder, text, source, target):
    got = triples(coder, text)
    assert not any(t.startswith("KEN") for _, _, t in got), got
    assert any(s.startswith(source) and t.startswith(target) for s, _, t in got), got
