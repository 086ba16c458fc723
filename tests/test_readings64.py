"""Session 64's readings, on invented corpora (each test fails on the session's start code,
or guards a reading against firing where it must not)."""

from __future__ import annotations

from pathlib import Path

from conftest import verdict_on as _verdict

REFIT = "A shipyard in Norway has signed a $40 million contract to carry out refits on Danish patrol boats."


def test_a_figures_word_relates_no_names(tmp_path: Path) -> None:
    """ "million" stands between the two places on both sides, the other way round: it counts
    the contract, and puts neither place in the other's role."""
    claim = "Refits of Denmark's patrol boats fall under a $40 million Norwegian contract."
    assert _verdict(tmp_path, claim, refit=REFIT).verdict == "supported"


INSTITUTE = (
    "As of 2009, NATO has enabled a military language institute, which gives Norwegian military "
    "personnel the chance to study military English, Turkish, and Chinese."
)


def test_a_place_after_a_verb_modifies_no_noun_before_it(tmp_path: Path) -> None:
    """ "personnel can study English" does not make English the personnel's, so the passage's
    "Norwegian military personnel" is no rival to it."""
    claim = "Since 2009 NATO has enabled an institute where personnel can study English, Turkish and Chinese."
    assert _verdict(tmp_path, claim, institute=INSTITUTE).verdict == "supported"
