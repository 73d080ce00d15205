"""The English POS tagger: GUM reading and tag mapping, tags on Warta's own tokens, training."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import DATA
from warta.analyze.pos import gum_tag, read_conllu_tagged, retokenize, tag_pos
from warta.analyze.tokenize import segment
from warta.cli import main
from warta.lang import load

GUM = DATA / "ner-en" / "gum"
needs_gum = pytest.mark.skipif(
    not GUM.is_dir(), reason="../shared/data/ner-en/gum is absent (GUM is read from there only)"
)


def _warta_words(text: str) -> list[str]:
    _, tokens = segment(text, lang=load("en"))
    return [token.text for token in tokens]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor did not sign the budget in Surabaya on Friday.",
            {"mayor": "NN", "did": "MD", "not": "NEG", "sign": "VB", "Surabaya": "NNP"},
        ),
        (
            "Farmers who didn't receive seeds blocked the road.",
            {"Farmers": "NN", "didn't": "NEG", "receive": "VB", "blocked": "VB", "road": "NN"},
        ),
        (
            "Vietnam will deploy four patrol boats, the navy said.",
            {"Vietnam": "NNP", "will": "MD", "deploy": "VB", "four": "NUM", "said": "VB"},
        ),
        (
            "Prime Minister Anwar Ibrahim visited Hanoi and praised the deal.",
            {"Anwar": "NNP", "Ibrahim": "NNP", "visited": "VB", "Hanoi": "NNP", "and": "CC"},
        ),
        (
            "The strike ended quickly because the workers won a raise.",
            {"the": "DT", "quickly": "ADV", "because": "SC", "won": "VB", ".": "SYM"},
        ),
    ],
)
def test_tag_pos_english_on_warta_tokens(text: str, expected: dict[str, str]) -> None:
    words = _warta_words(text)
    tags = dict(zip(words, tag_pos(words, lang=load("en")), strict=True))
    assert {word: tags[word] for word in expected} == expected


@pytest.mark.parametrize(
    ("upos", "form", "feats", "expected"),
    [
        ("PART", "n't", "_", "NEG"),
        ("PART", "not", "Polarity=Neg", "NEG"),
        ("PART", "to", "_", "RP"),
        ("AUX", "was", "Mood=Ind", "MD"),
        ("VERB", "signed", "Tense=Past", "VB"),
        ("PUNCT", ",", "_", "SYM"),
        ("PROPN", "Ambon", "Number=Sing", "NNP"),
        ("X", "etc", "_", "FW"),
    ],
)
def test_gum_tag_maps_upos(upos: str, form: str, feats: str, expected: str) -> None:
    assert gum_tag(upos, form, feats) == expected


# Our own sentence in CoNLL-U, with GUM's habits: "don't" split, a multiword token, a hyphen.
_CONLLU = (
    "# text = They don't trust the mayor's long-term plan.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\tSpaceAfter=No\n"
    "3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t_\t_\n"
    "4\ttrust\ttrust\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6-7\tmayor's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "6\tmayor\tmayor\tNOUN\tNN\t_\t11\tnmod\t_\t_\n"
    "7\t's\t's\tPART\tPOS\t_\t6\tcase\t_\t_\n"
    "8\tlong\tlong\tADJ\tJJ\t_\t10\tamod\t_\tSpaceAfter=No\n"
    "9\t-\t-\tPUNCT\tHYPH\t_\t10\tpunct\t_\tSpaceAfter=No\n"
    "10\tterm\tterm\tNOUN\tNN\t_\t11\tcompound\t_\t_\n"
    "11\tplan\tplan\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "12\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
)


def test_read_conllu_and_retokenize(tmp_path: Path) -> None:
    path = tmp_path / "own.conllu"
    path.write_text(_CONLLU, encoding="utf-8")
    ((text, spans),) = read_conllu_tagged(path)
    assert text.strip() == "They don't trust the mayor's long-term plan."
    assert [text[start:end] for start, end, _ in spans][1:3] == ["do", "n't"]
    assert [text[start:end] for start, end, _ in spans][5:7] == ["mayor", "'s"]
    words, tags = retokenize(text, spans, lang=load("en"))
    assert list(zip(words, tags, strict=True)) == [
        ("They", "PR"),
        ("don't", "NEG"),
        ("trust", "VB"),
        ("the", "DT"),
        ("mayor's", "NN"),
        ("long-term", "NN"),
        ("plan", "NN"),
        (".", "SYM"),
    ]


def test_english_model_card_names_data_license_and_command() -> None:
    card = load("en").path("models/pos.md").read_text(encoding="utf-8")
    assert load("en").path("models/pos.crfsuite").is_file()
    for needed in ("GUM", "CC BY 4.0", "Zeldes", "warta train pos --lang en", "MD", "NEG"):
        assert needed in card


@needs_gum
def test_train_pos_en_command_on_a_slice_of_gum(tmp_path: Path) -> None:
    gum = tmp_path / "data" / "ner-en" / "gum"
    gum.mkdir(parents=True)
    for name in ("GUM_news_iodine", "GUM_news_nasa", "GUM_news_korea"):
        shutil.copy(GUM / f"{name}.conllu", gum / f"{name}.conllu")
    (gum / "splits.md").write_text(
        "## dev\n\n  * GUM_news_iodine\n\n## test\n\n  * GUM_news_nasa\n", encoding="utf-8"
    )
    model = tmp_path / "pos.crfsuite"
    result = CliRunner().invoke(
        main,
        ["train", "pos", "--lang", "en", "--data", str(tmp_path / "data"), "--output", str(model)],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output[result.output.index("{") :])
    assert metrics["train_documents"] == 1
    assert model.is_file() and metrics["model_bytes"] == model.stat().st_size
    # One news document of training still tags most of another news document right.
    assert 0.7 < metrics["test_news_warta_accuracy"] <= 1.0
    assert metrics["dev_all_warta_tokens"] > 0
