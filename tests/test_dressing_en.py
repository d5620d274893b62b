"""How an English sentence is dressed must not change its events (issue #18, item 7).
Own sentences, written for these tests:

- a dateline is a place of a few capitalised words, a comma and a spaced dash
  ("Kabul, Sunday - ..."); the hyphen of "secretary-general" or "Vietnamese-led"
  after a comma opens none, so the words before it still name actors;
- a trailing ", <speaker> said|reported." names who reports, never a target;
- "a statement released ..." frees no one (0841 needs a person released);
- a pattern's closing target does not reach past a comma.
"""

from __future__ import annotations

import pytest


def triples(coder, text: str):
    return sorted((e.source, e.code[:2], e.target) for e in coder.code_text(text, lang="en", published="2003-05-06"))


@pytest.mark.parametrize("plain, dressed", [
    ("Turkish police arrested two Russian journalists in Istanbul.",
     "Turkish police arrested two Russian journalists in Istanbul, Reuters reported."),
    ("Turkish police arrested two Russian journalists in Istanbul.",
     "Turkish police arrested two Russian journalists in Istanbul, the state news agency said."),
    ("The Kenyan opposition threatened to boycott the talks with the government.",
     "The Kenyan opposition threatened to boycott the talks with the government, local media reported."),
    ("Chile on Monday rejected a proposal by Bolivia, its northern neighbour, to reopen the talks.",
     "Meanwhile, Chile on Monday rejected a proposal by Bolivia, its northern neighbour, to reopen the talks."),
    ("Chinese-led forces attacked Laotian rebels near the border.",
     "Meanwhile, Chinese-led forces attacked Laotian rebels near the border."),
    ("Egypt's foreign minister met Jordan's king in Amman.",
     "In a statement released late on Friday, Egypt's foreign minister met Jordan's king in Amman."),
])
def test_dressing_keeps_the_events(coder, plain, dressed):
    got = triples(coder, plain)
    assert got, plain
    assert triples(coder, dressed) == got


@pytest.mark.parametrize("text", [
    "The opposition threatened to storm his office in Tbilisi, local media reported.",
    "The opposition threatened to storm his office in Tbilisi, local media said.",
    "Rebel leaders phoned on Sunday, state media reported.",
])
def test_the_speaker_after_the_clause_is_no_target(coder, text):
    got = triples(coder, text)
    assert not any(t.endswith("MED") for _, _, t in got), got


@pytest.mark.parametrize("text", [
    "The ministry released a statement on the floods.",
    "In a report released on Tuesday, the agency counted the losses of the harvest.",
])
def test_releasing_a_text_frees_no_one(coder, text):
    assert not any(c == "08" for _, c, _ in triples(coder, text)), triples(coder, text)


def test_releasing_captives_is_still_coded(coder):
    got = triples(coder, "Colombian rebels released twelve Venezuelan soldiers on Friday.")
    assert any(c == "08" for _, c, _ in got), got
