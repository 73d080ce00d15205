"""Throughput benchmark: articles/s per stage over one corpus, in one run."""

from __future__ import annotations

import dataclasses
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

import trafilatura

from warta.config import Settings
from warta.errors import BadInput, ConfigError
from warta.extract import extract
from warta.pipeline import extract_options
from warta.records import RawDocument, stable_id
from warta.sources import iter_inputs
from warta.store.sqlite import SQLiteStore


def sample_corpus() -> Path:
    """Return the folder of the bundled sample corpus."""
    return Path(str(resources.files("warta") / "sample"))


def run(*, corpus: Path | None = None, target: int = 500) -> list[dict[str, Any]]:
    """Time each stage over `corpus` repeated to at least `target` documents."""
    settings = Settings()
    folder = corpus or sample_corpus()
    started = time.perf_counter()
    docs = [d for d in iter_inputs([str(folder)], settings=settings) if isinstance(d, RawDocument)]
    read_seconds = time.perf_counter() - started
    if not docs:
        raise ConfigError(f"{folder}: no documents to benchmark")
    repeats = -(-target // len(docs))
    raws = docs * repeats
    rows = [_row("read", len(docs), read_seconds, "files -> RawDocument")]

    started = time.perf_counter()
    for raw in raws:
        if raw.html is not None:
            trafilatura.extract(raw.html, url=raw.url)
    baseline = time.perf_counter() - started
    rows.append(_row("trafilatura only", len(raws), baseline, "baseline: plain extract()"))

    options = extract_options(settings)
    articles = []
    started = time.perf_counter()
    for raw in raws:
        try:
            articles.append(extract(raw, options=options))
        except BadInput:
            continue
    extract_seconds = time.perf_counter() - started
    ratio = extract_seconds / baseline if baseline else 0.0
    rows.append(_row("extract", len(raws), extract_seconds, f"{ratio:.2f}x trafilatura's time"))

    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "bench.db")
        started = time.perf_counter()
        for number, article in enumerate(articles):
            copy = dataclasses.replace(article, id=stable_id(article.id, str(number)))
            store.save_article(copy, now="2000-01-01T00:00:00+00:00")
        store_seconds = time.perf_counter() - started
        store.close()
    rows.append(_row("store", len(articles), store_seconds, "SQLite, one transaction each"))
    total = extract_seconds + store_seconds + read_seconds * repeats
    rows.append(_row("overall", len(raws), total, f"{len(docs)} documents x {repeats}"))
    return rows


def _row(stage: str, count: int, seconds: float, note: str) -> dict[str, Any]:
    return {
        "stage": stage,
        "articles": count,
        "seconds": round(seconds, 3),
        "articles_per_s": round(count / seconds, 1) if seconds else None,
        "note": note,
    }
