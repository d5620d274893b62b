"""scripts/silver.py draw --min-entities: the filter counts the corpora's own gold NER spans."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def silver():
    sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location("silver", REPO / "scripts" / "silver.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_count_spans_counts_person_and_organisation_spans(silver):
    kinds = {"PER", "ORG"}
    assert silver.count_spans(["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG"], kinds) == 2
    assert silver.count_spans(["B-PER", "B-PER", "O", "B-LOC", "I-LOC"], kinds) == 2
    # an I- tag that continues no span of its kind opens one (IOB1 or a slip)
    assert silver.count_spans(["O", "I-ORG", "I-ORG", "B-LOC", "I-PER"], kinds) == 2
    assert silver.count_spans(["B-ORG", "I-PER"], kinds) == 2
    assert silver.count_spans(["O", "B-LOC", "I-LOC", "O"], kinds) == 0


def test_nergrit_tags_use_the_long_names(silver):
    tags = ["B-PERSON", "I-PERSON", "O", "B-ORGANISATION", "B-PLACE"]
    assert silver.count_spans(tags, silver.ACTOR_TAGS["nergrit"]) == 2
    assert silver.count_spans(tags, silver.ACTOR_TAGS["idner"]) == 0


@pytest.mark.parametrize("corpus", ["idner", "nergrit", "nerp"])
def test_entity_counts_number_the_same_sentences_as_the_draw(silver, corpus):
    if not (silver.mine_between.DATA / "ner-id").exists():
        pytest.skip("NER corpora not present")
    counts = silver.entity_counts(corpus)
    ids = [i for i, _ in silver.sentences(corpus)]
    assert list(counts) == ids
    assert 0 < sum(n >= 2 for n in counts.values()) < len(ids)


def test_min_entities_refuses_a_corpus_without_gold_tags(silver):
    with pytest.raises(SystemExit):
        silver.entity_counts("kumparan")


def test_ud_counts_proper_noun_runs_of_the_same_sentences_as_the_draw(silver):
    if not (silver.mine_between.DATA / "ud").exists():
        pytest.skip("UD treebanks not present")
    counts = silver.entity_counts("ud")
    rows = silver.sentences("ud")
    assert list(counts) == [i for i, _ in rows]
    assert 0 < sum(n >= 2 for n in counts.values()) < len(rows)
    # the second sentence of CSUI's test file names one place and a common-noun institution
    text = dict(rows)["ud:id_csui-ud-test.conllu:2"]
    assert text.startswith("Pemerintah kota Delhi ") and counts["ud:id_csui-ud-test.conllu:2"] == 1
