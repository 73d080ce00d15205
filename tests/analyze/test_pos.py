"""POS tagging with the shipped Indonesian model, and training on a small file we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.analyze.pos import read_tagged, tag_pos, train_pos
from warta.lang import LangData, load


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            ["Presiden", "Jokowi", "mengunjungi", "pasar", "baru", "."],
            ["NN", "NNP", "VB", "NN", "JJ", "SYM"],
        ),
        (
            ["Mereka", "tidak", "akan", "datang", "ke", "Jakarta", "."],
            ["PR", "NEG", "ADV", "VB", "IN", "NNP", "SYM"],
        ),
    ],
)
def test_tag_pos_indonesian(words: list[str], expected: list[str]) -> None:
    assert tag_pos(words, lang=load("id")) == expected


def test_tag_pos_without_model_gives_none(tmp_path: Path) -> None:
    # A language folder without models/pos.crfsuite: no tags rather than an error.
    lang = LangData(code="xx", name="Test", folder=tmp_path)
    assert tag_pos(["The", "vote"], lang=lang) == [None, None]


def test_read_tagged_glues_clitic(tmp_path: Path) -> None:
    data = tmp_path / "tagged.txt"
    data.write_text("rumah\tNN\nnya\tPR\nbesar\tJJ\n\nIa\tPR\npergi\tVB\n", encoding="utf-8")
    assert read_tagged(data) == [
        (["rumahnya", "besar"], ["NN", "JJ"]),
        (["Ia", "pergi"], ["PR", "VB"]),
    ]


def test_train_pos_writes_a_model_that_tags(tmp_path: Path) -> None:
    lines = []
    for noun in [
        "rumah",
        "pasar",
        "kantor",
        "sekolah",
        "jalan",
        "kota",
        "desa",
        "toko",
        "kapal",
        "pabrik",
    ]:
        lines += [f"Warga\tNN\nmembangun\tVB\n{noun}\tNN\nbaru\tJJ\n.\tSYM\n"]
    data = tmp_path / "tagged.txt"
    data.write_text("\n".join(lines), encoding="utf-8")
    model = tmp_path / "pos.crfsuite"
    metrics = train_pos(data, model, seed=0, max_iterations=30)
    assert model.is_file()
    assert metrics["train_sentences"] == 9 and metrics["heldout_sentences"] == 1
    assert metrics["accuracy"] == 1.0
