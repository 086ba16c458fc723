"""An article read back from the index, as `kzmil show` prints it.

The index keeps sentences; a reader wants paragraphs. Here the sentences of an article
(or of one paragraph) are joined into numbered paragraphs, each heading kept apart above
the paragraph it heads, with the short citation of what is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzmil.errors import NotFoundError, UsageError
from kzmil.models import Article, Paragraph
from kzmil.shortcite import short_citation

if TYPE_CHECKING:
    from kzmil.backend import IndexBackend as Index
    from kzmil.index import Doc, Row


def read_article(idx: Index, target: str) -> Article:
    """The article named by `ID`, or its one paragraph named by `ID:PARA`.

    An id that itself holds a colon is taken whole first, so `a:b` names article `a:b`
    when there is one, else paragraph `b` of article `a`.
    """
    doc, para = _lookup(idx, target)
    rows = idx.paragraph(doc.id, para)
    if not rows:
        raise NotFoundError(f"{doc.doc} has no paragraph {para} (it has {doc.paras})")
    return Article(
        doc.doc, doc.path, rows[0].line, short_citation(doc.source, para), doc.source, paragraphs(rows)
    )


def _lookup(idx: Index, target: str) -> tuple[Doc, int | None]:
    name, para = target, None
    if idx.doc_by_name(target) is None and ":" in target:
        name, _, tail = target.rpartition(":")
        if not tail.isdigit():
            raise UsageError(f"the paragraph in {target!r} must be a number")
        para = int(tail)
    doc = idx.doc_by_name(name)
    if doc is None:
        raise NotFoundError(f"no article with id {name!r} (see `kzmil sources`)")
    return doc, para


def paragraphs(rows: list[Row]) -> list[Paragraph]:
    """Sentences (in order) joined into paragraphs; a paragraph number that holds only
    headings gives a paragraph with empty text."""
    headings: dict[int, list[str]] = {}
    texts: dict[int, list[str]] = {}
    for r in rows:
        (headings if r.heading else texts).setdefault(r.para, []).append(r.text)
    return [
        Paragraph(n, " ".join(texts.get(n, [])), headings.get(n, []))
        for n in sorted(headings.keys() | texts.keys())
    ]
