"""Session 65's readings, on invented corpora (each test fails on the session's start code,
or guards a reading against firing where it must not)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

AFTERMATH = (
    "Norway joined the Nordic Defence Pact in 1996 and has drawn closer to its allies. "
    "In the aftermath of the 2004 tsunami, as relief teams were sent to Asia, Oslo recognized "
    "the value of naval cooperation but only slowly rebuilt its supply fleet."
)
JOINED = "Norway joined the Nordic Defence Pact in 1996"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("After 2004 Oslo recognized the value of naval cooperation.", "supported"),
        ("Before 2004 Oslo recognized the value of naval cooperation.", "contradicted"),
        # the date and a name, but not the deed: the order is not stated
        ("After 2004 Oslo bought new ships for its supply fleet.", "not_found"),
        (f"{JOINED}, but after 2004 Oslo was slow to rebuild its supply fleet.", "supported"),
        (f"{JOINED}, but before 2004 Oslo was slow to rebuild its supply fleet.", "contradicted"),
    ],
)
def test_an_opening_date_with_no_comma_is_the_first_event(tmp_path: Path, claim: str, want: str) -> None:
    """ "After 2004 Oslo recognized": the date alone comes first, its clause after it; and an
    opening cue in the passage's second sentence orders that sentence's clause."""
    assert _verdict(tmp_path, claim, fleet=AFTERMATH).verdict == want


BALANCE = (
    "These deals suit Minister Halvorsen, keen to avoid upsetting the balance between the "
    "reformers and the traditionalists more interested in closer ties with Sweden."
)


def test_avoid_denies_a_deed_and_judges_nothing(tmp_path: Path) -> None:
    """ "keen to avoid upsetting" says "not upset": "avoid" is no judgement against the claim's
    "favoring" (the traditionalists' leaning, which the passage states as "interested in")."""
    claim = (
        "The deals suited Halvorsen, who was keen not to upset the balance between the reformers "
        "and traditionalists favoring closer ties with Sweden."
    )
    assert _verdict(tmp_path, claim, balance=BALANCE).verdict != "contradicted"


OUTLIER = "Of 250 officers who studied in Norway, 110 have already quit the navy."


def test_not_an_unstated_state_denies_nothing(tmp_path: Path) -> None:
    """ "Dahl is not an outlier": a state the passage never names, in any form or by its
    opposite, is no deed the passage says was done."""
    claim = "Dahl is not an outlier: of 250 officers who studied in Norway, 110 have already quit the navy."
    assert _verdict(tmp_path, claim, outlier=OUTLIER).verdict != "contradicted"


def test_not_a_stated_state_is_still_denied(tmp_path: Path) -> None:
    claim = "The Norway programme was not a success."
    body = "The Norway programme was a success, officials said."
    assert _verdict(tmp_path, claim, success=body).verdict == "contradicted"


def test_an_adverb_of_time_ends_a_phrase(tmp_path: Path) -> None:
    """ "in the programme ever since": "ever since" tells how long, and is no circumstance the
    passage must state; the phrase is "the programme" alone, one word, a paraphrase's share."""
    body = "Norway has been an active member of the Nordic Defence Pact since joining in 1996."
    claim = (
        "Norway joined the Nordic Defence Pact in 1996 and has been an active participant in the "
        "programme ever since."
    )
    assert _verdict(tmp_path, claim, pact=body).verdict == "supported"
