"""A file read, segmented and normalised into the rows the index stores.

Pure and self-contained, so that it runs in a worker process (`workers`) as well as
in-process; `build` writes what it returns.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from kzmil.corpus import Skipped, read_article, text_of
from kzmil.models import Source
from kzmil.normalize import Token, index_text, tokenize


@dataclass
class Prepared:
    """A file read and cut into sentences, ready to be written (made in a worker process)."""

    root: str
    path: str
    stat: tuple[int, int, int, int]  # size, mtime_ns, inode, ctime_ns of the bytes read
    sha1: str
    doc: str
    source: Source
    paras: int
    # para, sent, start, end, line, text, terms, heading
    rows: list[tuple[int, int, int, int, int, str, str, int]]
    warnings: list[str]
    casing: dict[str, list[int]]  # word -> [capitalised, lower-case] counts away from a sentence start
    front_matter_unread: bool = False


def prepare(root: str, path: str, follow: bool = False) -> Prepared | Skipped:
    """Read, segment and normalise one file. Pure: safe to run in a worker process."""
    from kzmil.segment import sentences

    p = Path(path)
    article = read_article(Path(root), p, follow)
    if isinstance(article, Skipped):
        return article
    text = article.text
    line_starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        line_starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    rows = []
    paras = 0
    casing: dict[str, list[int]] = {}
    for n, s in enumerate(sentences(text, article.body_start, article.source.title)):
        sentence = text[s.start : s.end]
        tokens = tokenize(sentence)
        rows.append(
            (
                s.para,
                n,
                s.start,
                s.end,
                bisect.bisect_right(line_starts, s.start),
                sentence,
                index_text(tokens),
                int(s.heading),
            )
        )
        count_casing(sentence, tokens, casing)
        if not s.heading:
            paras = max(paras, s.para)
    return Prepared(
        root,
        path,
        article.stat,
        article.sha1,
        article.doc,
        article.source,
        paras,
        rows,
        [f"{text_of(path)}: {w}" for w in article.warnings],
        casing,
        article.front_matter_unread,
    )


_OPENERS = frozenset(" \"'“‘([")  # may stand between a sentence's start and its first word


def count_casing(sentence: str, tokens: list[Token], casing: dict[str, list[int]]) -> None:
    """How often each word is capitalised where grammar does not ask for it: a proper-name test.

    Looks back from each word over quotes and brackets only, so a sentence costs time in
    proportion to its length (slicing up to every word made it quadratic).
    """
    for t in tokens:
        if t.kind != "word" or t.synthetic or t.start == 0 or t.stop:
            continue
        i = t.start
        while i > 0 and sentence[i - 1] in _OPENERS:
            i -= 1
        if i == 0 or sentence[i - 1] in ".!?:;\n":
            continue
        counts = casing.get(t.norm)
        if counts is None:  # not setdefault: that builds a list for every word, new or not
            counts = casing[t.norm] = [0, 0]
        counts[0 if t.cap else 1] += 1


def prepare_safely(root: str, path: str, follow: bool = False) -> Prepared | Skipped:
    """prepare(), with any failure on one file turned into a skip: one odd file must not
    stop the indexing of ten thousand others."""
    try:
        return prepare(root, path, follow)
    except Exception as exc:  # a bug or an unforeseen input; reported as a warning
        return Skipped(Path(path), f"could not be indexed ({type(exc).__name__}: {exc})")
