"""Place mentions of a text: countries, NER locations, and names NER missed (issue #4).

NER misses many place names, foreign towns and Indonesian regencies above all. Three
patterns find them where the place index knows the name: after a place preposition
("di Kudus", "in Kharkiv"), before a comma and a known region or country ("alun-alun
Kudus, Jawa Tengah"), and after or before a region word ("Kabupaten Intan Jaya",
"Provinsi Helmand", "Punjab province"). The words come from the language's
`actor_cues.tsv` (kinds place_preposition, region_word, home_region_word, region_after,
city_word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.actors.places import PlaceIndex, country_place
from warta.actors.registry import Match
from warta.records import Entity, Place

if TYPE_CHECKING:
    from warta.actors.resolve import ResolveOptions

PLACE_CUE_KINDS = frozenset(
    {"place_preposition", "region_word", "home_region_word", "region_after", "city_word"}
)
_PLACE_DETAILS = {"name", "short", "abbrev", "capital"}
_CITY_FOR_PERSON_MIN = 50_000
# A name after a preposition that is only some town's alternate name must be a big city's
# ("di Peking"); "di Gedung ..." must not become a village that lists "Gedung".
_ALTERNATE_NAME_MIN = 1_000_000
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"


@dataclass(frozen=True)
class PlaceCues:
    """A language's place words, each set in lower case."""

    prepositions: frozenset[str]
    region_words: frozenset[str]
    home_region_words: frozenset[str]
    region_after: frozenset[str]
    city_words: frozenset[str]
    home_country: str | None

    @classmethod
    def from_rows(cls, rows: tuple[dict[str, str], ...], home: str | None) -> PlaceCues:
        def kind(name: str) -> frozenset[str]:
            return frozenset(r["cue"].lower() for r in rows if r["kind"] == name)

        return cls(
            kind("place_preposition"),
            kind("region_word"),
            kind("home_region_word"),
            kind("region_after"),
            kind("city_word"),
            home,
        )


def without_place_names(
    text: str, matches: list[Match], index: PlaceIndex, cues: PlaceCues
) -> list[Match]:
    """Drop registry countries that are part of a place name: inside a sea or strait
    ("Laut China Selatan", "Taiwan Strait"), or after a region word when a region of
    another country has that name ("Negara Bagian Chin" is Myanmar's, "state of Georgia")."""
    water = index.water_spans(text)
    kept = []
    for match in matches:
        if any(s <= match.start and match.end <= e for s, e in water):
            continue
        if match.kind == "country" and _region_of_other_country(text, match, index, cues):
            continue
        kept.append(match)
    return kept


def _region_of_other_country(text: str, match: Match, index: PlaceIndex, cues: PlaceCues) -> bool:
    words_before = cues.region_words | cues.home_region_words
    head = text[max(0, match.start - 20) : match.start].lower().rstrip()
    tail = text[match.end : match.end + 20].lower().lstrip()
    named_region = any(head.endswith(word) for word in words_before) or any(
        re.match(rf"{re.escape(word)}(?!\w)", tail) for word in cues.region_after
    )
    return named_region and any(
        c.kind == "region" and c.country not in {None, match.country}
        for c in index.candidates(match.text)
    )


def find_places(
    text: str,
    entities: tuple[Entity, ...],
    matches: list[Match],
    options: ResolveOptions,
    cues: PlaceCues,
) -> tuple[Place, ...]:
    """Countries named in the text, LOC entities and unlabelled names the index knows.

    Countries of the regions named count as named ("Kudus, Jawa Tengah"). A country name
    followed by another country is a place inside the second ("Georgia, Amerika Serikat").
    A one-word NER person that is the own name of a sizeable city is the city
    ("warga Kharkiv"), as NER models often take foreign towns for people.
    """
    index = options.places
    named = {m.country for m in matches if m.kind == "country"}
    spans = [(e.start, e.end) for e in entities if e.label in {"LOC", "GPE"}]
    spans += [(m.start, m.end) for m in matches if m.detail == "capital"]
    spans += [(e.start, e.end) for e in entities if _city_taken_for_person(text, e, matches, index)]
    for start, end in spans:
        for option in index.candidates(_bare_name(text[start:end], cues)[0]):
            if option.kind == "region" and option.country:
                named.add(option.country)
    places = _country_places(text, matches, options)
    for start, end in index.water_spans(text):
        if not any(start < p.end and p.start < end for p in places):
            water = index.resolve(text[start:end], start, end)
            places.extend([water] if water is not None else [])
    taken = [(p.start, p.end) for p in places]
    # A LOC cut out of a longer organisation or person name is part of that name ("Moro"
    # in "Moro Islamic Liberation Front").
    names = [(m.start, m.end) for m in matches if m.kind in {"org", "igo", "person"}]
    orgs = {(m.start, m.end) for m in matches if m.kind == "org"}
    # "Thai", "Iraqi": a country's adjective or demonym is a party, never a town of that name.
    peoples = {
        (m.start, m.end)
        for m in matches
        if m.kind == "country" and m.detail in {"adjective", "demonym"}
    }
    for start, end in sorted(set(spans)):
        if any(start < e and s < end for s, e in taken):
            continue
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in names):
            continue
        if (start, end) in orgs or (start, end) in peoples:
            continue  # an organisation of the registry is read as one ("Hamas"), not a town
        place = _resolve_span(text, start, end, named, cues, index)
        if place is not None:
            places.append(place)
            taken.append((start, end))
    blocked = taken + [(m.start, m.end) for m in matches]
    blocked += [(e.start, e.end) for e in entities if e.label not in {"LOC", "GPE"}]
    places.extend(_unlabelled(text, places, blocked, named, cues, index))
    return tuple(sorted(places, key=lambda p: p.start))


def _country_places(text: str, matches: list[Match], options: ResolveOptions) -> list[Place]:
    places = []
    countries = [m for m in matches if m.kind == "country"]
    for number, match in enumerate(countries):
        if match.detail not in _PLACE_DETAILS or match.detail == "capital":
            continue
        following = countries[number + 1] if number + 1 < len(countries) else None
        inside = None
        if following is not None and re.fullmatch(r"\s*,\s*", text[match.end : following.start]):
            inside = options.places.resolve(
                match.text, match.start, match.end, countries={following.country}
            )
        if inside is not None and inside.country == following.country:
            places.append(inside)
        else:
            places.append(_country_place(match, options))
    return places


def _bare_name(span: str, cues: PlaceCues) -> tuple[str, str | None]:
    """Split a region word off a span: ("Intan Jaya", "home_region") for "Kabupaten
    Intan Jaya", ("Helmand", "region") for "Provinsi Helmand", (span, None) otherwise."""
    words = span.split()
    for size in (2, 1):
        head, rest = " ".join(words[:size]).lower(), " ".join(words[size:])
        if not rest:
            continue
        if head in cues.home_region_words:
            return rest, "home_region"
        if head in cues.region_words:
            return rest, "region"
        if head in cues.city_words:
            return rest, "city"
        tail, front = " ".join(words[-size:]).lower(), " ".join(words[:-size])
        if front and tail in cues.region_after:
            return front, "region"
    return span, None


def _resolve_span(
    text: str, start: int, end: int, named: set[str], cues: PlaceCues, index: PlaceIndex
) -> Place | None:
    """Resolve a span, reading a region word in it; an unknown "Kabupaten X" is a region
    of the language's home country."""
    span = text[start:end]
    name, word = _bare_name(span, cues)
    if word is not None and index.candidates(span):
        # The whole span is a known name with its region word ("Negara Bagian Chin").
        name, word = span, None
    kind = "city" if word == "city" else ("region" if word else None)
    place = index.resolve(name, start, end, countries=named, kind=kind)
    if place is not None:
        place = replace(place, text=span)
        if word in {"region", "home_region"} and place.kind != "region":
            # "Provinsi Jambi", "Kherson region": the area around the city, same country.
            return replace(place, kind="region", name=name, geonameid=None)
        return place
    if word == "home_region" and cues.home_country:
        return Place(span, start, end, "region", name, cues.home_country)
    return None


def _unlabelled(
    text: str,
    places: list[Place],
    blocked: list[tuple[int, int]],
    named: set[str],
    cues: PlaceCues,
    index: PlaceIndex,
) -> list[Place]:
    """Place names NER left unlabelled, found by the words around them."""
    found: list[Place] = []
    for start, end, evidence in _name_spans(text, places, cues):
        if any(start < e and s < end for s, e in blocked):
            continue
        place = _resolve_span(text, start, end, named, cues, index)
        if place is None or (evidence is not None and place.country != evidence):
            continue
        if evidence is None and not _plainly_named(place, text[start:end], cues, index):
            continue
        found.append(place)
        blocked.append((start, end))
    return found


def _name_spans(
    text: str, places: list[Place], cues: PlaceCues
) -> list[tuple[int, int, str | None]]:
    """(start, end, required country) of capitalised names after a preposition or region
    word, before a region word, or before ", <known region or country>"."""
    spans: list[tuple[int, int, int, str | None]] = []
    before, after = _patterns(cues)
    if before is not None:
        for hit in before.finditer(text):
            cue = hit.group(1).lower()
            start = hit.start(2) if cue in cues.prepositions else hit.start(1)
            spans.append((start, hit.start(2), hit.end(2), None))
    if after is not None:
        for hit in after.finditer(text):
            spans.append((hit.start(1), hit.start(2), hit.end(2), None))
    for place in places:
        if place.kind not in {"region", "country"} or not place.country:
            continue
        offset = max(0, place.start - 60)
        head = re.search(rf"(?<![\w-])({_NAME}),[ \t]*$", text[offset : place.start])
        if head is not None:
            start, end = offset + head.start(1), offset + head.end(1)
            spans.append((start, start, end, place.country))
    return _prefixes(text, spans)


@lru_cache(maxsize=16)
def _patterns(cues: PlaceCues) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Compiled once per language: names after and before the place words."""
    words_before = cues.prepositions | cues.region_words | cues.home_region_words
    words_before |= cues.city_words
    before = after = None
    if words_before:
        words = "|".join(sorted(map(re.escape, words_before), key=len, reverse=True))
        before = re.compile(rf"(?i:(?<!\w)({words}))[ \t]+({_NAME})")
    if cues.region_after:
        words = "|".join(sorted(map(re.escape, cues.region_after), key=len, reverse=True))
        after = re.compile(rf"({_NAME})[ \t]+(?i:({words}))(?!\w)")
    return before, after


def _prefixes(
    text: str, spans: list[tuple[int, int, int, str | None]]
) -> list[tuple[int, int, str | None]]:
    """Each span's word prefixes, longest first, that keep a word past `name_start` (so a
    region word never stands alone: "Kabupaten Intan Jaya", "Kabupaten Intan")."""
    trimmed = []
    for start, name_start, end, country in spans:
        chunk = text[name_start:end]
        cuts = [m.start() for m in re.finditer(r"[ \t]+", chunk)] + [len(chunk)]
        for cut in sorted(cuts, reverse=True):
            if cut > 0:
                trimmed.append((start, name_start + cut, country))
    return trimmed


def _plainly_named(place: Place, span: str, cues: PlaceCues, index: PlaceIndex) -> bool:
    """Without a comma and a region after it, a name must be a region, a city's own name
    or a big city's other name, and never a lone region word."""
    name, word = _bare_name(span, cues)
    if word is not None or place.kind == "region":
        return True
    own = (place.name or "").lower() == name.lower()
    biggest = max((c.population for c in index.candidates(name)), default=0)
    return own or biggest >= _ALTERNATE_NAME_MIN


def _country_place(match: Match, options: ResolveOptions) -> Place:
    """A country as a place; a city-state ("Singapura") carries its city's geonameid."""
    place = country_place(match, options.registry)
    info = options.registry.countries.get(match.country)
    if info is None or info.capital_en != info.name_en:
        return place
    city = options.places.resolve(info.capital_en, match.start, match.end, countries={info.iso3})
    if city is None or city.country != info.iso3:
        return place
    return replace(place, geonameid=city.geonameid, lat=city.lat, lon=city.lon)


def _city_taken_for_person(
    text: str, entity: Entity, matches: list[Match], index: PlaceIndex
) -> bool:
    if entity.label != "PER" or " " in entity.text.strip():
        return False
    if any(m.start <= entity.start and entity.end <= m.end for m in matches):
        return False
    best = index.resolve(entity.text, entity.start, entity.end)
    return (
        best is not None
        and best.kind == "city"
        and best.name == entity.text
        and population(index, entity.text) >= _CITY_FOR_PERSON_MIN
    )


def population(index: PlaceIndex, name: str) -> int:
    """The population of the largest city `name` may mean (0 for none)."""
    return max((c.population for c in index.candidates(name) if c.kind == "city"), default=0)
