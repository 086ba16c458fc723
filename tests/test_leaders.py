"""Who leads what, read from "X-led Org" and "Org ... led by X"; sentences invented or, for the
bundled index, the claims of no scored set."""

from __future__ import annotations

import pytest

from kzmil.index import Index
from kzmil.leaders import relations
from kzmil.models import Judgement
from kzmil.normalize import tokenize
from kzmil.verdict import check


def _read(text: str) -> list[tuple[str, list[str]]]:
    return [(r.leader.norm, sorted(r.keys)) for r in relations(text, tokenize(text))]


def test_a_hyphened_leader_and_its_organisation_with_acronym() -> None:
    text = "It joined the Russia-led Collective Security Treaty Organization (CSTO) and the SCO."
    assert _read(text) == [("russia", ["collective security treaty organization", "csto"])]


def test_led_by_after_the_organisation() -> None:
    text = "The International Security Assistance Force, led by NATO, grew."
    assert ("nato", ["international security assistance force", "isaf"]) in _read(text)


def test_no_relation_without_a_named_organisation() -> None:
    assert _read("The talks were led by Akhmetov's deputy.") == []
    assert _read("A China-led bloc met in Bishkek.") == []


@pytest.mark.bundled_index
def test_an_organisation_given_another_leader_contradicts(bundled: Index) -> None:
    got = check(bundled, "Kazakhstan coordinates its military policy within the China-led CSTO.")
    assert got.verdict is Judgement.CONTRADICTED and "Russia-led" in got.reasons[0]
    got = check(bundled, "Kazakhstan coordinates its military policy within the Russia-led CSTO.")
    assert got.verdict is Judgement.SUPPORTED


def test_led_by_speaks_of_the_nearest_organisation_past_a_relative_clause() -> None:
    text = "It works within the CSTO, led by Russia, and the SCO, led by China."
    assert _read(text) == [("russia", ["csto"]), ("china", ["sco"])]
    text = "The Collective Security Treaty Organization, through which Kazakhstan acts, is led by China."
    assert _read(text) == [("china", ["collective security treaty organization", "csto"])]


@pytest.mark.bundled_index
def test_each_organisation_with_its_own_leader_is_supported(bundled: Index) -> None:
    got = check(
        bundled,
        "Kazakhstan coordinates its military policy within the CSTO, led by Russia,"
        " and the SCO, led by China.",
    )
    assert got.verdict is Judgement.SUPPORTED
