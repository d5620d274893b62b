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


def test_the_parse_fills_what_word_order_leaves_open():
    """The object stands too far for the word-order reading (over ten words
    away); the parse links it, and the evidence says along which relation."""
    from peristiwa.coding.coder import SentenceCoder, build_events
    from peristiwa.pipeline import Coder

    text = ("Polisi Turki menangkap pada Selasa pagi sekitar pukul sembilan waktu setempat "
            "kemarin dua jurnalis Rusia.")
    pipe = Coder().pipeline("id")
    sent = pipe.sentences(text)[0]
    words = [t.text for t in sent.tokens]
    verb, subj, obj = words.index("menangkap"), words.index("Polisi"), words.index("jurnalis")
    heads = [verb] * len(words)
    deps = ["dep"] * len(words)
    deps[verb], deps[subj], deps[obj] = "ROOT", "nsubj", "obj"
    heads[words.index("Turki")], deps[words.index("Turki")] = subj, "nmod"
    heads[words.index("Rusia")], deps[words.index("Rusia")] = obj, "nmod"
    tree = syntax.Parse(tuple(heads), tuple(deps), tuple("X" for _ in words))
    mentions = pipe.mentions.find(sent, None)

    def events(parse):
        sc = SentenceCoder(pipe.data, pipe.patterns, sent, mentions, "IDN", None, parse)
        return build_events(sc, "a", "id", None)

    assert events(None) == []  # word order alone finds no target
    found = events(tree)
    assert [(e.source, e.code, e.target) for e in found] == [("TURCOP", "173", "RUSMED")]
    assert "parse target: obj" in found[0].evidence.notes


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
