"""Part-of-speech tagging: a CRF (python-crfsuite) over word-shape and context features.

The Indonesian model is trained on the tagged kumparan news sentences shipped in the
`nlp-id` wheel (`nlp_id/data/dataset_postag.txt`, MIT), with its tag set (NN, NNP, VB,
JJ, ADV, IN, SC, CC, PR, DT, NUM, NEG, RP, FW, UH, SYM). A language without a model at
`models/pos.crfsuite` gets no tags (None), so English analysis still runs.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from warta.errors import BadInput, LangDataError
from warta.lang import LangData

log = logging.getLogger(__name__)

MODEL_NAME = "models/pos.crfsuite"
# The nlp-id data splits the clitic -nya off ("ada nya"); Warta's tokenizer keeps it on
# the word (issue #3), so training glues it back and the word keeps its own tag.
_CLITIC = "nya"
_DIGIT = re.compile(r"\d")
_SHAPE_RUNS = re.compile(r"(.)\1+")


def _shape(word: str) -> str:
    """Return the word's character classes with runs collapsed ("Jong-un" -> "Xx-x")."""
    classes = "".join(
        "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        for ch in word[:12]
    )
    return _SHAPE_RUNS.sub(r"\1", classes)


def _word_features(word: str) -> list[str]:
    lower = word.lower()
    return [
        "w=" + lower,
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
        "sh=" + _shape(word),
    ]


def sentence_features(words: Sequence[str]) -> list[list[str]]:
    """Return the CRF features of each word: its own form and shape plus a ±2 window."""
    lowers = [word.lower() for word in words]
    count = len(words)
    features = []
    for index, word in enumerate(words):
        items = _word_features(word)
        if index == 0:
            items.append("BOS")
        if index == count - 1:
            items.append("EOS")
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < count:
                items.append(f"w{offset:+d}=" + lowers[other])
        if index > 0:
            items.append("s3-1=" + lowers[index - 1][-3:])
            items.append("sh-1=" + _shape(words[index - 1]))
        if index + 1 < count:
            items.append("sh+1=" + _shape(words[index + 1]))
        features.append(items)
    return features


def read_tagged(data_path: Path) -> list[tuple[list[str], list[str]]]:
    """Read `word<TAB>tag` lines with blank lines between sentences, gluing -nya back on."""
    try:
        text = data_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"{data_path}: cannot read POS training data ({exc})") from exc
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in [*text.split("\n"), ""]:
        cells = line.split("\t")
        if len(cells) < 2:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, tag = cells[0].strip(), cells[1].strip().upper()
        if word.lower() == _CLITIC and words and words[-1][-1:].isalpha():
            words[-1] += word
            continue
        words.append(word)
        tags.append(tag)
    return sentences


def train_pos(
    data_path: Path,
    model_path: Path,
    *,
    seed: int = 0,
    c1: float = 0.5,
    c2: float = 0.01,
    max_iterations: int = 150,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, float | int | str]:
    """Train a CRF tagger on `data_path`, write it to `model_path`, return held-out metrics.

    A fixed-seed 10% of the sentences is held out; the model is trained on the rest.
    """
    sentences = read_tagged(data_path)
    if not sentences:
        raise BadInput(f"{data_path}: no tagged sentences found")
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    held_count = len(order) // 10
    held = [sentences[i] for i in order[:held_count]]
    train = [sentences[i] for i in order[held_count:]]

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in train:
        trainer.append(sentence_features(words), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    if progress is not None:
        trainer.message = _progress_reporter(progress, max_iterations)  # type: ignore[method-assign]
    model_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    trainer.train(str(model_path))
    seconds = time.perf_counter() - started

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    correct = total = 0
    for words, tags in held:
        predicted = tagger.tag(sentence_features(words))
        correct += sum(p == g for p, g in zip(predicted, tags, strict=True))
        total += len(tags)
    tagger.close()
    return {
        "train_sentences": len(train),
        "heldout_sentences": len(held),
        "heldout_tokens": total,
        "accuracy": correct / total if total else 0.0,
        "seconds": round(seconds, 1),
        "model_bytes": model_path.stat().st_size,
    }


def _progress_reporter(progress: Callable[[int, int], None], total: int) -> Callable[[str], None]:
    """Turn crfsuite's log lines into progress calls (one per iteration it reports)."""
    state = {"done": 0}

    def report(message: str) -> None:
        if message.startswith("***** Iteration #"):
            state["done"] += 1
            progress(min(state["done"], total), total)

    return report


@lru_cache(maxsize=8)
def _tagger(model_path: Path) -> pycrfsuite.Tagger | None:
    if not model_path.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(model_path))
    except OSError as exc:
        raise LangDataError(f"{model_path}: not a crfsuite model ({exc})") from exc
    return tagger


def tag_pos(words: Sequence[str], *, lang: LangData) -> list[str | None]:
    """Return one POS tag per word, or all None when the language ships no POS model."""
    tagger = _tagger(lang.path(MODEL_NAME))
    if tagger is None or not words:
        return [None] * len(words)
    return list(tagger.tag(sentence_features(words)))
