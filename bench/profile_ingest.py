"""Where one-process ingest spends its time on fresh text: each step's share (issue #20).

    .venv/bin/python bench/profile_ingest.py [--articles 320] [--ud ../shared/data/ud]

Builds bench/pipeline.py's corpus (consecutive UD and NER sentences joined into
articles of about 500 words, four Indonesian to one English, all different),
then in a fresh process: loads the coder (start-up, timed apart), and ingests
the corpus into a DuckDB store under cProfile. Each step's share is the
cumulative time of the functions that make it, out of the profiled ingest;
steps nest (stemming is inside tokenising, matching inside readings), so the
shares do not add up to 100%. cProfile slows small functions more than large
ones: the shares are a guide, the rates in bench/pipeline.py the measure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import ROOT, build  # noqa: E402

CHILD = r"""
import cProfile, json, pstats, sys, time
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
prof = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
with Store(sys.argv[2]) as db:
    prof.enable()
    s = ingest(read_paths([sys.argv[1]]), db, coder)
    prof.disable()
st = pstats.Stats(prof)
total = sum(v[2] for v in st.stats.values())  # every function's own time
steps = json.loads(sys.argv[3])
out = {}
for name, funcs in steps.items():
    cum = 0.0
    for (path, line, fn), v in st.stats.items():
        for want_path, want_fn in funcs:
            if path.endswith(want_path) and fn == want_fn:
                cum += v[3]
    out[name] = cum
print(json.dumps({"articles": s.stored, "startup": startup, "startup_cpu": startup_cpu,
                  "total": total, "steps": out}))
"""

# step -> (file suffix, function) whose cumulative time makes it
STEPS = {
    "sentence split and tokenising (with stems)": [("peristiwa/pipeline.py", "_sentences")],
    "  stems and affix forms": [("peristiwa/text/stems.py", "_stem"), ("peristiwa/text/stems.py", "_form")],
    "  Sastrawi": [("Sastrawi/Stemmer/Stemmer.py", "stem_word")],
    "opening date and dateline": [("peristiwa/pipeline.py", "_published"),
                                  ("peristiwa/pipeline.py", "_dateline")],
    "recogniser (names)": [("peristiwa/pipeline.py", "_names")],
    "mentions": [("peristiwa/pipeline.py", "_mentions")],
    "speakers": [("peristiwa/pipeline.py", "_speakers")],
    "readings (matching, reading)": [("peristiwa/pipeline.py", "_readings")],
    "  pattern matching": [("peristiwa/coding/patterns.py", "match")],
    "parse (tagger-parser, read again)": [("peristiwa/pipeline.py", "_parse")],
    "events (dates, places, codes)": [("peristiwa/pipeline.py", "_events")],
    "  event dates": [("peristiwa/dates/event.py", "event_date")],
    "language detection": [("peristiwa/pipeline.py", "_language")],
    "DuckDB store": [("peristiwa/store/db.py", "add")],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=320)
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(args.ud, args.articles, 1, Path(tmp) / "x1")
        out = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(Path(tmp) / "p.duckdb"),
                              json.dumps(STEPS)], capture_output=True, text=True, check=True)
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"start-up (coder for id and en): {r['startup']:.2f} s wall, {r['startup_cpu']:.2f} s CPU")
    print(f"profiled ingest of {r['articles']} articles: {r['total']:.1f} s of CPU (under cProfile)")
    for name, cum in r["steps"].items():
        print(f"  {name:<44} {cum:7.2f} s  {100 * cum / r['total']:5.1f}%")


if __name__ == "__main__":
    main()
