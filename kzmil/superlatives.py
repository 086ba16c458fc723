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


def gradable(word: str) -> bool:
    """Is the word an adjective WordNet grades ("kind", "kindest"; "fine", "finest")? Its
    superlative is looked up in each way English spells one."""
    if len(word) < 3 or not word.isalpha():
        return False
    forms = {word + "est", word + "st", word + word[-1] + "est"}
    if word.endswith("y"):
        forms.add(word[:-1] + "iest")
    return any(lookup("superlatives.txt", f) is not None for f in forms)


# Words that open a periphrastic superlative: "the most effective", "its most important".
# A bare "most" before an adjective is mostly a degree ("most welcome") or a count ("most
# officers"), so it ranks nothing here.
MOST_OPENERS = frozenset({"the", "its", "his", "her", "their"})
# Words after "the most" that rank nothing to check: "the most of", "for the most part" (an
# idiom of degree), "the most recent" (a date, which a source gives as "new", "latest", "last").
NOT_RANKED = frozenset({"of", "part", "recent"})
# What may stand between "most" and its word: spaces and quote marks ("the most \u2018charming\u2019").
_GAP = " \t\n'\"\u2018\u2019\u201c\u201d"


def _possessed(text: str, tokens: list[Token], i: int) -> bool:
    """Does a possessive stand just before token i ("Kazakhstan's most ...", "the ministry's
    most ...")? Not a pronoun's "is" ("it's most likely")."""
    if i == 0:
        return False
    before = text[tokens[i - 1].start : tokens[i].start].rstrip().replace("\u2019", "'")
    return before.endswith("'s") and before[:-2].lower() not in CONTRACTED


CONTRACTED = frozenset({"it", "that", "he", "she", "there", "here", "what", "who", "let", "where"})


def ranked(text: str, tokens: list[Token], stating: bool = False) -> list[tuple[list[Token], str]]:
    """Each superlative of a text, as its words and the stem it ranks by: "largest" ->
    "larg"; "the most effective" -> "effect", for a claim that calls a minister the most
    effective says as much as one that calls him the best. A source's bare "most" before a
    word (`stating`: "most significantly proposed") ranks too, whatever a claim's would."""
    out: list[tuple[list[Token], str]] = []
    for i, t in enumerate(tokens):
        if (by := superlative(t)) is not None:
            out.append(([t], by))
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            t.norm == "most"
            and i > 0
            and nxt is not None
            and nxt.kind == "word"
            and not nxt.stop
            and not nxt.cap
            and (stating or tokens[i - 1].norm in MOST_OPENERS or _possessed(text, tokens, i))
            and nxt.norm not in NOT_RANKED
            and text[t.end : nxt.start].strip(_GAP) == ""
        ):
            out.append(([t, nxt], nxt.stem))
    return out
