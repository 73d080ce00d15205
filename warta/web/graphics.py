"""Positions and data for the SVG network, the map and the score chart: pure functions."""

from __future__ import annotations

import math
from typing import Any

NETWORK_SIZE = 360
MAX_COUNTERPARTS = 12


def tone(score: float | None) -> str:
    """Name the PLOVER score's side: cooperation above zero, conflict below."""
    if score is None or abs(score) < 1e-9:
        return "neutral"
    return "coop" if score > 0 else "conflict"


def network(actor: dict[str, Any], counterparts: list[dict[str, Any]]) -> dict[str, Any]:
    """Place the actor in the middle and its busiest counterparts on a circle around it."""
    centre = NETWORK_SIZE / 2
    shown = counterparts[:MAX_COUNTERPARTS]
    most = max((c["events"] for c in shown), default=1)
    nodes = []
    for index, counterpart in enumerate(shown):
        angle = 2 * math.pi * index / max(len(shown), 1) - math.pi / 2
        nodes.append(
            {
                "x": round(centre + 130 * math.cos(angle), 1),
                "y": round(centre + 130 * math.sin(angle), 1),
                "label": counterpart["name"] or counterpart["country"] or "?",
                "actor_id": counterpart["counterpart_id"],
                "country": counterpart["country"],
                "events": counterpart["events"],
                "mean_score": counterpart["mean_score"],
                "width": round(1 + 5 * counterpart["events"] / most, 1),
                "tone": tone(counterpart["mean_score"]),
            }
        )
    label = actor.get("name") or actor.get("actor_id") or "?"
    centre_node = {"x": centre, "y": centre, "label": label}
    return {"size": NETWORK_SIZE, "centre": centre_node, "nodes": nodes}


def score_chart(series: list[dict[str, Any]]) -> dict[str, Any]:
    """Return months and one aligned list of mean scores per counterpart (None where absent)."""
    months = sorted({p["month"] for s in series for p in s["points"]})
    lines = []
    for entry in series:
        by_month = {p["month"]: p["mean_score"] for p in entry["points"]}
        lines.append(
            {
                "label": entry["name"] or entry["country"] or "?",
                "values": [by_month.get(month) for month in months],
            }
        )
    return {"months": months, "series": lines}


def map_points(
    event_places: list[dict[str, Any]], place_mentions: list[dict[str, Any]]
) -> dict[str, Any]:
    """Project places onto the bundled outline: x = lon + 180, y = 90 - lat (equirectangular)."""
    events = [
        {**place, **_xy(place), "r": round(1.2 + math.sqrt(place["events"]), 1)}
        for place in event_places
    ]
    mentioned: dict[tuple[float, float], dict[str, Any]] = {}
    for mention in place_mentions:
        point = _xy(mention)
        entry = mentioned.setdefault(
            (point["x"], point["y"]), {**point, "name": mention.get("name") or mention["text"],
                                       "country": mention.get("country"), "mentions": 0}
        )  # fmt: skip
        entry["mentions"] += 1
    return {"width": 360, "height": 180, "events": events, "mentions": list(mentioned.values())}


def _xy(place: dict[str, Any]) -> dict[str, float]:
    return {"x": round(float(place["lon"]) + 180, 2), "y": round(90 - float(place["lat"]), 2)}
