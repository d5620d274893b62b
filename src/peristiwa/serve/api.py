"""The HTTP API (FastAPI; its OpenAPI document is at /openapi.json, docs at /docs).

    GET  /events            events, filtered and paginated
    GET  /events/{id}       one event with every mention and its evidence
    GET  /dyads/series      counts by QuadClass and Goldstein per day/week/month
    GET  /dyads             actor pairs (the network), GET /actors, GET /places
    GET  /stats             what the store holds
    POST /code              code posted text; nothing is stored
    GET  /                  the dashboard (assets served from the package)

The store is opened read-only unless the server takes in news itself
(``peristiwa serve --watch``); each request reads through its own cursor.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from peristiwa import __version__
from peristiwa.store import query
from peristiwa.store.db import DEFAULT_DB, Store

STATIC = Path(__file__).parent / "static"
MAX_LIMIT = 500
MAX_BODY = 1_000_000  # bytes a request body may have
MAX_TEXT = 200_000  # characters POST /code takes

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; "
                                "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"),
}


def filters(
    since: Annotated[date | None, Query(description="First event day (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="Last event day (YYYY-MM-DD)")] = None,
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


def cursor(request: Request):
    """A cursor of the app's store for one request."""
    cur = request.app.state.store.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cursor = Annotated[object, Depends(cursor)]


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    lang: str = Field(default="auto", pattern=r"^(auto|id|en)$")
    published: date | None = None


def create_app(db: str | Path = DEFAULT_DB, writable: bool = False, watcher=None,
               cors: list[str] | None = None) -> FastAPI:
    """The application over the store at ``db``. ``watcher`` (serve --watch) runs
    beside it and writes through the same store."""
    state: dict = {}
    coder_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        store = Store(db, read_only=not (writable or watcher))
        app.state.store = store
        if watcher:
            watcher.start(store)
        try:
            yield
        finally:
            if watcher:
                watcher.stop()
            store.close()

    app = FastAPI(title="peristiwa", version=__version__, lifespan=lifespan,
                  description="Political events (CAMEO/PLOVER) coded from news, with evidence.")
    if cors:
        app.add_middleware(CORSMiddleware, allow_origins=cors, allow_methods=["GET", "POST"])

    @app.middleware("http")
    async def guard(request: Request, call_next):
        size = request.headers.get("content-length")
        if size and (not size.isdigit() or int(size) > MAX_BODY):
            return JSONResponse({"detail": f"request body over {MAX_BODY} bytes"}, status_code=413)
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/events", summary="Events, filtered and paginated (newest first)")
    def events(cur: Cursor, f: Filters,
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> dict:
        return query.events(cur, f, limit=limit, offset=offset)

    @app.get("/events/{event_id}", summary="One event with all its mentions and their evidence")
    def event(cur: Cursor, event_id: int) -> dict:
        found = query.event(cur, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id}")
        return found

    @app.get("/dyads/series", summary="Counts by QuadClass, Goldstein sum and mean, per period")
    def dyad_series(cur: Cursor, f: Filters,
                    a: Annotated[str | None, Query(max_length=40, description="Actor code prefix")] = None,
                    b: Annotated[str | None, Query(max_length=40, description="Other actor")] = None,
                    interval: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "day",
                    ) -> dict:
        if a or b:
            f.source, f.target, f.directed = a, b, False
        return {"a": a, "b": b, "interval": interval, "series": query.series(cur, f, interval)}

    @app.get("/dyads", summary="Actor pairs with event counts and mean Goldstein")
    def dyads(cur: Cursor, f: Filters,
              limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100) -> list[dict]:
        return query.dyads(cur, f, limit)

    @app.get("/actors", summary="The most active actors, with their names")
    def actors(cur: Cursor, f: Filters,
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50) -> list[dict]:
        return query.actors(cur, f, limit)

    @app.get("/places", summary="Event places with counts and mean Goldstein")
    def places(cur: Cursor, f: Filters,
               limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> list[dict]:
        return query.places(cur, f, limit)

    @app.get("/stats", summary="What the store holds")
    def stats(cur: Cursor) -> dict:
        out = query.stats(cur)
        out["version"] = __version__
        out["watching"] = watcher.status() if watcher else None
        return out

    @app.post("/code", summary="Code posted text and return its events (nothing is stored)")
    def code(body: CodeRequest) -> dict:
        from peristiwa.errors import PeristiwaError
        from peristiwa.pipeline import Coder

        with coder_lock:
            if "coder" not in state:
                state["coder"] = Coder()
            try:
                events = state["coder"].code_text(body.text, lang=body.lang,
                                                  published=body.published)
            except PeristiwaError as exc:
                raise HTTPException(422, str(exc)) from None
        return {"events": [e.to_dict() for e in events]}

    return app
