"""Export stored records as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from warta.events.plover_view import plover_recipient, plover_type
from warta.records import Article
from warta.store import ArticleFilters, EventFilters, Store

PAGE_SIZE = 1000


def export_articles(
    store: Store, *, fmt: str, output: Path | None, filters: ArticleFilters | None = None
) -> int:
    """Write every matching article to `output` (stdout when None); return how many."""
    filters = filters or ArticleFilters(limit=None)
    rows = (_flat(article) for article in store.iter_articles(filters))
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet export needs an output path")
        return _write_parquet(rows, output)
    stream: TextIO = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            count = 0
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
            return count
        return _write_csv(rows, stream)
    finally:
        if output:
            stream.close()


def _flat(article: Article) -> dict[str, Any]:
    return article.to_dict() | {"authors": list(article.authors), "tags": list(article.tags)}


def _write_csv(rows: Iterator[dict[str, Any]], stream: TextIO) -> int:
    columns = [f for f in Article.__dataclass_fields__]
    writer = csv.DictWriter(stream, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
        count += 1
    return count


def _write_parquet(rows: Iterator[dict[str, Any]], output: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            (name, pa.list_(pa.string()) if name in {"authors", "tags"} else pa.string())
            for name in Article.__dataclass_fields__
        ]
    )
    count = 0
    with pq.ParquetWriter(output, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= PAGE_SIZE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
)
# Warta's own columns, appended after GDELT 2.0's so GDELT tooling reads the rest unchanged.
WARTA_COLUMNS = (
    "PloverType",
    "PloverMode",
    "Status",
    "DatePrecision",
    "DateBasis",
    "DateText",
    "AttributionText",
    "AttributionKind",
    "Confidence",
    "ArticleID",
    "SpanStart",
    "SpanEnd",
    "Sentence",
)
EVENT_FLAT_COLUMNS = (
    "event_id",
    "article_id",
    "url",
    "outlet",
    "published",
    "lang",
    "type",
    "mode",
    "cameo",
    "score",
    "status",
    "source_text",
    "source_actor_id",
    "source_name",
    "source_country",
    "source_sector",
    "target_text",
    "target_actor_id",
    "target_name",
    "target_country",
    "target_sector",
    "attribution_text",
    "attribution_kind",
    "date_value",
    "date_precision",
    "date_text",
    "date_basis",
    "location_text",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "location_geonameid",
    "confidence",
    "span_start",
    "span_end",
    "sentence",
    "story_id",
    "cluster_id",
)


def export_events(
    store: Store, *, fmt: str, output: Path | None, filters: EventFilters | None = None
) -> int:
    """Write matching events as jsonl (SPEC records), csv, parquet, plover-json or gdelt-tsv."""
    events = iter_events(store, filters or EventFilters())
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet export needs an output path")
        return _events_parquet(events, output)
    stream: TextIO = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    count = 0
    try:
        if fmt == "jsonl":
            for event in events:
                stream.write(json.dumps(event, ensure_ascii=False) + "\n")
                count += 1
        elif fmt == "plover-json":
            stream.write("[\n")
            for event in events:
                stream.write(
                    ("," if count else "")
                    + json.dumps(plover_record(event), ensure_ascii=False)
                    + "\n"
                )
                count += 1
            stream.write("]\n")
        elif fmt == "gdelt-tsv":
            writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
            for event in events:
                writer.writerow(gdelt_row(event))
                count += 1
        else:
            writer_ = csv.DictWriter(stream, fieldnames=EVENT_FLAT_COLUMNS)
            writer_.writeheader()
            for event in events:
                writer_.writerow(flat_event(event))
                count += 1
    finally:
        if output:
            stream.close()
    return count


def iter_events(store: Store, filters: EventFilters) -> Iterator[dict[str, Any]]:
    """Yield every matching event from the filter's cursor on, a page at a time."""
    from dataclasses import replace

    from warta.store.sqlite import next_cursor

    filters = replace(filters, limit=PAGE_SIZE)
    while True:
        page = store.events(filters)
        yield from page
        if len(page) < PAGE_SIZE:
            return
        filters = replace(filters, cursor=next_cursor(page))


_NESTED_PARTS = ("source", "target", "attribution", "date", "location")


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """Flatten a SPEC event record into one row of EVENT_FLAT_COLUMNS: a nested part's
    fields become `<part>_<field>` columns, the span `span_start` and `span_end`."""
    span = event.get("span") or [None, None]
    row: dict[str, Any] = {}
    for column in EVENT_FLAT_COLUMNS:
        part, _, field = column.partition("_")
        if part in _NESTED_PARTS:
            row[column] = (event.get(part) or {}).get(field)
        elif part == "span":
            row[column] = span[0] if field == "start" else span[1]
        else:
            row[column] = event.get(column)
    return row


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """Return the event in the PLOVER manual's record layout, Warta's fields under "warta"."""

    def actors(part: dict[str, Any] | None) -> list[dict[str, Any]]:
        if not part:
            return []
        actor = {
            "actorText": part.get("text"),
            "code": part.get("country"),
            "sector": part.get("sector"),
        }
        return [{**actor, "implied": True} if part.get("implied") else actor]

    location = event.get("location") or {}
    return {
        "id": event["event_id"],
        "date": (event.get("date") or {}).get("value"),
        "source": actors(event.get("source")),
        "target": actors(
            plover_recipient(event.get("target"), event.get("source"), event.get("location"))
        ),
        "event": plover_type(event["type"], event.get("status")),
        "mode": event.get("mode") or "",
        "context": "",
        "text": event.get("sentence"),
        "language": event.get("lang"),
        "publication": event.get("outlet"),
        "url": event.get("url"),
        "location": {
            "placeName": location.get("name"),
            "country": location.get("country"),
            "lat": location.get("lat"),
            "lon": location.get("lon"),
            "geonameid": location.get("geonameid"),
        }
        if location
        else None,
        "warta": {
            "type": event["type"],
            "status": event.get("status"),
            "attribution": event.get("attribution"),
            "date": event.get("date"),
            "cameo": event.get("cameo"),
            "score": event.get("score"),
            "confidence": event.get("confidence"),
            "article_id": event.get("article_id"),
            "span": event.get("span"),
        },
    }


def gdelt_row(event: dict[str, Any]) -> list[Any]:
    """Return one GDELT 2.0 event row (61 columns) followed by Warta's columns.

    Deviations, documented in the README: actor and geo country codes are ISO alpha-3 (GDELT
    uses CAMEO actor codes and FIPS geo codes); GoldsteinScale holds the PLOVER score; dates
    of month or year precision fill missing parts with 01.
    """
    source, target = event.get("source") or {}, event.get("target") or {}
    date = event.get("date") or {}
    day = (date.get("value") or "").replace("-", "")
    day = (day + "0101")[:8] if day else ""
    cameo = event.get("cameo") or ""
    location = event.get("location") or {}
    published = (event.get("published") or "").replace("-", "").replace(":", "").replace("T", "")
    values: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    values.update(
        GLOBALEVENTID=event["event_id"],
        SQLDATE=day,
        MonthYear=day[:6],
        Year=day[:4],
        FractionDate=_fraction(day),
        Actor1Code=_actor_code(source),
        Actor1Name=source.get("name") or source.get("text") or "",
        Actor1CountryCode=source.get("country") or "",
        Actor1Type1Code=source.get("sector") or "",
        Actor2Code=_actor_code(target),
        Actor2Name=target.get("name") or target.get("text") or "",
        Actor2CountryCode=target.get("country") or "",
        Actor2Type1Code=target.get("sector") or "",
        IsRootEvent=1,
        EventCode=cameo,
        EventBaseCode=cameo[:3],
        EventRootCode=cameo[:2],
        QuadClass=_quad_class(cameo),
        GoldsteinScale=event.get("score") if event.get("score") is not None else "",
        NumMentions=1,
        NumSources=1,
        NumArticles=1,
        ActionGeo_Type=(4 if location.get("geonameid") else 1) if location else "",
        ActionGeo_FullName=location.get("name") or "",
        ActionGeo_CountryCode=location.get("country") or "",
        ActionGeo_Lat=location.get("lat") if location.get("lat") is not None else "",
        ActionGeo_Long=location.get("lon") if location.get("lon") is not None else "",
        ActionGeo_FeatureID=location.get("geonameid") or "",
        DATEADDED=published[:14],
        SOURCEURL=event.get("url") or "",
    )
    attribution = event.get("attribution") or {}
    span = event.get("span") or [None, None]
    extra = [
        event.get("type"),
        event.get("mode") or "",
        event.get("status"),
        date.get("precision"),
        date.get("basis"),
        date.get("text") or "",
        attribution.get("text") or "",
        attribution.get("kind") or "",
        event.get("confidence"),
        event.get("article_id"),
        span[0],
        span[1],
        " ".join((event.get("sentence") or "").split()),
    ]
    return [values[c] for c in GDELT_COLUMNS] + extra


def _actor_code(part: dict[str, Any]) -> str:
    return f"{part.get('country') or ''}{part.get('sector') or ''}" if part else ""


def _quad_class(cameo: str) -> int | str:
    if not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def _fraction(day: str) -> str:
    if len(day) != 8:
        return ""
    return f"{int(day[:4]) + (int(day[4:6]) - 1) / 12 + (int(day[6:8]) - 1) / 365:.4f}"


def _events_parquet(events: Iterator[dict[str, Any]], output: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_event(e) for e in events]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in EVENT_FLAT_COLUMNS})
    pq.write_table(table, output)
    return len(rows)
