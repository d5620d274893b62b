"""The batch's fork server's loading, alone (issue #20): what every cold batch waits for
before its workers' first task. Each round runs, in a fresh process with the environment
of the server, what the server imports (``peristiwa.batch.preload``, which loads the
coder and codes the warm-up texts, then ``distributed``), for this checkout and, with
``--other-src``, for another version, alternately; it prints the wall and CPU time of
the whole process (Python's start included) and the modules of note it loaded.

    .venv/bin/python bench/server_load.py [--other-src /tmp/main-export/src] [--rounds 4] [--input FILE]

``--input``: the batch's input, whose first articles' languages a version since session 15
loads (without it, both languages).

Each version has its own disk cache (``--cache``, ``--other-cache``; a first round,
not printed, fills them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import compiled  # noqa: E402

CHILD = """
import json, resource, sys
import peristiwa.batch.preload, distributed
r = resource.getrusage(resource.RUSAGE_SELF)
from peristiwa.batch import worker
c = worker._coders.get("{}")
print(json.dumps({"cpu": r.ru_utime + r.ru_stime, "rss_mb": r.ru_maxrss / 1024,
                  "langs": sorted(c._langs) if c else [],
                  "modules": [m for m in ("dateparser", "regex", "pyarrow", "spacy", "duckdb")
                              if m in sys.modules]}))
"""
# the environment the driver gives the server: the nanny's (older versions) or the Dask
# settings for the server to read itself (``warm.CONFIG``, session 15)
NANNY = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
         "PYTHONHASHSEED": "6640", "PERISTIWA_WARM_OPTIONS": "{}"}
CONFIG = {"PERISTIWA_WARM_CONFIG": json.dumps({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None})}


def run(env: dict) -> dict:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1]) | {"wall": time.perf_counter() - t}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--other-src", type=Path)
    ap.add_argument("--other-cache", default="/tmp/ab-cache-other")
    ap.add_argument("--cache", default="/tmp/ab-cache-this")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--input", help="the batch's input, for a version whose server loads its languages")
    args = ap.parse_args()
    compiled()
    base = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    this_src = Path(__file__).resolve().parent.parent / "src"
    has_config = "CONFIG = " in (this_src / "peristiwa" / "batch" / "warm.py").read_text()
    inputs = {"PERISTIWA_WARM_INPUTS": json.dumps([args.input])} if args.input else {}
    versions = {"this": base | NANNY | (CONFIG if has_config else {}) | {"PERISTIWA_CACHE": args.cache}
                | (inputs if "INPUTS = " in (this_src / "peristiwa" / "batch" / "warm.py").read_text() else {})}
    if args.other_src:
        compiled(args.other_src)
        other_config = "CONFIG = " in (args.other_src / "peristiwa" / "batch" / "warm.py").read_text()
        other_inputs = "INPUTS = " in (args.other_src / "peristiwa" / "batch" / "warm.py").read_text()
        versions["other"] = base | NANNY | (CONFIG if other_config else {}) | {
            "PYTHONPATH": str(args.other_src), "PERISTIWA_CACHE": args.other_cache} | (
            inputs if other_inputs else {})
    for env in versions.values():
        run(env)  # the disk caches filled
    for r in range(args.rounds):
        for name, env in versions.items():
            got = run(env)
            print(f"round {r + 1} {name:<5}: {got['wall']:.2f} s wall, {got['cpu']:.2f} s CPU, "
                  f"peak RSS {got['rss_mb']:.0f} MB; languages {'+'.join(got['langs'])}; "
                  f"loaded: {' '.join(got['modules'])}", flush=True)


if __name__ == "__main__":
    main()
