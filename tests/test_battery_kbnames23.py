"""One-word leader names that are common names (session 23, branch kbnames23).

REIGN knows many leaders by one word ("Putin", "Thomas", "Miranda"). A word that is a
given name or a surname borne by people of several other countries in the knowledge base
("Thomas", "Torres", "Flores") names no leader alone: it is not in the lexicon, so an
ordinary "Thomas" in a news story is no head of Grenada. A word borne in the leader's own
country only ("Putin", "Bolsonaro") stays his name. REIGN's names written family name
first ("Quiros, Daniel") give the family name, not the given name, as the short form; a
leader the knowledge base knows by a full name keeps his surname as any head of state
does, common or not (the date picks who: tests/test_roles.py).

Every sentence here was written for these tests; none comes from a gold file or the corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

from peristiwa.actors.kb import KnowledgeBase

HEAD = "REIGN leaderlist_3_21.csv: head of state or government"


def _kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add("reign:1", "GRDGOV", "2008", "2013", ["Thomas"], HEAD)
    kb.add("reign:2", "RUSGOV", "2000", "", ["Putin"], HEAD)
    kb.add("reign:3", "CRIGOV", "1970", "1974", ["Quiros, Daniel"], HEAD)
    kb.add("wd:10", "RUSGOV", "2000", "", ["Vladimir Putin"], "Wikidata: President of Russia")
    kb.add("wd:11", "RUSGOV", "2010", "", ["Lyudmila Putin"], "Wikidata: minister of culture")
    for n, iso in enumerate(["AUS", "CAN", "DEU", "FRA"]):
        kb.add(f"wd:{20 + n}", iso + "GOV", "2010", "", [f"Thomas Someone{n}"], "Wikidata: minister of health")
    return kb


def _names(kb: KnowledgeBase) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for alias, ent, _ in kb.names():
        out.setdefault(alias, set()).add(ent.id)
    return out


def test_a_one_word_leader_name_borne_in_many_countries_is_no_name():
    names = _names(_kb())
    assert "Thomas" not in names


def test_a_one_word_leader_name_borne_at_home_only_stays():
    names = _names(_kb())
    assert "reign:2" in names["Putin"]


def test_a_family_name_written_first_is_the_short_form():
    names = _names(_kb())
    assert "reign:3" in names.get("Quiros", set())
    assert "Daniel" not in names


def test_the_same_common_name_in_three_countries_only_stays():
    kb = _kb()
    kb.add("reign:4", "SLVGOV", "1990", "1994", ["Zelaya"], HEAD)
    kb.add("wd:40", "HNDGOV", "2010", "", ["Maria Zelaya"], "Wikidata: minister")
    kb.add("wd:41", "NICGOV", "2010", "", ["Pedro Zelaya"], "Wikidata: minister")
    assert "reign:4" in _names(kb)["Zelaya"]  # two other countries: not yet a common name


COMMON = [
    'Thomas mengkritik keputusan pemerintah menaikkan harga bensin.',
    'Miranda menuduh perusahaan itu menipu para nasabah.',
    'Torres memuji pemerintah kota atas perbaikan jalan.',
]


@pytest.mark.parametrize("text", COMMON)
@pytest.mark.parametrize("published", [None, "2019-05-02"])
def test_a_common_name_alone_is_no_foreign_leader(coder, text, published):
    found = events(coder, text, published)
    assert not any(src.endswith("GOV") and src[:3] not in ("IDN", "") for src, _, _ in found), found


@pytest.mark.parametrize("text,source", [
    ('Putin mengkritik pemerintah Ukraina.', 'RUSGOV'),
    ('Bolsonaro mengkritik pemerintah Argentina.', 'BRAGOV'),
])
def test_a_leaders_own_name_alone_is_still_the_leader(coder, text, source):
    found = events(coder, text, "2019-05-02")
    assert any(src == source for src, _, _ in found), found
