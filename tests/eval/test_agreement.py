"""Inter-annotator agreement on the Indonesian event gold: alignment, metrics, real files."""

from __future__ import annotations

from typing import Any

import pytest

from warta.eval.agreement import (
    agreement,
    align_doc,
    by_doc,
    cohen_kappa,
    disagreements,
    f1,
    half_of,
    scores,
    triggers_overlap,
    type_matches,
)
from warta.eval.gold import read_gold

PROTEST_SENTENCE = "Ribuan petani berunjuk rasa di alun-alun kota dan menolak harga pupuk baru."
CLASH_SENTENCE = "Warga bentrok dengan petugas keamanan di pelabuhan."


def _event(
    trigger: str,
    type_: str,
    sentence: str = PROTEST_SENTENCE,
    doc: str = "d01",
    status: str = "occurred",
    target_country: str | None = None,
) -> dict[str, Any]:
    return {
        "doc": doc,
        "sentence": sentence,
        "trigger": trigger,
        "type": type_,
        "status": status,
        "source": {"text": "Ribuan petani", "country": "IDN", "sector": "CVL"},
        "target": None
        if target_country is None
        else {"text": "x", "country": target_country, "sector": "GOV"},
        "date": {"value": "2024-05-01", "precision": "day", "basis": "published"},
        "location": None,
    }


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("berunjuk rasa", "berunjuk rasa", True),
        ("berunjuk rasa di alun-alun", "rasa", True),
        ("berunjuk rasa", "menolak", False),
        ("menolak harga", "harga pupuk", True),
    ],
)
def test_triggers_overlap_within_one_sentence(first: str, second: str, expected: bool) -> None:
    assert triggers_overlap(_event(first, "PROTEST"), _event(second, "PROTEST")) is expected


def test_triggers_in_different_sentences_never_overlap() -> None:
    first = _event("bentrok", "ASSAULT", sentence=CLASH_SENTENCE)
    second = _event("bentrok", "ASSAULT", sentence="Warga bentrok lagi keesokan harinya.")
    assert not triggers_overlap(first, second)


def test_align_doc_pairs_overlapping_triggers_across_types_then_by_sentence() -> None:
    protest_a = _event("berunjuk rasa", "PROTEST")
    reject_a = _event("menolak", "REJECT")
    clash_a = _event("bentrok", "ASSAULT", sentence=CLASH_SENTENCE)
    protest_b = _event("unjuk rasa", "PROTEST")  # overlaps "berunjuk rasa"
    clash_b = _event("petugas keamanan", "PROTEST", sentence=CLASH_SENTENCE)  # no overlap
    extra_b = _event("pupuk", "REJECT", sentence="Harga pupuk naik.")
    alignment = align_doc([protest_a, reject_a, clash_a], [protest_b, clash_b, extra_b])
    assert alignment.by_trigger == 1
    assert alignment.pairs == [(protest_a, protest_b), (clash_a, clash_b)]
    assert alignment.only_first == [reject_a]
    assert alignment.only_second == [extra_b]


def test_align_doc_prefers_the_same_type_when_two_triggers_overlap() -> None:
    demo_a = _event("berunjuk rasa", "PROTEST")
    reject_a = _event("rasa di alun-alun kota dan menolak", "REJECT")
    reject_b = _event("menolak", "REJECT")
    alignment = align_doc([demo_a, reject_a], [reject_b])
    assert alignment.pairs == [(reject_a, reject_b)]
    assert alignment.only_first == [demo_a]


def test_type_matches_needs_the_same_type_and_is_one_to_one() -> None:
    first = [_event("berunjuk rasa", "PROTEST"), _event("berunjuk rasa", "PROTEST")]
    second = [_event("berunjuk", "PROTEST"), _event("menolak", "PROTEST")]
    assert type_matches(first, second) == 1
    assert type_matches(first, [_event("berunjuk rasa", "ASSAULT")]) == 0


@pytest.mark.parametrize(
    ("matched", "first_total", "second_total", "expected"),
    [(3, 4, 6, 0.6), (0, 5, 5, 0.0), (2, 2, 2, 1.0), (0, 0, 0, 0.0)],
)
def test_f1(matched: int, first_total: int, second_total: int, expected: float) -> None:
    assert f1(matched, first_total, second_total) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ([("A", "A"), ("B", "B"), ("A", "A"), ("B", "B")], 1.0),
        # observed 0.5, expected 0.5: agreement no better than chance
        ([("A", "A"), ("A", "B"), ("B", "A"), ("B", "B")], 0.0),
        # observed 0.75; marginals A 3/4, B 1/4 on both sides: expected 0.625 -> 1/3
        ([("A", "A"), ("A", "A"), ("A", "B"), ("B", "A")], -1 / 3),
        ([("A", "A"), ("A", "A"), ("B", "B"), ("A", "B")], 0.5),
        ([("A", "A"), ("A", "A")], 1.0),
        ([], 0.0),
    ],
)
def test_cohen_kappa(labels: list[tuple[str, str]], expected: float) -> None:
    assert cohen_kappa(labels) == pytest.approx(expected)


def test_scores_and_disagreements_on_a_small_doc() -> None:
    first = [
        _event("berunjuk rasa", "PROTEST", target_country="IDN"),
        _event("menolak", "REJECT"),
        _event("bentrok", "ASSAULT", sentence=CLASH_SENTENCE, status="occurred"),
    ]
    second = [
        _event("berunjuk rasa", "PROTEST"),
        _event("bentrok", "PROTEST", sentence=CLASH_SENTENCE, status="claimed"),
    ]
    docs = {"d01": (first, second)}
    metrics = scores(docs)
    assert metrics["event_f1"] == pytest.approx(0.8)  # 2 of 3 found, 2 of 2 right
    assert metrics["type_f1"] == pytest.approx(0.4)  # only the protest keeps its type
    assert metrics["type_agreement"] == pytest.approx(0.5)
    assert metrics["status_agreement"] == pytest.approx(0.5)
    assert metrics["target_country_agreement"] == pytest.approx(0.5)
    assert metrics["date_agreement"] == 1.0
    kinds = disagreements(docs)
    assert kinds["only A: REJECT"] == 1
    assert kinds["type ASSAULT -> PROTEST"] == 1
    assert kinds["status occurred -> claimed"] == 1
    assert kinds["target_country: only A gives one"] == 1


def test_by_doc_keeps_only_the_docs_of_the_second_annotation() -> None:
    first = [_event("menolak", "REJECT", doc="d01"), _event("menolak", "REJECT", doc="d40")]
    second = [_event("menolak", "REJECT", doc="d01")]
    assert list(by_doc(first, second)) == ["d01"]


@pytest.mark.parametrize(
    ("doc", "half"), [("d01", "d01-d20"), ("d20", "d01-d20"), ("d77", "d68-d77")]
)
def test_half_of(doc: str, half: str) -> None:
    assert half_of(doc) == half


def _figures(metrics: dict[str, Any]) -> list[float]:
    return [value for value in metrics.values() if isinstance(value, float)]


def test_agreement_on_the_committed_annotations() -> None:
    result = agreement()
    metrics = result["metrics"]
    assert metrics["docs"] == 30
    assert metrics["halves"]["d01-d20"]["docs"] == 20
    assert metrics["halves"]["d68-d77"]["docs"] == 10
    for figures in [metrics, *metrics["halves"].values()]:
        values = _figures(figures)
        assert len(values) == 11
        assert all(-1.0 <= value <= 1.0 for value in values)
        assert all(
            0.0 <= value <= 1.0
            for key, value in figures.items()
            if isinstance(value, float) and not key.endswith("kappa")
        )
    assert metrics["aligned"] <= min(metrics["events_first"], metrics["events_second"])


def test_second_annotation_codes_the_same_texts_as_the_first() -> None:
    first = {event["doc"]: (event["text"], event["published"]) for event in read_gold("events_id")}
    second = read_gold("events_id_second")
    assert len({event["doc"] for event in second}) == 30
    for event in second:
        assert (event["text"], event["published"]) == first[event["doc"]], event["doc"]
        assert event["sentence"] in event["text"], event["doc"]
        assert event["trigger"] in event["sentence"], (event["doc"], event["trigger"])
