"""Organisations in the registry (orgs.tsv): lookups and validation (issue #4)."""

from __future__ import annotations

import pytest

from warta.actors.registry import DEFAULT, load_registry
from warta.errors import LangDataError


@pytest.mark.parametrize(
    ("text", "alias", "key", "country", "sector"),
    [
        ("Hizbullah membalas serangan itu.", "Hizbullah", "hezbollah", "LBN", "REB"),
        ("Bawaslu menerima laporan itu.", "Bawaslu", "bawaslu", "IDN", "GOV"),
        ("Kata KCNA, uji coba berhasil.", "KCNA", "kcna", "PRK", "MED"),
        ("Partai Buruh turun ke jalan.", "Partai Buruh", "partai-buruh", "IDN", "PTY"),
    ],
)
def test_find_organisations(text, alias, key, country, sector) -> None:
    (match,) = [m for m in load_registry().find(text) if m.text == alias]
    assert (match.kind, match.key, match.country, match.sector) == ("org", key, country, sector)


def test_org_abbreviation_matches_only_as_written() -> None:
    assert [m for m in load_registry().find("pan goreng itu ai") if m.kind == "org"] == []


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("hamas\tPSE\tREBEL\t*\tHamas2\tname", "unknown sector 'REBEL'"),
        ("hamas\tXYZ\tREB\t*\tHamas2\tname", "unknown country 'XYZ'"),
        ("hamas\tLBN\tREB\t*\tHamas2\tname", "an earlier row says PSE REB"),
        ("Hamas Org\tPSE\tREB\t*\tHamas2\tname", "not a lowercase slug"),
        ("other\tPSE\tREB\t*\tHamas\tname", "alias 'Hamas' already stands for"),
    ],
)
def test_org_validation_cites_file_and_line(tmp_path, bad_line, message) -> None:
    folder = tmp_path / "registry"
    folder.mkdir()
    for path in DEFAULT.glob("*.tsv"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    orgs = folder / "orgs.tsv"
    text = orgs.read_text(encoding="utf-8") + bad_line + "\n"
    orgs.write_text(text, encoding="utf-8")
    with pytest.raises(LangDataError, match=message) as raised:
        load_registry(folder)
    assert f"orgs.tsv:{text.count(chr(10))}" in str(raised.value)
