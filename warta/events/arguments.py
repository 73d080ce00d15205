"""Argument assignment: who acts (source) and on whom (target), and where, by frame.

Frames (lexicon `args`): `st` active (subject acts on object), `ts` passive (object-first,
agent after "oleh"/"by"), `recip` (meetings: one event, source the first named, target the
other), `s` (source only: protests), `noun` (nominalisations: agent right after the noun
or after "oleh", parties after "antara"/"between", target after "ke"/"terhadap").
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.events.locations import (
    ARTICLES,
    CLAUSE_BREAKS,
    CONJUNCTIONS,
    in_setting,
    locate_event,
)
from warta.events.triggers import RELATIVE, CodingOptions, Span, Trigger
from warta.records import Actor, Place, Token

_PARTICIPANT_WORDS = {"antara", "melibatkan", "between", "involving"}


# Types whose compound doers are partners of one another: "Thailand dan Kamboja bekerja sama".
_RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Types whose compound doers each act for themselves: "Pyongyang dan Moskow membantah" is two
# denials, each of its own part in what is charged.
_EACH_TYPES = frozenset({"REJECT"})


_WINDOW = 8  # tokens after a noun in which its agent or parties may stand

# Words naming the way, not the party: "bantuan ke Gaza melalui Mesir" goes to Gaza.
_ROUTE_WORDS = {"melalui", "lewat", "via", "through"}
# "serangan ke Kyiv": a city gone to is the place; one named with "in" may be the victim.
_DESTINATION_WORDS = {"ke", "dari", "from"}
# A place after these is where the act happened or went, not whom it was done to
# ("menyepakati rencana dalam KTT di Vilnius": Vilnius is no party; issue #5). English
# "in"/"at" stay out: the PLOVER gold takes the state an act happens in as its recipient
# (adding them lowered plover-gold type+source+target accuracy from 0.559 to 0.553).
_PLACED_AT_WORDS = _DESTINATION_WORDS | {"di"}


# Auxiliaries and adverbs between a subject and its predicate ("Pakistan ... has refused").
_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "again"}
# Words that open an apposition after a name ("X, a key ally of Y, said"; "X, the Y of Z").
_APPOSITION_OPENERS = {"a", "an", "the"}
# Prepositions that tie a place-like actor to the actor before it: "police in Jericho".
_MODIFYING_PREPOSITIONS = {"in", "at"}
# "promised to continue ...": the predicate governs an infinitive.
_INFINITIVE_MARKERS = {"to"}
_PREPOSITION_REACH = 3  # "apologized to the Brazilian government": the party after "to"
_COMPLEMENT_REACH = 4  # "refused to deploy", "promised to continue military aid"


# Words opening a new clause: a subject before them is not the subject after them.
_CLAUSE_OPENERS = {
    "bahwa",
    "that",
    "jika",
    "if",
    "apabila",
    "bila",
    "karena",
    "because",
    "ketika",
    "when",
    "sementara",
    "while",
    "sedangkan",
    "unless",
}


def locate(
    tokens: list[Token], actors: Sequence[Actor], places: Sequence[Place], words: list[str]
) -> list[Span]:
    """Put the sentence's actor and place mentions on token indexes."""
    start, end = tokens[0].start, tokens[-1].end
    spans: list[Span] = []
    for mention in [*actors, *places]:
        if mention.start < start or mention.end > end:
            continue
        first = next((i for i, t in enumerate(tokens) if t.end > mention.start), None)
        last = next(
            (i for i in range(len(tokens) - 1, -1, -1) if tokens[i].start < mention.end), None
        )
        if first is None or last is None:
            continue
        if isinstance(mention, Actor):
            spans.append(Span(first, last, actor=mention))
        else:
            spans.append(Span(first, last, place=mention))
    # An actor and a place on the same words are one span that can play either part.
    merged: dict[tuple[int, int], Span] = {}
    for span in spans:
        key = (span.first, span.last)
        if key in merged:
            merged[key].actor = merged[key].actor or span.actor
            merged[key].place = merged[key].place or span.place
        else:
            merged[key] = span
    located = sorted(merged.values(), key=lambda s: s.first)
    # "Korea Utara (Korut)": the bracketed short form is the same party, not a second one.
    return [
        span
        for number, span in enumerate(located)
        if not (
            number
            and span.first >= 1
            and words[span.first - 1] == "("
            and located[number - 1].last == span.first - 2
            and _country(located[number - 1]) == _country(span)
        )
    ]


def _country(span: Span) -> str | None:
    if span.actor is not None:
        return span.actor.country
    return span.place.country if span.place else None


def assign_arguments(
    trigger: Trigger,
    words: list[str],
    spans: list[Span],
    blocked: set[int],
    previous: Trigger | None,
    following: Trigger | None,
    options: CodingOptions,
) -> None:
    """Fill the trigger's source(s), target and location from the sentence."""
    args = trigger.entry.args
    actors = [s for s in spans if s.actor is not None and id(s) not in blocked]
    left = [s for s in actors if s.last < trigger.first and not _after_place_word(s, words)]
    end = _clause_end(words, trigger.last, options)
    right = [s for s in actors if trigger.last < s.first < end]
    subject = _apposed(left, words, trigger.first) or _subject(left, words)
    chained = (
        previous is not None
        and subject
        and previous.target is subject[-1]
        and previous.source
        and not previous.inferred_target
        and not any(w in _CLAUSE_OPENERS for w in words[previous.last : trigger.first])
    )
    if chained and previous is not None:
        subject = previous.source  # chained verbs share the subject: "... untuk meyakinkan"
    governs = any(
        c.position == "governs" for c in options.lexicon.match_status(words, trigger.first)
    )
    if args == "ts":
        agent = _after_word(right, words, {"oleh", "by"})
        if agent is None and trigger.entry.form == "active":
            agent = _guest(trigger, right, words, following, options)
        trigger.source = [agent] if agent else []
        trigger.target = subject[0] if subject else None
    elif args == "noun":
        _assign_noun(trigger, words, left, right, subject, previous)
    elif args == "demand":
        # "X said Y must ...": the speaker demands, of the subject of "must"
        trigger.source = subject
        demanded = [s for s in right if s.last < (trigger.obligation or 0)]
        trigger.target = demanded[0] if demanded else None
    elif args == "recip":
        near = [s for s in right if s.first - trigger.last <= _WINDOW]
        partner = _after_word(near, words, {"dengan", "bersama", "with"})
        if len(subject) >= 2:
            trigger.source, trigger.target = [subject[0]], subject[1]
        else:
            trigger.source = subject[:1]
            trigger.target = partner or _object(trigger, right, words, following, governs=governs)
    else:
        trigger.source = subject
        if args != "s":
            trigger.target = _object(trigger, right, words, following, governs=governs)
        else:
            trigger.target = _aimed_at(trigger, right, words, options)
    _join_compound(trigger)
    if args == "noun" and _received(trigger, words, options):
        giver = _after_word(right, words, {"dari", "from"})
        if giver is not None:
            trigger.source, trigger.target = [giver], subject[0] if subject else None
    if args == "noun" and trigger.entry.type == "ACCUSE":
        _concern_in(trigger, words, spans, subject)
    if trigger.target is None and trigger.source and args != "s" and not governs:
        # A denial's complement is the denied event, not the denial's target.
        free = [
            s
            for s in right
            if words[s.first - 1] not in _ROUTE_WORDS
            and not (words[s.first - 1] in _PLACED_AT_WORDS and _after_place_word(s, words))
        ]
        trigger.target = _other_country(free, trigger.source[0])
        trigger.inferred_target = trigger.target is not None
    if following is not None and _restates(trigger, following):
        following.mention_only = True
        following = None  # the verb's clause runs on through its own object
    if following is not None and (following.occasion or in_setting(following, words, options)):
        following = None  # "... dalam KTT di Vilnius": the clause runs on through its occasion
    trigger.location = locate_event(trigger, following, spans, words, options)
    if trigger.location is None and _purpose_of(previous, trigger, words):
        # "mengirim tim ke Washington ... untuk meminta keringanan": asked there
        trigger.location = previous.location if previous else None
    if trigger.location is None and trigger.entry.mode == "visit":
        # "mengunjungi Pyongyang": the visited capital is the host and the place.
        visited = trigger.target
        if visited is not None and visited.place is not None:
            trigger.location = visited


_PURPOSE_OPENERS = {"untuk", "guna"}


_COORDINATORS = {"and", "dan", "serta"}
_VERB_HELPERS = _AUXILIARIES | {"would", "could", "might", "should", "then", "later", "akan"}


def shares_subject(trigger: Trigger, previous: Trigger | None, words: list[str]) -> bool:
    """Tell whether a verb joined by "and" to the verb before (`previous`) shares its
    subject: "the US was pulling out of the Iran deal and would reimpose sanctions" (the US
    reimposes, not Iran named inside the first verb's object)."""
    if (
        previous is None
        or not previous.source
        or previous.entry.form == "noun"
        or trigger.entry.form == "noun"
    ):
        return False
    before = trigger.first - 1
    while before > previous.last and words[before] in _VERB_HELPERS:
        before -= 1
    return before > previous.last and words[before] in _COORDINATORS


def _clause_end(words: list[str], predicate: int, options: CodingOptions) -> int:
    """Where the predicate's clause ends: at a comma that opens a relative or adverbial
    clause (", which Moscow denied", ", after police fired") or an appositive that answers
    it (", a charge the ministry rejected"). Actors after it belong to that clause."""
    for comma in range(predicate + 1, len(words) - 1):
        if words[comma] != ",":
            continue
        opener = options.event_cues.get(words[comma + 1])
        answered = comma + 2 < len(words) and options.event_cues.get(words[comma + 2])
        if opener == "subordinate" or (opener == "determiner" and answered == "answered"):
            return comma
    return len(words)


def clause_start(words: list[str], predicate: int, options: CodingOptions) -> int:
    """Where the clause of a predicate after a relative or answering comma starts (the
    comma, as `_clause_end` finds it); 0 when no such comma stands before it."""
    for comma in range(predicate - 1, 0, -1):
        if words[comma] == "," and _clause_end(words, comma - 1, options) == comma:
            return comma
    return 0


def _purpose_of(previous: Trigger | None, trigger: Trigger, words: list[str]) -> bool:
    return (
        previous is not None
        and previous.location is not None
        and opens_purpose(previous, trigger, words)
    )


def opens_purpose(previous: Trigger | None, trigger: Trigger, words: list[str]) -> bool:
    """Tell whether a predicate opens the purpose clause of the act before it (issue #5)."""
    return (
        previous is not None
        and trigger.first > 0
        and words[trigger.first - 1] in _PURPOSE_OPENERS
        and not any(w in CLAUSE_BREAKS for w in words[previous.last + 1 : trigger.first])
    )


def inherit_complement_target(
    trigger: Trigger, complement: Trigger | None, words: list[str]
) -> None:
    """Give a source-only predicate that takes an infinitive the target of the act it
    governs: "promised to continue military aid to Mozambique" is a promise to Mozambique,
    "refused to deploy troops in Iraq" a refusal towards Iraq (PLOVER codes the party the
    promised, threatened or refused act is aimed at)."""
    if (
        trigger.entry.args != "s"
        or trigger.target is not None
        or complement is None
        or (complement.target is None and complement.location is None)
        or not any(w in _INFINITIVE_MARKERS for w in words[trigger.first : complement.first])
        or complement.first - trigger.last > _COMPLEMENT_REACH
    ):
        return
    if complement.target is None:
        # "refused to deploy peacekeepers in Iraq": the state the act is aimed at hosts it.
        trigger.location = trigger.location or complement.location
        trigger.aimed_at_place = True
        return
    if trigger.source and complement.target.actor is trigger.source[0].actor:
        return
    trigger.target = complement.target


def _restates(verb: Trigger, noun: Trigger) -> bool:
    """Tell whether a noun predicate right after a verb is its object naming the same act
    ("menembakkan meriam air": one assault, not a second one without a doer)."""
    return (
        verb.entry.form != "noun"
        and noun.entry.form == "noun"
        and noun.first == verb.last + 1
        and noun.entry.type == verb.entry.type
    )


def _join_compound(trigger: Trigger) -> None:
    """Code compound doers acting together as one event (gold README, rule 2).

    "AS dan Inggris menggempur posisi Houthi", "France, Germany and Britain regretted the
    decision": one act, so the first named is the source. "Thailand dan Kamboja menggelar
    patroli bersama": a reciprocal act, so the second named is the other party. Denials
    without an object ("Pyongyang dan Moskow membantah") are each doer's own: one event each.
    """
    if len(trigger.source) < 2:
        return
    if trigger.entry.type in _RECIPROCAL_TYPES and trigger.target is None:
        trigger.source, trigger.target = trigger.source[:1], trigger.source[1]
    elif trigger.target is not None or trigger.entry.type not in _EACH_TYPES:
        trigger.source = trigger.source[:1]


def _concern_in(trigger: Trigger, words: list[str], spans: list[Span], subject: list[Span]) -> None:
    """ "kekhawatiran di Korea Selatan": the concern is the state named after 'di'."""
    after = next((s for s in spans if s.first == trigger.last + 2), None)
    if after is None or words[trigger.last + 1] not in {"di", "in"} or after.actor is None:
        return
    if after.actor.kind == "country":
        trigger.source = [after]
        trigger.target = subject[0] if subject else None


def _received(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a receive verb governs the noun ("mendapatkan dukungan dari X")."""
    before = words[max(0, trigger.first - 3) : trigger.first]
    return any(options.event_cues.get(word) == "receive" for word in before)


def _assign_noun(
    trigger: Trigger,
    words: list[str],
    left: list[Span],
    right: list[Span],
    subject: list[Span],
    previous: Trigger | None,
) -> None:
    stop = next(
        (i for i in range(trigger.last + 1, len(words)) if words[i] in RELATIVE),
        len(words),
    )
    near = [s for s in right if s.first - trigger.last <= _WINDOW]
    direct = [s for s in near if s.first < stop]
    parties_at = next(
        (
            i
            for i in range(trigger.last + 1, min(len(words), trigger.last + _WINDOW))
            if words[i] in _PARTICIPANT_WORDS
        ),
        None,
    )
    if parties_at is not None:
        parties = [s for s in near if s.first > parties_at]
        if parties:
            trigger.source = [parties[0]]
            trigger.target = parties[1] if len(parties) > 1 else None
            return
    agent = _after_word(direct, words, {"oleh", "by"})
    if (
        agent is None
        and direct
        and direct[0].first == trigger.last + 1
        and not _after_place_word(direct[0], words)
    ):
        agent = direct[0]
    object_of_verb = previous is not None and previous.last >= trigger.first - 2
    if agent is not None:
        trigger.source = [agent]
    elif not object_of_verb and not _named_as_reason(trigger, words):
        trigger.source = subject
    # "serangan rudal ke Kyiv": a city after "ke" is where the attack went, not a party.
    rest = [
        s
        for s in near
        if (not trigger.source or s is not trigger.source[0]) and not _after_place_word(s, words)
    ]
    trigger.target = _after_word(
        rest, words, {"ke", "terhadap", "kepada", "atas", "to", "against", "on", "with", "dengan"}
    ) or _patient_of(trigger, rest, words)


# Prepositions that name an act as the reason or time of another: "arrested over the
# killing of ...", "rallied after the shooting": the clause's subject did not do it ("for"
# is not one: "responsible for the attack", "blamed X for the attack" name its doer).
_PART_NOUNS = {"faction", "factions", "unit", "units", "members", "member", "group", "wing"}
_REASON_PREPOSITIONS = {"over", "after", "following", "despite", "amid"}
_PATIENT_REACH = 4  # "the arrest of 18 Saudi suspects"


def _named_as_reason(trigger: Trigger, words: list[str]) -> bool:
    before = trigger.first - 1
    while before > 0 and words[before] in ARTICLES:
        before -= 1
    return before >= 0 and words[before] in _REASON_PREPOSITIONS


def _patient_of(trigger: Trigger, rest: list[Span], words: list[str]) -> Span | None:
    """The party an act noun's "of" names: "the killing of journalist X", "the arrest of
    18 suspects" undergo it. A meeting's "of" names its participants, not a target."""
    at = trigger.last + 1
    if at >= len(words) or words[at] != "of" or trigger.entry.type == "CONSULT":
        return None
    return next((s for s in rest if at < s.first <= at + _PATIENT_REACH), None)


def _apposed(left: list[Span], words: list[str], predicate: int) -> list[Span]:
    """The subject an apposition stands between it and the predicate: "Pakistan, a key U.S.
    ally in the war, has refused": Pakistan, not the U.S. named inside the apposition."""
    close = predicate - 1
    while close >= 0 and words[close] in _AUXILIARIES:
        close -= 1
    if close < 0 or words[close] != ",":
        return []
    opened = next((i for i in range(close - 1, -1, -1) if words[i] == ","), None)
    if opened is None or opened + 1 >= close or words[opened + 1] not in _APPOSITION_OPENERS:
        return []
    head = [s for s in left if s.last < opened]
    if not head or head[-1].last != opened - 1:
        return []
    return _subject(head, words)


def _subject(left: list[Span], words: list[str]) -> list[Span]:
    """The nearest actor before the predicate, with the actors joined to it by 'dan'.

    An actor right after a locative preposition that follows another actor belongs to that
    one ("Palestinian police in Jericho confiscated ...": the police act).
    """
    if not left:
        return []
    if (
        len(left) >= 2
        and left[-1].first >= 2
        and words[left[-1].first - 1] in _MODIFYING_PREPOSITIONS
        and left[-2].last == left[-1].first - 2
    ):
        left = left[:-1]
    chosen = [left[-1]]
    starts = chosen[0].first  # where the chosen party's phrase starts, its owner included
    listed = False  # a bare comma joins only inside a list that has a real "dan"
    for span in reversed(left[:-1]):
        if span.first == chosen[0].first and span.last == chosen[0].last:
            chosen.insert(0, span)  # a collective mention's two parties ("kedua negara")
            continue
        if span.last + 1 == starts and span.last < chosen[0].first:
            starts = span.first  # an owner before its head: "North Korea's Kim Jong Un"
            continue
        gap = words[span.last + 1 : starts]
        if not gap or not all(w in CONJUNCTIONS for w in gap):
            break
        if gap == [","] and not listed:
            break
        listed = listed or any(w != "," for w in gap)
        chosen.insert(0, span)
        starts = span.first
    return chosen


def _object(
    trigger: Trigger,
    right: list[Span],
    words: list[str],
    following: Trigger | None = None,
    *,
    governs: bool = False,
) -> Span | None:
    """The first actor after the predicate, unless a place word ('di', 'in') governs it.

    For a predicate that `governs` a complement (a denial), an actor after the next verb is
    that verb's object ("membantah telah menahan nelayan Indonesia": the fishermen were
    held, not denied); one after "melalui" is the way.
    """
    for span in right:
        if span.first - trigger.last > _WINDOW:
            return None
        if any(w in _CLAUSE_OPENERS for w in words[trigger.last + 1 : span.first]):
            return None  # "peringatan bahwa AS ...": AS heads the complement, not the object
        if governs and _object_of(following, trigger, span):
            return None
        if _after_place_word(span, words) or words[span.first - 1] in _ROUTE_WORDS:
            continue
        if span.actor is not None:
            return span
    return None


_GUEST_REACH = 4  # "menjamu Perdana Menteri Vietnam Pham Minh Chinh": a title before the name
_POSSESSIVES = {"'s", "’s"}


def _guest(
    trigger: Trigger,
    right: list[Span],
    words: list[str],
    following: Trigger | None,
    options: CodingOptions,
) -> Span | None:
    """The object of an active verb whose subject undergoes the act: the guest a host
    receives ("menjamu X"), the giver of what is received ("menerima bantuan dari X").

    Only an object close after the verb, with no other predicate or clause between and not
    a possessor ("welcomed Sudan's decision": the decision is welcomed, not Sudan).
    """
    span = _object(trigger, right, words, following)
    if span is None or span.first - trigger.last > _GUEST_REACH:
        return None
    if following is not None and trigger.last < following.first < span.first:
        return None
    between = words[trigger.last + 1 : span.first]
    if any(options.event_cues.get(word) == "subordinate" for word in between):
        return None  # "received treatment after Assad attacked": Assad heads another clause
    after = words[span.last + 1] if span.last + 1 < len(words) else ""
    possessor = after in _POSSESSIVES or words[span.last].endswith(tuple(_POSSESSIVES))
    return None if possessor else span


def _object_of(following: Trigger | None, trigger: Trigger, span: Span) -> bool:
    """Tell whether `span` stands after the next verb, so is its object, not the trigger's."""
    return (
        following is not None
        and following.entry.form != "noun"
        and following.first > trigger.last
        and span.first > following.last
    )


def _other_country(right: list[Span], source: Span) -> Span | None:
    """The first later actor of another country ("... jika Korut memasok ...")."""
    country = source.actor.country if source.actor else None
    for span in right:
        if span.actor and span.actor.country and span.actor.country != country:
            return span
    return None


def _after_word(spans: list[Span], words: list[str], markers: set[str]) -> Span | None:
    """The first span a marker governs, across an article or a hyphenated modifier
    between them ("to war-torn Mozambique", "against the Sudanese government")."""
    for span in spans:
        before = span.first - 1
        while before > 0 and (words[before] in ARTICLES or _hyphenated(words[before])):
            before -= 1
        if before > 0 and words[before].endswith(("'s", "’s")):
            # "by the kingdom's prosecutors": the owner's name stands between
            before -= 1
            while before > 0 and words[before] in ARTICLES:
                before -= 1
        elif before > 1 and words[before] == "of" and words[before - 1] in _PART_NOUNS:
            # "by a faction of the army": a part acts for the whole
            before -= 2
            while before > 0 and words[before] in ARTICLES:
                before -= 1
        if before >= 0 and words[before] in markers:
            return span
    return None


def _aimed_at(
    trigger: Trigger, right: list[Span], words: list[str], options: CodingOptions
) -> Span | None:
    """The party a source-only act is aimed at by a preposition ending or right after its
    predicate: "apologized to Brazil", "protested against the Thai government"."""
    at = trigger.last if options.lexicon.role(words[trigger.last]) else trigger.last + 1
    if at >= len(words) or options.lexicon.role(words[at]) not in {"target", "target_place"}:
        return None
    near = [s for s in right if s.first - at <= _PREPOSITION_REACH]
    return _after_word(near, words, {words[at]})


def _after_place_word(span: Span, words: list[str]) -> bool:
    return (
        span.first > 0
        and words[span.first - 1] in {"di", "in", "at", "dari", "from", "ke"}
        and (
            span.place is not None
            and (span.place.kind == "city" or words[span.first - 1] in {"di", "in", "at"})
        )
    )


def _hyphenated(word: str) -> bool:
    """A hyphenated modifier ("war-torn"), not a reduplicated plural ("negara-negara")."""
    parts = word.split("-")
    return len(parts) == 2 and all(parts) and parts[0] != parts[1]
