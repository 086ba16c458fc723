"""Where the corpus and the index live, and the user's defaults: options, then environment,
then the config file, then built-in defaults.

The config file is read only when it exists (one `stat` otherwise), so that `kzmil find`
starts as fast with no file as before there was one.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzmil.corpus import bundled_corpus
from kzmil.errors import UsageError

# Results per claim that `find` returns at most: past this, a list is no longer read but
# scanned, and the reranker would read most of a large corpus for one claim.
MAX_LIMIT = 100
CONFIG_NAME = "config.toml"
# How often, at most, a command walks every file of the corpus to find an article edited in
# place (same name, new content: its folder's time does not move). Five minutes: the walk
# costs about 1 s at 200,000 files, so it stays under 1% of the time of someone searching
# without pause, and an edit is seen within a coffee break (`kzmil index` sees it at once).
DEFAULT_FULL_CHECK_MINUTES = 5.0
MAX_FULL_CHECK_MINUTES = 7 * 24 * 60  # a week: an edit unseen for longer would surprise anyone
# What the config file may hold, and what each key's value must be.
CONFIG_KEYS = {
    "corpus": "a folder or a list of folders",
    "style": "a citation style name (see `kzmil cite --list-styles`)",
    "limit": f"a whole number from 1 to {MAX_LIMIT}",
    "full_check_minutes": f"a number of minutes from 0 (every run) to {MAX_FULL_CHECK_MINUTES}",
}
# Index locations other than a file path, by URL scheme, with what they are: a value that
# looks like a URL of any other scheme is refused rather than taken for a file name.
INDEX_SCHEMES: dict[str, str] = {
    "postgresql": "a shared index in PostgreSQL; needs kzmil[postgres]",
    "postgres": "the same",
}
_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*)://")


@dataclass(frozen=True)
class Settings:
    roots: tuple[Path, ...]
    index_path: Path
    follow: bool = False  # follow symbolic links that stay inside the corpus folders
    index_given: bool = False  # named by --index or KZMIL_INDEX: only its own folder may be made
    index_url: str | None = None  # a postgresql:// index (then index_path is not used)
    roots_problem: str | None = None  # why the corpus folders are unusable: only `kzmil index` cares
    corpus_given: bool = False  # --corpus was given (a reader of a shared index does not read it)
    # at most this long between walks of every file (0: every run walks; see store)
    full_check_minutes: float = DEFAULT_FULL_CHECK_MINUTES


@dataclass(frozen=True)
class UserConfig:
    """The config file's values (None: not set), and the line each was set on."""

    path: Path
    corpus: tuple[Path, ...] = ()
    style: str | None = None
    limit: int | None = None
    full_check_minutes: float | None = None
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, key: str) -> str:
        """ "PATH: line N", for a message about the value of `key`."""
        return f"{self.path}: line {self.lines.get(key, 1)}"


def config_path() -> Path:
    """KZMIL_CONFIG, else config.toml in the per-user config folder.

    On Linux and the BSDs the folder is worked out here exactly as platformdirs does
    ($XDG_CONFIG_HOME, else ~/.config), which saves `find` importing platformdirs
    (about 4 ms) just to learn that there is no file; elsewhere platformdirs says.
    """
    given = os.environ.get("KZMIL_CONFIG", "").strip()
    if given:
        return Path(given).expanduser()
    if sys.platform != "darwin" and os.name == "posix":
        base = os.environ.get("XDG_CONFIG_HOME", "")
        if not base.strip():
            base = os.path.expanduser("~/.config")
        return Path(base) / "kzmil" / CONFIG_NAME
    from platformdirs import user_config_dir

    return Path(user_config_dir("kzmil", appauthor=False)) / CONFIG_NAME


def load_config(path: Path | None = None) -> UserConfig | None:
    """The config file, checked key by key; None when there is none. A bad file is a
    UsageError naming the file and the line."""
    path = path or config_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder, not a config file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the config file: {exc.strerror or exc}") from None
    import tomllib

    try:
        text = data.decode("utf-8")
        values = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UsageError(f"{path}: line {line}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: {_toml_problem(str(exc))}") from None
    lines = {key: _line_of(text, key) for key in values}
    for key in values:
        if key not in CONFIG_KEYS:
            known = ", ".join(CONFIG_KEYS)
            raise UsageError(f"{path}: line {lines[key]}: unknown key '{key}' (known keys: {known})")
    corpus = _corpus(values.get("corpus"), path, lines.get("corpus", 1))
    style = values.get("style")
    if style is not None and (not isinstance(style, str) or not style.strip()):
        raise UsageError(f"{path}: line {lines['style']}: 'style' must be {CONFIG_KEYS['style']}")
    limit = values.get("limit")
    if limit is not None and (
        isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT
    ):
        raise UsageError(f"{path}: line {lines['limit']}: 'limit' must be {CONFIG_KEYS['limit']}")
    minutes = values.get("full_check_minutes")
    if minutes is not None and not _minutes_ok(minutes):
        raise UsageError(
            f"{path}: line {lines['full_check_minutes']}: 'full_check_minutes' must be "
            f"{CONFIG_KEYS['full_check_minutes']}"
        )
    return UserConfig(
        path,
        corpus,
        style.strip() if style else None,
        limit,
        float(minutes) if minutes is not None else None,
        lines,
    )


def _minutes_ok(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and 0 <= value <= MAX_FULL_CHECK_MINUTES
    )


def full_check_minutes(user: UserConfig | None = None) -> float:
    """KZMIL_FULL_CHECK_MINUTES, then the config file's `full_check_minutes`, then the default."""
    raw = os.environ.get("KZMIL_FULL_CHECK_MINUTES", "").strip()
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if not _minutes_ok(value):
            raise UsageError(f"KZMIL_FULL_CHECK_MINUTES={raw!r} must be {CONFIG_KEYS['full_check_minutes']}")
        return value
    if user is not None and user.full_check_minutes is not None:
        return user.full_check_minutes
    return DEFAULT_FULL_CHECK_MINUTES


def _toml_problem(message: str) -> str:
    """tomllib's "Expected ... (at line 3, column 7)" as "line 3: not valid TOML (...)"."""
    m = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if m:
        return f"line {m.group(1)}: not valid TOML ({message[: m.start()]}, column {m.group(2)})"
    m = re.search(r"\s*\(at end of document\)$", message)
    if m:
        return f"line {message.count(chr(10)) + 1}: not valid TOML ({message[: m.start()]}, at the end)"
    return f"not valid TOML ({message})"


def _line_of(text: str, key: str) -> int:
    """The line that sets top-level `key` (bare or quoted), for messages; 1 if not seen."""
    k = re.escape(key)
    pattern = re.compile(rf"""^[ \t]*(?:{k}|"{k}"|'{k}')[ \t]*=""", re.M)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _corpus(value: Any, path: Path, line: int) -> tuple[Path, ...]:
    """Folders from the config file; relative ones are relative to the file's folder."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
        raise UsageError(f"{path}: line {line}: 'corpus' must be {CONFIG_KEYS['corpus']}")
    return tuple(path.parent / Path(i).expanduser() for i in items)


def corpus_roots(options: list[Path] | None, user: UserConfig | None = None) -> tuple[Path, ...]:
    """--corpus wins, then KZMIL_CORPUS (os.pathsep-separated), then the config file, then
    the bundled corpus."""
    origin = ""
    if options:
        raw = list(options)
    elif os.environ.get("KZMIL_CORPUS", "").strip():
        raw = [Path(p) for p in os.environ["KZMIL_CORPUS"].split(os.pathsep) if p.strip()]
    elif user is not None and user.corpus:
        raw, origin = list(user.corpus), f" (set in {user.where('corpus')})"
    else:
        raw = [bundled_corpus()]
    roots: list[Path] = []
    for path in raw:
        path = path.expanduser()
        if not path.is_dir():
            raise UsageError(f"corpus folder not found: {path}{origin}")
        resolved = path.resolve()
        if resolved not in roots:
            roots.append(resolved)
    return tuple(roots)


def default_index_path(roots: tuple[Path, ...], follow: bool = False) -> Path:
    """One index per set of corpus folders (and per --follow), in the per-user cache folder."""
    import zlib

    from platformdirs import user_cache_dir

    names = chr(0).join(str(r) for r in roots) + (chr(0) + "--follow" if follow else "")
    key = f"{zlib.crc32(names.encode('utf-8', 'surrogateescape')):08x}"
    return Path(user_cache_dir("kzmil", appauthor=False)) / f"index-{key}.sqlite"


def follow_links(option: bool = False) -> bool:
    """--follow, or KZMIL_FOLLOW=1 (the way to make it stick)."""
    return option or os.environ.get("KZMIL_FOLLOW", "").strip().lower() in ("1", "true", "yes")


def index_location(raw: str, origin: str = "--index") -> Path:
    """The index file a user named. A value that looks like a URL (`scheme://...`) is
    refused unless kzmil supports that scheme: taken as a file name, it would make a
    folder called `postgresql:` and build an index inside it."""
    m = _URL.match(raw.strip())
    if m and m.group(1).lower() not in INDEX_SCHEMES:
        supported = "; ".join(["a file path", *(f"{s}:// ({what})" for s, what in INDEX_SCHEMES.items())])
        raise UsageError(
            f"{origin} {raw!r} is a {m.group(1)}:// URL, which kzmil cannot use as an index "
            f"(supported: {supported})"
        )
    if not raw.strip():
        raise UsageError(f"{origin} is empty; give a file name")
    return Path(raw).expanduser()


def is_index_url(raw: str) -> bool:
    """Is this --index value a database URL (postgresql://...) rather than a file name?"""
    m = _URL.match(raw.strip())
    return m is not None and m.group(1).lower() in INDEX_SCHEMES


def redact(url: str) -> str:
    """A database URL fit to show: its password (in the user part or a `password=`
    parameter) replaced by ***. Messages, warnings and --json only ever show this."""
    url = re.sub(r"^([A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@]*):[^@/?#]*@", r"\1:***@", url.strip())
    return re.sub(r"([?&]password=)[^&#]*", r"\1***", url, flags=re.I)


def resolve(
    corpus: list[Path] | None = None,
    index: str | Path | None = None,
    follow: bool = False,
    user: UserConfig | None = None,
) -> Settings:
    follow = follow_links(follow)
    given = str(index) if index is not None else os.environ.get("KZMIL_INDEX", "")
    if given.strip() and is_index_url(given):
        # A shared index is read as it is, so a reader needs no corpus folders: a problem
        # with them matters only to `kzmil index`, which reads them.
        try:
            roots, problem = corpus_roots(corpus, user), None
        except UsageError as exc:
            roots, problem = (), str(exc)
        return Settings(roots, Path(os.devnull), follow, True, given.strip(), problem, bool(corpus))
    roots = corpus_roots(corpus, user)
    path: Path | None = None
    if index is not None:
        path = index_location(str(index), "--index")
    elif os.environ.get("KZMIL_INDEX", "").strip():
        path = index_location(os.environ["KZMIL_INDEX"], "KZMIL_INDEX")
    minutes = full_check_minutes(user)
    if path is None:
        return Settings(roots, default_index_path(roots, follow), follow, full_check_minutes=minutes)
    return Settings(roots, path, follow, index_given=True, full_check_minutes=minutes)
