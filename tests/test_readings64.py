"""Session 64's readings, on invented corpora (each test fails on the session's start code,
or guards a reading against firing where it must not)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

REFIT = "A shipyard in Norway has signed a $40 million contract to carry out refits on Danish patrol boats."


def test_a_figures_word_relates_no_names(tmp_path: Path) -> None:
    """ "million" stands between the two places on both sides, the other way round: it counts
    the contract, and puts neither place in the other's role."""
    claim = "Refits of Denmark's patrol boats fall under a $40 million Norwegian contract."
    assert _verdict(tmp_path, claim, refit=REFIT).verdict == "supported"


SCHOOLS = "Minister Halvorsen promised that schools will be equipped with new computers and software."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Halvorsen promised schools new computers and software, to be installed by the end of 2011.",
            "not_found",
        ),
        ("Schools will be equipped with new computers by 2011, Halvorsen promised.", "not_found"),
        ("In 2011 Halvorsen promised that schools will get new computers and software.", "supported"),
        ("It was not until 2011 that Halvorsen promised schools new computers and software.", "supported"),
    ],
)
def test_a_deadline_is_not_the_articles_date(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, schools=SCHOOLS).verdict == want


PLANS = {
    "old": "Norway and Denmark signed a five-year defence cooperation plan in 2008.",
    "new": (
        "After the summit, Norway agreed a new five-year defence cooperation plan with Denmark, "
        "cementing these arrangements through 2018."
    ),
}


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("The five-year Norwegian-Danish defence cooperation plan was signed in March 2008.", "not_found"),
        ("The new five-year defence cooperation plan with Denmark runs through 2020.", "contradicted"),
        ("The new five-year defence cooperation plan with Denmark runs through 2018.", "supported"),
    ],
)
def test_a_limit_is_no_events_year(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, **PLANS).verdict == want


INSTITUTE = (
    "As of 2009, NATO has enabled a military language institute, which gives Norwegian military "
    "personnel the chance to study military English, Turkish, and Chinese."
)


def test_a_place_after_a_verb_modifies_no_noun_before_it(tmp_path: Path) -> None:
    """ "personnel can study English" does not make English the personnel's, so the passage's
    "Norwegian military personnel" is no rival to it."""
    claim = "Since 2009 NATO has enabled an institute where personnel can study English, Turkish and Chinese."
    assert _verdict(tmp_path, claim, institute=INSTITUTE).verdict == "supported"


TALKS = (
    "After a meeting between the defence ministers in March 2009, Norway's Defence Minister, Ola "
    "Berg, held discussions with President Halvorsen in July 2009."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("In March 2009 Norway's defence minister held talks with President Halvorsen.", "contradicted"),
        ("In July 2009 Norway's defence minister held talks with President Halvorsen.", "supported"),
    ],
)
def test_an_opening_date_dates_its_whole_clause(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, talks=TALKS).verdict == want


COURSES = (
    "The courses were geared towards officers from platoon commander to battalion commander, as well "
    "as courses for officers up to brigade commander."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("The courses covered officers from platoon commander up to division commander.", "contradicted"),
        ("The courses covered officers from platoon commander up to brigade commander.", "supported"),
    ],
)
def test_a_sister_noun_in_the_same_slot_contradicts(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, courses=COURSES).verdict == want


def test_sisters_are_of_one_kind() -> None:
    from kzmil.synonyms import sisters

    assert "brigad" in sisters("divis") and "navi" in sisters("armi")
    assert not sisters("command") & {"officer", "leader"}  # no sister is a synonym


CADETS = "Of the 114 cadets who studied in Norway, 23 have left to find employment in the civil sector."
TRAINED = "The number of cadets trained abroad remains small, but it is significant and growing."


def test_a_state_denied_that_the_source_never_states_is_no_denial(tmp_path: Path) -> None:
    """ "She is not alone:" frames the figures after it; the passage states no "alone"."""
    claim = "She is not alone: of the 114 cadets who studied in Norway, 23 have left for civil jobs."
    assert _verdict(tmp_path, claim, cadets=CADETS).verdict != "contradicted"


def test_a_state_denied_that_the_source_states_is_still_denied(tmp_path: Path) -> None:
    claim = "The number of cadets trained abroad is not significant."
    assert _verdict(tmp_path, claim, trained=TRAINED).verdict == "contradicted"


AGREEMENT = "The cooperation agreement between Norway and Denmark was signed in 2003 and runs through 2013."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("The cooperation agreement between Norway and Denmark was signed in 2013.", "not_found"),
        ("The cooperation agreement between Norway and Denmark runs until 2013.", "supported"),
    ],
)
def test_the_end_of_a_span_is_no_events_year(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, agreement=AGREEMENT).verdict == want


RELATIVE = "All schools in the Vell region will be equipped with computers by the end of this year."


def test_a_deadline_the_passage_gives_by_this_year_is_stated(tmp_path: Path) -> None:
    claim = "All schools in the Vell region are to be equipped with computers by the end of 2011."
    assert _verdict(tmp_path, claim, relative=RELATIVE).verdict == "supported"
