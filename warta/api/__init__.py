"""Warta's REST API and web UI in one FastAPI app (issue #6): `create_app(settings)`.

Routes are thin: they check parameters (`params`), call one view (`views`) that reads the
store, and return its dict as JSON (`routes`) or render it as a page (`warta.web`).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from warta import __version__
from warta.config import Settings
from warta.errors import InvalidParameter, NotFound, WartaError


def create_app(settings: Settings) -> FastAPI:
    """Return the app serving /api/, the pages and their bundled static files."""
    from warta import web
    from warta.api.routes import router

    app = FastAPI(
        title="Warta",
        version=__version__,
        description="News articles in, an auditable database of political events out.",
        # The interactive docs pages load scripts from a CDN; /openapi.json stays (issue #6).
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.include_router(router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.STATIC), name="static")

    @app.exception_handler(WartaError)
    async def warta_error(request: Request, exc: WartaError) -> Response:
        status = 400
        if isinstance(exc, NotFound):
            status = 404
        elif isinstance(exc, InvalidParameter):
            status = 422
        return _error(request, status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"parameter {'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]!r}: {e['msg']}"
            for e in exc.errors()
        )
        return _error(request, 422, problems)

    return app


def _error(request: Request, status: int, message: str) -> Response:
    """Answer JSON under /api/ (or with ?format=json) and an HTML page elsewhere."""
    wants_json = request.url.path.startswith("/api/") or request.query_params.get("format")
    if wants_json:
        return JSONResponse({"detail": message}, status_code=status)
    from warta import web

    return web.error_page(request, status, message)


__all__ = ["create_app"]
