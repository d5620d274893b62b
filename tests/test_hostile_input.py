"""The hostile-input battery, continued (issue #16): the eight defects a hostile user
found, each kept fixed. Inputs are small and made here; the decompression bombs are
small on disk and their reading is bounded by a memory ceiling measured in a child
process. (The linear time of the text stages is tested in test_linear.py.)"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import threading
import time
import zlib
from datetime import date
from pathlib import Path

import pytest
from conftest import run
from fastapi.testclient import TestClient

from peristiwa.store.db import Store

GOOD_ID = "Polisi Turki menangkap dua jurnalis Rusia di Istanbul."
OTHER_ID = "Polisi Rusia menangkap dua jurnalis Turki di Moskow."


@pytest.fixture(scope="module")
def store(tmp_path_factory, coder):
    from conftest import store_of

    root = tmp_path_factory.mktemp("hostile")
    return store_of(root / "peristiwa.duckdb", [(GOOD_ID, date(2024, 5, 14), "https://k.example/1"),
                                               (OTHER_ID, date(2024, 5, 15), "https://k.example/2")],
                    coder)


# -- 1. the store wiped by `peristiwa export peristiwa.duckdb` -------------------------


def test_export_onto_the_store_is_refused_and_the_store_is_untouched(store, tmp_path):
    folder = tmp_path / "here"
    folder.mkdir()
    db = folder / "peristiwa.duckdb"
    db.write_bytes(store.read_bytes())
    before = db.read_bytes()
    for args in (["export", "peristiwa.duckdb"],  # the natural slip: the store as OUT
                 ["export", "peristiwa.duckdb", "--format", "plover"],
                 ["export", str(db), "--db", str(db)],
                 ["export", "./peristiwa.duckdb.wal"]):
        got = run(args, cwd=folder)
        assert got.returncode == 2, (args, got.err)
        assert len(got.err.strip().splitlines()) == 1, got.err
        assert "refusing" in got.err and "Traceback" not in got.err
        assert db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["peristiwa.duckdb"]


def test_export_onto_another_duckdb_file_is_refused(store, tmp_path):
    other = tmp_path / "notes.db"
    other.write_bytes(store.read_bytes())
    before = other.read_bytes()
    for fmt in ("gdelt", "plover", "parquet"):
        got = run(["export", str(other), "--format", fmt, "--db", str(store)], cwd=tmp_path)
        assert got.returncode == 2, got.err
        assert "DuckDB database" in got.err and len(got.err.strip().splitlines()) == 1
    assert other.read_bytes() == before


# -- 7. exports written in place ------------------------------------------------------


def test_failed_export_leaves_the_previous_one_whole(store, tmp_path, monkeypatch):
    from peristiwa.store import export

    out = tmp_path / "events.tsv"
    plover = tmp_path / "events.json"
    with Store(store, read_only=True) as db:
        assert export.export_gdelt(db.con, out) == 2
        assert export.export_plover(db.con, plover) >= 1
        good, good_plover = out.read_bytes(), plover.read_bytes()
        calls = {"n": 0}
        real_row, real_json = export.gdelt_row, export._json

        def failing(fn):
            def wrapped(*args):
                calls["n"] += 1
                if calls["n"] > 1:
                    raise OSError(28, "No space left on device")
                return fn(*args)
            return wrapped

        monkeypatch.setattr(export, "gdelt_row", failing(real_row))
        with pytest.raises(OSError):
            export.export_gdelt(db.con, out)
        calls["n"] = 0
        monkeypatch.setattr(export, "_json", failing(real_json))
        with pytest.raises(OSError):
            export.export_plover(db.con, plover, until="2024-05-15")
    assert out.read_bytes() == good
    assert plover.read_bytes() == good_plover
    assert json.loads(plover.read_text())  # still a whole JSON array
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.json", "events.tsv"]


def test_parquet_failure_is_one_line_and_exit_2(store, tmp_path):
    out = tmp_path / "dump"
    (out / "events.parquet").mkdir(parents=True)  # COPY cannot write a file there
    (out / "events.parquet" / "keep").write_text("x")
    got = run(["export", str(out), "--format", "parquet", "--db", str(store)], cwd=tmp_path)
    assert got.returncode == 2, got.err
    assert len(got.err.strip().splitlines()) == 1 and "Traceback" not in got.err, got.err
    assert [p.name for p in out.iterdir()] == ["events.parquet"]  # no temporary left


# -- 3. decompression bombs --------------------------------------------------------------

BOMB = 300 << 20  # bytes each bomb inflates to
CEILING = 800 << 20  # peak RSS an ingest of all of them may reach (one coder is ~500 MB)


def gzip_of(head: bytes, filler: bytes, size: int, tail: bytes = b"") -> bytes:
    """One gzip member of head + filler repeated to ``size`` bytes + tail.

    A megabyte of filler is deflated once and its bytes repeated: after a full
    flush the compressor starts afresh, so every copy of the block compresses to
    the same bytes. Only the checksum reads all of the inflated size."""
    block = filler * ((1 << 20) // len(filler))
    copies = size // len(block)

    def deflated(data: bytes, last: bool = False) -> bytes:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)

    crc = zlib.crc32(head)
    for _ in range(copies):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    inflated = len(head) + copies * len(block) + len(tail)
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + deflated(head)
            + deflated(block) * copies + deflated(tail, last=True)
            + struct.pack("<II", crc, inflated & 0xFFFFFFFF))


def warc_bomb(size: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
    length = len(http) + (size // (1 << 20)) * (1 << 20)
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"WARC-Target-URI: https://w.example/bomb\r\nWARC-Date: 2024-05-14T00:00:00Z\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: " + str(length).encode() + b"\r\n\r\n" + http)
    return gzip_of(head, b" ", size, b"\r\n\r\n")


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    (folder / "bomb.txt.gz").write_bytes(gzip_of(b"", b"kata ", BOMB))
    (folder / "bomb.html.gz").write_bytes(gzip_of(b"<html><body><p>", b"a ", BOMB))
    (folder / "bomb.rss.gz").write_bytes(gzip_of(b'<rss version="2.0"><channel><item>'
                                                 b"<description>", b"a ", BOMB))
    (folder / "bomb.jsonl.gz").write_bytes(gzip_of(b'{"text": "', b"a", BOMB))
    (folder / "bomb.warc.gz").write_bytes(warc_bomb(BOMB))
    (folder / "good.txt").write_text(GOOD_ID)
    return folder


def ingest_measured(args: list[str], cwd: Path) -> tuple[int, str, int]:
    """Run `peristiwa ARGS` in a child process: its exit status, stderr, peak RSS."""
    # The child's own peak: VmHWM of its memory map. Not getrusage's ru_maxrss, which
    # Linux carries over an exec from the parent (a test session of a gigabyte or more).
    code = ("import sys\nfrom peristiwa.cli import app\n"
            "try:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n    status = e.code or 0\n"
            "else:\n    status = 0\n"
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
            "print('RSS', hwm[0], file=sys.stderr)\n"
            "sys.exit(status)\n")
    got = subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True,
                         text=True, env={**os.environ, "COLUMNS": "200"}, timeout=900)
    rss = [int(line.split()[1]) for line in got.stderr.splitlines() if line.startswith("RSS ")]
    return got.returncode, got.stderr, rss[0] * 1024 if rss else -1


def test_bombs_are_refused_within_a_memory_ceiling(bombs, tmp_path):
    status, err, rss = ingest_measured(["ingest", str(bombs), "--db", str(tmp_path / "s.duckdb"),
                                        "--quiet"], tmp_path)
    assert status == 3, err
    assert 0 < rss < CEILING, f"peak RSS {rss >> 20} MB"
    skipped = [line for line in err.splitlines() if line.startswith("peristiwa: skipped: ")]
    for name in ("bomb.txt.gz", "bomb.html.gz", "bomb.rss.gz", "bomb.jsonl.gz", "bomb.warc.gz"):
        mine = [line for line in skipped if name in line]
        assert len(mine) == 1 and "over the limit" in mine[0], (name, err)
    assert "1 new" in err


def test_watcher_fetch_counts_decompressed_bytes(tmp_path):
    from peristiwa.serve.watch import MAX_BYTES, fetch

    bomb = tmp_path / "feed.gz"
    bomb.write_bytes(gzip_of(b'<rss version="2.0">', b" ", 4 * MAX_BYTES))
    assert bomb.stat().st_size < MAX_BYTES // 100  # well under the fetch cap as fetched
    with pytest.raises(ValueError, match="once decompressed"):
        fetch(bomb.as_uri())
    small = tmp_path / "small.gz"
    small.write_bytes(gzip_of(b"<rss>", b" ", 1 << 20, b"</rss>"))
    assert fetch(small.as_uri()).endswith(b"</rss>")


# -- 4 and 8. file names that are not UTF-8, or hold control characters ------------------

BAD_NAMES = [b"bad\xff\xfe.txt", b"new\nline\x1b[31m red.txt", b"rtl\xe2\x80\xaetxt.exe"]


@pytest.fixture()
def named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [GOOD_ID, OTHER_ID, "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri "
             "Malaysia di Jakarta."]
    for name, text in zip(BAD_NAMES, texts, strict=True):
        with open(os.path.join(os.fsencode(folder), name), "w") as fh:
            fh.write(text)
    with open(os.path.join(os.fsencode(folder), b"empty\x07\xff.txt"), "w"):
        pass
    return folder


def test_bad_file_names_are_escaped_not_a_crash(named, tmp_path):
    db = tmp_path / "s.duckdb"
    for _ in range(2):  # and again: no crash on the rerun either
        got = run(["ingest", str(named), "--db", str(db), "--quiet"], cwd=tmp_path)
        assert got.returncode == 3, got.err
        assert "Traceback" not in got.err and "\x1b" not in got.err and "\x07" not in got.err
        skipped = [line for line in got.err.splitlines() if line.startswith("peristiwa: skipped")]
        assert len(skipped) == 1 and "empty\\x07\\xff.txt: empty file" in skipped[0], got.err
    with Store(db, read_only=True) as s:
        origins = sorted(o for o, in s.con.execute("SELECT origin FROM articles").fetchall())
        errors = s.con.execute("SELECT origin FROM errors").fetchall()
    assert [Path(o).name for o in origins] == ["bad\\xff\\xfe.txt",
                                               "new\\nline\\x1b[31m red.txt",
                                               "rtl\\u202etxt.exe"]
    assert all(o.isprintable() for o, in errors)


def test_watcher_moves_on_past_a_bad_name(named, tmp_path, coder):
    from peristiwa.serve.watch import Watcher

    reported = []
    watcher = Watcher([str(named)], coder_factory=lambda: coder, report=reported.append)
    with Store(tmp_path / "w.duckdb") as db:
        first = watcher.poll(db)
        (named / "later.txt").write_text("Presiden Indonesia bertemu Perdana Menteri Malaysia.")
        second = watcher.poll(db)
    assert first.stored == 3 and second.stored == 1
    assert all(str(r).isprintable() for r in reported)


# -- 5. one JSONL line ends the file --------------------------------------------------------


def test_a_bad_jsonl_line_is_that_lines_error_only(tmp_path):
    lines = [json.dumps({"text": GOOD_ID}),
             '{"text": "Polisi \\ud800 menangkap"}',
             '{"text": "' + OTHER_ID + '", "id": ' + "7" * 5000 + "}",
             '{"text": "x", "title": "\\udfff"}',
             json.dumps({"text": OTHER_ID})]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(lines) + "\n")
    got = run(["ingest", str(path), "--db", str(tmp_path / "s.duckdb"), "--quiet"], cwd=tmp_path)
    assert got.returncode == 3, got.err
    skipped = [line for line in got.err.splitlines() if line.startswith("peristiwa: skipped")]
    assert [line.split(": ")[2] for line in skipped] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "2 new" in got.err


def test_an_overlong_jsonl_line_is_read_past(tmp_path):
    from peristiwa.ingest import read_bytes
    from peristiwa.ingest.common import MAX_LINE_BYTES
    from peristiwa.records import Article

    data = (json.dumps({"text": GOOD_ID}) + "\n" + '{"text": "' + "a" * (MAX_LINE_BYTES + 10)
            + '"}\n' + json.dumps({"text": OTHER_ID}) + "\n").encode()
    got = list(read_bytes(data, "big.jsonl", "jsonl"))
    assert [type(g).__name__ for g in got] == ["Article", "ReadError", "Article"]
    assert got[1].origin == "big.jsonl:2" and "over the limit" in got[1].reason
    assert isinstance(got[2], Article)


# -- 2 and 6. the API: a slow request, bodies JSON cannot carry ------------------------------


@pytest.fixture()
def api(store, coder):
    from peristiwa.serve.api import create_app

    with TestClient(create_app(store, coder=coder, code_timeout=1.0),
                    raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("body", [
    '{"text": NaN}', '{"text": "Polisi", "published": Infinity}',
    '{"text": "Polisi", "published": -Infinity}', '{"text": "\\ud800 Polisi menangkap"}',
    '{"text": "Polisi", "lang": "\\udc00"}', '{"text": "Polisi", "published": NaN}',
    '{"text": "' + "\\ud83d" * 10 + '"}', '{"text": 1e999}',
])
def test_unrepresentable_bodies_are_422(api, body):
    got = api.post("/code", content=body.encode(), headers={"Content-Type": "application/json"})
    assert got.status_code == 422, got.text
    detail = got.json()["detail"]
    assert detail and all(set(d) == {"type", "loc", "msg"} for d in detail)


class Stuck:
    """A coder that never finishes a text starting "STUCK" (but stops when told)."""

    running = 0
    stopped = 0

    def code_text(self, text, lang="auto", published=None):
        if not text.startswith("STUCK"):
            return []
        Stuck.running += 1
        try:
            while True:
                time.sleep(0.005)
        except BaseException:
            Stuck.stopped += 1
            raise
        finally:
            Stuck.running -= 1


def test_a_slow_code_request_is_stopped_and_never_stalls_reads(store):
    from peristiwa.serve.api import create_app

    Stuck.stopped = 0
    with TestClient(create_app(store, coder=Stuck(), code_timeout=1.0, code_workers=2)) as api:
        api.post("/code", json={"text": "warm"})
        answers: dict = {}

        def slow() -> None:
            answers["code"] = api.post("/code", json={"text": "STUCK " * 100})

        worker = threading.Thread(target=slow)
        worker.start()
        reads = []
        while worker.is_alive():
            reads.append(api.get("/events").status_code)
        worker.join()
        assert len(reads) >= 1 and set(reads) == {200}
        assert answers["code"].status_code == 503, answers["code"].text
        assert "stopped" in answers["code"].json()["detail"]
        for _ in range(200):  # the coding thread was interrupted, not left running
            if Stuck.stopped:
                break
            time.sleep(0.05)
        assert Stuck.stopped == 1 and Stuck.running == 0
        # its coder was replaced, the other was free all along: both code again
        both = [api.post("/code", json={"text": "fine"}).status_code for _ in range(4)]
        assert both == [200] * 4


def test_concurrent_code_requests_do_not_queue_behind_a_stuck_one(store):
    from peristiwa.serve.api import create_app

    with TestClient(create_app(store, coder=Stuck(), code_timeout=3.0, code_workers=2)) as api:
        api.post("/code", json={"text": "warm"})
        worker = threading.Thread(target=api.post, args=("/code",),
                                  kwargs={"json": {"text": "STUCK"}})
        worker.start()
        while not Stuck.running:
            time.sleep(0.01)
        assert api.post("/code", json={"text": "fine"}).status_code == 200  # not behind it
        assert worker.is_alive()
        worker.join()
