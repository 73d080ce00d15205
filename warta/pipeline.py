"""The only module that knows the stage order: sources -> extract -> (analyze) -> store."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import BinaryIO

from warta import lang as lang_data
from warta.analyze import analyze
from warta.config import Settings
from warta.errors import BadInput
from warta.extract import ExtractOptions, extract
from warta.records import Article, Doc, RawDocument
from warta.sources import Fetcher, Item, Link, iter_inputs, resolve_link
from warta.store import Store

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
) -> IngestSummary:
    """Read, extract and store every input; bad inputs are reported and skipped."""
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
        if progress:
            progress(done, None)
    return summary


def analyze_article(article: Article, *, settings: Settings) -> Doc | None:
    """Return the language analysis of an article, or None when its language has no data."""
    if article.lang not in settings.languages or article.lang not in lang_data.available():
        return None
    return analyze(article, lang=lang_data.load(article.lang))


def analyze_input(
    source: str, *, settings: Settings, stdin: BinaryIO | None = None
) -> list[dict[str, object]]:
    """Run every stage on one input without storing; return one result dict per document."""
    results: list[dict[str, object]] = []
    for item in iter_articles([source], settings=settings, stdin=stdin):
        if isinstance(item, BadInput):
            results.append({"error": str(item)})
        elif isinstance(item, Article):
            doc = analyze_article(item, settings=settings)
            results.append({"article": item.to_dict(), "doc": doc.to_dict() if doc else None})
    return results
