"""Session 66's readings, on invented corpora (each test fails on the session's start code,
or guards a reading against firing where it must not)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

DENIALS = (
    "The editor of the Gazette denied that the minister had resigned over the radio scandal in "
    "March. The ministry dismissed reports that Sweden had refused to repair the frigates. "
    "Norway was denied access to the port of Riga in 2006."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # what a speaker denies is not stated, either way
        ("The minister resigned over the radio scandal in March.", "not_found"),
        ("The minister did not resign over the radio scandal.", "not_found"),
        ("Sweden refused to repair the frigates.", "not_found"),
        # the claim that reports the denial is stated
        ("The Gazette's editor denied that the minister had resigned over the radio scandal.", "supported"),
        ("The ministry dismissed reports that Sweden refused to repair the frigates.", "supported"),
        # "denied access" takes back no clause
        ("Norway was denied access to the port of Riga in 2006.", "supported"),
    ],
)
def test_a_reported_denial_states_nothing(tmp_path: Path, claim: str, want: str) -> None:
    """ "The editor denied that the minister had resigned": the source reports a denial, so the
    bare claim that he resigned (or that he did not) is not stated."""
    assert _verdict(tmp_path, claim, denials=DENIALS).verdict == want


WAREHOUSES = (
    "During his talks with NATO, President Halvorsen made a number of suggestions, which may include "
    "building warehouses within Kazakhstan for relief supplies. The plant in Russia signed a contract."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a city of the country the passage names: a detail it leaves out
        ("Halvorsen suggested building warehouses in Almaty.", "not_found"),
        ("The plant in Moscow signed a contract.", "not_found"),
        # a city of another country, or another country, faces it
        ("Halvorsen suggested building warehouses in Moscow.", "contradicted"),
        ("Halvorsen suggested building warehouses in Uzbekistan.", "contradicted"),
        ("The plant in Minsk signed a contract.", "contradicted"),
    ],
)
def test_a_city_in_the_country_the_source_names_is_an_added_detail(
    tmp_path: Path, claim: str, want: str
) -> None:
    """ "in Almaty" against "within Kazakhstan": Almaty lies in Kazakhstan (WordNet's part-of
    links, data/located.txt), so the source does not say it, but says nothing against it."""
    assert _verdict(tmp_path, claim, warehouses=WAREHOUSES).verdict == want


CHAIR = "The decision to award the chairmanship of the OSCE to Norway in 2010 buoyed the ministry."


@pytest.mark.parametrize(
    "claim",
    [
        "Norway was awarded the chairmanship of the Organization for Security and "
        "Co-operation in Europe in 2010.",
        "Norway was awarded the chairmanship of the Organization for Security and "
        "Cooperation in Europe in 2010.",
    ],
)
def test_a_hyphenated_word_gives_an_acronym_one_letter(tmp_path: Path, claim: str) -> None:
    """ "Co-operation" is one word of "OSCE", as "Cooperation" is, not two ("co", "operation")."""
    assert _verdict(tmp_path, claim, chair=CHAIR).verdict == "supported"


EXERCISE = (
    "Halvorsen would like Baltic Shield to be expanded in the future to include other Nordic "
    "countries in addition to participation by U.S. and British servicemen."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Halvorsen wants Baltic Shield widened to Nordic states in place of U.S. and British servicemen.",
            "contradicted",
        ),
        (
            "Halvorsen wants Baltic Shield widened to Nordic states instead of U.S. and British servicemen.",
            "contradicted",
        ),
        # the same addition, said another way: nothing conflicts
        (
            "Halvorsen wants Baltic Shield widened to Nordic states as well as U.S. and British servicemen.",
            None,
        ),
    ],
)
def test_a_side_added_is_no_side_replaced(tmp_path: Path, claim: str, want: str | None) -> None:
    """ "in place of Y" against "in addition to Y": the source keeps what the claim drops."""
    got = _verdict(tmp_path, claim, exercise=EXERCISE).verdict
    assert got == want if want else got != "contradicted"


PLANS = (
    "The U.S. military will also provide training for the Norwegian peacekeeping battalion NORBAT. "
    "The ministers discussed joint projects, which may involve opening factories to modernize T-72 tanks. "
    "During his meetings with Lord Robertson, President Halvorsen made a number of suggestions "
    "concerning new initiatives with NATO. Huey II helicopters will be supplied through the FMF "
    "program, as well as the possibility of supplying C-130 transport aircraft."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a commitment, a proposal or a possibility in the claim claims no more than "will" or "may"
        ("The U.S. military also agreed to train NORBAT, the Norwegian peacekeeping battalion.", "supported"),
        ("The U.S. military undertook to train NORBAT, the Norwegian peacekeeping battalion.", "supported"),
        ("Possible projects included opening factories to modernize T-72 tanks.", "supported"),
        (
            "In meetings with Lord Robertson, President Halvorsen floated new initiatives with NATO.",
            "supported",
        ),
        # a commitment to a deed the passage does not promise is not stated
        ("The U.S. military agreed to arm NORBAT, the Norwegian peacekeeping battalion.", "not_found"),
        # "will be supplied" is said of the helicopters; the aircraft are only a possibility
        ("Washington has agreed to supply Norway with C-130 transport aircraft.", "not_found"),
        ("Washington has committed to supplying C-130 transport aircraft.", "not_found"),
    ],
)
def test_a_claim_of_a_commitment_or_a_possibility_is_hedged(tmp_path: Path, claim: str, want: str) -> None:
    """ "agreed to train" against "will also provide training", "possible projects included"
    against "may involve": the claim says no more than the source."""
    assert _verdict(tmp_path, claim, plans=PLANS).verdict == want


TRIP = (
    "General Dahl, Norway's Deputy Defense Minister, completed an important trip to Washington on "
    "November 19. Dahl met Richard Armitage, Deputy Secretary of State, and James MacDougall of the "
    "Pentagon."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the passage dates the trip, not the meeting
        ("Dahl met Deputy Secretary of State Richard Armitage on November 16 during his trip.", "not_found"),
        # the deed the passage dates
        ("Dahl completed his trip to Washington on November 16.", "contradicted"),
    ],
)
def test_a_date_of_another_deed_is_no_date_of_the_claims(tmp_path: Path, claim: str, want: str) -> None:
    """ "met Armitage on November 16" against "completed a trip on November 19. ... met
    Armitage": the meeting's date is not given, so the claim's is unstated."""
    assert _verdict(tmp_path, claim, trip=TRIP).verdict == want


# ---------------------------------------------------------------- the outside review's finds

CHOICES = (
    "The Bergen city council chose electric buses instead of trams for the new eastern line. "
    "The package covers fuel depots as well as crew training."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The Bergen city council chose electric buses in addition to trams for the eastern line.",
            "contradicted",
        ),
        ("The Bergen city council chose trams for the new eastern line.", "contradicted"),
        ("The package covers crew training instead of fuel depots.", "contradicted"),
        ("The Bergen city council chose electric buses rather than trams for the eastern line.", "supported"),
    ],
)
def test_replaced_and_added_either_way_round(tmp_path: Path, claim: str, want: str) -> None:
    """ "in addition to Y" against "instead of Y", the sides either way round, and a claim that
    gives the choice to what the source set aside."""
    assert _verdict(tmp_path, claim, choices=CHOICES).verdict == want


def test_a_commitment_is_stated_by_the_same_doer_only(tmp_path: Path) -> None:
    """ "Italy agreed to provide barracks" is not "Albania will provide barracks"."""
    corpus = "Albania will provide barracks for the Italian instructors in Durres."
    claim = "Italy agreed to provide barracks for the Italian instructors in Durres."
    assert _verdict(tmp_path, claim, barracks=corpus).verdict == "not_found"


def test_a_date_of_another_deed_is_not_stated_by_the_articles_date(tmp_path: Path) -> None:
    """The passage dates the opening, not the hiring; the article's own year states no hiring."""
    corpus = "In 2009 the firm Tecelagem Douro opened a factory in Braga. The company hired 300 workers."
    assert (
        _verdict(tmp_path, "Tecelagem Douro hired 300 workers in 2011.", mills=corpus).verdict == "not_found"
    )


def test_not_denying_asserts_nothing(tmp_path: Path) -> None:
    corpus = "The shipping company Atlantis Lines did not deny that its captain had ignored a storm warning."
    claim = "The captain of the Atlantis Lines ship ignored a storm warning."
    assert _verdict(tmp_path, claim, ferry=corpus).verdict == "not_found"


ACRONYMS = (
    "The Organization for Security and Co-operation in Europe sent 120 observers to Moldova. "
    "Dorin Ceban said Moldova remained committed to the Non-Proliferation Treaty. "
    "Ceban attended a forum on the Trans-Adriatic Pipeline in Tirana."
)


@pytest.mark.parametrize(
    "claim",
    [
        "The OSCE sent 120 observers to Moldova.",
        "Dorin Ceban said Moldova remained committed to the NPT.",
        "Ceban attended a forum on TAP in Tirana.",
    ],
)
def test_an_acronym_takes_a_letter_of_each_part_or_of_the_whole_word(tmp_path: Path, claim: str) -> None:
    """ "Non-Proliferation Treaty" is NPT, one letter a part; "Co-operation" gives OSCE one."""
    assert _verdict(tmp_path, claim, acronyms=ACRONYMS).verdict == "supported"


TALKS = "Talks with the Spanish shipping operator Naviera Sur were held in Italy last month."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Talks with Naviera Sur were held in Spain.", "contradicted"),
        ("Talks with Naviera Sur were held in Italy.", "supported"),
    ],
)
def test_a_peoples_word_does_not_place_an_event(tmp_path: Path, claim: str, want: str) -> None:
    """ "held in Spain" against "the Spanish operator ... were held in Italy"."""
    assert _verdict(tmp_path, claim, talks=TALKS).verdict == want


def test_a_commitment_is_more_than_a_talk(tmp_path: Path) -> None:
    """ "agreed to train" against "discussed training": a talk states no agreement (the claim's
    commitment claims a deed to come, no more than "will", but more than a plan or a talk)."""
    corpus = "The U.S. and Norwegian officers discussed training the peacekeeping battalion NORBAT."
    claim = "The U.S. agreed to train NORBAT, the Norwegian peacekeeping battalion."
    assert _verdict(tmp_path, claim, talks=corpus).verdict == "not_found"


OFFICE = "The firm also opened a sales office in Lyon in 2012."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("The firm opened a sales office in France in 2012.", "supported"),
        ("The firm opened a sales office in Spain in 2012.", "contradicted"),
    ],
)
def test_a_city_states_its_country(tmp_path: Path, claim: str, want: str) -> None:
    """ "in Lyon" states "in France" (Lyon lies in France), and faces "in Spain"."""
    assert _verdict(tmp_path, claim, office=OFFICE).verdict == want


ASSERTED = (
    "There is little doubt that the minister resigned over the radio scandal in March. "
    "The ministry welcomed the dispute that erupted over the frigates in May."
)


def test_a_doubt_denied_asserts_its_clause(tmp_path: Path) -> None:
    """ "little doubt that X" asserts X: no reported denial."""
    claim = "The minister resigned over the radio scandal in March."
    assert _verdict(tmp_path, claim, asserted=ASSERTED).verdict == "supported"


def test_a_noun_of_denial_takes_nothing_back(tmp_path: Path) -> None:
    """ "the dispute that erupted": a noun and its relative clause, no denial of the clause."""
    reasons = _verdict(tmp_path, "A row erupted over the frigates in May.", asserted=ASSERTED).reasons
    assert not any("dispute that" in r for r in reasons)
