"""Where the index lives, and an index brought up to date before a command reads it.

One writer at a time (a lock file beside the index), a private fallback folder when the
cache cannot be written, a rebuild when SQLite finds the file malformed, and `kzmil index
--check`. `index` reads the file; `build` writes it, and is imported only when something
must be written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from kzmil.backend import IndexBackend
from kzmil.config import Settings, redact
from kzmil.corpus import FileStats, FolderStats, Walked, discover, folder_mtimes
from kzmil.errors import IndexUnusable
from kzmil.index import (
    Index,
    Progress,
    Report,
    connect,
    is_corrupt,
    is_valid,
    meta_values,
    recorded_folders,
    refuse_foreign,
    roots_key,
    signature,
)
from kzmil.models import Staleness

LOCK_WAIT_SECONDS = 600  # how long a command waits for another kzmil's update before giving up
_NS_PER_MINUTE = 60_000_000_000


def clock_ns() -> int:
    """The wall clock that rations full walks (a function, so that tests can move it on)."""
    return time.time_ns()


def _scan(settings: Settings, report: Report) -> tuple[FileStats, Walked]:
    """The full walk: path -> (root, size, mtime_ns, inode, ctime_ns) for every article
    file of the corpus, and the folders listed with their times.

    What the walk skipped is warned about only when the index is written (see
    _open_fresh): a symlink loop need not be reported again by every search.
    """
    started = clock_ns()
    folders: FolderStats = {}
    found, skipped = discover(list(settings.roots), settings.follow, folders)
    report.note_skips(skipped)
    report.signature = signature(found)
    return found, Walked(folders, started)


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
                    raise IndexUnusable(
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
        raise IndexUnusable(
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
            raise IndexUnusable(
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
    settings: Settings,
    *,
    force: bool = False,
    progress: Progress | None = None,
    check: bool = False,
    write: bool = False,
    full_walk: bool = False,
) -> IndexBackend:
    """The index for `settings`, brought up to date first. Raises IndexUnusable when that is impossible.

    The rule (docs/index-freshness.md): files added, removed or renamed move their
    folder's time, so a run stats the recorded folders and lists again only those that
    moved; every file is stat-ed (the full walk, which also sees an edit in place) when the
    last walk is older than settings.full_check_minutes, and always with `full_walk`
    (`kzmil index`), `force` or `check`. With `check`, SQLite's quick_check reads every
    page, and a damaged index is rebuilt. A shared (postgresql://) index is read as it is;
    only `write` (`kzmil index`) scans the corpus folders and updates it.
    """
    if settings.index_url is not None:
        return _open_shared(settings, force, progress, check, write)
    return _open_file(settings, force=force, progress=progress, check=check, full_walk=full_walk)


def _open_file(
    settings: Settings,
    *,
    force: bool = False,
    progress: Progress | None = None,
    check: bool = False,
    full_walk: bool = False,
) -> Index:
    """The SQLite index file, brought up to date first."""
    t0 = time.perf_counter()
    report = Report(settings.index_path)
    try:
        refuse_foreign(settings.index_path)
        index = None if force or check or full_walk else _open_by_folders(settings, report, progress)
        if index is None:
            report = Report(settings.index_path)  # what a listing that gave up noted, forgotten
            found, seen = _scan(settings, report)
            index = _open_fresh(settings, found, report, force, progress, seen, full_walk)
            if check:
                index = _checked(index, settings, found, report, progress)
    except sqlite3.Error as exc:
        raise IndexUnusable(f"cannot use the index {settings.index_path}: {exc}") from exc
    except OSError as exc:
        raise IndexUnusable(f"cannot write the index {settings.index_path}: {exc.strerror or exc}") from exc
    report.seconds = time.perf_counter() - t0
    with contextlib.suppress(OSError):
        report.size_bytes = index.path.stat().st_size
    return index


def _open_shared(
    settings: Settings, force: bool, progress: Progress | None, check: bool, write: bool
) -> IndexBackend:
    """A PostgreSQL index: readers take it as it is (it has no files of theirs to be fresh
    against); the writer scans its folders and updates it in one transaction."""
    from kzmil import postgres

    if not write:
        return postgres.open_reader(settings)
    t0 = time.perf_counter()
    report = Report(redact(settings.index_url or ""))
    found = _scan(settings, report)[0] if not check and settings.roots_problem is None else {}
    report.warnings[:0] = report.scan_warnings
    index = postgres.open_writer(settings, found, report, force, progress, check)
    report.seconds = time.perf_counter() - t0
    return index


def walk_due(walked_ns: str | None, settings: Settings) -> bool:
    """Is it time for a full walk (or was none ever recorded, or did the clock go back)?"""
    if settings.full_check_minutes <= 0 or not walked_ns:
        return True
    try:
        age = clock_ns() - int(walked_ns)
    except ValueError:
        return True
    return not 0 <= age < settings.full_check_minutes * _NS_PER_MINUTE


def _open_by_folders(settings: Settings, report: Report, progress: Progress | None) -> Index | None:
    """The index, when a stat of each recorded folder shows nothing moved, or after listing
    again only the folders that did; None when a full walk is due (or there is no index)."""
    path = settings.index_path
    if settings.full_check_minutes <= 0 or not path.exists():
        return None
    reader = connect(path)
    try:
        if not is_valid(reader):
            reader.close()
            return None
        meta = meta_values(reader, "roots", "walked_ns")
        if meta.get("roots") != roots_key(settings.roots, settings.follow) or walk_due(
            meta.get("walked_ns"), settings
        ):
            reader.close()
            return None
        recorded = recorded_folders(reader)
        names = list(recorded)
        if all(now == recorded[f].mtime_ns for f, now in zip(names, folder_mtimes(names), strict=True)):
            return Index(reader, path, report)
    except sqlite3.DatabaseError as exc:
        reader.close()
        if is_corrupt(exc):
            return None  # the full walk's path rebuilds it, with a warning
        raise
    reader.close()
    if _writable_location(settings, Report(path)).index_path != path:
        return None  # cannot be written here: the full walk's path says so, and falls back
    from kzmil.build import refresh_folders  # only when something must be written

    with _locked(path):
        conn = refresh_folders(settings, report, progress)
    if conn is None:
        return None
    report.warnings[:0] = report.scan_warnings
    report.scan_warnings = []
    return Index(conn, path, report)


def reopen_damaged(settings: Settings, progress: Progress | None = None) -> Index:
    """Rebuild an index that SQLite found malformed while reading it, and open the new one.

    Only an index kzmil made is rebuilt; any other file gives an IndexUnusable.
    """
    index = _open_file(settings, force=True, progress=progress)
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


def _is_fresh(conn: sqlite3.Connection, report: Report) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
    return row is not None and row[0] == report.signature


def _open_fresh(
    settings: Settings,
    found: FileStats,
    report: Report,
    force: bool,
    progress: Progress | None,
    seen: Walked | None = None,
    record_walk: bool = False,
) -> Index:
    path = settings.index_path
    if path.exists() and not force:
        reader = connect(path)
        try:
            if is_valid(reader) and _is_fresh(reader, report):
                report.unchanged = len(found)
                if seen is not None and (record_walk or _walk_unrecorded(reader, settings, seen)):
                    from kzmil.build import note_walk

                    note_walk(settings, seen)
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
        conn = refresh(settings, found, report, force, progress, seen)
    return Index(conn, settings.index_path, report)


def _walk_unrecorded(conn: sqlite3.Connection, settings: Settings, seen: Walked) -> bool:
    """Should this full walk, which found the index current, be recorded? When the folder
    times moved, or when the last recorded walk is due; not when every run walks anyway
    (full_check_minutes 0), where a write per run would buy nothing."""
    if recorded_folders(conn) != seen.folders:
        return True
    return settings.full_check_minutes > 0 and walk_due(
        meta_values(conn, "walked_ns").get("walked_ns"), settings
    )


def staleness(settings: Settings) -> Staleness:
    """Walk every file and compare it with the index, and read every page of the index
    (SQLite's quick_check), writing nothing: not the index, not its folder, not a lock."""
    report = Report(settings.index_path)
    found, _ = _scan(settings, report)
    path = settings.index_path
    if not path.exists():
        return Staleness(path, "missing", added=sorted(found), skipped=report.skipped)
    refuse_foreign(path)
    try:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        except ValueError:  # a name `as_uri` cannot spell: a plain connection writes nothing either
            conn = sqlite3.connect(path, timeout=30)
        try:
            return _compare(conn, path, found, report)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_corrupt(exc):
            return Staleness(path, str(exc), skipped=report.skipped)
        raise IndexUnusable(f"cannot read the index {path}: {exc}") from exc
    except sqlite3.Error as exc:
        raise IndexUnusable(f"cannot read the index {path}: {exc}") from exc


def _compare(conn: sqlite3.Connection, path: Path, found: FileStats, report: Report) -> Staleness:
    problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        return Staleness(path, problems[0], skipped=report.skipped)
    if not is_valid(conn):
        return Staleness(path, "another version", added=sorted(found), skipped=report.skipped)
    from kzmil.build import plan  # reads only

    todo = plan(conn, found)
    known_skips = {
        os.fsdecode(r[0]): tuple(r[1:])
        for r in conn.execute("SELECT path, size, mtime_ns, ino, ctime_ns FROM skipped")
    }
    added = [p for _, p in todo.todo if p not in todo.replace and known_skips.get(p) != tuple(found[p][1:])]
    gone = set(todo.removed)
    removed = (
        [os.fsdecode(p) for i, p in conn.execute("SELECT id, path FROM docs") if i in gone] if gone else []
    )
    unchanged = todo.unchanged + len(todo.todo) - len(todo.replace) - len(added)  # known skips count here
    return Staleness(
        path, "ok", sorted(added), sorted(todo.replace), sorted(removed), unchanged, report.skipped
    )
