"""markup and formats: a draft's blocks (headings, paragraphs, items, quotes, cells) and
its inline marks, from Markdown and from HTML."""

from __future__ import annotations

from kzmil.formats import html_blocks
from kzmil.markup import blocks, inline

MARKDOWN = (
    "# Title\n\nA *very* good [link](http://x.org) and `code`.\n\n- one\n- two\n  - nested\n\n"
    "> quoted text\n\n| a | b |\n|---|---|\n| c | d |\n"
)


def test_markdown_blocks_in_order_with_their_kinds_and_levels() -> None:
    got = [(b.kind, b.plain, b.level) for b in blocks(MARKDOWN)]
    assert got == [
        ("heading", "Title", 1),
        ("paragraph", "A very good link and code.", 0),
        ("item", "one", 0),
        ("item", "two", 0),
        ("item", "nested", 1),
        ("quote", "quoted text", 0),
        ("cell", "a", 0),
        ("cell", "b", 0),
        ("cell", "c", 0),
        ("cell", "d", 0),
    ]


def test_plain_text_maps_back_to_the_source() -> None:
    for block in blocks(MARKDOWN):
        assert len(block.offsets) == len(block.plain)
        assert all(MARKDOWN[o] == ch for o, ch in zip(block.offsets, block.plain, strict=True))


def test_marks_cover_the_marked_words() -> None:
    para = blocks(MARKDOWN)[1]
    assert [(m.kind, para.plain[m.start : m.end], m.url) for m in para.marks] == [
        ("em", "very", ""),
        ("link", "link", "http://x.org"),
    ]
    plain, offsets, marks = inline("a *b* c", list(range(7)))
    assert (
        plain == "a b c"
        and offsets == [0, 1, 3, 5, 6]
        and [(m.kind, m.start, m.end) for m in marks] == [("em", 2, 3)]
    )


def test_html_blocks_skip_scripts_and_keep_lists_and_marks() -> None:
    html = (
        "<head><style>p{}</style><script>var x = 1;</script></head>"
        "<h2>Head</h2><p>Para <em>em</em> <a href='u'>l</a></p>"
        "<ul><li>i1<ul><li>i2</li></ul></li></ul><blockquote><p>q</p></blockquote><p>after<br/>break</p>"
    )
    got = [(b.kind, b.plain, b.level) for b in html_blocks(html)]
    assert got == [
        ("heading", "Head", 2),
        ("paragraph", "Para em l", 0),
        ("item", "i1", 0),
        ("item", "i2", 1),
        ("quote", "q", 0),
        ("paragraph", "after break", 0),
    ]
    para = html_blocks(html)[1]
    assert [(m.kind, para.plain[m.start : m.end], m.url) for m in para.marks] == [
        ("em", "em", ""),
        ("link", "l", "u"),
    ]
