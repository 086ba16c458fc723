"""Session 54's readings, on invented corpora: "as well as" joining two things judges nothing, a
reciprocal deed's partner named after its title and a comma, a figure "up from" an earlier one,
"a proportion of" against "all", a common word of the claim is no word of a longer name in the
passage's order, an order cue that opens a coordinated clause, two years of different deeds of
one thing, two posts given and taken the other way round, and changes that ease or break with
what grows or continues. The cases marked "review" come from the outside reviews of the
session (/tmp/rev54), which found the first versions wrong there."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

MEETING = (
    "After a meeting of the ministers in March 2009, the Danish Defense Minister, Anna Kovac, held "
    "discussions with President Ostrander in June 2009."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a comma sets the partner's name after its title: still a reciprocal deed
        (
            "In June 2009 President Ostrander held talks with the Danish defense minister, Anna Kovac.",
            "supported",
        ),
        ("In June 2009 Ostrander held talks with the Danish defense minister Anna Kovac.", "supported"),
    ],
)
def test_a_partner_named_after_its_title_and_a_comma(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=MEETING).verdict == want


VIEWS = (
    "The weekly highlighted an unusually confident assertion that Norway's national interests "
    "differ strongly from those of both Sweden and Finland, undermining the old consensus."
)


def test_as_well_as_judges_nothing(tmp_path: Path) -> None:
    claim = (
        "The weekly asserted that Norway's national interests diverge sharply from those of Sweden "
        "as well as Finland."
    )
    assert _verdict(tmp_path, claim, case=VIEWS).verdict != "contradicted"


DRILLS = (
    "The Uzbek units performed far worse than the Turkmen units in the night phase of the drill, "
    "the umpires said."
)


def test_performed_as_well_as_still_judges(tmp_path: Path) -> None:
    """review: "as well as" after a verb compares how well."""
    claim = "The Uzbek units performed as well as the Turkmen units in the night phase."
    assert _verdict(tmp_path, claim, case=DRILLS).verdict != "supported"


TRAINED = (
    "The number of Norwegian cadets trained in Canada remains small but is growing; in 2001 17 "
    "cadets were trained there and this year that number will reach 39."
)


RATES = (
    "Unemployment in the Nordland region fell to 7 percent last year from 9 percent in 2005, the "
    "governor said."
)


@pytest.mark.parametrize(
    ("claim", "case", "want"),
    [
        (
            "Norwegian cadets trained in Canada will reach 39 this year, up from 17 in 2001.",
            TRAINED,
            "supported",
        ),
        (
            "Norwegian cadets trained in Canada will reach 17 this year, up from 39 in 2001.",
            TRAINED,
            "contradicted",
        ),
        # review: the passage writes its earlier figure second too
        (
            "Unemployment in the Nordland region fell to 7 percent last year, down from 9 percent.",
            RATES,
            "supported",
        ),
        (
            "Unemployment in the Nordland region fell to 9 percent last year, down from 7 percent.",
            RATES,
            "contradicted",
        ),
    ],
)
def test_a_figure_up_from_an_earlier_one(tmp_path: Path, claim: str, case: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=case).verdict == want


REFORM = (
    "Military reform in Norway has been underway for several years, resulting in structural changes "
    "and reforms linked with manpower, such as professionalizing a proportion of its total personnel."
)


def test_a_proportion_of_denies_all(tmp_path: Path) -> None:
    claim = "Years of military reform have professionalized all of Norway's military personnel."
    v = _verdict(tmp_path, claim, case=REFORM)
    assert v.verdict == "contradicted"
    assert "proportion" in v.reasons[0]


CAREER = (
    "Anna Kovac, Norway's first female graduate of the Naval Academy, entered the Naval Academy in "
    "2001, but soon after returning to Norway she found that her career had suffered."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the passage tells the graduation and dates only the entry
        ("Anna Kovac graduated from the Naval Academy in 2005.", "not_found"),
        # ", but soon after returning" orders its own clause, not the entry before the comma
        ("Anna Kovac graduated from the Naval Academy in 2005 before returning to Norway.", "not_found"),
        ("Anna Kovac entered the Naval Academy in 2003.", "contradicted"),
    ],
)
def test_a_year_of_another_deed_the_passage_tells(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=CAREER).verdict == want


DOCTRINE = (
    "It is clear that since Norway officially passed its new Military Doctrine in 2007, priorities changed."
)
ELECTION = "Nurlan Bekov won the presidency in 2003, and the election was widely criticised abroad."


@pytest.mark.parametrize(
    ("claim", "case"),
    [
        ("Norway officially adopted its new Military Doctrine in 2005.", DOCTRINE),
        # review: the noun of the claim's deed names the very event the passage dates
        ("Nurlan Bekov was elected president in 2005.", ELECTION),
    ],
)
def test_a_year_of_a_deed_told_in_other_words_still_conflicts(tmp_path: Path, claim: str, case: str) -> None:
    assert _verdict(tmp_path, claim, case=case).verdict == "contradicted"


SIGNING = (
    "The ministry signed the helicopter contract in March, and shortly before the signing the "
    "finance minister resigned."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # review: a cue clause with no comma ends where the main clause's subject begins
        ("The finance minister resigned shortly before the helicopter contract was signed.", "supported"),
        ("The finance minister resigned shortly after the helicopter contract was signed.", "contradicted"),
        # the passage's own sentence, read the same way on both sides (the mutation benchmark)
        (
            "The ministry signed the helicopter contract in March, and shortly before the signing the "
            "finance minister resigned.",
            "supported",
        ),
    ],
)
def test_an_order_cue_opening_a_coordinated_clause(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=SIGNING).verdict == want


POSTS = (
    "The king appointed Harald Berge as deputy defense minister, elevating him from his previous post "
    "as an army artillery battery commander, and named Olav Lien as the new western regional "
    "commander but relieving him of his deputy ministerial position."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Olav Lien was appointed deputy defense minister and relieved of his post as western regional "
            "commander.",
            "contradicted",
        ),
        (
            "Olav Lien was named western regional commander and relieved of his post as deputy defense "
            "minister.",
            "supported",
        ),
    ],
)
def test_posts_given_and_taken(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=POSTS).verdict == want


SERVED = (
    "General Arman Kaliyev served as western regional commander until Tuesday, when he was "
    "appointed deputy defence minister and relieved of his duties in the west."
)


def test_a_post_served_in_is_no_post_given(tmp_path: Path) -> None:
    """review: only a verb that gives a post, then the name, then "as" makes him that."""
    claim = (
        "Kaliyev was appointed deputy defence minister and relieved of his post as western regional "
        "commander."
    )
    assert _verdict(tmp_path, claim, case=SERVED).verdict != "contradicted"


PRESSURE = (
    "Pressure on Norway to look more toward its Nordic neighbours for security assistance is "
    "undoubtedly growing as part of the recent naval posturing. Such plans would clearly represent "
    "a radical break with the traditional pattern of selection and promotion."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Pressure on Norway to look toward its Nordic neighbours for security assistance is easing.",
            "contradicted",
        ),
        (
            "Pressure on Norway to look toward its Nordic neighbours for security assistance is growing.",
            "supported",
        ),
        ("Such plans would continue the traditional pattern of selection and promotion.", "contradicted"),
    ],
)
def test_easing_against_growing_and_continuing_against_a_break(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=PRESSURE).verdict == want


TIES = "Norway has strengthened its security ties with Canada since 2001 to train more of its officers there."


def test_loosened_against_strengthened(tmp_path: Path) -> None:
    claim = "Since 2001 Norway has loosened its security ties with Canada."
    assert _verdict(tmp_path, claim, case=TIES).verdict == "contradicted"


ARENA = "Astana Barys won the final with ease, and attendance at the arena rose sharply over the season."
DUTY = "Fuel duty the government raised in 2006 is currently reduced for farmers."


@pytest.mark.parametrize(
    ("claim", "case"),
    [
        # review: "with ease" tells how, not a change
        ("Attendance at the arena increased over the season.", ARENA),
        # review: the verb after the adverb is the main clause's, and the claim's is matched
        ("The government increased fuel duty in 2006.", DUTY),
    ],
)
def test_no_opposite_read_where_none_is_meant(tmp_path: Path, claim: str, case: str) -> None:
    assert _verdict(tmp_path, claim, case=case).verdict != "contradicted"


COURSES = (
    "These courses included: \u201cfield readiness training for officers,\u201d geared towards officers "
    "from squad leader to company deputy commander, a \u201cleaders\u2019 staff course\u201d for senior "
    "officers from company commander to regiment commander, as well as courses up to division "
    "commander."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("The leaders' staff course covers squad leaders up to company deputy commanders.", "contradicted"),
        (
            "The field readiness training was for company to regiment commanders, while the leaders' staff "
            "course covered squad leaders up to company deputy commanders.",
            "contradicted",
        ),
        ("The leaders' staff course covers company to regiment commanders.", "supported"),
        # review C: a claim that names no item by most of its quoted name gives no item's range
        (
            "The new course for officers covers squad leaders up to company deputy commanders.",
            "supported",
        ),
        (
            "The field readiness training was geared towards officers from squad leader to company deputy "
            "commander, while the leaders' staff course was for officers from company commander to "
            "regiment commander.",
            "supported",
        ),
    ],
)
def test_a_range_the_passage_gives_another_item(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=COURSES).verdict == want
