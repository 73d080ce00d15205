"""Sources: paths, folders, JSON Lines, WARC, feeds, URLs and stdin -> RawDocument.

`iter_inputs` yields, for each input, RawDocuments ready to extract, Links still to fetch
(URLs and feed entries; the pipeline decides whether to fetch them) and BadInput errors,
so one bad input never stops a batch.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from warta.config import Settings
from warta.errors import BadInput
from warta.records import RawDocument
from warta.sources.decode import decode, gunzip_capped, is_gzip, read_capped
from warta.sources.feeds import looks_like_feed, parse_feed
from warta.sources.fetch import Fetcher
from warta.sources.link import Link
from warta.sources.warc import iter_warc

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = {".warc"}
# In folders only these are read, so notes and manifests beside a corpus are skipped.
KNOWN_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES


Item = RawDocument | Link | BadInput


def iter_inputs(
    inputs: Sequence[str], *, settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Yield the documents, links and errors of every input, in order."""
    for name in inputs:
        if name == "-":
            yield from _guarded("<stdin>", lambda: _read_stream(stdin, settings))
        elif name.startswith(("http://", "https://")):
            yield Link(url=name, source=name)
        else:
            path = Path(name)
            if path.is_dir():
                for file in _walk(path):
                    yield from _guarded(str(file), lambda f=file: _read_file(f, settings))
            elif path.is_file():
                yield from _guarded(name, lambda p=path: _read_file(p, settings))
            else:
                yield BadInput(f"{name}: no such file, folder or URL")


def resolve_link(link: Link, *, fetcher: Fetcher, settings: Settings) -> list[Item]:
    """Fetch a link: a page becomes a RawDocument, a feed becomes the Links of its entries."""
    response = fetcher.fetch(link.url)
    if looks_like_feed(response.body, response.content_type):
        return list(parse_feed(response.body, source=link.url))
    html = decode(response.body, source=link.url, declared=response.charset)
    return [
        RawDocument(
            source=link.source,
            url=response.url,
            html=html,
            title=link.title,
            published=link.published,
        )
    ]


def _guarded(source: str, read: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """Run a reader, turning a BadInput (or an OS error) it raises into a yielded error."""
    try:
        yield from read()
    except BadInput as exc:
        yield exc
    except OSError as exc:
        yield BadInput(f"{source}: cannot read ({exc.strerror or exc})")


def _walk(folder: Path) -> list[Path]:
    """Return the readable files under `folder`, feeds last so their pages come first."""
    files = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and _suffix(p) in KNOWN_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(files, key=lambda p: (_suffix(p) in FEED_SUFFIXES, str(p)))


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if len(suffixes) >= 2 and suffixes[-1] == ".gz":
        return suffixes[-2]
    return suffixes[-1] if suffixes else ""


def _read_file(path: Path, settings: Settings) -> Iterator[Item]:
    source = str(path)
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        yield from iter_warc(path, settings=settings)
        return
    with path.open("rb") as stream:
        data = read_capped(stream, limit=settings.max_bytes, source=source)
    yield from _read_bytes(data, source=source, suffix=suffix, settings=settings)


def _read_stream(stdin: BinaryIO | None, settings: Settings) -> Iterator[Item]:
    if stdin is None:
        raise BadInput("<stdin>: no standard input to read")
    data = read_capped(stdin, limit=settings.max_bytes, source="<stdin>")
    yield from _read_bytes(data, source="<stdin>", suffix="", settings=settings)


def _read_bytes(data: bytes, *, source: str, suffix: str, settings: Settings) -> Iterator[Item]:
    """Read one file's bytes by its suffix, or by sniffing when the suffix says nothing."""
    if is_gzip(data):
        data = gunzip_capped(data, limit=settings.max_bytes, source=source)
    if suffix in WARC_SUFFIXES or data[:5] == b"WARC/":
        yield from iter_warc(io.BytesIO(data), settings=settings, source=source)
        return
    if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and looks_like_feed(data, "")):
        yield from parse_feed(data, source=source)
        return
    text = decode(data, source=source)
    if suffix in JSONL_SUFFIXES or (not suffix and text.lstrip().startswith("{")):
        yield from _read_jsonl(text, source=source)
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
        yield RawDocument(source=source, html=text)
    elif suffix in TEXT_SUFFIXES or not suffix:
        yield RawDocument(source=source, text=text)
    else:
        raise BadInput(f"{source}: unsupported file type {suffix!r}")


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return any(tag in head for tag in ("<html", "<!doctype html", "<body", "<p>", "<div", "<head"))


def _read_jsonl(text: str, *, source: str) -> Iterator[Item]:
    """Yield one RawDocument per JSON line; a bad line is one error and the rest go on."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield _jsonl_record(json.loads(line), source=where)
        except json.JSONDecodeError as exc:
            yield BadInput(f"{where}: not valid JSON ({exc.msg})")
        except BadInput as exc:
            yield exc


def _jsonl_record(value: object, *, source: str) -> RawDocument:
    if not isinstance(value, dict):
        raise BadInput(f"{source}: expected a JSON object with `html` or `text`")
    html, text = value.get("html"), value.get("text")
    if not isinstance(html, str) and not isinstance(text, str):
        raise BadInput(f"{source}: the object has neither an `html` nor a `text` string")
    authors = value.get("authors") or ()
    return RawDocument(
        source=source,
        url=_str_or_none(value.get("url")),
        html=html if isinstance(html, str) else None,
        text=None if isinstance(html, str) else text,
        title=_str_or_none(value.get("title")),
        published=_str_or_none(value.get("published")),
        outlet=_str_or_none(value.get("outlet")),
        lang=_str_or_none(value.get("lang")),
        authors=tuple(str(a) for a in authors) if isinstance(authors, list) else (str(authors),),
    )


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


__all__ = ["Fetcher", "Item", "Link", "iter_inputs", "resolve_link"]
