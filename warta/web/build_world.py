"""Rebuild `static/world.svg`, the world outline the map page draws on (issue #6).

Source: `countries-110m.json` from the npm package `world-atlas` 2.0.2 (ISC license,
Mike Bostock), itself Natural Earth 1:110m Admin 0 country boundaries (public domain).
Get it with `npm pack world-atlas` and run:

    python -m warta.web.build_world package/countries-110m.json

The outline is drawn in an equirectangular projection: x = lon + 180, y = 90 - lat, so
the map page can place an event at (lon + 180, 90 - lat) with no projection code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).parent / "static" / "world.svg"
HEADER = (
    "<!-- World outline for Warta's map page. Source: Natural Earth 1:110m Admin 0 countries "
    "(public domain), via the npm package world-atlas 2.0.2 countries-110m.json (ISC license, "
    "Copyright 2013-2019 Michael Bostock). Rebuilt by warta/web/build_world.py; "
    "equirectangular, x = lon + 180, y = 90 - lat. -->"
)


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Return every arc as absolute (lon, lat) points, undoing quantisation and deltas."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


Point = tuple[float, float]


def ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    """Join a ring's arcs (a negative index ~i is arc i reversed), dropping shared ends."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def ring_path(points: list[Point]) -> str:
    """Return SVG path data for a ring.

    A ring crossing the antimeridian (Russia, Fiji) is unwrapped into one continuous shape
    past the map's edge, and drawn a second time shifted by 360 degrees for the other side;
    the map's viewBox clips both.
    """
    unwrapped: list[Point] = []
    for lon, lat in points:
        if unwrapped and abs(lon - unwrapped[-1][0]) > 180:
            lon += 360 if lon < unwrapped[-1][0] else -360
        unwrapped.append((lon, lat))
    shifts = [0.0]
    if any(lon > 180 for lon, _ in unwrapped):
        shifts.append(-360.0)
    if any(lon < -180 for lon, _ in unwrapped):
        shifts.append(360.0)
    return "".join(_path_data(unwrapped, shift) for shift in shifts)


def _path_data(points: list[Point], shift: float) -> str:
    parts: list[str] = []
    previous: Point | None = None
    for lon, lat in points:
        x, y = round(lon + shift + 180, 1), round(90 - lat, 1)
        if (x, y) != previous:
            parts.append(f"{'M' if previous is None else 'L'}{x:g} {y:g}")
            previous = (x, y)
    return "".join(parts) + "Z"


def country_paths(topology: dict[str, Any]) -> list[tuple[str, str]]:
    """Return (name, path data) for every country."""
    arcs = decode_arcs(topology)
    found = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}
        rings = [ring for polygon in polygons.get(geometry["type"], []) for ring in polygon]
        data = "".join(ring_path(ring_points(ring, arcs)) for ring in rings)
        if data:
            found.append((geometry["properties"]["name"], data))
    return found


def render_svg(paths: list[tuple[str, str]]) -> str:
    """Return the outline as one standalone SVG document."""
    lines = [
        HEADER,
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" class="world">',
    ]
    for name, data in paths:
        escaped = name.replace("&", "&amp;").replace("<", "&lt;")
        lines.append(f'<path d="{data}"><title>{escaped}</title></path>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    source = Path(sys.argv[1])
    OUTPUT.write_text(
        render_svg(country_paths(json.loads(source.read_text(encoding="utf-8")))),
        encoding="utf-8",
    )
