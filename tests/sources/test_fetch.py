"""Polite fetching against a local server: errors name the URL, retries, robots, caps."""

from __future__ import annotations

import dataclasses

import pytest

from warta.config import Settings
from warta.errors import BadInput
from warta.sources.fetch import Fetcher


def test_fetch_returns_page_with_charset(settings: Settings, web) -> None:
    with Fetcher(settings) as fetcher:
        response = fetcher.fetch(web.url("/news/id.html"))
    assert response.content_type == "text/html"
    assert response.charset == "utf-8"
    assert b"Menlu RI Bahas Krisis Myanmar" in response.body


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/slow", "timed out"),
        ("/private/page.html", "robots.txt"),
    ],
)
def test_fetch_failure_names_url_and_reason(
    settings: Settings, web, path: str, reason: str
) -> None:
    with Fetcher(settings) as fetcher, pytest.raises(BadInput) as caught:
        fetcher.fetch(web.url(path))
    message = str(caught.value)
    assert message.startswith(web.url(path))
    assert reason in message
    assert "\n" not in message


def test_fetch_retries_a_server_error(settings: Settings, web) -> None:
    with Fetcher(settings) as fetcher:
        response = fetcher.fetch(web.url("/flaky"))
    assert b"Geneva" in response.body
    assert web.hits["/flaky"] == 2


def test_fetch_refuses_gzip_bomb(settings: Settings, web) -> None:
    small = dataclasses.replace(settings, max_bytes=1024 * 1024)
    with Fetcher(small) as fetcher, pytest.raises(BadInput, match="limit"):
        fetcher.fetch(web.url("/bomb"))


def test_fetch_waits_between_requests_to_one_host(settings: Settings, web) -> None:
    slept: list[float] = []
    now = [100.0]
    polite = dataclasses.replace(settings, host_interval=1.0, respect_robots=False)
    with Fetcher(polite, sleep=slept.append, clock=lambda: now[0]) as fetcher:
        fetcher.fetch(web.url("/news/id.html"))
        now[0] += 0.2
        fetcher.fetch(web.url("/news/en.html"))
    assert slept == [pytest.approx(0.8)]


def test_fetch_refuses_other_schemes(settings: Settings) -> None:
    with Fetcher(settings) as fetcher, pytest.raises(BadInput, match="only http and https"):
        fetcher.fetch("ftp://example.org/file")


def test_fetch_sends_warta_user_agent(settings: Settings) -> None:
    with Fetcher(settings) as fetcher:
        assert fetcher._client.headers["User-Agent"].startswith("Warta/")
