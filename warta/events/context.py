"""What surrounds an event predicate: status cues and their scope, attribution, date.

Status, in order of precedence: the complement of a denial or claim ("membantah ...
bahwa X", "mengklaim ...") is denied or claimed; an event in a conditional clause or in
the consequence of one ("AS akan menjatuhkan sanksi jika ...") is conditional, but the
speech act that announces it ("memberi peringatan bahwa ...") is not; then the nearest
cue before the predicate in its clause (negation, speculation, expectation, plan, past);
then a cue after it ("April 2019 silam"); else occurred.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from warta.events.lexicon import Lexicon, StatusCue
from warta.records import TimeExpr, Token

if TYPE_CHECKING:
    from warta.events.triggers import CodingOptions, Span

_COMPLEMENTIZERS = {"bahwa", "that"}
_CLAUSE_BREAKS = {",", ";", ":", "bahwa", "that", "yang", "which", "who", "namun", "but"}
# Words opening a time clause of its own: a negation before them does not reach past them
# ("tidak mengirim delegasi setelah Trump menuduh ...": the accusation happened).
_TIME_CLAUSE_OPENERS = {"setelah", "sesudah", "sebelum", "after", "before"}
_LOCAL_WINDOW = 9
_AFTER_WINDOW = 14
# An after-cue beyond these belongs to another clause: "bertemu, lalu ..." is no past marker.
_AFTER_BREAKS = {";", ":", "karena", "because", "sementara", "while", "namun", "but"}
_PRECEDENCE = ("negated", "denied", "claimed", "speculated", "expected", "planned", "occurred")
_OFFICIAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "IGO"}
_SHIFT_UNITS = {"day", "week", "month", "year"}
_DIRECTIONS = {"back": -1, "on": 1}


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
    reports: list[int]  # where a reporting verb stands ("X mengatakan ...")
    carry: bool
    vague: bool
    next_day: bool = False
    shift: tuple[int, str] | None = None  # "dua bulan sebelumnya": (-2, "month")
    verbs: list[int] = field(default_factory=list)  # where a verb heads a clause
    time_words: list[int] = field(default_factory=list)  # first word of each time, in order
    words: tuple[str, ...] = ()


@dataclass
class Attribution:
    """The sentence's attribution record and the mentions that cannot be event arguments."""

    record: dict[str, Any] | None = None
    spans: list[Span] = field(default_factory=list)
    speaker: Span | None = None  # the mention the record names, argument or not


def sentence_context(
    words: Sequence[str],
    lexicon: Lexicon,
    date_cues: dict[str, str],
    *,
    tokens: Sequence[Token] = (),
    times: Sequence[TimeExpr] = (),
) -> SentenceContext:
    """Find the status cues, complementizers and date carry-over cues of a sentence.

    With its `tokens` and `times`, also where its verbs and each time stand, so a time is
    given to the verb it follows (`event_date`).
    """
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
        reports=[
            i
            for i in range(len(words))
            if any(c.pattern == "X_cue" for c in lexicon.match_attribution(words, i))
        ],
        carry="carry" in kinds,
        vague="vague" in kinds,
        next_day="next_day" in kinds,
        shift=_shift(words, date_cues),
        verbs=[
            i
            for i, token in enumerate(tokens)
            if date_cues.get(words[i]) == "clause_verb"
            or (
                token.voice is not None
                and (token.pos or "").startswith("VB")
                and date_cues.get(words[i]) != "preposition"
            )
        ],
        time_words=[_word_at(tokens, time.start) for time in times],
        words=tuple(words),
    )


def _word_at(tokens: Sequence[Token], offset: int) -> int:
    """The position of the token holding character `offset` (the next one if between)."""
    return next((i for i, t in enumerate(tokens) if t.end > offset), len(tokens))


def _shift(words: Sequence[str], date_cues: dict[str, str]) -> tuple[int, str] | None:
    """The signed count and unit of a shift from the date named before ("Dua bulan
    sebelumnya" -> (-2, "month")), or None."""
    # a unit counted in one word ("sehari" -> "1 day") reads as its count and unit
    read = [part for word in words for part in date_cues.get(word, word).split(" ")]
    for position in range(len(read) - 2):
        count, unit, direction = (date_cues.get(w, w) for w in read[position : position + 3])
        if count.isdigit() and unit in _SHIFT_UNITS and direction in _DIRECTIONS:
            return _DIRECTIONS[direction] * int(count), unit
    return None


def event_status(
    first: int,
    last: int,
    words: Sequence[str],
    context: SentenceContext,
    *,
    next_trigger: int | None = None,
    states_condition: bool = False,
    speech_act: bool = False,
    clause_start: int = 0,
) -> str:
    """Return the status of the predicate at tokens [first, last].

    `next_trigger` is where the sentence's next predicate starts: a conditional clause
    after the predicate makes only the nearest predicate before it conditional (the
    consequence), and none that `states_condition` (a warning or threat announcing it).
    A `speech_act` joined by "dan" after a governing cue is a second act of the cue's
    speaker, out of its scope; so is a predicate in a relative or answering clause that
    starts at `clause_start` (", a charge the ministry rejected").
    """
    local = _local_statuses(first, last, words, context)
    governing = [
        c
        for c in context.cues
        if c.cue.position == "governs"
        and clause_start <= c.last < first
        and not _new_clause(words, c.last, first)
        and not _second_predicate(words, c.last, first, context, speech_act=speech_act)
    ]
    if governing:
        status = governing[-1].cue.status
        if status in _DENIABLE and any(
            c.cue.status == "denied" and governing[-1].first - c.last <= _DENIED_REACH
            for c in governing[:-1]
        ):
            # "membantah kabar bahwa ...": the rumour is what is denied, and a denial
            # outranks it; not "membantah X dan menuduh ..."
            status = "denied"
        if status == "expected" and _is_conditional(
            first, last, words, context, next_trigger, states_condition
        ):
            return "conditional"  # "memperkirakan X akan ... jika ...": the condition rules
        # "warga mengaku belum menerima bantuan": a negation inside the complement says the
        # event did not happen; only a denial outranks it.
        return "negated" if "negated" in local and status != "denied" else status
    if _is_conditional(first, last, words, context, next_trigger, states_condition):
        return "conditional"
    if local:
        return min(local, key=_PRECEDENCE.index)
    if any(
        _reported_modal(c, context) and c.last < first and _in_scope_before(c, first, words)
        for c in context.cues
    ):
        return "planned"  # "announced that the US ... would reimpose sanctions"
    limit = min(len(words), last + 1 + _AFTER_WINDOW)
    if next_trigger is not None:
        limit = min(limit, next_trigger)
    stop = next((i for i in range(last + 1, limit) if words[i] in _AFTER_BREAKS), limit)
    after = [
        c.cue.status for c in context.cues if c.cue.position == "after" and last < c.first < stop
    ]
    if after:
        return min(after, key=_PRECEDENCE.index)
    return "occurred"


_DENIABLE = frozenset({"claimed", "speculated"})
_DENIED_REACH = 2  # "membantah kabar bahwa", "menyangkal adanya kabar bahwa"

# A comma and one of these open a clause of its own that a governing cue before it does not
# reach: "X denied using gas, and Russia condemned the strike" (the condemnation is no denial).
_NEW_CLAUSE_AFTER_COMMA = {"and", "but", "after", "while", "when", "before", "dan", "namun"}


def _new_clause(words: Sequence[str], cue_last: int, first: int) -> bool:
    """Tell whether a ", and" / ", after" stands between a governing cue and a predicate."""
    return any(
        words[i] == "," and words[i + 1] in _NEW_CLAUSE_AFTER_COMMA
        for i in range(cue_last + 1, first - 1)
    )


def _second_predicate(
    words: Sequence[str],
    cue_last: int,
    first: int,
    context: SentenceContext,
    *,
    speech_act: bool,
) -> bool:
    """Tell whether "dan" and a second predicate of the cue's subject stand between a
    governing cue and the predicate: "membantah kabar itu dan menegaskan partainya tetap
    mendukung ..." (a report verb), "membantah memiliki gudang senjata dan menuduh Israel
    ..." (the predicate itself, a speech act): the denial ends at "dan"."""
    if speech_act and first > cue_last + 1 and words[first - 1] in _JOINING:
        return True
    if _after_gerund_complement(words, cue_last, first):
        return True
    return any(
        words[i - 1] in _JOINING and i in context.reports for i in range(cue_last + 2, first)
    )


_JOINING = {"dan", "serta"}


def _after_gerund_complement(words: Sequence[str], cue_last: int, first: int) -> bool:
    """Tell whether a past verb after "and" follows a cue's "of"-gerund complement: "accused
    Chad of arming rebels and recalled its envoy" (the recall is the accuser's own act; an
    "-ing" verb after "and" would continue the complement)."""
    if first < 1 or words[first - 1] != "and" or not words[first].endswith("ed"):
        return False
    return any(
        words[i] == "of" and words[i + 1].endswith("ing") for i in range(cue_last, first - 2)
    )


def _in_scope_before(cue: _Cue, first: int, words: Sequence[str]) -> bool:
    """Tell whether a condition cue before the predicate reaches it.

    It does inside its own clause ("if Russia attacks"), and in the clause right after a
    fronted condition ("If Russia attacks, NATO will respond"); not past a second break
    ("Russia said it would talks, and on Monday its troops attacked").
    """
    breaks = [i for i in range(cue.last + 1, first) if words[i] in _CLAUSE_BREAKS]
    if not breaks:
        return True
    fronted = cue.first == 0 or words[cue.first - 1] in _CLAUSE_BREAKS
    return fronted and len(breaks) == 1 and words[breaks[0]] == ","


def _reported_modal(cue: _Cue, context: SentenceContext) -> bool:
    """Tell whether a modal cue ("would") stands in what a report verb before it reports."""
    return cue.cue.position == "modal" and any(r < cue.first for r in context.reports)


def _is_conditional(
    first: int,
    last: int,
    words: Sequence[str],
    context: SentenceContext,
    next_trigger: int | None,
    states_condition: bool,
) -> bool:
    for cue in context.cues:
        if cue.cue.status != "conditional":
            continue
        if cue.last < first:
            if _in_scope_before(cue, first, words) and not _reported_modal(cue, context):
                return True
            continue
        if cue.cue.position == "modal":
            continue  # "was pulling out ... and would reimpose": no condition on the first
        between = [i for i in context.complementizers if last < i < cue.first]
        consequence = next_trigger is None or next_trigger > cue.first
        if cue.first > last and not between and consequence and not states_condition:
            return True
    return False


def _local_statuses(
    first: int, last: int, words: Sequence[str], context: SentenceContext
) -> list[str]:
    """The statuses of the cues right before the predicate in its clause."""
    local = []
    for cue in context.cues:
        if cue.cue.position != "before" or cue.last >= first or first - cue.last > _LOCAL_WINDOW:
            continue
        if any(w in _CLAUSE_BREAKS for w in words[cue.last + 1 : first]):
            continue
        if any(w in _TIME_CLAUSE_OPENERS for w in words[cue.last + 1 : first]):
            continue
        if any(cue.last < i < first for i in context.reports):
            continue  # "... tidak disebut mengatakan surat ...": a report verb opens a clause
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
    return local


def _clock_day(
    clock: TimeExpr, times: Sequence[TimeExpr], carried: TimeExpr | None
) -> dict[str, Any]:
    """The day of an hour ("sekitar pukul 18.30 Wita"): events are dated to the day. A
    clock with no day in its sentence is an hour of the scene told before, when there is
    one (the times module reads it on the publication day)."""
    own_day = any(t.precision == "day" for t in times)
    if not own_day and carried is not None and carried.precision in _DAY_OR_FINER:
        return {
            "value": carried.value[:10],
            "precision": "day",
            "text": carried.text,
            "basis": "text",
        }
    return {"value": clock.value[:10], "precision": "day", "text": clock.text, "basis": "text"}


_DAY_OR_FINER = frozenset({"day", "minute"})


def event_date(
    offset: int,
    times: Sequence[TimeExpr],
    carried: TimeExpr | None,
    context: SentenceContext,
    published: str | None,
    *,
    continues_scene: bool = False,
    predicate: tuple[int, int] | None = None,
    clause_taking: bool = True,
) -> dict[str, Any]:
    """The event's date: a time in its sentence, one carried over, or the publication date.

    A time carries over when a cue ties the sentence to it ("saat itu", "sehari kemudian":
    the day after) or when the event `continues_scene`, the dated scene of an earlier
    sentence with the same party. Given the `predicate`'s word positions, a time after a
    later verb dates that verb, not this one ("menuding ada kecurangan ... kemarin":
    the fraud was yesterday, the accusation today); for a predicate that takes no clause
    (not `clause_taking`), only a later act with its own tense does ("telah ditahan dan
    akan diadili pekan depan": the arrest is not next week).
    """
    if predicate is not None and len(context.time_words) == len(times):
        times = [
            time
            for time, at in zip(times, context.time_words, strict=True)
            if not (
                _dates_later_verb(predicate[1], at, context.verbs, context.words)
                if clause_taking
                else _dates_later_act(predicate[1], at, context)
            )
        ]
    if times:
        nearest = min(times, key=lambda t: min(abs(t.start - offset), abs(t.end - offset)))
        if nearest.precision == "minute":
            return _clock_day(nearest, times, carried)
        return {
            "value": nearest.value,
            "precision": nearest.precision,
            "text": nearest.text,
            "basis": "text",
        }
    shifted = _shifted(carried, context.shift)
    if carried is not None and shifted is not None:
        return {
            "value": shifted,
            "precision": carried.precision,
            "text": carried.text,
            "basis": "text",
        }
    if carried is not None and context.next_day and carried.precision == "day":
        return {
            "value": _day_after(carried.value),
            "precision": "day",
            "text": carried.text,
            "basis": "text",
        }
    if carried is not None and (context.carry or context.vague or continues_scene):
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


def _dates_later_verb(last: int, at: int, verbs: Sequence[int], words: Sequence[str]) -> bool:
    """Tell whether the time at word `at` belongs to a verb between the predicate ending at
    `last` and it. A time set off by a comma dates the whole sentence ("..., Kamis
    (22/8/2024)"), and a verb in a relative clause ("pria yang membawa senjata kemarin")
    only describes a noun, so neither takes the time from the predicate."""
    if at > 0 and words[at - 1] == ",":
        return False
    return any(last < verb < at and "yang" not in words[last + 1 : verb] for verb in verbs)


_LATER_TENSES = frozenset({"planned", "expected"})


def _dates_later_act(last: int, at: int, context: SentenceContext) -> bool:
    """Tell whether the time at word `at` belongs to a second act joined by "dan" with a
    future tense of its own ("telah ditahan dan akan diadili pekan depan")."""
    words = context.words
    if at > 0 and words[at - 1] == ",":
        return False
    joins = [i for i in range(last + 1, at) if words[i] in {"dan", "and"}]
    return any(
        join < cue.first < verb < at and cue.cue.status in _LATER_TENSES
        for join in joins
        for cue in context.cues
        for verb in context.verbs
    )


def _shifted(carried: TimeExpr | None, shift: tuple[int, str] | None) -> str | None:
    """The carried date moved by `shift`, at the carried precision, or None when the unit
    is finer than that precision ("dua hari sebelumnya" of a month) or the value unreadable."""
    if carried is None or shift is None:
        return None
    count, unit = shift
    value, precision = carried.value, carried.precision
    try:
        if unit == "year" and precision in {"year", "month", "day"}:
            return f"{int(value[:4]) + count:04d}{value[4:]}"
        if unit == "month" and precision in {"month", "day"}:
            months = int(value[:4]) * 12 + int(value[5:7]) - 1 + count
            year, month = divmod(months, 12)
            if precision == "month":
                return f"{year:04d}-{month + 1:02d}"
            day = min(int(value[8:10]), monthrange(year, month + 1)[1])
            return date(year, month + 1, day).isoformat()
        if unit in {"day", "week"} and precision == "day":
            days = count * (7 if unit == "week" else 1)
            return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return None
    return None


def _day_after(value: str) -> str:
    """The ISO day after `value` ("2023-08-15" -> "2023-08-16"); `value` unchanged if not a day."""
    try:
        return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return value


def find_attribution(
    words: Sequence[str], spans: list[Span], options: CodingOptions
) -> Attribution:
    """Return who the sentence attributes its report to, and how (media, official, ...).

    The first cue with a speaker wins, except that a reporting tail (", a spokeswoman for
    the U.S. embassy said") outranks a subject's own verb ("Avril declared ...")."""
    lexicon = options.lexicon
    first: Attribution | None = None
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
            if not found:
                continue
            span = found[0]
            record = _attribution_record(span, options.media)
            if cue.pattern == "X_cue" and _tail_speaker(words, span, position):
                return Attribution(record, [span], span)  # the speaker is no party
            if cue.pattern != "X_cue":
                return first or Attribution(record, [span], span)
            # "Rusia mengklaim pasukannya telah merebut ...": a speaker named as the
            # subject (X_cue) may also be the actor of what it reports, so it stays
            # available as an argument; one named after "menurut"/"kata" is not.
            first = first or Attribution(record, [], span)
    return first or Attribution()


def _tail_speaker(words: Sequence[str], span: Span, cue_at: int) -> bool:
    """Tell whether the speaker stands alone between a comma and its cue: a reporting tail
    (", the group said"), not the subject of the sentence's predicate.

    A comma right after a short sentence opener ("Sementara itu, KPK menyatakan ...",
    "Meanwhile, the army said ...") closes no reported clause: the speaker there is the
    subject (issue #5).
    """
    before = span.first - 1
    while before >= 0 and words[before] in _SPEAKER_DETERMINERS:
        before -= 1
    return before > _OPENER_WORDS and words[before] == "," and span.last == cue_at - 1


_OPENER_WORDS = 3  # "Sementara itu,", "Di sisi lain,", "Dalam pernyataannya,"
_SPEAKER_DETERMINERS = {"a", "an", "the"}


def _attribution_record(span: Span, media: frozenset[str]) -> dict[str, Any]:
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
