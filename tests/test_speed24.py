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
