"""What every command shares (cli.py itself): the version, the progress bar, and stdout
misbehaving (a full disk, a broken pipe, a closed stdout). Each command has its own
tests/test_cli_<command>.py."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index


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
