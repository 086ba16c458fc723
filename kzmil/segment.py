"""Articles to paragraphs and sentences, with character offsets into the file.

Sentence boundaries come from sentencex (Wikimedia's rule-based segmenter),
which knows that "U.S.", "Mr." and "Roger N. McDermott" do not end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sentencex

_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_TERMINAL = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
MAX_HEADING = 80  # characters: longer lines are text, however they end
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S")
MAX_SEGMENT_CHARS = 20_000  # text given to the segmenter at once; a longer block is cut after a sentence end
MAX_SENTENCE_CHARS = 3_000  # a longer "sentence" (text without full stops) is cut at a space, so that
# indexing stays linear in the file's size and every search that reads a passage reads a bounded one
_SURROGATE = re.compile("[\ud800-\udfff]")
# A month whose full name is a single short word is no abbreviation, but the segmenter's list
# has "May." (as "Jan." or "Gen."), and before a capital it keeps "They met in May. Paris
# agreed." as one sentence. A full stop after the whole word "May" ends the sentence.
_MAY_END = re.compile(r"\bMay\.[\"'”’)\]]*\s+(?=[A-Z\"“‘(])")


@dataclass(frozen=True, slots=True)
class Sentence:
    para: int  # 1-based paragraph number within the article (a heading: the one it heads)
    start: int  # offsets into the whole file text
    end: int
    heading: bool = False  # a title or section heading: a block of its own, never a numbered paragraph


def paragraphs(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Blank-line separated blocks of text[offset:], as (start, end) spans of the file."""
    spans: list[tuple[int, int]] = []
    pos = offset
    for m in _PARA_BREAK.finditer(text, offset):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def is_heading(line: str) -> bool:
    """A title or section heading: a Markdown `#` line, or a short line that does not end
    as a sentence does (no full stop, colon or closing quote) and holds a letter."""
    stripped = line.strip()
    if _MARKDOWN_HEADING.match(stripped):
        return True
    return (
        0 < len(stripped) <= MAX_HEADING
        and not _TERMINAL.search(stripped)
        and any(ch.isalpha() for ch in stripped)
    )


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A paragraph's heading lines (short lines with no closing punctuation, at its start),
    each a block of its own, then its text."""
    blocks = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        line = text[pos:nl]
        if len(line.strip()) <= MAX_HEADING and not _TERMINAL.search(line):
            if any(ch.isalnum() for ch in line):  # a `---` or `* * *` rule is no heading, and no text
                blocks.append((pos, nl, True))
            pos = nl + 1
        else:
            break
    blocks.append((pos, end, False))
    return blocks


def _numbered_blocks(text: str, offset: int, title: str | None) -> list[tuple[int, int, int, bool]]:
    """(start, end, paragraph number, heading) for every block of text[offset:].

    Headings are never numbered: a paragraph that is only a heading (the title of a
    `.txt` file, a page's `h1`, a `## Section` line) takes no number, and its rows carry
    the number of the paragraph it heads. So paragraph N is the same paragraph whether
    the article came as Markdown with front matter, plain text or a web page.
    """
    paras = paragraphs(text, offset)
    raw: list[list[tuple[int, int, bool]]] = []
    paras = [(s, e) for s, e in paras if any(ch.isalnum() for ch in text[s:e])]  # rules carry no text
    for n, (pstart, pend) in enumerate(paras):
        blocks = _blocks(text, pstart, pend)
        last_text = blocks[-1]
        line = text[last_text[0] : last_text[1]]
        alone = len(blocks) == 1 and "\n" not in line.strip()
        is_title = n == 0 and title is not None and _same_text(line, title)
        # a lone short line heads what follows; the title is a heading even with nothing after it
        if alone and (is_title or (n + 1 < len(paras) and is_heading(line))):
            blocks = [(last_text[0], last_text[1], True)]
        raw.append(blocks)
    out: list[tuple[int, int, int, bool]] = []
    number = 0
    pending: list[tuple[int, int]] = []  # headings waiting for the paragraph they head
    for blocks in raw:
        if all(h for _, _, h in blocks):
            pending.extend((s, e) for s, e, _ in blocks)
            continue
        number += 1
        out.extend((s, e, number, True) for s, e in pending)
        pending = []
        out.extend((s, e, number, h) for s, e, h in blocks)
    out.extend((s, e, number + 1, True) for s, e in pending)
    return out


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().lstrip("# ") == " ".join(b.split()).casefold()


def sentences(text: str, offset: int = 0, title: str | None = None) -> list[Sentence]:
    """Every sentence of text[offset:], trimmed of surrounding white space, none longer
    than MAX_SENTENCE_CHARS. A first paragraph that is the article's `title` is a heading."""
    if _SURROGATE.search(text):  # the segmenter cannot encode them; same length keeps offsets
        text = _SURROGATE.sub("\ufffd", text)
    out: list[Sentence] = []
    for bstart, bend, para_no, heading in _numbered_blocks(text, offset, title):
        if heading:
            out.append(Sentence(para_no, bstart, bend, heading=True))  # one block, never split
            continue
        for cstart, cend in _pieces(text, bstart, bend, MAX_SEGMENT_CHARS, _SENTENCE_END):
            pos = cstart
            for piece in _split_may(sentencex.segment("en", text[cstart:cend])):
                s, e = pos, pos + len(piece)
                pos = e
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                for ps, pe in _pieces(text, s, e, MAX_SENTENCE_CHARS, None):
                    out.append(Sentence(para_no, ps, pe))
    return out


_SPACE = re.compile(r"\s+")


def _split_may(pieces: Iterable[str]) -> Iterator[str]:
    """The segmenter's pieces, each cut again after a sentence-final "May." (see _MAY_END)."""
    for piece in pieces:
        pos = 0
        for m in _MAY_END.finditer(piece):
            yield piece[pos : m.end()]
            pos = m.end()
        yield piece[pos:]


def _pieces(
    text: str, start: int, end: int, limit: int, boundary: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    """text[start:end] in spans of at most `limit` characters, trimmed, each cut after the
    last `boundary` match in its second half, else at the last space, else anywhere."""
    out: list[tuple[int, int]] = []
    while end - start > limit:
        cut = -1
        lo, hi = start + limit // 2, start + limit
        for pattern in (boundary, _SPACE):
            if pattern is None:
                continue
            for m in pattern.finditer(text, lo, hi):
                cut = m.end()
            if cut > lo:
                break
        if cut <= lo:
            cut = hi
        e = cut
        while e > start and text[e - 1].isspace():
            e -= 1
        if e > start:
            out.append((start, e))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out
