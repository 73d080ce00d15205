"""Inter-annotator agreement on the Indonesian event gold: annotator A against annotator B.

A is `warta/eval/gold/events_id.jsonl` (the first annotation), B is
`events_id_second.jsonl` (a second, blind annotation of docs d01-d20 and d68-d77 by the same
rules). Only the docs B annotated are compared. Events are aligned per doc: first the pairs
in the same sentence whose trigger texts overlap, whatever their types; then the events left
over in a sentence are paired in text order, same type first. "event_f1" counts only the
trigger pairs (do the annotators find the same events); "event_f1_by_sentence" counts both
kinds. Type, status, date, country and place agreement and Cohen's kappa are over all
aligned pairs. "type_f1" is `warta.eval.events`' Indonesian type F1 with B in the coder's
place: a B event matches an A event in the same sentence with the same type whose trigger
it overlaps, one to one.

Run as `warta eval agreement` or `python -m warta.eval.agreement` (prints JSON).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from warta.eval.gold import read_gold

Record = dict[str, Any]
Docs = dict[str, tuple[list[Record], list[Record]]]  # doc -> (A events, B events)
HALVES = {"d01-d20": (1, 67), "d68-d77": (68, 999)}


@dataclass
class Alignment:
    """Aligned (A, B) event pairs and the events only one annotator coded."""

    pairs: list[tuple[Record, Record]] = field(default_factory=list)
    by_trigger: int = 0  # how many of `pairs` were aligned on overlapping triggers
    only_first: list[Record] = field(default_factory=list)
    only_second: list[Record] = field(default_factory=list)


def trigger_span(event: Record) -> tuple[int, int]:
    """The trigger's (start, end) within its sentence; its first occurrence."""
    start = event["sentence"].find(event["trigger"])
    return start, start + len(event["trigger"])


def triggers_overlap(first: Record, second: Record) -> bool:
    """Tell whether two events stand in the same sentence with overlapping trigger texts."""
    if first["sentence"] != second["sentence"]:
        return False
    (a_start, a_end), (b_start, b_end) = trigger_span(first), trigger_span(second)
    return a_start < b_end and b_start < a_end


def align_doc(first: list[Record], second: list[Record]) -> Alignment:
    """Align one doc's events: overlapping triggers first, then the rest by sentence."""
    alignment = Alignment()
    left_first, left_second = list(first), list(second)
    # Same-type candidates go first so a sentence with two overlapping readings pairs
    # like with like before pairing across types.
    candidates = sorted(
        ((a, b) for a in first for b in second if triggers_overlap(a, b)),
        key=lambda pair: pair[0]["type"] != pair[1]["type"],
    )
    for a, b in candidates:
        if _unused(a, left_first) and _unused(b, left_second):
            alignment.pairs.append((a, b))
            _remove(a, left_first)
            _remove(b, left_second)
    alignment.by_trigger = len(alignment.pairs)
    for same_type in (True, False):
        for a in list(left_first):
            b = next(
                (
                    b
                    for b in left_second
                    if b["sentence"] == a["sentence"] and (b["type"] == a["type"]) == same_type
                ),
                None,
            )
            if b is not None:
                alignment.pairs.append((a, b))
                _remove(a, left_first)
                _remove(b, left_second)
    alignment.only_first, alignment.only_second = left_first, left_second
    return alignment


def _unused(event: Record, left: list[Record]) -> bool:
    return any(item is event for item in left)


def _remove(event: Record, left: list[Record]) -> None:
    left[:] = [item for item in left if item is not event]


def type_matches(first: list[Record], second: list[Record]) -> int:
    """Count one-to-one matches of the same type with overlapping triggers in one doc."""
    used: list[Record] = []
    matched = 0
    for a in first:
        b = next(
            (
                b
                for b in second
                if b["type"] == a["type"]
                and triggers_overlap(a, b)
                and not any(b is u for u in used)
            ),
            None,
        )
        if b is not None:
            used.append(b)
            matched += 1
    return matched


def f1(matched: int, first_total: int, second_total: int) -> float:
    """F1 of B against A: precision over B's events, recall over A's."""
    precision = matched / second_total if second_total else 0.0
    recall = matched / first_total if first_total else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def cohen_kappa(labels: list[tuple[str, str]]) -> float:
    """Cohen's kappa over (A label, B label) pairs; 1.0 when both always agree."""
    if not labels:
        return 0.0
    n = len(labels)
    observed = sum(a == b for a, b in labels) / n
    first, second = Counter(a for a, _ in labels), Counter(b for _, b in labels)
    expected = sum(first[label] * second[label] for label in first) / (n * n)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def _country(part: Record | None) -> str | None:
    return part.get("country") if part else None


def _date(event: Record) -> tuple[Any, Any]:
    when = event.get("date") or {}
    return when.get("value"), when.get("precision")


CHECKS = {
    "status": lambda event: event["status"],
    "date": _date,
    "source_country": lambda event: _country(event.get("source")),
    "target_country": lambda event: _country(event.get("target")),
    "location_country": lambda event: _country(event.get("location")),
}


def scores(docs: Docs) -> dict[str, Any]:
    """Agreement figures over docs mapped to their (A events, B events)."""
    alignments = [align_doc(first, second) for first, second in docs.values()]
    first_total = sum(len(first) for first, _ in docs.values())
    second_total = sum(len(second) for _, second in docs.values())
    pairs = [pair for alignment in alignments for pair in alignment.pairs]
    scored = len(pairs) or 1
    metrics: dict[str, Any] = {
        "docs": len(docs),
        "events_first": first_total,
        "events_second": second_total,
        "aligned": len(pairs),
        "aligned_by_trigger": sum(alignment.by_trigger for alignment in alignments),
        "event_f1": f1(sum(a.by_trigger for a in alignments), first_total, second_total),
        "event_f1_by_sentence": f1(len(pairs), first_total, second_total),
        "type_f1": f1(
            sum(type_matches(first, second) for first, second in docs.values()),
            first_total,
            second_total,
        ),
        "type_agreement": sum(a["type"] == b["type"] for a, b in pairs) / scored,
    }
    for name, value_of in CHECKS.items():
        metrics[f"{name}_agreement"] = sum(value_of(a) == value_of(b) for a, b in pairs) / scored
    metrics["type_kappa"] = cohen_kappa([(a["type"], b["type"]) for a, b in pairs])
    metrics["status_kappa"] = cohen_kappa([(a["status"], b["status"]) for a, b in pairs])
    return metrics


def disagreements(docs: Docs) -> Counter[str]:
    """Count the kinds of disagreement: type and status pairs, unpaired events, fields."""
    kinds: Counter[str] = Counter()
    for first, second in docs.values():
        alignment = align_doc(first, second)
        kinds.update(f"only A: {event['type']}" for event in alignment.only_first)
        kinds.update(f"only B: {event['type']}" for event in alignment.only_second)
        for a, b in alignment.pairs:
            if a["type"] != b["type"]:
                kinds[f"type {a['type']} -> {b['type']}"] += 1
            if a["status"] != b["status"]:
                kinds[f"status {a['status']} -> {b['status']}"] += 1
            kinds.update(
                _field_difference(name, value_of(a), value_of(b))
                for name, value_of in CHECKS.items()
                if name != "status" and value_of(a) != value_of(b)
            )
    return kinds


def _field_difference(name: str, first: Any, second: Any) -> str:
    """Name how a field differs: left empty by one annotator, or given two values."""
    if first is None:
        return f"{name}: only B gives one"
    if second is None:
        return f"{name}: only A gives one"
    return f"{name}: values differ"


def half_of(doc: str) -> str:
    """The half a doc belongs to: d01-d20 (first round) or d68-d77 (second round)."""
    number = int(doc.lstrip("d"))
    return next(name for name, (low, high) in HALVES.items() if low <= number <= high)


def by_doc(first: list[Record], second: list[Record]) -> Docs:
    """Group both annotations by doc, keeping only the docs B annotated."""
    docs: Docs = {}
    for event in second:
        docs.setdefault(event["doc"], ([], []))[1].append(event)
    for event in first:
        if event["doc"] in docs:
            docs[event["doc"]][0].append(event)
    return docs


def agreement(first: str = "events_id", second: str = "events_id_second") -> dict[str, Any]:
    """Agreement of the second annotation with the first, overall and per half."""
    docs = by_doc(read_gold(first), read_gold(second))
    metrics = scores(docs)
    metrics["halves"] = {
        half: scores({doc: events for doc, events in docs.items() if half_of(doc) == half})
        for half in HALVES
    }
    metrics["disagreements"] = dict(disagreements(docs).most_common(10))
    return {
        "task": "events-agreement",
        "dataset": f"{first} vs {second}",
        "n": metrics["events_second"],
        "metrics": metrics,
    }


if __name__ == "__main__":
    print(json.dumps(agreement(), ensure_ascii=False, indent=2))
