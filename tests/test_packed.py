"""Resources kept packed in the disk cache (``packed.py``): read lazily, equal to the
ones built from their sources."""

from __future__ import annotations

import pickle

import pytest

from peristiwa.packed import PackedDict, pack, unpack


def _roundtrip(value):
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_packed_dict_reads_as_the_plain_dict():
    plain = {"kota": {"besar": {"\0": [("place", 1)]}}, "desa": {"\0": [("place", 2)]}, 7: [1, 2]}
    loaded = _roundtrip(pack(plain))
    assert type(loaded) is PackedDict
    assert len(loaded) == 3 and "kota" in loaded and "pulau" not in loaded
    assert loaded.get("pulau") is None and loaded.get("pulau", 5) == 5
    with pytest.raises(KeyError):
        loaded["pulau"]  # noqa: B018
    assert loaded["kota"] == plain["kota"] and loaded.get(7) == [1, 2]
    assert list(loaded) == list(plain)
    assert loaded == plain and unpack(loaded) == plain
    assert dict(loaded.items()) == plain and loaded.values() == list(plain.values())


def test_a_value_is_read_once_and_kept():
    loaded = _roundtrip(pack({"a": {"b": []}}))
    assert type(dict.__getitem__(loaded, "a")) is bytes  # not read yet
    first = loaded["a"]
    assert loaded.get("a") is first and loaded["a"] is first
    first["b"].append(1)  # a value once read is the dict's own, as in a plain dict
    assert loaded["a"] == {"b": [1]}
    again = _roundtrip(loaded)  # pickled again, read and unread values alike
    assert again == {"a": {"b": [1]}}


def test_bytes_values_are_refused():
    with pytest.raises(TypeError):
        pack({"a": b"raw"})


def test_the_cached_lexicon_equals_the_one_built_from_its_files(tmp_path, monkeypatch):
    """The actor lexicon as the disk cache keeps it (its trie packed by first word),
    built and then loaded, is the lexicon built from the files without the cache."""
    from peristiwa.actors.kb import load_kb
    from peristiwa.actors.lexicon import ActorLexicon

    kb = load_kb(())  # the one the lexicon asks for (a knowledge base built afresh may
    # list an entity's aliases in another order than one read from the cache)
    plain = ActorLexicon("id", kb=kb)  # built from the files, a plain trie
    monkeypatch.setenv("PERISTIWA_CACHE", str(tmp_path))
    built = ActorLexicon("id", kb=None)  # builds and writes the cache entry
    loaded = ActorLexicon("id", kb=None)  # reads it
    assert built.kb is kb and loaded.kb is kb
    assert list(tmp_path.glob("lexicon-id-*.pickle"))
    assert type(loaded.trie) is PackedDict
    assert loaded.max_len == built.max_len == plain.max_len
    assert unpack(loaded.trie) == plain.trie
    assert unpack(built.trie) == plain.trie


def test_the_cached_patterns_equal_the_ones_built_from_their_files(tmp_path, monkeypatch):
    """(English: the quicker to compile) A language's patterns read from the disk cache (candidate lists packed by
    trigger) are the patterns compiled from the files, indexed alike, and match alike."""
    from peristiwa.coding.patterns import PatternSet
    from peristiwa.pipeline import Coder

    monkeypatch.setenv("PERISTIWA_CACHE", str(tmp_path))
    fresh = PatternSet("en")  # compiled from the files (and written to the cache)
    loaded = PatternSet("en")  # read from the cache
    assert list(tmp_path.glob("patterns-en-*.pickle"))
    assert type(loaded.by_stem) is PackedDict and "_patterns" not in loaded.__dict__
    assert loaded.patterns == fresh.patterns and loaded.errors == fresh.errors
    by_stem: dict = {}
    by_exact: dict = {}
    for pat in fresh.patterns:  # the index, made again from the list
        for s in pat.words[0].stems:
            by_stem.setdefault(s, []).append(pat)
        for s in pat.words[0].exact:
            by_exact.setdefault(s, []).append(pat)
    assert unpack(loaded.by_stem) == by_stem and unpack(loaded.by_exact) == by_exact
    for codes in (("1",), ("0", "1", "2")):
        assert loaded.slot_anchors(codes) == fresh.slot_anchors(codes)
        assert loaded.slot_anchors(codes)[0]
    sent = Coder(use_parser=False).pipeline("en").sentences(
        "Police arrested two men and asked the residents for help after meeting with the mayor.")[0]
    at = {0: (0, 0), 6: (6, 6), 14: (14, 14)}
    got = [(m.pattern.id, m.word_tokens, m.slots) for m in loaded.match(sent.tokens, at, frozenset(), frozenset())]
    assert got and got == [(m.pattern.id, m.word_tokens, m.slots)
                           for m in fresh.match(sent.tokens, at, frozenset(), frozenset())]
