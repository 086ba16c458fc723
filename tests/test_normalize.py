import pytest

from kzmil.normalize import content, tokenize


def norms(text: str) -> list[str]:
    return [t.norm for t in content(tokenize(text))]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("one hundred and ten officers", ["110", "officers"]),
        ("ten years", ["10", "years"]),
        ("fifty-five universities", ["55", "universities"]),
        ("the nineteenth of November", ["19", "november"]),
        ("75%", ["75", "percent"]),
        ("75 per cent", ["75", "percent"]),
        ("$52m", ["52", "million"]),
        ("3,000 officers", ["3000", "officers"]),
        ("one-third of graduates", ["1/3", "graduates"]),
        ("a quarter", ["1/4"]),
        ("half of its army", ["1/2", "army"]),  # a bare "half of" is a share too
        ("the second half of 2007", ["second", "half", "2007"]),  # a period, not a share
    ],
)
def test_numbers_in_words_and_digits_agree(written: str, expected: list[str]) -> None:
    assert norms(written) == expected


def test_scale_words_stay_units() -> None:
    # text2num would turn "billion" into 1000000000; it must stay the unit of 143
    assert norms("143 billion tenges") == ["143", "billion", "tenges"]


def test_us_abbreviation_and_name_agree() -> None:
    assert norms("the U.S. army") == norms("the United States army") == ["usa", "army"]


def test_hyphenated_compound_keeps_parts_and_joined_form() -> None:
    assert norms("multi-layered") == ["multi", "layered", "multilayered"]


def test_accents_case_and_possessives_fold() -> None:
    assert norms("Kazakhstan’s NAZARBÁYEV") == ["kazakhstan", "nazarbayev"]


def test_spans_map_back_to_the_text() -> None:
    text = "He quit after one hundred and ten days."
    for tok in tokenize(text):
        assert text[tok.start : tok.end].strip()
    number = next(t for t in tokenize(text) if t.kind == "num")
    assert text[number.start : number.end] == "one hundred and ten"


def test_lone_words_one_and_second_are_not_numbers() -> None:
    assert "1" not in norms("no one came for a second look")


def test_decomposed_text_gives_the_tokens_of_composed_text_with_spans_into_it() -> None:
    import unicodedata

    composed = "Nazarbáyev's café in Almaty hired 12 señores; 한국어 ﬁnance Ǻngström."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    nfd, nfc = tokenize(decomposed), tokenize(composed)
    assert [(t.norm, t.stem, t.kind) for t in nfd] == [(t.norm, t.stem, t.kind) for t in nfc]
    surfaces = [unicodedata.normalize("NFC", decomposed[t.start : t.end]) for t in nfd]
    assert surfaces == [composed[t.start : t.end] for t in nfc]


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("rock'n'roll", ["rock'n'roll"]),
        ("the dogs' bowls", ["the", "dogs", "bowls"]),
        ("don''t", ["don", "t"]),
        ("l’Équipe’s", ["l'equipe"]),
        ("O'Neil's 'quoted' word", ["o'neil", "quoted", "word"]),
        ("the U.S.' role", ["the", "usa", "role"]),
    ],
)
def test_an_apostrophe_belongs_to_a_word_only_between_its_letters(written: str, words: list[str]) -> None:
    assert [t.norm for t in tokenize(written)] == words


def test_a_word_met_again_gives_the_same_tokens_and_new_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from kzmil import normalize

    monkeypatch.setattr(normalize, "MAX_KNOWN_WORDS", 2)  # forgets its words again and again
    text = "Officers quit; the officers' Officers-Club and the U.S. officers stayed."
    first = tokenize(text)
    again = tokenize(text)
    assert again == first
    assert all(a is not b for a, b in zip(first, again, strict=True))  # _tokenize moves spans in place


def test_us_in_capitals_is_the_country_in_running_text() -> None:
    """ "trained in the US" names the United States, as "U.S." does; on a line written in
    capitals only ("LET US PRAY") it may be the pronoun, and stays a stop word."""
    norms = [t.norm for t in tokenize("Officers trained in the US and U.S. advisers came.")]
    assert norms.count("usa") == 2 and "us" not in norms
    (us,) = [t for t in tokenize("The US offered help.") if t.norm == "usa"]
    assert us.cap and not us.stop
    assert [t.norm for t in tokenize("LET US PRAY")] == ["let", "us", "pray"]
    # an outside review's cases: beside a model's letters, and with a possessive
    assert "usa" in [t.norm for t in tokenize("A US C-130 transport plane landed.")]
    assert "usa" in [t.norm for t in tokenize("The US's ambassador left.")]
    assert [t.norm for t in tokenize("they told us")][-1] == "us"
