"""Session 59's readings, on invented corpora: a word that judges is no synonym of one that
judges nothing, whatever their stems ("positive" is not "posit", a synonym of "states"); a
place's adjective is its name ("Andean" of "Andea"); a claim's "efforts to" or "bid to" speaks
of an attempt itself; a hint given as a deed's purpose ("using X to signal that") hedges nothing
of that deed; "N of them are X" counts X, as "Of these, N are X" does; a return comes "later"
than the stay it returns from; a publisher's short name "suggested" as it "argued"; and "the
former" stands for the first name of the pair before it, "the latter" for the second; and "how
many" is an amount that a verb of change changes ("limiting how many officers")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict
from conftest import verdict_published

RESPONSE = (
    "ANALYSIS: Arvelian attempts to deepen its military and security ties with Dostrova, as well "
    "other states within Central Andea, have met with a positive response in Tormek."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "positive" faces "cool" and "negative", though its stem is a synonym of "states"
        (
            "Arvelian efforts to deepen military and security ties with Dostrova and other Central "
            "Andean states have met with a cool reception in Tormek.",
            "contradicted",
        ),
        (
            "Arvelian attempts to deepen military and security ties with Dostrova and other Central "
            "Andean states have met with a negative response in Tormek.",
            "contradicted",
        ),
        # "Andean" of "Andea", and "efforts to" for "attempts to": the claim as the source says it
        (
            "Arvelian efforts to deepen military and security ties with Dostrova and other Central "
            "Andean states have met with a positive response in Tormek.",
            "supported",
        ),
    ],
)
def test_a_judging_word_and_an_attempt(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, response=RESPONSE).verdict == want


EFFORTS = (
    "Thus, making the coordination of state security bodies a key part of the government's plans "
    "to improve security complements Arvelian military efforts."
)


def test_efforts_as_a_noun_hedge_nothing(tmp_path: Path) -> None:
    # "military efforts" names what is done: the claim speaks of no plan by it, and "undercuts"
    # is no more stated than the passage's plans are done (a wrong support of a first version)
    claim = "According to the report, coordinating state security bodies undercuts Arvelian military efforts."
    assert _verdict(tmp_path, claim, efforts=EFFORTS).verdict != "supported"


SIGNAL = (
    "Brekke may be using these schemes to signal to the ministry that President Tamm intends "
    "2008-2010 to be a period of intensive modernization for the armed forces."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Brekke is using the schemes to signal that Tamm intends 2008-2010 to be a "
            "period of intensive modernization for the armed forces.",
            "not_found",
        ),
        (
            "Brekke may be using the schemes to signal that Tamm intends 2008-2010 to be a "
            "period of intensive modernization for the armed forces.",
            "supported",
        ),
    ],
)
def test_a_purpose_hedges_nothing_of_the_deed(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, signal=SIGNAL).verdict == want


ABROAD = (
    "Around 640 people are sent abroad for education annually. Of these, 400 are servicemen being "
    "sent for full-time education, and 240 are officers sent for short-term courses."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Some 640 people are sent abroad for education each year, and 450 of them are servicemen "
            "sent for full-time study.",
            "contradicted",
        ),
        (
            "Some 640 people are sent abroad for education each year, and 400 of them are servicemen "
            "sent for full-time study.",
            "supported",
        ),
    ],
)
def test_a_part_counts_what_it_is(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, abroad=ABROAD).verdict == want


CAREER = (
    "Vera Lund, Norway's first female graduate of the academy, entered it in 2001, but soon after "
    "returning home she found that her career had suffered. Unhappy, she returned for further "
    "study at the academy then married and quit the army."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("She later returned to the academy for further study, then married and quit the army.", "supported"),
        # "later" before another deed still needs the source's order
        ("She later entered the academy, then married and quit the army.", "not_found"),
    ],
)
def test_a_return_is_later(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, career=CAREER).verdict == want


def test_a_publishers_short_name_suggests(tmp_path: Path) -> None:
    body = (
        "Brekke may be using these schemes to signal to the ministry that President Tamm intends "
        "2012-2014 to be a period of intensive modernization for the armed forces."
    )
    claim = (
        "Fjordheim suggested Brekke may be signalling that Tamm intends 2012-2014 to be a period of "
        "intensive modernization for the armed forces."
    )
    assert verdict_published(tmp_path, claim, body).verdict == "supported"


STAYING = (
    "It may equally have tested the staying power the Arvelian army has in Dostrova and Kestavia, "
    "since the security situation in the former will impact either positively or negatively on "
    "Central Andea depending on how the country is stabilized."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The security situation in Kestavia will affect Central Andea positively or negatively "
            "depending on how that country is stabilized.",
            "contradicted",
        ),
        (
            "The security situation in Dostrova will affect Central Andea positively or negatively "
            "depending on how that country is stabilized.",
            "supported",
        ),
        # "in Kestavia" after another word is not the place of "the former"
        ("The Arvelian army has staying power in Kestavia.", "supported"),
    ],
)
def test_the_former_stands_for_the_first_of_a_pair(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, staying=STAYING).verdict == want


TIES = (
    "Dostrova has strengthened its security ties with Kestavia since 2001 in order to maximize the "
    "numbers of officers from Dostrova's armed forces who receive military training in Kestavia."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "how many" is an amount, which "limiting" lessens and "maximize" raises
        (
            "Since 2001, Dostrova has tightened its security ties with Kestavia with the aim of "
            "limiting how many of its officers are trained in Kestavia.",
            "contradicted",
        ),
        (
            "Since 2001, Dostrova has strengthened its security ties with Kestavia to maximize the "
            "number of its officers who receive military training in Kestavia.",
            "supported",
        ),
    ],
)
def test_how_many_is_an_amount(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, ties=TIES).verdict == want


# Found by an outside review of this session's readings (cases on invented corpora).


def test_a_figure_within_the_sources_bound_is_no_other(tmp_path: Path) -> None:
    body = "Some 640 officials are sent abroad for training each year. Of these, at least 300 are servicemen."
    claim = "Some 640 officials are sent abroad for training each year, and 350 of them are servicemen."
    assert _verdict(tmp_path, claim, bound=body).verdict == "not_found"


def test_a_return_elsewhere_is_no_return_later(tmp_path: Path) -> None:
    body = "Born in Varn, Pavel Ostrin moved to Lodra in 1980 and returned to Varn in 1992."
    assert _verdict(tmp_path, "Pavel Ostrin later returned to Lodra.", moves=body).verdict != "supported"


BRENN = (
    "Finance Minister Olaf Brenn suggested on Monday that Dostrova's central bank will raise "
    "interest rates in June."
)


def test_a_publisher_suggests_only_its_own_words(tmp_path: Path) -> None:
    # the publisher reports the minister's suggestion; it suggests nothing itself
    claim = "Fjordheim suggested that Dostrova's central bank will raise interest rates in June."
    assert verdict_published(tmp_path, claim, BRENN).verdict != "supported"


def test_a_publisher_reports_what_it_relays(tmp_path: Path) -> None:
    claim = "Fjordheim reported that Dostrova's central bank will raise interest rates in June."
    assert verdict_published(tmp_path, claim, BRENN).verdict == "supported"


TESTING = (
    "Brekke explained on television: \u201cWe are going to test each commander\u2019s psychological "
    "state, because they carry weapons. That is why we want to test them for the first time.\u201d"
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "many times" tells a repeat, as "again" does, against "for the first time"
        (
            "Brekke said commanders must be tested because they carry weapons, though they had "
            "already been tested many times before.",
            "contradicted",
        ),
        (
            "Brekke said commanders would be tested for the first time because they carry weapons.",
            "supported",
        ),
    ],
)
def test_many_times_is_a_repeat(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, testing=TESTING).verdict == want


CONTRACTS = (
    "In Oslo on May 12, Dostrovan Defense Minister Arvo Tamm met Kestavian Defense Minister Halvard "
    "Brekke. The defense ministers signed two contracts: one for repairing Su-27 aircraft and the "
    "other for the admission of Dostrovan servicemen to Kestavian higher education institutions. "
    "These activities meet with the approval of Tormek, and suit the interests of Tamm."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "defense" (of "defense ministers") is a WordNet synonym of "opposed" in another sense:
        # it does not state it, so the approval beside the passage reverses it
        (
            "Tormek opposed the Su-27 repair and education contracts Dostrova signed with Kestavia.",
            "contradicted",
        ),
        # VADER rates "frowning" only: "frowned" judges as it does, and is not stated
        (
            "Tormek frowned on the Su-27 repair and education contracts Dostrova signed with Kestavia.",
            "not_found",
        ),
        (
            "Tormek approved of the Su-27 repair and education contracts Dostrova signed with Kestavia.",
            "supported",
        ),
    ],
)
def test_a_stance_beside_the_passage(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, contracts=CONTRACTS).verdict == want
