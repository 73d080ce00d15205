"""Finding event predicates in a sentence: the lexicon by surface form, without the -nya
clitic, then by lemma and voice (so an inflection the lexicon lacks still matches), and
telling which predicates only mention an event told before.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from warta.analyze.morphology import analyse
from warta.events.lexicon import Entry, Lexicon, Plover
from warta.lang import load
from warta.records import Actor, Place, Token

# How an entry's argument frame reads when the predicate turns up in the other voice:
# the active subject acts ("menyambut": the host is the object's target), the passive
# subject undergoes ("dilepaskan": the released party). Frames not listed do not carry.
_VOICE_ARGS = {
    ("active", "passive"): {"st": "ts", "ts": "st", "recip": "noun", "noun": "noun"},
    ("passive", "active"): {"ts": "st", "st": "ts", "noun": "st"},
    ("base", "active"): {"st": "st", "recip": "recip", "s": "s"},
    ("base", "passive"): {"st": "ts", "recip": "noun"},
}


_VERB_VOICES = ("active", "passive")


CLITIC = "nya"  # possessive clitic the tokenizer leaves on: "kunjungannya", "serangannya"


_ENDS_WINDOW = 4  # "lifted a day-old night curfew": the ending verb stands a few words before

# What ending an event of one type makes of it (CAMEO2PLOVER 2021: easing blockades and
# sanctions is RETREAT, 0872/085, curfews and bans see _MATERIAL_RESTRICTION; reducing aid and
# halting talks or mediation is SANCTION, 162/164/165).
_ENDED = {
    "COERCE": ("RETREAT", None),
    "SANCTION": ("RETREAT", None),
    "ASSAULT": ("RETREAT", "ceasefire"),
    "AID": ("SANCTION", "discontinue"),
    "COOPERATE": ("SANCTION", "discontinue"),
    "CONSULT": ("SANCTION", "withdraw"),
    "SUPPORT": ("SANCTION", "withdraw"),
}

# The PLOVER manual's CONCEDE covers "easing of administrative or legal restrictions ...
# removing curfews" (a promise not to enforce them); lifting a blockade or siege (CAMEO 191)
# has immediate material consequences: RETREAT, as the PLOVER gold codes it.
_MATERIAL_RESTRICTION = "19"

_NEED_WINDOW = 8  # "kebutuhan mendesak akan sumber daya finansial dan bantuan": a need


RELATIVE = {"yang", "which", "who", "that", ","}


# Where the clause a demand verb governs ends: "mendesak X menghentikan Y, ..." / "... dan".
COMPLEMENT_ENDS = {",", ";", ".", "dan", "and", "namun", "but", "sementara", "while"}


@dataclass(frozen=True)
class CodingOptions:
    """What event coding needs besides the article's records.

    `by_lemma` (derived) files the lexicon's verb entries by (lemma, suffix), so an
    inflection the lexicon lacks ("melepaskan" beside "dilepaskan") still matches.
    """

    lexicon: Lexicon
    plover: Plover
    media: frozenset[str]
    date_cues: dict[str, str]
    event_cues: dict[str, str]
    by_lemma: dict[tuple[str, str], list[Entry]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        lang = load(self.lexicon.lang)
        for entry in self.lexicon.entries:
            if entry.form not in {*_VERB_VOICES, "base"}:
                continue
            first = entry.words[0]
            lemma, voice = analyse(first, lang=lang)
            if entry.form != "base" and voice != entry.form:
                continue  # the analyser reads the word otherwise: no safe lemma
            self.by_lemma.setdefault((lemma.lower(), _suffix(first, lemma)), []).append(entry)


@dataclass
class Span:
    """An actor or place mention located on the sentence's tokens [first, last]."""

    first: int
    last: int
    actor: Actor | None = None
    place: Place | None = None
    collective: bool = False  # one of the two parties "kedua negara" stands for


@dataclass
class Trigger:
    first: int
    last: int
    entry: Entry
    source: list[Span] = field(default_factory=list)
    target: Span | None = None
    location: Span | None = None
    inferred_target: bool = False  # found by the other-country fallback, not as an object
    next_first: int | None = None  # where the sentence's next predicate starts
    mention_only: bool = False  # names an event without reporting a new one
    aimed_at_place: bool = False  # its act is aimed at the state its place is in
    obligation: int | None = None  # a reported demand's "must": its target stands before it
    occasion: bool = False  # the meeting another act took place in ("dalam KTT di Vilnius")


def _suffix(word: str, lemma: str) -> str:
    """The derivational suffix that tells verbs of one root apart ("setujui" vs "tuju")."""
    word, lemma = word.lower(), lemma.lower()
    for suffix in ("kan", "i"):
        if word.endswith(suffix) and not lemma.endswith(suffix):
            return suffix
    return ""


def _without_clitic(words: list[str]) -> list[str]:
    return [
        w[: -len(CLITIC)] if w.endswith(CLITIC) and len(w) > len(CLITIC) + 3 else w for w in words
    ]


def _voice_reading(
    entries: list[Entry],
    words: list[str],
    position: int,
    options: CodingOptions,
    pos: str | None = None,
) -> Entry:
    """Of the longest entries, the passive one after an auxiliary ("was shelled") or
    before an agent ("shelled by"), the noun one after a determiner ("its blockade");
    otherwise the first (the active reading)."""
    longest = [e for e in entries if len(e.words) == len(entries[0].words)]
    end = position + len(longest[0].words)
    after = words[end] if end < len(words) else ""
    before = words[position - 1] if position else ""
    passive_marked = options.event_cues.get(before) == "passive_aux" or after in {"by", "oleh"}
    if passive_marked:
        for entry in longest:
            if entry.form == "passive":
                return entry
    if options.event_cues.get(before) == "determiner" or pos in _NOUN_TAGS:
        # "its blockade", "a ban", a word the tagger reads as a noun: its noun entry, a
        # shorter one if need be ("the protest against the tax" is no "protest against")
        nouns = [e for e in entries if e.form == "noun"]
        if nouns and (pos in _NOUN_TAGS or len(nouns[0].words) == len(longest[0].words)):
            return nouns[0]
    if len(longest[0].words) == 1 and pos == "VB" and longest[0].form == "noun":
        # "rebels attack the town": a word the tagger reads as a verb
        for entry in longest:
            if entry.form in _VERB_FORMS:
                return entry
    return longest[0]


_NOUN_TAGS = frozenset({"NN", "NNP"})
_VERB_FORMS = frozenset({"active", "base", "middle"})


def match_entry(
    words: list[str], bare: list[str], tokens: list[Token], position: int, options: CodingOptions
) -> Entry | None:
    """The entry at `position`: by surface form, then without -nya, then by lemma + voice."""
    for forms in (words, bare):
        entries = options.lexicon.match(forms, position)
        if entries:
            return _voice_reading(entries, words, position, options, tokens[position].pos)
    token = tokens[position]
    if token.voice not in _VERB_VOICES or not token.lemma:
        return None
    key = (token.lemma.lower(), _suffix(bare[position], token.lemma))
    readings: list[Entry] = []
    for entry in options.by_lemma.get(key, ()):
        tail = entry.words[1:]
        if tuple(bare[position + 1 : position + 1 + len(tail)]) != tail:
            continue
        args = entry.args if entry.form == token.voice else None
        args = args or _VOICE_ARGS.get((entry.form, token.voice), {}).get(entry.args)
        if args is not None:
            phrase = " ".join(words[position : position + len(entry.words)])
            readings.append(replace(entry, phrase=phrase, form=token.voice, args=args))
    if not readings:
        return None
    longest = max(len(r.words) for r in readings)
    readings = [r for r in readings if len(r.words) == longest]
    # A root whose inflections mean different events is left to the surface lexicon.
    if len({(r.type, r.mode) for r in readings}) > 1:
        return None
    return readings[0]


def find_triggers(words: list[str], tokens: list[Token], options: CodingOptions) -> list[Trigger]:
    """Find predicates, longest phrase first, skipping the lexicon's not-an-event phrases.

    A verb of finding or disposing whose object is a weapon is read as a seizure
    (`_weapon_finds`), a verb of sending or supplying one as military aid
    (`_weapon_supplies`).
    """
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
    bare = _without_clitic(words)
    while position < len(words):
        entry = None if position in blocked else match_entry(words, bare, tokens, position, options)
        counted = None if position in blocked else _counted_phrase(words, position, entry, options)
        if counted is not None:
            length = len(counted.words) + 1  # the count stands inside the phrase
            found.append(Trigger(position, position + length - 1, counted))
            position += length
        elif entry is not None:
            entry = _ended(entry, words, position, options)
            length = len(entry.words)
            found.append(Trigger(position, position + length - 1, entry))
            position += length
        else:
            position += 1
    found = _weapon_supplies(_weapon_finds(found, words, options), words, options)
    found = _crowd_control_instruments(found, words)
    found = _describing_participles(found, words, tokens)
    return sorted(found + _reported_obligations(found, words, options), key=lambda t: t.first)


def _counted_phrase(
    words: list[str], position: int, entry: Entry | None, options: CodingOptions
) -> Entry | None:
    """A verb phrase with a count after its verb: "membeli dua kapal selam" (issue #5).

    The lexicon lists "membeli kapal selam"; a number between the verb and its object
    (digits or a word of `event_cues` kind "count") leaves the phrase what it is. Used
    only when it is longer than the phrase read without the count.
    """
    after = position + 1
    if after >= len(words) or not _is_count(words[after], options):
        return None
    without_count = [*words[:after], *words[after + 1 :]]
    entries = [e for e in options.lexicon.match(without_count, position) if len(e.words) > 1]
    if not entries or (entry is not None and len(entry.words) >= len(entries[0].words) + 1):
        return None
    return _voice_reading(entries, without_count, position, options)


def _is_count(word: str, options: CodingOptions) -> bool:
    return word.replace(".", "").replace(",", "").isdigit() or (
        options.event_cues.get(word) == "count"
    )


def _describing_participles(
    found: list[Trigger], words: list[str], tokens: list[Token]
) -> list[Trigger]:
    """Drop a participle with an agent that describes the noun before it: "talks hosted by
    Norway", "a deal brokered by Qatar" name who arranged the talks or the deal, no act of
    their own. It goes after an event noun, or after any noun when it arranges a meeting
    (CONSULT); "the town, shelled by rebels" (a comma between) stays an attack."""
    nouns = {t.last for t in found if t.entry.form == "noun"}
    kept = []
    for trigger in found:
        before = trigger.first - 1
        agent_next = trigger.last + 1 < len(words) and words[trigger.last + 1] == "by"
        with_agent = agent_next or words[trigger.last] == "by"  # the phrase "brokered by"
        describes = (
            trigger.entry.form != "noun"
            and trigger.last - trigger.first <= 1
            and with_agent
            and before >= 0
            and (
                before in nouns
                or (trigger.entry.type == "CONSULT" and tokens[before].pos in _NOUN_TAGS)
            )
        )
        if not describes:
            kept.append(trigger)
    return kept


def _crowd_control_instruments(found: list[Trigger], words: list[str]) -> list[Trigger]:
    """Read "membubarkan massa dengan gas air mata" as one crowd-control ASSAULT (issue #5).

    The tear gas a verb uses is how it is done: the verb (dispersing, clearing) takes the
    crowd-control type of its instrument, and the instrument noun is no event of its own.
    """
    kept: list[Trigger] = []
    for trigger in found:
        verb = kept[-1] if kept else None
        if (
            verb is not None
            and trigger.entry.form == "noun"
            and trigger.entry.mode == _CROWD_CONTROL
            and verb.entry.form != "noun"
            and verb.entry.type == "COERCE"
            and trigger.first > 0
            and words[trigger.first - 1] in _INSTRUMENT
            and trigger.first - verb.last <= _INSTRUMENT_REACH
            and not any(w in COMPLEMENT_ENDS for w in words[verb.last + 1 : trigger.first])
        ):
            instrument = trigger.entry
            verb.entry = replace(
                verb.entry,
                type=instrument.type,
                mode=instrument.mode,
                cameo=instrument.cameo,
                score=instrument.score,
            )
            continue
        kept.append(trigger)
    return kept


# "dibubarkan polisi menggunakan water cannon" reads as "dengan"
_INSTRUMENT = {"dengan", "menggunakan", "memakai"}
_INSTRUMENT_REACH = 6  # "membubarkan ratusan pendukung calon bupati dengan meriam air"


_DEMAND = Entry("", "REQUEST", None, None, None, "active", "demand")  # type: ignore[arg-type]
_OBLIGATION_REACH = 16  # "said on Friday that the Sudanese government and the rebels ... must"


def _reported_obligations(
    found: list[Trigger], words: list[str], options: CodingOptions
) -> list[Trigger]:
    """A reported obligation is a demand by the speaker on the one who must act.

    "The Red Cross said US forces must ensure security", "Menlu menegaskan Myanmar harus
    menghentikan kekerasan": the report verb is a REQUEST (PLOVER: "X said Y must ..."),
    its target the subject of "must"; what must be done is its content (`mark_mentions`).
    A report verb the lexicon already codes ("urged") keeps its own reading.
    """
    demands = []
    for position, word in enumerate(words):
        if options.event_cues.get(word) != "obligation":
            continue
        for report in range(position - 2, max(-1, position - _OBLIGATION_REACH), -1):
            if words[report] in COMPLEMENT_ENDS - {"dan", "and"}:
                break
            if not any(
                cue.pattern == "X_cue" and len(cue.words) == 1
                for cue in options.lexicon.match_attribution(words, report)
            ):
                continue
            if not any(
                t.first <= report <= t.last
                or (report < t.first < position and t.entry.form != "noun")
                for t in found
            ):
                demand = Trigger(report, report, replace(_DEMAND, phrase=words[report]))
                demand.obligation = position
                demands.append(demand)
            break
    return demands


def _ended(entry: Entry, words: list[str], position: int, options: CodingOptions) -> Entry:
    """A noun event that a verb just before it ends is the ending ("lifted the curfew")."""
    if entry.form != "noun" or entry.type not in _ENDED:
        return entry
    for i in range(position - 1, max(-1, position - 1 - _ENDS_WINDOW), -1):
        if words[i] in RELATIVE or words[i] in COMPLEMENT_ENDS:
            return entry
        if options.event_cues.get(words[i]) == "ends":
            event_type, mode = _ENDED[entry.type]
            if entry.type == "COERCE" and not (entry.cameo or "").startswith(_MATERIAL_RESTRICTION):
                event_type = "CONCEDE"  # a legal restriction eased: curfew, ban, martial law
            return replace(entry, type=event_type, mode=mode, cameo=None, score=None)
    return entry


# How far from a predicate a crowd may stand as its doer or other side: "set ablaze by an
# angry mob", "clashed on Saturday with hundreds of protesters", "a mob chased down and lynched".
_CROWD_REACH = 6
_CROWD_CONTROL = "crowd-control"
# Words a predicate's subject does not reach across when it is looked for before the verb.
_SUBJECT_ENDS = {",", ";", ":", ".", "(", ")", "by", "oleh", "on", "at", "against", "with"}
_ACTIVE_FORMS = frozenset({"active", "middle", "base"})
_OTHER_SIDE = {"with", "between", "by", "dengan", "antara", "oleh"}


def read_crowd_violence(trigger: Trigger, words: list[str], options: CodingOptions) -> None:
    """Read violence done by a crowd as a riot: PROTEST riot, not ASSAULT.

    The PLOVER manual codes violent collective action by protesters, rioters or a mob as
    PROTEST riot (ACLED's violent demonstrations and mob violence); the crowd nouns are the
    language's `event_cues` of kind "crowd". A crowd is the doer when it stands in the
    source, in the subject before the verb ("an angry mob lynched"), after the passive's
    "by" ("set ablaze by a mob"), or on either side of a two-sided clash ("clashed with
    protesters", "clashes between rioters and police").
    """
    entry = trigger.entry
    if entry.type != "ASSAULT" or entry.mode == _CROWD_CONTROL:
        return  # tear gas, water cannon: force used on a crowd, not by one
    if not _crowd_doer(trigger, words, options):
        return
    trigger.entry = replace(entry, type="PROTEST", mode="riot", cameo=None, score=None)


def _crowd_doer(trigger: Trigger, words: list[str], options: CodingOptions) -> bool:
    def crowd(first: int, last: int) -> bool:
        return any(
            options.event_cues.get(word) == "crowd"
            for word in words[max(0, first) : min(len(words), last + 1)]
        )

    for span in trigger.source:
        # "Palestinian rioters clashed": the mention names only the crowd's origin.
        if crowd(span.first, max(span.last, trigger.first - 1)):
            return True
    acts = trigger.entry.form in _ACTIVE_FORMS  # a passive's subject undergoes the violence
    if not trigger.source and acts and crowd(_subject_start(trigger, words), trigger.first - 1):
        return True
    after = trigger.last + 1
    reaches_other_side = trigger.entry.args in {"recip", "noun"} or trigger.entry.form == "passive"
    side = next(
        (i for i in range(after, min(len(words), after + 3)) if words[i] in _OTHER_SIDE), None
    )
    if reaches_other_side and side is not None:
        return crowd(side + 1, side + _CROWD_REACH)
    return False


def _subject_start(trigger: Trigger, words: list[str]) -> int:
    """Where the stretch before a verb that may hold its subject starts."""
    start = trigger.first
    while start > 0 and trigger.first - start < _CROWD_REACH:
        if words[start - 1] in _SUBJECT_ENDS or words[start - 1] in RELATIVE:
            break
        start -= 1
    return start


_WEAPON_REACH = 10  # "two caches containing an important batch of weapons ... were discovered"
_THEME_ENDS = {".", ";", ":", "by"}
# PLOVER COERCE seize, CAMEO 1711 "confiscate property" (Goldstein score as in the lexicon).
_SEIZURE = Entry("", "COERCE", "seize", "1711", -7.0, "active", "st")


def _weapon_finds(found: list[Trigger], words: list[str], options: CodingOptions) -> list[Trigger]:
    """Read finding, capturing or destroying weapons as COERCE seize.

    ACLED files weapons seized, caches found and bombs defused as disrupted weapons use,
    which PLOVER codes COERCE seize (CAMEO 1711, confiscate property): "a stash of rifles
    was found", "troops destroyed caches of explosives". The verbs are the language's
    `event_cues` of kind "finds", the weapon nouns those of kind "weapon"; the weapon is
    the object after an active verb or the subject before a passive one. A weapon noun
    naming a site (kind "weapon_site": "an arms depot") makes the site the object: striking
    it is an attack.
    """
    by_position = {t.first: t for t in found}
    for position, word in enumerate(words):
        if options.event_cues.get(word) != "finds":
            continue
        existing = by_position.get(position)
        if existing is not None and existing.last != position:
            continue  # a longer phrase ("found dead", "found guilty") says what it is
        passive = position > 0 and options.event_cues.get(words[position - 1]) == "passive_aux"
        if passive:
            stretch = range(position - 1, max(-1, position - 1 - _WEAPON_REACH), -1)
        else:
            stretch = range(position + 1, min(len(words), position + 1 + _WEAPON_REACH))
        if not _names_weapon(stretch, words, options):
            continue
        entry = Entry(
            phrase=word,
            type=_SEIZURE.type,
            mode=_SEIZURE.mode,
            cameo=_SEIZURE.cameo,
            score=_SEIZURE.score,
            form="passive" if passive else "active",
            args="ts" if passive else "st",
        )
        by_position[position] = Trigger(position, position, entry)
    return sorted(by_position.values(), key=lambda t: t.first)


_SUPPLY_REACH = 4  # "mengirim ribuan peluru artileri": a count and a noun before the weapon
# PLOVER AID, CAMEO 072 "provide military aid" (Goldstein score as in the lexicon).
_MILITARY_AID = Entry("", "AID", None, "072", 10.0, "active", "st")
# PLOVER AID, CAMEO 070 "provide aid": relief goods, medicine, volunteers.
_RELIEF_AID = Entry("", "AID", None, "070", 10.0, "active", "st")


def _weapon_supplies(
    found: list[Trigger], words: list[str], options: CodingOptions
) -> list[Trigger]:
    """Read sending or supplying weapons as AID (military aid, CAMEO 072), relief goods
    (kind "relief") as AID (CAMEO 070).

    The lexicon has "mengirim senjata", but a count or a kind stands between the verb and
    the weapon as often ("mengirim ribuan peluru artileri ke Rusia"). The verbs are the
    language's `event_cues` of kind "supplies", the weapons those of kind "weapon", looked
    for only a few words after an active verb so that a purpose clause ("mengirim pasukan
    untuk menangkis serangan roket") does not count.
    """
    by_position = {t.first: t for t in found}
    for position, word in enumerate(words):
        if options.event_cues.get(word) != "supplies":
            continue
        existing = by_position.get(position)
        if existing is not None and (existing.last != position or existing.entry.type == "AID"):
            continue  # a longer phrase ("mengirim pasukan") or the lexicon already says it
        stretch = range(position + 1, min(len(words), position + 1 + _SUPPLY_REACH))
        if _names_weapon(stretch, words, options):
            entry = replace(_MILITARY_AID, phrase=word)
        elif _names_relief(stretch, words, options):
            entry = replace(_RELIEF_AID, phrase=word)
        else:
            continue
        by_position[position] = Trigger(position, position, entry)
    return sorted(by_position.values(), key=lambda t: t.first)


def _names_relief(stretch: range, words: list[str], options: CodingOptions) -> bool:
    """Tell whether relief goods (`event_cues` kind "relief": logistics, medicine,
    volunteers) are named in the stretch before its clause ends."""
    for index in stretch:
        if words[index] in _THEME_ENDS or options.event_cues.get(words[index]) == "subordinate":
            return False
        if options.event_cues.get(words[index]) == "relief":
            return True
    return False


def _names_weapon(stretch: range, words: list[str], options: CodingOptions) -> bool:
    for index in stretch:
        if words[index] in _THEME_ENDS or options.event_cues.get(words[index]) == "subordinate":
            return False
        following = words[index + 1] if index + 1 < len(words) else ""
        # "destroyed the arms depot": a site that holds weapons is a target, not a find.
        if options.event_cues.get(words[index]) == "weapon" and (
            options.event_cues.get(following) != "weapon_site"
        ):
            return True
    return False
