"""Entity-level exact-match precision, recall and F1 over BIO tag sequences (conlleval style)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

Span = tuple[int, int, str]


def entity_spans(tags: Sequence[str]) -> set[Span]:
    """Return (start, end, label) of each entity; an I- tag that cannot continue one opens one.

    This is conlleval's reading: "O I-PER" is one PER entity, "B-PER I-LOC" two entities.
    """
    spans: set[Span] = set()
    start, label = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if label and not continues:
            spans.add((start, index, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = index, kind
    return spans


def _prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Any]:
    """Return overall and per-type P/R/F1 of predicted tag sequences against gold ones.

    Scores also carry `n` (gold entities); per-type figures add `n` too.
    """
    correct: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    predicted_count: Counter[str] = Counter()
    for gold_tags, predicted_tags in zip(gold, predicted, strict=True):
        gold_spans = entity_spans(gold_tags)
        predicted_spans = entity_spans(predicted_tags)
        for _, _, label in gold_spans:
            gold_count[label] += 1
        for _, _, label in predicted_spans:
            predicted_count[label] += 1
        for _, _, label in gold_spans & predicted_spans:
            correct[label] += 1
    metrics: dict[str, Any] = _prf(
        sum(correct.values()), sum(predicted_count.values()), sum(gold_count.values())
    )
    metrics["n"] = sum(gold_count.values())
    metrics["per_type"] = {
        label: {
            **_prf(correct[label], predicted_count[label], gold_count[label]),
            "n": gold_count[label],
        }
        for label in sorted(gold_count | predicted_count)
    }
    return metrics


def average(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Return the mean of several `score` results (the IndoLEM fold average), per type too."""
    keys = ("precision", "recall", "f1")
    mean: dict[str, Any] = {
        key: round(sum(result[key] for result in results) / len(results), 4) for key in keys
    }
    mean["n"] = sum(result["n"] for result in results)
    labels = sorted({label for result in results for label in result["per_type"]})
    mean["per_type"] = {}
    for label in labels:
        found = [result["per_type"].get(label, {key: 0.0 for key in keys}) for result in results]
        mean["per_type"][label] = {
            key: round(sum(item[key] for item in found) / len(found), 4) for key in keys
        }
    return mean
