"""Comparisons: figures the passage gives each side of a claim's "more" or "fewer", "X rather
than Y" against what the passage prefers, and two things ranked the other way round."""

from __future__ import annotations

from kzmil.antonyms import opposites
from kzmil.conflicts import Conflict
from kzmil.evidence import Evidence
from kzmil.modality import deeds, desire, saying
from kzmil.names import positions
from kzmil.normalize import NEGATIONS, Token
from kzmil.specifics import PREFERENCE, Specific
from kzmil.structure import CLAUSE_BREAK, CUE_REACH, clause_span, neighbour_content
from kzmil.synonyms import synonyms
from kzmil.tables import lookup

# ---------------------------------------------------------------- comparisons by figures

# How close a figure must stand to the word it counts ("250 are officers sent for short-term courses").
FIGURE_REACH = 6
# How many content words on each side of a comparison may name what it compares.
SIDE_WORDS = 3


def compared_figures(spec: Specific, ctoks: list[Token], ev: Evidence) -> tuple[Token, Token] | None:
    """The passage's figures for the two sides of a claim's comparison, left side first:
    "officers on short courses outnumber those in full-time study" against "300 ... full-time
    education, and 250 ... short-term courses"."""
    cue = next(k for k, t in enumerate(ctoks) if t is spec.tokens[0])
    than = next((k for k in range(cue + 1, len(ctoks)) if ctoks[k].norm == "than"), cue)
    # "more servicemen ... than officers": the left side stands between the cue and "than";
    # "servicemen outnumber officers", "X is larger than Y": before the cue
    by_time = _figures_by_time(ctoks, cue, than, ev)
    if by_time is not None:
        return by_time
    inside = [t for t in _side_words(ctoks, cue, 1) if cue < ctoks.index(t) < than]
    left = inside if inside and ctoks[cue + 1].kind == "word" and not ctoks[cue + 1].stop else []
    found: list[Token] = []
    sides = (left or _side_words(ctoks, cue, -1), _side_words(ctoks, than, 1))
    for words in sides:
        figure = next((f for w in words if (f := _figure_near(w, ev)) is not None), None)
        if figure is None:
            return None
        found.append(figure)
    if found[0] is found[1]:
        return None
    return _part_for_whole(found[0], found[1], sides, ev) or (found[0], found[1])


def _part_for_whole(
    left: Token, right: Token, sides: tuple[list[Token], list[Token]], ev: Evidence
) -> tuple[Token, Token] | None:
    """One side found the whole that the other side is a part of ("550 are sent abroad. Of
    these, 300 ... and 250 ..."), though its own words name the whole's other part ("short-term
    courses"): the claim weighs one part against the other. A side whose words name only the
    whole ("people sent abroad for education annually") means the whole."""
    figures = [t for t in ev.tokens if t.kind == "num" and not t.ordinal and t.value]
    for whole, part, words in ((left, right, sides[0]), (right, left, sides[1])):
        if not whole.value or not part.value or part.value >= whole.value:
            continue
        rest = whole.value - part.value
        other = next((f for f in figures if f is not whole and f is not part and f.value == rest), None)
        if other is None:
            continue
        # a word of the side near the other part and not near the whole names that part
        if any(other in _figures_near(w, ev) and whole not in _figures_near(w, ev) for w in words):
            return (other, right) if whole is left else (left, other)
    return None


def _figures_near(word: Token, ev: Evidence) -> list[Token]:
    """The figures in the same clause as a word, within FIGURE_REACH of it."""
    tokens = ev.tokens
    return [
        tokens[j]
        for k, p in enumerate(tokens)
        if p.stem == word.stem
        for j, q in enumerate(tokens)
        if q.kind == "num" and not q.ordinal and abs(j - k) <= FIGURE_REACH and _one_clause(ev, j, k)
    ]


def is_year(t: Token) -> bool:
    """A whole number in YEARS: a year, beside a comparison's side or a part."""
    return (
        t.kind == "num"
        and t.value is not None
        and YEARS[0] <= t.value <= YEARS[1]
        and t.value == int(t.value)
    )


YEARS = (1900, 2100)  # a whole number in this range, beside a comparison's side, is its time
# "this year" in an article of 2003 is 2003, "last year" 2002, "next year" 2004.
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
RELATIVE_YEARS = frozenset(YEAR_OFFSETS)
# Before "next year" or "last year" these make it a year counted from another ("the next
# year", "its last year"), not from the article's date.
COUNTED_FROM_ANOTHER = frozenset({"the", "its", "their", "his", "her", "that", "following"})


def _time_at(tokens: list[Token], lo: int, hi: int) -> str | None:
    """The time that tokens[lo:hi] name: a year ("2001") or "this year"."""
    for k in range(max(lo, 0), min(hi, len(tokens))):
        t = tokens[k]
        if is_year(t):
            return t.norm
        if t.norm in RELATIVE_YEARS and k + 1 < len(tokens) and tokens[k + 1].norm == "year":
            return f"{t.norm} year"
    return None


def _ways_of_saying(when: str, ev: Evidence) -> list[str]:
    """The time as the claim writes it, and the year an article dated `ev.dated` would call
    "this year", "last year" or "next year" ("2003" is "this year" in an article of 2003)."""
    ways = [when]
    if ev.dated is not None and when.isdigit():
        ways += [f"{word} year" for word, shift in YEAR_OFFSETS.items() if ev.dated[0] + shift == int(when)]
    return ways


def _figures_by_time(ctoks: list[Token], cue: int, than: int, ev: Evidence) -> tuple[Token, Token] | None:
    """ "Fewer servicemen were trained this year than in 2001" against "in 2001 17 Kazakhs
    were trained there and this year that number will reach 39": the figure the passage
    gives beside each side's time."""
    if than == cue:
        return None
    left = _time_at(ctoks, cue + 1, than) or _time_at(ctoks, 0, cue)
    right = _time_at(ctoks, than + 1, len(ctoks))
    if left is None or right is None or left == right:
        return None
    return figures_at_times(ctoks, (left, right), ev)


def claim_times(ctoks: list[Token]) -> list[tuple[int, str]]:
    """(token index, time) of each year or "this year" the claim names, in order."""
    out: list[tuple[int, str]] = []
    for k in range(len(ctoks)):
        when = _time_at(ctoks, k, k + 1)
        if when is not None and when not in (w for _, w in out):
            out.append((k, when))
    return out


# Tokens on each side of a figure read as its clause, for the deed it counts.
CLAUSE_REACH = 8
# Words for an amount itself: "that number will reach 39" points back at what was counted.
AMOUNT_WORDS = frozenset({"number", "figure", "total", "amount", "count", "level", "size"})


def _of_amount(t: Token) -> bool:
    """A verb that moves or states an amount ("rose to 50", "reached 39", "totalled 40"), which
    tells no deed of its own."""
    return t.stem in AMOUNT_VERBS or bool(lookup("change.txt", t.stem) or lookup("change-by.txt", t.stem))


# Verbs that state an amount without a deed: "that number will reach 39", "totalled 40".
AMOUNT_VERBS = frozenset({"reach", "total", "number", "amount", "stand", "stood", "hit"})


def figures_at_times(
    ctoks: list[Token], times: tuple[str, str], ev: Evidence, deed: bool = False
) -> tuple[Token, Token] | None:
    """The figure the passage gives beside each of two times, of the claim's thing. A figure
    written against its year ("20 in 2001", "in 2001 17 Kazakhs") is that year's before any
    nearer one. With `deed`, the verb after what the figure counts must be the claim's too:
    "150 cadets left" is no count of cadets who graduated."""
    claimed = {t.stem for t in ctoks}

    def counts_ours(j: int) -> bool:
        """ "17 Kazakhs", "will reach 39.": the figure counts the claim's thing, or nothing
        named; "its 40 instructors" counts another."""
        nxt = ev.tokens[j + 1] if j + 1 < len(ev.tokens) else None
        if not (nxt is None or nxt.stop or nxt.kind != "word" or nxt.stem in claimed):
            return False
        if j and ev.tokens[j - 1].norm == "by":
            return False  # "grew by 20 in 2001": a change, not the amount
        return not deed or _a_deed_of_ours(j)

    def ours(t: Token) -> bool:
        return t.stem in claimed or bool(synonyms(t.stem) & claimed)

    def plain_at(ks: range) -> int | None:
        return next((k for k in ks if ev.tokens[k].kind == "word" and not ev.tokens[k].stop), None)

    def _a_deed_of_ours(j: int) -> bool:
        """With `deed`: the figure's clause tells the claim's deed ("17 Kazakhs were trained"),
        or points back at an amount ("that number will reach 39"); "it expelled 40 Kazakhs",
        "its staff grew to 40", "40 of the Russians" tell of another."""
        toks = ev.tokens
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.norm == "of":
            counted = plain_at(range(j + 2, min(j + 5, len(toks))))
            if counted is not None and toks[counted].stem not in claimed:
                return False
        clause = [
            t
            for k, t in enumerate(toks)
            if abs(k - j) <= CLAUSE_REACH and _one_clause(ev, j, k) and t.kind == "word" and not t.stop
        ]
        if any(t.stem in AMOUNT_WORDS for t in clause):
            return True
        # the verb before the figure: "the school expelled 40 Uzbeks" is no count of admissions
        k = plain_at(range(j - 1, max(0, j - CLAUSE_REACH) - 1, -1))
        if (
            k is not None
            and not toks[k].cap
            and _one_clause(ev, k, j)
            and not ours(toks[k])
            and not _of_amount(toks[k])
        ):
            return False
        counted_stem = nxt.stem if nxt is not None and nxt.kind == "word" else ""
        if counted_stem:  # the verb after what it counts: "150 cadets left", "300 cadets graduated"
            k = plain_at(range(j + 2, min(j + 2 + FIGURE_REACH, len(toks))))
            if k is not None and _one_clause(ev, j, k) and not ours(toks[k]):
                return False
        return any(ours(t) and t.stem != counted_stem for t in clause if not t.cap)

    def bound(k: int) -> int | None:
        """The figure written against the year at k: "20 in 2001", "in 2001 17 Kazakhs"."""
        toks = ev.tokens
        if k >= 2 and toks[k - 1].norm == "in" and toks[k - 2].kind == "num" and not is_year(toks[k - 2]):
            return k - 2
        if (
            k + 1 < len(toks)
            and toks[k + 1].kind == "num"
            and not is_year(toks[k + 1])
            and k
            and toks[k - 1].norm == "in"
        ):
            return k + 1
        return None

    found = []
    for when in times:
        at = [
            k
            for words in (w.split() for w in _ways_of_saying(when, ev))
            for k in range(len(ev.tokens) - len(words) + 1)
            if [t.norm for t in ev.tokens[k : k + len(words)]] == words
            and not (len(words) == 2 and k and ev.tokens[k - 1].norm in COUNTED_FROM_ANOTHER)
        ]
        near = [
            (abs(j - k), j < k, j)  # as near before and after: after ("in 2001 17 Kazakhs")
            for k in at
            for j, q in enumerate(ev.tokens)
            if q.kind == "num"
            and not q.ordinal
            and not is_year(q)
            and abs(j - k) <= FIGURE_REACH
            and _one_clause(ev, j, k)
            and counts_ours(j)
        ]
        if not near:
            return None
        held = [j for k in at if (j := bound(k)) is not None and any(j == n for _, _, n in near)]
        found.append(ev.tokens[held[0] if held else min(near)[2]])
    return None if found[0] is found[1] else (found[0], found[1])


def _figure_near(word: Token, ev: Evidence) -> Token | None:
    """The figure in the same clause as a word, nearest first."""
    tokens = ev.tokens
    near = [
        (abs(j - k), j)
        for k, p in enumerate(tokens)
        if p.stem == word.stem
        for j, q in enumerate(tokens)
        if q.kind == "num" and not q.ordinal and abs(j - k) <= FIGURE_REACH and _one_clause(ev, j, k)
    ]
    return tokens[min(near)[1]] if near else None


def _one_clause(ev: Evidence, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return not any(ch in ev.text[ev.tokens[lo].end : ev.tokens[hi].start] for ch in ",;:")


def _side_words(tokens: list[Token], i: int, step: int) -> list[Token]:
    """Up to SIDE_WORDS content words on one side of a comparison, nearest first."""
    out: list[Token] = []
    k = i + step
    while 0 <= k < len(tokens) and len(out) < SIDE_WORDS:
        t = tokens[k]
        if t.kind == "word" and not t.stop and len(t.norm) > 2 and not t.synthetic:
            out.append(t)
        k += step
    return out


# ---------------------------------------------------------------- preference


def preference(spec: Specific, claim: str, ctoks: list[Token], ev: Evidence) -> tuple[bool, str] | None:
    """(does the passage prefer what the claim prefers, the passage's cue), or None when the
    passage states no preference: "X rather than Y" against "Y rather than X"."""
    cue = next(k for k, t in enumerate(ctoks) if t is spec.tokens[0])
    favoured, other = neighbour_content(ctoks, cue, -1), neighbour_content(ctoks, cue + 1, 1)
    pcues = [k for k, t in enumerate(ev.tokens[:-1]) if (t.norm, ev.tokens[k + 1].norm) in PREFERENCE]
    if not pcues:
        wished = _wish_and_fact(ctoks, favoured, other, ev)
        return (
            wished
            or _other_side_stated(claim, ctoks, favoured, other, ev)
            or _set_aside_stated(claim, ctoks, cue, ev)
        )
    k = pcues[0]
    said = ev.text[ev.tokens[k].start : ev.tokens[k + 1].end]
    if favoured is None or other is None:
        return True, said
    # the words next to the cue; when the passage words a side otherwise ("turning to" for
    # "look toward"), the nearest name of each side
    names = (_nearest_name(claim, ctoks, cue, -1), _nearest_name(claim, ctoks, cue + 1, 1))
    pairs = [(favoured, other), names]
    for f, o in pairs:
        if f is None or o is None:
            continue
        pf = [j for j in _where(ctoks[f], ev.tokens) if abs(j - k) <= CUE_REACH]
        po = [j for j in _where(ctoks[o], ev.tokens) if abs(j - k) <= CUE_REACH]
        if pf and po:
            return not (all(j > k for j in pf) and all(j < k for j in po)), said
    return True, said


def _nearest_name(claim: str, ctoks: list[Token], i: int, step: int) -> int | None:
    """The nearest capitalised word from i on in the direction of step, within its clause
    (not a sentence's first word): the name a side of a preference is about."""
    k = i + step
    while 0 < k < len(ctoks):
        a, b = sorted((k, k - step))
        if CLAUSE_BREAK.search(claim[ctoks[a].end : ctoks[b].start]):
            return None
        t = ctoks[k]
        if t.kind == "word" and t.cap and not t.stop and not t.synthetic:
            return k
        k += step
    return None


# The most content words a side of a preference may have to be paired word by word: "junior
# officers" and "senior commanders" are parallel; longer sides seldom are ("rear-services
# logistics" and "the military attache post she wanted").
PREFERENCE_SIDE_WORDS = 2
PRO_FORMS = frozenset({"one", "ones"})  # "senior officers rather than junior ones": the same noun


def _side(claim: str, ctoks: list[Token], k: int, step: int, size: int | None = None) -> list[Token]:
    """The content words of one side of a preference, from k on in the direction of step, up to a
    clause break; towards the favoured side, only as many as the other side has."""
    out: list[Token] = []
    while 0 <= k < len(ctoks) and (size is None or len(out) < size):
        t = ctoks[k]
        a, b = sorted((k, k - step))  # this token and the one the walk came from
        if out and CLAUSE_BREAK.search(claim[ctoks[a].end : ctoks[b].start]):
            break
        if t.kind == "word" and not t.stop and len(t.norm) > 2 and not t.synthetic:
            out.append(t)
        k += step
    return out if step > 0 else out[::-1]


# Verbs that set a thing aside as a negation does: "rejected a proposal to move it to Y".
SETTING_ASIDE = frozenset({"reject", "exclud", "refus", "declin", "rule"})


def _set_aside_stated(claim: str, ctoks: list[Token], cue: int, ev: Evidence) -> tuple[bool, str] | None:
    """A claim's "X rather than Y" against a passage that gives the slot the side the claim sets
    aside: "testing for junior officers rather than for senior commanders" against "testing for
    senior officers, including those commanding". The sides are paired word by word, in order,
    and the pair that decides is a pair of opposites (junior and senior, domestic and foreign).
    The passage must state every word of Y (as written, no country for its capital) in a clause
    that also holds a word of the rest of the claim and denies nothing, and neither it nor the
    sentences before it may state the words of X that Y does not share."""
    other = _side(claim, ctoks, cue + 2, 1)
    favoured = _side(claim, ctoks, cue - 1, -1, size=len(other))
    if not other or len(other) > PREFERENCE_SIDE_WORDS or len(favoured) != len(other):
        return None
    if any(t.cap for t in (*favoured, *other)):
        return None  # names are `_other_side_stated`'s, which reads the passage's tense and hedges
    sides = {id(t) for t in (*favoured, *other, ctoks[cue], ctoks[cue + 1])}
    frame = {t.stem for t in ctoks if id(t) not in sides and t.kind == "word" and not t.stop}
    toks = ev.tokens
    around = {t.stem for t in (*toks, *ev.context)}

    def clause(j: int) -> list[Token]:
        lo, hi = clause_span(ev.text, toks, j)
        return toks[lo : hi + 1]

    def undenied(j: int) -> bool:
        return not any(t.norm in NEGATIONS or t.stem in SETTING_ASIDE for t in clause(j))

    def framed(j: int) -> bool:
        """In a clause of the claim's own statement, not set in the past, wished, forecast or
        only argued ("was once", "could become", "some argue")."""
        words = [t for t in clause(j) if t.kind == "word"]
        if any(t.norm in BYGONE | UNASSERTED or saying(t) for t in words):
            return False
        return any(t.stem in frame for t in words if not t.stop)

    hit: int | None = None
    for mine, theirs in zip(favoured, other, strict=True):
        if mine.stem == theirs.stem or theirs.norm in PRO_FORMS:
            continue
        at = [j for j in positions(theirs, toks, name=False) if undenied(j)]
        if not at:
            return None
        if (
            hit is None
            and mine.stem not in around
            and (theirs.stem in opposites(mine.stem) or mine.stem in opposites(theirs.stem))
        ):
            # the word that takes the claim's place, in a clause of the claim's own statement
            hit = next((j for j in at if framed(j)), None)
            if hit is None:
                return None
    if hit is None:
        return None
    return False, ev.text[toks[hit].start : toks[hit].end]


PREDICATE_STATED_MIN = 2  # content words of what the claim says of its side that the passage states


def _other_side_stated(
    claim: str, ctoks: list[Token], favoured: int | None, other: int | None, ev: Evidence
) -> tuple[bool, str] | None:
    """A claim's "X, rather than Y, are the natural partners" against a passage that says it of
    Y ("Russia and China are more natural partners") and never names X: the passage gives the
    claim's point to the side the claim sets aside. Names only, and only where the passage
    states most of what the claim says of its side."""
    if favoured is None or other is None or not (ctoks[favoured].cap and ctoks[other].cap):
        return None
    theirs = _where(ctoks[other], ev.tokens)
    if not theirs or _where(ctoks[favoured], ev.tokens):
        return None
    comma = claim.find(",", ctoks[other].end)
    said = [t for t in ctoks if comma >= 0 and t.start > comma and t.kind == "word" and not t.stop]
    stems = {t.stem for t in ev.tokens}
    stated = [t for t in said if t.stem in stems]
    if len(stated) < PREDICATE_STATED_MIN or 2 * len(stated) < len(said):
        return None
    mine, theirs_said = _tense(ctoks[other:]), _tense(ev.tokens[theirs[0] : theirs[0] + SUBJECT_REACH])
    if not theirs_said or (mine and mine != theirs_said):
        return None  # the passage does not say it of Y in the claim's tense ("Y could become")
    if any(t.norm in BYGONE | UNASSERTED or saying(t) for t in ev.tokens):
        return None  # "Y was once", "until 2005", "some argue that Y is", "less natural than"
    hit = ev.tokens[theirs[0]]
    return False, ev.text[hit.start : hit.end]


# Words that put a state of things in the past: "Y was once the partner", "until 2005".
BYGONE = frozenset({"once", "until", "till", "formerly", "previously", "longer"})
# ... or do not assert it: a comparison, a wish, a forecast.
UNASSERTED = frozenset({"less", "than", "become", "could", "would", "might", "may", "will", "wants", "hopes"})
SUBJECT_REACH = 8  # tokens from Y to its verb: "Russia and China, as strong neighbors, are"
PRESENT_BE = frozenset({"is", "are", "am"})
PAST_BE = frozenset({"was", "were"})


def _tense(tokens: list[Token]) -> str:
    """ "present" or "past" by the first form of "be" ("Y are ..." , "Y was once ..."), else ""."""
    for t in tokens:
        if t.norm in PRESENT_BE:
            return "present"
        if t.norm in PAST_BE:
            return "past"
    return ""


# Words that tell what happened against what was wished: "although wanting to become an
# attaché, she was in fact posted to logistics".
FACT_MARKERS = frozenset({("in", "fact"), ("instead", ""), ("actually", "")})
WISH_REACH = 6  # tokens from the word of wanting to what was wished: "wanting to become a military attaché"


def _wish_and_fact(
    ctoks: list[Token], favoured: int | None, other: int | None, ev: Evidence
) -> tuple[bool, str] | None:
    """A claim's "X instead of Y" stated as a wish for Y and then, in fact, X: the passage
    prefers what happened to what was wished, as "instead of" does. The other way round (the
    claim's X wished for, its Y what happened) is a reversal."""
    toks = ev.tokens
    wish = next((k for k in range(len(toks)) if desire(toks, k)), None)
    fact = next((k for k in range(len(toks)) if _fact_marker(toks, k)), None)
    if wish is None or fact is None or fact < wish or other is None:
        return None
    last = fact + _fact_marker(toks, fact) - 1  # "in fact" is two words
    said = ev.text[toks[wish].start : toks[last].end]

    def wished(i: int) -> bool:
        return any(wish < j <= wish + WISH_REACH and j < fact for j in _where(ctoks[i], toks))

    def done(i: int) -> bool:
        return any(j > fact for j in _where(ctoks[i], toks))

    if wished(other) and (favoured is None or done(favoured)):
        return True, said
    if favoured is not None and wished(favoured) and done(other):
        return False, said
    return None


def _fact_marker(toks: list[Token], k: int) -> int:
    """How many words of a marker of what happened start at k ("in fact": 2), or 0."""
    if (toks[k].norm, "") in FACT_MARKERS:
        return 1
    return 2 if k + 1 < len(toks) and (toks[k].norm, toks[k + 1].norm) in FACT_MARKERS else 0


def _where(tok: Token, tokens: list[Token]) -> list[int]:
    return positions(tok, tokens, name=tok.cap)


# How many tokens before a word fix its slot: "benefit first from [national]".
EXCHANGE_CONTEXT = 3
# Words that rank what follows them: the word after "first from" is what comes first, and
# another word there puts the claim's ranking the other way round.
RANKING = frozenset({"first", "primarily", "mainly", "chiefly", "mostly", "priority", "foremost"})


def _in_list(text: str, tokens: list[Token], k: int) -> bool:
    """Is the word at k an item of a list: followed by a comma, "and" or "or"?"""
    if k + 1 >= len(tokens):
        return False
    return text[tokens[k].end : tokens[k + 1].start].strip() == "," or tokens[k + 1].norm in ("and", "or")


def _ranking(t: Token) -> bool:
    return t.norm in RANKING or (t.kind == "num" and t.ordinal and t.value == 1)  # "first"


def exchanged_ranking(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """Two plain words of the claim that the passage ranks the other way: "benefit first from
    foreign education ... national programs second" against "benefit first from national
    education ... only a small proportion will receive any foreign education". After the same
    words, one of them a ranking word, the passage has a word the claim puts elsewhere, and
    the claim's word stands elsewhere in that sentence."""
    ptoks = ev.tokens
    pnorms = [t.norm for t in ptoks]
    for i in range(EXCHANGE_CONTEXT, len(ctoks)):
        mine = ctoks[i]
        before = ctoks[i - EXCHANGE_CONTEXT : i]
        if mine.kind != "word" or mine.cap or mine.stop or not any(_ranking(t) for t in before):
            continue
        ranked = max(k for k, t in enumerate(before) if _ranking(t))
        if not all(t.stop for t in before[ranked + 1 :]):
            continue  # not the first word after the ranking word: "first from national programs"
        want = [t.norm for t in before]
        for j in range(EXCHANGE_CONTEXT, len(ptoks)):
            theirs = ptoks[j]
            if pnorms[j - EXCHANGE_CONTEXT : j] != want or theirs.stem == mine.stem or theirs.stop:
                continue
            if _in_list(ev.text, ptoks, j) or _in_list(claim, ctoks, i):
                continue  # "mainly to equipment, training and housing": a list, in any order
            if not any(t.stem == theirs.stem for k, t in enumerate(ctoks) if k > i):
                continue  # the claim ranks it after: "... with national programs coming second"
            if not any(t.stem == mine.stem and ev.one_sentence(t, theirs) for t in ptoks[j + 1 :]):
                continue
            lo, hi = before[0].start, mine.end
            plo, phi = ptoks[j - EXCHANGE_CONTEXT].start, theirs.end
            note = f"the source ranks them the other way round: \u201c{ev.text[plo:phi]}\u201d"
            return [Conflict("order", claim[lo:hi], ev.text[plo:phi], (lo, hi), (plo, phi), note=note)]
    return _exchanged_clauses(claim, ctoks, ev)


LIST_ITEM_WORDS = 2  # words of a list's next item: "training, equipment and housing"


def _list_follows(text: str, tokens: list[Token], hi: int) -> bool:
    """Does the clause ending at token hi go on as a list: a short item, then a comma, "and" or "or"?"""
    for k in range(hi + 1, min(len(tokens), hi + 2 + LIST_ITEM_WORDS)):
        if tokens[k].norm in ("and", "or") or (
            k > hi + 1 and CLAUSE_BREAK.search(text, tokens[k - 1].end, tokens[k].start)
        ):
            return True
    return False


def _plain_stems(tokens: list[Token], lo: int, hi: int) -> set[str]:
    return {
        t.stem
        for t in tokens[lo : hi + 1]
        if t.kind == "word" and not t.cap and not t.stop and not _ranking(t)
    }


def _exchanged_clauses(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """The same, told in other words: the claim's ranked clause holds a word the passage puts
    in the sentence's other clause, and the passage's ranked clause a word the claim puts in
    its other clause ("officers will get foreign training first, with only a small share going
    through national programmes" against "officers will benefit first from national education
    and training programs, while only a small proportion will receive any foreign education").
    The two ranked clauses must share a word: they tell of the same thing."""
    cues = [k for k, t in enumerate(ctoks) if _ranking(t)]
    pcues = [k for k, t in enumerate(ev.tokens) if _ranking(t)]
    if not cues or not pcues:
        return []
    for c in cues:
        clo, chi = clause_span(claim, ctoks, c)
        if _list_follows(claim, ctoks, chi):
            continue  # "mainly to training, equipment and housing": a list, in any order
        ranked = _plain_stems(ctoks, clo, chi)
        rest = _plain_stems(ctoks, 0, clo - 1) | _plain_stems(ctoks, chi + 1, len(ctoks) - 1)
        for p in pcues:
            plo, phi = clause_span(ev.text, ev.tokens, p)
            if _list_follows(ev.text, ev.tokens, phi):
                continue
            theirs = _plain_stems(ev.tokens, plo, phi)
            sentence = [k for k, t in enumerate(ev.tokens) if ev.one_sentence(t, ev.tokens[p])]
            elsewhere = {ev.tokens[k].stem for k in sentence if not plo <= k <= phi}
            mine_moved = (ranked - theirs - rest) & elsewhere
            theirs_moved = (theirs - ranked - elsewhere) & rest
            if ranked & theirs and mine_moved and theirs_moved:
                lo, hi = ctoks[clo].start, ctoks[chi].end
                said = ev.text[ev.tokens[plo].start : ev.tokens[phi].end]
                note = f"the source ranks them the other way round: \u201c{said}\u201d"
                return [
                    Conflict(
                        "order",
                        claim[lo:hi],
                        said,
                        (lo, hi),
                        (ev.tokens[plo].start, ev.tokens[phi].end),
                        note=note,
                    )
                ]
    return []


# ---------------------------------------------------------------- replaced or added

# The claim's cue that one side takes the other's place, and the passage's that it joins it:
# "expanded to X in place of Y" against "expanded to X in addition to Y". Closed classes of English.
REPLACING = (("instead", "of"), ("in", "place", "of"), ("rather", "than"))
ADDING = (
    ("in", "addition", "to"),
    ("as", "well", "as"),
    ("along", "with"),
    ("together", "with"),
    ("alongside",),
)
ADDED_SIDE_REACH = 3  # content words after the passage's cue among which the claim's other side stands
CHOICE_REACH = 5  # tokens from the passage's verb to its "instead of": "chose electric buses instead of"


def _cue_at(tokens: list[Token], cues: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """(first, last) token of each place the tokens hold one of the cues."""
    norms = [t.norm for t in tokens]
    return [(k, k + len(c) - 1) for k in range(len(norms)) for c in cues if tuple(norms[k : k + len(c)]) == c]


def added_not_replaced(claim: str, ctoks: list[Token], passage: str, ptoks: list[Token]) -> Conflict | None:
    """A claim that puts X in Y's place ("instead of", "in place of", "rather than") against a
    passage that adds X to Y ("in addition to", "as well as", "alongside"), or the other way
    round: one keeps Y, the other drops it. The claim's two sides must stand on the two sides
    of the passage's cue, either way round. Also a claim that gives the deed to Y alone ("chose
    trams") against a passage that puts X in Y's place ("chose buses instead of trams")."""
    for mine, theirs in ((REPLACING, ADDING), (ADDING, REPLACING)):
        for lo, hi in _cue_at(ctoks, mine):
            before, after = neighbour_content(ctoks, lo, -1), neighbour_content(ctoks, hi, 1)
            if before is None or after is None:
                continue
            for plo, phi in _cue_at(ptoks, theirs):
                if _either_side(ptoks, plo, phi, ctoks[before], ctoks[after]):
                    return _conflict(claim, ctoks, lo, hi, passage, ptoks, plo, phi)
    if _cue_at(ctoks, REPLACING + ADDING):
        return None
    told = deeds(ptoks, passage)
    for plo, phi in _cue_at(ptoks, REPLACING):
        chosen, dropped = neighbour_content(ptoks, plo, -1), neighbour_content(ptoks, phi, 1)
        verb = next((d for d in reversed(told) if d < plo), None)
        if chosen is None or dropped is None or verb is None or plo - verb > CHOICE_REACH:
            continue
        if any(_same(c, ptoks[chosen]) for c in ctoks):
            continue  # the claim names what was chosen too
        for k, c in enumerate(ctoks):
            if _same(c, ptoks[verb]) and not c.cap:
                later = [j for j in range(k + 1, len(ctoks)) if not ctoks[j].stop][:ADDED_SIDE_REACH]
                hit = next((j for j in later if _same(ctoks[j], ptoks[dropped])), None)
                if hit is not None:
                    return _conflict(claim, ctoks, hit, hit, passage, ptoks, plo, phi)
    return None


def _either_side(ptoks: list[Token], plo: int, phi: int, before: Token, after: Token) -> bool:
    """Do the claim's two sides stand on the two sides of the passage's cue, either way round?"""
    ahead = ptoks[:plo]
    later = [ptoks[j] for j in range(phi + 1, len(ptoks)) if not ptoks[j].stop][:ADDED_SIDE_REACH]
    return any(
        any(_same(p, one) for p in later) and any(_same(p, other) for p in ahead)
        for one, other in ((after, before), (before, after))
    )


def _conflict(
    claim: str, ctoks: list[Token], lo: int, hi: int, passage: str, ptoks: list[Token], plo: int, phi: int
) -> Conflict:
    return Conflict(
        "comparison",
        claim[ctoks[lo].start : ctoks[hi].end],
        passage[ptoks[plo].start : ptoks[phi].end],
        (ctoks[lo].start, ctoks[hi].end),
        (ptoks[plo].start, ptoks[phi].end),
    )


def _same(p: Token, c: Token) -> bool:
    return p.stem == c.stem or p.stem in synonyms(c.stem)
