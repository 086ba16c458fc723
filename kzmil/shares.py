"""Quantifiers, comparisons and the other specifics of arrangement: where the passage states
a claim's "most", "more than", "rather than", "before", "twice" or "the largest", by words or
by the figures it gives ("110 of 250" against "most"), and where it says otherwise."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations, pairwise, takewhile
from typing import NamedTuple

from kzmil.antonyms import opposites
from kzmil.comparisons import (
    AMOUNT_WORDS,
    YEAR_OFFSETS,
    claim_times,
    compared_figures,
    figures_at_times,
    preference,
)
from kzmil.conflicts import Conflict
from kzmil.evidence import CONTEXT, Evidence
from kzmil.match import prefixed
from kzmil.names import name_match
from kzmil.normalize import POSSESSIVE, Token, stem
from kzmil.quantities import ROUGHLY, Gap, Quantity, bound, event_tied, extract, stated_by
from kzmil.reading import Found, Reading
from kzmil.specifics import (
    ALL,
    COMPARATIVES,
    FEW,
    MANY,
    MINORITY,
    MOST,
    MOST_ADVERBS,
    MUCH,
    MULTIPLIERS,
    NONE,
    SOLE,
    SOLE_WORDS,
    UP,
    Specific,
    fronted_opener,
    quantifiers,
)
from kzmil.structure import CLAUSE_BREAK, clause_span
from kzmil.superlatives import ranked
from kzmil.synonyms import synonyms
from kzmil.tables import past_form
from kzmil.timeline import order

# Share of a whole that each quantifier asserts, as (lowest, highest) inclusive.
SHARE_RANGE = {
    ALL: (0.999, 1.0),
    MOST: (0.5001, 1.0),
    FEW: (0.0, 0.25),
    MINORITY: (0.0001, 0.4999),
    NONE: (0.0, 0.0),
}
# Quantifier classes that cannot both be true of one whole.
EXCLUSIVE = {
    ALL: frozenset({FEW, MINORITY, NONE}),
    MOST: frozenset({FEW, MINORITY, NONE}),
    FEW: frozenset({ALL, MOST, MANY}),
    MINORITY: frozenset({ALL, MOST, NONE}),
    NONE: frozenset({ALL, MOST, FEW, MINORITY, MANY}),
}
# How many tokens after "out of M" the part N may come: "out of 250 officers who ..., 110".
PART_WINDOW = 20
# How many tokens before "of M" the part N may stand: "23 of the 114".
PART_BEFORE = 3


# ---------------------------------------------------------------- quantifiers and comparisons


SHARE_TOLERANCE = 0.15  # how far from its exact value a rounded fraction in words may fall


class Part(NamedTuple):
    """A part-of-whole figure: "out of 250 officers ..., 110" is 110 of 250."""

    share: float  # 0.44
    text: str  # "110 of 250"
    part: float
    whole: float
    at: int  # the part's token index


def shares(tokens: list[Token], text: str) -> list[tuple[float, str]]:
    """Part-of-whole figures a passage states: "out of 250 officers ..., 110" -> (0.44, "110 of 250")."""
    return [(p.share, p.text) for p in parts(tokens)]


def rate_top(tokens: list[Token], j: int) -> float | None:
    """The "two" of "two in five" when the figure at j is a rate's "five"; "one" is a word
    token elsewhere ("one of the officers"), a number here."""
    if j < 2 or tokens[j - 1].norm != "in":
        return None
    top = tokens[j - 2]
    return top.value if top.kind == "num" else 1.0 if top.norm == "one" else None


def parts(tokens: list[Token]) -> list[Part]:
    """Each part-of-whole figure a text states."""
    out = []
    nums = [k for k, t in enumerate(tokens) if t.kind == "num" and t.value and not t.ordinal]
    for k in nums:
        before = [t.norm for t in tokens[max(0, k - 3) : k]]
        # "out of 250", "Of the 114 cadets", "23 of the 114", "of 250" opening a sentence
        the = before[-2:] == ["of", "the"]
        if not (the or before[-2:] == ["out", "of"] or (k == 1 and before == ["of"])):
            continue
        whole = tokens[k].value or 0.0
        earlier = [j for j in nums if j < k and k - j <= PART_BEFORE + the]
        later = [j for j in nums if k < j <= k + PART_WINDOW]
        for j in earlier[-1:] or later[:1]:
            if j + 1 < len(tokens) and tokens[j + 1].norm == "percent":
                continue  # "45 percent of the 250": a share, read as a percentage
            part = tokens[j].value or 0.0
            said = tokens[j].norm
            if "/" in tokens[j].norm:  # "half of the 250": a fraction of the whole
                part *= whole
            elif (top := rate_top(tokens, j)) is not None and part:
                # "two in five of the 250": a rate, two fifths of the whole
                said = f"{tokens[j - 2].norm} in {said}"
                part = top / part * whole
            if 0 <= part <= whole:
                out.append(Part(part / whole, f"{said} of {tokens[k].norm}", part, whole, j))
    return out


COUNTED_WORDS = 3  # "160 foreign universities": what a figure counts is in the words right after it
COPULAS = frozenset({"are", "were", "is", "was"})  # "300 are servicemen": what follows still says what


def counted_words(text: str, tokens: list[Token], start: int) -> list[Token]:
    """The plain words right after the figure at `start` that say what it counts ("160 foreign
    universities", "300 are servicemen"), the counted noun first."""
    k = next((i for i, t in enumerate(tokens) if t.start >= start and t.kind == "num"), None)
    if k is None:
        return []
    words: list[Token] = []
    if k + 1 < len(tokens) and tokens[k + 1].norm in COPULAS:
        k += 1  # "300 are servicemen", "250 were officers"
    for t in tokens[k + 1 : k + 1 + COUNTED_WORDS]:
        if t.kind != "word" or t.stop or any(c in ",;:.()" for c in text[tokens[k].end : t.start]):
            break
        words.append(t)
        k += 1
    return words


def counted(text: str, tokens: list[Token], start: int) -> tuple[set[str], int] | None:
    """What the figure at `start` counts: the stems of its counted words and where they end; or None."""
    words = counted_words(text, tokens, start)
    return ({t.stem for t in words}, words[-1].end) if words else None


SAID_AFTER = 6  # "550 people are sent abroad": what the sentence says of a figure, in words after it


def _said_after(text: str, tokens: list[Token], end: int) -> set[str]:
    """The stems of the plain words a figure's clause says right after it ("550 people are
    sent abroad for education"), up to another figure or the clause's end."""
    after = [t for t in tokens if t.start >= end][:SAID_AFTER]
    out: set[str] = set()
    for prev, t in zip([None, *after], after, strict=False):
        if t.kind == "num" or (prev is not None and any(c in ",;:.()" for c in text[prev.end : t.start])):
            break  # another figure's words ("160 fields at 55 foreign universities"), or another clause
        if t.kind == "word" and not t.stop:
            out.add(t.stem)
    return out


# "the first time this was done", "for the second occasion": the rank is of the deed told
OCCASIONS = frozenset({"time", "occas"})
# Words after an ordinal that may name what it ranks: a modifier or two, the noun and a short
# "of" phrase ("first female graduate of West Point") fit in six; further words are a new point.
RANKED_REACH = 6


def _ranked_window(text: str, tokens: list[Token], start: int) -> list[Token] | None:
    """The plain words after the ordinal at `start`, to the end of its phrase: what it ranks.
    None when a "to" follows ("the first woman from Kazakhstan to come out of West Point"):
    then the rank is of a deed, which the noun before it does not name."""
    after = [t for t in tokens if t.start > start][:RANKED_REACH]
    out: list[Token] = []
    prev_end = start
    for t in after:
        if any(c in ",;:.()" for c in text[prev_end : t.start]):
            break
        if t.norm == "to":
            return None
        if t.kind == "word" and not t.stop:
            out.append(t)
        prev_end = t.end
    return out


def ranks_another(spec: Specific, got: Quantity, r: Reading) -> bool:
    """ "Kazakhstan's first female military attaché" against "Kazakhstan's first female graduate
    of West Point": the same rank, of another thing. The claim's ranked noun (the last word of
    what its ordinal counts) is stated nowhere in the source's phrase after its ordinal, and
    the source's ranked noun nowhere in the claim's phrase."""
    q = spec.quantity
    if q is None or not q.ordinal or not got.ordinal:
        return False
    mine = counted_words(r.claim, r.ctoks, q.start)
    theirs = counted_words(r.ev.text, r.ev.tokens, got.start)
    if not mine or not theirs:
        return False
    head, their_head = mine[-1], theirs[-1]
    if head.cap or their_head.cap or {head.stem, their_head.stem} & OCCASIONS:
        return False

    theirs_ranked = _ranked_window(r.ev.text, r.ev.tokens, got.start)
    mine_ranked = _ranked_window(r.claim, r.ctoks, q.start)
    if theirs_ranked is None or mine_ranked is None:
        return False
    return not word_stated(head, theirs_ranked) and not word_stated(their_head, mine_ranked)


def counts_another(spec: Specific, got: Quantity, r: Reading) -> Conflict | None:
    """ "160 foreign universities" against "160 specialist fields at 55 foreign universities":
    the figure is stated, but of other things, and the claim's things have their own figure."""
    q = spec.quantity
    assert q is not None
    if q.model or got.model:
        return None  # a model's number counts nothing: "Su-27 repair contract"
    mine = counted(r.claim, r.ctoks, q.start)
    theirs = counted(r.ev.text, r.ev.tokens, got.start)
    if mine is None or theirs is None or mine[0] & theirs[0]:
        return None
    rivals = []
    for p in r.quantities:
        other = counted(r.ev.text, r.ev.tokens, p.start) if p is not got else None
        if other is not None and mine[0] & other[0] and not p.same_value(q):
            rivals.append((p, other))
    if not rivals:
        return None
    # "550 Kazakhs sent abroad for education" is "550 people are sent abroad for education",
    # though "250 are officers sent" shares a verb: the stated figure's clause says more of
    # the claim's than any rival's, and no rival counts the claim's own noun
    head = counted_words(r.claim, r.ctoks, q.start)[0].stem  # mine is not None: there is one
    said = _said_after(r.claim, r.ctoks, q.end)
    shared = len(said & _said_after(r.ev.text, r.ev.tokens, got.end))
    if shared and all(
        head not in other[0] and len(said & _said_after(r.ev.text, r.ev.tokens, p.end)) < shared
        for p, other in rivals
    ):
        return None
    p, other = rivals[0]
    return Conflict(
        "number", r.claim[q.start : mine[1]], r.ev.text[p.start : other[1]], spec.span, (p.start, other[1])
    )


def figures_exchanged(spec: Specific, got: Quantity, r: Reading) -> Conflict | None:
    """Two figures of the claim that the passage gives each other's words: "300 of them on
    short-term courses and 250 in full-time education" against "300 are servicemen sent for
    full-time education, and 250 are officers sent for short-term courses". The claim's words
    after this figure are none of the passage's after it, but are after the claim's other
    figure there, and that figure's words are after this one's."""
    q = spec.quantity
    assert q is not None
    mine = _said_after(r.claim, r.ctoks, q.end)
    theirs = _said_after(r.ev.text, r.ev.tokens, got.end)
    if not mine or not theirs or mine & theirs or q.model:
        return None
    for other in extract(r.claim, r.ctoks):
        if other.start <= q.start or other.model or other.same_value(q):
            continue  # the pair is told once, at its first figure
        p = next((x for x in r.quantities if x is not got and x.same_value(other)), None)
        if p is None:
            continue
        if (
            mine & _said_after(r.ev.text, r.ev.tokens, p.end)
            and _said_after(r.claim, r.ctoks, other.end) & theirs
        ):
            mine_q, other_q = r.claim[q.start : q.end], r.claim[other.start : other.end]
            note = (
                f"the claim gives {mine_q} what the source says of {other_q}, "
                f"and {other_q} what it says of {mine_q}"
            )
            return Conflict(
                "number", spec.text, r.ev.text[p.start : p.end], spec.span, (p.start, p.end), note=note
            )
    return None


def listed_otherwise(spec: Specific, got: Quantity, r: Reading) -> Conflict | None:
    """A count the claim spells out after a colon that the passage spells out otherwise: "two
    constraints: bloated manpower and dwindling re-supply" against "two constraints:
    inefficient fund allocation and dwindling re-supply". An item of the claim's list that
    shares no word with the passage's, where the passage has one that shares none with the
    claim's, is the other's in its place."""
    q = spec.quantity
    assert q is not None
    spans = _item_spans(r.ev.text, r.ev.tokens, got.end)
    mine = _item_words(r.ctoks, _item_spans(r.claim, r.ctoks, q.end))
    theirs = _item_words(r.ev.tokens, spans)
    if len(mine) != len(theirs) or len(mine) < 2:
        return None
    said = set().union(*theirs)
    told = set().union(*mine)
    lone = next((m for m in mine if not m & said), None)
    k = next((i for i, t in enumerate(theirs) if not t & told), None)
    if lone is None or k is None:
        return None
    lo, hi = spans[k]
    note = f"the source lists its {got.text} otherwise: it names \u201c{r.ev.text[lo:hi]}\u201d"
    return Conflict("detail", spec.text, r.ev.text[lo:hi], spec.span, (lo, hi), note=note)


LIST_ITEMS_REACH = 16  # tokens after a colon that a short list may hold


def _item_spans(text: str, tokens: list[Token], end: int) -> list[tuple[int, int]]:
    """Where each item of the list after the colon right after a figure's noun stands: the
    items split at commas and "and", up to the sentence's end."""
    after = [t for t in tokens if t.start >= end]
    if len(after) < 2 or ":" not in text[after[0].end : after[1].start]:
        return []
    items: list[tuple[int, int]] = []
    lo = hi = -1
    prev = after[0]
    for t in after[1 : 1 + LIST_ITEMS_REACH]:
        gap = text[prev.end : t.start]
        if any(c in gap for c in ".;:()") and lo >= 0:
            break
        if t.norm in ("and", "or") or ("," in gap and lo >= 0):
            if lo >= 0:
                items.append((lo, hi))
            lo = hi = -1
            if t.norm in ("and", "or"):
                prev = t
                continue
        if lo < 0:
            lo = t.start
        hi = t.end
        prev = t
    if lo >= 0:
        items.append((lo, hi))
    return items


def _item_words(tokens: list[Token], spans: list[tuple[int, int]]) -> list[set[str]]:
    """The plain words of each item of a list (none when an item has none)."""
    out = [
        {t.stem for t in tokens if lo <= t.start < hi and t.kind == "word" and not t.stop} for lo, hi in spans
    ]
    return out if all(out) else []


def other_part(spec: Specific, mine: Part, r: Reading) -> Found:
    """ "120 of the 250" against "out of 250 ..., 110": the same whole, another part (or the
    same one, when the claim gives it as a rounded fraction: "nearly half of the 250")."""
    # a fraction in words is itself rounded: "nearly half" of 250 is 110, "about a third" 80
    rounded = "/" in r.ctoks[mine.at].norm and mine.at > 0 and r.ctoks[mine.at - 1].norm in ROUGHLY
    first = mine.at - 1 if mine.at and r.ctoks[mine.at - 1].norm in ("a", "an") else mine.at  # "a hundred"
    if rate_top(r.ctoks, mine.at) is not None:
        first = mine.at - 2  # "more than two in five": the bound stands before the rate
        # a rate is as rounded as the claim says ("roughly one in five"), or as its arithmetic
        # makes it: one in five of 114 is no whole number of cadets
        lead = r.ctoks[first - 1].norm if first else ""
        rounded = lead in ROUGHLY or mine.part != round(mine.part)
    lo, hi = r.ctoks[first].start, r.ctoks[mine.at].end
    sign = bound(r.claim, r.ctoks, Quantity("count", mine.part, "", lo, hi, r.claim[lo:hi]))
    rounded = rounded and sign not in ("<", ">")  # "fewer than one in five" is a bound, not a rounding
    theirs = [p for p in said_parts(r) if p.whole == mine.whole]
    same = next((p for p in theirs if p.part == mine.part), None)
    if same is not None:
        return same.text  # "300 of the 500" stated, whatever other part of the 500 is too
    for p in theirs:
        if rounded and abs(p.part - mine.part) <= SHARE_TOLERANCE * mine.part:
            return p.text  # stated, as nearly as the claim says
        if (sign == ">" and p.part > mine.part) or (sign == "<" and p.part < mine.part):
            return p.text  # "more than a hundred of the 250": 110 of 250
        return Conflict("number", _part_text(spec, mine), p.text, spec.span, None)
    return None


def _part_text(spec: Specific, mine: Part) -> str:
    """How the claim writes its part: "half of 250", not "1/2 of 250"."""
    return f"{spec.text} of {mine.text.split(' of ')[-1]}" if "/" in mine.text.split(" of ")[0] else mine.text


def _percents_of(governed: set[str], r: Reading) -> list[tuple[float, str]]:
    """Percents of what the quantifier governs: "50% contract servicemen" for "an entirely
    contract-based army" (the words after the percent share a stem with those after it)."""
    if not governed:
        return []
    out = []
    for q in r.quantities:
        what = counted(r.ev.text, r.ev.tokens, q.start) if q.type == "percent" else None
        if what is not None and what[0] & governed:
            out.append((q.value / 100, q.text))
    return out


def _governed(spec: Specific, r: Reading) -> set[str]:
    """The stems of the plain words a quantifier governs: "most of them officers on ..."."""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return set()
    out = set()
    for t in r.ctoks[k + 1 : k + 1 + GOVERNED_REACH]:
        if CLAUSE_BREAK.search(r.claim, r.ctoks[k].end, t.start):
            break
        if t.kind == "word" and not t.stop:
            out.add(t.stem)
    return out


# Words after a quantifier, to a clause break, that say what it governs: "its entire army
# made up of contract servicemen" governs the servicemen too.
GOVERNED_REACH = 8


def _counted_head(spec: Specific, r: Reading) -> Token | None:
    """The noun a quantifier counts: the last word of the first run of plain words after it
    ("a small share of its military equipment": equipment)."""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return None
    head = None
    for t in r.ctoks[k + 1 : k + 2 + COUNTED_WORDS]:
        if t.kind != "word" or t.stop:
            if head is not None or t.norm in _REFERRING:
                break  # "most of it": what is counted was named before
            continue
        if head is not None and past_form(t.norm) and spec.value == ALL:
            # "every regional army command preceded": the verb after the noun. Only for a whole:
            # "most units deployed abroad" is restricted by its participle, "every" holds anyway
            break
        head = t
    return head


# Nouns of a part that "a" and "of" make some of a whole, not all of it: "professionalizing a
# proportion of its total personnel". Not "a number of" (some, or many), nor "part of" alone
# ("as part of the reform").
PART_NOUNS = frozenset({"proportion", "share", "fraction", "portion", "percentage"})


def _parts_of(tokens: list[Token]) -> list[Token]:
    """The passage's "a proportion of", "a share of": a part, which denies "all"."""
    return [
        t
        for k, t in enumerate(tokens[1:-1], 1)
        if t.norm in PART_NOUNS and tokens[k - 1].norm in ("a", "an") and tokens[k + 1].norm == "of"
    ]


WHOLE = frozenset({"whole", "entire", "all"})


def _whole_told(tokens: list[Token]) -> bool:
    """Does the passage also tell a whole ("approved the whole budget, and a portion of the
    budget is earmarked"): then its part is a part of that whole, no denial of it."""
    return any(t.norm in WHOLE for t in tokens)


NEARLY = frozenset({"almost", "nearly", "virtually", "practically"})  # "almost all": most, not all


def _nearly(spec: Specific, r: Reading) -> bool:
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[0]), 0)
    return k > 0 and r.ctoks[k - 1].norm in NEARLY


def _counts_word(tokens: list[Token], quantifier: Token, head: Token) -> bool:
    """Does the passage's quantifier count the claim's thing: the first run of plain words after
    it ends in that word ("many of its reform objectives")?"""
    k = next(i for i, t in enumerate(tokens) if t is quantifier)
    last = None
    for t in tokens[k + 1 : k + 2 + COUNTED_WORDS]:
        if t.kind != "word" or t.stop:
            if last is not None:
                break
            continue
        last = t
    return last is not None and last.stem == head.stem


# Words that count what was named before them: "most of them", "most of it".
_REFERRING = frozenset({"it", "them", "these", "those", "this", "that", "which", "whom"})


def word_stated(t: Token, tokens: list[Token]) -> bool:
    """Is the word stated among `tokens`: itself, a paraphrase or a word it starts?"""
    near = synonyms(t.stem)
    return any(p.stem == t.stem or p.stem in near or prefixed(t.stem, p.stem) for p in tokens)


FRACTION_OF_REACH = 4  # "one-third of the graduates of foreign courses": the counted words after "of"


def _fractions_of(governed: set[str], r: Reading) -> list[tuple[float, str]]:
    """Fractions the passage gives of what the quantifier governs: "one-third of the
    graduates" for "most graduates"."""
    out = []
    for q in r.quantities:
        if q.type != "share":
            continue
        k = next((i for i, t in enumerate(r.ev.tokens) if t.start >= q.end), None)
        if k is None or r.ev.tokens[k].norm != "of":
            continue
        after = {
            t.stem for t in r.ev.tokens[k + 1 : k + 1 + FRACTION_OF_REACH] if t.kind == "word" and not t.stop
        }
        if after & governed:
            out.append((q.value, q.text))
    return out


def _summed_shares(governed: set[str], r: Reading) -> list[tuple[float, str]]:
    """The share of a whole that the passage splits into two parts adding up to it ("550 are
    sent abroad. Of these, 300 are servicemen ... and 250 are officers"): the part whose
    counted words the quantifier governs."""
    counts = [q for q in r.quantities if q.type == "count" and not q.ordinal and q.value > 0]
    wholes = counts + [q for q in r.context_quantities if q.type == "count" and not q.ordinal]
    for whole in wholes:
        for a, b in combinations([q for q in counts if q is not whole], 2):
            if abs(a.value + b.value - whole.value) > 1e-6 * whole.value:
                continue
            for part in (a, b):
                what = counted(r.ev.text, r.ev.tokens, part.start)
                if what is not None and what[0] & governed:
                    return [(part.value / whole.value, f"{part.text} of {whole.text}")]
    return []


def find_quantifier(spec: Specific, r: Reading) -> Found:
    """ "most" is stated by "most" or "the majority", or by figures: 110 of 250 refutes it."""
    ev = r.ev
    stated = [(ev.tokens[k], cls) for k, cls in quantifiers(ev.tokens, stating=True)]
    adverb = spec.value == MOST and spec.tokens[0].norm in MOST_ADVERBS
    same = next((p for p, cls in stated if cls == spec.value or (adverb and cls == MUCH)), None)
    if same is not None:
        head = _counted_head(spec, r)
        if head is not None and not word_stated(head, [*ev.tokens, *ev.context]):
            return None  # "a small share of its equipment": the passage's share is of something else
        return ev.surface(same)
    if spec.value == SOLE:
        member = _one_among(ev.tokens)
        if member is not None:  # "only one aspect in a whole range of U.S. initiatives"
            return Conflict("quantifier", spec.text, ev.text[member[0] : member[1]], spec.span, member)
        only = next(
            (p for k, p in enumerate(ev.tokens) if p.norm in SOLE_WORDS and not _of_time(ev.tokens, k)), None
        )
        return ev.surface(only) if only is not None else None
    if _of_the_counted(spec, r):
        return None  # "110 have quit, most of them for oil jobs": a share of the 110, not of the 250
    lo, hi = SHARE_RANGE[spec.value]
    governed = _governed(spec, r)
    if spec.value == MINORITY and _unstated_governed(spec, r):
        # "a minority of the officers remain" against "110 of 250 have quit": a share under
        # half fits either part of a whole, so what it counts must be stated word for word
        return None
    own = [(p.share, p.text) for p in said_parts(r)]
    stated_shares = own + _percents_of(governed, r) + _fractions_of(governed, r)
    totals = [(share, said) for share, said, part in total_parts(r) if _counts(part, governed, r)]
    for value, said in (stated_shares + _summed_shares(governed, r) + totals)[:1]:
        if lo <= value <= hi:
            return said
        return Conflict("quantifier", spec.text, said, spec.span, None)
    against = next((p for p, cls in stated if cls in EXCLUSIVE[spec.value]), None)
    if against is None and spec.value == ALL and not _nearly(spec, r):
        # "all of its reform objectives" against "many of its reform objectives": not all, on the
        # scale, when both count the same thing
        head = _counted_head(spec, r)
        against = next(
            (
                p
                for p, cls in stated
                if cls in (MOST, MANY) and head is not None and _counts_word(ev.tokens, p, head)
            ),
            None,
        ) or next(
            (
                p
                for p in _parts_of(ev.tokens)
                if head is not None and _counts_word(ev.tokens, p, head) and not _whole_told(ev.tokens)
            ),
            None,
        )
    if against is not None and not _the_claims_other_share(spec, against, r):
        return Conflict("quantifier", spec.text, ev.surface(against), spec.span, (against.start, against.end))
    return None


# Words after a share that tell what it counts: "a small proportion will receive foreign education".
OWN_SHARE_REACH = 5
OWN_SHARE_MIN = 2  # of those, shared with the passage's share: one ("receive") may be any share's


def said_parts(r: Reading) -> list[Part]:
    """The passage's parts of a whole that the claim's share may be read against, up to the first
    one told of the other side: a later whole's part does not stand in for it ("200 of 250
    remain, while 20 of 80 cadets were expelled" against "a small share still serve")."""
    return list(takewhile(lambda p: _part_said_alike(p, r), parts(r.ev.tokens)))


def _part_said_alike(part: Part, r: Reading) -> bool:
    """Does the claim count the same side of the whole as the passage's part? "110 of 250 have
    quit" gives the share that left, not the share "still in the military": a claim of those who
    stay, against a part of those who left, counts the rest."""
    toks = r.ev.tokens
    said = _said_after(r.ev.text, toks, toks[part.at].end)
    after = toks[part.at + 1 : part.at + 1 + SAID_AFTER]
    left = any(t.stem in said and t.stem in LEAVING for t in after)
    # only a claim that says its side stays, against a part told by a verb of leaving: "200
    # serve" is the side of a claim's "remain", "are in the army" as well. (WordNet makes
    # "left" a synonym of "remaining": the claim's word is not read as the part's.)
    return not (left and _stays(t.stem for t in r.ctoks))


# Words that tell of those who stay as they were, and verbs of leaving (a closed class of
# English, by stem): a claim of the first against a part told by the second counts the rest.
STAYING = frozenset({"still", "remain", "stay", "continu"})
LEAVING = frozenset(
    {"quit", "left", "leav", "resign", "retir", "depart", "desert", "defect", "exit", "abandon"}
)


def _stays(word_stems: Iterable[str]) -> bool:
    return any(s in STAYING for s in word_stems)


def _the_claims_other_share(spec: Specific, against: Token, r: Reading) -> bool:
    """Is the passage's share the claim's own other one, counting the same thing ("most will be
    trained at home, with only a small proportion receiving foreign education" against "only a
    small proportion will receive any foreign education")? Only when the words after it are
    more the other share's than this one's: "most will receive foreign education, and only a
    small proportion national training" is the two turned round."""
    toks = r.ev.tokens
    k = next((i for i, t in enumerate(toks) if t is against), None)
    if k is None:
        return False
    theirs = _counted_after(toks, k)
    classes = dict(quantifiers(toks, stating=True))
    here = next((j for j, t in enumerate(r.ctoks) if t.start >= spec.span[0]), None)
    if here is None:
        return False
    mine = len(_counted_after(r.ctoks, here) & theirs)
    for j, cls in quantifiers(r.ctoks, stating=True):
        if j != here and cls == classes.get(k):
            other = len(_counted_after(r.ctoks, j) & theirs)
            if other >= OWN_SHARE_MIN and other > mine:
                return True
    return False


def _counted_after(toks: list[Token], k: int) -> set[str]:
    """The plain words just after a share: what it counts and what befalls it."""
    return {t.stem for t in toks[k + 1 : k + 1 + OWN_SHARE_REACH] if t.kind == "word" and not t.stop}


# What follows an "only" of time ("Only last month did Kazakhstan ...", "only recently"): no sole one.
_TIME_AFTER_ONLY = frozenset(
    "last this next recently then now later after when since once twice yesterday today until".split()
)


def _of_time(tokens: list[Token], k: int) -> bool:
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].norm == "only" and nxt is not None and (nxt.norm in _TIME_AFTER_ONLY or nxt.kind == "num")
    )


# "only one aspect in a whole range of", "just one of several", "one of many": a member among
# others, which denies that it is the sole one.
_JUST = frozenset({"only", "just", "merely", "but"})
_AMONG = frozenset({"of", "in", "among", "amongst"})
_OTHERS = frozenset({"many", "several", "numerous", "various", "range", "number", "host", "series", "array"})
MEMBER_REACH = 3  # tokens from "one" to its "of"/"in", and from there to "many"/"range"


def _one_among(tokens: list[Token]) -> tuple[int, int] | None:
    """The span of "only one ... of/in ..." or "one of many" in a passage: a member among others."""
    for i, t in enumerate(tokens):
        if t.norm not in ("one", "1"):
            continue
        ahead = tokens[i + 1 : i + 1 + MEMBER_REACH]
        among = next((k for k, x in enumerate(ahead) if x.norm in _AMONG), None)
        if among is None:
            continue
        just = i > 0 and tokens[i - 1].norm in _JUST
        after = i + 2 + among  # the tokens after the "of"/"in"
        others = next((x for x in tokens[after : after + MEMBER_REACH] if x.norm in _OTHERS), None)
        if just or others is not None:
            start = tokens[i - 1].start if just else t.start
            end = others.end if others is not None else ahead[among].end
            return (start, end)
    return None


def _unstated_governed(spec: Specific, r: Reading) -> bool:
    """Does the passage leave out a plain word that the quantifier governs?"""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return True
    around = [*r.ev.tokens, *r.ev.context]
    for t in r.ctoks[k + 1 :]:  # to the clause's end: "a minority of the officers ... remain"
        if CLAUSE_BREAK.search(r.claim, r.ctoks[k].end, t.start):
            break
        if t.kind == "word" and not t.stop and not t.cap and not word_stated(t, around):
            return True
    return False


def _counts(part: Quantity, governed: set[str], r: Reading) -> bool:
    """Does the part's sentence speak of what the quantifier governs ("the bulk of the budget
    was earmarked" against "Of that total, 54 billion tenges is earmarked")?"""
    k = next((i for i, t in enumerate(r.ev.tokens) if t.start >= part.end), len(r.ev.tokens))
    return any(t.stem in governed for t in r.ev.tokens[k : k + PART_SENTENCE_REACH])


PART_SENTENCE_REACH = 8  # tokens after a part's figure that say what it counts or what is done with it


_BACK = frozenset({"them", "these", "those", "whom", "which"})


def _of_the_counted(spec: Specific, r: Reading) -> bool:
    """Is the quantifier a share of a part the claim has just counted ("of the 250, 110 have
    quit, most of them ...")? The passage's figures give shares of the whole, not of that part."""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[-1]), None)
    if k is None:
        return False
    after = [t.norm for t in r.ctoks[k + 1 : k + 3]]
    # the group is a part the claim has taken of a whole ("of the 250, 110 ..."); after a whole
    # alone ("550 people are sent, most of them officers") the share is of that whole
    if len(after) == 2 and after[0] == "of" and after[1] in _BACK and any(p.at < k for p in parts(r.ctoks)):
        return True
    # "most of the 110 officers who quit": the group is the part the passage counts ("110 of 250")
    group = r.ctoks[k + 3] if len(r.ctoks) > k + 3 and after == ["of", "the"] else None
    return (
        group is not None and group.kind == "num" and any(p.part == group.value for p in parts(r.ev.tokens))
    )


def find_comparison(spec: Specific, r: Reading) -> Found:
    """Stated by a comparison the same way round, or by the two figures it compares."""
    ev = r.ev
    figures = compared_figures(spec, r.ctoks, ev)
    if figures is not None:
        left, right = figures
        said = f"{ev.surface(left)} against {ev.surface(right)}"
        if ((left.value or 0) > (right.value or 0)) == (spec.value == UP):
            return said
        return Conflict("comparison", spec.text, said, spec.span, None)
    stated = [
        (t, COMPARATIVES[t.norm])
        for k, t in enumerate(ev.tokens)
        if t.norm in COMPARATIVES and not _attributive(ev.text, ev.tokens, k)
    ]
    same = next((p for p, d in stated if d == spec.value), None)
    if same is not None:
        swapped = _compared_swapped(spec, r, same) or _subjects_swapped(spec, r, same)
        if swapped is None and _subject_form(spec, r) and _unstated_way(spec, r, same):
            return None  # stated of the other term, or of another property: unstated
        return swapped or ev.surface(same)
    other = next((p for p, d in stated if d != spec.value), None)
    if other is not None:
        return Conflict("comparison", spec.text, ev.surface(other), spec.span, (other.start, other.end))
    return _against_superlative(spec, r)


# Comparatives that count ("more officers than", "fewer cadets"): before a noun they compare.
COUNTING_COMPARATIVES = frozenset({"more", "less", "fewer"})


# How far after a comparative's noun its "than" may stand: "a larger standing army than".
THAN_REACH = 4


def _attributive(text: str, tokens: list[Token], k: int) -> bool:
    """Does the comparative name a kind, not compare ("higher education", "higher
    command-post officers", "the lower ranks")? An adjective right before the noun it
    qualifies, with no "than" after that noun ("a larger army than Kazakhstan" compares);
    "more" and "fewer" before a noun still compare amounts."""
    t = tokens[k]
    if t.norm in COUNTING_COMPARATIVES or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.kind != "word" or after.stop or text[t.end : after.start].strip():
        return False
    phrase = tokens[k + 1 : k + 2 + THAN_REACH]
    for prev, nxt in pairwise(phrase):
        if text[prev.end : nxt.start].strip(" -"):
            break  # the noun phrase ends at punctuation
        if nxt.norm == "than":
            return False
    return True


def _compared_swapped(spec: Specific, r: Reading, same: Token) -> Conflict | None:
    """ "higher among junior officers than among senior officers on short courses" against
    "higher in the cases of high-ranking officers attending short-term courses abroad": the
    source's comparative phrase holds more words of the claim's second term ("short courses")
    than of its first, and not its first's own word ("junior"), which the source says
    elsewhere. The terms are the other way round."""
    ctoks, ptoks = r.ctoks, r.ev.tokens
    at = _cue_and_than(spec, ctoks)
    if at is None:
        return None
    k, than = at
    # the first term follows the comparative ("higher among junior officers than ..."), or, in
    # a claim of subject form, is its subject ("Senior officers are more likely to stay than")
    lo, hi = (_clause_start(r.claim, ctoks, k), k) if _subject_form(spec, r) else (k + 1, than)
    first = {t.stem for t in ctoks[lo:hi] if t.kind == "word" and not t.stop}
    second = {t.stem for t in ctoks[than + 1 :] if t.kind == "word" and not t.stop}
    end, phrase = _comparative_phrase(r, same)
    if not _terms_swapped(first, second, phrase, ptoks):
        return None
    mine = r.claim[ctoks[min(lo, k)].start : ctoks[than - 1].end]
    said = r.ev.text[same.start : ptoks[end].end]
    note = f"the claim says \u201c{mine}\u201d; the source says \u201c{said}\u201d"
    return Conflict("comparison", spec.text, r.ev.surface(same), spec.span, (same.start, same.end), note=note)


def _clause_start(text: str, tokens: list[Token], k: int) -> int:
    """The first token of the clause that holds token k."""
    return next(
        (
            i + 1
            for i in range(k - 1, -1, -1)
            if CLAUSE_BREAK.search(text, tokens[i].end, tokens[i + 1].start)
        ),
        0,
    )


def _subjects_swapped(spec: Specific, r: Reading, same: Token) -> Conflict | None:
    """ "The United States is a more natural partner than Russia and China" against "Russia and
    China ... are more natural partners": the source makes the claim's second term, named after
    its "than", the subject of the comparison, and never names the claim's first term there."""
    ctoks, ptoks = r.ctoks, r.ev.tokens
    at = _cue_and_than(spec, ctoks)
    terms = _terms_around_than(r.claim, ctoks, *at) if at is not None else _terms_fronted(spec, r)
    if terms is None:
        return None
    k, first, second = terms
    j = next(i for i, t in enumerate(ptoks) if t is same)
    subject = [p for p in ptoks[:j] if r.ev.one_sentence(p, same)]
    if not first or not second or not subject:
        return None
    named = any(name_match(c, p, True) for c in second for p in subject)
    if not named or any(name_match(c, p, True) for c in first for p in subject):
        return None
    said = r.ev.text[subject[0].start : same.end]
    mine = r.claim[first[0].start : ctoks[k].end]
    theirs = r.claim[second[0].start : second[-1].end]
    note = f"the claim says \u201c{mine} ... than {theirs}\u201d; the source says \u201c{said}\u201d"
    return Conflict("comparison", spec.text, r.ev.surface(same), spec.span, (same.start, same.end), note=note)


def _names_in(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.cap and not t.stop and t.kind == "word"]


def _terms_around_than(
    claim: str, ctoks: list[Token], k: int, than: int
) -> tuple[int, list[Token], list[Token]]:
    """The comparative, the names of its clause before it, and those after its "than"."""
    return k, _names_in(ctoks[_clause_start(claim, ctoks, k) : k]), _names_in(ctoks[than + 1 :])


def _terms_fronted(spec: Specific, r: Reading) -> tuple[int, list[Token], list[Token]] | None:
    """The comparative, the names of its clause, and those of a fronted "Compared with X,"."""
    ctoks = r.ctoks
    k = next((i for i, t in enumerate(ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return None
    opened = fronted_opener(ctoks)
    if not opened:
        return None
    comma = next((i for i in range(opened, k) if "," in r.claim[ctoks[i - 1].end : ctoks[i].start]), None)
    if comma is None:
        return None
    return k, _names_in(ctoks[comma:k]), _names_in(ctoks[opened:comma])


SWAP_EVIDENCE = 2  # words of the claim's second term the source's comparative phrase must hold


def _cue_and_than(spec: Specific, ctoks: list[Token]) -> tuple[int, int] | None:
    """Where the claim's comparative and its "than" stand."""
    k = next((i for i, t in enumerate(ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return None
    than = next((i for i in range(k + 1, len(ctoks)) if ctoks[i].norm == "than"), None)
    return None if than is None else (k, than)


def _comparative_phrase(r: Reading, same: Token) -> tuple[int, set[str]]:
    """Where the source's comparative phrase ends, and its words: "higher [in the cases of
    high-ranking officers attending short-term courses abroad]", up to its clause's end."""
    ptoks = r.ev.tokens
    at = next(i for i, t in enumerate(ptoks) if t is same)
    phrase: set[str] = set()
    end = at
    for i in range(at + 1, len(ptoks)):
        if CLAUSE_BREAK.search(r.ev.text, ptoks[i - 1].end, ptoks[i].start) or ptoks[i].norm == "than":
            break
        phrase.add(ptoks[i].stem)
        end = i
    return end, phrase


def _terms_swapped(first: set[str], second: set[str], phrase: set[str], ptoks: list[Token]) -> bool:
    """Does the source's comparative phrase hold the claim's second term rather than its first,
    whose own words the source says elsewhere?"""
    first, second = first - second, second - first
    # the first term's own words that the source says, but outside its comparative phrase
    marks = (first - phrase) & {t.stem for t in ptoks}
    held = len(second & phrase)
    return bool(marks) and held >= SWAP_EVIDENCE and held > len(first & phrase)


# Words that open a comparison's first term when it follows the comparative: "higher among
# junior officers than ...", "more in 2003 than in 2001".
TERM_OPENERS = frozenset({"among", "in", "for", "at", "on", "with", "within", "by", "from", "of"})
# A word that hedges the property compared and states none of it: "more likely to stay".
PROPERTY_HEDGES = frozenset({"likely"})


def _unstated_way(spec: Specific, r: Reading, same: Token) -> bool:
    return _subject_swapped(spec, r, same) or not _property_stated(spec, r, same)


def _subject_form(spec: Specific, r: Reading) -> bool:
    """Is the claim's first term its subject ("Junior officers are more likely to stay than
    ..."), the words between the comparative and "than" the property compared? Not when they
    open with a preposition ("higher among junior officers than among ...")."""
    cue = _cue_and_than(spec, r.ctoks)
    return cue is not None and cue[1] > cue[0] + 1 and r.ctoks[cue[0] + 1].norm not in TERM_OPENERS


def _property_stated(spec: Specific, r: Reading, same: Token) -> bool:
    """Does the source's comparative clause state the property the claim compares ("likely to
    stay in the military" against "retention is higher in the cases of ...")? Each side's
    words count, as written or as a synonym; "likely" states no property."""
    cue = _cue_and_than(spec, r.ctoks)
    assert cue is not None
    wanted = [
        t
        for t in r.ctoks[cue[0] + 1 : cue[1]]
        if t.kind == "word" and not t.stop and t.norm not in PROPERTY_HEDGES
    ]
    if not wanted:
        return True
    _, phrase = _comparative_phrase(r, same)
    there = _clause_before(r, same) | {same.stem} | phrase
    return any(t.stem in there or synonyms(t.stem) & there for t in wanted)


def _subject_swapped(spec: Specific, r: Reading, same: Token) -> bool:
    """ "Junior officers are more likely to stay than senior officers on short courses" against
    "retention is higher in the cases of high-ranking officers attending short-term courses":
    the claim's first term is its subject, before the comparative, and the source's phrase
    holds the second. Whether "stay" reads as "retention" is not checked, so the claim is
    left unstated, not contradicted ("more likely to leave" would be true)."""
    ctoks = r.ctoks
    cue = _cue_and_than(spec, ctoks)
    if cue is None:
        return False
    k, than = cue
    # what is compared, said before the source's comparative ("retention is higher"), is no term
    subject = {t.stem for t in ctoks[:k] if t.kind == "word" and not t.stop} - _clause_before(r, same)
    second = {t.stem for t in ctoks[than + 1 :] if t.kind == "word" and not t.stop}
    _, phrase = _comparative_phrase(r, same)
    return _terms_swapped(subject, second, phrase, r.ev.tokens)


def _clause_before(r: Reading, same: Token) -> set[str]:
    """The words of the source's clause before its comparative: "retention is (higher)"."""
    ptoks = r.ev.tokens
    at = next(i for i, t in enumerate(ptoks) if t is same)
    return {t.stem for t in ptoks[clause_span(r.ev.text, ptoks, at)[0] : at]}


# Comparatives that are not the adjective plus "-er".
_IRREGULAR = {"better": "good", "worse": "bad"}


def _against_superlative(spec: Specific, r: Reading) -> Found:
    """ "smaller than earlier exercises" against "the largest exercises": a superlative ranks
    above all others, so it states a comparative of its adjective (or a synonym) and
    contradicts one of the opposite."""
    word = spec.tokens[0].norm
    if word in _IRREGULAR:
        bases = {stem(_IRREGULAR[word])}
    elif word.endswith("er") and len(word) > 4:
        bases = {stem(word[:-2]), stem(word[:-3])}  # "smaller", "bigger"
    else:
        return None
    alike = bases.union(*(synonyms(b) for b in bases))
    against = set().union(*(opposites(b) for b in bases))
    for words, by in ranked(r.ev.text, r.ev.tokens, stating=True):
        if by in alike:
            return r.ev.text[words[0].start : words[-1].end]
        if by in against:
            span = (words[0].start, words[-1].end)
            return Conflict("comparison", spec.text, r.ev.text[span[0] : span[1]], spec.span, span)
    return None


def find_preference(spec: Specific, r: Reading) -> Found:
    """ "rather than" must be stated, favouring the same side."""
    found = preference(spec, r.claim, r.ctoks, r.ev)
    return _same_way(spec, found, "comparison", "the source prefers the other side")


def find_gap(gap: Gap, r: Reading) -> Found:
    """A distance between two dates ("two days after"), stated by the date it gives."""
    note = f"{gap.implied.text}, {gap.distance.text} {gap.cue.norm} {gap.given.text}"
    texts = [(r.ev.text, r.ev.tokens), *r.ev.context_texts]
    # both dates tied to their events: "Akhmetov inspected ... on April 17, three days after
    # Kazakh Television reported it" is not stated by "RFE/RL Newsline wrote on April 17"
    if not any(event_tied(gap, text, toks, given=True) for text, toks in texts):
        return None
    if event_tied(gap, r.ev.text, r.ev.tokens):
        return note
    if any(event_tied(gap, text, toks) for text, toks in r.ev.context_texts):
        return f"{note}{CONTEXT}"
    return None


def find_order(spec: Specific, r: Reading) -> Found:
    gap = next((g for g in r.gaps if g.cue is spec.tokens[0]), None)
    if gap is not None:
        return find_gap(gap, r)  # the order is the distance's: stated with the date it gives
    found = order(spec, r.claim, r.ctoks, r.ev)
    return _same_way(spec, found, "order", "the source puts these events the other way round")


def _same_way(spec: Specific, found: tuple[bool, str] | None, kind: str, reversal: str) -> Found:
    """A cue the source states the same way round (its words), the other way (a conflict), or not."""
    if found is None:
        return None
    same, said = found
    if same:
        return said
    return Conflict(kind, spec.text, said, spec.span, None, note=f"{reversal} (\u201c{said}\u201d)")


# How near a figure's ratio must come to a factor the claim gives without a bound: "doubled"
# for 17 to 33 or 36.
FACTOR_TOLERANCE = 0.15


def find_multiplier(spec: Specific, r: Reading) -> Found:
    """ "double", "halved": stated by a word of the same factor, or by the two counts the
    claim itself gives when the passage states both ("more than double, from 17 to 39")."""
    same = (p for p in r.ev.tokens if p.kind == "word" and str(MULTIPLIERS.get(p.stem)) == spec.value)
    hit = next(same, None)
    if hit is not None:
        return r.ev.surface(hit)
    counts = [q for q in extract(r.claim, r.ctoks) if q.type == "count" and not q.ordinal and q.value > 0]
    if not counts:
        return _multiplier_by_time(spec, r)
    stated = [p for q in counts if (p := stated_by(q, r.claim, r.ctoks, r.quantities)) is not None]
    if len(counts) != 2 or len(stated) != 2:
        return None
    lo, hi = sorted(q.value for q in counts)
    ratio = hi / lo if float(spec.value) >= 1 else lo / hi
    said = " to ".join(p.text for p in sorted(stated, key=lambda p: p.start))
    if _factor_holds(r, spec, ratio):
        return said
    return Conflict("number", spec.text, said, spec.span, None)


def _factor(spec: Specific) -> Token:
    """The word of a factor among its words ("twice" of "more than twice as many")."""
    return next(t for t in spec.tokens if t.stem in MULTIPLIERS)


def _factor_holds(r: Reading, spec: Specific, ratio: float) -> bool:
    """Does the ratio meet the claim's factor, as a bound ("more than double") or near it?"""
    factor = float(spec.value)
    t = _factor(spec)
    sign = bound(r.claim, r.ctoks, Quantity("count", factor, "", t.start, t.end, spec.text))
    if sign == ">":
        return ratio > factor if factor >= 1 else ratio < factor
    if sign == "<":
        return ratio < factor if factor >= 1 else ratio > factor
    return abs(ratio - factor) <= FACTOR_TOLERANCE * factor


def _multiplier_by_time(spec: Specific, r: Reading) -> Found:
    """ "more than twice as many in 2003 as in 2001", "set to more than double between 2001
    and 2003": the claim gives two times and no counts; the passage's figure at each time
    gives the factor, the later over the earlier ("in 2001 17 Kazakhs ... this year 39"). In
    "as many in A as in B" the factor is A's over B's, whichever came first."""
    times = claim_times(r.ctoks)
    if len(times) != 2 or not _a_ratio(spec, r):
        return None
    (_, first), (_, second) = times
    figures = figures_at_times(r.ctoks, (first, second), r.ev, deed=True)
    if figures is None or not _counts_what_the_factor_governs(spec, r, figures):
        return None
    k = next(i for i, t in enumerate(r.ctoks) if t is _factor(spec))
    as_at = [i for i, t in enumerate(r.ctoks) if t.norm == "as" and i > k]
    if len(as_at) >= 2 and times[0][0] < as_at[1] < times[1][0]:
        ours, theirs = figures  # "twice as many in A as in B": A's over B's
    elif _year_of(first, r.ev) > _year_of(second, r.ev):
        ours, theirs = figures  # the later over the earlier
    else:
        theirs, ours = figures
    if not (ours.value and theirs.value):
        return None
    earlier, later = figures if _year_of(first, r.ev) <= _year_of(second, r.ev) else figures[::-1]
    said = f"{r.ev.surface(earlier)} to {r.ev.surface(later)}"
    if _factor_holds(r, spec, ours.value / theirs.value):
        return said
    return Conflict("number", spec.text, said, spec.span, None)


def _a_ratio(spec: Specific, r: Reading) -> bool:
    """Is the factor a ratio of two amounts: a verb of change ("doubled"), bound ("more than
    twice"), or compared ("twice as many", "twice the figure")? "Twice, in 2004 and 2009" counts
    occasions."""
    factor = _factor(spec)
    if factor.norm not in ("twice", "thrice") or len(spec.tokens) > 1:
        return True
    k = next(i for i, t in enumerate(r.ctoks) if t is factor)
    return k + 1 < len(r.ctoks) and r.ctoks[k + 1].norm == "the"


_BEFORE_OBJECT = frozenset({"his", "her", "its", "their", "the", "a", "an", "our"})


def _counts_what_the_factor_governs(spec: Specific, r: Reading, figures: tuple[Token, Token]) -> bool:
    """ "doubled his visits": the passage's figures must count visits ("3 agreements" do not).
    A factor with no object of its own ("more than doubled between 2001 and 2003") takes what
    the figures count from the rest of the claim."""
    last = spec.tokens[-1]
    k = next(i for i, t in enumerate(r.ctoks) if t is last) + 1
    while k < len(r.ctoks) and r.ctoks[k].norm in _BEFORE_OBJECT:
        k += 1
    obj = r.ctoks[k] if k < len(r.ctoks) else None
    if obj is None or obj.kind != "word" or obj.stop or obj.cap or obj.stem in AMOUNT_WORDS:
        return True
    alike = {obj.stem} | synonyms(obj.stem)
    for f in figures:
        j = r.ev.tokens.index(f)
        nxt = r.ev.tokens[j + 1] if j + 1 < len(r.ev.tokens) else None
        if nxt is not None and nxt.kind == "word" and not nxt.stop and nxt.stem not in alike:
            return False
    return True


def _year_of(when: str, ev: Evidence) -> int:
    """The year a time names: "2001", or "this year" by the article's date."""
    if when.isdigit():
        return int(when)
    word = when.split()[0]
    base = ev.dated[0] if ev.dated is not None else 0
    return base + YEAR_OFFSETS.get(word, 0)


def find_word(spec: Specific, r: Reading) -> Found:
    hit = next((p for p in r.ev.tokens if p.stem == spec.tokens[0].stem), None)
    return r.ev.surface(hit) if hit is not None else None


def _rank_word(tokens: list[Token], first: Token) -> Token:
    """The word just before a superlative's first word."""
    k = next(i for i, t in enumerate(tokens) if t is first)
    return tokens[k - 1] if k else first


def _place_in_rank(tokens: list[Token], first: Token) -> int:
    """Which place a superlative gives: 2 for "the second-largest" or "the 2nd largest", 1 for
    "the largest" (an ordinal written right before it)."""
    before = _rank_word(tokens, first)
    if before is first:
        return 1
    if before.kind == "num" and before.ordinal and before.value:
        return int(before.value)
    return ORDINAL_WORDS.get(before.norm, 1)


# Ordinals written in words that the tokenizer leaves as words before a joined superlative
# ("second-largest", "next-largest"; "third" and on become ordinal numbers): a place on the scale.
ORDINAL_WORDS = {"second": 2, "next": 2}
# Words before "the" that make a superlative one of a group ("one of the largest", "among the
# largest"): it gives no place on the scale, so any place the source gives states it.
GROUPED = frozenset({"of", "among", "amongst"})


def _grouped(tokens: list[Token], first: Token) -> bool:
    k = next(i for i, t in enumerate(tokens) if t is first)
    return k >= 2 and tokens[k - 1].norm == "the" and tokens[k - 2].norm in GROUPED


SCOPE_WORDS = 4  # words after a superlative up to its noun: "largest scale Caspian exercises"


def _ranked_phrase(tokens: list[Token], last: Token) -> list[Token]:
    """The words a superlative ranks, up to its noun: after "largest", "scale Caspian exercises"
    (to a function word, a figure or punctuation)."""
    k = next(i for i, t in enumerate(tokens) if t is last)
    out: list[Token] = []
    for t in (t for t in tokens[k + 1 :] if not t.synthetic):
        if t.kind != "word" or t.stop or (out and t.start > out[-1].end + 1) or len(out) == SCOPE_WORDS:
            break
        out.append(t)
    return out


# What a claim may rank within by a word for the name the passage gives: "the country's
# largest bank" for "the largest Kazakh bank".
SCOPE_NOUNS = frozenset({"country", "nation", "republic", "region", "capital"})
SCOPE_ADJECTIVES = frozenset({"domestic", "local", "national"})  # "the largest domestic bank"
SCOPE_REACH = 3  # tokens before the superlative: "the region's busiest", "the country's second-largest"


def _scope_narrowed(r: Reading, mine: Token, theirs: Token) -> bool:
    """Does the passage rank its noun only among things of one name, which the claim's same
    superlative of the same noun leaves out? "the largest scale Caspian exercises in the
    Republic's history" against "the largest military exercise in Kazakhstan's history": the
    claim widens the ranking to every exercise. Only a name narrows here (a place, a people,
    a body): a plain word before the noun may be how the claim says the same thing. A claim
    that ranks within "the country" or "the region" names the passage's scope in a word."""
    ours, said = _ranked_phrase(r.ctoks, mine), _ranked_phrase(r.ev.tokens, theirs)
    if not ours or not said or ours[-1].stem != said[-1].stem:
        return False
    k = next(i for i, t in enumerate(r.ctoks) if t is mine)
    if any(t.norm in SCOPE_NOUNS for t in r.ctoks[max(0, k - SCOPE_REACH) : k]):
        return False  # "the country's largest", "the nation's second-largest"
    if any(t.norm in SCOPE_ADJECTIVES for t in ours):
        return False  # "the largest domestic bank"
    after = r.ctoks[k + len(ours) + 1 : k + len(ours) + 1 + SCOPE_REACH]
    if any(t.norm in SCOPE_NOUNS and not r.claim[t.start : t.end].endswith(POSSESSIVE) for t in after):
        return False  # "the largest bank in the country", not "in the country's history"
    # the claim may write the name another way: "Asia" for "Asian", "defence" for "Defense"
    words = [c for c in r.ctoks if c.kind == "word"]
    return any(
        t.cap and not any(name_match(c, t, metonymy=True, loose=True) for c in words) for t in said[:-1]
    )


def find_superlative(spec: Specific, r: Reading) -> Found:
    """ "the largest": stated by a superlative of the same or a synonymous adjective ("the
    biggest"), contradicted by one of the opposite ("the smallest")."""
    said = ranked(r.ev.text, r.ev.tokens, stating=True)
    alike = {spec.value} | synonyms(spec.value)
    mine = _place_in_rank(r.ctoks, spec.tokens[0])
    alike_ones = [ws for ws, b in said if b in alike]
    # a superlative at the claim's place first: "the largest landlocked" beside "ninth largest"
    same = next((ws for ws in alike_ones if _place_in_rank(r.ev.tokens, ws[0]) == mine), None)
    same = same or next(iter(alike_ones), None)
    if same is None and spec.tokens[0].norm == "most":
        # "the most notable offer" by "most significantly proposed": a source's ranking in words
        # states a claim's in others, unless it ranks the other way
        same = next((ws for ws, b in said if ws[0].norm == "most" and b not in opposites(spec.value)), None)
    firsts = [ws for ws in alike_ones if _place_in_rank(r.ev.tokens, ws[0]) == 1]
    if mine == 1 and firsts and all(_scope_narrowed(r, spec.tokens[-1], ws[-1]) for ws in firsts):
        return None  # "the largest Caspian exercises" states no "largest military exercise"
    if same is not None:
        theirs = _place_in_rank(r.ev.tokens, same[0])
        # "the second-largest" against "the largest"; not "one of the largest"
        if mine != theirs and not _grouped(r.ctoks, spec.tokens[0]):
            lo = same[0].start if theirs == 1 else _rank_word(r.ev.tokens, same[0]).start
            span = (lo, same[-1].end)
            at = spec.span if mine == 1 else (_rank_word(r.ctoks, spec.tokens[0]).start, spec.span[1])
            return Conflict("comparison", r.claim[at[0] : at[1]], r.ev.text[span[0] : span[1]], at, span)
        return r.ev.text[same[0].start : same[-1].end]
    other = next((ws for ws, b in said if b in opposites(spec.value) or spec.value in opposites(b)), None)
    if other is not None:
        span = (other[0].start, other[-1].end)
        return Conflict("comparison", spec.text, r.ev.text[span[0] : span[1]], spec.span, span)
    return None


# How a passage takes a part of the whole the sentence before it gives: "Of that total, 54
# billion ...", "Of these, 300 ...".
OF_TOTAL = frozenset(
    {("of", "that"), ("of", "this"), ("of", "these"), ("of", "which"), ("of", "the", "total")}
)
OF_TOTAL_REACH = 4  # tokens from that phrase to the part's figure


def total_parts(r: Reading) -> list[tuple[float, str, Quantity]]:
    """The parts the passage takes of a whole stated just before them ("143 billion ... Of
    that total, 54 billion"): each as its share of the whole, how the passage says it, and the
    part's figure."""
    out = []
    toks = r.ev.tokens
    for k in range(len(toks)):
        phrase = next((p for p in OF_TOTAL if tuple(t.norm for t in toks[k : k + len(p)]) == p), None)
        if phrase is None:
            continue
        after = toks[k + len(phrase) : k + len(phrase) + OF_TOTAL_REACH]
        num = next((t for t in after if t.kind == "num"), None)
        part = next((p for p in r.quantities if num is not None and p.start == num.start), None)
        if part is None or part.type not in ("count", "money"):
            continue
        # the whole: the last figure of the kind before the phrase, in the passage or just before it
        before = r.preceding_quantities + [w for w in r.quantities if w.end <= toks[k].start]
        whole = next((w for w in reversed(before) if w.type == part.type and w.value > part.value), None)
        if whole is not None:
            out.append((part.value / whole.value, f"{part.text} of {whole.text}", part))
    return out
