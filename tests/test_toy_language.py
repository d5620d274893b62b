"""Adding a language is adding a folder (issue #17): a few words of a language
made up here, with the files the core reads, code a sentence through the same
pipeline as Indonesian and English, with no line of Python of its own."""

from __future__ import annotations

from datetime import date

import pytest

from peristiwa import lang as langdata
from peristiwa.pipeline import Coder
from peristiwa.records import Article

# "Toyish": word order subject-verb-object, a passive marked by the prefix "ba-"
# and the agent after "pu", country names as Toyish writes them.
GRAMMAR = """
[settings]
name = "Toyish"
spacy = "xx"
stemmer = "none"
default_country = ""
head = "first"

[families]
bare = ["bare", "passive"]   # a pattern word matches its passive too

[voice]
bare = "active"
passive = "passive"

[[forms]]
pattern = "^ba"
form = "passive"

[words]
agent_markers = ["pu"]
target_markers = ["ko"]
negators = ["nu"]
future = ["wila"]
clause_breaks = [";", "ke"]
coordinators = ["e", ","]
"""

EVENTS = """
173   grabo            # arrest
042   vizo ko +        # visit to
"""

COUNTRIES = """
TUR country Turka
RUS country Ruso
"""

STEMS = """
bagrabo grabo
bavizo  vizo
"""

AGENTS = """
polo   ~COP
jurno  ~MED
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("langs") / "tq"
    folder.mkdir()
    for name, text in (("grammar.toml", GRAMMAR), ("events.txt", EVENTS),
                       ("countries.txt", COUNTRIES), ("agents.txt", AGENTS),
                       ("stems.txt", STEMS)):
        (folder / name).write_text(text, encoding="utf-8")
    yield langdata.register(folder)
    langdata.unregister("tq")


def code(text: str, lang: str) -> list[tuple[str, str, str]]:
    events = Coder().code_article(Article(text=text, lang=lang, published=date(2021, 3, 1)))
    return [(e.source, e.code, e.target) for e in events]


def test_a_toy_language_is_available_once_registered(toy):
    assert toy == "tq" and "tq" in langdata.available()


def test_a_toy_sentence_is_coded_by_word_order(toy):
    assert code("Polo Turka grabo jurno Ruso.", toy) == [("TURCOP", "173", "RUSMED")]


def test_a_toy_passive_reverses_the_sides(toy):
    # "the Russian journalists were arrested by the Turkish police"
    assert code("Jurno Ruso bagrabo pu polo Turka.", toy) == [("TURCOP", "173", "RUSMED")]


def test_a_toy_pattern_slot_and_negation(toy):
    assert code("Polo Turka vizo ko Ruso.", toy) == [("TURCOP", "042", "RUS")]
    assert code("Polo Turka nu grabo jurno Ruso.", toy) == []


def test_the_events_carry_the_toy_rule_as_evidence(toy):
    [ev] = Coder().code_text("Polo Turka grabo jurno Ruso.", lang=toy, published="2021-03-01")
    assert ev.evidence.rule == "tq:events.txt:173:grabo"
    assert ev.evidence.trigger_text == "grabo"
