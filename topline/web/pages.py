"""The reader's pages, served from the store: the same templates and relative links as the static site
(``/editions/`` here is the site root there), plus search."""
from __future__ import annotations

import datetime as dt
import json
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from topline.publish import feeds, markdown, render, views
from topline.publish.site import public_url
from topline.publish.storydata import story_page_view
from topline.records import Edition
from topline.web.search import FIRST_DATE, LAST_DATE, Filters, date_in_range, search

router = APIRouter(tags=["pages"], responses={404: {"description": "No such page (an HTML page says so)",
                                                    "content": {"text/html": {}}}})
HTML = {"response_class": HTMLResponse}
FEED_TYPES = {"rss": "application/rss+xml; charset=utf-8", "atom": "application/atom+xml; charset=utf-8"}
CSS_MAX_AGE = 3600       # seconds browsers may keep the stylesheet


def _cached(request: Request, render_page) -> HTMLResponse:  # noqa: ANN001
    """The page at this path from the page cache, else rendered by ``render_page()`` (None: not found)."""
    key = request.url.path
    page = request.app.state.pages.get(key)
    if page is None:
        page = render_page()
        if page is None:
            return _not_found("No such page")
        request.app.state.pages.put(key, page)
    return HTMLResponse(page)


def _not_found(message: str) -> HTMLResponse:
    return HTMLResponse(render.render_error(404, message), status_code=404)


def _edition(request: Request, date: str) -> Edition | None:
    try:
        d = dt.date.fromisoformat(date)
    except ValueError:
        return None
    return request.app.state.editions.get(d)


def _base_url(request: Request) -> str:
    settings = request.app.state.settings
    if getattr(settings.web, "public_url", ""):
        return public_url(settings)
    return str(request.base_url) + "editions/"


@router.get("/", include_in_schema=False)
def home(request: Request) -> RedirectResponse:
    dates = request.app.state.editions.dates()
    target = f"/editions/{dates[0].isoformat()}/index.html" if dates else "/editions/index.html"
    return RedirectResponse(target, status_code=307)


@router.get("/healthz", response_class=PlainTextResponse, summary="Liveness check")
def healthz() -> str:
    return "ok"


@router.get("/editions/", **HTML, summary="Archive of editions (HTML)")
@router.get("/editions/index.html", **HTML, include_in_schema=False)
def archive(request: Request) -> HTMLResponse:
    cache = request.app.state.editions
    entries = views.archive_entries([(d, cache.get(d)) for d in cache.dates()])
    return HTMLResponse(render.render_archive(entries, web=True))


@router.get("/editions/style.css", response_class=PlainTextResponse, include_in_schema=False)
def stylesheet() -> Response:
    return Response(render.stylesheet(), media_type="text/css; charset=utf-8",
                    headers={"Cache-Control": f"public, max-age={CSS_MAX_AGE}"})


@router.get("/editions/favicon.svg", include_in_schema=False)
@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(render.static_file(render.FAVICON), media_type="image/svg+xml",
                    headers={"Cache-Control": f"public, max-age={CSS_MAX_AGE}"})


def _feed(editions: list[Edition], name: str, base: str, self_url: str) -> Response:
    stem, _, kind = name.rpartition(".")
    if kind not in FEED_TYPES or not editions:
        return _not_found("No such feed")
    slug = None if stem == "edition" else stem
    if slug and not any(e.category(slug) for e in editions):
        return _not_found("No such feed")
    return Response(feeds.feed_xml(editions, kind, base, slug, self_url=self_url), media_type=FEED_TYPES[kind])


@router.get("/editions/feeds/{name}", summary="RSS or Atom feed of the latest editions (edition.rss, <slug>.atom...)")
def latest_feed(request: Request, name: str) -> Response:
    cache = request.app.state.editions
    eds = [e for e in (cache.get(d) for d in cache.dates()[:feeds.FEED_EDITIONS]) if e is not None]
    base = _base_url(request)
    return _feed(eds, name, base, f"{base}feeds/{name}")


@router.get("/editions/{date}/", **HTML, summary="An edition's index page (HTML)")
@router.get("/editions/{date}/index.html", **HTML, include_in_schema=False)
def edition_index(request: Request, date: str) -> HTMLResponse:
    ed = _edition(request, date)
    if ed is None:
        return _not_found(f"No edition for {date}")
    dates = tuple(request.app.state.editions.dates())
    return _cached(request, lambda: render.render_index(ed, web=True, dates=dates))


@router.get("/editions/{date}/edition.json", summary="An edition as JSON (same as /api/editions/{date})")
def edition_json(request: Request, date: str) -> Response:
    ed = _edition(request, date)
    if ed is None:
        return _not_found(f"No edition for {date}")
    data = request.app.state.editions.get_data(ed.date)
    return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")


@router.get("/editions/{date}/{name}.md", response_class=PlainTextResponse, summary="A page as Markdown")
def edition_markdown(request: Request, date: str, name: str) -> Response:
    ed = _edition(request, date)
    if ed is None:
        return _not_found(f"No edition for {date}")
    if name == "edition":
        text = markdown.edition_markdown(ed)
    else:
        page = ed.category(name)
        if page is None:
            return _not_found("No such page")
        text = markdown.page_markdown(page, ed)
    return Response(text, media_type="text/markdown; charset=utf-8")


@router.get("/editions/{date}/feeds/{name}", summary="RSS or Atom feed of one edition")
def edition_feed(request: Request, date: str, name: str) -> Response:
    ed = _edition(request, date)
    if ed is None:
        return _not_found(f"No edition for {date}")
    base = _base_url(request)
    return _feed([ed], name, base, f"{base}{ed.date.isoformat()}/feeds/{name}")


@router.get("/editions/{date}/story/{name}.html", **HTML, summary="A story page (HTML)")
def story_page(request: Request, date: str, name: str) -> HTMLResponse:
    ed = _edition(request, date)
    if ed is None:
        return _not_found(f"No edition for {date}")
    store = request.app.state.store

    def page() -> str | None:
        ranked = store.editions.ranked_stories(ed.date)
        ids = views.edition_story_ids(ed) + [r["story_id"] for r in ranked]
        sid = next((s for s in ids if views.story_file(s) == name), None)
        return render.render_story(story_page_view(store, ed, sid, ranked), web=True) if sid else None
    return _cached(request, page)


@router.get("/editions/{date}/{slug}.html", **HTML, summary="A category page (HTML)")
def category_page(request: Request, date: str, slug: str) -> HTMLResponse:
    ed = _edition(request, date)
    if ed is None:
        return _not_found(f"No edition for {date}")
    if ed.category(slug) is None:
        return _not_found("No such category in this edition")
    return _cached(request, lambda: render.render_category(ed, slug, web=True))


def _categories(request: Request) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    cache = request.app.state.editions
    for d in cache.dates():
        ed = cache.get(d)
        for p in ed.categories if ed else ():
            seen.setdefault(p.slug, p.name)
    return sorted(seen.items(), key=lambda x: x[1])


@router.get("/search", **HTML, summary="Search page (HTML)")
def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "",
                category: Annotated[str, Query(max_length=200)] = "",
                outlet: Annotated[str, Query(max_length=200)] = "",
                date: Annotated[str, Query(max_length=10)] = "",
                entity: Annotated[str, Query(max_length=200)] = "") -> HTMLResponse:
    error = ""
    day = None
    if date:
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            error = f"“{date}” is not a date like 2025-07-03."
        if day is not None and not date_in_range(day):
            day, error = None, f"Dates run from {FIRST_DATE} to {LAST_DATE}."
    f = Filters(category=category.strip(), outlet=outlet.strip(), date=day, entity=entity.strip())
    result = search(request.app.state.store, q, f, editions=request.app.state.editions)
    filters = dict(result["filters"], any=f.any)
    if error:
        filters["date"] = date
    return HTMLResponse(render.render_search(query=result["query"], filters=filters, error=error,
                                             briefings=result["briefings"], articles=result["articles"],
                                             categories=_categories(request)))
