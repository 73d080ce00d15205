"""Docs are tested: every command has help and a README section; every setting is documented."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from warta.cli import main
from warta.config import settings_help

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix}{name} "))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(main), ids=lambda v: str(v))
def test_command_has_help_and_docs(name: str, command: click.Command) -> None:
    assert command.help and command.help.strip()
    top = name.split()[0]
    assert f"### `warta {top}`" in README, f"README.md has no section for `warta {top}`"
    if " " in name:
        assert f"warta {name}" in README, f"README.md does not mention `warta {name}`"


@pytest.mark.parametrize("setting", [s["name"] for s in settings_help()])
def test_setting_is_documented(setting: str) -> None:
    assert f"| `{setting}` |" in README


def test_readme_opens_with_the_two_setup_commands() -> None:
    head = README[:800]
    assert "make demo" in head and "make test" in head
