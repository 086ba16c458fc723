"""The Python API: what the command line does, as functions that return data.

    import kzmil
    kzmil.find("110 officers quit")[0].citation
    kzmil.check("Most officers trained in the US have quit").verdict      # Judgement.CONTRADICTED
    with kzmil.Index(corpus=["~/articles"]) as ix:                         # for repeated queries
        for claim in claims:
            print(ix.check(claim).to_json())

Results are the objects behind `--json` (`Result`, `Verdict`, `Citation`, each with
`to_json()`), so a notebook sees exactly what a shell script sees. The CLI runs on this
module too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from kzmil.errors import IndexUnusable

if TYPE_CHECKING:
    from kzmil.backend import IndexBackend as Store
    from kzmil.config import UserConfig
    from kzmil.index import Doc, Progress
    from kzmil.models import Article, IndexRun, Result, Staleness, Verdict
    from kzmil.references import Citation

T = TypeVar("T")
PathLike = str | Path


class Index:
    """An up-to-date index of a corpus, opened once for many queries.

    `corpus` and `index` default as on the command line (KZMIL_CORPUS, KZMIL_INDEX, the
    bundled articles, the per-user cache). If SQLite finds the file malformed mid-query,
    it is rebuilt once (only when kzmil made it) and the query runs again from the start.
    A `postgresql://` index is read as it is: only `kzmil index` writes it.
    """

    def __init__(
        self,
        corpus: Iterable[PathLike] | None = None,
        index: PathLike | None = None,
        follow: bool = False,
        progress: Progress | None = None,
        user: UserConfig | None = None,
    ) -> None:
        from kzmil import config
        from kzmil.store import open_index

        roots = [Path(p) for p in corpus] if corpus is not None else None
        # the user's config file counts here as on the command line, unless one is given
        self.user = user if user is not None else config.load_config()
        self.settings = config.resolve(roots, str(index) if index is not None else None, follow, self.user)
        self._progress = progress
        self.store: Store = open_index(self.settings, progress=progress)
        self.rebuilt = False
        self.warnings: list[str] = list(self.store.report.warnings)

    def run(self, work: Callable[[Store], T]) -> T:
        """Do `work` against the store, rebuilding a damaged one once."""
        from kzmil.index import is_corrupt
        from kzmil.store import reopen_damaged

        try:
            return work(self.store)
        except sqlite3.DatabaseError as exc:
            if not is_corrupt(exc) or self.rebuilt:
                raise IndexUnusable(f"cannot read the index {self.store.location}: {exc}") from exc
        finally:
            self.store.end_read()
        self.store.close()
        self.store = reopen_damaged(self.settings, progress=self._progress)
        self.rebuilt = True
        self.warnings += self.store.report.warnings
        try:
            return work(self.store)
        except sqlite3.DatabaseError as exc:
            raise IndexUnusable(f"cannot read the index {self.store.location}: {exc}") from exc
        finally:
            self.store.end_read()

    def find(
        self,
        claim: str,
        limit: int = 3,
        min_score: float = 0.0,
        context: int = 0,
        sources: Iterable[str] = (),
    ) -> list[Result]:
        """The passages that best state `claim`, best first (`kzmil find`)."""
        from kzmil.search import FindOptions
        from kzmil.search import find as do_find

        options = FindOptions(limit=limit, min_score=min_score, context=context, sources=list(sources))
        return self.run(lambda s: do_find(s, claim, options).results)

    def check(self, claim: str) -> Verdict:
        """Supported, contradicted or not found, with the evidence and why (`kzmil check`)."""
        from kzmil.verdict import check as do_check

        return self.run(lambda s: do_check(s, claim))

    def cite(
        self,
        phrase: str | None = None,
        style: str | None = None,
        docs: Iterable[str] = (),
        fmt: str = "text",
        locator: str | None = None,
        trim: bool = False,
    ) -> list[Citation]:
        """A quotation of the best passage for `phrase` with its reference (none when nothing
        matches), or references for the articles `docs` (every article when both are empty)
        (`kzmil cite`). `style` is any style `kzmil cite --list-styles` lists."""
        from kzmil.references import CiteOptions, cite_docs, cite_phrase, resolve_style

        default = self.user.style if self.user and self.user.style else None
        options = CiteOptions(resolve_style(style or default), fmt, locator, trim)
        names = list(docs)
        if phrase:
            cited = self.run(lambda s: cite_phrase(s, phrase, options))
            return cited.citations if cited is not None else []
        return self.run(lambda s: cite_docs(s, names or None, options)).citations

    def sources(self) -> list[Doc]:
        """The indexed articles (`kzmil sources`)."""
        return self.run(lambda s: list(s.docs().values()))

    def article(self, target: str) -> Article:
        """An article by id, or one paragraph of it as `ID:PARA` (`kzmil show`)."""
        from kzmil.articles import read_article

        return self.run(lambda s: read_article(s, target))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def find(
    claim: str, corpus: Iterable[PathLike] | None = None, index: PathLike | None = None, limit: int = 3
) -> list[Result]:
    """The passages that best state `claim`, best first."""
    with Index(corpus, index) as ix:
        return ix.find(claim, limit=limit)


def check(claim: str, corpus: Iterable[PathLike] | None = None, index: PathLike | None = None) -> Verdict:
    """Supported, contradicted or not found, with the evidence and the reasons."""
    with Index(corpus, index) as ix:
        return ix.check(claim)


def cite(
    phrase: str | None = None,
    style: str | None = None,
    docs: Iterable[str] = (),
    corpus: Iterable[PathLike] | None = None,
    index: PathLike | None = None,
) -> list[Citation]:
    """A quotation with its reference, or references for articles (all of them by default)."""
    with Index(corpus, index) as ix:
        return ix.cite(phrase, style, docs)


def index_staleness(
    corpus: Iterable[PathLike] | None = None,
    index: PathLike | None = None,
    follow: bool = False,
    user: UserConfig | None = None,
) -> Staleness | None:
    """What the index file does not reflect yet, found without changing anything (`kzmil
    index --check`); None for a shared PostgreSQL index, which `update_index(check=True)`
    checks instead."""
    from kzmil import config
    from kzmil.store import staleness

    roots = [Path(p) for p in corpus] if corpus is not None else None
    user = user if user is not None else config.load_config()
    settings = config.resolve(roots, str(index) if index is not None else None, follow, user)
    return None if settings.index_url is not None else staleness(settings)


def update_index(
    corpus: Iterable[PathLike] | None = None,
    index: PathLike | None = None,
    follow: bool = False,
    rebuild: bool = False,
    check: bool = False,
    progress: Progress | None = None,
    user: UserConfig | None = None,
) -> IndexRun:
    """Build or update the index now, and say what changed (`kzmil index`). `rebuild`
    starts from scratch; `check` reads every page first (SQLite quick_check) and rebuilds
    a damaged index."""
    from kzmil import config
    from kzmil.models import IndexRun
    from kzmil.store import open_index

    roots = [Path(p) for p in corpus] if corpus is not None else None
    user = user if user is not None else config.load_config()
    settings = config.resolve(roots, str(index) if index is not None else None, follow, user)
    store = open_index(settings, force=rebuild, progress=progress, check=check, write=True, full_walk=True)
    try:
        rep = store.report
        return IndexRun(
            str(rep.path),
            rep.added,
            rep.updated,
            rep.removed,
            rep.unchanged,
            rep.skipped,
            rep.front_matter_unread,
            store.total,
            rep.seconds,
            rep.size_bytes,
            rep.rebuilt,
            rep.checked if check else None,
            list(rep.warnings),
        )
    finally:
        store.close()
