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
from kzmil.corpus import SYMLINK_LOOP, SYMLINK_NOT_FOLLOWED, SYMLINK_OUTSIDE, FileStats, discover
from kzmil.errors import IndexUnusable
from kzmil.index import Index, Progress, Report, connect, is_corrupt, is_valid, refuse_foreign, signature

LOCK_WAIT_SECONDS = 600  # how long a command waits for another kzmil's update before giving up

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
    report.signature = signature(found)
    return found


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
) -> IndexBackend:
    """The index for `settings`, brought up to date first. Raises IndexUnusable when that is impossible.

    With `check`, SQLite's quick_check reads every page, and a damaged index is rebuilt.
    A shared (postgresql://) index is read as it is; only `write` (`kzmil index`) scans
    the corpus folders and updates it.
    """
    if settings.index_url is not None:
        return _open_shared(settings, force, progress, check, write)
    return _open_file(settings, force=force, progress=progress, check=check)


def _open_file(
    settings: Settings, *, force: bool = False, progress: Progress | None = None, check: bool = False
) -> Index:
    """The SQLite index file, brought up to date first."""
    t0 = time.perf_counter()
    report = Report(settings.index_path)
    found = _scan(settings, report)
    try:
        refuse_foreign(settings.index_path)
        index = _open_fresh(settings, found, report, force, progress)
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
    found = _scan(settings, report) if not check and settings.roots_problem is None else {}
    report.warnings[:0] = report.scan_warnings
    index = postgres.open_writer(settings, found, report, force, progress, check)
    report.seconds = time.perf_counter() - t0
    return index


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
) -> Index:
    path = settings.index_path
    if path.exists() and not force:
        reader = connect(path)
        try:
            if is_valid(reader) and _is_fresh(reader, report):
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
