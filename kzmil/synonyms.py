"""Which word stems may stand for one another (data/synonyms.txt, from WordNet)."""

from __future__ import annotations

from functools import lru_cache

from kzmil.tables import lookup


@lru_cache(maxsize=4096)
def synonyms(word_stem: str) -> frozenset[str]:
    """The stems WordNet relates to this one: synonyms, derivations, similar adjectives."""
    return frozenset((lookup("synonyms.txt", word_stem) or "").split())


@lru_cache(maxsize=4096)
def paraphrases(word_stem: str) -> frozenset[str]:
    """The stems WordNet makes synonyms of this one in its most frequent sense and theirs
    (data/paraphrases.txt): close enough to count towards how much of a claim is stated."""
    return frozenset((lookup("paraphrases.txt", word_stem) or "").split())
