"""quantities: the figures of a sentence, what each counts, and how a claim bounds them."""

from __future__ import annotations

import pytest

from kzmil import quantities
from kzmil.normalize import tokenize
from kzmil.quantities import Quantity, approximate, as_percent, bound, extract, qualifiers, stated_by, uncited


def _figures(text: str) -> list[tuple[str, float, str, bool]]:
    return [(q.type, q.value, q.unit, q.ordinal) for q in extract(text, tokenize(text))]


def _one(text: str) -> Quantity:
    (q,) = extract(text, tokenize(text))
    return q


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Out of 250 officers", [("count", 250.0, "offic", False)]),
        ("twenty-five officers", [("count", 25.0, "offic", False)]),  # number words are figures
        ("40 percent of cadets", [("percent", 40.0, "", False)]),
        ("$3 million in aid", [("money", 3_000_000.0, "$", False)]),
        ("the third battalion", [("count", 3.0, "battalion", True)]),  # a rank, not an amount
        ("two thirds of the troops", [("share", pytest.approx(2 / 3), "", False)]),
        ("It happened on September 12, 2007.", [("date", 912.0, "", False), ("year", 2007.0, "", False)]),
    ],
)
def test_each_kind_of_figure(text: str, expected: list[tuple[str, float, str, bool]]) -> None:
    assert _figures(text) == expected


def test_the_span_is_the_figure_and_the_text_names_what_it_counts() -> None:
    text = "Out of 1,250 officers, 110 have quit."
    q = extract(text, tokenize(text))[0]
    assert text[q.start : q.end] == "1,250" and q.text == "1,250 officers"


def test_only_plausible_years_are_years() -> None:
    low, high = quantities.YEARS
    assert _one(f"in {low}").type == "year" and _one(f"in {high}").type == "year"
    assert (low, high) == (1800, 2100)  # the modern record; before it a bare number is a count
    assert _one("in 1750").type == "count" and _one("in 2150").type == "count"


def test_an_ambiguous_month_counts_only_when_capitalised() -> None:
    assert [q.type for q in extract("They may go in 2004.", tokenize("They may go in 2004."))] == ["year"]
    assert [q.type for q in extract("on March 3", tokenize("on March 3"))] == ["date"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("more than 3,000 officers", ">"),
        ("at least five years", ">"),
        ("fewer than 40 cadets", "<"),
        ("up to 12 men", "<"),
        ("exactly 12 men", ""),
    ],
)
def test_bounds(text: str, side: str) -> None:
    tokens = tokenize(text)
    assert bound(text, tokens, extract(text, tokens)[0]) == side


def test_about_makes_a_figure_approximate() -> None:
    for text, rough in (("about 5,000 troops", True), ("5,000 troops", False)):
        tokens = tokenize(text)
        assert approximate(tokens, extract(text, tokens)[0]) is rough


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("close to three-quarters of the budget", ["close", "to"]),
        ("upwards of 2,500 km", ["upwards", "of"]),
        ("roughly $1.1 billion", ["roughly"]),
        ("more than 3,000 officers", ["more", "than"]),
        ("the 3,000 officers", []),
    ],
)
def test_the_words_that_make_a_figure_rough_or_a_bound(text: str, words: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.norm for t in qualifiers(tokens, extract(text, tokens)[0])] == words


@pytest.mark.parametrize(
    ("claim", "source", "stated"),
    [
        ("fewer than 23 cadets", "23 cadets", False),  # a strict bound leaves the figure out
        ("more than 3,000 officers", "3,000 officers", False),
        ("at least 23 cadets", "23 cadets", True),  # an inclusive one does not
        ("more than 3,000 officers", "more than 3,000 officers", True),
        ("at most 3,000 officers", "more than 3,000 officers", False),  # the opposite bound
        ("more than 75 percent", "almost 75 percent", False),
        ("23 cadets", "23 cadets", True),
        ("more than 23 cadets", "Of the 114 cadets, 23 have left", False),  # nor by the whole
    ],
)
def test_a_bound_is_met_by_the_same_figure_only_as_it_allows(claim: str, source: str, stated: bool) -> None:
    ctoks, ptoks = tokenize(claim), tokenize(source)
    q = extract(claim, ctoks)[0]
    assert (stated_by(q, claim, ctoks, extract(source, ptoks), source, ptoks) is not None) is stated


def test_a_change_by_close_to_half_is_a_share() -> None:
    text = "rose by close to half, to"
    assert [(q.type, q.value) for q in extract(text, tokenize(text))] == [("share", 0.5)]


def test_shares_read_as_percents() -> None:
    assert as_percent(_one("40 percent")) == 40.0
    assert as_percent(_one("two thirds of them")) == pytest.approx(200 / 3)
    assert as_percent(_one("250 officers")) is None


def test_figures_of_different_measures_are_never_one_figure() -> None:
    km, troops, also_troops = _one("5,000 km"), _one("5,000 troops"), _one("5,000 troops")
    assert km.same_value(troops) and km.measures_apart(troops) and not km.comparable(troops)
    assert troops.comparable(also_troops) and not troops.measures_apart(also_troops)
    assert not _one("5,000 troops").same_value(_one("5,001 troops"))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("serve at least a decade", 10.0, "year"),
        ("two decades", 20.0, "year"),
        ("a dozen officers", 12.0, "offic"),
        ("a plan covering half a decade", 5.0, "year"),  # "half a" halves what follows
        ("half a dozen officers", 6.0, "offic"),
        ("the visit lasted a week", 1.0, "week"),  # a span of time: one week
        ("a week-long visit", 1.0, "week"),
        ("talks went on for one month", 1.0, "month"),
        ("a fortnight of drills", 2.0, "week"),  # two weeks, as "two weeks" is
    ],
)
def test_numbers_written_as_nouns(text: str, value: float, unit: str) -> None:
    (q,) = extract(text, tokenize(text))
    assert (q.value, q.unit) == (value, unit)


def test_half_a_million_is_half_of_it() -> None:
    (q,) = extract("half a million dollars", tokenize("half a million dollars"))
    assert (q.type, q.value, q.text) == ("money", 500_000.0, "half a million")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("54 of some 143 billion tenges", (54e9, "money", "teng")),
        ("rose from 100 to 143 billion tenges", (100e9, "money", "teng")),
        ("between 2 and 3 million dollars", (2e6, "money", "$")),
        # not smaller than the scaled figure's own number: no split amount
        ("500 of 143 billion tenges", (500.0, "count", "")),
        # from an outside review: a count's "of" counts things, and a bare "and", "or" or
        # dash is no range
        ("3 of the 10 million people", (3.0, "count", "")),
        ("only two of some 5 million small firms", (2.0, "count", "")),
        ("50 billion tenges on Line 1 and about 20 billion on Line 2", (50e9, "money", "teng")),
        ("2 or 3 million dollars", (2.0, "count", "")),
        ("all 12 - some 40 billion tenges in total -", (12.0, "count", "")),
    ],
)
def test_a_bare_figure_shares_the_scale_of_the_figure_it_is_joined_to(
    text: str, first: tuple[float, str, str]
) -> None:
    q = extract(text, tokenize(text))[0]
    assert (q.value, q.type, q.unit) == first


def test_a_span_after_a_figure_further_back_is_a_span() -> None:
    text = "the 400 troops stayed a week"
    assert [(q.value, q.unit) for q in extract(text, tokenize(text))][-1] == (1.0, "week")


@pytest.mark.parametrize(
    "text", ["they met twice a week", "he earns 500 dollars a month", "every month", "a monthly stipend"]
)
def test_a_rate_of_time_is_no_span(text: str) -> None:
    """ "twice a week" and "$500 a month" give a rate: no figure of one week or one month."""
    assert all(q.unit not in ("week", "month") for q in extract(text, tokenize(text)))


def test_decades_without_a_number_count_nothing() -> None:
    assert extract("for decades", tokenize("for decades")) == []


def test_a_bare_amount_is_stated_by_the_same_amount_of_money() -> None:
    claim = "Some 54 billion of the 143 billion tenge budget is set aside."
    ctoks = tokenize(claim)
    bare = extract(claim, ctoks)[0]
    source = "Of that total, 54 billion tenges is earmarked."
    assert stated_by(bare, claim, ctoks, extract(source, tokenize(source))) is not None
    other = "Of that total, 45 billion tenges is earmarked."
    assert stated_by(bare, claim, ctoks, extract(other, tokenize(other))) is None


def test_a_time_after_a_figure_is_not_what_it_counts() -> None:
    text = "The number will reach 39 this year."
    assert extract(text, tokenize(text))[0].unit == ""


def test_a_unit_is_not_read_across_punctuation() -> None:
    text = "After 9/11, Kazakhstan looked west; 5,000 troops moved."
    got = [(q.value, q.unit) for q in extract(text, tokenize(text))]
    assert got == [(911.0, ""), (5000.0, "troop")]  # "9/11": a month and day


def test_a_models_number_is_part_of_its_name() -> None:
    """ "Su-27 repair contract" counts no repairs; "MiG-29 fighters" is a rival of "Su-27 fighters";
    "Batys-2003" is no model but an exercise of 2003."""
    text = "a Su-27 repair contract and MiG-29 fighters, 27 fighters"
    su, mig, plain = extract(text, tokenize(text))
    assert su.model and mig.model and not plain.model
    assert not plain.same_value(su) and not su.same_value(plain)
    other = "Su-27 fighters"
    (theirs,) = extract(other, tokenize(other))
    assert mig.comparable(theirs) and not su.comparable(theirs)
    (year,) = extract("Batys-2003", tokenize("Batys-2003"))
    assert year.type == "year" and not year.model
    assert not extract("three models", tokenize("three models"))[0].model


def test_the_date_of_a_source_cited_in_brackets_is_no_figure_of_the_passage() -> None:
    text = "On May 3 the minister signed the decree (Kazakhstan Today, May 4; Interfax, May 3)."
    toks = tokenize(text)
    assert [q.text for q in uncited(text, toks, tokenize("The minister signed the decree on May 4."))] == [
        "May 3"
    ]
    # a claim that names the source may date its report
    got = uncited(text, toks, tokenize("Interfax reported the decree on May 3."))
    assert [q.text for q in got] == ["May 3", "May 4", "May 3"]
    # a bracket that states something is no citation
    text = "Training grew (from 17 officers in 2001 to 39 in 2003)."
    assert len(uncited(text, tokenize(text), [])) == len(extract(text, tokenize(text)))


def test_a_cited_date_is_when_the_source_wrote_even_with_no_date_of_the_passage() -> None:
    """The second review: "(Megapolis, September 3)" dates a quotation, not the deeds before it."""
    text = "She married and quit the army, she explained (Megapolis, September 3)."
    assert "September 3" not in [q.text for q in uncited(text, tokenize(text), [])]
    # a claim names a source by all its words: "Kazakhstan" is not "Kazakhstan Today"
    text = "On May 3 the minister signed (Kazakhstan Today, May 4)."
    got = uncited(text, tokenize(text), tokenize("Kazakhstan's minister signed on May 4."))
    assert [q.text for q in got] == ["May 3"]
    # either agency of "Interfax/Itar-Tass" names it
    text = "Talks were held (Interfax/Itar-Tass, Moscow, September 12)."
    assert [q.text for q in uncited(text, tokenize(text), tokenize("Interfax said so on September 12."))] == [
        "September 12"
    ]


def test_and_a_half_is_read_with_its_whole_and_scale() -> None:
    """ "two and a half thousand kilometres" is 2,500 km, one figure, not 2 and a half."""
    text = "moving more than two and a half thousand kilometres, and 3 and a half million dollars"
    got = [(q.type, q.value, q.unit) for q in extract(text, tokenize(text))]
    assert got == [("count", 2500.0, "km"), ("money", 3_500_000.0, "$")]


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("the budget rose by nearly half", 0.5),
        ("cut by more than half", 0.5),
        ("the budget rose by a third", 1 / 3),
        ("in the second half of 2007", None),
        ("half-hearted support", None),
    ],
)
def test_the_size_of_a_change_in_words_is_a_share(text: str, share: float | None) -> None:
    found = [q.value for q in extract(text, tokenize(text)) if q.type == "share"]
    assert found == ([share] if share is not None else [])


@pytest.mark.parametrize(
    ("text", "share", "said"),
    [
        ("About one in three graduates serve", 1 / 3, "one in three"),
        ("2 in 5 officers left", 0.4, "2 in 5"),
        ("one in five of the 250 officers", 0.2, "one in five"),
    ],
)
def test_a_rate_is_a_share(text: str, share: float, said: str) -> None:
    (q,) = [q for q in extract(text, tokenize(text)) if q.type == "share"]
    assert (q.value, q.text) == (pytest.approx(share), said)


def test_a_count_before_a_year_is_no_rate() -> None:
    assert [q.type for q in extract("held 5 in 2003", tokenize("held 5 in 2003"))] == ["count", "year"]


def test_a_rate_keeps_the_figures_after_it() -> None:
    text = "One in three of 900 graduates serve"
    assert [(q.type, q.text) for q in extract(text, tokenize(text))] == [
        ("share", "One in three"),
        ("count", "900 graduates"),
    ]


def test_a_bare_figure_after_a_sum_at_its_scale_is_that_money() -> None:
    text = "Of the 143 billion tenges in the budget, 64 billion was earmarked for weapons."
    found = [(q.type, q.text, q.unit) for q in extract(text, tokenize(text))]
    assert found == [("money", "143 billion tenges", "teng"), ("money", "64 billion", "teng")]


def test_a_verb_with_its_particle_after_a_figure_is_not_what_it_counts() -> None:
    """ "set", "put", "cut" are their own past forms: a particle after them shows the verb."""
    text = "Of the 143 billion pesos in the budget, 45 billion is set aside for ships."
    found = [(q.type, q.text, q.unit) for q in extract(text, tokenize(text))]
    assert found == [("money", "143 billion pesos", "peso"), ("money", "45 billion", "peso")]
    kept = "Of these, 300 are servicemen back from Iraq."
    assert [q.unit for q in extract(kept, tokenize(kept))] == ["servicemen"]


def test_a_participle_after_a_figure_is_not_what_it_counts() -> None:
    text = "Of these, 300 are servicemen and 23 have left."
    assert [q.unit for q in extract(text, tokenize(text))] == ["servicemen", ""]


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("He left on November 19, two days after the session.", "November 17"),
        ("He left on November 19, two days before the session.", "November 21"),
        ("Two days after the November 17 session, he left.", "November 19"),
        ("The April 17 item relied on a report from three days earlier.", "April 14"),
        ("Three days later, on April 17, the paper wrote.", "April 14"),
        ("On April 14 TV reported it, and three days later the paper wrote.", "April 17"),
        ("Four weeks after his remarks, on September 13, they arrived.", "August 16"),
        ("On December 30 he left; three days later it was over.", "January 2"),
        # a clause's end sets the date off from the cue: the date is counted from, not the cue's own
        ("The paper wrote on April 17; three days later, TV reported it.", "April 20"),
        ("TV reported it on April 14; three days earlier, the paper had written.", "April 11"),
    ],
)
def test_a_distance_from_a_date_gives_another_date(text: str, implied: str) -> None:
    (gap,) = quantities.implied_dates(text, tokenize(text))
    assert gap.implied.text == implied


def test_no_date_given_by_distance_without_one_date_to_count_from() -> None:
    for text in (
        "Two days earlier, he left.",  # the date is another sentence's
        "On May 2 and May 9, two days after each session, he spoke.",  # which date is counted from?
        "After two days of talks on May 2, he left.",  # a span, not a distance
        "TV reported for three days after the paper wrote on May 2.",  # how long, not when
    ):
        assert quantities.implied_dates(text, tokenize(text)) == []


def test_a_date_given_by_distance_is_tied_to_its_event() -> None:
    """The source must give the implied date to the event the claim gives it to: "three
    days after the paper wrote" asks for the paper's date, not the one TV reported on."""
    claim = "TV reported on the inspection on April 17, three days after the paper wrote about it."
    (gap,) = quantities.implied_dates(claim, tokenize(claim))
    assert gap.implied.text == "April 14"
    wrong = "The inspection was carried out in March, TV reported on April 14."
    right = "The paper wrote about it on April 14."
    assert not quantities.event_tied(gap, wrong, tokenize(wrong))
    assert quantities.event_tied(gap, right, tokenize(right))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "The budget came to 143 billion tenges, with 54 billion of it set aside.",
            "teng",
        ),  # part of the sum
        ("Around 5,000 troops took part, 2,500 of them deployed from the border.", "troop"),
        ("Around 550 people go abroad, 250 of them servicemen.", "servicemen"),
    ],
)
def test_a_part_of_what_was_named_before_counts_in_its_unit(text: str, unit: str) -> None:
    part = extract(text, tokenize(text))[-1]
    assert part.unit == unit


def test_a_sum_in_another_currency_states_no_figure() -> None:
    """ "1.1 billion of it" in tenges is not the "$1.1 billion" the source converts the total to."""
    claim = "The budget came to 143 billion tenges, with 1.1 billion of it set aside."
    source = "The budget came to some 143 billion tenges ($1.1 billion)."
    q = extract(claim, tokenize(claim))[-1]
    assert stated_by(q, claim, tokenize(claim), extract(source, tokenize(source))) is None
    dollars = "The budget came to $1.1 billion."
    d = extract(dollars, tokenize(dollars))[0]
    assert stated_by(d, dollars, tokenize(dollars), extract(source, tokenize(source))) is not None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("KZT 143bn", "teng"),
        ("143 billion KZT", "teng"),
        ("143 billion tenges", "teng"),
        ("USD 52 million", "$"),
    ],
)
def test_a_currency_code_is_its_currency_before_or_after_the_amount(text: str, unit: str) -> None:
    [q] = extract(text, tokenize(text))
    assert (q.type, q.value, q.unit) == ("money", 143e9 if "143" in text else 52e6, unit)


def test_a_code_and_a_name_of_one_currency_are_rivals() -> None:
    [claim] = extract("KZT 134bn", tokenize("KZT 134bn"))
    [source] = extract("143 billion tenges", tokenize("143 billion tenges"))
    assert claim.comparable(source) and not claim.same_value(source)


def test_a_currency_code_after_the_amount_is_no_name() -> None:
    from kzmil.specifics import extract_specifics

    claim = "The budget rose to 143 billion KZT."
    specs = extract_specifics(claim, tokenize(claim), {4: True})
    assert [(s.kind, s.text) for s in specs] == [("figure", "143 billion KZT")]


def test_an_age_is_no_span_of_years() -> None:
    from kzmil.quantities import extract

    aged = "a 45-year-old officer"
    plan = "a new three-year plan"
    (age,) = extract(aged, tokenize(aged))
    (span,) = extract(plan, tokenize(plan))
    assert age.unit == "year old" and span.unit == "year"


def test_the_country_its_sign_implies_is_part_of_the_currency() -> None:
    """ "1.1 billion US dollars" is "$1.1 billion"; "Canadian dollars" are not "$"."""

    def units(text: str) -> list[str]:
        return [q.unit for q in extract(text, tokenize(text))]

    assert units("to roughly 1.1 billion US dollars") == ["$"]
    assert units("to roughly 1.1 billion U.S. dollars") == ["$"]
    assert units("some 40 million British pounds") == ["£"]
    assert units("to roughly 1.1 billion Canadian dollars") != ["$"]
    toks = tokenize("US dollars")
    assert quantities.home_currency(toks[0], toks[1])
    toks = tokenize("Canadian dollars")
    assert not quantities.home_currency(toks[0], toks[1])
