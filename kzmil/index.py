"""The SQLite index: one row per sentence, an FTS5 table over normalised terms.

The index is a cache. It is built on first use, brought up to date whenever a
corpus file is added, changed or removed, and rebuilt from scratch when it is
missing, damaged or from another schema version. A full build goes to a
temporary file that replaces the old one atomically; an update is one
transaction. Either way a killed run leaves a usable index behind.
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzmil.config import Settings
from kzmil.corpus import Skipped, discover, read_article
from kzmil.errors import IndexError_
from kzmil.models import Source
from kzmil.normalize import Token, index_text, tokenize

SCHEMA_VERSION = "6"
POSTINGS_PER_TERM = 5000  # a very common term contributes at most this many candidates
POOL_THRESHOLD = 64
LOCK_WAIT_SECONDS = 600  # files; fewer are read in-process, where a pool would only cost start-up

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(
    id INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE, root TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha1 TEXT NOT NULL, source TEXT NOT NULL,
    paras INTEGER NOT NULL, passages INTEGER NOT NULL);
CREATE TABLE passages(
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, para INTEGER NOT NULL, sent INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL,
    terms TEXT NOT NULL);
CREATE INDEX passages_doc ON passages(doc_id, sent);
CREATE VIRTUAL TABLE fts USING fts5(terms, content='passages', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', columnsize=1, detail=column);
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
CREATE TABLE casing(term TEXT PRIMARY KEY, cap INTEGER NOT NULL, low INTEGER NOT NULL) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class Row:
    """One sentence of the index."""

    id: int
    doc_id: int
    para: int
    sent: int
    start: int
    end: int
    line: int
    text: str


@dataclass(frozen=True)
class Doc:
    id: int
    doc: str
    path: str
    source: Source
    paras: int
    passages: int


@dataclass
class Prepared:
    """A file read and cut into sentences, ready to be written (made in a worker process)."""

    root: str
    path: str
    size: int
    mtime_ns: int
    sha1: str
    doc: str
    source: Source
    paras: int
    rows: list[tuple[int, int, int, int, int, str, str]]  # para, sent, start, end, line, text, terms
    warnings: list[str]
    casing: dict[str, list[int]]  # word -> [capitalised, lower-case] counts away from a sentence start


@dataclass
class Report:
    """What an index run did; printed by `kzmil index` and as warnings by other commands."""

    path: Path
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    passages: int = 0
    rebuilt: bool = False
    seconds: float = 0.0
    size_bytes: int = 0
    warnings: list[str] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def prepare(root: str, path: str) -> Prepared | Skipped:
    """Read, segment and normalise one file. Pure: safe to run in a worker process."""
    from kzmil.segment import sentences

    p = Path(path)
    stat = _stat(p)
    article = read_article(Path(root), p)
    if isinstance(article, Skipped):
        return article
    if stat is None:
        return Skipped(p, "vanished while indexing")
    text = article.text
    line_starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        line_starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    rows = []
    paras = 0
    casing: dict[str, list[int]] = {}
    for n, s in enumerate(sentences(text, article.body_start)):
        sentence = text[s.start : s.end]
        tokens = tokenize(sentence)
        rows.append(
            (
                s.para,
                n,
                s.start,
                s.end,
                bisect.bisect_right(line_starts, s.start),
                sentence,
                index_text(tokens),
            )
        )
        count_casing(sentence, tokens, casing)
        paras = max(paras, s.para)
    return Prepared(
        root,
        path,
        stat[0],
        stat[1],
        article.sha1,
        article.doc,
        article.source,
        paras,
        rows,
        [f"{path}: {w}" for w in article.warnings],
        casing,
    )


def count_casing(sentence: str, tokens: list[Token], casing: dict[str, list[int]]) -> None:
    """How often each word is capitalised where grammar does not ask for it: a proper-name test."""
    for t in tokens:
        if t.kind != "word" or t.synthetic or t.start == 0 or t.stop:
            continue
        before = sentence[: t.start].rstrip(" \"'“‘([")
        if not before or before[-1] in ".!?:;\n":
            continue
        counts = casing.setdefault(t.norm, [0, 0])
        counts[0 if t.cap else 1] += 1


def prepare_safely(root: str, path: str) -> Prepared | Skipped:
    """prepare(), with any failure on one file turned into a skip: one odd file must not
    stop the indexing of ten thousand others."""
    try:
        return prepare(root, path)
    except Exception as exc:  # a bug or an unforeseen input; reported as a warning
        return Skipped(Path(path), f"could not be indexed ({type(exc).__name__}: {exc})")


def _quiet_worker() -> None:
    """Workers leave Ctrl-C to the main process, which reports it once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_all(items: list[tuple[str, str]], on_done: Callable[[], None]) -> Iterator[Prepared | Skipped]:
    """Read and segment the files, on every core when there are enough of them."""
    if len(items) < POOL_THRESHOLD or (os.cpu_count() or 1) < 2:
        for root, path in items:
            yield prepare_safely(root, path)
            on_done()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawned, not forked: a forked worker would inherit the index lock and hold it
    # after a killed parent, and would copy a half-written SQLite connection
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=os.cpu_count(), initializer=_quiet_worker, mp_context=context
    ) as pool:
        roots, paths = zip(*items, strict=True)
        for prepared in pool.map(prepare_safely, roots, paths, chunksize=32):
            yield prepared
            on_done()


class Index:
    """An open, up-to-date index. Read-only from the caller's point of view."""

    def __init__(self, conn: sqlite3.Connection, path: Path, report: Report) -> None:
        self.conn = conn
        self.path = path
        self.report = report
        self._docs: dict[int, Doc] | None = None
        self.total = int(conn.execute("SELECT value FROM meta WHERE key='passages'").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def docs(self) -> dict[int, Doc]:
        """Every article, by id (loads them all: for listings, not for the find path)."""
        if self._docs is None:
            self._docs = {r[0]: _doc(r) for r in self.conn.execute(f"{_DOC_SQL} ORDER BY doc")}
        return self._docs

    def doc(self, doc_id: int) -> Doc:
        if self._docs is not None and doc_id in self._docs:
            return self._docs[doc_id]
        row = self.conn.execute(f"{_DOC_SQL} WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise IndexError_(
                f"the index refers to a missing article ({doc_id}); run `kzmil index --rebuild`"
            )
        return _doc(row)

    def doc_by_name(self, name: str) -> Doc | None:
        row = self.conn.execute(f"{_DOC_SQL} WHERE doc = ?", (name,)).fetchone()
        return _doc(row) if row else None

    def search(self, weighted: dict[str, float], limit: int, doc_ids: set[int] | None = None) -> list[int]:
        """Candidate sentence ids: those holding the most (IDF-)weight of the terms, best first.

        Each term's postings come straight from the FTS5 index (capped for very common
        terms) and are summed here; ranking all matches with SQLite's bm25() costs about
        2 microseconds a match, which a common word makes tens of milliseconds.
        """
        scores: dict[int, float] = {}
        sql = "SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?"
        args_tail: list[object] = [POSTINGS_PER_TERM]
        if doc_ids is not None:
            sql = (
                "SELECT fts.rowid FROM fts JOIN passages p ON p.id = fts.rowid "
                f"WHERE fts MATCH ? AND p.doc_id IN ({','.join('?' * len(doc_ids))}) LIMIT ?"
            )
            args_tail = [*sorted(doc_ids), POSTINGS_PER_TERM]
        for term, weight in weighted.items():
            if not term:
                continue
            for (rowid,) in self.conn.execute(sql, ['"' + term.replace('"', '""') + '"', *args_tail]):
                scores[rowid] = scores.get(rowid, 0.0) + weight
        return [rid for rid, _ in heapq.nlargest(limit, scores.items(), key=lambda kv: (kv[1], -kv[0]))]

    def rows(self, ids: Iterable[int]) -> dict[int, Row]:
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        q = f"SELECT id, doc_id, para, sent, start, end, line, text FROM passages WHERE id IN ({marks})"
        return {r[0]: Row(*r) for r in self.conn.execute(q, ids)}

    def neighbours(self, row: Row, before: int, after: int) -> list[Row]:
        """The sentences around `row` in the same article, in order (row included)."""
        q = (
            "SELECT id, doc_id, para, sent, start, end, line, text FROM passages "
            "WHERE doc_id = ? AND sent BETWEEN ? AND ? ORDER BY sent"
        )
        return [Row(*r) for r in self.conn.execute(q, (row.doc_id, row.sent - before, row.sent + after))]

    def paragraph(self, doc_id: int, para: int | None) -> list[Row]:
        q = "SELECT id, doc_id, para, sent, start, end, line, text FROM passages WHERE doc_id = ?"
        args: list[object] = [doc_id]
        if para is not None:
            q += " AND para = ?"
            args.append(para)
        return [Row(*r) for r in self.conn.execute(q + " ORDER BY sent", args)]

    def doc_freq(self, terms: Iterable[str]) -> dict[str, int]:
        terms = sorted(set(terms))
        if not terms:
            return {}
        q = f"SELECT term, doc FROM vocab WHERE term IN ({','.join('?' * len(terms))})"
        return {str(r[0]): int(r[1]) for r in self.conn.execute(q, terms)}

    def proper_names(self, words: Iterable[str]) -> dict[str, bool]:
        """For each known word: is it mostly capitalised inside sentences (a name) or not?"""
        words = sorted(set(words))
        if not words:
            return {}
        q = f"SELECT term, cap, low FROM casing WHERE term IN ({','.join('?' * len(words))})"
        return {str(r[0]): int(r[1]) > int(r[2]) for r in self.conn.execute(q, words)}

    def terms_with_prefix(self, prefix: str, limit: int = 5000) -> list[tuple[str, int]]:
        """Index terms starting with `prefix`, for typo-tolerant lookup."""
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        q = "SELECT term, doc FROM vocab WHERE term >= ? AND term < ? LIMIT ?"
        return [(str(r[0]), int(r[1])) for r in self.conn.execute(q, (prefix, upper, limit))]


_DOC_SQL = "SELECT id, doc, path, source, paras, passages FROM docs"


def _doc(row: tuple[Any, ...]) -> Doc:
    return Doc(row[0], row[1], row[2], _source(row[3]), row[4], row[5])


def _source(raw: str) -> Source:
    data = json.loads(raw)
    data["authors"] = tuple(data.get("authors") or ())
    return Source(**data)


# ---------------------------------------------------------------- building


def _scan(settings: Settings, report: Report) -> dict[str, tuple[str, int, int]]:
    """path -> (root, size, mtime_ns) for every article file of the corpus."""
    found: dict[str, tuple[str, int, int]] = {}
    for item in discover(list(settings.roots)):
        if isinstance(item, Skipped):
            report.skipped += 1
            report.skips.append((str(item.path), item.reason))
            if item.reason == "symlink loop" or item.reason.startswith("cannot"):
                report.warnings.append(f"{item.path}: skipped ({item.reason})")
            continue
        found[item.path] = (item.root, item.size, item.mtime_ns)
    return found


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _valid(conn: sqlite3.Connection) -> bool:
    """Is this an index of our schema version? Damage shows up as a DatabaseError."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if not row or row[0] != SCHEMA_VERSION:
            return False
        conn.execute("SELECT count(*) FROM docs").fetchone()
        conn.execute("SELECT rowid FROM fts WHERE fts MATCH 'zzzz' LIMIT 1").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False


def _write(conn: sqlite3.Connection, prepared: Prepared, report: Report) -> None:
    source = json.dumps(prepared.source.to_json(), ensure_ascii=False)
    cur = conn.execute(
        "INSERT INTO docs(doc, root, path, size, mtime_ns, sha1, source, paras, passages) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        (
            prepared.doc,
            prepared.root,
            prepared.path,
            prepared.size,
            prepared.mtime_ns,
            prepared.sha1,
            source,
            prepared.paras,
            len(prepared.rows),
        ),
    )
    doc_id = cur.lastrowid
    conn.executemany(
        "INSERT INTO passages(doc_id, para, sent, start, end, line, text, terms) VALUES (?,?,?,?,?,?,?,?)",
        [(doc_id, *r) for r in prepared.rows],
    )
    conn.execute("INSERT INTO fts(rowid, terms) SELECT id, terms FROM passages WHERE doc_id = ?", (doc_id,))
    conn.executemany(
        "INSERT INTO casing VALUES (?, ?, ?) ON CONFLICT(term) DO UPDATE SET cap = cap + excluded.cap, "
        "low = low + excluded.low",
        [(k, v[0], v[1]) for k, v in prepared.casing.items()],
    )
    report.passages += len(prepared.rows)
    report.warnings.extend(prepared.warnings)


def _delete(conn: sqlite3.Connection, doc_id: int) -> None:
    conn.execute(
        "INSERT INTO fts(fts, rowid, terms) SELECT 'delete', id, terms FROM passages WHERE doc_id = ?",
        (doc_id,),
    )
    conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM docs WHERE id = ?", (doc_id,))


def _unique_doc(conn: sqlite3.Connection, prepared: Prepared) -> None:
    """Two folders may both hold `notes/a.md`: the later one is named after its folder too."""
    taken = conn.execute("SELECT 1 FROM docs WHERE doc = ?", (prepared.doc,)).fetchone()
    if taken:
        base = f"{Path(prepared.root).name}/{prepared.doc}"
        name, n = base, 2
        while conn.execute("SELECT 1 FROM docs WHERE doc = ?", (name,)).fetchone():
            name, n = f"{base}~{n}", n + 1
        prepared.doc = name


def _apply(
    conn: sqlite3.Connection,
    todo: list[tuple[str, str]],
    report: Report,
    progress: Callable[[int], Callable[[], None]] | None,
    drop: list[int],
) -> None:
    on_done = progress(len(todo)) if progress and todo else (lambda: None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for doc_id in drop:
            _delete(conn, doc_id)
        for prepared in _prepare_all(todo, on_done):
            if isinstance(prepared, Skipped):
                report.skipped += 1
                report.skips.append((str(prepared.path), prepared.reason))
                report.warnings.append(f"{prepared.path}: skipped ({prepared.reason})")
                continue
            _unique_doc(conn, prepared)
            _write(conn, prepared, report)
        total = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('passages', ?)", (str(total),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _full_build(
    settings: Settings,
    found: dict[str, tuple[str, int, int]],
    report: Report,
    progress: Callable[[int], Callable[[], None]] | None,
) -> None:
    import tempfile

    path = settings.index_path
    for stale in path.parent.glob(path.name + ".*.tmp"):  # left by a build that was killed
        with contextlib.suppress(OSError):
            stale.unlink()
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = _open(Path(tmp))
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        todo = sorted((root, p) for p, (root, _, _) in found.items())
        _apply(conn, todo, report, progress, [])
        _sign(conn, found)
        conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        conn.close()
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    report.rebuilt = True


def _plan(
    conn: sqlite3.Connection, found: dict[str, tuple[str, int, int]]
) -> tuple[list[tuple[str, str]], dict[str, int], list[int], int, list[tuple[int, str, int, int]]]:
    """What an update must do: files to (re)read, rows to replace or drop, mtimes to refresh."""
    known = {
        r[0]: (r[1], r[2], r[3], r[4])
        for r in conn.execute("SELECT path, id, size, mtime_ns, sha1 FROM docs")
    }
    todo: list[tuple[str, str]] = []
    replace: dict[str, int] = {}
    touch: list[tuple[int, str, int, int]] = []
    unchanged = 0
    for p, (root, size, mtime) in found.items():
        old = known.get(p)
        if old is None:
            todo.append((root, p))
        elif (old[1], old[2]) != (size, mtime):
            if old[1] == size and _file_sha1(Path(p)) == old[3]:
                touch.append((old[0], p, size, mtime))
                unchanged += 1
            else:
                todo.append((root, p))
                replace[p] = old[0]
        else:
            unchanged += 1
    removed = [v[0] for p, v in known.items() if p not in found]
    return todo, replace, removed, unchanged, touch


def _file_sha1(path: Path) -> str | None:
    from kzmil.corpus import file_sha1

    try:
        return file_sha1(path.read_bytes())
    except OSError:
        return None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One writer at a time; the others wait, then find the index already fresh."""
    import fcntl

    with open(path.with_name(path.name + ".lock"), "a+b") as fh:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexError_(
                        f"another kzmil has been updating the index {path} for over {LOCK_WAIT_SECONDS} s; "
                        "try again when it has finished"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _writable_location(settings: Settings, report: Report) -> Settings:
    """The cache folder, or a private temporary one when the cache cannot be written."""
    folder = settings.index_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".kzmil-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
        return settings
    except OSError as exc:
        import tempfile

        fallback = Path(tempfile.gettempdir()) / f"kzmil-{os.getuid()}"
        fallback.mkdir(mode=0o700, exist_ok=True)
        report.warnings.append(
            f"cannot write the index folder {folder} ({exc.strerror or exc}); using {fallback} instead"
        )
        return Settings(settings.roots, fallback / settings.index_path.name)


def open_index(
    settings: Settings, *, force: bool = False, progress: Callable[[int], Callable[[], None]] | None = None
) -> Index:
    """The index for `settings`, brought up to date first. Raises IndexError_ when that is impossible."""
    t0 = time.perf_counter()
    report = Report(settings.index_path)
    found = _scan(settings, report)
    try:
        index = _open_fresh(settings, found, report, force, progress)
    except sqlite3.Error as exc:
        raise IndexError_(f"cannot use the index {settings.index_path}: {exc}") from exc
    except OSError as exc:
        raise IndexError_(f"cannot write the index {settings.index_path}: {exc.strerror or exc}") from exc
    report.seconds = time.perf_counter() - t0
    with contextlib.suppress(OSError):
        report.size_bytes = index.path.stat().st_size
    return index


def _signature(found: dict[str, tuple[str, int, int]]) -> str:
    """A fingerprint of the corpus as `stat` sees it: which files, their sizes and mtimes.

    Checked on every run, so it must be cheap: a few sums and one CRC in C, rather than
    reading every row of `docs`. Files that were skipped count too, so a corpus holding
    a binary file is not re-read on every run.
    """
    import zlib

    sizes = sum(v[1] for v in found.values())
    mtimes = sum(v[2] for v in found.values())
    crc = zlib.crc32("\0".join(sorted(found)).encode("utf-8", "surrogateescape"))
    return f"{len(found)}:{sizes}:{mtimes}:{crc:08x}"


def _is_fresh(conn: sqlite3.Connection, found: dict[str, tuple[str, int, int]]) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
    return row is not None and row[0] == _signature(found)


def _sign(conn: sqlite3.Connection, found: dict[str, tuple[str, int, int]]) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('signature', ?)", (_signature(found),))


def _open_fresh(
    settings: Settings,
    found: dict[str, tuple[str, int, int]],
    report: Report,
    force: bool,
    progress: Callable[[int], Callable[[], None]] | None,
) -> Index:
    path = settings.index_path
    if path.exists() and not force:
        reader = _open(path)
        if _valid(reader) and _is_fresh(reader, found):
            report.unchanged = len(found)
            return Index(reader, path, report)
        reader.close()
    settings = _writable_location(settings, report)
    path = settings.index_path
    report.path = path
    with _locked(path):
        conn = _open(path) if path.exists() else None
        if conn is not None and not force and _valid(conn):
            todo, replace, removed, unchanged, touch = _plan(conn, found)
            if todo or removed or touch:
                skipped_before = report.skipped
                _apply(conn, todo, report, progress, [*replace.values(), *removed])
                conn.executemany(
                    "UPDATE docs SET size = ?, mtime_ns = ? WHERE id = ?", [(s, m, i) for i, _, s, m in touch]
                )
                report.updated = len(replace)
                report.added = len(todo) - len(replace) - (report.skipped - skipped_before)
                report.removed = len(removed)
            report.unchanged = unchanged
            _sign(conn, found)
            return Index(conn, path, report)
        if conn is not None:
            damaged = not force and path.stat().st_size > 0 and not _schema_mismatch_only(conn)
            conn.close()
            if damaged:
                report.warnings.append(f"the index {path} was damaged; rebuilt it")
        skipped_before = report.skipped
        _full_build(settings, found, report, progress)
        report.added = len(found) - (report.skipped - skipped_before)
        return Index(_open(path), path, report)


def _schema_mismatch_only(conn: sqlite3.Connection) -> bool:
    """True when the file is a readable kzmil index of another version (rebuilt silently)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        return row is not None and row[0] != SCHEMA_VERSION
    except sqlite3.DatabaseError:
        return False
