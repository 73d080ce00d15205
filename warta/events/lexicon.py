"""The event lexicon: PLOVER types and modes, and each language's predicates and cues as data.

Files (issue #5, item 1):
- `warta/events/data/plover.tsv`: every PLOVER 2.0 type and mode with CAMEO code and score;
- `warta/events/data/case2021_map.tsv`: CASE 2021 task 2 labels -> PLOVER type and mode;
- `warta/events/data/media_outlets.txt`: outlet names, for attribution kind "media";
- per language, `event_lexicon.tsv`, `event_prepositions.tsv`, `status_cues.tsv`,
  `attribution_cues.tsv` and `anonymous_sources.txt` in `warta/lang/<code>/`.
Every row is validated on load; errors are `LangDataError`s naming file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from warta.errors import LangDataError
from warta.lang import LangData
from warta.records import EVENT_STATUSES, EVENT_TYPES

DATA_DIR = Path(__file__).parent / "data"

PLOVER_TYPES = EVENT_TYPES
STATUSES = EVENT_STATUSES
FORMS = frozenset({"active", "passive", "middle", "stative", "noun", "base"})
ARGS = frozenset({"st", "ts", "recip", "s", "noun"})
CUE_POSITIONS = frozenset({"before", "after", "governs", "modal"})
ATTRIBUTION_PATTERNS = frozenset({"cue_X", "X_cue", "cue_after_X"})
PREPOSITION_ROLES = frozenset(
    {"partner", "target", "target_place", "agent", "participants", "place", "origin"}
)

_CAMEO_CODE = re.compile(r"\d{2,4}")
# Lowercase words separated by single spaces; a word may hold letters, digits, - . ' and &.
_PHRASE = re.compile(r"[^\sA-Z]+( [^\sA-Z]+)*")

Row = dict[str, str]


@dataclass(frozen=True)
class PloverCode:
    """One PLOVER type, or one of its modes (`mode` is None for the type's own row)."""

    type: str
    mode: str | None
    cameo: str
    score: float
    description: str


@dataclass(frozen=True)
class Plover:
    """The PLOVER 2.0 scheme: types, their modes, CAMEO codes and scores."""

    codes: tuple[PloverCode, ...]

    def modes(self, event_type: str) -> frozenset[str]:
        """Return the modes valid for `event_type` (empty for types without modes)."""
        return frozenset(c.mode for c in self.codes if c.type == event_type and c.mode)

    def code(self, event_type: str, mode: str | None = None) -> PloverCode | None:
        """Return the row of `event_type` and `mode`, or None if the scheme has no such pair."""
        for code in self.codes:
            if code.type == event_type and code.mode == (mode or None):
                return code
        return None


@dataclass(frozen=True)
class Entry:
    """One surface form of an event predicate: "dikecam" -> ACCUSE/disapprove, passive, ts."""

    phrase: str
    type: str
    mode: str | None
    cameo: str
    score: float
    form: str
    args: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.phrase.split(" "))


@dataclass(frozen=True)
class StatusCue:
    """A word or phrase that sets the status of the event it scopes over."""

    cue: str
    status: str
    position: str
    note: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.cue.split(" "))


@dataclass(frozen=True)
class AttributionCue:
    """A word or phrase that attributes a report to a source placed per `pattern`."""

    cue: str
    pattern: str
    note: str

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.cue.split(" "))


@dataclass(frozen=True)
class CaseMapping:
    """A CASE 2021 task 2 label mapped to PLOVER; `type` is None where PLOVER has none."""

    acled_subtype: str
    type: str | None
    mode: str | None
    note: str


T = TypeVar("T")


class PhraseIndex(Generic[T]):
    """Items keyed by lowercase word sequences, matched longest-first at a position."""

    def __init__(self, items: Iterable[T], words_of: Callable[[T], tuple[str, ...]]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for item in items:
            words = words_of(item)
            by_first.setdefault(words[0], []).append((words, item))
        for candidates in by_first.values():
            candidates.sort(key=lambda pair: -len(pair[0]))
        self._by_first = by_first

    def match(self, words: Sequence[str], start: int) -> list[T]:
        """Return the items whose phrase starts at `words[start]`, longest phrase first."""
        if not 0 <= start < len(words):
            return []
        found = []
        for phrase, item in self._by_first.get(words[start].lower(), ()):
            end = start + len(phrase)
            if end <= len(words) and all(
                word.lower() == expected
                for word, expected in zip(words[start:end], phrase, strict=True)
            ):
                found.append(item)
        return found


@dataclass(frozen=True)
class Lexicon:
    """One language's event predicates, prepositions, status and attribution cues."""

    lang: str
    entries: tuple[Entry, ...]
    status_cues: tuple[StatusCue, ...]
    attribution_cues: tuple[AttributionCue, ...]
    prepositions: dict[str, str]
    anonymous: tuple[str, ...]
    _entries: PhraseIndex[Entry] = field(init=False, repr=False, compare=False)
    _status: PhraseIndex[StatusCue] = field(init=False, repr=False, compare=False)
    _attribution: PhraseIndex[AttributionCue] = field(init=False, repr=False, compare=False)
    _anonymous: PhraseIndex[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen dataclass: the indexes are derived once, here.
        object.__setattr__(self, "_entries", PhraseIndex(self.entries, lambda e: e.words))
        object.__setattr__(self, "_status", PhraseIndex(self.status_cues, lambda c: c.words))
        object.__setattr__(
            self, "_attribution", PhraseIndex(self.attribution_cues, lambda c: c.words)
        )
        object.__setattr__(
            self, "_anonymous", PhraseIndex(self.anonymous, lambda p: tuple(p.split(" ")))
        )

    def match(self, words: Sequence[str], start: int) -> list[Entry]:
        """Return the entries whose phrase starts at `words[start]`, longest first."""
        return self._entries.match(words, start)

    def match_status(self, words: Sequence[str], start: int) -> list[StatusCue]:
        """Return the status cues starting at `words[start]`, longest first."""
        return self._status.match(words, start)

    def match_attribution(self, words: Sequence[str], start: int) -> list[AttributionCue]:
        """Return the attribution cues starting at `words[start]`, longest first."""
        return self._attribution.match(words, start)

    def match_anonymous(self, words: Sequence[str], start: int) -> list[str]:
        """Return the anonymous-source phrases starting at `words[start]`, longest first."""
        return self._anonymous.match(words, start)

    def role(self, preposition: str) -> str | None:
        """Return the argument role a preposition marks ("oleh" -> "agent"), or None."""
        return self.prepositions.get(preposition.lower())


def load_plover(path: Path | None = None) -> Plover:
    """Return the validated PLOVER scheme from `plover.tsv` (or `path`)."""
    return _load_plover(path or DATA_DIR / "plover.tsv")


def load_case_map(path: Path | None = None) -> dict[str, CaseMapping]:
    """Return CASE 2021 task 2 label -> PLOVER mapping, validated against `plover.tsv`."""
    return _load_case_map(path or DATA_DIR / "case2021_map.tsv")


def load_media_outlets(path: Path | None = None) -> frozenset[str]:
    """Return the lowercased names of news outlets and agencies (attribution kind "media")."""
    path = path or DATA_DIR / "media_outlets.txt"
    return frozenset(" ".join(line.lower().split()) for _, line in _content_lines(path))


def load_lexicon(lang: LangData) -> Lexicon:
    """Return the validated event lexicon of language `lang`."""
    return _load_lexicon(lang.code, lang.folder)


@cache
def _load_lexicon(code: str, folder: Path) -> Lexicon:
    plover = load_plover()
    return Lexicon(
        lang=code,
        entries=_read_entries(folder / "event_lexicon.tsv", plover),
        status_cues=_read_status_cues(folder / "status_cues.tsv"),
        attribution_cues=_read_attribution_cues(folder / "attribution_cues.tsv"),
        prepositions=_read_prepositions(folder / "event_prepositions.tsv"),
        anonymous=_read_phrases(folder / "anonymous_sources.txt"),
    )


@cache
def _load_plover(path: Path) -> Plover:
    codes, seen = [], set()
    for where, row in _read_tsv(path, ("type", "mode", "cameo", "score", "description")):
        if row["type"] not in PLOVER_TYPES:
            raise LangDataError(f"{where}: {row['type']!r} is not a PLOVER 2.0 type")
        key = (row["type"], row["mode"] or None)
        if key in seen:
            raise LangDataError(f"{where}: {row['type']} {row['mode']!r} is listed twice")
        seen.add(key)
        codes.append(
            PloverCode(
                type=row["type"],
                mode=row["mode"] or None,
                cameo=_cameo(row["cameo"], where),
                score=_score(row["score"], where),
                description=row["description"],
            )
        )
    missing = [t for t in PLOVER_TYPES if (t, None) not in seen]
    if missing:
        raise LangDataError(f"{path}: no row with an empty mode for {', '.join(missing)}")
    return Plover(tuple(codes))


@cache
def _load_case_map(path: Path) -> dict[str, CaseMapping]:
    plover = load_plover()
    mapping: dict[str, CaseMapping] = {}
    for where, row in _read_tsv(path, ("acled_subtype", "type", "mode", "note")):
        label = row["acled_subtype"]
        if label in mapping:
            raise LangDataError(f"{where}: {label} is mapped twice")
        if row["type"]:
            _check_type_mode(plover, row["type"], row["mode"], where)
        elif row["mode"]:
            raise LangDataError(f"{where}: a mode ({row['mode']!r}) needs a type")
        mapping[label] = CaseMapping(label, row["type"] or None, row["mode"] or None, row["note"])
    return mapping


def _read_entries(path: Path, plover: Plover) -> tuple[Entry, ...]:
    columns = ("phrase", "type", "mode", "cameo", "score", "form", "args")
    entries, seen = [], set()
    for where, row in _read_tsv(path, columns):
        phrase = _phrase(row["phrase"], where)
        _check_type_mode(plover, row["type"], row["mode"], where)
        _check_choice(row["form"], FORMS, "form", where)
        _check_choice(row["args"], ARGS, "args", where)
        entry = Entry(
            phrase=phrase,
            type=row["type"],
            mode=row["mode"] or None,
            cameo=_cameo(row["cameo"], where),
            score=_score(row["score"], where),
            form=row["form"],
            args=row["args"],
        )
        key = (entry.phrase, entry.type, entry.mode, entry.form, entry.args)
        if key in seen:
            raise LangDataError(f"{where}: duplicate row for {phrase!r}")
        seen.add(key)
        entries.append(entry)
    return tuple(entries)


def _read_status_cues(path: Path) -> tuple[StatusCue, ...]:
    cues = []
    for where, row in _read_tsv(path, ("cue", "status", "position", "note")):
        _check_choice(row["status"], frozenset(STATUSES), "status", where)
        _check_choice(row["position"], CUE_POSITIONS, "position", where)
        cues.append(
            StatusCue(_phrase(row["cue"], where), row["status"], row["position"], row["note"])
        )
    return tuple(cues)


def _read_attribution_cues(path: Path) -> tuple[AttributionCue, ...]:
    cues = []
    for where, row in _read_tsv(path, ("cue", "pattern", "note")):
        _check_choice(row["pattern"], ATTRIBUTION_PATTERNS, "pattern", where)
        cues.append(AttributionCue(_phrase(row["cue"], where), row["pattern"], row["note"]))
    return tuple(cues)


def _read_prepositions(path: Path) -> dict[str, str]:
    roles: dict[str, str] = {}
    for where, row in _read_tsv(path, ("word", "role")):
        word = _phrase(row["word"], where)
        _check_choice(row["role"], PREPOSITION_ROLES, "role", where)
        if word in roles:
            raise LangDataError(f"{where}: {word!r} already has role {roles[word]!r}")
        roles[word] = row["role"]
    return roles


def _read_phrases(path: Path) -> tuple[str, ...]:
    return tuple(_phrase(line.strip(), f"{path}:{number}") for number, line in _content_lines(path))


def _check_type_mode(plover: Plover, event_type: str, mode: str, where: str) -> None:
    if event_type not in PLOVER_TYPES:
        raise LangDataError(
            f"{where}: {event_type!r} is not a PLOVER 2.0 type (one of {', '.join(PLOVER_TYPES)})"
        )
    if mode and mode not in plover.modes(event_type):
        valid = ", ".join(sorted(plover.modes(event_type))) or "none"
        raise LangDataError(f"{where}: {mode!r} is not a mode of {event_type} (valid: {valid})")


def _check_choice(value: str, allowed: frozenset[str], column: str, where: str) -> None:
    if value not in allowed:
        raise LangDataError(
            f"{where}: {column} {value!r} is not one of {', '.join(sorted(allowed))}"
        )


def _phrase(text: str, where: str) -> str:
    if not _PHRASE.fullmatch(text):
        raise LangDataError(f"{where}: {text!r} must be lowercase words separated by single spaces")
    return text


def _cameo(text: str, where: str) -> str:
    if not _CAMEO_CODE.fullmatch(text):
        raise LangDataError(f"{where}: CAMEO code {text!r} must be 2 to 4 digits, e.g. 036")
    return text


def _score(text: str, where: str) -> float:
    try:
        score = float(text)
    except ValueError:
        raise LangDataError(f"{where}: score {text!r} is not a number") from None
    if not -10 <= score <= 10:
        raise LangDataError(f"{where}: score {score} is outside the PLOVER range -10..10")
    return score


def _read_tsv(path: Path, columns: tuple[str, ...]) -> list[tuple[str, Row]]:
    """Return ("file:line", row) pairs of a TSV whose header must name exactly `columns`."""
    lines = _content_lines(path)
    if not lines:
        raise LangDataError(f"{path}: no header row ({', '.join(columns)})")
    header_number, header = lines[0]
    names = tuple(name.strip() for name in header.split("\t"))
    if names != columns:
        raise LangDataError(
            f"{path}:{header_number}: header must be {'<TAB>'.join(columns)}, "
            f"found {'<TAB>'.join(names)}"
        )
    rows = []
    for number, line in lines[1:]:
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != len(columns):
            raise LangDataError(
                f"{path}:{number}: expected {len(columns)} tab-separated columns "
                f"({', '.join(columns)}), found {len(cells)}"
            )
        rows.append((f"{path}:{number}", dict(zip(columns, cells, strict=True))))
    return rows


def _content_lines(path: Path) -> list[tuple[int, str]]:
    """Return (line number, text) of the non-blank, non-comment lines; the file must open
    with a `#` source-and-license comment."""
    if not path.is_file():
        raise LangDataError(f"{path}: file is missing")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LangDataError(f"{path}: not UTF-8 ({exc})") from exc
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise LangDataError(f"{path}:1: must start with a '#' comment naming source and license")
    return [
        (number, line.rstrip("\r\n"))
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
