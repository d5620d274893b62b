"""The event score (coding/evscore.py) and its training recipe (training/evscore_train.py).
Sentences written for these tests, none taken from a gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from peristiwa.coding import attach, evscore
from peristiwa.lang import load
from peristiwa.pipeline import Coder
from peristiwa.records import Article

DATA = Path(__file__).parent / "data"
PLAIN = "Pasukan Australia menyerang markas tentara Selandia Baru."
DRILL = "Dalam simulasi latihan, pasukan Australia menyerang markas tentara Selandia Baru."
KNOWN = ("bias", "root", "code", "voice", "stem", "norm", "file", "words", "changed", "flag", "prev", "prev2", "next",
         "near", "ctx", "relative_near", "break_before", "quoted", "said_before", "position", "length",
         "mentions", "src", "tgt", "pair", "same_country", "src_how", "tgt_how", "src_at", "tgt_at")


@pytest.fixture()
def with_model(monkeypatch):
    """Code with an event score of the test's own in place of the shipped one."""
    data = load("id")

    def use(weights: dict[str, float], margin: float | None) -> Coder:
        mdl = attach.Model(weights, {} if margin is None else {evscore.MARGIN: margin})
        monkeypatch.setitem(data.__dict__, "_evscore_model", mdl)
        return Coder()
    return use


def _read(coder: Coder, text: str):
    doc = coder.document(Article(text=text, id="", lang="id"))
    events = [e for evs in doc.events for e in evs]
    dropped = [cm for c in doc.coders for cm in c.evscore_dropped]
    return events, dropped


def test_the_shipped_model_loads():
    mdl = evscore.model(load("id"))
    assert mdl is not None and len(mdl.weights) > 20
    assert set(mdl.thresholds) <= {evscore.MARGIN}
    assert all(f.split("=")[0].split("|")[0] in KNOWN for f in mdl.weights)


def test_a_switched_off_model_changes_nothing(with_model):
    plain = [(e.source, e.target, e.code, e.evidence.notes) for e in Coder().code_text(PLAIN, lang="id")]
    events, dropped = _read(with_model({"bias": -50.0}, None), PLAIN)
    assert [(e.source, e.target, e.code, e.evidence.notes) for e in events] == plain and dropped == []


def test_a_spurious_trigger_is_dropped_and_a_clear_event_kept(with_model):
    """A model that finds a drill no event (the word before the trigger's clause) drops the
    attack in a drill, keeps the attack told plainly, and says why in the notes."""
    coder = with_model({"bias": 3.0, "ctx=simulasi": -8.0}, 0.5)
    events, dropped = _read(coder, PLAIN)
    assert [(e.source[:3], e.target[:3], e.code[:2]) for e in events] == [("AUS", "NZL", "19")]
    assert any(n.startswith("evscore: kept 0.95") for n in events[0].evidence.notes) and dropped == []
    events, dropped = _read(coder, DRILL)
    attack = [cm for cm in dropped if cm.code.startswith("19")]
    assert events == [] and len(attack) == 1
    assert attack[0].notes[-1] == "evscore: dropped 0.01 (ctx=simulasi)"


def test_the_features_are_those_of_the_match():
    seen = []
    evscore.recorder = lambda c, cm, feats: seen.append((cm.code, feats))
    try:
        Coder().code_text(DRILL, lang="id")
    finally:
        evscore.recorder = None
    (code, feats), = [x for x in seen if x[0].startswith("19")]
    assert {"bias", "root=19", "voice=active", "ctx=simulasi", "src=role", "tgt=role"} <= set(feats)
    assert all(f.split("=")[0].split("|")[0] in KNOWN for f in feats)


def test_the_recipe_reproduces_its_weights(tmp_path):
    """Collecting the matches of a fixture of written sentences and fitting them gives the
    committed weights, to the last digit: the recipe is deterministic; and the scene
    words of the fixture's stories ("dalam novel itu") weigh against an event."""
    from training import evscore_train

    inst = tmp_path / "inst.jsonl"
    evscore_train.collect(inst, [DATA / "evscore-fixture.jsonl"])
    out = tmp_path / "w.tsv"
    mdl = evscore_train.write(evscore_train.read(inst), out, 0.5, drop=())  # the words' features too
    assert out.read_text(encoding="utf-8") == (DATA / "evscore-fixture.tsv").read_text(encoding="utf-8")
    assert mdl.weights["ctx=dalam"] < 0 < mdl.weights["bias"]
    assert evscore.probability(mdl, ["bias", "ctx=dalam", "ctx=novel"]) < evscore.probability(mdl, ["bias"])
    assert evscore.model(load("id")) == attach.read(load("id").file(evscore.FILE))  # the shipped one again
