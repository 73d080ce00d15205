"""Score time-expression finding and normalisation on Warta's own gold set (issue #3).

The gold set (`gold/times.jsonl`) holds our own sentences, one expression per line; a
sentence with two expressions appears twice. Metrics per language:
- accuracy: share of gold expressions that a found expression overlaps with exactly the
  gold value, precision and mod;
- precision / recall: of exact spans, over every expression found in the gold sentences.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from warta.analyze.times import find_times
from warta.errors import BadInput
from warta.lang import load

GOLD_PATH = Path(__file__).parent / "gold" / "times.jsonl"


def read_gold(path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """Return the gold expressions of `path` (JSON lines; `#` lines are comments)."""
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if item["text"] not in item["sentence"]:
            raise BadInput(f"{path}:{number}: text {item['text']!r} is not in its sentence")
        items.append(item)
    return items


def run(gold_path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """Return one SPEC eval record per language of the gold set."""
    by_sentence: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for item in read_gold(gold_path):
        by_sentence[(item["lang"], item["published"], item["sentence"])].append(item)

    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (code, published, sentence), items in by_sentence.items():
        found = find_times(sentence, lang=load(code), published=datetime.fromisoformat(published))
        tally = counts[code]
        gold_spans = set()
        for item in items:
            start = sentence.index(item["text"])
            end = start + len(item["text"])
            gold_spans.add((start, end))
            tally["gold"] += 1
            tally["correct"] += any(
                found_expr.start < end
                and start < found_expr.end
                and (found_expr.value, found_expr.precision, found_expr.mod)
                == (item["value"], item["precision"], item["mod"])
                for found_expr in found
            )
        found_spans = {(found_expr.start, found_expr.end) for found_expr in found}
        tally["found"] += len(found_spans)
        tally["span_hits"] += len(found_spans & gold_spans)

    return [
        {
            "task": "time",
            "dataset": f"warta-times-{code}",
            "n": tally["gold"],
            "metrics": {
                "accuracy": _ratio(tally["correct"], tally["gold"]),
                "precision": _ratio(tally["span_hits"], tally["found"]),
                "recall": _ratio(tally["span_hits"], tally["gold"]),
            },
        }
        for code, tally in sorted(counts.items())
    ]


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
