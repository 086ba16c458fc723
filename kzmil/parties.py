"""A US politician's party and state as American papers write them: "Senator Richard Lugar
(R-IN)".

A claim that calls Lugar "a Democrat from Indiana" gets his party wrong and his state right;
one that calls him "the Indiana Republican" states both. The notation is a convention of US
journalism; the states' postal codes come from WordNet (data/us-states.txt, written by
scripts/wordnet_places.py).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

AFFILIATION = re.compile(r"\(([RDI])-([A-Z]{2})\)")
PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
# The words a claim names a party by (as kzmil normalises them): "Republican", "GOP".
PARTY_WORDS = {
    "republican": "R",
    "republicans": "R",
    "gop": "R",
    "democrat": "D",
    "democrats": "D",
    "democratic": "D",
}


@cache
def _states() -> dict[str, str]:
    text = (Path(__file__).parent / "data" / "us-states.txt").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


@cache
def _state_words() -> dict[str, str]:
    """A state's one-word name, folded -> its code: "indiana" -> "IN"."""
    return {name.lower(): code for code, name in _states().items() if " " not in name}


def is_state(word: str) -> bool:
    """Is the word a US state's one-word name ("indiana")?"""
    return word.lower() in _state_words()


def affiliations(text: str) -> list[tuple[str, str, str, str]]:
    """Each (party letter, state code, as written, the word before it: whose) of "(R-IN)" in a
    text, for a known state."""
    return [
        (m[1], m[2], m[0], (re.findall(r"\w+", text[: m.start()]) or [""])[-1])
        for m in AFFILIATION.finditer(text)
        if m[2] in _states()
    ]


def against(word: str, found: list[tuple[str, str, str, str]]) -> tuple[bool, str] | None:
    """Does a claim's party or state word agree with the one affiliation a text gives, and how
    is it written there ("(R-IN): Republican, Indiana")? None for a word of neither kind, or
    when the text gives no affiliation or several."""
    if len(found) != 1:
        return None
    party, state, written, _ = found[0]
    said = f"{written}: {PARTIES[party]}, {_states()[state]}"
    if word in PARTY_WORDS:
        return PARTY_WORDS[word] == party, said
    if word in _state_words():
        return _state_words()[word] == state, said
    return None
