"""The pattern tries (coding/patterns.py) find what trying each candidate pattern
on its own finds, in the same order."""

from __future__ import annotations

import pytest
from conftest import pattern_set_of

from peristiwa.coding.patterns import PatternSet, patterns
from peristiwa.pipeline import Coder

SENTENCES = [
    "Pemerintah Indonesia mendesak Israel untuk menghentikan serangan ke Gaza, kata Menteri Luar Negeri.",
    "Polisi menangkap tiga mahasiswa yang berdemonstrasi di depan gedung DPR pada Senin.",
    "Presiden Prabowo bertemu dengan Perdana Menteri Jepang dan menandatangani perjanjian kerja sama.",
    "Amerika Serikat menjatuhkan sanksi kepada Rusia, sementara Tiongkok meminta kedua pihak menahan diri.",
    "Kepala desa dituduh oleh warga menggelapkan dana bantuan, lalu kejaksaan memanggilnya.",
    "Partai oposisi menolak rencana pemerintah dan mengancam akan menggelar unjuk rasa besar-besaran.",
    "Menteri Pertahanan Malaysia mengunjungi Jakarta untuk membahas kerja sama militer dengan TNI.",
    "The Turkish police arrested two Russian journalists and accused them of spying for Moscow.",
    # bracketed asides inside a pattern's gap and before its slot
    "Menteri Koordinator Politik menggelar rapat koordinasi (rakor) dengan Kapolri di Jakarta (12/5).",
    "Kejaksaan Agung (Kejagung) memeriksa (kembali) Gubernur Riau (Gubri) terkait dana hibah.",
]


def reference(pats: PatternSet, toks, at, breaks, skip):
    return pats.match_each(toks, at, breaks, skip)


def key(matches):
    return [(m.pattern.id, m.word_tokens, sorted(m.slots.items())) for m in matches]


@pytest.fixture(scope="module")
def coder():
    return Coder(use_parser=False)


@pytest.mark.parametrize("text", SENTENCES)
def test_tries_find_what_each_pattern_finds(coder, text):
    from peristiwa.records import Article

    doc = coder.document(Article(text=text))
    found = 0
    for reader in doc.coders:
        pats = patterns(doc.lang)
        args = (reader.toks, reader.slot_map(), reader.hard, reader.skip)
        got = pats.match(*args)
        assert key(got) == key(reference(pats, *args))
        found += len(got)
    assert found > 0


def test_shared_prefixes_gaps_and_slots(tmp_path):
    """Patterns that share their first words, with gaps and slots at the end and
    in the middle, each matched from its own first word as before."""
    sent = Coder(use_parser=False).pipeline("id").sentences(
        "Mereka meminta bantuan dan meminta kepada Polri agar meminta maaf , meminta bantuan Polri .")[0]
    toks = sent.tokens
    at = {k: (k, k) for k, t in enumerate(toks) if t.text in ("Polri", "Mereka")}
    breaks, skip = frozenset({","}), frozenset({"kepada", "dan"})
    lines = ["meminta", "meminta bantuan", "meminta ... bantuan", "meminta ... maaf", "meminta kepada +",
             "meminta +", "meminta ...2 +", "$ meminta bantuan +", "meminta bantuan ... +",
             "meminta =kepada + agar", "=meminta|minta maaf", "permintaan|meminta ... maaf"]
    own = pattern_set_of(lines)
    got = own.match(toks, at, breaks, skip)
    assert key(got) == key(reference(own, toks, at, breaks, skip))
    assert len({m.pattern.text for m in got}) >= 8



def _shape(node, expand: bool):
    """A trie node as plain data, children in their order (expanding deferred nodes)."""
    if expand and node.pending:
        node.expand()
    assert not node.pending
    kids = list(node.words.values())
    return ([r for r, _ in node.ends],
            [(k, _shape(n, expand)) for k, n in node.words.items()],
            {s: [kids.index(n) for _, n in v] for s, v in node.by_stem.items()},
            {s: [kids.index(n) for _, n in v] for s, v in node.by_exact.items()},
            [(k, _shape(n, expand)) for k, n in node.gaps.items()],
            [(k, _shape(n, expand)) for k, n in node.slots.items()])


@pytest.mark.parametrize("trigger", ["minta", "temu", "serang", "tangkap", "kunjung"])
def test_a_trie_built_as_walks_reach_it_is_the_one_built_at_once(trigger):
    """``_Node.defer``/``expand`` (what ``_tries`` does: each level made when a walk first
    reaches it) give every node the tables ``add`` gives at once, in the same order."""
    from peristiwa.coding.patterns import _Node, _word_key

    pats = patterns("id")
    groups: dict = {}
    for rank, pat in enumerate(pats.by_stem[trigger]):
        start = 1 if pat.lead_slot else 0
        eager, lazy = groups.setdefault(_word_key(pat.words[0]), (_Node(), _Node()))
        eager.add(pat.elements[start + 1:], rank, pat)
        lazy.defer(pat.elements[start + 1:], rank, pat)
    assert groups
    for eager, lazy in groups.values():
        assert _shape(lazy, True) == _shape(eager, False)
