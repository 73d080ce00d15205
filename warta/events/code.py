"""Event coding: Doc + actors + places -> PLOVER events with status, attribution, date, place.

Per sentence: find event predicates (`triggers`), give each its source, target and place
by the predicate's argument frame (`arguments`), then read its status from the cues in
scope, its attribution and its date (`context`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from warta.events.answers import (
    PAST_STATUSES,
    answering_clause,
    appositive_status,
    doer_of_told_act,
    earlier_party,
    find_appositive,
    last_attacker,
    owned_ground,
    party,
    party_key,
    points_back,
    reporter_answered,
    retaliates,
)
from warta.events.arguments import (
    assign_arguments,
    clause_start,
    inherit_complement_target,
    locate,
    opens_purpose,
    shares_subject,
)
from warta.events.context import (
    Attribution,
    SentenceContext,
    event_date,
    event_status,
    find_attribution,
    sentence_context,
)
from warta.events.discourse import Scene, deny_back, resolve_collectives, resolve_pronouns
from warta.events.locations import leaving_entry
from warta.events.mentions import mark_mentions, ordered_act, reporting_tail
from warta.events.triggers import (
    CodingOptions,
    Span,
    Trigger,
    find_triggers,
    read_crowd_violence,
)
from warta.records import Actor, Article, Doc, Event, Place, TimeExpr, Token, stable_id

__all__ = ["CodingOptions", "code_events"]

_HEADING_WORDS = 14

# Types an event of which happens whoever does it: PLOVER codes their unnamed doers as
# generic unidentified actors (UNK, "two civilians were killed by a bomb"; UAF, "unknown
# gunmen"), so such an event is coded with an unknown source. Speech acts (ACCUSE,
# REQUEST ...) are not: without a speaker there is no report of one.
_MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
# Claimed or denied violence in an undated sentence after a dated scene of material events
# is what the parties say of that scene ("Ukraina mengklaim telah menembak jatuh 31 rudal",
# "Polri membantah anggotanya memukuli ..."), whoever claims it. A charge of organising
# protests is not: the charge is news of its own day.
_TOLD_OF_SCENE = frozenset({"claimed", "denied"})
_VIOLENCE = frozenset({"ASSAULT", "COERCE"})
# A denial, an accusation or a demand answers a scene later, on its own day: it does not
# go on in it.
_ANSWERS = frozenset({"REJECT", "ACCUSE", "REQUEST"})
# Speech acts whose complement is a clause with its own time: "menuding ada kecurangan ...
# kemarin", "berjanji menambah posko mulai besok" (the accusation, the promise are today).
# A material event's later verb is a purpose or a manner ("mengirim pasukan untuk
# membantu ... pekan lalu") and shares its time.
_CLAUSE_TAKING = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE"})
# A refusal or exclusion told of the party it shuts out is an event even when the text
# leaves who excluded it to the context (gold rule 3: "tidak diundang" is an occurred REJECT);
# other speech acts need their speaker ("Rusia dikecam" alone is not coded).
_EXCLUSIONS = frozenset({"REJECT"})
_INFLECTED_VERB_FORMS = frozenset({"active", "passive", "middle", "stative"})
_VERB_FORMS = frozenset({"active", "passive"})


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
    and times; the resolved actors and places. An event whose source is unnamed or
    unresolved is coded only when its type is material and its predicate is a verb or a
    noun with a target or place (`_unnamed_source_allowed`), with its source null (or the
    unresolved mention with no actor_id and no country) and a lower confidence.
    """
    events: list[Event] = []
    by_sentence: list[list[Token]] = [[] for _ in doc.sentences]
    for token in doc.tokens:
        by_sentence[token.sent].append(token)
    scene = Scene()
    previous_sentence: list[Event] = []
    told: list[Event] = []  # the events of the sentences before this one
    for index, sentence in enumerate(doc.sentences):
        tokens = by_sentence[index]
        if not tokens or _is_heading(tokens, doc.text, sentence.end):
            continue
        words = [t.text.lower() for t in tokens]
        spans = locate(tokens, actors, places, words)
        spans = resolve_pronouns(spans, tokens, words, scene.main_actor, options)
        spans = resolve_collectives(spans, tokens, words, scene.pair, options)
        times = [t for t in doc.times if sentence.start <= t.start < sentence.end]
        context = sentence_context(
            words, options.lexicon, options.date_cues, tokens=tokens, times=times
        )
        attribution = find_attribution(words, spans, options)
        tail = reporting_tail(words, options)
        # the reporting tail's parties tell who reports, not who acts or undergoes
        blocked = {id(s) for s in attribution.spans} | {id(s) for s in spans if s.first in tail}
        triggers = find_triggers(words, tokens, options)
        mark_mentions(triggers, words, options, spans, tail)
        coded: list[Event] = []
        acts: set[str] = set()  # ids of second acts joined by "dan": events of their own
        statuses: dict[int, str] = {}  # id(trigger) -> the status its events were given
        appositive = find_appositive(words, options)
        for number, trigger in enumerate(triggers):
            previous = triggers[number - 1] if number else None
            following = triggers[number + 1] if number + 1 < len(triggers) else None
            trigger.entry = leaving_entry(trigger, spans, words, options) or trigger.entry
            assign_arguments(trigger, words, spans, blocked, previous, following, options)
            verb_before = next(
                (t for t in reversed(triggers[:number]) if t.entry.form != "noun"), None
            )
            if shares_subject(trigger, verb_before, words) and verb_before is not None:
                trigger.source = list(verb_before.source)
            if verb_before is not None and (
                ordered_act(verb_before, triggers, words, options) is trigger
            ):
                trigger.source = list(verb_before.source)  # who orders an act does it
            read_crowd_violence(trigger, words, options)
            trigger.next_first = _next_predicate(trigger, triggers[number + 1 :])
            if following is not None and trigger.entry.args == "s":
                # the act an infinitive names gives its governor a target: read its
                # arguments now (again, with its own neighbour, on the next turn)
                assign_arguments(following, words, spans, blocked, trigger, None, options)
                inherit_complement_target(trigger, following, words)
            if trigger.mention_only:
                continue
            for source in trigger.source or [None]:
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
                    scene,
                    options,
                    earlier=[*told, *coded],
                )
                if event is not None:
                    event = _purpose_status(event, trigger, previous, statuses, words)
                    event = appositive_status(event, trigger, appositive)
                    statuses[id(trigger)] = event.status
                    coded.append(event)
                    told_before = [t for t in triggers[:number] if not t.mention_only]
                    act_before = told_before[-1] if told_before else None
                    if _second_act(event, trigger, act_before, words, options):
                        acts.add(event.event_id)
        coded = _distinct(coded, acts)
        if context.carry:
            previous_sentence = _share_places(previous_sentence, coded)
        previous_sentence, coded = deny_back(previous_sentence, coded, words, context, options)
        events.extend(previous_sentence)
        told = events + coded
        previous_sentence = coded
        continued = not times and any(e.date["basis"] == "text" for e in coded)
        scene = scene.after(spans, triggers, times, continued=continued)
    events.extend(previous_sentence)
    return tuple(events)


def _next_predicate(trigger: Trigger, later: list[Trigger]) -> int | None:
    """Where the next predicate after a verb starts, for condition scope: a noun inside the
    verb's own object ("withdraw their peacekeeping force ... unless") is no predicate of its
    own; after a noun predicate, any next one counts."""
    for other in later:
        if trigger.entry.form == "noun" or other.entry.form != "noun":
            return other.first
    return None


def _purpose_status(
    event: Event,
    trigger: Trigger,
    previous: Trigger | None,
    statuses: dict[int, str],
    words: list[str],
) -> Event:
    """Give a purpose clause the status of the act it is the aim of (issue #5).

    "akan mengirim tim ke Washington untuk meminta keringanan": the request is as planned
    as the sending; a status cue of the clause's own still wins.
    """
    governing = statuses.get(id(previous)) if previous is not None else None
    if (
        event.status != "occurred"
        or governing is None
        or governing == "occurred"
        or not opens_purpose(previous, trigger, words)
    ):
        return event
    return replace(event, status=governing)


def _distinct(coded: list[Event], acts: set[str]) -> list[Event]:
    """Keep one event per type and source in a sentence ("bertemu ... dan membahas").

    A second act joined by "dan" (`acts`, by event id) is an event of its own: "membubarkan
    massa dan mengamankan 12 orang" dispersed and arrested.
    """
    kept: list[Event] = []
    for event in coded:
        same = next(
            (
                other
                for other in kept
                if other.type == event.type
                and event.event_id not in acts
                and party_key(other.source) == party_key(event.source)
                and (
                    other.target is None
                    or event.target is None
                    or party_key(other.target) == party_key(event.target)
                )
            ),
            None,
        )
        if same is None:
            kept.append(event)
    return kept


def _second_act(
    event: Event,
    trigger: Trigger,
    previous: Trigger | None,
    words: list[str],
    options: CodingOptions,
) -> bool:
    """Tell whether a verb is a second act of the same kind joined by "dan" to the verb
    before it ("menembakkan peluru karet dan memukuli lima mahasiswa"). Not a crowd's
    rioting (one riot however many things it does) nor an outcome ("mengebom desa dan
    menewaskan 20 orang": the killing is the bombing's toll, `event_cues` kind "outcome")."""
    return (
        previous is not None
        and event.type in _MATERIAL_TYPES - {"PROTEST"}
        and previous.entry.type == event.type
        and trigger.entry.form in _VERB_FORMS
        and previous.entry.form in _VERB_FORMS
        and "dan" in words[previous.last + 1 : trigger.first]
        and not any(w in {",", ";"} for w in words[previous.last + 1 : trigger.first])
        and options.event_cues.get(words[trigger.first]) != "outcome"
    )


def _is_heading(tokens: list[Token], text: str, end: int) -> bool:
    """A short line without closing punctuation that heads more text is a subheading.

    The text's last sentence heads nothing: a snippet or a lead cut before its full stop
    ("The army shelled the town") is still a report.
    """
    last = text[tokens[-1].start : tokens[-1].end]
    heads_more = bool(text[end:].strip())
    return (
        heads_more and len(tokens) <= _HEADING_WORDS and last not in {".", "!", "?", '"', "”", ")"}
    )


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


def _event(
    article: Article,
    doc: Doc,
    sent_start: int,
    sent_end: int,
    tokens: list[Token],
    words: list[str],
    trigger: Trigger,
    source: Span | None,
    context: SentenceContext,
    attribution: Attribution,
    times: list[TimeExpr],
    scene: Scene,
    options: CodingOptions,
    *,
    earlier: Sequence[Event] = (),
) -> Event | None:
    entry = trigger.entry
    named = (
        source is not None
        and source.actor is not None
        and bool(source.actor.country or source.actor.actor_id)
    )
    if not named and not _unnamed_source_allowed(trigger):
        return None
    source_actor = source.actor if source is not None else None
    code = options.plover.code(entry.type, entry.mode)
    status = event_status(
        trigger.first,
        trigger.last,
        words,
        context,
        next_trigger=trigger.next_first,
        states_condition=entry.type == "THREATEN",
        speech_act=entry.type in _CLAUSE_TAKING,
        clause_start=clause_start(words, trigger.first, options),
    )
    if status == "occurred" and attribution.record and attribution.record["kind"] == "anonymous":
        status = "speculated"  # an unnamed source's report is not confirmed by the text
    target = trigger.target.actor if trigger.target else None
    if target is not None and source_actor is not None and target.actor_id == source_actor.actor_id:
        target = None  # "Pyongyang ... membantah ... Korut": no one acts on themselves
    aimed = entry.mode == "visit" or trigger.aimed_at_place
    if target is None and aimed and trigger.location and trigger.location.place:
        target = _host_state(trigger.location.place)
    target_party = party(target)
    if target_party is None and entry.type in _ANSWERS and points_back(trigger, words, options):
        target_party = reporter_answered(trigger, words, attribution, source_actor)
        target_party = target_party or earlier_party(earlier, party(source_actor))
    if target_party is None and entry.type in _ANSWERS:
        target_party = doer_of_told_act(trigger, words, earlier, party(source_actor), options)
    if retaliates(trigger, words, options):
        # "South Korea returned fire and put its forces on alert": at the attacker
        target_party = last_attacker(earlier, party(source_actor)) or target_party
    if target_party is None and owned_ground(trigger, words, options):
        # "South Korea said the planes violated its airspace": the reporter's airspace
        target_party = reporter_answered(trigger, words, attribution, source_actor, last=True)
    # "Kedua negara sepakat ...": the two who just met act on in their meeting's scene,
    # whatever its status ("diperkirakan menyepakati": expected, in that week)
    collective = source is not None and source.collective
    place = trigger.location.place if trigger.location else None
    if (
        trigger.location is not None
        and entry.type in _ANSWERS
        and trigger.location.first < answering_clause(trigger, words, options)
    ):
        place = None  # ", a version that exiled groups disputed": not where it happened
    if place is None and entry.type in _MATERIAL_TYPES:
        place = _site_of_target(trigger, tokens, words, options)
    if place is None and collective:
        place = scene.pair_place
    date = event_date(
        tokens[trigger.first].start,
        _own_times(trigger, words, tokens, times, options) if entry.type in _ANSWERS else times,
        scene.time,
        context,
        article.published,
        continues_scene=entry.type not in _ANSWERS
        and (
            collective
            or (
                status in _TOLD_OF_SCENE | {"occurred"}
                and entry.type in _VIOLENCE
                and bool(scene.types & _MATERIAL_TYPES)
            )
            or (status in PAST_STATUSES and scene.continues(source_actor))
        ),
        predicate=(trigger.first, trigger.last),
        clause_taking=entry.type in _CLAUSE_TAKING,
    )
    if place is None and _carried(date, scene):
        place = scene.place  # the event goes on in the dated scene, so in its place too
    if status == "occurred" and _future_occasion(trigger, words, date, article.published):
        status = "planned"  # "... when they meet at the border next week"
    confidence = (
        (0.4 if named else 0.2)
        + 0.2 * (target_party is not None)
        + 0.2 * (date["basis"] == "text")
        + 0.2 * (entry.form != "noun")
    )
    source_first = source.first if source is not None else trigger.first
    span_start = tokens[min(trigger.first, source_first)].start
    span_end = tokens[max(trigger.last, trigger.target.last if trigger.target else 0)].end
    return Event(
        event_id=stable_id(
            article.id, str(tokens[trigger.first].start), entry.type, str(source_first)
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
        source=party(source_actor),
        target=target_party,
        status=status,
        attribution=attribution.record,
        date=date,
        location=_place(place),
        confidence=round(confidence, 2),
    )


def _own_times(
    trigger: Trigger,
    words: list[str],
    tokens: list[Token],
    times: list[TimeExpr],
    options: CodingOptions,
) -> list[TimeExpr]:
    opened = answering_clause(trigger, words, options)
    return [t for t in times if t.start >= tokens[opened].start] if opened else times


_SITE_KINDS = frozenset({"place_head", "site"})


def _site_of_target(
    trigger: Trigger, tokens: list[Token], words: list[str], options: CodingOptions
) -> Place | None:
    """The country a target names as a site's owner ("fired shells at the South Korean
    island of ...", "struck a Syrian air base"): the act took place in that country. The
    site nouns are `event_cues` of kind "place_head" or "site", within two words after."""
    target = trigger.target
    if target is None or target.actor is None or not target.actor.country:
        return None
    after = words[target.last + 1 : target.last + 3]
    if not any(options.event_cues.get(word) in _SITE_KINDS for word in after):
        return None
    first, last = tokens[target.first], tokens[target.last]
    return Place(
        text=" ".join(t.text for t in tokens[target.first : target.last + 1]),
        start=first.start,
        end=last.end,
        kind="country",
        name=target.actor.country,
        country=target.actor.country,
    )


_OCCASION_WORDS = frozenset({"when", "ketika", "saat"})
_OCCASION_REACH = 3  # "when the two leaders meet"


def _future_occasion(
    trigger: Trigger, words: list[str], date: dict[str, object], published: str | None
) -> bool:
    """Tell whether the predicate opens a "when" clause dated after publication: the
    occasion of a coming act ("will sign ... when they meet next week") is itself coming."""
    value = date.get("value")
    if date.get("basis") != "text" or not published or not isinstance(value, str):
        return False
    before = words[max(0, trigger.first - _OCCASION_REACH) : trigger.first]
    starts = _first_day(value)
    return (
        any(w in _OCCASION_WORDS for w in before)
        and starts is not None
        and starts.isoformat() > published[:10]
    )


def _first_day(value: str) -> dt.date | None:
    """The first day of a normalised date value: a day, an ISO week, a month or a year."""
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return dt.date.fromisocalendar(int(year), int(week[:2]), 1)
        parts = [int(part) for part in value.split("-")[:3]]
        return dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError:
        return None


def _carried(date: dict[str, object], scene: Scene) -> bool:
    """Tell whether a date is the scene's time carried over to a later sentence."""
    return scene.time is not None and date["basis"] == "text" and date["text"] == scene.time.text


def _unnamed_source_allowed(trigger: Trigger) -> bool:
    """Tell whether a predicate reports a material event even without a named doer.

    An inflected verb does ("a bomb exploded", "the market was shelled"); a noun, or a
    bare form that may be one ("the attack"), only with a party or place it happened to
    ("an attack on a market"), so a bare mention ("the violence") is no event. An
    exclusion names the party it shuts out (`_EXCLUSIONS`).
    """
    entry = trigger.entry
    if entry.type in _EXCLUSIONS and entry.args == "ts" and _named_party(trigger.target):
        return True  # "Myanmar tidak diundang": the excluded is named, the excluder often not
    if entry.type not in _MATERIAL_TYPES:
        return False
    verb = entry.form in _INFLECTED_VERB_FORMS
    return verb or trigger.target is not None or trigger.location is not None


def _named_party(span: Span | None) -> bool:
    actor = span.actor if span is not None else None
    return actor is not None and bool(actor.country or actor.actor_id)


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
