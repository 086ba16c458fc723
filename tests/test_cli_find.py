"""`kzmil find` through Typer's runner: output, JSON contract, exit codes, stdin."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index


RESULT_KEYS = {
    "rank",
    "score",
    "doc",
    "passage",
    "match",
    "path",
    "line",
    "start",
    "end",
    "citation",
    "source",
}
SOURCE_KEYS = {"title", "authors", "publication", "volume", "issue", "date", "url"}


def test_find_prints_passage_score_and_citation() -> None:
    result = runner.invoke(app, ["find", "110 officers quit"])
    assert result.exit_code == 0, result.output
    assert "110 have already quit the military" in result.output
    assert "Eurasia Daily Monitor" in result.output and "para. 3" in result.output
    assert "score" in result.output and ".md:" in result.output
    assert "\x1b[" not in result.output  # plain when not on a terminal


def test_find_json_contract() -> None:
    result = runner.invoke(app, ["find", "--json", "110 officers quit"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["query"] == "110 officers quit"
    first = data["results"][0]
    assert first.keys() >= RESULT_KEYS and first["source"].keys() >= SOURCE_KEYS
    assert first["rank"] == 1 and 0 <= first["score"] <= 100
    assert first["source"]["date"] == "2007-09-18" and first["source"]["authors"] == []
    assert first["match"] in first["passage"]
    text = Path(first["path"]).read_text(encoding="utf-8")
    assert text[first["start"] : first["end"]] == first["passage"]


def test_find_limit_and_context() -> None:
    data = json.loads(runner.invoke(app, ["find", "--json", "-n", "5", "military"]).output)
    assert len(data["results"]) == 5
    data = json.loads(runner.invoke(app, ["find", "--json", "--context", "1", "110 officers quit"]).output)
    assert data["results"][0]["context_before"] and data["results"][0]["context_after"]


def test_find_batch_from_stdin_is_json_lines_in_order() -> None:
    result = runner.invoke(
        app, ["find", "--json", "-"], input="110 officers quit\n\nKAZBAT training\nzzqx qqvvj\n"
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [x["query"] for x in lines] == ["110 officers quit", "", "KAZBAT training", "zzqx qqvvj"]
    assert lines[1]["error"] == "the claim is empty"  # a blank line keeps its place (issue 14)
    assert lines[3]["results"] == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["find", "110 officers quit"], 0),
        (["find", "zzqx qqvvj wwpt"], 1),
        (["find", "--min-score", "99", "officers zzqxv"], 1),
        (["find", ""], 2),
        (["find", "   "], 2),
        (["find", "--corpus", "/nonexistent/folder", "x"], 2),
        (["nosuchcommand"], 2),
    ],
)
def test_exit_codes(args: list[str], code: int) -> None:
    assert runner.invoke(app, args).exit_code == code


@pytest.mark.parametrize(
    "claim", ["-leading dash", 'AND NEAR( "quotes" * col:x', "a OR b NOT c", "'; DROP TABLE x"]
)
def test_query_syntax_never_errors(claim: str) -> None:
    result = runner.invoke(app, ["find", "--json", "--", claim])
    assert result.exit_code in (0, 1), result.output
    assert json.loads(result.output)["query"] == claim


def test_empty_claim_says_why_in_one_line() -> None:
    result = runner.invoke(app, ["find", ""])
    assert result.exit_code == 2
    assert result.stderr.strip() == "kzmil: error: the claim is empty"


def test_find_hints_conflicting_numbers() -> None:
    data = json.loads(runner.invoke(app, ["find", "--json", "Around 8,000 troops participated"]).output)
    assert "numbers differ" in data["results"][0]["hints"]


def test_invalid_utf8_on_stdin_costs_only_its_bytes() -> None:
    import subprocess

    data = b"110 officers quit\nKAZBAT \xff\xfe training\n\xc3(\nzzqx qqvvj\n"
    proc = subprocess.run(
        [sys.executable, "-m", "kzmil", "find", "--json", "-"],
        input=data,
        capture_output=True,
        env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"},
    )
    assert proc.returncode == 0, proc.stderr
    queries = [json.loads(line)["query"] for line in proc.stdout.decode().splitlines()]
    assert queries == ["110 officers quit", "KAZBAT \ufffd\ufffd training", "\ufffd(", "zzqx qqvvj"]
    assert proc.stderr.decode().count("standard input is not valid UTF-8") == 1
    result = runner.invoke(app, ["find", "--json", "-"], input=b"110 officers quit\n\xff\n")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
