"""Crash safety: an ingest killed with SIGKILL mid-run, then run again, leaves
exactly the store a clean run makes (no partial article, no duplicate); a second
writer is refused with a clear message."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_batch import LINES, snapshot

from peristiwa.ingest import read_paths
from peristiwa.ingest.run import ingest
from peristiwa.store.db import Store

N = 400


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


def test_killed_ingest_resumes_to_a_clean_result(tmp_path, coder):
    src = corpus(tmp_path / "in")
    with Store(tmp_path / "clean.duckdb") as db:
        ingest(read_paths([src]), db, coder)
    expected = snapshot(tmp_path / "clean.duckdb")
    for attempt, delay in enumerate((7.0, 9.0, 5.0, 12.0, 4.0)):
        db = tmp_path / f"killed{attempt}.duckdb"
        proc = cli("ingest", str(src), "--db", str(db))
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
        if db.exists() and 0 < articles(db) < N:
            break
    else:
        raise AssertionError("no attempt killed the ingest between two batches")
    kept = articles(db)
    assert kept % 25 == 0  # whole batches only: each is one transaction
    again = cli("ingest", str(src), "--db", str(db))
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err.decode()
    assert f"{kept} already stored" in err.decode()
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
