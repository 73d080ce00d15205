"""`warta eval` and `warta train`: quality figures and model training, edges over warta.eval."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from warta.cli import FORMATS, _Context, _handle_errors, _progress_bar, main

T = TypeVar("T")


@main.group(name="eval")
def eval_group() -> None:
    """Measure quality against gold data (see `warta eval --help`)."""


DATA_OPTION = click.option(
    "--data", help="Gold data folder (default ../shared/data, env WARTA_DATA)."
)


@eval_group.command(name="extract")
@DATA_OPTION
@click.option("--limit", type=int, help="Only the first N pages.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def eval_extract(obj: _Context, data: str | None, limit: int | None, fmt: str) -> None:
    """Token precision/recall/F1 of Warta's extraction and of plain trafilatura."""
    from warta.eval import data_dir
    from warta.eval.extract import run

    results = _with_bar(
        "pages",
        lambda progress: run(
            data_dir(data or obj.settings.data),
            settings=obj.settings,
            limit=limit,
            progress=progress,
        ),
    )
    _render_eval(results, fmt)


@eval_group.command(name="time")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_handle_errors
def eval_time(fmt: str) -> None:
    """Accuracy of time-expression finding and normalisation on Warta's gold set."""
    from warta.eval.time import run

    _render_eval(run(), fmt)


@eval_group.command(name="lemma")
@DATA_OPTION
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def eval_lemma(obj: _Context, data: str | None, fmt: str) -> None:
    """Indonesian lemma accuracy on the UD Indonesian-CSUI test treebank."""
    from warta.eval import data_dir
    from warta.eval.lemma import run

    _render_eval(run(data_dir(data or obj.settings.data)), fmt)


@eval_group.command(name="ner")
@DATA_OPTION
@click.option(
    "--dataset",
    "datasets",
    multiple=True,
    help="Only this data set (repeatable): nerui-5fold, nerugm-5fold, nergrit-test, "
    "idner-news-2k-test, gum-test.",
)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def eval_ner(obj: _Context, data: str | None, datasets: tuple[str, ...], fmt: str) -> None:
    """Entity-level P/R/F1: NER-UI/NER-UGM 5-fold (IndoLEM), NERGrit, idner-news-2k, GUM."""
    from warta.eval import data_dir
    from warta.eval.ner import run

    results = _with_bar(
        "folds/sets",
        lambda progress: run(
            data_dir(data or obj.settings.data), datasets=list(datasets) or None, progress=progress
        ),
    )
    _render_eval(results, fmt)


@eval_group.command(name="actors")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_handle_errors
def eval_actors(fmt: str) -> None:
    """Accuracy of actor country, sector and actor_id on Warta's gold mentions."""
    from warta.eval.actors import run_actors

    results = _with_bar("mentions", run_actors)
    _render_eval(results, fmt)


@eval_group.command(name="places")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_handle_errors
def eval_places(fmt: str) -> None:
    """Accuracy of place resolution (GeoNames id, or country) on Warta's gold mentions."""
    from warta.eval.actors import run_places

    results = _with_bar("mentions", run_places)
    _render_eval(results, fmt)


@eval_group.command(name="events")
@DATA_OPTION
@click.option("--only-own", is_flag=True, help="Only Warta's own gold sets (no ../shared data).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
@_handle_errors
def eval_events(obj: _Context, data: str | None, only_own: bool, fmt: str) -> None:
    """Event type, arguments, status, date and place: PLOVER gold, CASE 2021, Warta's own sets."""
    from warta.eval import data_dir
    from warta.eval.events import run

    folder = None if only_own else data_dir(data or obj.settings.data)
    results = _with_bar("items", lambda progress: run(folder, progress))
    _render_eval(results, fmt)


@eval_group.command(name="agreement")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@_handle_errors
def eval_agreement(fmt: str) -> None:
    """Agreement of the second, blind Indonesian event annotation with the first."""
    from warta.eval.agreement import agreement

    _render_eval([agreement()], fmt)


@main.group(name="train")
def train_group() -> None:
    """Train Warta's models from gold data (fixed seeds; see each model card)."""


@train_group.command(name="ner")
@click.option("--lang", "lang_code", type=click.Choice(["id", "en"]), required=True)
@DATA_OPTION
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    help="Model file (default: the shipped model under warta/lang/<lang>/models/).",
)
@click.option("--seed", type=int, default=0, show_default=True)
@click.pass_obj
@_handle_errors
def train_ner_command(
    obj: _Context, lang_code: str, data: str | None, output: Path | None, seed: int
) -> None:
    """Train the NER model of a language and print its test metrics."""
    from warta import lang as lang_data
    from warta.analyze.ner_train import train_ner
    from warta.eval import data_dir

    model = output or lang_data.load(lang_code).path("models/ner.crfsuite")
    metrics = _with_bar(
        "iterations",
        lambda progress: train_ner(
            lang_code,
            data_dir=data_dir(data or obj.settings.data),
            model_path=model,
            seed=seed,
            progress=progress,
        ),
    )
    click.echo(json.dumps(metrics, indent=2, ensure_ascii=False))


@train_group.command(name="pos")
@click.option(
    "--lang",
    "lang_code",
    type=click.Choice(["id", "en"]),
    default="id",
    show_default=True,
    help="id: nlp-id's tagged sentences; en: GUM's train documents (from --data).",
)
@DATA_OPTION
@click.option(
    "--data-file",
    type=click.Path(path_type=Path),
    help="Indonesian tagged sentences (default: nlp_id/data/dataset_postag.txt from the "
    "nlp-id wheel; install it with `pip install --no-deps nlp-id`).",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    help="Model file (default: the shipped warta/lang/<lang>/models/pos.crfsuite).",
)
@click.option("--seed", type=int, default=0, show_default=True)
@click.pass_obj
@_handle_errors
def train_pos_command(
    obj: _Context,
    lang_code: str,
    data: str | None,
    data_file: Path | None,
    output: Path | None,
    seed: int,
) -> None:
    """Train a POS tagger and print its held-out accuracy (en: GUM dev and test)."""
    from warta import lang as lang_data
    from warta.analyze.pos import train_pos, train_pos_gum
    from warta.errors import ConfigError
    from warta.eval import data_dir

    lang = lang_data.load(lang_code)
    model = output or lang.path("models/pos.crfsuite")
    if lang_code == "en":
        gold = data_dir(data or obj.settings.data)
        metrics = _with_bar(
            "iterations",
            lambda progress: train_pos_gum(gold, model, lang=lang, seed=seed, progress=progress),
        )
        click.echo(json.dumps(metrics, indent=2, ensure_ascii=False))
        return
    if data_file is None:
        from importlib.util import find_spec

        # find_spec locates the package without importing it: nlp_id's __init__ needs
        # nltk, which a --no-deps install leaves out.
        spec = find_spec("nlp_id")
        if spec is None or not spec.submodule_search_locations:
            raise ConfigError(
                "no --data-file and nlp-id is not installed; "
                "run `pip install --no-deps nlp-id` (its wheel carries the tagged sentences)"
            )
        package = Path(next(iter(spec.submodule_search_locations)))
        data_file = package / "data" / "dataset_postag.txt"
    metrics = _with_bar(
        "iterations", lambda progress: train_pos(data_file, model, seed=seed, progress=progress)
    )
    click.echo(json.dumps(metrics, indent=2, ensure_ascii=False))


def _render_eval(results: list[dict[str, Any]], fmt: str) -> None:
    """Print eval results: a table per data set, or one JSON object per data set."""
    if fmt != "table":
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
        return
    for result in results:
        metrics = result["metrics"]
        click.echo(f"{result['task']} / {result['dataset']} (n={result['n']})")
        for key, value in metrics.items():
            if isinstance(value, float):
                click.echo(f"  {key:<24} {value:.4f}")
            elif not isinstance(value, dict):
                click.echo(f"  {key:<24} {value}")
        for name, sub in ((k, v) for k, v in metrics.items() if isinstance(v, dict)):
            click.echo(f"  {name}:")
            for key, value in sub.items():
                shown = (
                    " ".join(
                        f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}"
                        for k, v in value.items()
                    )
                    if isinstance(value, dict)
                    else value
                )
                click.echo(f"    {key:<22} {shown}")


def _with_bar(label: str, run: Callable[[Any], T]) -> T:
    """Run `run(progress)` with a progress bar on a terminal, closed whatever happens."""
    progress, close_bar = _progress_bar(label)
    try:
        return run(progress)
    finally:
        close_bar()
