"""English round 8: reporting tails, places behind a compass word, and a future reaching a
noun predicate a few words on.

Every sentence here is our own; each test runs the whole pipeline.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, one_of_type

PUBLISHED = "2024-03-12T09:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "event_type", "speaker"),
    [
        (
            "The junta declared a state of siege in Haiti on Saturday, a spokeswoman for the "
            "U.S. embassy said.",
            "COERCE",
            "spokeswoman for the U.S. embassy",
        ),
        (
            "Kenyan police arrested twelve opposition members in Nairobi, the French embassy said.",
            "COERCE",
            "French embassy",
        ),
    ],
)
def test_reporting_tail_is_the_attribution_not_a_party(
    text: str, event_type: str, speaker: str
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED, lang="en")
    assert event.attribution is not None and event.attribution["text"] == speaker
    assert event.target is None or event.target["text"] != speaker


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Palestinian prisoners rioted on Monday in northern Israel.", "PROTEST", "ISR"),
        ("Rebels attacked an army post in eastern Ukraine on Sunday.", "ASSAULT", "UKR"),
        ("Farmers blocked roads in southern France on Friday.", "PROTEST", "FRA"),
    ],
)
def test_place_behind_a_compass_word(text: str, event_type: str, country: str) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED, lang="en")
    assert event.location is not None and event.location["country"] == country


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The United Nations will provide nearly 25,000 tons of emergency food aid to Chad.",
            "AID",
        ),
        ("Japan will send several hundred tonnes of medical aid to Gaza.", "AID"),
    ],
)
def test_future_reaches_a_noun_predicate_a_few_words_on(text: str, event_type: str) -> None:
    statuses = {
        e.status for e in events_of(text, published=PUBLISHED, lang="en") if e.type == event_type
    }
    assert statuses == {"planned"}


@pytest.mark.parametrize(
    ("text", "lang", "source", "target"),
    [
        (
            "The Red Cross said US and British forces must ensure security in the city.",
            "en",
            "Red Cross",
            "US",
        ),
        (
            "Jack Straw said on Friday that the Sudanese government must reach a deal with "
            "the rebels.",
            "en",
            "Jack Straw",
            "Sudanese government",
        ),
        (
            "Menteri Luar Negeri Retno Marsudi menegaskan junta Myanmar harus menghentikan "
            "kekerasan terhadap warga sipil.",
            "id",
            "Retno Marsudi",
            "junta Myanmar",
        ),
    ],
)
def test_reported_obligation_is_a_demand(text: str, lang: str, source: str, target: str) -> None:
    events = events_of(text, published=PUBLISHED, lang=lang)
    demand = next(e for e in events if e.type == "REQUEST")
    assert demand.source is not None and demand.source["text"] == source
    assert demand.target is not None and demand.target["text"] == target
    # what must be done is the demand's content, not an event told as done
    assert [e.type for e in events] == ["REQUEST"]


def test_obligation_without_a_report_verb_is_no_demand() -> None:
    events = events_of("Rebels must lay down their arms.", published=PUBLISHED, lang="en")
    assert not [e for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "event_type", "status", "source", "target"),
    [
        # "it" heading what a report verb reports is the speaker ...
        ("Syria says it will not accept the ruling.", "AGREE", "negated", "SYR", None),
        ("Chile said that it had sent troops to Haiti.", "MOBILIZE", "occurred", "CHL", "HTI"),
        # ... and a source-only act takes the party its preposition names
        (
            "Argentina has apologized to Brazil for the incident.",
            "CONCEDE",
            "occurred",
            "ARG",
            "BRA",
        ),
        (
            "Thai students protested against the government in Bangkok.",
            "PROTEST",
            "occurred",
            "THA",
            "THA",
        ),
        ("The rebels accepted the peace plan on Monday.", "AGREE", "occurred", None, None),
    ],
)
def test_reported_it_and_aimed_source_only_acts(
    text: str, event_type: str, status: str, source: str | None, target: str | None
) -> None:
    event = one_of_type(text, event_type, published=PUBLISHED, lang="en")
    assert event.status == status
    assert (event.source or {}).get("country") == source
    assert (event.target or {}).get("country") == target


def test_empty_it_is_no_actor() -> None:
    events = events_of("It is expected that talks will resume.", published=PUBLISHED, lang="en")
    assert all(e.source is None or e.source["text"] != "It" for e in events)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Rebels attack the town every night.", "verb"),
        ("The attack on the town by rebels killed five people.", "noun"),
        ("Farmers protest against the new tax in Lyon.", "verb"),
        ("The protest against the new tax by farmers in Lyon ended.", "noun"),
    ],
)
def test_tagger_tells_a_verb_from_a_noun(text: str, form: str) -> None:
    from warta.eval.actors import coded
    from warta.events import coding_options
    from warta.events.triggers import find_triggers
    from warta.lang import load

    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    tokens = list(result.doc.tokens)
    words = [t.text.lower() for t in tokens]
    found = find_triggers(words, tokens, coding_options(load("en")))
    assert found
    assert (found[0].entry.form == "noun") is (form == "noun")


def test_noun_object_of_a_verb_ranks_as_the_main_event() -> None:
    from warta.eval.actors import coded
    from warta.eval.events import coding_options, main_event
    from warta.lang import load

    text = "Thousands of people joined protests in Paris after police shot a teenager."
    result = coded(text, lang="en", published=PUBLISHED)
    assert result is not None
    event = main_event(result.events, result.doc, coding_options(load("en")))
    assert event is not None and event.type == "PROTEST"


def test_noun_inside_the_object_does_not_stop_a_condition() -> None:
    text = "Nigeria said it will withdraw its peacekeeping force from Chad unless talks resume."
    event = one_of_type(text, "RETREAT", published=PUBLISHED, lang="en")
    assert event.status == "conditional"


def test_reporting_tail_tells_no_event_and_names_no_party() -> None:
    text = (
        "Japan will send medical aid to Gaza, a statement issued by the Japanese foreign "
        "ministry said on Monday."
    )
    events = events_of(text, published=PUBLISHED, lang="en")
    assert [e.type for e in events] == ["AID"]
    assert events[0].source is not None and events[0].source["text"] == "Japan"
    assert events[0].target is None  # not the ministry of the tail


def test_overnight_is_the_night_before_the_report() -> None:
    event = one_of_type(
        "Rebels shelled the town overnight.", "ASSAULT", published=PUBLISHED, lang="en"
    )
    assert (event.date["value"], event.date["basis"]) == ("2024-03-11", "text")
