"""Export stored records as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from warta.records import Article
from warta.store import ArticleFilters, Store

_BATCH = 1000


def export_articles(
    store: Store, *, fmt: str, output: Path | None, filters: ArticleFilters | None = None
) -> int:
    """Write every matching article to `output` (stdout when None); return how many."""
    filters = filters or ArticleFilters(limit=None)
    rows = (_flat(article) for article in store.iter_articles(filters))
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet export needs an output path")
        return _write_parquet(rows, output)
    stream: TextIO = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            count = 0
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
            return count
        return _write_csv(rows, stream)
    finally:
        if output:
            stream.close()


def _flat(article: Article) -> dict[str, Any]:
    return article.to_dict() | {"authors": list(article.authors), "tags": list(article.tags)}


def _write_csv(rows: Iterator[dict[str, Any]], stream: TextIO) -> int:
    columns = [f for f in Article.__dataclass_fields__]
    writer = csv.DictWriter(stream, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()})
        count += 1
    return count


def _write_parquet(rows: Iterator[dict[str, Any]], output: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            (name, pa.list_(pa.string()) if name in {"authors", "tags"} else pa.string())
            for name in Article.__dataclass_fields__
        ]
    )
    count = 0
    with pq.ParquetWriter(output, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
