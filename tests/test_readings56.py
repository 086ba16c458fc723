"""Session 56's readings, on invented corpora: a given name and its nickname (Dick and Richard),
a US state after a politician's name ("Lugar of Indiana" against "(R-IN)"), a participle's clause
fronted before its subject, "unable to" as a denial, a verb of saying after "he also", and a
publisher named without the kind of body it is. Two more readings were taken back after the
held-out sets were scored (docs/usage.md, session 56)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict
from conftest import verdict_published

import kzmil

SENATE = (
    "Equally, cooperation will be increased in the security and nuclear non-proliferation spheres, "
    "according to Senator Richard Halvorsen (R-IN)."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Senator Dick Halvorsen said cooperation in security and nuclear non-proliferation "
            "would increase.",
            "supported",
        ),
        (
            "Senator Rick Halvorsen said cooperation in security and nuclear non-proliferation "
            "would increase.",
            "supported",
        ),
        (
            "Senator Bill Halvorsen said cooperation in security and nuclear non-proliferation "
            "would increase.",
            "not_found",
        ),
    ],
)
def test_a_nickname_names_the_same_person(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, senate=SENATE).verdict == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Senator Richard Halvorsen of Indiana said cooperation in security and nuclear "
            "non-proliferation would be increased.",
            "supported",
        ),
        (
            "Senator Richard Halvorsen of Ohio said cooperation in security and nuclear "
            "non-proliferation would be increased.",
            "contradicted",
        ),
    ],
)
def test_a_state_after_the_name_is_read_against_the_affiliation(
    tmp_path: Path, claim: str, want: str
) -> None:
    assert _verdict(tmp_path, claim, senate=SENATE).verdict == want


EXERCISES = (
    "Army-General Oskar Petrov, Minister of Defense, addressed a training session held on November 17, "
    "noting in particular the success of the international exercises held within Dostrova: Rubezh 2009 "
    "and Steppe Falcon 2009. Petrov would like Steppe Falcon to be expanded in the future to include "
    "other Nordic countries."
)


def test_a_fronted_participle_relates_its_name_to_no_one(tmp_path: Path) -> None:
    claim = (
        "Having hailed Steppe Falcon 2009 as a success, Petrov hopes future editions of the exercise "
        "will bring in other Nordic countries."
    )
    assert _verdict(tmp_path, claim, ex=EXERCISES).verdict == "supported"


def test_a_fronted_participle_still_reads_its_own_names_turned_round(tmp_path: Path) -> None:
    case = "Oskar Petrov replaced Ivan Halvorsen as defense minister in March."
    claim = "Having replaced Oskar Petrov as defense minister in March, Halvorsen began a review."
    assert _verdict(tmp_path, claim, case=case).verdict != "supported"


AFFORD = "Dostrova, a keen member of the northern treaty, cannot afford to alienate Norway or Sweden."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Dostrova, a keen member of the northern treaty, is unable to afford alienating Norway "
            "or Sweden.",
            "supported",
        ),
        (
            "Dostrova, a keen member of the northern treaty, can afford to alienate Norway or Sweden.",
            "contradicted",
        ),
    ],
)
def test_unable_to_denies_as_cannot_does(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, afford=AFFORD).verdict == want


def test_a_verb_of_saying_after_also_reports_and_judges_nothing(tmp_path: Path) -> None:
    case = (
        "Halvorsen also used this opportunity to highlight the importance of energy security "
        "cooperation, which is vital to Norwegian national interests."
    )
    claim = "Halvorsen also stressed energy security cooperation as vital to Norwegian national interests."
    assert _verdict(tmp_path, claim, case=case).verdict == "supported"


def _published(tmp_path: Path, claim: str) -> kzmil.Verdict:
    body = (
        "The statistics are alarming; recent reporting observed that out of 250 officers who received "
        "an education in Norway, 110 have already quit the military."
    )
    return verdict_published(tmp_path, claim, body)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Fjordheim reported that of 250 officers educated in Norway, 110 had already quit the military.",
            "supported",
        ),
    ],
)
def test_a_publisher_is_named_without_the_kind_of_body_it_is(tmp_path: Path, claim: str, want: str) -> None:
    assert _published(tmp_path, claim).verdict == want
