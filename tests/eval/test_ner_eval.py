"""The entity scorer on hand-made tags, the corpus readers, and deterministic training."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warta.analyze.ner import Gazetteer
from warta.analyze.ner_corpus import _gum_sentence, map_tags, read_columns
from warta.analyze.ner_train import CrfParams, evaluate_model, train_model
from warta.errors import BadInput
from warta.eval import ner
from warta.eval.ner_score import average, entity_spans, score

DATA = Path(
    os.environ.get("WARTA_DATA", Path(__file__).resolve().parents[2].parent / "shared/data")
)
needs_data = pytest.mark.skipif(
    not (DATA / "ner-id").is_dir(), reason="../shared/data is absent (gold data lives there only)"
)


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
        (["O", "I-PER", "I-PER"], {(1, 3, "PER")}),
        (["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}),
        (["B-ORG", "B-ORG"], {(0, 1, "ORG"), (1, 2, "ORG")}),
        (["O", "O"], set()),
    ],
)
def test_entity_spans_read_bio_like_conlleval(tags: list[str], spans: set) -> None:
    assert entity_spans(tags) == spans


def test_score_counts_exact_spans_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "O"]]
    metrics = score(gold, predicted)
    # 2 of 3 predicted spans are right ("Joko" alone is not "Joko Widodo"), 2 of 3 gold found.
    assert metrics["precision"] == pytest.approx(0.6667)
    assert metrics["recall"] == pytest.approx(0.6667)
    assert metrics["n"] == 3
    assert metrics["per_type"]["PER"]["f1"] == 0.0
    assert metrics["per_type"]["LOC"]["f1"] == 1.0


def test_average_means_fold_figures() -> None:
    first = score([["B-PER"]], [["B-PER"]])
    second = score([["B-PER"]], [["O"]])
    assert average([first, second])["f1"] == 0.5
    assert average([first, second])["per_type"]["PER"]["recall"] == 0.5


@pytest.mark.parametrize(
    ("source", "keep", "mapped"),
    [
        (["B-PERSON", "I-PERSON", "O"], None, ["B-PER", "I-PER", "O"]),
        (["B-PLACE", "B-ORGANISATION"], None, ["B-LOC", "B-ORG"]),
        (["B-TIME", "B-LOCATION"], frozenset({"LOC"}), ["O", "B-LOC"]),
        (["B-FNB", "B-PPL"], None, ["O", "B-PER"]),
    ],
)
def test_map_tags_unifies_labels(source: list[str], keep: frozenset | None, mapped: list) -> None:
    assert map_tags(source, keep) == mapped


def test_read_columns_takes_first_and_last_column(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_text("Rudi PROPN B-PER\npulang VERB O\n\nDi ADP O\nBogor PROPN B-LOC\n")
    assert read_columns(path) == [
        (["Rudi", "pulang"], ["B-PER", "O"]),
        (["Di", "Bogor"], ["O", "B-LOC"]),
    ]


def _row(
    index: int, word: str, upos: str, head: int, entity: str = "", xpos: str = "_"
) -> list[str]:
    misc = f"Entity={entity}" if entity else "_"
    return [str(index), word, word, upos, xpos, "_", str(head), "dep", "_", misc]


def test_gum_sentence_keeps_named_mentions_only() -> None:
    # "The mayor of the city of Springfield met the United States envoy ."
    rows = [
        _row(1, "The", "DET", 2, "(1-person-new-x-cf1-2-coref"),
        _row(2, "mayor", "NOUN", 9),
        _row(3, "of", "ADP", 5),
        _row(4, "the", "DET", 5, "(2-place-new-x-cf1-2-coref"),
        _row(5, "city", "NOUN", 2),
        _row(6, "of", "ADP", 7),
        _row(7, "Springfield", "PROPN", 5, "(3-place-new-x-cf1-1-coref)2)1)"),
        _row(8, "met", "VERB", 0),
        _row(9, "the", "DET", 13, "(4-person-new-x-cf1-3-coref(5-place-new-x-cf1-2-coref"),
        _row(10, "United", "PROPN", 11),
        _row(11, "States", "PROPN", 13, "5)"),
        _row(12, "envoy", "NOUN", 8, "4)"),
    ]
    rows[1][6] = "8"  # mayor <- met
    rows[8][6] = "11"  # the <- States
    rows[11][6] = "8"  # envoy <- met
    words, tags = _gum_sentence(rows)
    assert tags == ["O", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "B-LOC", "I-LOC", "O"]
    assert words[6] == "Springfield"


def test_gum_person_names_lose_titles_and_groups_are_no_persons() -> None:
    # "President Ana Ruiz thanked Mr. Oduya , the Secretary and the Welsh ."
    rows = [
        _row(1, "President", "PROPN", 3, "(1-person-new-x-cf1-3-coref"),
        _row(2, "Ana", "PROPN", 3),
        _row(3, "Ruiz", "PROPN", 4, "1)"),
        _row(4, "thanked", "VERB", 0),
        _row(5, "Mr.", "PROPN", 6, "(2-person-new-x-cf1-2-coref"),
        _row(6, "Oduya", "PROPN", 4, "2)"),
        _row(7, ",", "PUNCT", 9),
        _row(8, "the", "DET", 9, "(3-person-new-x-cf1-2-coref"),
        _row(9, "Secretary", "PROPN", 6, "3)"),
        _row(10, "and", "CCONJ", 12),
        _row(11, "the", "DET", 12, "(4-person-new-x-cf1-2-coref"),
        _row(12, "Welsh", "PROPN", 9, "4)", xpos="NNPS"),
        _row(13, ".", "PUNCT", 4),
    ]
    _, tags = _gum_sentence(rows)
    assert tags == ["O", "B-PER", "I-PER", "O", "O", "B-PER", *["O"] * 7]


def test_gum_coordination_of_names_gives_way_to_the_names() -> None:
    # "[[Ana Ruiz] and [Ben Lo]] spoke ."
    rows = [
        _row(1, "Ana", "PROPN", 2, "(1-person-new-x-cf1-5-coref(2-person-new-x-cf1-2-coref"),
        _row(2, "Ruiz", "PROPN", 6, "2)"),
        _row(3, "and", "CCONJ", 5),
        _row(4, "Ben", "PROPN", 5, "(3-person-new-x-cf1-2-coref"),
        _row(5, "Lo", "PROPN", 2, "3)1)"),
        _row(6, "spoke", "VERB", 0),
        _row(7, ".", "PUNCT", 6),
    ]
    _, tags = _gum_sentence(rows)
    assert tags == ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "O"]


def _sentence(words: str, tags: str) -> tuple[list[str], list[str]]:
    return words.split(), tags.split()


TINY_TRAIN = [
    _sentence("Rudi Hartono pergi ke Bogor kemarin .", "B-PER I-PER O O B-LOC O O"),
    _sentence("Sinta tinggal di Medan .", "B-PER O O B-LOC O"),
    _sentence("Bank Sentosa membuka kantor di Depok .", "B-ORG I-ORG O O O B-LOC O"),
    _sentence("Kata Rudi , Medan panas .", "O B-PER O B-LOC O O"),
]


def test_train_model_is_deterministic(tmp_path: Path) -> None:
    gazetteer = Gazetteer.from_lists({"city": ["Bogor", "Medan"]})
    params = CrfParams(max_iterations=30)
    first = train_model(
        TINY_TRAIN, gazetteer=gazetteer, model_path=tmp_path / "a.crfsuite", params=params
    )
    second = train_model(
        TINY_TRAIN, gazetteer=gazetteer, model_path=tmp_path / "b.crfsuite", params=params
    )
    assert first.read_bytes() == second.read_bytes()
    metrics = evaluate_model(first, TINY_TRAIN, gazetteer=gazetteer)
    assert metrics["f1"] == 1.0


def test_train_model_reports_progress(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    train_model(
        TINY_TRAIN,
        gazetteer=Gazetteer.from_lists({}),
        model_path=tmp_path / "p.crfsuite",
        params=CrfParams(max_iterations=10),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen and all(total == 10 for _, total in seen)


def test_run_rejects_unknown_dataset(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="conll2003"):
        ner.run(tmp_path, datasets=["conll2003"])


@needs_data
def test_run_scores_shipped_model_on_idner_test() -> None:
    (result,) = ner.run(DATA, datasets=["idner-news-2k-test"])
    assert result["task"] == "ner" and result["dataset"] == "idner-news-2k-test"
    assert result["n"] > 900
    assert result["metrics"]["f1"] > 0.8
    assert set(result["metrics"]["per_type"]) == {"PER", "ORG", "LOC"}
