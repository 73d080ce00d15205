"""Whom an answer is aimed at, and what a trailing claim or denial says of what it follows.

A denial, an accusation or a demand that points back ("membantah tuduhan itu", "denied any
involvement") answers the party who did or told what it names; returned fire answers the
last attacker; "violated its airspace" is aimed at the owner of the ground; a trailing
", a claim the army did not confirm" or ", which Moscow denied" sets the status of what
it follows. Split from `code`, which calls these while building each event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from warta.events.arguments import clause_start
from warta.events.context import Attribution
from warta.events.triggers import CodingOptions, Trigger
from warta.records import Actor, Event

# Statuses of events told as having happened: only these go on in an earlier dated scene
# (a planned or expected event has its own, later time; a denied one has no scene).
PAST_STATUSES = frozenset({"occurred", "claimed"})


_BACK_REACH = 3  # "mengecam keras langkah itu"


def party_key(party: dict[str, object] | None) -> tuple[object, ...] | None:
    return None if party is None else (party["text"], party["country"])


_JOINERS = frozenset({"and", ",", "dan"})  # "returned fire and put its forces ...": not its object


def retaliates(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether the predicate answers force with force ("returned fire", "hit back"):
    `event_cues` of kind "retaliates", with no object of its own ("retaliated against X"
    has one)."""
    phrase = " ".join(words[trigger.first : trigger.last + 1])
    target = trigger.target
    return options.event_cues.get(phrase) == "retaliates" and (
        target is None or any(w in _JOINERS for w in words[trigger.last + 1 : target.first])
    )


def last_attacker(
    earlier: Sequence[Event], source: dict[str, object] | None
) -> dict[str, object] | None:
    """The source of the last attack told before by another country."""
    country = source.get("country") if source else None
    for event in reversed(earlier):
        if (
            event.type == "ASSAULT"
            and event.source is not None
            and event.source.get("country")
            and event.source.get("country") != country
        ):
            return event.source
    return None


_OWNERS = frozenset({"its", "their"})


def owned_ground(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether the predicate ends in "its"/"their" and a ground noun ("violated its
    airspace", "entered their waters"): `event_cues` of kind "ground"."""
    # the owner ends the lexicon phrase ("violated its airspace") or follows it
    owners = [at for at in (trigger.last - 1, trigger.last + 1) if trigger.first <= at]
    return any(
        at + 1 < len(words)
        and words[at] in _OWNERS
        and options.event_cues.get(words[at + 1]) == "ground"
        for at in owners
    )


# Words after a comma that open a clause answering the one before it: ", a version that X
# disputed", ", which Moscow denied".
_ANSWER_OPENERS = frozenset({"a", "an", "the", "which"})


def answering_clause(trigger: Trigger, words: list[str], options: CodingOptions) -> int:
    """Where the answering clause after a comma that holds the predicate starts (", a
    version that X disputed"), else 0: such an answer takes neither the time nor the place
    of the clause it answers."""
    opened = clause_start(words, trigger.first, options)
    return opened if opened and words[opened + 1] in _ANSWER_OPENERS else 0


def find_appositive(words: list[str], options: CodingOptions) -> tuple[int, str] | None:
    """Find a trailing appositive that calls what came before it a claim (issue #5, item 3).

    "Rebels said they shot down a drone, a claim the army did not confirm": the shooting
    down is claimed; "..., a charge the ministry rejected": it is denied. The appositive is
    a comma, an article and a noun of `event_cues` kind "answered"; a denial in it is a word
    of kind "rejects" or a status cue "denied". Returns the comma's position and the status.
    """
    noun = next(
        (
            i
            for i in range(2, len(words))
            if words[i - 2] == ","
            and options.event_cues.get(words[i - 1]) == "determiner"
            and options.event_cues.get(words[i]) == "answered"
        ),
        None,
    )
    if noun is None:
        return _relative_denial(words, options)
    denied = any(options.event_cues.get(word) == "rejects" for word in words[noun + 1 :]) or any(
        cue.status == "denied"
        for position in range(noun + 1, len(words))
        for cue in options.lexicon.match_status(words, position)
    )
    return noun - 2, "denied" if denied else "claimed"


def _relative_denial(words: list[str], options: CodingOptions) -> tuple[int, str] | None:
    """Find a trailing relative clause that denies what came before it: "South Korea said the
    jets entered its airspace, which Moscow denied" (the denial closes the sentence)."""
    end = len(words) - 1 if words and words[-1] in _CLAUSE_ENDS else len(words)
    last = end - 1
    denies = last > 0 and (
        options.event_cues.get(words[last]) == "rejects"
        or any(cue.status == "denied" for cue in options.lexicon.match_status(words, last))
    )
    if not denies:
        return None
    comma = next((i for i in range(last - 1, 0, -1) if words[i] == ","), None)
    if comma is None or options.event_cues.get(words[comma + 1]) != "subordinate":
        return None
    return comma, "denied"


def appositive_status(event: Event, trigger: Trigger, appositive: tuple[int, str] | None) -> Event:
    """Give an event told before a claim appositive its status; an accusation before it is
    itself a fact, and an event already planned, negated or denied keeps its status."""
    if (
        appositive is None
        or trigger.last >= appositive[0]
        or event.type == "ACCUSE"
        or event.status not in PAST_STATUSES
    ):
        return event
    return replace(event, status=appositive[1])


def points_back(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether the predicate's object is something told before: "membantah tuduhan
    itu", "mengecam serangan tersebut" (a demonstrative within a few words after it), or a
    noun that names what an answer answers ("denied any involvement", "rejected the
    charge": `event_cues` kind "answered"). An answer with nothing after it in its clause
    answers what was told before it ("..., a charge his office rejected", "..., which
    Moscow denied")."""
    after = words[trigger.last + 1 : trigger.last + 1 + _BACK_REACH]
    if _ends_clause(trigger, words):
        return True
    return any(options.event_cues.get(word) in _POINTING_BACK for word in after)


def _ends_clause(trigger: Trigger, words: list[str]) -> bool:
    return trigger.last + 1 >= len(words) or words[trigger.last + 1] in _CLAUSE_ENDS


def reporter_answered(
    trigger: Trigger,
    words: list[str],
    attribution: Attribution,
    source: Actor | None,
    *,
    last: bool = False,
) -> dict[str, object] | None:
    """Whom an answer closing a reported clause answers: the reporter ("South Korea said the
    planes violated its airspace, which Moscow denied": South Korea; "X believe ..., a claim
    Y rejected": X), when the reporter is named before the answer and is not its speaker."""
    if not last and not _ends_clause(trigger, words):
        return None
    span = attribution.speaker
    actor = span.actor if span is not None else None
    if (
        span is None
        or actor is None
        or not actor.country
        or span.last >= trigger.first
        or (source is not None and party_key(party(actor)) == party_key(party(source)))
    ):
        return None
    return party(actor)


_CLAUSE_ENDS = frozenset({".", ",", ";", ":", "!", "?", ")"})


_POINTING_BACK = frozenset({"refers_back", "answered"})


def earlier_party(
    earlier: Sequence[Event], source: dict[str, object] | None
) -> dict[str, object] | None:
    """Who did what an answer points back to: the source of the last event told before
    by another party ("X menuding ... . KPU membantah tuduhan itu": X)."""
    for event in reversed(earlier):
        if (
            event.source is not None
            and event.source.get("country")
            and (source is None or party_key(event.source) != party_key(source))
        ):
            return event.source
    return None


# Nouns by which an answer's object names an act told before ("condemned the strike",
# "regretted the decision"): `event_cues` kind "told_attack" names an attack, "told_act"
# any act but a charge.
_TOLD_KINDS = {"told_attack": frozenset({"ASSAULT"}), "told_act": None}


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def doer_of_told_act(
    trigger: Trigger,
    words: list[str],
    earlier: Sequence[Event],
    source: dict[str, object] | None,
    options: CodingOptions,
) -> dict[str, object] | None:
    """Who did the act an answer's definite object names: the source of the last attack
    told before by another party, as it happened (a denied attack is no one's); for a
    decision or a move, of the first act told (the story's news) by another party."""
    at = trigger.last + 1
    if at + 1 >= len(words) or words[at] not in _DEFINITE:
        return None
    kind = options.event_cues.get(words[at + 1], "")
    if kind not in _TOLD_KINDS:
        return None
    types = _TOLD_KINDS[kind]
    for event in reversed(earlier) if types else earlier:
        if (
            event.source is not None
            and event.source.get("country")
            and event.type != "ACCUSE"
            and (types is None or event.type in types)
            and event.status not in {"denied", "negated"}
            and (source is None or party_key(event.source) != party_key(source))
        ):
            return event.source
    return None


def party(actor: Actor | None) -> dict[str, object] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "actor_id": actor.actor_id,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
    }
