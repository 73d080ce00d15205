"""Throughput benchmark: articles/s per stage over one corpus, in one run."""

from __future__ import annotations

import dataclasses
import tempfile
import time
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import trafilatura

from warta import lang as lang_data
from warta.actors.resolve import resolve
from warta.analyze.morphology import analyse
from warta.analyze.ner import recognize
from warta.analyze.pos import tag_pos
from warta.analyze.times import find_times
from warta.analyze.tokenize import segment
from warta.config import Settings
from warta.errors import BadInput, ConfigError
from warta.events import coding_options
from warta.events.code import code_events
from warta.extract import extract
from warta.pipeline import analyze_article, extract_options, resolve_options
from warta.records import Article, RawDocument, stable_id
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
    unique = list({article.id: article for article in articles}.values())
    rows.extend(analysis_rows(unique, settings=settings))
    return rows


def analysis_rows(articles: list[Article], *, settings: Settings) -> list[dict[str, Any]]:
    """Time each analysis stage once over distinct articles (cold word caches) in tokens/s."""
    seconds: dict[str, float] = dict.fromkeys(_ANALYSIS_STAGES, 0.0)
    tokens = 0
    analysed = [a for a in articles if a.lang in settings.languages]
    for code in {a.lang for a in analysed}:
        _load_models(lang_data.load(code or ""))
    for article in analysed:
        lang = lang_data.load(article.lang or "")
        clock = time.perf_counter()
        sentences, raw_tokens = segment(article.text, lang=lang)
        seconds["tokenize"] += time.perf_counter() - clock
        tokens += len(raw_tokens)
        by_sentence: list[list[str]] = [[] for _ in sentences]
        for token in raw_tokens:
            by_sentence[token.sent].append(token.text)
        for words in by_sentence:
            clock = time.perf_counter()
            tags = tag_pos(words, lang=lang)
            seconds["pos"] += time.perf_counter() - clock
            clock = time.perf_counter()
            for word, tag in zip(words, tags, strict=True):
                analyse(word, lang=lang, pos=tag)
            seconds["lemma"] += time.perf_counter() - clock
            clock = time.perf_counter()
            recognize(words, lang=lang)
            seconds["ner"] += time.perf_counter() - clock
        clock = time.perf_counter()
        find_times(article.text, lang=lang, published=None)
        seconds["times"] += time.perf_counter() - clock
    seconds["analysis (all)"] = sum(seconds.values())
    rows = [
        {
            "stage": f"analyze: {stage}",
            "articles": len(analysed),
            "seconds": round(spent, 3),
            "articles_per_s": round(len(analysed) / spent, 1) if spent else None,
            "note": f"{tokens / spent:,.0f} tokens/s" if spent else "",
        }
        for stage, spent in seconds.items()
    ]
    rows.extend(_downstream_rows(analysed, settings=settings))
    return rows


def _downstream_rows(articles: list[Article], *, settings: Settings) -> list[dict[str, Any]]:
    """Time actor resolution and event coding over the analysed articles, as a share of
    analysis time (issue #4 allows +25%, issue #5 +50%)."""
    spent = {"analyze": 0.0, "resolve": 0.0, "events": 0.0}
    count = 0
    warmed: set[str] = set()
    for article in articles:
        if article.lang and article.lang not in warmed:
            warmed.add(article.lang)  # load the registry, places and lexicon outside the clock
            doc = analyze_article(article, settings=settings)
            if doc is not None:
                lang = lang_data.load(doc.lang)
                found = resolve(doc, lang=lang, options=resolve_options(article))
                code_events(article, doc, *found, options=coding_options(lang))
    for article in articles:
        clock = time.perf_counter()
        doc = analyze_article(article, settings=settings)
        spent["analyze"] += time.perf_counter() - clock
        if doc is None:
            continue
        count += 1
        lang = lang_data.load(doc.lang)
        clock = time.perf_counter()
        actors, places = resolve(doc, lang=lang, options=resolve_options(article))
        spent["resolve"] += time.perf_counter() - clock
        clock = time.perf_counter()
        code_events(article, doc, actors, places, options=coding_options(lang))
        spent["events"] += time.perf_counter() - clock
    whole = spent.pop("analyze")
    rows = [_row("analyze (whole Doc)", count, whole, "tokens, lemmas, POS, NER, times together")]
    return rows + [
        _row(stage, count, seconds, f"+{seconds / whole:.1%} on analysis" if whole else "")
        for stage, seconds in spent.items()
    ]


_ANALYSIS_STAGES = ("tokenize", "pos", "lemma", "ner", "times")


def _load_models(lang: lang_data.LangData) -> None:
    """Load a language's models and word lists once, so stage times leave out start-up."""
    words = ["Xq"]
    tag_pos(words, lang=lang)
    recognize(words, lang=lang)
    find_times("1 Januari 2000", lang=lang, published=None)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _row(stage: str, count: int, seconds: float, note: str) -> dict[str, Any]:
    return {
        "stage": stage,
        "articles": count,
        "seconds": round(seconds, 3),
        "articles_per_s": round(count / seconds, 1) if seconds else None,
        "note": note,
    }
