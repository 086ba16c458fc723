"""A claim that dates one event by another ("on the same day Sembinov wrapped up his trip",
"two days before Sembinov completed his Washington trip", "the day after Akhmetov's talks")
and gives no date of its own: the article dates each event, and the days between the two
dates state the claim or contradict it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kzmil.antonyms import opposites
from kzmil.conflicts import Conflict
from kzmil.modality import MODALS
from kzmil.names import name_match
from kzmil.normalize import NEGATIONS, Token
from kzmil.quantities import extract
from kzmil.specifics import Specific
from kzmil.synonyms import base_stem, synonyms

_CLAUSE_END = re.compile(r"[,;:.!?()\u2013\u2014]")
# Words of an event, at least, that a sentence must hold beside a date to date that event.
EVENT_WORDS_MIN = 2
SIGNS = {"after": 1, "before": -1}
# Verbs of lasting: "stayed two days before leaving", "the talks continued for three days after".
LASTING = frozenset({"stay", "stayed", "continu", "last", "remain", "spent", "spend", "wait", "linger"})
# Words before a count of days that make it a length or a bound, not the days between.
NOT_EXACT = frozenset(
    {
        "for",
        "than",
        "over",
        "under",
        "within",
        "least",
        "most",
        "about",
        "some",
        "nearly",
        "almost",
        "to",
        "or",
    }
    | {"roughly", "around", "approximately", "up", "perhaps", "maybe"}
)


@dataclass
class Relation:
    """One event dated by another: the claim's event is `days` after the other's (before, if
    negative). Token indexes: the cue runs from `lo` to `start`, the other event to `hi`."""

    days: int
    lo: int
    start: int  # where the other event's words start, after the cue
    hi: int
    own: list[Token]  # the words of the claim's own event
    other: list[Token]  # the words of the event it is dated by


def _content(t: Token) -> bool:
    return t.kind == "word" and not t.stop and not t.synthetic


def _cue(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(days, index after the cue) for a cue starting at k: "the same day (that|as)", "the
    day after", "a day before", "two days after"."""
    norms = [t.norm for t in tokens]
    if norms[k : k + 3] == ["the", "same", "day"]:
        end = k + 3
        if end < len(tokens) and norms[end] in ("that", "as", "when", "on"):
            end += 1
        return 0, end
    if k + 2 < len(tokens) and norms[k] in ("the", "a", "one") and norms[k + 1] == "day":
        sign = SIGNS.get(norms[k + 2])
        return (sign, k + 3) if sign else None
    t = tokens[k]
    if t.kind == "num" and t.value and t.value == int(t.value) and k + 2 < len(tokens):
        unit = norms[k + 1]
        sign = SIGNS.get(norms[k + 2])
        if unit in ("day", "days") and sign:
            return sign * int(t.value), k + 3
    return None


def _breaks(text: str, tokens: list[Token], j: int) -> bool:
    """Does a clause break stand just before token j?"""
    return bool(_CLAUSE_END.search(text, tokens[j - 1].end, tokens[j].start))


def relation(claim: str, tokens: list[Token]) -> Relation | None:
    """The claim's one event dated by another, when it gives no date of its own."""
    if any(q.type == "date" for q in extract(claim, tokens)):
        return None  # a date of its own: read as a distance from it (`quantities.implied_dates`)
    if any(t.stem in LASTING for t in tokens):
        return None  # "stayed three days after", "the talks continued": a length of time
    for k in range(len(tokens)):
        found = _cue(tokens, k)
        if found is None:
            continue
        if k and tokens[k - 1].norm in NOT_EXACT:
            return None  # "for three days after", "more than two days after": no day is given
        days, start = found
        end = start
        while end < len(tokens) and not (end > start and _breaks(claim, tokens, end)):
            end += 1
        lo = k - 1 if k and tokens[k - 1].norm == "on" else k
        other = [t for t in tokens[start:end] if _content(t)]
        own = [t for i, t in enumerate(tokens) if not lo <= i < end and _content(t)]
        if other and own:
            return Relation(days, lo, start, end, own, other)
    return None


def _said(t: Token, words: list[Token]) -> bool:
    alike = {t.stem} | synonyms(t.stem)
    return any(p.stem in alike or (t.cap and p.cap and name_match(t, p, False)) for p in words)


@dataclass
class Dated:
    """An event's date as the article gives it: the day, the year when written beside it, the
    text, which date of which sentence it is, and the sentence's words."""

    day: int  # month * 100 + day
    year: int | None
    text: str
    at: tuple[int, int]  # (sentence, date) indexes: two events found by one date are not apart
    words: list[Token]


def _dates(texts: list[tuple[str, list[Token]]], this_year: int | None = None) -> list[Dated]:
    """Every day the texts date something on, with the words of its clause; not a day of a
    sentence told of another year, nor one of a clause that says it is to come or denies it."""
    out = []
    for n, (text, toks) in enumerate(texts):
        found = extract(text, toks)
        for m, q in enumerate(found):
            if q.type != "date" or q.value % 100 == 0:
                continue  # a month alone dates no day
            after = found[m + 1] if m + 1 < len(found) else None
            year = int(after.value) if after and after.type == "year" and after.start - q.end <= 2 else None
            lo = max((x.end() for x in _CLAUSE_START.finditer(text[: q.start])), default=0)
            stop = _CLAUSE_START.search(text[q.end :])
            hi = q.end + (stop.start() if stop else len(text) - q.end)
            before = re.findall(r"[\w']+", text[lo : q.start].lower())[-1:]
            if before and before[0] in BOUNDING:
                continue  # "before May 16", "by August 12": no day is given
            clause = [t for t in toks if lo <= t.start < hi]
            begins = max((x.end() for x in re.finditer(r"[;.!?]", text[: q.start])), default=0)
            sentence = [t for t in toks if begins <= t.start < hi]
            if any(t.norm in OTHER_TIME for t in sentence) or any(
                x.type == "year" and x is not after and begins <= x.start < hi and x.value != this_year
                for x in found
            ):
                continue  # "last year, ... on May 11", "in 2009 ... on May 11": another year's
            if any((t.norm in MODALS and not t.cap) or t.norm in NEGATIONS for t in clause):
                continue  # "will visit ... on May 11", "cancelled ... not": not done on that day
            out.append(Dated(int(q.value), year, q.text, (n, m), [t for t in clause if _content(t)]))
    return out


# A date's words run between the breaks of its clause: a sentence's end, a word that opens a
# clause of its own ("that had been drafted ... on May 10", "after he had visited Almaty"), or
# a comma before "and" or "but" ("visited Beijing in April, and on May 15 she signed").
_CLAUSE_START = re.compile(
    r"[;.!?](?:\s|$)|,\s*(?:and|but)\b|\b(?:that|which|who|whom|whose|while|whereas|after|before|when"
    r"|since|until|having)\b"
)
# Words before a date that make it a bound: "before May 16", "by August 12", "until June 1".
BOUNDING = frozenset({"before", "by", "until", "till", "after", "since", "between", "from", "than"})
# Words of a clause that put its date in another year or occasion than the article's.
OTHER_TIME = frozenset({"last", "next", "previous", "former", "earlier", "ago"})


# Names that tell the event the claim dates by, whatever its plain words ("Akhmetov's Almaty
# meeting with his Belarusian counterpart" by "In Almaty ... Akhmetov met Belarusian ...").
NAMES_TELL_EVENT = 3


def _date_of(event: list[Token], dates: list[Dated], other: bool = False) -> Dated | None:
    """The date the article gives the event: that of the sentence that states the most of its
    words (two at least), more than any other dated sentence does. The claim's own event needs
    most of its words there; the passage is read for the rest as for any claim. The event the
    claim dates by (`other`), whose words no passage reads but this one, needs all its names
    and all its plain words, unless its names alone tell it: "met the president" is not stated
    by "met the governor", nor "visited Beijing" by "cancelled her trip to Beijing"."""
    scored = []
    plain = [t for t in event if not t.cap]
    for d in dates:
        clause = {t.stem for t in d.words} | {b for t in d.words if (b := base_stem(t.stem)) is not None}
        if any(set(opposites(t.stem)) & clause for t in event):
            continue  # "began his inspection" does not date "ended his inspection"
        said = {id(t) for t in event if _said(t, d.words)}
        unsaid = [t for t in plain if id(t) not in said]
        named = [t for t in event if t.cap]
        if other:  # all its names, and all its plain words, or names enough to tell it
            told = all(id(t) in said for t in named)
            fits = told and (not unsaid or len(named) >= NAMES_TELL_EVENT)
        else:  # the passage's own (the first text): most of its words, the rest read as for any claim
            fits = d.at[0] == 0 and len(event) - len(said) < len(said)
        if fits and len(said) >= EVENT_WORDS_MIN:
            scored.append((len(said), d))
    scored.sort(key=lambda x: -x[0])
    if not scored or (
        len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1].day != scored[0][1].day
    ):
        return None  # none, or two dates as likely
    return scored[0][1]


# The most days a claim's "N days after" may span: beyond it, two dates of one written year
# more likely fall either side of a new year ("December 29" and "January 2").
HALF_YEAR = 183


def _days_between(a: Dated, b: Dated, year: int) -> int:
    days = (
        dt.date(a.year or year, a.day // 100, a.day % 100)
        - dt.date(b.year or year, b.day // 100, b.day % 100)
    ).days
    if a.year is None and b.year is None and abs(days) > HALF_YEAR:
        days -= 365 if days > 0 else -365
    return days


@dataclass
class Reading:
    """A claim's dating of one event by another, as the article's dates tell it: `said` what
    they state, or a conflict; `settled` the claim's words the reading accounts for (its cue,
    and the other event's words its dated sentence states)."""

    spec: Specific
    said: str | Conflict
    settled: list[Token]


def relative_date(
    claim: str,
    tokens: list[Token],
    texts: list[tuple[str, list[Token]]],
    year: int | None,
    r: Relation | None = None,
) -> Reading | None:
    """The claim's dating of one event by another, as the article's dates state it or
    contradict it; None when the article dates only one of them. `texts`: the passage first,
    then the article's other sentences; `year`: the article's; `r`: the claim's relation, when
    the caller has read it already."""
    r = r or relation(claim, tokens)  # the caller's reading of the claim, when it has one
    if r is None:
        return None
    dates = _dates(texts, year)
    own, other = _date_of(r.own, dates), _date_of(r.other, dates, other=True)
    if own is None or other is None or own.at == other.at:
        return None  # one event undated, or both found by one date: no distance is told
    try:
        # any year without a leap day stands for an undated article: only the days apart count
        days = _days_between(own, other, year or 2001)
    except ValueError:
        return None
    cue = tokens[r.lo : r.start]
    spec = Specific("order", cue, claim[cue[0].start : cue[-1].end])
    settled = [*cue, *(t for t in r.other if _said(t, other.words))]
    said = f"{own.text} and {other.text}"
    if days == r.days:
        return Reading(spec, said, settled)
    apart = "the same day" if days == 0 else f"{abs(days)} day{'s' if abs(days) != 1 else ''} apart"
    note = f"the claim says {spec.text}; the source dates them {own.text} and {other.text}, {apart}"
    return Reading(spec, Conflict("date", spec.text, said, spec.span, None, note=note), settled)
