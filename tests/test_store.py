"""Freshness (docs/index-freshness.md): what a query sees at once by stat-ing folders, what
waits for the full walk, and `kzmil index --check`, which reports and changes nothing."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil import store
from kzmil.cli import app
from kzmil.config import DEFAULT_FULL_CHECK_MINUTES
from kzmil.corpus import UNSURE_MTIME, recorded_mtime

runner = CliRunner()
LONG_AGO_NS = 1_600_000_000 * 10**9  # a folder time far outside the racy window (September 2020)


@pytest.fixture
def corpus(mini: Path) -> Path:
    """The mini corpus, indexed by `kzmil index`, its folder's time set long ago."""
    os.utime(mini, ns=(LONG_AGO_NS, LONG_AGO_NS))
    assert runner.invoke(app, ["index", "--corpus", str(mini)]).exit_code == 0
    return mini


@pytest.fixture
def no_full_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any full walk of the corpus fails the test: only folders may be looked at."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a full walk of the corpus")

    monkeypatch.setattr(store, "discover", refuse)


def find(corpus: Path, claim: str) -> list[dict[str, object]]:
    out = runner.invoke(app, ["find", "--json", "--limit", "5", "--corpus", str(corpus), claim])
    assert out.exit_code in (0, 1), out.output
    results: list[dict[str, object]] = json.loads(out.stdout)["results"]
    return results


def docs(corpus: Path) -> set[str]:
    out = runner.invoke(app, ["sources", "--json", "--corpus", str(corpus)])
    assert out.exit_code == 0, out.output
    return {d["id"] for d in json.loads(out.stdout)}


def test_added_removed_and_renamed_files_are_seen_without_a_walk(corpus: Path, no_full_walk: None) -> None:
    (corpus / "lighthouse.md").write_text("Keepers lit the northern lighthouse every night for a century.\n")
    assert find(corpus, "keepers lit the northern lighthouse")[0]["doc"] == "lighthouse"
    (corpus / "harbour.md").rename(corpus / "port.md")
    assert docs(corpus) == {"lighthouse", "port", "plain-notes"}
    (corpus / "lighthouse.md").unlink()
    assert all(r["doc"] != "lighthouse" for r in find(corpus, "keepers lit the northern lighthouse"))
    assert docs(corpus) == {"port", "plain-notes"}


def test_an_editor_saving_by_rename_is_seen_at_once(corpus: Path, no_full_walk: None) -> None:
    harbour = corpus / "harbour.md"
    swap = corpus / ".harbour.md.swp"  # hidden: never indexed
    swap.write_text(harbour.read_text().replace("140 workers", "145 workers"))
    os.replace(swap, harbour)
    assert "145 workers" in str(find(corpus, "workers who built it")[0]["passage"])


@pytest.mark.parametrize("then", ["the interval passes", "kzmil index runs"])
def test_an_edit_in_place_waits_for_the_full_walk(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, then: str
) -> None:
    harbour = corpus / "harbour.md"
    with open(harbour, "r+", encoding="utf-8") as fh:  # same file, same name: the folder's time stays
        text = fh.read().replace("140 workers", "145 workers")
        fh.seek(0)
        fh.write(text)
        fh.truncate()
    os.utime(corpus, ns=(LONG_AGO_NS, LONG_AGO_NS))  # as if nothing but the content changed
    assert "140 workers" in str(find(corpus, "workers who built it")[0]["passage"])
    if then == "kzmil index runs":
        assert "1 updated" in runner.invoke(app, ["index", "--corpus", str(corpus)]).stdout
    else:
        later = store.clock_ns() + int((DEFAULT_FULL_CHECK_MINUTES + 1) * 60e9)
        monkeypatch.setattr(store, "clock_ns", lambda: later)
    assert "145 workers" in str(find(corpus, "workers who built it")[0]["passage"])


def test_every_run_walks_with_full_check_minutes_0(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    harbour = corpus / "harbour.md"
    harbour.write_text(harbour.read_text().replace("140 workers", "145 workers"))
    os.utime(corpus, ns=(LONG_AGO_NS, LONG_AGO_NS))
    monkeypatch.setenv("KZMIL_FULL_CHECK_MINUTES", "0")
    assert "145 workers" in str(find(corpus, "workers who built it")[0]["passage"])


def test_new_and_removed_subfolders_are_seen_without_a_walk(corpus: Path, no_full_walk: None) -> None:
    deep = corpus / "archive" / "2024"
    deep.mkdir(parents=True)
    (deep / "ferry.md").write_text("The night ferry to the island carried forty cars.\n")
    (corpus / "archive" / "tide.txt").write_text("Spring tides flooded the lower quay twice in March.\n")
    assert docs(corpus) == {"harbour", "plain-notes", "archive/2024/ferry", "archive/tide"}
    (deep / "bridge.md").write_text(
        "A new footbridge crosses the river at the old mill.\n"
    )  # a folder found by a listing
    assert find(corpus, "footbridge crosses the river")[0]["doc"] == "archive/2024/bridge"
    (corpus / "archive").rename(corpus / "old")  # a folder renamed: gone under one name, new under another
    assert docs(corpus) == {"harbour", "plain-notes", "old/2024/ferry", "old/2024/bridge", "old/tide"}
    shutil.rmtree(corpus / "old" / "2024")
    assert docs(corpus) == {"harbour", "plain-notes", "old/tide"}
    shutil.rmtree(corpus / "old")
    assert docs(corpus) == {"harbour", "plain-notes"}


def test_a_folder_changed_as_it_is_listed_is_listed_again() -> None:
    listed = 10**18
    assert recorded_mtime(listed - 1, listed) == UNSURE_MTIME  # the same tick: a later change may not show
    assert recorded_mtime(listed - 10 * 10**9, listed) == listed - 10 * 10**9


def test_index_check_reports_and_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    index = Path(os.environ["KZMIL_INDEX"])
    (corpus / "new.md").write_text("Fresh article about lighthouses on the northern coast.\n")
    harbour = corpus / "harbour.md"
    harbour.write_text(harbour.read_text().replace("140 workers", "145 workers"))
    (corpus / "plain-notes.txt").unlink()
    (corpus / "picture.md").write_bytes(b"\x00\x01binary")  # read and skipped at the last index: not new
    assert runner.invoke(app, ["index", "--corpus", str(corpus)]).exit_code == 0
    (corpus / "late.md").write_text("A late article about the harbour pilots.\n")
    (corpus / "new.md").write_text("Fresh article about lighthouses on the southern coast.\n")
    (corpus / "harbour.md").unlink()
    before = {p.name: p.read_bytes() for p in index.parent.iterdir() if p.is_file()}
    out = runner.invoke(app, ["index", "--check", "--json", "--corpus", str(corpus)])
    assert out.exit_code == 1, out.output
    got = json.loads(out.stdout)
    assert got["added"] == [str(corpus / "late.md")]
    assert got["changed"] == [str(corpus / "new.md")]
    assert got["removed"] == [str(harbour)]
    assert got["check"] == "ok" and got["current"] is False
    assert {p.name: p.read_bytes() for p in index.parent.iterdir() if p.is_file()} == before
    text = runner.invoke(app, ["index", "--check", "--corpus", str(corpus)]).stdout
    assert f"added: {corpus / 'late.md'}" in text and "`kzmil index` brings the index" in text
    assert runner.invoke(app, ["index", "--corpus", str(corpus)]).exit_code == 0
    current = runner.invoke(app, ["index", "--check", "--corpus", str(corpus)])
    assert current.exit_code == 0 and "is current" in current.stdout


def test_index_check_without_an_index_makes_none(mini: Path, tmp_path: Path) -> None:
    index = tmp_path / "not-yet" / "index.sqlite"
    out = runner.invoke(app, ["index", "--check", "--corpus", str(mini), "--index", str(index)])
    assert out.exit_code == 1 and "does not exist yet; 2 added" in out.stdout
    assert not index.parent.exists()


def test_a_bad_full_check_setting_is_a_usage_error(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KZMIL_FULL_CHECK_MINUTES", "soon")
    out = runner.invoke(app, ["find", "--corpus", str(mini), "harbour"])
    assert out.exit_code == 2 and "KZMIL_FULL_CHECK_MINUTES='soon' must be a number of minutes" in out.stderr
    monkeypatch.delenv("KZMIL_FULL_CHECK_MINUTES")
    config = tmp_path / "config.toml"
    config.write_text("limit = 3\nfull_check_minutes = -1\n")
    monkeypatch.setenv("KZMIL_CONFIG", str(config))
    out = runner.invoke(app, ["find", "--corpus", str(mini), "harbour"])
    assert out.exit_code == 2 and "line 2: 'full_check_minutes' must be" in out.stderr
