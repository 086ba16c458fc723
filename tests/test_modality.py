"""modality: an event the passage reports only as planned, hoped for or talked about."""

from __future__ import annotations

import pytest

from kzmil.index import Index
from kzmil.modality import certain, cues, deeds, finite, future_passive, hedged, purpose_of
from kzmil.models import Judgement
from kzmil.normalize import tokenize
from kzmil.verdict import check


def _cue_words(text: str) -> list[str]:
    toks = tokenize(text)
    return [toks[i].norm for i in cues(toks)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He also envisages introducing psychological testing.", ["envisages"]),
        ("Equipment is currently being discussed between them.", ["discussed"]),
        ("The U.S. will also provide training.", ["will"]),
        ("Kazakhstan plans to have 50% contract servicemen.", ["plans"]),
        ("The helicopters are to go to Kazakhstan.", ["are"]),
        ("She held discussions with the President in July.", []),  # the talk is the event
        ("He announced these plans during a visit.", []),  # a plan named, not an event put off
        ("Elections in May were held.", []),  # the month, not the modal
        ("Further talks are scheduled for the spring.", ["scheduled"]),
        ("A new base is planned near the coast.", ["planned"]),
        ("Aid was offered in 2003.", []),  # what was offered may have been given
    ],
)
def test_cues(text: str, words: list[str]) -> None:
    assert _cue_words(text) == words


def test_a_claim_that_itself_speaks_of_plans_is_not_held_to_the_passages_cues() -> None:
    assert hedged(tokenize("Sembinov was keen to make progress on getting C-130 aircraft."))
    assert hedged(tokenize("U.S. training for KAZBAT"))  # a phrase states no event
    assert hedged(tokenize("helping Kazakhstan build a professional army, training its staff;"))
    assert not hedged(
        tokenize("Altynbayev has already introduced psychological testing for senior officers.")
    )


@pytest.mark.bundled_index
def test_an_event_the_source_only_plans_is_not_found(bundled: Index) -> None:
    got = check(bundled, "Altynbayev introduced psychological tests for senior officers.")
    assert got.verdict is Judgement.NOT_FOUND
    assert "not that it happened: it says “envisages”" in got.reasons[0]


@pytest.mark.bundled_index
def test_a_deed_said_to_be_done_already_against_a_plan_is_contradicted(bundled: Index) -> None:
    got = check(
        bundled, "Psychological tests for senior officers have already been introduced by Altynbayev."
    )
    assert got.verdict is Judgement.CONTRADICTED
    assert got.reasons[0] == "the claim says it has already happened; the source says only “envisages”"


@pytest.mark.bundled_index
def test_an_event_under_discussion_is_not_a_deal_signed(bundled: Index) -> None:
    got = check(
        bundled, "Washington and Astana have signed a deal on mobile vehicles and communications equipment."
    )
    assert got.verdict is Judgement.NOT_FOUND and "“discussed”" in got.reasons[0]


def test_a_modal_passive_puts_off_what_stands_before_it() -> None:
    toks = tokenize("The helicopters will be supplied next year, and they would be a help.")
    assert [toks[i].norm for i in range(len(toks)) if future_passive(toks, i)] == ["will"]


@pytest.mark.bundled_index
def test_a_delivery_the_source_puts_in_the_future_is_not_found(bundled: Index) -> None:
    claim = (
        "Huey II helicopters were handed over to Kazakhstan through the FMF program "
        "to strengthen air defense."
    )
    got = check(bundled, claim)
    assert got.verdict is Judgement.NOT_FOUND and "it says “will be supplied”" in got.reasons[0]
    # "armed" in "the Kazakh armed forces" is no second deed that the first merely frames
    got = check(bundled, "Washington has sent C-130 transport planes to the Kazakh armed forces.")
    assert got.verdict is Judgement.NOT_FOUND
    # "the possibility of supplying US C-130 military transport aircraft" is a prospect, not the
    # deed done; and "US" is the country, read as "U.S." is
    got = check(bundled, "The US supplied C-130 transport aircraft to the Kazakhstani Air Force.")
    assert got.verdict is not Judgement.SUPPORTED and "possibility" in got.reasons[0]
    dotted = check(bundled, "The U.S. supplied C-130 transport aircraft to the Kazakhstani Air Force.")
    assert dotted.verdict is got.verdict
    future = "Huey II helicopters will be supplied through the FMF program to enhance air defense."
    assert check(bundled, future).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_meeting_held_to_discuss_is_still_a_meeting(bundled: Index) -> None:
    got = check(bundled, "Akhmetov met Belarusian Defense Minister Leanid Maltsaw in Almaty on September 12.")
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_last_month_is_read_from_the_articles_date(bundled: Index) -> None:
    """The July 2003 article says "only last month": June, not May."""
    claim = "It was only in June 2003 that the Danish air force was given use of Shymkent airport."
    assert check(bundled, claim).verdict is Judgement.SUPPORTED
    got = check(bundled, "In May 2003 Kazakhstan made Shymkent airport available to the Danish air force.")
    assert got.verdict is Judgement.CONTRADICTED
    assert got.reasons == ["the claim says May; the source says last month (June)"]


@pytest.mark.bundled_index
def test_a_plans_aim_named_by_the_claim_is_no_deed(bundled: Index) -> None:
    """ "Kazakhstan's plans to further professionalize its army": the claim speaks of the
    report on it, not of an army professionalized."""
    claim = (
        "The American delegation was particularly interested in Sembinov's report on "
        "professionalizing Kazakhstan's army."
    )
    assert check(bundled, claim).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_meetings_only_scheduled_were_not_held(bundled: Index) -> None:
    got = check(bundled, "Lord Robertson had more meetings in the region on his September visit.")
    assert got.verdict is Judgement.NOT_FOUND and "“scheduled”" in got.reasons[0]


def test_advice_is_no_deed() -> None:
    # "advised X to" and "advocated that" speak of what should be done, as "urged" does
    assert hedged(tokenize("The newspaper advised Nazarbayev to milk both Moscow and Washington."))
    assert [
        tokenize("They recommended to close the base.")[k].norm
        for k in cues(tokenize("They recommended to close the base."))
    ] == ["recommended"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kazakhstan has purchased an Igla system.", ["purchased"]),
        ("Kazakhstan sent humanitarian aid to Iraq.", ["sent"]),  # WordNet's irregular past
        ("The programme was extended by seven years.", ["extended"]),
        ("The expanded programme runs to 2010.", []),  # it describes a thing
        ("Officers with added duties need more.", []),
        ("Richard Lugar said the programme had been extended.", ["extended"]),  # "said" reports it
        ("Helicopters will be supplied to Kazakhstan’s armed forces.", []),  # future; a possessive
        ("Kazakhstan led the mission and agreed terms.", ["led", "agreed"]),  # a short past; "-eed"
        ("Kazakhstan purchased jets and trained pilots.", ["purchased", "trained"]),
        ("They will proceed; officers were being trained.", []),
        # a people's adjective after a determiner: "armed" describes the forces
        ("The US has delivered aircraft to the Kazakh armed forces.", ["delivered"]),
        ("The Pentagon approved the sale.", ["approved"]),  # a name, not a people's adjective
        ("The US supplied aircraft.", ["supplied"]),  # an acronym of a country's name
        ("The Kazakhs purchased an Igla system.", ["purchased"]),  # a people, not their adjective
        ("The French supplied an aircraft.", ["supplied"]),  # an article follows: a verb
    ],
)
def test_deeds(text: str, words: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[i].norm for i in deeds(toks, text)] == words


@pytest.mark.bundled_index
def test_a_deed_the_source_only_calls_needed_is_not_found(bundled: Index) -> None:
    """ "plugged the need for ... supplying an Igla": a need is not a purchase."""
    got = check(bundled, "Kazakhstan's Defense Ministry has purchased an Igla mobile surface-to-air system.")
    assert got.verdict is Judgement.NOT_FOUND
    assert "it says “need for" in got.reasons[0]
    got = check(bundled, "Kazakhstan has purchased C-130 military transport aircraft from the United States.")
    # "... will be supplied through FMF ... and the possibility of supplying US C-130 aircraft"
    assert got.verdict is Judgement.NOT_FOUND and "it says “will be supplied”" in got.reasons[0]


@pytest.mark.bundled_index
def test_a_deed_stated_before_the_cue_still_stands(bundled: Index) -> None:
    """ "The programme was extended by another seven years. Therefore, we hope for ...": the
    hope comes after the deed, and "said" frames it."""
    got = check(
        bundled, "Lugar said the cooperative threat reduction program had been extended by seven years."
    )
    assert got.verdict is Judgement.SUPPORTED
    got = check(bundled, "Seventeen Kazakhs received military training in the U.S. in 2001.")
    assert got.verdict is Judgement.SUPPORTED  # "will" is in the other sentence of the passage


@pytest.mark.bundled_index
def test_a_deed_of_the_passage_after_the_cue_may_be_the_claims_in_other_words(bundled: Index) -> None:
    """ "Although wanting to become a military attaché, she was in fact posted to logistic
    support": the wish governs the attaché post, and "posted" is done."""
    got = check(bundled, "Yelena Milyuk was assigned to logistic support of the rear services.")
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_phrase_of_circumstance_none_of_whose_words_is_stated_is_an_added_detail(bundled: Index) -> None:
    got = check(bundled, "Yelena Milyuk entered West Point in 2001 on a U.S. government scholarship.")
    assert got.verdict is Judgement.NOT_FOUND and "“government scholarship”" in got.reasons[0]
    # "at least" is no place, and "a decade" is ten years
    got = check(
        bundled, "Graduates of foreign universities are contractually bound to serve for at least a decade."
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("President Nazarbayev intends 2008-2010 to be a period of modernization.", "intends"),
        ("Moscow wants Kazakhstan to buy its arms.", "wants"),
        ("The French offered help to Kazakhstan.", None),  # "to" a place: no infinitive
        ("They expect the talks to the end of May.", None),
    ],
)
def test_an_intention_with_its_object_before_the_infinitive(text: str, cue: str | None) -> None:
    toks = tokenize(text)
    assert [toks[i].norm for i in cues(toks)] == ([cue] if cue else [])


def test_what_someone_was_told_to_do_is_not_claimed_done() -> None:
    assert hedged(tokenize("Putin told the Central Asian states to see to their own security."))
    assert not hedged(tokenize("Putin told the Central Asian states about their own security."))
    # a state reported, not an order: "reported the ministry to have introduced testing"
    assert not hedged(tokenize("Altynbayev reported the ministry to have introduced psychological testing."))


@pytest.mark.parametrize(
    ("text", "sure"),
    [
        ("Kazakhstan will buy new radar stations from Belarus this year.", True),
        ("Kazakhstan is to chair the OSCE from 2010 onwards.", True),
        ("Kazakhstan may buy new radar stations from Belarus this year.", False),
        ("Altynbayev hopes the exercise will take in other Central Asian states.", False),
        ("Kazakhstan plans to buy radar stations, which will be made in Belarus.", False),
        # a noun of plans is no hedge of the claim's own
        ("Kazakhstan will resist the plans of the State Department for the region.", True),
        ("Kazakhstan bought new radar stations from Belarus this year.", False),
    ],
)
def test_a_sure_future_is_the_claims_only_hedge(text: str, sure: bool) -> None:
    assert certain(tokenize(text)) is sure


@pytest.mark.bundled_index
def test_what_will_come_is_not_stated_by_what_may(bundled: Index) -> None:
    got = check(bundled, "Belarus and Kazakhstan will open plants to modernize their T-72 and T-90 tanks.")
    assert got.verdict is Judgement.NOT_FOUND and "may involve" in got.reasons[0]
    # "will" against "will": stated
    got = check(bundled, "Huey II helicopters are going to be supplied through Foreign Military Financing.")
    assert got.verdict is Judgement.SUPPORTED


def test_a_list_item_has_a_verb_of_its_own_only_when_it_is_finite() -> None:
    assert finite(tokenize("Huey II helicopters were supplied to Kazakhstan"))
    assert finite(
        tokenize("Kazakhstan opened factories to modernize tanks"),
        "Kazakhstan opened factories to modernize tanks",
    )
    assert not finite(tokenize("psychological tests being introduced for senior officers"))
    assert not finite(tokenize("little will to enforce these commitments"))
    assert not finite(tokenize("Huey II helicopters, to be supplied through the program"))


@pytest.mark.parametrize(
    ("passage", "verb", "purpose"),
    [
        ("Specialists arrived in Astana to help create a portal.", "create", True),
        ("The ministry sent officers to train abroad.", "train", True),
        ("The trip has served to reaffirm the commitment.", "reaffirm", False),
        ("They managed to create a portal.", "create", False),
        ("The decision to award Kazakhstan the chairmanship.", "award", False),
    ],
)
def test_a_journeys_purpose_is_no_deed(passage: str, verb: str, purpose: bool) -> None:
    toks = tokenize(passage)
    k = next(i for i, t in enumerate(toks) if t.norm == verb)
    assert (purpose_of(toks, k) is not None) is purpose


@pytest.mark.bundled_index
def test_coming_to_help_build_a_thing_is_not_building_it(bundled: Index) -> None:
    v = check(bundled, "US specialists launched a Central Asian web portal for emergencies in Astana.")
    assert v.verdict == "not_found"
    assert "to help create" in v.reasons[0]
    assert (
        check(bundled, "US specialists arrived in Astana to help create a Central Asian web portal.").verdict
        == "supported"
    )


def test_a_call_on_someone_to_act_is_no_deed_of_theirs() -> None:
    assert hedged(tokenize("Putin called on the Central Asian states to look after their own security."))
    assert not hedged(
        tokenize("Putin called on the Central Asian leaders at their summit in Bishkek last week.")
    )


def test_a_forecast_participle_before_a_figure_reports_it_as_not_yet_done() -> None:
    """ "a projected 39 in 2003" forecasts the figure, as "will reach 39" does; "the
    projected budget" and "the expected visitors" name things and forecast no figure."""
    assert cues(tokenize("17 in 2001, and a projected 39 in 2003."))
    assert hedged(tokenize("The number is growing: 17 in 2001, and an expected 39 in 2003."))
    assert not cues(tokenize("The projected budget was spent in 2003."))
    assert not cues(tokenize("The expected visitors arrived in May."))
