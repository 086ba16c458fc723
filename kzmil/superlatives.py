"""Superlatives: "the largest increase", "the biggest threat".

A superlative ranks what it speaks of against all others, so a claim that adds one to a
true sentence ("the largest increase since independence") says more than its source. The
forms and the adjectives they rank by come from WordNet (data/superlatives.txt, written by
scripts/wordnet_superlatives.py): its irregular forms and the "-est" forms of its short
adjectives, leaving out forms that are nouns or verbs too ("interest", "forest").
"""

from __future__ import annotations

from kzmil.normalize import Token
from kzmil.tables import lookup


def superlative(tok: Token) -> str | None:
    """The stem of the adjective a superlative ranks by ("largest" -> "larg"), else None."""
    if tok.kind != "word" or tok.cap or not tok.norm.endswith("st"):
        return None
    return lookup("superlatives.txt", tok.norm)
