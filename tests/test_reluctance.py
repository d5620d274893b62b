"""Reluctance and not shrinking from an act (own sentences, written for these tests).

- "segan"/"enggan V" (reluctant to V): the act is not done, no event;
- "tidak segan V" (does not shrink from V-ing): the act is stated, coded as V is;
- "tidak segan V X" where V is an act of force or sanction (classes.txt
  ``[coercive_act]``): a threat against X (130); help or praise one does not shrink
  from is no threat, it is the act itself.
"""

from __future__ import annotations

import pytest


def roots(coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.source, e.code, e.target) for e in coder.code_text(text, lang="id", published="2023-03-02")]


@pytest.mark.parametrize("text", [
    "Ketua Komisi I DPR segan mengkritik Menteri Pertahanan.",
    "Para bupati masih segan menegur Gubernur Jawa Tengah.",
    "Ketua partai itu enggan mengkritik Presiden.",
])
def test_reluctance_is_no_act(coder, text):
    assert roots(coder, text) == []


@pytest.mark.parametrize("text, code", [
    ("Ketua Komisi I DPR tidak segan mengkritik Menteri Pertahanan.", "111"),
    ("Gubernur Jawa Tengah tak segan membantu pemerintah Kabupaten Blora.", "07"),
    ("Wali Kota Medan tak segan memuji Gubernur Sumatera Utara.", "051"),
])
def test_not_shrinking_states_the_act_not_a_threat(coder, text, code):
    got = roots(coder, text)
    assert any(c.startswith(code) for _, c, _ in got), got
    assert not any(c.startswith("13") for _, c, _ in got), got


@pytest.mark.parametrize("text, target", [
    ("Kapolda Jawa Timur tidak segan untuk menindak tegas anggota ormas yang berbuat onar.", "IDNNGO"),
    ("Menteri Perhubungan tak akan segan mencabut izin maskapai yang melanggar aturan.", "IDNBUS"),
    ("Panglima TNI tidak segan-segan memecat prajurit yang terlibat narkoba.", "IDNMIL"),
])
def test_not_shrinking_from_force_is_a_threat(coder, text, target):
    got = roots(coder, text)
    assert any(c == "130" and t.startswith(target) for _, c, t in got), got
