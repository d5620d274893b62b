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
    assert loaded.setdefault("desa", []) == plain["desa"] and loaded.setdefault("pulau", []) == []


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

