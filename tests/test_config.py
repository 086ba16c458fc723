"""Where kzmil reads its settings: options, environment, the config file (issue 14, items 16-17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()


# ------------------------------------------------------------------ item 17: --index is a file


@pytest.mark.parametrize(
    "value", ["postgresql://host/db", "postgres://u@h:5432/kz", "s3://bucket/idx", "HTTP://x/y"]
)
def test_an_index_url_of_an_unsupported_scheme_is_refused(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["find", "--index", value, "110 officers quit"])
    assert result.exit_code == 2, result.output
    assert "supported: a file path" in result.output and value in result.output
    assert list(tmp_path.iterdir()) == []  # no `postgresql:` folder, no index


def test_the_environment_is_checked_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KZMIL_INDEX", "postgresql://host/db")
    result = runner.invoke(app, ["find", "110 officers quit"])
    assert result.exit_code == 2 and "KZMIL_INDEX" in result.output
    assert "supported: a file path" in result.output
    assert list(tmp_path.iterdir()) == []


def test_only_the_index_files_own_folder_is_made(tmp_path: Path) -> None:
    result = runner.invoke(app, ["index", "--index", str(tmp_path / "new" / "index.sqlite")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new" / "index.sqlite").is_file()
    result = runner.invoke(app, ["find", "--index", str(tmp_path / "typo" / "deep" / "index.sqlite"), "quit"])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "typo").exists()


def test_a_file_path_with_a_colon_is_still_a_path(tmp_path: Path) -> None:
    result = runner.invoke(app, ["find", "--index", str(tmp_path / "a:b.sqlite"), "110 officers quit"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a:b.sqlite").is_file()
