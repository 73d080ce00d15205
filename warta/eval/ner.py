"""`warta eval ner`: entity-level P/R/F1 of Warta's NER on the gold data sets (SPEC section 4).

- `nerui-5fold`, `nerugm-5fold`: the IndoLEM protocol. For each fold k a fresh CRF (same
  features, gazetteers and parameters as the shipped model) trains on `train.0k` with the
  data set's own labels and is tested on `test.0k`; the figures are the mean over folds.
- `nergrit-test`, `idner-news-2k-test`, `gum-test`: the shipped models on held-out tests.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warta.analyze.ner import MODEL_PATH, load_gazetteer
from warta.analyze.ner_corpus import read_corpus
from warta.analyze.ner_train import RECIPES, evaluate_model, read_split, train_model
from warta.errors import BadInput
from warta.eval.ner_score import average
from warta.lang import load

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
FOLDS = (1, 2, 3, 4, 5)
CROSS_VALIDATED = {"nerui-5fold": "nerui", "nerugm-5fold": "nerugm"}
SHIPPED = {
    "nergrit-test": ("id", "nergrit", "test"),
    "idner-news-2k-test": ("id", "idner-news-2k", "test"),
    "gum-test": ("en", "gum", "test"),
}
DATASETS = (*CROSS_VALIDATED, *SHIPPED)


def run(
    data_dir: Path,
    *,
    datasets: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> list[dict[str, Any]]:
    """Evaluate NER on `datasets` (default: all) and return one SPEC eval result for each."""
    chosen = list(datasets or DATASETS)
    unknown = [name for name in chosen if name not in DATASETS]
    if unknown:
        raise BadInput(f"unknown NER eval data set(s) {unknown} (known: {', '.join(DATASETS)})")
    steps = sum(len(FOLDS) if name in CROSS_VALIDATED else 1 for name in chosen)
    done = 0
    results: list[dict[str, Any]] = []
    for name in chosen:
        if name in CROSS_VALIDATED:
            fold_scores = []
            for fold in FOLDS:
                fold_scores.append(cross_validate_fold(data_dir, CROSS_VALIDATED[name], fold))
                done += 1
                if progress is not None:
                    progress(done, steps)
            metrics = average(fold_scores)
            metrics["folds"] = [fold_score["f1"] for fold_score in fold_scores]
        else:
            lang_code, corpus, split = SHIPPED[name]
            lang = load(lang_code)
            metrics = evaluate_model(
                lang.path(MODEL_PATH),
                read_split(data_dir, corpus, split),
                gazetteer=load_gazetteer(lang.folder),
            )
            done += 1
            if progress is not None:
                progress(done, steps)
        results.append({"task": "ner", "dataset": name, "n": metrics.pop("n"), "metrics": metrics})
    return results


def cross_validate_fold(data_dir: Path, corpus: str, fold: int) -> dict[str, Any]:
    """Train a fresh Indonesian CRF on one IndoLEM fold and score it on that fold's test."""
    gazetteer = load_gazetteer(load("id").folder)
    train = read_corpus(data_dir, corpus, "train", fold=fold)
    test = read_corpus(data_dir, corpus, "test", fold=fold)
    with tempfile.TemporaryDirectory(prefix="warta-ner-") as folder:
        model_path = Path(folder) / f"{corpus}-{fold}.crfsuite"
        train_model(train, gazetteer=gazetteer, model_path=model_path, params=RECIPES["id"].params)
        result = evaluate_model(model_path, test, gazetteer=gazetteer)
    log.info("%s fold %d: F1 %.4f", corpus, fold, result["f1"])
    return result
