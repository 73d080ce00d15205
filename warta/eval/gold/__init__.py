"""Warta's own gold sets (our sentences and short articles) and their reader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warta.errors import BadInput

GOLD_DIR = Path(__file__).parent


def read_gold(name: str) -> list[dict[str, Any]]:
    """Return the records of `warta/eval/gold/NAME.jsonl`, skipping `#` comment lines."""
    path = GOLD_DIR / f"{name}.jsonl"
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
    return records
