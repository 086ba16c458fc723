"""What a person at a terminal or a shell pipeline sees (issue 14, items 11-15)."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index
ESC = "\x1b["


def run(
    *args: str,
    env: dict[str, str] | None = None,
    tty: bool = False,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> tuple[int, str, str]:
    """kzmil as a process: stdout piped, or a terminal (a pty) with `tty`."""
    full_env = dict(os.environ, **(env or {}))
    for key, value in (env or {}).items():
        if value is None:
            full_env.pop(key)
    cmd = [sys.executable, "-m", "kzmil", *args]
    if not tty:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, env=full_env, input=stdin, timeout=120, cwd=cwd
        )
        return proc.returncode, proc.stdout, proc.stderr
    leader, follower = pty.openpty()
    try:
        child = subprocess.Popen(
            cmd, stdout=follower, stderr=subprocess.PIPE, env=full_env, text=True, cwd=cwd
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:  # EIO: the child closed its side
                break
            if not data:
                break
            chunks.append(data)
        err = child.stderr.read() if child.stderr else ""
        code = child.wait(timeout=120)
    finally:
        os.close(leader)
    return code, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n"), err


# ------------------------------------------------------------------ item 11: 80 columns

ROOT = Path(__file__).resolve().parents[1]
PASSAGE = (
    "The statistics are alarming; recent reporting observed that out of 250 officers who received an "
    "education in the United States, 110 have already quit the military, citing “various reasons.”"
)
NARROW = {"COLUMNS": "80", "NO_COLOR": None}


def _short() -> str:
    """ "…/FOLDER" of the bundled corpus as the kzmil that runs outside the checkout sees it:
    `articles` in an editable install, `corpus` in an installed wheel."""
    code = "from kzmil.corpus import bundled_corpus; print(bundled_corpus().name)"
    name = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", check=True)
    return f"…/{name.stdout.strip()}"


SHORT = _short()


def plain(out: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", out)


def test_paths_are_relative_inside_the_current_folder() -> None:
    code, out, _ = run("find", "-n", "1", "110 officers quit", cwd=ROOT)
    assert code == 0
    assert "  corpus/articles/edm-2007-09-18-cadets-prefer-belarus.md:17" in out.splitlines()[0]


def test_paths_elsewhere_are_shortened(tmp_path: Path) -> None:
    code, out, _ = run("find", "-n", "1", "110 officers quit", cwd=tmp_path)
    assert code == 0
    assert out.splitlines()[0].endswith(f"  {SHORT}/edm-2007-09-18-cadets-prefer-belarus.md:17")
    result = runner.invoke(app, ["find", "--json", "110 officers quit"])
    assert json.loads(result.output)["results"][0]["path"].startswith("/")  # JSON keeps it whole


@pytest.mark.parametrize("command", [["find", "-c", "1"], ["check"]])
def test_80_columns_never_cut_a_word(command: list[str], tmp_path: Path) -> None:
    code, out, _ = run(*command, "110 officers quit the military", env=NARROW, tty=True, cwd=tmp_path)
    assert code == 0, out
    text = plain(out)
    words = set(text.split())
    assert set(PASSAGE.split()) <= words  # wrapped only at spaces
    assert f"{SHORT}/edm-2007-09-18-cadets-prefer-belarus.md:17" in words  # the header is one line
    for line in text.splitlines():
        assert len(line) <= 80 or f"{SHORT}/" in line, line


def test_sources_never_truncate_the_id() -> None:
    ids = [
        "caci-2003-07-16-kazakh-military-looks-west",
        "edm-2004-11-us-long-term-military-assistance",
        "edm-2007-09-18-cadets-prefer-belarus",
        "edm-2008-01-akhmetov-new-confidence",
        "fpb-2007-slow-dance-in-minefield",
    ]
    for columns in ("60", "80", "120", "200"):
        code, out, _ = run("sources", env={**NARROW, "COLUMNS": columns}, tty=True)
        assert code == 0
        text = plain(out)
        assert "…" not in text, text
        tokens = set(re.split(r"[\s│┃]+", text))
        assert set(ids) <= tokens, text
        assert set("Kazakhstan's Cadets Prefer Belarus to America".split()) <= tokens  # wrapped, not cut
        long = [line for line in text.splitlines() if len(line) > int(columns)]
        assert all(line.split()[0] in ids for line in long), long  # an id line runs on, never cut


# ------------------------------------------------------------------ item 12: batches line up


def test_every_input_line_gives_one_json_line_in_order() -> None:
    lines = ["110 officers quit", "", "KAZBAT training", "   ", "zzqx qqvvj"]
    code, out, err = run("find", "--json", "-", stdin="\n".join(lines) + "\n")
    assert code == 0, err
    got = [json.loads(line) for line in out.splitlines()]
    assert [g["query"] for g in got] == lines
    assert got[1]["error"] == "the claim is empty" and got[1]["results"] == []
    assert got[3]["error"] == "the claim is empty"
    assert "error" not in got[0] and got[0]["results"] and got[4]["results"] == []
    assert err == ""  # a blank line is a placeholder, not a mistake worth a warning


def test_check_batches_line_up_too() -> None:
    code, out, _ = run("check", "--json", "-", stdin="\nAkhmetov met his Belarusian counterpart in Almaty.\n")
    got = [json.loads(line) for line in out.splitlines()]
    assert len(got) == 2 and got[0]["error"] == "the claim is empty" and got[0]["verdict"] is None
    assert got[1]["verdict"] == "supported" and code == 0


def test_limit_100_gives_100_results() -> None:
    result = runner.invoke(app, ["find", "--json", "-n", "100", "Kazakhstan Kazakh military defense"])
    assert result.exit_code == 0
    assert len(json.loads(result.output)["results"]) == 100


def test_a_limit_past_100_is_capped_and_says_why() -> None:
    code, out, err = run("find", "--json", "-n", "500", "Kazakhstan Kazakh military defense")
    assert code == 0 and len(json.loads(out)["results"]) == 100
    assert "--limit 500 capped at 100 results per claim (" in err and err.count("\n") == 1


# ------------------------------------------------------------------ item 13: nothing found


def test_no_match_on_a_terminal_says_so_on_stderr() -> None:
    code, out, err = run("find", "zzqx qqvvj wwpt", tty=True)
    assert code == 1 and out == ""
    assert err == "kzmil: no passage matches 'zzqx qqvvj wwpt'\n"
    code, out, err = run("find", "--min-score", "99", "officers zzqxv", tty=True)
    assert code == 1 and "no passage reached --min-score 99" in err


def test_no_match_when_piped_is_silent() -> None:
    assert run("find", "zzqx qqvvj wwpt") == (1, "", "")


# ------------------------------------------------------------------ item 14: colour


@pytest.mark.parametrize(
    ("args", "env", "tty", "coloured"),
    [
        (["--color", "always"], {}, False, True),
        (["--color=never"], {"NO_COLOR": None, "FORCE_COLOR": "1"}, True, False),
        ([], {"NO_COLOR": None}, True, True),
        ([], {"NO_COLOR": ""}, True, True),  # set but empty: does not count
        ([], {"NO_COLOR": "1"}, True, False),
        ([], {"NO_COLOR": None}, False, False),
        ([], {"NO_COLOR": None, "FORCE_COLOR": "1"}, False, True),
        ([], {"NO_COLOR": None, "FORCE_COLOR": ""}, False, False),
        ([], {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, True),
        (["--color", "auto"], {"NO_COLOR": None, "TERM": "dumb"}, True, False),
    ],
)
def test_colour_choices(args: list[str], env: dict[str, str | None], tty: bool, coloured: bool) -> None:
    code, out, err = run("find", *args, "110 officers quit", env=env, tty=tty)  # type: ignore[arg-type]
    assert code == 0, err
    assert (ESC in out) is coloured, out[:200]
    assert "110 have already quit" in re.sub(r"\x1b\[[0-9;]*m", "", out)


def test_colour_option_on_every_printing_command() -> None:
    for cmd in (["check", "110 officers quit"], ["sources"], ["cite", "110 officers quit"]):
        result = runner.invoke(app, [*cmd, "--color", "never"])
        assert result.exit_code == 0, (cmd, result.output)
    assert runner.invoke(app, ["find", "--color", "sometimes", "x"]).exit_code == 2


# ------------------------------------------------------------------ item 15: shell completion


@pytest.mark.parametrize(
    ("shell", "words"), [("bash", "complete_bash"), ("zsh", "compdef"), ("fish", "complete_fish")]
)
def test_show_completion_for_each_shell(shell: str, words: str) -> None:
    env = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}  # name the shell instead of detecting it
    code, out, err = run("--show-completion", shell, env=env)
    assert code == 0, err
    assert "_KZMIL_COMPLETE" in out and words in out


def test_install_completion_writes_to_the_shells_own_files(tmp_path: Path) -> None:
    env = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1", "HOME": str(tmp_path)}
    code, _, err = run("--install-completion", "bash", env=env)
    assert code == 0, err
    assert "kzmil" in (tmp_path / ".bashrc").read_text()
    assert "_KZMIL_COMPLETE" in (tmp_path / ".bash_completions" / "kzmil.sh").read_text()


def test_the_shell_gets_commands_and_options() -> None:
    code, out, _ = run(env={"_KZMIL_COMPLETE": "complete_bash", "COMP_WORDS": "kzmil fi", "COMP_CWORD": "1"})
    assert code == 0 and out.split() == ["find"]
    env = {"_KZMIL_COMPLETE": "complete_bash", "COMP_WORDS": "kzmil find --co", "COMP_CWORD": "2"}
    assert {"--context", "--color", "--corpus"} <= set(run(env=env)[1].split())


def test_the_help_lists_completion() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "--install-completion" in out and "--show-completion" in out


def test_completion_adds_nothing_to_find() -> None:
    """find never sets completion up (typer's completion classes stay unregistered)."""
    code = (
        "import sys\n"
        "sys.argv = ['kzmil', 'find', '110 officers quit']\n"
        "from kzmil.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "from typer._click.shell_completion import _available_shells\n"
        "print(sorted({c.__module__ for c in _available_shells.values()}), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "typer._completion_classes" not in proc.stderr.strip().splitlines()[-1]
