"""WARC and WARC.gz archives (CC-NEWS style) -> one RawDocument per HTML response."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warta.config import Settings
from warta.errors import BadInput
from warta.records import RawDocument
from warta.sources.decode import decode

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(
    archive: Path | BinaryIO, *, settings: Settings, source: str | None = None
) -> Iterator[RawDocument | BadInput]:
    """Yield the HTML responses of a WARC; a bad record is an error, a truncation ends it."""
    source = source or str(archive)
    if isinstance(archive, Path):
        with archive.open("rb") as stream:
            yield from _iter_records(stream, settings=settings, source=source)
    else:
        yield from _iter_records(archive, settings=settings, source=source)


def _iter_records(
    stream: BinaryIO, *, settings: Settings, source: str
) -> Iterator[RawDocument | BadInput]:
    # Digest checks are how a record cut short by a truncated file shows itself.
    records = ArchiveIterator(stream, arc2warc=True, check_digests=True)
    count = 0
    try:
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            status = record.http_headers.get_statuscode()
            if status != "200":
                continue
            body = record.content_stream().read(settings.max_bytes + 1)
            # The offset is only reliable once the record's content has been read.
            where = f"{source}@{records.get_record_offset()}"
            count += 1
            if len(body) > settings.max_bytes:
                yield BadInput(f"{where}: record larger than the max-bytes limit")
                continue
            if record.rec_headers.get_header("WARC-Block-Digest") and (
                record.digest_checker.passed is not True
            ):
                yield BadInput(f"{where}: record truncated or corrupt (digest does not match)")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            charset = _charset(content_type)
            try:
                yield RawDocument(
                    source=where, url=url, html=decode(body, source=where, declared=charset)
                )
            except BadInput as exc:
                yield exc
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield BadInput(f"{source}: truncated or corrupt WARC after {count} records ({exc})")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None
