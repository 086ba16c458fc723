"""shortcite: the short citation every result carries, and its date and name helpers."""

from __future__ import annotations

import pytest

from kzmil.models import Source
from kzmil.shortcite import date_parts, human_date, short_citation, split_name


@pytest.mark.parametrize(
    ("date", "parts", "human"),
    [
        ("2007-09-18", [2007, 9, 18], "18 September 2007"),
        ("2008-01", [2008, 1], "January 2008"),
        ("2004", [2004], "2004"),
        (None, [], ""),
        ("someday", [], ""),
    ],
)
def test_dates_stay_as_precise_as_given(date: str | None, parts: list[int], human: str) -> None:
    assert date_parts(date) == parts and human_date(date) == human


def test_names_split_into_family_and_given() -> None:
    assert split_name("Roger McDermott") == {"family": "McDermott", "given": "Roger"}
    assert split_name("Plato") == {"family": "Plato"}


def test_the_short_citation() -> None:
    source = Source(
        title="Kazakhstan's Cadets Prefer Belarus",
        authors=("Roger McDermott",),
        publication="EDM",
        date="2007-09-18",
    )
    assert (
        short_citation(source, 3)
        == "McDermott, “Kazakhstan's Cadets Prefer Belarus”, EDM, 18 September 2007, para. 3"
    )
    assert short_citation(source) == "McDermott, “Kazakhstan's Cadets Prefer Belarus”, EDM, 18 September 2007"
    unsigned = Source(title="Cadets", publication="EDM", date="2008-01")
    assert short_citation(unsigned, 1) == "“Cadets”, EDM, January 2008, para. 1"
    assert short_citation(Source()) == ""
