"""How a word judges what it speaks of: VADER's valence lexicon, by stem.

A word like "reluctant", "welcomed" or "failed" carries a claim's point and its direction,
so the verdict needs the source to state it (or a paraphrase), and reads a source word of
the opposite sign in its place as a reversal. VADER (vaderSentiment, MIT) is a curated,
human-rated lexicon of 7,500 English words: a well-kept resource, not a list of our own.
Loaded on first use: `kzmil find` never pays for it.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from kzmil.normalize import Token

# Valence (VADER rates words from -4 to +4) from which a word judges rather than describes.
# Reports use mild praise as plain description ("join", "improve", "help"), and a claim that
# darkens what the source says ("wavering" for "steadfast") is the distortion that matters, so
# a negative word judges from -0.5 and a positive one from +1.5.
NEGATIVE_MIN = -0.5
POSITIVE_MIN = 1.5
# Two words judge against each other ("reluctant" -1.1 against "welcome" +2.0) once both
# pass this; weaker ratings ("tough" -0.5, "defense") are too faint to call a reversal.
OPPOSED_MIN = 1.0


@cache
def valences() -> dict[str, float]:
    """Word -> VADER valence (single lower-case words only)."""
    # found without importing anything: importlib.resources alone costs ~18 ms of start-up
    spec = importlib.util.find_spec("vaderSentiment")
    folder = Path(next(iter(spec.submodule_search_locations or []))) if spec else Path()
    out: dict[str, float] = {}
    for line in (folder / "vader_lexicon.txt").read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition("\t")
        if word.isalpha() and word.islower():
            out[word] = float(rest.partition("\t")[0])
    return out


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
)


def valence(tok: Token) -> float:
    """The word's VADER valence, 0 for a word VADER does not rate."""
    table = valences()
    if tok.norm in table:
        return table[tok.norm]
    for end, add in _ENDINGS:
        if tok.norm.endswith(end) and (base := tok.norm[: -len(end)] + add) in table:
            return table[base]
    return 0.0


def judges(tok: Token) -> bool:
    """Does the word carry a judgement the source must state?"""
    v = valence(tok)
    return v <= NEGATIVE_MIN or v >= POSITIVE_MIN


def opposed(a: Token, b: Token) -> bool:
    """Do two words judge in opposite directions ("welcomed" and "opposition")?"""
    va, vb = valence(a), valence(b)
    return abs(va) >= OPPOSED_MIN and abs(vb) >= OPPOSED_MIN and va * vb < 0
