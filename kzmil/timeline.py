"""When: figures and dates bound to their years and events, a first time against a repeat,
and the order of events. The passage holds the claim's words and figures but ties them to
other years, events or places in time.

- figures and dates bound to each other's years and events ("39 in 2001" against "17 in
  2001 ... 39 this year");
- something said to happen again against the first time;
- order: two events around "before", "after" or "then", put the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from kzmil.conflicts import Conflict
from kzmil.evidence import CONTEXT, Evidence
from kzmil.modality import BE
from kzmil.normalize import NEGATIONS, POSSESSIVE, Token
from kzmil.quantities import MONTHS, YEARS, Quantity, dated_event, extract
from kzmil.specifics import Specific, cue_words, first_left, order_cues, time_adverb_alone
from kzmil.structure import CUE_REACH, PHRASE_BREAK, RELATIVES, clause_span, neighbour_content
from kzmil.synonyms import synonyms

# ---------------------------------------------------------------- figures bound to their years

# How close a figure and a year must stand, with only small words between, to go together
# ("39 in 2001", "in 2001 17 Kazakhs").
YEAR_REACH = 3


def _year_bindings(text: str, tokens: list[Token]) -> list[tuple[float, Token, float]]:
    """(year, the figure token it goes with, the figure) for each count written next to a year."""

    quantities = extract(text, tokens)
    years = [q for q in quantities if q.type == "year"]
    counts = [q for q in quantities if q.type in ("count", "money", "percent") and not q.ordinal]
    out = []
    for y in years:
        yk = next(k for k, t in enumerate(tokens) if t.start == y.start)
        near = []
        for c in counts:
            ck = next(k for k, t in enumerate(tokens) if t.start == c.start)
            between = tokens[min(yk, ck) + 1 : max(yk, ck)]
            if abs(yk - ck) <= YEAR_REACH and all(t.stop for t in between) and _one_clause_text(text, y, c):
                near.append((abs(yk - ck), ck, c))
        if near:
            _, ck, c = min(near, key=lambda n: n[0])
            out.append((y.value, tokens[ck], c.value))
    return out


def _one_clause_text(text: str, a: Quantity, b: Quantity) -> bool:
    lo, hi = sorted((a, b), key=lambda q: q.start)
    return not any(ch in text[lo.end : hi.start] for ch in ",;:")


def year_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A figure the claim gives for one year that the passage gives for another: "from 39 in
    2001 to 17 in 2003" against "in 2001 17 Kazakhs were trained ... this year ... 39"."""
    claimed = _year_bindings(claim, ctoks)
    figures = {v for _, _, v in claimed}
    stated = {year: value for year, _, value in _year_bindings(ev.text, ev.tokens)}
    for year, tok, value in claimed:
        other = stated.get(year)
        if other is not None and other != value and other in figures:
            said = f"{_plain(other)} for {_plain(year)}"
            note = f"the claim gives {_plain(value)} for {_plain(year)}; the source gives {said}"
            return [Conflict("role", _plain(value), said, (tok.start, tok.end), None, note=note)]
    return []


# A date binds the word it follows: "a meeting of the ministers in March". How many content
# words back, within its clause, that word may stand.
DATE_REACH = 3
_TIME_PREPOSITIONS = frozenset({"in", "on", "since", "until", "by"})


def _month_word(t: Token) -> bool:
    """A month written out with its capital ("March", "May"), not an abbreviation ("Jan.")."""
    return t.cap and t.norm in MONTHS and (len(t.norm) > 3 or t.norm == "may")


def _year_word(t: Token) -> bool:
    """A year written in four digits ("2003")."""
    return t.kind == "num" and t.norm.isdigit() and len(t.norm) == 4


def _date_bindings(text: str, tokens: list[Token]) -> list[tuple[str, Token, Token]]:
    """(the month or year, the word it binds, the date token) for each "X ... in March"."""
    out = []
    for k, t in enumerate(tokens):
        month = _month_word(t)
        year = _year_word(t)
        if not (month or year) or k == 0 or tokens[k - 1].norm not in _TIME_PREPOSITIONS:
            continue
        if year and k >= 2 and tokens[k - 2].cap and tokens[k - 2].norm in MONTHS:
            continue  # "March 2003" is one date, bound at its month
        words = []
        for j in range(k - 2, -1, -1):
            x = tokens[j]
            if any(ch in ",;:()" for ch in text[x.end : tokens[j + 1].start]):
                break
            if x.kind == "word" and not x.stop:
                words.append(x)
                if len(words) == DATE_REACH:
                    break
        if words:
            out.append((t.norm, words[0], t))
    return out


def _opening_binding(text: str, tokens: list[Token]) -> list[tuple[str, Token, Token]]:
    """A date that opens the claim ("In March 2003 the minister held talks with Nazarbayev")
    dates the whole sentence, as if written at its end: (the month or year, its last content
    word, the date token). Not when another date follows."""
    if len(tokens) < 3 or tokens[0].norm not in _TIME_PREPOSITIONS:
        return []
    date = tokens[1]
    if not (_month_word(date) or _year_word(date)):
        return []
    k = 2
    while k < len(tokens) and (tokens[k].kind == "num" or tokens[k].norm == "of"):
        k += 1  # "In March 2003", "On 12 of September": the rest of the date
    last = None
    for j in range(k, len(tokens)):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if j > k and any(ch in ";:()" for ch in gap):
            break  # not at a comma: an apposition ("France's minister, Alliot-Marie, held talks")
        if _month_word(tokens[j]) or _year_word(tokens[j]):
            return []  # a clause with a date of its own
        if tokens[j].kind == "word" and not tokens[j].stop:
            last = tokens[j]
    return [(date.norm, last, date)] if last is not None else []


def date_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """Two dates the claim gives to each other's events: "talks in March followed by a meeting
    of the ministers in July" against "after a meeting of the ministers in March, ... talks
    ... in July". The word each date follows binds it; the claim's date must be in the
    passage too, bound elsewhere."""
    theirs = _date_bindings(ev.text, ev.tokens)
    dates = {d for d, _, _ in theirs}
    for date, word, tok in _date_bindings(claim, ctoks) + _opening_binding(claim, ctoks):
        for other, pword, ptok in theirs:
            if pword.stem == word.stem and other != date and date in dates:
                said = ev.text[pword.start : ptok.end]
                mine = claim[tok.start : tok.end]
                note = (
                    f"the claim puts \u201c{claim[word.start : word.end]}\u201d in {mine}; "
                    f"the source says \u201c{said}\u201d"
                )
                src = (pword.start, ptok.end)
                return [Conflict("role", mine, said, (tok.start, tok.end), src, note=note)]
    return []


def _times(text: str, tokens: list[Token]) -> list[int]:
    """Positions of the months and years a text names ("in March 2003": both), leaving out the
    ends of a range ("2008-2010", "from 2001 to 2003"), which date no one event."""
    at = [
        k
        for k, t in enumerate(tokens)
        if _month_word(t)
        or (
            t.kind == "num"
            and t.norm.isdigit()
            and YEARS[0] <= int(t.norm) <= YEARS[1]
            and text[t.start : t.end].isdigit()  # "1,200 officers" is a count, not a year
        )
    ]
    ranged: set[int] = set()
    for a, b in pairwise(at):
        gap = text[tokens[a].end : tokens[b].start].strip().lower()
        if tokens[a].kind == tokens[b].kind and gap in ("-", "–", "to", "and", "or", "through"):
            ranged.update((a, b))
        elif b == a + 1 and tokens[a].kind == "word" and tokens[b].kind == "num":
            ranged.add(b)  # "March 2003" is one time, told by its month
    return [k for k in at if k not in ranged]


def _dated_words(text: str, tokens: list[Token], times: list[int], k: int) -> set[str]:
    """The stems of the content words that go with the time at k: those of its clause (up to a
    comma or a bracket), and of them the ones nearer it than another time of that clause. A
    clause of the date alone ("In March 2003, the ministers met") goes on into the next; a
    clause that opens on "which" or "who" ("..., which arrived in 2008") is about what the
    clause before it names, and takes that clause in."""
    lo, hi = clause_span(text, tokens, k)
    bare = not any(
        t.kind == "word" and not t.stop and j not in times for j, t in enumerate(tokens[lo : hi + 1], lo)
    )
    if bare and hi + 1 < len(tokens):
        hi = clause_span(text, tokens, hi + 1)[1]
    if tokens[lo].norm in RELATIVES and lo > 0:
        lo = clause_span(text, tokens, lo - 1)[0]
    mine = [x for x in times if lo <= x <= hi]
    return {
        t.stem
        for j, t in enumerate(tokens[lo : hi + 1], lo)
        if t.kind == "word"
        and not t.stop
        and j not in times
        and min(mine, key=lambda x: (abs(x - j), x)) == k
    }


def event_date_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A date the passage gives to another event of the same sentence: "Alliot-Marie's
    discussions with Nazarbayev took place in March 2003" against "After a meeting between
    the defense ministers in March 2003, ... Alliot-Marie held discussions with President
    Nazarbayev in July 2003". Each date goes with the words of its clause. The claim's date
    is wrong when none of the claim's words (names too) goes with it in the passage and a
    plain word of the claim goes with the other date."""
    mine_times = _times(claim, ctoks)
    theirs = _times(ev.text, ev.tokens)
    if len(mine_times) != 1 or len(theirs) < 2:
        return []  # a claim of several dates orders its events itself: `date_conflicts` reads it
    whole = {t.stem for t in ctoks if t.kind == "word" and not t.stop}
    plain = {t.stem for t in ctoks if t.kind == "word" and not t.stop and not t.cap}
    alike = set().union(*(synonyms(w) for w in whole))
    c = ctoks[mine_times[0]]
    for a in (j for j in theirs if ev.tokens[j].norm == c.norm):
        rivals = [
            b
            for b in theirs
            if ev.tokens[b].norm != c.norm
            and (ev.tokens[b].kind == "num") == (c.kind == "num")
            and ev.one_sentence(ev.tokens[a], ev.tokens[b])
        ]
        if len(rivals) != 1:
            continue
        with_a = _dated_words(ev.text, ev.tokens, theirs, a)
        with_b = _dated_words(ev.text, ev.tokens, theirs, rivals[0])
        if not with_a or with_a & (whole | alike) or not with_b & plain:
            continue  # nothing to tell the dates apart by, or the claim's date has its words
        p = ev.tokens[rivals[0]]
        mine, said = claim[c.start : c.end], ev.surface(p)
        note = f"the claim says {mine}; the source says {said}, and gives {mine} to another event"
        return [Conflict("date", mine, said, (c.start, c.end), (p.start, p.end), note=note)]
    return []


# Words that say something happened before ("the latest in a series", "once again"), against
# words that say it never had ("the first-ever inspection", "for the first time").
REPEATED = frozenset({"latest", "another", "again", "renewed", "repeated", "series", "resumed"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this"})


def _firsts(text: str, tokens: list[Token]) -> list[Token]:
    """ "first" as a rank ("the first-ever", "its first", "for the first time"), not "at
    first" or "benefit first from"."""
    out = []
    for k, t in enumerate(tokens):
        written = text[t.start : t.end].lower()
        ranked = text[t.end : t.end + 1] == "-" or (k and tokens[k - 1].norm in _DETERMINERS)
        if written.startswith("first") and ranked:
            out.append(t)
    return out


THING_WORDS = 2  # the words after "a series of" that name what came again: "shooting incidents"


def _repeats_what_passage_tells(ctoks: list[Token], t: Token, ev: Evidence) -> bool:
    """Is what the claim says came again ("a series of shooting incidents", "another
    exercise") a thing the passage tells of? Its "first" is of that thing, not of another
    ("to test them for the first time"). "again" follows its deed, which the passage matched."""
    k = next(i for i, x in enumerate(ctoks) if x is t) + 1
    while k < len(ctoks) and (ctoks[k].stop or ctoks[k].norm in REPEATED):
        k += 1  # "a series of", "the latest in a series of"
    thing: list[Token] = []
    for x in ctoks[k : k + THING_WORDS]:
        if x.kind != "word" or x.stop:
            break
        thing.append(x)
    if t.norm == "again" or not thing:
        return True
    stated = {p.stem for p in ev.tokens}
    return any(x.stem in stated for x in thing) or bool(synonyms(thing[-1].stem) & stated)


# Words before "times" that make it a repeat ("tested many times before"), as "again" is.
MANY = frozenset({"many", "several", "numerous", "multiple", "countless", "repeated"})
# Words after "times" that make it a multiple instead ("many times larger").
MULTIPLYING = frozenset({"more", "less", "larger", "bigger", "higher", "greater", "smaller", "as", "over"})


def _many_times(tokens: list[Token], k: int) -> bool:
    """Is the word at k a repeat of its deed: "repeatedly", or the "times" of "many times"
    (not "many times larger", a multiple)?"""
    t = tokens[k]
    if t.norm == "repeatedly":
        return True
    after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    return t.norm == "times" and k > 0 and tokens[k - 1].norm in MANY and after not in MULTIPLYING


def _novelty(claim: str, c: Token, ev: Evidence, p: Token) -> Conflict:
    lo = c.start
    if c.norm == "times":  # "many times", whole
        lo = claim.rfind(" ", 0, c.start - 1) + 1
    return Conflict("comparison", claim[lo : c.end], ev.surface(p), (lo, c.end), (p.start, p.end))


def novelty_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A claim that something happened again, against a passage that says it happened for the
    first time, or the other way round."""
    theirs = {t.norm for t in ev.tokens}
    ours = {t.norm for t in ctoks}
    again = [
        t
        for t in ctoks
        if t.norm in REPEATED and t.norm not in theirs and _repeats_what_passage_tells(ctoks, t, ev)
    ] + [t for k, t in enumerate(ctoks) if _many_times(ctoks, k) and t.norm not in theirs]
    first = _firsts(ev.text, ev.tokens)
    if again and first:
        return [_novelty(claim, again[0], ev, first[0])]
    mine = _firsts(claim, ctoks)
    repeated = [t for t in ev.tokens if t.norm in REPEATED and t.norm not in ours]
    if mine and repeated and not first:
        return [_novelty(claim, mine[0], ev, repeated[0])]
    return []


def _plain(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


# ---------------------------------------------------------------- order


EVENT_WORDS = 5  # content words on each side of an order cue that may name its event


def _contents(tokens: list[Token], i: int, step: int) -> list[int]:
    """Up to EVENT_WORDS content words from i on, in the direction of step."""
    out: list[int] = []
    k = neighbour_content(tokens, i, step)
    while k is not None and len(out) < EVENT_WORDS:
        out.append(k)
        k = neighbour_content(tokens, k, step)
    return out


def _events(tokens: list[Token], text: str, cue: int) -> tuple[list[int], list[int]]:
    """The words for the events on each side of an order cue; for a cue that opens the
    sentence ("After X, Y") the main clause stands on the left, and so for one that opens a
    coordinated clause (", but soon after returning she found"), read as the passage's is."""
    dated = _date_opening(tokens, text, cue)
    opening = neighbour_content(tokens, cue, -1) is None
    if dated is not None and (opening or _coordinated_opening(tokens, text, cue)):
        # "After 9/11 Astana acknowledged ...", "..., yet after 9/11 Astana was slow": the date
        # alone, its clause after it
        return _contents(tokens, dated - 1, 1), list(range(cue + 1, dated))
    if _coordinated_opening(tokens, text, cue):
        is_left = _opening_left(tokens, text, cue)
        words = _contents(tokens, cue, 1)
        return [k for k in words if is_left(k)], [k for k in words if not is_left(k)]
    right = _gerund_clause(tokens, _contents(tokens, cue, 1))
    left = _contents(tokens, cue, -1)
    if left and re.search(r"[:;]", text[tokens[left[0]].end : tokens[cue].start]):
        left = []  # the cue opens a clause of its own: "Paris moved in too: after X, Y"
    if not left:
        comma = text.find(",", tokens[cue].end)
        after = [k for k, t in enumerate(tokens) if comma >= 0 and t.start > comma]
        left = _contents(tokens, after[0] - 1, 1) if after else []
        right = [k for k in right if not after or k < after[0]]
        if after and (not right or _dated_event(tokens, cue + 1, after[0])):
            # the event is a date alone ("After 9/11, ..."), or an event the date names ("After
            # the September 11 attacks, ..."), which a source may give by its date alone
            right = [k for k in range(cue + 1, after[0]) if tokens[k].kind == "num"]
    return left, right


def _date_opening(tokens: list[Token], text: str, cue: int) -> int | None:
    """Where the main clause starts when the opening cue's event is a date with no comma after
    it ("After 9/11 Astana acknowledged", "Before July 2003 the ministry"): the first word after
    a run of figures and months that is a name or opens a subject. None for "after ten years of
    attention", "after 2003's reform", or a comma, which the caller reads."""
    k = cue + 1
    while k < len(tokens) and (tokens[k].kind == "num" or tokens[k].norm in MONTHS):
        k += 1
    if k == cue + 1 or k >= len(tokens) or not any(t.kind == "num" for t in tokens[cue + 1 : k]):
        return None
    if re.search(r"[,;:']", text[tokens[k - 1].end : tokens[k].start]):
        return None
    nxt = tokens[k]
    return k if (nxt.cap and nxt.kind == "word") or nxt.norm in SUBJECT_OPENERS else None


# Tokens from an order word to the date it governs: "aftermath of 9/11", "after the 2004 floods".
CUE_OBJECT = 3


def _dated_event(tokens: list[Token], lo: int, hi: int) -> bool:
    """Are tokens lo..hi an event named by its date: a determiner, the date, one noun ("the
    September 11 attacks", "the 2004 tsunami")? A month alone is no date here."""
    return (
        hi - lo >= 3
        and tokens[hi - 1].kind == "word"
        and dated_event(tokens, hi - 1) == lo
        and any(t.kind == "num" for t in tokens[lo + 1 : hi - 1])
    )


def _dated_deed(ctoks: list[Token], dated: bool, main: list[int]) -> set[str]:
    """The stems of the deed a date with no comma after it orders ("After 9/11 Astana
    acknowledged"): the main clause's first plain word, and the next after a copula ("was slow
    to react"). A name and a date alone ("After 9/11 Kazakhstan sent troops" against "In the
    aftermath of 9/11 ... Kazakhstan") do not state the order: the deed must be told too.
    Empty when the cue is not such an opening."""
    if not dated or not main:
        return set()
    plain = [i for i in main if not ctoks[i].cap and ctoks[i].norm not in NEGATIONS]
    if not plain:
        return set()
    copula = any(t.norm in BE for t in ctoks[main[0] : plain[0]])
    return {ctoks[i].stem for i in plain[: 2 if copula else 1]}


def _deed_told(deed: set[str], ev: Evidence, k: int) -> bool:
    """Does the cue's sentence tell the deed, by its own stem or a synonym? (True with no deed.)"""
    if not deed:
        return True
    near = {p.stem for p in ev.tokens if ev.one_sentence(p, ev.tokens[k])}
    return any(d in near or synonyms(d) & near for d in deed)


# Words that join a second deed to a clause: "after returning home and leave the army".
_JOINS = frozenset({"and", "then", "but"})
# What opens a verb's object, telling the joined word a verb ("and leave the army"), not a
# noun of a list ("after serving as mayor and senator").
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})


def _gerund_clause(tokens: list[Token], right: list[int]) -> list[int]:
    """The event after a cue that a gerund opens ends where a verb of another form is joined
    on, with its object: in "grow disillusioned after returning home and leave the army",
    leaving is the main clause's second deed, not part of what came first."""
    if not right or not tokens[right[0]].norm.endswith("ing"):
        return right
    for n, k in enumerate(right[1:], 1):
        between = tokens[right[n - 1] + 1 : k]
        takes_object = k + 1 < len(tokens) and tokens[k + 1].norm in _OBJECT_OPENERS
        if any(t.norm in _JOINS for t in between) and not tokens[k].norm.endswith("ing") and takes_object:
            return right[:n]
    return right


def _left_of_cue(tokens: list[Token], text: str, cue: int, opening: bool = False) -> Callable[[int], bool]:
    """Which positions hold the event written before the cue ("A" in "A after B"). A cue that
    opens the sentence ("After B, A") has its own event up to the comma and "A" after it."""
    if not opening and neighbour_content(tokens, cue, -1) is not None:
        return lambda k: k < cue
    comma = text.find(",", tokens[cue].end)
    if comma < 0:
        return lambda k: False
    return lambda k: tokens[k].start > comma


# Conjunctions that open a clause of its own after a comma: "entered West Point in 2001, but
# soon after returning she found": the "after" orders its own clause, not the one before.
COORDINATING = frozenset({"but", "and", "yet", "while", "whereas"})
# Adverbs that may stand between the conjunction and the cue: "but soon after", "and shortly before".
CUE_ADVERBS = frozenset({"soon", "shortly", "just", "long", "only", "even", "right"})


def _coordinated_opening(tokens: list[Token], text: str, cue: int) -> int:
    """Where the cue's own clause starts when "after" or "before" opens a coordinated clause
    (", but soon after returning ..."); else 0 (the whole passage)."""
    if tokens[cue].norm not in ("after", "before"):
        return 0
    j = cue - 1
    while j >= 0 and tokens[j].norm in CUE_ADVERBS:
        j -= 1
    if j < 1 or tokens[j].norm not in COORDINATING or "," not in text[tokens[j - 1].end : tokens[j].start]:
        return 0
    return j


SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
# Words that open the main clause's subject after the cue's phrase: "before the signing the
# finance minister resigned", "just before the delivery its factory caught fire".
SUBJECT_OPENERS = SUBJECT_PRONOUNS | {"the", "a", "an", "its", "his", "her", "their"}


def _opening_left(tokens: list[Token], text: str, cue: int) -> Callable[[int], bool]:
    """For a cue that opens a coordinated clause: its main event is what follows the comma
    after the cue's phrase, or, with no comma, what follows the first subject pronoun or the
    determiner after the phrase's first content word ("but after the reform it was restored",
    "soon after returning she found", "before the signing the finance minister resigned")."""
    dated = _date_opening(tokens, text, cue)
    if dated is not None:
        return lambda k: k >= dated  # "but after 9/11 Astana was slow"
    content = next((k for k in range(cue + 1, len(tokens)) if not tokens[k].stop), len(tokens))
    end = next(
        (
            k
            for k in range(cue + 1, len(tokens))
            if tokens[k].norm in SUBJECT_PRONOUNS or (k > content and tokens[k].norm in SUBJECT_OPENERS)
        ),
        None,
    )
    comma = text.find(",", tokens[cue].end)
    if comma >= 0 and (end is None or comma < tokens[end].start):
        return lambda k: tokens[k].start > comma
    if end is None:
        return lambda k: False
    return lambda k: k >= end


# Lone adverbs that put the claim's deed after something: the source states as much when it
# opens the deed's sentence with a phrase of what came first ("Following its OSCE victory,
# Astana has also agreed"). Not "earlier" or "then", whose other event must be the claim's.
AFTERWARDS = frozenset({"later", "subsequently", "afterwards"})
OPENING_AFTER = frozenset({"after", "following"})
# Deeds that come after another by their meaning: one returns from somewhere one has been.
RETURNING = frozenset({"return"})


# Tokens after a return within which its destination is named: "returned for further study at
# West Point".
RETURN_REACH = 8
GOAL_WORDS = 2  # content words that name where the claim's return goes: "naval academy"


def _same_return(ctoks: list[Token], k: int, ev: Evidence) -> Token | None:
    """The passage's return to where the claim's return at k goes: one of the first content
    words after the claim's verb ("to the naval academy"), named after the passage's own, in the
    same phrase ("returned to the academy as its director")."""
    goal = {t.stem for t in [t for t in ctoks[k + 1 :] if t.kind == "word" and not t.stop][:GOAL_WORDS]}
    if not goal:
        return None
    for j, p in enumerate(ev.tokens):
        if p.stem != ctoks[k].stem:
            continue
        for q in ev.tokens[j + 1 : j + 1 + RETURN_REACH]:
            if PHRASE_BREAK.search(ev.text, p.end, q.start) or q.norm in BREAKING:
                break
            if q.stem in goal:
                return p
    return None


# Words that open another event after a return: "returned to Oslo after a spell in Bergen".
BREAKING = frozenset({"after", "before", "and", "then", "but", "while", "when"})


def _told_after(ev: Evidence, deed: Token, doer: list[Token]) -> tuple[bool, str] | None:
    """("later" is stated, the source's words) when a sentence of the passage tells the claim's
    deed after a phrase that opens with "after" or "following", with a word of the claim's doer
    between that phrase and the deed: "Astana later agreed" against "Following its victory,
    Astana agreed", not against "Following the summit, Dostrova agreed; Kestavia refused"."""
    doers = {t.stem for t in doer}
    for k, p in enumerate(ev.tokens):
        if p.norm not in OPENING_AFTER or (k and ev.one_sentence(ev.tokens[k - 1], p)):
            continue  # only a phrase that opens its sentence orders the sentence's deed
        comma = ev.text.find(",", p.end)
        for q in ev.tokens[k + 1 :]:
            if not ev.one_sentence(p, q):
                break
            if q.stem == deed.stem and 0 <= comma < q.start:
                between = [x for x in ev.tokens if comma < x.start < q.start]
                if not doers or any(x.stem in doers for x in between):
                    return True, ev.text[p.start : p.end]
                return None
    return None


def order(spec: Specific, claim: str, ctoks: list[Token], ev: Evidence) -> tuple[bool, str] | None:
    """(does the passage put the claim's two events in the same order, the passage's cue),
    or None when the passage does not order them."""
    cue = next(k for k, t in enumerate(ctoks) if t is spec.tokens[0])
    if time_adverb_alone(claim, ctoks, cue):
        # "She later married": after an event the claim does not state, which only the same
        # adverb before the same deed in the passage confirms ("A few days later, we revisited")
        nxt = neighbour_content(ctoks, cue, 1)
        for k, p in enumerate(ev.tokens):
            theirs = neighbour_content(ev.tokens, k, 1) if p.norm == ctoks[cue].norm else None
            if nxt is not None and theirs is not None and ev.tokens[theirs].stem == ctoks[nxt].stem:
                return True, ev.text[p.start : p.end]
        if ctoks[cue].norm in AFTERWARDS and nxt is not None and ctoks[nxt].stem in RETURNING:
            # "She later returned to West Point": a return comes after the stay it returns from,
            # the same return: to where the claim's goes ("returned to Varn" is no return to Lodra)
            back = _same_return(ctoks, nxt, ev)
            if back is not None:
                return True, ev.text[back.start : back.end]
        if ctoks[cue].norm in AFTERWARDS and nxt is not None:
            doer = [  # the claim's words before its deed but the adverbs: "Shortly afterwards Astana"
                t
                for t in ctoks[:nxt]
                if t.kind == "word" and not t.stop and t is not ctoks[cue] and not t.norm.endswith("ly")
            ]
            return _told_after(ev, ctoks[nxt], doer)
        return None
    left, right = _events(ctoks, claim, cue)
    if not left or not right:
        return None
    deed = _dated_deed(ctoks, _date_opening(ctoks, claim, cue) is not None, left)
    first, second = (left, right) if first_left(ctoks, cue) else (right, left)
    first_stems = {ctoks[i].stem for i in first} - {ctoks[i].stem for i in second}
    second_stems = {ctoks[i].stem for i in second} - {ctoks[i].stem for i in first}
    pf = _event_words(first, first_stems, claim, ctoks, ev)
    ps = _event_words(second, second_stems, claim, ctoks, ev)
    # a date alone after the claim's cue ("After 9/11, ...", "After 2004 Oslo ...") is the
    # passage cue's own object ("in the aftermath of 9/11"), not a date elsewhere in its
    # sentence ("In 2004, after the storm, Oslo ...": the storm came first)
    date_alone = all(ctoks[i].kind == "num" for i in right)
    dates = pf if right is first else ps
    for k in order_cues(ev.tokens, stating=True, text=ev.text):
        said = cue_words(ev.text, ev.tokens, k)
        if date_alone and not any(0 < x - k <= CUE_OBJECT for x in dates):
            continue
        if not _deed_told(deed, ev, k):
            continue
        # a cue that opens the sentence ("After X, Y") orders its whole main clause; in a
        # passage's later sentence, that sentence's alone
        before = neighbour_content(ev.tokens, k, -1)
        later = before is not None and not ev.one_sentence(ev.tokens[before], ev.tokens[k])
        is_left = _left_of_cue(ev.tokens, ev.text, k, opening=later)
        reach = len(ev.tokens) if before is None or later else CUE_REACH
        here = ev.tokens[k]
        outside = {x for x, p in enumerate(ev.tokens) if not ev.one_sentence(p, here)} if later else set()
        # a cue that opens a coordinated clause orders that clause alone: both its events
        # stand after it ("but soon after returning she found"; "soon" goes with the cue)
        opens = k + 1 if _coordinated_opening(ev.tokens, ev.text, k) else 0
        if opens:
            is_left = _opening_left(ev.tokens, ev.text, k)
        for a in (x for x in pf if abs(x - k) <= reach and x != k and x >= opens and x not in outside):
            for b in (y for y in ps if abs(y - k) <= reach and y != k and y >= opens and y not in outside):
                # the cue stands between the two events
                if is_left(a) != is_left(b):
                    return first_left(ev.tokens, k) == is_left(a), said
    shared = {ctoks[i].stem for i in first} & {ctoks[i].stem for i in second}
    if (firstly := _done_first(ev, shared, first_stems, second_stems)) is not None:
        return firstly
    # the earlier event's own words, shared or not: "had earlier been a deputy finance minister"
    # after "the new deputy defense minister for economy and finance" shares all but one
    earlier = {ctoks[i].stem for i in first}
    return _anterior(first_left(ctoks, cue) or ctoks[cue].norm in EARLIER, earlier, second_stems, ev)


# Adverbs that put the deed before them ahead of its other instances: "will benefit first from".
FIRSTLY = frozenset({"first", "firstly", "initially"})


def _done_first(
    ev: Evidence, shared: set[str], first_stems: set[str], second_stems: set[str]
) -> tuple[bool, str] | None:
    """A deed both of the claim's events share, done "first" with one of them: "officers will
    benefit first from national programmes" puts the national before the foreign, whatever the
    claim's "benefit from foreign training before they benefit from national programs" says."""
    for k, p in enumerate(ev.tokens[1:], 1):
        # as written: the tokenizer reads "first" as the ordinal 1
        if ev.text[p.start : p.end].lower() not in FIRSTLY or ev.tokens[k - 1].stem not in shared:
            continue
        nxt = neighbour_content(ev.tokens, k, 1)
        if nxt is None or PHRASE_BREAK.search(ev.text, p.end, ev.tokens[nxt].start):
            continue
        said = ev.text[ev.tokens[k - 1].start : p.end]
        if ev.tokens[nxt].stem in first_stems:
            return True, said
        if ev.tokens[nxt].stem in second_stems:
            return False, said
    return None


def _event_words(
    event: list[int], stems: set[str], claim: str, ctoks: list[Token], ev: Evidence
) -> list[int]:
    """Where the passage tells an event of the claim, by its words but for a name it holds as a
    possessive ("quit Kazakhstan's army"), which only qualifies the event's own word and may
    stand anywhere in the passage ("returning to Kazakhstan")."""
    owners = {
        ctoks[i].stem
        for i in event
        if ctoks[i].cap and claim[ctoks[i].start : ctoks[i].end].endswith(POSSESSIVE)
    }
    wanted = stems - owners
    # a common word of the claim is not a word of a longer name or title inside the passage's
    # sentence: "defense budget" is not told by "Defense Minister Akhmetov" (a name of the
    # event's own words is: "before Staff College", "the Reform Programme")
    common = {ctoks[i].stem for i in event if not ctoks[i].cap} - {
        ctoks[i].stem for i in event if ctoks[i].cap
    }
    return [
        k
        for k, p in enumerate(ev.tokens)
        if p.stem in wanted and not (p.stem in common and _in_other_name(ev, k, wanted))
    ]


NAME_JOINS = frozenset({"of", "for"})  # lower-case words inside a name: "Ministry of Defense"


def _in_other_name(ev: Evidence, k: int, wanted: set[str]) -> bool:
    """Is the passage's token k a capitalised word inside its sentence, of a run of capitals
    that holds a word the claim's event does not ("Defense Minister Daniyal")?"""
    toks = ev.tokens
    if not toks[k].cap or _opens_sentence(ev, k):
        return False

    def spaced(a: int, b: int) -> bool:
        return not ev.text[toks[a].end : toks[b].start].strip()

    def capital(j: int) -> bool:
        return toks[j].cap and toks[j].kind == "word"

    lo = hi = k
    while lo > 0 and not _opens_sentence(ev, lo):
        if capital(lo - 1) and spaced(lo - 1, lo):
            lo -= 1
        elif lo > 1 and toks[lo - 1].norm in NAME_JOINS and capital(lo - 2) and spaced(lo - 2, lo - 1):
            lo -= 2  # "Ministry of Defense"
        else:
            break
    while hi + 1 < len(toks):
        if capital(hi + 1) and spaced(hi, hi + 1):
            hi += 1
        elif (
            hi + 2 < len(toks)
            and toks[hi + 1].norm in NAME_JOINS
            and capital(hi + 2)
            and spaced(hi + 1, hi + 2)
        ):
            hi += 2
        else:
            break
    return any(t.stem not in wanted and t.norm not in NAME_JOINS for t in toks[lo : hi + 1])


def _opens_sentence(ev: Evidence, k: int) -> bool:
    """Does the passage's token k open a sentence (a capital that proves nothing)?"""
    return k == 0 or ev.text[ev.tokens[k - 1].end : ev.tokens[k].start].strip() in (
        ".",
        "!",
        "?",
        "\u201c",
        '"',
        '."',
    )


# Words that put what they qualify before the time the passage speaks of: "Oynarov was
# previously a deputy finance minister", after a sentence on his appointment.
ANTERIOR = frozenset({"previously", "formerly"})
# The adverb that does so in a claim: "had earlier been deputy chairman", its earlier event after it.
EARLIER = frozenset({"earlier"})
# ... and the adjective that puts the post it qualifies before: "his previous post as an army
# artillery-and-missile-battery commander". Its event follows it in its own clause, told in more
# than one word of the claim's ("commander" alone is anyone's post).
PREVIOUS = frozenset({"previous", "former"})
PREVIOUS_WORDS = 2


def _anterior(
    claim_first: bool, earlier: set[str], second_stems: set[str], ev: Evidence
) -> tuple[bool, str] | None:
    """A claim's "before" stated by "previously" beside its earlier event, when the passage or
    the sentences around it tell of the later one ("Before joining the ministry, Oynarov had
    been a deputy finance minister"). The adverb may stand in the sentence after the passage:
    "appointed a new deputy minister. Mr. Oynarov was previously a deputy finance minister"."""
    if not claim_first:
        return None
    if not any(p.stem in second_stems for p in (*ev.tokens, *ev.context)):
        return None
    for n, (text, toks) in enumerate(ev.around()):
        pf = [k for k, p in enumerate(toks) if p.stem in earlier]
        where = CONTEXT if n else ""
        for k, t in enumerate(toks):
            if t.norm in ANTERIOR and any(0 < abs(x - k) <= CUE_REACH for x in pf):
                return True, text[t.start : t.end] + where
            if t.norm in PREVIOUS:
                last = clause_span(text, toks, k)[1]
                if sum(0 < x - k <= CUE_REACH and x <= last for x in pf) >= PREVIOUS_WORDS:
                    return True, text[t.start : t.end] + where
    return None


# ---------------------------------------------------------------- a deed dated, timed by another event

# Words that time a deed by an event ("during the trip"); not "at", which as often gives a
# place or a time of day ("at foreign universities", "at a time of").
DURING = frozenset({"during", "amid"})
# Tokens from the deed to its "during", in one clause: a verb, an article, a modifier or two
# and a compound object ("signed a new five-year cooperation plan during") fit in eight.
EVENT_REACH = 8


def dated_deeds(tokens: list[Token]) -> set[str]:
    """The stems of the plain words a text dates by a year right after them ("the plan
    signed in 2003", "was founded on 1 May 1994" is left out: a day opens with no year)."""
    return {
        u.stem
        for j, u in enumerate(tokens[:-2])
        if u.kind == "word" and not u.cap and tokens[j + 1].norm in ("in", "on") and _a_year(tokens[j + 2])
    }


def _a_year(t: Token) -> bool:
    return t.kind == "num" and t.value is not None and YEARS[0] <= t.value <= YEARS[1]


def timed_by_another_event(claim: str, ctoks: list[Token], ev: Evidence) -> list[Specific]:
    """ "signed a plan during the trip" against the passage's "the plan signed in 2003": the
    passage dates the deed by a year or a day and names no event it fell in, so the event the
    claim times it by is not stated (the trip may have come years later)."""
    dated = dated_deeds(ev.tokens)
    for k, t in enumerate(ctoks):
        if t.kind != "word" or t.stop or t.cap or not ({t.stem} | synonyms(t.stem)) & dated:
            continue
        for m in range(k + 1, min(k + 1 + EVENT_REACH, len(ctoks))):
            if re.search(r"[,;:()]", claim[t.end : ctoks[m].start]):
                break
            if ctoks[m].norm not in DURING:
                continue
            phrase: list[Token] = []
            for u in ctoks[m + 1 :]:
                if u.kind != "word" or (phrase and u.stop):
                    break
                phrase.append(u)
            heads = [u for u in phrase if not u.stop]
            if heads and not any(u.cap or u.norm in MONTHS for u in heads):
                said = claim[ctoks[m].start : heads[-1].end]
                return [Specific("word", [ctoks[m], *heads], said)]
    return []
