"""The actor registry (issue #4, item 1): countries, organisations, people and role nouns.

`load_registry()` reads and validates the tables in `warta/actors/data/`, citing file and
line for every problem, and returns a `Registry` that finds every known name in a text with
one Aho-Corasick pass and tells which office a person held on a given date.

Case rules for `Registry.find`: an alias written in capitals of up to six characters ("AS",
"UE", "WHO") matches only as written, so the Indonesian word "as" and the English "who"
never match; an alias starting with a capital needs a capital in the text ("Lima" the
capital, not "lima" the number); the rest of an alias matches regardless of case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick

from warta.errors import LangDataError

DEFAULT = Path(__file__).parent / "data"

SECTORS = frozenset(
    {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "IGO", "NGO"}
)
ALIAS_KINDS = frozenset({"name", "short", "abbrev", "demonym", "adjective", "capital", "seat"})
ROLE_NOUN_KINDS = frozenset({"role", "group"})
ORG_ALIAS_KINDS = frozenset({"name", "short", "abbrev"})
LANGS = frozenset({"id", "en", "*"})

# When a person holds several offices at once, the one a news report most likely means.
_SECTOR_PRIORITY = ("GOV", "MIL", "COP", "JUD", "IGO", "LEG", "REB", "OPP", "PTY")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_EXACT_MAX_LENGTH = 6


@dataclass(frozen=True)
class CountryInfo:
    """One country or territory of countries.tsv."""

    iso3: str
    iso2: str
    name_en: str
    name_id: str
    capital_en: str
    capital_id: str


@dataclass(frozen=True)
class Organisation:
    """One organisation of orgs.tsv: an armed group, party, national body or news outlet."""

    org_id: str
    name: str
    country: str
    sector: str


@dataclass(frozen=True)
class Person:
    """One person of people.tsv."""

    actor_id: str
    name: str
    variants: tuple[str, ...]
    country: str
    note: str


@dataclass(frozen=True)
class Role:
    """An office held between two dates; `end` is "" while it is held."""

    actor_id: str
    country: str
    sector: str
    role: str
    start: str
    end: str
    first_day: date
    last_day: date | None

    def held_on(self, on: date) -> bool:
        """Return whether the office was held on `on` (partial dates cover their span)."""
        return self.first_day <= on and (self.last_day is None or on <= self.last_day)


@dataclass(frozen=True)
class Match:
    """A registry name found in a text at [start, end).

    kind is "country", "igo", "org", "person" or "role_noun"; key is the ISO alpha-3 code,
    the IGO code, the org_id, the actor_id or "SECTOR:role" for a role noun; country is the
    ISO or IGO code (a person's nationality, which `Registry.person_role` refines by date;
    "" for role nouns); detail is the alias kind ("capital", "seat", "abbrev" ...)
    for countries, IGOs and organisations, "role" or "group" for role nouns, "" for people.
    """

    start: int
    end: int
    text: str
    kind: str
    key: str
    name: str
    country: str
    sector: str
    detail: str


@dataclass
class _Entry:
    """What one alias (compared in lower case) stands for, with where it was defined."""

    kind: str
    key: str
    name: str
    country: str
    sector: str
    detail: str
    langs: set[str]
    origin: str
    spellings: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Registry:
    """Validated registry tables with an automaton over every alias."""

    countries: dict[str, CountryInfo]
    igos: dict[str, str]
    igo_parents: dict[str, str]
    people: dict[str, Person]
    roles: dict[str, tuple[Role, ...]]
    role_noun_count: int
    alias_count: int
    _entries: dict[str, _Entry]
    _automaton: ahocorasick.Automaton
    orgs: dict[str, Organisation] = field(default_factory=dict)

    def country(self, iso3: str) -> CountryInfo:
        """Return the country with ISO alpha-3 code `iso3`."""
        try:
            return self.countries[iso3]
        except KeyError:
            raise LangDataError(f"unknown country code {iso3!r} (not in countries.tsv)") from None

    def person(self, actor_id: str) -> Person:
        """Return the person with `actor_id`."""
        try:
            return self.people[actor_id]
        except KeyError:
            raise LangDataError(f"unknown actor_id {actor_id!r} (not in people.tsv)") from None

    def person_roles(self, actor_id: str, on: date) -> tuple[Role, ...]:
        """Return every office `actor_id` held on `on`, the most telling first."""
        held = [role for role in self.roles.get(actor_id, ()) if role.held_on(on)]
        return tuple(sorted(held, key=_role_rank))

    def person_role(self, actor_id: str, on: date) -> Role | None:
        """Return the office `actor_id` held on `on`, or None when they held none."""
        held = self.person_roles(actor_id, on)
        return held[0] if held else None

    def holders(self, country: str, role: str, on: date) -> tuple[str, ...]:
        """Return the actor_ids of everyone holding office `role` of `country` on `on`."""
        offices = self._offices.get((country, role), ())
        return tuple(sorted({held.actor_id for held in offices if held.held_on(on)}))

    def offices_by_surname(self, surname: str, role: str) -> frozenset[str]:
        """Return the countries where a person called `surname` ("Bush") held `role` at any
        time: a title before a bare surname names one country when this has one member."""
        people = self._surnames.get(surname.lower(), ())
        return frozenset(
            held.country
            for actor_id in people
            for held in self.roles.get(actor_id, ())
            if held.role == role
        )

    @cached_property
    def _surnames(self) -> dict[str, tuple[str, ...]]:
        """Actor ids by the last word of each name and variant, in lower case."""
        found: dict[str, set[str]] = {}
        for person in self.people.values():
            for name in (person.name, *person.variants):
                words = name.split()
                if len(words) > 1:
                    found.setdefault(_lower(words[-1]), set()).add(person.actor_id)
        return {surname: tuple(sorted(ids)) for surname, ids in found.items()}

    @cached_property
    def _offices(self) -> dict[tuple[str, str], tuple[Role, ...]]:
        """Roles by (country, office), so `holders` reads a few rows, not every office."""
        found: dict[tuple[str, str], list[Role]] = {}
        for offices in self.roles.values():
            for held in offices:
                found.setdefault((held.country, held.role), []).append(held)
        return {key: tuple(rows) for key, rows in found.items()}

    def find(
        self, text: str, *, lang: str | None = None, clitics: frozenset[str] = frozenset()
    ) -> list[Match]:
        """Return the longest non-overlapping registry names in `text`, in text order.

        With `lang` ("id" or "en") only aliases of that language or of both are matched.
        Matches start and end at word boundaries; a role noun may also end before one of
        `clitics` ("pendukung" in "pendukungnya").
        """
        lowered = _lower(text)
        candidates: list[tuple[int, int, _Entry]] = []
        for last, alias in self._automaton.iter(lowered):
            start, end = last + 1 - len(alias), last + 1
            entry = self._entries[alias]
            if not _at_word_boundaries(text, start, end) and not (
                entry.kind == "role_noun" and _before_clitic(lowered, start, end, clitics)
            ):
                continue
            if lang is not None and lang not in entry.langs and "*" not in entry.langs:
                continue
            if any(_case_fits(spelling, text[start:end]) for spelling in entry.spellings):
                candidates.append((start, end, entry))
        candidates.sort(key=lambda item: (item[0] - item[1], item[0]))
        taken = bytearray(len(text))
        chosen = []
        for start, end, entry in candidates:
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                chosen.append(_match(text, start, end, entry))
        return sorted(chosen, key=lambda match: match.start)


def _role_rank(role: Role) -> tuple[int, int]:
    sector_rank = (
        _SECTOR_PRIORITY.index(role.sector)
        if role.sector in _SECTOR_PRIORITY
        else len(_SECTOR_PRIORITY)
    )
    return sector_rank, -role.first_day.toordinal()


def _match(text: str, start: int, end: int, entry: _Entry) -> Match:
    return Match(
        start=start,
        end=end,
        text=text[start:end],
        kind=entry.kind,
        key=entry.key,
        name=entry.name,
        country=entry.country,
        sector=entry.sector,
        detail=entry.detail,
    )


def _lower(text: str) -> str:
    """Lower-case `text` keeping every character at its offset."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters ("İ") lower into two; keep those as they are so offsets hold.
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _at_word_boundaries(text: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not text[start - 1].isalnum()
    after_ok = end == len(text) or not text[end].isalnum()
    return before_ok and after_ok


def _before_clitic(lowered: str, start: int, end: int, clitics: frozenset[str]) -> bool:
    if start > 0 and lowered[start - 1].isalnum():
        return False
    return any(
        lowered.startswith(clitic, end)
        and (end + len(clitic) == len(lowered) or not lowered[end + len(clitic)].isalnum())
        for clitic in clitics
    )


def _is_exact_only(alias: str) -> bool:
    return alias.upper() == alias and alias.lower() != alias and len(alias) <= _EXACT_MAX_LENGTH


def _case_fits(alias: str, found: str) -> bool:
    """Apply the module docstring's case rules to one alias and the text it matched."""
    if _is_exact_only(alias):
        return found == alias
    if alias[0].isupper():
        return found[0].isupper()
    return True


# --- loading and validation


def load_registry(folder: Path = DEFAULT) -> Registry:
    """Read and validate the registry tables in `folder`; errors cite file and line."""
    return _load_registry(Path(folder).resolve())


@lru_cache(maxsize=8)
def _load_registry(folder: Path) -> Registry:
    countries = _read_countries(folder / "countries.tsv")
    igos, igo_parents, igo_aliases = _read_igos(folder / "igos.tsv")
    codes = set(countries) | set(igos)
    people = _read_people(folder / "people.tsv", countries)
    roles = _read_roles(folder / "roles.tsv", people, codes)
    entries: dict[str, _Entry] = {}
    for iso3, info in countries.items():
        origin = f"{folder / 'countries.tsv'} ({iso3})"
        for alias, lang in ((info.name_en, "en"), (info.name_id, "id")):
            entry = _Entry("country", iso3, info.name_en, iso3, "", "name", {lang}, origin)
            _add_alias(entries, alias, entry)
    alias_rows = _read_country_aliases(folder / "country_aliases.tsv", countries)
    for alias, entry in [*alias_rows, *igo_aliases]:
        _add_alias(entries, alias, entry)
    orgs, org_aliases = _read_orgs(folder / "orgs.tsv", countries)
    for alias, entry in org_aliases:
        _add_alias(entries, alias, entry)
    role_nouns = _read_role_nouns(folder / "role_nouns.tsv")
    for alias, entry in role_nouns:
        _add_alias(entries, alias, entry)
    for person in people.values():
        origin = f"{folder / 'people.tsv'} ({person.actor_id})"
        for alias in (person.name, *person.variants):
            entry = _Entry(
                "person", person.actor_id, person.name, person.country, "", "", {"*"}, origin
            )
            _add_alias(entries, alias, entry)
    automaton = ahocorasick.Automaton()
    for lowered in entries:
        automaton.add_word(lowered, lowered)
    automaton.make_automaton()
    return Registry(
        countries=countries,
        igos=igos,
        igo_parents=igo_parents,
        people=people,
        roles=roles,
        role_noun_count=len(role_nouns),
        alias_count=len(alias_rows),
        _entries=entries,
        _automaton=automaton,
        orgs=orgs,
    )


def _add_alias(entries: dict[str, _Entry], alias: str, entry: _Entry) -> None:
    """Register `alias` for `entry`; the same alias for another actor is an error."""
    lowered = _lower(alias)
    known = entries.get(lowered)
    if known is None:
        entry.spellings.add(alias)
        entries[lowered] = entry
        return
    if (known.kind, known.key) != (entry.kind, entry.key):
        raise LangDataError(
            f"{entry.origin}: alias {alias!r} already stands for {known.kind} {known.key} "
            f"at {known.origin}; an alias must name one actor"
        )
    known.spellings.add(alias)
    known.langs |= entry.langs


def _rows(path: Path, columns: tuple[str, ...]) -> Iterable[tuple[str, dict[str, str]]]:
    """Yield ("file:line", row) for each data row of a TSV table with exactly `columns`."""
    if not path.is_file():
        raise LangDataError(f"{path}: file is missing")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LangDataError(f"{path}: not UTF-8 ({exc})") from exc
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        where = f"{path}:{number}"
        if header is None:
            header = cells
            if tuple(header) != columns:
                raise LangDataError(
                    f"{where}: header is {' '.join(header)!r}, expected {' '.join(columns)!r}"
                )
            continue
        if len(cells) != len(columns):
            raise LangDataError(
                f"{where}: malformed row: expected {len(columns)} tab-separated columns "
                f"({', '.join(columns)}), found {len(cells)}"
            )
        row = dict(zip(columns, cells, strict=True))
        yield where, row


def _require(where: str, row: dict[str, str], *names: str) -> None:
    for name in names:
        if not row[name]:
            raise LangDataError(f"{where}: malformed row: column {name!r} is empty")


def _check_choice(where: str, column: str, value: str, allowed: Iterable[str]) -> None:
    allowed = frozenset(allowed)
    if value not in allowed:
        raise LangDataError(
            f"{where}: unknown {column} {value!r} (expected one of {', '.join(sorted(allowed))})"
        )


def _read_countries(path: Path) -> dict[str, CountryInfo]:
    columns = ("iso3", "iso2", "name_en", "name_id", "capital_en", "capital_id")
    countries: dict[str, CountryInfo] = {}
    for where, row in _rows(path, columns):
        _require(where, row, "iso3", "iso2", "name_en", "name_id")
        if not re.fullmatch(r"[A-Z]{3}", row["iso3"]):
            raise LangDataError(f"{where}: iso3 {row['iso3']!r} is not three capital letters")
        if row["iso3"] in countries:
            raise LangDataError(f"{where}: duplicate iso3 {row['iso3']!r}")
        countries[row["iso3"]] = CountryInfo(**row)
    return countries


def _read_country_aliases(
    path: Path, countries: dict[str, CountryInfo]
) -> list[tuple[str, _Entry]]:
    columns = ("iso3", "lang", "alias", "kind", "sector")
    aliases = []
    for where, row in _rows(path, columns):
        _require(where, row, "iso3", "lang", "alias", "kind")
        _check_choice(where, "iso3", row["iso3"], countries)
        _check_choice(where, "lang", row["lang"], LANGS)
        _check_choice(where, "kind", row["kind"], ALIAS_KINDS)
        if row["sector"]:
            _check_choice(where, "sector", row["sector"], SECTORS)
        info = countries[row["iso3"]]
        entry = _Entry(
            "country", info.iso3, info.name_en, info.iso3, row["sector"], row["kind"],
            {row["lang"]}, where,
        )  # fmt: skip
        aliases.append((row["alias"], entry))
    return aliases


def _read_igos(path: Path) -> tuple[dict[str, str], dict[str, str], list[tuple[str, _Entry]]]:
    """Return IGO names (the first English name of each code), parents and aliases."""
    columns = ("code", "lang", "alias", "kind", "sector", "parent")
    rows = list(_rows(path, columns))
    names: dict[str, str] = {}
    for where, row in rows:
        _require(where, row, "code", "lang", "alias", "kind", "sector")
        _check_choice(where, "lang", row["lang"], LANGS)
        _check_choice(where, "kind", row["kind"], ALIAS_KINDS)
        _check_choice(where, "sector", row["sector"], {"IGO", "NGO"})
        if row["kind"] == "name" and row["lang"] in ("en", "*"):
            names.setdefault(row["code"], row["alias"])
        names.setdefault(row["code"], "")
    parents: dict[str, str] = {}
    aliases = []
    for where, row in rows:
        if row["parent"]:
            _check_choice(where, "parent", row["parent"], names)
            parents[row["code"]] = row["parent"]
        name = names[row["code"]] or row["alias"]
        entry = _Entry(
            "igo", row["code"], name, row["code"], row["sector"], row["kind"], {row["lang"]}, where
        )
        aliases.append((row["alias"], entry))
    return {code: name or code for code, name in names.items()}, parents, aliases


def _read_orgs(
    path: Path, countries: dict[str, CountryInfo]
) -> tuple[dict[str, Organisation], list[tuple[str, _Entry]]]:
    """Return organisations (named by the first row of each org_id) and their aliases."""
    if not path.exists():
        return {}, []  # optional: a registry of states and people alone is complete
    columns = ("org_id", "country", "sector", "lang", "alias", "kind")
    orgs: dict[str, Organisation] = {}
    aliases = []
    for where, row in _rows(path, columns):
        _require(where, row, *columns)
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", row["org_id"]):
            raise LangDataError(f"{where}: org_id {row['org_id']!r} is not a lowercase slug")
        _check_choice(where, "country", row["country"], countries)
        _check_choice(where, "sector", row["sector"], SECTORS)
        _check_choice(where, "lang", row["lang"], LANGS)
        _check_choice(where, "kind", row["kind"], ORG_ALIAS_KINDS)
        org = orgs.setdefault(
            row["org_id"], Organisation(row["org_id"], row["alias"], row["country"], row["sector"])
        )
        if (org.country, org.sector) != (row["country"], row["sector"]):
            raise LangDataError(
                f"{where}: {row['org_id']} has country {row['country']} and sector "
                f"{row['sector']}, but an earlier row says {org.country} {org.sector}"
            )
        entry = _Entry(
            "org", org.org_id, org.name, org.country, org.sector, row["kind"], {row["lang"]}, where
        )
        aliases.append((row["alias"], entry))
    return orgs, aliases


def _read_role_nouns(path: Path) -> list[tuple[str, _Entry]]:
    columns = ("lang", "phrase", "sector", "role", "kind")
    nouns = []
    for where, row in _rows(path, columns):
        _require(where, row, "lang", "phrase", "role", "kind")
        _check_choice(where, "lang", row["lang"], LANGS)
        _check_choice(where, "kind", row["kind"], ROLE_NOUN_KINDS)
        if row["sector"]:
            _check_choice(where, "sector", row["sector"], SECTORS)
        key = f"{row['sector']}:{row['role']}"
        entry = _Entry(
            "role_noun", key, row["role"], "", row["sector"], row["kind"], {row["lang"]}, where
        )
        nouns.append((row["phrase"], entry))
    return nouns


def _read_people(path: Path, countries: dict[str, CountryInfo]) -> dict[str, Person]:
    columns = ("actor_id", "name", "variants", "country", "note")
    people: dict[str, Person] = {}
    for where, row in _rows(path, columns):
        _require(where, row, "actor_id", "name", "country")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", row["actor_id"]):
            raise LangDataError(f"{where}: actor_id {row['actor_id']!r} is not a lowercase slug")
        if row["actor_id"] in people:
            raise LangDataError(f"{where}: duplicate actor_id {row['actor_id']!r}")
        _check_choice(where, "iso3", row["country"], countries)
        variants = tuple(v.strip() for v in row["variants"].split("|") if v.strip())
        people[row["actor_id"]] = Person(
            row["actor_id"], row["name"], variants, row["country"], row["note"]
        )
    return people


def _read_roles(
    path: Path, people: dict[str, Person], codes: set[str]
) -> dict[str, tuple[Role, ...]]:
    columns = ("actor_id", "country", "sector", "role", "start", "end")
    roles: dict[str, list[Role]] = {}
    for where, row in _rows(path, columns):
        _require(where, row, "actor_id", "country", "sector", "role", "start")
        if row["actor_id"] not in people:
            raise LangDataError(f"{where}: role for unknown actor_id {row['actor_id']!r}")
        _check_choice(where, "country", row["country"], codes)
        _check_choice(where, "sector", row["sector"], SECTORS)
        first_day, _ = _date_span(where, row["start"])
        last_day = _date_span(where, row["end"])[1] if row["end"] else None
        if last_day is not None and last_day < first_day:
            raise LangDataError(f"{where}: bad date: end {row['end']} is before {row['start']}")
        role = Role(**row, first_day=first_day, last_day=last_day)
        roles.setdefault(row["actor_id"], []).append(role)
    return {actor_id: tuple(held) for actor_id, held in roles.items()}


def _date_span(where: str, value: str) -> tuple[date, date]:
    """Return the first and last day a YYYY, YYYY-MM or YYYY-MM-DD date covers."""
    found = _DATE.match(value)
    if not found:
        raise LangDataError(f"{where}: bad date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = found.groups()
    try:
        if day:
            exact = date(int(year), int(month), int(day))
            return exact, exact
        if month:
            first = date(int(year), int(month), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, date.fromordinal(following.toordinal() - 1)
        return date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError as exc:
        raise LangDataError(f"{where}: bad date {value!r} ({exc})") from exc
