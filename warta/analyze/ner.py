"""Named-entity recognition: one BIO tag per word from a CRF model shipped with the language.

Features are built once per word (identity, shape, affixes: memoised, since they depend on the
word alone) and once per sentence (context window, capitalised runs, gazetteer matches), then
combined per position. Gazetteers are the `gazetteer_<name>.txt` lists of the language folder:
adding a list adds a feature family, no code changes (issue #3).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pycrfsuite

from warta.errors import LangDataError
from warta.lang import LangData

log = logging.getLogger(__name__)

MODEL_PATH = "models/ner.crfsuite"
GAZETTEER_PREFIX = "gazetteer_"
# Words that may sit inside a capitalised name without breaking its run ("Bank of America").
_NAME_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "van", "von", "bin", "binti", "al"})


@dataclass(frozen=True)
class Gazetteer:
    """Multi-word name lists, indexed by lowercased first word for longest-match lookup.

    `entries[first_word]` holds (lowercased words, exact words or None, list name), longest
    first. Entries are matched case-insensitively, except acronyms ("AS", "US", "MA"), which
    must match exactly: lowercased they are common words ("as", "us", "ma").
    """

    names: tuple[str, ...]
    entries: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...] | None, str], ...]]

    @classmethod
    def from_lists(cls, lists: dict[str, Sequence[str]]) -> Gazetteer:
        """Build the index from {list name: entries}."""
        grouped: dict[str, set[tuple[tuple[str, ...], tuple[str, ...] | None, str]]] = {}
        for name, items in lists.items():
            for item in items:
                exact = tuple(item.split())
                if not exact:
                    continue
                acronym = item.isupper() and len(item) <= 5
                lowered = tuple(word.lower() for word in exact)
                grouped.setdefault(lowered[0], set()).add(
                    (lowered, exact if acronym else None, name)
                )
        entries = {
            first: tuple(sorted(found, key=lambda entry: (-len(entry[0]), entry[2], entry[0])))
            for first, found in grouped.items()
        }
        return cls(names=tuple(sorted(lists)), entries=entries)

    def match(self, words: Sequence[str], lowered: Sequence[str]) -> list[list[str]]:
        """Return per word the flags `name=B` / `name=I` of the longest entries covering it.

        Each list is matched on its own, left to right, so a word can be both a first name
        and a city. The longest entry over all lists also flags `best:name=B/I`, so that
        "New York Times" (an outlet) outweighs the "New York" inside it (a city).
        """
        flags: list[list[str]] = [[] for _ in lowered]
        free_from: dict[str, int] = {}
        best_free_from = 0
        for start, word in enumerate(lowered):
            candidates = self.entries.get(word)
            if not candidates:
                continue
            for entry_words, exact, name in candidates:
                if start < free_from.get(name, 0):
                    continue
                end = start + len(entry_words)
                if end > len(lowered):
                    continue
                if exact is not None:
                    if tuple(words[start:end]) != exact:
                        continue
                elif tuple(lowered[start:end]) != entry_words:
                    continue
                flags[start].append(f"{name}=B")
                for inside in range(start + 1, end):
                    flags[inside].append(f"{name}=I")
                free_from[name] = end
                if start >= best_free_from:
                    flags[start].append(f"best:{name}=B")
                    for inside in range(start + 1, end):
                        flags[inside].append(f"best:{name}=I")
                    best_free_from = end
        return flags


@cache
def load_gazetteer(folder: Path) -> Gazetteer:
    """Read every `gazetteer_<name>.txt` of a language folder (cached per folder)."""
    lists: dict[str, list[str]] = {}
    for path in sorted(folder.glob(f"{GAZETTEER_PREFIX}*.txt")):
        name = path.stem[len(GAZETTEER_PREFIX) :]
        lists[name] = [
            line.strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
    return Gazetteer.from_lists(lists)


def gazetteer_for(lang: LangData) -> Gazetteer:
    """Return the gazetteer of a language (empty when the folder has no lists)."""
    return load_gazetteer(lang.folder)


def _shape(word: str) -> str:
    """Return the word's character classes with repeats collapsed: "Jong-un" -> "Xx-x"."""
    out: list[str] = []
    for char in word:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out[:8])


@lru_cache(maxsize=200_000)
def word_features(word: str) -> tuple[str, ...]:
    """Return the features that depend on the word alone (memoised: words repeat)."""
    lower = word.lower()
    has_alpha = any(char.isalpha() for char in word)
    feats = ["w=" + lower, "sh=" + _shape(word), f"len={min(len(word), 8)}"]
    for size in (1, 2, 3, 4):
        if len(lower) > size:
            feats.append(f"p{size}={lower[:size]}")
            feats.append(f"s{size}={lower[-size:]}")
    if word.istitle():
        feats.append("title")
    elif word.isupper() and has_alpha:
        feats.append("upper")
    elif has_alpha and not word.islower():
        feats.append("mixed")
    if word.isdigit():
        feats.append("digit")
    elif any(char.isdigit() for char in word):
        feats.append("hasdigit")
    if "-" in word:
        feats.append("hyphen")
    if not has_alpha and not any(char.isdigit() for char in word):
        feats.append("punct")
    return tuple(feats)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _capital_runs(words: Sequence[str]) -> list[tuple[int, int] | None]:
    """Return per word the (start, end) of the run of capitalised words it sits in, or None.

    Connectors ("Bank of America") stay inside a run when a capitalised word follows them.
    """
    runs: list[tuple[int, int] | None] = [None] * len(words)
    index = 0
    while index < len(words):
        if not _is_capitalised(words[index]):
            index += 1
            continue
        end = index + 1
        while end < len(words) and (
            _is_capitalised(words[end])
            or (
                words[end].lower() in _NAME_CONNECTORS
                and end + 1 < len(words)
                and _is_capitalised(words[end + 1])
            )
        ):
            end += 1
        for inside in range(index, end):
            runs[inside] = (index, end)
        index = end
    return runs


def _run_features(
    words: Sequence[str], lowered: Sequence[str], index: int, run: tuple[int, int]
) -> list[str]:
    """Return what a word learns from its whole capitalised run.

    Its place (B/I/E/S and length), the run's first and last words (the cue of "Dinas ...",
    "... Air", "... Holdings" reaches every word of a long name), and whether the run is
    spelled out before an acronym in brackets or is itself bracketed ("Badan X ( BX )").
    """
    start, end = run
    length = end - start
    size = f"{min(length, 4)}"
    if length == 1:
        place = "S"
    elif index == start:
        place = "B"
    elif index == end - 1:
        place = "E"
    else:
        place = "I"
    feats = ["cap=" + place + size, "rf=" + lowered[start], "rl=" + lowered[end - 1]]
    if (
        end + 2 < len(words)
        and words[end] == "("
        and words[end + 2] == ")"
        and words[end + 1].isupper()
    ):
        feats.append("r_acronym_follows")
    if start > 0 and words[start - 1] == "(" and end < len(words) and words[end] == ")":
        feats.append("r_bracketed")
    return feats


def sentence_features(words: Sequence[str], gazetteer: Gazetteer) -> list[list[str]]:
    """Return the CRF feature strings of every word of a sentence."""
    count = len(words)
    lowered = [word.lower() for word in words]
    own = [word_features(word) for word in words]
    shapes = [feats[1][3:] for feats in own]
    gazetteer_flags = gazetteer.match(words, lowered)
    runs = _capital_runs(words)
    padded_words = ["<s2>", "<s1>", *lowered, "</s1>", "</s2>"]
    padded_shapes = ["<s>", "<s>", *shapes, "</s>", "</s>"]
    sequence: list[list[str]] = []
    for index in range(count):
        at = index + 2
        feats = ["bias", *own[index]]
        feats += (
            "-2w=" + padded_words[at - 2],
            "-1w=" + padded_words[at - 1],
            "+1w=" + padded_words[at + 1],
            "+2w=" + padded_words[at + 2],
            "-1w|w=" + padded_words[at - 1] + "|" + lowered[index],
            "w|+1w=" + lowered[index] + "|" + padded_words[at + 1],
            "-2w|-1w=" + padded_words[at - 2] + "|" + padded_words[at - 1],
            "+1w|+2w=" + padded_words[at + 1] + "|" + padded_words[at + 2],
            "-1sh=" + padded_shapes[at - 1],
            "+1sh=" + padded_shapes[at + 1],
            "-1sh|sh|+1sh="
            + padded_shapes[at - 1]
            + "|"
            + shapes[index]
            + "|"
            + padded_shapes[at + 1],
        )
        if index == 0:
            feats.append("first")
        elif index == count - 1:
            feats.append("last")
        run = runs[index]
        if run is not None:
            feats += _run_features(words, lowered, index, run)
        for flag in gazetteer_flags[index]:
            feats.append("g:" + flag)
        if index > 0:
            for flag in gazetteer_flags[index - 1]:
                feats.append("-1g:" + flag)
        if index + 1 < count:
            for flag in gazetteer_flags[index + 1]:
                feats.append("+1g:" + flag)
        sequence.append(feats)
    return sequence


@lru_cache(maxsize=8)
def _tagger(model_path: Path) -> pycrfsuite.Tagger:
    """Open a CRF model once per path (the only state this module keeps)."""
    if not model_path.is_file():
        raise LangDataError(f"{model_path}: NER model is missing (train it: warta train ner)")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(model_path))
    except (OSError, ValueError) as exc:
        raise LangDataError(f"{model_path}: not a readable crfsuite model ({exc})") from exc
    return tagger


def tag_with_model(words: Sequence[str], *, model_path: Path, gazetteer: Gazetteer) -> list[str]:
    """Tag `words` with the model at `model_path` (training and evaluation use this too)."""
    if not words:
        return []
    return list(_tagger(model_path).tag(sentence_features(words, gazetteer)))


def recognize(words: Sequence[str], *, lang: LangData) -> list[str]:
    """Return one BIO tag per word ("B-PER", "I-ORG", "O") for one sentence."""
    return tag_with_model(words, model_path=lang.path(MODEL_PATH), gazetteer=gazetteer_for(lang))
