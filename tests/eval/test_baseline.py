"""Quality floors: each pinned eval figure must not drop (trafilatura's eval_gate idea).

`tests/eval/baseline.json` pins figures measured by `warta eval ...`; a change that lowers
one by more than TOLERANCE fails CI unless the baseline is lowered on purpose in the same
change (say why in the commit). Evals over ../shared/data skip when it is absent. NER's
5-fold cross-validation (about a minute per corpus) is left to `warta eval ner`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA
from warta.config import Settings

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))
TOLERANCE = 0.005
NEEDS_DATA = {"extract", "lemma", "ner", "events-en"}


@cache
def _results(task: str) -> dict[str, dict[str, Any]]:
    """Run one eval task once per test session; key its results by data set (and system)."""
    if task == "time":
        from warta.eval.time import run

        results = run()
    elif task == "actors":
        from warta.eval.actors import run_actors, run_places

        results = run_actors() + run_places()
    elif task == "events-own":
        from warta.eval.events import run_english_own, run_indonesian

        results = [run_indonesian(), run_english_own()]
    elif task == "events-en":
        from warta.eval.events import run_case, run_plover

        results = [run_plover(DATA), run_case(DATA)]
    elif task == "extract":
        from warta.eval.extract import run

        results = run(DATA, settings=Settings())
    elif task == "lemma":
        from warta.eval.lemma import run

        results = run(DATA)
    elif task == "ner":
        from warta.eval.ner import run

        results = run(DATA, datasets=["nergrit-test", "idner-news-2k-test", "gum-test"])
    else:
        raise ValueError(task)
    keyed = {}
    for result in results:
        system = result["metrics"].get("system")
        keyed[f"{result['dataset']}/{system}" if system else result["dataset"]] = result["metrics"]
    return keyed


CASES = [
    (task, dataset, metric, floor)
    for task, datasets in BASELINE.items()
    for dataset, metrics in datasets.items()
    for metric, floor in metrics.items()
]


@pytest.mark.parametrize(
    ("task", "dataset", "metric", "floor"), CASES, ids=[f"{t}:{d}:{m}" for t, d, m, _ in CASES]
)
def test_eval_figure_does_not_drop(task: str, dataset: str, metric: str, floor: float) -> None:
    if task in NEEDS_DATA and not DATA.is_dir():
        pytest.skip("../shared/data is absent (gold data is read from there only)")
    measured = _results(task)[dataset][metric]
    assert measured >= floor - TOLERANCE, (
        f"{task} {dataset} {metric} fell to {measured:.4f} from the pinned {floor:.4f}"
    )


def test_extraction_beats_plain_trafilatura_in_the_same_run() -> None:
    if not DATA.is_dir():
        pytest.skip("../shared/data is absent (gold data is read from there only)")
    results = _results("extract")
    assert results["scrapinghub/warta"]["f1"] >= results["scrapinghub/trafilatura"]["f1"]
