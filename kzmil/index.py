"""The SQLite index: one row per sentence, an FTS5 table over normalised terms.

The index is a cache. It is built on first use, brought up to date whenever a
corpus file is added, changed or removed, and rebuilt from scratch when it is
missing, damaged or from another schema version. This module opens and reads
it; `build` writes it, and is imported only when something must be written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzmil.config import Settings
from kzmil.corpus import SYMLINK_LOOP, SYMLINK_NOT_FOLLOWED, SYMLINK_OUTSIDE, FileStats, discover
from kzmil.errors import IndexError_
from kzmil.models import Source

SCHEMA_VERSION = "8"
APPLICATION_ID = 0x4B5A4D4C  # "KZML" in SQLite's header (PRAGMA application_id): a file kzmil made
_SQLITE_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID_OFFSET = 68  # where SQLite's file header keeps the application id (4 bytes, big-endian)
POSTINGS_PER_TERM = 5000  # a very common term contributes at most this many candidates
MAX_SEARCH_TERMS = 200  # terms in one candidate query (SQLite allows 500 terms in a compound SELECT)
TIE_WINDOW = 1000  # candidates read past the limit so that ties at the cut are settled by content
SUM_DECIMALS = 9  # weight sums are rounded so that the order of addition cannot break a tie
LOCK_WAIT_SECONDS = 600

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


@dataclass
class Report:
    """What an index run did; printed by `kzmil index` and as warnings by other commands."""

    path: Path
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    front_matter_unread: int = 0  # files indexed without the front matter they have (a warning each)
    passages: int = 0
    rebuilt: bool = False
    seconds: float = 0.0
    size_bytes: int = 0
    warnings: list[str] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    checked: str = ""  # `kzmil index --check`: "ok", or "rebuilt" after quick_check failed
    scan_skips: int = 0  # how many of `skips` the walk of the folders found (the rest: reading files)
    scan_warnings: list[str] = field(default_factory=list)  # shown when the index is written

    def reset_counts(self) -> None:
        """Forget a half-done update before the index is rebuilt from scratch."""
        self.added = self.updated = self.removed = self.unchanged = self.passages = 0
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
            args += [weight, '"' + term.replace('"', '""') + '"', *tail]
        total = f"ROUND(SUM(w), {SUM_DECIMALS})"
        sql = f"SELECT r, {total} AS s FROM ({union}) GROUP BY r ORDER BY s DESC, r LIMIT ?"
        scored = self.conn.execute(sql, [*args, limit + TIE_WINDOW]).fetchall()
        return self._settle_ties(scored, limit)

    def _settle_ties(self, scored: list[tuple[int, float]], limit: int) -> list[int]:
        """The best `limit` ids, equal weights in the order of (folder, path, sentence).

        Row ids depend on the order files were indexed in; a rebuild and an update must
        rank alike, so a tie is never settled by row id (unless it is wider than TIE_WINDOW).
        """
        if len(scored) > limit:
            cut = scored[limit - 1][1]
            scored = [rs for rs in scored if rs[1] >= cut]
        counts: dict[float, int] = {}
        for _, s in scored:
            counts[s] = counts.get(s, 0) + 1
        tied = [r for r, s in scored if counts[s] > 1]
        if tied:
            q = (
                "SELECT p.id, d.root, d.path, p.sent FROM passages p JOIN docs d ON d.id = p.doc_id "
                "WHERE p.id IN (SELECT value FROM json_each(?))"
            )
            keys = {r[0]: r[1:] for r in self.conn.execute(q, (json.dumps(tied),))}
            none: tuple[Any, ...] = ()
            scored.sort(key=lambda rs: (-rs[1], keys.get(rs[0], none)))
        return [r for r, _ in scored[:limit]]

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
        q = f"SELECT term, doc FROM vocab WHERE term IN ({','.join('?' * len(terms))})"
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
        q = "SELECT term, doc FROM vocab WHERE term >= ? AND term < ? LIMIT ?"
        return [(str(r[0]), int(r[1])) for r in self.conn.execute(q, (prefix, upper, limit))]


_DOC_SQL = "SELECT id, doc, path, source, paras, passages FROM docs"


def _doc(row: tuple[Any, ...]) -> Doc:
    return Doc(row[0], row[1], os.fsdecode(row[2]), _source(row[3]), row[4], row[5])


def _source(raw: str) -> Source:
    data = json.loads(raw)
    data["authors"] = tuple(data.get("authors") or ())
    return Source(**data)


# ---------------------------------------------------------------- building


_WARN_WHEN_SCANNED = (SYMLINK_LOOP, SYMLINK_NOT_FOLLOWED, SYMLINK_OUTSIDE)


def _scan(settings: Settings, report: Report) -> FileStats:
    """path -> (root, size, mtime_ns, inode, ctime_ns) for every article file of the corpus.

    What the walk skipped is warned about only when the index is written (see
    _open_fresh): a symlink loop need not be reported again by every search.
    """
    found, skipped = discover(list(settings.roots), settings.follow)
    for item in skipped:
        report.skipped += 1
        report.skips.append((str(item.path), item.reason))
        if item.reason in _WARN_WHEN_SCANNED or item.reason.startswith("cannot"):
            report.scan_warnings.append(f"{item.path}: skipped ({item.reason})")
    report.scan_skips = len(report.skips)
    return found


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
        raise IndexError_(
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
        conn.execute("SELECT count(*) FROM docs").fetchone()
        conn.execute("SELECT rowid FROM fts WHERE fts MATCH 'zzzz' LIMIT 1").fetchall()
        return True
    except sqlite3.DatabaseError:
        return False


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
    if settings.index_given and not folder.is_dir() and not folder.parent.is_dir():
        raise IndexError_(
            f"cannot make the index folder {folder}: {folder.parent} does not exist "
            "(kzmil makes only the index file's own folder); check --index or KZMIL_INDEX"
        )
    try:
        folder.mkdir(parents=not settings.index_given, exist_ok=True)
        probe = folder / f".kzmil-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
        return settings
    except OSError as exc:
        import tempfile

        why = exc.strerror or str(exc)
        fallback = Path(tempfile.gettempdir()) / f"kzmil-{os.getuid()}"
        with contextlib.suppress(FileExistsError):
            fallback.mkdir(mode=0o700)
        problem = unsafe_folder(fallback)
        if problem is not None:
            raise IndexError_(
                f"cannot write the index folder {folder} ({why}), and the fallback {fallback} "
                f"is not safe to use ({problem}); set KZMIL_INDEX to a file in a folder of yours"
            ) from None
        report.warnings.append(f"cannot write the index folder {folder} ({why}); using {fallback} instead")
        return dataclasses.replace(settings, index_path=fallback / settings.index_path.name)


def unsafe_folder(folder: Path, uid: int | None = None) -> str | None:
    """Why `folder` must not hold an index, or None: it must be a real folder owned by
    this user that nobody else may write, as ssh demands of ~/.ssh. In a shared /tmp,
    another user could otherwise create it first and plant a forged index in it."""
    import stat

    try:
        st = os.lstat(folder)
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if stat.S_ISLNK(st.st_mode):
        return "a symbolic link"
    if not stat.S_ISDIR(st.st_mode):
        return "not a folder"
    owner = os.getuid() if uid is None else uid
    if st.st_uid != owner:
        return f"owned by user {st.st_uid}, not by you ({owner})"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"writable by others (mode {stat.S_IMODE(st.st_mode):o})"
    return None


def open_index(
    settings: Settings, *, force: bool = False, progress: Progress | None = None, check: bool = False
) -> Index:
    """The index for `settings`, brought up to date first. Raises IndexError_ when that is impossible.

    With `check`, SQLite's quick_check reads every page, and a damaged index is rebuilt.
    """
    t0 = time.perf_counter()
    report = Report(settings.index_path)
    found = _scan(settings, report)
    try:
        refuse_foreign(settings.index_path)
        index = _open_fresh(settings, found, report, force, progress)
        if check:
            index = _checked(index, settings, found, report, progress)
    except sqlite3.Error as exc:
        raise IndexError_(f"cannot use the index {settings.index_path}: {exc}") from exc
    except OSError as exc:
        raise IndexError_(f"cannot write the index {settings.index_path}: {exc.strerror or exc}") from exc
    report.seconds = time.perf_counter() - t0
    with contextlib.suppress(OSError):
        report.size_bytes = index.path.stat().st_size
    return index


def reopen_damaged(settings: Settings, progress: Progress | None = None) -> Index:
    """Rebuild an index that SQLite found malformed while reading it, and open the new one.

    Only an index kzmil made is rebuilt; any other file gives an IndexError_.
    """
    index = open_index(settings, force=True, progress=progress)
    index.report.warnings.insert(0, f"the index {index.path} was damaged; rebuilt it")
    return index


def _checked(
    index: Index, settings: Settings, found: FileStats, report: Report, progress: Progress | None
) -> Index:
    """`kzmil index --check`: SQLite's quick_check over every page; rebuild what fails it."""
    try:
        problems = [str(r[0]) for r in index.conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        if not is_corrupt(exc):
            raise
        problems = [str(exc)]
    if problems == ["ok"]:
        report.checked = "ok"
        return index
    index.close()
    report.reset_counts()
    report.warnings.append(f"the index {index.path} was damaged ({problems[0]}); rebuilt it")
    rebuilt = _open_fresh(settings, found, report, True, progress)
    report.checked = "rebuilt"
    return rebuilt


def signature(found: FileStats) -> str:
    """A fingerprint of the corpus as `stat` sees it: each file's path, size, mtime, inode
    and ctime. A rename or a swap of two files changes it, even when the sizes and times
    of the corpus as a whole stay the same.

    Checked on every run, so it must be cheap: one pass in C over the sorted stats.
    Files that were skipped count too, so a corpus holding a binary file is not re-read
    on every run.
    """
    import array
    import hashlib
    import itertools
    import operator

    paths = sorted(found)
    roots = sorted({v[0] for v in found.values()})
    root_no = {r: n for n, r in enumerate(roots)}
    stats = [found[p] for p in paths]
    h = hashlib.blake2b(digest_size=16)
    h.update("\0".join(roots).encode("utf-8", "surrogateescape") + b"\1")
    h.update("\0".join(paths).encode("utf-8", "surrogateescape"))
    numbers = array.array("q", [root_no[v[0]] for v in stats])
    try:
        numbers.fromlist(list(itertools.chain.from_iterable(map(operator.itemgetter(1, 2, 3, 4), stats))))
        h.update(numbers.tobytes())
    except OverflowError:  # an inode number past 2**63: slower, but as exact
        h.update(repr(stats).encode("utf-8", "surrogateescape"))
    return f"{len(found)}:{h.hexdigest()}"


def _is_fresh(conn: sqlite3.Connection, found: FileStats) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
    return row is not None and row[0] == signature(found)


def _open_fresh(
    settings: Settings,
    found: FileStats,
    report: Report,
    force: bool,
    progress: Progress | None,
) -> Index:
    path = settings.index_path
    if path.exists() and not force:
        reader = connect(path)
        try:
            if is_valid(reader) and _is_fresh(reader, found):
                report.unchanged = len(found)
                return Index(reader, path, report)
        except sqlite3.DatabaseError as exc:
            if not is_corrupt(exc):
                reader.close()
                raise
        reader.close()
    from kzmil.build import refresh  # only when something must be written

    report.warnings[:0] = report.scan_warnings
    report.scan_warnings = []
    settings = _writable_location(settings, report)
    report.path = settings.index_path
    with _locked(settings.index_path):
        conn = refresh(settings, found, report, force, progress)
    return Index(conn, settings.index_path, report)
