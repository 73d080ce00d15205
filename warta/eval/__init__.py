"""Scorers over gold data. Each `run` returns SPEC section 4 result dicts:
`{"task": ..., "dataset": ..., "n": ..., "metrics": {...}}`.
"""

from __future__ import annotations

from pathlib import Path

from warta.errors import ConfigError


def data_dir(folder: str | Path) -> Path:
    """Return the gold-data folder, or raise ConfigError saying how to point at it."""
    path = Path(folder)
    if not path.is_dir():
        raise ConfigError(f"{path}: gold data folder not found; pass --data DIR or set WARTA_DATA")
    return path
