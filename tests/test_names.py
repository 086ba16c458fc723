"""names and places: when two names are one (spellings, demonyms, acronyms)."""

from __future__ import annotations

import pytest

from kzmil.names import claim_names, is_person, name_variant, spelled_out
from kzmil.normalize import tokenize
from kzmil.places import gazetteer, kind, same_place


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("altynbayev", "altynbaev", True),  # a transliteration
        ("kazakh", "kazakhstani", True),  # a shared start long enough
        ("almaty", "astana", False),
        ("akhmetov", "akhmetova", True),
    ],
)
def test_name_variants(a: str, b: str, same: bool) -> None:
    assert name_variant(a, b) is same


def test_an_acronym_spelled_out_skips_small_words() -> None:
    tokens = tokenize("the Organization for Security and Cooperation in Europe met")
    assert spelled_out("OSCE", tokens) == (1, 7)
    assert spelled_out("NATO", tokens) is None
    assert spelled_out("A", tokens) is None  # one letter is no acronym


def test_claim_names_are_capitalised_words_the_corpus_knows_as_names() -> None:
    claim = "Yesterday Akhmetov met the minister in Almaty."
    names = claim_names(claim, tokenize(claim), {"akhmetov": True, "yesterday": False})
    words = [tokenize(claim)[i].norm for i in names]
    assert "akhmetov" in words and "almaty" in words and "yesterday" not in words and "minister" not in words


def test_places_and_their_demonyms() -> None:
    assert kind("almaty") == "city" and kind("kazakhstan") == "country" and kind("table") is None
    assert same_place("american", "america") and same_place("belarusian", "belarus")
    assert not same_place("almaty", "astana")
    assert len(gazetteer()) > 1000


def test_a_places_people_name_it() -> None:
    """WordNet's "a native or inhabitant of Denmark", in the singular or plural."""
    from kzmil import places

    assert places.same_place("danes", "danish") and places.same_place("dane", "denmark")
    assert places.kind("plato") is None  # a member of Athens, but not its people


def test_a_month_or_an_honorific_is_nobody() -> None:
    april, mr, putin = tokenize("April Mr Putin")
    assert not is_person(april, set())
    assert not is_person(mr, set())
    assert is_person(putin, set())


def test_a_sentences_first_word_before_a_name_is_its_title() -> None:
    """ "Governor Lugar said ...": the title must be stated like the name, though the corpus
    never writes "Governor"; "Yesterday Akhmetov ..." opens the sentence with no title."""
    names = {"lugar": True, "akhmetov": True}
    for text, first in [("Governor Lugar said it.", True), ("Yesterday Akhmetov met him.", False)]:
        toks = tokenize(text)
        assert (0 in claim_names(text, toks, names)) is first


def test_a_final_w_and_v_write_one_cyrillic_letter() -> None:
    """Russian "Maltsev", Belarusian "Maltsaw": one name; "Maltsaw" is no "Maltsam", and inside
    a name the letters stay apart ("Owen" and "Oven", "Lewis" and "Levis")."""
    assert name_variant("maltsev", "maltsaw") and name_variant("leonid", "leanid")
    assert not name_variant("maltsev", "maltsam")
    assert not name_variant("owen", "oven") and not name_variant("lewis", "levis")


def test_a_demonym_of_an_island_that_names_a_country() -> None:
    """WordNet has "British" pertain to the island Great Britain, which also names the UK."""
    assert same_place("british", "britain") and same_place("irish", "ireland")
    assert not same_place("british", "french")


def test_a_country_s_capital_is_known_by_its_people_and_by_its_name() -> None:
    """ "the Kyrgyz capital" is Bishkek ("-stan", land of, names the Kyrgyz people's country),
    "the U.S. capital" Washington; Almaty was Kazakhstan's capital only until 1998."""
    from kzmil import places

    assert places.capital("bishkek", "kyrgyz")
    assert places.capital("washington", "usa")
    assert places.capital("astana", "kazakhstan")
    assert not places.capital("almaty", "kazakhstan")
    assert not places.capital("moscow", "kyrgyz")
    assert places.same_place("uzbek", "uzbekistan")
