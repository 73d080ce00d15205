"""The actor registry: shipped tables, lookups, dated roles and validation (issue #4)."""

from __future__ import annotations

import csv
import time
from datetime import date
from pathlib import Path

import pytest

from warta.actors.registry import DEFAULT, load_registry
from warta.errors import LangDataError

KAPOLRI = "Chief of the Indonesian National Police"
SEED = Path(__file__).parents[3] / "shared" / "seed" / "kekhawatiran-jelang-pertemuan-kim-putin.txt"


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _only_match(registry, text: str):
    matches = registry.find(text)
    assert len(matches) == 1, matches
    return matches[0]


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "key", "sector"),
    [
        ("Korut kembali menguji rudal.", "Korut", "country", "PRK", ""),
        ("Korsel menggelar latihan.", "Korsel", "country", "KOR", ""),
        ("Delegasi AS tiba kemarin.", "AS", "country", "USA", ""),
        ("Juru bicara Gedung Putih menolak.", "Gedung Putih", "country", "USA", "GOV"),
        ("Pentagon mengirim kapal induk.", "Pentagon", "country", "USA", "MIL"),
        ("Kremlin membantah laporan itu.", "Kremlin", "country", "RUS", "GOV"),
        ("Pyongyang menolak tuduhan itu.", "Pyongyang", "country", "PRK", "GOV"),
        ("Moskow belum menanggapi.", "Moskow", "country", "RUS", "GOV"),
        ("Sekjen PBB berbicara.", "PBB", "igo", "UN", "IGO"),
        ("Dewan Keamanan PBB bersidang.", "Dewan Keamanan PBB", "igo", "UNSC", "IGO"),
        ("Uni Eropa dan UE sama saja.", "Uni Eropa", "igo", "EU", "IGO"),
        ("Jokowi meresmikan bendungan.", "Jokowi", "person", "joko-widodo", ""),
        ("Kim Jong Un memeriksa pabrik.", "Kim Jong Un", "person", "kim-jong-un", ""),
        ("The Kremlin said Kim Jong-un would come.", "Kim Jong-un", "person", "kim-jong-un", ""),
        ("Menhan itu datang.", "Menhan", "role_noun", "GOV:Minister of Defence", "GOV"),
        ("Ratusan demonstran berkumpul.", "demonstran", "role_noun", "CVL:Protesters", "CVL"),
    ],
)  # fmt: skip
def test_find_resolves_names(registry, text, phrase, kind, key, sector) -> None:
    match = next(m for m in registry.find(text) if m.text == phrase)
    assert (match.kind, match.key, match.sector) == (kind, key, sector)
    assert text[match.start : match.end] == phrase


def test_find_unsc_belongs_to_un(registry) -> None:
    match = _only_match(registry, "Dewan Keamanan PBB bersidang.")
    assert registry.igo_parents[match.key] == "UN"


@pytest.mark.parametrize(
    "text",
    [
        "Ia bekerja as usual di kantor.",  # the Indonesian/English word "as" is not the USA
        "Mereka membeli lima ekor kambing.",  # "lima" (five) is not Peru's capital
        "who said so?",
        "korut",  # an alias written with a capital needs one in the text
        "Kasusnya melibatkan Asia dan Rusiawan.",  # no match inside a longer word
    ],
)
def test_find_ignores_common_words(registry, text) -> None:
    assert [m for m in registry.find(text) if m.kind != "role_noun"] == []


@pytest.mark.parametrize(
    ("text", "key"),
    [("KORUT MENOLAK", "PRK"), ("Gedung putih", "USA"), ("Ibu kota Korea Utara", "PRK")],
)
def test_find_is_case_insensitive_after_the_first_letter(registry, text, key) -> None:
    assert [m.key for m in registry.find(text) if m.kind == "country"] == [key]


def test_find_prefers_the_longest_name(registry) -> None:
    matches = registry.find("Kepala Staf Kepresidenan dan Dewan Keamanan Nasional AS")
    assert [m.text for m in matches] == [
        "Kepala Staf Kepresidenan",
        "Dewan Keamanan Nasional",
        "AS",
    ]


def test_find_filters_by_language(registry) -> None:
    assert [m.key for m in registry.find("AS dan US", lang="id")] == ["USA"]
    assert [m.text for m in registry.find("AS dan US", lang="en")] == ["US"]


@pytest.mark.parametrize(
    ("actor_id", "on", "country", "sector", "role"),
    [
        ("sergei-shoigu", date(2023, 7, 15), "RUS", "GOV", "Minister of Defence"),
        ("sergei-shoigu", date(2024, 6, 1), "RUS", "GOV", "Secretary of the Security Council"),
        ("donald-trump", date(2019, 4, 25), "USA", "GOV", "President"),
        ("donald-trump", date(2025, 2, 1), "USA", "GOV", "President"),
        ("kim-jong-un", date(2023, 9, 5), "PRK", "GOV", "Supreme Leader"),
        ("vladimir-putin", date(2010, 1, 1), "RUS", "GOV", "Prime Minister"),
        ("john-kirby", date(2023, 9, 5), "USA", "GOV", "Spokesperson, National Security Council"),
        ("prabowo-subianto", date(2023, 9, 5), "IDN", "GOV", "Minister of Defence"),
        ("prabowo-subianto", date(2024, 11, 1), "IDN", "GOV", "President"),
        ("antonio-guterres", date(2023, 9, 5), "UN", "IGO", "Secretary-General"),
        ("listyo-sigit-prabowo", date(2022, 1, 1), "IDN", "COP", KAPOLRI),
    ],
)  # fmt: skip
def test_person_role_on_date(registry, actor_id, on, country, sector, role) -> None:
    held = registry.person_role(actor_id, on)
    assert held is not None
    assert (held.country, held.sector, held.role) == (country, sector, role)


@pytest.mark.parametrize(
    ("actor_id", "on"),
    [("donald-trump", date(2023, 9, 5)), ("joko-widodo", date(2000, 1, 1))],
)
def test_person_role_out_of_office_is_none(registry, actor_id, on) -> None:
    assert registry.person_role(actor_id, on) is None


def test_country_info(registry) -> None:
    info = registry.country("PRK")
    assert (info.name_en, info.name_id, info.capital_en) == (
        "North Korea",
        "Korea Utara",
        "Pyongyang",
    )
    with pytest.raises(LangDataError, match="XXX"):
        registry.country("XXX")


def _codes(name: str, column: str) -> set[str]:
    with (DEFAULT / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return {row[column] for row in csv.DictReader(lines, delimiter="\t")}


def test_every_code_in_the_tables_is_a_known_country() -> None:
    countries = _codes("countries.tsv", "iso3")
    igos = _codes("igos.tsv", "code")
    assert _codes("country_aliases.tsv", "iso3") - countries == set()
    assert _codes("people.tsv", "country") - countries == set()
    assert _codes("roles.tsv", "country") - countries - igos == set()


def test_load_is_fast(tmp_path) -> None:
    # A copy in a fresh folder, so the cached load of the shipped folder is not what we time.
    for table in DEFAULT.glob("*.tsv"):
        (tmp_path / table.name).write_bytes(table.read_bytes())
    started = time.perf_counter()
    load_registry(tmp_path)
    assert time.perf_counter() - started < 1.0


@pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED}")
def test_find_on_seed_article(registry) -> None:
    matches = registry.find(SEED.read_text(encoding="utf-8"))
    by_text: dict[str, set[str]] = {}
    for match in matches:
        by_text.setdefault(match.text, set()).add(match.key)
    expected = {
        "Kim Jong-un": "kim-jong-un",
        "Kim Jong Un": "kim-jong-un",
        "Vladimir Putin": "vladimir-putin",
        "Sergei Shoigu": "sergei-shoigu",
        "John Kirby": "john-kirby",
        "Donald Trump": "donald-trump",
        "Korut": "PRK",
        "Korea Utara": "PRK",
        "Pyongyang": "PRK",
        "Rusia": "RUS",
        "Moskow": "RUS",
        "AS": "USA",
        "Amerika Serikat": "USA",
        "Korsel": "KOR",
        "Korea Selatan": "KOR",
        "Seoul": "KOR",
        "Vietnam": "VNM",
        "Ukraina": "UKR",
    }
    assert {text: by_text.get(text) for text in expected} == {
        text: {key} for text, key in expected.items()
    }


# --- validation on small tables written here

VALID = {
    "countries.tsv": "# test\niso3\tiso2\tname_en\tname_id\tcapital_en\tcapital_id\n"
    "USA\tUS\tUnited States\tAmerika Serikat\tWashington\tWashington\n"
    "PRK\tKP\tNorth Korea\tKorea Utara\tPyongyang\tPyongyang\n",
    "country_aliases.tsv": "# test\niso3\tlang\talias\tkind\tsector\n"
    "USA\tid\tAS\tabbrev\t\nPRK\tid\tKorut\tabbrev\t\nUSA\t*\tPentagon\tseat\tMIL\n",
    "igos.tsv": "# test\ncode\tlang\talias\tkind\tsector\tparent\n"
    "UN\tid\tPBB\tabbrev\tIGO\t\nUNSC\tid\tDK PBB\tabbrev\tIGO\tUN\n",
    "people.tsv": "# test\nactor_id\tname\tvariants\tcountry\tnote\n"
    "kim-jong-un\tKim Jong-un\tKim Jong Un\tPRK\t\n",
    "roles.tsv": "# test\nactor_id\tcountry\tsector\trole\tstart\tend\n"
    "kim-jong-un\tPRK\tGOV\tSupreme Leader\t2011\t\n"
    "kim-jong-un\tPRK\tPTY\tParty Chair\t2016-05\t2021-01\n",
    "role_nouns.tsv": "# test\nlang\tphrase\tsector\trole\tkind\n"
    "id\tPresiden\tGOV\tPresident\trole\n",
}


def _write(folder: Path, **changes: str) -> Path:
    for name, text in {**VALID, **changes}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_small_tables_load(tmp_path) -> None:
    registry = load_registry(_write(tmp_path))
    assert [m.key for m in registry.find("Korut, AS dan DK PBB")] == ["PRK", "USA", "UNSC"]
    # A year-only start covers the whole year; a month-only end covers the whole month.
    assert registry.person_role("kim-jong-un", date(2011, 1, 1)).role == "Supreme Leader"
    assert registry.person_roles("kim-jong-un", date(2021, 1, 31))[1].role == "Party Chair"
    assert len(registry.person_roles("kim-jong-un", date(2021, 2, 1))) == 1


@pytest.mark.parametrize(
    ("name", "bad_line", "message"),
    [
        ("country_aliases.tsv", "XXX\tid\tAX\tabbrev\t", "unknown iso3 'XXX'"),
        ("country_aliases.tsv", "USA\tid\tGedung Putih\tseat\tGOVT", "unknown sector 'GOVT'"),
        ("country_aliases.tsv", "USA\tfr\tÉtats-Unis\tname\t", "unknown lang 'fr'"),
        ("country_aliases.tsv", "USA\tid\tAS\tabbrev", "malformed row"),
        ("country_aliases.tsv", "PRK\tid\tAS\tabbrev\t", "alias 'AS' already stands for"),
        ("roles.tsv", "kim-jong-un\tPRK\tGOV\tPremier\t2019-13-01\t", "bad date '2019-13-01'"),
        ("roles.tsv", "kim-jong-un\tPRK\tGOV\tPremier\t5 May 2019\t", "bad date '5 May 2019'"),
        ("roles.tsv", "kim-jong-il\tPRK\tGOV\tSupreme Leader\t1994\t2011", "unknown actor_id"),
        ("roles.tsv", "kim-jong-un\tXYZ\tGOV\tSupreme Leader\t2011\t", "unknown country 'XYZ'"),
        ("roles.tsv", "kim-jong-un\tPRK\tGOV\tLeader\t2020\t2019", "before"),
        ("people.tsv", "kim-jong-un\tKim Jong-un\t\tPRK\t", "duplicate actor_id"),
        ("people.tsv", "Kim Jong Il\tKim Jong-il\t\tPRK\t", "not a lowercase slug"),
        ("igos.tsv", "UNGA\ten\tUNGA\tabbrev\tIGO\tUNO", "unknown parent 'UNO'"),
        ("role_nouns.tsv", "id\tpolisi\tPOLICE\tPolice\tgroup", "unknown sector 'POLICE'"),
    ],
)
def test_validation_cites_file_and_line(tmp_path, name, bad_line, message) -> None:
    text = VALID[name] + bad_line + "\n"
    line_number = text.count("\n")
    _write(tmp_path, **{name: text})
    with pytest.raises(LangDataError, match=message) as caught:
        load_registry(tmp_path)
    assert f"{name}:{line_number}" in str(caught.value)


def test_validation_rejects_a_wrong_header(tmp_path) -> None:
    _write(tmp_path, **{"people.tsv": "actor\tname\n"})
    with pytest.raises(LangDataError, match=r"people\.tsv:1: header"):
        load_registry(tmp_path)


def test_validation_reports_a_missing_file(tmp_path) -> None:
    _write(tmp_path)
    (tmp_path / "roles.tsv").unlink()
    with pytest.raises(LangDataError, match=r"roles\.tsv: file is missing"):
        load_registry(tmp_path)
