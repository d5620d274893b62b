"""Equal values made one object before the disk cache pickles a resource (``shared.py``):
the same values, fewer objects; the pattern set so cached equals the one compiled."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

from peristiwa.shared import share


@dataclass(frozen=True)
class _Rec:
    name: str
    tags: frozenset[str]


def test_equal_values_become_one_object_and_stay_equal():
    made = [tuple("kota besar".split()), tuple("kota besar".split()), frozenset("ab"), frozenset("ba"),
            "".join(["ko", "ta"]), {"".join(["ko", "ta"]): [10**6, 10**6 + 0]}]
    recs = [_Rec("".join(["pe", "rang"]), frozenset({"x"})), _Rec("".join(["pe", "rang"]), frozenset({"x"}))]
    value = {"made": made, "recs": recs, "set": {tuple("kb")}}
    before = pickle.loads(pickle.dumps(value))
    assert made[0] is not made[1] and made[2] is not made[3] and recs[0].name is not recs[1].name
    out = share(value)
    assert out is value and out == before  # in place, equal
    assert made[0] is made[1] and made[2] is made[3]
    assert made[4] is made[0][0] and next(iter(made[5])) is made[0][0]
    assert recs[0].name is recs[1].name and recs[0].tags is recs[1].tags
    assert recs[0] is not recs[1]  # records keep their identity
    assert len(pickle.dumps(value)) < len(pickle.dumps(before))


def test_unhashable_tuples_are_kept():
    a, b = ([1], "x"), ([1], "x")
    out = share([a, b])
    assert out == [a, b] and out[0][1] is out[1][1]


def test_the_cached_patterns_equal_the_ones_built_from_their_files(tmp_path, monkeypatch):
    """A language's patterns read from the disk cache (indexed, equal values shared) are
    the patterns compiled from the files, indexed alike, and match alike (English: the
    quicker to compile)."""
    from peristiwa.coding.patterns import PatternSet, Slot
    from peristiwa.pipeline import Coder

    monkeypatch.setenv("PERISTIWA_CACHE", str(tmp_path))
    fresh = PatternSet("en")  # compiled from the files (and written to the cache)
    loaded = PatternSet("en")  # read from the cache
    assert list(tmp_path.glob("patterns-en-*.pickle"))
    assert loaded.patterns == fresh.patterns and loaded.errors == fresh.errors
    by_stem: dict = {}
    by_exact: dict = {}
    for pat in fresh.patterns:  # the index, made again from the list
        for s in pat.words[0].stems:
            by_stem.setdefault(s, []).append(pat)
        for s in pat.words[0].exact:
            by_exact.setdefault(s, []).append(pat)
    assert loaded.by_stem == by_stem and loaded.by_exact == by_exact
    for codes in (("1",), ("0", "1", "2")):  # as read from every pattern with a "+" slot
        plus = [p for p in fresh.patterns if p.code.startswith(codes)
                and any(isinstance(e, Slot) and e.role == "+" for e in p.elements)]
        want = (frozenset(s for p in plus for s in p.words[0].stems),
                frozenset(x for p in plus for x in p.words[0].exact))
        assert loaded.slot_anchors(codes) == want and want[0]
    sent = Coder(use_parser=False).pipeline("en").sentences(
        "Police arrested two men and asked the residents for help after meeting with the mayor.")[0]
    at = {0: (0, 0), 6: (6, 6), 14: (14, 14)}
    got = [(m.pattern.id, m.word_tokens, m.slots) for m in loaded.match(sent.tokens, at, frozenset(), frozenset())]
    assert got and got == [(m.pattern.id, m.word_tokens, m.slots)
                           for m in fresh.match(sent.tokens, at, frozenset(), frozenset())]
