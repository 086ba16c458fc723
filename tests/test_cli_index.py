"""`kzmil index` through Typer's runner: the report, and finding in one's own corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index


@pytest.mark.fresh_index  # builds its own corpus's index
def test_index_reports_and_own_corpus(mini: Path) -> None:
    result = runner.invoke(app, ["index", str(mini)])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output
    result = runner.invoke(app, ["find", "--json", "--corpus", str(mini), "library opens on Sundays"])
    first = json.loads(result.output)["results"][0]
    assert first["doc"] == "plain-notes" and first["source"]["title"] == "Library opening hours"
