"""The index follows the corpus, survives damage, and never writes to the articles."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from kzmil import config
from kzmil.index import SCHEMA_VERSION
from kzmil.search import find
from kzmil.store import open_index


def settings(root: Path, tmp_path: Path) -> config.Settings:
    return config.Settings((root,), tmp_path / "idx" / "index.sqlite")


def test_built_on_first_use_and_updated_on_change(mini: Path, tmp_path: Path) -> None:
    s = settings(mini, tmp_path)
    idx = open_index(s)
    assert idx.report.added == 2 and idx.report.rebuilt
    idx.close()
    assert open_index(s).report.changed is False
    (mini / "new.md").write_text("Fresh article about lighthouses on the northern coast.\n")
    idx = open_index(s)
    assert idx.report.added == 1 and not idx.report.rebuilt
    assert find(idx, "lighthouses northern coast").results[0].doc == "new"
    harbour = mini / "harbour.md"
    harbour.write_text(harbour.read_text().replace("140 workers", "145 workers"))
    os.utime(harbour, ns=(1, 1))
    idx = open_index(s, full_walk=True)  # an edit in place: seen by a full walk (docs/index-freshness.md)
    assert idx.report.updated == 1
    assert "145 workers" in find(idx, "workers who built it").results[0].passage
    (mini / "new.md").unlink()
    idx = open_index(s)
    assert idx.report.removed == 1
    assert all(r.doc != "new" for r in find(idx, "lighthouses northern coast").results)


def test_touched_but_unchanged_file_is_not_reread(mini: Path, tmp_path: Path) -> None:
    s = settings(mini, tmp_path)
    open_index(s).close()
    os.utime(mini / "harbour.md", ns=(10**18, 10**18))
    rep = open_index(s, full_walk=True).report  # a touch in place: seen by a full walk
    assert rep.updated == 0 and rep.unchanged == 2


def test_damaged_index_is_rebuilt_with_a_warning(mini: Path, tmp_path: Path) -> None:
    s = settings(mini, tmp_path)
    open_index(s).close()
    data = s.index_path.read_bytes()
    junk = b"this is not a database" * (len(data) // 22 + 1)
    s.index_path.write_bytes(data[:100] + junk[: len(data) - 100])  # SQLite's header (ours) survives
    idx = open_index(s)
    assert any("damaged" in w for w in idx.report.warnings)
    assert find(idx, "harbour wall").results


def test_truncated_index_is_rebuilt(mini: Path, tmp_path: Path) -> None:
    s = settings(mini, tmp_path)
    open_index(s).close()
    data = s.index_path.read_bytes()
    s.index_path.write_bytes(data[: len(data) // 3])
    assert find(open_index(s), "harbour wall").results


def test_old_schema_is_rebuilt_silently(mini: Path, tmp_path: Path) -> None:
    s = settings(mini, tmp_path)
    open_index(s).close()
    with sqlite3.connect(s.index_path) as conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    idx = open_index(s)
    assert idx.report.rebuilt and not idx.report.warnings
    assert idx.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == SCHEMA_VERSION


def test_articles_are_never_written(mini: Path, tmp_path: Path) -> None:
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in mini.iterdir()}
    open_index(settings(mini, tmp_path), force=True).close()
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in mini.iterdir()} == before


def test_bad_files_are_skipped_or_decoded(mini: Path, tmp_path: Path) -> None:
    (mini / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (mini / "latin1.txt").write_bytes("Caf\xe9 owners protest the new parking rules.".encode("latin-1"))
    (mini / "utf16.txt").write_text("Sixteen-bit encoded article about tides.", encoding="utf-16")
    (mini / "empty.md").write_text("")
    (mini / "image.png").write_bytes(b"\x89PNG")
    idx = open_index(settings(mini, tmp_path))
    rep = idx.report
    reasons = dict(rep.skips)
    assert reasons[str(mini / "binary.txt")] == "binary file"
    assert reasons[str(mini / "empty.md")] == "empty file"
    assert str(mini / "image.png") in reasons
    assert any("latin1.txt" in w and "UTF-8" in w for w in rep.warnings)
    assert find(idx, "owners protest parking rules").results
    assert find(idx, "sixteen-bit encoded tides").results


def test_several_corpus_folders_side_by_side(mini: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "harbour.md").write_text("A different harbour story about fishing boats.\n")
    s = config.Settings((mini, other), tmp_path / "index.sqlite")
    idx = open_index(s)
    docs = sorted(d.doc for d in idx.docs().values())
    assert docs == ["harbour", "other/harbour", "plain-notes"]


def test_kzmil_corpus_environment(mini: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setenv("KZMIL_CORPUS", os.pathsep.join([str(mini), str(other)]))
    assert config.resolve().roots == (mini.resolve(), other.resolve())


def test_html_pages_give_text_and_metadata(tmp_path: Path) -> None:
    import shutil as sh

    root = tmp_path / "web"
    root.mkdir()
    sh.copy(Path(__file__).parent / "fixtures" / "harbor-page.html", root / "page.html")
    idx = open_index(settings(root, tmp_path))
    result = find(idx, "channel deepened to fifteen meters").results[0]
    assert "deepen the main channel to 15 meters" in result.passage
    assert "Home | News" not in result.passage
    assert result.source.title == "Port authority approves new dredging plan"
    assert result.source.authors == ("Jane Doe",) and result.source.publication == "Harbor Times"
    assert result.source.date == "2021-06-01"


def test_a_bad_front_matter_field_is_ignored_not_the_article(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kzmil.cli import app

    root = tmp_path / "c"
    root.mkdir()
    (root / "date.md").write_text(
        "---\ntitle: Bad date\ndate: 2023-13-45\n---\nThe ferry runs twice a day.\n"
    )
    (root / "num.md").write_text("---\ntitle: Number author\nauthors: 5\n---\nThe bridge opened in May.\n")
    (root / "null.md").write_text(
        "---\ntitle: Null author\nauthors: [null, 'Ann Lee', [x]]\ndate: 2020-02-30\n---\nTides rose.\n"
    )
    (root / "list.md").write_text("---\ntitle: [a, b]\nvolume: 04\n---\nA list title.\n")
    runner = CliRunner()
    built = runner.invoke(app, ["index", "--corpus", str(root)])
    assert built.exit_code == 0 and "4 added" in built.stdout, built.output
    warnings = built.stderr
    assert (
        f"{root / 'date.md'}: line 3: front-matter field 'date' ignored "
        "(not a date as YYYY-MM-DD, YYYY-MM or YYYY: 2023-13-45)" in warnings
    )
    assert f"{root / 'num.md'}: line 3: front-matter field 'authors': '5' is not a name; left out" in warnings
    assert (
        f"{root / 'null.md'}: line 3: front-matter field 'authors': an empty entry was left out" in warnings
    )
    assert f"{root / 'null.md'}: line 4: front-matter field 'date' ignored" in warnings
    assert (
        f"{root / 'list.md'}: line 2: front-matter field 'title' ignored (a list or mapping, not text)"
        in warnings
    )
    listed = {
        d["id"]: d["source"]
        for d in json.loads(runner.invoke(app, ["sources", "--json", "--corpus", str(root)]).stdout)
    }
    assert listed["date"]["date"] is None and listed["num"]["authors"] == []
    assert listed["null"]["authors"] == ["Ann Lee"] and listed["list"]["volume"] == "04"
    for style in ("chicago", "apa", "mla", "bibtex", "ris", "csl-json"):
        out = runner.invoke(app, ["cite", "--all", "--style", style, "--corpus", str(root)]).stdout
        assert "None" not in out, style
    assert "None" not in runner.invoke(app, ["sources", "--corpus", str(root)]).stdout


def test_a_full_build_names_more_articles_than_sqlite_takes_parameters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 200,000 articles one statement with a parameter per name passed SQLite's limit
    (250,000 here, 32,766 in SQLite's own builds): a limit of 20 stands in for it."""
    from kzmil import build

    real = build.connect

    def limited(path: Path) -> sqlite3.Connection:
        conn = real(path)
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 20)
        return conn

    monkeypatch.setattr(build, "connect", limited)
    corpus = tmp_path / "many"
    corpus.mkdir()
    for n in range(30):
        (corpus / f"note-{n:02d}.md").write_text(f"Note {n} says the ferry sailed {n} times.\n")
    s = settings(corpus, tmp_path)
    assert open_index(s).report.added == 30
    for n in range(25):
        (corpus / f"note-{n:02d}.md").unlink()
    assert open_index(s, full_walk=True).report.removed == 25
