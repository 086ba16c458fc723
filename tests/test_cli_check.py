"""`kzmil check` through Typer's runner: verdicts, reasons, exit codes, batches."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index


def test_check_verdicts_and_exit_codes() -> None:
    ok = runner.invoke(app, ["check", "--json", "Russia needs Kazakhstan to be militarily capable."])
    assert ok.exit_code == 0 and json.loads(ok.output)["verdict"] == "supported"
    bad = runner.invoke(
        app, ["check", "--json", "Around 8,000 troops took part in the Batys 2003 exercises."]
    )
    data = json.loads(bad.output)
    assert bad.exit_code == 3 and data["verdict"] == "contradicted"
    assert data["reasons"] == ["the claim says 8,000 troops; the source says 5,000 troops"]
    assert {"claim", "verdict", "score", "evidence", "reasons"} <= data.keys()
    none = runner.invoke(app, ["check", "--json", "Photosynthesis converts light into chemical energy."])
    assert none.exit_code == 1 and json.loads(none.output)["evidence"] is None


def test_check_text_output_shows_reasons() -> None:
    result = runner.invoke(app, ["check", "Around 8,000 troops took part in the Batys 2003 exercises."])
    assert result.exit_code == 3
    assert "CONTRADICTED" in result.output and "the source says 5,000 troops" in result.output


def test_check_batch() -> None:
    result = runner.invoke(
        app,
        ["check", "--json", "-"],
        input="Russia needs Kazakhstan to be militarily capable.\nPhotosynthesis is a process.\n",
    )
    assert [json.loads(x)["verdict"] for x in result.output.splitlines()] == ["supported", "not_found"]
    assert result.exit_code == 1
