"""Every command has help, and the README documents it (as sqlite-utils' test_docs does)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kzmil.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name for c in typer.main.get_command(app).commands.values())  # type: ignore[attr-defined]


def test_the_commands_are_the_documented_ones() -> None:
    assert COMMANDS == ["check", "cite", "find", "index", "show", "sources"]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_a_readme_section(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
    assert f"kzmil {name}" in README


def test_every_exit_code_is_documented() -> None:
    from kzmil.errors import ExitCode

    table = README.split("## Exit codes", 1)[1].split("##", 1)[0]
    for code in ExitCode:
        assert f"| {int(code)} |" in table
