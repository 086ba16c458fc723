"""Where kzmil reads its settings: options, environment, the config file (issue 14, items 16-17)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()


# ------------------------------------------------------------------ item 17: --index is a file


@pytest.mark.parametrize("value", ["mysql://u@h/kz", "s3://bucket/idx", "HTTP://x/y"])
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
    monkeypatch.setenv("KZMIL_INDEX", "sqlserver://host/db")
    result = runner.invoke(app, ["find", "110 officers quit"])
    assert result.exit_code == 2 and "KZMIL_INDEX" in result.output
    assert "supported: a file path; postgresql://" in result.output
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


# ------------------------------------------------------------------ item 16: the config file


def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "conf" / "config.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("KZMIL_CONFIG", str(path))
    return path


def _results(args: list[str]) -> list[dict[str, object]]:
    result = runner.invoke(app, ["find", "--json", *args])
    assert result.exit_code == 0, result.output
    import json

    return list(json.loads(result.output)["results"])


def test_config_path_is_shown_and_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_config_dir

    monkeypatch.delenv("KZMIL_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    expected = Path(user_config_dir("kzmil", appauthor=False)) / "config.toml"
    result = runner.invoke(app, ["config", "path"])
    assert result.exit_code == 0 and result.output == f"{expected}\n"
    assert expected == tmp_path / "xdg" / "kzmil" / "config.toml"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    expected = Path(user_config_dir("kzmil", appauthor=False)) / "config.toml"
    assert runner.invoke(app, ["config", "path"]).output == f"{expected}\n"
    monkeypatch.setenv("KZMIL_CONFIG", str(tmp_path / "mine.toml"))
    assert runner.invoke(app, ["config", "path"]).output == f"{tmp_path / 'mine.toml'}\n"


@pytest.mark.bundled_index  # reads the bundled corpus only
def test_config_limit_and_the_option_over_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _config(tmp_path, monkeypatch, "# my defaults\nlimit = 1\n")
    assert len(_results(["military"])) == 1
    assert len(_results(["-n", "2", "military"])) == 2


def test_config_corpus_then_environment_then_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mini: Path
) -> None:
    rel = Path("..") / mini.relative_to(tmp_path)  # relative to the config file's folder
    _config(tmp_path, monkeypatch, f'corpus = ["{rel.as_posix()}"]\n')
    assert "harbour" in str(_results(["harbour wall"])[0]["path"])
    bundled = Path(__file__).resolve().parents[1] / "corpus" / "articles"
    monkeypatch.setenv("KZMIL_CORPUS", str(bundled))
    assert "cadets" in str(_results(["110 officers quit"])[0]["path"])
    monkeypatch.delenv("KZMIL_CORPUS")
    assert "cadets" in str(_results(["--corpus", str(bundled), "110 officers quit"])[0]["path"])


@pytest.mark.bundled_index  # reads the bundled corpus only
def test_config_style_and_the_option_over_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _config(tmp_path, monkeypatch, 'style = "bibtex"\n')
    doc = "caci-2003-07-16-kazakh-military-looks-west"
    assert runner.invoke(app, ["cite", "--doc", doc]).output.startswith("@article{")
    assert runner.invoke(app, ["cite", "--style", "ris", "--doc", doc]).output.startswith("TY  - ")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("limit = 2\nlimt = 5\n", 2, "unknown key 'limt'"),
        ('style = "apa"\n\n"corpora" = ["x"]\n', 3, "unknown key 'corpora'"),
        ("limit = 0\n", 1, "'limit' must be a whole number from 1 to 100"),
        ('limit = "5"\n', 1, "'limit' must be"),
        ("style = 3\n", 1, "'style' must be"),
        ("# c\ncorpus = 4\n", 2, "'corpus' must be"),
        ("limit = 2\nstyle = apa\n", 2, "not valid TOML"),
        ("[find]\nlimit = 2\n", 1, "unknown key 'find'"),
    ],
)
def test_a_bad_config_file_names_the_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, line: int, words: str
) -> None:
    path = _config(tmp_path, monkeypatch, text)
    result = runner.invoke(app, ["find", "110 officers quit"])
    assert result.exit_code == 2
    assert result.output.startswith(f"kzmil: error: {path}: line {line}: ") and words in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


@pytest.mark.bundled_index  # reads the bundled corpus only
def test_a_config_style_that_does_not_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _config(tmp_path, monkeypatch, '\nstyle = "chicago-99th"\n')
    result = runner.invoke(app, ["cite", "110 officers quit"])
    assert result.exit_code == 2 and f"{path}: line 2: unknown style 'chicago-99th'" in result.output


def test_a_config_corpus_that_does_not_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _config(tmp_path, monkeypatch, 'limit = 2\ncorpus = "/nonexistent/articles"\n')
    result = runner.invoke(app, ["find", "110 officers quit"])
    assert result.exit_code == 2
    assert (
        "corpus folder not found: /nonexistent/articles" in result.output
        and f"{path}: line 2" in result.output
    )


def test_no_config_file_costs_no_import(tmp_path: Path) -> None:
    """Without a file, find neither parses TOML nor asks platformdirs where the file would be."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.argv = ['kzmil', 'find', '110 officers quit']\n"
        "from kzmil.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({'tomllib', 'platformdirs'} & set(sys.modules)), file=sys.stderr)\n"
    )
    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "index.sqlite"), XDG_CONFIG_HOME=str(tmp_path))
    env.pop("KZMIL_CONFIG", None)
    subprocess.run([sys.executable, "-m", "kzmil", "index"], env=env, capture_output=True, check=True)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "[]"
