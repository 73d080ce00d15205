"""In-document coreference for actors: a later surname is the person named in full before,
a definite office ("Presiden", "the North Korean leader") is its one holder on the day,
and "kedua negara" / "both leaders" stand for the two named last.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from warta.actors.registry import Match
from warta.records import Actor

if TYPE_CHECKING:
    from warta.actors.resolve import ResolveOptions, _Phrase

# Offices a bare "leader" may stand for, the paramount first (issue #4, item 4).
_PARAMOUNT = ("Supreme Leader", "General Secretary of the Communist Party")


_HEADS = ("President", "Prime Minister", "Chancellor")


def office_holder(
    text: str, phrase: _Phrase, country: str | None, options: ResolveOptions, cues: dict[str, str]
) -> Actor | None:
    """The person a definite office stands for: "Presiden" (capitalised, as a title),
    "the North Korean leader"; only when exactly one registry person held it that day."""
    role = phrase.role
    if role is None or country is None or options.published is None or len(phrase.roles) > 1:
        return None
    before = text[max(0, phrase.start - 24) : phrase.start]
    definite = text[phrase.start].isupper() or re.search(r"(?i)\bthe\s+$", before)
    previous = re.search(r"(\w+)\W*$", before)
    if not definite or (previous and previous.group(1).lower() in _blockers(cues)):
        return None
    if previous and previous.group(1)[:1].isupper() and not re.search(r"[.!?:;]\s*$", before):
        return None  # "Istana Presiden", "Calon Presiden": part of another name
    registry, on = options.registry, options.published
    if role == "Leader":
        # "leader" is the paramount office where there is one, else the one head of
        # state or government the registry knows (none when a president and a prime
        # minister share power).
        ranked = [(o, registry.holders(country, o, on)) for o in (*_PARAMOUNT, *_HEADS)]
        ranked = [(office, held) for office, held in ranked if held]
        paramount = [item for item in ranked if item[0] in _PARAMOUNT]
        heads = {actor_id for _, held in ranked for actor_id in held}
        if not paramount and len(heads) != 1:
            return None
        office, held = (paramount or ranked or [("", ())])[0]
    else:
        office, held = role, registry.holders(country, role, on)
    if len(held) != 1:
        return None
    person = registry.person(held[0])
    return Actor(
        text=text[phrase.start : phrase.end],
        start=phrase.start,
        end=phrase.end,
        kind="person",
        actor_id=person.actor_id,
        name=person.name,
        country=country,
        sector=phrase.sector or "GOV",
        role=office,
    )


def _blockers(cues: dict[str, str]) -> set[str]:
    return {cue for cue, kind in cues.items() if kind in {"former", "not_holder"}}


def bare_surnames(
    text: str, known: dict[str, Actor], actors: list[Actor], matches: list[Match]
) -> list[Actor]:
    """Later bare surnames NER missed ("Widodo said"): the person named in full before."""
    if not known:
        return []
    words = sorted(known, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    spans = [(a.start, a.end) for a in actors] + [(m.start, m.end) for m in matches]
    found = []
    for hit in pattern.finditer(text):
        start, end = hit.span()
        first = known[hit.group()]
        if start < first.end or any(start < e and s < end for s, e in spans):
            continue
        if re.match(r"[ -][A-Z]", text[end : end + 2]):
            continue  # the start of another name ("Kim Yo Jong" after "Kim Jong Un")
        found.append(replace(first, text=hit.group(), start=start, end=end))
    return found


def collectives(text: str, actors: list[Actor], cues: dict[str, str]) -> list[Actor]:
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


def name_words(name: str) -> list[str]:
    """Words a later mention may use alone: "Kim", "Jong-un", "Putin"."""
    return [w for w in name.split() if w[:1].isupper() and len(w) > 1]
