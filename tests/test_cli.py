"""The command line through Typer's runner: output, JSON contract, exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
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


def test_find_hints_conflicting_numbers() -> None:
    data = json.loads(runner.invoke(app, ["find", "--json", "Around 8,000 troops participated"]).output)
    assert "numbers differ" in data["results"][0]["hints"]


@pytest.mark.fresh_index  # builds its own corpus's index
def test_index_reports_and_own_corpus(mini: Path) -> None:
    result = runner.invoke(app, ["index", str(mini)])
    assert result.exit_code == 0, result.output
    assert "2 added" in result.output
    result = runner.invoke(app, ["find", "--json", "--corpus", str(mini), "library opens on Sundays"])
    first = json.loads(result.output)["results"][0]
    assert first["doc"] == "plain-notes" and first["source"]["title"] == "Library opening hours"


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("kzmil ")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("after", "shown"), [(0.0, True), (60.0, False)])
def test_progress_bar_only_for_work_that_takes_a_while(
    monkeypatch: pytest.MonkeyPatch, after: float, shown: bool
) -> None:
    from kzmil import cli

    term = _Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    monkeypatch.setattr(cli, "PROGRESS_AFTER", after)
    start = cli._progress_bar()
    assert start is not None
    tick = start(50)
    for _ in range(50):
        tick()
    assert ("files/s" in term.getvalue()) is shown


def test_no_progress_bar_when_stderr_is_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    from kzmil import cli

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert cli._progress_bar() is None


# ---------------------------------------------------------------- stdin and stdout misbehaving (items 14, 15)


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


def _run_to(stdout: int | object, *args: str, unbuffered: bool = True) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    else:
        env.pop("PYTHONUNBUFFERED", None)
    return subprocess.run(
        [sys.executable, "-m", "kzmil", *args], stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=120
    )


@pytest.mark.parametrize("unbuffered", [True, False])
def test_a_full_disk_is_a_one_line_error(unbuffered: bool) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        proc = _run_to(full, "find", "-n", "5", "110 officers quit", unbuffered=unbuffered)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err == "kzmil: error: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("args", [["find", "-n", "10", "military"], ["cite", "--all"], ["sources"]])
@pytest.mark.slow
def test_a_broken_pipe_ends_quietly(args: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte, as after `| head -1`
    try:
        proc = _run_to(write, *args)
    finally:
        os.close(write)
    assert proc.returncode == 141 and proc.stderr == b""


def test_head_reads_one_line() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m kzmil find -n 20 military | head -1; echo status ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
    )
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and lines[1] in ("status 141", "status 0") and proc.stderr == ""


def test_a_closed_stdout_is_a_one_line_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kzmil", "find", "110 officers quit"],
        stdout=None,
        stderr=subprocess.PIPE,
        close_fds=True,
        preexec_fn=lambda: os.close(1),  # the test process has one thread
    )
    assert proc.returncode == 2
    assert proc.stderr.decode() == "kzmil: error: cannot write the output: standard output is closed\n"
