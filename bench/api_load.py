"""Load on the HTTP API: concurrent clients on GET /events with varied filters (issue #8),
and, with --code N, N more clients posting ~410-word articles to POST /code meanwhile
(issue #16: GET /events must keep answering while the server codes).

    .venv/bin/python bench/api_load.py [--db STORE] [--events 100000] [--clients 50]
                                       [--requests 5000] [--seconds 60] [--code 50]

Without --db it builds a synthetic store in a temporary folder: --events events over
2019-2024 between a dozen actors, with CAMEO codes of every QuadClass, places, one
mention and one sentence each (a third as many articles), written straight into the
store's schema with SQL (coding that much news would take longer than the test).
The server is `peristiwa serve`'s app (read-only store, 10 s query limit) under uvicorn
on 127.0.0.1 in a process of its own; the clients (asyncio + httpx, one connection
each) ask for pages with random filters until --requests have been answered or
--seconds have passed, whichever comes first. It prints requests/s, the p50/p95/p99
latency, and errors (anything but a 200, or no answer); it exits 1 on any error.
With --code, the /code clients post articles of about 410 words (the demo articles,
joined and numbered so that no two are the same) one after another for as long as the
GET clients run, after one request that loads the coders; their requests/s, latency
and errors are reported apart, and the GET latency is then the latency under that load.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

ACTORS = [("IDNGOV", "Pemerintah Indonesia"), ("IDNMIL", "TNI"), ("IDNCOP", "Polri"),
          ("IDNOPP", "oposisi"), ("MYSGOV", "Malaysia"), ("CHNGOV", "China"),
          ("USAGOV", "Amerika Serikat"), ("RUSMED", "jurnalis Rusia"), ("TURCOP", "Polisi Turki"),
          ("VNMGOV", "Vietnam"), ("JPNGOV", "Jepang"), ("AUSGOV", "Australia")]
CODES = [("010", 1, 0.0), ("036", 1, 4.0), ("042", 1, 1.9), ("051", 1, 3.4), ("057", 1, 8.0),
         ("061", 2, 6.4), ("071", 2, 7.4), ("084", 2, 7.0), ("112", 3, -2.0), ("130", 3, -4.4),
         ("163", 3, -8.0), ("173", 4, -5.0), ("190", 4, -10.0), ("145", 4, -7.5)]
PLACES = [("Jakarta", 1642911, "IDN", -6.21, 106.85), ("Natuna", 1633070, "IDN", 3.9, 108.3),
          ("Istanbul", 745044, "TUR", 41.01, 28.95), ("Beijing", 1816670, "CHN", 39.91, 116.4),
          ("Kuala Lumpur", 1735161, "MYS", 3.14, 101.69), ("Hanoi", 1581130, "VNM", 21.02, 105.84),
          ("Tokyo", 1850147, "JPN", 35.69, 139.69), ("Washington", 4140963, "USA", 38.9, -77.04)]
WORDS = ["kerja sama", "menangkap", "bertemu", "memuji", "menuduh", "Natuna", "jurnalis",
         "kelautan", "perbatasan", "sanksi", "protes", "bantuan"]


def values(rows: list[tuple]) -> str:
    """A VALUES list of literals (constants of this file only)."""
    def lit(v):
        return "NULL" if v is None else repr(v) if isinstance(v, int | float) else \
            "'" + str(v).replace("'", "''") + "'"
    return ", ".join("(" + ", ".join(lit(v) for v in row) + ")" for row in rows)


def build(path: Path, events: int) -> None:
    """A synthetic store of ``events`` events (see the module docstring)."""
    from peristiwa.store.db import Store

    with Store(path) as db:
        con = db.con
        con.execute(f"CREATE TEMP TABLE actor(i, code, name) AS SELECT * FROM (VALUES "
                    f"{values([(i, *a) for i, a in enumerate(ACTORS)])})")
        con.execute(f"CREATE TEMP TABLE cameo(i, code, quad, goldstein) AS SELECT * FROM (VALUES "
                    f"{values([(i, *c) for i, c in enumerate(CODES)])})")
        con.execute(f"CREATE TEMP TABLE place(i, name, gid, country, lat, lon) AS SELECT * FROM "
                    f"(VALUES {values([(i, *p) for i, p in enumerate(PLACES)])})")
        con.execute(f"CREATE TEMP TABLE word(i, w) AS SELECT * FROM (VALUES "
                    f"{values(list(enumerate(WORDS)))})")
        na, nc, np_, nw = len(ACTORS), len(CODES), len(PLACES), len(WORDS)
        con.execute(f"""
            CREATE TEMP TABLE gen AS
            SELECT i, 1000000000000 + i AS gid, 'art' || (i // 3) AS article_id, i % 3 AS sentence,
                   DATE '2019-01-01' + CAST(hash(i, 'day') % 2190 AS INTEGER) AS day,
                   CAST(hash(i, 's') % {na} AS INTEGER) AS s,
                   CAST((hash(i, 's') % {na} + 1 + hash(i, 't') % {na - 1}) % {na} AS INTEGER) AS t,
                   CAST(hash(i, 'c') % {nc} AS INTEGER) AS c,
                   CAST(hash(i, 'p') % {np_ + 2} AS INTEGER) AS p,
                   CAST(hash(i, 'w') % {nw} AS INTEGER) AS w
            FROM range({events}) r(i)""")
        con.execute("""
            INSERT INTO events SELECT g.gid, 'key' || g.i, CAST(g.day AS VARCHAR), 'day', g.day,
                   a.code, a.name, b.code, b.name, c.code, substr(c.code, 1, 2), c.quad,
                   c.goldstein, NULL, NULL, p.name, p.gid, p.lat, p.lon, p.country, NULL,
                   CASE WHEN p.name IS NULL THEN NULL ELSE 'city' END, g.sentence = 0,
                   1 + g.i % 4, 1 + g.i % 3, 1 + g.i % 3, g.article_id,
                   'https://berita.example/' || g.article_id, TIMESTAMP '2025-01-01 00:00:00'
            FROM gen g JOIN actor a ON a.i = g.s JOIN actor b ON b.i = g.t
            JOIN cameo c ON c.i = g.c LEFT JOIN place p ON p.i = g.p""")
        con.execute("""
            INSERT INTO mentions (global_event_id, event_key, article_id, mention_index, sentence,
                                  sentence_start, source, target, code, trigger_start,
                                  trigger_end, trigger_text, rule, notes, lang)
            SELECT g.gid, 'key' || g.i, g.article_id, g.sentence, g.sentence, g.sentence * 100,
                   a.code, b.code, c.code, g.sentence * 100, g.sentence * 100 + 8, 'menangkap',
                   'synthetic', '', 'id'
            FROM gen g JOIN actor a ON a.i = g.s JOIN actor b ON b.i = g.t
            JOIN cameo c ON c.i = g.c""")
        con.execute("""
            INSERT INTO sentences SELECT g.article_id, g.sentence, g.sentence * 100,
                   g.sentence * 100 + 90,
                   a.name || ' ' || w.w || ' ' || b.name || ' pada hari ke-' || g.i || '.'
            FROM gen g JOIN actor a ON a.i = g.s JOIN actor b ON b.i = g.t JOIN word w ON w.i = g.w""")
        con.execute("""
            INSERT INTO articles (article_id, url, title, source, published, lang, origin, text,
                                  n_sentences, n_events, added)
            SELECT article_id, 'https://berita.example/' || article_id, 'Berita ' || article_id,
                   'berita.example', min(day), 'id', 'synthetic', '', 3, count(*),
                   TIMESTAMP '2025-01-01 00:00:00'
            FROM gen GROUP BY article_id""")


def params(rng: random.Random) -> dict:
    """The filters of one request, as the dashboard and API clients send them."""
    p: dict = {"limit": rng.choice([25, 25, 50, 100]), "offset": rng.choice([0, 0, 0, 25, 100, 500])}
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        kind = rng.choice(["source", "target", "actor", "country", "root", "code", "quad",
                           "since", "range", "q", "undirected"])
        if kind in ("source", "target", "actor"):
            p[kind] = rng.choice(ACTORS)[0][:rng.choice([3, 6])]
        elif kind == "country":
            p["country"] = rng.choice(PLACES)[2]
        elif kind == "root":
            p["root"] = rng.choice(CODES)[0][:2]
        elif kind == "code":
            p["code"] = rng.choice(CODES)[0]
        elif kind == "quad":
            p["quad"] = rng.randint(1, 4)
        elif kind == "since":
            p["since"] = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-01"
        elif kind == "range":
            year = rng.randint(2019, 2024)
            p["since"], p["until"] = f"{year}-01-01", f"{year}-06-30"
        elif kind == "q":
            p["q"] = rng.choice(WORDS + [a[1] for a in ACTORS])
        else:
            p["source"], p["target"] = rng.choice(ACTORS)[0][:3], rng.choice(ACTORS)[0][:3]
            p["directed"] = "false"
    return p


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVER = """
import sys, uvicorn
from peristiwa.serve.api import create_app
uvicorn.run(create_app(sys.argv[1], token=""), host="127.0.0.1", port=int(sys.argv[2]),
            log_level="warning")
"""


def serve(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], cwd=ROOT)
    began = time.monotonic()
    while time.monotonic() - began < 60:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/stats", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not answer within 60 s")


def article(n: int, words: int = 410) -> str:
    """About ``words`` words of news (the demo articles, front matter dropped), numbered."""
    texts = []
    for path in sorted((ROOT / "demo").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        if path.name.startswith("en-"):
            continue  # one language per article
        texts.append(text.strip())
    body = " ".join((" ".join(texts).split() * 2)[:words])
    return f"{body} (Laporan {n}.)"


async def code_load(base: str, clients: int, stop: asyncio.Event) -> dict:
    latencies: list[float] = []
    statuses: Counter = Counter()
    failures: Counter = Counter()
    sent = 0

    async def client(n: int) -> None:
        nonlocal sent
        async with httpx.AsyncClient(base_url=base, timeout=120.0,
                                     limits=httpx.Limits(max_connections=1)) as http:
            while not stop.is_set():
                sent += 1
                await timed(http.post("/code", json={"text": article(sent), "lang": "id"}),
                            lambda body: body["events"], latencies, statuses, failures)

    began = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return summary(latencies, statuses, failures, time.perf_counter() - began)


async def timed(request, check, latencies: list[float], statuses: Counter, failures: Counter) -> None:
    """Send one request (a coroutine), count its status, read a 200's JSON body with
    ``check``, and note its latency; a failure is counted by its kind instead."""
    began = time.perf_counter()
    try:
        r = await request
        await r.aread()
        statuses[r.status_code] += 1
        if r.status_code == 200:
            check(r.json())
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        failures[type(exc).__name__] += 1
        return
    latencies.append(time.perf_counter() - began)


def summary(latencies, statuses, failures, elapsed) -> dict:
    answered = sum(statuses.values())
    cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 \
        else [latencies[0] if latencies else 0.0] * 99
    return {"requests": answered + sum(failures.values()), "seconds": round(elapsed, 2),
            "requests_per_s": round(answered / elapsed, 1),
            "p50_ms": round(cuts[49] * 1000, 1), "p95_ms": round(cuts[94] * 1000, 1),
            "p99_ms": round(cuts[98] * 1000, 1),
            "max_ms": round(max(latencies, default=0) * 1000, 1),
            "statuses": dict(statuses), "failures": dict(failures),
            "errors": sum(failures.values()) + answered - statuses.get(200, 0)}


async def both(base: str, args) -> dict:
    """GET load, with --code clients posting to /code for as long as it runs."""
    if not args.code:
        return await load(base, args.clients, args.requests, args.seconds, args.seed)
    async with httpx.AsyncClient(base_url=base, timeout=600.0) as http:
        began = time.perf_counter()
        r = await http.post("/code", json={"text": article(0), "lang": "id"})
        r.raise_for_status()
        print(f"coders loaded in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    stop = asyncio.Event()
    coding = asyncio.create_task(code_load(base, args.code, stop))
    await asyncio.sleep(2.0)  # the /code clients are all sending
    result = await load(base, args.clients, args.requests, args.seconds, args.seed)
    stop.set()
    result["code"] = await coding
    return result


async def load(base: str, clients: int, requests: int, seconds: float, seed: int) -> dict:
    latencies: list[float] = []
    statuses: Counter = Counter()
    failures: Counter = Counter()
    issued = 0
    deadline = time.monotonic() + seconds

    async def client(n: int) -> None:
        nonlocal issued
        rng = random.Random(seed * 1000 + n)
        async with httpx.AsyncClient(base_url=base, timeout=30.0,
                                     limits=httpx.Limits(max_connections=1)) as http:
            while issued < requests and time.monotonic() < deadline:
                issued += 1
                await timed(http.get("/events", params=params(rng)), lambda body: body,
                            latencies, statuses, failures)

    began = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return summary(latencies, statuses, failures, time.perf_counter() - began)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="A peristiwa store (default: build a synthetic one)")
    ap.add_argument("--events", type=int, default=100_000, help="Events of the synthetic store")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--code", type=int, default=0,
                    help="Clients posting ~410-word articles to POST /code meanwhile")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "load.duckdb"
            began = time.perf_counter()
            build(db, args.events)
            print(f"built a synthetic store of {args.events} events in "
                  f"{time.perf_counter() - began:.1f} s", file=sys.stderr)
        port = free_port()
        server = serve(db, port)
        try:
            result = asyncio.run(both(f"http://127.0.0.1:{port}", args))
        finally:
            server.terminate()
            server.wait(30)
    result = {"clients": args.clients, "store": str(args.db or f"synthetic, {args.events} events"),
              **result}
    print(f"{result['requests']} requests from {args.clients} clients in {result['seconds']} s: "
          f"{result['requests_per_s']} requests/s; latency p50 {result['p50_ms']} ms, "
          f"p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, max {result['max_ms']} ms; "
          f"errors {result['errors']}")
    code = result.get("code")
    if code:
        print(f"POST /code from {args.code} clients meanwhile: {code['requests']} requests, "
              f"{code['requests_per_s']} requests/s; latency p50 {code['p50_ms']} ms, "
              f"p99 {code['p99_ms']} ms, max {code['max_ms']} ms; errors {code['errors']} "
              f"{code['statuses']} {code['failures']}")
    print(json.dumps(result))
    sys.exit(1 if result["errors"] or (code and code["errors"]) else 0)


if __name__ == "__main__":
    main()
