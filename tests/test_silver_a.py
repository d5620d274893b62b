"""Rules found by the silver recall sample A of unlabelled news (issue #18): each holds
for every sentence of its kind. Every sentence here was written for these tests; none
comes from a gold file or from the sample."""

from __future__ import annotations

import pytest


def triples(coder, text: str, published: str = "2024-05-14"):
    return [(e.source, e.code, e.target) for e in coder.code_text(text, lang="id", published=published)]


def has(got, source, code, target):
    return any(s.startswith(source) and c.startswith(code) and t.startswith(target) for s, c, t in got)


# -- "tidak hanya V": a negator before "hanya" is "not only", the act is done ---------

@pytest.mark.parametrize("text, source, code, target", [
    ("Komisi III DPR tidak hanya meminta Kejaksaan Agung memeriksa pejabat itu.", "IDNLEG", "02", "IDNJUD"),
    ("Partai Gerindra bukan sekadar mengkritik Menteri Keuangan, tetapi juga menuntut audit.",
     "IDNGOV", "111", "IDNGOV"),
    ("Pemerintah Jepang tak cuma mengecam Korea Utara, tetapi juga menjatuhkan sanksi.", "JPNGOV", "111", "PRK"),
])
def test_not_only_is_no_negation(coder, text, source, code, target):
    got = triples(coder, text)
    assert has(got, source, code, target), got


@pytest.mark.parametrize("text", [
    "Komisi III DPR tidak meminta Kejaksaan Agung memeriksa pejabat itu.",
    "Pemerintah Jepang tidak mengecam Korea Utara.",
])
def test_a_plain_negator_still_negates(coder, text):
    assert triples(coder, text) == []


# -- "mendesak agar X di-V": X undergoes what is asked for, it is not the one asked ---

@pytest.mark.parametrize("text", [
    "Sejumlah anggota DPR mendesak agar Kapolri segera diperiksa.",
    "Partai Demokrat meminta agar Gubernur Jawa Tengah tetap diperiksa.",
])
def test_the_passive_subject_of_a_complement_is_no_addressee(coder, text):
    got = triples(coder, text)
    assert not [t for t in got if t[1].startswith("02")], got


@pytest.mark.parametrize("text, source, target", [
    ("Sejumlah anggota DPR mendesak agar Presiden segera mencopot Kapolri.", "IDNLEG", "IDNGOV"),
    ("Partai Demokrat meminta agar Gubernur Jawa Tengah memeriksa bawahannya.", "IDN", "IDNGOV"),
])
def test_the_active_subject_of_a_complement_is_the_one_asked(coder, text, source, target):
    got = triples(coder, text)
    assert any(s.startswith(source) and c.startswith("02") and t == target for s, c, t in got), got
