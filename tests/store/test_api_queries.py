"""Store queries behind the actor page and the map (issue #6): counterparts, scores, places."""

from __future__ import annotations

import pytest

from tests.store.test_events import make_event
from tests.store.test_sqlite import NOW, make_article
from warta.store import EventFilters
from warta.store.sqlite import SQLiteStore

USA = {"text": "AS", "actor_id": None, "name": "United States", "country": "USA", "sector": "GOV"}
VLADIVOSTOK = {"text": "Vladivostok", "name": "Vladivostok", "country": "RUS", "lat": 43.1,
               "lon": 131.9, "geonameid": 2013348}  # fmt: skip


@pytest.fixture
def actors(store: SQLiteStore) -> SQLiteStore:
    store.save_article(make_article(1), now=NOW)
    events = [
        make_event(1, score=2.0, location=VLADIVOSTOK),
        make_event(2, score=4.0, location=VLADIVOSTOK, status="planned"),
        make_event(3, score=-3.0, type="ACCUSE", target=USA),
        # Putin as the source: Kim is still his counterpart, seen from Kim.
        make_event(
            4,
            score=1.0,
            source=make_event(0)["target"],
            target=make_event(0)["source"],
            date={"value": "2023-10-02", "precision": "day", "text": None, "basis": "text"},
        ),
    ]
    store.save_analysis("art0001", mentions=[], events=events)
    return store


def test_counterparts_count_both_directions(actors: SQLiteStore) -> None:
    rows = actors.counterparts("kim-jong-un")
    assert rows == [
        {
            "counterpart_id": "vladimir-putin",
            "country": "RUS",
            "name": "Vladimir Putin",
            "events": 3,
            "mean_score": pytest.approx(7.0 / 3),
            "as_source": 2,
            "as_target": 1,
        },
        {
            "counterpart_id": None,
            "country": "USA",
            "name": "United States",
            "events": 1,
            "mean_score": -3.0,
            "as_source": 1,
            "as_target": 0,
        },
    ]


def test_counterparts_of_unknown_actor_is_empty(actors: SQLiteStore) -> None:
    assert actors.counterparts("nobody") == []
    assert actors.counterpart_scores("nobody") == []


def test_counterpart_scores_by_month(actors: SQLiteStore) -> None:
    rows = [
        (r["counterpart_id"], r["country"], r["month"], r["events"], r["mean_score"])
        for r in actors.counterpart_scores("kim-jong-un")
    ]
    assert rows == [
        (None, "USA", "2023-09", 1, -3.0),
        ("vladimir-putin", "RUS", "2023-09", 2, 3.0),
        ("vladimir-putin", "RUS", "2023-10", 1, 1.0),
    ]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (None, [("Vladivostok", "RUS", 43.1, 131.9, 2, ["occurred", "planned"])]),
        (EventFilters(status="planned"), [("Vladivostok", "RUS", 43.1, 131.9, 1, ["planned"])]),
        (EventFilters(type="ACCUSE"), []),
    ],
)
def test_event_places_group_located_events(
    actors: SQLiteStore, filters: EventFilters | None, expected: list[tuple]
) -> None:
    rows = actors.event_places(filters)
    assert [
        (r["name"], r["country"], r["lat"], r["lon"], r["events"], r["statuses"]) for r in rows
    ] == expected
