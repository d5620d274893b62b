"""End-to-end throughput and memory: ingest in one process, and batch on Dask with
1 and 2 workers; worker memory at 1x and 10x the input (issue #7).

    .venv/bin/python bench/pipeline.py [--articles 150 320] [--scale 10] [--ud ../shared/data/ud]

The corpus is built from the Universal Dependencies treebanks in ../shared/data/ud
(Indonesian CSUI and GSD news text, English EWT) and the Indonesian sentences of
the NER sets in ../shared/data/ner-id (idner-news-2k news, NERGrit), consecutive sentences joined into
articles of about 500 words, four Indonesian to one English, each with a URL of
its own; the 10x corpus repeats it under new URLs. Each configuration runs in a
fresh process so its peak RSS is its own; rates include loading the models and,
for Dask, starting the cluster; "coding only" divides by the busiest worker's time
spent coding partitions (models loaded). The cold batches end in a DuckDB store (each
partition merged as it finishes, ``run_batch(store=...)``), as ingest does; before
session 12 they ended in Parquet. Numbers go to bench/RESULTS.md with this command.

``--articles`` takes one size or several: the cold configurations (ingest, Dask 1
and 2 workers) run on a corpus of each size, the steady and 10x ones on the
largest. The default, 150 and 320, gives the figures of sessions 8-9 (150) and
the issue's own (320 fresh articles of about 514 words).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = 500


def compiled(*srcs: Path) -> None:
    """Byte-compile the sources measured, as an installed package has them: with
    PYTHONDONTWRITEBYTECODE set (as it is on this project's machines) nothing writes
    the cached bytecode, so each run would compile every module of ours it imports
    that has none or a stale one (0.2-0.3 s of CPU a process: ingest's start-up, the
    batch's fork server). A module whose bytecode is current is left alone. By default
    the package this Python imports (``PYTHONPATH`` included)."""
    import compileall
    import importlib.util

    if not srcs:
        spec = importlib.util.find_spec("peristiwa")
        srcs = tuple(Path(p) for p in (spec.submodule_search_locations or [])) if spec else ()
    for src in srcs:
        compileall.compile_dir(str(src), quiet=1)

SINGLE = """
import json, resource, sys, time
t = time.perf_counter()
from peristiwa.ingest import read_paths
from peristiwa.ingest.run import ingest
from peristiwa.pipeline import Coder
from peristiwa.store.db import Store
with Store(sys.argv[2]) as db:
    s = ingest(read_paths([sys.argv[1]]), db, Coder())
    n = db.one("SELECT count(*) FROM sentences")
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"articles": s.stored, "sentences": n, "events": s.events,
                  "seconds": time.perf_counter() - t, "cpu_seconds": ru.ru_utime + ru.ru_stime,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

BATCH = """
import contextlib, json, resource, sys, time
t = time.perf_counter()
from peristiwa.batch import run
from peristiwa.batch.run import run_batch
results = []
with contextlib.ExitStack() as stack:  # with a store: merged into it as the batch runs
    if hasattr(run, "warm_server"):  # as `peristiwa batch`: the fork server before the store
        import inspect  # (since session 15 it loads the languages of the input's first articles)
        given = [[sys.argv[1]]] if "inputs" in inspect.signature(run.warm_server).parameters else []
        stack.enter_context(run.warm_server({}, None, *given))
    from peristiwa.store.db import Store
    db = stack.enter_context(Store(sys.argv[4])) if len(sys.argv) > 4 else None
    s = run_batch([sys.argv[1]], sys.argv[2], workers=int(sys.argv[3]), size=25,
                  progress=lambda summary, r: results.append(r), store=db)
    stored = db.one("SELECT count(*) FROM articles") if db else None
print(json.dumps({"articles": s.articles, "events": s.events, "stored": stored,
                  "sentences": sum(r["sentences"] for r in results),
                  "seconds": time.perf_counter() - t,
                  "driver_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  # the driver's (and scheduler's) CPU, and the worker processes' whole CPU
                  # (start-up and imports included; counted once the cluster has closed)
                  "driver_cpu": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
                  "children_cpu": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]),
                  "rss_mb": max(r["rss_mb"] for r in results),
                  "workers_used": len({r["pid"] for r in results}),
                  "busiest_worker_seconds": max(sum(r["seconds"] for r in results if r["pid"] == p)
                                                for p in {r["pid"] for r in results}),
                  # CPU of each worker's partitions, in the order they finished (the first holds
                  # the loading of the models)
                  "worker_cpu": [[r.get("cpu_seconds", 0) for r in results if r["pid"] == p]
                                 for p in sorted({r["pid"] for r in results})]}))
"""


STEADY = """
import json, resource, sys, time
from datetime import date
from dask.distributed import Client
from peristiwa.batch.run import local_cluster, run_batch

def warm(path):
    # code earlier articles, as a worker that has been running for a while has
    from peristiwa.batch.worker import coder
    from peristiwa.records import Article
    c = coder({})
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            c.code_article(Article(text=a["text"], lang=a["lang"], published=date(2024, 5, 14)))
    return True

cluster = local_cluster(int(sys.argv[4]))
client = Client(cluster)
client.run(warm, sys.argv[1])
t = time.perf_counter()
results = []
s = run_batch([sys.argv[2]], sys.argv[3], scheduler=cluster.scheduler_address, size=25,
              progress=lambda summary, r: results.append(r))
print(json.dumps({"articles": s.articles, "events": s.events,
                  "sentences": sum(r["sentences"] for r in results),
                  "seconds": time.perf_counter() - t,
                  "rss_mb": max(r["rss_mb"] for r in results),
                  "workers_used": len({r["pid"] for r in results}),
                  "busiest_worker_seconds": max(sum(r["seconds"] for r in results if r["pid"] == p)
                                                for p in {r["pid"] for r in results}),
                  # CPU of each worker's partitions, in the order they finished (the first holds
                  # the loading of the models)
                  "worker_cpu": [[r.get("cpu_seconds", 0) for r in results if r["pid"] == p]
                                 for p in sorted({r["pid"] for r in results})]}))
"""


def sentences(path: Path):
    """The text of each sentence of a CoNLL-U file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text = "):
                yield line[9:].strip()


def token_sentences(path: Path):
    """The sentences of a token-per-line file (NER sets: token first, blank line
    between sentences), joined back into text."""
    words: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                words.append(line.split()[0])
                continue
            if words:
                yield _detok(words)
                words = []
    if words:
        yield _detok(words)


def _detok(words: list[str]) -> str:
    text = " ".join(words)
    for p in (" ,", " .", " ;", " :", " )", " ?", " !", " %"):
        text = text.replace(p, p[1:])
    return text.replace("( ", "(")


def articles(files: list[Path]) -> list[str]:
    out, words, current = [], 0, []
    for f in files:
        read = sentences if f.suffix == ".conllu" else token_sentences
        for s in read(f):
            current.append(s)
            words += len(s.split())
            if words >= WORDS:
                out.append(" ".join(current))
                current, words = [], 0
    return out


def build(ud: Path, n: int, scale: int, folder: Path, start: int = 0, step: int = 1) -> Path:
    """``n`` articles (the ``start``-th on, every ``step``-th), repeated ``scale``
    times under new URLs."""
    ner = ud.parent / "ner-id"
    ind = articles(sorted((ud / "UD_Indonesian-CSUI").glob("*.conllu"))
                   + sorted((ud / "UD_Indonesian-GSD").glob("*.conllu"))
                   + sorted((ner / "idner-news-2k").glob("*.txt"))
                   + sorted((ner / "nergrit").glob("*_preprocess.txt")))
    eng = articles(sorted((ud / "UD_English-EWT").glob("*-test.conllu"))
                   + sorted((ud / "UD_English-EWT").glob("*-dev.conllu"))
                   + sorted((ud / "UD_English-EWT").glob("*-train.conllu")))
    if start + n * step > len(ind) * 5 // 4:
        print(f"note: {start + n * step} articles ask for more Indonesian text than the {len(ind)} articles' "
              "worth there is; some repeat", flush=True)
    mix = []
    for k in range(start, start + n * step, step):
        lang, pool = ("en", eng) if k % 5 == 4 else ("id", ind)
        mix.append((lang, pool[(k // 5 if lang == "en" else k - k // 5) % len(pool)]))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rep in range(scale):
            for k, (lang, text) in enumerate(mix):
                fh.write(json.dumps({"url": f"https://bench.example/{rep}/{start + k * step}", "lang": lang,
                                     "published": "2024-05-14", "text": text},
                                    ensure_ascii=False) + "\n")
    return path


def run(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def show(name: str, r: dict) -> None:
    print(f"{name:<26} {r['articles']:>6} art {r['sentences']:>7} sent {r['seconds']:7.1f} s "
          f"{r['articles'] / r['seconds']:7.2f} art/s {r['sentences'] / r['seconds']:8.1f} sent/s "
          f"peak RSS {r['rss_mb']:6.0f} MB" + (" per worker" if "workers_used" in r else ""),
          flush=True)
    if "cpu_seconds" in r:
        # on a shared machine the wall rate is the machine's; the CPU time is the process's own
        print(f"{'':<26} CPU {r['cpu_seconds']:7.1f} s: {r['articles'] / r['cpu_seconds']:7.2f} art/s of CPU time",
              flush=True)
    if "busiest_worker_seconds" in r:
        busy = r["busiest_worker_seconds"]
        print(f"{'':<26} coding only (no start-up): {r['articles'] / busy:7.2f} art/s "
              f"{r['sentences'] / busy:8.1f} sent/s; {r['workers_used']} workers used", flush=True)
    if r.get("worker_cpu") and sum(map(sum, r["worker_cpu"])):  # (older workers do not say)
        # on a shared machine: each worker's CPU time, its first partition (with the
        # models' loading) apart
        cpu = r["worker_cpu"]
        total = sum(map(sum, cpu))
        print(f"{'':<26} workers' CPU {total:6.1f} s ({r['articles'] / total:6.2f} art/s of CPU); "
              "per worker: " + ", ".join(f"{sum(c):.1f} s (first partition {c[0]:.1f} s)" for c in cpu),
              flush=True)
    if "driver_cpu" in r:
        print(f"{'':<26} CPU of the processes: driver and scheduler {r['driver_cpu']:.1f} s, "
              f"worker processes {r['children_cpu']:.1f} s (with their start-up)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[150, 320],
                    help="corpus sizes (cold runs on each; steady and 10x on the largest)")
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    ap.add_argument("--skip", nargs="*", default=[], help="single, dask1, dask2, steady, scaled")
    args = ap.parse_args()
    compiled()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in args.articles:
            cold(args, n, tmp / f"n{n}")
        n = max(args.articles)
        if "steady" not in args.skip:
            # Workers that have already coded other articles from the same sources
            # (every other article), coding new ones (the rest): a long run's steady state.
            half = n // 2
            early = build(args.ud, half, 1, tmp / "early", start=0, step=2)
            later = build(args.ud, half, 1, tmp / "later", start=1, step=2)
            steady = {}
            for w in (1, 2):
                r = run(STEADY, str(early), str(later), str(tmp / f"steady{w}"), str(w))
                steady[w] = r["articles"] / r["seconds"]
                show(f"steady, Dask {w} worker{'s' if w > 1 else ''}", r)
            print(f"speed-up 2 workers / 1     {steady[2] / steady[1]:.2f}x (steady state)")
        if "scaled" not in args.skip:
            big = build(args.ud, n, args.scale, tmp / f"x{args.scale}")
            r = run(BATCH, str(big), str(tmp / "outbig"), "2")
            show(f"batch, 2 workers, {args.scale}x input", r)


def cold(args, n: int, tmp: Path) -> None:
    """Ingest in one process and batch on 1 and 2 Dask workers, each in a fresh
    process, on ``n`` fresh articles."""
    one = build(args.ud, n, 1, tmp / "x1")
    words = sum(len(json.loads(line)["text"].split()) for line in one.open())
    print(f"corpus: {n} articles, {words / n:.0f} words each on average (cold)", flush=True)
    if "single" not in args.skip:
        show("ingest, one process", run(SINGLE, str(one), str(tmp / "single.duckdb")))
    rates = {}
    for w in (1, 2):
        if f"dask{w}" in args.skip:
            continue
        # into DuckDB (merged as the partitions finish), as ingest is (before session 12:
        # into Parquet, the merge not counted)
        r = run(BATCH, str(one), str(tmp / f"out{w}"), str(w), str(tmp / f"batch{w}.duckdb"))
        assert r["stored"] == r["articles"], r
        rates[w] = r["articles"] / r["seconds"]
        show(f"batch, Dask {w} worker{'s' if w > 1 else ''}", r)
    if len(rates) == 2:
        print(f"speed-up 2 workers / 1     {rates[2] / rates[1]:.2f}x")

if __name__ == "__main__":
    main()
