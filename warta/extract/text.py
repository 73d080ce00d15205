"""Text-level cleanup shared by HTML and plain-text input: datelines, furniture lines, captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.extract.markers import Markers

# "PARBOABOA, Jakarta - ", "JAKARTA, KOMPAS.com - ", "WASHINGTON (Reuters) - ",
# "WASHINGTON, March 3 (Reuters) -", "Jakarta, CNN Indonesia -- ", "JAKARTA - ".
_DATELINE = re.compile(r"^(?P<head>(?:[^\n.!?\"“”]|\.(?=\w)){2,80}?)\s*(?:--|[-–—])\s+(?=\S)")
_PAREN = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<paren>[^()]{2,40})\)$")
_DOMAIN_LIKE = re.compile(r"\.(?:com|co|id|net|org|news|tv)\b", re.I)
_DATE_PART = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})$")
_CAPTION_CREDIT = re.compile(
    r"\((?:foto|photo|gambar|ilustrasi|sumber|image|credit|dok(?:umentasi)?)\b[^()]*\)\s*$",
    re.I,
)
# Where a byline name ends: a bullet or bar, a digit (dates, times), "in Moscow", a marker.
_BYLINE_CUT = re.compile(r"\s*[·|•(]|\s+[-–—]\s+|\s*\d|\s+in\s+(?=[A-Z])|\s+\w+\s*:")
# Reporters' initials closing Indonesian articles: "(gpr/sw)", "(ant/rd)".
_SIGN_OFF = re.compile(r"^\(\s*[a-z]{1,5}(?:\s*/\s*[a-z]{1,5})+\s*\)$", re.I)
_MAX_CAPTION_CHARS = 300
_MAX_STANDFIRSTS = 2
_MAX_STANDFIRST_CHARS = 400
_DROP_KINDS = {"related", "widget", "share", "ad", "caption"}


@dataclass(frozen=True)
class Dateline:
    """The place and outlet named in an article's opening dateline."""

    place: str | None
    outlet: str | None
    length: int


@dataclass
class Byline:
    """Values found in byline lines and tag lists."""

    editor: str | None = None
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass
class Cleaned:
    """Paragraphs after cleanup and the values taken out of the text."""

    paragraphs: list[str]
    dateline: Dateline | None = None
    byline: Byline = field(default_factory=Byline)


def clean_paragraphs(
    paragraphs: list[str], *, markers: Markers, title: str | None, site_names: list[str]
) -> Cleaned:
    """Drop the repeated headline, furniture lines and captions; split off the dateline."""
    cleaned = Cleaned(paragraphs=[])
    for paragraph in paragraphs:
        paragraph = " ".join(paragraph.split())
        if not paragraph or (title and not cleaned.paragraphs and _same(paragraph, title)):
            continue
        found = markers.match(paragraph)
        if found is not None:
            kind, rest = found
            if kind in {"editor", "author", "tags"}:
                if rest:
                    take_byline(cleaned.byline, kind, rest, markers)
                continue
            if kind in _DROP_KINDS:
                continue
        if len(paragraph) <= _MAX_CAPTION_CHARS and _CAPTION_CREDIT.search(paragraph):
            continue
        if _SIGN_OFF.match(paragraph):
            continue
        cleaned.paragraphs.append(paragraph)
    # The dateline opens the body; a short standfirst some templates put above it goes.
    for index, paragraph in enumerate(cleaned.paragraphs[: _MAX_STANDFIRSTS + 1]):
        dateline = find_dateline(paragraph, site_names=site_names)
        if dateline is not None:
            if all(len(p) <= _MAX_STANDFIRST_CHARS for p in cleaned.paragraphs[:index]):
                cleaned.dateline = dateline
                cleaned.paragraphs = [
                    paragraph[dateline.length :],
                    *cleaned.paragraphs[index + 1 :],
                ]
            break
    return cleaned


def find_dateline(paragraph: str, *, site_names: list[str]) -> Dateline | None:
    """Return the dateline opening `paragraph`, or None when it does not open with one."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    head = match.group("head").strip()
    outlet = None
    paren = _PAREN.match(head)
    if paren:
        head, outlet = paren.group("main").strip(" ,"), paren.group("paren").strip()
    parts = [p.strip() for p in head.split(",") if p.strip()]
    parts = [p for p in parts if not _DATE_PART.match(p)]
    if not parts or len(parts) > 2 or not all(_name_like(p) for p in parts):
        return None
    if len(parts) == 1:
        if outlet is None and not parts[0].isupper():
            return None  # "Kim Jong-un - ..." is a sentence, "JAKARTA - ..." a dateline
        place = parts[0]
    else:
        first, second = parts
        if outlet is None:
            outlet_first = _is_outlet(first, site_names) or (
                not _is_outlet(second, site_names) and first.isupper() and not second.isupper()
            )
            outlet, place = (first, second) if outlet_first else (second, first)
        else:
            place = first
    return Dateline(place=_tidy_place(place), outlet=outlet, length=match.end())


def _is_outlet(part: str, site_names: list[str]) -> bool:
    key = _alnum(part)
    return bool(_DOMAIN_LIKE.search(part)) or any(
        key and (key == _alnum(name) or key in _alnum(name)) for name in site_names if name
    )


def _name_like(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _tidy_place(place: str) -> str:
    return place.title() if place.isupper() else place


def _alnum(value: str) -> str:
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def _same(a: str, b: str) -> bool:
    return _alnum(a) == _alnum(b)


def take_byline(byline: Byline, kind: str, rest: str, markers: Markers) -> None:
    """Record an editor, author or tag line; "Reporting by A; Editing by B" gives both."""
    if kind == "tags":
        byline.tags.extend(split_names(rest))
        return
    pieces = [p for part in rest.split(";") for p in markers.byline_break.split(part)]
    for number, piece in enumerate(pieces):
        if number > 0:
            found = markers.match(piece.strip())
            if found is None:
                continue
            kind, piece = found
        names = [n for n in (_person(name, markers) for name in split_names(piece)) if n]
        if kind == "editor" and names:
            byline.editor = byline.editor or names[0]
        elif kind == "author":
            byline.authors.extend(names)


def _person(value: str, markers: Markers) -> str | None:
    """Return the name in a byline piece, cut before a date, a separator or "in <City>"."""
    value = _BYLINE_CUT.split(value, maxsplit=1)[0].strip(" ,.")
    words = value.split()
    while words and words[-1].strip(",").casefold() in markers.weekdays:
        words.pop()
    name = " ".join(words).strip(" ,.")
    return name if any(ch.isalpha() for ch in name) else None


def split_names(value: str) -> list[str]:
    """Split "A, B dan C" / "A and B; C" into names."""
    parts = re.split(r"\s*(?:[,;/|]|\bdan\b|\band\b|\s&\s)\s*", value)
    return [p.strip(" .") for p in parts if p.strip(" .")]
