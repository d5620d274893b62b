"""Regression floors on the shared gold files (skipped when ../shared is absent).

The floors sit 0.03 below the figures measured with `peristiwa eval` (dev: on
2026-12-06, session 6, after the audit of issue #18 removed the lexicon lines
and knowledge-base rows that served single dev cases; train-id: at the end of
session 15; session 7 measured 0.532 against a sealed 0.304):

    seed-article.jsonl                     dyad_root recall 0.80 (12/15)
    dev-id.jsonl + dev-id-more.jsonl       dyad_root F1 0.662, strict F1 0.636 (session 7)
    train-id.jsonl (410 cases)             dyad_root F1 0.713, strict F1 0.624 (session 16)
    (sealed set, tools/sealed-eval:        dyad_root F1 0.474, strict F1 0.350)

train-id is development text: session 7's rules were found by reading its
misses, and its figure rose far more than the sealed set's (0.320 -> 0.532
against 0.301 -> 0.304), so its floor guards against regressions, not for
generalisation; the sealed figure beside it is the one that says that. A change that lowers a figure is a
regression to look at; one that raises it should raise the floor too.
"""

from __future__ import annotations

from itertools import chain

import pytest

from peristiwa.evaluate import evaluate, read_gold
from peristiwa.pipeline import parse_date
from peristiwa.records import Article

SEED_DYAD_RECALL_FLOOR = 0.80  # measured 0.8667; the brief's fixed floor
DEV_ID_DYAD_F1_FLOOR = 0.628  # measured 0.658 on 2026-12-06 (session 6, after the audit), minus 0.03
DEV_ID_STRICT_F1_FLOOR = 0.614  # measured 0.644 on 2026-12-06, minus 0.03
TRAIN_ID_DYAD_F1_FLOOR = 0.696  # measured 0.726 at the end of session 18, minus 0.03 (sealed: 0.474)
REWRITE_STABLE_FLOOR = 0.97  # issue #18: events unchanged under perturb.py for >= 97% of cases
ID_DETECTION_FLOOR = 0.935  # measured 111/115 = 0.965 on 2026-11-27, minus 0.03


def score(coder, paths):
    errors: list[str] = []
    cases = chain.from_iterable(read_gold(p, errors) for p in paths)

    def predict(case):
        art = Article(text=case.text, id=case.id, lang=case.lang,
                      published=parse_date(case.published), origin=f"{case.id}")
        return [ev.to_dict() for ev in coder.code_article(art)]

    result = evaluate(cases, predict, errors=errors).as_dict()
    assert errors == []
    return result


def test_seed_article_dyad_recall(coder, gold_dir):
    result = score(coder, [gold_dir / "seed-article.jsonl"])
    assert result["cases"] == 14
    recall = result["levels"]["dyad_root"]["recall"]
    assert recall >= SEED_DYAD_RECALL_FLOOR, result["levels"]["dyad_root"]


def test_dev_id_dyad_f1(coder, gold_dir):
    result = score(coder, [gold_dir / "dev-id.jsonl", gold_dir / "dev-id-more.jsonl"])
    assert result["cases"] == 115
    f1 = result["levels"]["dyad_root"]["f1"]
    assert f1 >= DEV_ID_DYAD_F1_FLOOR, result["levels"]["dyad_root"]
    strict = result["levels"]["strict"]["f1"]
    assert strict >= DEV_ID_STRICT_F1_FLOOR, result["levels"]["strict"]


def test_train_id_dyad_f1(coder, gold_dir):
    result = score(coder, [gold_dir / "train-id.jsonl"])
    assert result["cases"] == 410
    f1 = result["levels"]["dyad_root"]["f1"]
    assert f1 >= TRAIN_ID_DYAD_F1_FLOOR, result["levels"]["dyad_root"]


@pytest.mark.parametrize("lang, files, n", [
    ("id", ("dev-id.jsonl", "dev-id-more.jsonl", "train-id.jsonl"), 525),
    ("en", ("dev-en-plover.jsonl",), 109),
])
def test_events_do_not_change_with_the_way_a_sentence_is_dressed(coder, gold_dir, shared_dir, lang, files, n):
    """Issue #18: an opener, a preface, a source named at the end or an unrelated
    sentence before or after (../shared/tools/perturb.py) leave the events of a dev
    or train case as they were, for at least 97% of the cases, in each language."""
    import importlib.util
    from collections import Counter

    spec = importlib.util.spec_from_file_location("perturb", shared_dir / "tools" / "perturb.py")
    perturb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(perturb)
    errors: list[str] = []
    cases = [c for p in files for c in read_gold(gold_dir / p, errors)]
    assert errors == [] and len(cases) == n

    def events(text, case):
        return Counter((e.source, e.root, e.target)
                       for e in coder.code_text(text, lang=lang, published=case.published))

    changed = []
    for case in cases:
        base = events(case.text, case)
        for kind, rewrite in (perturb.ID if lang == "id" else perturb.EN).items():
            text = rewrite(case.text)
            if text is not None and events(text, case) != base:
                changed.append((case.id, kind))
    stable = 1 - len({case_id for case_id, _ in changed}) / len(cases)
    assert stable >= REWRITE_STABLE_FLOOR, changed


def test_indonesian_gold_is_detected_as_indonesian(gold_dir):
    from peristiwa.errors import UnsupportedLanguage
    from peristiwa.text.language import detect

    errors: list[str] = []
    texts = [c.text for p in ("dev-id.jsonl", "dev-id-more.jsonl")
             for c in read_gold(gold_dir / p, errors) if c.lang == "id"]
    assert errors == [] and len(texts) >= 100
    hits = 0
    for t in texts:
        try:
            hits += detect(t) == "id"
        except UnsupportedLanguage:
            pass
    assert hits / len(texts) >= ID_DETECTION_FLOOR, f"{hits}/{len(texts)}"


def test_seed_article_dates_and_places(coder, gold_dir):
    """Issue #5: the arrest in Istanbul in December 2020, the visit to Moscow on
    29 December, the S-400 delivery of 2019 (its supplier named sentences before)."""
    from datetime import date

    text = (gold_dir / "seed-article.txt").read_text(encoding="utf-8")
    events = coder.code_article(Article(text=text, lang="id", published=date(2020, 12, 29)))
    by_code = {}
    for e in events:
        by_code.setdefault(e.code, e)
    arrest, visit, delivery = by_code["173"], by_code["042"], by_code["062"]
    assert (arrest.date, arrest.date_precision) == ("2020-12", "month")
    assert arrest.place["name"] == "Istanbul"
    assert abs(arrest.place["lat"] - 41.01) < 0.3 and abs(arrest.place["lon"] - 28.95) < 0.3
    assert (visit.date, visit.date_precision) == ("2020-12-29", "day")
    assert visit.place["name"] == "Moscow"
    assert (delivery.source, delivery.target) == ("RUS", "TUR")
    assert (delivery.date, delivery.date_precision) == ("2019", "year")
