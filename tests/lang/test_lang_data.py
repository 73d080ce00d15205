"""Every language folder: each data file loads, opens with a source/license header, and
holds no duplicate keys where a duplicate would be a mistake."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from warta.lang import LANG_DIR, available, load

DATA_FILES = [
    path
    for code in available()
    for pattern in ("*.txt", "*.tsv", "*.jsonl")
    for path in sorted((LANG_DIR / code).glob(pattern))
]
# Files whose first column may repeat on purpose: a phrase can play several roles
# ("lalu" shifts "bulan lalu" and counts back "dua hari lalu").
# How many leading columns make a row's key: a word may have several readings there
# ("condemned" active and passive; "said" before and after its source).
KEY_WIDTH = {
    "time_words.tsv": 2,
    "affixes.tsv": 2,
    "affix_exclusions.tsv": 2,
    "attribution_cues.tsv": 2,
    "event_lexicon.tsv": 7,
    "event_cues.tsv": 2,
}


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("code", available())
def test_language_folder_loads(code: str) -> None:
    lang = load(code)
    assert lang.code == code


@pytest.mark.parametrize("path", DATA_FILES, ids=_id)
def test_data_file_loads_with_header(path: Path) -> None:
    lang = load(path.parent.name)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#"), f"{_id(path)}: first line must be a source/license comment"
    if path.suffix == ".txt":
        items = lang.lines(path.stem)
    elif path.suffix == ".tsv":
        items = lang.table(path.stem)
    else:
        items = lang.records(path.stem)
    assert items, f"{_id(path)}: no items"


@pytest.mark.parametrize("path", [p for p in DATA_FILES if p.suffix != ".jsonl"], ids=_id)
def test_data_file_has_no_duplicate_keys(path: Path) -> None:
    lang = load(path.parent.name)
    if path.suffix == ".txt":
        keys = list(lang.lines(path.stem))
    else:
        width = KEY_WIDTH.get(path.name, 1)
        keys = [tuple(row.values())[:width] for row in lang.table(path.stem)]
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    assert duplicates == [], f"{_id(path)}: duplicate entries {duplicates[:5]}"
