"""Indonesian lemmas and voice on words chosen for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.analyze.morphology import analyse, lemmatize
from warta.eval.lemma import run
from warta.lang import load

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.parametrize(
    ("word", "lemma", "voice"),
    [
        ("mengecam", "kecam", "active"),
        ("dikecam", "kecam", "passive"),
        ("kecaman", "kecam", None),
        ("mengecamnya", "kecam", "active"),
        ("mengunjungi", "kunjung", "active"),
        ("kunjungan", "kunjung", None),
        ("kunjungannya", "kunjung", None),
        ("perundingan", "runding", None),
        ("bertemu", "temu", "middle"),
        ("pertemuan", "temu", None),
        ("terlihat", "lihat", "stative"),
        ("menyebutkan", "sebut", "active"),
        ("memasok", "pasok", "active"),
        ("menegaskan", "tegas", "active"),
        ("diperkirakan", "kira", "passive"),
        ("memiliki", "milik", "active"),
        ("monyet-monyet", "monyet", None),
        ("benar-benar", "benar", None),
        ("Pemerintah", "perintah", None),
        ("setelah", "setelah", None),
        ("senjata", "senjata", None),
        ("Vladivostok", "Vladivostok", None),
        ("2023", "2023", None),
    ],
)
def test_analyse_indonesian_word(word: str, lemma: str, voice: str | None) -> None:
    assert analyse(word, lang=load("id")) == (lemma, voice)


def test_lemmatize_proper_noun_keeps_form() -> None:
    assert lemmatize("Keuangan", lang=load("id"), pos="NNP") == "Keuangan"
    assert lemmatize("Keuangan", lang=load("id")) == "uang"


@pytest.mark.parametrize(("word", "lemma"), [("Meetings", "meetings"), ("U.S.", "u.s.")])
def test_lemmatize_english_lowercases(word: str, lemma: str) -> None:
    assert analyse(word, lang=load("en")) == (lemma, None)


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is absent (UD gold lives there)")
def test_lemma_accuracy_on_ud_test() -> None:
    (result,) = run(DATA)
    assert result["n"] > 10_000
    assert result["metrics"]["accuracy"] >= 0.95
