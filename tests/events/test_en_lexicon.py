"""The English lexicon's PETRARCH2 section: its generator, its rows, and English status cues."""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.events.build_en_lexicon import (
    GENERATED_MARKER,
    LEXICON_PATH,
    GeneratedRow,
    merge,
    read_blocks,
    read_synsets,
)
from warta.events.lexicon import load_lexicon, load_plover
from warta.lang import load

# A small dictionary in PETRARCH2's format, written for these tests.
DICTIONARY = """\
####### SYNONYM SETS #######
&TALKS_
+TALK
+NEGOTIATION_
####### VERB PATTERNS #######
---  HOLD   [---]  ---
HOLD {HOLDS HOLDING HELD }
- * &TALKS_                      [040]         # HOLD
- &MILITARY * EXERCISES          [062]         # HOLD
- * + (TO ACCOUNT)               [112]         # HOLD
---  SHELL   [194]  ---
SHELL {SHELLS SHELLING SHELLED }
######## TRANSFORMATIONS ##########
"""


def test_read_blocks_keeps_verbs_codes_and_contiguous_patterns() -> None:
    blocks = {block.name: block for block in read_blocks(DICTIONARY)}
    assert blocks["SHELL"].code == "194"
    assert blocks["HOLD"].verbs[0].forms == ("holds", "holding", "held")
    # Words before the verb and an argument right after it cannot be a contiguous phrase.
    assert [p.slots for p in blocks["HOLD"].patterns] == [("&TALKS_",)]


def test_read_synsets_adds_plurals_unless_forbidden() -> None:
    assert read_synsets(DICTIONARY)["&TALKS_"] == ("talk", "talks", "negotiation")


def test_merge_keeps_hand_rows_and_gives_passives_their_type() -> None:
    hand = (
        "# header\nphrase\ttype\tmode\tcameo\tscore\tform\targs\n"
        "shelled\tASSAULT\t\t190\t-9\tactive\tst\n"
        "condemned\tACCUSE\tdisapprove\t111\t-2\tpassive\tts\n"
    )
    rows = [
        GeneratedRow("shelled", "ASSAULT", "heavy-weapons", "194", -9.5, "active", "st"),
        GeneratedRow("shelled by", "ASSAULT", "heavy-weapons", "194", -9.5, "passive", "ts"),
        GeneratedRow("held talks", "CONSULT", "", "040", 2.5, "active", "recip"),
        GeneratedRow("condemned by", "ACCUSE", "", "111", -2, "passive", "ts"),
    ]
    merged = merge(hand, rows, ["# generated"])
    generated = merged.split(GENERATED_MARKER)[1]
    assert "shelled\tASSAULT\theavy-weapons" not in generated
    assert "shelled by\tASSAULT\t\t190\t-9\tpassive\tts" in generated
    assert "held talks\tCONSULT" in generated
    assert "condemned by" not in generated  # a hand-written passive row already serves
    assert merge(merged, rows, ["# generated"]) == merged  # re-running changes nothing


def test_shipped_lexicon_is_small_and_loads() -> None:
    assert LEXICON_PATH.stat().st_size < 2_000_000
    entries = load_lexicon(load("en")).entries
    assert len(entries) > 20_000


@pytest.mark.parametrize(
    ("phrase", "event_type", "args"),
    [
        ("mocked by", "ACCUSE", "ts"),
        ("held the talks", "CONSULT", "recip"),
        ("staged a protest", "PROTEST", "s"),
        ("imposed a curfew", "COERCE", "s"),
    ],
)
def test_generated_phrase_codes_its_type(phrase: str, event_type: str, args: str) -> None:
    lexicon = load_lexicon(load("en"))
    entry = lexicon.match(phrase.split(" "), 0)[0]
    assert (entry.phrase, entry.type, entry.args) == (phrase, event_type, args)
    code = load_plover().code(entry.type, entry.mode)
    assert code is not None and entry.score == code.score


def test_passive_with_by_makes_the_agent_the_source() -> None:
    events = coded("Japan was mocked by China.", lang="en", published="2024-01-02").events
    assert [(e.type, e.source["country"], e.target["country"]) for e in events] == [
        ("ACCUSE", "CHN", "JPN")
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        ("Japan vowed to impose sanctions on Russia.", "SANCTION", "planned"),
        ("France refused to hold talks with Iran.", "CONSULT", "negated"),
        ("Germany did not sign the accord with France.", "SUPPORT", "negated"),
        ("Iran denied that it attacked Iraq.", "ASSAULT", "denied"),
        ("Russia reportedly attacked Ukraine.", "ASSAULT", "speculated"),
        ("Russia would not attack Ukraine.", "ASSAULT", "negated"),
        ("Japan is set to meet China.", "CONSULT", "planned"),
    ],
)
def test_english_status_cues(text: str, event_type: str, status: str) -> None:
    events = [
        e for e in coded(text, lang="en", published="2024-01-02").events if e.type == event_type
    ]
    assert [e.status for e in events] == [status]
