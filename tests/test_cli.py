"""The `warta` command end to end on real files, a real database and a local web server."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from tests.conftest import FIXTURES, SEED_HTML, needs_seed, page
from warta.cli import main

PAGES = FIXTURES / "pages"


def warta(db: Path, *args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", str(db), *args], input=input)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "w.db"


@needs_seed
def test_ingest_seed_then_again_changes_nothing(db: Path) -> None:
    first = warta(db, "ingest", str(SEED_HTML))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "ingested 1, updated 0, unchanged 0, failed 0"
    again = warta(db, "ingest", str(SEED_HTML))
    assert again.stdout.strip() == "ingested 0, updated 0, unchanged 1, failed 0"
    listed = json.loads(warta(db, "articles", "--format", "json").stdout)
    assert len(listed) == 1
    article = listed[0]
    assert article["outlet"] == "PARBOABOA" and article["dateline"] == "Jakarta"
    assert article["published"] == "2023-09-05T10:15:00+07:00"
    assert article["editor"] == "Umaya khusniah" and article["lang"] == "id"
    assert article["text"].startswith("Pemimpin Korea Utara")


def test_batch_goes_on_past_bad_inputs(db: Path, tmp_path: Path) -> None:
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "empty.html").write_bytes(b"")
    result = warta(
        db,
        "ingest",
        str(PAGES / "kabar_id.html"),
        str(tmp_path / "binary.html"),
        str(tmp_path / "empty.html"),
        str(PAGES / "nav_only.html"),
        str(PAGES / "wire_en.html"),
    )
    assert result.exit_code == 0
    assert result.stdout.strip() == "ingested 2, updated 0, unchanged 0, failed 3"
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert errors[0].startswith("error: ") and "binary.html: binary data" in errors[0]
    assert "empty.html: empty input" in errors[1]
    assert "nav_only.html: no article text found" in errors[2]


def test_updated_page_updates_in_place(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page("kabar_id.html"))
    warta(db, "ingest", str(path))
    path.write_bytes(page("kabar_id.html").replace(b"tiga jam", b"empat jam"))
    result = warta(db, "ingest", str(path))
    assert result.stdout.strip() == "ingested 0, updated 1, unchanged 0, failed 0"
    shown = warta(db, "articles", "-q", "empat", "--format", "jsonl").stdout.splitlines()
    assert len(shown) == 1


def test_articles_filters_and_show(db: Path) -> None:
    warta(db, "ingest", str(PAGES))
    table = warta(db, "articles").stdout.splitlines()
    assert table[0].split() == ["id", "published", "lang", "outlet", "title"]
    english = json.loads(warta(db, "articles", "--lang", "en", "--format", "json").stdout)
    assert [a["title"] for a in english] == ["Ministers meet in Geneva over grain shipments"]
    found = json.loads(warta(db, "articles", "-q", "Myanmar", "--format", "json").stdout)
    assert len(found) == 1
    shown = warta(db, "show", found[0]["id"][:8])
    assert shown.exit_code == 0
    assert "outlet: KABAR UJI" in shown.stdout and "Menteri Luar Negeri Indonesia" in shown.stdout
    missing = warta(db, "show", "zzzz")
    assert missing.exit_code == 1 and missing.stderr.startswith("warta: error: no article")


def test_stdin_and_jsonl(db: Path) -> None:
    lines = "\n".join(
        [
            json.dumps(
                {
                    "url": "https://x.example/1",
                    "title": "Rapat kabinet",
                    "text": "Presiden memimpin rapat kabinet terbatas di Istana Merdeka pada "
                    "Senin pagi untuk membahas harga pangan menjelang Ramadan.",
                    "published": "2024-03-11T09:00:00+07:00",
                    "outlet": "Uji",
                }
            ),
            "{broken",
        ]
    )
    result = warta(db, "ingest", "-", input=lines.encode())
    assert result.stdout.strip() == "ingested 1, updated 0, unchanged 0, failed 1"
    assert "<stdin>:2: not valid JSON" in result.stderr
    (article,) = json.loads(warta(db, "articles", "--format", "json").stdout)
    assert article["outlet"] == "Uji" and article["published"] == "2024-03-11T09:00:00+07:00"


def test_urls_and_feed_from_local_server(db: Path, web) -> None:
    result = warta(db, "ingest", web.url("/feed.xml"), web.url("/bad-feed.xml"))
    assert result.stdout.strip() == "ingested 2, updated 0, unchanged 0, failed 2"
    assert f"{web.url('/missing')}: HTTP 404" in result.stderr
    assert f"{web.url('/bad-feed.xml')}: not an RSS or Atom feed" in result.stderr
    again = warta(db, "ingest", web.url("/feed.xml"))
    # Stored pages are not fetched again; the missing one is retried and fails again.
    assert again.stdout.strip() == "ingested 0, updated 0, unchanged 2, failed 1"


def test_export_formats(db: Path, tmp_path: Path) -> None:
    warta(db, "ingest", str(PAGES))
    jsonl = warta(db, "export", "--format", "jsonl").stdout.splitlines()
    assert len(jsonl) == 4 and {json.loads(line)["lang"] for line in jsonl} == {"id", "en"}
    rows = list(csv.DictReader(io.StringIO(warta(db, "export", "--format", "csv").stdout)))
    assert len(rows) == 4 and "Sari Wulandari" in {r["authors"] for r in rows}
    out = tmp_path / "a.parquet"
    result = warta(db, "export", "--format", "parquet", "-o", str(out))
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 4 and "text" in table.column_names
    refused = warta(db, "export", "--format", "parquet")
    assert refused.exit_code == 1 and "needs --output" in refused.stderr


def test_analyze_prints_without_storing(db: Path) -> None:
    result = warta(db, "analyze", str(PAGES / "wire_en.html"), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["article"]["dateline"] == "Geneva"
    assert not db.exists() or warta(db, "articles", "--format", "json").stdout.strip() == "[]"


def test_db_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = CliRunner().invoke(
        main, ["ingest", str(PAGES / "wire_en.html")], env={"WARTA_DB": str(db)}
    )
    assert result.exit_code == 0 and db.exists()


def test_settings_lists_every_setting(db: Path) -> None:
    rows = json.loads(warta(db, "settings", "--format", "json").stdout)
    names = {r["name"] for r in rows}
    assert {"db", "user_agent", "max_bytes", "respect_robots", "timeout"} <= names
    assert all(r["help"] for r in rows)
