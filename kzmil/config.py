"""Where the corpus and the index live: options, then environment, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kzmil.corpus import bundled_corpus
from kzmil.errors import UsageError


@dataclass(frozen=True)
class Settings:
    roots: tuple[Path, ...]
    index_path: Path
    follow: bool = False  # follow symbolic links that stay inside the corpus folders


def corpus_roots(options: list[Path] | None) -> tuple[Path, ...]:
    """--corpus wins, then KZMIL_CORPUS (os.pathsep-separated), then the bundled corpus."""
    if options:
        raw = list(options)
    elif os.environ.get("KZMIL_CORPUS", "").strip():
        raw = [Path(p) for p in os.environ["KZMIL_CORPUS"].split(os.pathsep) if p.strip()]
    else:
        raw = [bundled_corpus()]
    roots: list[Path] = []
    for path in raw:
        path = path.expanduser()
        if not path.is_dir():
            raise UsageError(f"corpus folder not found: {path}")
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


def resolve(corpus: list[Path] | None = None, index: Path | None = None, follow: bool = False) -> Settings:
    roots = corpus_roots(corpus)
    follow = follow_links(follow)
    if index is None and os.environ.get("KZMIL_INDEX", "").strip():
        index = Path(os.environ["KZMIL_INDEX"])
    return Settings(roots, (index.expanduser() if index else default_index_path(roots, follow)), follow)
