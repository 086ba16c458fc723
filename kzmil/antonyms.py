"""Which words state the opposite of each other: the lexicon of the polarity detector.

Three sources, all general English:
- WordNet's direct antonyms (data/antonyms.txt, written by scripts/wordnet_antonyms.py);
- a short list of evaluation and change words that WordNet relates only indirectly
  (increase/cut, praise/condemn, support/oppose);
- the prefixes un- and non-, which make the opposite of nearly any word they attach to
  ("uncontroversial"), so no list can hold them all.

Loaded on first use: `kzmil find` never pays for it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kzmil.normalize import STOPWORDS, stems

_EXTRA_PAIRS = """
increase/decrease increase/reduce increase/cut rise/fall rise/decline grow/shrink expand/reduce expand/shrink
gain/lose win/lose succeed/fail success/failure successful/unsuccessful accept/reject approve/reject
agree/disagree agree/differ coincide/differ same/different similar/different support/oppose allow/forbid
allow/ban allow/prohibit permit/forbid include/exclude strengthen/weaken improve/worsen improve/deteriorate
more/less more/fewer most/least higher/lower high/low strong/weak stronger/weaker largest/smallest
large/small larger/smaller major/minor maximum/minimum majority/minority above/below before/after
early/late earlier/later first/last start/end begin/end open/close opened/closed enter/leave join/leave
arrive/depart buy/sell import/export sign/reject ratify/reject confirm/deny admit/deny accept/refuse
praise/criticize praise/condemn welcome/condemn trust/distrust like/dislike love/hate friend/enemy
ally/enemy ally/adversary peace/war legal/illegal possible/impossible likely/unlikely able/unable
willing/unwilling true/false right/wrong positive/negative optimistic/pessimistic progress/setback
advance/retreat attack/defend public/private domestic/foreign internal/external military/civilian
permanent/temporary full/partial all/none always/never everything/nothing present/absent alive/dead
rich/poor cheap/expensive easy/difficult easy/hard simple/complex safe/dangerous stable/unstable
secure/insecure efficient/inefficient effective/ineffective active/passive active/inactive
modern/obsolete new/old young/old western/eastern northern/southern much/little many/few
"""
# Negating prefixes that are safe on any base of four letters or more. "in-", "im-" and
# "dis-" are not: inform/form, impose/pose, discover/cover. WordNet lists their real pairs.
_PREFIXES = ("un", "non")
_MIN_BASE = 4


@cache
def lexicon() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its antonyms."""
    pairs = [tuple(pair.split("/")) for pair in _EXTRA_PAIRS.split()]
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
    return {k: frozenset(v) for k, v in table.items()}


def opposites(word_stem: str) -> set[str]:
    """The stems that state the opposite of this one."""
    out = set(lexicon().get(word_stem, ()))
    for p in _PREFIXES:
        if len(word_stem) >= _MIN_BASE:
            out.add(p + word_stem)
        if word_stem.startswith(p) and len(word_stem) - len(p) >= _MIN_BASE:
            out.add(word_stem[len(p) :])
    return out
