"""English coding, round 11: the parties of an act noun ("the arrest of X by Y"), acts named
as a reason, and the rows and cues added in this round.

Every sentence here is our own; each test runs the whole pipeline on it.
"""

from __future__ import annotations

import pytest

from warta.eval.actors import coded
from warta.records import Event

PUBLISHED = "2024-05-21T09:00:00+00:00"


def _events(text: str) -> tuple[Event, ...]:
    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    return result.events


def _first(text: str, event_type: str) -> Event:
    events = [e for e in _events(text) if e.type == event_type]
    assert events, f"no {event_type} event in {text!r}: {[e.type for e in _events(text)]}"
    return events[0]


def _country(party: dict[str, object] | None) -> object:
    return None if party is None else party.get("country")


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        (
            "The arrest of 12 Iranian students by the country's police was reported on Monday.",
            "COERCE",
            "IRN",
            "IRN",
        ),
        (
            "The detention of two Canadian citizens by Chinese security agents angered Ottawa.",
            "COERCE",
            "CHN",
            "CAN",
        ),
        (
            "The killing of a Mexican journalist by unknown gunmen shocked the country.",
            "ASSAULT",
            None,
            "MEX",
        ),
    ],
)
def test_act_noun_names_its_patient_with_of_and_its_agent_with_by(
    text: str, event_type: str, source: str | None, target: str
) -> None:
    event = _first(text, event_type)
    assert _country(event.source) == source
    assert _country(event.target) == target


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police detained four men over the killing of a Somali trader.",
        "Thai protesters marched in Bangkok after the shooting of a student.",
    ],
)
def test_act_named_as_a_reason_is_not_done_by_the_clause_subject(text: str) -> None:
    event = _first(text, "ASSAULT")
    assert event.source is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Cairo denied any role, calling the accusation absurd.", "ACCUSE"),
        ("Qatar condemned the shelling as an act of aggression.", "ASSAULT"),
        ("Hanoi rejected the allegations, dismissing the charges as slander.", "ACCUSE"),
    ],
)
def test_a_charge_or_a_label_inside_an_answer_is_no_new_act(text: str, event_type: str) -> None:
    assert not [e for e in _events(text) if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        (
            "Turkish jets bombed a village in northern Iraq on Monday. Baghdad condemned the "
            "raid and summoned the Turkish ambassador.",
            "ACCUSE",
            "TUR",
        ),
        (
            "Argentina expelled two Chilean diplomats on Friday. Chile criticised the decision.",
            "ACCUSE",
            "ARG",
        ),
    ],
)
def test_an_answer_to_the_act_told_before_is_aimed_at_its_doer(
    text: str, event_type: str, target: str
) -> None:
    answers = [e for e in _events(text) if e.type == event_type]
    assert answers and _country(answers[-1].target) == target


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("Syrian air defences shot down an Israeli drone over the city of Homs.", "ASSAULT", "SYR"),
        (
            "Ukrainian forces downed a Russian helicopter over the city of Donetsk.",
            "ASSAULT",
            "UKR",
        ),
        ("Washington recognised Moroccan sovereignty over Western Sahara.", "SUPPORT", None),
    ],
)
def test_over_a_place_places_only_an_act_of_force(
    text: str, event_type: str, place: str | None
) -> None:
    event = _first(text, event_type)
    assert _country(event.location) == place


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("Russian troops pulled out of Kherson on Friday.", "RETREAT", "UKR"),
        ("The rebels withdrew from the town of Mosul after a week.", "RETREAT", "IRQ"),
        ("The United States pulled out of the Iran nuclear deal.", "REJECT", None),
        ("Britain withdrew from the European Union in 2020.", "SANCTION", None),
    ],
)
def test_leaving_a_place_is_a_withdrawal_leaving_a_deal_is_not(
    text: str, event_type: str, place: str | None
) -> None:
    event = _first(text, event_type)
    assert _country(event.location) == place


@pytest.mark.parametrize(
    ("text", "event_type", "status"),
    [
        (
            "The minister announced on Monday that Peru was leaving the alliance and would "
            "reimpose sanctions on Bolivia.",
            "SANCTION",
            "planned",
        ),
        (
            "Ghana said on Friday that its troops were pulling out of Mali and would return "
            "home by June.",
            "RETREAT",
            "occurred",
        ),
        ("Brazil would impose sanctions on Paraguay under the new law.", "SANCTION", "conditional"),
    ],
)
def test_would_after_a_report_verb_is_a_plan_and_reaches_no_verb_before_it(
    text: str, event_type: str, status: str
) -> None:
    assert _first(text, event_type).status == status


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The United States pulled out of the Iran nuclear deal and reimposed sanctions "
            "on Tehran.",
            "USA",
            "IRN",
        ),
        (
            "Japan pulled out of the Korean fishing pact and would impose sanctions on Seoul.",
            "JPN",
            "KOR",
        ),
    ],
)
def test_a_verb_joined_by_and_shares_the_subject_of_the_verb_before(
    text: str, source: str, target: str
) -> None:
    event = _first(text, "SANCTION")
    assert _country(event.source) == source
    assert _country(event.target) == target


@pytest.mark.parametrize(
    "text",
    [
        "Japan pulled out of the Korean fishing pact on Monday.",
        "Russia withdrew from the arms control treaty in 2019.",
    ],
)
def test_the_accord_a_party_leaves_is_no_new_accord(text: str) -> None:
    assert not [e for e in _events(text) if e.type in {"AGREE", "SUPPORT"}]


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        (
            "Kenyan President William Ruto ordered an offensive against the rebels.",
            "ASSAULT",
            "KEN",
        ),
        ("The Sudanese army chief ordered the arrest of 40 opposition activists.", "COERCE", "SDN"),
    ],
)
def test_who_orders_an_act_does_it(text: str, event_type: str, source: str) -> None:
    assert _country(_first(text, event_type).source) == source
    assert not [e for e in _events(text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "rejections"),
    [
        ("Nigeria disputed the figures published by the United Nations.", 1),
        (
            "Armed men attacked a bank in Lagos, police said, an account the Nigerian army "
            "disputed.",
            1,
        ),
        ("Chinese ships patrolled near the disputed islands on Monday.", 0),
        ("Peru and Chile discussed their old border disputes on Monday.", 0),
    ],
)
def test_disputing_an_account_is_a_rejection(text: str, rejections: int) -> None:
    assert len([e for e in _events(text) if e.type == "REJECT"]) == rejections


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a bus in Kano on Sunday, police said, a version that the Nigerian "
        "army disputed.",
        "Militants shelled a village in Tigray on Monday, officials said, a claim the "
        "Ethiopian army rejected.",
    ],
)
def test_an_answering_clause_takes_neither_the_time_nor_the_place_it_answers(text: str) -> None:
    answer = _first(text, "REJECT")
    assert answer.date["basis"] == "published"
    assert answer.location is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan said two Chinese jets had violated its airspace on Monday.", "JPN"),
        ("Estonia said a Russian helicopter had violated its airspace near Narva.", "EST"),
    ],
)
def test_whose_airspace_is_the_reporter_s(text: str, target: str) -> None:
    assert _country(_first(text, "MOBILIZE").target) == target


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israeli jets struck a Syrian air base near the coast on Monday.", "SYR"),
        ("Rebel gunners fired rockets at the Libyan town of their rivals.", "LBY"),
        ("Russian missiles struck Kharkiv overnight, officials said.", "UKR"),
        ("Turkish artillery shelled Aleppo on Sunday.", "SYR"),
    ],
)
def test_an_attack_takes_place_at_the_site_or_city_it_strikes(text: str, place: str) -> None:
    assert _country(_first(text, "ASSAULT").location) == place


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Armenian troops shelled a border post on Monday. Azerbaijan returned fire and "
            "put its forces on alert.",
            "ARM",
        ),
        (
            "Sudanese troops shelled a market in Juba. South Sudan returned fire at dawn.",
            "SDN",
        ),
        (
            "Sudanese troops shelled a market in Juba. South Sudan returned fire on Chadian "
            "militias.",
            "TCD",
        ),
    ],
)
def test_retaliation_is_aimed_at_the_last_attacker(text: str, target: str) -> None:
    answers = [e for e in _events(text) if e.type == "ASSAULT"]
    assert _country(answers[-1].target) == target


@pytest.mark.parametrize(
    "text",
    [
        "A militia commander boasted that his men had shot down a Nigerian army helicopter.",
        "The rebel leader boasts that his fighters killed 40 Malian soldiers.",
    ],
)
def test_a_boast_is_a_claim(text: str) -> None:
    assert _first(text, "ASSAULT").status == "claimed"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The governor withdrew a proposed fuel tax after thousands of Kenyan students "
            "marched in Nairobi.",
            "PROTEST",
        ),
        (
            "Chile will review the planned reform before Chilean unions protested again.",
            "PROTEST",
        ),
    ],
)
def test_a_plan_cue_does_not_reach_into_an_after_or_before_clause(
    text: str, event_type: str
) -> None:
    assert _first(text, event_type).status == "occurred"


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("Syrian jets bombed a Turkish convoy near Idlib, killing three Syrian rebels.", 1),
        ("Somali militants shelled an army base near Baidoa, wounding four soldiers.", 1),
        (
            "Gunmen attacked a Nigerian police station and set it ablaze, killing a Chinese "
            "engineer.",
            2,
        ),
    ],
)
def test_the_toll_told_right_after_an_attack_is_that_attack(text: str, attacks: int) -> None:
    assert len([e for e in _events(text) if e.type == "ASSAULT"]) == attacks


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The Kurdish party, which demands autonomy for the region, rejected the new law.",
            "REQUEST",
            "REJECT",
        ),
        (
            "Hezbollah, which fought Israel in 2006, condemned the Israeli raid.",
            "ASSAULT",
            "ACCUSE",
        ),
    ],
)
def test_a_clause_describing_the_subject_is_not_the_news(
    text: str, absent: str, present: str
) -> None:
    types = [e.type for e in _events(text)]
    assert absent not in types
    assert present in types


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Chinese and Japanese foreign ministers met at Tokyo on Monday.", "JPN"),
        ("Iranian and Saudi envoys will meet at Baghdad next month.", "IRQ"),
    ],
)
def test_meeting_at_a_place_is_a_consultation_there(text: str, place: str) -> None:
    event = _first(text, "CONSULT")
    assert _country(event.location) == place
    assert not [e for e in _events(text) if e.type == "AGREE"]


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        (
            "Kenyan President William Ruto and Uganda's Yoweri Museveni will sign a trade "
            "pact when they meet in Nairobi.",
            "CONSULT",
            "KEN",
            "UGA",
        ),
        (
            "Kenyan President William Ruto and Uganda's Yoweri Museveni signed a trade pact "
            "in Nairobi.",
            "SUPPORT",
            "KEN",
            "UGA",
        ),
    ],
)
def test_they_after_a_named_pair_stands_for_both(
    text: str, event_type: str, source: str, target: str
) -> None:
    event = _first(text, event_type)
    assert _country(event.source) == source
    assert _country(event.target) == target


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Peru and Chile are expected to sign a long-delayed accord settling their maritime "
            "border dispute when they meet in Lima next month.",
            "planned",
        ),
        ("Peru and Chile signed a border accord when they met in Lima last month.", "occurred"),
    ],
)
def test_a_when_clause_dated_ahead_is_a_coming_occasion(text: str, status: str) -> None:
    assert _first(text, "CONSULT").status == status
