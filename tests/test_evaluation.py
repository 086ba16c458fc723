"""Words that judge (VADER valence), and the WordNet tables the verdict reads."""

from __future__ import annotations

import pytest

from kzmil.evaluation import judges, opposed, valence
from kzmil.normalize import stem, tokenize
from kzmil.synonyms import synonyms


def _tok(word: str):  # type: ignore[no-untyped-def]
    return tokenize(word)[0]


@pytest.mark.parametrize("word", ["reluctant", "refused", "failed", "welcomes", "praised"])
def test_words_that_judge(word: str) -> None:
    assert judges(_tok(word))


@pytest.mark.parametrize("word", ["worth", "join", "using", "troops", "signed"])
def test_words_that_describe(word: str) -> None:
    assert not judges(_tok(word))


def test_an_inflection_takes_its_listed_form() -> None:
    # VADER lists "condemn" and "denounce" but not "condemning" or "denounced"
    assert valence(_tok("condemning")) == valence(_tok("condemn")) < 0
    assert valence(_tok("denounced")) == valence(_tok("denounce")) < 0


def test_opposed_judgements() -> None:
    assert opposed(_tok("reluctant"), _tok("welcome"))
    assert not opposed(_tok("reluctant"), _tok("unwilling"))


def test_synonyms_are_read_by_stem_from_the_sorted_table() -> None:
    assert stem("help") in synonyms(stem("assistance"))
    assert synonyms("zzzz") == frozenset()
