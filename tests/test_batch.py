"""Batch coding on Dask: the same events as a single-process ingest, partitions
written whole, a killed batch resumes, loading twice adds nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peristiwa.batch import warm
from peristiwa.batch.load import InOrder, LoadSummary, load, merge
from peristiwa.batch.plan import capacity, plan
from peristiwa.batch.run import local_cluster, read_manifest, run_batch
from peristiwa.batch.worker import read_part
from peristiwa.ingest import read_paths
from peristiwa.ingest.run import ingest
from peristiwa.store.db import Store

REPO = Path(__file__).resolve().parents[1]
LINES = [
    "Polisi Turki menangkap dua jurnalis Rusia di Istanbul pada Selasa.",
    "Presiden Indonesia memuji Vietnam atas kerja sama kelautan.",
    "China accused Indonesia of exaggerating the incident near the Natuna Islands.",
    "Mahasiswa berunjuk rasa di depan gedung DPR menolak kenaikan harga BBM.",
    "The United States urged China to respect its neighbours in the South China Sea.",
]


def corpus(folder: Path, n: int = 30) -> Path:
    """Demo articles, a JSONL file of short reports (one URL twice, one broken line)."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in sorted((REPO / "demo").glob("*.txt")):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"w{i}", "text": f"{LINES[i % len(LINES)]} (No. {i})",
                                 "published": f"2024-05-{1 + i % 28:02d}",
                                 "url": f"https://wire.example/{i % (n - 1)}"}) + "\n")
            if i == 7:
                fh.write("{not json\n")
    return folder


def snapshot(path: Path) -> dict:
    with Store(path, read_only=True) as db:
        out = {}
        for table, order in (("events", "global_event_id"), ("articles", "article_id"),
                             ("mentions", "article_id, mention_index"),
                             ("sentences", "article_id, sentence"),
                             ("actor_mentions", "article_id, sentence, start_char")):
            cols = [c for c, in db.con.execute(
                f"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' "
                "AND column_name NOT IN ('date_added', 'added')").fetchall()]
            out[table] = db.con.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}").fetchall()
        out["errors"] = sorted(db.con.execute("SELECT origin, reason FROM errors").fetchall())
    return out


@pytest.fixture(scope="module")
def scheduler():
    """A Dask cluster of two worker processes shared by this module's batches, as a
    user's running scheduler (``--scheduler``) is: each worker loads the models once.
    The command line's own local cluster is exercised by the killed batch."""
    with local_cluster(2, memory_limit="auto") as cluster:
        yield cluster.scheduler_address
    warm.stop()  # the fork server its workers came from


def test_local_workers_keep_glibc_own_malloc_thresholds(scheduler):
    # Dask's nanny would give them MALLOC_TRIM_THRESHOLD_=65536 (fixed thresholds:
    # 6-10% more CPU coding); BLAS stays at one thread per worker
    from dask.distributed import Client

    with Client(scheduler) as client:
        env = client.run(lambda: {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_",
                                                                  "OPENBLAS_NUM_THREADS")})
    assert len(env) == 2
    assert all(e == {"MALLOC_TRIM_THRESHOLD_": None, "OPENBLAS_NUM_THREADS": "1"} for e in env.values())


def test_local_workers_do_not_sample_their_tasks_for_a_profile(scheduler):
    # (no dashboard to show it; 3-4% of their CPU)
    from dask.distributed import Client

    with Client(scheduler) as client:
        got = client.run(lambda dask_worker: sorted(k for k in dask_worker.periodic_callbacks
                                                     if k.startswith("profile")))
    assert list(got.values()) == [[], []]


def test_local_cluster_checks_its_health_and_memory_each_second(scheduler):
    # Dask's defaults wake every server each 20 ms (tick) and poll memory each 100 ms:
    # CPU taken from coding; a local batch checks each second (run.QUIET)
    from dask.distributed import Client

    def every(server) -> dict:
        return {k: server.periodic_callbacks[k].callback_time
                for k in ("tick", "memory_monitor", "monitor") if k in server.periodic_callbacks}

    with Client(scheduler) as client:
        workers = client.run(lambda dask_worker: every(dask_worker))
        on_scheduler = client.run_on_scheduler(lambda dask_scheduler: every(dask_scheduler))
    assert list(workers.values()) == [{"tick": 1000, "memory_monitor": 1000, "monitor": 2000}] * 2
    assert on_scheduler == {"tick": 1000, "monitor": 2000}


def test_local_workers_start_with_the_coder_loaded(scheduler):
    # forked from a server that loaded the coder, both languages' resources and parsers
    # (batch/warm.py): nothing is loaded in the worker itself
    from dask.distributed import Client

    def state():
        from peristiwa.batch import warm, worker
        from peristiwa.syntax import parse

        c = worker._coders.get(json.dumps({}))
        return {"parent": os.getppid(), "loaded_in": warm.LOADED_IN,
                "langs": sorted(c._langs) if c else [], "models": parse._model.cache_info().currsize,
                "mentions": [("mentions" in p.__dict__, "patterns" in p.__dict__)
                             for p in (c._langs.values() if c else [])]}

    with Client(scheduler) as client:
        states = list(client.run(state).values())
    assert len(states) == 2
    assert len({s["parent"] for s in states}) == 1 and states[0]["parent"] != os.getpid()
    for s in states:
        assert s["loaded_in"] == s["parent"]
        assert s["langs"] == ["en", "id"] and s["models"] == 2
        assert s["mentions"] == [(True, True), (True, True)]


def test_the_fork_server_gets_the_environment_dask_gives_a_spawned_worker():
    # run_batch launches it before the driver imports distributed, whose defaults name
    # one BLAS thread per worker (with a thread per core, a forked worker's BLAS threads
    # spin beside its coding); Dask's malloc setting stays out, the hash seed is Dask's
    script = ("import json, sys, dask\n"
              "from peristiwa.batch import run, warm\n"
              "with dask.config.set(run.WORKER_ENVIRON):\n"
              "    env = warm.server_environ()\n"
              "print(json.dumps([env, 'distributed' in sys.modules]))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={k: v for k, v in os.environ.items()
                              if not k.endswith("_NUM_THREADS") and k != "PYTHONHASHSEED"})
    env, imported = json.loads(out.stdout.strip().splitlines()[-1])
    assert not imported
    assert {k: env.get(k) for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                    "MALLOC_TRIM_THRESHOLD_", "PYTHONHASHSEED")} == {
        "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
        "MALLOC_TRIM_THRESHOLD_": None, "PYTHONHASHSEED": "6640"}


def test_a_server_launched_before_dask_is_imported_reads_that_environment_itself():
    # `peristiwa batch` launches the server before it imports dask (its import and YAML
    # would delay the launch): the server then sets the same environment itself, before
    # numpy, and the processes forked from it have it
    script = ("import json, os, sys\n"
              "from multiprocessing import get_context\n"
              "from peristiwa.batch import run\n"
              "if __name__ == '__main__':\n"
              "    with run.warm_server({}):\n"
              "        imported = 'dask' in sys.modules\n"
              "        with get_context('forkserver').Pool(1) as pool:\n"
              "            env = {k: pool.apply(os.getenv, (k,)) for k in ('OMP_NUM_THREADS',\n"
              "                   'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MALLOC_TRIM_THRESHOLD_',\n"
              "                   'PYTHONHASHSEED', 'PERISTIWA_WARM_CONFIG', 'PERISTIWA_WARM_OPTIONS')}\n"
              "            loaded = pool.apply(os.getppid) == pool.apply(\n"
              "                eval, ('__import__(\"peristiwa.batch.warm\").batch.warm.LOADED_IN',))\n"
              "    print(json.dumps([env, imported, loaded]))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                         env={k: v for k, v in os.environ.items()
                              if not k.endswith("_NUM_THREADS") and k != "PYTHONHASHSEED"})
    assert out.returncode == 0, out.stderr[-2000:]
    env, imported, loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert not imported
    assert env == {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
                   "MALLOC_TRIM_THRESHOLD_": None, "PYTHONHASHSEED": "6640",
                   "PERISTIWA_WARM_CONFIG": None, "PERISTIWA_WARM_OPTIONS": None}
    assert loaded  # (the coder loaded after the environment was set)


def test_the_server_sets_its_environment_before_numpy_is_imported():
    script = ("import json, os, sys\n"
              "from peristiwa.batch import run, warm\n"
              "warm.set_environ(run.WORKER_ENVIRON)\n"
              "print(json.dumps([{k: os.environ.get(k) for k in ('OPENBLAS_NUM_THREADS',\n"
              "                  'MALLOC_TRIM_THRESHOLD_')}, 'numpy' in sys.modules]))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")})
    env, numpy = json.loads(out.stdout.strip().splitlines()[-1])
    assert env == {"OPENBLAS_NUM_THREADS": "1", "MALLOC_TRIM_THRESHOLD_": None} and not numpy


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, coder) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("batch")
    src = corpus(root / "in")
    with Store(root / "ingest.duckdb") as db:
        ingest(read_paths([src]), db, coder)
    return src, snapshot(root / "ingest.duckdb")


def test_plan_cuts_big_jsonl_files_and_groups_small_files(tmp_path):
    src = corpus(tmp_path / "in", n=30)
    parts = plan([src], size=8)
    pieces = [p for part in parts for p in part.pieces]
    jsonl = [p for p in pieces if p.kind == "jsonl"]
    # the last 7 lines (under two partitions' worth left) in partitions of half what is left
    assert [(p.first, p.count) for p in jsonl] == [(0, 8), (8, 8), (16, 8), (24, 4), (28, 2), (30, 1)]
    assert sum(1 for p in pieces if p.kind == "file") == 4
    assert plan([src], size=8) == parts  # the same input gives the same partitions
    assert len({p.id for p in parts}) == len(parts)


def test_plan_ends_with_smaller_partitions_so_workers_finish_together(tmp_path):
    # 320 lines in partitions of 25: eleven whole ones, then the 45 left in halves
    src = tmp_path / "big.jsonl"
    src.write_text("".join(json.dumps({"text": f"Berita nomor {i}."}) + "\n" for i in range(320)))
    parts = plan([src], size=25)
    sizes = [sum(p.count for p in part.pieces) for part in parts]
    assert sizes == [25] * 11 + [23, 11, 7, 4]
    lines = [(p.first, p.count) for part in parts for p in part.pieces]
    assert lines[0] == (0, 25) and all(a + n == b for (a, n), (b, _) in zip(lines, lines[1:], strict=False))
    assert sum(n for _, n in lines) == 320
    # a small file, planned whole before, is cut too: two workers share 40 articles
    small = tmp_path / "small.jsonl"
    small.write_text("".join(json.dumps({"text": f"Berita {i}."}) + "\n" for i in range(40)))
    assert [[(p.kind, p.first, p.count) for p in part.pieces] for part in plan([small], size=100)] == [
        [("jsonl", 0, 25)], [("jsonl", 25, 15)]]
    # files of one article each are grouped the same way
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(20):
        (docs / f"{i:02d}.txt").write_text(f"Berita nomor {i}.\n")
    assert [len(part.pieces) for part in plan([docs], size=8)] == [8, 6, 3, 2, 1]
    assert [capacity(left, 8) for left in (40, 17, 16, 9, 4, 1)] == [8, 8, 8, 5, 2, 2]


def test_partitions_of_a_big_jsonl_file_read_from_where_their_lines_begin(tmp_path):
    # the plan notes where each piece's first line begins in an uncompressed file; a
    # worker reads from there (not from the file's start: a GDELT day's last partition
    # would read the whole day again), the same records with the same line numbers
    from dataclasses import replace

    from peristiwa.batch.plan import Partition
    from peristiwa.batch.worker import read_piece

    src = tmp_path / "day.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        fh.write("\ufeff" + json.dumps({"text": "Polisi menangkap dua orang."}) + "\n")
        for i in range(1, 60):
            fh.write(json.dumps({"text": f"Berita nomor {i}: " + "kata " * (i % 7)}) + "\n")
            if i % 9 == 0:
                fh.write("\n  \n")
            if i == 33:
                fh.write("{not json\n")
    data = src.read_bytes()
    parts = plan([src], size=10)
    pieces = [p for part in parts for p in part.pieces]
    assert [(p.first, p.count) for p in pieces] == [(0, 10), (10, 10), (20, 10), (30, 10), (40, 10),
                                                    (50, 6), (56, 3), (59, 1), (60, 1)]
    assert [sum(p.count for p in part.pieces) for part in parts] == [10] * 5 + [6, 3, 2]
    lines = data.split(b"\n")
    nonblank = [k for k, ln in enumerate(lines) if ln.strip()]
    for p in pieces[1:]:
        assert data[p.offset - 1:p.offset] == b"\n" and p.line == nonblank[p.first]
        assert data[p.offset:].split(b"\n", 1)[0] == lines[p.line]

    def records(piece):
        return [(getattr(a, "text", None), a.origin) for a in read_piece(piece)]

    got = [records(p) for p in pieces]
    assert got == [records(replace(p, offset=0, line=0)) for p in pieces]
    assert sum(map(len, got)) == 61
    assert all(origin == f"{src}:{nonblank[p.first + j] + 1}"
               for p, recs in zip(pieces, got, strict=True) for j, (_, origin) in enumerate(recs))
    # the partitions' ids do not depend on where the lines begin
    assert [part.id for part in parts] == [
        Partition.from_dict(part.to_dict()).id for part in plan([src], size=10)]
    # read from there: the bytes before are not read again (here replaced, same size)
    src.write_bytes(b"x" * (pieces[2].offset - 1) + data[pieces[2].offset - 1:])
    assert records(pieces[2]) == got[2]
    # a file changed so that a piece's offset is no line's start: read from the start
    src.write_bytes(b"\n" + data)
    moved = records(pieces[2])
    assert len(moved) == 10 and moved != got[2]
    # a gzip file is read from its start (no offsets)
    import gzip

    (tmp_path / "gz").mkdir()
    gz = tmp_path / "gz" / "day.jsonl.gz"
    gz.write_bytes(gzip.compress(data))
    zipped = [p for part in plan([gz], size=10) for p in part.pieces]
    assert all(p.offset == 0 for p in zipped)
    assert [[t for t, _ in records(p)] for p in zipped] == [[t for t, _ in g] for g in got]


def test_batch_then_load_equals_ingest(ingested, scheduler, tmp_path):
    src, expected = ingested
    summary = run_batch([str(src)], tmp_path / "out", scheduler=scheduler, size=6)
    assert summary.coded == summary.partitions >= 5 and summary.errors == 1
    with Store(tmp_path / "batch.duckdb") as db:
        first = load(tmp_path / "out", db)
        assert first.missing == 0 and first.errors == 1
        again = load(tmp_path / "out", db)
        assert again.articles == 0 and again.mentions == 0 and again.errors == 0
    got = snapshot(tmp_path / "batch.duckdb")
    assert got["events"] and got == expected
    # a second run finds every partition done
    rerun = run_batch([str(src)], tmp_path / "out", scheduler=scheduler, size=6)
    assert rerun.already_done == rerun.partitions and rerun.coded == 0


def test_merged_while_the_batch_runs_equals_ingest(ingested, scheduler, tmp_path):
    # each partition merged as it finishes, in plan order (the URL read twice is in two
    # partitions: the first one's copy is kept, as by `load` and `ingest`)
    src, expected = ingested
    with Store(tmp_path / "live.duckdb") as db:
        summary = run_batch([str(src)], tmp_path / "out", scheduler=scheduler, size=6, store=db)
        assert summary.loaded.partitions == summary.partitions and summary.loaded.missing == 0
        assert summary.loaded.errors == 1 and summary.loaded.known == 1
        again = load(tmp_path / "out", db)
        assert again.articles == 0 and again.mentions == 0
    assert snapshot(tmp_path / "live.duckdb") == expected
    # a batch found done merges every partition into a new store
    with Store(tmp_path / "later.duckdb") as db:
        rerun = run_batch([str(src)], tmp_path / "out", scheduler=scheduler, size=6, store=db)
        assert rerun.coded == 0 and rerun.loaded.partitions == rerun.partitions
    assert snapshot(tmp_path / "later.duckdb") == expected


def test_partitions_merged_together_equal_partitions_merged_one_by_one(ingested, scheduler, tmp_path):
    # `load` merges up to GROUP partitions in one transaction: the store, and what the
    # summary counts, are those of merging each partition in a transaction of its own
    # (the URL read twice is in two partitions: the first one's copy is kept)
    src, expected = ingested
    out = tmp_path / "out"
    run_batch([str(src)], out, scheduler=scheduler, size=6)
    parts, _ = read_manifest(out)
    assert len(parts) >= 5
    counts = {}
    for how in ("alone", "grouped", "half before"):
        with Store(tmp_path / f"{how}.duckdb") as db:
            s = LoadSummary()
            if how == "alone":
                for p in parts:
                    merge(out, [p], db, s)
            else:
                if how == "half before":
                    merge(out, parts[:3], db, LoadSummary())
                merge(out, parts, db, s)
            counts[how] = (s.partitions, s.articles, s.known, s.mentions, s.errors)
            loaded = sorted(r[0] for r in db.con.execute("SELECT part_id FROM loaded").fetchall())
        assert loaded == sorted(p.id for p in parts)
        assert snapshot(tmp_path / f"{how}.duckdb") == expected, how
    assert counts["alone"] == counts["grouped"] and counts["alone"][2] == 1  # the repeated URL
    alone, half = counts["alone"], counts["half before"]
    assert half[0] == alone[0] and half[1] < alone[1] and half[1] + half[2] == alone[1] + alone[2]
    assert half[4] == sum(len(read_part(out, p.id)[1]) for p in parts[3:])  # errors: once


def test_a_batch_on_every_core_merges_at_the_end_in_one_go(ingested, scheduler, tmp_path):
    # with the workers on every core, the driver merges at most every `every` seconds
    # and at the end; the store is the same
    src, expected = ingested
    out = tmp_path / "out"
    run_batch([str(src)], out, scheduler=scheduler, size=6)
    parts, _ = read_manifest(out)
    with Store(tmp_path / "end.duckdb") as db:
        merger = InOrder(out, parts, db, every=3600)
        merger.ready()
        assert merger.next == 0 and not db.one("SELECT count(*) FROM loaded")
        merger.ready(now=True)
        assert merger.next == len(parts) and merger.summary.partitions == len(parts)
        assert merger.summary.known == 1 and merger.summary.errors == 1
    assert snapshot(tmp_path / "end.duckdb") == expected


def test_a_killed_batch_resumes_to_the_same_result(ingested, scheduler, tmp_path):
    src, expected = ingested
    out = tmp_path / "out"
    # merging into the store as it runs (--db): killed too, its store is completed below
    cmd = [sys.executable, "-m", "peristiwa.cli", "batch", str(src), "--out", str(out),
           "--workers", "1", "--size", "2", "--quiet", "--db", str(tmp_path / "partial.duckdb")]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    parts_dir = out / "parts"
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            finished = [d for d in parts_dir.glob("*") if not d.name.startswith(".")] \
                if parts_dir.is_dir() else []
            if len(finished) >= 2:
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the batch ended before it could be killed"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    parts, _ = read_manifest(out)
    done_before = [d.name for d in parts_dir.iterdir() if not d.name.startswith(".")]
    assert 2 <= len(done_before) < len(parts)
    for d in done_before:  # every partition on disk is whole
        assert (parts_dir / d / "done.json").is_file()
    with Store(tmp_path / "partial.duckdb") as db:
        merged = {r[0] for r in db.con.execute("SELECT part_id FROM loaded").fetchall()}
        # merged as they finished, in plan order (the kill may come before the first)
        assert merged == {p.id for p in parts[:len(merged)]} and merged <= set(done_before)
        partial = load(out, db)
        assert partial.missing == len(parts) - len(done_before)
    summary = run_batch([str(src)], out, scheduler=scheduler, size=2)
    assert summary.already_done == len(done_before)
    assert summary.coded == len(parts) - len(done_before)
    with Store(tmp_path / "partial.duckdb") as db:  # the same store, completed
        assert load(out, db).missing == 0
    assert snapshot(tmp_path / "partial.duckdb") == expected


def test_inputs_named_by_fsspec_url_read_and_batch_alike(ingested, scheduler, tmp_path):
    src, expected = ingested
    url = f"file://{src}"
    local = [(a.text, a.url) for a in read_paths([src]) if hasattr(a, "text")]
    remote = [(a.text, a.url) for a in read_paths([url]) if hasattr(a, "text")]
    assert remote == local and len(local) >= 30
    shape = [[(p.kind, p.first, p.count) for p in part.pieces] for part in plan([src], size=6)]
    assert [[(p.kind, p.first, p.count) for p in part.pieces]
            for part in plan([url], size=6)] == shape
    run_batch([url], tmp_path / "out", scheduler=scheduler, size=50)
    with Store(tmp_path / "url.duckdb") as db:
        load(tmp_path / "out", db)
    assert snapshot(tmp_path / "url.duckdb")["events"] == expected["events"]


def test_a_local_cluster_batch_codes_merges_and_closes(ingested, tmp_path):
    # run_batch's own cluster (workers end without tearing down their heaps once every
    # result is in): the whole batch, merged as it runs, equals ingest
    src, expected = ingested
    with Store(tmp_path / "local.duckdb") as db:
        summary = run_batch([str(src)], tmp_path / "out", workers=1, size=50, store=db)
    assert summary.coded == summary.partitions and summary.loaded.missing == 0
    assert snapshot(tmp_path / "local.duckdb") == expected


def test_two_warm_workers_of_its_own_give_the_events_of_one_process(ingested, tmp_path):
    # run_batch's own cluster of 2 workers, in a process where no fork server runs yet:
    # it starts one, with the coder for the batch's options, and ends it afterwards
    src, expected = ingested
    script = (
        "import json, sys\n"
        "from multiprocessing import forkserver\n"
        "from peristiwa.batch.run import run_batch\n"
        "from peristiwa.store.db import Store\n"
        "if __name__ == '__main__':\n"
        "    with Store(sys.argv[2]) as db:\n"
        "        s = run_batch([sys.argv[1]], sys.argv[3], workers=2, size=6, store=db)\n"
        "    print(json.dumps({'coded': s.coded, 'partitions': s.partitions,\n"
        "                      'server': forkserver._forkserver._forkserver_pid,\n"
        "                      'pandas': 'pandas' in sys.modules}))\n")
    out = subprocess.run([sys.executable, "-c", script, str(src), str(tmp_path / "own.duckdb"),
                          str(tmp_path / "out")], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["coded"] == got["partitions"] >= 5 and got["server"] is None
    # the server runs with its own preload: Dask's nanny imports no pandas into the driver
    assert not got["pandas"]
    assert snapshot(tmp_path / "own.duckdb") == expected
    assert snapshot(tmp_path / "own.duckdb") == expected
