"""Part-of-speech tagging: a CRF (python-crfsuite) over word-shape and context features.

The Indonesian model is trained on the tagged kumparan news sentences shipped in the
`nlp-id` wheel (`nlp_id/data/dataset_postag.txt`, MIT), with its tag set (NN, NNP, VB,
JJ, ADV, IN, SC, CC, PR, DT, NUM, NEG, RP, FW, UH, SYM). The English model is trained on
GUM (CoNLL-U, CC BY 4.0 annotations) with its UPOS mapped onto that tag set plus MD for
auxiliaries (`UPOS_TAGS`), re-tokenized the way Warta tokenizes. A language without a
model at `models/pos.crfsuite` gets no tags (None).
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

from warta.analyze.ner_corpus import gum_split
from warta.analyze.tokenize import segment
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
    seconds = _train_crf(
        train, model_path, c1=c1, c2=c2, max_iterations=max_iterations, progress=progress
    )
    correct, total = tag_accuracy(model_path, held)
    return {
        "train_sentences": len(train),
        "heldout_sentences": len(held),
        "heldout_tokens": total,
        "accuracy": correct / total if total else 0.0,
        "seconds": round(seconds, 1),
        "model_bytes": model_path.stat().st_size,
    }


TaggedSentence = tuple[list[str], list[str]]


def _train_crf(
    sentences: Sequence[TaggedSentence],
    model_path: Path,
    *,
    c1: float,
    c2: float,
    max_iterations: int,
    progress: Callable[[int, int], None] | None,
) -> float:
    """Train a CRF on `sentences`, write it to `model_path`, return the seconds it took."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(sentence_features(words), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    if progress is not None:
        trainer.message = _progress_reporter(progress, max_iterations)  # type: ignore[method-assign]
    model_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    trainer.train(str(model_path))
    return time.perf_counter() - started


def tag_accuracy(model_path: Path, sentences: Sequence[TaggedSentence]) -> tuple[int, int]:
    """Return (correct, total) tokens of the model at `model_path` on gold `sentences`."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    correct = total = 0
    for words, tags in sentences:
        predicted = tagger.tag(sentence_features(words))
        correct += sum(p == g for p, g in zip(predicted, tags, strict=True))
        total += len(tags)
    tagger.close()
    return correct, total


# GUM's UPOS onto Warta's tag set. Auxiliaries (be/have/do as auxiliaries or copula,
# modals) get MD, not VB: they are not the predicate, and code that looks for the verb
# of a clause tests `pos == "VB"`. "not"/"n't" are NEG (see `gum_tag`).
UPOS_TAGS = {
    "NOUN": "NN",
    "PROPN": "NNP",
    "VERB": "VB",
    "AUX": "MD",
    "ADJ": "JJ",
    "ADV": "ADV",
    "ADP": "IN",
    "SCONJ": "SC",
    "CCONJ": "CC",
    "PRON": "PR",
    "DET": "DT",
    "NUM": "NUM",
    "PART": "RP",
    "INTJ": "UH",
    "PUNCT": "SYM",  # the Indonesian data tags punctuation SYM too
    "SYM": "SYM",
    "X": "FW",
}
_NEGATIONS = frozenset({"not", "n't", "n’t", "nt"})


def gum_tag(upos: str, form: str, feats: str) -> str:
    """Return Warta's tag for a GUM token ("PART" "n't" -> "NEG", "AUX" -> "MD")."""
    if upos == "PART" and (form.lower() in _NEGATIONS or "Polarity=Neg" in feats):
        return "NEG"
    if upos not in UPOS_TAGS:
        raise BadInput(f"GUM token {form!r}: unknown UPOS {upos!r}")
    return UPOS_TAGS[upos]


def read_conllu_tagged(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Read a CoNLL-U file into sentences: the sentence text rebuilt from the forms and
    SpaceAfter=No, and each token's (start, end, Warta tag) in that text.

    The words of a multiword token ("workforce’s" = "workforce" + "’s") share its span
    when their forms do not spell it, else each gets its own slice.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BadInput(f"{path}: cannot read CoNLL-U ({exc})") from exc
    sentences: list[tuple[str, list[tuple[int, int, str]]]] = []
    text = ""
    spans: list[tuple[int, int, str]] = []
    multiword_end = 0  # last word id inside the current multiword token
    surface_start = surface_end = 0  # its span in `text`
    for line in [*lines, ""]:
        if not line.strip():
            if spans:
                sentences.append((text, spans))
            text, spans, multiword_end = "", [], 0
            continue
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 10:
            raise BadInput(f"{path}: not a CoNLL-U line: {line[:60]!r}")
        word_id, form, upos, feats, misc = cells[0], cells[1], cells[3], cells[5], cells[9]
        if "-" in word_id:
            multiword_end = int(word_id.split("-")[1])
            surface_start, surface_end = len(text), len(text) + len(form)
            text += form + ("" if "SpaceAfter=No" in misc else " ")
            continue
        if not word_id.isdigit():  # an empty node (8.1) has no text
            continue
        tag = gum_tag(upos, form, feats)
        if int(word_id) <= multiword_end:
            offset = sum(end - start for start, end, _ in spans if start >= surface_start)
            piece_start = surface_start + offset
            if text[piece_start : piece_start + len(form)] == form:
                spans.append((piece_start, piece_start + len(form), tag))
            else:
                spans.append((surface_start, surface_end, tag))
            continue
        spans.append((len(text), len(text) + len(form), tag))
        text += form + ("" if "SpaceAfter=No" in misc else " ")
    return sentences


def retokenize(
    text: str, spans: Sequence[tuple[int, int, str]], *, lang: LangData
) -> TaggedSentence:
    """Tokenize `text` as Warta does and give each token the tag of the gold tokens it
    covers: "didn't" (did + n't) is NEG, "Obama's" keeps the name's tag, a hyphenated
    word the tag of its last part ("well-known" JJ), a piece of a gold token its tag."""
    _, tokens = segment(text, lang=lang)
    words: list[str] = []
    tags: list[str] = []
    for token in tokens:
        covered = [tag for start, end, tag in spans if start < token.end and token.start < end]
        if not covered:
            continue
        if "NEG" in covered:
            tag = "NEG"
        elif "-" in token.text:
            tag = ([t for t in covered if t != "SYM"] or covered)[-1]
        else:
            tag = ([t for t in covered if t not in ("SYM", "RP", "MD")] or covered)[0]
        words.append(token.text)
        tags.append(tag)
    return words, tags


def read_gum_pos(
    data_dir: Path, split: str, *, lang: LangData | None = None
) -> dict[str, list[TaggedSentence]]:
    """Read GUM's tagged sentences of a split, per document ("train" = every document not
    in dev or test). With `lang`, sentences are re-tokenized as Warta tokenizes that
    language; without, GUM's own tokens are kept."""
    splits = gum_split(data_dir)
    held_out = set(splits.get("dev", [])) | set(splits.get("test", []))
    folder = data_dir / "ner-en" / "gum"
    documents: dict[str, list[TaggedSentence]] = {}
    for path in sorted(folder.glob("*.conllu")):
        in_split = path.stem not in held_out if split == "train" else path.stem in splits[split]
        if not in_split:
            continue
        sentences = []
        for text, spans in read_conllu_tagged(path):
            if lang is not None:
                sentences.append(retokenize(text, spans, lang=lang))
            else:
                sentences.append(
                    ([text[start:end] for start, end, _ in spans], [t for *_, t in spans])
                )
        documents[path.stem] = [s for s in sentences if s[0]]
    return documents


def train_pos_gum(
    data_dir: Path,
    model_path: Path,
    *,
    lang: LangData,
    seed: int = 0,
    c1: float = 0.5,
    c2: float = 0.01,
    max_iterations: int = 150,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, float | int | str]:
    """Train the English tagger on GUM's train documents (re-tokenized as Warta does) and
    return token accuracy on the official dev and test documents, all and news only, on
    Warta's tokens and on GUM's own tokens."""
    train_docs = read_gum_pos(data_dir, "train", lang=lang)
    train = [sentence for name in sorted(train_docs) for sentence in train_docs[name]]
    if not train:
        raise BadInput(f"{data_dir / 'ner-en' / 'gum'}: no GUM training sentences found")
    random.Random(seed).shuffle(train)
    seconds = _train_crf(
        train, model_path, c1=c1, c2=c2, max_iterations=max_iterations, progress=progress
    )
    metrics: dict[str, float | int | str] = {
        "train_documents": len(train_docs),
        "train_sentences": len(train),
        "train_tokens": sum(len(words) for words, _ in train),
    }
    for split in ("dev", "test"):
        for tokens, tokenizer_lang in (("warta", lang), ("gum", None)):
            documents = read_gum_pos(data_dir, split, lang=tokenizer_lang)
            for genre, names in (("all", list(documents)), ("news", _news(documents))):
                sentences = [s for name in names for s in documents[name]]
                correct, total = tag_accuracy(model_path, sentences)
                key = f"{split}_{genre}_{tokens}_tokens"
                metrics[key] = total
                metrics[f"{split}_{genre}_{tokens}_accuracy"] = (
                    round(correct / total, 4) if total else 0.0
                )
    metrics["seconds"] = round(seconds, 1)
    metrics["model_bytes"] = model_path.stat().st_size
    return metrics


def _news(documents: dict[str, list[TaggedSentence]]) -> list[str]:
    return [name for name in documents if name.startswith("GUM_news_")]


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
