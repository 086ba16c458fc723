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
    assert valence(_tok("has")) == 0  # not a form of "ha", which VADER rates as laughter


def test_a_british_spelling_takes_the_american_rating() -> None:
    # VADER lists "favorably" and "honor"; "four" and "tour" are no spelling of "for" or "tor"
    assert valence(_tok("favourably")) == valence(_tok("favorably")) > 0
    assert valence(_tok("honour")) == valence(_tok("honor")) > 0
    assert valence(_tok("four")) == valence(_tok("tour")) == 0


def test_opposed_judgements() -> None:
    assert opposed(_tok("reluctant"), _tok("welcome"))
    assert not opposed(_tok("reluctant"), _tok("unwilling"))


def test_synonyms_are_read_by_stem_from_the_sorted_table() -> None:
    assert stem("help") in synonyms(stem("assistance"))
    assert synonyms("zzzz") == frozenset()


def test_the_data_tables_are_what_their_sources_give() -> None:
    """The stem and valence tables are generated; a change to their sources must regenerate them."""
    import importlib.util
    import sys
    from pathlib import Path

    from kzmil.antonyms import STEM_TABLE, build_table
    from kzmil.tables import DATA

    def rows(name: str) -> dict[str, str]:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))

    assert rows(STEM_TABLE) == build_table()
    scripts = Path(__file__).resolve().parent.parent / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        spec = importlib.util.spec_from_file_location("vader_valence", scripts / "vader_valence.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert rows("valence.txt") == module.valences()
    finally:
        sys.path.remove(str(scripts))


def test_an_adverb_judges_as_its_adjective_when_vader_rates_it_weaker() -> None:
    # VADER: "reluctantly" -0.4, "reluctant" -1.0; "keen" +1.5
    assert opposed(_tok("reluctantly"), _tok("keen"))
    assert valence(_tok("reluctantly")) == valence(_tok("reluctant"))


def test_a_temperature_word_for_a_reaction_is_reserve_in_reporting() -> None:
    """VADER rates "cool" as social-media praise; a "cool reception" is the opposite."""
    (cool,) = tokenize("cool")
    (positive,) = tokenize("positive")
    assert valence(cool) < 0
    assert opposed(cool, positive)
