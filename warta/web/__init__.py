"""Warta's pages: server-rendered HTML from the same dicts the API returns (issue #6).

Every page answers `?format=json` with its dict. Assets are bundled under `static/`
(no CDN, nothing fetched from outside the server); JavaScript only sorts tables and
draws the score chart, so the text views read well without it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates

from warta.api import views
from warta.api.routes import StoreDep, article_query, event_query
from warta.records import EVENT_STATUSES, EVENT_TYPES
from warta.store import ArticleFilters, EventFilters
from warta.web import graphics
from warta.web.highlight import mark_up, number_events

HERE = Path(__file__).parent
STATIC = HERE / "static"
templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(include_in_schema=False)
# The query parameters a filtered event selection is carried in (export links, next page).
_EVENT_PARAMS = (
    "actor", "country", "source_country", "target_country", "type", "status", "since", "until",
    "lang", "article_id",
)  # fmt: skip


def render(request: Request, template: str, page: dict[str, Any], status: int = 200) -> Response:
    """Return the page's dict as JSON for `?format=json`, else render it with `template`."""
    if request.query_params.get("format") == "json":
        return JSONResponse(page, status_code=status)
    context = {"page": page, "statuses": EVENT_STATUSES, "types": EVENT_TYPES}
    return templates.TemplateResponse(request, template, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    """Render an error as a page (the API answers JSON instead)."""
    return render(request, "error.html", {"status": status, "detail": message}, status)


@router.get("/")
def overview_page(request: Request, store: StoreDep) -> Response:
    return render(request, "overview.html", views.overview(store))


@router.get("/articles")
def articles_page(
    request: Request, store: StoreDep, filters: Annotated[ArticleFilters, Depends(article_query)]
) -> Response:
    return render(request, "articles.html", views.article_list(store, filters))


@router.get("/articles/{article_id}")
def article_page(request: Request, store: StoreDep, article_id: str) -> Response:
    page = views.article_detail(store, article_id)
    page["events"] = number_events(page["events"])
    page["paragraphs"] = mark_up(page["article"]["text"], page["mentions"], page["events"])
    return render(request, "article.html", page)


@router.get("/events")
def events_page(
    request: Request, store: StoreDep, filters: Annotated[EventFilters, Depends(event_query)]
) -> Response:
    page = views.event_list(store, filters)
    selection = {k: v for k in _EVENT_PARAMS if (v := getattr(filters, k))}
    page["export"] = {
        fmt: f"/api/events?{urlencode({**selection, 'format': fmt})}" for fmt in ("csv", "jsonl")
    }
    page["next_page"] = (
        f"/events?{urlencode({**selection, 'limit': filters.limit, 'cursor': page['next_cursor']})}"
        if page["next_cursor"]
        else None
    )
    return render(request, "events.html", page)


@router.get("/actors/{actor_id}")
def actor_page(request: Request, store: StoreDep, actor_id: str) -> Response:
    page = views.actor_detail(store, actor_id)
    page["network"] = graphics.network(page["actor"], page["counterparts"])
    page["chart"] = graphics.score_chart(page["series"])
    return render(request, "actor.html", page)


@router.get("/map")
def map_page(
    request: Request, store: StoreDep, filters: Annotated[EventFilters, Depends(event_query)]
) -> Response:
    page = views.places(store, filters)
    page["map"] = graphics.map_points(page["event_places"], page["places"])
    if request.query_params.get("format") != "json":
        page["world"] = world_outline()
    return render(request, "map.html", page)


@cache
def world_outline() -> str:
    """Return the bundled world outline's <svg> element (without its source comment)."""
    svg = (STATIC / "world.svg").read_text(encoding="utf-8")
    return re.sub(r"<!--.*?-->\s*", "", svg, flags=re.S)
