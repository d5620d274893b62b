"""One core, two languages (issue #19, item 5): a sentence and its English
translation give the same events. The pairs (tests/data/parallel-pairs.tsv) are
the project's own sentences; bench/parallel.py --show lists those that differ."""

from __future__ import annotations

import importlib.util
from pathlib import Path

PARALLEL_FLOOR = 0.90  # issue #19: the same events for >= 90% of the pairs
BENCH = Path(__file__).resolve().parent.parent / "bench" / "parallel.py"


def _bench():
    spec = importlib.util.spec_from_file_location("parallel_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_pairs_are_forty_or_more_and_well_formed():
    pairs = _bench().read_pairs()
    assert len(pairs) >= 40
    assert len({pid for pid, _, _ in pairs}) == len(pairs)
    assert all(id_text != en_text for _, id_text, en_text in pairs)


def test_a_sentence_and_its_translation_give_the_same_events(coder):
    bench = _bench()
    got = bench.compare(coder, bench.read_pairs())
    same = [pid for pid, a, b in got if a == b and a]  # an agreement on no event counts for nothing
    assert len(same) / len(got) >= PARALLEL_FLOOR, [(pid, sorted(a), sorted(b)) for pid, a, b in got if a != b]
