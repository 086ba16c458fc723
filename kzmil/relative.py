"""A claim that dates one event by another ("on the same day Sembinov wrapped up his trip",
"two days before Sembinov completed his Washington trip", "the day after Akhmetov's talks")
and gives no date of its own: the article dates each event, and the days between the two
dates state the claim or contradict it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kzmil.conflicts import Conflict
from kzmil.names import name_match
from kzmil.normalize import Token
from kzmil.quantities import extract
from kzmil.specifics import Specific
from kzmil.synonyms import synonyms

_CLAUSE_END = re.compile(r"[,;:.!?()\u2013\u2014]")
# Words of an event, at least, that a sentence must hold beside a date to date that event.
EVENT_WORDS_MIN = 2
SIGNS = {"after": 1, "before": -1}


@dataclass
class Relation:
    """One event dated by another: the claim's event is `days` after the other's (before, if
    negative). `span` holds the cue and the other event, in token indexes."""

    days: int
    lo: int
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
    for k in range(len(tokens)):
        found = _cue(tokens, k)
        if found is None:
            continue
        days, start = found
        end = start
        while end < len(tokens) and not (
            end > start and _CLAUSE_END.search(claim, tokens[end - 1].end, tokens[end].start)
        ):
            end += 1
        lo = k - 1 if k and tokens[k - 1].norm == "on" else k
        other = [t for t in tokens[start:end] if _content(t)]
        own = [t for i, t in enumerate(tokens) if not lo <= i < end and _content(t)]
        if other and own:
            return Relation(days, lo, end, own, other)
    return None


def _said(t: Token, words: list[Token]) -> bool:
    alike = {t.stem} | synonyms(t.stem)
    return any(p.stem in alike or (t.cap and p.cap and name_match(t, p, False)) for p in words)


def _date_of(event: list[Token], texts: list[tuple[str, list[Token]]]) -> tuple[int, str] | None:
    """The date (month * 100 + day, as written) the article gives the event: the date whose
    clause holds the most of the event's words, EVENT_WORDS_MIN or more, and more than any
    other date's clause."""
    scored: list[tuple[int, int, str]] = []
    for text, toks in texts:
        for q in extract(text, toks):
            if q.type != "date" or q.value % 100 == 0:
                continue  # a month alone dates no day
            lo = max((m.end() for m in re.finditer(r"[;.!?]", text[: q.start])), default=0)
            hi = (
                next((m.start() for m in re.finditer(r"[;.!?](\s|$)", text[q.end :])), len(text) - q.end)
                + q.end
            )
            words = [t for t in toks if lo <= t.start < hi and _content(t)]
            scored.append((sum(_said(t, words) for t in event), int(q.value), q.text))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < EVENT_WORDS_MIN:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None  # two dates as likely
    return scored[0][1], scored[0][2]


def _days_between(a: int, b: int, year: int) -> int:
    return (dt.date(year, a // 100, a % 100) - dt.date(year, b // 100, b % 100)).days


def relative_date(
    claim: str, tokens: list[Token], texts: list[tuple[str, list[Token]]], year: int | None
) -> tuple[Specific, str | Conflict] | None:
    """The claim's dating of one event by another, as the article's dates state it (what
    they say) or contradict it (a conflict); None when the article dates only one of them.
    `texts`: the article's sentences, the passage among them; `year`: the article's."""
    r = relation(claim, tokens)
    if r is None:
        return None
    own, other = _date_of(r.own, texts), _date_of(r.other, texts)
    if own is None or other is None or (own[0] == other[0] and r.days):
        return None  # one event undated, or both found by one date: no distance is told
    try:
        # any year without a leap day stands for an undated article: only the days apart count
        days = _days_between(own[0], other[0], year or 2001)
    except ValueError:
        return None
    words = tokens[r.lo : r.hi]
    spec = Specific("order", words, claim[words[0].start : words[-1].end])
    said = f"{own[1]} and {other[1]}"
    if days == r.days:
        return spec, said
    apart = "the same day" if days == 0 else f"{abs(days)} day{'s' if abs(days) != 1 else ''} apart"
    note = f"the claim says {spec.text}; the source dates them {own[1]} and {other[1]}, {apart}"
    return spec, Conflict("date", spec.text, said, spec.span, None, note=note)
