"""Settings: every setting with its name, default and help, resolved once at the edge.

Precedence: shipped defaults < config file (`warta.toml` or `--config`) < `WARTA_*`
environment variables < command-line flags. Only `resolve()` reads the environment.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import ConfigError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Every Warta setting. `warta settings` lists them with their help."""

    db: str = _setting("warta.db", "Database: a SQLite file path.")
    user_agent: str = _setting(
        "Warta/0.1 (+https://github.com/warta-news/warta; news-event research crawler)",
        "User agent sent with every HTTP request.",
    )
    timeout: float = _setting(20.0, "Seconds before an HTTP request is abandoned.")
    retries: int = _setting(2, "Retries of an HTTP request after a timeout or a 5xx/429 answer.")
    backoff: float = _setting(1.0, "Seconds before the first retry; doubles with each retry.")
    host_interval: float = _setting(1.0, "Minimum seconds between two requests to one host.")
    respect_robots: bool = _setting(True, "Obey robots.txt before fetching a page.")
    max_bytes: int = _setting(
        16 * 1024 * 1024, "Largest page or record accepted, in bytes, after decompression."
    )
    min_text_chars: int = _setting(
        80, "Shortest article body kept; shorter pages count as having no article."
    )
    languages: tuple[str, ...] = _setting(
        ("id", "en"), "Languages Warta identifies and analyses (folders under warta/lang/)."
    )
    token: str = _setting("", "Bearer token that write API endpoints require.")
    data: str = _setting(
        "../shared/data", "Gold and training data folder that `warta eval` and `warta train` read."
    )


def settings_help() -> list[dict[str, Any]]:
    """Return name, default and help of every setting."""
    return [
        {"name": f.name, "default": f.default, "help": f.metadata["help"]}
        for f in dataclasses.fields(Settings)
    ]


def resolve(
    *,
    config_file: Path | None = None,
    environ: dict[str, str] | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """Return Settings from defaults, a TOML config file, `WARTA_*` variables and overrides."""
    environ = dict(os.environ) if environ is None else environ
    values: dict[str, Any] = {}
    path = config_file or (Path(environ["WARTA_CONFIG"]) if "WARTA_CONFIG" in environ else None)
    if path is None and Path("warta.toml").is_file():
        path = Path("warta.toml")
    if path is not None:
        values.update(_read_config(path))
    for fld in dataclasses.fields(Settings):
        env_name = f"WARTA_{fld.name.upper()}"
        if env_name in environ:
            values[fld.name] = environ[env_name]
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return Settings(**{name: _coerce(name, value) for name, value in values.items()})


def _read_config(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc})") from exc
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}; see `warta settings`")
    return data


def _coerce(name: str, value: Any) -> Any:
    """Convert a value from a file or the environment to the setting's type."""
    default = Settings.__dataclass_fields__[name].default
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                if value.lower() not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
                    raise ValueError(value)
                return value.lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(default, tuple):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(item.strip() for item in items if item.strip())
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name}: {value!r} is not a valid {type(default).__name__}"
        ) from exc
