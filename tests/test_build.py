"""build.py: what an update must do (plan), the files' keys, and the ids articles are given."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzmil import build, config
from kzmil.build import KEY_BITS, SENTENCE_BITS, Plan, doc_key, plan
from kzmil.corpus import discover
from kzmil.index import Index
from kzmil.store import open_index


def settings(*roots: Path, index: Path) -> config.Settings:
    return config.Settings(tuple(roots), index)


@pytest.fixture
def indexed(mini: Path, tmp_path: Path) -> Iterator[Index]:
    """The mini corpus (harbour.md, plain-notes.txt), indexed."""
    idx = open_index(settings(mini, index=tmp_path / "idx" / "index.sqlite"))
    yield idx
    idx.close()


def planned(idx: Index, root: Path) -> Plan:
    found, _ = discover([root])
    return plan(idx.conn, found)


def ids(idx: Index) -> dict[str, int]:
    return {Path(d.path).name: d.id for d in idx.docs().values()}


def test_nothing_to_do_when_nothing_changed(indexed: Index, mini: Path) -> None:
    assert planned(indexed, mini) == Plan(todo=[], replace={}, removed=[], unchanged=2, touch=[])


def test_an_added_file_is_read(indexed: Index, mini: Path) -> None:
    (mini / "new.md").write_text("A new article about ferries.\n")
    got = planned(indexed, mini)
    assert got.todo == [(str(mini), str(mini / "new.md"))]
    assert (got.replace, got.removed, got.unchanged) == ({}, [], 2)


def test_a_changed_file_is_read_again_in_place_of_its_row(indexed: Index, mini: Path) -> None:
    harbour = mini / "harbour.md"
    harbour.write_text(harbour.read_text() + "\nThe wall is 400 metres long.\n")
    got = planned(indexed, mini)
    assert got.todo == [(str(mini), str(harbour))]
    assert got.replace == {str(harbour): ids(indexed)["harbour.md"]}
    assert (got.removed, got.unchanged, got.touch) == ([], 1, [])


def test_a_change_that_keeps_the_size_is_still_seen(indexed: Index, mini: Path) -> None:
    harbour = mini / "harbour.md"
    before = harbour.stat()
    harbour.write_text(harbour.read_text().replace("140 workers", "145 workers"))
    os.utime(harbour, ns=(before.st_atime_ns, before.st_mtime_ns + 10**9))
    assert harbour.stat().st_size == before.st_size
    got = planned(indexed, mini)
    assert got.todo == [(str(mini), str(harbour))] and got.touch == []


def test_a_touched_file_is_not_read_again(indexed: Index, mini: Path) -> None:
    harbour = mini / "harbour.md"
    os.utime(harbour, ns=(10**18, 10**18))
    got = planned(indexed, mini)
    st = harbour.stat()
    assert got.todo == [] and got.unchanged == 2
    assert got.touch == [
        (ids(indexed)["harbour.md"], (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns))
    ]


def test_a_removed_file_drops_its_row(indexed: Index, mini: Path) -> None:
    gone = ids(indexed)["plain-notes.txt"]
    (mini / "plain-notes.txt").unlink()
    got = planned(indexed, mini)
    assert (got.todo, got.removed, got.unchanged) == ([], [gone], 1)


def test_files_to_read_come_in_path_order(indexed: Index, mini: Path) -> None:
    names = ["b.md", "Z.md", "a/z.md", "a.md", "é.md", "\udcf5.md", "😀.md"]  # \udcf5: the byte 0xF5
    for name in names:
        (mini / name).parent.mkdir(exist_ok=True)
        (mini / name).write_text(f"An article called {name!r}.\n")
    got = planned(indexed, mini)
    # the file system's bytes: capitals before small letters, "a.md" before "a/z.md" ('.' < '/'),
    # and a name that is not UTF-8 by its bytes (0xF5 after the 0xF0 of 😀), as SQLite orders docs.path
    assert [Path(p).relative_to(mini).as_posix() for _, p in got.todo] == [
        "Z.md",
        "a.md",
        "a/z.md",
        "b.md",
        "é.md",
        "😀.md",
        "\udcf5.md",
    ]


def test_folders_limit_the_comparison_to_those_folders(indexed: Index, mini: Path) -> None:
    (mini / "plain-notes.txt").unlink()
    (mini / "sub").mkdir()
    (mini / "sub" / "new.md").write_text("A new article.\n")
    found, _ = discover([mini / "sub"])
    found = {p: s._replace(root=str(mini)) for p, s in found.items()}
    got = plan(indexed.conn, found, folders=[str(mini / "sub")])
    # mini's own folder was not asked about: its removed file is not seen yet
    assert got == Plan(
        todo=[(str(mini), str(mini / "sub" / "new.md"))], replace={}, removed=[], unchanged=0, touch=[]
    )


def test_doc_key_is_the_same_in_every_run() -> None:
    # pinned: the ids of passages (and so the order of ties) must not change between an
    # update and a rebuild, nor between versions that share the schema
    assert doc_key("/corpus", "/corpus/a.md") == 407_222_701_279
    assert doc_key("/corpus", "/corpus/a.md") == doc_key("/corpus", "/corpus/a.md")


def test_doc_key_depends_on_folder_and_path_and_fits_its_bits() -> None:
    keys = {doc_key(r, p) for r in ("/c1", "/c2") for p in ("/c1/a.md", "/c1/b.md", "/c2/a.md")}
    assert len(keys) == 6
    assert all(0 <= k < 2**KEY_BITS for k in keys)
    assert doc_key("/c", "/c/\udcff.md") != doc_key("/c", "/c/\ufffd.md")  # bytes that are not UTF-8 count


def test_passage_ids_carry_their_files_key(indexed: Index, mini: Path) -> None:
    for doc in indexed.docs().values():
        first = indexed.conn.execute("SELECT min(id) FROM passages WHERE doc_id = ?", (doc.id,)).fetchone()[0]
        assert first >> SENTENCE_BITS == doc_key(str(mini), doc.path)


def test_names_are_given_in_path_order_whatever_order_files_came_in(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    s = settings(root, index=tmp_path / "index.sqlite")
    (root / "a.txt").write_text("Notes about the harbour.\n")
    open_index(s).close()
    (root / "a.md").write_text("An article about the harbour.\n")  # asks for "a" too, and sorts first
    idx = open_index(s, full_walk=True)
    assert {Path(d.path).name: d.doc for d in idx.docs().values()} == {"a.md": "a", "a.txt": "corpus/a"}
    idx.close()
    (tmp_path / "index.sqlite").unlink()
    idx = open_index(s)  # a rebuild names them alike
    assert {Path(d.path).name: d.doc for d in idx.docs().values()} == {"a.md": "a", "a.txt": "corpus/a"}
    idx.close()


def test_the_same_path_in_two_folders_is_named_after_its_folder(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for root in (one, two):
        (root / "notes").mkdir(parents=True)
        (root / "notes" / "a.md").write_text(f"An article kept in {root.name}.\n")
    idx = open_index(settings(two, one, index=tmp_path / "index.sqlite"))
    assert {d.path: d.doc for d in idx.docs().values()} == {
        str(one / "notes" / "a.md"): "notes/a",  # (folder, path) order, not the order given
        str(two / "notes" / "a.md"): "two/notes/a",
    }
    idx.close()


def _content(path: Path) -> dict[str, object]:
    """What a search reads from an index: its rows, the full-text index and the counts."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")
        conn.execute("CREATE VIRTUAL TABLE temp.postings USING fts5vocab(main, fts, instance)")
        return {
            "passages": sorted(
                conn.execute(
                    "SELECT d.path, p.id, p.sent, p.text, p.terms "
                    "FROM passages p JOIN docs d ON d.id = p.doc_id"
                )
            ),
            "postings": list(conn.execute("SELECT term, doc, col FROM temp.postings ORDER BY term, doc")),
            "casing": list(conn.execute("SELECT term, cap, low FROM casing ORDER BY term")),
            "df": list(conn.execute("SELECT term, doc FROM df ORDER BY term")),
        }
    finally:
        conn.close()


@pytest.mark.parametrize("batch", [1, 2])
def test_any_batch_size_writes_the_same_index(
    batch: int, mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Casing counts are summed over many articles before they are written; how many at a
    time changes nothing, in a full build or in an update."""
    for n in range(5):
        (mini / f"extra-{n}.md").write_text(f"Extra {n}\n\nThe Navy bought {n + 2} Patrol boats in Aktau.\n")
    whole = settings(mini, index=tmp_path / "whole.sqlite")
    open_index(whole).close()
    monkeypatch.setattr(build, "CASING_BATCH", batch)
    parts = settings(mini, index=tmp_path / "parts.sqlite")
    open_index(parts).close()
    assert _content(parts.index_path) == _content(whole.index_path)

    (mini / "extra-1.md").write_text("Extra 1\n\nThe harbour in Aktau closed; Patrol boats left.\n")
    (mini / "extra-3.md").unlink()
    (mini / "later.md").write_text("Later\n\nSeventeen Navy officers quit the harbour.\n")
    open_index(parts, full_walk=True).close()  # an update, in batches of `batch`
    monkeypatch.undo()
    rebuilt = settings(mini, index=tmp_path / "rebuilt.sqlite")
    open_index(rebuilt).close()
    assert _content(parts.index_path) == _content(rebuilt.index_path)
