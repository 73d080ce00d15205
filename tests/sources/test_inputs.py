"""Reading inputs: every kind of source, and one clear error per bad one."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import page
from warta.config import Settings
from warta.errors import BadInput
from warta.records import RawDocument
from warta.sources import Link, iter_inputs


def _read(paths: list[str], settings: Settings, stdin: bytes | None = None) -> list:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_inputs(paths, settings=settings, stdin=stream))


def write_warc(path: Path, pages: list[tuple[str, bytes]], *, gzipped: bool = True) -> None:
    """Write HTTP response records as a crawler would (warcio's writer)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def test_folder_is_read_recursively_with_feeds_last(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.html").write_bytes(page("kabar_id.html"))
    (tmp_path / "feed.xml").write_text(
        '<rss version="2.0"><channel><item><link>https://x.example/1</link></item></channel></rss>'
    )
    (tmp_path / "note.txt").write_text("Judul\n\nIsi berita yang cukup panjang untuk dibaca.")
    (tmp_path / ".hidden.html").write_bytes(page("wire_en.html"))
    items = _read([str(tmp_path)], settings)
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "Link"]
    assert items[0].source.endswith("deep.html") and items[0].html
    assert items[1].text.startswith("Judul")
    assert items[2].url == "https://x.example/1"


def test_jsonl_bad_lines_are_errors_and_the_rest_goes_on(
    tmp_path: Path, settings: Settings
) -> None:
    lines = [
        json.dumps({"url": "https://x.example/a", "text": "Teks berita pertama.", "lang": "id"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://x.example/b"}),
        "",
        json.dumps({"html": "<p>Halaman</p>", "title": "Judul", "authors": ["A", "B"]}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = _read([str(path)], settings)
    assert isinstance(items[0], RawDocument) and items[0].lang == "id"
    assert (
        str(items[1])
        == f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes)"
    )
    assert str(items[2]).startswith(f"{path}:3: expected a JSON object")
    assert str(items[3]).startswith(f"{path}:4: the object has neither")
    assert items[4].html == "<p>Halaman</p>" and items[4].authors == ("A", "B")
    assert len(items) == 5


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("photo.html", bytes(range(256)) * 40, "binary data"),
        ("empty.html", b"   \n", "empty input"),
        ("archive.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
        ("page.pdf", b"%PDF-1.4 some text that is not html", "unsupported file type"),
    ],
)
def test_bad_files_give_one_line_naming_the_file(
    tmp_path: Path, settings: Settings, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (error,) = _read([str(path)], settings)
    assert isinstance(error, BadInput)
    assert str(error).startswith(str(path)) and reason in str(error) and "\n" not in str(error)


def test_huge_page_is_refused(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "huge.html"
    path.write_bytes(b"<html><body>" + b"<p>kata kata kata</p>" * (50 * 1024 * 1024 // 20))
    (error,) = _read([str(path)], settings)
    assert isinstance(error, BadInput) and "16 MB limit" in str(error)


def test_gzip_bomb_file_is_refused(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"a" * (40 * 1024 * 1024)))
    (error,) = _read([str(path)], settings)
    assert isinstance(error, BadInput) and "gzip bomb" in str(error)


def test_missing_path_is_an_error_and_next_input_is_read(
    tmp_path: Path, settings: Settings
) -> None:
    good = tmp_path / "ok.html"
    good.write_bytes(page("wire_en.html"))
    items = _read([str(tmp_path / "nope.html"), str(good)], settings)
    assert str(items[0]).endswith("nope.html: no such file, folder or URL")
    assert isinstance(items[1], RawDocument)


def test_urls_become_links(settings: Settings) -> None:
    (link,) = _read(["https://news.example/a"], settings)
    assert link == Link(url="https://news.example/a", source="https://news.example/a")


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"<html><body><p>Halo</p></body></html>", "html"), (b"Teks biasa saja.", "text")],
)
def test_stdin_is_sniffed(settings: Settings, data: bytes, kind: str) -> None:
    (doc,) = _read(["-"], settings, stdin=data)
    assert doc.source == "<stdin>" and getattr(doc, kind)


def test_stdin_jsonl(settings: Settings) -> None:
    data = b'{"text": "Satu."}\n{"text": "Dua."}\n'
    docs = _read(["-"], settings, stdin=data)
    assert [d.text for d in docs] == ["Satu.", "Dua."]
    assert docs[1].source == "<stdin>:2"


def test_warc_gz_yields_html_responses(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            ("https://a.example/1", page("kabar_id.html")),
            ("https://b.example/2", page("wire_en.html")),
        ],
    )
    docs = _read([str(path)], settings)
    assert [d.url for d in docs] == ["https://a.example/1", "https://b.example/2"]
    assert "Myanmar" in docs[0].html
    assert docs[0].source.startswith(f"{path}@")


def test_truncated_warc_keeps_records_before_the_cut(tmp_path: Path, settings: Settings) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(
        whole,
        [
            ("https://a.example/1", page("kabar_id.html")),
            ("https://b.example/2", page("wire_en.html")),
        ],
        gzipped=False,
    )
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) - 700])
    items = _read([str(cut)], settings)
    assert isinstance(items[0], RawDocument)
    assert len(items) == 2 and isinstance(items[1], BadInput)
    assert str(items[1]).startswith(str(cut)) and "truncated" in str(items[1])


def test_truncated_warc_gz_is_an_error(tmp_path: Path, settings: Settings) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(
        whole,
        [
            ("https://a.example/1", page("kabar_id.html")),
            ("https://b.example/2", page("wire_en.html")),
        ],
    )
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 300])
    items = _read([str(cut)], settings)
    assert isinstance(items[0], RawDocument)
    assert len(items) == 2 and isinstance(items[1], BadInput)
    assert "truncated" in str(items[1])


def test_feed_file_that_is_not_xml_is_an_error(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "news.rss"
    path.write_text("this is not a feed")
    (error,) = _read([str(path)], settings)
    assert isinstance(error, BadInput) and "not an RSS or Atom feed" in str(error)


def test_atom_feed_file_gives_links(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "news.atom"
    path.write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        '<entry><title>Satu</title><link href="https://x.example/1"/>'
        "<updated>2024-03-04T10:00:00Z</updated></entry></feed>"
    )
    (link,) = _read([str(path)], settings)
    assert link.url == "https://x.example/1" and link.published == "2024-03-04T10:00:00+00:00"
