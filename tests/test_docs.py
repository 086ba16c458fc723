"""Every command has help, the docs document it, and the generated CLI reference is
current (as sqlite-utils' test_docs and its cog-generated reference do)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from kzmil.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")}
COMMANDS = sorted(c.name for c in typer.main.get_command(app).commands.values())  # type: ignore[attr-defined]


def test_the_commands_are_the_documented_ones() -> None:
    assert COMMANDS == ["check", "cite", "config", "find", "index", "show", "sources"]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_a_readme_section(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
    assert f"kzmil {name}" in DOCS["usage.md"]


def test_every_exit_code_is_documented() -> None:
    from kzmil.errors import ExitCode

    table = README.split("## Exit codes", 1)[1].split("##", 1)[0]
    for code in ExitCode:
        assert f"| {int(code)} |" in table


def test_troubleshooting_covers_every_new_message() -> None:
    """Issue 12: each skip reason and message kzmil can print is explained, word for word."""
    from kzmil import cli, corpus, metadata, workers

    table = DOCS["troubleshooting.md"]
    for reason in (
        corpus.VANISHED,
        corpus.SYMLINK_LOOP,
        corpus.SYMLINK_NOT_FOLLOWED,
        corpus.SYMLINK_OUTSIDE,
        corpus.NOT_REGULAR,
        workers.WORKER_DIED,
    ):
        assert f"({reason})" in table, reason
    for message in (
        cli.STDIN_NOT_UTF8,
        "is not a kzmil index (REASON), so it was left alone",
        "a SQLite database that kzmil did not make",
        "is not safe to use (REASON); set KZMIL_INDEX to a file in a folder of yours",
        "cannot write the output: No space left on device",
        "cannot write the output: standard output is closed",
        "cannot read claims: standard input is closed",
        "front matter uses a YAML alias (*name); ignored",
        f"front matter longer than {metadata.MAX_FRONT_MATTER_CHARS} characters; ignored",
        "front-matter field 'F' ignored (not a date as YYYY-MM-DD, YYYY-MM or YYYY: ...)",
        f"cut to {metadata.MAX_FIELD_CHARS} characters",
        f"only the first {metadata.MAX_AUTHORS} names kept",
        "was damaged (QUICK_CHECK MESSAGE); rebuilt it",
        "cannot read the index PATH",
        # issue 15: check --file
        "draft not found: PATH",
        "a binary file, not a document",
        "not a Word document (...)",
        "holds no text to check",
        "give a CLAIM or --file PATH, not both",
        "--only goes with --file",
        "cannot write the report FILE",
        "cannot read the draft: standard input is closed",
    ):
        assert message in table, message


def test_check_a_draft_is_documented() -> None:
    """Issue 15: the README shows a real report of the example draft and its screenshot."""
    section = DOCS["usage.md"].split("## Check a draft", 1)[1].split("\n## ", 1)[0]
    assert "kzmil check --file draft.md" in section and "(20 sentences)" in section
    assert "examples/draft-report.png" in section and "--only contradicted,not_found" in section
    root = Path(__file__).resolve().parents[1]
    for name in ("draft.md", "draft-report.html", "draft-report.md", "draft-report.png", "screenshot.py"):
        assert (root / "examples" / name).is_file(), name


def test_the_readme_stays_short_and_links_every_page() -> None:
    """Issue 13: the README is what a user needs first; docs/ holds the rest."""
    assert len(README.encode("utf-8")) < 12_000
    for name in DOCS:
        assert f"docs/{name}" in README, name


def test_the_cli_reference_is_generated_from_help() -> None:
    """docs/cli.md is `scripts/cli_reference.py`'s output: run it after changing an option."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "scripts" / "cli_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert DOCS["cli.md"] == module.reference(), "docs/cli.md is stale: run python3 scripts/cli_reference.py"
