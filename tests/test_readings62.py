"""Session 62's readings, on invented corpora: the word that places a place ("in central Norway")
put before another place ("serving in Central Sweden") tells which place the passage means; a
word one is-a step narrower than the claim's ("woman" for "female") states part of it, unless the
claim's word is part of a fixed phrase ("in order to"); a source's "much of" states "largely"; and
a judging word in a passage ranked below the claim's own passage contradicts nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

import kzmil
from kzmil.credit import _in_fixed_phrase
from kzmil.normalize import tokenize
from kzmil.specifics import MUCH, quantifiers

SERVING = (
    "Talks touched upon the security situation in Norway and Sweden, with the latter used to talk "
    "up efforts to secure the continued safety of Danish servicemen serving in Central Sweden "
    "within a small peacekeeping presence."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The talks covered efforts to keep safe the Danish servicemen serving with a small "
            "peacekeeping contingent in central Norway.",
            "contradicted",
        ),
        (
            "The talks covered efforts to keep safe the Danish servicemen serving with a small "
            "peacekeeping contingent in central Sweden.",
            "supported",
        ),
    ],
)
def test_the_placing_word_tells_which_place(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, serving=SERVING).verdict == want


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # the passage places the claim's place so too, after it
        (
            "Aid convoys reached villages in eastern Sudan last week, the UN refugee agency said.",
            "Aid convoys reached villages in eastern Chad and in Sudan's eastern provinces last week, "
            "the UN refugee agency said.",
        ),
        # another slot: "fled to" is not "lived in"
        (
            "The suspect in the Basel theft had lived in neighbouring Germany for ten years.",
            "The suspect in the Basel theft, who had lived in Germany for ten years, fled to "
            "neighbouring Austria on Monday, police said.",
        ),
    ],
)
def test_the_placing_word_elsewhere_contradicts_nothing(tmp_path: Path, claim: str, text: str) -> None:
    assert _verdict(tmp_path, claim, placed=text).verdict == "supported"


def test_a_verb_before_a_place_places_nothing(tmp_path: Path) -> None:
    """ "met Norway's minister" against "met Swedish Minister ... Norway" is no placing word."""
    text = (
        "In Oslo on May 12, Norway's Defense Minister Lars Berg met Swedish Defense Minister Karl "
        "Lund to discuss joint factories."
    )
    claim = (
        "Sweden's defense minister, Karl Lund, met Norway's Lars Berg in Oslo on May 12 "
        "to discuss joint factories."
    )
    assert _verdict(tmp_path, claim, met=text).verdict == "supported"


LIND = (
    "Anna Lind, Norway's first woman graduate of the naval academy, returned to Oslo in 2006. "
    "She was posted to logistic support of the rear services."
)
FRIGATES = "Norway's navy bought two frigates in 2005. The ministry said the budget would rise."


def _coverage(tmp_path: Path, name: str, claim: str, body: str) -> kzmil.Verdict:
    (tmp_path / name).mkdir()
    return _verdict(tmp_path / name, claim, a=body, b=FRIGATES)


def test_a_narrower_word_states_part_of_a_claim_word(tmp_path: Path) -> None:
    """ "woman" states "female": one is-a step narrower in WordNet, so it counts for part of a
    word, more than a word the passage does not state at all ("zebra")."""
    claim = "Norway's first {} graduate of the naval academy came home in 2006."
    kin = _coverage(tmp_path, "kin", claim.format("female"), LIND)
    none = _coverage(tmp_path, "none", claim.format("zebra"), LIND)
    assert kin.verdict == "supported"
    assert kin.coverage > none.coverage


def test_a_broader_word_does_not_state_a_narrower_one(tmp_path: Path) -> None:
    """A source's "weapon" does not state a claim's "gun", nor "killed" a claim's "murdered"."""
    body = "Police said the suspect carried a weapon when he was arrested outside the Orvo station."
    claim = "Police said the suspect carried a {} when he was arrested outside the Orvo station."
    gun = _coverage(tmp_path, "gun", claim.format("gun"), body)
    none = _coverage(tmp_path, "none", claim.format("zebra"), body)
    assert gun.coverage == pytest.approx(none.coverage)


def test_a_word_of_a_fixed_phrase_has_no_kin() -> None:
    """ "in order to" is a preposition of three words: "order" there names no command."""
    claim = tokenize("He wants tests in order to root out nepotism, and an order to test them.")
    order = [t for t in claim if t.norm == "order"]
    assert _in_fixed_phrase(claim, order[0]) and not _in_fixed_phrase(claim, order[1])


def test_much_of_states_largely() -> None:
    """A source's "much of this shakeup involves" states a claim's "largely", "mostly"."""
    assert quantifiers(tokenize("Much of this shakeup involves anti-corruption measures."), stating=True) == [
        (0, MUCH)
    ]
    for text in ("It spent as much of the budget as it could.", "How much of the budget is left?"):
        assert not quantifiers(tokenize(text), stating=True)
    assert not quantifiers(tokenize("Much of this shakeup involves anti-corruption measures."))  # a claim's


def test_a_judging_word_below_the_claims_own_passage_contradicts_nothing(tmp_path: Path) -> None:
    """ "suffers from the lack of" read against "to discuss creating joint factories", ranked
    below the passage that states all of the claim but "suffers": another thing, not found."""
    verdict = _verdict(
        tmp_path,
        "Norway's military also suffers from the lack of a domestic defense industry.",
        a="Norway's military has not just been bedeviled with corruption, but also a lack of domestic "
        "defense industry.",
        b="In Oslo on May 12, Norway's Defense Minister Lars Berg met Swedish Defense Minister Karl Lund to "
        "discuss creating joint factories in the military industry.",
    )
    assert verdict.verdict == "not_found"
