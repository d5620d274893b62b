"""Two versions' cold Dask batch into DuckDB run at the same time, so that both meet the
same load (on a shared machine, runs one after the other do not): wall time and CPU of
each, the driver's and the worker processes' (issue #20).

    .venv/bin/python bench/ab_batch.py --other-src /tmp/main-export/src [--workers 2] [--rounds 3]

As bench/ab_ingest.py: ``--other-src`` is the ``src`` folder of the other version, run with
``PYTHONPATH``; this checkout's code is the second; each has its own disk cache (warm them
first). The corpus is bench/pipeline.py's, the code run its ``BATCH`` (partitions of 25).
The worker processes' CPU counts every process the driver started and reaped: spawned
workers, or the fork server of warm workers with the workers forked from it.
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
from pipeline import BATCH, ROOT, build, compiled  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--other-src", type=Path, required=True)
    ap.add_argument("--other-cache", default="/tmp/ab-cache-other")
    ap.add_argument("--cache", default="/tmp/ab-cache-this")
    ap.add_argument("--articles", type=int, default=320)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--other-env", nargs="*", default=[], help="KEY=VALUE for the other version")
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    ap.add_argument("--only-lang", help="the corpus's articles in this language only (of --articles)")
    args = ap.parse_args()
    compiled()
    compiled(args.other_src)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = build(args.ud, args.articles, 1, tmp / "x1")
        if args.only_lang:  # (a one-language feed: its fork server loads that language alone)
            lines = [ln for ln in corpus.read_text(encoding="utf-8").splitlines()
                     if json.loads(ln)["lang"] == args.only_lang]
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
            args.articles = len(lines)
            print(f"{len(lines)} articles in {args.only_lang!r}")
        other_env = dict(kv.split("=", 1) for kv in args.other_env)
        versions = {"other": {"PYTHONPATH": str(args.other_src), "PERISTIWA_CACHE": args.other_cache}
                    | other_env,
                    "this": {"PERISTIWA_CACHE": args.cache}}
        for r in range(args.rounds):
            procs = {}
            for name, env in versions.items():
                out = tmp / f"{name}{r}"
                procs[name] = subprocess.Popen(
                    [sys.executable, "-c", BATCH, str(corpus), str(out), str(args.workers),
                     str(out) + ".duckdb"], env=os.environ | env, stdout=subprocess.PIPE, text=True)
            for name, proc in procs.items():
                got = json.loads(proc.communicate()[0].strip().splitlines()[-1])
                assert got["stored"] == got["articles"] == args.articles, got
                print(f"round {r + 1} {name:<5} {args.workers} worker(s): wall {got['seconds']:6.1f} s "
                      f"({got['articles'] / got['seconds']:5.1f} art/s); CPU: driver {got['driver_cpu']:5.2f} s, "
                      f"worker processes {got['children_cpu']:6.2f} s, together "
                      f"{got['driver_cpu'] + got['children_cpu']:6.2f} s; peak RSS {got['rss_mb']:.0f} MB "
                      "per worker", flush=True)
                # each worker's partitions (CPU in the task): the first, then the others'
                print("    partitions' CPU per worker: " + "; ".join(
                    f"first {c[0]:.2f} s, {len(c) - 1} more {sum(c[1:]):.2f} s "
                    f"({' '.join(f'{x:.2f}' for x in c[1:])})" for c in got["worker_cpu"]), flush=True)


if __name__ == "__main__":
    main()
