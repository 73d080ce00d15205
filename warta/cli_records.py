"""`warta events`, `warta entities` and how `warta show` marks events: edges over the store."""

from __future__ import annotations

from typing import Any

import click

from warta.cli import FORMATS, _Context, _handle_errors, _render, main
from warta.records import EVENT_STATUSES

STATUS_COLOURS = {
    "occurred": "green",
    "planned": "blue",
    "expected": "cyan",
    "speculated": "magenta",
    "conditional": "yellow",
    "denied": "red",
    "negated": "bright_black",
    "claimed": "bright_red",
}
EVENT_COLUMNS = ["event_id", "date", "type", "status", "source", "target", "place", "article"]


@main.command()
@click.option("--actor", help="Source or target actor_id (kim-jong-un, PRK-GOV, UN).")
@click.option("--country", help="Source or target country (ISO alpha-3 or IGO code).")
@click.option("--type", "type_", help="PLOVER type (CONSULT, ACCUSE, ...).")
@click.option("--status", type=click.Choice(EVENT_STATUSES), help="Event status.")
@click.option("--since", help="Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Event date on or before (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--lang", help="Article language (id, en).")
@click.option("--article", "article_id", help="Only events of this article.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def events(obj: _Context, fmt: str, type_: str | None, **filters: Any) -> None:
    """List coded events; `--format jsonl` prints exactly the SPEC record."""
    from warta.store import EventFilters, open_store

    store = open_store(obj.settings.db)
    try:
        found = store.events(EventFilters(type=type_.upper() if type_ else None, **filters))
    finally:
        store.close()
    if fmt != "table":
        _render(found, fmt)
        return
    _render([_event_row(e) for e in found], fmt, columns=EVENT_COLUMNS)


@main.command()
@click.option("--article", "article_id", help="Only mentions in this article.")
@click.option("--country", help="Only mentions resolved to this country.")
@click.option("--actor", "actor_id", help="Only mentions of this actor_id.")
@click.option("--kind", type=click.Choice(["entity", "actor", "place"]), help="Kind of mention.")
@click.option("--limit", type=int, default=1000, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def entities(obj: _Context, fmt: str, **filters: Any) -> None:
    """List entity, actor and place mentions with their spans and resolution."""
    from warta.store import MentionFilters, open_store

    store = open_store(obj.settings.db)
    try:
        found = store.mentions(MentionFilters(**filters))
    finally:
        store.close()
    columns = [
        "article_id",
        "kind",
        "start",
        "end",
        "text",
        "label",
        "actor_id",
        "name",
        "country",
        "sector",
        "geonameid",
    ]
    _render(found, fmt, columns=None if fmt != "table" else columns)


def render_marked_text(text: str, article_events: list[dict[str, Any]], *, colour: bool) -> str:
    """Return `text` with each event's span bracketed and numbered, coloured by status."""
    marks = sorted(
        (
            (e["span"][0], e["span"][1], number, e["status"])
            for number, e in enumerate(article_events, start=1)
        ),
        key=lambda m: (m[0], -m[1]),
    )
    out, position = [], 0
    for start, end, number, status in marks:
        if start < position:
            continue  # overlapping spans: the first one is marked, all are listed below
        piece = f"[{text[start:end]}]{{{number}:{status}}}"
        out += [
            text[position:start],
            click.style(piece, fg=STATUS_COLOURS[status]) if colour else piece,
        ]
        position = end
    out.append(text[position:])
    return "".join(out)


def _event_row(event: dict[str, Any]) -> dict[str, Any]:
    def party(part: dict[str, Any] | None) -> str:
        if not part:
            return ""
        code = " ".join(filter(None, [part.get("country") or "?", part.get("sector")]))
        return f"{part.get('name') or part.get('text')} ({code})"

    date = event.get("date") or {}
    basis = "" if date.get("basis") == "text" else "*"
    return {
        "event_id": event["event_id"][:10],
        "date": f"{date.get('value') or ''}{basis}",
        "type": f"{event['type']}{'/' + event['mode'] if event.get('mode') else ''}",
        "status": event["status"],
        "source": party(event.get("source")),
        "target": party(event.get("target")),
        "place": (event.get("location") or {}).get("name") or "",
        "article": event["article_id"][:8],
    }
