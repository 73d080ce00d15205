"""The only module that knows the stage order: sources -> extract -> (analyze) -> store."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import BinaryIO

from warta import lang as lang_data
from warta.actors.places import load_places
from warta.actors.registry import load_registry
from warta.actors.resolve import ResolveOptions, resolve
from warta.analyze import analyze
from warta.config import Settings
from warta.errors import BadInput
from warta.events import coding_options
from warta.events.code import code_events
from warta.extract import ExtractOptions, extract
from warta.records import Actor, Article, Doc, Event, Place, RawDocument
from warta.sources import Fetcher, Item, Link, iter_inputs, resolve_link
from warta.store import ArticleFilters, Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]
ErrorSink = Callable[[str], None]


@dataclass
class IngestSummary:
    """What an ingest run did, item by item."""

    ingested: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    article_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        """Return the one-line summary every run ends with."""
        return (
            f"ingested {self.ingested}, updated {self.updated}, "
            f"unchanged {self.unchanged}, failed {self.failed}"
        )


def extract_options(settings: Settings) -> ExtractOptions:
    """Return the extraction options the settings ask for."""
    return ExtractOptions(languages=settings.languages, min_text_chars=settings.min_text_chars)


def iter_articles(
    inputs: Sequence[str],
    *,
    settings: Settings,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    skip_url: Callable[[str], bool] = lambda url: False,
) -> Iterator[Article | BadInput | Link]:
    """Yield an Article or a BadInput per input document; a skipped Link is yielded as is.

    Links (URLs, feed entries) for which `skip_url` is true are not fetched: feeds list
    pages already stored, and re-fetching them is the impoliteness robots.txt is about.
    """
    options = extract_options(settings)
    pending: list[Iterable[Item]] = [iter_inputs(inputs, settings=settings, stdin=stdin)]
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    try:
        while pending:
            item = next(iter(pending[-1]), None)
            if item is None:
                pending.pop()
                continue
            if isinstance(item, Link):
                if skip_url(item.url):
                    yield item
                    continue
                try:
                    pending.append(iter(resolve_link(item, fetcher=fetcher, settings=settings)))
                except BadInput as exc:
                    yield exc
                continue
            yield item if isinstance(item, BadInput) else _extract_safely(item, options)
    finally:
        if own_fetcher:
            fetcher.close()


def _extract_safely(raw: RawDocument, options: ExtractOptions) -> Article | BadInput:
    try:
        return extract(raw, options=options)
    except BadInput as exc:
        return exc
    except Exception as exc:  # hostile input must not end the batch (SPEC section 6)
        log.debug("extraction of %s failed", raw.source, exc_info=True)
        return BadInput(f"{raw.source}: cannot extract ({exc.__class__.__name__}: {exc})")


def ingest(
    inputs: Sequence[str],
    *,
    store: Store,
    settings: Settings,
    stdin: BinaryIO | None = None,
    fetcher: Fetcher | None = None,
    progress: Progress | None = None,
    on_error: ErrorSink | None = None,
    now: Callable[[], str] = lambda: datetime.now(UTC).isoformat(timespec="seconds"),
    reanalyze: bool = False,
) -> IngestSummary:
    """Read, extract, analyse and store every input; bad inputs are reported and skipped.

    A new or changed article is analysed and its events replace the old ones; with
    `reanalyze`, unchanged articles are analysed again too (after a model update).
    """
    summary = IngestSummary()
    stream = iter_articles(
        inputs, settings=settings, stdin=stdin, fetcher=fetcher, skip_url=store.has_url
    )
    for done, item in enumerate(stream, start=1):
        if isinstance(item, Link):
            summary.unchanged += 1
        elif isinstance(item, BadInput):
            summary.failed += 1
            if on_error:
                on_error(str(item))
        else:
            result = store.save_article(item, now=now())
            setattr(summary, result, getattr(summary, result) + 1)
            summary.article_ids.append(item.id)
            if result != "unchanged" or reanalyze:
                _store_analysis(item, store=store, settings=settings, on_error=on_error)
        if progress:
            progress(done, None)
    return summary


@dataclass(frozen=True)
class Coded:
    """Everything the stages after extraction find in one article."""

    doc: Doc
    actors: tuple[Actor, ...]
    places: tuple[Place, ...]
    events: tuple[Event, ...]

    def mentions(self) -> list[dict[str, object]]:
        """Entity, actor and place mentions as the store keeps them."""
        return [
            *({**e.to_dict(), "kind": "entity"} for e in self.doc.entities),
            *({**a.to_dict(), "kind": "actor", "actor_kind": a.kind} for a in self.actors),
            *({**p.to_dict(), "kind": "place", "place_kind": p.kind} for p in self.places),
        ]

    def to_dict(self) -> dict[str, object]:
        return {
            "doc": self.doc.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
        }


def analyze_article(article: Article, *, settings: Settings) -> Doc | None:
    """Return the language analysis of an article, or None when its language has no data."""
    if article.lang not in settings.languages or article.lang not in lang_data.available():
        return None
    return analyze(article, lang=lang_data.load(article.lang))


def code_article(article: Article, *, settings: Settings) -> Coded | None:
    """Analyse an article, resolve its actors and places, code its events."""
    doc = analyze_article(article, settings=settings)
    if doc is None:
        return None
    lang = lang_data.load(doc.lang)
    actors, places = resolve(doc, lang=lang, options=resolve_options(article))
    events = code_events(article, doc, actors, places, options=coding_options(lang))
    return Coded(doc=doc, actors=actors, places=places, events=events)


def resolve_options(article: Article) -> ResolveOptions:
    """What actor resolution needs for one article: registry, places, its date and home."""
    places_index = load_places()
    home = places_index.resolve(article.dateline, 0, 0) if article.dateline else None
    return ResolveOptions(
        registry=load_registry(),
        places=places_index,
        published=_published_day(article.published),
        home_country=home.country if home else None,
    )


def _published_day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _store_analysis(
    article: Article, *, store: Store, settings: Settings, on_error: ErrorSink | None
) -> None:
    try:
        coded = code_article(article, settings=settings)
    except Exception as exc:  # one article's analysis failing must not end the batch
        log.debug("analysis of %s failed", article.id, exc_info=True)
        if on_error:
            on_error(
                f"{article.source or article.id}: analysis failed ({exc.__class__.__name__}: {exc})"
            )
        return
    if coded is not None:
        store.save_analysis(
            article.id, mentions=coded.mentions(), events=[e.to_dict() for e in coded.events]
        )


def reanalyze_all(
    *,
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    on_error: ErrorSink | None = None,
) -> int:
    """Analyse every stored article again; return how many."""
    total = store.count_articles()
    count = 0
    for count, article in enumerate(store.iter_articles(ArticleFilters(limit=None)), start=1):
        _store_analysis(article, store=store, settings=settings, on_error=on_error)
        if progress:
            progress(count, total)
    return count


def analyze_input(
    source: str, *, settings: Settings, stdin: BinaryIO | None = None
) -> list[dict[str, object]]:
    """Run every stage on one input without storing; return one result dict per document."""
    results: list[dict[str, object]] = []
    for item in iter_articles([source], settings=settings, stdin=stdin):
        if isinstance(item, BadInput):
            results.append({"error": str(item)})
        elif isinstance(item, Article):
            coded = code_article(item, settings=settings)
            results.append({"article": item.to_dict(), **(coded.to_dict() if coded else {})})
    return results
