"""Event coding against gold data: PLOVER gold records, CASE 2021 task 2, Warta's own sets.

For the English sets each gold sentence gets ONE predicted type, that of `main_event`: of
the events coded from the text, the one in the earliest sentence whose predicate stands in
the main clause (not after a relative pronoun, a subordinator or an infinitival "to"), a
verb before a noun, then the first; none coded is a miss. The choice never looks at the
gold. PLOVER's old type names are mapped (DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT ->
ASSAULT, INVESTIGATE -> ACCUSE); CASE 2021 ACLED subtypes through
`warta/events/data/case2021_map.tsv` (labels with no PLOVER type are left out). "any" says
how often the gold type is among all coded events. "type_accuracy" compares Warta's own
type; "plover_view_type_accuracy" compares the PLOVER manual's view of it
(`warta.events.plover_view`: a planned visit is AGREE), which is how the PLOVER gold codes
announced and future actions. "type_source_target_accuracy" needs Warta's own type right and
the source and target countries to meet the gold ones;
"plover_view_type_source_target_accuracy" the view's type and recipient (an event with no
named target gets the implied domestic recipient the PLOVER gold codes).

For Warta's own sets (Indonesian articles, English reports), a gold event is found when a
coded event in the same sentence has its type and covers the gold trigger; type precision,
recall and F1 are over all coded events of the gold articles; source, target, status, date
and place are scored on the found events.

Every figure is also given per half ("halves"): the dev half is for error analysis, the
test half is looked at only to report. PLOVER: odd record numbers dev, even test; CASE
2021: even row ids dev, odd test; Indonesian: documents d01-d34, d68-d87 and d108-d147 dev,
the rest test; Warta's English reports: odd numbers dev, even test.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.eval.actors import coded
from warta.events import coding_options
from warta.events.lexicon import load_case_map
from warta.events.plover_view import plover_recipient, plover_type
from warta.events.triggers import CodingOptions
from warta.lang import load
from warta.records import Doc, Event, Token

OLD_TYPES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}
Progress = Callable[[int, int | None], None]


def read_plover(data: Path) -> list[dict[str, Any]]:
    """Read PLOVER_GSR_CAMEO.json leniently (it has trailing commas); drop DOCUMENT records."""
    path = data / "events-en" / "plover" / "PLOVER_GSR_CAMEO.json"
    text = re.sub(r",\s*([\]}])", r"\1", path.read_text(encoding="utf-8"))
    return [r for r in json.loads(text) if r.get("event") not in {None, "DOCUMENT"}]


def main_event(
    events: tuple[Event, ...], doc: Doc | None = None, options: CodingOptions | None = None
) -> Event | None:
    """The event a one-sentence report is about, chosen by where its predicate stands.

    Without the Doc and lexicon: the first event coded from a verb, else the first. With
    them, each event's predicate is found again in its span (the first lexicon phrase of its
    type) and the events are ranked by: sentence (a snippet leads with its news), then main
    clause before a subordinate one (a predicate after a relative pronoun, a subordinator
    such as "after"/"while", an infinitival "to" or a reporting "that", within its clause:
    English `event_cues.tsv` kind "subordinate"), then verb before noun, then position. The
    gold label plays no part.
    """
    if not events:
        return None
    ordered = sorted(events, key=lambda e: e.span[0])
    if doc is None or options is None:
        verbal = [e for e in ordered if e.confidence >= 0.6 or e.target is not None]
        return (verbal or ordered)[0]
    return min(ordered, key=lambda e: _clause_rank(e, doc, options))


_CLAUSE_BOUNDARIES = {",", ";", ":", "(", ")", "--", "\u2013", "\u2014"}


def _clause_rank(event: Event, doc: Doc, options: CodingOptions) -> tuple[int, int, int, int]:
    """(sentence, subordinate?, noun?, token) for an event: lower is more central."""
    tokens = [t for t in doc.tokens if event.span[0] <= t.start < event.span[1]]
    if not tokens:
        return (len(doc.sentences), 1, 1, event.span[0])
    sentence = tokens[0].sent
    in_sentence = [t for t in doc.tokens if t.sent == sentence]
    words = [t.text.lower() for t in in_sentence]
    offset = in_sentence.index(tokens[0])
    trigger, form = offset, None
    for position in range(offset, offset + len(tokens)):
        entries = [e for e in options.lexicon.match(words, position) if e.type == event.type]
        if entries:
            trigger, form = position, entries[0].form
            break
    noun = form == "noun" and not _object_of_verb(in_sentence, trigger)
    return (sentence, int(_subordinate(words, trigger, options)), int(noun), trigger)


_NOUN_PHRASE_TAGS = {"DT", "JJ", "NUM"}


def _object_of_verb(tokens: list[Token], position: int) -> bool:
    """Tell whether a noun predicate is the object of the verb before it ("joined protests",
    "staged a rally", "menggelar aksi"): the verb and its noun tell one act, as a verb does."""
    before = position - 1
    while before >= 0 and tokens[before].pos in _NOUN_PHRASE_TAGS:
        before -= 1
    return before >= 0 and tokens[before].pos == "VB"


def _subordinate(words: list[str], trigger: int, options: CodingOptions) -> bool:
    """Tell whether a subordinate-clause opener stands before the predicate in its clause.

    A "to" that ends a status cue ("failed to", "plans to") opens no clause of its own: the
    predicate after it is what the cue is about. A relative clause without commas is not
    closed ("Rebels who attacked a convoy seized a town" ranks both as subordinate): ending
    the scan at any verb predicate instead lowered dev accuracy on both English sets.
    """
    for position in range(trigger - 1, -1, -1):
        word = words[position]
        if word in _CLAUSE_BOUNDARIES:
            return False
        if options.event_cues.get(word) != "subordinate":
            continue
        if not _ends_status_cue(words, position, options):
            return True
    return False


def _ends_status_cue(words: list[str], position: int, options: CodingOptions) -> bool:
    """Tell whether a status cue ("failed to", "is set to") ends at `words[position]`."""
    return any(
        start + len(cue.words) - 1 == position
        for start in range(max(0, position - 3), position + 1)
        for cue in options.lexicon.match_status(words, start)
    )


def half_of_plover(record: dict[str, Any]) -> str:
    """PLOVER records with an odd id number are the dev half, even ones the test half."""
    number = int(re.sub(r"\D", "", str(record.get("id", "")).rsplit("-", 1)[-1]) or 0)
    return "dev" if number % 2 else "test"


def half_of_case(row_id: str) -> str:
    """CASE 2021 rows with an even id are the dev half, odd ones the test half."""
    return "dev" if int(row_id) % 2 == 0 else "test"


def half_of_doc(doc: str) -> str:
    """Indonesian gold documents d01-d34, d68-d87 and d108-d147 are the dev half, the rest
    (d35-d67, d88-d107) the test half.

    d68-d107 are the second, independent annotation round, split the same way as the first;
    d108-d147, the third, was written as dev data for error analysis."""
    number = int(doc.lstrip("d"))
    return "dev" if any(first <= number <= last for first, last in DEV_DOCS) else "test"


DEV_DOCS = ((1, 34), (68, 87), (108, 147))


@dataclass(frozen=True)
class _Judged:
    """One English gold sentence: its half, gold type, Warta's type and PLOVER-view type."""

    half: str
    gold: str
    predicted: str
    plover: str
    any_hit: bool
    parties_hit: bool  # type right (Warta's own) and source/target countries agree
    view_parties_hit: bool  # the same for the PLOVER view's type and recipient


def _type_scores(pairs: list[tuple[str, str]], hits_any: int) -> dict[str, Any]:
    """Accuracy and macro-F1 over (gold, predicted) type pairs."""
    labels = sorted({g for g, _ in pairs})
    f1s = {}
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(pairs)
    return {
        "type_accuracy": sum(g == p for g, p in pairs) / n if n else 0.0,
        "type_macro_f1": sum(f1s.values()) / len(f1s) if f1s else 0.0,
        "type_any": hits_any / n if n else 0.0,
        "coded": sum(p != "NONE" for _, p in pairs) / n if n else 0.0,
        "per_type_f1": {k: round(v, 4) for k, v in f1s.items()},
    }


def _english_metrics(judged: list[_Judged], with_parties: bool) -> dict[str, Any]:
    """Type scores over Warta's own types, plus the PLOVER-view accuracy beside them."""
    n = len(judged) or 1
    metrics = _type_scores([(j.gold, j.predicted) for j in judged], sum(j.any_hit for j in judged))
    metrics["plover_view_type_accuracy"] = sum(j.gold == j.plover for j in judged) / n
    if with_parties:
        metrics["type_source_target_accuracy"] = sum(j.parties_hit for j in judged) / n
        metrics["plover_view_type_source_target_accuracy"] = (
            sum(j.view_parties_hit for j in judged) / n
        )
    return metrics


def _with_halves(judged: list[_Judged], with_parties: bool) -> dict[str, Any]:
    metrics = _english_metrics(judged, with_parties)
    metrics["halves"] = {
        half: {
            key: value
            for key, value in _english_metrics(
                [j for j in judged if j.half == half], with_parties
            ).items()
            if key != "per_type_f1"
        }
        for half in ("dev", "test")
    }
    return metrics


def _judge(
    half: str, gold: str, text: str, published: str | None, parties: dict[str, Any] | None
) -> _Judged:
    result = coded(text, lang="en", published=published)
    events = result.events if result else ()
    event = main_event(events, result.doc, coding_options(load("en"))) if result else None
    predicted = event.type if event else "NONE"
    viewed = plover_type(event.type, event.status) if event else "NONE"
    source_hit = (
        event is not None
        and parties is not None
        and _countries_match(event.source, parties.get("source"))
    )
    return _Judged(
        half=half,
        gold=gold,
        predicted=predicted,
        plover=viewed,
        any_hit=any(e.type == gold for e in events),
        parties_hit=source_hit
        and predicted == gold
        and event is not None
        and _countries_match(event.target, parties.get("target") if parties else None),
        view_parties_hit=source_hit
        and viewed == gold
        and event is not None
        and _countries_match(
            plover_recipient(event.target, event.source, event.location),
            parties.get("target") if parties else None,
        ),
    )


def run_plover(data: Path, progress: Progress | None = None) -> dict[str, Any]:
    records = read_plover(data)
    judged = []
    for number, record in enumerate(records, start=1):
        gold = OLD_TYPES.get(record["event"], record["event"])
        judged.append(
            _judge(half_of_plover(record), gold, record["text"], record.get("date"), record)
        )
        if progress:
            progress(number, len(records))
    metrics = _with_halves(judged, with_parties=True)
    return {"task": "events", "dataset": "plover-gold", "n": len(records), "metrics": metrics}


# The PLOVER gold writes actors in CAMEO's codes: an international organisation is "IGO"
# or "NGO" (loosely: Amnesty International and the Red Cross are "IGO" there), and two
# countries keep old codes. Warta names the organisation itself ("UN", "AMNESTY") with
# sector IGO or NGO and uses ISO alpha-3, so these are matched by meaning.
_OLD_CAMEO_CODES = {"JAP": "JPN", "ITL": "ITA"}
_GENERIC_CODES = {"IGO", "NGO"}


def _countries_match(party: dict[str, Any] | None, gold: list[dict[str, Any]] | None) -> bool:
    """A gold side with no actors accepts anything; otherwise the country codes must meet.

    A few gold records hold a bare string where the actor list belongs ("diplomatic"):
    that side names no actor."""
    if not isinstance(gold, list):
        gold = None
    codes = {str(g.get("code") or "")[:3] for g in gold or [] if g.get("code")}
    if not codes:
        return True
    if party is None:
        return False
    country, sector = party.get("country") or "", party.get("sector") or ""
    codes = {_OLD_CAMEO_CODES.get(code, code) for code in codes}
    return country in codes or (sector in _GENERIC_CODES and bool(codes & _GENERIC_CODES))


def read_case(data: Path) -> list[tuple[str, str, str]]:
    """CASE 2021 task 2 rows as (id, snippet, PLOVER type); labels with no type left out."""
    path = data / "events-en" / "case2021" / "task2_test_with_labels.tsv"
    mapping = load_case_map()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) >= 3 and cells[2] in mapping and mapping[cells[2]].type:
            rows.append((cells[0], cells[1], str(mapping[cells[2]].type)))
    return rows


def run_case(data: Path, progress: Progress | None = None) -> dict[str, Any]:
    rows = read_case(data)
    judged = []
    for number, (row_id, text, gold) in enumerate(rows, start=1):
        judged.append(_judge(half_of_case(row_id), gold, text, None, None))
        if progress:
            progress(number, len(rows))
    return {
        "task": "events",
        "dataset": "case2021-task2",
        "n": len(rows),
        "metrics": _with_halves(judged, with_parties=False),
    }


@dataclass
class _DocScore:
    """One Indonesian gold document: its gold events found and its coded-event counts."""

    half: str
    gold: int
    predicted: int
    found: list[tuple[dict[str, Any], Event]]


def run_indonesian(progress: Progress | None = None) -> dict[str, Any]:
    """Warta's Indonesian gold articles (`events_id.jsonl`)."""
    return run_own("events_id", "id", "warta-events-id", half_of_doc, progress)


def run_english_own(progress: Progress | None = None) -> dict[str, Any]:
    """Warta's English gold reports in its own words (`events_en.jsonl`)."""
    return run_own("events_en", "en", "warta-events-en", half_of_english_doc, progress)


def half_of_english_doc(doc: str) -> str:
    """Warta's English gold reports with an odd number are the dev half, even ones test."""
    return "dev" if int(doc.lstrip("e")) % 2 else "test"


def run_own(
    name: str,
    lang: str,
    dataset: str,
    half_of: Callable[[str], str],
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Score coding on one of Warta's own gold sets: gold events found by type in their
    sentence, then their arguments, status, date and place."""
    from warta.eval.gold import read_gold

    gold = read_gold(name)
    docs: dict[str, list[dict[str, Any]]] = {}
    for item in gold:
        docs.setdefault(item["doc"], []).append(item)
    scores = []
    for number, (doc, items) in enumerate(docs.items(), start=1):
        text = items[0]["text"]
        result = coded(text, lang=lang, published=items[0]["published"])
        events = list(result.events) if result else []
        used: set[str] = set()
        found = []
        for item in items:
            match = _match(item, text, events, used)
            if match is not None:
                used.add(match.event_id)
                found.append((item, match))
        scores.append(_DocScore(half_of(doc), len(items), len(events), found))
        if progress:
            progress(number, len(docs))
    metrics = _own_metrics(scores)
    metrics["halves"] = {
        half: {
            key: value
            for key, value in _own_metrics([s for s in scores if s.half == half]).items()
            if key != "status_confusion"
        }
        for half in ("dev", "test")
    }
    return {"task": "events", "dataset": dataset, "n": len(gold), "metrics": metrics}


def _own_metrics(scores: list[_DocScore]) -> dict[str, Any]:
    found = [pair for score in scores for pair in score.found]
    n = sum(score.gold for score in scores) or 1
    predicted_total = sum(score.predicted for score in scores)
    recall = len(found) / n
    precision = len(found) / predicted_total if predicted_total else 0.0
    scored = len(found) or 1
    return {
        "type_precision": precision,
        "type_recall": recall,
        "type_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "source_country_accuracy": sum(_same_country(e.source, g.get("source")) for g, e in found)
        / scored,
        "target_country_accuracy": sum(_same_country(e.target, g.get("target")) for g, e in found)
        / scored,
        "status_accuracy": sum(e.status == g["status"] for g, e in found) / scored,
        "date_exact": sum(_same_date(e, g) for g, e in found) / scored,
        "place_accuracy": sum(_same_place(e, g) for g, e in found) / scored,
        "status_confusion": dict(
            Counter(
                f"{g['status']}->{e.status}" for g, e in found if e.status != g["status"]
            ).most_common(8)
        ),
    }


def _match(item: dict[str, Any], text: str, events: list[Event], used: set[str]) -> Event | None:
    sentence_start = text.find(item["sentence"])
    trigger_at = text.find(item["trigger"], sentence_start) if sentence_start >= 0 else -1
    candidates = [
        e
        for e in events
        if e.event_id not in used
        and e.type == item["type"]
        and (e.sentence.strip() in item["sentence"] or item["sentence"] in e.sentence)
    ]
    if trigger_at >= 0:
        covering = [e for e in candidates if e.span[0] <= trigger_at < e.span[1] + 1]
        if covering:
            return covering[0]
    return candidates[0] if candidates else None


def _same_country(party: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if gold is None:
        return party is None
    return party is not None and party.get("country") == gold.get("country")


def _same_date(event: Event, gold: dict[str, Any]) -> bool:
    want = gold.get("date") or {}
    return event.date.get("value") == want.get("value") and event.date.get("precision") == want.get(
        "precision"
    )


def _same_place(event: Event, gold: dict[str, Any]) -> bool:
    want = gold.get("location")
    if want is None:
        return event.location is None
    return event.location is not None and event.location.get("country") == want.get("country")


def run(data: Path | None, progress: Progress | None = None) -> list[dict[str, Any]]:
    """Every event evaluation: the gold-data ones when `data` is given, then Warta's own."""
    results = []
    if data is not None:
        results += [run_plover(data, progress), run_case(data, progress)]
    results.append(run_indonesian(progress))
    if (Path(__file__).parent / "gold" / "events_en.jsonl").exists():
        results.append(run_english_own(progress))
    return results
