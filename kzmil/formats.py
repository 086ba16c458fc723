"""Drafts saved as web pages or Word documents, read into the same blocks as Markdown.

HTML is read with the standard library's parser, tag by tag, so that every character of
the text keeps its offset in the file (entities included). Word files are read with
python-docx, imported only when a .docx draft is given.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

from kzmil.errors import DraftError
from kzmil.markup import CELL, HEADING, ITEM, PARAGRAPH, QUOTE, Block, Mark

# Elements whose text is one block of the draft, and the kind of block each makes.
_BLOCK_TAGS = {
    **{f"h{n}": HEADING for n in range(1, 7)},
    "p": PARAGRAPH,
    "li": ITEM,
    "dt": PARAGRAPH,
    "dd": PARAGRAPH,
    "td": CELL,
    "th": CELL,
    "caption": PARAGRAPH,
    "figcaption": PARAGRAPH,
    "blockquote": QUOTE,
}
# Elements that only hold other blocks: their start and end close the block before.
_CONTAINERS = frozenset(
    "div section article main header footer aside ul ol dl table thead tbody tfoot tr figure body html "
    "address nav form fieldset details summary hr br".split()
)
# Elements whose content is not prose (or not shown): skipped whole.
_SKIPPED = frozenset(
    "script style head title template noscript svg math pre code iframe object select".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_INLINE_MARKS = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "a": "link", "cite": "em"}
_SPACE = re.compile(r"\s")


class _Reader(HTMLParser):
    """Collects each block's characters with their offsets in the file."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        self.blocks: list[Block] = []
        self.kind = PARAGRAPH  # the kind of the block being read
        self.level = 0
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.marks: list[Mark] = []
        self.open_marks: list[tuple[str, str, int, str]] = []  # (tag, kind, start, url)
        self.stack: list[str] = []  # block tags open
        self.skip = 0  # depth inside skipped elements
        self.lists = 0  # depth of ul/ol

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def flush(self) -> None:
        if "".join(self.chars).strip():
            kind = self.kind
            if "blockquote" in self.stack and kind == PARAGRAPH:
                kind = QUOTE
            plain, offsets, marks = _collapse(self.chars, self.offsets, self.marks)
            self.blocks.append(Block(kind, plain, offsets, self.level, marks=marks))
        self.chars, self.offsets, self.marks = [], [], []
        self.open_marks = [(t, k, 0, u) for t, k, _, u in self.open_marks]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            if tag not in _VOID:
                self.skip += 1
            return
        if self.skip:
            return
        if self._block_edge(tag, +1):
            if tag in _BLOCK_TAGS:
                self.kind = _BLOCK_TAGS[tag]
                self.level = int(tag[1]) if self.kind == HEADING else max(self.lists - 1, 0)
                if tag not in _VOID:
                    self.stack.append(tag)
            return
        if tag in _INLINE_MARKS:
            url = (dict(attrs).get("href") or "") if tag == "a" else ""
            self.open_marks.append((tag, _INLINE_MARKS[tag], len(self.chars), url))
        elif tag == "img":
            alt = dict(attrs).get("alt") or ""
            self.add(alt, self._at())

    def _block_edge(self, tag: str, depth: int) -> bool:
        """Whether `tag` opens or closes a block or a container; if so, the block being read
        ends here, and a list tag moves the list depth by `depth` (+1 opening, -1 closing)."""
        if tag not in _BLOCK_TAGS and tag not in _CONTAINERS:
            return False
        self.flush()
        if tag in ("ul", "ol"):
            self.lists = max(self.lists + depth, 0)
        return True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip:
            self.add(" ", self._at())
        elif tag in _BLOCK_TAGS or tag in _CONTAINERS:
            self.flush()
        elif tag == "img" and not self.skip:
            self.add(dict(attrs).get("alt") or "", self._at())

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(self.skip - 1, 0)
            return
        if self.skip:
            return
        if self._block_edge(tag, -1):
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            self.kind = _BLOCK_TAGS.get(self.stack[-1], PARAGRAPH) if self.stack else PARAGRAPH
            return
        for n in range(len(self.open_marks) - 1, -1, -1):
            t, kind, start, url = self.open_marks[n]
            if t == tag:
                self.marks.append(Mark(kind, start, len(self.chars), url))
                del self.open_marks[n]
                break

    def add(self, said: str, offset: int) -> None:
        for ch in said:
            self.chars.append(ch)
            self.offsets.append(offset)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        start = self._at()
        self.chars.extend(data)
        self.offsets.extend(range(start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        if not self.skip:
            import html

            self.add(html.unescape(f"&{name};"), self._at())

    def handle_charref(self, name: str) -> None:
        if not self.skip:
            import html

            self.add(html.unescape(f"&#{name};"), self._at())


def _collapse(chars: list[str], offsets: list[int], marks: list[Mark]) -> tuple[str, list[int], list[Mark]]:
    """White space as a browser shows it: runs made one space, the ends trimmed."""
    keep: list[int] = []  # old index of each kept character
    for i, ch in enumerate(chars):
        if _SPACE.match(ch) and (not keep or _SPACE.match(chars[keep[-1]])):
            continue
        keep.append(i)
    while keep and _SPACE.match(chars[keep[-1]]):
        keep.pop()
    where = {}
    for new, old in enumerate(keep):
        where[old] = new
    plain = "".join(" " if _SPACE.match(chars[i]) else chars[i] for i in keep)

    def to_new(old: int) -> int:
        while old < len(chars) and old not in where:
            old += 1
        return where.get(old, len(plain))

    new_marks = [Mark(m.kind, to_new(m.start), to_new(m.end), m.url) for m in marks]
    return plain, [offsets[i] for i in keep], [m for m in new_marks if m.end > m.start]


def html_blocks(text: str) -> list[Block]:
    """The blocks of an HTML draft: headings, paragraphs, list items, quotes and cells."""
    reader = _Reader(text)
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError) as exc:  # the parser's own complaints about broken markup
        raise DraftError(f"cannot read the HTML draft: {exc}") from None
    reader.flush()
    return reader.blocks


# ------------------------------------------------------------------ Word


def docx_blocks(name: str, data: bytes) -> tuple[str, list[Block]]:
    """A .docx draft's paragraphs and table cells, one a line of the returned text, with
    headings, list paragraphs and quotes told apart by their Word styles."""
    try:
        import docx
    except ImportError:  # pragma: no cover - a broken install
        raise DraftError("reading a .docx draft needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zip, XML and KeyError failures alike
        reason = str(exc) or type(exc).__name__
        raise DraftError(f"cannot read the draft {name}: not a Word document ({reason})") from None
    lines: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for kind, level, runs in _docx_paragraphs(document):
        text = "".join(t for t, _ in runs)
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        if body:
            marks: list[Mark] = []
            at = 0
            for t, mark in runs:
                s, e = max(at - lead, 0), min(at + len(t) - lead, len(body))
                if mark and e > s:
                    marks.append(Mark(mark, s, e))
                at += len(t)
            blocks.append(
                Block(kind, body, list(range(pos + lead, pos + lead + len(body))), level, marks=marks)
            )
        lines.append(text)
        pos += len(text) + 1
    return "\n".join(lines), blocks


def _docx_paragraphs(document: Any) -> list[tuple[str, int, list[tuple[str, str]]]]:
    """(kind, level, [(run text, mark)]) for each paragraph in body order, tables included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[tuple[str, int, list[tuple[str, str]]]] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(_docx_paragraph(Paragraph(child, document)))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        _, level, runs = _docx_paragraph(p)
                        out.append((CELL, level, runs))
    return out


def _docx_paragraph(p: Any) -> tuple[str, int, list[tuple[str, str]]]:
    style = (p.style.name if p.style is not None else "") or ""
    runs = [(r.text, "strong" if r.bold else "em" if r.italic else "") for r in p.runs]
    if not runs and p.text:
        runs = [(p.text, "")]
    lowered = style.lower()
    if lowered == "title" or lowered.startswith("heading"):
        digits = re.sub(r"\D", "", style)
        return HEADING, int(digits) if digits else 1, runs
    numbered = p._p.pPr is not None and p._p.pPr.numPr is not None
    if lowered.startswith("list") or numbered:
        digits = re.sub(r"\D", "", style)
        return ITEM, max(int(digits) - 1, 0) if digits else 0, runs
    if "quote" in lowered:
        return QUOTE, 0, runs
    return PARAGRAPH, 0, runs
