"""Session 55's readings, on invented corpora: the deed of an office read as the office ("chaired"
against "deputy chairman"), a name in its Kazakh and its Russian Latin spelling (Shymkent and
Chimkent), a share of a whole against a percent of the same whole, the side a "rather than" sets
aside that the passage gives the slot, and "slow to respond", a manner and not a change. The
cases marked "review" come from the outside reviews of the session (/tmp/rev55), which found the
first versions wrong there; six more readings were taken back after review (docs/usage.md,
session 55)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

AGENCY = (
    "Mr. Halvorsen was previously a deputy finance minister and deputy chairman on the State Agency "
    "on Regulating Ports and Protecting Trade."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Before joining the ministry, Halvorsen chaired the State Agency on Regulating Ports and "
            "Protecting Trade.",
            "contradicted",
        ),
        (
            "Halvorsen was deputy chairman of the State Agency on Regulating Ports and Protecting Trade.",
            "supported",
        ),
        (
            "Halvorsen served as deputy chair of the State Agency on Regulating Ports and Protecting Trade.",
            "supported",
        ),
    ],
)
def test_the_deed_of_an_office_is_the_office(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=AGENCY).verdict == want


AIRPORT = (
    "Only last month did Dostrova make the Shymkent airport in its southern district available to the "
    "Danish air force; initially for emergency landing use only. The minister visited the Shokhan "
    "Valikhanov cadet corps on January 8."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Dostrova opened Chimkent airport in its southern district to Danish air force planes, at "
            "first only for emergency landings.",
            "supported",
        ),
        ("The minister visited the Chokan Valikhanov cadet corps on January 8.", "supported"),
    ],
)
def test_kazakh_and_russian_spellings_of_one_name(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=AIRPORT).verdict == want


def test_another_name_is_no_spelling(tmp_path: Path) -> None:
    claim = "Dostrova opened Tashkent airport in its southern district to Danish air force planes."
    assert _verdict(tmp_path, claim, case=AIRPORT).verdict != "supported"


ARMY = (
    "The ministers proposed sharing their experience of professionalizing the armed forces, not least "
    "since by 2012 Dostrova plans to have 50% contract servicemen in its army."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "By 2012 Dostrova plans for only about a quarter of its army to consist of contract servicemen.",
            "contradicted",
        ),
        ("By 2012 Dostrova plans for half of its army to consist of contract servicemen.", "supported"),
    ],
)
def test_a_share_of_a_whole_against_a_percent_of_it(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=ARMY).verdict == want


TESTING = (
    "The minister also envisages introducing fitness testing for senior officers, including those "
    "commanding Dostrovan forces in the Harbor Gale exercises."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The minister wants to introduce fitness testing for junior officers rather than for senior "
            "commanders.",
            "contradicted",
        ),
        ("The minister wants fitness testing for junior officers rather than senior ones.", "contradicted"),
    ],
)
def test_the_side_a_preference_sets_aside(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=TESTING).verdict == want


def test_the_claims_own_side_stated_is_no_reversal(tmp_path: Path) -> None:
    """The passage states the favoured side (the set-aside one it never states): unstated, not reversed."""
    claim = "The minister envisages fitness testing for senior officers rather than for junior ones."
    assert _verdict(tmp_path, claim, case=TESTING).verdict != "contradicted"


DYNAMICS = (
    "In the aftermath of the crisis, Dostrova recognized the changing security dynamics of the region. "
    "Talks with Norway are poised to change yet again the evolving security dynamics of the region."
)


def test_slow_to_act_tells_a_manner_not_a_change(tmp_path: Path) -> None:
    """ "was slow to respond" is no slowing that the passage's "evolving" reverses."""
    claim = "Dostrova was slow to respond to the region's changing security dynamics."
    assert _verdict(tmp_path, claim, case=DYNAMICS).verdict != "contradicted"


# The cases below come from the outside reviews of the session (/tmp/rev55), which found the
# first versions of these readings wrong there.

CHAIRED = (
    "Deputy chairman Nurlan Abenov chaired Tuesday's hearing on arms procurement. Aidar Temirov, a "
    "former chairman of Kazspetsexport, spoke first. Yerlan Ospanov, a former airman, now heads the "
    "air defense forces of the Central Military District."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Abenov chaired Tuesday's hearing on arms procurement.",  # the passage tells the deed itself
        "Aidar Temirov once chaired Kazspetsexport.",  # a former chairman did chair it
        "Yerlan Ospanov heads the air defense forces of the Central Military District.",  # no "airman"
    ],
)
def test_review_a_deed_or_another_office_is_no_ranked_office(tmp_path: Path, claim: str) -> None:
    assert _verdict(tmp_path, claim, case=CHAIRED).verdict != "contradicted"


def test_review_two_names_the_corpus_writes_are_two_people(tmp_path: Path) -> None:
    """A corpus that names a Chumakov and a Shumakov names two people: no spelling of one name."""
    brigade = "Colonel Igor Chumakov commands the 36th air assault brigade, the ministry said on Monday."
    school = "Major General Viktor Shumakov heads the National Defense University in Almaty."
    claim = "Viktor Shumakov commands the 36th air assault brigade."
    assert _verdict(tmp_path, claim, brigade=brigade, school=school).verdict != "supported"


def test_review_a_short_name_is_no_russian_spelling(tmp_path: Path) -> None:
    case = "General Chen Liangyu led a Chinese military delegation to Almaty in May."
    assert _verdict(
        tmp_path, "General Shen led a Chinese military delegation to Almaty.", case=case
    ).verdict != ("supported")


@pytest.mark.parametrize(
    "claim",
    [
        "The ministry spends a third of its budget on salaries and pensions for officers.",
        "Almost half of the ministry's budget goes to salaries and pensions for officers.",
    ],
)
def test_review_a_share_that_rounds_the_percent(tmp_path: Path, claim: str) -> None:
    case = "The ministry spends 46% of its budget on salaries and pensions for officers, the report said."
    if "third" in claim:
        case = case.replace("46%", "33%")
    assert _verdict(tmp_path, claim, case=case).verdict != "contradicted"


@pytest.mark.parametrize(
    ("claim", "case"),
    [
        (
            "The ministry will send junior officers to Turkey rather than senior commanders.",
            "Lieutenants and captains will go to Turkey for the course, while senior commanders will stay "
            "at home.",
        ),
        (
            "The ministry kept the summit in Almaty rather than in Shymkent.",
            "The ministry rejected a proposal to move the summit to Shymkent, officials said.",
        ),
    ],
)
def test_review_the_set_aside_side_in_another_clause_or_denied(tmp_path: Path, claim: str, case: str) -> None:
    assert _verdict(tmp_path, claim, case=case).verdict != "contradicted"


def test_review_a_rough_share_the_right_percent_states(tmp_path: Path) -> None:
    """ "Nearly a third" is stated by "some 30 percent", not contradicted by another part's 46."""
    case = (
        "Some 30 percent of the army's officers are women, and nearly 46 percent of the army's officers "
        "are under 30, the ministry said."
    )
    claim = "Nearly a third of the army's officers are women."
    assert _verdict(tmp_path, claim, case=case).verdict != "contradicted"
