"""Articles to paragraphs and sentences, with character offsets into the file.

Sentence boundaries come from sentencex (Wikimedia's rule-based segmenter),
which knows that "U.S.", "Mr." and "Roger N. McDermott" do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_TERMINAL = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
MAX_HEADING = 80
MAX_SEGMENT_CHARS = 20_000  # text given to the segmenter at once; a longer block is cut after a sentence end
MAX_SENTENCE_CHARS = 3_000  # a longer "sentence" (text without full stops) is cut at a space, so that
# indexing stays linear in the file's size and every search that reads a passage reads a bounded one
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Sentence:
    para: int  # 1-based paragraph number within the article
    start: int  # offsets into the whole file text
    end: int


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


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph after a heading line (a short line with no closing punctuation)."""
    blocks = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        line = text[pos:nl]
        if len(line.strip()) <= MAX_HEADING and not _TERMINAL.search(line):
            if line.strip():
                blocks.append((pos, nl))
            pos = nl + 1
        else:
            break
    blocks.append((pos, end))
    return blocks


def sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Every sentence of text[offset:], trimmed of surrounding white space, none longer
    than MAX_SENTENCE_CHARS."""
    if _SURROGATE.search(text):  # the segmenter cannot encode them; same length keeps offsets
        text = _SURROGATE.sub("\ufffd", text)
    out: list[Sentence] = []
    for para_no, (pstart, pend) in enumerate(paragraphs(text, offset), start=1):
        for bstart, bend in _blocks(text, pstart, pend):
            for cstart, cend in _pieces(text, bstart, bend, MAX_SEGMENT_CHARS, _SENTENCE_END):
                pos = cstart
                for piece in sentencex.segment("en", text[cstart:cend]):
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
