"""Extraction: RawDocument -> Article (clean text, metadata, language).

trafilatura finds the main text and the page metadata; Warta adds what news pages need on
top: furniture blocks and caption removal before trafilatura (`page`), dateline, byline and
"Baca Juga" cleanup after it (`text`), the publication date with its time zone
(`published`) and language identification (`langid`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from warta.errors import BadInput
from warta.extract.langid import identify
from warta.extract.markers import load_markers
from warta.extract.page import clean_page, parse_html
from warta.extract.published import ImpossibleDate, normalise, published_from_page
from warta.extract.text import Byline, Cleaned, clean_paragraphs, split_names
from warta.records import Article, RawDocument, stable_id

log = logging.getLogger(__name__)

_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


@dataclass(frozen=True)
class ExtractOptions:
    """What extraction needs besides the document."""

    languages: tuple[str, ...] = ("id", "en")
    min_text_chars: int = 80


@dataclass(frozen=True)
class _Page:
    """What an HTML page or a text file yields before it becomes an Article."""

    paragraphs: list[str]
    title: str | None
    url: str | None
    site_name: str | None
    published: str | None
    authors: list[str]
    tags: list[str]
    byline: Byline
    html_lang: str | None


def extract(raw: RawDocument, *, options: ExtractOptions) -> Article:
    """Return the Article in `raw`, or raise BadInput naming the source and the reason.

    Reads every RawDocument field; the Article's `ingested_at` is left to the store.
    """
    page = _from_html(raw, options) if raw.html is not None else _from_text(raw, options)
    markers = load_markers(options.languages)
    site_names = [n for n in (raw.outlet, page.site_name, _host(page.url)) if n]
    cleaned = clean_paragraphs(
        page.paragraphs, markers=markers, title=page.title, site_names=site_names
    )
    text = "\n\n".join(p for p in cleaned.paragraphs if p.strip())
    if len(text) < options.min_text_chars:
        raise BadInput(
            f"{raw.source}: no article text found ({len(text)} characters after cleanup)"
        )
    return _article(raw, page, cleaned, text, options)


def _article(
    raw: RawDocument, page: _Page, cleaned: Cleaned, text: str, options: ExtractOptions
) -> Article:
    dateline = cleaned.dateline
    url = raw.url or page.url
    canonical = page.url or raw.url
    title = raw.title or page.title
    lang = raw.lang if raw.lang in options.languages else None
    lang = lang or identify(f"{title or ''}\n{text}", languages=options.languages)
    outlet = raw.outlet or page.site_name or (dateline.outlet if dateline else None)
    authors = list(raw.authors) or page.byline.authors + cleaned.byline.authors or page.authors
    tags = page.tags or page.byline.tags + cleaned.byline.tags
    return Article(
        id=stable_id(canonical) if canonical else stable_id("text", text),
        url=url,
        canonical_url=canonical,
        outlet=outlet or _host(url),
        title=title,
        published=_published(raw, page),
        authors=tuple(dict.fromkeys(a for a in authors if any(ch.isalpha() for ch in a))),
        editor=page.byline.editor or cleaned.byline.editor,
        dateline=dateline.place if dateline else None,
        lang=lang or page.html_lang,
        text=text,
        tags=tuple(dict.fromkeys(t for t in tags if t)),
        content_hash=hashlib.sha256(f"{title}\n{text}".encode()).hexdigest(),
        source=raw.source,
    )


def _from_html(raw: RawDocument, options: ExtractOptions) -> _Page:
    tree = parse_html(raw.html or "", source=raw.source)
    markers = load_markers(options.languages)
    page_text = " ".join(tree.text_content().split())
    published, warnings = published_from_page(tree, page_text=page_text, offsets=markers.offsets)
    for warning in warnings:
        log.warning("%s: %s", raw.source, warning)
    html_lang = (tree.get("lang") or "").split("-")[0].lower() or None
    byline = clean_page(tree, markers=markers)
    result = trafilatura.bare_extraction(
        tree,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    if result is None:
        raise BadInput(f"{raw.source}: no article text found in the page")
    meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    paragraphs = (meta.get("text") or "").split("\n")
    return _Page(
        paragraphs=paragraphs,
        title=_clean_title(meta.get("title"), meta.get("sitename")),
        url=meta.get("url") or raw.url,
        site_name=meta.get("sitename"),
        # After an impossible metadata date, trafilatura's own guess derives from it.
        published=published or (None if warnings else meta.get("date")),
        authors=[a.strip() for a in (meta.get("author") or "").split(";") if a.strip()],
        tags=[t for tag in meta.get("tags") or [] for t in split_names(tag)],
        byline=byline,
        html_lang=html_lang if html_lang in options.languages else None,
    )


def _from_text(raw: RawDocument, options: ExtractOptions) -> _Page:
    """Read plain text: paragraphs split on blank lines; a short first line is the title."""
    text = (raw.text or "").replace("\r\n", "\n")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    markers = load_markers(options.languages)
    # One block per line where a line is furniture ("Editor: ..." above "TAG :"), or where
    # the text has no blank lines at all.
    blocks = [
        part
        for block in blocks
        for part in (
            block.split("\n")
            if len(blocks) == 1 or any(markers.match(line) for line in block.split("\n"))
            else [block]
        )
        if part.strip()
    ]
    title = raw.title
    if title is None and len(blocks) > 1 and _looks_like_headline(blocks[0]):
        title = blocks.pop(0)
    return _Page(
        paragraphs=blocks,
        title=title,
        url=raw.url,
        site_name=None,
        published=None,
        authors=[],
        tags=[],
        byline=Byline(),
        html_lang=None,
    )


def _published(raw: RawDocument, page: _Page) -> str | None:
    """Return the hint's date when valid, else the page's; warn about impossible ones."""
    for value in (raw.published, page.published):
        if not value:
            continue
        try:
            return normalise(value)
        except ImpossibleDate as exc:
            log.warning("%s: %s; stored without it", raw.source, exc)
        except ValueError:
            log.warning("%s: unreadable publication date %r; stored without it", raw.source, value)
    return None


def _looks_like_headline(block: str) -> bool:
    return len(block) <= 200 and "\n" not in block and not block.rstrip().endswith((".", ":"))


def _clean_title(title: str | None, site_name: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    if site_name and title.lower().endswith(site_name.lower()):
        stripped = _TITLE_SUFFIX.sub("", title)
        return stripped or title
    return title


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


__all__ = ["ExtractOptions", "extract"]
