"""`warta bench` runs every stage over the sample corpus and reports each (figures are
printed by the command, not asserted: speed targets are not timed tests)."""

from __future__ import annotations

from warta.bench import run


def test_bench_reports_every_stage() -> None:
    rows = {row["stage"]: row for row in run(target=20)}
    expected = {
        "read",
        "trafilatura only",
        "extract",
        "store",
        "overall",
        "analyze: tokenize",
        "analyze: pos",
        "analyze: lemma",
        "analyze: ner",
        "analyze: times",
        "analyze (whole Doc)",
        "resolve",
        "events",
    }
    assert expected <= set(rows)
    assert rows["extract"]["articles"] >= 20
    assert all(rows[stage]["articles"] > 0 for stage in expected)
    assert rows["resolve"]["note"].startswith("+") and rows["events"]["note"].endswith("analysis")
