"""The dashboard: its page and assets (TestClient) and, in headless Chromium, what a
person sees: every panel drawn, filters applied, the evidence of an event highlighted.

The browser test drives Debian's /usr/bin/chromium through Playwright (never a browser
Playwright downloads); without it the test skips, unless PERISTIWA_REQUIRE_BROWSER=1.
With PERISTIWA_SCREENSHOT set it writes docs/dashboard.png, else a file in tmp_path.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
STATIC = REPO / "src" / "peristiwa" / "serve" / "static"
SCREENSHOT = REPO / "docs" / "dashboard.png"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# XML namespace names are identifiers, never fetched.
NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml",
              "http://www.w3.org/1999/xlink"}

# Short articles beside the demo ones, so the timeline and the map have spread. The
# emoji (outside the BMP) comes before the trigger: the highlight must count code points.
EXTRA = [
    ("Polisi Turki 🚨 menangkap dua jurnalis Rusia di Istanbul.", datetime.date(2020, 12, 29)),
    ("Presiden Indonesia bertemu Perdana Menteri Jepang di Tokyo pada Kamis.",
     datetime.date(2022, 3, 10)),
    ("The Kenyan government accused Somalia of supporting militants in Nairobi.",
     datetime.date(2023, 7, 2)),
]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory, coder) -> Path:
    from peristiwa.ingest.run import rows_of
    from peristiwa.records import Article
    from peristiwa.store.db import Store

    path = tmp_path_factory.mktemp("dashboard") / "events.duckdb"
    from peristiwa.ingest.text import split_front_matter

    texts = [(split_front_matter(p.read_text(encoding="utf-8"))[1], datetime.date(2024, 5, 14),
              f"demo/{p.name}") for p in sorted(DEMO.glob("*.txt"))]
    texts += [(text, day, f"extra-{i}") for i, (text, day) in enumerate(EXTRA)]
    rows = rows_of([Article(text=text, published=published, origin=origin)
                    for text, published, origin in texts], coder)
    with Store(path) as db:
        db.add(rows)
    return path


@pytest.fixture(scope="module")
def client(db_path):
    from fastapi.testclient import TestClient

    from peristiwa.serve.api import create_app

    with TestClient(create_app(db_path)) as c:
        yield c


def _events(client, **params) -> dict:
    r = client.get("/events", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()


def _assets(html: str) -> list[str]:
    return sorted(set(re.findall(r"""(?:src|href)\s*=\s*["'](/static/[^"'#?]+)""", html)))


# ---------- page and assets ----------

def test_page_and_assets_are_served(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assets = _assets(r.text)
    assert {"/static/app.js", "/static/style.css"} <= set(assets)
    # the map outline is fetched by app.js
    assert "static/world.json" in (STATIC / "app.js").read_text(encoding="utf-8")
    expected = {".js": "javascript", ".css": "text/css", ".svg": "image/svg+xml",
                ".json": "application/json"}
    for url in assets + ["/static/world.json"]:
        got = client.get(url)
        assert got.status_code == 200, url
        kind = expected[Path(url).suffix]
        assert kind in got.headers["content-type"], (url, got.headers["content-type"])
        assert got.content, url


def test_page_obeys_the_content_security_policy(client):
    html = client.get("/").text
    # no inline script (every <script> has a src) and no inline event handlers
    for tag in re.findall(r"<script\b[^>]*>", html, flags=re.I):
        assert "src=" in tag, tag
    for body in re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.I | re.S):
        assert not body.strip(), body
    assert not re.search(r"\son[a-z]+\s*=", html, flags=re.I)
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


def test_no_asset_refers_off_host():
    files = [p for p in STATIC.iterdir() if p.suffix in {".html", ".js", ".css", ".svg"}]
    assert files
    for p in files:
        text = p.read_text(encoding="utf-8")
        for url in re.findall(r"""https?://[^\s"'`)<>]+""", text, flags=re.I):
            assert url.rstrip("/.,;") in NAMESPACES, f"{p.name} refers off host: {url}"
        # scheme-relative references (//host/...) and CSS imports
        assert not re.search(r"""(?:src|href|action)\s*=\s*["']//|url\(\s*["']?//|@import"""
                             r"""|fetch\(\s*["'`]//""", text, flags=re.I), p.name


def test_world_outline_is_compact_and_well_formed():
    import json

    path = STATIC / "world.json"
    assert path.stat().st_size < 300_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"]
    names = {c["name"] for c in data["countries"]}
    assert {"Indonesia", "Turkey", "Kenya", "Japan"} <= names
    for c in data["countries"]:
        assert re.fullmatch(r"(M[-\d. L]+Z)+", c["d"]), c["name"]
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", c["d"])]
        assert all(-180.01 <= v <= 180.01 for v in nums[0::2]), c["name"]
        assert all(-90.01 <= v <= 90.01 for v in nums[1::2]), c["name"]


def test_event_ids_exceed_javascript_safe_integers(client):
    """Why app.js quotes ids before JSON.parse: some are above 2**53."""
    ids = [e["global_event_id"] for e in _events(client)["events"]]
    assert ids and any(i > 2**53 for i in ids)


# ---------- in the browser ----------

def _chromium() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def browser():
    exe = _chromium()
    if exe is None:
        if os.environ.get("PERISTIWA_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium not found and PERISTIWA_REQUIRE_BROWSER=1")
        pytest.skip("chromium not found (/usr/bin/chromium); apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("PERISTIWA_REQUIRE_BROWSER") == "1":
            raise
        pytest.skip("the playwright package is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, headless=True, args=BROWSER_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="module")
def server(db_path):
    import uvicorn

    from peristiwa.serve.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _wait_loads(page, after: int) -> int:
    # a function, not an expression: the page's CSP forbids eval
    page.wait_for_function("n => Number(document.body.dataset.loads || 0) > n", arg=after,
                           timeout=20_000)
    return int(page.evaluate("document.body.dataset.loads"))


def _rows(page) -> list[dict]:
    return page.eval_on_selector_all(
        "#events tbody[data-id]",
        "rows => rows.map(r => Object.assign({}, r.dataset))")


def _highlight(page, kind: str, index: int = 0) -> str:
    return page.eval_on_selector_all(
        f"#evidence-body .mention[data-index='{index}'] mark.hl-{kind}",
        "marks => marks.map(m => m.textContent).join('')")


def test_dashboard_in_browser(browser, server, client, tmp_path):
    problems: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} {r.failure}"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}")
            if r.status >= 400 else None)
    off_host: list[str] = []
    page.on("request", lambda r: off_host.append(r.url)
            if urlparse(r.url).netloc != urlparse(server).netloc
            and not r.url.startswith("data:") else None)
    try:
        page.goto(server + "/")
        loads = _wait_loads(page, 0)
        assert page.evaluate("document.body.dataset.state") == "ready"

        # header counts from /stats
        stats = client.get("/stats").json()
        shown = page.text_content("#stats [data-stat='events'] dd")
        assert shown == f"{stats['events']:,}"
        # every panel drawn
        assert page.locator("#timeline rect.bar").count() > 0
        assert page.locator("#timeline .axis text").count() >= 3
        assert page.locator("#timeline-legend .key").count() == 4
        assert page.locator("#network circle.node").count() >= 5
        assert page.locator("#network path.edge").count() >= 5
        assert page.locator("#network text.node-label").count() >= 5
        assert page.locator("#map path.country").count() > 100
        assert page.locator("#map circle.place").count() >= 5
        assert page.locator("#actors .actor-row").count() > 0
        rows = _rows(page)
        everything = _events(client)
        assert len(rows) == min(25, everything["total"])
        # the ids are exact (a rounded id would not be in the store)
        known = {str(e["global_event_id"]) for e in everything["events"]}
        assert {r["id"] for r in rows} <= known
        assert page.text_content("#page").endswith(f"of {everything['total']}")

        # the map is zoomed to the data, not the whole world: Jakarta and Makassar
        # (about 12.6 degrees apart) are well apart on screen
        jkt = page.locator("#map circle.place[data-name='Jakarta']").bounding_box()
        mks = page.locator("#map circle.place[data-name='Kota Makassar']").bounding_box()
        assert abs(jkt["x"] - mks["x"]) > 25

        # the evidence of an event: the emoji before the trigger must not shift it
        target = next(e for e in everything["events"] if e["source"] == "TURCOP")
        eid = str(target["global_event_id"])
        page.select_option("#filters select[name='root']", "17")
        page.click("#filters button[type='submit']")
        loads = _wait_loads(page, loads)
        page.click(f"#events tbody[data-id='{eid}']")
        page.wait_for_selector(f"#evidence[data-event='{eid}'] .mention")
        detail = client.get(f"/events/{eid}").json()
        for i, m in enumerate(detail["mentions"]):
            assert _highlight(page, "trigger", i) == m["trigger_text"]
        assert _highlight(page, "source") == detail["mentions"][0]["source_text"]
        assert _highlight(page, "target") == detail["mentions"][0]["target_text"]
        assert "🚨" in page.text_content("#evidence-body .mention .sentence")
        assert detail["mentions"][0]["rule"] in page.text_content("#evidence-body .mention")

        # back to everything; show a well-evidenced event for the screenshot
        page.click("#filters button[type='reset']")
        loads = _wait_loads(page, loads)
        assert len(_rows(page)) == len(rows)
        shot = next((e for e in everything["events"]
                     if e["trigger_text"] == "summoned the Chinese ambassador"),
                    everything["events"][0])
        sid = str(shot["global_event_id"])
        page.click(f"#events tbody[data-id='{sid}']")
        page.wait_for_selector(f"#evidence[data-event='{sid}'] mark.hl-trigger")
        first = client.get(f"/events/{sid}").json()["mentions"][0]
        assert _highlight(page, "trigger") == first["trigger_text"]
        path = SCREENSHOT if os.environ.get("PERISTIWA_SCREENSHOT") else tmp_path / "dashboard.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        page.mouse.move(0, 0)
        page.eval_on_selector("#events tbody.selected", "r => r.scrollIntoView({block: 'start'})")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 20_000

        # a filter changes the list, and every row matches it
        page.select_option("#filters select[name='quad']", "4")
        page.click("#filters button[type='submit']")
        loads = _wait_loads(page, loads)
        quad4 = _events(client, quad=4)
        filtered = _rows(page)
        assert 0 < quad4["total"] < everything["total"]
        assert len(filtered) == min(25, quad4["total"])
        assert all(r["quad"] == "4" for r in filtered)
        assert {r["id"] for r in filtered} == {str(e["global_event_id"])
                                              for e in quad4["events"][:25]}
        assert page.text_content("#page").endswith(f"of {quad4['total']}")
        assert "quad=4" in page.url
        # the other panels follow the filter
        bars = page.eval_on_selector_all("#timeline rect.bar", "b => b.map(x => x.dataset.quad)")
        assert bars and set(bars) == {"4"}
        places = _events(client, quad=4)["events"]
        assert page.locator("#map circle.place").count() == len(
            {(e["place"]["name"], e["place"]["geonameid"]) for e in places if e["place"]})

        # an actor prefix and a text search
        page.fill("#filters input[name='actor']", "idncop")
        page.fill("#filters input[name='q']", "mahasiswa")
        page.click("#filters button[type='submit']")
        _wait_loads(page, loads)
        narrowed = _rows(page)
        want = _events(client, quad=4, actor="IDNCOP", q="mahasiswa")
        assert len(narrowed) == want["total"] > 0
        assert all("IDNCOP" in (r["source"], r["target"]) and r["quad"] == "4" for r in narrowed)
    finally:
        context.close()
    assert not problems, problems
    assert not off_host, off_host
