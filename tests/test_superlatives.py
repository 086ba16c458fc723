"""superlatives: a claim's "the largest" must be stated, and "the smallest" denies it."""

from __future__ import annotations

import pytest

from kzmil.index import Index
from kzmil.models import Judgement
from kzmil.normalize import tokenize
from kzmil.superlatives import ranked, superlative
from kzmil.verdict import check


@pytest.mark.parametrize(
    ("word", "ranks_by"),
    [("largest", "larg"), ("biggest", "big"), ("heaviest", "heavi"), ("best", "good"), ("worst", "bad")],
)
def test_superlatives_rank_by_their_adjective(word: str, ranks_by: str) -> None:
    assert superlative(tokenize(word)[0]) == ranks_by


@pytest.mark.parametrize("word", ["interest", "forest", "honest", "west", "test", "Largest"])
def test_words_that_only_end_like_one_are_not_superlatives(word: str) -> None:
    assert superlative(tokenize(word)[0]) is None


@pytest.mark.bundled_index
def test_an_added_superlative_is_not_found(bundled: Index) -> None:
    claim = (
        "Kazakhstan's 2007 defense budget rose by almost 75 percent to some 143 billion tenges, "
        "the largest increase since independence."
    )
    got = check(bundled, claim)
    assert got.verdict is Judgement.NOT_FOUND and "“largest”" in got.reasons[0]


@pytest.mark.bundled_index
def test_the_opposite_superlative_contradicts(bundled: Index) -> None:
    got = check(bundled, "Batys 2003 was the smallest Caspian exercise in Kazakhstan's history.")
    assert got.verdict is Judgement.CONTRADICTED
    assert "the claim says smallest; the source says largest" in got.reasons


def _ranked(text: str) -> list[tuple[str, str]]:
    return [(text[ws[0].start : ws[-1].end], by) for ws, by in ranked(text, tokenize(text))]


def test_the_most_before_an_adjective_ranks_by_it() -> None:
    assert _ranked("the most effective defense minister") == [("most effective", "effect")]
    assert _ranked("Kazakhstan's most important partner") == [("most important", "import")]
    assert _ranked("branded as the most \u2018charming\u2019 baby") == [("most \u2018charming", "charm")]
    assert _ranked("the largest exercise") == [("largest", "larg")]


@pytest.mark.parametrize(
    "text",
    [
        "most officers quit",
        "most welcome news",
        "it gained the most.",
        "the most of the money",
        "they will, for the most part, stay",
        "its most recent doctrine",
    ],
)
def test_a_most_of_count_or_degree_ranks_nothing(text: str) -> None:
    assert _ranked(text) == []


@pytest.mark.bundled_index
def test_an_added_most_adjective_is_not_found(bundled: Index) -> None:
    """A claim that calls the minister the most effective says more than a source that only
    names him; a source that says "the most ‘charming and attractive’" states it."""
    got = check(bundled, "Daniyal Akhmetov was the most effective defense minister Kazakhstan has had.")
    assert got.verdict is Judgement.NOT_FOUND and "“most effective”" in got.reasons[0]
    quoted = "Kazakhstan is branded by Moscow and the USA as the most charming political baby in the region."
    assert check(bundled, quoted).verdict is Judgement.SUPPORTED
