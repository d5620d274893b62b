"""The attachment model (coding/attach.py) and its training recipe (training/attach_train.py).
Sentences written for these tests, none taken from a gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from peristiwa.coding import attach
from peristiwa.lang import load
from peristiwa.pipeline import Coder

DATA = Path(__file__).parent / "data"
TALKS = "Perundingan antara delegasi Korea Selatan berlangsung di Jenewa bersama utusan Jepang."
BOTH_FOUND = "Polisi Filipina menangkap dua warga Malaysia di Manila."


@pytest.fixture()
def with_model(monkeypatch):
    """Code with a model of the test's own in place of the shipped one."""
    data = load("id")

    def use(weights: dict[str, float], thresholds: dict[str, float]) -> Coder:
        monkeypatch.setitem(data.__dict__, "_attach_model", attach.Model(weights, thresholds))
        return Coder()
    return use


def _events(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.source, e.target, e.code) for e in coder.code_text(text, lang="id")]


def test_the_shipped_model_loads():
    mdl = attach.read(load("id").file(attach.FILE))
    assert len(mdl.weights) > 50
    assert set(mdl.thresholds) <= {"source", "target"}
    assert all(f.split("|")[0] in ("source", "target") for f in mdl.weights)


def test_weights_round_trip(tmp_path):
    mdl = attach.Model({"source|<|first=True": 1.25, "target|none": -0.5}, {"target": 0.75})
    mdl.dump(tmp_path / "w.tsv", "a header\nof two lines")
    assert attach.read(tmp_path / "w.tsv") == mdl


def test_a_missing_source_is_filled_in_a_clear_case(with_model):
    """The rules find the talks' party after "antara" and no other; a model that weighs
    the word of company before a mention takes that mention, and the note says why."""
    assert _events(with_model({}, {}), TALKS) == []
    coder = with_model({"source|prev=bersama": 3.0}, {"source": 1.0})
    events = coder.code_text(TALKS, lang="id")
    assert sorted((e.source[:3], e.target[:3], e.code[:2]) for e in events) == [("JPN", "KOR", "04"), ("KOR", "JPN", "04")]
    assert any("source by the attachment model (source|prev=bersama)" in n for n in events[0].evidence.notes)


def test_below_the_threshold_nothing_is_filled(with_model):
    assert _events(with_model({"source|prev=bersama": 3.0}, {"source": 5.0}), TALKS) == []


def test_a_side_the_rules_found_is_never_replaced(with_model):
    """A model that prefers every mention over the rules' choice changes nothing when
    the rules found both sides."""
    plain = _events(with_model({}, {}), BOTH_FOUND)
    assert plain and all(t for _, t, _ in plain)
    eager = {f"{side}|kind={k}": 50.0 for side in ("source", "target") for k in ("country", "role", "person", "org")}
    assert _events(with_model(eager, {"source": -100.0, "target": -100.0}), BOTH_FOUND) == plain


def test_the_other_side_is_no_candidate():
    """The mentions of the side the rules found are not candidates for the other."""
    from peristiwa.coding.coder import CodedMatch
    from peristiwa.coding.reading import Side

    seen = {}

    def record(c, cm, side, cands, feats, none):
        seen[side] = (cm, cands)
    attach.recorder = record
    try:
        Coder().code_text("Kecaman keras Presiden Venezuela terhadap Kolombia kemarin.", lang="id")
    finally:
        attach.recorder = None
    for side, (cm, cands) in seen.items():
        assert isinstance(cm, CodedMatch)
        other = cm.target if side == "source" else cm.source
        if isinstance(other, Side):
            assert not {id(x) for x in other.mentions} & {id(x) for x in cands}


def test_the_recipe_reproduces_its_weights(tmp_path):
    """Collecting the instances of a fixture of written sentences and fitting them gives
    the committed weights, to the last digit: the recipe is deterministic."""
    from training import attach_train

    inst = tmp_path / "inst.jsonl"
    attach_train.collect(inst, [DATA / "attach-fixture.jsonl"])
    out = tmp_path / "w.tsv"
    attach_train.write(attach_train.read(inst), out)
    assert out.read_text(encoding="utf-8") == (DATA / "attach-fixture.tsv").read_text(encoding="utf-8")
    assert attach.model(load("id")) == attach.read(load("id").file(attach.FILE))  # the shipped one again
