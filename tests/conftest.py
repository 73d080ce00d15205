"""Shared fixtures: a fresh store, fast settings, the seed article and a local web server.

The only fake is the network: `web` serves canned responses from tests/fixtures on
127.0.0.1, never the internet.
"""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from warta.config import Settings
from warta.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_HTML = SHARED / "seed" / "kekhawatiran-jelang-pertemuan-kim-putin.html"
SEED_TEXT = SHARED / "seed" / "kekhawatiran-jelang-pertemuan-kim-putin.txt"
DATA = SHARED / "data"

needs_seed = pytest.mark.skipif(
    not SEED_HTML.is_file(), reason="../shared/seed is absent (the seed article is not copied in)"
)
needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason="../shared/data is absent (gold data is read from there only)"
)


@pytest.fixture
def settings() -> Settings:
    """Settings that keep network tests fast: short timeouts, no politeness delay."""
    return Settings(timeout=0.5, retries=1, backoff=0.01, host_interval=0.0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "warta.db")
    yield store
    store.close()


def page(name: str) -> bytes:
    """Return the bytes of a fixture page."""
    return (FIXTURES / "pages" / name).read_bytes()


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    hits: ClassVar[dict[str, int]] = {}

    def do_GET(self) -> None:
        path = self.path
        self.hits[path] = self.hits.get(path, 0) + 1
        if path == "/slow":
            time.sleep(1.5)
        if path == "/flaky" and self.hits[path] == 1:
            status, headers, body = 500, {}, b"try again"
        else:
            status, headers, body = self.routes.get(path, (404, {}, b"not found"))
        try:
            self.send_response(status)
            for key, value in {"Content-Type": "text/html; charset=utf-8", **headers}.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def web() -> Iterator[_Web]:
    """A web server on 127.0.0.1 with news pages, a feed, errors, a slow page and a bomb."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Kabar Uji</title><link>{base}/</link>
<item><title>Menlu RI Bahas Krisis Myanmar</title><link>{base}/news/id.html</link>
<pubDate>Wed, 13 Mar 2024 06:30:00 GMT</pubDate></item>
<item><title>Ministers meet in Geneva</title><link>{base}/news/en.html</link></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>""".encode()
    bomb = gzip.compress(b"<p>" + b"a" * (8 * 1024 * 1024) + b"</p>")
    _Handler.routes = {
        "/robots.txt": (
            200,
            {"Content-Type": "text/plain"},
            b"User-agent: *\nDisallow: /private/\n",
        ),
        "/news/id.html": (200, {}, page("kabar_id.html")),
        "/news/en.html": (200, {}, page("wire_en.html")),
        "/private/page.html": (200, {}, page("kabar_id.html")),
        "/flaky": (200, {}, page("wire_en.html")),
        "/broken": (500, {}, b"server error"),
        "/slow": (200, {}, page("wire_en.html")),
        "/bomb": (200, {"Content-Encoding": "gzip"}, bomb),
        "/feed.xml": (200, {"Content-Type": "application/rss+xml"}, feed),
        "/bad-feed.xml": (200, {"Content-Type": "application/rss+xml"}, b"this is not XML at all"),
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield _Web(base, _Handler.hits)
    server.shutdown()


class _Web:
    def __init__(self, base: str, hits: dict[str, int]) -> None:
        self.base = base
        self.hits = hits

    def url(self, path: str) -> str:
        return f"{self.base}{path}"
