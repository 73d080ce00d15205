"""The gold sets for actors, places and Indonesian events are well formed (issues #4, #5).

This is a validator, not an evaluation: it checks offsets, vocabularies and the minimum
counts the issues ask for, so a hand edit that breaks a line fails here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import warta.eval
from warta.actors.registry import load_registry

GOLD = Path(warta.eval.__file__).parent / "gold"


def _codes(text: str) -> set[str]:
    return set(text.split())


SECTORS = _codes("GOV MIL REB OPP PTY COP JUD LEG BUS MED CVL IGO NGO")
TYPES = _codes(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
)
STATUSES = _codes("occurred planned expected speculated conditional denied negated claimed")
ATTRIBUTION_KINDS = _codes("media official anonymous other")
PLACE_KINDS = _codes("city country region")
# Modes from the PLOVER 2.0 manual (../shared/data/events-en/plover/PLOVER_MANUAL.tex).
REQUEST_MODES = _codes("assist change yield meet")
MODES: dict[str, set[str]] = {
    "CONSULT": _codes("visit third-party multilateral phone"),
    "RETREAT": _codes("withdraw release disarm ceasefire access resign"),
    "REQUEST": REQUEST_MODES,
    "REJECT": REQUEST_MODES,
    "ACCUSE": _codes("disapprove investigate allege"),
    "THREATEN": _codes("restrict arrest relations expel territory violence"),
    "PROTEST": _codes("demo riot strike hunger boycott obstruct vandalize"),
    "SANCTION": _codes("convict expel withdraw discontinue"),
    "MOBILIZE": _codes("troops weapons police militia"),
    "COERCE": _codes(
        "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber"
    ),
    "ASSAULT": _codes(
        "abduct beat torture sexual targeted destroy primitive firearms explosives "
        "suicide-attack aerial drone heavy-weapons crowd-control unconventional"
    ),
}
# Organisation codes of warta/actors/data/igos.tsv (its header lists them).
ORG_CODES = _codes(
    "UN UNSC UNGA UNHRC UNHCR UNICEF WFP UNESCO OHCHR UNDP UNRWA OCHA FAO ILO IAEA WHO ICJ "
    "ICC IMF WB WTO NATO EU EC EP EUCO ASEAN AU OIC G7 G20 BRICS QUAD APEC OPEC ARL GCC SCO "
    "AIIB ADB OSCE OAS ECOWAS PIF MSG OPCW INTERPOL ICRC IFRC AMNESTY HRW MSF GREENPEACE"
)
DATE_VALUE = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "week": re.compile(r"\d{4}-W\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "year": re.compile(r"\d{4}"),
}
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def _read(name: str) -> list[dict[str, Any]]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]


def _is_iso3(code: str) -> bool:
    """An ISO 3166-1 alpha-3 code of Warta's country table (generated from pycountry)."""
    return code in load_registry().countries


def _is_country_code(code: str | None) -> bool:
    return code is not None and (code in ORG_CODES or _is_iso3(code))


ACTORS = _read("actors.jsonl")
PLACES = _read("places.jsonl")
EVENTS = _read("events_id.jsonl")
EVENTS_EN = _read("events_en.jsonl")
# The event checks below are language-neutral, so they run on the Indonesian and English sets.
EVENT_SETS = pytest.mark.parametrize("events", [EVENTS, EVENTS_EN], ids=["id", "en"])


@pytest.mark.parametrize(
    "name", ["actors.jsonl", "places.jsonl", "events_id.jsonl", "events_en.jsonl"]
)
def test_gold_file_every_line_is_one_json_object(name: str) -> None:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "Apache-2.0" in lines[0], "source/license header"
    for number, line in enumerate(lines[1:], 2):
        assert isinstance(json.loads(line), dict), f"{name}:{number}"


@pytest.mark.parametrize("records", [ACTORS, PLACES], ids=["actors", "places"])
def test_gold_mention_spans_match_text(records: list[dict[str, Any]]) -> None:
    wrong = [r for r in records if r["text"][r["start"] : r["end"]] != r["mention"]]
    assert not wrong, wrong[:3]


def test_actors_codes_come_from_allowed_sets() -> None:
    for record in ACTORS:
        assert record["lang"] in {"id", "en"}, record
        assert _is_country_code(record["country"]), record
        assert record["sector"] is None or record["sector"] in SECTORS, record
        date.fromisoformat(record["published"])


def test_actors_person_fields_go_together() -> None:
    for record in ACTORS:
        if record["actor_id"] is None:
            assert record["name"] is None, record
        else:
            assert SLUG.fullmatch(record["actor_id"]) and record["name"], record


def test_actors_meet_issue_4_minimums() -> None:
    languages = Counter(record["lang"] for record in ACTORS)
    assert len(ACTORS) >= 260
    assert 0.5 <= languages["id"] / len(ACTORS) <= 0.7
    assert languages["en"] >= 0.3 * len(ACTORS)


@pytest.mark.parametrize(
    ("mention", "country", "sector"),
    [
        ("Pyongyang", "PRK", "GOV"),
        ("Korut", "PRK", "GOV"),
        ("Korsel", "KOR", "GOV"),
        ("AS", "USA", "GOV"),
        ("Pemerintah Seoul", "KOR", "GOV"),
        ("John Kirby", "USA", "GOV"),
        ("Kim", "PRK", "GOV"),
        ("Sergei Shoigu", "RUS", "GOV"),
        ("KPK", "IDN", "JUD"),
        ("KKB", "IDN", "REB"),
        ("Pentagon", "USA", "MIL"),
        ("Dewan Keamanan PBB", "UNSC", "IGO"),
        ("Tokyo's foreign ministry", "JPN", "GOV"),
    ],
)
def test_actors_include_issue_4_tricky_cases(mention: str, country: str, sector: str) -> None:
    coded = {(r["country"], r["sector"]) for r in ACTORS if r["mention"] == mention}
    assert coded == {(country, sector)}


def test_actors_code_then_president_trump_by_the_role_he_held_then() -> None:
    then = [r for r in ACTORS if r["mention"] == "Donald Trump" and "saat itu" in r["text"]]
    former = [r for r in ACTORS if r["mention"] == "Donald Trump" and "Mantan" in r["text"]]
    assert then and {r["sector"] for r in then} == {"GOV"}
    assert former and {r["sector"] for r in former} == {"PTY"}


def test_places_codes_come_from_allowed_sets() -> None:
    for record in PLACES:
        assert record["kind"] in PLACE_KINDS, record
        assert _is_iso3(record["country"]), record
        assert record["name"], record
        if record["kind"] == "city":
            assert isinstance(record["geonameid"], int), record
        if record["kind"] == "country":
            assert record["geonameid"] is None, record


@pytest.mark.parametrize(
    ("mention", "geonameid"),
    [("Vladivostok", 2013348), ("Moskow", 524901), ("Washington", 4140963), ("Den Haag", 2747373)],
)
def test_places_resolve_issue_4_cities(mention: str, geonameid: int) -> None:
    assert {r["geonameid"] for r in PLACES if r["mention"] == mention} == {geonameid}


def test_places_meet_issue_4_minimums() -> None:
    assert len(PLACES) >= 110
    assert sum(record["lang"] == "id" for record in PLACES) > len(PLACES) / 2


@EVENT_SETS
def test_events_sentence_and_trigger_occur_in_text(events: list[dict[str, Any]]) -> None:
    for event in events:
        assert event["sentence"] in event["text"], event["doc"]
        assert event["trigger"] in event["sentence"], (event["doc"], event["trigger"])


@EVENT_SETS
def test_events_of_one_doc_share_text_and_published(events: list[dict[str, Any]]) -> None:
    by_doc: dict[str, set[tuple[str, str]]] = {}
    for event in events:
        by_doc.setdefault(event["doc"], set()).add((event["text"], event["published"]))
    assert all(len(variants) == 1 for variants in by_doc.values())
    assert len(by_doc) >= 55


@EVENT_SETS
def test_events_codes_come_from_allowed_sets(events: list[dict[str, Any]]) -> None:
    for event in events:
        assert event["type"] in TYPES, event["doc"]
        assert event["status"] in STATUSES, event["doc"]
        assert event["mode"] is None or event["mode"] in MODES.get(event["type"], set()), event
        datetime.fromisoformat(event["published"])


@EVENT_SETS
def test_events_arguments_point_into_text(events: list[dict[str, Any]]) -> None:
    for event in events:
        for role in ("source", "target"):
            actor = event[role]
            if actor is not None:
                assert actor["text"] in event["text"], (event["doc"], actor)
                assert actor["country"] is None or _is_country_code(actor["country"]), actor
                assert actor["sector"] is None or actor["sector"] in SECTORS, actor
        place = event["location"]
        if place is not None:
            assert place["text"] in event["text"], (event["doc"], place)
            assert place["country"] is None or _is_iso3(place["country"]), place
        attribution = event["attribution"]
        if attribution is not None:
            assert attribution["text"] in event["text"], (event["doc"], attribution)
            assert attribution["kind"] in ATTRIBUTION_KINDS, attribution


@EVENT_SETS
def test_events_dates_are_normalised(events: list[dict[str, Any]]) -> None:
    for event in events:
        when = event["date"]
        assert DATE_VALUE[when["precision"]].fullmatch(when["value"]), event["doc"]
        if when["basis"] == "published":
            fallback = {"value": event["published"][:10], "precision": "day", "basis": "published"}
            assert when == fallback, event["doc"]
        else:
            assert when["basis"] == "text" and when["text"] in event["text"], event["doc"]


@EVENT_SETS
def test_events_denials_come_with_the_deniers_reject(events: list[dict[str, Any]]) -> None:
    denied_docs = {event["doc"] for event in events if event["status"] == "denied"}
    reject_docs = {event["doc"] for event in events if event["type"] == "REJECT"}
    assert denied_docs <= reject_docs


@EVENT_SETS
def test_events_meet_issue_5_minimums(events: list[dict[str, Any]]) -> None:
    types = Counter(event["type"] for event in events)
    statuses = Counter(event["status"] for event in events)
    assert len(events) >= 160
    assert min(types[name] for name in TYPES) >= 5, types
    assert min(statuses[name] for name in STATUSES) >= 10, statuses
    assert sum(event["attribution"] is not None for event in events) >= 30
    assert sum(event["date"]["basis"] == "text" for event in events) >= 100
