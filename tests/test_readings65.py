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
