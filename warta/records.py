"""The records every stage passes on (SPEC section 3): frozen dataclasses, no I/O.

Stages take records and return new ones; they never edit their inputs. Every record
converts to and from a plain dict (`to_dict`/`from_dict`), which is what the store,
the API, JSON output and a distributed engine carry.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T", bound="Record")

# SPEC section 3: the 16 PLOVER 2.0 event types and the eight statuses an event can have.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
EVENT_STATUSES = (
    "occurred", "planned", "expected", "speculated", "conditional", "denied", "negated", "claimed",
)  # fmt: skip


def stable_id(*parts: str, length: int = 16) -> str:
    """Return a short hex id that depends only on `parts` (stable across runs and machines)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


class Record:
    """Mixin giving a dataclass `to_dict`/`from_dict` over plain JSON types."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Build the record from a dict, ignoring unknown keys and nesting known records."""
        kwargs: dict[str, Any] = {}
        for fld in dataclasses.fields(cls):  # type: ignore[arg-type]
            if fld.name not in data:
                continue
            value = data[fld.name]
            nested = _NESTED.get((cls.__name__, fld.name))
            if nested is not None and value is not None:
                value = tuple(nested.from_dict(item) for item in value)
            elif isinstance(value, list):
                value = tuple(value)
            kwargs[fld.name] = value
        return cls(**kwargs)


@dataclass(frozen=True)
class RawDocument(Record):
    """One input as a source read it, before extraction.

    `source` names where it came from (a path, URL, `file.jsonl:12`, `file.warc.gz@1234`)
    and is what error messages cite. Exactly one of `html` or `text` is set. The hint
    fields carry what a JSONL line or a feed entry said about the article.
    """

    source: str
    url: str | None = None
    html: str | None = None
    text: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    lang: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article(Record):
    """A clean news article (SPEC section 3)."""

    id: str
    url: str | None
    canonical_url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    editor: str | None
    dateline: str | None
    lang: str | None
    text: str
    tags: tuple[str, ...]
    content_hash: str
    ingested_at: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Sentence(Record):
    """A sentence as a character span of the article text."""

    start: int
    end: int


@dataclass(frozen=True)
class Token(Record):
    """A token with its span in the article text and its morphology.

    `voice` is the Indonesian verb voice read off the prefix (`active` for meN-,
    `passive` for di-, `stative` for ter-, `middle` for ber-), or None.
    """

    text: str
    start: int
    end: int
    sent: int = 0
    lemma: str | None = None
    pos: str | None = None
    voice: str | None = None


@dataclass(frozen=True)
class Entity(Record):
    """A named-entity mention: `label` is PER, ORG, LOC, or another type a model knows."""

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class TimeExpr(Record):
    """A time expression normalised against the article's publication date.

    `value` is ISO 8601 at the given `precision` (minute, day, week, month, year):
    "2023-09-04", "2023-W35", "2023-09", "2019", "2023-09-05T10:15+07:00".
    `mod` refines a period as TIMEX3 does: "start", "mid" or "end" ("akhir bulan lalu").
    """

    text: str
    start: int
    end: int
    value: str
    precision: str
    mod: str | None = None


@dataclass(frozen=True)
class Doc(Record):
    """An article after language analysis: every span indexes `text`."""

    article_id: str
    lang: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpr, ...] = ()


@dataclass(frozen=True)
class Actor(Record):
    """An actor mention resolved to who it is (issue #4).

    `kind` is person, country, igo, group (a role phrase such as "militer Myanmar" or
    "Pemerintah Seoul") or org. `actor_id` is a person's registry id or a slug of an
    unknown person's name, "PRK-GOV" style for states and groups, the IGO code for IGOs.
    `members` holds the actor_ids a collective mention ("kedua negara") stands for.
    """

    text: str
    start: int
    end: int
    kind: str
    actor_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    role: str | None = None
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place(Record):
    """A place mention resolved to a GeoNames city, a country or a region."""

    text: str
    start: int
    end: int
    kind: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(frozen=True)
class Event(Record):
    """A coded event (SPEC section 3): `to_dict()` is exactly the SPEC JSON record.

    `source`/`target` are {"text", "actor_id", "name", "country", "sector"}; `attribution`
    {"text", "kind"}; `date` {"value", "precision", "text", "basis"}; `location` {"text",
    "name", "country", "lat", "lon", "geonameid"}; `span` indexes the article text.
    """

    event_id: str
    article_id: str
    url: str | None
    outlet: str | None
    published: str | None
    lang: str
    sentence: str
    span: tuple[int, int]
    type: str
    mode: str | None
    cameo: str | None
    score: float | None
    source: dict[str, Any] | None
    target: dict[str, Any] | None
    status: str
    attribution: dict[str, Any] | None
    date: dict[str, Any]
    location: dict[str, Any] | None
    confidence: float
    story_id: str | None = None
    cluster_id: str | None = None


_NESTED: dict[tuple[str, str], type[Record]] = {
    ("Doc", "sentences"): Sentence,
    ("Doc", "tokens"): Token,
    ("Doc", "entities"): Entity,
    ("Doc", "times"): TimeExpr,
}

__all__ = [
    "Actor",
    "Article",
    "Doc",
    "Entity",
    "Event",
    "Place",
    "RawDocument",
    "Record",
    "Sentence",
    "TimeExpr",
    "Token",
    "stable_id",
]
