"""Main-text extraction benchmark: Warta's extraction beside plain trafilatura, one run.

Data: `extraction/scrapinghub` (html/*.html.gz and ground-truth.json with `articleBody`).
Scoring follows the benchmark's idea: texts become lowercased word tokens, compared as
multisets of token 4-grams (shingles), so order matters locally but not globally; true
and false positives are summed over all pages (micro average). A page with no output
scores zero recall.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from warta.config import Settings
from warta.errors import BadInput, ConfigError
from warta.extract import ExtractOptions, extract
from warta.records import RawDocument
from warta.sources.decode import decode

_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the multiset of lowercased word 4-grams of `text` (words alone if shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < _SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1))


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Return micro precision, recall and F1 over (predicted, gold) text pairs."""
    tp = fp = fn = 0
    for predicted, gold in pairs:
        pred, true = shingles(predicted), shingles(gold)
        overlap = sum((pred & true).values())
        tp += overlap
        fp += sum(pred.values()) - overlap
        fn += sum(true.values()) - overlap
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def run(
    data: Path,
    *,
    settings: Settings,
    limit: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> list[dict[str, Any]]:
    """Score both extractors on the benchmark; return one result per system."""
    folder = data / "extraction" / "scrapinghub"
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise ConfigError(f"{truth_path}: not found; is {data} the gold data folder?")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    options = ExtractOptions(languages=settings.languages, min_text_chars=1)
    warta_pairs, plain_pairs = [], []
    for done, page_id in enumerate(ids, start=1):
        gold = truth[page_id].get("articleBody") or ""
        source = str(folder / "html" / f"{page_id}.html.gz")
        html = decode(gzip.decompress(Path(source).read_bytes()), source=source)
        url = truth[page_id].get("url")
        plain_pairs.append((trafilatura.extract(html, url=url) or "", gold))
        try:
            article = extract(RawDocument(source=source, url=url, html=html), options=options)
            warta_pairs.append((article.text, gold))
        except BadInput:
            warta_pairs.append(("", gold))
        if progress:
            progress(done, len(ids))
    return [
        {
            "task": "extract",
            "dataset": "scrapinghub",
            "n": len(ids),
            "metrics": {"system": "warta", **score(warta_pairs)},
        },
        {
            "task": "extract",
            "dataset": "scrapinghub",
            "n": len(ids),
            "metrics": {"system": "trafilatura", **score(plain_pairs)},
        },
    ]
