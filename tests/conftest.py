"""Every test runs against its own index file and config file, never the user's."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kzmil
from kzmil import config
from kzmil.index import Index
from kzmil.store import open_index

FIXTURES = Path(__file__).parent / "fixtures"
CLAIMS = Path(__file__).parent / "claims"

# Property tests run on every CLAIM_STRIDE-th labelled claim of each file: every set and kind
# stays represented, while CI time no longer grows by the whole of each blind set added (all
# of them took 40 of CI's 62 minutes in session 50, against a 90-minute limit).
CLAIM_STRIDE = 4


def labelled_claims(paths: list[Path] | None = None, stride: int = 1) -> list[str]:
    """The claim texts of tests/claims (or of `paths`), every `stride`-th line of each file."""
    out: list[str] = []
    for path in paths if paths is not None else sorted(CLAIMS.glob("*.jsonl")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        out += [json.loads(line)["claim"] for line in lines[::stride]]
    return out


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    index = tmp_path / "index.sqlite"
    monkeypatch.setenv("KZMIL_INDEX", str(index))
    monkeypatch.setenv("KZMIL_CONFIG", str(tmp_path / "no-config.toml"))  # never the user's own
    monkeypatch.delenv("KZMIL_CORPUS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    if request.node.get_closest_marker("bundled_index") and not request.node.get_closest_marker(
        "fresh_index"
    ):
        shutil.copy2(request.getfixturevalue("bundled_index_file"), index)


@pytest.fixture(scope="session")
def bundled_index_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus's index, built once a session. Tests marked `bundled_index` start
    with their own copy of it at $KZMIL_INDEX instead of building one (a fresh build of the
    five articles spawns the worker pool: most of a CLI test's time)."""
    path = tmp_path_factory.mktemp("bundled") / "index.sqlite"
    open_index(config.Settings(config.corpus_roots(None), path)).close()
    return path


@pytest.fixture(scope="session")
def bundled(bundled_index_file: Path) -> Iterator[Index]:
    """The index of the bundled corpus, open for the whole session (read only)."""
    index = open_index(config.Settings(config.corpus_roots(None), bundled_index_file))
    yield index
    index.close()


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small fixture corpus that a test may change."""
    dest = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", dest)
    return dest


# ---------------------------------------------------------------- PostgreSQL


class PgServer:
    """A PostgreSQL server for the shared-index tests: KZMIL_TEST_PG (a superuser's URL),
    else a throwaway cluster started here (scripts/pg_cluster.py)."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.count = 0

    def url(self, db: str, user: str | None = None, password: str | None = None) -> str:
        """The admin URL with another database (and user)."""
        from urllib.parse import quote, urlsplit, urlunsplit

        parts = urlsplit(self.admin_url)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        if user is None:
            auth = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
        else:
            auth = quote(user) + (":" + quote(password, safe="") if password is not None else "") + "@"
        return urlunsplit((parts.scheme, auth + netloc, "/" + db, parts.query, ""))

    def admin(self, sql: str, db: str = "postgres") -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(self.url(db), autocommit=True) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if cur.description else []

    def new_db(self) -> str:
        """A fresh, empty database; its name."""
        self.count += 1
        name = f"kz_{os.getpid()}_{self.count}"
        self.admin(f"DROP DATABASE IF EXISTS {name}")
        self.admin(f"CREATE DATABASE {name}")
        return name


def _no_server(why: str) -> None:
    if os.environ.get("KZMIL_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required (KZMIL_REQUIRE_POSTGRES=1) but {why}")
    pytest.skip(f"no PostgreSQL server: {why}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A server for the session; the tests skip only when none can be had (and fail instead
    with KZMIL_REQUIRE_POSTGRES=1, as in CI)."""
    try:
        import psycopg
    except ImportError:
        _no_server('psycopg is not installed (pip install "kzmil[postgres]")')
    given = os.environ.get("KZMIL_TEST_PG", "").strip()
    folder: Path | None = None
    if given:
        url = given
    else:
        import subprocess
        import sys
        import tempfile

        sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
        import pg_cluster

        folder = Path(tempfile.mkdtemp(prefix="kzmil-pg-"))  # in /tmp: the postgres user must reach it
        try:
            url = pg_cluster.start(folder)
        except (RuntimeError, subprocess.CalledProcessError, OSError) as exc:
            pg_cluster.stop(folder)
            _no_server(f"none could be started ({exc})")
    try:
        with psycopg.connect(url, connect_timeout=10):
            pass
    except psycopg.Error as exc:
        _no_server(f"cannot connect to it ({type(exc).__name__})")
    yield PgServer(url)
    if folder is not None:
        pg_cluster.stop(folder)


# Articles about other things, for the invented corpora of verdict tests: a passage alone in a
# corpus would make every word of it rare.
FILLER = {
    "f1": "The annual harvest festival in the town of Olbek drew crowds of farmers. Stalls sold honey, "
    "apples and woven baskets.",
    "f2": "Engineers began repairing the old railway bridge near Kelsa. The works will close the line "
    "for three weeks.",
    "f3": "A teenager from Marvost won the national chess championship on Sunday after a long endgame.",
    "f4": "Heavy snow blocked mountain passes in the north for two days, and schools in several valleys "
    "closed.",
}


def invented_corpus(tmp_path: Path, **articles: str) -> Path:
    """A folder of the `articles` (name: body) beside three of the filler articles, each with a
    title and a date."""
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    filler = {k: FILLER[k] for k in ("f1", "f2", "f3")}
    for name, body in {**filler, **articles}.items():
        (corpus / f"{name}.md").write_text(f"---\ntitle: {name}\ndate: 2011-05-20\n---\n\n{body}\n")
    return corpus


def verdict_on(tmp_path: Path, claim: str, **articles: str) -> kzmil.Verdict:
    """`claim` checked against an invented corpus (`invented_corpus`)."""
    corpus = invented_corpus(tmp_path, **articles)
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        return ix.check(claim)


def verdict_published(tmp_path: Path, claim: str, body: str) -> kzmil.Verdict:
    """`claim` checked against an article of the Nordic Daily Monitor, published by The
    Fjordheim Foundation, whose text is `body`, beside an article that names the Foundation."""
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "fjords.md").write_text(
        "---\ntitle: Fisheries\ndate: 2011-05-20\n---\n\n"
        "The Fjordheim Foundation hosted a meeting on fisheries.\n"
    )
    (corpus / "monitor.md").write_text(
        "---\ntitle: Cadets Prefer Dostrova\ndate: 2011-05-20\npublication: Nordic Daily Monitor\n"
        f"publisher: The Fjordheim Foundation\n---\n\n{body}\n"
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        return ix.check(claim)
