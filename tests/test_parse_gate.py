"""The parse is asked for only where some reading of the tree could give an event
(``SentenceCoder._parse_can_matter``): the sentences below are our own."""

from __future__ import annotations

import pytest

from peristiwa.coding.coder import SentenceCoder
from peristiwa.pipeline import Article
from peristiwa.syntax import parse as syntax

pytestmark = pytest.mark.skipif(not syntax.available("id"), reason="no Indonesian model installed")

# a match whose open side only mentions with no code could fill
NO_EVENT_WHATEVER_THE_TREE = [
    # the source is a pronoun nothing resolves: no tree gives the arrest a coded source
    "Mereka menangkap pada Selasa pagi sekitar pukul sembilan waktu setempat kemarin dua jurnalis.",
    # no mention with a code at all ("berlangsung": a visit called off, "dibatalkan", is
    # dropped by its modality before any side is read, so it would not reach the gate)
    "Kunjungan itu berlangsung setelah mereka mengecam keputusan tersebut.",
    # one coded mention only: whatever the tree, the arrest would pair it with itself
    "Mereka ditangkap pada Selasa pagi sekitar pukul sembilan waktu setempat kemarin, kata Presiden Rusia.",
    "Pada Selasa pagi, yang menangkap mereka ternyata Polisi Turki.",
]
# the object stands too far for the word order; a tree can link it (RUSMED)
MAY_NEED_THE_TREE = ("Polisi Turki menangkap pada Selasa pagi sekitar pukul sembilan waktu setempat "
                     "kemarin dua jurnalis Rusia.")


def _coded(coder, text):
    doc = coder.document(Article(text=text, lang="id", published=None))
    return doc.wants_parse, [e.to_dict() for evs in doc.events for e in evs]


@pytest.mark.parametrize("text", NO_EVENT_WHATEVER_THE_TREE)
def test_no_parse_where_no_tree_could_give_an_event(coder, monkeypatch, text):
    wants, events = _coded(coder, text)
    assert wants == [False]
    # asked for anyway (the gate before), the parse changes nothing
    monkeypatch.setattr(SentenceCoder, "_parse_can_matter", lambda self, *a: True)
    wants_before, events_before = _coded(coder, text)
    assert wants_before == [True]
    assert events == events_before


def test_the_parse_is_asked_for_where_a_tree_could_give_an_event(coder):
    wants, _ = _coded(coder, MAY_NEED_THE_TREE)
    assert wants == [True]


def test_a_judgement_and_the_act_it_judges_are_read_together(coder):
    """"mengecam penangkapan ...": the judgement takes the agent of the nominal act as
    its target (``_judged_acts``), so both are read with the parse whenever it is
    asked for, whatever each could code alone."""
    pipe = coder.pipeline("id")
    sent = pipe.sentences("Pemerintah Malaysia mengecam penangkapan wartawan di Bangkok kemarin.")[0]
    sc = SentenceCoder(pipe.data, pipe.patterns, sent, pipe.mentions.find(sent, None), "IDN", None, None)
    sc.code()
    words = [t.text for t in sent.tokens]
    assert sc._linked == {words.index("mengecam"), words.index("penangkapan")}


def test_the_gate_never_changes_an_event(gold_dir, monkeypatch):
    """A guard for whoever changes what follows the parse in ``_sides`` or how events
    are paired: the dev and train files coded with the gate, and with every sentence that
    asks for the parse parsed, give the same events (evidence notes included)."""
    import json

    from peristiwa.pipeline import Coder

    cases = [json.loads(line) for name in ("dev-id.jsonl", "dev-id-more.jsonl", "train-id.jsonl",
                                          "dev-en-plover.jsonl")
             if (gold_dir / name).is_file() for line in (gold_dir / name).open(encoding="utf-8")]
    assert len(cases) > 100

    def coded():
        c = Coder()
        return [[e.to_dict() for e in c.code_text(x["text"], lang=x.get("lang") or "auto",
                                                  published=x.get("published"))] for x in cases]

    gated = coded()
    monkeypatch.setattr(SentenceCoder, "_parse_can_matter", lambda self, *a: True)
    assert coded() == gated


def test_a_protester_is_never_a_lone_actor(coder):
    """Students who protest become <CTY>OPP in the sentence's other events
    (transform ``protesters``): then the one coded mention may be the source as a
    protester and the target as itself, so the parse is still read for the arrest."""
    pipe = coder.pipeline("id")

    def reader(text):
        sent = pipe.sentences(text)[0]
        sc = SentenceCoder(pipe.data, pipe.patterns, sent, pipe.mentions.find(sent, None), "IDN", None, None)
        sc.code()
        return sc, [next(m for m in sc.mentions if m.actor.code == "RUSEDU")]

    sc, students = reader("Mahasiswa Rusia berunjuk rasa pada Selasa pagi, lalu mereka ditangkap pada malam harinya.")
    assert sc._protest and not sc._lone_actor(students)
    sc, students = reader("Mahasiswa Rusia itu ditangkap pada malam harinya.")
    assert not sc._protest and sc._lone_actor(students)


def test_a_pronoun_and_what_it_stands_for_are_one_actor(coder):
    """Two mentions are one lone actor only where one is a pronoun standing for the
    other (an event of one on the other is never coded); two mentions of one country
    are two sides an event may have."""
    from dataclasses import replace

    pipe = coder.pipeline("id")
    sent = pipe.sentences("Presiden Rusia mengatakan dia menangkap pedagang buah itu kemarin.")[0]
    sc = SentenceCoder(pipe.data, pipe.patterns, sent, pipe.mentions.find(sent, None), "IDN", None, None)
    sc.code()
    president = next(m for m in sc.mentions if m.actor.code == "RUSGOV")
    words = [t.text for t in sent.tokens]
    k = words.index("dia")
    pronoun = replace(president, first=k, last=k, start=sent.tokens[k].start, end=sent.tokens[k].end,
                      text="dia", refers_to=president.text)
    assert sc._lone_actor([president]) and sc._lone_actor([president, pronoun])
    other = replace(pronoun, refers_to=None, text="Rusia")
    assert not sc._lone_actor([president, other])
