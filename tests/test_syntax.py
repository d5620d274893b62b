"""The trained tagger-parsers and the reading of events from the parse."""

from __future__ import annotations

import json

import pytest

from peristiwa.syntax import parse as syntax

pytestmark = pytest.mark.skipif(not syntax.available("id"), reason="no Indonesian model installed")


def test_parse_lines_up_with_our_tokens():
    words = "Polisi Turki menangkap dua jurnalis Rusia di Istanbul .".split()
    p = syntax.parse("id", words, [True] * (len(words) - 1) + [False])
    assert len(p.heads) == len(words)
    verb = words.index("menangkap")
    assert p.pos[verb] == "VERB"
    assert p.deps[words.index("Polisi")] == "nsubj" and p.heads[words.index("Polisi")] == verb
    assert p.deps[words.index("jurnalis")] == "obj"


def test_parse_refuses_what_it_cannot_take():
    assert syntax.parse("id", [], []) is None
    long = ["kata"] * (syntax.MAX_TOKENS + 1)
    assert syntax.parse("id", long, [True] * len(long)) is None
    assert syntax.parse("xx", ["a"], [False]) is None


def test_events_say_the_parse_linked_them(coder):
    events = coder.code_text("Polisi Turki menangkap dua jurnalis Rusia di Istanbul.", lang="id")
    assert [(e.source, e.code, e.target) for e in events] == [("TURCOP", "173", "RUSMED")]
    notes = " ".join(events[0].evidence.notes)
    assert "parse source: nsubj" in notes and "parse target: obj" in notes


def test_relative_clause_subject_from_the_parse(coder):
    text = "Menteri Luar Negeri Rusia, yang mengecam Turki kemarin, tiba di Jakarta."
    events = coder.code_text(text, lang="id", published="2020-12-29")
    assert ("RUSGOV", "111", "TUR") in [(e.source, e.code, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "PRESIDEN JOKOWI MENGECAM KERAS SERANGAN ITU",            # all caps
    "Polisi, tentara, jaksa, hakim, wartawan, demonstran.",   # a list, no verb
    " ".join(["Polisi menangkap wartawan dan"] * 60) + " mahasiswa.",  # very long
])
def test_hard_sentences_never_crash(coder, text):
    events = coder.code_text(text, lang="id")
    for e in events:
        json.dumps(e.to_dict())
