"""What surrounds an event predicate: status cues and their scope, attribution, date.

Status, in order of precedence: the complement of a denial or claim ("membantah ...
bahwa X", "mengklaim ...") is denied or claimed; an event in a conditional clause or in
the consequence of one ("AS akan menjatuhkan sanksi jika ...") is conditional, but the
speech act that announces it ("memberi peringatan bahwa ...") is not; then the nearest
cue before the predicate in its clause (negation, speculation, expectation, plan, past);
then a cue after it ("April 2019 silam"); else occurred.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from warta.events.lexicon import Lexicon, StatusCue
from warta.records import TimeExpr

if TYPE_CHECKING:
    from warta.events.code import CodingOptions, _Span

_COMPLEMENTIZERS = {"bahwa", "that"}
_CLAUSE_BREAKS = {",", ";", ":", "bahwa", "that", "yang", "which", "who", "namun", "but"}
_LOCAL_WINDOW = 6
_AFTER_WINDOW = 10
_PRECEDENCE = ("negated", "denied", "claimed", "speculated", "expected", "planned", "occurred")
_OFFICIAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO"}


@dataclass(frozen=True)
class _Cue:
    first: int
    last: int
    cue: StatusCue


@dataclass
class SentenceContext:
    """Cues of one sentence, by token position."""

    cues: list[_Cue]
    complementizers: list[int]
    carry: bool
    vague: bool


@dataclass
class Attribution:
    """The sentence's attribution record and the mentions it uses (not event arguments)."""

    record: dict[str, Any] | None = None
    spans: list[_Span] = field(default_factory=list)


def sentence_context(
    words: Sequence[str], lexicon: Lexicon, date_cues: dict[str, str]
) -> SentenceContext:
    """Find the status cues, complementizers and date carry-over cues of a sentence."""
    cues: list[_Cue] = []
    position = 0
    while position < len(words):
        found = lexicon.match_status(words, position)
        if found:
            cue = found[0]
            cues.append(_Cue(position, position + len(cue.words) - 1, cue))
            position += len(cue.words)
        else:
            position += 1
    text = " ".join(words)
    kinds = {kind for cue, kind in date_cues.items() if f" {cue} " in f" {text} "}
    return SentenceContext(
        cues=cues,
        complementizers=[i for i, w in enumerate(words) if w in _COMPLEMENTIZERS],
        carry="carry" in kinds,
        vague="vague" in kinds,
    )


def event_status(first: int, last: int, words: Sequence[str], context: SentenceContext) -> str:
    """Return the status of the predicate at tokens [first, last]."""
    governing = [c for c in context.cues if c.cue.position == "governs" and c.last < first]
    if governing:
        return governing[-1].cue.status
    for cue in context.cues:
        if cue.cue.status != "conditional":
            continue
        if cue.last < first:
            return "conditional"
        between = [i for i in context.complementizers if last < i < cue.first]
        if cue.first > last and not between:
            return "conditional"
    local = []
    for cue in context.cues:
        if cue.cue.position != "before" or cue.last >= first or first - cue.last > _LOCAL_WINDOW:
            continue
        if any(w in _CLAUSE_BREAKS for w in words[cue.last + 1 : first]):
            continue
        local.append(cue.cue.status)
    local = [s for s in local if s != "conditional"]
    if not local and last + 1 < len(words) and words[last + 1] in {"yang", "which", "that"}:
        # "kesepakatan yang mungkin terjadi": the relative clause qualifies the noun.
        local = [
            c.cue.status
            for c in context.cues
            if c.cue.position == "before"
            and last + 1 < c.first <= last + 3
            and c.cue.status != "conditional"
        ]
    if local:
        return min(local, key=_PRECEDENCE.index)
    for cue in context.cues:
        if cue.cue.position == "after" and last < cue.first <= last + _AFTER_WINDOW:
            return cue.cue.status
    return "occurred"


def event_date(
    offset: int,
    times: Sequence[TimeExpr],
    carried: TimeExpr | None,
    context: SentenceContext,
    published: str | None,
) -> dict[str, Any]:
    """The event's date: a time in its sentence, one carried over, or the publication date."""
    if times:
        nearest = min(times, key=lambda t: min(abs(t.start - offset), abs(t.end - offset)))
        return {
            "value": nearest.value,
            "precision": nearest.precision,
            "text": nearest.text,
            "basis": "text",
        }
    if carried is not None and (context.carry or context.vague):
        if context.vague:
            return {
                "value": carried.value[:4],
                "precision": "year",
                "text": carried.text,
                "basis": "text",
            }
        return {
            "value": carried.value,
            "precision": carried.precision,
            "text": carried.text,
            "basis": "text",
        }
    return {
        "value": published[:10] if published else None,
        "precision": "day",
        "text": None,
        "basis": "published",
    }


def find_attribution(
    words: Sequence[str], spans: list[_Span], options: CodingOptions
) -> Attribution:
    """Return who the sentence attributes its report to, and how (media, official, ...)."""
    lexicon = options.lexicon
    for position in range(len(words)):
        for cue in lexicon.match_attribution(words, position):
            end = position + len(cue.words) - 1
            if cue.pattern == "cue_after_X" and (
                position == 0 or words[position - 1] not in {",", '"', "”"}
            ):
                continue  # ", kata X": the cue follows a comma or a closing quote
            if cue.pattern in {"cue_X", "cue_after_X"}:
                anonymous = next(
                    (
                        phrase
                        for i in range(end + 1, min(len(words), end + 4))
                        for phrase in lexicon.match_anonymous(words, i)
                    ),
                    None,
                )
                if anonymous:
                    return Attribution({"text": anonymous, "kind": "anonymous"})
                found = [s for s in spans if s.actor and end < s.first <= end + 4]
            else:
                found = [s for s in spans if s.actor and position - 3 <= s.last < position]
                found = found[-1:]
            if found:
                span = found[0]
                return Attribution(_attribution_record(span, options.media), [span])
    return Attribution()


def _attribution_record(span: _Span, media: frozenset[str]) -> dict[str, Any]:
    actor = span.actor
    assert actor is not None  # the caller picked spans with actors
    names = {actor.text.lower(), (actor.name or "").lower()}
    if names & media or actor.sector == "MED":
        kind = "media"
    elif actor.sector in _OFFICIAL_SECTORS or actor.kind in {"country", "igo"}:
        kind = "official"
    else:
        kind = "other"
    return {"text": actor.text, "kind": kind}
