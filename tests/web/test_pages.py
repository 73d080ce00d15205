"""The web pages (issue #6): each renders its content server-side, bundles every asset."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.api.test_api import KABAR, fill_store
from warta.api import create_app
from warta.api.params import EVENT_STATUSES
from warta.config import Settings


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, dict[str, str]]]:
    db = tmp_path_factory.mktemp("web") / "warta.db"
    ids = fill_store(db)
    with TestClient(create_app(Settings(db=str(db)))) as client:
        yield client, ids


@pytest.fixture
def client(site: tuple[TestClient, dict[str, str]]) -> TestClient:
    return site[0]


def _pages(ids: dict[str, str]) -> list[str]:
    return [
        "/",
        "/articles",
        "/articles?q=Myanmar",
        f"/articles/{ids[KABAR]}",
        "/events",
        "/events?status=planned&since=2024-04",
        "/actors/idn-menlu",
        "/map",
    ]


class _Links(HTMLParser):
    """Collect every src and href in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [value or "" for name, value in attrs if name in ("src", "href")]


def _links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return parser.urls


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", ["Latest articles", KABAR, "Events by status", "Most active country pairs",
               ">IDN</a>", "CONSULT", "Stories"]),
        ("/articles?q=Myanmar", ["1 article match", KABAR]),
        ("/articles?q=zzzz", ["0 articles match"]),
        ("/events?status=planned", ["2 events on this page", "Vientiane", "Geneva",
                                    "status=planned&amp;format=csv"]),
        ("/events?country=MMR", ["1 event on this page", "AGREE", "Myanmar"]),
        ("/actors/idn-menlu", ["Menteri Luar Negeri Indonesia", "<svg class=\"network\"",
                               "ASEAN", "id=\"score-data\"", "2024-03", "2024-04"]),
        ("/map", ["<svg class=\"map\"", "<title>Vientiane (LAO): 1 event, planned</title>",
                  "Geneva (CHE): 2 events, occurred, planned"]),
    ],
)  # fmt: skip
def test_page_renders_its_content(client: TestClient, path: str, expected: list[str]) -> None:
    answer = client.get(path)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in answer.text


def test_article_page_highlights_events_by_status(
    client: TestClient, site: tuple[TestClient, dict[str, str]]
) -> None:
    html = client.get(f"/articles/{site[1][KABAR]}").text
    planned = re.search(r'<span class="event status-planned"[^>]*>([^<]*)</span>', html)
    assert planned and "Pertemuan lanjutan dijadwalkan" in planned.group(1)
    assert '<span class="event status-occurred' in html
    assert (
        '<span class="event status-occurred mention-actor" title="actor: IDN" '
        'data-events="uji01">Menteri Luar Negeri Indonesia</span>'
    ) in html
    for status in EVENT_STATUSES:  # the legend names every status in its colour
        assert f'<span class="badge status-{status}">{status}</span>' in html
    card = html[html.index('id="event-uji02"') :]
    card = card[: card.index("</div>")]
    sentence = "Pertemuan lanjutan dijadwalkan berlangsung di Vientiane bulan depan."
    expected = ["CONSULT", "meet", "IDN", "ASEAN", "2024-04", "month precision", "from text",
                "Vientiane", "juru bicara kementerian", "(official)", "0.8", sentence]  # fmt: skip
    for text in expected:
        assert text in card


def test_pages_answer_json_from_the_same_dict(
    client: TestClient, site: tuple[TestClient, dict[str, str]]
) -> None:
    article_id = site[1][KABAR]
    page = client.get(f"/articles/{article_id}?format=json").json()
    api = client.get(f"/api/articles/{article_id}").json()
    assert page["article"] == api["article"] and page["mentions"] == api["mentions"]
    assert [e["event_id"] for e in page["events"]] == ["uji01", "uji03", "uji02"]  # text order
    assert page["paragraphs"][-1][-1]["markers"] == []
    events = client.get("/events?format=json&status=planned").json()
    assert events["events"] == client.get("/api/events?status=planned").json()["events"]
    assert events["export"]["jsonl"] == "/api/events?status=planned&format=jsonl"
    assert client.get("/?format=json").json()["by_type"][0] == {
        "type": "CONSULT", "events": 4, "mean_score": 1.0
    }  # fmt: skip


def test_every_asset_and_link_is_local(
    client: TestClient, site: tuple[TestClient, dict[str, str]]
) -> None:
    for path in _pages(site[1]):
        html = client.get(path).text
        for url in _links(html):
            assert not re.match(r"^(https?:)?//", url), f"{path} links outside: {url}"
            if url.startswith("/static/"):
                assert client.get(url).status_code == 200, f"{path}: missing asset {url}"
        assert "cdn" not in html.lower()


def test_pages_are_readable_without_javascript(
    client: TestClient, site: tuple[TestClient, dict[str, str]]
) -> None:
    html = client.get(f"/articles/{site[1][KABAR]}").text
    text = re.sub(r"<script.*?</script>|<[^>]+>", "", html, flags=re.S)
    assert "Pertemuan yang berlangsung selama tiga jam itu" in text
    assert "Menteri Luar Negeri Indonesia membahas krisis" in text


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/articles/0000ffff", 404, "no article with id"),
        ("/actors/nobody", 404, "no events involve actor"),
        ("/events?status=rumoured", 422, "allowed: occurred, planned"),
        ("/articles?since=soon", 422, "parameter &#39;since&#39;"),
    ],
)
def test_errors_are_pages_with_a_message(
    client: TestClient, path: str, status: int, message: str
) -> None:
    answer = client.get(path)
    assert answer.status_code == status and answer.headers["content-type"].startswith("text/html")
    assert message in answer.text


def test_world_outline_is_bundled_with_its_source() -> None:
    static = Path(__file__).resolve().parents[2] / "warta" / "web" / "static"
    svg = (static / "world.svg").read_text(encoding="utf-8")
    assert "Natural Earth" in svg.splitlines()[0] and svg.count("<path") > 150
    assert (static / "vendor" / "uPlot.LICENSE.txt").read_text().startswith("The MIT License")
