"""Stored events and mentions: replace per article, filters, cursor pages, counts."""

from __future__ import annotations

import pytest

from tests.store.test_sqlite import NOW, make_article
from warta.errors import StoreError
from warta.store import EventFilters, MentionFilters
from warta.store.sqlite import SQLiteStore, next_cursor


def make_event(number: int, **changes: object) -> dict:
    event = {
        "event_id": f"ev{number:03d}",
        "article_id": "art0001",
        "lang": "id",
        "sentence": "Kim bertemu Putin.",
        "span": [0, 18],
        "type": "CONSULT",
        "mode": "meet",
        "cameo": "040",
        "score": 1.0,
        "source": {
            "text": "Kim",
            "actor_id": "kim-jong-un",
            "name": "Kim Jong Un",
            "country": "PRK",
            "sector": "GOV",
        },
        "target": {
            "text": "Putin",
            "actor_id": "vladimir-putin",
            "name": "Vladimir Putin",
            "country": "RUS",
            "sector": "GOV",
        },
        "status": "occurred",
        "attribution": None,
        "date": {
            "value": f"2023-09-{number:02d}",
            "precision": "day",
            "text": None,
            "basis": "text",
        },
        "location": None,
        "confidence": 0.7,
        "story_id": None,
        "cluster_id": None,
    }
    event.update(changes)
    return event


@pytest.fixture
def filled(store: SQLiteStore) -> SQLiteStore:
    store.save_article(make_article(1), now=NOW)
    events = [make_event(n) for n in range(1, 6)]
    events[4] = make_event(
        5,
        type="ACCUSE",
        status="planned",
        target={
            "text": "AS",
            "actor_id": None,
            "name": "United States",
            "country": "USA",
            "sector": "GOV",
        },
    )
    mentions = [
        {
            "kind": "actor",
            "start": 0,
            "end": 3,
            "text": "Kim",
            "actor_id": "kim-jong-un",
            "country": "PRK",
            "sector": "GOV",
        },
        {
            "kind": "place",
            "start": 20,
            "end": 31,
            "text": "Vladivostok",
            "country": "RUS",
            "geonameid": 2013348,
        },
    ]
    store.save_analysis("art0001", mentions=mentions, events=events)
    return store


def test_events_come_back_as_spec_records(filled: SQLiteStore) -> None:
    (event,) = filled.events(EventFilters(type="ACCUSE"))
    assert event["url"] == "https://news.example/1" and event["outlet"] == "Kabar Uji"
    assert event["published"] == "2024-03-01T10:00:00+07:00"
    assert event["target"]["country"] == "USA" and event["status"] == "planned"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilters(actor="vladimir-putin"), ["ev004", "ev003", "ev002", "ev001"]),
        (EventFilters(country="USA"), ["ev005"]),
        (EventFilters(status="occurred", since="2023-09-03"), ["ev004", "ev003"]),
        (EventFilters(until="2023-09-02"), ["ev002", "ev001"]),
        (EventFilters(until="2023-09"), ["ev005", "ev004", "ev003", "ev002", "ev001"]),
        (EventFilters(source_country="PRK", target_country="RUS", limit=2), ["ev004", "ev003"]),
        (EventFilters(lang="en"), []),
    ],
)
def test_event_filters(filled: SQLiteStore, filters: EventFilters, expected: list[str]) -> None:
    assert [e["event_id"] for e in filled.events(filters)] == expected


def test_cursor_pages_cover_every_event_once(filled: SQLiteStore) -> None:
    seen, cursor = [], None
    while True:
        page = filled.events(EventFilters(limit=2, cursor=cursor))
        if not page:
            break
        seen += [e["event_id"] for e in page]
        cursor = next_cursor(page)
    assert seen == ["ev005", "ev004", "ev003", "ev002", "ev001"]


def test_counts(filled: SQLiteStore) -> None:
    by_type = {r["type"]: r["events"] for r in filled.event_counts("type")}
    assert by_type == {"CONSULT": 4, "ACCUSE": 1}
    dyads = filled.event_counts("dyad")
    assert dyads[0] == {"source": "PRK", "target": "RUS", "events": 4, "mean_score": 1.0}
    with pytest.raises(StoreError, match="cannot count events by 'colour'"):
        filled.event_counts("colour")


def test_reanalysis_replaces_and_deleting_article_cascades(filled: SQLiteStore) -> None:
    filled.save_analysis("art0001", mentions=[], events=[make_event(9)])
    assert [e["event_id"] for e in filled.events(EventFilters())] == ["ev009"]
    assert filled.mentions(MentionFilters(article_id="art0001")) == []


def test_mentions_filters(filled: SQLiteStore) -> None:
    places = filled.mentions(MentionFilters(kind="place"))
    assert places == [
        {
            "article_id": "art0001",
            "kind": "place",
            "start": 20,
            "end": 31,
            "text": "Vladivostok",
            "country": "RUS",
            "geonameid": 2013348,
        }
    ]
    assert [m["text"] for m in filled.mentions(MentionFilters(country="PRK"))] == ["Kim"]


def test_week_dates_sort_and_filter_by_their_monday(store: SQLiteStore) -> None:
    store.save_article(make_article(1), now=NOW)
    week = make_event(
        1, date={"value": "2023-W36", "precision": "week", "text": "pekan lalu", "basis": "text"}
    )
    store.save_analysis("art0001", mentions=[], events=[week, make_event(9)])
    assert [e["event_id"] for e in store.events(EventFilters())] == ["ev009", "ev001"]
    assert [e["event_id"] for e in store.events(EventFilters(since="2023-09-05"))] == ["ev009"]
    assert [e["event_id"] for e in store.events(EventFilters(until="2023-09-04"))] == ["ev001"]
