"""specifics: what a claim asserts, each kind found by its own reader."""

from __future__ import annotations

import pytest

from kzmil.names import claim_names
from kzmil.normalize import tokenize
from kzmil.specifics import (
    MOST,
    comparisons,
    compass,
    extract_specifics,
    first_left,
    order_cues,
    quantifiers,
    time_adverb_alone,
)


def _specifics(claim: str, names: dict[str, bool] | None = None) -> list[tuple[str, str, str]]:
    tokens = tokenize(claim)
    found = extract_specifics(claim, tokens, claim_names(claim, tokens, names or {}))
    return [(s.kind, s.text, s.value) for s in found]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Most officers quit.", [(0, "most")]),
        ("Few cadets stayed.", [(0, "few")]),
        ("All of the officers quit.", [(0, "all")]),
        ("Not all officers quit.", []),  # "not all" is no claim about all of them
        ("At most 5 quit.", []),  # a bound on a figure, not a quantifier
        ("Most Kazakh officers quit.", [(0, "most")]),  # a name takes no "most" of degree
        ("It was the most Kazakh of films.", []),
        ("Most important officers quit.", []),  # a superlative ("most important")
        ("Aid is the only U.S. initiative.", [(3, "sole")]),  # "the only": that no other is
        ("Corruption is not the only thing.", []),  # "not the only": others too
    ],
)
def test_strong_quantifiers(claim: str, expected: list[tuple[int, str]]) -> None:
    assert quantifiers(tokenize(claim)) == expected


def test_a_sources_each_states_every() -> None:
    assert quantifiers(tokenize("each of the regional commands"), stating=True) == [(0, "all")]
    assert quantifiers(tokenize("each of the regional commands")) == []  # a claim's each is not required
    assert quantifiers(tokenize("they met each other each year"), stating=True) == []


@pytest.mark.parametrize(
    "claim",
    [
        "Kazakhstan spent more than Belarus.",
        "The army is larger than the navy.",
        "Cadets outnumber officers.",
    ],
)
def test_comparisons_in_words_and_verbs(claim: str) -> None:
    assert [direction for _, direction in comparisons(tokenize(claim))] == ["up"]


def test_order_cues_but_not_idioms() -> None:
    assert order_cues(tokenize("They met before the vote.")) == [2]
    assert order_cues(tokenize("a street named after him")) == []
    assert order_cues(tokenize("appointments come in the wake of an inspection")) == [4]
    assert order_cues(tokenize("they wake early")) == []
    # "then" as "at that time": no order of events
    assert order_cues(tokenize("trucks and radios, then still under discussion")) == []
    assert order_cues(tokenize("the then minister signed it")) == []
    assert order_cues(tokenize("they met, then signed it")) == [2]
    # a post held at the time, set off by commas after a name; a name alone there is a sequence
    for text, cues in (
        ("Altynbayev, then defense minister, spoke", []),
        ("Altynbayev, then Kazakhstan's deputy defense minister, spoke", []),
        ("They visited Almaty, then Astana, and left", [3]),
        ("In 2004, then Defense Minister Mukhtar Altynbayev spoke", []),  # a title
        # the next event between commas, a verb of its own: still an order
        ("She quit the army in Kazakhstan, then returned to West Point, to study", [6]),
        ("They met in Almaty, then Astana Mayor Ivanov spoke", [4]),  # a place: a sequence
    ):
        assert order_cues(tokenize(text), text=text) == cues, text


@pytest.mark.parametrize(
    ("text", "left_first"),
    [
        ("the talks preceded the vote", True),
        ("the vote followed the talks", False),
        ("the talks were followed by the vote", True),  # passive: turned round
        ("the vote was preceded by the talks", False),
        ("they met before the vote", True),
        ("they met after the vote", False),
        # adverbs of time between two events: the one written first came first ...
        ("they met, and later voted", True),
        ("they met and subsequently voted", True),
        ("they met and afterwards voted", True),
        ("they voted; earlier, they met", False),
        # ... unless "than" makes them comparatives
        ("they voted later than the others", False),
        ("they voted earlier than the others", True),
    ],
)
def test_verbs_of_order_and_their_passives(text: str, left_first: bool) -> None:
    tokens = tokenize(text)
    (cue,) = order_cues(tokens)
    assert first_left(tokens, cue) is left_first


def test_someone_who_follows_pursues_and_orders_nothing() -> None:
    for text in (
        "Senator Lugar followed a similar agenda",
        "Kazakhstan follows a policy",
        "he followed suit",
    ):
        assert order_cues(tokenize(text), text=text) == []
    # a name after a preposition is no subject; a comma ends the name's run
    text = "talks with Nazarbayev preceded the meeting"
    assert order_cues(tokenize(text), text=text) == [3]
    text = "After talks in Kazakhstan, Senator Lugar followed a similar agenda"
    assert order_cues(tokenize(text), text=text) == [0]
    text = (
        "his talks in Azerbaijan, Turkmenistan and Ukraine preceded those in Kazakhstan"  # a list after "in"
    )
    assert order_cues(tokenize(text), text=text) == [7]
    text = "talks between the minister and Nazarbayev preceded the meeting"  # both after "between"
    assert order_cues(tokenize(text), text=text) == [6]
    text = "Lugar and Nazarbayev followed the plan"
    assert order_cues(tokenize(text), text=text) == []


@pytest.mark.parametrize(
    ("claim", "ranked"),
    [
        ("The plan puts training at home first.", False),  # a priority
        ("The plan puts training at home first, then foreign courses.", True),  # a sequence
        ("They went to Paris first and only afterwards to Rome.", True),
        ("She was the first woman to graduate.", True),
        ("Kazakhstan's first female graduate.", True),
    ],
)
def test_first_said_of_an_action_is_no_rank(claim: str, ranked: bool) -> None:
    assert any(s.kind == "figure" for s in extract_specifics(claim, tokenize(claim), {})) == ranked


def test_a_claim_listed_specific_by_specific() -> None:
    claim = "Akhmetov met Milyuk in Almaty on Tuesday and ordered twice as many, rather than fewer."
    got = _specifics(claim, {"akhmetov": True, "milyuk": True})
    assert ("name", "Akhmetov", "") in got and ("name", "Milyuk", "") in got and ("name", "Almaty", "") in got
    assert ("month", "Tuesday", "") in got  # weekdays are dated specifics too
    assert ("multiplier", "twice as many", "2.0") in got  # the factor with the words that make it one
    assert ("preference", "rather than", "rather") in got


def test_figures_carry_their_quantity() -> None:
    tokens = tokenize("More than 3,000 officers were trained.")
    (figure,) = [s for s in extract_specifics("More than 3,000 officers were trained.", tokens, {})]
    assert figure.kind == "figure" and figure.text == "3,000 officers"
    assert figure.quantity is not None and figure.quantity.value == 3000.0


def test_for_every_is_universal_but_idioms_with_all_are_not() -> None:
    from kzmil.specifics import ALL

    assert [c for _, c in quantifiers(tokenize("testing for every soldier"))] == [ALL]
    assert quantifiers(tokenize("for all its faults")) == []
    assert quantifiers(tokenize("not every officer")) == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("In May 2003 it opened.", ["May"]),
        ("It happened in May.", ["May"]),
        ("Kazakhstan may turn to Russia.", []),
    ],
)
def test_may_is_a_month_only_where_a_date_is(text: str, months: list[str]) -> None:
    toks = tokenize(text)
    assert [s.text for s in extract_specifics(text, toks, {}) if s.kind == "month"] == months


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("They served in Central Iraq.", ["centre"]),
        ("They served in the south of the country.", ["south"]),
        ("Troops in southern Kazakhstan.", ["south"]),
        ("Security in Central Asia.", []),  # a region's name, not a part of a country
        ("Talks with South Korea.", []),  # a name
        ("They went south.", []),  # a way, not a part of a place
        ("Troops in central Kazakhstan.", ["centre"]),
        ("A central topic of the talks.", []),  # chief, not a part of a place
        ("The eastern regional commander.", ["east"]),
    ],
)
def test_the_part_of_a_place_a_word_names(text: str, points: list[str]) -> None:
    tokens = tokenize(text)
    assert [p for i in range(len(tokens)) if (p := compass(tokens, i))] == points


def test_adverbs_of_the_greater_part_are_quantifiers() -> None:
    toks = tokenize("It leaves its security needs largely to the United States.")
    assert [(toks[i].norm, cls) for i, cls in quantifiers(toks)] == [("largely", MOST)]


def test_after_a_span_of_time_orders_no_events() -> None:
    from kzmil.specifics import order_cues

    toks = tokenize("After ten years of attention to reform, Kazakhstan still had not met its goals.")
    assert order_cues(toks) == []
    toks = tokenize("After the summit, Kazakhstan met its goals.")
    assert [toks[i].norm for i in order_cues(toks)] == ["after"]


def test_then_hyphened_to_a_title_is_a_time_not_an_order() -> None:
    text = "In 2004, then-Defense Minister Mukhtar Altynbayev wanted psychological testing."
    assert order_cues(tokenize(text), text=text) == []
    text = "She returned to West Point, then married."
    assert [tokenize(text)[i].norm for i in order_cues(tokenize(text), text=text)] == ["then"]


def test_an_adverb_of_time_alone_orders_after_an_event_the_claim_does_not_state() -> None:
    """ "She later married" orders her marriage after another sentence's event; "met, and
    later voted" and "a later meeting" order two of the claim's own."""

    def alone(text: str, cue: str) -> bool:
        tokens = tokenize(text)
        return time_adverb_alone(text, tokens, next(k for k, t in enumerate(tokens) if t.norm == cue))

    assert alone("She later married and quit the army.", "later")
    assert alone("Milyuk later married and quit the army.", "later")
    assert alone("Then the ministry signed it.", "then")
    assert not alone("Milyuk returned to the academy, and later married.", "later")
    assert not alone("Milyuk returned to the academy and then married.", "then")
    assert not alone("The talks paved the way for a later meeting.", "later")
    assert not alone("Milyuk married later than her classmates.", "later")
    assert not alone("The officer who married then returned.", "then")  # a relative clause's event
    assert not alone("Oynarov had earlier been a deputy minister.", "earlier")  # an earlier state
