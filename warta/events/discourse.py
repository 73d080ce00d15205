"""What a sentence inherits from the sentences before it (issue #5).

A scene: the last time the text named and the parties of the sentence that named it; a
later undated sentence about one of those parties continues the scene and takes its date.
A pronoun ("mereka", "ia") or a role noun with -nya ("anggotanya", "pasukannya") stands
for an actor named before. A denial pointing back ("membantah klaim itu") or repeating a
claimed event ("Hamas membantah pernah menembakkan roket") makes that event denied.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from warta.events.context import SentenceContext
from warta.events.triggers import CLITIC, CodingOptions, Span, Trigger
from warta.records import Actor, Event, Place, TimeExpr, Token

# Statuses a denial can overturn: what a party asserted or a rumour told, not a fact.
_DENIABLE = {"claimed", "speculated"}
_CLAIM_WINDOW = 3  # "membantah klaim itu", "menyebut klaim itu tidak benar"


def _named(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.country or actor.actor_id)


def _keys(actor: Actor) -> frozenset[str]:
    """What makes two mentions the same party: the actor id, or country and sector
    ("Jokowi" and "Indonesia" both act for IDN GOV)."""
    keys = {actor.actor_id} if actor.actor_id else set()
    if actor.country:
        keys.add(f"{actor.country}/{actor.sector or ''}")
    return frozenset(keys)


@dataclass(frozen=True)
class Scene:
    """The last time named, who acted in its sentence, and the last main actor."""

    time: TimeExpr | None = None
    parties: frozenset[str] = frozenset()
    main_actor: Actor | None = None
    # the two parties of the last act with a source and a target, in text order: what
    # "kedua negara" in a later sentence stands for
    pair: tuple[Actor, Actor] | None = None
    pair_place: Place | None = None  # where that act happened
    types: frozenset[str] = frozenset()  # the event types told in the dated scene
    place: Place | None = None  # where the dated scene happened, if its sentence says

    def continues(self, source: Actor | None) -> bool:
        """Tell whether an event by `source` goes on in the dated scene: the same party
        acts again ("Retno ... di Riyadh kemarin. Retno dan Faisal sepakat ...")."""
        return self.time is not None and source is not None and bool(_keys(source) & self.parties)

    def after(
        self,
        spans: Sequence[Span],
        triggers: Sequence[Trigger],
        times: Sequence[TimeExpr],
        *,
        continued: bool,
    ) -> Scene:
        """The scene the next sentence inherits from this one."""
        actors = [s.actor for s in spans if s.actor is not None and _named(s.actor)]
        sources = [
            span.actor
            for trigger in triggers
            if not trigger.mention_only
            for span in trigger.source
            if span.actor is not None and _named(span.actor)
        ]
        parties = frozenset().union(*(_keys(a) for a in sources)) if sources else frozenset()
        main = _main_actor(triggers) or (actors[0] if actors else None) or self.main_actor
        paired = _pair(triggers)
        pair, pair_place = paired if paired else (self.pair, self.pair_place)
        types = frozenset(t.entry.type for t in triggers if not t.mention_only)
        place = _scene_place(triggers)
        if times:
            return Scene(times[-1], parties, main, pair, pair_place, types, place)
        if continued:
            return Scene(
                self.time,
                self.parties | parties,
                main,
                pair,
                pair_place,
                self.types | types,
                self.place or place,
            )
        return Scene(self.time, self.parties, main, pair, pair_place, self.types, self.place)


def _scene_place(triggers: Sequence[Trigger]) -> Place | None:
    """The place of the first reported act that names one."""
    for trigger in triggers:
        if not trigger.mention_only and trigger.location and trigger.location.place:
            return trigger.location.place
    return None


def _pair(
    triggers: Sequence[Trigger],
) -> tuple[tuple[Actor, Actor], Place | None] | None:
    """The source and target of the first reported act between two named parties of
    different keys, in the order the text names them, and where the act happened."""
    for trigger in triggers:
        if trigger.mention_only or not trigger.source or trigger.target is None:
            continue
        spans = sorted([trigger.source[0], trigger.target], key=lambda s: s.first)
        first, second = spans[0].actor, spans[1].actor
        if first is None or second is None or not (_named(first) and _named(second)):
            continue
        if not _keys(first) & _keys(second):
            place = trigger.location.place if trigger.location else None
            return (first, second), place
    return None


def _main_actor(triggers: Sequence[Trigger]) -> Actor | None:
    """The first named source of a reported (not merely mentioned) predicate."""
    for trigger in triggers:
        if trigger.mention_only:
            continue
        for span in trigger.source:
            if _named(span.actor):
                return span.actor
    return None


def resolve_pronouns(
    spans: list[Span],
    tokens: Sequence[Token],
    words: Sequence[str],
    earlier: Actor | None,
    options: CodingOptions,
) -> list[Span]:
    """Add an actor span for each pronoun or owned role noun: the actor it stands for.

    That is the nearest named actor before it in the sentence ("Polri membantah anggotanya
    ..."), else `earlier`, the previous sentence's main actor ("Mereka menuntut ...").
    """
    covered = {i for span in spans for i in range(span.first, span.last + 1)}
    added: list[Span] = []
    for position, word in enumerate(words):
        if position in covered or not (
            _refers_to_actor(word, options) or _reported_subject(words, position, options)
        ):
            continue
        token = tokens[position]
        pair = _joined_pair(spans, words, position, options)
        if pair:
            # "Moon and Kim ... when they meet": both, as one act's two parties
            for party in pair:
                actor = replace(party, text=token.text, start=token.start, end=token.end)
                added.append(Span(position, position, actor=actor, collective=True))
            continue
        before = [s.actor for s in spans if s.last < position and _named(s.actor)]
        antecedent = before[-1] if before else earlier
        if antecedent is None:
            continue
        actor = replace(
            antecedent,
            text=token.text,
            start=token.start,
            end=token.end,
            name=antecedent.name or antecedent.text,
        )
        added.append(Span(position, position, actor=actor))
    return sorted([*spans, *added], key=lambda s: s.first) if added else spans


def resolve_collectives(
    spans: list[Span],
    tokens: Sequence[Token],
    words: Sequence[str],
    pair: tuple[Actor, Actor] | None,
    options: CodingOptions,
) -> list[Span]:
    """Put the two parties of the last act told on a collective mention ("kedua negara",
    "kedua menteri"): two spans on its words, the first named first, so the mention reads
    as a compound subject (gold rule 2: source the first, target the second).

    A group mention the actor stage already made there is replaced: its members are the
    last two actors named, which need not be the two who met.
    """
    cues = [tuple(cue.split()) for cue, kind in options.event_cues.items() if kind == "collective"]
    if pair is None or not cues:
        return spans
    # only a collective that opens its clause is a subject: "pembicaraan antara kedua
    # negara itu" names a topic, no act of the two
    found = [
        (position, position + len(cue) - 1)
        for position in range(len(words))
        for cue in cues
        if tuple(words[position : position + len(cue)]) == cue
        and (position == 0 or words[position - 1] in _CLAUSE_START)
    ]
    if not found:
        return spans
    kept = [
        s for s in spans if not any(s.first <= last and first <= s.last for first, last in found)
    ]
    added = []
    for first, last in found:
        text_span = (tokens[first].start, tokens[last].end)
        for party in pair:
            actor = replace(
                party,
                text=" ".join(t.text for t in tokens[first : last + 1]),
                start=text_span[0],
                end=text_span[1],
                name=party.name or party.text,
            )
            added.append(Span(first, last, actor=actor, collective=True))
    return sorted([*kept, *added], key=lambda s: s.first)


_CLAUSE_START = {",", ";", ":", "dan", "and"}

_THAT = {"that", "bahwa"}  # "said that it ...": the reported clause's opener


def _reported_subject(words: Sequence[str], position: int, options: CodingOptions) -> bool:
    """Tell whether an "it" heads what a report verb reports: "Syria says it will not
    accept ...", "the army said that it had shelled ..." (elsewhere "it" is often empty:
    "it is expected that ...")."""
    if options.event_cues.get(words[position]) != "reported_pronoun":
        return False
    before = position - 1
    if before > 0 and words[before] in _THAT:
        before -= 1
    return before >= 0 and any(
        cue.pattern == "X_cue" and len(cue.words) == 1
        for cue in options.lexicon.match_attribution(words, before)
    )


_PAIR_JOINERS = {"and", "dan", "serta"}


def _joined_pair(
    spans: list[Span], words: Sequence[str], position: int, options: CodingOptions
) -> list[Actor]:
    """The two actors a plural pronoun stands for when the sentence names them joined by
    "and" before it (`event_cues` kind "plural_pronoun"), else none."""
    if options.event_cues.get(words[position]) != "plural_pronoun":
        return []
    named = [s for s in spans if s.last < position and s.actor is not None and _named(s.actor)]
    if len(named) < 2:
        return []
    second = named[-1]
    starts = second.first
    rest = named[:-1]
    while rest and rest[-1].last + 1 == starts:
        starts = rest.pop().first  # an owner before its head: "North Korea's Kim Jong Un"
    if not rest:
        return []
    first = rest[-1]
    gap = words[first.last + 1 : starts]
    if (
        not gap
        or not any(w in _PAIR_JOINERS for w in gap)
        or not all(w in _PAIR_JOINERS or w == "," for w in gap)
    ):
        return []
    if first.actor is None or second.actor is None:
        return []
    return [first.actor, second.actor]


def _refers_to_actor(word: str, options: CodingOptions) -> bool:
    if options.event_cues.get(word) in {"pronoun", "plural_pronoun"}:
        return True
    owner = word[: -len(CLITIC)] if word.endswith(CLITIC) else ""
    return bool(owner) and options.event_cues.get(owner) == "owned_role"


def deny_back(
    earlier: list[Event],
    coded: list[Event],
    words: Sequence[str],
    context: SentenceContext,
    options: CodingOptions,
) -> tuple[list[Event], list[Event]]:
    """Mark the previous sentence's claimed events that this sentence denies.

    A denial of "klaim itu" / "tuduhan tersebut" denies every claimed or rumoured event of
    the previous sentence; a denied event repeating one of them (same type and source) is
    that event, so it is dropped here and the earlier one is marked denied.
    """
    if not earlier:
        return earlier, coded
    if _denies_claim_told_before(words, context, options):
        earlier = [replace(e, status="denied") if e.status in _DENIABLE else e for e in earlier]
    kept: list[Event] = []
    for event in coded:
        repeated = next(
            (
                number
                for number, other in enumerate(earlier)
                if event.status == "denied"
                and other.status in _DENIABLE | {"denied"}
                and other.type == event.type
                and _same_party(other.source, event.source)
            ),
            None,
        )
        if repeated is None:
            kept.append(event)
        else:
            earlier[repeated] = replace(earlier[repeated], status="denied")
    return earlier, kept


def _denies_claim_told_before(
    words: Sequence[str], context: SentenceContext, options: CodingOptions
) -> bool:
    """ "membantah klaim itu", "menyebut tuduhan tersebut tidak benar", "membantah kabar
    tersebut" (a rumour is denied as a claim is)."""
    denials = [c for c in context.cues if c.cue.status == "denied"]
    for cue in context.cues:
        if cue.cue.status not in _DENIABLE or cue.cue.position != "before":
            continue
        after = words[cue.last + 1] if cue.last + 1 < len(words) else ""
        if options.event_cues.get(after) != "refers_back":
            continue
        if any(abs(d.first - cue.first) <= _CLAIM_WINDOW + 1 for d in denials):
            return True
    return False


def _same_party(one: dict[str, object] | None, other: dict[str, object] | None) -> bool:
    if one is None or other is None:
        return False
    if one.get("actor_id") and one.get("actor_id") == other.get("actor_id"):
        return True
    return bool(one.get("country")) and one.get("country") == other.get("country")
