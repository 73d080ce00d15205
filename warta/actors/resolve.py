"""Actor and place resolution: Doc mentions -> Actors and Places (issue #4).

One registry pass finds countries, capitals, seats of government, IGOs, known people and
role nouns. Adjacent role nouns and countries form role phrases ("Menteri Pertahanan
Rusia", "Pemerintah Seoul", "North Korean officials"). A person next to a role phrase
(before or after it, with or without a comma) takes the office the registry says they
held on the publication date, or the phrase's office when the text marks it as past
("Presiden AS saat itu, Donald Trump") or the registry does not know them. A later
surname ("Kim", "Putin") is the person met before; "kedua negara" the last two states.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from warta.actors.places import PlaceIndex, country_place
from warta.actors.registry import Match, Registry
from warta.lang import LangData
from warta.records import Actor, Doc, Entity, Place

_GLUE = re.compile(r"^[ \t]*$")
# Between a role phrase and the name it describes: a comma, or an abbreviation in
# brackets first ("Pemimpin Korea Utara (Korut), Kim Jong-un").
_APPOSITION_GAP = re.compile(r"\s*(?:\([^()]{1,24}\))?\s*,?\s*")
_STATE_DETAILS = {"name", "short", "abbrev", "capital", "seat"}
_PLACE_DETAILS = {"name", "short", "abbrev", "capital"}


@dataclass(frozen=True)
class ResolveOptions:
    """What resolution needs besides the Doc."""

    registry: Registry
    places: PlaceIndex
    published: date | None = None
    home_country: str | None = None


@dataclass
class _Phrase:
    """Adjacent registry matches read together: role nouns with their country or IGO."""

    start: int
    end: int
    parts: list[Match]

    @property
    def roles(self) -> list[Match]:
        return [m for m in self.parts if m.kind == "role_noun"]

    @property
    def sector(self) -> str | None:
        sectors = [m.sector for m in self.roles if m.sector]
        if sectors:
            return sectors[-1] if self.roles[0].sector == "" else sectors[0]
        seats = [m.sector for m in self.parts if m.kind == "country" and m.sector]
        if seats:
            return seats[0]
        return "IGO" if any(m.kind == "igo" for m in self.parts) else None

    @property
    def country(self) -> str | None:
        for match in self.parts:
            if match.kind in {"country", "igo"}:
                return match.country
        return None

    @property
    def role(self) -> str | None:
        titles = [m.key.partition(":")[2] for m in self.roles if m.detail == "role"]
        return titles[0] if titles else None


def resolve(
    doc: Doc, *, lang: LangData, options: ResolveOptions
) -> tuple[tuple[Actor, ...], tuple[Place, ...]]:
    """Return the actor and place mentions of `doc`, in text order.

    Reads `doc.text`, `doc.lang` and `doc.entities` (PER, ORG, LOC).
    """
    text = doc.text
    matches = options.registry.find(text, lang=doc.lang)
    options = replace(options, home_country=options.home_country or _main_country(matches, lang))
    cues = {row["cue"].lower(): row["kind"] for row in lang.table("actor_cues")}
    phrases = _phrases(text, [m for m in matches if m.kind != "person"])
    people = _people(matches, doc.entities)
    actors: list[Actor] = []
    used: set[int] = set()
    known: dict[str, Actor] = {}
    for start, end, match in people:
        phrase, past = _apposition(text, start, end, phrases, cues)
        if phrase is not None:
            used.add(id(phrase))
        opening = phrase.start if phrase is not None and phrase.start < start else start
        former = _former(text[max(0, opening - 12) : opening], cues)
        actor = _person(text[start:end], start, end, match, phrase, past, former, options)
        surname_of = known.get(text[start:end]) if match is None and phrase is None else None
        if surname_of is not None:
            actor = replace(surname_of, text=text[start:end], start=start, end=end)
        actors.append(actor)
        if actor.actor_id and len(text[start:end].split()) > 1:
            for word in _name_words(text[start:end]):
                known.setdefault(word, actor)
    for phrase in phrases:
        if id(phrase) not in used:
            country = _country_before(phrase.start, matches, doc)
            actors.extend(_phrase_actors(text, phrase, options, country_hint=country))
    actors.extend(_orgs(text, doc.entities, actors, matches))
    actors.sort(key=lambda a: (a.start, -a.end))
    actors = _collectives(text, actors, cues)
    return tuple(actors), _places(text, doc.entities, matches, options)


def _main_country(matches: list[Match], lang: LangData) -> str | None:
    """The country a story is about when no dateline says: the most named one, else the
    language's home country (Indonesian news without other clues is about Indonesia)."""
    counts: dict[str, int] = {}
    for match in matches:
        if match.kind == "country":
            counts[match.country] = counts.get(match.country, 0) + 1
    if counts:
        return max(counts, key=lambda code: counts[code])
    return lang.meta.get("country")


def _phrases(text: str, matches: list[Match]) -> list[_Phrase]:
    """Group matches separated only by spaces; keep lone countries and IGOs as phrases."""
    phrases: list[_Phrase] = []
    for match in matches:
        last = phrases[-1] if phrases else None
        joinable = (
            last is not None
            and _GLUE.match(text[last.end : match.start])
            and (match.kind == "role_noun" or last.roles)
            and not (match.kind in {"country", "igo"} and last.country is not None)
        )
        if joinable and last is not None:
            last.parts.append(match)
            last.end = match.end
        else:
            phrases.append(_Phrase(match.start, match.end, [match]))
    return phrases


def _people(
    matches: list[Match], entities: tuple[Entity, ...]
) -> list[tuple[int, int, Match | None]]:
    """Return person spans: registry people, then NER persons that do not overlap them."""
    found = [(m.start, m.end, m) for m in matches if m.kind == "person"]
    taken = [(s, e) for s, e, _ in found]
    for entity in entities:
        if entity.label != "PER":
            continue
        if any(entity.start < e and s < entity.end for s, e in taken):
            continue
        found.append((entity.start, entity.end, None))
    return sorted(found, key=lambda item: item[0])


def _apposition(
    text: str, start: int, end: int, phrases: list[_Phrase], cues: dict[str, str]
) -> tuple[_Phrase | None, bool]:
    """Return the role phrase next to a name and whether a past-role cue marks it."""
    for phrase in phrases:
        if not phrase.roles:
            continue
        if phrase.end <= start:
            gap = text[phrase.end : start]
            if len(gap) <= 24:
                past, rest = _strip_cue(gap, cues)
                if _APPOSITION_GAP.fullmatch(rest):
                    return phrase, past
        elif phrase.start >= end:
            gap = text[end : phrase.start]
            if re.fullmatch(r"\s*,\s*", gap):
                tail = text[phrase.end : phrase.end + 24]
                past, _ = _strip_cue(tail, cues)
                return phrase, past
    return None, False


def _strip_cue(gap: str, cues: dict[str, str]) -> tuple[bool, str]:
    lowered = gap.lower()
    for cue, kind in cues.items():
        if kind == "past_role" and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered):
            return True, re.sub(rf"(?i)(?<!\w){re.escape(cue)}(?!\w)", "", gap)
    return False, gap


def _former(text_before: str, cues: dict[str, str]) -> bool:
    lowered = text_before.lower()
    return any(
        kind == "former" and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered)
        for cue, kind in cues.items()
    )


def _person(
    text: str,
    start: int,
    end: int,
    match: Match | None,
    phrase: _Phrase | None,
    past: bool,
    former: bool,
    options: ResolveOptions,
) -> Actor:
    registry = options.registry
    actor_id = match.key if match else slug(text)
    name = match.name if match else text
    country, sector, role = None, None, None
    current = (
        registry.person_role(match.key, options.published)
        if match is not None and options.published is not None
        else None
    )
    if phrase is not None and former and current is None:
        # "mantan Presiden AS Donald Trump": the country, not the office, still holds.
        country = phrase.country or (match.country if match else None)
    elif phrase is not None and (past or current is None):
        country = phrase.country or (match.country if match else None) or options.home_country
        sector, role = phrase.sector, phrase.role
    elif current is not None:
        country, sector, role = current.country, current.sector, current.role
    elif match is not None:
        country = match.country
    return Actor(
        text=text,
        start=start,
        end=end,
        kind="person",
        actor_id=actor_id,
        name=name,
        country=country,
        sector=sector,
        role=role,
    )


def _country_before(offset: int, matches: list[Match], doc: Doc) -> str | None:
    """Return the last country named before `offset` in the same sentence."""
    sentence = next((s for s in doc.sentences if s.start <= offset < s.end), None)
    if sentence is None:
        return None
    before = [
        m.country
        for m in matches
        if m.kind == "country" and sentence.start <= m.start and m.end <= offset
    ]
    return before[-1] if before else None


def _phrase_actors(
    text: str, phrase: _Phrase, options: ResolveOptions, *, country_hint: str | None = None
) -> list[Actor]:
    """A phrase without a person: a group ("militer Myanmar"), a state or an IGO.

    A group with no country of its own belongs to the country named before it in the
    sentence ("tim dari Korut, ... pejabat"), else to the article's home country.
    """
    if phrase.roles:
        country = phrase.country or country_hint or options.home_country
        sector = phrase.sector
        return [
            Actor(
                text=text[phrase.start : phrase.end],
                start=phrase.start,
                end=phrase.end,
                kind="group",
                actor_id=_group_id(country, sector, phrase),
                name=phrase.role or text[phrase.start : phrase.end],
                country=country,
                sector=sector,
                role=phrase.role,
            )
        ]
    match = phrase.parts[0]
    if match.kind == "igo":
        return [
            Actor(
                text=match.text,
                start=match.start,
                end=match.end,
                kind="igo",
                actor_id=match.key,
                name=match.name,
                country=match.key,
                sector=match.sector or "IGO",
            )
        ]
    sector = (match.sector or "GOV") if match.detail in _STATE_DETAILS else None
    return [
        Actor(
            text=match.text,
            start=match.start,
            end=match.end,
            kind="country",
            actor_id=f"{match.country}-{sector}" if sector else match.country,
            name=match.name,
            country=match.country,
            sector=sector,
        )
    ]


def _orgs(
    text: str, entities: tuple[Entity, ...], actors: list[Actor], matches: list[Match]
) -> list[Actor]:
    """NER organisations the registry did not cover, with any country or role inside."""
    found = []
    for entity in entities:
        if entity.label != "ORG":
            continue
        if any(a.start <= entity.start and entity.end <= a.end for a in actors):
            continue
        inside = [m for m in matches if entity.start <= m.start and m.end <= entity.end]
        country = next((m.country for m in inside if m.kind in {"country", "igo"}), None)
        sector = next((m.sector for m in inside if m.kind == "role_noun" and m.sector), None)
        found.append(
            Actor(
                text=entity.text,
                start=entity.start,
                end=entity.end,
                kind="org",
                actor_id=slug(entity.text),
                name=entity.text,
                country=country,
                sector=sector,
            )
        )
    # An organisation that contains other mentions replaces them ("Dewan Keamanan Nasional AS").
    keep = [
        a
        for a in actors
        if not any(
            o.start <= a.start and a.end <= o.end and (o.start, o.end) != (a.start, a.end)
            for o in found
        )
    ]
    actors[:] = keep
    return found


def _collectives(text: str, actors: list[Actor], cues: dict[str, str]) -> list[Actor]:
    """Add "kedua negara" / "both leaders" as group mentions of the last two named."""
    lowered = text.lower()
    added = []
    for cue, kind in cues.items():
        if not kind.startswith("collective_"):
            continue
        wanted = "person" if kind == "collective_person" else "country"
        for found in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered):
            before = [a for a in actors if a.end <= found.start() and a.kind == wanted]
            members: list[str] = []
            for actor in reversed(before):
                if actor.actor_id and actor.actor_id not in members:
                    members.append(actor.actor_id)
                if len(members) == 2:
                    break
            if len(members) == 2:
                added.append(
                    Actor(
                        text=text[found.start() : found.end()],
                        start=found.start(),
                        end=found.end(),
                        kind="group",
                        actor_id=None,
                        name=None,
                        country=None,
                        sector=None,
                        members=tuple(reversed(members)),
                    )
                )
    return sorted([*actors, *added], key=lambda a: (a.start, -a.end))


def _places(
    text: str, entities: tuple[Entity, ...], matches: list[Match], options: ResolveOptions
) -> tuple[Place, ...]:
    """Countries named in the text and LOC entities the place index knows."""
    named = {m.country for m in matches if m.kind == "country"}
    places: list[Place] = []
    for match in matches:
        if match.kind == "country" and match.detail in _PLACE_DETAILS and match.detail != "capital":
            places.append(country_place(match, options.registry))
    spans = [(p.start, p.end) for p in places]
    candidates = [(e.start, e.end) for e in entities if e.label in {"LOC", "GPE"}]
    candidates += [(m.start, m.end) for m in matches if m.detail == "capital"]
    for start, end in sorted(set(candidates)):
        if any(start < e and s < end for s, e in spans):
            continue
        place = options.places.resolve(text[start:end], start, end, countries=named)
        if place is not None:
            places.append(place)
            spans.append((start, end))
    return tuple(sorted(places, key=lambda p: p.start))


def _group_id(country: str | None, sector: str | None, phrase: _Phrase) -> str:
    if country and sector:
        return f"{country}-{sector}"
    return slug(" ".join(m.text for m in phrase.parts))


def _name_words(name: str) -> list[str]:
    """Words a later mention may use alone: "Kim", "Jong-un", "Putin"."""
    return [w for w in name.split() if w[:1].isupper() and len(w) > 1]


def slug(name: str) -> str:
    """Return a readable id for a name: "Sergei Shoigu" -> "sergei-shoigu"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unknown"
