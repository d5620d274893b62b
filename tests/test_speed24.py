"""Work skipped where its answer cannot matter (issue #20, session 22): the same
results as doing it. Sentences written for the rules."""

from __future__ import annotations

import pytest

from peristiwa.actors import mentions as mentions_mod
from peristiwa.pipeline import Coder
from peristiwa.records import Article


@pytest.fixture(scope="module")
def coder():
    return Coder(use_parser=False)


def _contexts(coder, text, monkeypatch):
    calls = []
    real = mentions_mod.where_country

    def counted(*a, **k):
        calls.append(a[0].text)
        return real(*a, **k)

    monkeypatch.setattr(mentions_mod, "where_country", counted)
    doc = coder.document(Article(text=text, lang="id"))
    return doc.contexts, calls


def test_a_gazetteer_place_is_read_when_nothing_else_says_where(coder, monkeypatch):
    # no state, no place the lexicon knows, no actor acting: the toponym reader decides
    contexts, calls = _contexts(coder, "Polisi menangkap belasan pemuda di Tobruk.", monkeypatch)
    assert set(calls) == {"Polisi menangkap belasan pemuda di Tobruk."}
    assert contexts[0][1] == "LBY"


@pytest.mark.parametrize("text, local", [
    # a state the sentence names owns its roles: where it happens is not read
    ("Militer Myanmar menangkap belasan pemuda di Tobruk.", "MMR"),
    # a place the lexicon knows says where before the gazetteer could
    ("Polisi menangkap belasan pemuda di Kairo dekat Tobruk.", "EGY"),
])
def test_the_toponym_reader_is_skipped_when_its_answer_cannot_count(coder, monkeypatch, text, local):
    contexts, calls = _contexts(coder, text, monkeypatch)
    assert calls == []
    assert contexts[0][1] == local


# -- the pattern tries' walk looks past adverbs only where one stands (patterns.py _Walk.node)

ADVERB_SENTENCES = [
    "Presiden Filipina bertemu langsung dengan Perdana Menteri Vietnam di Hanoi.",
    "Menteri Luar Negeri Rusia bertemu secara tertutup dengan Menteri Luar Negeri Turki.",
    "Kedua menteri itu bertemu kembali secara resmi dengan Sekjen PBB pekan ini.",
    "Polisi Mesir menangkap lagi dua wartawan asing dan menahan mereka di Kairo.",
    "Kepala desa itu bertemu (lagi) dengan Bupati Garut untuk membahas banjir.",
]


@pytest.mark.parametrize("text", ADVERB_SENTENCES)
def test_the_walk_past_adverbs_finds_what_each_pattern_finds(coder, text):
    from peristiwa.coding.patterns import patterns

    doc = coder.document(Article(text=text, lang="id"))
    pats = patterns("id")
    found = 0
    for reader in doc.coders:
        args = (reader.toks, reader.slot_map(), reader.hard, reader.skip)
        got = pats.match(*args)
        ref = pats.match_each(*args)
        assert [(m.pattern.id, m.word_tokens, sorted(m.slots.items())) for m in got] == \
            [(m.pattern.id, m.word_tokens, sorted(m.slots.items())) for m in ref]
        found += len(got)
    assert found > 0


# -- a parsed sentence's reader is no reference cycle (depread.py: DepReader.sc a weak proxy)

def test_a_parsed_sentence_is_freed_without_the_collector():
    import gc
    import weakref

    coder = Coder()
    text = "Kepada wartawan, juru bicara Kementerian Luar Negeri China mengkritik Jepang atas kunjungan itu."
    doc = coder.document(Article(text=text, lang="id"))
    reader = doc.coders[0]
    assert doc.wants_parse == [True] and reader.reader is not None  # read with its parse
    assert [e.code for es in doc.events for e in es] == ["111"]
    gone = weakref.ref(reader)
    was = gc.isenabled()
    gc.disable()
    try:
        del doc, reader
        assert gone() is None  # freed by its count of references, no collection run
    finally:
        if was:
            gc.enable()
