"""Where an event takes place: the place its clause names (di/ke/in/at/to, a place head, a
place behind a compass word), a place it leaves, strikes or is set in, and the apposed town
of a site. Split from `arguments` (who acts on whom), which calls `locate_event`.
"""

from __future__ import annotations

from warta.events.lexicon import Entry
from warta.events.triggers import RELATIVE, CodingOptions, Span, Trigger

# Words that join two actors into one compound subject: "Pyongyang maupun Moskow".
CONJUNCTIONS = {"dan", "maupun", "serta", "atau", "and", "or", "&", ",", "baik", "both"}
# Prepositions that place an event when the lexicon gives them no role (other languages).
PLACE_WORDS = {"di", "ke", "in", "at", "to"}
PLACE_ROLES = {"place", "target_place"}
ARTICLES = {"the", "a", "an"}


_LEAVING_WORDS = {"from", "of"}
_LEAVING_REACH = 5  # "pulled out of the southern town of Kherson"


def leaving_entry(
    trigger: Trigger, spans: list[Span], words: list[str], options: CodingOptions
) -> Entry | None:
    """The withdrawal a "withdrew from"/"pulled out of" phrase tells when a place follows it.

    Out of a deal, a treaty or talks it is a rejection or a sanction (the lexicon's rows for
    the phrase); out of a town or a country it is the troops' withdrawal, the lexicon's
    RETREAT row for the verb without its preposition.
    """
    entry = trigger.entry
    if entry.type == "RETREAT" or len(entry.words) < 2 or entry.words[-1] not in _LEAVING_WORDS:
        return None
    placed = any(
        span.place is not None
        and 0 < span.first - trigger.last <= _LEAVING_REACH
        and _names_place_left(span, words, options)
        for span in spans
    )
    if not placed:
        return None
    verb = list(entry.words[:-1])
    return next(
        (
            e
            for e in options.lexicon.match(verb, 0)
            if e.words == tuple(verb) and e.type == "RETREAT" and e.form == entry.form
        ),
        None,
    )


def _left_place(trigger: Trigger, span: Span, words: list[str], options: CodingOptions) -> bool:
    return (
        trigger.entry.type == "RETREAT"
        and span.first - trigger.last <= _LEAVING_REACH
        and _names_place_left(span, words, options)
    )


def _names_place_left(span: Span, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a place is what "from"/"out of" leaves: "from Kherson", "from the town
    of Mosul", not "from the Iran nuclear deal" (a place modifying a noun)."""
    if _word_before(span, words, options) not in _LEAVING_WORDS:
        return False
    headed = (
        span.first > 1
        and words[span.first - 1] == "of"
        and options.event_cues.get(words[span.first - 2]) == "place_head"
    )
    return headed or not _modifies_noun(span, words, options)


# "over X" places an act of force (a drone shot down over X, jets flying over X); a claim or
# a dispute "over" a territory is about it, not there.
_FORCE_ONLY_PLACE_WORDS = {"over"}
_FORCE_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}


def locate_event(
    trigger: Trigger,
    following: Trigger | None,
    spans: list[Span],
    words: list[str],
    options: CodingOptions,
) -> Span | None:
    """The place after the predicate (di/ke/in/at/to) in its clause, else one before it."""
    used = {id(s) for s in trigger.source}
    if trigger.target is not None and not _placed(trigger.target, words, options):
        used.add(id(trigger.target))  # "fired missiles at Israel": the target is the place
    places = [s for s in spans if s.place is not None and id(s) not in used]
    limit = following.first if following and not _describes_noun(following, words) else len(words)
    limit = min([limit, *(i for i in range(trigger.last, limit) if words[i] in {"bahwa", "that"})])
    for span in places:
        if trigger.last < span.first < limit and _left_place(trigger, span, words, options):
            return span  # "withdrew from the town of X": the withdrawal happens there
        if trigger.last < span.first < limit and _placed(span, words, options):
            if (
                _word_before(span, words, options) in _FORCE_ONLY_PLACE_WORDS
                and trigger.entry.type not in _FORCE_TYPES
            ):
                continue
            return span
    struck = _struck_place(trigger, places, words, options)
    if struck is not None:
        return struck
    for span in reversed(places):
        if span.last >= trigger.first:
            continue
        if _joined_clause(words, span.last, trigger.first):
            break
        if _word_before(span, words, options) in {"di", "in", "at"}:
            return span
    return None


_STRUCK_REACH = 3  # "shelled the port city of", "bombed eastern Aleppo"


def _struck_place(
    trigger: Trigger, places: list[Span], words: list[str], options: CodingOptions
) -> Span | None:
    """A place that is the direct object of a verb of force ("shelled Kharkiv", "bombed the
    town of X"): the act happened there. Only a city that is no party,
    with no preposition between. Only an attack: a closed or seized city ("menutup Rafah")
    is the act's object, not where it was done from."""
    if trigger.entry.type != "ASSAULT" or trigger.entry.form not in {"active", "base"}:
        return None
    for span in places:
        gap = words[trigger.last + 1 : span.first]
        if span.first <= trigger.last or len(gap) >= _STRUCK_REACH or span.actor is not None:
            continue
        if span.place is None or span.place.kind != "city":
            continue
        if all(w.isalpha() and w not in PLACE_WORDS and not options.lexicon.role(w) for w in gap):
            return span
    return None


def in_setting(following: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether the next predicate is a meeting noun naming the act's setting ("menawarkan
    pembelian gandum ... dalam perundingan di Washington"): the place after it is the act's
    place too, also when the meeting is coded as an event of its own (issue #5)."""
    return (
        following.entry.form == "noun"
        and following.first > 0
        and options.event_cues.get(words[following.first - 1]) == "occasion"
    )


def _describes_noun(following: Trigger, words: list[str]) -> bool:
    """Tell whether the next predicate is a relative passive describing the noun before it
    ("perundingan yang dimediasi Malaysia di Kuala Lumpur"): the place after it is still in
    the noun's clause."""
    return (
        following.mention_only
        and following.entry.form == "passive"
        and following.first > 0
        and words[following.first - 1] in RELATIVE - {","}
    )


def _joined_clause(words: list[str], start: int, end: int) -> bool:
    """Tell whether a comma and a conjunction between two words join a new clause ("were
    attacked in the Gulf of Oman, and Pompeo blamed Iran": the blame is not in the Gulf)."""
    return any(
        words[i] == "," and words[i + 1] in CONJUNCTIONS - {","} for i in range(start, end - 1)
    )


def _placed(span: Span, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a place word governs the place: a preposition ("di", "ke") or a
    locative head the lexicon gives the place role ("di dekat Avdiivka", "di perairan X")."""
    word = _word_before(span, words, options)
    if word == ",":
        return _apposed_to_site(span, words, options)
    if _attributed_to(span, words):
        return False
    return word in PLACE_WORDS or options.lexicon.role(word) in PLACE_ROLES


def _attributed_to(span: Span, words: list[str]) -> bool:
    """Tell whether the place names who reports the news ("according to U.S. officials",
    "according to the Kenyan police"): the "to" there is no place word."""
    before = span.first - 1
    if before > 0 and words[before] in ARTICLES:
        before -= 1
    return before > 0 and words[before] == "to" and words[before - 1] == "according"


_SITE_REACH = 5  # "di depan gedung DPR, Jakarta", "dari Pangkalan Udara Halim Perdanakusuma, X"


def _apposed_to_site(span: Span, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a place after a comma names where a site just before it is (issue #5).

    "berunjuk rasa di depan gedung DPR, Jakarta": the building is no gazetteer place, the
    city apposed to it is where the event happened. The site needs its own place word
    within a few words before the comma, with no other comma between.
    """
    comma = span.first - 1
    for position in range(comma - 1, max(-1, comma - 1 - _SITE_REACH), -1):
        word = words[position]
        if word in CLAUSE_BREAKS:
            return False
        if word in PLACE_WORDS or word == "dari" or options.lexicon.role(word) in PLACE_ROLES:
            return True
    return False


CLAUSE_BREAKS = {",", ";", ":", ".", "(", ")"}


def _word_before(span: Span, words: list[str], options: CodingOptions) -> str:
    """The word before a place, across a compass word ("in northern Israel") and a place
    head with its modifiers ("in the Libyan city of Benghazi"); "" at the start."""
    before = span.first - 1
    while before > 0 and options.event_cues.get(words[before]) == "direction":
        before -= 1
    if before > 0 and words[before] in ARTICLES and not _modifies_noun(span, words, options):
        # "in the province of Kherson" (the head taken into the place's name), "in the Gulf
        # of Oman", "in the Tigray region"; not "in the Saudi consulate"
        before -= 1
    if (
        before > 0
        and words[before] == "of"
        and options.event_cues.get(words[before - 1]) == "place_head"
    ):
        before = _before_head(words, before - 1, options)
    return words[before] if before >= 0 else ""


def _modifies_noun(span: Span, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a place name stands before the noun it modifies ("the Saudi consulate")."""
    after = words[span.last + 1] if span.last + 1 < len(words) else ""
    return (
        after.isalpha()
        and after not in CONJUNCTIONS
        and not options.lexicon.role(after)
        and options.event_cues.get(after) != "place_head"
    )


_HEAD_REACH = 4  # "at the South Korean border island of Yeonpyeong"


def _before_head(words: list[str], head: int, options: CodingOptions) -> int:
    """Where the preposition governing a place head ("city", "island") stands: the first
    word before it, across its article and modifiers, that marks a role or ends a clause."""
    for position in range(head - 1, max(-1, head - 1 - _HEAD_REACH), -1):
        word = words[position]
        if word in PLACE_WORDS or options.lexicon.role(word) or word in CLAUSE_BREAKS:
            return position
    return head
