"""Actor and place resolution against Warta's gold sets (warta/eval/gold/actors|places)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from warta.config import Settings
from warta.pipeline import Coded, code_article
from warta.records import Article, stable_id


def article_for(text: str, *, lang: str, published: str | None) -> Article:
    """An Article holding `text` exactly as given, so gold offsets stay valid."""
    return Article(
        id=stable_id("eval", text),
        url=None,
        canonical_url=None,
        outlet=None,
        title=None,
        published=published,
        authors=(),
        editor=None,
        dateline=None,
        lang=lang,
        text=text,
        tags=(),
        content_hash=stable_id(text),
    )


@lru_cache(maxsize=4096)
def _coded(text: str, lang: str, published: str | None) -> Coded | None:
    return code_article(article_for(text, lang=lang, published=published), settings=Settings())


def coded(text: str, *, lang: str, published: str | None) -> Coded | None:
    """Run every stage on one gold text (cached: many gold items share a text)."""
    return _coded(text, lang, published)


def _overlapping(items: Any, start: int, end: int) -> Any:
    exact = [i for i in items if (i.start, i.end) == (start, end)]
    if exact:
        return exact[0]
    around = [i for i in items if i.start < end and start < i.end]
    return min(around, key=lambda i: abs(i.start - start) + abs(i.end - end)) if around else None


def run_actors(progress: Callable[[int, int | None], None] | None = None) -> list[dict[str, Any]]:
    """Accuracy of country, sector and actor_id over the gold actor mentions, per language."""
    from warta.eval.gold import read_gold

    gold = read_gold("actors")
    results = []
    for lang in ("id", "en", None):
        items = [g for g in gold if lang is None or g["lang"] == lang]
        found = country = sector = ids = with_id = 0
        for number, item in enumerate(items, start=1):
            result = coded(item["text"], lang=item["lang"], published=item.get("published"))
            actor = _overlapping(result.actors, item["start"], item["end"]) if result else None
            if progress and lang is None:
                progress(number, len(items))
            if actor is None:
                if item.get("actor_id"):
                    with_id += 1
                continue
            found += 1
            country += actor.country == item["country"]
            sector += actor.sector == item["sector"]
            if item.get("actor_id"):
                with_id += 1
                ids += actor.actor_id == item["actor_id"]
        n = len(items)
        results.append(
            {
                "task": "actors",
                "dataset": f"warta-actors-{lang or 'all'}",
                "n": n,
                "metrics": {
                    "found": found / n,
                    "country_accuracy": country / n,
                    "sector_accuracy": sector / n,
                    "actor_id_accuracy": ids / with_id if with_id else 0.0,
                },
            }
        )
    return results


def run_places(progress: Callable[[int, int | None], None] | None = None) -> list[dict[str, Any]]:
    """Place accuracy: the right geonameid for cities, the right country otherwise."""
    from warta.eval.gold import read_gold

    gold = read_gold("places")
    right = found = 0
    by_kind: dict[str, list[int]] = {}
    for number, item in enumerate(gold, start=1):
        result = coded(item["text"], lang=item["lang"], published=item.get("published"))
        place = _overlapping(result.places, item["start"], item["end"]) if result else None
        if progress:
            progress(number, len(gold))
        ok = False
        if place is not None:
            found += 1
            if item.get("geonameid"):
                ok = place.geonameid == item["geonameid"]
            else:
                ok = place.country == item["country"]
        right += ok
        tally = by_kind.setdefault(item["kind"], [0, 0])
        tally[0] += ok
        tally[1] += 1
    return [
        {
            "task": "places",
            "dataset": "warta-places",
            "n": len(gold),
            "metrics": {
                "accuracy": right / len(gold),
                "found": found / len(gold),
                "per_kind": {
                    k: {"accuracy": v[0] / v[1], "n": v[1]} for k, v in sorted(by_kind.items())
                },
            },
        }
    ]
