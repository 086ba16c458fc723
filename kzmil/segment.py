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
MAX_HEADING = 80
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
    """Every sentence of text[offset:], trimmed of surrounding white space."""
    if _SURROGATE.search(text):  # the segmenter cannot encode them; same length keeps offsets
        text = _SURROGATE.sub("\ufffd", text)
    out: list[Sentence] = []
    for para_no, (pstart, pend) in enumerate(paragraphs(text, offset), start=1):
        for bstart, bend in _blocks(text, pstart, pend):
            pos = bstart
            for piece in sentencex.segment("en", text[bstart:bend]):
                s, e = pos, pos + len(piece)
                pos = e
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    out.append(Sentence(para_no, s, e))
    return out
