"""Session 26 (speed31): a trigger's trie is walked only when the sentence holds a word
that may come next in one of its patterns; what the walk would find is the same."""

from __future__ import annotations

import pytest
from conftest import pattern_set_of

from peristiwa.coding import patterns as patterns_module
from peristiwa.pipeline import Coder

LINES = ["meminta ... maaf", "meminta ...2 bantuan", "meminta bantuan ... kepada +", "=meminta|minta ampun",
         "menolak ... tawaran", "menolak ...3 +", "menolak", "mengecam keras ... +"]


@pytest.fixture(scope="module")
def own():
    return pattern_set_of(LINES)


def _key(matches):
    return [(m.pattern.text, m.word_tokens, sorted(m.slots.items())) for m in matches]


@pytest.mark.parametrize("text, expected", [
    # the word a pattern needs next stands before its trigger: no match, as one by one
    ("Dengan maaf yang tulus, warga meminta pemerintah turun tangan.", []),
    ("Warga meminta maaf kepada Polri.", ["meminta ... maaf"]),
    ("Warga meminta bantuan segera kepada Polri.", ["meminta ...2 bantuan", "meminta bantuan ... kepada +"]),
    # a pattern whose slot or end comes next is walked whatever the sentence holds
    ("Mereka menolak Polri.", ["menolak ...3 +", "menolak"]),
    ("Tawaran itu sudah lama, tetapi mereka menolak.", ["menolak"]),
    ("Warga mengecam tindakan itu.", []),
])
def test_walks_skipped_only_where_nothing_can_follow(own, text, expected):
    sent = Coder(use_parser=False).pipeline("id").sentences(text)[0]
    toks = sent.tokens
    at = {k: (k, k) for k, t in enumerate(toks) if t.text == "Polri"}
    args = (toks, at, frozenset({","}), frozenset({"kepada", "dan"}))
    got = own.match(*args)
    assert _key(got) == _key(own.match_each(*args))
    assert sorted({m.pattern.text for m in got}) == sorted(expected)


def test_a_sentence_without_the_next_words_walks_no_trie(own, monkeypatch):
    """"Warga mengecam tindakan itu": "mengecam keras ... +" needs "keras" next; the
    sentence has none, so its trie is not walked at all."""
    walked = []
    node = patterns_module._Walk.node
    monkeypatch.setattr(patterns_module._Walk, "node", lambda self, *a: (walked.append(a[1]), node(self, *a)))
    sent = Coder(use_parser=False).pipeline("id").sentences("Warga mengecam tindakan itu dengan keras.")[0]
    own.match(sent.tokens, {}, frozenset(), frozenset())
    assert walked  # "keras" is in the sentence: walked (and found nothing: it needs a slot)
    walked.clear()
    sent = Coder(use_parser=False).pipeline("id").sentences("Warga mengecam tindakan itu.")[0]
    assert own.match(sent.tokens, {}, frozenset(), frozenset()) == []
    assert walked == []
