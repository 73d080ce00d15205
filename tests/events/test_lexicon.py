"""The event lexicon (issue #5, item 1): both languages load, forms map to the right PLOVER
type and argument structure, malformed files fail naming file and line, and every CASE 2021
label is mapped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, needs_data
from warta.errors import LangDataError
from warta.events.lexicon import (
    PLOVER_TYPES,
    Lexicon,
    load_case_map,
    load_lexicon,
    load_media_outlets,
    load_plover,
)
from warta.lang import LangData, available, load

LEXICON_FILES = (
    "event_lexicon.tsv",
    "event_prepositions.tsv",
    "status_cues.tsv",
    "attribution_cues.tsv",
    "anonymous_sources.txt",
)
CASE_DIR = DATA / "events-en" / "case2021"


def _lexicon(code: str) -> Lexicon:
    return load_lexicon(load(code))


def _lang_copy(tmp_path: Path, code: str, replace: dict[str, str]) -> LangData:
    """Return a language folder in tmp_path holding `code`'s lexicon files, some replaced."""
    source = load(code)
    for name in LEXICON_FILES:
        shutil.copy(source.folder / name, tmp_path / name)
    for name, text in replace.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return LangData(code="xx", name="Test", folder=tmp_path)


@pytest.mark.parametrize("code", available())
def test_lexicon_loads_and_covers_every_plover_type(code: str) -> None:
    lexicon = _lexicon(code)
    covered = {entry.type for entry in lexicon.entries}
    assert covered == set(PLOVER_TYPES)
    assert len(lexicon.entries) >= 600
    assert {cue.status for cue in lexicon.status_cues} >= {"planned", "denied", "negated"}
    assert lexicon.attribution_cues and lexicon.anonymous and lexicon.prepositions


@pytest.mark.parametrize(
    ("code", "text", "phrase", "event_type", "mode", "form", "args"),
    [
        ("id", "mengecam", "mengecam", "ACCUSE", "disapprove", "active", "st"),
        ("id", "dikecam oleh", "dikecam", "ACCUSE", "disapprove", "passive", "ts"),
        ("id", "kecaman keras", "kecaman", "ACCUSE", "disapprove", "noun", "noun"),
        ("id", "bertemu dengan Putin", "bertemu dengan", "CONSULT", None, "middle", "recip"),
        ("id", "Menjatuhkan sanksi baru", "menjatuhkan sanksi", "SANCTION", "discontinue",
         "active", "st"),
        ("id", "unjuk rasa di Jakarta", "unjuk rasa", "PROTEST", "demo", "noun", "noun"),
        ("id", "berunjuk rasa", "berunjuk rasa", "PROTEST", "demo", "middle", "s"),
        ("id", "membantah", "membantah", "REJECT", None, "active", "st"),
        ("id", "kunjungan Shoigu ke Korut", "kunjungan", "CONSULT", "visit", "noun", "noun"),
        ("id", "menjamu Kim", "menjamu", "CONSULT", "visit", "active", "ts"),
        ("id", "berbicara melalui telepon", "berbicara melalui telepon", "CONSULT", "phone",
         "middle", "recip"),
        ("id", "menandatangani perjanjian", "menandatangani perjanjian", "SUPPORT", None,
         "active", "recip"),
        ("id", "mengancam akan", "mengancam akan", "THREATEN", None, "active", "st"),
        ("id", "ditangkap polisi", "ditangkap", "COERCE", "arrest", "passive", "ts"),
        ("id", "serangan udara", "serangan udara", "ASSAULT", "aerial", "noun", "noun"),
        ("id", "mengundurkan diri", "mengundurkan diri", "RETREAT", "resign", "middle", "s"),
        ("en", "met", "met", "CONSULT", None, "active", "recip"),
        ("en", "condemned the", "condemned", "ACCUSE", "disapprove", "active", "st"),
        ("en", "condemned by", "condemned", "ACCUSE", "disapprove", "passive", "ts"),
        ("en", "imposed sanctions on", "imposed sanctions", "SANCTION", "discontinue",
         "active", "st"),
        ("en", "held talks with", "held talks", "CONSULT", None, "active", "recip"),
        ("en", "denied", "denied", "REJECT", None, "active", "st"),
        ("en", "Airstrikes hit", "airstrikes", "ASSAULT", "aerial", "noun", "noun"),
        ("en", "hosted", "hosted", "CONSULT", "visit", "active", "ts"),
        ("en", "went on strike", "went on strike", "PROTEST", "strike", "middle", "s"),
    ],
)  # fmt: skip
def test_lexicon_match_codes_surface_form(
    code: str, text: str, phrase: str, event_type: str, mode: str | None, form: str, args: str
) -> None:
    matches = _lexicon(code).match(text.split(), 0)
    assert matches, f"no entry for {text!r}"
    assert matches[0].phrase == phrase
    found = {(e.type, e.mode, e.form, e.args) for e in matches if e.phrase == phrase}
    assert (event_type, mode, form, args) in found


def test_lexicon_match_is_longest_first_and_positional() -> None:
    words = ["AS", "akan", "bertemu", "dengan", "Korut"]
    lexicon = _lexicon("id")
    assert lexicon.match(words, 0) == []
    assert [e.phrase for e in lexicon.match(words, 2)] == ["bertemu dengan", "bertemu"]
    assert lexicon.match(words, 99) == []


@pytest.mark.parametrize(
    ("code", "text", "status", "position"),
    [
        ("id", "akan bertemu", "planned", "before"),
        ("id", "diperkirakan akan", "expected", "before"),
        ("id", "dikabarkan", "speculated", "before"),
        ("id", "jika Korut", "conditional", "before"),
        ("id", "membantah", "denied", "governs"),
        ("id", "tidak", "negated", "before"),
        ("id", "silam", "occurred", "after"),
        ("en", "is expected to meet", "expected", "before"),
        ("en", "reportedly", "speculated", "before"),
        ("en", "did not", "negated", "before"),
        ("en", "denied", "denied", "governs"),
    ],
)
def test_status_cue_matches(code: str, text: str, status: str, position: str) -> None:
    cue = _lexicon(code).match_status(text.split(), 0)[0]
    assert (cue.status, cue.position) == (status, position)


@pytest.mark.parametrize(
    ("code", "text", "pattern"),
    [
        ("id", "menurut New York Times", "cue_X"),
        ("id", "seperti dikutip dari BBC", "cue_X"),
        ("id", "kata Kirby", "cue_after_X"),
        ("id", "melaporkan bahwa", "X_cue"),
        ("en", "according to officials", "cue_X"),
        ("en", "told reporters", "X_cue"),
    ],
)
def test_attribution_cue_matches(code: str, text: str, pattern: str) -> None:
    patterns = {cue.pattern for cue in _lexicon(code).match_attribution(text.split(), 0)}
    assert pattern in patterns


@pytest.mark.parametrize(
    ("code", "word", "role"),
    [("id", "oleh", "agent"), ("id", "dengan", "partner"), ("id", "antara", "participants"),
     ("id", "ke", "target_place"), ("en", "against", "target"), ("en", "By", "agent")],
)  # fmt: skip
def test_preposition_role(code: str, word: str, role: str) -> None:
    assert _lexicon(code).role(word) == role


@pytest.mark.parametrize(
    ("code", "text", "phrase"),
    [
        ("id", "pejabat yang enggan disebut namanya kata", "pejabat yang enggan disebut namanya"),
        ("en", "officials who asked not to be named said", "officials who asked not to be named"),
    ],
)  # fmt: skip
def test_anonymous_source_matches_longest(code: str, text: str, phrase: str) -> None:
    assert _lexicon(code).match_anonymous(text.split(), 0)[0] == phrase


def test_media_outlets_hold_agencies_and_indonesian_outlets() -> None:
    outlets = load_media_outlets()
    assert {"new york times", "bbc news", "reuters", "kcna", "antara", "kompas"} <= outlets


def test_plover_scheme_has_modes_and_manual_scores() -> None:
    plover = load_plover()
    assert {code.type for code in plover.codes} == set(PLOVER_TYPES)
    assert plover.modes("CONSULT") == {"visit", "third-party", "multilateral", "phone"}
    assert plover.modes("AGREE") == frozenset()
    visit = plover.code("CONSULT", "visit")
    assert visit is not None and (visit.cameo, visit.score) == ("042", 4.0)
    assert plover.code("ASSAULT", "unconventional").score == -10.0  # type: ignore[union-attr]
    assert plover.code("CONSULT", "dance") is None


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("event_lexicon.tsv", "mengecam\tBLAME\t\t111\t-2\tactive\tst", "PLOVER 2.0 type"),
        ("event_lexicon.tsv", "mengecam\tACCUSE\tvisit\t111\t-2\tactive\tst", "not a mode of"),
        ("event_lexicon.tsv", "mengecam\tACCUSE\t\t11a\t-2\tactive\tst", "CAMEO code"),
        ("event_lexicon.tsv", "mengecam\tACCUSE\t\t111\tlow\tactive\tst", "not a number"),
        ("event_lexicon.tsv", "mengecam\tACCUSE\t\t111\t-2\tgerund\tst", "form"),
        ("event_lexicon.tsv", "mengecam\tACCUSE\t\t111\t-2\tactive\tso", "args"),
        ("event_lexicon.tsv", "Mengecam\tACCUSE\t\t111\t-2\tactive\tst", "lowercase"),
        ("event_lexicon.tsv", "unjuk  rasa\tPROTEST\tdemo\t141\t-5\tnoun\tnoun", "single spaces"),
        ("event_lexicon.tsv", "mengecam\tACCUSE\t111\t-2\tactive\tst", "7 tab-separated"),
        ("status_cues.tsv", "akan\tsoon\tbefore\t", "status"),
        ("status_cues.tsv", "akan\tplanned\tbetween\t", "position"),
        ("attribution_cues.tsv", "kata\tX_cue_X\t", "pattern"),
        ("event_prepositions.tsv", "oleh\tdoer", "role"),
    ],
)  # fmt: skip
def test_malformed_lexicon_row_names_file_and_line(
    tmp_path: Path, name: str, line: str, message: str
) -> None:
    header = load("id").path(name).read_text(encoding="utf-8").splitlines()
    columns = next(row for row in header if row and not row.startswith("#"))
    text = f"# test file\n{columns}\n{line}\n"
    lang = _lang_copy(tmp_path, "id", {name: text})
    with pytest.raises(LangDataError, match=message) as error:
        load_lexicon(lang)
    assert f"{tmp_path / name}:3" in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("phrase\ttype\tmode\tcameo\tscore\tform\targs\n", "must start with a '#'"),
        ("# no header row\n", "no header row"),
        ("# wrong header\nphrase\ttype\tcameo\n", "header must be"),
    ],
)
def test_malformed_lexicon_file_is_rejected(tmp_path: Path, text: str, message: str) -> None:
    lang = _lang_copy(tmp_path, "en", {"event_lexicon.tsv": text})
    with pytest.raises(LangDataError, match=message):
        load_lexicon(lang)


def test_duplicate_lexicon_row_is_rejected(tmp_path: Path) -> None:
    row = "mengecam\tACCUSE\tdisapprove\t111\t-2\tactive\tst"
    text = f"# test\nphrase\ttype\tmode\tcameo\tscore\tform\targs\n{row}\n{row}\n"
    lang = _lang_copy(tmp_path, "id", {"event_lexicon.tsv": text})
    with pytest.raises(LangDataError, match=r"event_lexicon.tsv:4: duplicate"):
        load_lexicon(lang)


def test_missing_lexicon_file_is_named(tmp_path: Path) -> None:
    lang = _lang_copy(tmp_path, "id", {})
    (tmp_path / "status_cues.tsv").unlink()
    with pytest.raises(LangDataError, match=r"status_cues.tsv: file is missing"):
        load_lexicon(lang)


def test_case_map_modes_are_valid_for_their_types() -> None:
    plover = load_plover()
    for mapping in load_case_map().values():
        if mapping.mode:
            assert mapping.mode in plover.modes(mapping.type or "")
    assert load_case_map()["OTHER"].type is None


@pytest.mark.parametrize(
    ("label", "event_type", "mode"),
    [("PEACE_PROTEST", "PROTEST", "demo"), ("AIR_STRIKE", "ASSAULT", "aerial"),
     ("ARREST", "COERCE", "arrest"), ("MOB_VIOL", "PROTEST", "riot")],
)  # fmt: skip
def test_case_map_examples(label: str, event_type: str, mode: str) -> None:
    mapping = load_case_map()[label]
    assert (mapping.type, mapping.mode) == (event_type, mode)


@needs_data
def test_case_map_covers_every_case2021_label() -> None:
    listed = (CASE_DIR / "event_types.txt").read_text(encoding="utf-8").split()
    lines = (CASE_DIR / "task2_test_with_labels.tsv").read_text(encoding="utf-8").splitlines()
    in_test = {line.rsplit("\t", 1)[-1] for line in lines[1:] if line.strip()}
    assert set(listed) | in_test <= set(load_case_map())
