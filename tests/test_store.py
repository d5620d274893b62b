"""The DuckDB event store: identity of articles, de-duplication of events across
articles, idempotent adds, order independence, the queries the API serves."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from peristiwa.ingest.run import rows_of as ingest_rows
from peristiwa.records import Article
from peristiwa.store import query
from peristiwa.store.db import Store, StoreError
from peristiwa.store.rows import Rows, article_key, event_id, first_day

ARREST_A = ("ISTANBUL – Polisi Turki menangkap dua jurnalis Rusia di Istanbul pada Selasa. "
            "Keduanya dituduh memata-matai pangkalan militer.")
ARREST_B = ("Kepolisian Turki menangkap dua jurnalis Rusia di Istanbul, Selasa (29/12/2020). "
            "Kedutaan Besar Rusia meminta penjelasan.")
VISIT = ("Menteri Luar Negeri Turki mengunjungi Moskow pada Senin (28/12/2020) dan bertemu "
         "dengan Menteri Luar Negeri Rusia.")


def articles() -> list[Article]:
    day = date(2020, 12, 29)
    return [
        Article(text=ARREST_A, published=day, url="https://berita.example/turki-tangkap",
                source="berita.example"),
        Article(text=ARREST_B, published=day, url="https://kabar.example/2020/12/29/jurnalis"),
        Article(text=VISIT, published=day),
    ]


def rows_of(coder, arts: list[Article]) -> Rows:
    return ingest_rows(arts, coder)


@pytest.fixture(scope="module")
def rows(coder) -> Rows:
    return rows_of(coder, articles())


@pytest.fixture()
def store(tmp_path, rows):
    with Store(tmp_path / "events.duckdb") as db:
        db.add(rows)
        yield db


def arrest(db: Store) -> dict:
    found = db.con.execute("SELECT * FROM events WHERE code = '173'").fetchall()
    cols = [d[0] for d in db.con.description]
    assert len(found) == 1, found
    return dict(zip(cols, found[0], strict=True))


def test_article_identity_is_the_url_else_the_text():
    a = Article(text="satu", url="https://Berita.example/x#komentar")
    b = Article(text="dua", url="https://berita.example/x")
    assert article_key(a) == article_key(b)
    assert article_key(Article(text="satu")) != article_key(Article(text="dua"))
    assert article_key(Article(text="satu")) == article_key(Article(text="satu", title="lain"))


def test_two_articles_on_one_arrest_are_one_event_with_two_mentions(store):
    ev = arrest(store)
    assert (ev["source"], ev["target"], ev["date"]) == ("TURCOP", "RUSMED", "2020-12-29")
    assert ev["place_name"] == "Istanbul"
    assert ev["num_mentions"] == 2 and ev["num_articles"] == 2 and ev["num_sources"] == 2
    assert ev["global_event_id"] == event_id(ev["event_key"])
    mentions = store.con.execute(
        "SELECT article_id, trigger_text, rule FROM mentions WHERE global_event_id = ?",
        [ev["global_event_id"]]).fetchall()
    assert len({m[0] for m in mentions}) == 2
    assert all(m[1] == "menangkap" and m[2].startswith("id:") for m in mentions)


def test_adding_again_adds_nothing(store, rows):
    before = store.counts()
    added = store.add(rows)
    assert added.articles == 0 and added.known == 3 and added.mentions == 0
    assert store.counts() == before


def test_events_do_not_depend_on_the_order_articles_arrive_in(tmp_path, coder, store):
    with Store(tmp_path / "reverse.duckdb") as other:
        for art in reversed(articles()):  # one article per batch, newest first
            other.add(rows_of(coder, [art]))
        cols = ("global_event_id, event_key, source, source_name, target, target_name, code, "
                "num_mentions, num_sources, num_articles, first_article_id, source_url, place_name")
        sql = f"SELECT {cols} FROM events ORDER BY global_event_id"
        assert other.con.execute(sql).fetchall() == store.con.execute(sql).fetchall()
        assert other.counts() == store.counts()


def test_a_batch_adds_one_copy_of_a_repeated_article(tmp_path, coder):
    twice = rows_of(coder, [Article(text=ARREST_A, published=date(2020, 12, 29))] * 2)
    with Store(tmp_path / "e.duckdb") as db:
        db.add(twice)
        assert db.counts()["articles"] == 1
        assert arrest(db)["num_mentions"] == 1


def test_evidence_spans_point_at_their_words(store):
    rows = store.con.execute(
        "SELECT a.text, m.trigger_start, m.trigger_end, m.trigger_text, m.source_start, "
        "m.source_end, m.source_text FROM mentions m JOIN articles a USING (article_id)").fetchall()
    assert rows
    for text, ts, te, tt, ss, se, st in rows:
        assert text[ts:te] == tt
        if ss is not None:
            assert text[ss:se] == st


def test_sentences_and_actor_mentions_are_kept(store):
    n = store.one("SELECT count(*) FROM sentences WHERE article_id = ?",
                  [article_key(articles()[0])])
    assert n == 2
    codes = {r[0] for r in store.con.execute("SELECT code FROM actor_mentions").fetchall()}
    assert {"TURCOP", "RUSMED"} <= codes


def test_month_and_year_dates_get_their_first_day():
    assert first_day("2020-12-29") == date(2020, 12, 29)
    assert first_day("2020-12") == date(2020, 12, 1)
    assert first_day("2019") == date(2019, 1, 1)
    assert first_day("") is None


def test_queries_filter_and_page(store):
    con = store.con
    allp = query.events(con, query.EventFilter(), limit=100)
    assert allp["total"] == store.counts()["events"] >= 2
    conflict = query.events(con, query.EventFilter(quad=4), limit=100)
    assert conflict["total"] >= 1 and all(e["quad_class"] == 4 for e in conflict["events"])
    turkish = query.events(con, query.EventFilter(source="TUR"), limit=100)
    assert all(e["source"].startswith("TUR") for e in turkish["events"])
    assert query.events(con, query.EventFilter(q="jurnalis"), limit=100)["total"] >= 1
    assert query.events(con, query.EventFilter(q="tidak-ada-kata-ini"), limit=100)["total"] == 0
    page = query.events(con, query.EventFilter(), limit=1, offset=1)
    assert len(page["events"]) == 1 and page["events"][0] != allp["events"][0]
    later = query.events(con, query.EventFilter(since=date(2020, 12, 29)), limit=100)
    assert all(e["day"] >= "2020-12-29" for e in later["events"])
    # LIKE wildcards in user input are literal
    assert query.events(con, query.EventFilter(source="%"), limit=100)["total"] == 0
    assert query.events(con, query.EventFilter(q="jurna_is"), limit=100)["total"] == 0
    assert query.events(con, query.EventFilter(q="jurnalis Rusia"), limit=100)["total"] >= 1


def test_event_detail_has_every_mention_with_sentence_offsets(store):
    ev = arrest(store)
    detail = query.event(store.con, ev["global_event_id"])
    assert detail["num_mentions"] == 2 and len(detail["mentions"]) == 2
    for m in detail["mentions"]:
        s, e = m["in_sentence"]["trigger"]
        assert m["sentence_text"][s:e] == m["trigger_text"] == "menangkap"
    assert query.event(store.con, 12345) is None


def test_series_dyads_actors_places(store):
    f = query.EventFilter(source="TUR", target="RUS", directed=False)
    series = query.series(store.con, f, "month")
    assert series[0]["period"] == "2020-12-01" and series[0]["quad4"] >= 1
    assert sum(p["events"] for p in series) == query.events(store.con, f)["total"]
    with pytest.raises(ValueError):
        query.series(store.con, f, "fortnight")
    pairs = {(d["source"], d["target"]) for d in query.dyads(store.con, query.EventFilter())}
    assert ("TURCOP", "RUSMED") in pairs
    codes = [a["code"] for a in query.actors(store.con, query.EventFilter())]
    assert "TURCOP" in codes
    places = {p["name"]: p for p in query.places(store.con, query.EventFilter())}
    assert abs(places["Istanbul"]["lat"] - 41.01) < 0.3


def test_errors_are_kept(store):
    store.add_errors([("berkas.jsonl:3", "not JSON")])
    assert store.one("SELECT reason FROM errors WHERE origin = 'berkas.jsonl:3'") == "not JSON"


def test_a_second_writer_gets_a_clear_error(store):
    code = ("import sys\nfrom peristiwa.store.db import Store, StoreError\n"
            "try:\n    Store(sys.argv[1])\nexcept StoreError as e:\n    print(e); sys.exit(7)\n")
    run = subprocess.run([sys.executable, "-c", code, store.path], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 7, run.stderr
    assert "in use by another process" in run.stdout


def test_not_a_store(tmp_path):
    bad = tmp_path / "x.duckdb"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="x.duckdb"):
        Store(bad)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
