"""metadata: front matter read safely, fields capped and cleaned, dates made ISO."""

from __future__ import annotations

import pytest

from kzmil import metadata
from kzmil.metadata import clean, iso_date, parse_front_matter, source_from


def test_front_matter_fields_and_where_the_body_starts() -> None:
    text = "---\ntitle: Hello\nauthors: [A B, C D]\ndate: 2007-09-18\n---\nBody text.\n"
    fm = parse_front_matter(text)
    assert fm.fields == {"title": "Hello", "authors": ["A B", "C D"], "date": "2007-09-18"}
    assert text[fm.body_start :] == "Body text.\n" and fm.warnings == [] and not fm.unread


def test_no_front_matter_is_no_warning() -> None:
    fm = parse_front_matter("No front matter here.\n")
    assert fm.fields == {} and fm.body_start == 0 and fm.warnings == [] and not fm.unread


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("---\ntitle: [unclosed\n---\nBody\n", "line 2: front matter is not valid YAML"),
        ("---\na: &x [1]\nb: *x\n---\nBody\n", "front matter uses a YAML alias"),  # no alias bombs
    ],
)
def test_bad_front_matter_is_named_and_ignored(text: str, warning: str) -> None:
    fm = parse_front_matter(text)
    assert fm.fields == {} and fm.unread and warning in fm.warnings[0]
    assert text[fm.body_start :] == "Body\n"  # the article is still read


def test_fields_are_one_line_and_capped() -> None:
    assert clean("a\nb   c", "title") == "a b c"
    long = clean("x" * (metadata.MAX_FIELD_CHARS * 2), "title")
    assert long is not None and len(long) == metadata.MAX_FIELD_CHARS
    assert clean("", "title") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2007-09-18", "2007-09-18"),
        ("2007-09-18T10:00:00Z", "2007-09-18"),
        ("2007-9-1", "2007-09-01"),
        ("2007-13-40", None),  # no such month
        ("Sept 2007", None),
    ],
)
def test_iso_dates(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_a_source_from_front_matter() -> None:
    fields = {"title": "T", "authors": "A B", "date": "2007-09-18", "url": "http://x"}
    source, warnings = source_from(fields, "Body.", "fallback")
    assert (source.title, source.authors, source.date, source.url) == (
        "T",
        ("A B",),
        "2007-09-18",
        "http://x",
    )
    assert warnings == []
    many = source_from({"authors": [f"N{n}" for n in range(metadata.MAX_AUTHORS + 5)]}, "", "f")[0]
    assert len(many.authors) == metadata.MAX_AUTHORS
