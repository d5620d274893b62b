"""Work done once where it was done twice (issue #20, session 24): the same results.
Sentences written for the rules."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

from peristiwa.coding import bare
from peristiwa.pipeline import Coder


@pytest.fixture(scope="module")
def coder():
    return Coder(use_parser=False)


def test_a_reader_without_patterns_reads_the_pipelines_own(coder):
    """Pronouns are resolved by a reader made before the coder is whole, with no pattern
    set of its own: it reads the one the pipeline has (no user verbs), not a second set
    of the same files loaded and indexed again."""
    pipe = coder.pipeline("id")
    reader = SimpleNamespace(d=pipe.data)
    assert bare._pats(reader) is pipe.patterns


WORKER = r"""
import gc, json, sys
from peristiwa import cache
from peristiwa.batch import warm, worker
from peristiwa.ingest.run import code_articles
from peristiwa.records import Article
warm.load({}, ["id"])
collections = []
gc.callbacks.append(lambda phase, info: phase == "stop" and collections.append(info["generation"]))
c = worker.coder({})
kept = []  # what a partition's rows hold of its coding until they are written
for part in range(2):  # two partitions' coding, as a forked worker does
    kept.append(code_articles(c, [Article(text=sys.argv[1].format(n=part * 10 + k), lang="id",
                                          published="2024-05-14") for k in range(10)]))
print(json.dumps({"threshold": gc.get_threshold()[0], "spaced": cache.CODING_GC[0],
                  "collections": collections}))
"""


def test_a_warm_worker_stays_spaced_and_collects_nothing_after_each_partition():
    """The fork server's load leaves the collector's thresholds spaced for the workers'
    whole life: coding a partition no longer ends with a young collection of what it
    made (a fresh interpreter: the test session's own thresholds stay as they are)."""
    text = ("Polisi menangkap {n} wartawan asing di Makassar pada Senin. Menteri Luar Negeri "
            "Indonesia mengecam serangan terhadap kedutaan itu, kata juru bicara kepada wartawan.")
    out = subprocess.run([sys.executable, "-c", WORKER, text], capture_output=True, text=True, check=True,
                         timeout=300)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert r["threshold"] >= r["spaced"]
    assert r["collections"] == []


def _verb_stems_live(pats, forms):
    """bare.verb_stems as it was worked out before the disk cache kept the first words."""
    forms = forms | pats.derivation.forms
    alts = {a for p in pats.patterns for a in p.words[0].text.split("|") if a[:1] not in "=!"}
    return frozenset(pats.stemmer.stem(a) for a in alts if pats.stemmer.form(a) in forms)


@pytest.mark.parametrize("forms", [frozenset(), frozenset({"active", "passive"})])
def test_verb_stems_from_the_first_words_the_cache_keeps(forms):
    """The stems of the patterns' verbs come from the first words compiled with the
    patterns (kept in the disk cache): the same set as worked out from the patterns."""
    from peristiwa.coding.patterns import PatternSet

    pats = PatternSet("id")
    shipped, firsts = pats.firsts
    assert shipped == len(pats.patterns) and firsts
    assert bare.verb_stems(pats, forms) == _verb_stems_live(pats, forms)


def test_verb_stems_with_a_users_verbs(tmp_path):
    """A user's PETRARCH verbs are added after the shipped patterns: their first words
    count too."""
    from peristiwa.coding.patterns import PatternSet

    verbs = tmp_path / "verbs.txt"
    verbs.write_text("--- GEBRAK  [173]  ---\nMENGGEBRAK\n- * MEJA  [173]\n", encoding="utf-8")
    pats = PatternSet("id", (str(verbs),))
    assert len(pats.patterns) > pats.firsts[0]  # the user's came after
    assert bare.verb_stems(pats) == _verb_stems_live(pats, frozenset())
