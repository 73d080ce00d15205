"""Issue #6's acceptance check in a real browser: the seed article, once ingested, shows
its planned meeting, its denied arms supply and its 2019 meeting in three status colours
with the right dates. Needs ../shared (the seed is never copied in) and Chromium."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.test_ui import CHROMIUM, CHROMIUM_ARGS, _free_port, _shot, sync_api
from tests.conftest import SEED_HTML, needs_seed
from warta.api import create_app
from warta.config import Settings
from warta.pipeline import ingest
from warta.store import open_store

pytestmark = [
    needs_seed,
    pytest.mark.skipif(not CHROMIUM.is_file(), reason="/usr/bin/chromium is missing"),
]
BACKGROUND = "e => getComputedStyle(e).backgroundColor"


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    import uvicorn

    db = tmp_path_factory.mktemp("seed") / "warta.db"
    settings = Settings(db=str(db))
    store = open_store(str(db))
    summary = ingest([str(SEED_HTML)], store=store, settings=settings)
    store.close()
    (article_id,) = summary.article_ids
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=_free_port(), log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    port = server.config.port
    yield f"http://127.0.0.1:{port}", article_id
    server.should_exit = True
    thread.join(timeout=10)


def _card(page: Any, status: str, date: str, words: str) -> Any:
    cards = page.locator(f".event-cards .card.status-{status}", has_text=words)
    matching = [cards.nth(i) for i in range(cards.count()) if date in cards.nth(i).inner_text()]
    assert matching, f"no {status} event card dated {date} mentioning {words!r}"
    return matching[0]


def test_seed_article_shows_three_statuses_in_three_colours(seed_site: tuple[str, str]) -> None:
    base, article_id = seed_site
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/articles/{article_id}")
        planned = _card(page, "planned", "2023-09", "Vladimir Putin")
        denied = _card(page, "denied", "2023-09-05", "Rusia")
        past = _card(page, "occurred", "2019-04", "Vladimir Putin")
        assert "Vladivostok" in past.inner_text()
        colours = {
            page.locator(f".text .event.status-{s}").first.evaluate(BACKGROUND)
            for s in ("planned", "denied", "occurred")
        }
        assert len(colours) == 3
        assert all(card.is_visible() for card in (planned, denied, past))
        _shot(page, "seed-article")
        browser.close()
