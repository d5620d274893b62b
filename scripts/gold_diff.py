"""Show, case by case, where predictions and gold differ (dyad_root level).

    peristiwa eval GOLD --dump PRED.jsonl && python scripts/gold_diff.py GOLD PRED.jsonl
"""

import json
import sys
from collections import Counter

from peristiwa.evaluate import key

gold_path, pred_path = sys.argv[1], sys.argv[2]
only_wrong = "--all" not in sys.argv
preds: dict[str, list] = {}
for line in open(pred_path, encoding="utf-8"):
    d = json.loads(line)
    preds.setdefault(d["case_id"], []).append(d)
for line in open(gold_path, encoding="utf-8"):
    case = json.loads(line)
    gold = case["events"]
    pred = preds.get(case["id"], [])
    g = Counter(key("dyad_root", e) for e in gold)
    p = Counter(key("dyad_root", e) for e in pred)
    if only_wrong and g == p:
        continue
    print(f"== {case['id']}  {case['text'][:300]}")
    for e in gold:
        mark = "ok " if p[key("dyad_root", e)] else "MISS"
        print(f"   gold {mark} {e['source']:>10} {e['code']:>4} {e['target']:<10} | {e['trigger']}")
    for e in pred:
        mark = "ok " if g[key("dyad_root", e)] else "FP  "
        ev = e["evidence"]
        print(f"   pred {mark} {e['source']:>10} {e['code']:>4} {e['target']:<10} | {ev['trigger_text']} "
              f"[{e['source_name']} -> {e['target_name']}] {ev['rule']}")
