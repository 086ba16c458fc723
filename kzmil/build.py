"""Writing the index: reading and segmenting files (on every core), and the SQLite writes.

A full build goes to a temporary file that replaces the old index atomically; an
update is one transaction. Either way a killed run leaves a usable index behind.
Callers hold the index lock (see `index._locked`).
"""

from __future__ import annotations

import bisect
import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kzmil.config import Settings
from kzmil.corpus import FileStats, Skipped, read_article, text_of
from kzmil.index import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Progress,
    Report,
    connect,
    foreign,
    is_corrupt,
    is_valid,
    refuse_foreign,
    signature,
)
from kzmil.models import Source
from kzmil.normalize import Token, index_text, tokenize

POOL_THRESHOLD = 64  # files; fewer are read in-process, where a pool would only cost start-up
TEMP_INFIX = ".kzmil-build-"  # a full build writes INDEX.kzmil-build-XXXXXXXX.tmp beside the index
TEMP_SUFFIX = ".tmp"
_TEMP_RANDOM = re.compile(r"[a-z0-9_]{8}")  # the 8 characters tempfile.mkstemp puts in a name

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(
    id INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE, base TEXT NOT NULL,
    root BLOB NOT NULL, path BLOB NOT NULL UNIQUE,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ino INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    sha1 TEXT NOT NULL, source TEXT NOT NULL, paras INTEGER NOT NULL, passages INTEGER NOT NULL);
CREATE TABLE passages(
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, para INTEGER NOT NULL, sent INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL,
    terms TEXT NOT NULL, heading INTEGER NOT NULL);
CREATE INDEX passages_doc ON passages(doc_id, sent);
CREATE VIRTUAL TABLE fts USING fts5(terms, content='passages', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', columnsize=1, detail=column);
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
CREATE TABLE casing(term TEXT PRIMARY KEY, cap INTEGER NOT NULL, low INTEGER NOT NULL) WITHOUT ROWID;
"""
# docs.root and docs.path hold the file system's bytes (os.fsencode), so that a name that
# is not UTF-8 is kept exactly; docs.base is the id the file asks for, docs.doc the one it
# got (see _name_docs).


@dataclass
class Prepared:
    """A file read and cut into sentences, ready to be written (made in a worker process)."""

    root: str
    path: str
    stat: tuple[int, int, int, int]  # size, mtime_ns, inode, ctime_ns of the bytes read
    sha1: str
    doc: str
    source: Source
    paras: int
    # para, sent, start, end, line, text, terms, heading
    rows: list[tuple[int, int, int, int, int, str, str, int]]
    warnings: list[str]
    casing: dict[str, list[int]]  # word -> [capitalised, lower-case] counts away from a sentence start
    front_matter_unread: bool = False


def prepare(root: str, path: str, follow: bool = False) -> Prepared | Skipped:
    """Read, segment and normalise one file. Pure: safe to run in a worker process."""
    from kzmil.segment import sentences

    p = Path(path)
    article = read_article(Path(root), p, follow)
    if isinstance(article, Skipped):
        return article
    text = article.text
    line_starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        line_starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    rows = []
    paras = 0
    casing: dict[str, list[int]] = {}
    for n, s in enumerate(sentences(text, article.body_start, article.source.title)):
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
                int(s.heading),
            )
        )
        count_casing(sentence, tokens, casing)
        if not s.heading:
            paras = max(paras, s.para)
    return Prepared(
        root,
        path,
        article.stat,
        article.sha1,
        article.doc,
        article.source,
        paras,
        rows,
        [f"{text_of(path)}: {w}" for w in article.warnings],
        casing,
        article.front_matter_unread,
    )


_OPENERS = frozenset(" \"'“‘([")  # may stand between a sentence's start and its first word


def count_casing(sentence: str, tokens: list[Token], casing: dict[str, list[int]]) -> None:
    """How often each word is capitalised where grammar does not ask for it: a proper-name test.

    Looks back from each word over quotes and brackets only, so a sentence costs time in
    proportion to its length (slicing up to every word made it quadratic).
    """
    for t in tokens:
        if t.kind != "word" or t.synthetic or t.start == 0 or t.stop:
            continue
        i = t.start
        while i > 0 and sentence[i - 1] in _OPENERS:
            i -= 1
        if i == 0 or sentence[i - 1] in ".!?:;\n":
            continue
        counts = casing.setdefault(t.norm, [0, 0])
        counts[0 if t.cap else 1] += 1


def prepare_safely(root: str, path: str, follow: bool = False) -> Prepared | Skipped:
    """prepare(), with any failure on one file turned into a skip: one odd file must not
    stop the indexing of ten thousand others."""
    try:
        return prepare(root, path, follow)
    except Exception as exc:  # a bug or an unforeseen input; reported as a warning
        return Skipped(Path(path), f"could not be indexed ({type(exc).__name__}: {exc})")


def _prepare_all(
    items: list[tuple[str, str]], on_done: Callable[[], None], follow: bool
) -> Iterator[Prepared | Skipped]:
    """Read and segment the files, on every core when there are enough of them.

    Workers are processes of their own (see `workers`), started afresh rather than
    forked: a forked worker would inherit the index lock and a half-written SQLite
    connection.
    """
    if len(items) < POOL_THRESHOLD or (os.cpu_count() or 1) < 2:
        for root, path in items:
            yield prepare_safely(root, path, follow)
            on_done()
        return
    from kzmil.workers import Pool

    yield from Pool(os.cpu_count() or 2, follow).run(items, on_done)


def _write(conn: sqlite3.Connection, prepared: Prepared, report: Report) -> None:
    source = json.dumps(prepared.source.to_json(), ensure_ascii=False)
    size, mtime_ns, ino, ctime_ns = prepared.stat
    cur = conn.execute(
        "INSERT INTO docs(doc, base, root, path, size, mtime_ns, ino, ctime_ns, sha1, source, paras, "
        "passages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            f"{_PENDING}path:{os.fsencode(prepared.path).hex()}",  # named in _name_docs
            prepared.doc,
            os.fsencode(prepared.root),
            os.fsencode(prepared.path),
            size,
            mtime_ns,
            ino,
            ctime_ns,
            prepared.sha1,
            source,
            prepared.paras,
            len(prepared.rows),
        ),
    )
    doc_id = cur.lastrowid
    conn.executemany(
        "INSERT INTO passages(doc_id, para, sent, start, end, line, text, terms, heading) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        [(doc_id, *r) for r in prepared.rows],
    )
    conn.execute("INSERT INTO fts(rowid, terms) SELECT id, terms FROM passages WHERE doc_id = ?", (doc_id,))
    conn.executemany(
        "INSERT INTO casing VALUES (?, ?, ?) ON CONFLICT(term) DO UPDATE SET cap = cap + excluded.cap, "
        "low = low + excluded.low",
        [(k, v[0], v[1]) for k, v in prepared.casing.items()],
    )
    report.passages += len(prepared.rows)
    report.front_matter_unread += prepared.front_matter_unread
    report.warnings.extend(prepared.warnings)


_PENDING = "\x00pending:"  # the name of a doc row until _name_docs names it


def _delete(conn: sqlite3.Connection, doc_id: int) -> None:
    """Remove an article, and take its words back out of the casing counts: an update
    must leave the index exactly as a rebuild would."""
    casing: dict[str, list[int]] = {}
    for (text,) in conn.execute("SELECT text FROM passages WHERE doc_id = ? ORDER BY sent", (doc_id,)):
        count_casing(text, tokenize(text), casing)
    conn.executemany(
        "UPDATE casing SET cap = cap - ?, low = low - ? WHERE term = ?",
        [(v[0], v[1], k) for k, v in casing.items()],
    )
    conn.executemany("DELETE FROM casing WHERE term = ? AND cap <= 0 AND low <= 0", [(k,) for k in casing])
    conn.execute(
        "INSERT INTO fts(fts, rowid, terms) SELECT 'delete', id, terms FROM passages WHERE doc_id = ?",
        (doc_id,),
    )
    conn.execute("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM docs WHERE id = ?", (doc_id,))


def _name_docs(conn: sqlite3.Connection) -> None:
    """Give every article its id, the same whatever order files were added in: in the
    order of (folder, path), an article gets the id it asks for unless an earlier one has
    it; then it is named after its folder too (two folders may both hold `notes/a.md`)."""
    taken: set[str] = set()
    renames: list[tuple[str, int]] = []
    for doc_id, doc, base, root in conn.execute("SELECT id, doc, base, root FROM docs ORDER BY root, path"):
        name = base
        if name in taken:
            prefixed = f"{text_of(Path(os.fsdecode(root)).name)}/{base}"
            name, n = prefixed, 2
            while name in taken:
                name, n = f"{prefixed}~{n}", n + 1
        taken.add(name)
        if name != doc:
            renames.append((name, doc_id))
    if renames:  # through unique placeholders, so that two articles may swap names
        conn.executemany(
            "UPDATE docs SET doc = ? WHERE id = ?", [(f"{_PENDING}id:{i}", i) for _, i in renames]
        )
        conn.executemany("UPDATE docs SET doc = ? WHERE id = ?", renames)


def _apply(
    conn: sqlite3.Connection,
    todo: list[tuple[str, str]],
    report: Report,
    progress: Progress | None,
    drop: list[int],
    follow: bool,
) -> None:
    on_done = progress(len(todo)) if progress and todo else (lambda: None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for doc_id in drop:
            _delete(conn, doc_id)
        for prepared in _prepare_all(todo, on_done, follow):
            if isinstance(prepared, Skipped):
                report.skipped += 1
                report.skips.append((str(prepared.path), prepared.reason))
                report.warnings.append(f"{prepared.path}: skipped ({prepared.reason})")
                continue
            _write(conn, prepared, report)
        if todo or drop:
            _name_docs(conn)
        total = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('passages', ?)", (str(total),))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # a malformed file may refuse even this
            conn.execute("ROLLBACK")
        raise


def _full_build(
    settings: Settings,
    found: FileStats,
    report: Report,
    progress: Progress | None,
) -> None:
    import tempfile

    path = settings.index_path
    _remove_stale_builds(path)
    fd, tmp = tempfile.mkstemp(prefix=path.name + TEMP_INFIX, suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    try:
        conn = connect(Path(tmp))
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        todo = sorted(((v[0], p) for p, v in found.items()), key=_path_order)
        _apply(conn, todo, report, progress, [], settings.follow)
        _sign(conn, found)
        conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
        conn.close()
        refuse_foreign(path)  # checked again just before: something may have appeared there meanwhile
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    report.rebuilt = True


def _remove_stale_builds(path: Path) -> None:
    """Delete what killed builds left beside the index: only files named exactly as
    `_full_build` names them, and only when empty or made by kzmil. The index name comes
    from the user, so it is never used as a pattern (a `*` in it would match their files)."""
    prefix = path.name + TEMP_INFIX
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
            continue
        if not _TEMP_RANDOM.fullmatch(name[len(prefix) : -len(TEMP_SUFFIX)]):
            continue
        stale = path.parent / name
        reason = foreign(stale)
        if reason is None or reason == "an empty file":
            with contextlib.suppress(OSError):
                stale.unlink()


def _path_order(item: tuple[str, str]) -> tuple[bytes, bytes]:
    """(folder, path) as the file system's bytes: the order of docs.root, docs.path in SQLite."""
    return os.fsencode(item[0]), os.fsencode(item[1])


def _plan(
    conn: sqlite3.Connection, found: FileStats
) -> tuple[
    list[tuple[str, str]], dict[str, int], list[int], int, list[tuple[int, tuple[int, int, int, int]]]
]:
    """What an update must do: files to (re)read, rows to replace or drop, stats to refresh.

    Each file is compared on its own (size, mtime, inode and ctime), so a renamed or
    swapped file is seen even when the corpus as a whole looks the same size and age.
    """
    known = {
        os.fsdecode(r[0]): (r[1], (r[2], r[3], r[4], r[5]), r[6])
        for r in conn.execute("SELECT path, id, size, mtime_ns, ino, ctime_ns, sha1 FROM docs")
    }
    todo: list[tuple[str, str]] = []
    replace: dict[str, int] = {}
    touch: list[tuple[int, tuple[int, int, int, int]]] = []
    unchanged = 0
    for p, (root, *now) in found.items():
        old = known.get(p)
        stats = (now[0], now[1], now[2], now[3])
        if old is None:
            todo.append((root, p))
        elif old[1] != stats:
            if old[1][0] == stats[0] and _file_sha1(Path(p)) == old[2]:
                touch.append((old[0], stats))
                unchanged += 1
            else:
                todo.append((root, p))
                replace[p] = old[0]
        else:
            unchanged += 1
    removed = [v[0] for p, v in known.items() if p not in found]
    todo.sort(key=_path_order)
    return todo, replace, removed, unchanged, touch


def _file_sha1(path: Path) -> str | None:
    from kzmil.corpus import file_sha1, read_file

    got = read_file(path)
    return None if isinstance(got, Skipped) else file_sha1(got[0])


def _sign(conn: sqlite3.Connection, found: FileStats) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('signature', ?)", (signature(found),))


def refresh(
    settings: Settings,
    found: FileStats,
    report: Report,
    force: bool,
    progress: Progress | None,
) -> sqlite3.Connection:
    """Bring the index at settings.index_path up to date with `found`; a connection to it.

    An index SQLite finds malformed is rebuilt with a warning; a file kzmil did not
    make is never touched (IndexError_).
    """
    path = settings.index_path
    refuse_foreign(path)
    conn = connect(path) if path.exists() else None
    damaged = False
    if conn is not None and not force:
        if is_valid(conn):
            try:
                _update(conn, found, report, progress, settings.follow)
                return conn
            except sqlite3.DatabaseError as exc:
                if not is_corrupt(exc):
                    conn.close()
                    raise
                report.reset_counts()
                damaged = True
        else:
            damaged = not _schema_mismatch_only(conn)
    if conn is not None:
        conn.close()
    if damaged and not force:
        report.warnings.append(f"the index {path} was damaged; rebuilt it")
    skipped_before = report.skipped
    _full_build(settings, found, report, progress)
    report.added = len(found) - (report.skipped - skipped_before)
    return connect(path)


def _update(
    conn: sqlite3.Connection, found: FileStats, report: Report, progress: Progress | None, follow: bool
) -> None:
    """Re-read what changed, in one transaction."""
    todo, replace, removed, unchanged, touch = _plan(conn, found)
    if todo or removed or touch:
        skipped_before = report.skipped
        _apply(conn, todo, report, progress, [*replace.values(), *removed], follow)
        conn.executemany(
            "UPDATE docs SET size = ?, mtime_ns = ?, ino = ?, ctime_ns = ? WHERE id = ?",
            [(*stats, i) for i, stats in touch],
        )
        report.updated = len(replace)
        report.added = len(todo) - len(replace) - (report.skipped - skipped_before)
        report.removed = len(removed)
    report.unchanged = unchanged
    _sign(conn, found)


def _schema_mismatch_only(conn: sqlite3.Connection) -> bool:
    """True when the file is a readable kzmil index of another version (rebuilt silently)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        return row is not None and row[0] != SCHEMA_VERSION
    except sqlite3.DatabaseError:
        return False
