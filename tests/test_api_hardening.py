"""The API on a network: POST /ingest behind a token, query time limits, caps on
pages and bodies, hostile filter values, CORS, the security headers, and
Schemathesis over the OpenAPI document (no 5xx, every response as documented)."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import date

import pytest
from conftest import store_of
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from peristiwa.serve import api
from peristiwa.serve.api import MAX_BODY, MAX_INGEST_BODY, SECURITY_HEADERS, create_app
from peristiwa.store import query

TOKEN = "s3cret-token-for-tests"
TEXTS = [
    ("Polisi Turki menangkap dua jurnalis Rusia di Istanbul pada Selasa.", date(2020, 12, 29),
     "https://berita.example/a"),
    ("China accused Indonesia of exaggerating the incident near the Natuna Islands.",
     date(2024, 5, 14), None),
]
NEW = {"text": "Presiden Indonesia memuji Vietnam atas kerja sama kelautan kedua negara.",
       "url": "https://kabar.example/pujian", "title": "Pujian", "published": "2024-05-14",
       "lang": "id", "source": "kabar.example"}
EXAMPLES = 40  # per operation and mode: the whole run stays well under a minute
HOSTILE = ["'; DROP TABLE events; --", "x' OR '1'='1", "%", "_", "\\", "IDN%' --", "\"; --"]


@pytest.fixture(scope="module")
def db(coder, tmp_path_factory):
    return store_of(tmp_path_factory.mktemp("hardening") / "events.duckdb", TEXTS, coder)


@pytest.fixture(scope="module")
def client(db):
    """Read-only, no token, no CORS: how `peristiwa serve` starts by default."""
    with TestClient(create_app(db, token="")) as c:
        yield c


@pytest.fixture()
def writable(db, tmp_path, coder):
    """A writable app with a token over a copy of the store (sharing the session's Coder)."""
    path = tmp_path / "events.duckdb"
    shutil.copy(db, path)
    app = create_app(path, writable=True, token=TOKEN, coder=coder)
    with TestClient(app) as c:
        yield c


def bearer(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


# -- POST /ingest ----------------------------------------------------------


def test_ingest_needs_the_right_token(writable):
    before = writable.get("/stats").json()
    for headers in ({}, bearer("wrong"), bearer(""), {"Authorization": TOKEN},
                    {"Authorization": f"Basic {TOKEN}"}, bearer(TOKEN + "x")):
        got = writable.post("/ingest", json={"articles": [NEW]}, headers=headers)
        assert got.status_code == 401, headers
        assert got.headers["www-authenticate"] == "Bearer"
        assert "token" in got.json()["detail"]
    assert writable.get("/stats").json() == before

    got = writable.post("/ingest", json={"articles": [NEW]}, headers=bearer())
    assert got.status_code == 200, got.text
    summary = got.json()
    assert (summary["read"], summary["stored"], summary["known"], summary["skipped"]) == (1, 1, 0, 0)
    assert summary["events"] >= 1
    after = writable.get("/stats").json()
    assert after["articles"] == before["articles"] + 1
    praised = writable.get("/events", params={"source": "IDN", "target": "VNM"}).json()
    assert praised["total"] >= 1  # readers see what was written
    mention = writable.get(f"/events/{praised['events'][0]['id']}").json()["mentions"][0]
    assert (mention["url"], mention["site"], mention["title"]) == (
        NEW["url"], "kabar.example", "Pujian")

    again = writable.post("/ingest", json={"articles": [NEW, NEW]}, headers=bearer()).json()
    assert (again["stored"], again["known"]) == (0, 2)


def test_ingest_is_off_without_a_token(db, monkeypatch):
    monkeypatch.delenv("PERISTIWA_API_TOKEN", raising=False)
    with TestClient(create_app(db)) as c:
        for headers in ({}, bearer()):
            got = c.post("/ingest", json={"articles": [NEW]}, headers=headers)
            assert got.status_code == 403
            assert "no API token" in got.json()["detail"]


def test_token_comes_from_the_environment_when_the_app_is_made(db, monkeypatch):
    monkeypatch.setenv("PERISTIWA_API_TOKEN", TOKEN)
    app = create_app(db)  # read-only: a right token gets to the read-only refusal
    monkeypatch.setenv("PERISTIWA_API_TOKEN", "changed-later")
    with TestClient(app) as c:
        assert c.post("/ingest", json={"articles": [NEW]}, headers=bearer("changed-later")
                      ).status_code == 401
        got = c.post("/ingest", json={"articles": [NEW]}, headers=bearer())
        assert got.status_code == 403 and got.json()["detail"] == "the server is read-only"


def test_read_only_server_refuses_to_ingest(db):
    with TestClient(create_app(db, token=TOKEN)) as c:
        got = c.post("/ingest", json={"articles": [NEW]}, headers=bearer())
        assert got.status_code == 403
        assert got.json()["detail"] == "the server is read-only"
        assert c.app.state.store.read_only and c.app.state.writer is None
        assert c.get("/stats").json()["articles"] == len(TEXTS)


@pytest.mark.parametrize("body", [
    {"articles": []},
    {"articles": [{"text": "Presiden berpidato."}] * 101},
    {"articles": [{"text": "a" * 200_001}]},
    {"articles": [{"text": ""}]},
    {"articles": [dict(NEW, url="javascript:alert(1)")]},
    {"articles": [dict(NEW, lang="fr")]},
    {"articles": [dict(NEW, published="kemarin")]},
    {"articles": [dict(NEW, id="chosen")]},
    {"articles": "Presiden berpidato."},
    {},
])
def test_ingest_validates_its_body(writable, body):
    got = writable.post("/ingest", json=body, headers=bearer())
    assert got.status_code == 422, got.text
    assert writable.get("/stats").json()["articles"] == len(TEXTS)


def test_ingest_body_limit(writable):
    big = b'{"articles": [{"text": "' + b"a" * MAX_INGEST_BODY + b'"}]}'
    got = writable.post("/ingest", content=big,
                        headers={**bearer(), "content-type": "application/json"})
    assert got.status_code == 413
    # without Content-Length (chunked), counted as it arrives
    chunks = (b"a" * 1_000_000 for _ in range(MAX_INGEST_BODY // 1_000_000 + 2))
    got = writable.post("/ingest", content=chunks,
                        headers={**bearer(), "content-type": "application/json"})
    assert got.status_code == 413
    got = writable.post("/code", content=(b"a" * 100_000 for _ in range(MAX_BODY // 100_000 + 2)),
                        headers={"content-type": "application/json"})
    assert got.status_code == 413
    # the token is checked before a body is read
    got = writable.post("/ingest", content=b"{" * 1000, headers=bearer("wrong"))
    assert got.status_code == 401
    assert writable.get("/stats").json()["articles"] == len(TEXTS)


def test_writes_are_serialised_through_a_twin(writable, monkeypatch):
    app = writable.app
    assert app.state.writer.con is not app.state.store.con
    assert not app.state.writer.read_only
    # another writer holds the lock: after a short wait the request is turned away
    monkeypatch.setattr(api, "WRITE_WAIT", 0.2)
    held = threading.Event()
    release = threading.Event()

    def hold():
        with app.state.write_lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    try:
        got = writable.post("/ingest", json={"articles": [NEW]}, headers=bearer())
    finally:
        release.set()
        holder.join()
    assert got.status_code == 503 and got.headers["retry-after"]
    # concurrent posts of different articles all land, none is lost to a write conflict
    monkeypatch.setattr(api, "WRITE_WAIT", 60.0)
    texts = [f"Presiden Indonesia bertemu Perdana Menteri Jepang di Tokyo pada hari ke-{i}."
             for i in range(4)]
    results: list = []

    def post(text):
        results.append(writable.post("/ingest", json={"articles": [{"text": text}]},
                                     headers=bearer()))

    threads = [threading.Thread(target=post, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in results] == [200] * 4
    assert sum(r.json()["stored"] for r in results) == 4
    assert writable.get("/stats").json()["articles"] == len(TEXTS) + 4


def test_watcher_and_ingest_share_the_write_lock(db, tmp_path, coder):
    from peristiwa.serve.watch import Watcher

    path = tmp_path / "events.duckdb"
    shutil.copy(db, path)
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a.txt").write_text("Presiden Indonesia bertemu Perdana Menteri Jepang di Tokyo.",
                                encoding="utf-8")
    watcher = Watcher([str(drop)], every=0.1, coder_factory=lambda: coder)
    with TestClient(create_app(path, watcher=watcher, token=TOKEN, coder=coder)) as c:
        assert not c.app.state.store.read_only  # --watch opens the store writable

        def stored() -> int:
            return c.get("/stats").json()["articles"]

        wait_for(lambda: stored() == len(TEXTS) + 1)
        with c.app.state.write_lock:  # as /ingest holds it: the watcher's commit waits
            (drop / "b.txt").write_text("Polisi Turki menangkap dua jurnalis Rusia.",
                                        encoding="utf-8")
            time.sleep(1.0)
            assert stored() == len(TEXTS) + 1
        wait_for(lambda: stored() == len(TEXTS) + 2)
        got = c.post("/ingest", json={"articles": [NEW]}, headers=bearer())
        assert got.status_code == 200 and got.json()["stored"] == 1
        assert c.get("/stats").json()["watching"]["polls"] >= 2
        assert stored() == len(TEXTS) + 3


def wait_for(condition, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


# -- query time limits -------------------------------------------------------

SLOW_SQL = "SELECT sum(a.range * b.range) FROM range(100000000) a, range(1000) b"


def test_slow_query_is_interrupted(db, monkeypatch):
    def slow(con):
        return con.execute(SLOW_SQL).fetchall()  # minutes, uninterrupted

    monkeypatch.setattr(query, "stats", slow)
    with TestClient(create_app(db, token="", query_timeout=0.2)) as c:
        began = time.monotonic()
        got = c.get("/stats")
        assert got.status_code == 503
        assert "longer than 0.2 s" in got.json()["detail"]
        assert got.headers["x-content-type-options"] == "nosniff"
        assert time.monotonic() - began < 5
        monkeypatch.undo()
        assert c.get("/stats").status_code == 200  # the server goes on
        assert c.get("/events").status_code == 200


def test_query_started_after_the_limit_is_interrupted_too(db, monkeypatch):
    def late(con, f, limit=50, offset=0):
        con.execute("SELECT 1").fetchall()
        time.sleep(0.4)  # the limit passes between two queries
        return con.execute(SLOW_SQL).fetchall()

    monkeypatch.setattr(query, "events", late)
    with TestClient(create_app(db, token="", query_timeout=0.1)) as c:
        began = time.monotonic()
        assert c.get("/events").status_code == 503
        assert time.monotonic() - began < 5


def test_fast_queries_are_not_interrupted(db):
    with TestClient(create_app(db, token="", query_timeout=0.5)) as c:
        for _ in range(3):
            assert c.get("/events").status_code == 200
        time.sleep(0.7)  # past the limit of the requests before: their timers are gone
        assert c.get("/stats").status_code == 200


# -- limits, hostile input ----------------------------------------------------


@pytest.mark.parametrize("path,params", [
    ("/events", {"limit": 501}), ("/events", {"limit": 0}), ("/events", {"offset": 10_000_001}),
    ("/dyads", {"limit": 501}), ("/actors", {"limit": 501}), ("/places", {"limit": 2001}),
    ("/events", {"source": "X" * 41}), ("/events", {"q": "x" * 201}),
    ("/events/9223372036854775808", {}), ("/events/-1", {}), ("/events/1;DROP", {}),
])
def test_pagination_and_size_caps(client, path, params):
    assert client.get(path, params=params).status_code == 422


def test_largest_pages_are_served(client):
    got = client.get("/events", params={"limit": 500}).json()
    assert got["limit"] == 500 and len(got["events"]) <= 500
    assert client.get("/places", params={"limit": 2000}).status_code == 200


@pytest.mark.parametrize("value", HOSTILE)
def test_injection_looking_filters_are_plain_values(client, value):
    before = client.get("/stats").json()
    for field in ("source", "target", "actor", "q"):
        got = client.get("/events", params={field: value})
        assert got.status_code == 200, (field, got.text)
        assert got.json()["total"] == 0
        for path in ("/dyads", "/actors", "/places"):
            assert client.get(path, params={field: value}).json() == []
    assert client.get("/dyads/series", params={"a": value, "b": value}).json()["series"] == []
    assert client.get("/events", params={"country": value[:3]}).status_code == 200
    assert client.get("/stats").json() == before
    tables = client.app.state.store.con.execute(
        "SELECT table_name FROM information_schema.tables").fetchall()
    assert {"events", "mentions", "articles", "sentences"} <= {t[0] for t in tables}


# -- browsers ----------------------------------------------------------------


def test_cors_only_when_configured(db, client):
    origin = {"Origin": "https://peta.example"}
    assert "access-control-allow-origin" not in client.get("/events", headers=origin).headers
    with TestClient(create_app(db, token="", cors=["https://peta.example"])) as c:
        got = c.get("/events", headers=origin)
        assert got.headers["access-control-allow-origin"] == "https://peta.example"
        other = c.get("/events", headers={"Origin": "https://lain.example"})
        assert "access-control-allow-origin" not in other.headers
        pre = c.options("/code", headers={**origin, "Access-Control-Request-Method": "POST",
                                          "Access-Control-Request-Headers": "content-type"})
        assert pre.status_code == 200
        assert "POST" in pre.headers["access-control-allow-methods"]
        assert pre.headers["x-frame-options"] == "DENY"


def test_security_headers_on_every_response(client):
    responses = [
        client.get("/"), client.get("/static/app.js"), client.get("/events"),
        client.get("/nowhere"), client.get("/events/1"), client.get("/events", params={"limit": 0}),
        client.delete("/events"), client.get("/openapi.json"), client.get("/static/nothing.js"),
        client.post("/code", content=b"x" * (MAX_BODY + 1)),
        client.post("/ingest", json={"articles": [NEW]}),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 404, 404, 422, 405, 200, 404,
                                                  413, 403]
    for r in responses:
        for name, value in SECURITY_HEADERS.items():
            assert r.headers[name] == value, (r.url, name)
    docs = client.get("/docs")
    assert docs.status_code == 200 and docs.headers["x-frame-options"] == "DENY"
    assert "https://cdn.jsdelivr.net" in docs.headers["content-security-policy"]


def test_an_unexpected_error_still_has_the_headers(db, monkeypatch):
    def broken(con):
        raise RuntimeError("boom")

    monkeypatch.setattr(query, "stats", broken)
    with TestClient(create_app(db, token=""), raise_server_exceptions=False) as c:
        got = c.get("/stats")
        assert got.status_code == 500 and got.json() == {"detail": "internal server error"}
        assert got.headers["x-content-type-options"] == "nosniff"


# -- Schemathesis over the OpenAPI document ------------------------------------
# Each operation (all but /ingest, which stores) in both of Schemathesis's modes:
# positive cases fit the document, negative ones break it and must be refused with a 4xx.
# The document does not depend on the store, so the operations are known when collecting.

SPEC = create_app(token="").openapi()
OPERATIONS = [pytest.param(method.upper(), path, mode, id=f"{method.upper()} {path} {mode}")
              for path, ops in SPEC["paths"].items() if path != "/ingest"
              for method, op in ops.items()
              # negative cases need something to break
              for mode in (["positive", "negative"] if op.get("parameters") or op.get("requestBody")
                           else ["positive"])]


@pytest.fixture(scope="module")
def api_schema(db, coder):
    schemathesis = pytest.importorskip("schemathesis")
    from schemathesis.config import SchemathesisConfig

    # a body over its size limit is refused with 413, as good a refusal as a 422
    refusals = [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429]
    config = SchemathesisConfig.from_dict(
        {"checks": {"negative_data_rejection": {"expected-statuses": refusals}}})
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db, token="", coder=coder),
                                          config=config)


@pytest.mark.parametrize("method,path,mode", OPERATIONS)
def test_openapi_conformance(api_schema, method, path, mode):
    """No 5xx, and every response (status, headers, body) as the document says."""
    from hypothesis import given
    from schemathesis import GenerationMode
    from schemathesis.specs.openapi.checks import positive_data_acceptance

    operation = api_schema[path][method]
    # the coder turns away, with a 422, text in no language it reads ("0.1.0"): the
    # document cannot say which texts those are
    excluded = [positive_data_acceptance] if path == "/code" else []

    @given(case=operation.as_strategy(generation_mode=GenerationMode(mode)))
    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(excluded_checks=excluded)

    check()


@pytest.mark.parametrize("value", ["0.0", "86400", "2024-5-1", "20240501", "2024-05-01T00:00"])
def test_a_day_that_is_not_written_yyyy_mm_dd_is_refused(client, value):
    """pydantic alone reads a number of seconds since 1970 as a date ("0.0" -> 1970-01-01)."""
    for path in ("/events", "/dyads/series"):
        got = client.get(path, params={"since": value})
        assert got.status_code == 422, (path, value, got.text)
    assert client.get("/events", params={"since": "2024-05-01"}).status_code == 200
    assert client.post("/code", json={"text": "Polisi menangkap dua jurnalis.", "published": 0}
                       ).status_code == 422
