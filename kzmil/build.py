"""Writing the index: files prepared (on every core, see `prepare`), and the SQLite writes.

A full build goes to a temporary file that replaces the old index atomically; an
update is one transaction. Either way a killed run leaves a usable index behind.
Callers hold the index lock (see `store._locked`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kzmil.config import Settings
from kzmil.corpus import (
    UNSURE_MTIME,
    FileStats,
    FolderStat,
    FolderStats,
    Skipped,
    Walked,
    folder_mtimes,
    list_folder,
    recorded_mtime,
    text_of,
    walk,
)
from kzmil.index import (
    APPLICATION_ID,
    FTS_TOKENIZE,
    SCHEMA,
    SCHEMA_VERSION,
    Progress,
    Report,
    connect,
    foreign,
    is_corrupt,
    is_valid,
    meta_values,
    recorded_folders,
    refuse_foreign,
    roots_key,
    signature,
)
from kzmil.normalize import tokenize
from kzmil.prepare import Prepared, count_casing, prepare_safely

POOL_THRESHOLD = 64  # files; fewer are read in-process, where a pool would only cost start-up
CASING_BATCH = 250_000  # words whose casing counts are summed in memory before they are written
TEMP_INFIX = ".kzmil-build-"  # a full build writes INDEX.kzmil-build-XXXXXXXX.tmp beside the index
TEMP_SUFFIX = ".tmp"
_TEMP_RANDOM = re.compile(r"[a-z0-9_]{8}")  # the 8 characters tempfile.mkstemp puts in a name


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


def _write(
    conn: sqlite3.Connection,
    prepared: Prepared,
    report: Report,
    terms: list[str] | None,
    casing: dict[str, list[int]],
) -> int:
    """Insert one article; its row id. Its passages' terms are added to `terms`, if given,
    and its casing counts to `casing`, which _apply writes for many articles at once."""
    source = json.dumps(prepared.source.to_json(), ensure_ascii=False)
    size, mtime_ns, ino, ctime_ns = prepared.stat
    cur = conn.execute(
        "INSERT INTO docs(doc, base, root, path, folder, size, mtime_ns, ino, ctime_ns, sha1, source, "
        "paras, passages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            f"{_PENDING}path:{os.fsencode(prepared.path).hex()}",  # named in _name_docs
            prepared.doc,
            os.fsencode(prepared.root),
            os.fsencode(prepared.path),
            os.fsencode(os.path.dirname(prepared.path)),
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
    first = _free_key(conn, doc_key(prepared.root, prepared.path)) << SENTENCE_BITS
    conn.executemany(
        "INSERT INTO passages(id, doc_id, para, sent, start, end, line, text, terms, heading) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(first + r[1], doc_id, *r) for r in prepared.rows],
    )
    # The rows' own values, not INSERT ... SELECT FROM passages: that statement opens a
    # savepoint, where FTS5 writes what it holds as a new segment, and merging a segment per
    # article was 69 of the 177 s of CPU it took to write 200,000 articles.
    conn.executemany(
        "INSERT INTO fts(rowid, terms) VALUES (?, ?)", [(first + r[1], r[6]) for r in prepared.rows]
    )
    if terms is not None:
        terms.extend(r[6] for r in prepared.rows)
    for word, counts in prepared.casing.items():
        total = casing.setdefault(word, counts)  # a new word's counts are taken over as they are
        if total is not counts:
            total[0] += counts[0]
            total[1] += counts[1]
    report.front_matter_unread += prepared.front_matter_unread
    report.warnings.extend(prepared.warnings)
    return int(doc_id or 0)


_FS_ENCODING = sys.getfilesystemencoding()  # docs.path back to str, as os.fsdecode would (faster)
_PENDING = "\x00pending:"  # the name of a doc row until _name_docs names it
SENTENCE_BITS = 24  # a passage's id is (its file's key << 24) + its sentence number (20 MB < 2**24 lines)
KEY_BITS = 63 - SENTENCE_BITS  # a file's key: a hash of its folder and path, so ids do not depend on
# the order files were indexed in, and ties (settled by id) come out alike in an update and a rebuild


def doc_key(root: str, path: str) -> int:
    """The file's key, from its folder and path: the high bits of its passages' ids."""
    import hashlib

    digest = hashlib.blake2b(os.fsencode(root) + b"\0" + os.fsencode(path), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> (64 - KEY_BITS)


def _free_key(conn: sqlite3.Connection, key: int) -> int:
    """`key`, or the next one free when two files hash alike (about once in 10**8 pairs)."""
    while conn.execute(
        "SELECT 1 FROM passages WHERE id BETWEEN ? AND ? LIMIT 1",
        (key << SENTENCE_BITS, ((key + 1) << SENTENCE_BITS) - 1),
    ).fetchone():
        key = (key + 1) % (1 << KEY_BITS)
    return key


def _delete(conn: sqlite3.Connection, doc_id: int, terms: list[str]) -> None:
    """Remove an article, and take its words back out of the casing counts (and its terms,
    into `terms`, out of df): an update must leave the index exactly as a rebuild would."""
    terms.extend(t for (t,) in conn.execute("SELECT terms FROM passages WHERE doc_id = ?", (doc_id,)))
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


def _count_terms(conn: sqlite3.Connection, terms: list[str], sign: int) -> None:
    """Add (sign 1) or take away (-1) the passages whose index terms are `terms` to or from
    df. SQLite's own tokenizer counts them, in a scratch FTS5 table like `fts`, so df
    holds exactly what fts5vocab would say."""
    if not terms:
        return
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.df_scratch "
        f"USING fts5(terms, tokenize={FTS_TOKENIZE!r}, detail=none)"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.df_scratch_vocab USING fts5vocab(temp, df_scratch, row)"
    )
    conn.execute("DELETE FROM temp.df_scratch")
    conn.executemany("INSERT INTO temp.df_scratch(terms) VALUES (?)", [(t,) for t in terms])
    conn.execute(
        "INSERT INTO df SELECT term, ? * doc FROM temp.df_scratch_vocab WHERE true "
        "ON CONFLICT(term) DO UPDATE SET doc = doc + excluded.doc",
        (sign,),
    )
    if sign < 0:
        conn.execute("DELETE FROM df WHERE doc <= 0")
    conn.execute("DELETE FROM temp.df_scratch")


def _add_casing(conn: sqlite3.Connection, casing: dict[str, list[int]]) -> None:
    """Add the casing counts summed over many articles to the table, in term order, and
    empty them: one upsert a word, not one a word in every article."""
    conn.executemany(
        "INSERT INTO casing VALUES (?, ?, ?) ON CONFLICT(term) DO UPDATE SET cap = cap + excluded.cap, "
        "low = low + excluded.low",
        [(k, v[0], v[1]) for k, v in sorted(casing.items())],
    )
    casing.clear()


def _name_added(conn: sqlite3.Connection, added: dict[int, str], dropped: set[str]) -> None:
    """Name the articles just added. When no other article has or had any of the ids
    involved, each simply gets the id it asks for; otherwise every article is named
    again, as a rebuild would name it."""
    wanted = set(added.values())
    involved = json.dumps(sorted(wanted | dropped))  # one parameter: a full build names 200,000 at once
    holders = conn.execute(
        "SELECT count(*) FROM docs WHERE base IN (SELECT value FROM json_each(?)) "
        "OR doc IN (SELECT value FROM json_each(?))",
        (involved, involved),
    ).fetchone()[0]
    if len(wanted) == len(added) and holders == len(added):
        conn.executemany("UPDATE docs SET doc = base WHERE id = ?", [(i,) for i in added])
    else:
        _name_docs(conn)


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
    count_terms: bool = True,
) -> None:
    """Drop the doc rows `drop`, then read and write the files `todo`, in one transaction.
    Without `count_terms` (a full build), df is filled afterwards in one pass (_fill_df)."""
    on_done = progress(len(todo)) if progress and todo else (lambda: None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        bases = (
            {
                r[0]
                for r in conn.execute(
                    "SELECT base FROM docs WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(drop),)
                )
            }
            if drop
            else set()
        )
        gone: list[str] = []
        for doc_id in drop:
            _delete(conn, doc_id, gone)
        _count_terms(conn, gone, -1)
        new: list[str] | None = [] if count_terms else None
        added: dict[int, str] = {}
        casing: dict[str, list[int]] = {}
        for prepared in _prepare_all(todo, on_done, follow):
            if isinstance(prepared, Skipped):
                note_skipped(report, prepared)
                continue
            added[_write(conn, prepared, report, new, casing)] = prepared.doc
            if len(casing) >= CASING_BATCH:
                _add_casing(conn, casing)
        _add_casing(conn, casing)
        if new:
            _count_terms(conn, new, 1)
        if added or drop:
            _name_added(conn, added, bases)
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
    seen: Walked | None,
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
        conn.executescript(SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        todo = sorted(((v[0], p) for p, v in found.items()), key=lambda rp: doc_key(*rp))  # ids ascending
        skips_before = len(report.skips)
        _apply(conn, todo, report, progress, [], settings.follow, count_terms=False)
        conn.execute("INSERT INTO df SELECT term, doc FROM vocab")  # one pass, not a count per file
        _sign(conn, found, report)
        _record_skips(conn, found, report.skips[skips_before:], None)
        if seen is not None:
            record_walk(conn, settings, seen)
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


@dataclass
class Plan:
    """What an update must do."""

    todo: list[tuple[str, str]]  # (root, path) of the files to read
    replace: dict[str, int]  # path -> id of the doc row a re-read file replaces
    removed: list[int]  # ids of the doc rows whose files are gone
    unchanged: int  # files whose content is as indexed
    touch: list[tuple[int, tuple[int, int, int, int]]]  # doc id -> new stats, content unchanged


def plan(conn: sqlite3.Connection, found: FileStats, folders: Collection[str] | None = None) -> Plan:
    """What an update must do: files to (re)read, rows to replace or drop, stats to refresh.

    Each file is compared on its own (size, mtime, inode and ctime), so a renamed or
    swapped file is seen even when the corpus as a whole looks the same size and age.
    With `folders`, only the articles directly in those folders are compared with `found`
    (which then holds what is in them now). Only reads: `kzmil index --check` uses it too.
    """
    sql = "SELECT path, id, size, mtime_ns, ino, ctime_ns, sha1 FROM docs"
    rows = (
        conn.execute(sql).fetchall()
        if folders is None
        else [r for f in folders for r in conn.execute(f"{sql} WHERE folder = ?", (os.fsencode(f),))]
    )
    known = {
        r[0].decode(_FS_ENCODING, "surrogateescape"): (r[1], (r[2], r[3], r[4], r[5]), r[6]) for r in rows
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
    return Plan(todo, replace, removed, unchanged, touch)


def _file_sha1(path: Path) -> str | None:
    from kzmil.corpus import file_sha1, read_file

    got = read_file(path)
    return None if isinstance(got, Skipped) else file_sha1(got[0])


def _sign(conn: sqlite3.Connection, found: FileStats, report: Report) -> None:
    sig = report.signature or signature(found)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('signature', ?)", (sig,))


def refresh(
    settings: Settings,
    found: FileStats,
    report: Report,
    force: bool,
    progress: Progress | None,
    seen: Walked | None = None,
) -> sqlite3.Connection:
    """Bring the index at settings.index_path up to date with `found`; a connection to it.

    An index SQLite finds malformed is rebuilt with a warning; a file kzmil did not
    make is never touched (IndexUnusable). `seen` (the folders of the full walk that
    found `found`) is recorded, so that later runs need only look at folders.
    """
    path = settings.index_path
    refuse_foreign(path)
    conn = connect(path) if path.exists() else None
    damaged = False
    if conn is not None and not force:
        if is_valid(conn):
            try:
                _update(conn, found, report, progress, settings.follow)
                if seen is not None:
                    with _transaction(conn):
                        record_walk(conn, settings, seen)
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
    _full_build(settings, found, report, progress, seen)
    report.added = len(found) - (report.skipped - skipped_before)
    return connect(path)


def _update(
    conn: sqlite3.Connection, found: FileStats, report: Report, progress: Progress | None, follow: bool
) -> None:
    """Re-read what changed, in one transaction."""
    skips_before = len(report.skips)
    _apply_plan(conn, plan(conn, found), report, progress, follow)
    with _transaction(conn):
        _record_skips(conn, found, report.skips[skips_before:], None)
        _sign(conn, found, report)


def _schema_mismatch_only(conn: sqlite3.Connection) -> bool:
    """True when the file is a readable kzmil index of another version (rebuilt silently)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        return row is not None and row[0] != SCHEMA_VERSION
    except sqlite3.DatabaseError:
        return False


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def record_walk(conn: sqlite3.Connection, settings: Settings, seen: Walked) -> None:
    """Remember the folders of a full walk whose findings the index now holds, with their
    times, and when the walk ran: the next runs list only folders whose time moved."""
    conn.execute("DELETE FROM folders")
    conn.executemany(
        "INSERT INTO folders VALUES (?, ?, ?)",
        [(os.fsencode(f), os.fsencode(v.root), v.mtime_ns) for f, v in seen.folders.items()],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)",
        [("roots", roots_key(settings.roots, settings.follow)), ("walked_ns", str(seen.started_ns))],
    )


def note_walk(settings: Settings, seen: Walked) -> None:
    """After a full walk found the index current: record it, so the next runs need not walk.
    Best effort: an index that cannot be written now is simply walked again next time."""
    with contextlib.suppress(sqlite3.Error, OSError):
        conn = connect(settings.index_path)
        try:
            conn.execute("PRAGMA busy_timeout = 0")  # another kzmil writing will record its own walk
            with _transaction(conn):
                record_walk(conn, settings, seen)
        finally:
            conn.close()


def _apply_plan(
    conn: sqlite3.Connection,
    todo: Plan,
    report: Report,
    progress: Progress | None,
    follow: bool,
) -> None:
    """Carry out a plan, and count what it did."""
    if todo.todo or todo.removed or todo.touch:
        skipped_before = report.skipped
        _apply(conn, todo.todo, report, progress, [*todo.replace.values(), *todo.removed], follow)
        conn.executemany(
            "UPDATE docs SET size = ?, mtime_ns = ?, ino = ?, ctime_ns = ? WHERE id = ?",
            [(*stats, i) for i, stats in todo.touch],
        )
        count_done(report, todo, skipped_before)
    report.unchanged = todo.unchanged


def count_done(report: Report, done: Plan, skipped_before: int) -> None:
    """What a carried-out plan did, as `kzmil index` reports it (both backends count alike)."""
    report.updated = len(done.replace)
    report.added = len(done.todo) - len(done.replace) - (report.skipped - skipped_before)
    report.removed = len(done.removed)


def note_skipped(report: Report, skipped: Skipped) -> None:
    """A file read for the index and passed over: counted, listed and warned about."""
    report.skipped += 1
    report.skips.append((str(skipped.path), skipped.reason))
    report.warnings.append(f"{skipped.path}: skipped ({skipped.reason})")


def _record_skips(
    conn: sqlite3.Connection, found: FileStats, skips: list[tuple[str, str]], folders: Collection[str] | None
) -> None:
    """Remember the article files just read but skipped (binary, empty) with their stats, and
    forget those gone from `found` (within `folders`, or anywhere), for `kzmil index --check`."""
    stale = []
    for (raw,) in conn.execute("SELECT path FROM skipped"):
        name = os.fsdecode(raw)
        if name not in found and (folders is None or os.path.dirname(name) in folders):
            stale.append((raw,))
    conn.executemany("DELETE FROM skipped WHERE path = ?", stale)
    rows = [(os.fsencode(p), *found[p][1:]) for p, _ in skips if p in found]
    conn.executemany("INSERT OR REPLACE INTO skipped VALUES (?, ?, ?, ?, ?)", rows)


@dataclass
class Relisted:
    """What listing the folders whose time moved found."""

    found: FileStats = field(default_factory=dict)  # the article files now in `scope`
    scope: set[str] = field(default_factory=set)  # folders whose indexed articles `found` replaces
    folders: FolderStats = field(default_factory=dict)  # the new times of the folders listed
    gone: set[str] = field(default_factory=set)  # recorded folders that are no longer there
    skipped: list[Skipped] = field(default_factory=list)


def relist(recorded: FolderStats, settings: Settings) -> Relisted | None:
    """List again the recorded folders whose time moved, walk the new folders inside them,
    and note the ones gone: work in the order of folders, not of files. None when only a
    full walk can say (with --follow a new folder may be a loop or lead to one listed already).
    """
    names = list(recorded)
    now = dict(zip(names, folder_mtimes(names), strict=True))
    out = Relisted()
    changed = sorted(f for f in names if now[f] != recorded[f].mtime_ns)
    if not changed:
        return out
    children: dict[str, list[str]] = {}
    for name in names:
        children.setdefault(os.path.dirname(name), []).append(name)
    inside = tuple(str(r) for r in settings.roots)
    for folder in changed:
        if folder in out.gone:
            continue
        mtime = now[folder]
        if mtime is None:
            out.gone |= _below(folder, names)
            continue
        root = recorded[folder].root
        listed_ns = time.time_ns()
        subdirs = list_folder(folder, root, inside, settings.follow, out.found, out.skipped)
        out.scope.add(folder)
        out.folders[folder] = FolderStat(
            root, UNSURE_MTIME if subdirs is None else recorded_mtime(mtime, listed_ns)
        )
        listed = set(subdirs or ())
        for child in children.get(folder, []):
            if child not in listed:
                out.gone |= _below(child, names)
        for sub in sorted(listed - recorded.keys()):
            if settings.follow:
                return None
            new: FolderStats = {}
            walk(sub, root, inside, False, out.found, out.skipped, new)
            out.folders.update(new)
            out.scope |= new.keys()
    out.scope |= out.gone
    return out


def _below(folder: str, names: list[str]) -> set[str]:
    """`folder` and the recorded folders inside it."""
    prefix = folder.rstrip(os.sep) + os.sep
    return {n for n in names if n == folder or n.startswith(prefix)}


def refresh_folders(
    settings: Settings, report: Report, progress: Progress | None
) -> sqlite3.Connection | None:
    """Bring the index up to date by listing only the folders whose time moved since it was
    last written; a connection to it. None when a full walk is needed instead (no index,
    another schema, other corpus folders, damage, or --follow met a new folder)."""
    path = settings.index_path
    if not path.exists():
        return None
    refuse_foreign(path)
    conn = connect(path)
    try:
        if not is_valid(conn) or meta_values(conn, "roots").get("roots") != roots_key(
            settings.roots, settings.follow
        ):
            conn.close()
            return None
        recorded = recorded_folders(conn)
        change = relist(recorded, settings)
        if change is None:
            conn.close()
            return None
        report.note_skips(change.skipped)
        skips_before = len(report.skips)
        todo = plan(conn, change.found, change.scope)
        moved = {f: v for f, v in change.folders.items() if recorded.get(f) != v}
        if not (todo.todo or todo.removed or todo.touch or moved or change.gone):
            return conn  # nothing to write: another kzmil did it meanwhile, or a folder is still unsure
        _apply_plan(conn, todo, report, progress, settings.follow)
        with _transaction(conn):
            _record_skips(conn, change.found, report.skips[skips_before:], change.scope)
            conn.executemany("DELETE FROM folders WHERE path = ?", [(os.fsencode(f),) for f in change.gone])
            conn.executemany(
                "INSERT OR REPLACE INTO folders VALUES (?, ?, ?)",
                [(os.fsencode(f), os.fsencode(v.root), v.mtime_ns) for f, v in moved.items()],
            )
            if todo.todo or todo.removed or todo.touch:  # the last full walk no longer describes the index
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('signature', '')")
        return conn
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_corrupt(exc):
            return None  # the full walk's refresh rebuilds it, with a warning
        raise
