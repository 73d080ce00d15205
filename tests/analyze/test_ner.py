"""NER on sentences written for these tests, with the shipped models and gazetteers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from warta.analyze.ner import (
    Gazetteer,
    recognize,
    sentence_features,
    tag_with_model,
    word_features,
)
from warta.errors import LangDataError
from warta.eval.ner_score import entity_spans
from warta.lang import load

SEED_TEXT = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "seed"
    / "kekhawatiran-jelang-pertemuan-kim-putin.txt"
)


def _entities(sentence: str, lang_code: str) -> set[tuple[str, str]]:
    words = sentence.split()
    tags = recognize(words, lang=load(lang_code))
    return {(" ".join(words[start:end]), label) for start, end, label in entity_spans(tags)}


@pytest.mark.parametrize(
    ("lang_code", "sentence", "expected"),
    [
        (
            "id",
            "Presiden Joko Widodo bertemu Perdana Menteri Anthony Albanese di Jakarta .",
            {("Joko Widodo", "PER"), ("Anthony Albanese", "PER"), ("Jakarta", "LOC")},
        ),
        (
            "id",
            "Menteri Luar Negeri Retno Marsudi terbang ke Tokyo pada Selasa pagi .",
            {("Retno Marsudi", "PER"), ("Tokyo", "LOC")},
        ),
        (
            "id",
            "Juru bicara Kementerian Pertahanan mengatakan latihan itu digelar di Natuna .",
            {("Kementerian Pertahanan", "ORG"), ("Natuna", "LOC")},
        ),
        (
            "en",
            "Joe Biden met Fumio Kishida in Tokyo on Monday .",
            {("Joe Biden", "PER"), ("Fumio Kishida", "PER"), ("Tokyo", "LOC")},
        ),
    ],
)
def test_recognize_finds_entities(lang_code: str, sentence: str, expected: set) -> None:
    assert expected <= _entities(sentence, lang_code)


@pytest.mark.parametrize("lang_code", ["id", "en"])
@pytest.mark.parametrize(
    "sentence", ["Hujan turun sejak pagi .", "Rain fell all morning .", "Tokyo", ""]
)
def test_recognize_returns_one_tag_per_word(lang_code: str, sentence: str) -> None:
    words = sentence.split()
    tags = recognize(words, lang=load(lang_code))
    assert len(tags) == len(words)
    assert all(tag == "O" or tag[:2] in ("B-", "I-") for tag in tags)


def test_recognize_leaves_plain_sentence_untagged() -> None:
    words = ["hujan", "turun", "sejak", "pagi", "tadi", "."]
    assert recognize(words, lang=load("id")) == ["O"] * len(words)


def test_tag_with_model_names_missing_model(tmp_path: Path) -> None:
    missing = tmp_path / "none.crfsuite"
    with pytest.raises(LangDataError, match=r"none\.crfsuite"):
        tag_with_model(["Jakarta"], model_path=missing, gazetteer=Gazetteer.from_lists({}))


def test_gazetteer_prefers_longest_entry_and_flags_best_list() -> None:
    gazetteer = Gazetteer.from_lists({"city": ["New York"], "org": ["New York Times"]})
    words = ["laporan", "New", "York", "Times"]
    flags = gazetteer.match(words, [word.lower() for word in words])
    assert flags[0] == []
    assert "city=B" in flags[1] and "org=B" in flags[1]
    assert "best:org=B" in flags[1] and "best:city=B" not in flags[1]
    assert flags[3] == ["org=I", "best:org=I"]


@pytest.mark.parametrize(
    ("words", "matched"),
    [(["AS", "menolak"], True), (["as", "well"], False), (["As", "well"], False)],
)
def test_gazetteer_matches_acronyms_in_exact_case_only(words: list[str], matched: bool) -> None:
    gazetteer = Gazetteer.from_lists({"place": ["AS"]})
    flags = gazetteer.match(words, [word.lower() for word in words])
    assert ("place=B" in flags[0]) is matched


@pytest.mark.parametrize(
    ("word", "shape", "flag"),
    [("Jong-un", "sh=Xx-x", "hyphen"), ("PBB", "sh=X", "upper"), ("2023", "sh=d", "digit")],
)
def test_word_features_read_shape(word: str, shape: str, flag: str) -> None:
    features = word_features(word)
    assert shape in features and flag in features


@pytest.mark.skipif(not SEED_TEXT.is_file(), reason="../shared/seed is absent")
def test_recognize_finds_seed_article_people_and_places() -> None:
    found: set[tuple[str, str]] = set()
    for line in SEED_TEXT.read_text(encoding="utf-8").splitlines():
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            words = re.findall(r"\w+(?:[-']\w+)*|[^\w\s]", sentence)
            tags = recognize(words, lang=load("id"))
            found |= {(" ".join(words[s:e]), label) for s, e, label in entity_spans(tags)}
    people = ["Kim Jong-un", "Vladimir Putin", "Sergei Shoigu", "John Kirby", "Donald Trump"]
    places = ["Korea Utara", "Korut", "Rusia", "Vladivostok", "Pyongyang", "Moskow", "AS"]
    assert {(name, "PER") for name in people} <= found
    assert {(name, "LOC") for name in places} <= found
    assert {("New York Times", "ORG"), ("BBC News", "ORG")} <= found


def test_sentence_features_spread_run_cues_over_the_whole_name() -> None:
    words = ["Warga", "mendatangi", "Dinas", "Tata", "Kota", "(", "DTK", ")", "kemarin", "."]
    feats = sentence_features(words, Gazetteer.from_lists({}))
    for index in (2, 3, 4):
        assert {"rf=dinas", "rl=kota", "r_acronym_follows"} <= set(feats[index])
    assert "r_bracketed" in feats[6]
    assert not any(feat.startswith("rf=") for feat in feats[7])
