"""The web UI in a real browser (issue #6): Debian's chromium driven by Playwright.

Skipped when Playwright or /usr/bin/chromium is missing; CI installs both. A real uvicorn
server runs on 127.0.0.1; every request the browser makes must stay on it.
"""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.test_api import KABAR, fill_store
from warta.api import create_app
from warta.config import Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install playwright)"
)
pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(), reason="/usr/bin/chromium is missing (apt-get install -y chromium)"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """Serve a filled store with uvicorn on 127.0.0.1 in a thread; yield (base URL, ids)."""
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "warta.db"
    ids = fill_store(db)
    port = _free_port()
    config = uvicorn.Config(
        create_app(Settings(db=str(db))), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start within 10 s"
    yield f"http://127.0.0.1:{port}", ids
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, site: tuple[str, dict[str, str]]) -> Iterator[Any]:
    """A fresh page whose requests are all recorded; any leaving 127.0.0.1 fails the test."""
    base = site[0]
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    outside: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(base + "/") or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert outside == [], f"requests left 127.0.0.1: {outside}"
    assert errors == [], f"JavaScript errors: {errors}"


def _shot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_overview_shows_articles_and_counts(page: Any, site: tuple[str, dict[str, str]]) -> None:
    page.goto(site[0] + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.get_by_role("link", name=KABAR).count() == 1
    assert "CONSULT" in page.locator("table.counts").first.inner_text()
    assert page.locator("#dyads tbody tr").count() >= 2
    _shot(page, "overview")


def test_search_then_open_the_article(page: Any, site: tuple[str, dict[str, str]]) -> None:
    page.goto(site[0] + "/")
    page.get_by_role("searchbox", name="Search articles").fill("Myanmar")
    page.get_by_role("searchbox", name="Search articles").press("Enter")
    page.wait_for_url("**/articles?q=Myanmar")
    assert "1 article match" in page.locator("#result-count").inner_text()
    _shot(page, "search")
    page.get_by_role("link", name=KABAR).click()
    page.wait_for_url(f"**/articles/{site[1][KABAR]}")
    assert page.locator("h1").inner_text() == KABAR


def test_article_colours_planned_and_occurred_differently(
    page: Any, site: tuple[str, dict[str, str]]
) -> None:
    page.goto(f"{site[0]}/articles/{site[1][KABAR]}")
    background = "e => getComputedStyle(e).backgroundColor"
    planned = page.locator(".text .event.status-planned").first
    occurred = page.locator(".text .event.status-occurred").first
    assert planned.inner_text().startswith("Pertemuan lanjutan dijadwalkan")
    planned_colour, occurred_colour = planned.evaluate(background), occurred.evaluate(background)
    assert planned_colour != occurred_colour
    assert "rgba(0, 0, 0, 0)" not in (planned_colour, occurred_colour)
    legend = page.locator(".legend .badge")
    colours = {legend.nth(i).evaluate(background) for i in range(legend.count())}
    assert legend.count() == 8 and len(colours) == 8  # every status its own colour
    page.locator("a.marker.status-planned").first.click()
    assert page.locator("#event-uji02").is_visible()
    _shot(page, "article")


def test_filter_events_and_export_them(
    page: Any, site: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    page.goto(site[0] + "/events")
    assert page.locator("table.events tbody tr").count() == 6
    page.select_option("select[name=status]", "planned")
    page.locator("#event-filters button[type=submit]").click()
    page.wait_for_url("**/events?*status=planned*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 2
    page.locator("table.events th", has_text="source").click()  # sort by source
    assert page.locator("table.events th[aria-sort]").count() == 1
    _shot(page, "events")
    with page.expect_download() as download_info:
        page.locator("#export-csv").click()
    saved = tmp_path / "events.csv"
    download_info.value.save_as(saved)
    exported = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert sorted(r["event_id"] for r in exported) == ["uji02", "uji05"]
    assert {r["status"] for r in exported} == {"planned"}


def test_actor_page_draws_network_and_chart(page: Any, site: tuple[str, dict[str, str]]) -> None:
    page.goto(site[0] + "/actors/idn-menlu")
    assert page.locator("h1").inner_text() == "Menteri Luar Negeri Indonesia"
    assert page.locator("svg.network circle.node").count() == 1
    page.wait_for_selector("#score-chart canvas")  # uPlot drew the chart
    assert "ASEAN" in page.locator("#score-chart").inner_text()  # the series legend
    _shot(page, "actor")


def test_map_draws_world_and_event_places(page: Any, site: tuple[str, dict[str, str]]) -> None:
    page.goto(site[0] + "/map")
    assert page.locator("svg.map .world path").count() > 150
    places = page.locator("svg.map circle.event-place")
    assert places.count() == 2
    box = page.locator("svg.map").bounding_box()
    assert box and box["width"] > 600
    _shot(page, "map")
