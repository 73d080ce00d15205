"""Bytes to text: charset detection, binary refusal and capped decompression."""

from __future__ import annotations

import codecs
import re
import zlib
from typing import BinaryIO

from charset_normalizer import from_bytes

from warta.errors import BadInput

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NON_LATIN = {
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_5",
    "mac_cyrillic",
    "cp866",
    "cp1253",
    "iso8859_7",
    "cp1255",
    "iso8859_8",
    "cp1256",
    "iso8859_6",
    "cp874",
    "tis_620",
    "shift_jis",
    "euc_jp",
    "gb2312",
    "gb18030",
    "gbk",
    "big5",
    "euc_kr",
    "cp949",
    "iso2022_jp",
    "utf_16",
    "utf_32",
}
# Control bytes that never occur in text (tab, newline, CR, form feed and ESC excepted).
_BINARY_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def decode(data: bytes, *, source: str, declared: str | None = None) -> str:
    """Return `data` as text, trusting a BOM, then a declared or <meta> charset, then detection.

    Raises BadInput for empty or binary data.
    """
    if not data.strip():
        raise BadInput(f"{source}: empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    head = data[:8192]
    if b"\x00" in head or sum(head.count(bytes([b])) for b in _BINARY_BYTES) > len(head) // 100:
        raise BadInput(f"{source}: binary data, not HTML or text")
    for candidate in (declared, _meta_charset(head)):
        if candidate:
            try:
                return data.decode(_normalise_charset(candidate))
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise BadInput(f"{source}: cannot determine the text encoding")
    if best.encoding not in _NON_LATIN:
        # Detection cannot tell the Latin code pages apart on short pages; undeclared Latin
        # pages are windows-1252 in practice (and in browsers).
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return data.decode(best.encoding, errors="replace")


def _meta_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _normalise_charset(name: str) -> str:
    name = name.strip().lower()
    # Pages labelled latin-1 are nearly always cp1252 (browsers treat them so).
    return "cp1252" if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def read_capped(stream: BinaryIO, *, limit: int, source: str) -> bytes:
    """Read at most `limit` bytes from `stream`, refusing anything larger."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BadInput(
            f"{source}: larger than the {limit // (1024 * 1024)} MB limit "
            "(raise it with --max-bytes or WARTA_MAX_BYTES)"
        )
    return data


def gunzip_capped(data: bytes, *, limit: int, source: str) -> bytes:
    """Decompress gzip `data`, refusing output past `limit` bytes (gzip bombs)."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise BadInput(f"{source}: corrupt gzip data ({exc})") from exc
    if len(out) > limit or decompressor.unconsumed_tail:
        raise BadInput(
            f"{source}: decompresses to more than the {limit // (1024 * 1024)} MB limit "
            "(a gzip bomb, or raise --max-bytes)"
        )
    if not decompressor.eof:
        raise BadInput(f"{source}: truncated gzip data")
    return out


def is_gzip(data: bytes) -> bool:
    """Tell whether `data` starts with the gzip magic number."""
    return data[:2] == b"\x1f\x8b"


__all__ = ["decode", "gunzip_capped", "is_gzip", "read_capped"]
