"""The HTTP API over a real store: filters, pagination caps, evidence, series,
coding posted text, the OpenAPI document and the safety headers."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import store_of
from fastapi.testclient import TestClient

from peristiwa.serve.api import MAX_BODY, create_app

TEXTS = [
    ("Polisi Turki menangkap dua jurnalis Rusia di Istanbul pada Selasa.", date(2020, 12, 29),
     "https://berita.example/a"),
    ("Kepolisian Turki menangkap dua jurnalis Rusia di Istanbul, Selasa (29/12/2020).",
     date(2020, 12, 29), "https://kabar.example/b"),
    ("Presiden Indonesia memuji Vietnam atas kerja sama kelautan kedua negara.", date(2024, 5, 14),
     None),
    ("China accused Indonesia of exaggerating the incident near the Natuna Islands.",
     date(2024, 5, 14), None),
]


@pytest.fixture(scope="module")
def client(coder, tmp_path_factory):
    path = store_of(tmp_path_factory.mktemp("api") / "events.duckdb", TEXTS, coder)
    with TestClient(create_app(path)) as c:
        yield c


def test_events_filters_and_pages(client):
    everything = client.get("/events", params={"limit": 100}).json()
    assert everything["total"] >= 3
    arrests = client.get("/events", params={"code": "173"}).json()
    assert arrests["total"] == 1
    ev = arrests["events"][0]
    assert (ev["source"], ev["target"], ev["num_articles"]) == ("TURCOP", "RUSMED", 2)
    assert ev["trigger_text"] == "menangkap" and "jurnalis" in ev["sentence"]
    assert abs(ev["place"]["lat"] - 41.01) < 0.3
    later = client.get("/events", params={"since": "2024-01-01"}).json()
    assert later["total"] >= 1 and all(e["day"] >= "2024-01-01" for e in later["events"])
    page = client.get("/events", params={"limit": 1, "offset": 1}).json()
    assert len(page["events"]) == 1 and page["offset"] == 1
    assert client.get("/events", params={"root": "17", "quad": 1}).json()["total"] == 0


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 100000}, {"offset": -1}, {"quad": 9}, {"since": "kemarin"},
    {"code": "abc"}, {"q": "x" * 500},
])
def test_bad_parameters_are_refused(client, params):
    assert client.get("/events", params=params).status_code == 422


def test_event_detail_with_evidence(client):
    gid = client.get("/events", params={"code": "173"}).json()["events"][0]["global_event_id"]
    ev = client.get(f"/events/{gid}").json()
    assert len(ev["mentions"]) == 2
    for m in ev["mentions"]:
        s, e = m["in_sentence"]["trigger"]
        assert m["sentence_text"][s:e] == "menangkap"
        assert m["rule"].startswith("id:events.txt:173")
        assert m["url"] in ("https://berita.example/a", "https://kabar.example/b")
    assert client.get("/events/1").status_code == 404
    assert client.get("/events/not-a-number").status_code == 422


def test_dyad_series(client):
    got = client.get("/dyads/series", params={"a": "RUS", "b": "TUR", "interval": "month"}).json()
    assert got["series"] == [{"period": "2020-12-01", "events": 1, "mentions": 2, "quad1": 0,
                              "quad2": 0, "quad3": 0, "quad4": 1, "goldstein_sum": -5.0,
                              "goldstein_mean": -5.0}]
    assert client.get("/dyads/series", params={"interval": "fortnight"}).status_code == 422


def test_actors_dyads_places_stats(client):
    actors = {a["code"]: a for a in client.get("/actors").json()}
    assert actors["TURCOP"]["as_source"] >= 1
    assert any(d["source"] == "TURCOP" for d in client.get("/dyads").json())
    assert any(p["name"] == "Istanbul" for p in client.get("/places").json())
    stats = client.get("/stats").json()
    assert stats["articles"] == 4 and stats["first_day"] == "2020-12-29"


def test_code_posted_text_without_storing(client):
    before = client.get("/stats").json()["events"]
    got = client.post("/code", json={"text": "Polisi Turki menangkap dua jurnalis Rusia.",
                                     "published": "2020-12-29"})
    assert got.status_code == 200
    ev = got.json()["events"][0]
    assert (ev["source"], ev["code"], ev["target"]) == ("TURCOP", "173", "RUSMED")
    assert client.get("/stats").json()["events"] == before
    assert client.post("/code", json={"text": ""}).status_code == 422
    assert client.post("/code", json={"text": "x", "lang": "fr"}).status_code == 422


def test_body_size_is_capped(client):
    big = b'{"text": "' + b"a" * (MAX_BODY + 10) + b'"}'
    got = client.post("/code", content=big, headers={"content-type": "application/json"})
    assert got.status_code == 413


def test_openapi_and_headers(client):
    spec = client.get("/openapi.json").json()
    for path in ("/events", "/events/{event_id}", "/dyads/series", "/actors", "/code"):
        assert path in spec["paths"]
    r = client.get("/events")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert "access-control-allow-origin" not in r.headers  # CORS is off unless configured


def test_read_only_by_default(client):
    store = client.app.state.store
    assert store.read_only
    with pytest.raises(Exception, match="read-only"):
        store.cursor().execute("DELETE FROM events")
