"""``peristiwa batch``: code a corpus on Dask, one partition per task.

    summary = run_batch(["crawl/"], "out/", workers=2)          # a LocalCluster
    summary = run_batch(["crawl/"], "out/", scheduler="tcp://host:8786")

The driver plans the partitions (``plan.py``), writes them to
``out/manifest.json``, and submits every partition not finished yet; workers
write Parquet (``worker.py``). Running it again on the same input skips what
is done, so a killed batch resumes. ``peristiwa load out/`` merges the result
into a store with the same de-duplication as ``peristiwa ingest``; given a
``store``, the driver merges each partition as the batch runs (in plan order,
the same result as ``load`` after it), while the workers code the next ones.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peristiwa.batch import warm

if TYPE_CHECKING:
    from peristiwa.batch.plan import Partition

# The driver launches the fork server (``warm.start``) before anything heavy is imported:
# the planner and the worker's module (pyarrow, the readers: 0.3 s) are imported by
# ``_run`` once the server is loading (``_heavy``); ``run_part`` may be replaced here
# (bench/batch_breakdown.py) before a batch runs.
SIZE = 100  # articles per partition (``plan.SIZE``)
plan = done = run_part = None  # set by ``_heavy``
MANIFEST = "manifest.json"
WORKER_MEMORY = "1.5GB"  # per worker process (issue #7's ceiling)
# With a store, the driver merges what is finished at most this often (and at the end) when
# a local cluster has a worker on every core: each merge is a transaction whose fixed costs
# (the events' rebuild, the commit) are most of a small partition's merge, CPU taken from
# the workers; merged 15 at a time they cost a fifth (``load.py``). With a core to spare
# (fewer workers than cores, or a cluster elsewhere), each partition as it finishes; and
# so once fewer partitions are left to code than there are workers (the tail).
MERGE_EVERY = 30.0

# What Dask's nanny sets in the environment of the worker processes it starts
# (``distributed.nanny.pre-spawn-environ``), less MALLOC_TRIM_THRESHOLD_=65536: a fixed
# trim threshold turns off glibc's dynamic thresholds, so blocks over 128 KB (the
# parser's arrays, the tries' tables) are mapped and unmapped again at each use, and
# memory is handed back and asked for again: coding the 320 articles of
# bench/pipeline.py took 6-10% more CPU with it (the same code run side by side, in a
# thread as a worker runs it; bench/RESULTS.md, session 12). BLAS keeps one thread per
# worker, as Dask has it. A value set in the driver's own environment still wins.
WORKER_ENVIRON = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
# The workers are forked from a server that has loaded the coder (``warm.py``).
WORKER_START = {"distributed.worker.multiprocessing-method": "forkserver"}
# A Dask worker samples its running task's stack every 10 ms for the dashboard's profile
# (``distributed.worker.profile``); our local cluster has no dashboard, and the sampling
# cost 3-4% of the workers' CPU on the 320 articles of bench/pipeline.py (side by side,
# bench/RESULTS.md, session 15). A cluster of the user's own (``--scheduler``) keeps it.
WORKER_PROFILE = {"distributed.worker.profile.enabled": False}
# Each of Dask's servers (the scheduler and the nannies, in the driver; each worker) wakes
# every 20 ms to check its event loop's health, the nannies poll their worker's memory and
# each worker its own every 100 ms, and each server samples its process's CPU and network
# every 500 ms: 0.25-0.38 s of the driver's CPU and 0.30-0.35 s of two idle workers' every
# 10 s, all taken from coding on a machine with a core per worker. A local batch needs none
# of it that often: the health check each second (its warning comes after 3 s unresponsive
# anyway), the memory each second (the 1.5 GB ceiling is a safety net, 2-3 times what a
# worker uses), the system's figures every 2 s: 0.06-0.09 s and 0.05-0.07 s per 10 s
# (bench/RESULTS.md, session 16). A cluster of the user's own keeps its settings.
QUIET = {"distributed.admin.tick.interval": "1s", "distributed.worker.memory.monitor-interval": "1s",
         "distributed.admin.system-monitor.interval": "2s"}


def local_cluster(workers: int, options: dict | None = None, **kwargs):
    """A Dask cluster of ``workers`` processes on this machine, one thread each, set up
    as ``peristiwa batch`` runs them: forked warm, with the coder for ``options``
    loaded, from the fork server ``warm.start`` launches if none runs yet, without
    the stack sampling of Dask's profiler, with its periodic checks less often (``QUIET``;
    ``kwargs`` go to ``LocalCluster``)."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set(WORKER_ENVIRON | WORKER_PROFILE | QUIET | (WORKER_START if warm.enabled() else {})):
        if warm.enabled():
            warm.start(options or {}, WORKER_ENVIRON)
            _server_preloaded()
        return LocalCluster(**({"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                "dashboard_address": None, "memory_limit": WORKER_MEMORY} | kwargs))


def _server_preloaded() -> None:
    """Tell Dask that the fork server's preload is set (``warm.start`` launched it with
    its own): the first nanny would otherwise import numpy, pandas and lz4 into the
    driver (``distributed.utils.get_mp_context``) only to name them to a server that runs
    already: 0.4 s of the driver's CPU on a quiet host while the server loads and the
    cluster starts (bench/RESULTS.md, session 19)."""
    import distributed.utils

    distributed.utils._forkserver_preload_set = True


@dataclass
class BatchSummary:
    partitions: int = 0
    already_done: int = 0
    coded: int = 0  # partitions coded in this run
    articles: int = 0  # articles in the partitions coded in this run
    events: int = 0
    errors: int = 0
    seconds: float = 0.0
    loaded: object = None  # with a store: what was merged into it (a load.LoadSummary)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        merged = f"; merged: {self.loaded.line()}" if self.loaded is not None else ""
        return (f"{self.partitions} partitions ({self.already_done} already done, {self.coded} "
                f"coded now): {self.articles} articles, {self.events} event mentions, "
                f"{self.errors} skipped records; {rate:.1f} articles/s{merged}")


def write_manifest(out: Path, parts: list[Partition], inputs: list[str], options: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f".{MANIFEST}.{os.getpid()}"
    tmp.write_text(json.dumps({"inputs": inputs, "options": options,
                               "partitions": [p.to_dict() for p in parts]}, indent=1))
    os.replace(tmp, out / MANIFEST)


def _heavy() -> None:
    """Import the planner and the worker's module (once; a ``run_part`` set here stays)."""
    global Partition, plan, done, run_part
    if plan is None:
        from peristiwa.batch import plan as planner

        Partition, plan = planner.Partition, planner.plan
    if done is None or run_part is None:
        from peristiwa.batch import worker

        done = done or worker.done
        run_part = run_part or worker.run_part


def read_manifest(out: Path) -> tuple[list[Partition], dict]:
    _heavy()
    path = out / MANIFEST
    if not path.is_file():
        raise FileNotFoundError(f"{out}: no {MANIFEST} (not the output of `peristiwa batch`)")
    data = json.loads(path.read_text())
    return [Partition.from_dict(d) for d in data["partitions"]], data


def _exit_without_teardown() -> None:
    """In a worker process of our own local cluster: end the process, once the worker
    has closed, without tearing down its heap (the models, tries and memos: a second
    or more of freeing objects, while ``run_batch`` waits for the cluster to close)."""
    import atexit

    def end() -> None:
        import logging

        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(0)

    atexit.register(end)  # the last registered runs first


def run_batch(inputs: list[str], out: str | Path, workers: int = 2, scheduler: str | None = None,
              size: int = SIZE, options: dict | None = None,
              progress: Callable[[BatchSummary, dict], None] | None = None,
              store=None) -> BatchSummary:
    """Code ``inputs`` into ``out``; with ``store`` (a ``Store``), also merge every
    partition into it (those done before too, unless merged already)."""
    options = options or {}
    began = time.perf_counter()
    with warm_server(options, scheduler, inputs):  # (one launched by the caller is used as it is)
        return _run(inputs, Path(out), workers, scheduler, size, options, progress, store, began)


@contextlib.contextmanager
def warm_server(options: dict, scheduler: str | None = None, inputs: list | None = None):
    """The fork server of a local cluster's warm workers (``warm.py``), launched at once,
    so that it loads the coder for ``options`` (the languages of the first articles of
    ``inputs``; all without them) while the driver goes on, and ended when the block ends. ``run_batch`` launches its own; a caller may launch it earlier
    (``peristiwa batch``: before it opens its store) and ``run_batch`` in the block uses
    that one. Nothing with a user's own ``scheduler`` or with warm workers off."""
    started = False
    if not scheduler:  # (dask not imported for it: the server reads Dask's settings itself)
        if isinstance(inputs, str | Path):  # one path
            inputs = [inputs]
        started = warm.start(options, WORKER_ENVIRON, [str(p) for p in inputs or ()])
    try:
        yield
    finally:
        if started:
            warm.stop()


def _run(inputs, out: Path, workers, scheduler, size, options, progress, store, began) -> BatchSummary:
    from dask.distributed import Client, as_completed

    from peristiwa.batch.load import InOrder

    _heavy()
    parts = plan(inputs, size)
    write_manifest(out, parts, [str(i) for i in inputs], options)
    summary = BatchSummary(partitions=len(parts))
    spare = scheduler or workers < len(os.sched_getaffinity(0))
    merger = InOrder(out, parts, store, 0.0 if spare else MERGE_EVERY) if store is not None else None
    todo = []
    for p in parts:
        if done(out, p.id):
            summary.already_done += 1
        else:
            todo.append(p)
    if todo:
        if scheduler:
            client = Client(scheduler)
            cluster = None
        else:
            cluster = local_cluster(workers, options)
            client = Client(cluster)
        try:
            futures = client.map(run_part, [p.to_dict() for p in todo], out=str(out.resolve()),
                                 options=options, pure=False)
            for fut in as_completed(futures):
                result = fut.result()
                summary.coded += 1
                summary.articles += result["articles"]
                summary.events += result["events"]
                summary.errors += result["errors"]
                if merger:  # (once fewer tasks are left than workers, a core is free for it)
                    merger.ready(now=len(todo) - summary.coded < workers)
                summary.seconds = time.perf_counter() - began
                if progress:
                    progress(summary, result)
            if cluster:  # every result is in: the workers may end without freeing their heaps
                client.run(_exit_without_teardown)
        finally:
            client.close()
            if cluster:
                cluster.close()
    if merger:
        merger.ready(now=True)
        summary.loaded = merger.summary
        summary.loaded.missing = len(parts) - merger.next
    summary.seconds = time.perf_counter() - began
    return summary
