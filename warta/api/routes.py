"""The JSON API under /api/: parse the query, call one view, return its dict (issue #6)."""

from __future__ import annotations

import hmac
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from warta.api import params, streams, views
from warta.config import Settings
from warta.errors import InvalidParameter
from warta.pipeline import ingest as run_ingest
from warta.store import ArticleFilters, EventFilters, MentionFilters, Store, open_store

router = APIRouter(prefix="/api", tags=["api"])


def store_for_request(request: Request) -> Iterator[Store]:
    """Open one store connection for this request and close it after."""
    store = open_store(request.app.state.settings.db)
    try:
        yield store
    finally:
        store.close()


def event_query(
    actor: str | None = None,
    country: Annotated[str | None, Query(description="Source or target country")] = None,
    source_country: str | None = None,
    target_country: str | None = None,
    type: Annotated[str | None, Query(description="PLOVER type, e.g. CONSULT")] = None,
    status: Annotated[str | None, Query(description="occurred, planned, denied, ...")] = None,
    since: Annotated[str | None, Query(description="Event date YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(description="Event date YYYY[-MM[-DD]]")] = None,
    lang: str | None = None,
    article_id: str | None = None,
    limit: Annotated[int, Query(description="Page size, 1 to 1000")] = 100,
    cursor: Annotated[str | None, Query(description="next_cursor of the page before")] = None,
) -> EventFilters:
    """Return checked EventFilters from the query string (shared with the /events page)."""
    return params.event_filters(**locals())


def article_query(
    outlet: str | None = None,
    lang: str | None = None,
    since: Annotated[str | None, Query(description="Published on or after")] = None,
    until: Annotated[str | None, Query(description="Published on or before")] = None,
    q: Annotated[str | None, Query(description="Full-text search")] = None,
    limit: int = 50,
    offset: int = 0,
) -> ArticleFilters:
    """Return checked ArticleFilters from the query string (shared with the /articles page)."""
    return params.article_filters(**locals())


def mention_query(
    article_id: str | None = None,
    kind: Annotated[str | None, Query(description="entity, actor or place")] = None,
    country: str | None = None,
    actor_id: str | None = None,
    limit: int = 1000,
) -> MentionFilters:
    """Return checked MentionFilters from the query string."""
    return params.mention_filters(**locals())


StoreDep = Annotated[Store, Depends(store_for_request)]


@router.get("/articles")
def list_articles(
    store: StoreDep, filters: Annotated[ArticleFilters, Depends(article_query)]
) -> dict[str, Any]:
    """List or search articles, newest first (best match first with `q`)."""
    return views.article_list(store, filters)


@router.get("/articles/{article_id}")
def show_article(store: StoreDep, article_id: str) -> dict[str, Any]:
    """Return one article with its mentions and events."""
    return views.article_detail(store, article_id)


@router.get("/events", response_model=None)
def list_events(
    request: Request,
    store: StoreDep,
    filters: Annotated[EventFilters, Depends(event_query)],
    format: Annotated[str | None, Query(description="json (default), csv or jsonl")] = None,
) -> dict[str, Any] | StreamingResponse:
    """Return a page of events, or stream every matching event as CSV or JSON Lines."""
    if format in (None, "", "json"):
        return views.event_list(store, filters)
    if format not in streams.FORMATS:
        allowed = ", ".join(["json", *streams.FORMATS])
        raise InvalidParameter("format", f"unknown value {format!r}; allowed: {allowed}")
    media_type, render = streams.FORMATS[format]
    settings: Settings = request.app.state.settings
    return StreamingResponse(
        render(_events_from_own_store(settings.db, filters)),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="warta-events.{format}"'},
    )


@router.get("/mentions")
def list_mentions(
    store: StoreDep, filters: Annotated[MentionFilters, Depends(mention_query)]
) -> dict[str, Any]:
    """Return entity, actor and place mentions in text order."""
    return {"mentions": store.mentions(filters)}


@router.get("/actors/{actor_id}")
def show_actor(store: StoreDep, actor_id: str) -> dict[str, Any]:
    """Return an actor's events, counterparts, and score per counterpart over time."""
    return views.actor_detail(store, actor_id)


@router.get("/places")
def list_places(
    store: StoreDep, filters: Annotated[EventFilters, Depends(event_query)]
) -> dict[str, Any]:
    """Return place mentions with coordinates and located events grouped by place."""
    return views.places(store, filters)


@router.get("/stats")
def show_stats(store: StoreDep) -> dict[str, Any]:
    """Return event counts by type, status, country pair and month, and article counts."""
    return views.stats(store)


@router.post(
    "/ingest",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {"type": "object", "properties": {"urls": {"type": "array"}}}
                },
                "multipart/form-data": {
                    "schema": {"type": "object", "properties": {"files": {"type": "array"}}}
                },
            }
        }
    },
)
async def ingest(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> dict[str, Any]:
    """Ingest URLs (JSON `{"urls": [...]}`) or uploaded files; needs the bearer token."""
    settings: Settings = request.app.state.settings
    _check_token(settings.token, authorization)
    with tempfile.TemporaryDirectory(prefix="warta-upload-") as folder:
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            inputs = await _save_uploads(request, Path(folder), settings.max_bytes)
        else:
            inputs = _urls(await request.body())
        return await run_in_threadpool(_ingest, inputs, settings, folder)


def _events_from_own_store(db: str, filters: EventFilters) -> Iterator[dict[str, Any]]:
    # A stream outlives the request's own store, so it opens and closes its own.
    store = open_store(db)
    try:
        yield from streams.iter_events(store, filters)
    finally:
        store.close()


def _check_token(expected: str, authorization: str | None) -> None:
    if not expected:
        raise HTTPException(403, "writing is disabled: no token is configured (set WARTA_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), expected):
        raise HTTPException(
            401,
            "missing or wrong token: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )


def _urls(body: bytes) -> list[str]:
    try:
        data = json.loads(body or b"null")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidParameter("body", f"not JSON ({exc})") from exc
    urls = data.get("urls") if isinstance(data, dict) else None
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise InvalidParameter("urls", 'send {"urls": ["https://..."]} or upload files')
    # Only web addresses: a client must not make the server read its own files.
    local = [u for u in urls if not u.startswith(("http://", "https://"))]
    if local:
        raise InvalidParameter("urls", f"{local[0]!r} is not an http(s) URL")
    return urls


async def _save_uploads(request: Request, folder: Path, max_bytes: int) -> list[str]:
    form = await request.form()
    uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
    if not uploads:
        raise InvalidParameter("files", "the form holds no uploaded file")
    paths = []
    for number, upload in enumerate(uploads):
        content = await upload.read(max_bytes + 1)
        if len(content) > max_bytes:
            raise HTTPException(413, f"{upload.filename}: larger than {max_bytes} bytes")
        path = folder / f"{number:03d}-{Path(upload.filename or 'upload').name}"
        path.write_bytes(content)
        paths.append(str(path))
    return paths


def _ingest(inputs: list[str], settings: Settings, folder: str) -> dict[str, Any]:
    errors: list[str] = []
    store = open_store(settings.db)
    try:
        summary = run_ingest(inputs, store=store, settings=settings, on_error=errors.append)
    finally:
        store.close()
    # Name uploads as the client sent them, not by our temporary folder.
    return {
        "ingested": summary.ingested,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "failed": summary.failed,
        "article_ids": summary.article_ids,
        "errors": [line.replace(folder + "/", "") for line in errors],
        "summary": summary.line(),
    }
