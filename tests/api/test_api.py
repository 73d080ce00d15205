"""The REST API (issue #6): every endpoint over a real store, filters, pages, streams, auth."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import FIXTURES
from warta import export
from warta.api import create_app, streams
from warta.config import Settings
from warta.pipeline import ingest
from warta.store import ArticleFilters, open_store

TOKEN = "uji-token-rahasia"
KABAR = "Menlu RI Bahas Krisis Myanmar dengan Mitra ASEAN"
WIRE = "Ministers meet in Geneva over grain shipments"
MENLU = {"text": "Menteri Luar Negeri Indonesia", "actor_id": "idn-menlu",
         "name": "Menteri Luar Negeri Indonesia", "country": "IDN", "sector": "GOV"}  # fmt: skip
ASEAN = {"text": "ASEAN", "actor_id": "asean", "name": "ASEAN", "country": "ASEAN",
         "sector": "IGO"}  # fmt: skip
MYANMAR = {"text": "Myanmar", "actor_id": None, "name": "Myanmar", "country": "MMR",
           "sector": "GOV"}  # fmt: skip
MINISTERS = {"text": "Trade ministers", "actor_id": "trade-ministers", "name": "Trade ministers",
             "country": None, "sector": "GOV"}  # fmt: skip
DELEGATIONS = {"text": "Two delegations", "actor_id": None, "name": "Two delegations",
               "country": None, "sector": "GOV"}  # fmt: skip
VIENTIANE = {"text": "Vientiane", "name": "Vientiane", "country": "LAO", "lat": 17.97,
             "lon": 102.6, "geonameid": 1651944}  # fmt: skip
GENEVA = {"text": "Geneva", "name": "Geneva", "country": "CHE", "lat": 46.2, "lon": 6.15,
          "geonameid": 2660646}  # fmt: skip


def _event(text: str, sentence: str, number: int, **fields: Any) -> dict[str, Any]:
    start = text.index(sentence)
    value, precision = fields.pop("when")
    return {
        "event_id": f"uji{number:02d}",
        "sentence": sentence,
        "span": [start, start + len(sentence)],
        "mode": None,
        "cameo": None,
        "score": None,
        "attribution": None,
        "date": {"value": value, "precision": precision, "text": None, "basis": "text"},
        "location": None,
        "confidence": 0.8,
        "story_id": None,
        "cluster_id": None,
        **fields,
    }


def _analysis(title: str, article_id: str, text: str) -> tuple[list[dict], list[dict]]:
    """Return (mentions, events) we wrote by hand for the two fixture news pages."""
    if title == KABAR:
        first = text.split("\n\n")[0]
        planned = "Pertemuan lanjutan dijadwalkan berlangsung di Vientiane bulan depan."
        agreed = "para menteri sepakat mendorong dialog yang melibatkan semua pihak di Myanmar."
        events = [
            _event(text, first, 1, type="CONSULT", mode="meet", score=1.0, status="occurred",
                   source=MENLU, target=ASEAN, when=("2024-03-13", "day")),
            _event(text, planned, 2, type="CONSULT", mode="meet", score=1.0, status="planned",
                   source=MENLU, target=ASEAN, when=("2024-04", "month"), location=VIENTIANE,
                   attribution={"text": "juru bicara kementerian", "kind": "official"}),
            _event(text, agreed, 3, type="AGREE", score=4.0, status="occurred", source=ASEAN,
                   target=MYANMAR, when=("2024-03-13", "day")),
        ]  # fmt: skip
        places = [("Vientiane", "place", VIENTIANE)]
        actors = [("Menteri Luar Negeri Indonesia", "actor", MENLU), ("ASEAN", "entity", {})]
    elif title == WIRE:
        paragraphs = text.split("\n\n")
        events = [
            _event(text, paragraphs[0], 4, type="CONSULT", status="occurred", score=1.0,
                   source=MINISTERS, target=None, when=("2024-03-04", "day"), location=GENEVA),
            _event(text, paragraphs[2], 5, type="CONSULT", status="planned", score=1.0,
                   source=MINISTERS, target=None, when=("2024-04", "month"), location=GENEVA),
            _event(text, paragraphs[3], 6, type="PROTEST", status="denied", score=-2.0,
                   source=DELEGATIONS, target=None, when=("2024-03-04", "day")),
        ]  # fmt: skip
        places = [("Geneva", "place", GENEVA)]
        actors = [("Trade ministers", "actor", MINISTERS)]
    else:
        return [], []
    mentions = []
    for surface, kind, record in actors + places:
        start = text.index(surface)
        fields = {k: v for k, v in record.items() if k != "text"}
        mentions.append(
            {"kind": kind, "start": start, "end": start + len(surface), "text": surface,
             "label": "ORG" if kind == "entity" else None, **fields}
        )  # fmt: skip
    for event in events:
        event.update(article_id=article_id, lang="id" if title == KABAR else "en")
    return mentions, events


def fill_store(db: Path) -> dict[str, str]:
    """Ingest the fixture pages into `db`, add our events and mentions; return title -> id."""
    store = open_store(str(db))
    try:
        ingest([str(FIXTURES / "pages")], store=store, settings=Settings(db=str(db)))
        ids = {}
        for article in store.articles(ArticleFilters(limit=None)):
            ids[article.title] = article.id
            mentions, events = _analysis(article.title, article.id, article.text)
            store.save_analysis(article.id, mentions=mentions, events=events)
    finally:
        store.close()
    return ids


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("api") / "warta.db"
    return db, fill_store(db)


@pytest.fixture
def client(corpus: tuple[Path, dict[str, str]]) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=str(corpus[0]), token=TOKEN))) as client:
        yield client


@pytest.fixture
def ids(corpus: tuple[Path, dict[str, str]]) -> dict[str, str]:
    return corpus[1]


def _event_ids(answer: dict[str, Any]) -> list[str]:
    return [e["event_id"] for e in answer["events"]]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("", {KABAR, WIRE, "Rapat Dewan Kota Ditunda", "Café di Bandung"}),
        ("lang=en", {WIRE}),
        ("q=Myanmar", {KABAR}),
        ("q=kopi", {"Café di Bandung"}),
        ("outlet=test%20wire", {WIRE}),
        ("since=2024-03-10", {KABAR}),
        ("until=2024-03-10", {WIRE}),
        ("q=Myanmar&lang=en", set()),
    ],
)
def test_articles_filters(client: TestClient, query: str, titles: set[str]) -> None:
    answer = client.get(f"/api/articles?{query}").json()
    assert {a["title"] for a in answer["articles"]} == titles
    assert answer["total"] == len(titles)
    assert all("text" not in a and "excerpt" in a for a in answer["articles"])


def test_articles_limit_and_offset_page_through(client: TestClient) -> None:
    first = client.get("/api/articles?limit=3").json()
    second = client.get("/api/articles?limit=3&offset=3").json()
    assert len(first["articles"]) == 3 and len(second["articles"]) == 1
    assert first["total"] == second["total"] == 4


def test_article_has_text_mentions_and_events(client: TestClient, ids: dict[str, str]) -> None:
    answer = client.get(f"/api/articles/{ids[KABAR]}").json()
    assert answer["article"]["text"].startswith("Menteri Luar Negeri Indonesia membahas")
    assert [m["text"] for m in answer["mentions"]] == [
        "Menteri Luar Negeri Indonesia", "ASEAN", "Vientiane"
    ]  # fmt: skip
    assert _event_ids(answer) == ["uji02", "uji03", "uji01"]
    planned = answer["events"][0]
    assert planned["status"] == "planned" and planned["location"]["name"] == "Vientiane"
    assert planned["outlet"] == "KABAR UJI" and planned["url"]


def test_article_by_unique_prefix(client: TestClient, ids: dict[str, str]) -> None:
    answer = client.get(f"/api/articles/{ids[WIRE][:6]}").json()
    assert answer["article"]["title"] == WIRE


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["uji05", "uji02", "uji03", "uji01", "uji06", "uji04"]),
        ("status=planned", ["uji05", "uji02"]),
        ("status=PLANNED", ["uji05", "uji02"]),
        ("type=agree", ["uji03"]),
        ("country=mmr", ["uji03"]),
        ("source_country=IDN&target_country=ASEAN", ["uji02", "uji01"]),
        ("actor=idn-menlu", ["uji02", "uji01"]),
        ("since=2024-04", ["uji05", "uji02"]),
        ("until=2024-03-04", ["uji06", "uji04"]),
        ("lang=en&status=denied", ["uji06"]),
        ("status=&type=&since=", ["uji05", "uji02", "uji03", "uji01", "uji06", "uji04"]),
    ],
)
def test_events_filters(client: TestClient, query: str, expected: list[str]) -> None:
    answer = client.get(f"/api/events?{query}")
    assert answer.status_code == 200
    assert _event_ids(answer.json()) == expected


def test_events_of_one_article(client: TestClient, ids: dict[str, str]) -> None:
    answer = client.get(f"/api/events?article_id={ids[WIRE]}").json()
    assert _event_ids(answer) == ["uji05", "uji06", "uji04"]


def test_event_cursor_pages_cover_every_event_once(client: TestClient) -> None:
    seen, cursor, pages = [], None, 0
    while True:
        query = "limit=4" + (f"&cursor={cursor}" if cursor else "")
        answer = client.get(f"/api/events?{query}").json()
        seen += _event_ids(answer)
        pages += 1
        cursor = answer["next_cursor"]
        if cursor is None:
            break
    assert pages == 2
    assert seen == ["uji05", "uji02", "uji03", "uji01", "uji06", "uji04"]


@pytest.fixture
def small_stream_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the stream read the store two events at a time, so it must follow the cursor."""
    monkeypatch.setattr(export, "PAGE_SIZE", 2)


@pytest.mark.usefixtures("small_stream_pages")
def test_csv_stream_has_every_matching_event(client: TestClient) -> None:
    answer = client.get("/api/events?format=csv&limit=1")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [r["event_id"] for r in rows] == ["uji05", "uji02", "uji03", "uji01", "uji06", "uji04"]
    planned = rows[1]
    assert planned["source_country"] == "IDN" and planned["target_country"] == "ASEAN"
    assert planned["date_value"] == "2024-04" and planned["date_precision"] == "month"
    assert planned["location_name"] == "Vientiane" and planned["location_lat"] == "17.97"
    assert planned["attribution_kind"] == "official"
    assert list(rows[0]) == streams.CSV_COLUMNS


@pytest.mark.usefixtures("small_stream_pages")
def test_jsonl_stream_is_the_spec_records(client: TestClient) -> None:
    answer = client.get("/api/events?format=jsonl&status=occurred")
    assert answer.headers["content-type"].startswith("application/x-ndjson")
    streamed = [json.loads(line) for line in answer.text.splitlines()]
    paged = client.get("/api/events?status=occurred").json()["events"]
    assert streamed == paged and len(streamed) == 3


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/api/events?type=MEET", "allowed: AGREE, CONSULT"),
        ("/api/events?status=happened", "occurred, planned, expected"),
        ("/api/events?since=2024-02-30", "not a real date"),
        ("/api/events?until=yesterday", "use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("/api/events?limit=0", "use 1 to 1000"),
        ("/api/events?limit=1001", "use 1 to 1000"),
        ("/api/events?limit=many", "parameter 'limit'"),
        ("/api/events?cursor=abc", "parameter 'cursor'"),
        ("/api/events?format=xml", "allowed: json, csv, jsonl"),
        ("/api/articles?since=13/03/2024", "parameter 'since'"),
        ("/api/articles?offset=-1", "parameter 'offset'"),
        ("/api/mentions?kind=person", "allowed: entity, actor, place"),
        ("/api/places?status=rumoured", "parameter 'status'"),
    ],
)
def test_bad_parameters_are_422_naming_them(client: TestClient, path: str, message: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 422
    assert message in answer.json()["detail"]


@pytest.mark.parametrize("path", ["/api/articles/0000ffff", "/api/actors/nobody-at-all"])
def test_unknown_things_are_404(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404 and "no " in answer.json()["detail"]


@pytest.mark.parametrize(
    ("query", "texts"),
    [
        ("kind=place", ["Vientiane", "Geneva"]),
        ("kind=actor&country=IDN", ["Menteri Luar Negeri Indonesia"]),
        ("actor_id=trade-ministers", ["Trade ministers"]),
    ],
)
def test_mentions_filters(client: TestClient, query: str, texts: list[str]) -> None:
    mentions = client.get(f"/api/mentions?{query}").json()["mentions"]
    assert sorted(m["text"] for m in mentions) == sorted(texts)


def test_actor_has_events_counterparts_and_score_series(client: TestClient) -> None:
    answer = client.get("/api/actors/idn-menlu").json()
    assert answer["actor"] == {
        "actor_id": "idn-menlu",
        "name": "Menteri Luar Negeri Indonesia",
        "country": "IDN",
        "sector": "GOV",
    }
    assert _event_ids(answer) == ["uji02", "uji01"]
    (counterpart,) = answer["counterparts"]
    assert counterpart["counterpart_id"] == "asean" and counterpart["events"] == 2
    (series,) = answer["series"]
    assert [p["month"] for p in series["points"]] == ["2024-03", "2024-04"]


def test_places_have_coordinates(client: TestClient) -> None:
    answer = client.get("/api/places").json()
    assert {(p["text"], p["lat"], p["lon"]) for p in answer["places"]} == {
        ("Vientiane", 17.97, 102.6),
        ("Geneva", 46.2, 6.15),
    }
    assert [(p["name"], p["events"]) for p in answer["event_places"]] == [
        ("Geneva", 2),
        ("Vientiane", 1),
    ]
    planned = client.get("/api/places?status=planned").json()["event_places"]
    assert sorted(p["name"] for p in planned) == ["Geneva", "Vientiane"]


def test_stats_counts_by_type_status_dyad_month(client: TestClient) -> None:
    answer = client.get("/api/stats").json()
    assert answer["articles"]["articles"] == 4
    assert {r["type"]: r["events"] for r in answer["by_type"]} == {
        "CONSULT": 4, "AGREE": 1, "PROTEST": 1
    }  # fmt: skip
    assert {r["status"]: r["events"] for r in answer["by_status"]} == {
        "occurred": 3, "planned": 2, "denied": 1
    }  # fmt: skip
    assert {"source": "IDN", "target": "ASEAN", "events": 2, "mean_score": 1.0} in answer["by_dyad"]
    assert {r["month"]: r["events"] for r in answer["by_month"]} == {"2024-03": 4, "2024-04": 2}


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/articles", "/api/articles/{article_id}", "/api/events", "/api/mentions",
        "/api/actors/{actor_id}", "/api/places", "/api/stats", "/api/ingest",
    ):  # fmt: skip
        assert path in paths
    assert "post" in paths["/api/ingest"]


# ---- writing: POST /api/ingest ----


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    return str(tmp_path / "ingest.db")


def _writer(db: str, token: str, settings: Settings | None = None) -> TestClient:
    base = settings or Settings()
    return TestClient(create_app(dataclasses.replace(base, db=db, token=token)))


def _files() -> dict[str, tuple[str, bytes]]:
    return {"files": ("kabar_id.html", (FIXTURES / "pages" / "kabar_id.html").read_bytes())}


def test_ingest_refused_when_no_token_is_configured(empty_db: str) -> None:
    answer = _writer(empty_db, "").post(
        "/api/ingest", files=_files(), headers={"Authorization": "Bearer anything"}
    )
    assert answer.status_code == 403 and "no token is configured" in answer.json()["detail"]


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}", "Bearer"])
def test_ingest_refused_without_the_right_token(empty_db: str, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    answer = _writer(empty_db, TOKEN).post("/api/ingest", files=_files(), headers=headers)
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    store = open_store(empty_db)
    assert store.count_articles() == 0
    store.close()


def test_ingest_uploaded_files(empty_db: str) -> None:
    files = [
        ("files", ("kabar_id.html", (FIXTURES / "pages" / "kabar_id.html").read_bytes())),
        ("files", ("nav_only.html", (FIXTURES / "pages" / "nav_only.html").read_bytes())),
    ]
    writer = _writer(empty_db, TOKEN)
    answer = writer.post(
        "/api/ingest", files=files, headers={"Authorization": f"Bearer {TOKEN}"}
    ).json()
    assert (answer["ingested"], answer["failed"]) == (1, 1)
    (error,) = answer["errors"]
    assert error.startswith("001-nav_only.html: no article text found")
    found = writer.get("/api/articles?q=Vientiane").json()["articles"]
    assert [a["id"] for a in found] == answer["article_ids"]


def test_ingest_urls(empty_db: str, web: Any, settings: Settings) -> None:
    writer = _writer(empty_db, TOKEN, settings)
    answer = writer.post(
        "/api/ingest",
        json={"urls": [web.url("/news/en.html"), web.url("/missing")]},
        headers={"Authorization": f"Bearer {TOKEN}"},
    ).json()
    assert (answer["ingested"], answer["failed"]) == (1, 1)
    assert "/missing" in answer["errors"][0]
    assert writer.get("/api/articles").json()["articles"][0]["title"] == WIRE


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"urls": ["/etc/passwd"]}, "is not an http(s) URL"),
        ({"urls": []}, "parameter 'urls'"),
        ({"paths": ["https://example.org/"]}, "parameter 'urls'"),
        ("not json", "parameter 'body'"),
    ],
)
def test_ingest_bad_bodies_are_422(empty_db: str, body: Any, message: str) -> None:
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    answer = _writer(empty_db, TOKEN).post(
        "/api/ingest",
        content=content,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert answer.status_code == 422 and message in answer.json()["detail"]
