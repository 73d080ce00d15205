"""Actor and place resolution: Doc mentions -> Actors and Places (issue #4).

One registry pass finds countries, capitals, seats of government, IGOs, known people and
role nouns. Adjacent role nouns and countries form role phrases ("Menteri Pertahanan
Rusia", "Pemerintah Seoul", "North Korean officials"). A person next to a role phrase
(before or after it, with or without a comma) takes the office the registry says they
held on the publication date, or the phrase's office when the text marks it as past
("Presiden AS saat itu, Donald Trump") or the registry does not know them. A later
surname ("Kim", "Putin") is the person met before; "kedua negara" the last two states.

Organisations of the registry (Hamas, KPU, Reuters) are actors of their own country and
sector, and give both to role nouns beside them ("Hamas militants", "Gubernur BI"). A
title inside a NER person span ("President Mohamed Bazoum") becomes the role phrase. A
definite office with no name ("Presiden", "the North Korean leader") is the one person the
registry says held it on the publication date.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date

from warta.actors.coref import bare_surnames, collectives, name_words, office_holder
from warta.actors.place_mentions import (
    PLACE_CUE_KINDS,
    PlaceCues,
    find_places,
    without_place_names,
)
from warta.actors.places import PlaceIndex
from warta.actors.registry import Match, Registry
from warta.lang import LangData
from warta.records import Actor, Doc, Entity, Place

_GLUE = re.compile(r"^[ \t]*$")
# "Russia's defence ministry": a possessive joins a country to the role after it.
_POSSESSIVE = re.compile(r"^['’]s[ \t]+(?:[a-z]+[ \t]+)?$")
# Between a role phrase and the name it describes: a comma, or an abbreviation in
# brackets first ("Pemimpin Korea Utara (Korut), Kim Jong-un").
_APPOSITION_GAP = re.compile(r"\s*(?:\([^()]{1,24}\))?\s*,?\s*")
# After a name: "Laura Mendes, a spokeswoman for ...".
_TRAILING_GAP = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_BODY_KINDS = {"country", "igo", "org"}
_NOT_ACTOR_CUES = PLACE_CUE_KINDS | {"clitic"}
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
_STATE_DETAILS = {"name", "short", "abbrev", "capital", "seat"}
_PEOPLE_DETAILS = {"adjective", "demonym"}
# The rest of a name: capitalised words ("Karyoto", "Ade Rahmat", "Jong-un").
_NAME_AFTER = re.compile(r"(?:[ \t][A-Z][\w'’.-]*)+")
# Between a head and the body it heads, a unit's name: "Ketua Komisi I DPR".
_HEAD_GAP = re.compile(r"[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}")


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
        seats = [m.sector for m in self.parts if m.kind in _BODY_KINDS and m.sector]
        bodies = [m.sector for m in self.parts if m.kind in {"igo", "org"} and m.sector]
        if sectors and bodies and sectors[0] == "GOV":
            # "Red Cross officials", "Hamas officials": the staff of a body share its sector.
            return bodies[0]
        if sectors:
            return sectors[-1] if self.roles[0].sector == "" else sectors[0]
        if seats:
            return seats[0]
        return "IGO" if any(m.kind == "igo" for m in self.parts) else None

    @property
    def country(self) -> str | None:
        for match in self.parts:
            if match.kind in _BODY_KINDS:
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
    rows = lang.table("actor_cues")
    clitics = frozenset(row["cue"].lower() for row in rows if row["kind"] == "clitic")
    matches = options.registry.find(text, lang=doc.lang, clitics=clitics)
    stances = tuple(row["cue"].lower() for row in rows if row["kind"] == "stance_prefix")
    origins = tuple(row["cue"].lower() for row in rows if row["kind"] == "origin_suffix")
    matches = [
        m
        for m in matches
        if not _after_stance(text, m, stances) and not _before_origin(text, m, origins)
    ]
    place_cues = PlaceCues.from_rows(rows, lang.meta.get("country"))
    matches = without_place_names(text, matches, options.places, place_cues)
    places = find_places(text, doc.entities, matches, options, place_cues)
    cues = {r["cue"].lower(): r["kind"] for r in rows if r["kind"] not in _NOT_ACTOR_CUES}
    links = {cue for cue, kind in cues.items() if kind == "link"}
    ties = links | {r["cue"].lower() for r in rows if r["kind"] == "place_preposition"}
    qualifiers = {cue for cue, kind in cues.items() if kind == "role_qualifier"}
    phrases = _phrases(text, [m for m in matches if m.kind != "person"], links, qualifiers)
    prepositions = {r["cue"].lower() for r in rows if r["kind"] == "place_preposition"}
    peoples = [m.country for m in matches if m.kind == "country" and m.detail in _PEOPLE_DETAILS]
    home = options.home_country or _main_country(places, lang, text, prepositions, peoples)
    options = replace(options, home_country=home)
    people = _people(text, matches, doc.entities)
    actors: list[Actor] = []
    used: set[int] = set()
    known: dict[str, Actor] = {}
    readings: dict[str, Actor] = {}
    for start, end, match in people:
        phrase, past = _apposition(text, start, end, phrases, cues, options)
        if phrase is not None:
            used.add(id(phrase))
        opening = phrase.start if phrase is not None and phrase.start < start else start
        former = _former(text[max(0, opening - 12) : opening], cues)
        past = past or _past_before(text[max(0, opening - 16) : opening], cues)
        actor = _person(text[start:end], start, end, match, phrase, past, former, options)
        surname_of = known.get(text[start:end]) if match is None and phrase is None else None
        if surname_of is not None:
            actor = replace(surname_of, text=text[start:end], start=start, end=end)
        elif phrase is None and actor.actor_id in readings:
            # A later mention without a role of its own is read as the first one was.
            actor = replace(readings[actor.actor_id], text=text[start:end], start=start, end=end)
        actors.append(actor)
        if actor.actor_id:
            readings.setdefault(actor.actor_id, actor)
        if actor.actor_id and len(text[start:end].split()) > 1:
            for word in name_words(text[start:end]):
                known.setdefault(word, actor)
    actors.extend(bare_surnames(text, known, actors, matches))
    named: dict[str, str] = {}  # role key -> the country it was last named with
    for phrase in phrases:
        if phrase.roles and phrase.country:
            named[phrase.roles[0].key] = phrase.country
        if id(phrase) not in used:
            country = (
                _place_beside(text, phrase, places)
                or (named.get(phrase.roles[0].key) if phrase.roles else None)
                or _country_near(phrase, phrases, doc, links)
            )
            actors.extend(
                _phrase_actors(
                    text,
                    phrase,
                    options,
                    country_hint=country,
                    cues=cues,
                    residence=_residence(text, phrase, places, cues, ties),
                    language_home=lang.meta.get("country"),
                )
            )
    actors.extend(_orgs(text, doc.entities, actors, matches, options))
    actors.sort(key=lambda a: (a.start, -a.end))
    actors = collectives(text, actors, cues)
    return tuple(actors), places


def _after_stance(text: str, match: Match, prefixes: tuple[str, ...]) -> bool:
    """Tell whether a country word only names a side ("pro-Russian separatists",
    "demonstran anti-Amerika"): the group is not of that country."""
    return (
        match.kind == "country"
        and bool(prefixes)
        and text[max(0, match.start - 8) : match.start].lower().endswith(prefixes)
    )


def _placed(text: str, place: Place, prepositions: set[str]) -> bool:
    """Tell whether a place word stands right before a place ("in Syria", "di Suriah")."""
    before = text[max(0, place.start - 12) : place.start].lower().split()
    return bool(before) and before[-1] in prepositions


def _before_origin(text: str, match: Match, suffixes: tuple[str, ...]) -> bool:
    """Tell whether a country word only says where a thing or a group comes from or who
    stands behind it ("Iranian-made drones", "a U.S.-based cleric", "Iran-backed militias"):
    it names no party of that country."""
    return (
        match.kind == "country"
        and bool(suffixes)
        and text[match.end : match.end + 12].lower().startswith(suffixes)
    )


def _main_country(
    places: tuple[Place, ...],
    lang: LangData,
    text: str,
    prepositions: set[str],
    peoples: list[str],
) -> str | None:
    """The country a story is about when no dateline says: the one it names most, counting
    its cities and regions ("Polda Bali ... Denpasar" is Indonesia even when one Australian
    is mentioned), else the language's home country."""
    home = lang.meta.get("country")
    counts: dict[str, int] = {}
    for place in places:
        if place.country:
            # A name of the home country weighs double: a story in its language that names
            # it ("Kemlu membantah Indonesia ... pengungsi Palestina ... Gaza") is its own.
            weight = 2 if place.country == home else 1
            counts[place.country] = counts.get(place.country, 0) + weight
    for country in peoples if home is None else ():
        # "Turkish President ... Turkish troops": in a language with no home country of its
        # own (English), a people named is the story's too
        counts[country] = counts.get(country, 0) + 1
    if counts:
        # A tie goes to the language's home country, whose news this most likely is, then
        # to a country whose town or region is named: where the story takes place ("gunmen
        # stormed the U.S. consulate in Benghazi" happens in Libya).
        scenes = {
            p.country for p in places if p.kind != "country" or _placed(text, p, prepositions)
        }
        return max(counts, key=lambda code: (counts[code], code == home, code in scenes))
    return home


def _phrases(
    text: str,
    matches: list[Match],
    links: set[str],
    qualifiers: frozenset[str] | set[str] = frozenset(),
) -> list[_Phrase]:
    """Group adjacent matches into role phrases; keep lone countries, IGOs and orgs too.

    Qualifiers of an office between a country and its role noun do not part them
    ("Nigerian junior foreign minister", "the Afghan acting defence minister")."""
    phrases: list[_Phrase] = []
    for match in matches:
        last = phrases[-1] if phrases else None
        gap = text[last.end : match.start] if last is not None else ""
        if (
            match.kind == "role_noun"
            and gap.split()
            and all(word.lower() in qualifiers for word in gap.split())
        ):
            gap = " "
        if last is not None and _joins(gap, last, match, links):
            last.parts.append(match)
            last.end = match.end
        else:
            phrases.append(_Phrase(match.start, match.end, [match]))
    return phrases


def _joins(gap: str, last: _Phrase, match: Match, links: set[str]) -> bool:
    """Whether `match` continues the phrase `last` across `gap`.

    Spaces join a role noun to anything before it ("Hamas militants") and a country to
    a role phrase without one; a possessive joins a role to its country ("Russia's
    defence ministry", "South Korea's unification ministry"); a link word joins a
    country to a role ("pilot asal Selandia Baru", "spokeswoman for the Red Cross").
    """
    if _HEAD_GAP.fullmatch(gap) and _bare_head(last) and _is_body(match):
        return True
    if match.kind == "role_noun":
        return bool(_GLUE.match(gap)) or (last.country is not None and bool(_POSSESSIVE.match(gap)))
    if not last.roles or last.country is not None:
        return False
    return bool(_GLUE.match(gap)) or " ".join(gap.lower().split()) in links


def _bare_head(phrase: _Phrase) -> bool:
    """Whether a phrase is only a head word with no sector of its own ("Ketua", "Kepala")."""
    return phrase.country is None and all(
        m.kind == "role_noun" and not m.sector for m in phrase.parts
    )


def _is_body(match: Match) -> bool:
    return match.kind in {"org", "igo"} or (match.kind == "role_noun" and match.detail == "group")


def _people(
    text: str, matches: list[Match], entities: tuple[Entity, ...]
) -> list[tuple[int, int, Match | None]]:
    """Return person spans: registry people, then NER persons that do not overlap them.

    A NER person that is wholly a registry name of another kind ("Washington", "General
    Staff") is not a person; leading titles ("President", "Kombes") are cut off so they
    read as the role phrase before the name.
    """
    found = [(m.start, m.end, m) for m in matches if m.kind == "person"]
    taken = [(s, e) for s, e, _ in found]
    others = [m for m in matches if m.kind != "person"]
    for entity in entities:
        if entity.label != "PER":
            continue
        if any(entity.start < e and s < entity.end for s, e in taken):
            continue
        start = _after_titles(text, entity.start, entity.end, others)
        if any(m.start <= start and entity.end <= m.end for m in others):
            continue
        found.append((start, entity.end, None))
    return sorted(found, key=lambda item: item[0])


def _after_titles(text: str, start: int, end: int, matches: list[Match]) -> int:
    """Return where the name starts in a NER person span that begins with titles.

    Role nouns come off ("Prime Minister Ryutaro Hashimoto", also when the span starts
    inside one: "[Prime] Minister ..."), and so does a country before a role noun
    ("Kyrgyz Prime Minister Nikolai Tanaev"), so that they read as the role phrase.
    """
    heads = sorted((m for m in matches if m.end < end and start < m.end), key=lambda m: m.start)
    for number, match in enumerate(heads):
        if not match.start <= start < match.end:
            continue
        following = heads[number + 1] if number + 1 < len(heads) else None
        title = match.kind == "role_noun" or (
            match.kind == "country"
            and following is not None
            and following.kind == "role_noun"
            and _GLUE.match(text[match.end : following.start]) is not None
        )
        if not title:
            break
        start = match.end + len(text[match.end : end]) - len(text[match.end : end].lstrip())
    # Indonesian puts the office, its unit, then the rank before a name ("Kapolda Metro Jaya
    # Irjen Karyoto"): a rank inside the span that only a name follows starts the name.
    inner = [m for m in heads if m.kind == "role_noun" and start < m.start and m.end < end]
    if inner and _NAME_AFTER.fullmatch(text[inner[-1].end : end]):
        start = inner[-1].end + 1
    return start


def _apposition(
    text: str,
    start: int,
    end: int,
    phrases: list[_Phrase],
    cues: dict[str, str],
    options: ResolveOptions,
) -> tuple[_Phrase | None, bool]:
    """Return the role phrase next to a name and whether a past-role cue marks it.

    Before the name, a place may stand between ("Wali Kota Surabaya Eri Cahyadi").
    """
    for phrase in phrases:
        if not phrase.roles:
            continue
        if phrase.end <= start:
            gap = text[phrase.end : start]
            if len(gap) <= 24:
                past, rest = _strip_cue(gap, cues)
                if _APPOSITION_GAP.fullmatch(rest) or _is_place_gap(rest, options):
                    return phrase, past
        elif phrase.start >= end:
            gap = text[end : phrase.start]
            if _TRAILING_GAP.fullmatch(gap):
                tail = text[phrase.end : phrase.end + 24]
                past, _ = _strip_cue(tail, cues)
                return phrase, past
    return None, False


def _is_place_gap(gap: str, options: ResolveOptions) -> bool:
    words = gap.strip(" ,").split()
    return (
        0 < len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and bool(options.places.candidates(" ".join(words)))
    )


def _strip_cue(gap: str, cues: dict[str, str]) -> tuple[bool, str]:
    lowered = gap.lower()
    for cue, kind in cues.items():
        if kind == "past_role" and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", lowered):
            return True, re.sub(rf"(?i)(?<!\w){re.escape(cue)}(?!\w)", "", gap)
    return False, gap


def _past_before(text_before: str, cues: dict[str, str]) -> bool:
    """Whether a past-role cue stands right before the office ("then-President")."""
    lowered = text_before.lower()
    return any(
        kind == "past_role" and re.search(rf"(?<!\w){re.escape(cue)}[- \t]+$", lowered)
        for cue, kind in cues.items()
    )


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
    if match is not None and phrase is not None and options.published is not None:
        # The office the text names wins when the registry confirms the person held it
        # then ("Ketua Umum Golkar Airlangga Hartarto" is the party chair, not the minister).
        named = registry.person_roles(match.key, options.published)
        confirmed = [r for r in named if r.sector == phrase.sector]
        current = confirmed[0] if confirmed else current
    if phrase is not None and former and current is None:
        # "mantan Presiden AS Donald Trump": the country, not the office, still holds.
        country = phrase.country or (match.country if match else None)
    elif phrase is not None and (past or current is None):
        country = (
            phrase.country
            or (match.country if match else None)
            or _surname_country(text, phrase, registry)
            or options.home_country
        )
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


def _surname_country(name: str, phrase: _Phrase, registry: Registry) -> str | None:
    """The country of an unknown name under a title when the registry knows one holder of
    that office with this surname, or several of one country ("President Bush")."""
    words = name.split()
    if phrase.role is None or not words:
        return None
    countries = registry.offices_by_surname(words[-1], phrase.role)
    return next(iter(countries)) if len(countries) == 1 else None


def _place_beside(text: str, phrase: _Phrase, places: tuple[Place, ...]) -> str | None:
    """The country of a city or region written right against a role phrase ("Bali police",
    "Polda Bali", "polisi Kharkiv"): the body serves that place."""
    for place in places:
        if place.kind == "country" or not place.country:
            continue
        if place.end <= phrase.start and _GLUE.match(text[place.end : phrase.start]):
            return place.country
        if phrase.end <= place.start and _GLUE.match(text[phrase.end : place.start]):
            return place.country
    return None


def _country_near(phrase: _Phrase, phrases: list[_Phrase], doc: Doc, links: set[str]) -> str | None:
    """Return the last country named before `phrase` in its sentence, else the first after.

    A country standing alone across a verb is another party ("Indonesia mendesak junta"),
    and so is any country after a verb ("Kementerian Luar Negeri memanggil duta besar
    Rusia"); one qualifying a phrase before the verb sets the scene ("Thailand's opposition
    accused the government", "tim dari Korut, yang terdiri atas pejabat").
    """
    sentence = next((s for s in doc.sentences if s.start <= phrase.start < s.end), None)
    if sentence is None:
        return None
    countries = [
        (m, bool(other.roles) or _after_link(doc.text, m.start, links))
        for other in phrases
        if other is not phrase and sentence.start <= other.start < sentence.end
        for m in other.parts
        if m.kind == "country"
    ]
    # Tokens are in text order: cut the sentence's out rather than scan every token.
    first = bisect_left(doc.tokens, sentence.start, key=lambda t: t.start)
    last = bisect_left(doc.tokens, sentence.end, key=lambda t: t.start)
    verbs = [
        t.start
        for t in doc.tokens[first:last]
        if t.pos == "VB" and not any(p.start <= t.start < p.end for p in phrases)
    ]

    def across_verb(start: int, end: int) -> bool:
        return any(start <= at < end for at in verbs)

    before = [
        m.country
        for m, qualifies in countries
        if m.end <= phrase.start and (qualifies or not across_verb(m.end, phrase.start))
    ]
    after = [
        m.country
        for m, _ in countries
        if m.start >= phrase.end and not across_verb(phrase.end, m.start)
    ]
    return before[-1] if before else (after[0] if after else None)


def _after_link(text: str, start: int, links: set[str]) -> bool:
    """Whether a link word stands right before `start` ("dari Korut", "asal Jepang")."""
    words = text[max(0, start - 24) : start].lower().split()
    return any(" ".join(words[-len(link.split()) :]) == link for link in links if words)


def _phrase_actors(
    text: str,
    phrase: _Phrase,
    options: ResolveOptions,
    *,
    country_hint: str | None = None,
    cues: dict[str, str] | None = None,
    residence: str | None = None,
    language_home: str | None = None,
) -> list[Actor]:
    """A phrase without a person: an office holder, a group ("militer Myanmar"), a state,
    an IGO or an organisation.

    A group with no country of its own belongs to the country named near it in the
    sentence ("tim dari Korut, ... pejabat"), else to the article's home country. A people
    named where it lives belongs to that country (`residence`). A bare office with no
    country near it ("Presiden", "Kapolresta") is one of the language's home country when it
    has one: Indonesian news names a foreign office with its country.
    """
    if phrase.roles:
        office = all(m.detail == "role" for m in phrase.roles)
        home = (language_home if office else None) or options.home_country
        country = phrase.country or country_hint or home
        holder = office_holder(text, phrase, country, options, cues or {})
        if holder is not None:
            return [holder]
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
    if match.kind in {"igo", "org"}:
        return [
            Actor(
                text=match.text,
                start=match.start,
                end=match.end,
                kind=match.kind,
                actor_id=match.key,
                name=match.name,
                country=match.country,
                sector=match.sector or "IGO",
            )
        ]
    sector = (match.sector or "GOV") if match.detail in _STATE_DETAILS else None
    country = residence if match.detail == "demonym" and residence else match.country
    return [
        Actor(
            text=match.text,
            start=match.start,
            end=match.end,
            kind="country",
            actor_id=f"{country}-{sector}" if sector else country,
            name=match.name,
            country=country,
            sector=sector,
        )
    ]


def _residence(
    text: str, phrase: _Phrase, places: tuple[Place, ...], cues: dict[str, str], ties: set[str]
) -> str | None:
    """The country a people named by its demonym lives in, when the text says where:
    "ethnic Albanians in Macedonia", "the Albanians of southern Serbia", "Palestinians of
    the Israeli-occupied West Bank" (CAMEO and the PLOVER gold code an ethnic group by the
    state it lives in)."""
    if phrase.roles or phrase.parts[0].detail != "demonym":
        return None
    for place in places:
        if place.start < phrase.end or not place.country:
            continue
        words = text[phrase.end : place.start].lower().split()
        if not words or words[0] not in ties:
            return None
        rest = [w for w in words[1:] if cues.get(w) != "place_modifier" and "-" not in w]
        return place.country if not rest else None
    return None


def _orgs(
    text: str,
    entities: tuple[Entity, ...],
    actors: list[Actor],
    matches: list[Match],
    options: ResolveOptions,
) -> list[Actor]:
    """NER organisations the registry did not cover, with any country or role inside.

    A state body with no country in its name ("Kementerian ESDM") is the home country's.
    """
    found = []
    for entity in entities:
        if entity.label != "ORG":
            continue
        if any(a.start <= entity.start and entity.end <= a.end for a in actors):
            continue
        inside = [m for m in matches if entity.start <= m.start and m.end <= entity.end]
        country = next((m.country for m in inside if m.kind in {"country", "igo"}), None)
        sector = next((m.sector for m in inside if m.kind == "role_noun" and m.sector), None)
        if country is None and sector in _STATE_SECTORS:
            country = options.home_country
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


def _group_id(country: str | None, sector: str | None, phrase: _Phrase) -> str:
    if country and sector:
        return f"{country}-{sector}"
    return slug(" ".join(m.text for m in phrase.parts))


def slug(name: str) -> str:
    """Return a readable id for a name: "Sergei Shoigu" -> "sergei-shoigu"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unknown"
