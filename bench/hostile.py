"""Hostile inputs, measured (issue #16): pathological POST /code bodies while GET /events
is asked meanwhile, and 1 GB gzip bombs in every format `peristiwa ingest` reads.

    .venv/bin/python bench/hostile.py api   [--db STORE] [--size 40000]
    .venv/bin/python bench/hostile.py bombs [--size-mb 1024]

``api``: the server of `peristiwa serve` (read-only store) under uvicorn in a process of
its own; after one request that loads the coders, each pathological text (runs of "!",
"Dr. ", "-", "(", quotes, ...) of --size characters is posted to /code while one client
asks GET /events in a loop; prints each /code status and time and the GET latencies
during it (max and p99).

``bombs``: one gzip file per format (text, HTML, RSS, JSON Lines, WARC) that inflates to
--size-mb MB, each ingested by `peristiwa ingest` in a child process; prints the error
line, the exit status and the child's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_load import free_port, serve  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
UNITS = ["!", "Dr. ", "-", "(", '"', "“a.” ", "! ", ". ", "A. ", "U.S. ", "/", "…"]


async def api(base: str, size: int) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=600.0) as http:
        began = time.perf_counter()
        await http.post("/code", json={"text": "Polisi Turki menangkap dua jurnalis Rusia.",
                                       "lang": "id"})
        print(f"coders loaded in {time.perf_counter() - began:.1f} s")
        for unit in UNITS:
            text = (unit * (size // len(unit) + 1))[:size]
            done = asyncio.Event()
            gets: list[float] = []

            async def reader(done=done, gets=gets) -> None:
                while not done.is_set():
                    t = time.perf_counter()
                    r = await http.get("/events", params={"limit": 50})
                    assert r.status_code == 200, r.text
                    gets.append(time.perf_counter() - t)

            task = asyncio.create_task(reader())
            t = time.perf_counter()
            r = await http.post("/code", json={"text": text, "lang": "id"})
            took = time.perf_counter() - t
            done.set()
            await task
            p99 = statistics.quantiles(gets, n=100)[98] if len(gets) > 1 else max(gets, default=0)
            print(f"{unit!r} x {size}: /code {r.status_code} in {took:.2f} s; GET /events "
                  f"meanwhile: {len(gets)} answered, max {max(gets, default=0) * 1000:.0f} ms, "
                  f"p99 {p99 * 1000:.0f} ms")


def gzip_of(path: Path, head: bytes, filler: bytes, size: int, tail: bytes = b"") -> None:
    import zlib

    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = filler * ((1 << 20) // len(filler))
    with open(path, "wb") as out:
        out.write(deflate.compress(head))
        for _ in range(size // len(block)):
            out.write(deflate.compress(block))
        out.write(deflate.compress(tail))
        out.write(deflate.flush())


def bombs(size: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
        length = len(http) + (size // (1 << 20)) * (1 << 20)
        warc = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                b"WARC-Target-URI: https://w.example/bomb\r\nWARC-Date: 2024-05-14T00:00:00Z\r\n"
                b"Content-Type: application/http; msgtype=response\r\n"
                b"Content-Length: " + str(length).encode() + b"\r\n\r\n" + http)
        cases = {"bomb.txt.gz": (b"", b"kata "), "bomb.html.gz": (b"<html><body><p>", b"a "),
                 "bomb.rss.gz": (b'<rss version="2.0"><channel><item><description>', b"a "),
                 "bomb.jsonl.gz": (b'{"text": "', b"a"), "bomb.warc.gz": (warc, b" ")}
        for name, (head, filler) in cases.items():
            path = folder / name
            gzip_of(path, head, filler, size, b"\r\n\r\n" if name.endswith("warc.gz") else b"")
            code = ("import resource, sys\nfrom peristiwa.cli import app\n"
                    "try:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n    s = e.code or 0\n"
                    "else:\n    s = 0\nprint('RSS', resource.getrusage(resource.RUSAGE_SELF)"
                    ".ru_maxrss, file=sys.stderr)\nsys.exit(s)\n")
            t = time.perf_counter()
            got = subprocess.run([sys.executable, "-c", code, "ingest", str(path), "--db",
                                  str(folder / f"{name}.duckdb"), "--quiet"], cwd=folder,
                                 capture_output=True, text=True)
            lines = got.stderr.splitlines()
            rss = next((int(x.split()[1]) for x in lines if x.startswith("RSS ")), -1)
            skipped = [x for x in lines if x.startswith("peristiwa: skipped")]
            print(f"{name}: {path.stat().st_size:,} bytes gzipped -> {size >> 20} MB; exit "
                  f"{got.returncode} in {time.perf_counter() - t:.1f} s; peak RSS "
                  f"{rss // 1024} MB; {skipped[0].replace(str(folder) + '/', '') if skipped else lines[-2:]}")
            path.unlink()
    print(f"(this process: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["api", "bombs"])
    ap.add_argument("--db", type=Path, help="A peristiwa store (api; default: an empty one)")
    ap.add_argument("--size", type=int, default=40_000, help="characters per /code text")
    ap.add_argument("--size-mb", type=int, default=1024, help="MB each bomb inflates to")
    args = ap.parse_args()
    if args.what == "bombs":
        bombs(args.size_mb << 20)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from peristiwa.store.db import Store

            db = Path(tmp) / "empty.duckdb"
            Store(db).close()
        port = free_port()
        server = serve(db, port)
        try:
            asyncio.run(api(f"http://127.0.0.1:{port}", args.size))
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
