"""Crash safety: an ingest killed with SIGKILL mid-run, then run again, leaves
exactly the store a clean run makes (no partial article, no duplicate); a second
writer is refused with a clear message."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path

from conftest import run
from test_batch import LINES, snapshot

from peristiwa.ingest import read_paths
from peristiwa.ingest.run import ingest
from peristiwa.store.db import Store

N = 200


def corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "wire.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            fh.write(json.dumps({"text": f"{LINES[i % len(LINES)]} Laporan nomor {i}.",
                                 "url": f"https://wire.example/{i}",
                                 "published": "2024-05-14"}) + "\n")
    return path


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "peristiwa.cli", *args, "--quiet"],
                            start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def articles(db: Path) -> int:
    with Store(db, read_only=True) as s:
        return s.counts()["articles"]


def _ingest_and_report(src: Path, db: Path, coder, pipe) -> None:
    """The child: ingest ``src`` into ``db``, telling the parent after each commit."""
    with Store(db) as store:
        ingest(read_paths([src]), store, coder, progress=lambda s: pipe.send(s.stored))
    pipe.send(-1)


def test_killed_ingest_resumes_to_a_clean_result(tmp_path, coder):
    """A child process (forked: the models are already loaded) ingests and is killed
    with SIGKILL once it has committed two batches, somewhere in what follows; the
    program run again on the same store finishes it."""
    src = corpus(tmp_path / "in")
    with Store(tmp_path / "clean.duckdb") as db:
        ingest(read_paths([src]), db, coder)
    expected = snapshot(tmp_path / "clean.duckdb")
    db = tmp_path / "killed.duckdb"
    fork = multiprocessing.get_context("fork")
    mine, theirs = fork.Pipe(duplex=False)
    child = fork.Process(target=_ingest_and_report, args=(src, db, coder, theirs))
    child.start()
    try:
        stored = 0
        while stored < 50:
            assert mine.poll(120), "the child stopped reporting"
            stored = mine.recv()
            assert stored != -1, "the ingest ended before it could be killed"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join(30)
    kept = articles(db)
    assert 50 <= kept < N
    assert kept % 25 == 0  # whole batches only: each is one transaction
    again = run(["ingest", str(src), "--db", str(db), "--quiet"], tmp_path)
    assert again.returncode == 0, again.err
    assert f"{kept} already stored" in again.err
    assert snapshot(db) == expected


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path):
    src = corpus(tmp_path / "in")
    db = tmp_path / "busy.duckdb"
    with Store(db):
        proc = cli("ingest", str(src), "--db", str(db))
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 2
    assert "in use by another process" in err.decode()
    assert len(err.decode().strip().splitlines()) == 1
