"""What the coder did where it missed a gold event (issue #18): for each dyad_root miss,
was a pattern there (of which root), did its modality drop it, did its sides fail,
were the actors named anywhere in the case? Counts by kind; -v lists the misses.

    peristiwa eval GOLD --dump PRED.jsonl && python scripts/miss_kinds.py GOLD PRED.jsonl [-v]

Never on the sealed set: it reads the cases.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from peristiwa.coding import coder as cm
from peristiwa.evaluate import entity, key
from peristiwa.pipeline import Coder
from peristiwa.records import Article

plans_seen: list = []  # (sentence, plans, chosen matches) of the case being read
_plan = cm.SentenceCoder._plan


def _recording_plan(self):
    out = _plan(self)
    plans_seen.append((self.s, out[0], list(self._chosen)))
    return out


cm.SentenceCoder._plan = _recording_plan


def unmatched(gold: list[dict], pred: list[dict]) -> list[dict]:
    """The gold events no prediction matches at dyad_root level (one to one)."""
    pred = list(pred)
    left = []
    for g in gold:
        hit = next((p for p in pred if key("dyad_root", p) == key("dyad_root", g)), None)
        if hit is None:
            left.append(g)
        else:
            pred.remove(hit)
    return left


def at_trigger(text: str, g: dict) -> list:
    """The chosen matches (with their modality) with a word inside the gold trigger."""
    t = text.find(g["trigger"]) if g.get("trigger") else -1
    span = (t, t + len(g["trigger"])) if t >= 0 else (0, 0)
    hits = []
    for sent, plans, chosen in plans_seen:
        for m in chosen:
            if any(span[0] <= sent.start + sent.tokens[i].start < span[1] for i in m.word_tokens):
                mod = [md for mm, md in plans if mm is m]
                hits.append((m, mod[0] if mod else None))
    return hits


def kind(g: dict, hits: list, entities: set[str]) -> str:
    s_ok, t_ok = entity(g["source"]) in entities, entity(g["target"]) in entities
    actors = ("both actors" if s_ok and t_ok else "src missing" if t_ok
              else "tgt missing" if s_ok else "no actors")
    if not hits:
        return "no pattern at trigger; " + actors
    m, mod = hits[0]
    if mod is None:
        return "null pattern at trigger; " + actors
    if mod.code is None:
        return "pattern dropped by modality; " + actors
    if mod.code[:2] != g["code"][:2]:
        return "pattern of other root; " + actors
    return "right pattern, sides failed; " + actors


def main() -> None:
    gold_path, pred_path = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv
    preds: dict[str, list] = {}
    for line in open(pred_path, encoding="utf-8"):
        d = json.loads(line)
        preds.setdefault(d["case_id"], []).append(d)
    coder, kinds = Coder(), Counter()
    for line in open(gold_path, encoding="utf-8"):
        case = json.loads(line)
        missed = unmatched(case["events"], preds.get(case["id"], []))
        if not missed:
            continue
        plans_seen.clear()
        coded = coder.analyse(Article(text=case["text"], lang=case.get("lang", "id"),
                                      published=case.get("published")))
        mentions = [(m.text, m.actor.code) for cs in coded for m in cs.mentions]
        entities = {entity(code) for _, code in mentions if code}
        for g in missed:
            hits = at_trigger(case["text"], g)
            k = kind(g, hits, entities)
            kinds[k] += 1
            if verbose:
                print(f"[{k}] {g['source']} {g['code']} {g['target']} | {g['trigger']}")
                print("     ", case["text"][:250].replace("\n", " "))
                print("      M", mentions[:8])
                for m, mod in hits:
                    print("      P", m.pattern.id, m.pattern.code, mod and mod.code)
    print(gold_path.split("/")[-1])
    for k, n in sorted(kinds.items()):
        print(f"   {n:4d} {k}")


if __name__ == "__main__":
    main()
