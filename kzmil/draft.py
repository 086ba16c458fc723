"""A draft to check: read from Markdown, plain text, HTML or Word, cut into sentences.

The draft is cut with the corpus's own segmenter (`segment.sentences`), block by block, so
that a heading, a list item or a table cell never runs into the sentence after it. Each
sentence keeps its offsets and line in the file as the author saved it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from kzmil.errors import DraftError
from kzmil.markup import HEADING, ITEM, PARAGRAPH, Block, Mark
from kzmil.segment import sentences

MAX_DRAFT_BYTES = 5 * 1024 * 1024  # a draft is a document, not a corpus: 5 MB is about 800,000 words
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DOCX_SUFFIXES = frozenset({".docx"})
FORMATS = ("markdown", "text", "html", "docx")


@dataclass
class Sentence:
    """One sentence of the draft, where it stands in the file, and its plain text."""

    n: int  # 1-based, in order
    block: int  # index of its block in Draft.blocks
    start: int  # offsets in Draft.text
    end: int
    line: int  # 1-based line of `start`
    text: str  # as written: the file's own characters for Markdown and text drafts
    plain: str  # markup removed: what is checked
    lo: int  # the sentence's span in its block's plain text
    hi: int

    def marks(self, block: Block) -> list[Mark]:
        """The block's inline marks that fall in this sentence, in sentence offsets."""
        out = []
        for m in block.marks:
            s, e = max(m.start, self.lo), min(m.end, self.hi)
            if e > s:
                out.append(Mark(m.kind, s - self.lo, e - self.lo, m.url))
        return out


@dataclass
class Draft:
    name: str  # the path as given, or "-" for standard input
    format: str  # markdown | text | html | docx
    text: str  # the file's text (for .docx: its paragraphs, one a line)
    blocks: list[Block]
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def format_of(name: str, data: bytes) -> str:
    """By the file's extension; by its first bytes for stdin and unknown extensions."""
    suffix = Path(name).suffix.lower()
    for fmt, suffixes in (
        ("markdown", MARKDOWN_SUFFIXES),
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("docx", DOCX_SUFFIXES),
    ):
        if suffix in suffixes:
            return fmt
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "markdown"


def read_file(path: Path) -> bytes:
    """The draft's bytes, or a one-line DraftError saying why they cannot be had."""
    try:
        if path.is_dir():
            raise DraftError(f"cannot read the draft {path}: it is a folder")
        size = path.stat().st_size
        if size > MAX_DRAFT_BYTES:
            raise DraftError(f"cannot read the draft {path}: larger than {MAX_DRAFT_BYTES // 2**20} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise DraftError(f"draft not found: {path}") from None
    except OSError as exc:
        raise DraftError(f"cannot read the draft {path}: {exc.strerror or exc}") from None


def read_draft(name: str, data: bytes, fmt: str | None = None) -> Draft:
    """Parse a draft's bytes (named `name`, "-" for stdin) into blocks and sentences."""
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftError(f"cannot read the draft {name}: larger than {MAX_DRAFT_BYTES // 2**20} MB")
    fmt = fmt or format_of(name, data)
    warnings: list[str] = []
    if fmt == "docx":
        from kzmil.formats import docx_blocks

        text, blocks = docx_blocks(name, data)
    else:
        if b"\x00" in data[:8192]:
            raise DraftError(f"cannot read the draft {name}: a binary file, not a document")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            warnings.append(f"{name}: not valid UTF-8; undecodable bytes were replaced")
        if fmt == "html":
            from kzmil.formats import html_blocks

            blocks = html_blocks(text)
        elif fmt == "text":
            blocks = text_blocks(text)
        else:
            from kzmil.markup import blocks as markdown_blocks

            blocks = markdown_blocks(text)
    draft = Draft(name, fmt, text, blocks, warnings=warnings)
    draft.sentences = split(draft)
    if not draft.sentences:
        raise DraftError(f"the draft {name} holds no text to check")
    return draft


def split(draft: Draft) -> list[Sentence]:
    """Every sentence of every block, in order. A heading is one sentence whatever its stops."""
    starts = _line_starts(draft.text)
    out: list[Sentence] = []
    for b, block in enumerate(draft.blocks):
        if block.kind == HEADING:
            spans = [(len(block.plain) - len(block.plain.lstrip()), len(block.plain.rstrip()))]
        else:
            spans = [(s.start, s.end) for s in sentences(block.plain)]
        for lo, hi in spans:
            if hi <= lo:
                continue
            start, end = block.file_span(lo, hi)
            if draft.format == "markdown":
                start, end = _with_markup(draft.text, block, lo, hi, start, end)
            text = draft.text[start:end] if draft.format in ("markdown", "text") else block.plain[lo:hi]
            line = bisect.bisect_right(starts, start)
            out.append(Sentence(len(out) + 1, b, start, end, line, text, block.plain[lo:hi], lo, hi))
    return out


def _with_markup(text: str, block: Block, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The span as written: the markup that opens right before the sentence's first letter
    ("[" of a link, "**") and closes right after its last ("](url)", "*") is the sentence's
    own, up to the space that parts it from its neighbour."""
    floor = block.offsets[lo - 1] + 1 if lo > 0 else _line_start(text, start)
    while start > floor and not text[start - 1].isspace() and text[start - 1] in _OPENERS:
        start -= 1
    ceiling = block.offsets[hi] if hi < len(block.offsets) else _line_end(text, end)
    while end < ceiling and text[end] in _CLOSERS:
        tail = _LINK_TAIL.match(text, end)
        end = tail.end() if tail else end + 1
    return start, min(end, ceiling)


_OPENERS = frozenset("[*_`~!<")  # markup that may open a span: link, emphasis, code, strike, image, autolink
_CLOSERS = frozenset("]*_`~>")
_LINK_TAIL = re.compile(r"\]((\([^()\s]*(\s+\"[^\"]*\")?\))|\[[^\]]*\])?")  # "](url "title")", "][ref]"


def _line_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1


def _line_end(text: str, pos: int) -> int:
    ends = [k for k in (text.find("\n", pos), text.find("\r", pos)) if k >= 0]
    return min(ends) if ends else len(text)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


# ------------------------------------------------------------------ plain text drafts

_BULLET = re.compile(r"^([ \t]*)([-*+\u2022\u25cf\u25e6\u2023\u2043]|\d{1,9}[.)])[ \t]+")
_TERMINAL = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")
MAX_HEADING_CHARS = 80  # a longer line is a sentence that wraps, not a heading (as in segment)


def text_blocks(text: str) -> list[Block]:
    """A plain-text draft: paragraphs between blank lines, bulleted lines as list items (an
    indented line goes on with the item), and a short line without closing punctuation that
    stands alone or opens a paragraph as a heading (how a title is typed)."""
    out: list[Block] = []
    pos = 0
    para: list[tuple[int, str]] = []
    item: list[tuple[int, str]] = []

    def flush() -> None:
        if item:
            out.append(_plain_block(ITEM, list(item)))
            item.clear()
        if para:
            if _heading_line(para[0][1]):
                out.append(_plain_block(HEADING, para[:1], level=1 if not out else 2))
                del para[0]
            if para:
                out.append(_plain_block(PARAGRAPH, list(para)))
            para.clear()

    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        if not stripped:
            flush()
        elif m := _BULLET.match(line):
            flush()
            item.append((pos + m.end(), line[m.end() :].rstrip()))
        elif item and lead:  # an item's wrapped line
            item.append((pos + lead, stripped))
        else:
            if item:
                flush()
            para.append((pos + lead, line[lead:].rstrip()))
        pos += len(raw)
    flush()
    return [b for b in out if b.plain.strip()]


def _heading_line(line: str) -> bool:
    return bool(line.strip()) and len(line.strip()) <= MAX_HEADING_CHARS and not _TERMINAL.search(line)


def _plain_block(kind: str, pieces: list[tuple[int, str]], level: int = 0) -> Block:
    chars: list[str] = []
    offsets: list[int] = []
    for n, (start, content) in enumerate(pieces):
        if n:
            chars.append(" ")
            offsets.append(start - 1)
        chars.extend(content)
        offsets.extend(range(start, start + len(content)))
    return Block(kind, "".join(chars), offsets, level)
