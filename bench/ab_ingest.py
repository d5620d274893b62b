"""Two versions' one-process ingest run at the same time, so that both meet the same load
(on a shared machine, runs one after the other do not): CPU of each (issue #20).

    .venv/bin/python bench/ab_ingest.py --other-src /tmp/main-export/src [--articles 320] [--rounds 3]

``--other-src`` is the ``src`` folder of the other version (``git archive REV | tar -x -C DIR``),
run with ``PYTHONPATH``; this checkout's code is the second (its ``src`` on ``PYTHONPATH``, so that a
worktree runs its own code, not the package the Python has installed). Each has its own disk cache
(``--other-cache``, ``--cache``; warm them first: a run that rebuilds one measures the build).
The corpus is bench/pipeline.py's; the code run is its ``SINGLE``.

``--other-python``: the other version's interpreter (default: this one), to compare two builds
of Python on the same code (``--other-src`` this checkout's ``src``); ``--other-site`` adds a
folder to its ``PYTHONPATH`` (the site-packages of this venv, for an interpreter outside it):

    .venv/bin/python bench/ab_ingest.py --other-src src --other-python /usr/bin/python3.11 \
        --other-site .venv/lib/python3.11/site-packages
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import ROOT, SINGLE, build, compiled  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--other-src", type=Path, required=True)
    ap.add_argument("--other-python", default=sys.executable)
    ap.add_argument("--other-site", default="")
    ap.add_argument("--other-cache", default=os.environ.get("PERISTIWA_CACHE_OTHER", ""))
    ap.add_argument("--cache", default=os.environ.get("PERISTIWA_CACHE", ""))
    ap.add_argument("--articles", type=int, default=320)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    args = ap.parse_args()
    compiled()
    compiled(args.other_src)
    other_path = os.pathsep.join(p for p in (str(args.other_src.resolve()), args.other_site) if p)
    versions = (("other", {"PYTHONPATH": other_path, "PERISTIWA_CACHE": args.other_cache}, args.other_python),
                ("this", {"PYTHONPATH": str(ROOT / "src"), "PERISTIWA_CACHE": args.cache}, sys.executable))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = build(args.ud, args.articles, 1, tmp / "x1")
        for r in range(args.rounds):
            procs = {}
            for name, env, python in versions:
                e = dict(os.environ)
                e.pop("PYTHONPATH", None)
                e.update({k: v for k, v in env.items() if v})
                procs[name] = subprocess.Popen([python, "-c", SINGLE, str(corpus),
                                                str(tmp / f"{name}{r}.duckdb")],
                                               env=e, stdout=subprocess.PIPE, text=True)
            out = {k: json.loads(p.communicate()[0].strip().splitlines()[-1]) for k, p in procs.items()}
            print(f"round {r + 1}: " + "; ".join(
                f"{k}: CPU {v['cpu_seconds']:.1f} s ({v['articles'] / v['cpu_seconds']:.1f} art/s of CPU), "
                f"wall {v['seconds']:.1f} s, {v['events']} events, peak RSS {v['rss_mb']:.0f} MB"
                for k, v in out.items()), flush=True)


if __name__ == "__main__":
    main()
