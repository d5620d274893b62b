"""English event patterns (src/peristiwa/lang/en/events.txt), class by class.

Every sentence here was written for these tests; none is taken from a gold file
or pasted from news. Each checks the CAMEO code (or root) the English lexicon
gives, and the source and target where they are clear.
"""

from __future__ import annotations

import pytest

PUB = "2015-05-10"


def code(coder, text: str, published: str | None = PUB):
    return coder.code_text(text, lang="en", published=published)


def triples(events) -> list[tuple[str, str, str]]:
    return [(e.source, e.code, e.target) for e in events]


# -- exact triples the sentence must give (among possibly others) ---------------------

POSITIVE = [
    # 03: an agreement reached or struck by two coordinated parties is mutual
    ("Armenia and Azerbaijan reached an understanding on Friday.",
     [("ARM", "030", "AZE"), ("AZE", "030", "ARM")]),
    ("Turkey and Iraq reached a compromise on water.",
     [("TUR", "030", "IRQ"), ("IRQ", "030", "TUR")]),
    ("Serbia and Kosovo struck a deal after two days of talks.",
     [("SRB", "030", "KSV"), ("KSV", "030", "SRB")]),
    # ... but "with Y" frames it from one side
    ("Ecuador clinched an agreement with Peru.", [("ECU", "030", "PER")]),
    # 03: accepting a plan or proposal put forward by another actor
    ("Bolivia accepted a compromise proposed by Chile.", [("BOL", "030", "CHL")]),
    ("The Afghan government accepted the peace plan of Pakistan.", [("AFGGOV", "030", "PAK")]),
    # 0353: an agreed prisoner swap, both ways
    ("Ukraine and Russia agreed to a prisoner swap.",
     [("UKR", "0353", "RUS"), ("RUS", "0353", "UKR")]),
    # 051: welcoming another actor's decision is approval, not hosting
    ("Britain welcomed the decision of Myanmar to free political prisoners.",
     [("GBR", "051", "MMR")]),
    ("The United States welcomed a decision by Ethiopia to release political prisoners.",
     [("USA", "051", "ETH")]),
    # 07: handing over or distributing relief goods
    ("Norway handed over blankets and tents to the Red Cross.", [("NOR", "073", "NGOHLHIRC")]),
    ("The Indian army distributed food to Nepalese villagers.", [("INDMIL", "073", "NPLCVL")]),
    # 08: easing curbs; conceding a contest; giving up weapons
    ("Israel relaxed curbs on travel for Palestinian workers.", [("ISR", "081", "PSELAB")]),
    ("The Ivorian opposition conceded defeat to President Alassane Ouattara.",
     [("CIVOPP", "080", "CIVGOV")]),
    ("Yemeni rebels surrendered their weapons to the Saudi army.", [("YEMREB", "0873", "SAUMIL")]),
    # 080: giving in to pressure from another actor (not coercion of the one who gives in)
    ("Indonesia bowed to pressure from Australia.", [("IDN", "080", "AUS")]),
    ("The Greek government caved in to pressure from the European Union.",
     [("GRCGOV", "080", "IGOEUREEC")]),
    # 0871: a truce declared by two coordinated parties, both ways
    ("The Colombian government and the FARC rebels declared a truce.",
     [("COLGOV", "0871", "COLREB"), ("COLREB", "0871", "COLGOV")]),
    # 09: an inquiry into acts of someone: that someone is the target
    ("The Kenyan parliament launched an inquiry into killings by the Kenyan police.",
     [("KENLEG", "091", "KENCOP")]),
    ("The Kenyan parliament began an inquiry into abuses by the Kenyan police.",
     [("KENLEG", "092", "KENCOP")]),
    ("The United Nations began investigating killings by Burundian police.",
     [("IGOUNO", "091", "BDICOP")]),
    # "opened" and "ordered" are light verbs: their subject acts the noun's event
    ("The Kenyan parliament opened an inquiry into killings by the Kenyan police.",
     [("KENLEG", "091", "KENCOP")]),
    ("A Chilean court ordered an inquiry into abuses by the Chilean army.",
     [("CHLJUD", "092", "CHLMIL")]),
    # 10: "demanded that Y ..."
    ("France demanded that Iran free the detained French tourists.", [("FRA", "100", "IRN")]),
    # 15: mobilising forces against an adversary
    ("Iran mobilised troops against Iraq.", [("IRN", "154", "IRQ")]),
    ("The Russian army mobilized reservists against Ukraine.", [("RUSMIL", "154", "UKR")]),
    # 17: setting fire to someone's property
    ("Militants set fire to the homes of Christian villagers in Nigeria.",
     [("NGAUAF", "1712", "NGACVL")]),
    # 18: wounding someone somewhere is an assault, not a riot
    ("A suicide bomber wounded four Afghan policemen in Kabul.", [("AFGREB", "182", "AFGCOP")]),
]


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t[:40] for t, _ in POSITIVE])
def test_pattern_codes_the_event(coder, text, expected):
    got = triples(code(coder, text))
    for triple in expected:
        assert triple in got, (text, got)


# -- code and target where the source is a bare role ----------------------------------

def test_barricading_a_motorway_is_a_blockade_protest(coder):
    events = code(coder, "Greek farmers blocked the motorway near Athens.")
    assert [(e.source, e.code) for e in events] == [("GRCOPP", "144")]


def test_ordering_a_broadcaster_off_air_is_censorship_not_an_order(coder):
    # a country is named: a role with none is no side (test_english.py)
    events = code(coder, "The Burmese military junta ordered the radio station to halt broadcasts.")
    codes = [e.code for e in events]
    assert "1721" in codes and "100" not in codes
    e = next(e for e in events if e.code == "1721")
    assert e.evidence.target_text == "radio station"


@pytest.mark.parametrize("text,target", [
    ("Five Afghan soldiers were killed by a landmine in Helmand.", "AFGMIL"),
    ("Two Pakistani police officers were wounded by a grenade in Quetta.", "PAKCOP"),
])
def test_killed_or_wounded_by_an_explosive_is_a_bombing(coder, text, target):
    events = code(coder, text)
    assert [(e.code, e.target) for e in events] == [("183", target)]


def test_mobilising_against_is_not_a_protest(coder):
    events = code(coder, "Iran mobilised troops against Iraq.")
    assert [e.root for e in events] == ["15"]


def test_a_welcomed_visitor_is_still_hosted(coder):
    events = code(coder, "The Queen welcomed Japanese Prime Minister Shinzo Abe to London.")
    assert [(e.code, e.target) for e in events] == [("043", "JPNGOV")]


# -- negatives: sentences that must not give these codes ------------------------------

@pytest.mark.parametrize("text", [
    "The prime minister said the move would ease pressure on farmers.",   # "ease" alone
    "Russian forces continued to ease their grip on the region, Ukraine said.",
    "Negotiators from Sudan and South Sudan hope to reach a settlement soon.",  # a goal
    "The talks aimed to strike a deal between Iran and the United States.",
    "Six Nigerian workers were injured in a car crash in Lagos.",             # no actor acts
    "The opposition mobilized supporters for the election.",                  # no adversary
    "The minister set out a plan to reform the Indian police.",               # not arson
])
def test_no_event(coder, text):
    assert triples(code(coder, text)) == []


def test_bowing_to_pressure_is_not_coercion(coder):
    events = code(coder, "Indonesia bowed to pressure from Australia.")
    assert "17" not in [e.root for e in events]


def test_recognising_importance_is_not_conceding(coder):
    events = code(coder, "The Chinese minister recognized the importance of the victory "
                         "over Japan in World War Two.")
    assert "080" not in [e.code for e in events]


def test_agreement_about_a_third_country_does_not_make_it_a_party(coder):
    events = code(coder, "Venezuela and Colombia reached an agreement over Panama.")
    # the topic is not drawn into the mutual group (Panama agrees with no one)
    assert events and all(e.source != "PAN" for e in events)


def test_role_nouns_match_their_plurals_through_the_language_hook(coder):
    """English plurals are lang/en/hooks.py ``plural_forms``; Indonesian has no such hook."""
    from peristiwa.lang import load
    from peristiwa.records import Article

    plural_forms = load("en").hook("plural_forms")
    assert plural_forms("security official") == ["security officials"]
    assert plural_forms("gunman") == ["gunmen"] and plural_forms("militia") == ["militias"]
    assert load("id").hook("plural_forms") is None
    art = Article(text="Rebel fighters attacked a village in Mali.", lang="en", published=None)
    found = {m.text: m for cs in coder.analyse(art) for m in cs.mentions}
    assert found["Rebel fighters"].actor.code == "MLIREB"
    assert found["Rebel fighters"].named("role").phrase == "rebel fighter"
