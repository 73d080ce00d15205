"""Read the NER gold data sets and map their labels onto Warta's label set (issue #3).

Every reader returns sentences as (words, BIO tags) pairs with unified labels:
PER, ORG, LOC, and where a data set supports them EVT, TIME, QUANTITY. The data lives
outside the repository (`../shared/data` or `WARTA_DATA`); the caller passes its folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.errors import BadInput

Sentence = tuple[list[str], list[str]]

# Source label -> Warta label. Anything else becomes O.
LABEL_MAP: dict[str, str] = {
    "PERSON": "PER",
    "PER": "PER",
    "PPL": "PER",
    "PLACE": "LOC",
    "LOCATION": "LOC",
    "LOC": "LOC",
    "PLC": "LOC",
    "GPE": "LOC",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "ORG": "ORG",
    "IND": "ORG",
    "EVT": "EVT",
    "TIME": "TIME",
    "QUANTITY": "QUANTITY",
}
CORE_LABELS = frozenset({"PER", "ORG", "LOC"})


@dataclass(frozen=True)
class ColumnCorpus:
    """A data set in column format: `pattern` names a file per split (and fold)."""

    folder: str
    pattern: str
    splits: tuple[str, ...]


CORPORA: dict[str, ColumnCorpus] = {
    "nergrit": ColumnCorpus("ner-id/nergrit", "{split}.txt", ("train", "valid", "test")),
    "idner-news-2k": ColumnCorpus("ner-id/idner-news-2k", "{split}.txt", ("train", "dev", "test")),
    "nerp": ColumnCorpus("ner-id/nerp", "{split}.txt", ("train", "valid", "test")),
    "nerui": ColumnCorpus("ner-id/nerui", "{split}.0{fold}.tsv", ("train", "dev", "test")),
    "nerugm": ColumnCorpus("ner-id/nerugm", "{split}.0{fold}.tsv", ("train", "dev", "test")),
}


def map_tags(tags: Sequence[str], keep: frozenset[str] | None = None) -> list[str]:
    """Map source BIO tags to Warta labels; labels outside `keep` (if given) become O."""
    mapped: list[str] = []
    for tag in tags:
        if tag == "O" or "-" not in tag:
            mapped.append("O")
            continue
        prefix, _, label = tag.partition("-")
        unified = LABEL_MAP.get(label)
        if unified is None or (keep is not None and unified not in keep):
            mapped.append("O")
        else:
            mapped.append(f"{prefix}-{unified}")
    return mapped


def read_columns(path: Path, *, keep: frozenset[str] | None = None) -> list[Sentence]:
    """Read a blank-line separated file of `word [columns...] tag` lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: cannot read NER data ({exc})") from exc
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*text.splitlines(), ""]:
        cells = line.split()
        if len(cells) >= 2:
            words.append(cells[0])
            tags.append(cells[-1])
        elif words:
            sentences.append((words, map_tags(tags, keep)))
            words, tags = [], []
    return sentences


def read_corpus(
    data_dir: Path,
    name: str,
    split: str,
    *,
    fold: int | None = None,
    keep: frozenset[str] | None = None,
) -> list[Sentence]:
    """Read one split (and fold, for the IndoLEM 5-fold sets) of a named data set."""
    corpus = CORPORA.get(name)
    if corpus is None:
        raise BadInput(f"unknown NER data set {name!r} (known: {', '.join(sorted(CORPORA))})")
    path = data_dir / corpus.folder / corpus.pattern.format(split=split, fold=fold)
    if not path.is_file():
        raise BadInput(f"{path}: NER data file is missing (is WARTA_DATA right?)")
    return read_columns(path, keep=keep)


# ---- GUM (English): entities in the MISC column of CoNLL-U --------------------------------

GUM_TYPES = {"person": "PER", "place": "LOC", "organization": "ORG"}
# Titles and honorifics GUM keeps inside person names ("President Joe Biden", "Mr. Kelly"):
# Warta's PER is the name alone, as in CoNLL-style NER, and a bare title is no name.
GUM_PERSON_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "doctor",
        "prof",
        "professor",
        "sir",
        "lord",
        "lady",
        "dame",
        "president",
        "vice",
        "secretary",
        "general",
        "gen",
        "justice",
        "chief",
        "emperor",
        "empress",
        "king",
        "queen",
        "prince",
        "princess",
        "senator",
        "sen",
        "governor",
        "gov",
        "mayor",
        "judge",
        "captain",
        "capt",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "rev",
        "reverend",
        "father",
        "saint",
        "st",
        "pope",
        "bishop",
        "minister",
        "premier",
        "chancellor",
        "fellow",
        "commander",
        "admiral",
        "officer",
        "director",
        "attorney",
        "representative",
        "rep",
        "ambassador",
        "mister",
        "madam",
    ]
)
_ENTITY_PART = re.compile(r"\(([^()]*)(\))?|(\d+)\)")


def gum_split(data_dir: Path) -> dict[str, list[str]]:
    """Return GUM's document names per split ("dev", "test", "train") from `splits.md`."""
    path = data_dir / "ner-en" / "gum" / "splits.md"
    if not path.is_file():
        raise BadInput(f"{path}: GUM splits file is missing")
    splits: dict[str, list[str]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            splits[current] = []
        elif line.strip().startswith("* ") and current:
            splits[current].append(line.strip()[2:].strip())
    return splits


def read_gum(data_dir: Path, split: str) -> list[Sentence]:
    """Read GUM sentences of a split ("train" = every document not in dev or test)."""
    folder = data_dir / "ner-en" / "gum"
    splits = gum_split(data_dir)
    held_out = set(splits.get("dev", [])) | set(splits.get("test", []))
    sentences: list[Sentence] = []
    for path in sorted(folder.glob("*.conllu")):
        in_split = path.stem not in held_out if split == "train" else path.stem in splits[split]
        if in_split:
            sentences.extend(_read_conllu_entities(path))
    return sentences


def _read_conllu_entities(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if rows:
                sentences.append(_gum_sentence(rows))
                rows = []
        elif not line.startswith("#"):
            cells = line.split("\t")
            if len(cells) == 10 and cells[0].isdigit():  # skip multiword and empty nodes
                rows.append(cells)
    return sentences


def _gum_mentions(rows: Sequence[Sequence[str]]) -> list[tuple[int, int, str]]:
    """Return (start, end, GUM type) of every entity mention of the sentence (end exclusive)."""
    mentions: list[tuple[int, int, str]] = []
    open_mentions: list[tuple[str, str, int]] = []
    for index, row in enumerate(rows):
        misc = next((part[7:] for part in row[9].split("|") if part.startswith("Entity=")), "")
        for match in _ENTITY_PART.finditer(misc):
            attributes, closes_here, closing_id = match.groups()
            if attributes is not None:
                entity_id, _, rest = attributes.partition("-")
                entity_type = rest.split("-", 1)[0]
                if closes_here:
                    mentions.append((index, index + 1, entity_type))
                else:
                    open_mentions.append((entity_id, entity_type, index))
            else:
                for position in range(len(open_mentions) - 1, -1, -1):
                    if open_mentions[position][0] == closing_id:
                        _, entity_type, start = open_mentions.pop(position)
                        mentions.append((start, index + 1, entity_type))
                        break
    return mentions


def _named_span(rows: Sequence[Sequence[str]], start: int, end: int) -> tuple[int, int] | None:
    """Return the name inside a mention whose syntactic head is a proper noun, else None.

    GUM marks every mention ("the ambassador", "Mohib, who ..."); a named entity is the
    run of capitalised words around a PROPN head ("the [United States]").
    """
    inside = {str(index + 1) for index in range(start, end)}
    head = next((i for i in range(start, end) if rows[i][6] not in inside), start)
    if rows[head][3] != "PROPN":
        return None

    def in_name(index: int) -> bool:
        return rows[index][1][:1].isupper() or rows[index][1][:1].isdigit()

    # GUM's names keep capitalised words left of the head ("President Joe Biden" is PROPN
    # PROPN PROPN there), minus a leading determiner ("the United States").
    left = head
    while left > start and in_name(left - 1):
        left -= 1
    while left < head and rows[left][3] in {"DET", "PUNCT"}:
        left += 1
    right = head + 1
    while right < end:
        if in_name(right):
            right += 1
            continue
        # "Daughters of the American Revolution": connectors followed by a capitalised word
        lookahead = right
        while lookahead < end and rows[lookahead][1].lower() in {"of", "the", "and", "&", "for"}:
            lookahead += 1
        if lookahead > right and lookahead < end and in_name(lookahead):
            right = lookahead
        else:
            break
    return left, right


def _person_name(rows: Sequence[Sequence[str]], start: int, end: int) -> tuple[int, int] | None:
    """Return a person mention without its leading titles, or None when no name is left.

    "President Joe Biden" -> "Joe Biden"; "Secretary" or "Emperor of the United States"
    -> None. Plural heads ("Americans", NNPS) name groups, not persons: None.
    """
    inside = {str(index + 1) for index in range(start, end)}
    head = next((i for i in range(start, end) if rows[i][6] not in inside), start)
    if rows[head][4] == "NNPS":
        return None
    while start < end and rows[start][1].lower().rstrip(".") in GUM_PERSON_TITLES:
        start += 1
    if start == end or not rows[start][1][:1].isupper():
        return None
    return start, end


def _is_coordination(
    spans: Sequence[tuple[int, int, str]], rows: Sequence[Sequence[str]], start: int, end: int
) -> bool:
    """Return whether a span joins two or more names with "and" ("[A] and [B] of [C]")."""
    if not any(rows[index][1] == "and" for index in range(start, end)):
        return False
    nested = [s for s in spans if start <= s[0] and s[1] <= end and (s[0], s[1]) != (start, end)]
    return len(nested) >= 2


def _gum_sentence(rows: Sequence[Sequence[str]]) -> Sentence:
    words = [row[1] for row in rows]
    tags = ["O"] * len(rows)
    spans: list[tuple[int, int, str]] = []
    for start, end, entity_type in _gum_mentions(rows):
        label = GUM_TYPES.get(entity_type)
        named = _named_span(rows, start, end) if label else None
        if named and label == "PER":
            named = _person_name(rows, *named)
        if label and named:
            spans.append((*named, label))
    taken = [False] * len(rows)
    # Outermost names first: "[University of [California]]" is one ORG; but a coordination
    # of names gives way to the names it joins.
    for start, end, label in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
        if any(taken[start:end]) or _is_coordination(spans, rows, start, end):
            continue
        tags[start] = f"B-{label}"
        for index in range(start + 1, end):
            tags[index] = f"I-{label}"
        for index in range(start, end):
            taken[index] = True
    return words, tags


def count_entities(sentences: Iterable[Sentence]) -> int:
    """Return the number of entity spans (B- tags) in `sentences`."""
    return sum(tag.startswith("B-") for _, tags in sentences for tag in tags)
