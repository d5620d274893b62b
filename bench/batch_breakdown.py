"""Where a cold Dask batch loses time against the ideal (issue #20): the cluster's
start, each worker's imports and models, coding, writing, waiting, the tail, and
the merge into DuckDB (``peristiwa load`` after the batch, or with ``--live`` each
partition as it finishes: ``run_batch(store=...)``). As ``peristiwa batch``, the driver
launches the workers' fork server first (``run.warm_server``, with the input where the
version takes it; since session 15), then imports ``dask.distributed``.

    .venv/bin/python bench/batch_breakdown.py [--articles 320] [--workers 1 2] [--size 25] [--live]
    PYTHONPATH=/tmp/main-export/src .venv/bin/python bench/batch_breakdown.py     # another version

The corpus is bench/pipeline.py's (fresh articles). Each configuration runs in a
fresh process, as ``run_batch`` does, but with each task wrapped so that the worker
says when it started, how long its imports and models took and how long it spent
coding and writing (wall clock of the machine, ``time.time``), and the driver when
it got the result. The timeline is printed per worker; "ideal" is the articles over
the workers' coding time alone, as if start-up, writing and waiting cost nothing.
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
import contextlib, json, os, resource, sys, time
T0 = time.time()
from peristiwa.batch import run as batch_run
from peristiwa.batch.run import run_batch

def traced(part, out, options):
    t = time.time()
    cpu = time.process_time()
    import peristiwa.batch.worker as w  # imported by unpickling the task the first time
    first = not getattr(w, "_traced", False)
    w._traced = True
    t1 = time.time()
    w.coder(options)  # loaded once per worker
    t2 = time.time()
    r = w.run_part(part, out, options)
    t3 = time.time()
    return r | {"t_start": t, "t_models": t1, "t_coding": t2, "t_end": t3, "first": first,
                "models_s": t2 - t1, "task_cpu": time.process_time() - cpu,
                "proc_start": _proc_start()}

def _proc_start():
    # the worker process's start, from /proc (clock ticks after boot)
    with open(f"/proc/{os.getpid()}/stat") as fh:
        ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as fh:
        up = float(fh.read().split()[0])
    return time.time() - up + ticks / os.sysconf("SC_CLK_TCK")

batch_run.run_part = traced
results = []
t_imports = time.time()
server = contextlib.ExitStack()
if hasattr(batch_run, "warm_server"):  # as `peristiwa batch`: the fork server launched first
    import inspect
    given = [[sys.argv[1]]] if "inputs" in inspect.signature(batch_run.warm_server).parameters else []
    server.enter_context(batch_run.warm_server({}, None, *given))
import dask.distributed  # noqa: F401  (what run_batch imports first)
t_dask = time.time()
from peristiwa.batch.load import load
from peristiwa.store.db import Store
live = sys.argv[6] == "live"
db = Store(sys.argv[5]) if live else None  # merged as the partitions finish
s = run_batch([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), size=int(sys.argv[4]),
              progress=lambda summary, r: results.append(r | {"t_recv": time.time()}),
              **({"store": db} if live else {}))  # (an older run_batch has no store)
server.close()
t_done = time.time()
t_l = time.time()
if live:
    db.close()
    ls = s.loaded
else:  # peristiwa load after the batch
    with Store(sys.argv[5]) as db:
        ls = load(sys.argv[2], db)
t_loaded = time.time()
print(json.dumps({"driver_cpu": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
                  # every process the driver started and reaped: the workers (spawned, or forked
                  # by the fork server of warm workers, with the server's own loading)
                  "children_cpu": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]),
                  "T0": T0, "t_imports": t_imports, "t_dask": t_dask, "t_done": t_done,
                  "t_load_start": t_l, "t_loaded": t_loaded, "articles": s.articles,
                  "loaded": ls.articles, "live": live, "results": results}))
"""


def report(r: dict, workers: int) -> None:
    T0 = r["T0"]
    res = sorted(r["results"], key=lambda x: x["t_start"])
    pids = sorted({x["pid"] for x in res})
    first_start = min(x["t_start"] for x in res)
    last_end = max(x["t_end"] for x in res)
    last_recv = max(x["t_recv"] for x in res)
    n = r["articles"]
    print(f"  imports of the driver {r['t_imports'] - T0:.2f} s, dask.distributed {r['t_dask'] - r['t_imports']:.2f} s")
    print(f"  first task starts at {first_start - T0:.2f} s; last task ends {last_end - T0:.2f} s; "
          f"driver has it {last_recv - T0:.2f} s; run_batch returns {r['t_done'] - T0:.2f} s")
    coding_total = 0.0
    for p in pids:
        mine = [x for x in res if x["pid"] == p]
        start = mine[0]["proc_start"]
        imports = mine[0]["t_models"] - mine[0]["t_start"]
        models = sum(x["models_s"] for x in mine)
        coding = sum(x["seconds"] for x in mine)  # reading and coding (run_part's own)
        total_task = sum(x["t_end"] - x["t_start"] for x in mine)
        writing = total_task - coding - models - imports
        gaps = sum(b["t_start"] - a["t_end"] for a, b in zip(mine, mine[1:], strict=False))
        tail = last_end - mine[-1]["t_end"]
        coding_total += coding
        print(f"  worker {p}: process up at {start - T0:.2f} s, first task at {mine[0]['t_start'] - T0:.2f} s; "
              f"{len(mine)} tasks, {sum(x['articles'] for x in mine)} articles; imports (unpickling the task) "
              f"{imports:.2f} s, models {models:.2f} s, reading+coding {coding:.2f} s, writing Parquet "
              f"{writing:.2f} s, waiting between tasks {gaps:.2f} s, idle at the end {tail:.2f} s; "
              f"CPU in tasks {sum(x['task_cpu'] for x in mine):.2f} s")
        print("    tasks (start-end, articles): " + ", ".join(
            f"{x['t_start'] - T0:.1f}-{x['t_end'] - T0:.1f}/{x['articles']}" for x in mine))
    wall = r["t_done"] - T0
    print(f"  wall {wall:.2f} s: {n / wall:.1f} art/s; ideal (coding only, {workers} in parallel) "
          f"{n / (coding_total / workers):.1f} art/s; cluster close {r['t_done'] - last_recv:.2f} s")
    if "children_cpu" in r:
        print(f"  CPU: driver {r['driver_cpu']:.2f} s, worker processes (and the fork server) "
              f"{r['children_cpu']:.2f} s, together {r['driver_cpu'] + r['children_cpu']:.2f} s")
    print(f"  into DuckDB after the batch: {r['t_loaded'] - r['t_load_start']:.2f} s ({r['loaded']} articles); "
          f"batch + load {n / (r['t_loaded'] - T0):.1f} art/s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=320)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--size", type=int, default=25)
    ap.add_argument("--live", action="store_true", help="merge into DuckDB as the batch runs")
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    args = ap.parse_args()
    compiled()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = build(args.ud, args.articles, 1, tmp / "x1")
        for w in args.workers:
            out = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(tmp / f"out{w}"), str(w),
                                  str(args.size), str(tmp / f"db{w}.duckdb"),
                                  "live" if args.live else "after"],
                                 capture_output=True, text=True, check=True)
            print(f"{w} worker{'s' if w > 1 else ''}, {args.articles} articles, size {args.size}:")
            report(json.loads(out.stdout.strip().splitlines()[-1]), w)


if __name__ == "__main__":
    main()
