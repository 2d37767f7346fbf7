"""``create_app(settings)``: the FastAPI application behind ``topline serve``."""
from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections import OrderedDict
from contextlib import asynccontextmanager
from typing import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from topline import __version__
from topline.config import Settings
from topline.publish import render
from topline.publish.model import edition_from_dict
from topline.records import Edition
from topline.text import slugify
from topline.web import api, pages
from topline.web.security import RequestLimitsMiddleware, SecurityHeadersMiddleware

CACHE_SECONDS = 2.0   # how long a parsed edition is reused before the store is asked again (another process
                      # may have rebuilt it); 2 s keeps pages fresh and spares a JSON parse per request


class EditionCache:
    """Stored editions (raw dict and records), re-read from the store at most every CACHE_SECONDS."""

    def __init__(self, store, ttl: float = CACHE_SECONDS) -> None:  # noqa: ANN001
        self.store = store
        self.ttl = ttl
        self._lock = threading.Lock()
        self._dates: tuple[float, list[dt.date]] | None = None
        self._items: dict[dt.date, tuple[float, dict | None, Edition | None]] = {}
        self._story_rows: tuple[float, dict[str, dict]] | None = None

    def invalidate(self) -> None:
        with self._lock:
            self._dates = None
            self._items.clear()
            self._story_rows = None

    def dates(self) -> list[dt.date]:
        """Stored edition dates, newest first."""
        now = time.monotonic()
        with self._lock:
            if self._dates and now - self._dates[0] < self.ttl:
                return self._dates[1]
        dates = self.store.editions.dates()
        with self._lock:
            self._dates = (now, dates)
        return dates

    def _load(self, date: dt.date) -> tuple[dict | None, Edition | None]:
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(date)
            if hit and now - hit[0] < self.ttl:
                return hit[1], hit[2]
        data = self.store.editions.get(date)
        ed = edition_from_dict(data) if data else None
        with self._lock:
            self._items[date] = (now, data, ed)
        return data, ed

    def story_rows(self) -> dict[str, dict]:
        """For every ranked story: its latest edition_stories row, with ``categories``, the slugs of every
        category it was ranked under (what search links and filters by)."""
        now = time.monotonic()
        with self._lock:
            if self._story_rows and now - self._story_rows[0] < self.ttl:
                return self._story_rows[1]
        rows: dict[str, dict] = {}
        for d in sorted(self.dates()):
            for r in self.store.editions.ranked_stories(d):
                cats = rows[r["story_id"]]["categories"] if r["story_id"] in rows else set()
                if r.get("category"):
                    cats = cats | {slugify(r["category"])}
                rows[r["story_id"]] = {**r, "categories": cats}
        with self._lock:
            self._story_rows = (now, rows)
        return rows

    def get_data(self, date: dt.date) -> dict | None:
        return self._load(date)[0]

    def get(self, date: dt.date) -> Edition | None:
        return self._load(date)[1]


class PageCache:
    """Rendered pages by path, kept CACHE_SECONDS (the same freshness as EditionCache), at most MAX entries."""
    MAX = 512      # pages: a week of editions with their category and story pages

    def __init__(self, ttl: float = CACHE_SECONDS) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._pages: OrderedDict[str, tuple[float, str]] = OrderedDict()

    def get(self, key: str) -> str | None:
        with self._lock:
            hit = self._pages.get(key)
            if hit is None or time.monotonic() - hit[0] >= self.ttl:
                return None
            self._pages.move_to_end(key)
            return hit[1]

    def put(self, key: str, page: str) -> str:
        with self._lock:
            self._pages[key] = (time.monotonic(), page)
            self._pages.move_to_end(key)
            while len(self._pages) > self.MAX:
                self._pages.popitem(last=False)
        return page

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def create_app(settings: Settings, store=None, *, environ: Mapping[str, str] | None = None) -> FastAPI:  # noqa: ANN001
    """The web app over the store of ``settings`` (or ``store``). The admin token is read from the environment
    variable named by ``settings.web.admin_token_env`` now; without one, admin endpoints answer 403."""
    environ = os.environ if environ is None else environ
    own_store = store is None
    if store is None:
        from topline.store import open_store
        store = open_store(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        yield
        if own_store:
            store.close()

    app = FastAPI(title="Topline", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="Strategic intelligence editions: pages, feeds, full-text search and a JSON API. "
                              "Read-only endpoints need no token; admin endpoints need `Authorization: Bearer "
                              f"<token>` with the token from ${settings.web.admin_token_env}.")
    app.state.settings = settings
    app.state.store = store
    app.state.editions = EditionCache(store)
    app.state.pages = PageCache()
    app.state.admin_token = environ.get(settings.web.admin_token_env, "") or ""
    app.add_middleware(RequestLimitsMiddleware)       # inside the headers middleware: its refusals get them too
    app.add_middleware(SecurityHeadersMiddleware)
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        if _wants_html(request):
            return HTMLResponse(render.render_error(exc.status_code, str(exc.detail)), status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):  # noqa: ANN202
        if _wants_html(request):
            return HTMLResponse(render.render_error(422, "That request is not valid."), status_code=422)
        return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)

    return app


def jsonable_errors(exc: RequestValidationError) -> list:
    """Where and why the request is invalid, without echoing the input back (no reflected content)."""
    from fastapi.encoders import jsonable_encoder
    return [{k: jsonable_encoder(e.get(k)) for k in ("loc", "msg", "type")} for e in exc.errors()]
