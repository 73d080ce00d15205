"""Event coding against gold data: PLOVER gold records, CASE 2021 task 2, Warta's Indonesian set.

For the English sets each gold sentence gets ONE predicted type: the first event coded
from a verb, else the first event at all, else none (a miss). PLOVER's old type names are
mapped (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT, INVESTIGATE -> ACCUSE);
CASE 2021 ACLED subtypes through `warta/events/data/case2021_map.tsv` (labels with no
PLOVER type are left out). "any" says how often the gold type is among all coded events.

For the Indonesian set, a gold event is found when a coded event in the same sentence has
its type and covers the gold trigger; type precision, recall and F1 are over all coded
events of the gold articles; source, target, status, date and place are scored on the
found events.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.eval.actors import coded
from warta.events.lexicon import load_case_map
from warta.records import Event

OLD_TYPES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
Progress = Callable[[int, int | None], None]


def read_plover(data: Path) -> list[dict[str, Any]]:
    """Read PLOVER_GSR_CAMEO.json leniently (it has trailing commas); drop DOCUMENT records."""
    path = data / "events-en" / "plover" / "PLOVER_GSR_CAMEO.json"
    text = re.sub(r",\s*([\]}])", r"\1", path.read_text(encoding="utf-8"))
    return [r for r in json.loads(text) if r.get("event") not in {None, "DOCUMENT"}]


def main_event(events: tuple[Event, ...]) -> Event | None:
    """The event a one-sentence report is about: the first coded from a verb, else the first."""
    if not events:
        return None
    ordered = sorted(events, key=lambda e: e.span[0])
    verbal = [e for e in ordered if e.confidence >= 0.6 or e.target is not None]
    return (verbal or ordered)[0]


def _type_scores(pairs: list[tuple[str, str]], hits_any: int) -> dict[str, Any]:
    """Accuracy and macro-F1 over (gold, predicted) type pairs."""
    labels = sorted({g for g, _ in pairs})
    f1s = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(pairs)
    return {
        "type_accuracy": sum(g == p for g, p in pairs) / n if n else 0.0,
        "type_macro_f1": sum(f1s.values()) / len(f1s) if f1s else 0.0,
        "type_any": hits_any / n if n else 0.0,
        "coded": sum(p != "NONE" for _, p in pairs) / n if n else 0.0,
        "per_type_f1": {k: round(v, 4) for k, v in f1s.items()},
    }


def run_plover(data: Path, progress: Progress | None = None) -> dict[str, Any]:
    records = read_plover(data)
    pairs, hits_any, full = [], 0, 0
    for number, record in enumerate(records, start=1):
        gold = OLD_TYPES.get(record["event"], record["event"])
        result = coded(record["text"], lang="en", published=record.get("date"))
        events = result.events if result else ()
        event = main_event(events)
        predicted = event.type if event else "NONE"
        pairs.append((gold, predicted))
        hits_any += any(e.type == gold for e in events)
        if event is not None and predicted == gold:
            full += _countries_match(event.source, record.get("source")) and _countries_match(
                event.target, record.get("target")
            )
        if progress:
            progress(number, len(records))
    metrics = _type_scores(pairs, hits_any)
    metrics["type_source_target_accuracy"] = full / len(records)
    return {"task": "events", "dataset": "plover-gold", "n": len(records), "metrics": metrics}


def _countries_match(party: dict[str, Any] | None, gold: list[dict[str, Any]] | None) -> bool:
    """A gold side with no actors accepts anything; otherwise the country codes must meet."""
    codes = {str(g.get("code") or "")[:3] for g in gold or [] if g.get("code")}
    if not codes:
        return True
    return party is not None and (party.get("country") or "") in codes


def run_case(data: Path, progress: Progress | None = None) -> dict[str, Any]:
    path = data / "events-en" / "case2021" / "task2_test_with_labels.tsv"
    mapping = load_case_map()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 3 and cells[2] in mapping and mapping[cells[2]].type:
            rows.append((cells[1], mapping[cells[2]].type))
    pairs, hits_any = [], 0
    for number, (text, gold) in enumerate(rows, start=1):
        result = coded(text, lang="en", published=None)
        events = result.events if result else ()
        event = main_event(events)
        pairs.append((gold, event.type if event else "NONE"))
        hits_any += any(e.type == gold for e in events)
        if progress:
            progress(number, len(rows))
    return {
        "task": "events",
        "dataset": "case2021-task2",
        "n": len(rows),
        "metrics": _type_scores(pairs, hits_any),
    }


def run_indonesian(progress: Progress | None = None) -> dict[str, Any]:
    from warta.eval.gold import read_gold

    gold = read_gold("events_id")
    docs: dict[str, list[dict[str, Any]]] = {}
    for item in gold:
        docs.setdefault(item["doc"], []).append(item)
    found: list[tuple[dict[str, Any], Event]] = []
    predicted_total = correct_predictions = 0
    for number, items in enumerate(docs.values(), start=1):
        text = items[0]["text"]
        result = coded(text, lang="id", published=items[0]["published"])
        events = list(result.events) if result else []
        predicted_total += len(events)
        used: set[str] = set()
        for item in items:
            match = _match(item, text, events, used)
            if match is not None:
                used.add(match.event_id)
                found.append((item, match))
        correct_predictions += len(used)
        if progress:
            progress(number, len(docs))
    n = len(gold)
    recall = len(found) / n
    precision = correct_predictions / predicted_total if predicted_total else 0.0
    scored = len(found) or 1
    metrics = {
        "type_precision": precision,
        "type_recall": recall,
        "type_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "source_country_accuracy": sum(_same_country(e.source, g.get("source")) for g, e in found)
        / scored,
        "target_country_accuracy": sum(_same_country(e.target, g.get("target")) for g, e in found)
        / scored,
        "status_accuracy": sum(e.status == g["status"] for g, e in found) / scored,
        "date_exact": sum(_same_date(e, g) for g, e in found) / scored,
        "place_accuracy": sum(_same_place(e, g) for g, e in found) / scored,
        "status_confusion": dict(
            Counter(
                f"{g['status']}->{e.status}" for g, e in found if e.status != g["status"]
            ).most_common(8)
        ),
    }
    return {"task": "events", "dataset": "warta-events-id", "n": n, "metrics": metrics}


def _match(item: dict[str, Any], text: str, events: list[Event], used: set[str]) -> Event | None:
    sentence_start = text.find(item["sentence"])
    trigger_at = text.find(item["trigger"], sentence_start) if sentence_start >= 0 else -1
    candidates = [
        e
        for e in events
        if e.event_id not in used
        and e.type == item["type"]
        and (e.sentence.strip() in item["sentence"] or item["sentence"] in e.sentence)
    ]
    if trigger_at >= 0:
        covering = [e for e in candidates if e.span[0] <= trigger_at < e.span[1] + 1]
        if covering:
            return covering[0]
    return candidates[0] if candidates else None


def _same_country(party: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if gold is None:
        return party is None
    return party is not None and party.get("country") == gold.get("country")


def _same_date(event: Event, gold: dict[str, Any]) -> bool:
    want = gold.get("date") or {}
    return event.date.get("value") == want.get("value") and event.date.get("precision") == want.get(
        "precision"
    )


def _same_place(event: Event, gold: dict[str, Any]) -> bool:
    want = gold.get("location")
    if want is None:
        return event.location is None
    return event.location is not None and event.location.get("country") == want.get("country")


def run(data: Path | None, progress: Progress | None = None) -> list[dict[str, Any]]:
    """Every event evaluation: the gold-data ones when `data` is given, then Warta's own."""
    results = []
    if data is not None:
        results += [run_plover(data, progress), run_case(data, progress)]
    results.append(run_indonesian(progress))
    return results
