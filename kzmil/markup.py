"""Markdown drafts to blocks of plain text that still know where each character came from.

A draft's structure (headings, lists, block quotes, tables) and its inline markup
(emphasis, links, code, escapes) are read, not checked as words: `*humanitarian aid*` is
checked as "humanitarian aid", and `[the report](https://...)` as "the report". Every
character of the plain text keeps its offset in the file, so statements, line numbers and
the report point at the draft as the author wrote it.

This reads the Markdown people write in drafts, not every corner of CommonMark: nested
block quotes are flattened, and HTML blocks are skipped as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Block kinds
HEADING, PARAGRAPH, ITEM, QUOTE, CELL = "heading", "paragraph", "item", "quote", "cell"

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
# A list item: bullets as Markdown writes them, and as word processors export them.
_ITEM = re.compile(r"^([ \t]*)([-*+\u2022\u25cf\u25e6\u2023\u2043]|\d{1,9}[.)])([ \t]+|$)")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_HTML_BLOCK = re.compile(r"^ {0,3}<(/?[A-Za-z][A-Za-z0-9-]*|!--)")
_INDENTED_CODE = re.compile(r"^( {4}|\t)")
MAX_FRONT_MATTER_LINES = 200  # a '---' line further down than this is a rule, not front matter
TAB = 4  # columns of a tab in list indentation

# Inline markup
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass
class Mark:
    """Inline formatting over plain-text offsets [start, end): em, strong, code or link."""

    kind: str
    start: int
    end: int
    url: str = ""


@dataclass
class Block:
    """One heading, paragraph, list item, quoted paragraph or table cell of a draft."""

    kind: str
    plain: str  # the text as read: markup removed, lines joined by spaces
    offsets: list[int]  # offsets[i]: where plain[i] stands in the file
    level: int = 0  # heading level; nesting depth of a list item (0 = top)
    ordered: bool = False  # a numbered list item
    marks: list[Mark] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.offsets[0] if self.offsets else 0

    @property
    def end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """Where plain[start:end] stands in the file."""
        return self.offsets[start], self.offsets[end - 1] + 1


# ------------------------------------------------------------------ blocks


@dataclass
class _Line:
    start: int  # offset of the line in the file
    text: str  # without its newline


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(pos, body))
        pos += len(raw)
    return out


Piece = tuple[int, str]  # (offset in the file, text of one line's content)


def blocks(text: str) -> list[Block]:
    """The blocks of a Markdown draft, in order; code, rules, HTML and front matter left out."""
    lines = _lines(text)
    out: list[Block] = []
    indents: list[tuple[int, int]] = []  # (indentation, depth) of the list items above
    i = _front_matter_end(lines)
    while i < len(lines):
        line = lines[i].text
        if not line.strip():
            i += 1
        elif m := _FENCE.match(line):
            i = _skip_fence(lines, i, m.group(1))
        elif _BREAK.match(line):
            i += 1
        elif m := _ATX.match(line):
            content = line[m.end() :]
            close = _ATX_CLOSE.search(content)
            content = content[: close.start()] if close else content
            out.append(_block(HEADING, [(lines[i].start + m.end(), content)], level=len(m.group(1))))
            i += 1
        elif _QUOTE.match(line):
            i = _quote(lines, i, out)
        elif _ITEM.match(line):
            i = _item(lines, i, out, indents)
        elif _HTML_BLOCK.match(line):
            while i < len(lines) and lines[i].text.strip():
                i += 1
        elif _INDENTED_CODE.match(line):
            while i < len(lines) and (not lines[i].text.strip() or _INDENTED_CODE.match(lines[i].text)):
                i += 1
        elif "|" in line and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1].text):
            i = _table(lines, i, out)
        else:
            i = _paragraph(lines, i, out)
    return [b for b in out if b.plain.strip()]


def _front_matter_end(lines: list[_Line]) -> int:
    if not lines or lines[0].text.strip() != "---":
        return 0
    for j in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[j].text.strip() in ("---", "..."):
            return j + 1
    return 0


def _skip_fence(lines: list[_Line], i: int, fence: str) -> int:
    j = i + 1
    while j < len(lines):
        m = _FENCE.match(lines[j].text)
        if (
            m
            and m.group(1)[0] == fence[0]
            and len(m.group(1)) >= len(fence)
            and not lines[j].text[m.end() :].strip("`~ \t")
        ):
            return j + 1
        j += 1
    return j


def _starts_block(line: str) -> bool:
    """Does this line begin a new block (so that it ends the paragraph before it)?"""
    return bool(
        _FENCE.match(line)
        or _ATX.match(line)
        or _QUOTE.match(line)
        or _BREAK.match(line)
        or _ITEM.match(line)
    )


def _paragraph(lines: list[_Line], i: int, out: list[Block]) -> int:
    pieces: list[Piece] = []
    while i < len(lines):
        line = lines[i].text
        if pieces and _SETEXT.match(line):  # the lines above were a heading
            level = 1 if line.strip()[0] == "=" else 2
            out.append(_block(HEADING, pieces, level=level))
            return i + 1
        if not line.strip() or (pieces and _starts_block(line)):
            break
        indent = len(line) - len(line.lstrip())
        pieces.append((lines[i].start + indent, line[indent:]))
        i += 1
    out.append(_block(PARAGRAPH, pieces))
    return i


def _quote(lines: list[_Line], i: int, out: list[Block]) -> int:
    """A block quote: each paragraph inside it (and each list item) is a quoted block."""
    pieces: list[Piece] = []

    def flush() -> None:
        if pieces:
            out.append(_block(QUOTE, list(pieces)))
            pieces.clear()

    while i < len(lines):
        line = lines[i].text
        m = _QUOTE.match(line)
        if m is None:
            if not line.strip() or _starts_block(line) or not pieces:
                break
            start, content = lines[i].start, line  # a lazy continuation line
        else:
            start, content = lines[i].start + m.end(), line[m.end() :]
            while (inner := _QUOTE.match(content)) is not None:  # nested quotes, flattened
                start, content = start + inner.end(), content[inner.end() :]
        item = _ITEM.match(content)
        if not content.strip() or item:
            flush()
        if item:
            start, content = start + item.end(), content[item.end() :]
        if content.strip():
            pieces.append((start, content))
        i += 1
    flush()
    return i


def _columns(indent: str) -> int:
    return sum(TAB if ch == "\t" else 1 for ch in indent)


def _item(lines: list[_Line], i: int, out: list[Block], indents: list[tuple[int, int]]) -> int:
    """One list item and its continuation lines; nested items become items of their own."""
    m = _ITEM.match(lines[i].text)
    assert m is not None
    indent = _columns(m.group(1))
    level = _level(out, indents, indent)
    content_col = m.end()
    pieces: list[Piece] = [(lines[i].start + m.end(), lines[i].text[m.end() :])]
    i += 1
    while i < len(lines):
        line = lines[i].text
        if not line.strip():
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            if nxt.strip() and _columns(nxt[: len(nxt) - len(nxt.lstrip())]) >= content_col:
                if not _ITEM.match(nxt):  # a second paragraph of the same item
                    out.append(_item_block(pieces, level, m))
                    pieces = []
                i += 1
                continue
            break
        if _ITEM.match(line) or (_starts_block(line) and not line.startswith((" ", "\t"))):
            break
        stripped = line.lstrip()
        pieces.append((lines[i].start + len(line) - len(stripped), stripped))
        i += 1
    if pieces:
        out.append(_item_block(pieces, level, m))
    indents.append((indent, level))
    return i


def _level(out: list[Block], indents: list[tuple[int, int]], indent: int) -> int:
    """Nesting depth of an item from its indentation, relative to the items before it."""
    if not out or out[-1].kind != ITEM:
        indents.clear()  # a new list
    while indents and indents[-1][0] > indent:
        indents.pop()
    if not indents:
        return 0
    last_indent, last_level = indents[-1]
    return last_level + 1 if indent > last_indent else last_level


def _item_block(pieces: list[Piece], level: int, m: re.Match[str]) -> Block:
    return _block(ITEM, pieces, level=level, ordered=m.group(2)[0].isdigit())


def _table(lines: list[_Line], i: int, out: list[Block]) -> int:
    """A pipe table: every cell of the header and body rows is a block; the rule is not."""
    rule = i + 1
    while i < len(lines) and "|" in lines[i].text and lines[i].text.strip():
        if i != rule:
            for cell in re.finditer(r"(?:\\\||[^|])+", lines[i].text):
                content = cell.group()
                lead = len(content) - len(content.lstrip())
                if content.strip():
                    out.append(_block(CELL, [(lines[i].start + cell.start() + lead, content.strip())]))
        i += 1
    return i


def _block(kind: str, pieces: list[Piece], level: int = 0, ordered: bool = False) -> Block:
    """Join a block's lines with spaces and read its inline markup."""
    chars: list[str] = []
    offsets: list[int] = []
    for n, (start, content) in enumerate(pieces):
        if n:
            chars.append(" ")
            offsets.append(start - 1)  # the line break before this line
        content = content.rstrip()
        chars.extend(content)
        offsets.extend(range(start, start + len(content)))
    plain, offs, marks = inline("".join(chars), offsets)
    return Block(kind, plain, offs, level, ordered, marks)


# ------------------------------------------------------------------ inline markup


@dataclass
class _Piece:
    text: str  # one character, or the text an entity stands for
    offset: int
    delim: str = ""  # '*', '_' or '~' for a run that may open or close emphasis
    run: int = 0  # length of the delimiter run
    opens: bool = False
    closes: bool = False
    drop: bool = False


def inline(text: str, offsets: list[int]) -> tuple[str, list[int], list[Mark]]:
    """Plain text of one block's Markdown, each character's file offset, and the marks."""
    pieces: list[_Piece] = []
    links: list[tuple[int, int, str]] = []  # (first piece, end piece, url)
    _scan(text, offsets, 0, len(text), pieces, links)
    marks = _emphasis(pieces)
    plain: list[str] = []
    offs: list[int] = []
    where: list[int] = []  # piece index -> plain offset
    for p in pieces:
        where.append(len(plain))
        if p.drop:
            continue
        for ch in p.text:
            plain.append(" " if ch in "\r\n\t" else ch)
            offs.append(p.offset)
    where.append(len(plain))
    out = [Mark(kind, where[a], where[b]) for kind, a, b in marks]
    out += [Mark("link", where[a], where[b], url) for a, b, url in links]
    return "".join(plain), offs, sorted((m for m in out if m.end > m.start), key=lambda m: (m.start, -m.end))


def _scan(
    text: str, offsets: list[int], k: int, end: int, pieces: list[_Piece], links: list[tuple[int, int, str]]
) -> None:
    while k < end:
        ch = text[k]
        if ch == "\\" and k + 1 < end and text[k + 1] in _PUNCT:
            pieces.append(_Piece(text[k + 1], offsets[k + 1]))
            k += 2
        elif ch == "`":
            k = _code(text, offsets, k, end, pieces)
        elif ch == "[" or (ch == "!" and k + 1 < end and text[k + 1] == "["):
            k = _link(text, offsets, k, end, pieces, links)
        elif ch == "<" and (m := _AUTOLINK.match(text, k, end)):
            pieces.extend(_Piece(c, offsets[k + 1 + n]) for n, c in enumerate(m.group(1)))
            k = m.end()
        elif ch == "<" and (m := _TAG.match(text, k, end)):
            k = m.end()
        elif ch == "&" and (m := _ENTITY.match(text, k, end)):
            import html  # only for drafts that hold entities: its table costs milliseconds

            said = html.unescape(m.group())
            pieces.append(_Piece(said if said != m.group() else m.group(), offsets[k]))
            k = m.end()
        elif ch in "*_~":
            j = k
            while j < end and text[j] == ch:
                j += 1
            before = text[k - 1] if k > 0 else " "
            after = text[j] if j < len(text) else " "
            opens = not after.isspace() and not (
                _is_punct(after) and not (before.isspace() or _is_punct(before))
            )
            closes = not before.isspace() and not (
                _is_punct(before) and not (after.isspace() or _is_punct(after))
            )
            if ch == "_" and before.isalnum() and after.isalnum():
                opens = closes = False  # snake_case is a word, not emphasis
            if ch == "~" and j - k != 2:
                opens = closes = False
            pieces.extend(
                _Piece(c, offsets[k + n], ch if opens or closes else "", j - k, opens, closes)
                for n, c in enumerate(text[k:j])
            )
            k = j
        else:
            pieces.append(_Piece(ch, offsets[k]))
            k += 1


def _is_punct(ch: str) -> bool:
    return ch in _PUNCT or (not ch.isalnum() and not ch.isspace())


def _code(text: str, offsets: list[int], k: int, end: int, pieces: list[_Piece]) -> int:
    j = k
    while j < end and text[j] == "`":
        j += 1
    ticks = text[k:j]
    close = text.find(ticks, j, end)
    while close >= 0 and close + len(ticks) < end and text[close + len(ticks)] == "`":
        close = text.find(ticks, close + len(ticks) + 1, end)
    if close < 0:
        pieces.extend(_Piece(c, offsets[k + n]) for n, c in enumerate(ticks))
        return j
    pieces.extend(_Piece(text[n], offsets[n]) for n in range(j, close))
    return close + len(ticks)


def _matching(text: str, k: int, end: int, opening: str, closing: str) -> int:
    """Index of the bracket that closes text[k], skipping escapes and code; -1 if none."""
    depth = 0
    n = k
    while n < end:
        ch = text[n]
        if ch == "\\":
            n += 2
            continue
        if ch == "`":
            close = text.find("`", n + 1, end)
            n = close + 1 if close > 0 else n + 1
            continue
        if ch == opening:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth == 0:
                return n
        n += 1
    return -1


def _link(
    text: str, offsets: list[int], k: int, end: int, pieces: list[_Piece], links: list[tuple[int, int, str]]
) -> int:
    """[text](url), ![alt](src), [text][ref] and [^note]: the text stays, the rest goes."""
    image = text[k] == "!"
    open_ = k + 1 if image else k
    close = _matching(text, open_, end, "[", "]")
    if close < 0:
        pieces.append(_Piece(text[k], offsets[k]))
        return k + 1
    if text.startswith("[^", open_):  # a footnote reference
        return close + 1
    url, after = "", close + 1
    if after < end and text[after] == "(":
        paren = _matching(text, after, end, "(", ")")
        if paren < 0:
            pieces.append(_Piece(text[k], offsets[k]))
            return k + 1
        url = (
            text[after + 1 : paren].strip().split()[0].strip("<>") if text[after + 1 : paren].strip() else ""
        )
        after = paren + 1
    elif after < end and text[after] == "[":
        ref = _matching(text, after, end, "[", "]")
        after = ref + 1 if ref > 0 else after
    elif not image:  # "[sic]", "[the minister]": a bracket the author meant
        pieces.append(_Piece(text[k], offsets[k]))
        return k + 1
    first = len(pieces)
    _scan(text, offsets, open_ + 1, close, pieces, links)
    if url and not image:
        links.append((first, len(pieces), url))
    return after


def _emphasis(pieces: list[_Piece]) -> list[tuple[str, int, int]]:
    """Pair the delimiter runs that open and close emphasis; they are dropped from the text,
    and unpaired ones stay as the characters they are."""
    runs: list[tuple[int, int]] = []  # (first piece, length)
    k = 0
    while k < len(pieces):
        p = pieces[k]
        if p.delim:
            runs.append((k, p.run))
            k += p.run
        else:
            k += 1
    marks: list[tuple[str, int, int]] = []
    stack: list[tuple[int, int]] = []
    for first, length in runs:
        p = pieces[first]
        if p.closes:
            for depth in range(len(stack) - 1, -1, -1):
                o_first, o_len = stack[depth]
                if pieces[o_first].delim == p.delim:
                    use = min(o_len, length, 2 if p.delim == "~" else 3)
                    for n in range(use):
                        pieces[o_first + o_len - 1 - n].drop = True
                        pieces[first + n].drop = True
                    kind = {1: "em", 2: "strong", 3: "strong"}[use] if p.delim != "~" else "del"
                    marks.append((kind, o_first + o_len, first))
                    if use == 3:
                        marks.append(("em", o_first + o_len, first))
                    del stack[depth:]
                    break
            else:
                if p.opens:
                    stack.append((first, length))
        elif p.opens:
            stack.append((first, length))
    return marks
