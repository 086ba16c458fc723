"""Session 58's readings, on invented corpora: a country before a word the passage states
without one ("Chilean air defense" is not "US transport aircraft"), "the Norwegian president"
for the person the article calls "Norway's President Brekke", the first part of a compound
("anti-corruption") judging the thing the claim names, and "a series of" held only against a
"first" of the same thing, a fronted "Compared with X," read as "than X", and a thing the
second name places ("the repair plant in Dostrova") related by no order to the first name, and
"avoid" denying only the deed after it ("avoid upsetting the balance" denies no balance)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

HELICOPTERS = (
    "Huey helicopters will be supplied through the Foreign Military Financing program to enhance "
    "air defense and the possibility of supplying US transport aircraft."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the passage's air defense has no country: the claim's is not stated, and not another's
        (
            "Huey helicopters will be supplied through the Foreign Military Financing program to "
            "enhance Chilean air defense.",
            "not_found",
        ),
        (
            "Huey helicopters will be supplied through the Foreign Military Financing program to "
            "enhance air defense.",
            "supported",
        ),
    ],
)
def test_a_country_before_a_word_the_passage_states_bare(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, aid=HELICOPTERS).verdict == want


MEETING = (
    "In Oslo on May 12, Norwegian Defense Minister Halvard Brekke met Belarusian Defense Minister "
    "Arvo Tamm to discuss creating joint factories."
)


def test_a_counterpart_of_another_country_is_still_contradicted(tmp_path: Path) -> None:
    claim = "In Oslo on May 12, Brekke met his Russian counterpart to discuss creating joint factories."
    assert _verdict(tmp_path, claim, meeting=MEETING).verdict == "contradicted"


SHAKEUP = (
    "Through April, Norway\u2019s President Brekke has continued to make changes to the defense "
    "ministry. Brekke appointed Arvo Tamm as deputy defense minister, elevating him from his "
    "previous post as an artillery commander."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The Norwegian president promoted Arvo Tamm to deputy defense minister from artillery commander.",
            "supported",
        ),
        (
            "The Chilean president promoted Arvo Tamm to deputy defense minister from artillery commander.",
            "not_found",
        ),
    ],
)
def test_a_nation_and_title_name_the_person_the_article_titles_so(
    tmp_path: Path, claim: str, want: str
) -> None:
    assert _verdict(tmp_path, claim, shakeup=SHAKEUP).verdict == want


CREDENCE = (
    "This appointment lends credence to the belief that much of the shakeup involves "
    "anti-corruption measures and the breaking of unofficial monopolies."
)


def test_the_first_part_of_a_compound_judges_what_the_claim_names(tmp_path: Path) -> None:
    claim = "The appointment supports the belief that much of the shakeup is about fighting corruption."
    assert _verdict(tmp_path, claim, shakeup=CREDENCE).verdict != "contradicted"


TESTS = (
    "Petrov also plans psychological testing for senior officers, who carry weapons, and said: "
    "\u201cThat is why we want to test senior officers for the first time.\u201d"
)


@pytest.mark.parametrize(
    ("claim", "body", "want"),
    [
        # the passage's "first" is of the tests, not of the incidents the claim invents
        (
            "Petrov plans psychological testing for senior officers, who carry weapons, because of a "
            "series of shooting incidents.",
            TESTS,
            "not_found",
        ),
        (
            "The Kestrel drill in May was the latest in a series of joint drills.",
            "The Kestrel drill in May was the first joint drill of the two armies.",
            "contradicted",
        ),
    ],
)
def test_a_series_faces_only_a_first_of_the_same_thing(
    tmp_path: Path, claim: str, body: str, want: str
) -> None:
    assert _verdict(tmp_path, claim, tests=body).verdict == want


PARTNERS = (
    "Both Norway and Chile, as strong neighbors, are more natural partners for Dostrova in "
    "military cooperation; their exercises occur on a regular schedule."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a fronted "Compared with X," is the comparison's second term, as "than X" is
        (
            "Compared with Norway and Chile, Peru is the more natural partner for Dostrova in "
            "military cooperation.",
            "contradicted",
        ),
        (
            "Peru is a more natural partner for Dostrova in military cooperation than Norway and Chile.",
            "contradicted",
        ),
    ],
)
def test_a_fronted_comparison_is_read_as_one_with_than(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, partners=PARTNERS).verdict == want


REPAIRS = (
    "The Dostrova-based aircraft repair plant in Norway has signed a $52 million contract to carry out "
    "repairs on Chilean Su-27 fighters."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the plant is Dostrova's on both sides, whichever name comes first
        (
            "Repairs to Chilean Su-27 fighters at the aircraft repair plant in Dostrova, under a "
            "$52 million deal",
            "supported",
        ),
        (
            "Repairs to Norwegian Su-27 fighters at the aircraft repair plant in Chile, under a "
            "$52 million deal",
            "contradicted",
        ),
    ],
)
def test_a_thing_placed_by_the_second_name_relates_it_to_no_other(
    tmp_path: Path, claim: str, want: str
) -> None:
    assert _verdict(tmp_path, claim, repairs=REPAIRS).verdict == want


BALANCE = (
    "These activities meet with the approval of Oslo, and suit the interests of Brekke, keen to avoid "
    "upsetting the balance between those in the ministry keen to strengthen ties with NATO and the "
    "traditionalists more interested in cooperation with Sweden."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "avoid" denies the upsetting, not the balance the claim speaks of
        (
            "The activities suit the interests of Brekke, who keeps the balance between those in the "
            "ministry keen on ties with NATO and the traditionalists.",
            "not_found",
        ),
        (
            "Brekke is keen to upset the balance between those in the ministry keen to strengthen ties "
            "with NATO and the traditionalists.",
            "contradicted",
        ),
    ],
)
def test_avoid_denies_only_the_deed_after_it(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, balance=BALANCE).verdict == want
