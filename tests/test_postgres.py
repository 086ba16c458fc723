"""The shared index on a real PostgreSQL server (issue 16): the same answers as SQLite,
incremental updates, readers beside a writer, one writer at a time, the errors, the
read-only role. The server comes from the `pg_server` fixture (conftest.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CLAIM_STRIDE, PgServer, labelled_claims
from typer.testing import CliRunner

import kzmil
from kzmil import config
from kzmil.cli import app
from kzmil.errors import ExitCode, IndexUnusable
from kzmil.search import parse_query, retrieval_terms, weigh

runner = CliRunner()
CLAIMS = Path(__file__).parent / "claims"
BENCH = Path(__file__).parent.parent.parent / "shared" / "bench-corpus" / "articles"


def articles(dest: Path, n: int) -> None:
    """`n` articles in `dest`: the first of ../shared/bench-corpus when it is here, else
    seeded filler made of the bundled corpus's words (none of them about quitting officers)."""
    dest.mkdir(exist_ok=True)
    if BENCH.is_dir():
        for p in sorted(BENCH.iterdir())[:n]:
            shutil.copy(p, dest / p.name)
        return
    import random
    import re

    rng = random.Random(16)
    text = " ".join(p.read_text() for p in sorted(config.corpus_roots(None)[0].glob("*.md")))
    words = sorted({w for w in re.findall(r"[A-Za-z]{3,}", text)} - {"quit", "officers", "Belarus"})
    for i in range(n):
        paras = [
            " ".join(" ".join(rng.choices(words, k=12)).capitalize() + "." for _ in range(4))
            for _ in range(5)
        ]
        (dest / f"filler-{i:04d}.md").write_text(f"# Filler article {i}\n\n" + "\n\n".join(paras) + "\n")


def claims(stride: int = 1) -> list[str]:
    """The labelled claims of tests/claims (every `stride`-th of each file), and the dev set of
    ../shared/eval when it is here."""
    dev = Path(__file__).parent.parent.parent / "shared" / "eval" / "claims-dev.jsonl"
    return labelled_claims([*sorted(CLAIMS.glob("*.jsonl")), *([dev] if dev.is_file() else [])], stride)


def kz(*args: str, url: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed kzmil (this interpreter's), as a process."""
    env = dict(os.environ)
    if url is not None:
        env["KZMIL_INDEX"] = url
    cmd = [sys.executable, "-c", "from kzmil.cli import main; main()", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty database."""
    return pg_server.url(pg_server.new_db())


@pytest.fixture
def bundled_pg(pg_url: str) -> str:
    """A database holding the index of the bundled corpus."""
    result = runner.invoke(app, ["index", "--index", pg_url])
    assert result.exit_code == 0, result.output
    return pg_url


def _dump_sqlite(path: Path) -> dict[str, list[tuple[object, ...]]]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return {
            "docs": conn.execute(
                "SELECT id, doc, base, root, path, sha1, source, paras, passages FROM docs ORDER BY id"
            ).fetchall(),
            "passages": conn.execute("SELECT * FROM passages ORDER BY id").fetchall(),
            "vocab": conn.execute("SELECT term, doc FROM vocab ORDER BY term").fetchall(),
            "casing": conn.execute("SELECT term, cap, low FROM casing ORDER BY term").fetchall(),
            "passage_count": conn.execute("SELECT value FROM meta WHERE key = 'passages'").fetchall(),
        }
    finally:
        conn.close()


def _dump_pg(url: str) -> dict[str, list[tuple[object, ...]]]:
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute("SET search_path TO kzmil")

        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in conn.execute(sql)]

        return {
            "docs": rows(
                "SELECT id, doc, base, root, path, sha1, source, paras, passages FROM docs ORDER BY id"
            ),
            "passages": rows("SELECT * FROM passages ORDER BY id"),
            "vocab": rows("SELECT term, doc FROM vocab ORDER BY term"),
            "casing": rows("SELECT term, cap, low FROM casing ORDER BY term"),
            "passage_count": rows("SELECT value FROM meta WHERE key = 'passages'"),
        }


def _same_tables(sqlite_path: Path, url: str) -> None:
    a, b = _dump_sqlite(sqlite_path), _dump_pg(url)
    for table in a:
        assert a[table] == b[table], table


# ---------------------------------------------------------------- the same answers


def test_the_dev_claims_get_the_same_answers_on_both_backends(bundled_pg: str, tmp_path: Path) -> None:
    """The candidates are equal for every labelled claim; find and check JSON, for a sample
    of them (the stride of conftest.py: the answers above the store are the same code)."""
    with kzmil.Index(index=tmp_path / "index.sqlite") as lite, kzmil.Index(index=bundled_pg) as pg:
        for claim in claims(CLAIM_STRIDE):
            assert [r.to_json() for r in lite.find(claim, limit=5)] == [
                r.to_json() for r in pg.find(claim, limit=5)
            ], claim
            assert lite.check(claim).to_json() == pg.check(claim).to_json(), claim
        for claim in claims():
            query = parse_query(claim)
            weigh(lite.store, query, spellings=True)
            terms = retrieval_terms(query)
            assert lite.store.search(terms, 200) == pg.store.search(terms, 200), claim
            assert lite.store.search(terms, 50, {1, 3}) == pg.store.search(terms, 50, {1, 3}), claim
        assert [d.doc for d in lite.sources()] == [d.doc for d in pg.sources()]
        assert (
            lite.cite(docs=["edm-2007-09-18-cadets-prefer-belarus"])[0].to_json()
            == pg.cite(docs=["edm-2007-09-18-cadets-prefer-belarus"])[0].to_json()
        )
        for prefix in ("ka", "mil", "nazar", "z"):
            assert lite.store.terms_with_prefix(prefix) == pg.store.terms_with_prefix(prefix)
        assert lite.store.names_like("n%z%r%") == pg.store.names_like("n%z%r%")
    _same_tables(tmp_path / "index.sqlite", bundled_pg)


@pytest.mark.parametrize("names_in_one_query", [10_000, 0])
def test_the_tables_match_sqlite_row_for_row_on_a_larger_corpus(
    pg_url: str, tmp_path: Path, names_in_one_query: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids, offsets, term counts and casing of 120 more articles, as SQLite
    writes them (articles named one query or all at once: the same names)."""
    from kzmil import postgres

    monkeypatch.setattr(postgres, "NAMES_IN_ONE_QUERY", names_in_one_query)
    corpus = tmp_path / "bench"
    articles(corpus, 120)
    assert runner.invoke(app, ["index", str(corpus)]).exit_code == 0
    assert runner.invoke(app, ["index", str(corpus), "--index", pg_url]).exit_code == 0
    _same_tables(tmp_path / "index.sqlite", pg_url)


def test_commands_run_against_the_shared_index_without_corpus_files(
    bundled_pg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader needs no corpus: even a KZMIL_CORPUS that does not exist does not matter."""
    monkeypatch.setenv("KZMIL_INDEX", bundled_pg)
    monkeypatch.setenv("KZMIL_CORPUS", str(tmp_path / "not-here"))
    for args in (
        ["find", "--json", "110 officers quit"],
        ["check", "--json", "110 officers quit"],
        ["cite", "110 officers quit"],
        ["show", "edm-2007-09-18-cadets-prefer-belarus:3"],
        ["sources", "--json"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    result = runner.invoke(app, ["index"])
    assert result.exit_code == 2 and "corpus folder not found" in result.output
    result = runner.invoke(app, ["find", "--corpus", str(tmp_path), "110 officers quit"])
    assert result.exit_code == 0 and "warning: --corpus is not read: the shared index" in result.output


# ---------------------------------------------------------------- writing


def test_an_update_adds_changes_and_removes_as_sqlite_does(pg_url: str, mini: Path, tmp_path: Path) -> None:
    lite = tmp_path / "index.sqlite"

    def both() -> dict[str, object]:
        a = runner.invoke(app, ["index", str(mini), "--json"])
        b = runner.invoke(app, ["index", str(mini), "--index", pg_url, "--json"])
        assert a.exit_code == 0 and b.exit_code == 0, (a.output, b.output)
        ja, jb = json.loads(a.output), json.loads(b.output)
        for key in ("added", "updated", "removed", "unchanged", "passages"):
            assert ja[key] == jb[key], key
        _same_tables(lite, pg_url)
        return dict(jb)

    assert both()["added"] > 0
    first, removed = mini / "harbour.md", mini / "plain-notes.txt"
    (mini / "new-article.md").write_text(
        "# A new article\n\nThe harbour of Aktau shipped 40 tonnes of grain.\n"
    )
    first.write_text(first.read_text() + "\nA sentence added later about the Caspian ferry.\n")
    removed.unlink()
    report = both()
    assert report["added"] == 1 and report["updated"] == 1 and report["removed"] == 1
    assert both()["unchanged"] == 2
    with kzmil.Index(index=pg_url) as pg:
        assert "Aktau" in pg.find("Aktau shipped grain")[0].passage


def test_an_index_of_other_folders_is_not_replaced_by_accident(pg_url: str, mini: Path) -> None:
    assert runner.invoke(app, ["index", str(mini), "--index", pg_url]).exit_code == 0
    result = runner.invoke(app, ["index", "--index", pg_url])  # the bundled corpus: other folders
    assert result.exit_code == 2 and "was built from the folders" in result.output
    assert runner.invoke(app, ["index", "--rebuild", "--index", pg_url]).exit_code == 0


def test_a_second_writer_is_refused_with_its_own_exit_code(pg_url: str, pg_server: PgServer) -> None:
    import psycopg

    from kzmil.postgres import WRITER_LOCK

    assert runner.invoke(app, ["index", "--index", pg_url]).exit_code == 0
    with psycopg.connect(pg_url, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (WRITER_LOCK,))
        result = runner.invoke(app, ["index", "--rebuild", "--index", pg_url])
        assert result.exit_code == ExitCode.BUSY == 4, result.output
        assert "another `kzmil index` is writing" in result.output and "nothing was changed" in result.output
        assert result.output.count("\n") == 1
        assert (
            runner.invoke(app, ["find", "--index", pg_url, "110 officers quit"]).exit_code == 0
        )  # readers read


def test_an_old_schema_is_named_and_rebuild_migrates_it(bundled_pg: str) -> None:
    import psycopg

    with psycopg.connect(bundled_pg, autocommit=True) as conn:
        conn.execute("UPDATE kzmil.meta SET value = '0' WHERE key = 'schema'")
    result = runner.invoke(app, ["find", "--index", bundled_pg, "110 officers quit"])
    assert result.exit_code == 2 and "schema version 0" in result.output and "--rebuild" in result.output
    assert runner.invoke(app, ["index", "--index", bundled_pg]).exit_code == 2  # not without --rebuild
    assert runner.invoke(app, ["index", "--rebuild", "--index", bundled_pg]).exit_code == 0
    assert runner.invoke(app, ["find", "--index", bundled_pg, "110 officers quit"]).exit_code == 0


def test_an_empty_database_says_how_to_build_the_index(pg_url: str) -> None:
    result = runner.invoke(app, ["find", "--index", pg_url, "110 officers quit"])
    assert (
        result.exit_code == 2
        and "holds no kzmil index yet" in result.output
        and "kzmil index" in result.output
    )


def test_index_check_reads_the_counts_and_changes_nothing(bundled_pg: str) -> None:
    result = runner.invoke(app, ["index", "--check", "--json", "--index", bundled_pg])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["check"] == "ok"


# ---------------------------------------------------------------- readers and a writer


@pytest.mark.slow
def test_eight_readers_are_never_blocked_by_a_writer(bundled_pg: str, tmp_path: Path) -> None:
    """8 processes search while `kzmil index` adds 300 articles in one transaction: every
    search succeeds and sees the index before or after, never half of it."""
    corpus = tmp_path / "corpus"
    shutil.copytree(config.corpus_roots(None)[0], corpus)
    assert runner.invoke(app, ["index", "--rebuild", str(corpus), "--index", bundled_pg]).exit_code == 0
    articles(corpus, 300)
    env = dict(os.environ, KZMIL_INDEX=bundled_pg)
    done = tmp_path / "writer-done"
    reader = (
        "import json, os, sys, time\n"
        "import kzmil\n"
        "out = []\n"
        "with kzmil.Index() as ix:\n"
        "    while True:\n"
        "        last = os.path.exists(sys.argv[1])\n"
        "        t = time.monotonic()\n"
        "        r = ix.find('110 officers quit')\n"
        "        out.append((r[0].doc, len(ix.sources()), time.monotonic() - t))\n"
        "        if last:\n"
        "            break\n"
        "print(json.dumps(out))\n"
    )
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", reader, str(done)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    time.sleep(1)  # the readers are reading
    writer = subprocess.run(
        [sys.executable, "-c", "from kzmil.cli import main; main()", "index", str(corpus), "--json"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    done.write_text("")
    outs = [r.communicate(timeout=300) for r in readers]
    assert writer.returncode == 0, writer.stderr
    assert json.loads(writer.stdout)["added"] == 300
    counts: set[int] = set()
    for r, (out, err) in zip(readers, outs, strict=True):
        assert r.returncode == 0, err
        seen = json.loads(out)
        assert {doc for doc, _, _ in seen} == {"edm-2007-09-18-cadets-prefer-belarus"}
        counts |= {n for _, n, _ in seen}
        assert max(s for _, _, s in seen) < 5  # never waited for the writer
        assert seen[-1][1] == 305  # the last read, after the commit, sees it all
    assert counts == {5, 305}  # before or after the commit, nothing between


# ---------------------------------------------------------------- errors


def test_a_dropped_connection_is_one_line_and_exit_2(bundled_pg: str, pg_server: PgServer) -> None:
    """The server ends the session between two claims read from stdin."""
    env = dict(os.environ, KZMIL_INDEX=bundled_pg)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from kzmil.cli import main; main()", "find", "--json", "-"],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("110 officers quit\n")
    proc.stdin.flush()
    assert "110 have already quit" in proc.stdout.readline()
    db = bundled_pg.rsplit("/", 1)[1].split("?")[0]
    pg_server.admin(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{db}' AND pid <> pg_backend_pid()"
    )
    time.sleep(0.2)
    _, err = proc.communicate("cadets prefer Belarus\n", timeout=120)
    assert proc.returncode == 2, err
    assert (
        err.startswith("kzmil: error: lost the connection to the PostgreSQL index") and err.count("\n") == 1
    )
    assert "Traceback" not in err


def test_a_dropped_connection_in_the_api_is_index_unusable(bundled_pg: str, pg_server: PgServer) -> None:
    with kzmil.Index(index=bundled_pg) as ix:
        ix.find("110 officers quit")
        pid = ix.store.conn.info.backend_pid  # type: ignore[attr-defined]
        pg_server.admin(f"SELECT pg_terminate_backend({int(pid)})")
        with pytest.raises(IndexUnusable, match="lost the connection"):
            ix.find("cadets prefer Belarus")


def test_a_wrong_password_is_refused_without_echoing_it(bundled_pg: str, pg_server: PgServer) -> None:
    db = bundled_pg.rsplit("/", 1)[1].split("?")[0]
    pg_server.admin("DROP ROLE IF EXISTS kz_pw")
    pg_server.admin("CREATE ROLE kz_pw LOGIN PASSWORD 'right-horse-battery-staple'")
    pg_server.admin(
        "GRANT USAGE ON SCHEMA kzmil TO kz_pw; GRANT SELECT ON ALL TABLES IN SCHEMA kzmil TO kz_pw", db
    )
    secret = "Wr0ng-pa55word-XYZ"
    url = pg_server.url(db, "kz_pw", secret)
    if pg_server.url(db).startswith("postgresql:///") or "host=/" in url:
        pytest.skip("the server is reached over a Unix socket, which need not ask for a password")
    for args in (["find", "--json", "110 officers quit"], ["index", "--json"], ["sources", "--json"]):
        proc = kz(*args, url=url)
        assert proc.returncode == 2, proc.stderr
        if "password authentication failed" not in proc.stderr:
            pytest.skip(f"the server does not ask for passwords: {proc.stderr}")
        assert secret not in proc.stderr + proc.stdout
        assert proc.stderr.count("\n") == 1 and "kz_pw:***@" in proc.stderr
    good = pg_server.url(db, "kz_pw", "right-horse-battery-staple")
    proc = kz("find", "--json", "110 officers quit", url=good)
    assert proc.returncode == 0 and "right-horse" not in proc.stdout + proc.stderr


def test_an_unreachable_server_is_one_line_and_exit_2() -> None:
    import socket

    from kzmil.postgres import CONNECT_TIMEOUT

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free, and nobody listens on it
    url = f"postgresql://nobody:hunter2hunter2@127.0.0.1:{port}/db"
    t0 = time.monotonic()
    proc = kz("find", "110 officers quit", url=url)
    assert time.monotonic() - t0 < CONNECT_TIMEOUT + 20
    assert proc.returncode == 2 and proc.stderr.startswith(
        "kzmil: error: cannot connect to the PostgreSQL index"
    )
    assert "hunter2" not in proc.stderr and proc.stderr.count("\n") == 1


def test_without_psycopg_the_message_names_the_extra(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = None\n"  # as if kzmil[postgres] were not installed
        "sys.argv = ['kzmil', 'find', '--index', 'postgresql://u:pw@127.0.0.1:1/db', 'quit']\n"
        "from kzmil.cli import main\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert 'pip install "kzmil[postgres]"' in proc.stderr and proc.stderr.count("\n") == 1


def test_find_does_not_import_psycopg_for_a_file_index(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['kzmil', 'find', '--index', {str(tmp_path / 'i.sqlite')!r}, '110 officers quit']\n"
        "from kzmil.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('psycopg' in sys.modules, 'kzmil.postgres' in sys.modules, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "False False"


def test_passwords_are_redacted_in_what_is_shown() -> None:
    assert config.redact("postgresql://bob:s3cr%40t@db:5432/kz") == "postgresql://bob:***@db:5432/kz"
    assert config.redact("postgresql://bob@db/kz?sslmode=require&password=x&a=b") == (
        "postgresql://bob@db/kz?sslmode=require&password=***&a=b"
    )
    from kzmil.postgres import Shown

    shown = Shown("postgresql://bob:s3cr%40t@db/kz")
    assert shown.scrub("FATAL: bad s3cr@t and s3cr%40t\nDETAIL: x") == "FATAL: bad *** and *** DETAIL: x"


def test_the_roles_of_docs_team_md_write_read_and_survive_a_migration(pg_server: PgServer) -> None:
    """Step 2 of docs/team.md, as written: the writer owns the database, the reader may
    only connect and read (through default privileges, so a rebuild keeps its grants)."""
    import re

    script = (Path(__file__).parent.parent / "docs" / "team.md").read_text()
    sql = script.split("sudo -u postgres psql <<'SQL'\n", 1)[1].split("\nSQL\n", 1)[0]
    db = f"newsroom_{os.getpid()}"
    sql = sql.replace("newsroom", db)
    pg_server.admin(f"DROP DATABASE IF EXISTS {db}")
    for role in ("kzmil_reader", "kzmil_writer"):
        if pg_server.admin(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'"):
            pg_server.admin(f"DROP OWNED BY {role}")
            pg_server.admin(f"DROP ROLE {role}")
    before, after = re.split(r"^\\connect \S+$", sql, flags=re.M)
    for statement in before.split(";\n"):
        if statement.strip():
            pg_server.admin(statement)
    pg_server.admin(after, db)
    writer = pg_server.url(db, "kzmil_writer", "change-me-writer")
    reader = pg_server.url(db, "kzmil_reader", "change-me-reader")

    assert runner.invoke(app, ["index", "--index", writer]).exit_code == 0

    def reads() -> None:
        for args in (
            ["find", "--json", "110 officers quit"],
            ["check", "--json", "Most officers trained in the US have quit"],
            ["cite", "110 officers quit"],
            ["show", "edm-2007-09-18-cadets-prefer-belarus"],
            ["sources"],
        ):
            result = runner.invoke(app, [*args, "--index", reader])
            assert result.exit_code in (0, 3), (args, result.output)

    reads()
    result = runner.invoke(app, ["index", "--rebuild", "--index", reader])
    assert result.exit_code == 2 and "change-me-reader" not in result.output
    assert result.output.startswith("kzmil: error: ") and result.output.count("\n") == 1
    import psycopg

    with psycopg.connect(writer, autocommit=True) as conn:  # an index of an older schema
        conn.execute("UPDATE kzmil.meta SET value = '0' WHERE key = 'schema'")
    assert runner.invoke(app, ["index", "--rebuild", "--index", writer]).exit_code == 0  # the migration
    reads()  # the new tables are readable without a new GRANT


def test_a_draft_gets_the_same_report_on_both_backends(bundled_pg: str) -> None:
    draft = Path(__file__).parent / "drafts" / "draft-1.md"
    lite = runner.invoke(app, ["check", "--file", str(draft), "--json"])
    pg = runner.invoke(app, ["check", "--file", str(draft), "--json", "--index", bundled_pg])
    assert lite.exit_code == pg.exit_code and lite.output == pg.output
