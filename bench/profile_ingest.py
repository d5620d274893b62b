"""Where one-process ingest spends its time on fresh text: each step's share (issue #20).

    .venv/bin/python bench/profile_ingest.py [--articles 320] [--ud ../shared/data/ud]

Builds bench/pipeline.py's corpus (consecutive UD and NER sentences joined into
articles of about 500 words, four Indonesian to one English, all different),
then in a fresh process: loads the coder (start-up, timed apart), and ingests
the corpus into a DuckDB store with a CPU timer (``time.process_time``: the
machine is shared) around each pipeline stage and around a few functions inside
them. A stage's time is exact; a function's adds the timer's own cost, about a
microsecond a call. Sub-steps (indented) are part of the stage above them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import ROOT, build, compiled  # noqa: E402

CHILD = r"""
import importlib, json, sys, time
from dataclasses import replace
spent = {}

def timed(name, fn):
    depth = [0]
    def wrapper(*a, **k):
        if depth[0]:
            return fn(*a, **k)
        depth[0] += 1
        t = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - t
            depth[0] -= 1
    return wrapper

steps = json.loads(sys.argv[3])
from peristiwa import pipeline
for name, targets in steps.items():
    for target in targets:
        mod, _, attr = target.partition(":")
        if mod == "stage":
            # a stage that runs for several articles at once (run_many) is timed there too
            pipeline.STAGES = tuple(
                replace(s, run=timed(name, s.run),
                        **({"run_many": timed(name, s.run_many)} if getattr(s, "run_many", None) else {}))
                if s.name == attr else s for s in pipeline.STAGES)
            continue
        try:
            owner = importlib.import_module(mod)
        except ImportError:
            continue
        *path, last = attr.split(".")
        for p in path:
            owner = getattr(owner, p)
        if hasattr(owner, last):
            setattr(owner, last, timed(name, getattr(owner, last)))

t = time.perf_counter()
c0 = time.process_time()
from peristiwa.ingest import read_paths
from peristiwa.ingest.run import ingest
from peristiwa.pipeline import Coder
from peristiwa.store.db import Store
coder = Coder()
for lang in ("id", "en"):
    p = coder.pipeline(lang)
    p.mentions, p.patterns, p.tokenizer
startup = time.perf_counter() - t
startup_cpu = time.process_time() - c0
spent.clear()
with Store(sys.argv[2]) as db:
    c1 = time.process_time()
    s = ingest(read_paths([sys.argv[1]]), db, coder)
    total = time.process_time() - c1
print(json.dumps({"articles": s.stored, "startup": startup, "startup_cpu": startup_cpu,
                  "total": total, "steps": {k: spent.get(k, 0.0) for k in steps}}))
"""

# step -> what is timed: "stage:<name>" (a pipeline stage) or "module:Class.function"
STEPS = {
    "language detection": ["stage:language"],
    "sentences and tokens": ["stage:sentences"],
    "  spaCy tokenizer": ["spacy.language:Language.make_doc"],
    "  stems and affix forms (new words)": ["peristiwa.text.stems:Stemmer._stem",
                                            "peristiwa.text.stems:Stemmer._form"],
    "    Sastrawi": ["Sastrawi.Stemmer.CachedStemmer:CachedStemmer.stem"],
    "opening date, dateline": ["stage:published", "stage:dateline"],
    "recogniser (names)": ["stage:names"],
    "mentions": ["stage:mentions"],
    "  knowledge-base look-ups": ["peristiwa.actors.kb:KnowledgeBase.lookup"],
    "    fuzzy (capitalised runs)": ["peristiwa.actors.kb:KnowledgeBase._fuzzy"],
    "speakers": ["stage:speakers"],
    "readings": ["stage:readings"],
    "  pattern matching": ["peristiwa.coding.patterns:PatternSet.match"],
    "    tries built (a trigger's first use)": ["peristiwa.coding.patterns:PatternSet._tries"],
    "  places for a pattern's slot": ["peristiwa.coding.coder:SentenceCoder._place_slots"],
    "    places of a sentence (first read here or in events)": ["peristiwa.places.event:_read_tokens"],
    "parse (tagger-parser, read again)": ["stage:parse"],
    "  tagger-parser": ["peristiwa.syntax.parse:parse_many"],
    "events (dates, places, codes)": ["stage:events"],
    "  event dates": ["peristiwa.coding.events:event_date"],
    "    dateparser": ["peristiwa.dates.normalise:_parse"],
    "DuckDB store": ["peristiwa.store.db:Store.add"],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=320)
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    args = ap.parse_args()
    compiled()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(args.ud, args.articles, 1, Path(tmp) / "x1")
        out = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(Path(tmp) / "p.duckdb"),
                              json.dumps(STEPS)], capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"start-up (coder for id and en): {r['startup']:.2f} s wall, {r['startup_cpu']:.2f} s CPU")
    print(f"ingest of {r['articles']} articles: {r['total']:.1f} s of CPU, {r['articles'] / r['total']:.2f} "
          "articles/s of CPU (with the timers)")
    for name, cum in r["steps"].items():
        print(f"  {name:<44} {cum:7.2f} s  {100 * cum / r['total']:5.1f}%")


if __name__ == "__main__":
    main()
