"""The distillation recipe (training/distil.py): the teacher's trees become training
docs unchanged, and agreement counts whole sentences and words."""

from __future__ import annotations

import pytest

from peristiwa.syntax import parse as syntax

pytestmark = pytest.mark.skipif(not syntax.available("id"), reason="no Indonesian model installed")


def _sentences():
    return [("Polisi menangkap dua orang di pasar .".split(), [True] * 6 + [False]),
            ("Menteri itu mengunjungi sekolah baru kemarin".split(), [True] * 5 + [False])]


def test_the_teachers_annotations_become_the_training_docs():
    from training import MODELS
    from training.distil import annotate, as_reference, teacher

    nlp = teacher(MODELS / "id")
    for doc in annotate(nlp, _sentences()):
        ref = as_reference(doc)
        assert [t.text for t in ref] == [t.text for t in doc]
        assert [(t.head.i, t.dep_, t.pos_, str(t.morph)) for t in ref] == \
               [(t.head.i, t.dep_, t.pos_, str(t.morph)) for t in doc]
        assert len(list(ref.sents)) == 1  # one tree, as syntax.parse gives it


def test_agreement_counts_sentences_and_words():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from training.distil import same_trees

    vocab = Vocab()
    words = ["a", "b", "c"]
    one = Doc(vocab, words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "obj"])
    same = Doc(vocab, words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "obj"])
    label = Doc(vocab, words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "obl"])
    head = Doc(vocab, words=words, heads=[2, 2, 2], deps=["nsubj", "obj", "ROOT"])
    got = same_trees([one, one, one], [same, label, head])
    assert got["sentences"] == 3
    assert got["same_sentences"] == round(1 / 3, 4)
    assert got["same_words"] == round((3 + 2 + 0) / 9, 4)


def test_the_distillation_text_is_none_of_the_sealed_sets_corpora():
    """The recipe reads UD and NERP only (the sealed set draws from idner, NERGrit and
    kumparan), and leaves the UD test sets out (agreement and UAS/LAS are measured there)."""
    import inspect

    from training import distil

    src = inspect.getsource(distil.texts)
    for corpus in ("idner", "nergrit", "kumparan"):
        assert f'sentences("{corpus}")' not in src
    assert "repeated_ids" in src  # NERP less its repeats of idner sentences
    assert all("test" not in name for name in distil.UD_TRAIN)
