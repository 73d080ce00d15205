"""Which predicates only mention an event rather than report a new one.

A noun pointing back, a passive describing a noun, what a demand or a threat asks for, a
protest's stated aim, an agreement's content, a purpose or a reason, an occasion, and a
participle used as an adjective (`mark_mentions`). Split from `triggers` (finding the
predicates), which it reads.
"""

from __future__ import annotations

from dataclasses import replace

from warta.events.triggers import (
    CLITIC,
    COMPLEMENT_ENDS,
    RELATIVE,
    CodingOptions,
    Span,
    Trigger,
)

# What protesters demand or refuse, said in a clause after the protest (PLOVER: the protest).
_PROTEST_AIMS = frozenset({"REJECT", "REQUEST"})


def mark_mentions(
    triggers: list[Trigger],
    words: list[str],
    options: CodingOptions,
    spans: list[Span],
    tail: range,
) -> None:
    """Mark the predicates that name an event the text does not report as new.

    `tail` is the sentence's closing reporting tail (`reporting_tail`), found once by the
    caller, which also keeps the tail's parties out of the arguments.

    A noun pointing back ("kunjungan itu", "pertemuannya", "tuntutan mereka") repeats an
    event told before; a passive in a relative clause ("rudal yang diluncurkan Rusia")
    describes a noun; what a demand asks for ("mendesak junta menghentikan serangan",
    "permintaan untuk menampung pengungsi") has not happened, nor has what a threat without
    a condition threatens ("mengancam akan memveto paket itu"); the aim a protest states in a
    trailing clause ("berunjuk rasa ..., menolak kenaikan iuran") is the protest itself; a
    participle used as an adjective ("the occupied West Bank", "the detained activists", "the
    injured") describes a party rather than telling what was done (`_modifies_noun`); a
    predicate in a closing reporting tail (", a statement issued by the ministry said")
    describes the source of the report.
    """
    refers_back = {
        cue
        for cue, kind in options.event_cues.items()
        if kind in {"refers_back", "pronoun", "plural_pronoun"}
    }
    requested_until = -1
    reasons = _reason_until(words, options)
    previous: Trigger | None = None
    conditional = any(
        cue.status == "conditional"
        for position in range(len(words))
        for cue in options.lexicon.match_status(words, position)
    )
    for trigger in triggers:
        if trigger.first in tail:
            trigger.mention_only = True  # ", a statement issued by the ministry said"
        after = words[trigger.last + 1] if trigger.last + 1 < len(words) else ""
        if (
            trigger.entry.form == "noun"
            and (after in refers_back or words[trigger.last].endswith(CLITIC))
            and not _owned(trigger, words, options)
        ):
            trigger.mention_only = True
        if trigger.entry.form == "passive" and _relative_passive(trigger, words, options):
            trigger.mention_only = True
        if trigger.first <= requested_until:
            trigger.mention_only = True
        if _modifies_noun(trigger, words, options):
            trigger.mention_only = True
        if _protest_aim(trigger, previous, words) and not _addressed(trigger, spans):
            trigger.mention_only = True
        if _agreed_content(trigger, previous, words, options):
            trigger.mention_only = True
        if _purpose_restates(trigger, previous, words) or _protest_purpose(
            trigger, triggers, words
        ):
            trigger.mention_only = True
        if _is_occasion(trigger, previous, words, options):
            trigger.mention_only = trigger.occasion = True
        if _statement_setting(trigger, words, options):
            trigger.mention_only = True  # "..., kata NIS dalam rapat dengan parlemen"
        if _aim_named(trigger, previous, words):
            trigger.mention_only = True
        if previous is not None and _measure_aimed(trigger, previous, words, options):
            if previous.entry.form == "noun" and words[trigger.first - 1] != ",":
                # "paket sanksi berikutnya menyasar X": the verb tells the measure's event
                trigger.entry = replace(
                    previous.entry, phrase=trigger.entry.phrase, form="active", args="st"
                )
                previous.mention_only = True
            else:
                trigger.mention_only = True  # "menjatuhkan sanksi ..., menyasar X": one act
        if _discussed(trigger, previous, words, options):
            trigger.mention_only = True
        if _describes_subject(trigger, triggers, words):
            trigger.mention_only = True  # "X, which seeks independence, rejected ..."
        if _attack_toll(trigger, previous, words, options):
            trigger.mention_only = True  # "fired shells at the island, killing two marines"
        if _left_accord(trigger, previous, words):
            trigger.mention_only = True  # "pulled out of the nuclear deal": no new deal
        if _answered_charge(trigger, triggers, words, options):
            trigger.mention_only = True  # "denied any involvement, calling the accusation ..."
        if any(trigger.first in stretch for stretch in reasons):
            trigger.mention_only = True
        if ordered_act(trigger, triggers, words, options) is not None:
            trigger.mention_only = True  # "ordered a military offensive": the offensive
        elif trigger.entry.type == "REQUEST" and (
            trigger.entry.form in {"active", "base"}
            or options.event_cues.get(after) == "complementizer"
        ):
            opens = trigger.obligation if trigger.obligation is not None else trigger.last
            requested_until = next(
                (i for i in range(opens + 1, len(words)) if words[i] in COMPLEMENT_ENDS),
                len(words),
            )
        if trigger.entry.type == "THREATEN" and trigger.entry.form != "noun" and not conditional:
            # "mengancam akan membalas serangan itu": the threatened act is the threat's
            # content; with a condition ("... jika X") it is coded, conditional (gold rule 3).
            requested_until = max(
                requested_until,
                next(
                    (i for i in range(trigger.last + 1, len(words)) if words[i] in COMPLEMENT_ENDS),
                    len(words),
                ),
            )
        previous = trigger


_ORDERED_REACH = 3  # "ordered a new military offensive"


def ordered_act(
    trigger: Trigger, triggers: list[Trigger], words: list[str], options: CodingOptions
) -> Trigger | None:
    """The act noun an order verb has as its object ("Abiy ordered a military offensive"):
    the one who orders it is its doer, and the order is told as the act itself (PLOVER codes
    the ordered act). The order verbs are `event_cues` of kind "orders"."""
    if trigger.entry.form == "noun" or options.event_cues.get(words[trigger.last]) != "orders":
        return None
    return next(
        (
            other
            for other in triggers
            if other.entry.form == "noun"
            and other.entry.type != "REQUEST"
            and 0 < other.first - trigger.last <= _ORDERED_REACH
            and not any(w in COMPLEMENT_ENDS for w in words[trigger.last + 1 : other.first])
        ),
        None,
    )


_PARENTHETICAL_OPENERS = {"which", "who"}


def _describes_subject(trigger: Trigger, triggers: list[Trigger], words: list[str]) -> bool:
    """Tell whether the predicate stands in a clause set off by commas between a subject and
    its verb ("The Polisario Front, which seeks independence for the territory, rejected
    the move"): it describes the subject, it is not the news."""
    opened = next((i for i in range(trigger.first - 1, -1, -1) if words[i] == ","), None)
    if (
        opened is None
        or opened + 1 >= len(words)
        or words[opened + 1] not in _PARENTHETICAL_OPENERS
    ):
        return False
    closed = next((i for i in range(trigger.last + 1, len(words)) if words[i] == ","), None)
    return closed is not None and any(
        other.first == closed + 1 and other.entry.form != "noun" for other in triggers
    )


def _attack_toll(
    trigger: Trigger, previous: Trigger | None, words: list[str], options: CodingOptions
) -> bool:
    """A participle after a comma that tells an attack's toll (`event_cues` kind "toll":
    "..., killing two marines") is the attack before it, not a second one."""
    return (
        previous is not None
        and not previous.mention_only
        and previous.entry.type == "ASSAULT"
        and trigger.entry.type == "ASSAULT"
        and trigger.first > 0
        and words[trigger.first - 1] == ","
        and options.event_cues.get(words[trigger.first]) == "toll"
        # "stormed the consulate and set it ablaze, killing ...": after a second act the toll
        # is told as an event of its own
        and not any(w in COMPLEMENT_ENDS for w in words[previous.last + 1 : trigger.first - 1])
    )


_LEFT_ACCORD_REACH = 4  # "withdrew from the 1987 arms control treaty"
_ACCORDS = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})
_LEAVING_TYPES = frozenset({"REJECT", "SANCTION"})


def _left_accord(trigger: Trigger, previous: Trigger | None, words: list[str]) -> bool:
    """A deal, treaty or talks noun that a rejecting or sanctioning verb just before it
    leaves is the accord left, told as known, not a new one."""
    return (
        previous is not None
        and trigger.entry.form == "noun"
        and trigger.entry.type in _ACCORDS
        and previous.entry.form != "noun"
        and previous.entry.type in _LEAVING_TYPES
        and 0 < trigger.first - previous.last <= _LEFT_ACCORD_REACH
        and not any(w in COMPLEMENT_ENDS for w in words[previous.last + 1 : trigger.first])
    )


def _answered_charge(
    trigger: Trigger, triggers: list[Trigger], words: list[str], options: CodingOptions
) -> bool:
    """A charge noun after a denial in its sentence is the charge denied, told before."""
    return (
        trigger.entry.form == "noun"
        and trigger.entry.type == "ACCUSE"
        and options.event_cues.get(words[trigger.last]) == "answered"
        and any(other.entry.type == "REJECT" and other.last < trigger.first for other in triggers)
    )


def _agreed_content(
    trigger: Trigger, previous: Trigger | None, words: list[str], options: CodingOptions
) -> bool:
    """Tell whether a predicate only names what an agreement just before it agrees to.

    PLOVER codes "agreed to a ceasefire" as one AGREE: in "sepakat melakukan gencatan
    senjata", "sepakat menarik pasukan" the ceasefire, the withdrawal is the agreement's
    content, not a second event told as done. Only a mutual agreement (frame recip) is
    read so: what one party offers or is ready for ("ready to host talks") is its own,
    planned event. A verb that ends what a noun names ("lifted a curfew") makes it an
    ending (`_ended`), which is the event.
    """
    return (
        previous is not None
        and previous.entry.type == "AGREE"
        and previous.entry.args == "recip"
        and options.event_cues.get(words[previous.last]) != "ends"
        and previous.entry.form != "noun"
        and not any(w in COMPLEMENT_ENDS for w in words[previous.last + 1 : trigger.first])
    )


def _relative_passive(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a passive opens a relative clause, across an aspect word: "rudal yang
    diluncurkan Rusia", "mahasiswa yang sudah ditangkap"; the aspect words
    are `event_cues` of kind "aspect"."""
    before = trigger.first - 1
    while before > 0 and options.event_cues.get(words[before]) == "aspect":
        before -= 1
    return before >= 0 and words[before] in (RELATIVE - {","})


def _discussed(
    trigger: Trigger, previous: Trigger | None, words: list[str], options: CodingOptions
) -> bool:
    """Tell whether an event noun is a topic a discussing verb before it names: "membahas
    situasi di Papua dan kerja sama penanganan bencana" discusses cooperation, it tells of
    none. The verbs are `event_cues` of kind "discusses"."""
    return (
        previous is not None
        and options.event_cues.get(words[previous.first]) == "discusses"
        and trigger.entry.form == "noun"
        and not any(w in _TOPIC_ENDS for w in words[previous.last + 1 : trigger.first])
    )


# "dan" joins topics ("situasi di Papua dan kerja sama ..."); a comma or a contrast ends them.
_TOPIC_ENDS = COMPLEMENT_ENDS - {"dan", "and"}


def _purpose_restates(trigger: Trigger, previous: Trigger | None, words: list[str]) -> bool:
    """Tell whether a purpose clause only says what the act before it is (issue #5).

    "memanggil duta besar untuk menyampaikan protes": summoning an envoy to protest is one
    ACCUSE; the purpose, of the same type, is that act's content, not a second event.
    """
    return (
        previous is not None
        and previous.entry.type == trigger.entry.type
        and trigger.first > 0
        and words[trigger.first - 1] in _PURPOSE
        and not any(w in _SENTENCE_BREAKS for w in words[previous.last + 1 : trigger.first])
    )


def _protest_purpose(trigger: Trigger, triggers: list[Trigger], words: list[str]) -> bool:
    """Tell whether a purpose clause states what a protest before it protests: "berunjuk
    rasa di depan Gedung DPR, Jakarta, Selasa (7/10), untuk memprotes ..." is the protest,
    not an accusation of its own; place and date commas may stand
    between."""
    if trigger.entry.type not in _PROTEST_AIMS | {"ACCUSE"}:
        return False
    if trigger.first == 0 or words[trigger.first - 1] not in _PURPOSE:
        return False
    protests = [t for t in triggers if t.last < trigger.first and t.entry.type == "PROTEST"]
    return bool(protests) and not any(
        w in _SENTENCE_BREAKS for w in words[protests[-1].last + 1 : trigger.first]
    )


_PURPOSE = {"untuk", "guna", "demi"}
# An apposed place or a date may stand between an act and its purpose with commas around it
# ("mengirim tim SAR ke Mandalay, Myanmar, pekan lalu untuk membantu korban").
_SENTENCE_BREAKS = {";", "."}


def _aim_named(trigger: Trigger, previous: Trigger | None, words: list[str]) -> bool:
    """Tell whether an event noun is the object of a purpose verb: an aim, not an event.

    "untuk memperlancar penyaluran bantuan", "untuk mempercepat perundingan": what an act
    is meant to further has not happened (issue #5). The verb after "untuk" must be no
    predicate of its own ("untuk menyampaikan protes" is read by `_purpose_restates`).
    """
    verb = trigger.first - 1
    return (
        trigger.entry.form == "noun"
        and verb > 0
        and words[verb - 1] in _PURPOSE
        and (previous is None or previous.last < verb)
    )


def _reason_until(words: list[str], options: CodingOptions) -> list[range]:
    """The stretches of a sentence that give a reason ("karena membantu Rusia ...").

    Why an act was done (the grounds of a sanction, of an appeal) is not told as a new
    event (issue #5); the reason words are the language's `event_cues` of kind "reason",
    and the stretch runs to the clause's end.
    """
    stretches = []
    for position, word in enumerate(words):
        if options.event_cues.get(word) != "reason":
            continue
        end = next(
            (i for i in range(position + 1, len(words)) if words[i] in COMPLEMENT_ENDS),
            len(words),
        )
        stretches.append(range(position + 1, end))
    return stretches


def _is_occasion(
    trigger: Trigger, previous: Trigger | None, words: list[str], options: CodingOptions
) -> bool:
    """Tell whether an event noun only names the occasion of the act before it (issue #5).

    "menjatuhkan sanksi ... dalam pertemuan para menteri di Brussel", "menyepakati rencana
    dalam KTT di Vilnius": the meeting is where the act happened, not news of its own; its
    place is the act's place (`arguments._location`). The occasion words are the
    language's `event_cues` of kind "occasion".
    """
    return (
        previous is not None
        and trigger.entry.form == "noun"
        and trigger.first > 0
        and options.event_cues.get(words[trigger.first - 1]) == "occasion"
        and not any(w in COMPLEMENT_ENDS for w in words[previous.last + 1 : trigger.first])
    )


# Measures an aiming verb may go on to describe. Not a speech act ("membantah menyasar
# warga", "menuduh Israel menyasar rumah warga": the aimed attack is its content) nor weapons
# launched ("meluncurkan rudal, menyasar kota X": the aiming makes the attack).
_AIMED_MEASURES = frozenset({"SANCTION", "COERCE", "ASSAULT"})


def _measure_aimed(
    trigger: Trigger, previous: Trigger, words: list[str], options: CodingOptions
) -> bool:
    """Tell whether a verb of aiming only says whom the measure before it hits (issue #5).

    "Paket sanksi berikutnya diperkirakan menyasar armada tanker", "menjatuhkan sanksi ...
    terhadap Rusia, menyasar tiga bank": the sanction is the event, not an attack. The
    aiming verbs are the language's `event_cues` of kind "aims"; an attack before one
    ("meluncurkan rudal, menyasar kota X") is also the same act.
    """
    aiming = " ".join(words[trigger.first : trigger.last + 1])
    between = words[previous.last + 1 : trigger.first]
    return (
        options.event_cues.get(aiming) == "aims"
        and previous.entry.type in _AIMED_MEASURES
        and not any(w in COMPLEMENT_ENDS - {","} for w in between)
    )


# A responsibility claim is news of its own (gold rule 3); a denial of an act told before is
# that act, denied (`discourse.deny_back`).
_OWNING_STATUSES = frozenset({"claimed"})


def _owned(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether an event told before is taken on by a party right here ("mengklaim
    bertanggung jawab atas penembakan itu"): a new, claimed event (gold rule 3).
    The words are the language's `event_cues` of kind "owns"."""
    owning = [cue.split() for cue, kind in options.event_cues.items() if kind == "owns"]
    owned = any(
        len(cue) <= trigger.first and words[trigger.first - len(cue) : trigger.first] == cue
        for cue in owning
    )
    # only a party's claim makes it news again ("siapa yang melakukan penembakan
    # itu" in an inquiry is the same shooting)
    return owned and any(
        cue.position == "governs" and cue.status in _OWNING_STATUSES
        for position in range(trigger.first)
        for cue in options.lexicon.match_status(words, position)
    )


def _statement_setting(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a meeting noun only says where a closing statement was made (issue #5).

    "..., kata NIS dalam rapat tertutup dengan parlemen": the meeting is where the source
    spoke, told in passing, not news of its own. The statement is a trailing attribution
    (`attribution_cues` of pattern cue_after_X) after the sentence's last comma before the
    noun; the noun follows an `event_cues` word of kind "occasion".
    """
    if trigger.entry.form != "noun" or trigger.first == 0:
        return False
    if options.event_cues.get(words[trigger.first - 1]) != "occasion":
        return False
    comma = max((i for i in range(trigger.first) if words[i] == ","), default=-1)
    return comma >= 0 and any(
        cue.pattern == "cue_after_X"
        for position in range(comma + 1, trigger.first - 1)
        for cue in options.lexicon.match_attribution(words, position)
    )


def _addressed(trigger: Trigger, spans: list[Span]) -> bool:
    """Tell whether a demand names the party it is made on right after its verb.

    "mogok ..., menuntut pemerintah menurunkan tarif" is a demand on the government, coded
    on its own (issue #5); "berunjuk rasa ..., menolak revisi UU" only says what the protest
    is against.
    """
    return trigger.entry.type == "REQUEST" and any(
        span.actor is not None and span.first == trigger.last + 1 for span in spans
    )


def _protest_aim(trigger: Trigger, previous: Trigger | None, words: list[str]) -> bool:
    """Tell whether a demand or refusal only states what the protest before it is for."""
    return (
        previous is not None
        and previous.entry.type == "PROTEST"
        and trigger.entry.type in _PROTEST_AIMS
        and trigger.entry.form in {"active", "base"}
        and trigger.first > 0
        and words[trigger.first - 1] == ","
    )


_PARTICIPLE_ENDINGS = ("ed", "en")
_PARTICIPLE_FORMS = frozenset({"active", "passive", "middle"})


def _modifies_noun(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    """Tell whether a one-word participle stands as an adjective, not as a predicate.

    After a determiner ("the", "their", "two") a participle heads no clause: it modifies
    the noun after it ("the occupied West Bank", "the detained activists") or is itself
    the noun ("the injured were taken to hospital"). The determiners are the language's
    `event_cues` of kind "determiner"; with an auxiliary or a subject before it the
    participle is a predicate ("were detained", "police detained activists").
    """
    word = words[trigger.first]
    return (
        trigger.first == trigger.last
        and trigger.first > 0
        and trigger.entry.form in _PARTICIPLE_FORMS
        and word.endswith(_PARTICIPLE_ENDINGS)
        and options.event_cues.get(words[trigger.first - 1]) == "determiner"
    )


_TAIL_AFTER_VERB = 4  # ", officials said on Monday ." / ", the army said today ."


def reporting_tail(words: list[str], options: CodingOptions) -> range:
    """The words between the last comma and a report verb that closes the sentence
    (", a statement issued by the ministry of finance said today"), or an empty range."""
    comma = max((i for i, w in enumerate(words) if w == ","), default=-1)
    if comma < 0:
        return range(0)
    for position in range(len(words) - 1, comma, -1):
        if len(words) - 1 - position > _TAIL_AFTER_VERB:
            break
        if words[position - 1] in _PURPOSE | {"to"}:
            # "Rabu (2/7), Kemlu memanggil duta besar untuk menyampaikan protes": a purpose
            # after a fronted date is no closing report
            break
        if any(
            cue.pattern == "X_cue" and len(cue.words) == 1
            for cue in options.lexicon.match_attribution(words, position)
        ):
            return range(comma + 1, position)
    return range(0)
