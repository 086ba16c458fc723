"""How a word judges what it speaks of: VADER's valence lexicon (data/valence.txt).

A word like "reluctant", "refused" or "failed" carries a claim's point and its direction,
so the verdict needs the source to state it (or a paraphrase), and reads a source word of
the opposite sign in its place as a reversal. VADER (vaderSentiment, MIT) is a curated,
human-rated lexicon of 7,500 English words: a well-kept resource, not a list of our own. It
is copied into the package by scripts/vader_valence.py and read by binary search.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzmil.normalize import Token
from kzmil.tables import lookup

# Valence (VADER rates words from -4 to +4) from which a word judges rather than describes.
# Reports use mild praise as plain description ("join", "improve", "help"), and a claim that
# darkens what the source says ("wavering" for "steadfast") is the distortion that matters, so
# a negative word judges from -0.5 and a positive one from +1.5.
NEGATIVE_MIN = -0.5
POSITIVE_MIN = 1.5
# Two words judge against each other ("reluctant" -1.1 against "welcome" +2.0) once both
# pass this; weaker ratings ("tough" -0.5, "defense") are too faint to call a reversal.
OPPOSED_MIN = 1.0


# VADER was rated on social media, where "cool" praises (+1.3). In reporting, temperature
# words for a reaction mean reserve: "a cool reception", "received coolly", "relations
# cooled", "a lukewarm response". These ratings replace VADER's (or add to it) for that register.
NEWS_REGISTER = {
    "cool": -1.0,
    "cooled": -1.0,
    "cooling": -1.0,
    "coolly": -1.0,
    "coldly": -1.0,
    "chilly": -1.0,
    "frosty": -1.0,
    "lukewarm": -1.0,
    "tepid": -1.0,
}


@lru_cache(maxsize=8192)
def _rated(word: str) -> float | None:
    if word in NEWS_REGISTER:
        return NEWS_REGISTER[word]
    value = lookup("valence.txt", word)
    return float(value) if value else None


# Inflections VADER does not list, undone to a listed form: "welcomes", "praised", "hoping".
_ENDINGS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ed", "ing"),  # a verb VADER rates only in its "-ing" form: "frowned" as "frowning"
)


# An inflection is undone only to a base this long: "has" is no form of "ha".
BASE_MIN = 3


def valence(tok: Token) -> float:
    """The word's VADER valence, 0 for a word VADER does not rate."""
    return _valence(tok.norm)


# VADER lists American spellings; a British "-our" is rated as the "-or" it is ("favourably"
# as "favorably", "honour", "humour"). Only after "v", "n", "m", "l" or "b", so "four" and "tour" stay.
_BRITISH_OUR = re.compile(r"(?<=[vnmlb])our")


@lru_cache(maxsize=16384)
def _valence(word: str) -> float:
    """One lookup a word, however many passages hold it."""
    american = _BRITISH_OUR.sub("or", word)
    if american != word and _valence(american):
        return _valence(american)
    rated = _rated(word)
    adjective = _rated(word[:-2]) if word.endswith("ly") else None
    # an adverb judges as its adjective where VADER rates that one darker ("reluctantly" -0.4
    # as "reluctant" -1.0) or the adverb not at all ("grudgingly", "poorly"); not a positive
    # adjective, which would make intensifiers judge ("strongly" as "strong" +2.3)
    if adjective is not None and adjective < 0 and (rated is None or adjective < rated):
        return adjective
    if rated is not None:
        return rated
    for end, add in _ENDINGS:
        base = word[: -len(end)] + add
        if word.endswith(end) and len(base) >= BASE_MIN and (rated := _rated(base)) is not None:
            return rated
    return 0.0


def judges(tok: Token) -> bool:
    """Does the word carry a judgement the source must state?"""
    v = valence(tok)
    return v <= NEGATIVE_MIN or v >= POSITIVE_MIN


def opposed(a: Token, b: Token) -> bool:
    """Do two words judge in opposite directions ("welcomed" and "opposition")?"""
    va, vb = valence(a), valence(b)
    return abs(va) >= OPPOSED_MIN and abs(vb) >= OPPOSED_MIN and va * vb < 0


def same_tone(a: Token, b: Token) -> bool:
    """Can two words WordNet gives as synonyms stand for each other? Not a word that judges
    for one that judges nothing: their stems only collide ("positive" and "posit", a synonym
    of "state")."""
    return judges(a) == judges(b) or bool(valence(a)) == bool(valence(b))
