"""`peristiwa ingest`, `events`, `export` and `serve --watch`, run as users run them.

Ingest is idempotent (twice = once), skips bad files with one line each and
exit status 3, and its GDELT export loads with pandas under GDELT's 61 names.
The feed watcher takes news from a feed served on loopback.
"""

from __future__ import annotations

import gzip
import http.server
import json
import threading
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from conftest import run

from peristiwa.store.db import Store
from peristiwa.store.export import GDELT_COLUMNS

REPO = Path(__file__).resolve().parents[1]
DEMO = sorted(str(p) for p in (REPO / "demo").glob("*.txt"))


def counts(db: Path) -> dict:
    with Store(db, read_only=True) as s:
        return s.counts()


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, shared_dir_or_none) -> tuple[Path, list, list]:
    root = tmp_path_factory.mktemp("ingest")
    db = root / "peristiwa.duckdb"
    inputs = DEMO + ([str(shared_dir_or_none / "gold" / "seed-article.txt")]
                     if shared_dir_or_none else [])
    first = run(["ingest", *inputs, "--db", str(db), "--quiet"], cwd=root)
    after_first = counts(db)
    second = run(["ingest", *inputs, "--db", str(db), "--quiet"], cwd=root)
    return db, [first, second], [after_first, counts(db)]


@pytest.fixture(scope="module")
def shared_dir_or_none():
    from conftest import _shared_path

    path = _shared_path()
    return path if (path / "gold" / "seed-article.txt").is_file() else None


def test_ingesting_twice_leaves_the_same_counts(demo_store, shared_dir_or_none):
    db, (first, second), (c1, c2) = demo_store
    assert first.returncode == 0, first.err
    assert second.returncode == 0, second.err
    n = len(DEMO) + (1 if shared_dir_or_none else 0)
    assert c1["articles"] == n and c1["events"] > 10
    assert c2 == c1
    assert f"{n} already stored" in second.err and "0 event mentions stored" in second.err


def test_seed_article_arrest_is_stored_with_its_place(demo_store, shared_dir_or_none):
    if not shared_dir_or_none:
        pytest.skip("seed article not available")
    db = demo_store[0]
    with Store(db, read_only=True) as s:
        rows = s.con.execute("SELECT source, target, date, place_name, place_lat, place_lon "
                             "FROM events WHERE code = '173' AND source LIKE 'TUR%'").fetchall()
    assert any(r[1].startswith("RUS") and r[2] == "2020-12" and r[3] == "Istanbul"
               and abs(r[4] - 41.01) < 0.3 for r in rows), rows


def test_events_command_lists_and_filters(demo_store):
    db = demo_store[0]
    got = run(["events", "--db", str(db), "--quad", "4", "--format", "jsonl", "--limit", "100"],
              cwd=db.parent)
    assert got.returncode == 0, got.err
    events = [json.loads(line) for line in got.out.splitlines()]
    assert events and all(e["quad_class"] == 4 for e in events)
    assert run(["events", "--db", str(db.parent / "nope.duckdb")], cwd=db.parent).returncode == 2


def test_gdelt_export_of_the_demo_loads_with_pandas(demo_store, tmp_path):
    db = demo_store[0]
    out = tmp_path / "events.tsv"
    got = run(["export", "--format", "gdelt", "--db", str(db), str(out)], cwd=tmp_path)
    assert got.returncode == 0, got.err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(len(line.split("\t")) == 61 for line in lines)
    df = pd.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str,
                     keep_default_na=False)
    assert len(df) == counts(db)["events"]
    assert df["Day"].str.fullmatch(r"\d{8}").all()
    assert df["EventCode"].str.fullmatch(r"\d{3,4}").all()
    assert (df["EventRootCode"] == df["EventCode"].str[:2]).all()
    assert df["EventCode"].str.startswith("0").any()  # leading zeros kept
    assert df["GlobalEventID"].str.fullmatch(r"\d+").all() and df["GlobalEventID"].is_unique


def test_export_since_until_and_parquet(demo_store, tmp_path):
    db = demo_store[0]
    out = tmp_path / "pq"
    got = run(["export", "--format", "parquet", "--db", str(db), "--since", "2024-05-14",
               "--until", "2024-05-14", str(out)], cwd=tmp_path)
    assert got.returncode == 0, got.err
    days = pd.read_parquet(out / "events.parquet")["day"]
    assert len(days) and (days.astype(str) == "2024-05-14").all()
    bad = run(["export", "--format", "csv", "--db", str(db), str(tmp_path / "x")], cwd=tmp_path)
    assert bad.returncode == 2 and "gdelt, plover or parquet" in bad.err


def test_bad_files_are_reported_one_line_each_and_the_rest_ingested(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("---\npublished: 2020-12-29\n---\nPolisi Turki menangkap "
                                     "dua jurnalis Rusia di Istanbul.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "blob.bin").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "feed.rss").write_text("<rss><channel><item><title>x", encoding="utf-8")
    (folder / "lines.jsonl").write_text('{"text": "Presiden Indonesia memuji Vietnam."}\n'
                                        '{"text": 5}\nnot json\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    got = run(["ingest", str(folder), str(tmp_path / "missing.txt"), "--db", str(db), "--quiet"],
              cwd=tmp_path)
    assert got.returncode == 3, got.err
    skipped = [line for line in got.err.splitlines() if line.startswith("peristiwa: skipped:")]
    names = " ".join(skipped)
    for bad in ("empty.txt", "blob.bin", "feed.rss", "lines.jsonl:2", "lines.jsonl:3",
                "missing.txt"):
        assert bad in names, got.err
    assert len(skipped) == 6
    c = counts(db)
    assert c["articles"] == 2 and c["errors"] == 6 and c["events"] >= 1


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kabar Loopback</title><language>id</language>
<item><title>Polisi tangkap jurnalis</title><link>{base}/berita/1.html</link>
<pubDate>Tue, 29 Dec 2020 08:00:00 +0700</pubDate><description>Ringkasan singkat.</description></item>
<item><title>Presiden memuji Vietnam</title><link>{base}/berita/2.html</link>
<pubDate>Tue, 14 May 2024 09:00:00 +0700</pubDate>
<description>Presiden Indonesia memuji Vietnam atas komitmennya menjaga kerja sama kelautan kedua
negara. Menteri Luar Negeri Indonesia menyambut baik kesepakatan itu dan mengundang Menteri
Luar Negeri Vietnam ke Jakarta. Kedua menteri juga membahas penangkapan ikan ilegal di Laut
Natuna Utara dan rencana latihan bersama penjaga pantai pada tahun depan.</description></item>
</channel></rss>"""

PAGE = """<!doctype html><html lang="id"><head><title>Polisi tangkap jurnalis</title></head>
<body><article><h1>Polisi tangkap jurnalis</h1><p>ISTANBUL, Kabar – Polisi Turki menangkap dua
jurnalis Rusia di Istanbul pada Selasa. Keduanya dituduh memata-matai pangkalan militer.</p>
<p>Kedutaan Besar Rusia meminta penjelasan dari pemerintah Turki atas penangkapan itu.</p>
</article></body></html>"""


@pytest.fixture()
def feed_server():
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_port}"
            if self.path == "/feed.xml":
                body, kind = FEED.format(base=base).encode(), "application/rss+xml"
            elif self.path == "/berita/1.html":
                body, kind = PAGE.encode(), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", hits
    server.shutdown()


def test_watcher_takes_news_from_a_feed_and_a_drop_folder(feed_server, tmp_path, coder):
    from peristiwa.serve.watch import Watcher, seconds

    base, hits = feed_server
    drop = tmp_path / "drop"
    drop.mkdir()
    with gzip.open(drop / "wire.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "China accused Indonesia of exaggerating the incident.",
                             "published": "2024-05-14", "url": "https://wire.example/1"}) + "\n")
    watcher = Watcher([f"{base}/feed.xml", str(drop)], seconds("15m"), coder_factory=lambda: coder)
    with Store(tmp_path / "w.duckdb") as db:
        first = watcher.poll(db)
        assert (first.read, first.stored, first.skipped) == (3, 3, 0), first.errors
        arts = dict(db.con.execute("SELECT url, text FROM articles").fetchall())
        page = arts[f"{base}/berita/1.html"]
        assert "menangkap dua jurnalis Rusia" in page  # the linked page, not the summary
        assert db.one("SELECT published FROM articles WHERE url = ?",
                      [f"{base}/berita/1.html"]) == date(2020, 12, 29)
        assert db.one("SELECT count(*) FROM events WHERE code = '173'") == 1
        fetched = len(hits)
        again = watcher.poll(db)
        assert again.stored == 0 and again.known == 3
        assert len(hits) == fetched + 1  # only the feed again: known pages are not fetched
        assert watcher.status()["polls"] == 2


def test_watch_periods():
    from peristiwa.serve.watch import seconds

    assert seconds("15m") == 900 and seconds("30s") == 30 and seconds("2h") == 7200
    assert seconds("45") == 45
    for bad in ("", "0m", "soon", "-5m"):
        with pytest.raises(ValueError):
            seconds(bad)
