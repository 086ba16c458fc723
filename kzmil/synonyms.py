"""Which word stems may stand for one another (data/synonyms.txt, from WordNet)."""

from __future__ import annotations

from functools import lru_cache

from kzmil.tables import lookup


@lru_cache(maxsize=4096)
def synonyms(word_stem: str) -> frozenset[str]:
    """The stems WordNet relates to this one: synonyms, derivations, similar adjectives."""
    return frozenset((lookup("synonyms.txt", word_stem) or "").split())
