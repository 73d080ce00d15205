"""Language knowledge as data: `load(code)` reads and validates `warta/lang/<code>/`.

A language folder holds only data a linguist can edit:
- `meta.json`: {"code", "name", "lingua": [lingua Language names it detects as]};
- `NAME.txt`: one item per line; lines starting with `#` are comments, blank lines ignored;
- `NAME.tsv`: tab-separated rows; the first non-comment line names the columns;
- `NAME.jsonl`: one JSON object per line;
- `models/`: trained models, each with a model card.
Every file starts with a comment naming its source and license. Errors cite file and line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from warta.errors import LangDataError

LANG_DIR = Path(__file__).parent


def available() -> list[str]:
    """Return the codes of every language folder that has a `meta.json`."""
    return sorted(p.parent.name for p in LANG_DIR.glob("*/meta.json"))


@dataclass(frozen=True)
class LangData:
    """The data of one language folder, read lazily and cached per file."""

    code: str
    name: str
    folder: Path
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def path(self, relative: str) -> Path:
        """Return the path of a file in the folder (models, for instance)."""
        return self.folder / relative

    def words(self, name: str) -> frozenset[str]:
        """Return the items of `NAME.txt` as a set."""
        return frozenset(self.lines(name))

    def lines(self, name: str) -> tuple[str, ...]:
        """Return the items of `NAME.txt` in file order."""
        return _read_lines(self.folder / f"{name}.txt")

    def table(self, name: str) -> tuple[dict[str, str], ...]:
        """Return the rows of `NAME.tsv` as dicts keyed by the header's column names."""
        return _read_table(self.folder / f"{name}.tsv")

    def mapping(self, name: str) -> dict[str, str]:
        """Return a two-column `NAME.tsv` as a dict from first to second column."""
        rows = self.table(name)
        if rows and len(rows[0]) != 2:
            raise LangDataError(f"{self.folder / name}.tsv: expected two columns for a mapping")
        return dict(tuple(row.values()) for row in rows)

    def records(self, name: str) -> tuple[dict[str, Any], ...]:
        """Return the objects of `NAME.jsonl`."""
        return _read_jsonl(self.folder / f"{name}.jsonl")


@cache
def load(code: str) -> LangData:
    """Return the validated data of language `code` ("id", "en")."""
    folder = LANG_DIR / code
    meta_path = folder / "meta.json"
    if not meta_path.is_file():
        raise LangDataError(
            f"no language data for {code!r}: {meta_path} is missing "
            f"(known: {', '.join(available())})"
        )
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LangDataError(f"{meta_path}: not valid JSON ({exc})") from exc
    for key in ("code", "name"):
        if key not in meta:
            raise LangDataError(f"{meta_path}: missing key {key!r}")
    if meta["code"] != code:
        raise LangDataError(f"{meta_path}: code {meta['code']!r} does not match folder {code!r}")
    return LangData(code=code, name=meta["name"], folder=folder, meta=meta)


def _content_lines(path: Path) -> list[tuple[int, str]]:
    """Return (line number, text) of the lines of `path` that are not blank or comments."""
    if not path.is_file():
        raise LangDataError(f"{path}: file is missing")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LangDataError(f"{path}: not UTF-8 ({exc})") from exc
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            found.append((number, line.rstrip("\r\n")))
    return found


@cache
def _read_lines(path: Path) -> tuple[str, ...]:
    return tuple(line.strip() for _, line in _content_lines(path))


@cache
def _read_table(path: Path) -> tuple[dict[str, str], ...]:
    lines = _content_lines(path)
    if not lines:
        return ()
    header = [name.strip() for name in lines[0][1].split("\t")]
    rows = []
    for number, line in lines[1:]:
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != len(header):
            raise LangDataError(
                f"{path}:{number}: expected {len(header)} tab-separated columns "
                f"({', '.join(header)}), found {len(cells)}"
            )
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(rows)


@cache
def _read_jsonl(path: Path) -> tuple[dict[str, Any], ...]:
    objects = []
    for number, line in _content_lines(path):
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LangDataError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(value, dict):
            raise LangDataError(f"{path}:{number}: expected a JSON object")
        objects.append(value)
    return tuple(objects)
