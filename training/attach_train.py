"""The recipe that trains the attachment model (coding/attach.py) from read gold events.

    python -m training.attach_train collect OUT.jsonl GOLD.jsonl [GOLD.jsonl ...]
    python -m training.attach_train cv INSTANCES.jsonl      # held-out figures, both folds
    python -m training.attach_train fit INSTANCES.jsonl [--out src/peristiwa/lang/id/attach.tsv]
    python -m training.attach_train all                     # collect the read sets + fit (the shipped weights)

``collect`` codes every case of the gold files with the rules alone (the model switched
off) and writes one line per side the rules left unknown on a coded match: the
features of every candidate mention and of "none", the candidates' entities, the other
side, the case's gold events and the events coded. The label of an instance: the gold
events of the case with the match's root that the rules did not code already (dyad
level); of those, the one whose other side agrees with the rules' (else the first;
none when the rules' other side agrees with none); the candidates whose entity
(``evaluate.entity``) is that event's side are right; "none" is right when that side is
empty, when no candidate has its entity, or when there is no such gold event (filling
a side of a trigger no gold event has, or of one already coded, only adds a false event).

``fit`` (and ``all``) trains a logistic regression of "this mention is right for the
side" on the candidate's features and the match's (Adam, full batch, fixed steps, L2;
features of fewer than ``MIN_COUNT`` candidates left out): the same instances give the
same weights, to the digit written. ``LEARNER = "perceptron"`` trains an averaged
perceptron ranking the candidates and "none" instead. The margins written are
``THRESHOLDS``, the ones ``cv`` chose on held-out data.

``cv`` trains on train-id and tests on the other training sets (dev-all, the silver),
and the reverse, and prints, for each threshold, the dyad figures the decisions would
give on the held-out cases (the coded events with each filled side put in: an
approximation), beside a simple rule (the nearest mention before the trigger for a
source, after it for a target) and how often the top candidate is a right one;
``cv --runs source=T,target=T ...`` codes the held-out files for real with each setting.

Session 19 (906 instances; 2725 cases): the model ranks well (its top candidate is a
right one for 91 of 104 held-out instances that have one, the nearest mention for 48),
but most sides the rules leave open belong to matches that are no gold event (or whose
event is coded already), and few fills are right. Two folds (train-id vs the rest):
every margin adds about as many false events as right ones or more. Five folds over
every read case (``cv --folds 5 --runs ...``): rules alone F1 0.602; margins
source/target -0.5/-0.5 0.615 (+17 tp, +21 fp), 0/0 0.614 (+11, +9), 0/1 0.6125 (+7,
+2), 1/1 0.605 (+2, +1). Unseen text with 0/1: kg-b tp +0 fp +2 (F1 0.432 -> 0.425),
kg-a same, pool tp +6 fp +3 (0.339 -> 0.362), sealed +1 event (0.474 -> 0.490); with
0/0: kg-b +0/+4, pool +7/+6, sealed +1. 0/1 was shipped then: over the three
unseen sets together it added 7 right events and 5 false ones (but see session 20).

Training data: train-id, dev-id, dev-id-more (../shared/gold) and the silver of corpora the
sealed set does not draw from (``SILVER_SETS``: NERP and the UD treebanks, their text put back
by ``all``; NERP cases that repeat an idner-news-2k sentence left out); never idner, NERGrit or
kumparan silver, and never the check sets (kg-a, kg-b, the pool, sealed).

Session 20 (1034 instances; 3380 cases, clean data): 5-fold, rules alone F1 0.486; margins
0/1 0.487 (+3 tp, +8 fp), 0/0 0.494 (+9, +15), 0.5/0.5 0.486 (+2, +6). Unseen text with 0/1:
pool +4 +3, kg-b +0 +2, sealed +0 +1. No margin ships (``THRESHOLDS``): the model fills no side.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from peristiwa.coding import attach
from peristiwa.evaluate import entity, key
from training import linear

EPOCHS = 8
LEARNER = "logistic"  # or "perceptron"
MIN_COUNT = 3  # a feature of fewer candidates than this is not learned (logistic)
# the margins chosen by ``cv`` (see the module's docstring); a side not named is never filled.
# Session 19: the 5-fold held-out choice (source 0, target 1), trained with idner silver.
# Session 20: trained only on data the sealed set cannot share (see SILVER_SETS), the same
# margins give 5-fold +3 tp +8 fp (0/0: +9 +15) and on unseen text pool +4 +3, kg-b +0 +2,
# sealed +0 +1 (0.474 -> 0.469): the session-19 sealed gain came with the idner silver. So
# no side is filled; the weights still ship, reproducible, for the next data.
THRESHOLDS: dict[str, float] = {}
ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
SILVER = ROOT / "build" / "silver"  # the read silver sets, put back from bench/silver by ``silver_read``
# Silver of corpora the sealed set does not draw from (NERP, the UD treebanks): a draw of
# idner, NERGrit or kumparan may hold a sealed sentence, so their silver never trains.
# NERP repeats some idner-news-2k sentences (lower-cased, words dropped): those cases are left
# out too (scripts/nerp_idner_dups.py).
SILVER_SETS = {"silver-train": ["nerp-0", "nerp-3", "nerp-4", "nerp-5", "ud-a", "ud-b"]}
READ = [GOLD / "train-id.jsonl", GOLD / "dev-id.jsonl", GOLD / "dev-id-more.jsonl",
        SILVER / "silver-train.jsonl"]
SHIPPED = ROOT / "src/peristiwa/lang/id" / attach.FILE


def silver_read() -> None:
    """Put the training silver sets' text back from their corpora (``scripts/silver.py
    build``): ``build/silver/silver-train.jsonl`` (the sets of ``SILVER_SETS``, in order),
    without the NERP cases that repeat an idner-news-2k sentence."""
    import subprocess
    import sys

    SILVER.mkdir(parents=True, exist_ok=True)

    def script(*args: str) -> str:
        return subprocess.run([sys.executable, str(ROOT / "scripts" / args[0]), *args[1:]],
                              check=True, capture_output=True, text=True).stdout

    for name, parts in SILVER_SETS.items():
        files = [str(ROOT / "bench/silver" / f"{part}.jsonl") for part in parts]
        repeats = set(script("nerp_idner_dups.py", *files).split())
        with (SILVER / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for f in files:
                for line in script("silver.py", "build", f).splitlines():
                    if json.loads(line)["id"] not in repeats:
                        out.write(line + "\n")


def collect(out: Path, paths: list[Path]) -> None:
    from peristiwa.lang import load
    from peristiwa.pipeline import Coder

    data = load("id")
    data.__dict__["_attach_model"] = None  # the rules alone
    found: dict[tuple, dict] = {}
    here: dict = {}

    def record(c, cm, side, cands, feats, none):
        other = cm.target if side == "source" else cm.source
        k = (here["case"], c.s.index, cm.match.anchor, cm.code, side)
        found[k] = {"case": here["case"], "side": side, "root": cm.code[:2],
                    "other": [entity(x.actor.code) for x in other.mentions] if other else None,
                    "cands": [entity(x.actor.code) for x in cands], "feats": feats, "none": none,
                    "near": _nearest(cm, side, cands)}

    attach.recorder = record
    coder = Coder()
    with out.open("w", encoding="utf-8") as fh:
        for path in paths:
            for line in path.open(encoding="utf-8"):
                case = json.loads(line)
                here["case"] = f"{path.stem}:{case['id']}"
                found.clear()
                pred = [e.to_dict() for e in coder.code_text(case["text"], lang=case.get("lang", "id"),
                                                              published=case.get("published"))]
                pred = [{k: e.get(k) or "" for k in ("source", "target", "code")} for e in pred]
                gold = [{k: e.get(k) or "" for k in ("source", "target", "code")} for e in case["events"]]
                fh.write(json.dumps({"case": here["case"], "file": path.stem, "pred": pred, "gold": gold,
                                     "inst": [_label(x, gold, pred) for x in found.values()]}, ensure_ascii=False) + "\n")
    attach.recorder = None
    data.__dict__.pop("_attach_model")  # the shipped model again, read when next asked for


def _nearest(cm, side: str, cands) -> int | None:
    """The simple rule: the nearest candidate before the trigger (source), after it (target)."""
    a = cm.match.anchor
    if side == "source":
        before = [i for i, x in enumerate(cands) if x.last < a]
        return max(before, key=lambda i: cands[i].last) if before else None
    after = [i for i, x in enumerate(cands) if x.first > a]
    return min(after, key=lambda i: cands[i].first) if after else None


def _label(x: dict, gold: list[dict], pred: list[dict]) -> dict:
    coded = Counter(key("dyad_root", e) for e in pred)
    same = []
    for g in gold:  # the gold events of the root the rules did not code already
        k = key("dyad_root", g)
        if coded[k] > 0:
            coded[k] -= 1
        elif g["code"][:2] == x["root"]:
            same.append(g)
    other = "target" if x["side"] == "source" else "source"
    if x["other"]:
        same = [g for g in same if entity(g[other]) in x["other"]] or same
    want = entity(same[0][x["side"]]) if same else ""
    x["right"] = [i for i, e in enumerate(x["cands"]) if want and e == want]
    x["ranked"] = list(x["right"])  # the right mentions, whatever the other side
    if same and x["other"] and not any(entity(g[other]) in x["other"] for g in same):
        x["right"] = []  # the other side is wrong: the event is false whichever is taken
    x["gold_root"] = any(g["code"][:2] == x["root"] for g in gold)
    return x


def matters(x: dict) -> bool:
    """Every choice may change the events: a match with a source and no target may be
    no event for want of its target (a role of no country facing none)."""
    return True


def fit(instances: list[dict], epochs: int = EPOCHS) -> attach.Model:
    """An averaged perceptron ranking the candidates and "none"."""
    instances = [x for x in instances if matters(x)]
    w: Counter = Counter()
    total: Counter = Counter()  # sum of the weights after every step (the average's numerator)
    step = 0
    for _ in range(epochs):
        for x in instances:
            step += 1
            options = x["feats"] + [x["none"]]
            right = x["right"] or [len(x["feats"])]
            scores = [sum(w[f] for f in fs) for fs in options]
            guess = max(range(len(options)), key=lambda i: (scores[i], -i))
            if guess not in right:
                good = max(right, key=lambda i: (scores[i], -i))
                for f in options[good]:
                    w[f] += 1
                    total[f] += step
                for f in options[guess]:
                    w[f] -= 1
                    total[f] -= step
    # averaged weights: w - (sum of step*update)/steps, the standard lazy form
    avg = {f: w[f] - total[f] / (step + 1) for f in w}
    return attach.Model({f: v for f, v in avg.items() if abs(v) > 1e-4})


def fit_logistic(instances: list[dict], l2: float = 1.0, steps: int = 400) -> attach.Model:
    """A logistic regression of "this mention is right for the side" on the mention's
    features and the match's ("none" features, which weigh the same for every
    candidate; the learner of ``training/linear.py``). Stored so that ``attach.fill``'s
    margin (candidate score minus "none" score) is the log-odds: a "none" feature
    carries minus its weight."""
    rows, ys = [], []
    for x in instances:
        for i, fs in enumerate(x["feats"]):
            rows.append(fs + x["none"])
            ys.append(1.0 if i in x["right"] else 0.0)
    w = linear.fit_logistic(rows, ys, l2=l2, steps=steps, min_count=MIN_COUNT)
    return attach.Model({f: (-v if "|none" in f else v) for f, v in w.items()})


def learn(instances: list[dict]) -> attach.Model:
    return fit_logistic(instances) if LEARNER == "logistic" else fit(instances)


def decide(mdl: attach.Model, x: dict, threshold: float) -> int | None:
    """The candidate the model takes at a threshold (None: "none")."""
    scores = [mdl.score(f) for f in x["feats"]]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return best if scores[best] - mdl.score(x["none"]) > threshold else None


def simulate(cases: list[dict], choose) -> tuple[Counter, Counter]:
    """Dyad counts (tp, fp, fn) of the coded events, and with the chosen sides put in;
    and how the choices fell (right, wrong, abstained where a candidate was right)."""
    out, how = Counter(), Counter()
    for case in cases:
        pred = [dict(e) for e in case["pred"]]
        for x in case["inst"]:
            i = choose(x)
            if not matters(x):
                how["does not matter"] += 1
                if i is None:
                    continue
            elif i is None:
                how["kept empty, a candidate was right" if x["right"] else "kept empty, rightly"] += 1
                continue
            else:
                how["filled right" if i in x["right"] else "filled wrong"] += 1
            ent = x["cands"][i]
            if x["side"] == "source":
                tgt = x["other"][0] if x["other"] else ""
                pred.append({"source": ent, "target": tgt, "code": x["root"]})
            else:
                src = x["other"][0] if x["other"] else None
                hit = next((e for e in pred if e["code"][:2] == x["root"] and not e["target"]
                            and (src is None or entity(e["source"]) == src)), None)
                if hit is not None:
                    hit["target"] = ent
        for name, events in (("base", case["pred"]), ("new", pred)):
            p = Counter(key("dyad_root", e) for e in events)
            g = Counter(key("dyad_root", e) for e in case["gold"])
            tp = sum(min(n, g[k]) for k, n in p.items())
            out[name, "tp"] += tp
            out[name, "fp"] += sum(p.values()) - tp
            out[name, "fn"] += sum(g.values()) - tp
    return out, how


def _f1(c: Counter, name: str) -> str:
    tp, fp, fn = c[name, "tp"], c[name, "fp"], c[name, "fn"]
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return f"P{p:.3f} R{r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} (tp {tp} fp {fp} fn {fn})"


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def _instances(cases: list[dict]) -> list[dict]:
    return [x for c in cases for x in c["inst"]]


def cv(cases: list[dict], thresholds=(-1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 6.0)) -> None:
    folds = [("train-id -> rest", [c for c in cases if c["file"] == "train-id"],
              [c for c in cases if c["file"] != "train-id"]),
             ("rest -> train-id", [c for c in cases if c["file"] != "train-id"],
              [c for c in cases if c["file"] == "train-id"])]
    for name, tr, te in folds:
        mdl = learn(_instances(tr))
        base, how = simulate(te, lambda x: x["near"])
        print(f"{name}: {len(_instances(tr))} train instances, {len(_instances(te))} held out")
        print(f"  rules alone          {_f1(base, 'base')}")
        print(f"  nearest mention      {_f1(base, 'new')}  {dict(how)}")
        top = sum(1 for x in _instances(te) if x["ranked"] and decide(mdl, x, -1e9) in x["ranked"])
        near = sum(1 for x in _instances(te) if x["ranked"] and x["near"] in x["ranked"])
        print(f"  top candidate right: model {top}, nearest {near} of {sum(1 for x in _instances(te) if x['ranked'])}")
        for t in thresholds:
            got, how = simulate(te, lambda x, t=t, mdl=mdl: decide(mdl, x, t))
            print(f"  model, threshold {t:4}: {_f1(got, 'new')}  {dict(how)}")


def run(paths: list[Path], mdl: attach.Model | None) -> dict:
    """Dyad figures of a real run of the coder over ``paths`` with the model ``mdl``."""
    from peristiwa.evaluate import Counts
    from peristiwa.lang import load
    from peristiwa.pipeline import Coder

    load("id").__dict__["_attach_model"] = mdl
    coder, counts = Coder(), Counts()
    for path in paths:
        for line in path.open(encoding="utf-8"):
            case = json.loads(line)
            pred = [e.to_dict() for e in coder.code_text(case["text"], lang=case.get("lang", "id"),
                                                          published=case.get("published"))]
            counts.add(pred, case["events"], "dyad_root")
    load("id").__dict__.pop("_attach_model")
    return counts.as_dict()


def cv_runs(cases: list[dict], thresholds: list[dict[str, float]]) -> None:
    """``cv`` by real runs of the coder on the held-out files (slower, exact)."""
    first = [p for p in READ if p.stem == "train-id"]
    rest = [p for p in READ if p.stem != "train-id"]
    for name, tr, te in (("train-id -> rest", first, rest), ("rest -> train-id", rest, first)):
        stems = {p.stem for p in tr}
        mdl = learn(_instances([c for c in cases if c["file"] in stems]))
        print(f"{name}: rules alone {run(te, None)}", flush=True)
        for t in thresholds:
            mdl.thresholds = t
            print(f"  threshold {t}: {run(te, mdl)}", flush=True)


def write(cases: list[dict], out: Path) -> attach.Model:
    """Fit the shipped learner on every instance of ``cases`` and write its weights."""
    insts = _instances(cases)
    mdl = learn(insts)
    mdl.thresholds = dict(THRESHOLDS)
    mdl.dump(out, f"attachment model (coding/attach.py): written by training/attach_train.py, do not edit\n"
                  f"{LEARNER} on {len(insts)} instances of {len(cases)} read gold cases; "
                  f"margins {THRESHOLDS or 'none (no side is filled)'}")
    return mdl


def _fold(case_key: str, k: int) -> int:
    return int(hashlib.sha1(case_key.encode("utf-8")).hexdigest(), 16) % k


def kfold(cases: list[dict], thresholds: list[dict[str, float]], k: int = 5) -> None:
    """Held-out figures over every read case: each case is coded by the model trained on
    the other folds (cases split by a hash of their name), for each setting."""
    from peristiwa.evaluate import Counts
    from peristiwa.lang import load
    from peristiwa.pipeline import Coder

    texts = {}
    for path in READ:
        for line in path.open(encoding="utf-8"):
            case = json.loads(line)
            texts[f"{path.stem}:{case['id']}"] = case
    models = [learn(_instances([c for c in cases if _fold(c["case"], k) != f])) for f in range(k)]
    data, coder = load("id"), Coder()
    for t in [None] + thresholds:
        counts = Counts()
        for f in range(k):
            if t is not None:
                models[f].thresholds = t
            data.__dict__["_attach_model"] = models[f] if t is not None else None
            for c in cases:
                if _fold(c["case"], k) == f:
                    case = texts[c["case"]]
                    pred = [e.to_dict() for e in coder.code_text(case["text"], lang=case.get("lang", "id"),
                                                                  published=case.get("published"))]
                    counts.add(pred, case["events"], "dyad_root")
        print(f"{k}-fold, {t or 'rules alone'}: {counts.as_dict()}", flush=True)
    data.__dict__.pop("_attach_model")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out", type=Path)
    c.add_argument("gold", type=Path, nargs="+")
    v = sub.add_parser("cv")
    v.add_argument("instances", type=Path)
    v.add_argument("--runs", nargs="*", help="thresholds to try by real runs of the coder: source=T,target=T ...")
    v.add_argument("--folds", type=int, default=0, help="with --runs: k folds over every read case")
    f = sub.add_parser("fit")
    f.add_argument("instances", type=Path)
    f.add_argument("--out", type=Path, default=SHIPPED)
    sub.add_parser("all")
    a = ap.parse_args()
    if a.cmd == "collect":
        collect(a.out, a.gold)
    elif a.cmd == "cv":
        settings = [{k: float(v) for k, v in (kv.split("=") for kv in t.split(",") if kv)} for t in a.runs or []]
        if a.runs is None:
            cv(read(a.instances))
        elif a.folds:
            kfold(read(a.instances), settings, a.folds)
        else:
            cv_runs(read(a.instances), settings)
    else:
        path = a.instances if a.cmd == "fit" else Path("build/attach-instances.jsonl")
        if a.cmd == "all":
            path.parent.mkdir(parents=True, exist_ok=True)
            silver_read()
            collect(path, READ)
        write(read(path), a.out if a.cmd == "fit" else SHIPPED)
        print(f"wrote {a.out if a.cmd == 'fit' else SHIPPED}")


if __name__ == "__main__":
    main()
