"""Event coding: Doc + actors + places -> PLOVER events with status, attribution, date, place.

Per sentence: find event predicates in the language's lexicon (longest phrase first),
give each its source and target by the predicate's argument frame, then read its status
from the cues in scope (`warta.events.context`), its attribution, date and place.

Argument frames (lexicon `args`): `st` active (subject acts on object), `ts` passive
(object-first, agent after "oleh"/"by"), `recip` (meetings: "Kim dan Putin bertemu" and
"Kim bertemu dengan Putin" are both ONE event, source the first named, target the other),
`s` (source only: protests), `noun` (nominalisations: agent right after the noun or after
"oleh", parties after "antara"/"between", target after "ke"/"terhadap"/"against").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from warta.events.context import (
    Attribution,
    SentenceContext,
    event_date,
    event_status,
    find_attribution,
    sentence_context,
)
from warta.events.lexicon import Entry, Lexicon, Plover
from warta.records import Actor, Article, Doc, Event, Place, TimeExpr, Token, stable_id

# Words that join two actors into one compound subject: "Pyongyang maupun Moskow".
_CONJUNCTIONS = {"dan", "maupun", "serta", "atau", "and", "or", "&", ",", "baik", "both"}
_PARTICIPANT_WORDS = {"antara", "melibatkan", "between", "involving"}
_WINDOW = 8  # tokens after a noun in which its agent or parties may stand
_HEADING_WORDS = 14
_NEED_WINDOW = 8  # "kebutuhan mendesak akan sumber daya finansial dan bantuan": a need
_RELATIVE = {"yang", "which", "who", "that", ","}
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


@dataclass(frozen=True)
class CodingOptions:
    """What event coding needs besides the article's records."""

    lexicon: Lexicon
    plover: Plover
    media: frozenset[str]
    date_cues: dict[str, str]
    event_cues: dict[str, str]


@dataclass
class _Span:
    """An actor or place mention located on the sentence's tokens [first, last]."""

    first: int
    last: int
    actor: Actor | None = None
    place: Place | None = None


@dataclass
class _Trigger:
    first: int
    last: int
    entry: Entry
    source: list[_Span] = field(default_factory=list)
    target: _Span | None = None
    location: _Span | None = None
    inferred_target: bool = False  # found by the other-country fallback, not as an object


def code_events(
    article: Article,
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[Place],
    *,
    options: CodingOptions,
) -> tuple[Event, ...]:
    """Return the events of an analysed article, in text order.

    Reads the article's id, url, outlet, published and lang; the Doc's sentences, tokens
    and times; the resolved actors and places. Events without a source are not coded.
    """
    events: list[Event] = []
    by_sentence: list[list[Token]] = [[] for _ in doc.sentences]
    for token in doc.tokens:
        by_sentence[token.sent].append(token)
    carried: TimeExpr | None = None
    previous_sentence: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        tokens = by_sentence[index]
        if not tokens or _is_heading(tokens, doc.text):
            continue
        words = [t.text.lower() for t in tokens]
        spans = _locate(tokens, actors, places, words)
        context = sentence_context(words, options.lexicon, options.date_cues)
        attribution = find_attribution(words, spans, options)
        blocked = {id(s) for s in attribution.spans}
        times = [t for t in doc.times if sentence.start <= t.start < sentence.end]
        triggers = _triggers(words, options)
        coded: list[Event] = []
        for number, trigger in enumerate(triggers):
            previous = triggers[number - 1] if number else None
            following = triggers[number + 1] if number + 1 < len(triggers) else None
            _assign(trigger, words, spans, blocked, previous, following, options)
            for source in trigger.source:
                event = _event(
                    article,
                    doc,
                    sentence.start,
                    sentence.end,
                    tokens,
                    words,
                    trigger,
                    source,
                    context,
                    attribution,
                    times,
                    carried,
                    options,
                )
                if event is not None:
                    coded.append(event)
        if context.carry:
            previous_sentence = _share_places(previous_sentence, coded)
        events.extend(previous_sentence)
        previous_sentence = coded
        if times:
            carried = times[-1]
    events.extend(previous_sentence)
    return tuple(events)


def _is_heading(tokens: list[Token], text: str) -> bool:
    """A short line without closing punctuation is a subheading, not a report."""
    last = text[tokens[-1].start : tokens[-1].end]
    return len(tokens) <= _HEADING_WORDS and last not in {".", "!", "?", '"', "”", ")"}


def _share_places(earlier: list[Event], later: list[Event]) -> list[Event]:
    """Give an event the place a next sentence adds about it ("Saat itu, Kim ... ke X")."""
    for position, event in enumerate(earlier):
        if event.location is not None or event.source is None:
            continue
        for other in later:
            if (
                other.location
                and other.source
                and other.source["actor_id"] == event.source["actor_id"]
            ):
                earlier[position] = replace(event, location=other.location)
                break
    return earlier


def _triggers(words: list[str], options: CodingOptions) -> list[_Trigger]:
    """Find predicates, longest phrase first, skipping the lexicon's not-an-event phrases."""
    lexicon = options.lexicon
    blocked: set[int] = set()
    for cue, kind in options.event_cues.items():
        if kind == "not_event":
            cue_words = cue.split()
            for i in range(len(words) - len(cue_words) + 1):
                if words[i : i + len(cue_words)] == cue_words:
                    blocked.update(range(i, i + len(cue_words)))
        if kind == "not_event_after":
            for i, word in enumerate(words):
                if word == cue:
                    blocked.update(range(i + 1, i + 1 + _NEED_WINDOW))
    found, position = [], 0
    while position < len(words):
        entries = [] if position in blocked else lexicon.match(words, position)
        if entries:
            entry = entries[0]
            length = len(entry.words)
            found.append(_Trigger(position, position + length - 1, entry))
            position += length
        else:
            position += 1
    return found


def _locate(
    tokens: list[Token], actors: Sequence[Actor], places: Sequence[Place], words: list[str]
) -> list[_Span]:
    """Put the sentence's actor and place mentions on token indexes."""
    start, end = tokens[0].start, tokens[-1].end
    spans: list[_Span] = []
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
            spans.append(_Span(first, last, actor=mention))
        else:
            spans.append(_Span(first, last, place=mention))
    # An actor and a place on the same words are one span that can play either part.
    merged: dict[tuple[int, int], _Span] = {}
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


def _country(span: _Span) -> str | None:
    if span.actor is not None:
        return span.actor.country
    return span.place.country if span.place else None


def _assign(
    trigger: _Trigger,
    words: list[str],
    spans: list[_Span],
    blocked: set[int],
    previous: _Trigger | None,
    following: _Trigger | None,
    options: CodingOptions,
) -> None:
    """Fill the trigger's source(s), target and location from the sentence."""
    args = trigger.entry.args
    actors = [s for s in spans if s.actor is not None and id(s) not in blocked]
    left = [s for s in actors if s.last < trigger.first and not _after_place_word(s, words)]
    right = [s for s in actors if s.first > trigger.last]
    subject = _subject(left, words)
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
    if args == "ts":
        agent = _after_word(right, words, {"oleh", "by"})
        trigger.source = [agent] if agent else []
        trigger.target = subject[0] if subject else None
    elif args == "noun":
        _assign_noun(trigger, words, left, right, subject, previous)
    elif args == "recip":
        partner = _after_word(right, words, {"dengan", "bersama", "with"})
        if len(subject) >= 2:
            trigger.source, trigger.target = [subject[0]], subject[1]
        else:
            trigger.source = subject[:1]
            trigger.target = partner or _object(trigger, right, words)
    else:
        trigger.source = subject
        if args != "s":
            trigger.target = _object(trigger, right, words)
    if args == "noun" and _received(trigger, words, options):
        giver = _after_word(right, words, {"dari", "from"})
        if giver is not None:
            trigger.source, trigger.target = [giver], subject[0] if subject else None
    if args == "noun" and trigger.entry.type == "ACCUSE":
        _concern_in(trigger, words, spans, subject)
    governs = any(
        c.position == "governs" for c in options.lexicon.match_status(words, trigger.first)
    )
    if trigger.target is None and trigger.source and args != "s" and not governs:
        # A denial's complement is the denied event, not the denial's target.
        trigger.target = _other_country(right, trigger.source[0])
        trigger.inferred_target = trigger.target is not None
    trigger.location = _location(trigger, following, spans, words)


def _concern_in(
    trigger: _Trigger, words: list[str], spans: list[_Span], subject: list[_Span]
) -> None:
    """ "kekhawatiran di Korea Selatan": the concern is the state named after 'di'."""
    after = next((s for s in spans if s.first == trigger.last + 2), None)
    if after is None or words[trigger.last + 1] not in {"di", "in"} or after.actor is None:
        return
    if after.actor.kind == "country":
        trigger.source = [after]
        trigger.target = subject[0] if subject else None


def _received(trigger: _Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a receive verb governs the noun ("mendapatkan dukungan dari X")."""
    before = words[max(0, trigger.first - 3) : trigger.first]
    return any(options.event_cues.get(word) == "receive" for word in before)


def _assign_noun(
    trigger: _Trigger,
    words: list[str],
    left: list[_Span],
    right: list[_Span],
    subject: list[_Span],
    previous: _Trigger | None,
) -> None:
    stop = next(
        (i for i in range(trigger.last + 1, len(words)) if words[i] in _RELATIVE),
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
    elif not object_of_verb:
        trigger.source = subject
    rest = [s for s in near if not trigger.source or s is not trigger.source[0]]
    trigger.target = _after_word(
        rest, words, {"ke", "terhadap", "kepada", "atas", "to", "against", "on", "with", "dengan"}
    )


def _subject(left: list[_Span], words: list[str]) -> list[_Span]:
    """The nearest actor before the predicate, with the actors joined to it by 'dan'."""
    if not left:
        return []
    chosen = [left[-1]]
    listed = False  # a bare comma joins only inside a list that has a real "dan"
    for span in reversed(left[:-1]):
        gap = words[span.last + 1 : chosen[0].first]
        if not gap or not all(w in _CONJUNCTIONS for w in gap):
            break
        if gap == [","] and not listed:
            break
        listed = listed or any(w != "," for w in gap)
        chosen.insert(0, span)
    return chosen


def _object(trigger: _Trigger, right: list[_Span], words: list[str]) -> _Span | None:
    """The first actor after the predicate, unless a place word ('di', 'in') governs it."""
    for span in right:
        if span.first - trigger.last > _WINDOW:
            return None
        if any(w in _CLAUSE_OPENERS for w in words[trigger.last + 1 : span.first]):
            return None  # "peringatan bahwa AS ...": AS heads the complement, not the object
        if _after_place_word(span, words):
            continue
        if span.actor is not None:
            return span
    return None


def _other_country(right: list[_Span], source: _Span) -> _Span | None:
    """The first later actor of another country ("... jika Korut memasok ...")."""
    country = source.actor.country if source.actor else None
    for span in right:
        if span.actor and span.actor.country and span.actor.country != country:
            return span
    return None


def _after_word(spans: list[_Span], words: list[str], markers: set[str]) -> _Span | None:
    for span in spans:
        if span.first > 0 and words[span.first - 1] in markers:
            return span
    return None


def _after_place_word(span: _Span, words: list[str]) -> bool:
    return (
        span.first > 0
        and words[span.first - 1] in {"di", "in", "at", "dari", "from", "ke"}
        and (
            span.place is not None
            and (span.place.kind == "city" or words[span.first - 1] in {"di", "in", "at"})
        )
    )


def _location(
    trigger: _Trigger, following: _Trigger | None, spans: list[_Span], words: list[str]
) -> _Span | None:
    """The place after the predicate (di/ke/in/at/to) in its clause, else one before it."""
    used = {id(s) for s in [*trigger.source, trigger.target] if s is not None}
    places = [s for s in spans if s.place is not None and id(s) not in used]
    limit = following.first if following else len(words)
    limit = min([limit, *(i for i in range(trigger.last, limit) if words[i] in {"bahwa", "that"})])
    for span in places:
        if trigger.last < span.first < limit and words[span.first - 1] in {
            "di",
            "ke",
            "in",
            "at",
            "to",
        }:
            return span
    for span in reversed(places):
        if (
            span.last < trigger.first
            and span.first > 0
            and words[span.first - 1] in {"di", "in", "at"}
        ):
            return span
    return None


def _event(
    article: Article,
    doc: Doc,
    sent_start: int,
    sent_end: int,
    tokens: list[Token],
    words: list[str],
    trigger: _Trigger,
    source: _Span,
    context: SentenceContext,
    attribution: Attribution,
    times: list[TimeExpr],
    carried: TimeExpr | None,
    options: CodingOptions,
) -> Event | None:
    entry = trigger.entry
    if source.actor is None or not (source.actor.country or source.actor.actor_id):
        return None
    code = options.plover.code(entry.type, entry.mode)
    status = event_status(trigger.first, trigger.last, words, context)
    date = event_date(tokens[trigger.first].start, times, carried, context, article.published)
    target = trigger.target.actor if trigger.target else None
    if target is not None and target.actor_id == source.actor.actor_id:
        target = None  # "Pyongyang ... membantah ... Korut": no one acts on themselves
    if target is None and entry.mode == "visit" and trigger.location and trigger.location.place:
        target = _host_state(trigger.location.place)
    place = trigger.location.place if trigger.location else None
    confidence = (
        0.4
        + 0.2 * (target is not None)
        + 0.2 * (date["basis"] == "text")
        + 0.2 * (entry.form != "noun")
    )
    span_start = tokens[min(trigger.first, source.first)].start
    span_end = tokens[max(trigger.last, trigger.target.last if trigger.target else 0)].end
    return Event(
        event_id=stable_id(
            article.id, str(tokens[trigger.first].start), entry.type, str(source.first)
        ),
        article_id=article.id,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        lang=doc.lang,
        sentence=doc.text[sent_start:sent_end],
        span=(span_start, span_end),
        type=entry.type,
        mode=entry.mode,
        cameo=entry.cameo or (code.cameo if code else None),
        score=entry.score if entry.score is not None else (code.score if code else None),
        source=_party(source.actor),
        target=_party(target),
        status=status,
        attribution=attribution.record,
        date=date,
        location=_place(place),
        confidence=round(confidence, 2),
    )


def _host_state(place: Place) -> Actor | None:
    """The state a visit to a place is a visit to (Vladivostok -> RUS)."""
    if not place.country:
        return None
    return Actor(
        text=place.text,
        start=place.start,
        end=place.end,
        kind="country",
        actor_id=f"{place.country}-GOV",
        name=place.country,
        country=place.country,
        sector="GOV",
    )


def _party(actor: Actor | None) -> dict[str, object] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "actor_id": actor.actor_id,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
    }


def _place(place: Place | None) -> dict[str, object] | None:
    if place is None:
        return None
    return {
        "text": place.text,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
    }
