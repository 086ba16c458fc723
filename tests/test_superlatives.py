"""superlatives: a claim's "the largest" must be stated, and "the smallest" denies it."""

from __future__ import annotations

import pytest

from kzmil.index import Index
from kzmil.models import Judgement
from kzmil.normalize import tokenize
from kzmil.superlatives import superlative
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
