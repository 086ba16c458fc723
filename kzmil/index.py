"""The SQLite index: one row per sentence, an FTS5 table over normalised terms.

The index is a cache. It is built on first use, brought up to date whenever a
corpus file is added, changed or removed, and rebuilt from scratch when it is
missing, damaged or from another schema version. This module owns the schema and
reads the file; `build` writes it and `store` opens it, fresh, for a command.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzmil.corpus import (
    SYMLINK_LOOP,
    SYMLINK_NOT_FOLLOWED,
    SYMLINK_OUTSIDE,
    FileStats,
    FolderStat,
    FolderStats,
    Skipped,
)
from kzmil.errors import IndexUnusable
from kzmil.models import Source, path_json

SCHEMA_VERSION = "12"  # 12: "US" in running text is the country (normalize._shouted)
APPLICATION_ID = 0x4B5A4D4C  # "KZML" in SQLite's header (PRAGMA application_id): a file kzmil made
_SQLITE_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID_OFFSET = 68  # where SQLite's file header keeps the application id (4 bytes, big-endian)
POSTINGS_PER_TERM = 5000  # a very common term contributes at most this many candidates
MAX_SEARCH_TERMS = 200  # terms in one candidate query (SQLite allows 500 terms in a compound SELECT)
WEIGHT_UNITS = 10**9  # search weights are summed as whole numbers of 1e-9: exact in SQLite and
# PostgreSQL alike, so candidates whose weights tie come out in the same order (by id) on both


def units(weight: float) -> int:
    """A search weight as the whole number both backends sum."""
    return round(weight * WEIGHT_UNITS)


FTS_TOKENIZE = "unicode61 remove_diacritics 2"  # how SQLite cuts `terms` into tokens (fts, df)
SCHEMA = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(
    id INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE, base TEXT NOT NULL,
    root BLOB NOT NULL, path BLOB NOT NULL UNIQUE, folder BLOB NOT NULL,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ino INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    sha1 TEXT NOT NULL, source TEXT NOT NULL, paras INTEGER NOT NULL, passages INTEGER NOT NULL);
CREATE TABLE passages(
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, para INTEGER NOT NULL, sent INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL,
    terms TEXT NOT NULL, heading INTEGER NOT NULL);
CREATE INDEX passages_doc ON passages(doc_id, sent);
CREATE INDEX docs_base ON docs(base);
CREATE INDEX docs_folder ON docs(folder);
CREATE TABLE folders(path BLOB PRIMARY KEY, root BLOB NOT NULL, mtime_ns INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE skipped(path BLOB PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    ino INTEGER NOT NULL, ctime_ns INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts USING fts5(terms, content='passages', content_rowid='id',
    tokenize='{FTS_TOKENIZE}', columnsize=1, detail=column);
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
CREATE TABLE df(term TEXT PRIMARY KEY, doc INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE casing(term TEXT PRIMARY KEY, cap INTEGER NOT NULL, low INTEGER NOT NULL) WITHOUT ROWID;
"""
# docs.root, docs.path and docs.folder (the path's folder) hold the file system's bytes
# (os.fsencode), so that a name that is not UTF-8 is kept exactly; docs.base is the id the
# file asks for, docs.doc the one it got (see _name_docs). `folders` holds every folder the
# last walk listed, with its modification time (see corpus.FolderStat), and `skipped` the
# article files that were read but not indexed (binary, empty), so that `kzmil index --check`
# does not call them new. meta holds, besides the schema and the passage count, the
# `signature` of the last full walk, when it ran (`walked_ns`) and over which folders
# (`roots`, `follow`): see store. `df` holds what fts5vocab's `doc` column says (the passages
# holding each term), kept by `build`: fts5vocab counts by decoding the term's whole list of
# passages, which for a common word at 200,000 articles is milliseconds a term, a query.

WARN_WHEN_SCANNED = (SYMLINK_LOOP, SYMLINK_NOT_FOLLOWED, SYMLINK_OUTSIDE)  # skips shown as warnings

Progress = Callable[[int], Callable[[], None]]  # called with a total; returns a tick for each file done


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
    terms: str  # the sentence's index terms, space-separated
    heading: int = 0  # 1 for a title or section heading: a block of its own, never joined to text


_ROW = "id, doc_id, para, sent, start, end, line, text, terms, heading"  # the columns of a Row, in order


@dataclass(frozen=True)
class Doc:
    id: int
    doc: str
    path: str
    source: Source
    paras: int
    passages: int

    def to_json(self) -> dict[str, Any]:
        """The article as `kzmil sources --json` lists it."""
        return {
            "id": self.doc,
            **path_json(self.path),
            "paragraphs": self.paras,
            "passages": self.passages,
            "source": self.source.to_json(),
        }


@dataclass
class Report:
    """What an index run did; printed by `kzmil index` and as warnings by other commands."""

    path: Path | str  # the index file, or a PostgreSQL URL without its password
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    front_matter_unread: int = 0  # files indexed without the front matter they have (a warning each)
    rebuilt: bool = False
    seconds: float = 0.0
    size_bytes: int = 0
    warnings: list[str] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    checked: str = ""  # `kzmil index --check`: "ok", or "rebuilt" after quick_check failed
    scan_skips: int = 0  # how many of `skips` the walk of the folders found (the rest: reading files)
    scan_warnings: list[str] = field(default_factory=list)  # shown when the index is written
    signature: str = ""  # of the corpus as the walk saw it (see `signature`)

    def note_skips(self, skipped: Iterable[Skipped]) -> None:
        """Count what a walk or a listing passed over; links and unreadable folders are
        warned about when the index is written (a loop need not be reported by every search)."""
        for item in skipped:
            self.skipped += 1
            self.skips.append((str(item.path), item.reason))
            if item.reason in WARN_WHEN_SCANNED or item.reason.startswith("cannot"):
                self.scan_warnings.append(f"{item.path}: skipped ({item.reason})")
        self.scan_skips = len(self.skips)

    def reset_counts(self) -> None:
        """Forget a half-done update before the index is rebuilt from scratch."""
        self.added = self.updated = self.removed = self.unchanged = 0
        self.front_matter_unread = 0
        del self.skips[self.scan_skips :]
        self.skipped = len(self.skips)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)


class Index:
    """An open, up-to-date index. Read-only from the caller's point of view."""

    def __init__(self, conn: sqlite3.Connection, path: Path, report: Report) -> None:
        self.conn = conn
        self.path = path
        self.report = report
        self._docs: dict[int, Doc] | None = None
        self.total = int(conn.execute("SELECT value FROM meta WHERE key='passages'").fetchone()[0])

    @property
    def location(self) -> Path:
        return self.path

    def close(self) -> None:
        self.conn.close()

    def end_read(self) -> None:
        """Nothing to end: each statement reads the file as it is (see `backend.IndexBackend`)."""

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
            raise IndexUnusable(
                f"the index refers to a missing article ({doc_id}); run `kzmil index --rebuild`"
            )
        return _doc(row)

    def doc_by_name(self, name: str) -> Doc | None:
        row = self.conn.execute(f"{_DOC_SQL} WHERE doc = ?", (name,)).fetchone()
        return _doc(row) if row else None

    def search(self, weighted: dict[str, float], limit: int, doc_ids: set[int] | None = None) -> list[int]:
        """Candidate sentence ids: those holding the most (IDF-)weight of the terms, best first.

        Each term's postings come straight from the FTS5 index (capped for very common
        terms) and are summed by SQLite; ranking all matches with its bm25() costs about
        2 microseconds a match, which a common word makes tens of milliseconds.
        """
        terms = [(t, w) for t, w in weighted.items() if t][:MAX_SEARCH_TERMS]
        if not terms:
            return []
        one = "SELECT rowid AS r FROM fts WHERE fts MATCH ? LIMIT ?"
        tail: list[object] = [POSTINGS_PER_TERM]
        if doc_ids is not None:
            one = (
                "SELECT fts.rowid AS r FROM fts JOIN passages p ON p.id = fts.rowid "
                "WHERE fts MATCH ? AND p.doc_id IN (SELECT value FROM json_each(?)) LIMIT ?"
            )
            tail = [json.dumps(sorted(doc_ids)), POSTINGS_PER_TERM]
        union = " UNION ALL ".join(f"SELECT r, ? AS w FROM ({one})" for _ in terms)
        args: list[object] = []
        for term, weight in terms:
            args += [units(weight), '"' + term.replace('"', '""') + '"', *tail]
        sql = f"SELECT r FROM ({union}) GROUP BY r ORDER BY SUM(w) DESC, r LIMIT ?"
        return [rid for (rid,) in self.conn.execute(sql, [*args, limit])]

    def rows(self, ids: Iterable[int]) -> dict[int, Row]:
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        q = f"SELECT {_ROW} FROM passages WHERE id IN ({marks})"
        return {r[0]: Row(*r) for r in self.conn.execute(q, ids)}

    def neighbours(self, row: Row, before: int, after: int) -> list[Row]:
        """The sentences around `row` in the same article, in order (row included)."""
        q = f"SELECT {_ROW} FROM passages WHERE doc_id = ? AND sent BETWEEN ? AND ? ORDER BY sent"
        return [Row(*r) for r in self.conn.execute(q, (row.doc_id, row.sent - before, row.sent + after))]

    def paragraph(self, doc_id: int, para: int | None) -> list[Row]:
        q = f"SELECT {_ROW} FROM passages WHERE doc_id = ?"
        args: list[object] = [doc_id]
        if para is not None:
            q += " AND para = ?"
            args.append(para)
        return [Row(*r) for r in self.conn.execute(q + " ORDER BY sent", args)]

    def doc_freq(self, terms: Iterable[str]) -> dict[str, int]:
        terms = sorted(set(terms))
        if not terms:
            return {}
        q = f"SELECT term, doc FROM df WHERE term IN ({','.join('?' * len(terms))})"
        return {str(r[0]): int(r[1]) for r in self.conn.execute(q, terms)}

    def proper_names(self, words: Iterable[str]) -> dict[str, bool]:
        """For each known word: is it mostly capitalised inside sentences (a name) or not?"""
        words = sorted(set(words))
        if not words:
            return {}
        q = f"SELECT term, cap, low FROM casing WHERE term IN ({','.join('?' * len(words))})"
        return {str(r[0]): int(r[1]) > int(r[2]) for r in self.conn.execute(q, words)}

    def lowercase_seen(self, words: Iterable[str]) -> set[str]:
        """The words the corpus also writes in lower case inside sentences: common words
        ("minister", "state"), never a person's name."""
        words = sorted(set(words))
        if not words:
            return set()
        q = f"SELECT term FROM casing WHERE low > 0 AND term IN ({','.join('?' * len(words))})"
        return {str(r[0]) for r in self.conn.execute(q, words)}

    def names_like(self, pattern: str) -> list[str]:
        """Words the corpus mostly capitalises inside sentences (names) that match the LIKE
        `pattern`, which starts with a letter: a range of the casing table, filtered in C."""
        first = pattern[:1]
        q = "SELECT term FROM casing WHERE term >= ? AND term < ? AND cap > low AND term LIKE ? LIMIT 100"
        return [str(r[0]) for r in self.conn.execute(q, (first, chr(ord(first) + 1), pattern))]

    def terms_with_prefix(self, prefix: str, limit: int = 5000) -> list[tuple[str, int]]:
        """Index terms starting with `prefix`, for typo-tolerant lookup."""
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        q = "SELECT term, doc FROM df WHERE term >= ? AND term < ? LIMIT ?"
        return [(str(r[0]), int(r[1])) for r in self.conn.execute(q, (prefix, upper, limit))]


_DOC_SQL = "SELECT id, doc, path, source, paras, passages FROM docs"


def _doc(row: tuple[Any, ...]) -> Doc:
    return Doc(row[0], row[1], os.fsdecode(row[2]), _source(row[3]), row[4], row[5])


def _source(raw: str) -> Source:
    data = json.loads(raw)
    data["authors"] = tuple(data.get("authors") or ())
    return Source(**data)


# ---------------------------------------------------------------- building


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def foreign(path: Path) -> str | None:
    """Why kzmil must not replace `path`, or None when it may: the file is missing, or is
    an index kzmil made (its application id, or the `meta` table of an older kzmil).

    A rebuild replaces the file, so anything else (a user's database, an empty file,
    a device) is refused rather than overwritten.
    """
    import stat

    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if st.st_size == 0:
        return "an empty file"
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if not head.startswith(_SQLITE_MAGIC) or len(head) < 100:
        return "not a SQLite database"
    app_id = int.from_bytes(head[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4], "big")
    if app_id == APPLICATION_ID:
        return None
    if app_id == 0 and _older_kzmil_index(path):
        return None
    return "a SQLite database that kzmil did not make"


def _older_kzmil_index(path: Path) -> bool:
    """An index written before kzmil set its application id: it has a `meta` table with a schema."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except (sqlite3.Error, ValueError):
        return False
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = (
            conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if "meta" in names
            else None
        )
        return row is not None and names >= {"meta", "docs", "passages"}
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def refuse_foreign(path: Path) -> None:
    """Raise unless kzmil may write the index file `path`."""
    reason = foreign(path)
    if reason is not None:
        raise IndexUnusable(
            f"{path} is not a kzmil index ({reason}), so it was left alone; "
            "give --index (or KZMIL_INDEX) a new file name"
        )


def is_corrupt(exc: BaseException) -> bool:
    """Is this SQLite's "database disk image is malformed" (or "file is not a database")?"""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_valid(conn: sqlite3.Connection) -> bool:
    """Is this an index of our schema version? Damage shows up as a DatabaseError."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if not row or row[0] != SCHEMA_VERSION:
            return False
        conn.execute("SELECT id FROM docs LIMIT 1").fetchone()  # not count(*): one page, not all
        conn.execute("SELECT rowid FROM fts WHERE fts MATCH 'zzzz' LIMIT 1").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False


def recorded_folders(conn: sqlite3.Connection) -> FolderStats:
    """The folders the index was last brought up to date with, and their recorded times."""
    return {
        os.fsdecode(path): FolderStat(os.fsdecode(root), mtime)
        for path, root, mtime in conn.execute("SELECT path, root, mtime_ns FROM folders")
    }


def meta_values(conn: sqlite3.Connection, *keys: str) -> dict[str, str]:
    """Some rows of the meta table, in one read."""
    marks = ",".join("?" * len(keys))
    return {
        str(k): str(v) for k, v in conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys)
    }


def roots_key(roots: Iterable[object], follow: bool) -> str:
    """The corpus folders (and --follow) an index was walked over, as meta stores them."""
    return json.dumps([[str(r) for r in roots], follow])


def signature(found: FileStats) -> str:
    """A fingerprint of the corpus as `stat` sees it: each file's path, size, mtime, inode
    and ctime. A rename or a swap of two files changes it, even when the sizes and times
    of the corpus as a whole stay the same.

    Checked on every run, so it must be cheap: one pass in C over the sorted stats.
    Files that were skipped count too, so a corpus holding a binary file is not re-read
    on every run.
    """
    import array
    import itertools
    import operator

    try:  # the built-in BLAKE2, without loading OpenSSL as `import hashlib` does (2 ms a search)
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b

    paths = sorted(found)
    roots = sorted({v[0] for v in found.values()})
    root_no = {r: n for n, r in enumerate(roots)}
    stats = [found[p] for p in paths]
    h = blake2b(digest_size=16)
    h.update("\0".join(roots).encode("utf-8", "surrogateescape") + b"\1")
    h.update("\0".join(paths).encode("utf-8", "surrogateescape"))
    numbers = array.array("q", [root_no[v[0]] for v in stats])
    try:
        numbers.fromlist(list(itertools.chain.from_iterable(map(operator.itemgetter(1, 2, 3, 4), stats))))
        h.update(numbers.tobytes())
    except OverflowError:  # an inode number past 2**63: slower, but as exact
        h.update(repr(stats).encode("utf-8", "surrogateescape"))
    return f"{len(found)}:{h.hexdigest()}"
