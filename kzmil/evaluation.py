"""How a word judges what it speaks of: VADER's valence lexicon, by stem.

A word like "reluctant", "welcomed" or "failed" carries a claim's point and its direction,
so the verdict needs the source to state it (or a paraphrase), and reads a source word of
the opposite sign in its place as a reversal. VADER (vaderSentiment, MIT) is a curated,
human-rated lexicon of 7,500 English words: a well-kept resource, not a list of our own.
Loaded on first use: `kzmil find` never pays for it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kzmil.normalize import Token, stems

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
def valences() -> tuple[dict[str, float], dict[str, float]]:
    """Word -> valence, and stem -> mean valence of the words with that stem (for the
    inflections VADER does not list: "welcomes")."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    by_word: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha() and parts[0].islower():
            by_word[parts[0]] = float(parts[1])
    sums: dict[str, list[float]] = {}
    for s, v in zip(stems(list(by_word)), by_word.values(), strict=True):
        sums.setdefault(s, []).append(v)
    return by_word, {s: sum(v) / len(v) for s, v in sums.items()}


def valence(tok: Token) -> float:
    """The word's VADER valence, 0 for a word VADER does not rate."""
    by_word, by_stem = valences()
    v = by_word.get(tok.norm)
    if v is None:
        v = by_stem.get(tok.stem, 0.0) if _inflected(tok, by_word) else 0.0
    return v


def judges(tok: Token) -> bool:
    """Does the word carry a judgement the source must state?"""
    v = valence(tok)
    return v <= NEGATIVE_MIN or v >= POSITIVE_MIN


def opposed(a: Token, b: Token) -> bool:
    """Do two words judge in opposite directions ("welcomed" and "opposition")?"""
    va, vb = valence(a), valence(b)
    return abs(va) >= OPPOSED_MIN and abs(vb) >= OPPOSED_MIN and va * vb < 0


def _inflected(tok: Token, by_word: dict[str, float]) -> bool:
    """Is this an inflection of a listed word ("welcomes" of "welcome"), not merely a word
    with the same stem ("using" is not "useful")?"""
    base = tok.stem
    return any(w.startswith(base) and tok.norm.startswith(w[:-1]) for w in (base, base + "e") if w in by_word)
