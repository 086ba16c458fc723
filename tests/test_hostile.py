"""Issue 12: a hostile user or a hostile corpus must never lose data, never get a wrong
citation out of kzmil, and never reach the terminal through it."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kzmil import config
from kzmil.cli import app
from kzmil.store import open_index

runner = CliRunner()


def corrupt_table(index: Path, table: str) -> None:
    """Overwrite the root page of `table` with junk, as a bad disk sector would."""
    with sqlite3.connect(index) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(index, "r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xde\xad\xbe\xef" * (page_size // 4 - 4))


# ------------------------------------------------------------------ 1. never overwrite a user's file


def test_a_sqlite_database_with_a_precious_table_survives(tmp_path: Path) -> None:
    db = tmp_path / "my.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE precious(x TEXT)")
        conn.execute("INSERT INTO precious VALUES ('thesis data')")
    conn.close()
    before = db.read_bytes()
    for args in (
        ["find", "--index", str(db), "110 officers quit"],
        ["index", "--rebuild", "--index", str(db)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        assert f"{db} is not a kzmil index (a SQLite database that kzmil did not make)" in result.stderr
        assert "damaged" not in result.stderr
    assert db.read_bytes() == before


def test_an_empty_file_a_folder_and_a_fifo_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    fifo = tmp_path / "fifo.sqlite"
    os.mkfifo(fifo)
    for target, why in (
        (empty, "an empty file"),
        (tmp_path, "not a regular file"),
        (fifo, "not a regular file"),
    ):
        result = runner.invoke(app, ["find", "--index", str(target), "110 officers quit"])
        assert result.exit_code == 2 and f"({why})" in result.stderr, result.output
    assert empty.read_bytes() == b"" and stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device file needs root")
def test_a_device_file_is_refused(tmp_path: Path) -> None:
    dev = tmp_path / "null-device"
    os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null
    result = runner.invoke(app, ["index", "--index", str(dev)])
    assert result.exit_code == 2 and "(not a regular file)" in result.stderr
    assert stat.S_ISCHR(dev.stat().st_mode)


def test_an_index_kzmil_made_is_still_rebuilt_when_damaged(mini: Path, tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    open_index(config.Settings((mini,), index)).close()
    with sqlite3.connect(index) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4B5A4D4C
    conn.close()
    data = index.read_bytes()
    index.write_bytes(data[:100] + b"\x00" * (len(data) - 100))
    idx = open_index(config.Settings((mini,), index))
    assert any("damaged; rebuilt it" in w for w in idx.report.warnings) and idx.docs()


def test_an_index_from_before_the_application_id_is_still_ours(mini: Path, tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    open_index(config.Settings((mini,), index)).close()
    with sqlite3.connect(index) as conn:  # as an older kzmil wrote it: no mark, an older schema
        conn.execute("PRAGMA application_id = 0")
        conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema'")
    conn.close()
    idx = open_index(config.Settings((mini,), index))
    assert idx.report.rebuilt and not idx.report.warnings


# ------------------------------------------------------------------ 2. no glob on the index name


def test_a_star_in_the_index_name_deletes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    keep = ["thesis.final.tmp", "notes.x.tmp", "*.kzmil-build-abcdefgh.tmp.bak", "a.kzmil-build-abcdefgh.tmp"]
    for name in keep:
        (folder / name).write_text("the only copy")
    monkeypatch.setenv("KZMIL_INDEX", str(folder / "*"))
    result = runner.invoke(app, ["index", "--rebuild"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == sorted([*keep, "*", "*.lock"])
    assert all((folder / n).read_text() == "the only copy" for n in keep)


def test_only_kzmil_temp_files_are_cleaned_up(tmp_path: Path) -> None:
    from kzmil.build import _remove_stale_builds

    index = tmp_path / "i.sqlite"
    stale = tmp_path / "i.sqlite.kzmil-build-ab12cd_9.tmp"
    stale.write_bytes(b"")  # a build killed before it wrote anything
    lookalike = tmp_path / "i.sqlite.kzmil-build-notmine1.tmp"
    lookalike.write_text("a user's file that happens to have the same shape of name")
    _remove_stale_builds(index)
    assert not stale.exists() and lookalike.exists()


# ------------------------------------------------------------------ 5. corruption anywhere


def test_a_malformed_page_is_rebuilt_not_a_crash(tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    assert runner.invoke(app, ["index", "--index", str(index)]).exit_code == 0
    corrupt_table(index, "passages")
    shown = runner.invoke(app, ["show", "--index", str(index), "edm-2007-09-18-cadets-prefer-belarus:3"])
    assert shown.exit_code == 0, shown.output
    assert "110 have already quit" in shown.stdout
    assert f"the index {index} was damaged; rebuilt it" in shown.stderr
    corrupt_table(index, "passages")
    checked = runner.invoke(
        app,
        [
            "check",
            "--json",
            "--index",
            str(index),
            "Around 8,000 troops took part in the Batys 2003 exercises.",
        ],
    )
    assert checked.exit_code == 3 and json.loads(checked.stdout)["verdict"] == "contradicted"
    assert "damaged; rebuilt it" in checked.stderr and "unexpected" not in checked.stderr


def test_index_check_runs_quick_check(tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    assert runner.invoke(app, ["index", "--index", str(index)]).exit_code == 0
    ok = runner.invoke(app, ["index", "--check", "--index", str(index)])
    assert ok.exit_code == 0 and "quick_check: ok" in ok.stdout
    corrupt_table(index, "passages")
    assert (
        "0 updated" in runner.invoke(app, ["index", "--index", str(index)]).stdout
    )  # unseen without --check
    damaged = index.read_bytes()
    bad = runner.invoke(app, ["index", "--check", "--json", "--index", str(index)])
    assert bad.exit_code == 1, bad.output  # reported, left as it is: --check changes nothing
    report = json.loads(bad.stdout)
    assert report["check"] != "ok" and report["current"] is False and index.read_bytes() == damaged
    assert (
        "`kzmil index --rebuild` rebuilds it"
        in runner.invoke(app, ["index", "--check", "--index", str(index)]).stdout
    )
    rebuilt = runner.invoke(app, ["index", "--check", "--rebuild", "--json", "--index", str(index)])
    assert rebuilt.exit_code == 0 and json.loads(rebuilt.stdout)["check"] == "ok"
    assert "quick_check: ok" in runner.invoke(app, ["index", "--check", "--index", str(index)]).stdout


def test_a_foreign_file_damaged_mid_command_is_an_error(tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    assert runner.invoke(app, ["index", "--index", str(index)]).exit_code == 0
    corrupt_table(index, "passages")
    with open(index, "r+b") as fh:  # the header no longer says kzmil made it
        fh.seek(68)
        fh.write(b"\x00\x00\x00\x07")
    result = runner.invoke(app, ["show", "--index", str(index), "edm-2007-09-18-cadets-prefer-belarus:3"])
    assert result.exit_code == 2 and "is not a kzmil index" in result.stderr


# ------------------------------------------------------------------ 3. a swap is seen, citations stay true


def _swap(a: Path, b: Path) -> None:
    tmp = a.with_name("swap.tmp")
    os.rename(a, tmp)
    os.rename(b, a)
    os.rename(tmp, b)


@pytest.mark.parametrize("same_size_and_time", [False, True])
def test_swapped_files_are_reindexed_and_cited_correctly(tmp_path: Path, same_size_and_time: bool) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    a, b = corpus / "a.md", corpus / "b.md"
    a.write_text("Title A\n\nFirst line of a.\n\nThe lighthouse keeper counted seventeen gulls.\n")
    b.write_text(
        "Title B\n\nFirst line of b.\n\nAnother text about the harbour.\n"
        + ("x" * 9 if not same_size_and_time else "")
    )
    if same_size_and_time:  # sizes and times equal: only the inode and ctime tell them apart
        b.write_text(b.read_text().ljust(len(a.read_text()) - 1, ".") + "\n")
        assert a.stat().st_size == b.stat().st_size
        os.utime(a, ns=(10**18, 10**18))
        os.utime(b, ns=(10**18, 10**18))
    args = ["--corpus", str(corpus)]
    assert runner.invoke(app, ["index", *args]).exit_code == 0
    first = json.loads(
        runner.invoke(app, ["find", "--json", *args, "lighthouse keeper seventeen gulls"]).stdout
    )
    assert first["results"][0]["path"] == str(a)
    _swap(a, b)
    summary = runner.invoke(app, ["index", *args]).stdout
    assert "2 updated" in summary and "2 unchanged" not in summary
    hit = json.loads(
        runner.invoke(app, ["find", "--json", *args, "lighthouse keeper seventeen gulls"]).stdout
    )
    top = hit["results"][0]
    assert top["path"] == str(b)
    text = b.read_text()
    assert text[top["start"] : top["end"]] == top["passage"]
    assert text.splitlines()[top["line"] - 1].startswith("The lighthouse keeper")


# ------------------------------------------------------------------ 4. an update equals a rebuild


def index_content(path: Path) -> dict[str, object]:
    """Everything an index holds, without the row ids (which record the order of indexing)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")
        return {
            "docs": sorted(
                conn.execute(
                    "SELECT doc, base, root, path, size, mtime_ns, ino, ctime_ns, sha1, source, paras, "
                    "passages FROM docs"
                )
            ),
            "passages": sorted(
                conn.execute(
                    "SELECT d.path, p.sent, p.para, p.start, p.end, p.line, p.text, p.terms "
                    "FROM passages p JOIN docs d ON d.id = p.doc_id"
                )
            ),
            "casing": sorted(conn.execute("SELECT term, cap, low FROM casing")),
            "vocab": sorted(conn.execute("SELECT term, doc, cnt FROM vocab")),
            "df": sorted(conn.execute("SELECT term, doc FROM df")),  # kept by hand: must be vocab's
            "total": conn.execute("SELECT value FROM meta WHERE key = 'passages'").fetchone(),
        }
    finally:
        conn.close()


_SENTENCES = [
    "The Harbour Board met in Aktau on Monday.",
    "Officers of the Navy said the harbour was closed.",
    "the harbour reopened after Aktau officials agreed.",
    "Kazakhstan bought two Patrol boats.",
    "Two patrol boats arrived; the Navy was pleased.",
    "Mr. Tokayev praised the Navy and the Board.",
    "Nobody praised the board.",
    "Seventeen gulls watched the Patrol.",
]


def _article(rng_pick: list[int], ident: str | None) -> str:
    head = f"---\nid: {ident}\n---\n" if ident else ""
    body = " ".join(_SENTENCES[i % len(_SENTENCES)] for i in rng_pick)
    return f"{head}Some Title\n\n{body}\n\nA second paragraph: {_SENTENCES[rng_pick[0] % len(_SENTENCES)]}\n"


_files = st.sampled_from(["a.md", "b.md", "sub/c.md", "sub/a.md", "d.txt"])
_roots = st.sampled_from(["one", "two"])
_ops = st.lists(
    st.tuples(
        st.sampled_from(["write", "write", "delete", "rename"]),
        _roots,
        _files,
        st.lists(st.integers(0, 20), min_size=1, max_size=4),
        st.sampled_from([None, None, "shared", "b"]),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_ops, after=_ops)
@pytest.mark.slow
def test_an_update_gives_the_index_a_rebuild_gives(before: list, after: list) -> None:  # type: ignore[type-arg]
    import tempfile

    from kzmil.search import find

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        roots = (base / "one", base / "two")
        for r in roots:
            (r / "sub").mkdir(parents=True)

        def apply(ops: list) -> None:  # type: ignore[type-arg]
            for op, root, name, pick, ident in ops:
                path = base / root / name
                if op == "write":
                    path.write_text(_article(pick, ident))
                elif op == "delete":
                    path.unlink(missing_ok=True)
                elif path.exists():
                    path.rename(path.with_name("z-" + path.name))

        apply(before)
        updated = config.Settings(roots, base / "updated.sqlite")
        open_index(updated).close()
        apply(after)
        idx = open_index(updated)
        rebuilt = open_index(config.Settings(roots, base / "rebuilt.sqlite"), force=True)
        content = index_content(updated.index_path)
        assert content == index_content(base / "rebuilt.sqlite")
        assert content["df"] == [(t, d) for t, d, _ in content["vocab"]]
        for claim in ("Navy harbour", "patrol boats", "Aktau Board officers", "praised"):
            got = [(r.doc, r.path, r.line, r.score) for r in find(idx, claim).results]
            want = [(r.doc, r.path, r.line, r.score) for r in find(rebuilt, claim).results]
            assert got == want, claim
        idx.close()
        rebuilt.close()


# ------------------------------------------------------------------ 6. no corpus reaches the terminal

OSC8 = "\x1b]8;;http://evil.example/phish\x1b\\Click\x1b]8;;\x1b\\"
RAW_CONTROLS = ("\x1b", "\x9b", "\x07", "\x90")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A corpus whose titles, text and file names carry escape codes and rich markup."""
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "markup.md").write_text(
        "---\n"
        'title: "[link=http://evil.example/phish]Click for PDF[/link] [/bold] [red]"\n'
        'publication: "Gazette\\e]0;window title\\a"\n'
        'authors: ["Eve \\e[2J\\e[H Mallory"]\n'
        "---\n"
        "The harbour authority approved the new dredging plan on Tuesday.\n"
    )
    (root / "escape\x1b[31m.md").write_text(
        "---\n"
        f'title: "{OSC8.encode("unicode_escape").decode()} \\x9b31m C1"\n'
        "---\n"
        "Lighthouse keepers \x1b[2J\x1b]0;owned\x07 counted \x9b1m gulls at dawn.\n"
    )
    return root


def _inert(out: str) -> None:
    assert not any(c in out for c in RAW_CONTROLS), repr(out)


def test_escape_codes_from_a_corpus_are_shown_inert(hostile: Path) -> None:
    args = ["--corpus", str(hostile)]
    for command in (
        ["find", "lighthouse keepers counted gulls"],
        ["check", "Lighthouse keepers counted gulls at dawn."],
        ["show", "markup"],
        ["sources"],
        ["cite", "lighthouse keepers counted gulls"],
        ["cite", "--style", "ris", "--all"],
        ["cite", "--style", "bibtex", "--all"],
        ["cite", "--style", "csl-json", "--all"],
    ):
        result = runner.invoke(app, [*command, *args])
        assert result.exit_code in (0, 1, 3), (command, result.output)
        _inert(result.stdout)
        _inert(result.stderr)
    shown = runner.invoke(app, ["find", *args, "lighthouse keepers counted gulls"]).stdout
    assert "escape\\x1b[31m.md" in shown and "Lighthouse keepers \\x1b[2J\\x1b]0;owned\\x07" in shown
    _inert(runner.invoke(app, ["index", *args]).stderr)


def test_json_escapes_c1_controls_and_keeps_the_text(hostile: Path) -> None:
    result = runner.invoke(
        app, ["find", "--json", "--corpus", str(hostile), "lighthouse keepers counted gulls"]
    )
    _inert(result.stdout)
    top = json.loads(result.stdout)["results"][0]
    assert "\x9b1m gulls" in top["passage"] and top["source"]["title"].startswith(OSC8)
    assert "\\u009b" in result.stdout


def test_rich_output_never_reads_corpus_text_as_markup(
    hostile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzmil import render

    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setattr(render, "use_color", lambda stream=None: True)
    for command in (
        ["sources"],
        ["find", "harbour dredging plan"],
        ["check", "The harbour plan was approved."],
    ):
        result = runner.invoke(app, [*command, "--corpus", str(hostile)])
        assert result.exit_code in (0, 1, 3), result.output  # a "[/bold]" title is not a MarkupError
        assert (
            "\x1b]8;" not in result.stdout
            and "\x1b]0;" not in result.stdout
            and "\x1b[2J" not in result.stdout
        )
        assert "\x9b" not in result.stdout
    table = runner.invoke(app, ["sources", "--corpus", str(hostile)]).stdout
    assert "[link=http://evil.example/phish]Click" in table and "[/bold]" in table


# ------------------------------------------------------------------ 7. citation formats cannot be forged


def _one_article(tmp_path: Path, front: str) -> list[str]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.md").write_text(f"---\n{front}\n---\nSome article text about harbours and ships.\n")
    return ["--corpus", str(root)]


def test_a_title_with_newlines_cannot_forge_an_ris_record(tmp_path: Path) -> None:
    args = _one_article(
        tmp_path,
        'title: "Real title\\nER  - \\nTY  - JOUR\\nTI  - Forged record\\rAU  - Nobody"\nurl: "x\\ny"',
    )
    out = runner.invoke(app, ["cite", "--style", "ris", "--all", *args]).stdout
    tags = [line[:6] for line in out.splitlines() if line.strip()]
    assert tags.count("TY  - ") == 1 and tags.count("ER  - ") == 1 and tags.count("AU  - ") == 0
    assert "TI  - Real title ER - TY - JOUR TI - Forged record AU - Nobody" in out


@pytest.mark.parametrize(
    "title", ["Unbalanced { brace", "Closing } first", "100% of #1 {a} \\ done", "Two\n\n@misc{x, title={y}}"]
)
def test_bibtex_from_a_hostile_title_parses(tmp_path: Path, title: str) -> None:
    from pybtex.database import parse_string

    args = _one_article(tmp_path, f"title: {json.dumps(title)}\nurl: 'http://e.example/a{{b}}%20c d'")
    out = runner.invoke(app, ["cite", "--style", "bibtex", "--all", *args]).stdout
    data = parse_string(out, "bibtex")
    assert list(data.entries) == ["a"] and "\n\n@" not in out
    fields = data.entries["a"].fields
    assert fields["url"] == "http://e.example/a%7Bb%7D%20c%20d"
    assert "%" not in fields["title"].replace("\\%", "") and "#" not in fields["title"].replace("\\#", "")


def test_csl_json_carries_any_title_through_the_encoder(tmp_path: Path) -> None:
    args = _one_article(tmp_path, 'title: "Quote \\" brace { C1 \\x9b end"')
    out = runner.invoke(app, ["cite", "--style", "csl-json", "--all", *args]).stdout
    assert "\x9b" not in out and json.loads(out)[0]["title"] == 'Quote " brace { C1 \x9b end'


# ------------------------------------------------------------------ 10. tiny files, huge costs

ALIAS_BOMB = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"{n}: &{n} [{','.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))
    + "title: *i\n---\nThe body of an article whose front matter is a billion laughs.\n"
)


def test_a_yaml_alias_bomb_is_refused_not_expanded(tmp_path: Path) -> None:
    import subprocess
    import sys

    assert len(ALIAS_BOMB.split("---")[1]) < 600
    root = tmp_path / "c"
    root.mkdir()
    (root / "bomb.md").write_text(ALIAS_BOMB)
    code = (
        "import resource, sys, time\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "from kzmil.prepare import prepare_safely\n"
        "t = time.perf_counter()\n"
        f"p = prepare_safely({str(root)!r}, {str(root / 'bomb.md')!r})\n"
        "print(time.perf_counter() - t, len(p.source.title), p.warnings)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-500:]
    seconds, rest = proc.stdout.split(" ", 1)
    assert float(seconds) < QUADRATIC_GUARD_SECONDS  # an alias bomb expanded would never finish
    assert "front matter uses a YAML alias (*name); ignored" in rest
    result = runner.invoke(app, ["find", "--json", "--corpus", str(root), "billion laughs"])
    assert json.loads(result.stdout)["results"][0]["source"]["title"] == "bomb"


def test_every_metadata_field_is_capped(tmp_path: Path) -> None:
    from kzmil.metadata import MAX_FIELD_CHARS, MAX_FRONT_MATTER_CHARS

    root = tmp_path / "c"
    root.mkdir()
    (root / "long.md").write_text(
        f"---\ntitle: {'T' * 3000}\npublication: {'P' * 2000}\nauthors: [{', '.join(['A B'] * 80)}]\n---\n"
        "A body about long titles.\n"
    )
    (root / "huge.md").write_text(
        "---\ntitle: x\n" + "k: v\n" * MAX_FRONT_MATTER_CHARS + "---\nHuge front matter.\n"
    )
    result = runner.invoke(app, ["sources", "--json", "--corpus", str(root)])
    by_id = {d["id"]: d["source"] for d in json.loads(result.stdout)}
    assert len(by_id["long"]["title"]) == MAX_FIELD_CHARS and by_id["long"]["title"].endswith("…")
    assert len(by_id["long"]["publication"]) == MAX_FIELD_CHARS and len(by_id["long"]["authors"]) == 50
    assert by_id["huge"]["title"] == "huge"  # the block was ignored, not read
    assert f"front-matter field 'title' cut to {MAX_FIELD_CHARS} characters" in result.stderr
    assert "huge.md: front matter longer than" in result.stderr


# ------------------------------------------------------------------ 11. indexing is linear in sentence length


# A 5 MB sentence indexes in about 5 s on a quiet machine; work that grew with the square of
# its length would take hours. The bound only catches that, so a loaded machine cannot fail it
# (speed itself is measured by the benchmark scripts, not by tests).
QUADRATIC_GUARD_SECONDS = 120


@pytest.mark.slow
def test_a_five_megabyte_sentence_indexes_without_blowing_up(tmp_path: Path) -> None:
    import time

    from kzmil.segment import MAX_SENTENCE_CHARS

    root = tmp_path / "c"
    root.mkdir()
    words = "the officer quit military Kazakhstan army 110 reasons study".split()
    text = " ".join(words[(i * 7) % len(words)] for i in range(5_000_000 // 6)) + " and the end\n"
    assert len(text) > 5_000_000 and "." not in text
    (root / "one-sentence.txt").write_text(text)
    t0 = time.perf_counter()
    idx = open_index(config.Settings((root,), tmp_path / "i.sqlite"))
    assert time.perf_counter() - t0 < QUADRATIC_GUARD_SECONDS
    rows = idx.paragraph(next(iter(idx.docs())), None)
    assert max(len(r.text) for r in rows) <= MAX_SENTENCE_CHARS
    assert "".join(r.text for r in rows).replace(" ", "") == text.replace(" ", "").strip()
    assert all(text[r.start : r.end] == r.text for r in rows)


# ------------------------------------------------------------------ 12. no worker outlives kzmil


def big_corpus(root: Path, files: int = 240, paragraphs: int = 60) -> Path:
    """Enough text to keep the worker pool busy for a few seconds (from the bundled articles)."""
    import random

    from kzmil.corpus import bundled_corpus

    source = [
        p
        for f in sorted(bundled_corpus().glob("*.md"))
        for p in f.read_text(encoding="utf-8").split("\n\n")[1:]
        if len(p) > 80
    ]
    rng = random.Random(12)
    root.mkdir()
    for n in range(files):
        (root / f"a{n:04d}.md").write_text(
            f"Article {n}\n\n" + "\n\n".join(rng.choices(source, k=paragraphs))
        )
    return root


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM", "SIGHUP"])
@pytest.mark.slow
def test_killing_kzmil_index_leaves_no_process_behind(tmp_path: Path, sig: str) -> None:
    import signal
    import subprocess
    import sys
    import time

    corpus = big_corpus(tmp_path / "corpus")
    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "i.sqlite"), KZMIL_CORPUS=str(corpus))
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzmil", "index"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # run under nohup, the test would hand kzmil an ignored SIGHUP, which kzmil rightly keeps
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_DFL),
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers |= children_of(proc.pid)
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("indexing finished before the workers were seen")
    time.sleep(0.3)  # well into the work
    if proc.poll() is not None:  # a fast machine: nothing left to interrupt
        pytest.skip("indexing finished before the signal could be sent")
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == -getattr(signal, sig)
    assert b"Traceback" not in err
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if alive(w)]
    assert not [p for p in (tmp_path).iterdir() if p.name.endswith(".tmp")] or sig == "SIGKILL"
