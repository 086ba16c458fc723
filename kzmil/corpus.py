"""Corpus folders to articles: finding the files, decoding them, reading front matter.

Nothing here writes to a corpus folder: the user's articles are only ever read.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from kzmil.models import Source

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
_SUFFIX_TUPLE = tuple(ARTICLE_SUFFIXES)
MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are skipped with a warning
# Why a file was skipped (shown as "FILE: skipped (REASON)"; each is listed in the README).
VANISHED = "vanished while indexing"
SYMLINK_LOOP = "symlink loop"
SYMLINK_NOT_FOLLOWED = "symbolic link; --follow indexes what it points to"
SYMLINK_OUTSIDE = "symbolic link to a file outside the corpus folders"
NOT_REGULAR = "not a regular file"


def bundled_corpus() -> Path:
    """The five articles shipped with kzmil (inside the wheel, or in a source checkout)."""
    here = Path(__file__).resolve().parent
    packaged = here / "corpus"
    if packaged.is_dir():
        return packaged
    return here.parent / "corpus" / "articles"


@dataclass
class Article:
    doc: str
    path: Path
    text: str  # the whole file, decoded
    body_start: int  # offset of the text after the front matter
    source: Source
    warnings: list[str] = field(default_factory=list)
    front_matter_unread: bool = False  # it had front matter that could not be read (see metadata)
    sha1: str = ""  # of the file's bytes, to tell a touched file from a changed one
    stat: tuple[int, int, int, int] = (0, 0, 0, 0)  # size, mtime_ns, inode, ctime_ns of the bytes read


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


# path -> (corpus folder, size, mtime_ns, inode, ctime_ns), as a walk saw them. A rename or a
# swap of two files changes the inode and ctime even when sizes and mtimes stay the same.
class FileStat(NamedTuple):
    """What `stat` says of an article file, and the corpus folder it was found under."""

    root: str
    size: int
    mtime_ns: int
    inode: int
    ctime_ns: int


FileStats = dict[str, FileStat]  # path -> its stat
_new_stat = tuple.__new__


def text_of(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (held as surrogate escapes by
    os.fsdecode) become visible \\xNN, so the name can be stored, shown and typed."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# folder -> (corpus folder, mtime_ns) as a walk saw it. A folder's modification time moves
# when a file in it is added, removed or renamed (editors and `git checkout` save by renaming),
# so comparing these finds such changes with one `stat` a folder, not one a file.
class FolderStat(NamedTuple):
    """A folder's modification time when it was listed, and the corpus folder it is under."""

    root: str
    mtime_ns: int


FolderStats = dict[str, FolderStat]
UNSURE_MTIME = -1  # recorded for a folder that must be listed again on the next run (see recorded_mtime)
# A folder changed this close to the moment it was listed may change again within the same
# tick of the file system's clock (2 s on FAT, 1 s on some network file systems) without its
# time moving: it is recorded as unsure and listed again on the next run.
RACY_NS = 2_000_000_000


@dataclass
class Walked:
    """The folders a full walk listed, and when it started: recorded with what it found."""

    folders: FolderStats
    started_ns: int


def recorded_mtime(mtime_ns: int, listed_ns: int) -> int:
    """The folder time to record: UNSURE_MTIME when a change might still hide in the same tick."""
    return UNSURE_MTIME if mtime_ns > listed_ns - RACY_NS else mtime_ns


def discover(
    roots: list[Path], follow: bool = False, folders: FolderStats | None = None
) -> tuple[FileStats, list[Skipped]]:
    """Every article file below the roots with what `stat` said, and what was skipped.

    Hidden files and folders are passed over, and symbolic links are not followed, as
    ripgrep does. With `follow`, links are followed when they lead to somewhere inside
    a corpus folder (a loop is reported, not followed forever). This full walk costs one
    `stat` a file, so it runs on `kzmil index` and at most every few minutes (see
    `store`); `folders`, when given, receives every folder listed with its time.
    """
    found: FileStats = {}
    skipped: list[Skipped] = []
    inside = tuple(str(r) for r in roots)
    for root in roots:
        walk(str(root), str(root), inside, follow, found, skipped, folders)
    return found, skipped


def walk(
    start: str,
    root: str,
    inside: tuple[str, ...],
    follow: bool,
    found: FileStats,
    skipped: list[Skipped],
    folders: FolderStats | None = None,
) -> None:
    """Walk the folder `start` (under the corpus folder `root`) and everything below it."""
    seen_dirs: set[tuple[int, int]] = set()
    stack = [start]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                skipped.append(Skipped(Path(folder), SYMLINK_LOOP))
                continue
            seen_dirs.add(key)
        except OSError as exc:
            skipped.append(Skipped(Path(folder), f"cannot read folder: {exc.strerror or exc}"))
            continue
        subdirs = list_folder(folder, root, inside, follow, found, skipped)
        if folders is not None:
            mtime = st.st_mtime_ns if subdirs is not None else UNSURE_MTIME  # unreadable: try again
            folders[folder] = FolderStat(root, recorded_mtime(mtime, time.time_ns()))
        stack.extend(sorted(subdirs or (), reverse=True))


def list_folder(
    folder: str,
    root: str,
    inside: tuple[str, ...],
    follow: bool,
    found: FileStats,
    skipped: list[Skipped],
) -> list[str] | None:
    """The article files directly in `folder` (into `found`, with their stats) and what was
    skipped; returns its subfolders, or None when the folder cannot be read.

    Runs per file of the corpus on a full walk, so it keeps to strings and one `stat` a
    file: at 20,000 files the system calls are most of its cost.
    """
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError as exc:
        skipped.append(Skipped(Path(folder), f"cannot read folder: {exc.strerror or exc}"))
        return None
    subdirs = []
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            if entry.is_symlink():
                reason = _link_reason(entry.path, follow, inside)
                if reason is not None:
                    if reason != SYMLINK_NOT_FOLLOWED or _worth_reporting(entry):
                        skipped.append(Skipped(Path(entry.path), reason))
                    continue
            if name.lower().endswith(_SUFFIX_TUPLE) and entry.is_file():
                est = entry.stat()
                # tuple.__new__: a FileStat at a plain tuple's cost (this runs per file)
                found[entry.path] = _new_stat(
                    FileStat, (root, est.st_size, est.st_mtime_ns, est.st_ino, est.st_ctime_ns)
                )
            elif entry.is_dir():
                subdirs.append(entry.path)
            elif entry.is_file():
                skipped.append(Skipped(Path(entry.path), "not a .txt, .md or .html file"))
            else:
                skipped.append(Skipped(Path(entry.path), NOT_REGULAR))
        except OSError as exc:
            skipped.append(Skipped(Path(entry.path), f"cannot read: {exc.strerror or exc}"))
    return subdirs


def folder_mtimes(folders: list[str]) -> list[int | None]:
    """Each folder's modification time now, or None when it is gone or no longer a folder."""
    out: list[int | None] = []
    for folder in folders:
        try:
            st = os.stat(folder)
        except OSError:
            out.append(None)
            continue
        out.append(st.st_mtime_ns if stat.S_ISDIR(st.st_mode) else None)
    return out


def _link_reason(path: str, follow: bool, roots: tuple[str, ...]) -> str | None:
    """Why a symbolic link is not followed, or None to follow it."""
    if not follow:
        return SYMLINK_NOT_FOLLOWED
    target = os.path.realpath(path)
    if any(target == r or target.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
        return None
    return SYMLINK_OUTSIDE


def _worth_reporting(entry: os.DirEntry[str]) -> bool:
    """A link not followed is reported when it looks like an article or leads to a folder."""
    if entry.name.lower().endswith(_SUFFIX_TUPLE):
        return True
    try:
        return entry.is_dir()
    except OSError:
        return False


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text, and a warning when the bytes were not clean UTF-8."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), "not valid UTF-8; undecodable bytes were replaced"


def looks_binary(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in data[:8192]


def doc_id(root: Path, path: Path, meta: dict[str, Any]) -> str:
    """`id:` from the front matter, else the path below the corpus folder without the extension."""
    from kzmil.metadata import clean

    explicit = clean(meta.get("id"), "id")
    if explicit:
        return explicit
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return text_of(rel.with_suffix("").as_posix())


def read_article(root: Path, path: Path, follow: bool = False) -> Article | Skipped:
    """One file to an Article; a file that cannot be used comes back as Skipped."""
    from kzmil.metadata import parse_front_matter, source_from  # only while indexing

    got = read_file(path, follow)
    if isinstance(got, Skipped):
        return got
    data, st = got
    if looks_binary(data):
        return Skipped(path, "binary file")
    text, warning = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " ")
    if path.suffix.lower() in HTML_SUFFIXES:
        article = _html_article(root, path, text, warning)
    else:
        front = parse_front_matter(text)
        if not text[front.body_start :].strip():
            return Skipped(path, "empty file")
        body = text[front.body_start :]
        source, problems = source_from(front.fields, body, text_of(path.stem))
        article = Article(doc_id(root, path, front.fields), path, text, front.body_start, source)
        if warning:
            article.warnings.append(warning)
        article.warnings.extend([*front.warnings, *problems])
        article.front_matter_unread = front.unread
    if isinstance(article, Article):
        article.sha1 = file_sha1(data)
        article.stat = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)
    return article


def read_file(path: Path, follow: bool = False) -> tuple[bytes, os.stat_result] | Skipped:
    """A file's bytes and the `stat` of the very file read (not of whatever the name
    points to a moment later). Without `follow`, a symbolic link is not opened."""
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)  # a FIFO must not block
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = open_file(path, flags)
    except FileNotFoundError:
        return Skipped(path, VANISHED)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            return Skipped(path, SYMLINK_NOT_FOLLOWED)
        return Skipped(path, f"cannot read: {exc.strerror or exc}")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return Skipped(path, NOT_REGULAR)
        if st.st_size > MAX_FILE_BYTES:
            return Skipped(path, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        chunks = []
        left = MAX_FILE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > MAX_FILE_BYTES:  # it grew while being read
            return Skipped(path, f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        return data, st
    except OSError as exc:
        return Skipped(path, f"cannot read: {exc.strerror or exc}")
    finally:
        os.close(fd)


def open_file(path: Path, flags: int) -> int:
    """os.open, kept apart so that tests can make a file unreadable even for root."""
    return os.open(path, flags)


def file_sha1(data: bytes) -> str:
    import hashlib

    return hashlib.sha1(data).hexdigest()


def _html_article(root: Path, path: Path, html: str, warning: str | None) -> Article | Skipped:
    """The main text and metadata of a saved web page (trafilatura, no network).

    Offsets and line numbers of its passages refer to the extracted text.
    """
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # the extractor's own parse errors: one bad page must not stop the run
        return Skipped(path, f"cannot extract the article from the HTML ({type(exc).__name__})")
    data: dict[str, Any] = {}
    if isinstance(doc, dict):
        data = doc
    elif doc is not None:
        data = doc.as_dict()
    body = (data.get("text") or "").strip()
    if not body:
        return Skipped(path, "no article text found in the HTML")
    # one paragraph a line in trafilatura's output; kzmil's paragraphs are blank-line separated
    text = "\n\n".join(line.strip() for line in body.split("\n") if line.strip()) + "\n"
    meta = {
        "title": data.get("title"),
        "authors": _authors(data.get("author")),
        "date": data.get("date"),
        "publication": data.get("sitename"),
        "url": data.get("url"),
        "type": "webpage",
    }
    from kzmil.metadata import source_from

    source, problems = source_from(meta, text, text_of(path.stem))
    article = Article(doc_id(root, path, {}), path, text, 0, source)
    if warning:
        article.warnings.append(warning)
    article.warnings.extend(f"page metadata: {p}" for p in problems)
    return article


def _authors(raw: Any) -> list[str]:
    if not raw:
        return []
    return [a.strip() for a in str(raw).replace(" and ", ";").split(";") if a.strip()]
