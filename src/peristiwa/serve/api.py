"""The HTTP API (FastAPI; its OpenAPI document is at /openapi.json, docs at /docs).

    GET  /events            events, filtered and paginated
    GET  /events/{id}       one event with every mention and its evidence
    GET  /dyads/series      counts by QuadClass and Goldstein per day/week/month
    GET  /dyads             actor pairs (the network), GET /actors, GET /places
    GET  /stats             what the store holds
    POST /code              code posted text; nothing is stored
    POST /ingest            store posted articles (needs the API token and a writable store)
    GET  /                  the dashboard (assets served from the package)

What keeps it safe to put on a network:

- **Read-only by default.** The store is opened read-only unless the server
  takes in news itself (``peristiwa serve --watch``) or ``create_app(writable=True)``.
- **Writing needs a token.** ``POST /ingest`` wants ``Authorization: Bearer <token>``;
  the token is ``create_app(token=...)``, else ``$PERISTIWA_API_TOKEN`` read when the
  app is created, compared in constant time (``hmac.compare_digest``). With no token
  the endpoint is off (403); a missing or wrong token gets 401; a read-only server 403.
  This is checked before the request body is read. Writes hold one lock (which the
  watcher's transactions take too) and go through a twin of the store, a connection
  no reader uses; the articles go through the same path as ``peristiwa ingest``.
- **Queries have a time limit.** Each request reads through a cursor of its own; SQL
  that runs past ``query_timeout`` seconds (10 by default) is interrupted and the
  request answered 503.
- **Coding off the event loop.** POST /code runs on a pool of coders in threads of
  its own (``serve.coding``), ``code_timeout`` seconds at most (then 503, and the
  coding thread is interrupted); a body that JSON cannot carry back (NaN, Infinity,
  a lone surrogate) is a 422 naming the field, never echoing the value.
- **Bounded input.** Request bodies: 1 MB (25 MB for /ingest), counted as they arrive,
  so a chunked body without Content-Length is held to it too (413). Pages: ``limit``
  at most 500 (/places 2000); texts at most 200,000 characters; /ingest at most 100
  articles. All SQL is parameterised.
- **Browsers.** CORS is off unless ``cors=[origins]``; every response, errors and the
  dashboard included, carries nosniff, DENY framing, no referrer and a
  Content-Security-Policy that allows nothing from another host (but on /docs and
  /redoc, whose pages FastAPI builds from a CDN's scripts: those hosts only).
"""

from __future__ import annotations

import contextlib
import hmac
import os
import threading
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request, Security
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from starlette.datastructures import Headers, MutableHeaders

from peristiwa import __version__
from peristiwa.ingest.common import visible
from peristiwa.serve.coding import CODE_TIMEOUT, CODE_WORKERS, Busy, CoderPool, TimedOut
from peristiwa.store import query
from peristiwa.store.db import DEFAULT_DB, Store

STATIC = Path(__file__).parent / "static"
MAX_LIMIT = 500
MAX_BODY = 1_000_000  # bytes a request body may have
MAX_INGEST_BODY = 25_000_000  # bytes a POST /ingest body may have
MAX_TEXT = 200_000  # characters a posted text may have
MAX_ARTICLES = 100  # articles one POST /ingest may carry
MAX_EVENT_ID = 2**63 - 1  # event ids are BIGINT
QUERY_TIMEOUT = 10.0  # seconds a request's SQL may run
WRITE_WAIT = 5.0  # seconds POST /ingest waits for the writer before answering 503
TOKEN_ENV = "PERISTIWA_API_TOKEN"

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; "
                                "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"),
}
# Swagger UI (/docs) and ReDoc (/redoc) are pages FastAPI builds from a CDN's scripts
# and an inline one: only they get a policy that lets those in.
DOCS_PAGES = ("/docs", "/redoc")
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
            "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
            "https://cdn.redoc.ly; worker-src blob:; frame-ancestors 'none'")


def _iso_day(value):
    """A day is written YYYY-MM-DD: pydantic alone would also take a number of
    seconds since 1970 ("0.0", "86400") for a date."""
    if isinstance(value, str) and not (len(value) == 10 and value[4] == value[7] == "-"
                                       and value[:4].isdigit() and value[5:7].isdigit()
                                       and value[8:].isdigit()):
        raise ValueError("a day is written YYYY-MM-DD")
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("a day is written YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_iso_day)]


def filters(
    since: Annotated[Day | None, Query(description="First event day (YYYY-MM-DD)")] = None,
    until: Annotated[Day | None, Query(description="Last event day (YYYY-MM-DD)")] = None,
    source: Annotated[str | None, Query(max_length=40, description="Source actor code prefix")] = None,
    target: Annotated[str | None, Query(max_length=40, description="Target actor code prefix")] = None,
    actor: Annotated[str | None, Query(max_length=40, description="Either side's code prefix")] = None,
    code: Annotated[str | None, Query(max_length=4, pattern=r"^\d{1,4}$",
                                      description="CAMEO code or its prefix")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="QuadClass")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO-3 of place or actor")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the sentence or names")] = None,
    directed: Annotated[bool, Query(description="Source and target as given")] = True,
) -> query.EventFilter:
    return query.EventFilter(since=since, until=until, source=source, target=target, actor=actor,
                             code=code, root=root, quad=quad, country=country, q=q,
                             directed=directed)


Filters = Annotated[query.EventFilter, Depends(filters)]


class Reader:
    """Runs one request's queries on a cursor of its own, interrupting them once they
    have run ``timeout`` seconds (then the request is answered 503)."""

    def __init__(self, store: Store, timeout: float) -> None:
        self.store, self.timeout = store, timeout

    def __call__(self, ask, *args, **kwargs):
        cur = self.store.cursor()
        done, expired, lock = threading.Event(), threading.Event(), threading.Lock()

        def interrupt() -> None:
            expired.set()
            # again and again: DuckDB forgets an interrupt that falls between two queries
            while True:
                with lock:
                    if done.is_set():
                        return
                    with contextlib.suppress(duckdb.Error):
                        cur.interrupt()
                done.wait(0.05)

        timer = threading.Timer(self.timeout, interrupt)
        timer.daemon = True
        timer.start()
        try:
            return ask(cur, *args, **kwargs)
        except duckdb.InterruptException:
            if not expired.is_set():
                raise
            raise HTTPException(503, f"the query ran longer than {self.timeout:g} s and was "
                                     "stopped; narrow the filters and try again") from None
        finally:
            with lock:
                done.set()
            timer.cancel()
            cur.close()


def reader(request: Request) -> Reader:
    return Reader(request.app.state.store, request.app.state.query_timeout)


Read = Annotated[Reader, Depends(reader)]


# -- request and response bodies (they make the OpenAPI document) -------------


class Open(BaseModel):
    """A response object: the fields below, and any the store adds later."""

    model_config = ConfigDict(extra="allow")


class Problem(BaseModel):
    detail: str


def _unicode(value):
    """A lone surrogate ("\\ud800" in JSON) is no text: it can be neither coded nor
    sent back."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("not valid Unicode text (it holds a lone surrogate)") from None
    return value


Text = Annotated[str, AfterValidator(_unicode)]


def _safe_error(error: dict) -> dict:
    """A validation error without the value that caused it, its strings printable."""
    loc = [part if isinstance(part, int) else visible(part)[:100]
           for part in error.get("loc", ())]
    return {"type": str(error.get("type", "value_error")), "loc": loc,
            "msg": visible(error.get("msg", "invalid value"))[:300]}


def _coder_like(coder):
    """A new coder made as ``coder`` was (for the pool's other workers)."""
    kwargs = {k: getattr(coder, k) for k in ("use_parser", "actors", "use_ner", "keep_unknown")
              if hasattr(coder, k)}
    try:
        return type(coder)(**kwargs)
    except TypeError:
        return type(coder)()


class CodeRequest(BaseModel):
    text: Text = Field(min_length=1, max_length=MAX_TEXT)
    lang: str = Field(default="auto", pattern=r"^(auto|id|en)$")
    published: Day | None = None


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text = Field(min_length=1, max_length=MAX_TEXT)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://\S+$",
                            description="The article's URL (its identity when given)")
    title: Text | None = Field(default=None, max_length=1000)
    published: Day | None = Field(default=None, description="Publication day (YYYY-MM-DD)")
    lang: str = Field(default="auto", pattern=r"^(auto|id|en)$")
    source: Text | None = Field(default=None, max_length=200,
                               description="The publisher; by default the URL's host")


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_ARTICLES)


class IngestSummary(BaseModel):
    read: int = Field(description="Articles posted")
    stored: int = Field(description="New articles stored")
    known: int = Field(description="Articles the store had already (or posted twice)")
    skipped: int = Field(description="Articles that could not be coded")
    events: int = Field(description="Event mentions stored")
    errors: list[str] = Field(description="Why each skipped article was skipped")


class Place(Open):
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    kind: str | None = None


class Event(Open):
    id: str = Field(description="global_event_id as a string (beyond a JS number's range)")
    global_event_id: int
    date: str | None = Field(None, description="As precise as the text: 2020-12-29, 2020-12")
    date_precision: str | None = None
    day: str | None = Field(None, description="The date's first day (YYYY-MM-DD)")
    source: str | None = None
    source_name: str | None = None
    target: str | None = None
    target_name: str | None = None
    code: str | None = None
    code_name: str = ""
    root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    plover_mode: str | None = None
    place: Place | None = None
    is_root_event: bool | None = None
    num_mentions: int | None = None
    num_sources: int | None = None
    num_articles: int | None = None
    source_url: str | None = None
    date_added: str | None = None
    sentence: str | None = Field(None, description="The sentence of its earliest mention")
    trigger_text: str | None = None


class EventsPage(Open):
    total: int
    limit: int
    offset: int
    events: list[Event]


Span = list[int] | None


class Mention(Open):
    article_id: str
    url: str | None = None
    title: str | None = None
    site: str | None = None
    origin: str | None = None
    published: str | None = None
    sentence: int | None = None
    sentence_text: str | None = None
    source: str | None = None
    target: str | None = None
    code: str | None = None
    trigger_text: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    date_text: str | None = None
    place_text: str | None = None
    rule: str | None = None
    notes: list[str] = []
    spans: dict[str, Span] = Field(description="Offsets in the article")
    in_sentence: dict[str, Span] = Field(description="Offsets in the sentence")


class EventDetail(Event):
    mentions: list[Mention]


class Period(Open):
    period: str
    events: int
    mentions: int | None = None
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    goldstein_sum: float | None = None
    goldstein_mean: float | None = None


class Series(Open):
    a: str | None
    b: str | None
    interval: str
    series: list[Period]


class Dyad(Open):
    source: str
    target: str
    events: int
    goldstein_mean: float | None = None
    source_name: str | None = None
    target_name: str | None = None


class Actor(Open):
    code: str
    name: str | None = None
    events: int
    as_source: int
    as_target: int


class PlaceCount(Open):
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    events: int
    goldstein_mean: float | None = None


class Stats(Open):
    articles: int
    sentences: int
    mentions: int
    events: int
    errors: int
    first_day: str | None = None
    last_day: str | None = None
    version: str
    watching: dict[str, Any] | None = None


class Coded(Open):
    events: list[dict[str, Any]]


def problem(description: str) -> dict:
    return {"model": Problem, "description": description}


SLOW = {503: problem("The query ran past the time limit")}
BODY = {400: problem("The body cannot be read as JSON (e.g. it is not UTF-8)"),
        413: problem("The body is over its size limit")}
BEARER = HTTPBearer(auto_error=False, description=f"The server's {TOKEN_ENV}")


# -- the guard: body limits, the /ingest gate, security headers ---------------


class Guard:
    """ASGI middleware: refuses bodies over their limit (by Content-Length, and by what
    arrives), refuses POST /ingest without the right token before reading its body,
    and puts the security headers on every response, a 500 included."""

    def __init__(self, app, refuse_ingest) -> None:
        self.app = app
        self.refuse_ingest = refuse_ingest

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        policy = DOCS_CSP if scope["path"] in DOCS_PAGES else None

        async def send_safe(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                if policy:
                    headers["Content-Security-Policy"] = policy
                for k, v in SECURITY_HEADERS.items():
                    if k not in headers:
                        headers[k] = v
            await send(message)

        async def answer(status: int, detail: str, headers: dict | None = None) -> None:
            await JSONResponse({"detail": detail}, status, headers)(scope, receive, send_safe)

        ingesting = scope["path"].rstrip("/") == "/ingest"
        limit = MAX_INGEST_BODY if ingesting else MAX_BODY
        headers = Headers(scope=scope)
        size = headers.get("content-length")
        if size is not None and (not size.isdigit() or int(size) > limit):
            await answer(413, f"request body over {limit} bytes")
            return
        if ingesting and scope["method"] == "POST":
            refused = self.refuse_ingest(headers.get("authorization"))
            if refused:
                await answer(*refused)
                return
        received = 0

        async def receive_counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, f"request body over {limit} bytes")
            return message

        try:
            await self.app(scope, receive_counted, send_safe)
        except Exception:
            if not started:
                await answer(500, "internal server error")
            raise


class SharedCoder:
    """The app's one Coder for another thread: each call holds the coder's lock."""

    def __init__(self, get, lock) -> None:
        self._get, self._lock = get, lock

    def __getattr__(self, name: str):
        attr = getattr(self._get(), name)
        if not callable(attr):
            return attr

        def locked(*args, **kwargs):
            with self._lock:
                return attr(*args, **kwargs)

        return locked


def locked_twin(store: Store, lock) -> Store:
    """A twin of ``store`` whose writing transactions hold ``lock``."""
    twin = store.twin()

    def holding(write):
        def locked(*args, **kwargs):
            with lock:
                return write(*args, **kwargs)

        return locked

    twin.add_tables = holding(twin.add_tables)
    twin.add_errors = holding(twin.add_errors)
    return twin


class Writers:
    """What the watcher is started on: the store, whose twins write under the lock."""

    def __init__(self, store: Store, lock) -> None:
        self._store, self._lock = store, lock

    def twin(self) -> Store:
        return locked_twin(self._store, self._lock)

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def create_app(db: str | Path = DEFAULT_DB, writable: bool = False, watcher=None,
               cors: list[str] | None = None, token: str | None = None,
               query_timeout: float = QUERY_TIMEOUT, coder=None,
               code_timeout: float = CODE_TIMEOUT, code_workers: int = CODE_WORKERS) -> FastAPI:
    """The application over the store at ``db``. ``watcher`` (serve --watch) runs
    beside it and writes through the same store. ``token`` (else ``$PERISTIWA_API_TOKEN``)
    opens POST /ingest, which also needs ``writable``; ``query_timeout`` bounds each
    request's SQL, in seconds; ``coder`` is a Coder to use (else one is made when first
    needed); POST /code runs on a pool of ``code_workers`` coders (``coder`` the first,
    the others made like it), ``code_timeout`` seconds at most per request."""
    if token is None:
        token = os.environ.get(TOKEN_ENV)
    secret = token.encode("utf-8") if token else None
    writes = bool(writable or watcher)
    state: dict = {} if coder is None else {"coder": coder}
    coder_lock = threading.Lock()
    write_lock = threading.RLock()  # one writer at a time: /ingest, and the watcher's commits

    def get_coder():
        with coder_lock:
            if "coder" not in state:
                from peristiwa.pipeline import Coder

                state["coder"] = Coder()
            return state["coder"]

    def refuse_ingest(authorization: str | None) -> tuple | None:
        """Why POST /ingest is refused with this Authorization header (status, detail,
        headers), or None."""
        if secret is None:
            return 403, (f"POST /ingest is off: the server has no API token (set {TOKEN_ENV} "
                         "where it starts)")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
                given.strip().encode("latin-1", "replace"), secret):
            return 401, "a valid token is required: Authorization: Bearer <token>", {
                "WWW-Authenticate": "Bearer"}
        if not writes:
            return 403, "the server is read-only"
        return None

    def new_coder():
        if coder is None:
            from peristiwa.pipeline import Coder

            return Coder()
        return _coder_like(coder)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.coders = CoderPool(new_coder, workers=code_workers, timeout=code_timeout,
                                     first=coder)
        store = Store(db, read_only=not writes)
        app.state.store = store
        app.state.query_timeout = query_timeout
        app.state.write_lock = write_lock
        app.state.writer = locked_twin(store, write_lock) if writes and secret else None
        if watcher:
            watcher.start(Writers(store, write_lock))
        try:
            yield
        finally:
            if watcher:
                watcher.stop()
            if app.state.writer:
                app.state.writer.close()
            store.close()
            app.state.coders.close()

    app = FastAPI(title="peristiwa", version=__version__, lifespan=lifespan,
                  description="Political events (CAMEO/PLOVER) coded from news, with evidence.")
    if cors:
        app.add_middleware(CORSMiddleware, allow_origins=cors, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(Guard, refuse_ingest=refuse_ingest)

    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/events", summary="Events, filtered and paginated (newest first)",
             response_model=EventsPage, responses=SLOW)
    def events(read: Read, f: Filters,
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict:
        return read(query.events, f, limit=limit, offset=offset)

    @app.get("/events/{event_id}", summary="One event with all its mentions and their evidence",
             response_model=EventDetail, responses={404: problem("No such event"), **SLOW})
    def event(read: Read, event_id: Annotated[int, PathParam(ge=0, le=MAX_EVENT_ID)]) -> dict:
        found = read(query.event, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id}")
        return found

    @app.get("/dyads/series", summary="Counts by QuadClass, Goldstein sum and mean, per period",
             response_model=Series, responses=SLOW)
    def dyad_series(read: Read, f: Filters,
                    a: Annotated[str | None, Query(max_length=40, description="Actor code prefix")] = None,
                    b: Annotated[str | None, Query(max_length=40, description="Other actor")] = None,
                    interval: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "day",
                    ) -> dict:
        if a or b:
            f.source, f.target, f.directed = a, b, False
        return {"a": a, "b": b, "interval": interval, "series": read(query.series, f, interval)}

    @app.get("/dyads", summary="Actor pairs with event counts and mean Goldstein",
             response_model=list[Dyad], responses=SLOW)
    def dyads(read: Read, f: Filters,
              limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100) -> list[dict]:
        return read(query.dyads, f, limit)

    @app.get("/actors", summary="The most active actors, with their names",
             response_model=list[Actor], responses=SLOW)
    def actors(read: Read, f: Filters,
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> list[dict]:
        return read(query.actors, f, limit)

    @app.get("/places", summary="Event places with counts and mean Goldstein",
             response_model=list[PlaceCount], responses=SLOW)
    def places(read: Read, f: Filters,
               limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> list[dict]:
        return read(query.places, f, limit)

    @app.get("/stats", summary="What the store holds", response_model=Stats, responses=SLOW)
    def stats(read: Read) -> dict:
        out = read(query.stats)
        out["version"] = __version__
        out["watching"] = watcher.status() if watcher else None
        return out

    @app.post("/code", summary="Code posted text and return its events (nothing is stored)",
              response_model=Coded, responses={
                  **BODY, 503: problem("Coding ran past its time limit, or every coder "
                                       "stayed busy")})
    async def code(request: Request, body: CodeRequest) -> dict:
        from peristiwa.errors import PeristiwaError

        pool: CoderPool = request.app.state.coders
        try:
            events = await pool.run("code_text", body.text, body.lang, body.published)
        except PeristiwaError as exc:
            # the shape of every other 422, so a client reads one kind of error
            raise RequestValidationError([{"loc": ("body", "text"), "msg": str(exc),
                                           "type": "value_error"}]) from None
        except TimedOut:
            raise HTTPException(503, f"coding ran longer than {pool.timeout:g} s and was "
                                     "stopped; send a shorter text") from None
        except Busy:
            raise HTTPException(503, "every coder is busy; try again later",
                                headers={"Retry-After": "10"}) from None
        return {"events": [e.to_dict() for e in events]}

    @app.exception_handler(RequestValidationError)
    async def invalid_body(request: Request, exc: RequestValidationError) -> JSONResponse:
        """422 with each problem's place and message, never the value sent back: a
        value may be what JSON cannot carry (NaN, Infinity, a lone surrogate)."""
        return JSONResponse({"detail": [_safe_error(e) for e in exc.errors()]}, 422)

    def authorised(request: Request,
                   _: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)]) -> None:
        refused = refuse_ingest(request.headers.get("authorization"))
        if refused:
            raise HTTPException(*refused)

    @app.post("/ingest", summary="Code posted articles and store them (needs the API token)",
              response_model=IngestSummary, dependencies=[Depends(authorised)],
              responses={401: problem("No token or a wrong one"),
                         403: problem("Ingesting is off, or the server is read-only"),
                         **BODY,
                         503: problem("Another ingest is running")})
    def ingest_articles(body: IngestRequest) -> IngestSummary:
        from peristiwa.ingest.run import ingest
        from peristiwa.records import Article

        items = [Article(text=a.text, url=a.url, title=a.title, published=a.published,
                         lang=None if a.lang == "auto" else a.lang, source=a.source,
                         origin=a.url or f"POST /ingest [{i}]")
                 for i, a in enumerate(body.articles)]
        if not write_lock.acquire(timeout=WRITE_WAIT):
            raise HTTPException(503, "another ingest is running; try again later",
                                headers={"Retry-After": "10"})
        try:
            done = ingest(items, app.state.writer, SharedCoder(get_coder, coder_lock))
        finally:
            write_lock.release()
        return IngestSummary(read=done.read, stored=done.stored, known=done.known,
                             skipped=done.skipped, events=done.events,
                             errors=[str(e) for e in done.errors])

    return app
