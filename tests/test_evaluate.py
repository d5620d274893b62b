"""Scoring as ../shared/gold/FORMAT.md defines it, on a hand-made gold/prediction pair.

Every expected count below is worked out by hand in the comments, from the
rules in FORMAT.md, not from the implementation.
"""

from __future__ import annotations

import json

import pytest

from peristiwa.errors import InputError
from peristiwa.evaluate import GoldCase, Score, entity, entity_role, evaluate, read_gold


def ev(source: str, target: str, code: str) -> dict:
    return {"source": source, "target": target, "code": code}


@pytest.mark.parametrize(
    "code, ent, ent_role",
    [
        ("TURCOP", "TUR", "TURCOP"),
        ("RUSMED", "RUS", "RUSMED"),
        ("USAGOVLEG", "USA", "USAGOV"),  # only the first role counts
        ("IDN", "IDN", "IDN"),  # a bare country has no role
        ("IGOWSTNAT", "IGONAT", "IGONAT"),  # NATO: IGO + last three letters
        ("IGOUNO", "IGOUNO", "IGOUNO"),
        ("IGOEUREEC", "IGOEEC", "IGOEEC"),
        ("NGOHRI", "NGOHRI", "NGOHRI"),
        ("", "", ""),  # no target
    ],
)
def test_entity_levels(code, ent, ent_role):
    assert entity(code) == ent
    assert entity_role(code) == ent_role


# (gold events, predicted events) per case
CASES = {
    # A. root 17 and 16 both found; dyad: the 17 pair is right (TUR->RUS), the 16
    #    source is wrong (RUS for USA); strict: 175 has TURMIL for TURCOP, and the
    #    163 source is wrong.
    #    root tp2 | dyad tp1 fp1 fn1 | strict tp0 fp2 fn2
    "A": ([ev("TURCOP", "RUSMED", "173"), ev("USAGOV", "TURGOV", "163")],
          [ev("TURMIL", "RUSMED", "175"), ev("RUSGOV", "TURGOV", "163")]),
    # B. NATO: IGOWSTNAT (gold) and IGONAT (predicted) are the same entity; one
    #    extra 11 event with the UN as source.
    #    root: two predicted 11 for one gold 11 -> tp1 fp1
    #    dyad: (11,IGONAT,RUS) tp1, (11,IGOUNO,RUS) fp1 | strict: the same, tp1 fp1
    "B": ([ev("IGOWSTNAT", "RUSGOV", "111")],
          [ev("IGONAT", "RUSGOV", "112"), ev("IGOUNO", "RUSGOV", "111")]),
    # C. no target on either side: 141 vs 145, all levels tp1
    "C": ([ev("IDNOPP", "", "141")], [ev("IDNOPP", "", "145")]),
    # D. gold has no target, prediction has one: root tp1 | dyad fp1 fn1 | strict fp1 fn1
    "D": ([ev("IDNOPP", "", "141")], [ev("IDNOPP", "IDNGOV", "141")]),
    # E. one-to-one: two predictions with the same key against one gold event
    #    all levels: tp1 fp1
    "E": ([ev("RUSGOV", "TURGOV", "042")],
          [ev("RUSGOV", "TURGOV", "042"), ev("RUSGOV", "TURGOV", "043")]),
    # F. a case with no gold event: the prediction is fp1 at all levels
    "F": ([], [ev("USAGOV", "CHNGOV", "111")]),
    # G. a gold event nothing predicts: fn1 at all levels
    "G": ([ev("CHNGOV", "USAGOV", "112")], []),
}

# Sums of the comments above.
EXPECTED = {
    #            tp                 fp                 fn
    "root":      (2 + 1 + 1 + 1 + 1, 1 + 1 + 1,         1),
    "dyad_root": (1 + 1 + 1 + 0 + 1, 1 + 1 + 1 + 1 + 1, 1 + 1 + 1),
    "strict":    (0 + 1 + 1 + 0 + 1, 2 + 1 + 1 + 1 + 1, 2 + 1 + 1),
}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp)
    r = tp / (tp + fn)
    return p, r, 2 * p * r / (p + r)


def test_hand_made_pair_scores_as_documented():
    score = Score()
    for gold, pred in CASES.values():
        score.add_case(pred, gold)
    result = score.as_dict()
    assert result["cases"] == 7
    assert set(result["levels"]) == {"root", "dyad_root", "strict"}
    for level, (tp, fp, fn) in EXPECTED.items():
        got = result["levels"][level]
        assert (got["tp"], got["fp"], got["fn"]) == (tp, fp, fn), level
        p, r, f = prf(tp, fp, fn)
        assert got["precision"] == pytest.approx(p, abs=1e-4), level
        assert got["recall"] == pytest.approx(r, abs=1e-4), level
        assert got["f1"] == pytest.approx(f, abs=1e-4), level
    # the figures themselves, worked out by hand: root 6/9, 6/7; strict 3/9, 3/7
    assert result["levels"]["root"]["precision"] == pytest.approx(0.6667, abs=1e-4)
    assert result["levels"]["root"]["recall"] == pytest.approx(0.8571, abs=1e-4)
    assert result["levels"]["root"]["f1"] == pytest.approx(0.75, abs=1e-4)
    assert result["levels"]["strict"]["f1"] == pytest.approx(0.3750, abs=1e-4)


def test_one_to_one_matching():
    gold, pred = CASES["E"]
    for level in ("root", "dyad_root", "strict"):
        score = Score()
        score.add_case(pred, gold)
        c = score.as_dict()["levels"][level]
        assert (c["tp"], c["fp"], c["fn"]) == (1, 1, 0), level
        assert c["precision"] == 0.5 and c["recall"] == 1.0
        assert c["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_add_case_returns_true_positives_per_level():
    gold, pred = CASES["A"]
    assert Score().add_case(pred, gold) == {"root": 2, "dyad_root": 1, "strict": 0}


def test_per_root_counts():
    score = Score()
    for gold, pred in CASES.values():
        score.add_case(pred, gold)
    per_root = score.as_dict()["per_root"]
    # root 11: gold B(1) + G(1, code 112) = 2; pred B(2) + F(1) = 3; tp: B 1 (G and F are
    # different cases) -> 1; dyad tp: B (11,IGONAT,RUS) 1
    assert per_root["11"] == {"gold": 2, "pred": 3, "tp": 1, "tp_dyad": 1}
    # root 04: case E
    assert per_root["04"] == {"gold": 1, "pred": 2, "tp": 1, "tp_dyad": 1}
    # root 14: C and D, both root matches; dyad only C
    assert per_root["14"] == {"gold": 2, "pred": 2, "tp": 2, "tp_dyad": 1}
    assert list(per_root) == sorted(per_root)


def test_nothing_predicted_nothing_gold():
    score = Score()
    score.add_case([], [])
    c = score.as_dict()["levels"]["root"]
    assert c == {"tp": 0, "fp": 0, "fn": 0, "precision": 0.0, "recall": 0.0, "f1": 0.0}


def write_gold(path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def case_line(cid: str, text: str, events: list[dict]) -> str:
    return json.dumps({"id": cid, "lang": "id", "text": text, "published": "2024-05-14",
                       "events": events})


def test_read_gold_reports_file_and_line_and_keeps_good_cases(tmp_path):
    path = tmp_path / "gold.jsonl"
    write_gold(path, [
        case_line("ok-1", "Polisi menangkap seorang aktivis.", [ev("IDNCOP", "IDNOPP", "173")]),
        "{this is not json",
        "",
        json.dumps({"id": "no-text", "events": []}),
        json.dumps(["a", "list"]),
        case_line("ok-2", "Rapat selesai.", []),
    ])
    errors: list[str] = []
    cases = list(read_gold(path, errors))
    assert [c.id for c in cases] == ["ok-1", "ok-2"]
    assert [c.line for c in cases] == [1, 6]
    assert cases[0].events == [ev("IDNCOP", "IDNOPP", "173")]
    assert cases[0].published == "2024-05-14" and cases[0].lang == "id"
    assert len(errors) == 3
    assert errors[0].startswith(f"{path}:2:")
    assert errors[1].startswith(f"{path}:4:")
    assert errors[2].startswith(f"{path}:5:")


def test_read_gold_missing_file(tmp_path):
    with pytest.raises(InputError, match="missing.jsonl"):
        list(read_gold(tmp_path / "missing.jsonl", []))


def test_evaluate_scores_predictions_and_dumps_them(tmp_path):
    import io

    cases = [GoldCase(k, "id", f"case {k}", None, gold, n) for n, (k, (gold, _)) in
             enumerate(CASES.items(), 1)]
    preds = {k: pred for k, (_, pred) in CASES.items()}
    out = io.StringIO()
    score = evaluate(cases, lambda case: preds[case.id], dump=out)
    got = score.as_dict()["levels"]
    for level, (tp, fp, fn) in EXPECTED.items():
        assert (got[level]["tp"], got[level]["fp"], got[level]["fn"]) == (tp, fp, fn)
    dumped = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(dumped) == sum(len(p) for p in preds.values())
    assert [d["case_id"] for d in dumped][:2] == ["A", "A"]


def test_evaluate_survives_a_failing_case():
    cases = [GoldCase("bad", "id", "x", None, [ev("A", "B", "010")], 1),
             GoldCase("good", "id", "y", None, [ev("IDN", "MYS", "042")], 2)]

    def predict(case):
        if case.id == "bad":
            raise ValueError("boom")
        return [ev("IDN", "MYS", "042")]

    errors: list[str] = []
    score = evaluate(cases, predict, errors=errors).as_dict()
    assert score["cases"] == 2
    assert score["levels"]["root"]["tp"] == 1 and score["levels"]["root"]["fn"] == 1
    assert len(errors) == 1 and "bad" in errors[0] and "line 1" in errors[0]
