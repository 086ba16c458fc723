"""Reading drafts: Markdown structure, plain text, HTML and Word, offsets into the file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kzmil.draft import DraftError, read_draft, read_file
from kzmil.markup import blocks, inline

MARKDOWN = """---
title: not a sentence of the draft
---
# The Title

First sentence with *emphasis* and a [link](https://example.org/x). Second sentence
runs over a line break.

Setext heading
--------------

- an item with **bold** text;
- a second item
  that wraps;
  - a nested item.
1. numbered one.

> "A quoted sentence," she said. Another quoted one.

```
code is not a statement.
```

| cell one | cell two |
|---|---|
| three | four |

Escaped \\*stars\\* stay, snake_case_word stays, and 5 * 3 stays.
"""


def _draft(text: str, name: str = "d.md") -> list[tuple[str, str, int]]:
    d = read_draft(name, text.encode("utf-8"))
    return [(d.blocks[s.block].kind, s.plain, s.line) for s in d.sentences]


def test_markdown_structure_is_read_not_checked() -> None:
    got = _draft(MARKDOWN)
    assert got[0] == ("heading", "The Title", 4)
    assert ("paragraph", "First sentence with emphasis and a link.", 6) in got
    assert ("paragraph", "Second sentence runs over a line break.", 6) in got
    assert ("heading", "Setext heading", 9) in got
    kinds = [k for k, _, _ in got]
    items = [p for k, p, _ in got if k == "item"]
    assert items == [
        "an item with bold text;",
        "a second item that wraps;",
        "a nested item.",
        "numbered one.",
    ]
    assert [p for k, p, _ in got if k == "quote"] == ['"A quoted sentence," she said.', "Another quoted one."]
    assert [p for k, p, _ in got if k == "cell"] == ["cell one", "cell two", "three", "four"]
    assert not any("code is not" in p for _, p, _ in got)
    assert not any("title:" in p for _, p, _ in got)
    assert got[-1][1] == "Escaped *stars* stay, snake_case_word stays, and 5 * 3 stays."
    assert kinds.count("heading") == 2


def test_statement_text_and_offsets_are_the_file_as_written() -> None:
    d = read_draft("d.md", MARKDOWN.encode("utf-8"))
    for s in d.sentences:
        assert MARKDOWN[s.start : s.end] == s.text
        assert MARKDOWN.count("\n", 0, s.start) + 1 == s.line
    first = next(s for s in d.sentences if s.plain.startswith("First"))
    assert first.text == "First sentence with *emphasis* and a [link](https://example.org/x)."


def test_a_sentence_keeps_the_markup_that_opens_and_closes_it() -> None:
    """A sentence that starts with a link keeps its "[" (the file as written); a cell's
    text does not run on into the next cell."""
    text = (
        "[Jamestown](https://x.org/a-b/) saw a break. Then [one](http://y) more.\n\n"
        "- **Bold** start and *end.*\n\nSee [this][r]\n\n|three|four|\n|---|---|\n"
    )
    d = read_draft("d.md", text.encode("utf-8"))
    assert [s.text for s in d.sentences] == [
        "[Jamestown](https://x.org/a-b/) saw a break.",
        "Then [one](http://y) more.",
        "**Bold** start and *end.*",
        "See [this][r]",
        "three",
        "four",
    ]
    for s in d.sentences:
        assert text[s.start : s.end] == s.text


def test_nested_list_levels_and_marks() -> None:
    got = blocks("- top\n  - inner\n    - innermost\n- top again\n")
    assert [(b.plain, b.level) for b in got] == [("top", 0), ("inner", 1), ("innermost", 2), ("top again", 0)]
    plain, _, marks = inline("a *b* **c** [d](u)", list(range(18)))
    assert plain == "a b c d"
    assert [(m.kind, plain[m.start : m.end], m.url) for m in marks] == [
        ("em", "b", ""),
        ("strong", "c", ""),
        ("link", "d", "u"),
    ]


def test_plain_text_draft_title_paragraphs_and_bullets() -> None:
    text = "A Title Line\n\nOne sentence here. Two sentences here.\n\n* a bullet point\n  that wraps\n"
    got = _draft(text, "d.txt")
    assert got == [
        ("heading", "A Title Line", 1),
        ("paragraph", "One sentence here.", 3),
        ("paragraph", "Two sentences here.", 3),
        ("item", "a bullet point that wraps", 5),
    ]


def test_html_draft_blocks_offsets_and_entities() -> None:
    page = (
        "<!doctype html><html><head><title>T</title><style>p{}</style></head><body>\n"
        "<h1>The &amp; Title</h1>\n<p>One <em>fine</em> sentence. Two\n   sentences.</p>\n"
        "<ul><li>an item</li></ul><blockquote><p>A quote.</p></blockquote><script>x()</script></body></html>"
    )
    d = read_draft("d.html", page.encode("utf-8"))
    got = [(d.blocks[s.block].kind, s.plain, s.line) for s in d.sentences]
    assert got == [
        ("heading", "The & Title", 2),
        ("paragraph", "One fine sentence.", 3),
        ("paragraph", "Two sentences.", 3),
        ("item", "an item", 5),
        ("quote", "A quote.", 5),
    ]
    one = d.sentences[1]
    assert page[one.start : one.end] == "One <em>fine</em> sentence."


def test_docx_draft_styles(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("A Word Title", level=1)
    p = document.add_paragraph("Akhmetov met his counterpart. ")
    p.add_run("In Almaty.").italic = True
    document.add_paragraph("a listed point", style="List Bullet")
    document.add_paragraph("A quoted line.", style="Quote")
    buf = io.BytesIO()
    document.save(buf)
    d = read_draft("d.docx", buf.getvalue())
    got = [(d.blocks[s.block].kind, s.plain, s.line) for s in d.sentences]
    assert got == [
        ("heading", "A Word Title", 1),
        ("paragraph", "Akhmetov met his counterpart.", 2),
        ("paragraph", "In Almaty.", 2),
        ("item", "a listed point", 3),
        ("quote", "A quoted line.", 4),
    ]
    assert [m.kind for m in d.blocks[1].marks] == ["em"]
    for s in d.sentences:
        assert d.text[s.start : s.end] == s.plain


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("d.docx", b"PK\x03\x04 not really a zip", "not a Word document"),
        ("d.md", b"\x00\x01\x02binary", "a binary file"),
        ("d.md", b"   \n\n  ", "holds no text to check"),
        ("d.md", b"```\nonly code\n```\n", "holds no text to check"),
    ],
)
def test_unreadable_drafts_are_one_line_errors(name: str, data: bytes, message: str) -> None:
    with pytest.raises(DraftError) as exc:
        read_draft(name, data)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="draft not found"):
        read_file(tmp_path / "nope.md")
    with pytest.raises(DraftError, match="it is a folder"):
        read_file(tmp_path)


def test_invalid_utf8_is_a_warning_not_an_error() -> None:
    d = read_draft("d.md", b"Akhmetov met Maltsaw in Almaty." + b"\xff")
    assert d.warnings and "not valid UTF-8" in d.warnings[0]
    assert d.sentences[0].plain.startswith("Akhmetov")
