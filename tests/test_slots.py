"""Session 48's readings, on invented corpora, with the cases three outside reviews raised
against them: a post written before a name in lower case, a second thing said, a figure in
another's slot, a city before "-based", and "May" as a month. A verb of saying in a passage
read as no judgement was taken back; its review cases stay as guards."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on

import kzmil


def _verdict(tmp_path: Path, passage: str, claim: str) -> kzmil.Verdict:
    return verdict_on(tmp_path, claim, case=passage)


TARNIA = (
    "After a meeting between the defence ministers in March, Danish Defence Minister, Ilse Varga "
    "held talks with President Orlov in July. The Danes offered closer military cooperation and "
    "suggested joint training exercises."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the post before the name, in lower case, faces the source's capitalised one
        ("Denmark's foreign minister, Ilse Varga, held talks with President Orlov in July.", "contradicted"),
        ("Denmark's defence minister, Ilse Varga, held talks with President Orlov in July.", "supported"),
        # a phrase that opens the sentence is no post of the name after it
        (
            "After a meeting between the defence ministers in March, Ilse Varga held talks with "
            "President Orlov.",
            "supported",
        ),
    ],
)
def test_a_lower_case_post_before_a_name(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, TARNIA, claim).verdict == want


def test_a_post_after_a_preposition_is_the_tail_of_another_phrase(tmp_path: Path) -> None:
    """ "Orlov's successor at the defence ministry, Ilse Varga," gives her no post "ministry"
    to set against "Minister of Defence"."""
    passage = (
        "Orlov was recalled in spring. The newly appointed Minister of Defence, Ilse Varga, is charged "
        "with ending the waste of funds and the shrinking of supplies."
    )
    claim = (
        "Orlov's successor at the defence ministry, Ilse Varga, is tasked with ending the waste of funds "
        "and the shrinking of supplies."
    )
    assert _verdict(tmp_path, passage, claim).verdict != "contradicted"


REVIEWED_POSTS = (
    "Aldo Vrenk, the deputy minister, took charge of the ministry on Monday when Minister Hana Oster "
    "resigned. Foreign Minister Lena Kol, who served as defense minister until 2009, arrived later."
)


@pytest.mark.parametrize(
    "claim",
    [
        # a clause or phrase before the name is not its post
        "When the minister resigned, Aldo Vrenk, her deputy, took charge of the ministry on Monday.",
        "After the minister quit, Aldo Vrenk, her deputy, took charge of the ministry on Monday.",
        # nor is a list, nor a post held before
        "Present on Monday were the deputy minister, the foreign minister, Lena Kol, and Hana Oster.",
        "The former defense minister, Lena Kol, arrived later.",
    ],
)
def test_no_post_before_a_name_after_a_clause_in_a_list_or_held_before(tmp_path: Path, claim: str) -> None:
    assert _verdict(tmp_path, REVIEWED_POSTS, claim).verdict != "contradicted"


VARSEN = (
    "Governor Ilka Varsen said the Dorsk bridge would open in 2013, and that construction had created "
    "800 jobs in the region. A labour ministry audit published in March found that construction had "
    "created 300 jobs."
)
ORLOV = (
    "Cooperation between Tarnia and Dostrova will grow in the trade and energy spheres under a new "
    "five-year plan, according to Senator Ivan Orlov. The railway agreement was extended by another "
    "seven years, he said."
)


@pytest.mark.parametrize(
    ("passage", "claim", "want"),
    [
        # the second thing said, read alone, is contradicted by the passage itself
        (
            ORLOV,
            "Senator Ivan Orlov said cooperation between Tarnia and Dostrova will grow in the trade and "
            "energy spheres, and that the railway agreement had been extended by another five years.",
            "contradicted",
        ),
        # what the speaker said, which the article refutes in another sentence, is still what was said
        (
            VARSEN,
            "Governor Ilka Varsen said the Dorsk bridge would open in 2013, and that construction had "
            "created 800 jobs.",
            "not contradicted",
        ),
        # "and that figure": a determiner; nothing second is said
        (
            ORLOV,
            "Cooperation between Tarnia and Dostrova will grow in trade and energy, and that plan runs "
            "for five years.",
            "not contradicted",
        ),
    ],
)
def test_the_second_thing_said_is_checked_alone(tmp_path: Path, passage: str, claim: str, want: str) -> None:
    got = _verdict(tmp_path, passage, claim).verdict
    assert got == want if want != "not contradicted" else got != "contradicted"


def test_a_city_based_firm_is_not_stated_by_its_country(tmp_path: Path) -> None:
    """ "a Minsk-based plant" is where the plant stands, which "a plant in Belarus" does not
    state (a capital names its government only when it acts: "Minsk agreed")."""
    passage = "The Baranavichy-based aircraft repair plant in Belarus has signed a $52 million contract."
    claim = "A Minsk-based aircraft repair plant signed a $52 million contract."
    assert _verdict(tmp_path, passage, claim).verdict != "supported"


@pytest.mark.parametrize(
    ("passage", "claim", "not_this"),
    [
        # a noun spelt as a verb of saying judges as a noun does
        (
            "The stress that crews of the Varnik flotilla endured during the six-month patrol led to a "
            "wave of resignations.",
            "Crews of the Varnik flotilla enjoyed a relaxed six-month patrol.",
            "supported",
        ),
        (
            "Doctors at the Pelt garrison described the stresses that soldiers faced after returning "
            "from the Korvan mission.",
            "Soldiers returning from the Korvan mission were calm and content, doctors at the Pelt "
            "garrison said.",
            "supported",
        ),
        # "argued that night" is a quarrel, not a report of a view
        (
            "Mayor Teodor Brandt and his deputy argued that night over the Halden budget.",
            "Mayor Teodor Brandt and his deputy agreed that night on the Halden budget.",
            "supported",
        ),
    ],
)
def test_a_verb_of_saying_that_is_a_noun_or_a_quarrel_still_judges(
    tmp_path: Path, passage: str, claim: str, not_this: str
) -> None:
    assert _verdict(tmp_path, passage, claim).verdict != not_this


@pytest.mark.parametrize(
    ("passage", "claim", "want"),
    [
        # "May", the month, faces another month as March does
        (
            "Exports of Velmar copper fell 12 percent in May. Figures for June are due next week, the "
            "ministry said.",
            "Exports of Velmar copper fell 12 percent in June.",
            "contradicted",
        ),
        (
            "The Velmar parliament passed the Orsk dam budget in May. The senate approved the Orsk dam "
            "budget in July.",
            "The senate approved the Orsk dam budget in May.",
            "contradicted",
        ),
        (
            "The Orvel plant hired 300 workers in May. Kelvin Ardt, its director, expects to hire 500 "
            "more by December.",
            "The Orvel plant hired 300 workers in May.",
            "supported",
        ),
        # the modal is no month
        (
            "Officials said the Orvel plant may hire 300 workers in June.",
            "The Orvel plant hired 300 workers in June.",
            "not_found",
        ),
    ],
)
def test_may_the_month(tmp_path: Path, passage: str, claim: str, want: str) -> None:
    assert _verdict(tmp_path, passage, claim).verdict == want


def test_a_figure_in_another_figures_slot(tmp_path: Path) -> None:
    """ "extended by another five years" is not stated by "a new five-year trade plan" when the
    passage extends the agreement by seven."""
    passage = (
        "Cooperation between Tarnia and Dostrova will grow in the trade and energy spheres, according to "
        "Senator Ivan Orlov. Orlov noted Tarnia's commitment to a new five-year trade plan, and said the "
        "railway agreement was extended by another seven years."
    )
    wrong = _verdict(
        tmp_path, passage, "Orlov said the railway agreement was extended by another five years."
    )
    assert wrong.verdict == "contradicted", wrong.reasons


@pytest.mark.parametrize(
    ("passage", "claim", "not_this"),
    [
        # "of", "from" and "by" May: a surname as often as a month
        (
            "Opposition leaders in Velmar stepped up their criticism of Dana May in October over the fuel "
            "shortages.",
            "Opposition leaders stepped up their criticism of May over the fuel shortages.",
            "contradicted",
        ),
        (
            "The Kelsa dam project won fresh support from Dana May in November, weeks before the vote in "
            "parliament.",
            "The Kelsa dam project won fresh support from May.",
            "contradicted",
        ),
        # a bound or a rough figure with no figure of its value is read as before
        (
            "Velmar sent 110 troops to the Kelsa border region on Monday, the defence ministry said.",
            "Velmar sent more than 100 troops to the Kelsa border region on Monday.",
            "contradicted",
        ),
        (
            "The Orvel mill will cut 290 jobs this year, its owners said.",
            "The Orvel mill will cut nearly 300 jobs this year.",
            "contradicted",
        ),
        # a post the source gives as held before, and an owner before a post
        (
            "Former President Ivan Orlov, who died last year, had signed the Kelsa water treaty in 1998.",
            "The country's president, Ivan Orlov, had signed the Kelsa water treaty in 1998.",
            "contradicted",
        ),
        (
            "General Pavel Sorn, the army chief of staff, told reporters that two brigades would move to "
            "Kelsa in spring.",
            "The army's top general, Pavel Sorn, said two brigades would move to Kelsa in spring.",
            "contradicted",
        ),
        # "argued over" is a quarrel, not a report of a view
        (
            "At the meeting in Kelsa, Ivan Orlov and Pavel Sorn argued over the water treaty for three "
            "hours.",
            "Ivan Orlov and Pavel Sorn agreed on the water treaty.",
            "supported",
        ),
        (
            "Mayor Ivan Orlov argued with Governor Pavel Sorn over the bridge budget on Friday.",
            "Mayor Ivan Orlov agreed with Governor Pavel Sorn over the bridge budget.",
            "supported",
        ),
    ],
)
def test_third_review_cases(tmp_path: Path, passage: str, claim: str, not_this: str) -> None:
    """A third outside review's cases against the narrowed readings."""
    got = _verdict(tmp_path, passage, claim)
    assert got.verdict != not_this, got.reasons
