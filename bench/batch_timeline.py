"""A cold batch second by second (issue #20): how busy each process is in each quarter
of a second (the driver with its scheduler and nannies, the fork server, each worker),
and the host as a whole, beside bench/batch_breakdown.py's report of the same run (when
each task started and ended on which worker).

    .venv/bin/python bench/batch_timeline.py [--articles 320] [--workers 2] [--size 25] [--bin 0.25]

The batch is batch_breakdown.py's (``--live``: merged into DuckDB as it runs), on
bench/pipeline.py's corpus, in a fresh process; a thread of this process reads the CPU
time of that process and of every process under it from /proc every 50 ms. A column is
a share of one core (100% = one core busy all the bin); "host" is of both cores
(``/proc/stat``: what other programs took shows there and not in the columns).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_breakdown import CHILD, report  # noqa: E402
from pipeline import ROOT, build, compiled  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def tree(root: int, parent: dict[int, int]) -> list[int]:
    """``root`` and every process under it (``parent`` gets each one's parent)."""
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    rest = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            kids.setdefault(int(rest[1]), []).append(int(d))
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        for k in kids.get(p, []):
            parent[k] = p
            todo.append(k)
    return out


def cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            rest = fh.read().rsplit(")", 1)[1].split()
        return (int(rest[11]) + int(rest[12])) / TICK
    except OSError:
        return None


def host() -> tuple[float, float]:
    """Idle and total time of the host's cores, in seconds."""
    with open("/proc/stat") as fh:
        v = [int(x) for x in fh.readline().split()[1:]]
    return v[3] / TICK, sum(v) / TICK


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=320)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--size", type=int, default=25)
    ap.add_argument("--bin", type=float, default=0.25)
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    args = ap.parse_args()
    compiled()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = build(args.ud, args.articles, 1, tmp / "x1")
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(corpus), str(tmp / "out"), str(args.workers),
                                 str(args.size), str(tmp / "db.duckdb"), "live"], stdout=subprocess.PIPE, text=True)
        samples: list[tuple[float, dict[int, float | None], tuple[float, float]]] = []
        done = threading.Event()
        parent: dict[int, int] = {}

        def sample() -> None:
            while not done.is_set():
                samples.append((time.time(), {p: cpu(p) for p in tree(proc.pid, parent)}, host()))
                time.sleep(0.05)

        watcher = threading.Thread(target=sample)
        watcher.start()
        out = proc.communicate()[0]
        done.set()
        watcher.join()
    r = json.loads(out.strip().splitlines()[-1])
    print(f"{args.workers} worker{'s' if args.workers > 1 else ''}, {args.articles} articles, size {args.size}:")
    report(r, args.workers)
    t0 = r["T0"]
    workers = sorted({x["pid"] for x in r["results"]})
    pids = sorted({p for _, procs, _ in samples for p in procs})
    name = {proc.pid: "driver"} | {p: f"worker{workers.index(p) + 1}" for p in workers}
    servers = {parent[p] for p in workers if p in parent}  # the fork server: the workers' parent
    for p in pids:
        name.setdefault(p, "server" if p in servers else f"pid {p}")
    busy = [p for p in pids if any((procs.get(p) or 0) > 0.05 for _, procs, _ in samples)]
    print(f"\n{'s':>6} {'host':>5} " + " ".join(f"{name[p]:>8}" for p in busy))
    bins: dict[int, list] = {}
    for s in samples:
        bins.setdefault(int((s[0] - t0) // args.bin), []).append(s)
    prev = samples[0]
    for b in sorted(bins):
        cur = bins[b][-1]
        dt = cur[0] - prev[0]
        if dt <= 0:
            continue
        cols = []
        for p in busy:
            a, c = prev[1].get(p), cur[1].get(p)
            used = 0.0 if c is None else c - (a if a is not None else 0.0)
            cols.append(f"{used / dt * 100:7.0f}%")
        idle, total = cur[2][0] - prev[2][0], cur[2][1] - prev[2][1]
        share = 1 - idle / total if total > 0 else 0.0
        print(f"{b * args.bin:6.2f} {share * 100 * os.cpu_count():4.0f}% " + " ".join(cols))
        prev = cur


if __name__ == "__main__":
    main()
