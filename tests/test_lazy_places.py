"""The places a pattern's slot may take are found only when a slot looks at a token
where one may begin (coding/patterns.py ``SlotSpans``, coder.py ``_plan``): the same
matches and places as finding them first (issue #20)."""

from __future__ import annotations

from functools import partial

import pytest

from peristiwa.coding.patterns import SlotSpans
from peristiwa.pipeline import Coder
from peristiwa.records import Article

SENTENCES = [
    "Presiden Joko Widodo berkunjung ke Papua pada Senin untuk meresmikan jembatan.",
    "Menteri Luar Negeri Jepang mengunjungi Jakarta dan bertemu dengan Presiden Indonesia.",
    "Perdana Menteri Malaysia tiba di Bandung, lalu berkunjung ke Surabaya bersama rombongan.",
    "Tentara Rusia menyerang Kherson dan menduduki sejumlah desa di Ukraina.",
    "Warga Medan berunjuk rasa di depan kantor gubernur Sumatera Utara.",
    "Menteri itu berkunjung ke \u200bPapua dan \u200bMaluku pekan lalu.",
    "The Japanese foreign minister visited Jakarta and met the Indonesian president.",
    "Polisi menangkap dua orang di Bali, kata juru bicara Polda Bali.",
]


@pytest.fixture(scope="module")
def coder():
    return Coder(use_parser=False)


def test_spans_answer_as_the_dict_of_both():
    asked = []

    def find():
        asked.append(1)
        return {5: (5, 6), 9: (9, 9)}

    spans = SlotSpans({0: (0, 2)}, lambda k: k in (5, 7, 9), find)
    assert 0 in spans and spans[0] == (0, 2)
    assert 3 not in spans and 6 not in spans and spans.extra is None  # no place may begin there
    assert asked == []
    assert 7 not in spans and asked == [1]  # found once, at the first key that may hold one
    assert 5 in spans and spans[5] == (5, 6) and spans[9] == (9, 9) and asked == [1]
    with pytest.raises(KeyError):
        spans[3]
    assert spans.extra == {5: (5, 6), 9: (9, 9)}


@pytest.mark.parametrize("text", SENTENCES)
def test_matches_and_places_as_when_places_come_first(coder, text):
    doc = coder.document(Article(text=text))
    for reader in doc.coders:
        slots = reader.slot_map()
        eager = reader._place_slots(slots)
        # every place a slot could take begins where _place_may_start says one may
        assert all(reader._place_may_start(k) for k in eager)
        both = reader.pats.match(reader.toks, {**eager, **slots}, reader.hard, reader.skip)
        lazy = SlotSpans(slots, reader._place_may_start, partial(reader._place_slots, slots))
        got = reader.pats.match(reader.toks, lazy, reader.hard, reader.skip)
        assert [(m.pattern.id, m.word_tokens, m.slots) for m in got] == \
            [(m.pattern.id, m.word_tokens, m.slots) for m in both]
        # what _plan keeps: the places, when a slot looked at one; none read otherwise
        assert {k: v for k, v in reader.places.items()} == (lazy.extra or {})
        taken = {a for m in got for a, _ in m.slots.values()}
        assert {k: v for k, v in eager.items() if k in taken} == \
            {k: v for k, v in reader.places.items() if k in taken}


def test_a_slot_takes_a_place_found_when_it_looks(coder):
    doc = coder.document(Article(text=SENTENCES[0]))
    assert any(e.code.startswith("04") and e.target.startswith("IDN") for evs in doc.events for e in evs)
    assert any(reader.places for reader in doc.coders)


def test_places_not_read_where_no_slot_looks(coder, monkeypatch):
    from peristiwa.coding.coder import SentenceCoder

    read = []
    original = SentenceCoder._place_slots
    monkeypatch.setattr(SentenceCoder, "_place_slots", lambda self, slots: read.append(1) or original(self, slots))
    # a place and a verb whose pattern takes one in its slot ("berkunjung ke +"), but
    # no slot of the sentence looks at the place
    doc = coder.document(Article(text="Presiden berkunjung pekan lalu, dan harga beras di Surabaya naik."))
    assert read == []
    reader = doc.coders[0]
    assert reader.places == {} and original(reader, reader.slot_map())  # the place is there
