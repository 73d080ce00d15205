"""Sentence splitting and tokenization on sentences written for these tests."""

from __future__ import annotations

import pytest

from warta.analyze.tokenize import segment
from warta.lang import load


def _tokens(text: str, lang_code: str = "id") -> list[str]:
    _, tokens = segment(text, lang=load(lang_code))
    return [token.text for token in tokens]


def _sentences(text: str, lang_code: str = "id") -> list[str]:
    sentences, _ = segment(text, lang=load(lang_code))
    return [text[sent.start : sent.end] for sent in sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prof. Dr. Budi tinggal di Jl. Merdeka No. 10.",
            ["Prof.", "Dr.", "Budi", "tinggal", "di", "Jl.", "Merdeka", "No.", "10", "."],
        ),
        ("Kim Jong-un benar-benar datang.", ["Kim", "Jong-un", "benar-benar", "datang", "."]),
        (
            "Harga 10.000 naik 10,5% pukul 10.15 WIB.",
            ["Harga", "10.000", "naik", "10,5", "%", "pukul", "10.15", "WIB", "."],
        ),
        (
            "Senin (4/9/2023) dan Rabu (24/04).",
            ["Senin", "(", "4/9/2023", ")", "dan", "Rabu", "(", "24/04", ")", "."],
        ),
        ('Ia berkata, "Kami siap."', ["Ia", "berkata", ",", '"', "Kami", "siap", ".", '"']),
        (
            "Lihat https://warta.example/a?b=1, tulis ke kim@mail.co.id atau @warta #pemilu.",
            [
                "Lihat",
                "https://warta.example/a?b=1",
                ",",
                "tulis",
                "ke",
                "kim@mail.co.id",
                "atau",
                "@warta",
                "#pemilu",
                ".",
            ],
        ),
        (
            "Dalam kunjungannya, ia menunggu...",
            ["Dalam", "kunjungannya", ",", "ia", "menunggu", "..."],
        ),
        ("Dana a.n. Siti dll. sudah cair.", ["Dana", "a.n.", "Siti", "dll.", "sudah", "cair", "."]),
    ],
)
def test_tokenize_keeps_units_whole(text: str, expected: list[str]) -> None:
    assert _tokens(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. envoy met Mr. Lee on Sept. 5. He left.",
            ["The U.S. envoy met Mr. Lee on Sept. 5.", "He left."],
        ),
        ('She said: "No." Then she left.', ['She said: "No."', "Then she left."]),
        ("Talks at No. 10 ended. J. Smith spoke.", ["Talks at No. 10 ended.", "J. Smith spoke."]),
    ],
)
def test_segment_english_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judul Berita Tanpa Titik\n\nIsi paragraf pertama. Kalimat kedua.",
            ["Judul Berita Tanpa Titik", "Isi paragraf pertama.", "Kalimat kedua."],
        ),
        ("Buah, sayur, dll. Semua habis.", ["Buah, sayur, dll.", "Semua habis."]),
        ("Ia menunggu... Lalu pergi.", ["Ia menunggu...", "Lalu pergi."]),
        ("Kalimat tanpa titik\n\ndi paragraf baru", ["Kalimat tanpa titik", "di paragraf baru"]),
        ("Baris ini berlanjut\nke baris berikut.", ["Baris ini berlanjut\nke baris berikut."]),
        ("Editor: Umar\nTAG :\nBaca Juga", ["Editor: Umar", "TAG :", "Baca Juga"]),
        (
            "Harga naik (lihat tabel). Warga mengeluh.",
            ["Harga naik (lihat tabel).", "Warga mengeluh."],
        ),
    ],
)
def test_segment_indonesian_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_segment_offsets_index_the_text() -> None:
    text = "  Presiden Jokowi tiba.\n\n  Ia disambut warga.  "
    sentences, tokens = segment(text, lang=load("id"))
    assert all(text[token.start : token.end] == token.text for token in tokens)
    assert [token.sent for token in tokens] == [0, 0, 0, 0, 1, 1, 1, 1]
    assert text[sentences[1].start : sentences[1].end] == "Ia disambut warga."


def test_segment_empty_text_has_nothing() -> None:
    assert segment("   \n ", lang=load("id")) == ((), ())
