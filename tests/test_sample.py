"""The bundled sample corpus: every page extracts as its MANIFEST.tsv says (issue #2)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from warta.bench import sample_corpus
from warta.config import Settings
from warta.errors import BadInput
from warta.pipeline import iter_articles
from warta.records import Article

SAMPLE = sample_corpus()


def _manifest() -> list[dict[str, str]]:
    lines = [
        line
        for line in (SAMPLE / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t"))


MANIFEST = _manifest()


@pytest.fixture(scope="module")
def extracted() -> dict[str, Article]:
    """Every article of the corpus keyed by the file (or `file:line`) it came from."""
    found: dict[str, Article] = {}
    for item in iter_articles([str(SAMPLE)], settings=Settings(), skip_url=lambda url: True):
        assert not isinstance(item, BadInput), str(item)
        if isinstance(item, Article):
            found[Path(item.source or "").name] = item
    return found


def test_corpus_has_the_promised_mix(extracted: dict[str, Article]) -> None:
    pages = [a for name, a in extracted.items() if name.endswith(".html")]
    assert len(pages) >= 12
    assert sum(a.lang == "id" for a in pages) >= 8
    assert sum(a.lang == "en" for a in pages) >= 4
    assert len(extracted) == len(MANIFEST)


@pytest.mark.parametrize("row", MANIFEST, ids=lambda row: row["file"])
def test_page_extracts_as_the_manifest_says(
    row: dict[str, str], extracted: dict[str, Article]
) -> None:
    article = extracted[row["file"]]
    assert article.outlet == row["outlet"]
    assert article.lang == row["lang"]
    assert article.published == row["published"]
    assert article.title == row["title"]
    assert (article.dateline or "") == row["dateline"]
    assert (article.editor or "") == row["editor"]
    assert "; ".join(article.authors) == row["authors"]
    assert article.text.startswith(row["first_words"])


def test_syndicated_copy_has_the_same_body(extracted: dict[str, Article]) -> None:
    original = extracted["nusawarta-jokowi-marcos-patroli-laut-sulawesi.html"]
    copy = extracted["lintasnusa-jokowi-marcos-patroli-laut-sulawesi.html"]
    assert copy.id != original.id and copy.outlet != original.outlet
    assert copy.text == original.text


@pytest.mark.parametrize(
    "furniture",
    [
        "Baca Juga",
        "BACA JUGA",
        "Simak juga",
        "Lihat juga",
        "Read more:",
        "Related:",
        "Advertisement",
        "ADVERTISEMENT",
        "Editor:",
        "Penulis:",
        "Reporter:",
        "TAG :",
        "Tags:",
        "LIPUTAN KHUSUS",
        "TERPOPULER",
        "Most read",
        "Artikel ini telah tayang",
        "(Foto:",
    ],
)
def test_no_furniture_in_any_text(furniture: str, extracted: dict[str, Article]) -> None:
    assert [name for name, a in extracted.items() if furniture in a.text] == []
