"""List events whose dyad matches gold but whose roles do not (dyad_root tp, strict miss).

    peristiwa eval GOLD --dump PRED.jsonl && python scripts/role_diff.py GOLD PRED.jsonl

Matching is one-to-one per case, as in the scorer: strict matches first, then each remaining
predicted event is paired with a remaining gold event of the same dyad_root key.
"""

import json
import sys

from peristiwa.evaluate import key

gold_path, pred_path = sys.argv[1], sys.argv[2]
preds: dict[str, list] = {}
for line in open(pred_path, encoding="utf-8"):
    d = json.loads(line)
    preds.setdefault(d["case_id"], []).append(d)
n = 0
for line in open(gold_path, encoding="utf-8"):
    case = json.loads(line)
    gold = list(case["events"])
    pred = list(preds.get(case["id"], []))
    # strict pairs first
    for p in list(pred):
        for g in gold:
            if key("strict", g) == key("strict", p):
                gold.remove(g)
                pred.remove(p)
                break
    for p in pred:
        for g in gold:
            if key("dyad_root", g) == key("dyad_root", p):
                gold.remove(g)
                n += 1
                ev = p["evidence"]
                print(f"== {case['id']} ({case.get('published')})  {case['text'][:400]}")
                print(f"   gold {g['source']:>10} {g['code']:>4} {g['target']:<10} | {g['trigger']}")
                print(f"   pred {p['source']:>10} {p['code']:>4} {p['target']:<10} | {ev['trigger_text']} "
                      f"[{p['source_name']} -> {p['target_name']}]")
                break
print(f"# {n} dyad-matched events with a wrong role", file=sys.stderr)
