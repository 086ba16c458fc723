"""Which words state the opposite of each other: the lexicon of the polarity detector.

Four sources, all general English:
- WordNet's direct antonyms (data/antonyms.txt, written by scripts/wordnet_antonyms.py);
- adverbs of manner that WordNet sets against each other through their adjectives' clusters
  (data/antonym-adverbs.txt, same script: "swiftly" against "slowly"), read as written;
- a short list of evaluation, change and stance words that WordNet relates only indirectly
  (increase/cut, praise/condemn, support/oppose);
  both carried over to the words WordNet derives from either side (support/opposition);
- the prefixes un- and non-, which make the opposite of nearly any word they attach to
  ("uncontroversial"), so no list can hold them all.

Read by binary search (data/antonym-stems.txt): `kzmil find` never pays for it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kzmil.normalize import STOPWORDS, Token, stems
from kzmil.tables import lookup

# Pairs WordNet holds only indirectly (it has increase/decrease, not increase/cut). Pairs that
# WordNet or the prefixes below already give are not repeated here.
_EXTRA_PAIRS = """
increase/reduce increase/cut rise/decline grow/shrink expand/reduce expand/shrink gain/lose
approve/reject agree/differ coincide/differ similar/different support/oppose allow/forbid allow/ban
allow/prohibit improve/worsen improve/deteriorate more/less more/fewer most/least higher/lower
stronger/weaker largest/smallest larger/smaller above/below before/after earlier/later start/end
enter/leave join/leave arrive/depart sign/reject ratify/reject confirm/deny
friend/enemy ally/enemy ally/adversary progress/setback permanent/temporary
full/partial all/none always/never everything/nothing easy/hard modern/obsolete many/few
back/oppose support/object match/differ
align/differ align/diverge converge/diverge coincide/diverge
grow/ease rise/ease increase/ease intensify/ease mount/ease continue/break
strengthen/loosen deepen/loosen
"""
# Verbs of stance, for and against: each of the first faces each of the second ("welcomed"
# against "resisted", "endorsed" against "condemned"), a class rather than pairs picked one by one.
STANCE_FOR = ("support", "welcome", "endorse", "favor", "approve", "praise")
STANCE_AGAINST = ("oppose", "resist", "reject", "condemn", "criticize")
# Negating prefixes that are safe on any base of four letters or more. "in-", "im-" and
# "dis-" are not: inform/form, impose/pose, discover/cover. WordNet lists their real pairs.
_PREFIXES = ("un", "non")
_MIN_BASE = 4


STEM_TABLE = "antonym-stems.txt"


def extra_pairs() -> list[tuple[str, str]]:
    """The pairs above, as word pairs, and every stance for against every stance against."""
    listed = [(a, b) for a, _, b in (pair.partition("/") for pair in _EXTRA_PAIRS.split())]
    return listed + [(a, b) for a in STANCE_FOR for b in STANCE_AGAINST]


def build_table() -> dict[str, str]:
    """Stem -> the stems of its antonyms (space-separated), from data/antonyms.txt and the
    pairs above. Written to data/antonym-stems.txt by scripts/wordnet_antonyms.py, so that a
    run reads the few lines it needs instead of stemming 6,000 words."""
    pairs = extra_pairs()
    text = (Path(__file__).parent / "data" / "antonyms.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            a, b = line.split()
            if a not in STOPWORDS and b not in STOPWORDS:
                pairs.append((a, b))
    stemmed = iter(stems([w for pair in pairs for w in pair]))
    table: dict[str, set[str]] = {}
    for sa, sb in zip(stemmed, stemmed, strict=True):
        if sa != sb:
            table.setdefault(sa, set()).add(sb)
            table.setdefault(sb, set()).add(sa)
    return {k: " ".join(sorted(v)) for k, v in table.items()}


@lru_cache(maxsize=4096)
def _listed(word_stem: str) -> frozenset[str]:
    return frozenset((lookup(STEM_TABLE, word_stem) or "").split())


def opposites(word_stem: str) -> set[str]:
    """The stems that state the opposite of this one."""
    out = set(_listed(word_stem))
    for p in _PREFIXES:
        if len(word_stem) >= _MIN_BASE:
            out.add(p + word_stem)
        if word_stem.startswith(p) and len(word_stem) - len(p) >= _MIN_BASE:
            out.add(word_stem[len(p) :])
    return out


ADVERB_TABLE = "antonym-adverbs.txt"


@lru_cache(maxsize=4096)
def adverb_opposites(word: str) -> frozenset[str]:
    """The adverbs of manner that face this one through their adjectives' WordNet clusters
    ("swiftly": "slowly"), as written: stemmed, "cuttingly"/"kindly" would be "cut"/"kind"."""
    return frozenset((lookup(ADVERB_TABLE, word) or "").split())


# A verb with "back" or "down" says less of something even where WordNet lists no such verb:
# "scaled back", "wound down", "pared back".
LESSENING_PARTICLES = frozenset({"back", "down"})
# ... unless a preposition follows, which makes the particle a direction: "sat down with him".
PLACE_PREPOSITIONS = frozenset({"with", "to", "at", "in", "on", "from", "into", "onto", "towards", "toward"})


# "fell by almost 75 percent": a verb that only sometimes means a change of amount means one
# when "by" brings a figure within this many tokens of it.
AMOUNT_REACH = 3
# Words that may stand between "by" or "to" and the figure: "by almost 75 percent".
APPROXIMATORS = frozenset({"almost", "nearly", "about", "around", "roughly", "some", "approximately", "just"})
_TO_FIGURE = frozenset({"by"})  # "given to 30 officers", "extended to 3 firms": a recipient, not a change


def _figure_after(tokens: list[Token]) -> bool:
    """Does an amount follow: "almost 75 percent", "143 billion", not "Saryarka 2004"?"""
    for x in tokens:
        if x.kind == "num":
            return True
        if not (x.stop or x.norm in APPROXIMATORS):
            return False  # "set to reach 39", "pointed to Saryarka 2004": another word between
    return False


# Forms of "be" and its like, after which "slow to", "quick to" tell a manner of acting (as
# `modality.BE`, written here so that the find path, which reads this module, loads no more).
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "seems", "seemed"})


def change_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The direction ("up" or "down") of a word of change at token i, and how many tokens it
    takes: "shrank", "scale down", "increase" (data/change.txt, from WordNet); "fell", "rose"
    before a figure (data/change-by.txt)."""
    t = tokens[i]
    if t.kind != "word" or t.stop:
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].kind == "word" else None
    then = tokens[i + 2].norm if i + 2 < len(tokens) else ""
    if i and tokens[i - 1].norm in COPULAS and nxt is not None and nxt.norm == "to" and then.isalpha():
        return None  # "Astana was slow to respond": how something was done, not a change
    if nxt is not None and nxt.norm in LESSENING_PARTICLES and then in PLACE_PREPOSITIONS:
        nxt = None  # "sat down with", "came back to": a movement, not a lessening
    if (
        nxt is not None
        and nxt.norm in LESSENING_PARTICLES
        and then == "as"
        and i
        and tokens[i - 1].norm == "as"
    ):
        return None  # "as far back as 2003": how long ago, not a lessening
    found = _change(t.stem, nxt.stem if nxt is not None else "", nxt.norm if nxt is not None else "")
    figure = _figure_after(tokens[i + 2 : i + 2 + AMOUNT_REACH])
    if found is None and (
        (nxt is not None and nxt.norm in _TO_FIGURE and figure)
        or amount_after(tokens, i + 1)
        or amount_before(tokens, i)
    ):
        way = lookup("change-by.txt", t.stem)
        return (way, 1) if way is not None else None
    return found


# Nouns that name an amount: a verb with one as its object changes it ("cut the number of",
# "raising the numbers of"), as it does before a figure.
AMOUNT_NOUNS = frozenset(
    {"number", "numbers", "amount", "level", "levels", "size", "total", "share", "proportion"}
)
DETERMINER_REACH = 2  # "the", "its overall": words between the verb and its amount noun


SUBJECT_REACH = 10  # tokens from an amount noun ("the number of Kazakh servicemen trained ...") to its verb


def amount_before(tokens: list[Token], i: int) -> bool:
    """Is the verb at i said of an amount, named before it with "of" after it ("the number of
    servicemen trained in the U.S. fell")? Then "fell", "rose" tell a change of that amount."""
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_REACH), -1):
        if tokens[j].norm in AMOUNT_NOUNS:
            return j + 1 < i and tokens[j + 1].norm == "of"
    return False


def amount_after(tokens: list[Token], j: int) -> bool:
    """Does an amount noun follow at j, after at most a determiner or two, with "of" after it,
    or "how many" or "how much" ("limiting how many officers are trained")?"""
    if j + 1 < len(tokens) and tokens[j].norm == "how" and tokens[j + 1].norm in ("many", "much"):
        return True
    for k in range(j, min(j + DETERMINER_REACH + 1, len(tokens) - 1)):
        if tokens[k].norm in AMOUNT_NOUNS:
            return tokens[k + 1].norm == "of"
        if not tokens[k].stop:
            return False
    return False


@lru_cache(maxsize=8192)
def _change(word_stem: str, next_stem: str, next_word: str) -> tuple[str, int] | None:
    """One lookup per pair of words a run meets, however many passages hold them."""
    if next_stem:
        way = lookup("change.txt", f"{word_stem} {next_stem}")
        if way is not None:
            return way, 2
    way = lookup("change.txt", word_stem)
    if way is not None:
        return way, 1
    if next_word in LESSENING_PARTICLES:
        return "down", 2
    return None
