"""`analyze` over an article we wrote, and over the seed article when ../shared is present."""

from __future__ import annotations

from tests.conftest import SEED_TEXT, needs_seed
from warta.analyze import analyze, entities_from_bio
from warta.eval.actors import article_for
from warta.lang import load
from warta.records import Article, Token


def _article(text: str, published: str | None = "2023-09-05T10:15:00+07:00") -> Article:
    return article_for(text, lang="id", published=published)


def test_analyze_fills_tokens_and_times() -> None:
    doc = analyze(
        _article("Menteri itu dikecam warga kemarin.\n\nIa bertemu Presiden."), lang=load("id")
    )
    assert len(doc.sentences) == 2
    by_text = {token.text: token for token in doc.tokens}
    assert (by_text["dikecam"].lemma, by_text["dikecam"].voice) == ("kecam", "passive")
    assert by_text["bertemu"].sent == 1 and by_text["bertemu"].pos == "VB"
    assert [(t.text, t.value) for t in doc.times] == [("kemarin", "2023-09-04")]


def test_analyze_without_publication_skips_relative_times() -> None:
    doc = analyze(_article("Ia datang kemarin.", published=None), lang=load("id"))
    assert doc.times == ()


def test_entities_from_bio_spans_the_text() -> None:
    text = "Kata Joko Widodo di Solo"
    tokens = [
        Token("Kata", 0, 4),
        Token("Joko", 5, 9),
        Token("Widodo", 10, 16),
        Token("di", 17, 19),
        Token("Solo", 20, 24),
    ]
    entities = entities_from_bio(tokens, ["O", "B-PER", "I-PER", "O", "I-LOC"], text=text)
    assert [(e.text, e.start, e.end, e.label) for e in entities] == [
        ("Joko Widodo", 5, 16, "PER"),
        ("Solo", 20, 24, "LOC"),
    ]


@needs_seed
def test_analyze_seed_article_times() -> None:
    doc = analyze(_article(SEED_TEXT.read_text(encoding="utf-8")), lang=load("id"))
    times = {(t.text, t.value, t.precision, t.mod) for t in doc.times}
    assert {
        ("September 2023 ini", "2023-09", "month", None),
        ("bulan Juli 2023", "2023-07", "month", None),
        ("akhir bulan lalu", "2023-08", "month", "end"),
        ("April 2019 silam", "2019-04", "month", None),
        ("bulan ini", "2023-09", "month", None),
    } <= times
    assert doc.sentences[0].start == 0
    assert doc.text[doc.sentences[0].start : doc.sentences[0].end] == (
        "Kekhawatiran Jelang Pertemuan Kim Jong-un dan Vladimir Putin"
    )
