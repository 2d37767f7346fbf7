"""The JSON API: editions, categories, stories, articles, sources and search; admin actions need the token."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.exc import SQLAlchemyError

from topline.errors import ToplineError
from topline.records import CategoryPage, Edition
from topline.web import schemas
from topline.web.search import FIRST_DATE, LAST_DATE, Filters, date_in_range, search
from topline.web.security import require_admin

router = APIRouter(prefix="/api", tags=["api"])
NOT_FOUND = {404: {"model": schemas.Message, "description": "Not found"}}
ADMIN = {401: {"model": schemas.Message, "description": "Admin token missing or wrong"},
         403: {"model": schemas.Message, "description": "Admin actions disabled (no token configured)"}}


def store_of(request: Request):  # noqa: ANN201
    return request.app.state.store


def _edition_data(request: Request, date: dt.date) -> dict:
    data = request.app.state.editions.get_data(date)
    if data is None:
        raise HTTPException(404, f"no edition for {date.isoformat()}")
    return data


def _summary(date: dt.date, data: dict) -> dict:
    m = data.get("manifest") or {}
    return {"date": date, "title": data.get("title", "Topline"), "generated_at": data.get("generated_at"),
            "articles": int(m.get("articles", 0) or 0), "stories": int(m.get("stories", 0) or 0),
            "categories": [{"name": p.get("name", ""), "slug": p.get("slug", "")} for p in data.get("categories", ())],
            "html": f"/editions/{date.isoformat()}/index.html"}


@router.get("/editions", response_model=list[schemas.EditionSummary], summary="Every stored edition, newest first")
def list_editions(request: Request) -> list[dict]:
    cache = request.app.state.editions
    return [_summary(d, cache.get_data(d) or {}) for d in cache.dates()]


@router.get("/editions/{date}", responses={200: {"model": Edition}, **NOT_FOUND},
            summary="One edition, as `topline brief --format json` writes it")
def get_edition(request: Request, date: dt.date) -> JSONResponse:
    return JSONResponse(_edition_data(request, date))


@router.get("/editions/{date}/categories", response_model=list[schemas.CategoryRef], responses=NOT_FOUND,
            summary="The category pages of an edition")
def list_categories(request: Request, date: dt.date) -> list[dict]:
    return [{"name": p.get("name", ""), "slug": p.get("slug", "")}
            for p in _edition_data(request, date).get("categories", ())]


@router.get("/editions/{date}/categories/{slug}", responses={200: {"model": CategoryPage}, **NOT_FOUND},
            summary="One category page of an edition")
def get_category(request: Request, date: dt.date, slug: str) -> JSONResponse:
    for p in _edition_data(request, date).get("categories", ()):
        if p.get("slug") == slug:
            return JSONResponse(p)
    raise HTTPException(404, f"no category {slug!r} in the edition of {date.isoformat()}")


@router.get("/editions/{date}/events", responses=NOT_FOUND,
            summary="The edition's event ledger: typed events (every field with its sentence, article and outlet; "
                    "values outlets disagree on kept per outlet), running totals per category, watch items")
def get_events(request: Request, date: dt.date) -> JSONResponse:
    from topline.events.ledger import report
    _edition_data(request, date)
    return JSONResponse(report(store_of(request), date))


@router.get("/watch", summary="Watch items: forward-looking statements and what happened to them (status: open, "
                              "happened, overdue, superseded; category: a category name)")
def list_watch(request: Request, status: Annotated[str | None, Query(max_length=16)] = None,
               category: Annotated[str | None, Query(max_length=256)] = None) -> JSONResponse:
    from topline.records import to_dict
    items = [w for w in store_of(request).events.all_watch()
             if (status is None or w.status == status) and (category is None or w.category == category)]
    return JSONResponse(to_dict(items))


@router.get("/editions/{date}/stories", response_model=list[schemas.RankedStoryRow], responses=NOT_FOUND,
            summary="Every story the edition ranked, best first, with the factors of its score")
def list_ranked(request: Request, date: dt.date) -> list[dict]:
    _edition_data(request, date)
    return store_of(request).editions.ranked_stories(date)


def _article(a, story_id: str | None = None, full: bool = False) -> dict:  # noqa: ANN001
    return {"id": a.id, "url": a.url, "published_url": a.original_url or a.url, "title": a.title, "source": a.source, "published": a.published,
            "published_missing": a.published_missing, "language": a.language, "author": a.author,
            "summary": a.summary, "text": a.text if full else None, "story_id": story_id}


@router.get("/stories/{story_id}", response_model=schemas.StoryOut, responses=NOT_FOUND,
            summary="A story: its articles and every edition that ranked it")
def get_story(request: Request, story_id: str) -> dict:
    store = store_of(request)
    st = store.stories.get(story_id)
    if st is None:
        raise HTTPException(404, f"no story {story_id!r}")
    arts = store.articles.by_ids(list(st.article_ids))
    return {"id": st.id, "title": st.title, "phase": st.phase, "first_seen": st.first_seen,
            "last_seen": st.last_seen, "outlets": list(st.outlets), "article_count": len(st.article_ids),
            "articles": [_article(a, st.id) for a in arts], "history": store.editions.story_history(st.id)}


@router.get("/articles/{article_id}", response_model=schemas.ArticleOut, responses=NOT_FOUND,
            summary="One stored article, with its full text")
def get_article(request: Request, article_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict:
    store = store_of(request)
    a = store.articles.get(article_id)
    if a is None:
        raise HTTPException(404, f"no article {article_id}")
    return _article(a, store.stories.story_of([a.id]).get(a.id), full=True)


@router.get("/sources", response_model=list[schemas.SourceOut], summary="Subscribed sources and their fetch state")
def list_sources(request: Request) -> list[dict]:
    return [{"id": s.id, "url": s.url, "name": s.name, "kind": s.kind, "last_fetched": s.last_fetched,
             "last_reason": s.last_reason, "ok_count": s.ok_count, "fail_count": s.fail_count,
             "last_success": s.last_success, "consecutive_failures": s.consecutive_failures,
             "next_poll": s.next_poll, "paused": s.paused}
            for s in store_of(request).sources.list()]


@router.post("/sources", response_model=schemas.SourceOut, status_code=201,
             responses={**ADMIN, 200: {"model": schemas.SourceOut, "description": "Already subscribed"}},
             dependencies=[Depends(require_admin)], summary="Subscribe to a source (admin)")
def add_source(request: Request, body: schemas.SourceIn, response: Response) -> dict:
    src, created = store_of(request).sources.add(body.url, body.name, body.kind)
    if not created:
        response.status_code = 200
    return {"id": src.id, "url": src.url, "name": src.name, "kind": src.kind, "last_fetched": src.last_fetched,
            "last_reason": src.last_reason, "ok_count": src.ok_count, "fail_count": src.fail_count}


@router.delete("/sources/{source_id}", status_code=204, responses={**ADMIN, **NOT_FOUND},
               dependencies=[Depends(require_admin)], summary="Unsubscribe from a source (admin)")
def remove_source(request: Request, source_id: Annotated[int, Path(ge=1, le=2**62)]) -> Response:
    if not store_of(request).sources.remove(str(source_id)):
        raise HTTPException(404, f"no source {source_id}")
    return Response(status_code=204)


@router.post("/editions/{date}/build", response_model=schemas.BuildOut,
             responses={**ADMIN, 409: {"model": schemas.Message, "description": "The edition could not be built"},
                        422: {"model": schemas.Message, "description": "Not a date"}},
             dependencies=[Depends(require_admin)], summary="Build (or rebuild) the edition of a date now (admin)")
def build(request: Request, date: dt.date) -> dict:
    from topline import operate
    from topline.store.runs import RunBusy
    if not date_in_range(date):
        raise HTTPException(409, f"editions can be built for dates from {FIRST_DATE} to {LAST_DATE}")
    settings = request.app.state.settings
    try:   # the same function as `topline run`, under the same lock, recorded in the same runs table
        report = operate.run(store_of(request), settings, date, steps=operate.BUILD_STEPS, command="build",
                             force=True)
    except (RunBusy, ToplineError, SQLAlchemyError) as exc:
        raise HTTPException(409, f"cannot build the edition of {date.isoformat()}: {exc}") from None
    if report.status != "done" or report.edition is None:
        raise HTTPException(409, f"cannot build the edition of {date.isoformat()}: {report.error}")
    result = report.edition
    request.app.state.editions.invalidate()
    request.app.state.pages.clear()
    e = result.edition
    return {"date": e.date, "categories": [c.slug for c in e.categories], "articles": e.manifest.articles,
            "stories": e.manifest.stories, "seconds": e.manifest.seconds}


@router.get("/search", response_model=schemas.SearchOut, summary="Full-text search across briefings and articles",
            responses={422: {"model": schemas.Message, "description": "Invalid parameters"}})
def api_search(request: Request, q: Annotated[str, Query(max_length=200)] = "",
               category: Annotated[str, Query(max_length=200)] = "",
               outlet: Annotated[str, Query(max_length=200)] = "",
               date: dt.date | None = None, entity: Annotated[str, Query(max_length=200)] = "",
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict:
    return search(store_of(request), q, Filters(category=category.strip(), outlet=outlet.strip(), date=date,
                                                entity=entity.strip()), limit, request.app.state.editions)
