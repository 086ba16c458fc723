"""The one interface every index satisfies: what `search`, `verdict`, `references` and
the commands may ask of an open index, whether it is a SQLite file (`index.Index`) or a
shared PostgreSQL database (`postgres.PgIndex`).

Both return the same candidates, rows and statistics for the same corpus, so the rerank
and the verdicts, which stay in Python, cannot tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from kzmil.index import Doc, Report, Row


class IndexBackend(Protocol):
    """An open index, read-only from the caller's point of view."""

    report: Report

    @property
    def total(self) -> int:
        """Passages in the index: the N of the IDF."""

    @property
    def location(self) -> Path | str:
        """Where the index is, fit to show (a PostgreSQL URL without its password)."""

    def close(self) -> None: ...

    def end_read(self) -> None:
        """The next read may see what a writer committed since (a no-op where reads are
        not held in one snapshot)."""

    def docs(self) -> dict[int, Doc]:
        """Every article, by id (for listings, not for the find path)."""

    def doc(self, doc_id: int) -> Doc: ...

    def doc_by_name(self, name: str) -> Doc | None: ...

    def search(self, weighted: dict[str, float], limit: int, doc_ids: set[int] | None = None) -> list[int]:
        """Candidate sentence ids, best first: each term's first POSTINGS_PER_TERM postings
        by id, summed by weight; ties by id."""

    def rows(self, ids: Iterable[int]) -> dict[int, Row]: ...

    def neighbours(self, row: Row, before: int, after: int) -> list[Row]: ...

    def paragraph(self, doc_id: int, para: int | None) -> list[Row]: ...

    def doc_freq(self, terms: Iterable[str]) -> dict[str, int]:
        """How many passages hold each term (absent terms are left out)."""

    def proper_names(self, words: Iterable[str]) -> dict[str, bool]: ...

    def lowercase_seen(self, words: Iterable[str]) -> set[str]: ...

    def names_like(self, pattern: str) -> list[str]: ...

    def terms_with_prefix(self, prefix: str, limit: int = 5000) -> list[tuple[str, int]]: ...
