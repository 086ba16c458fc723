"""Typed quantities: years, dates, percents, money and counts with their unit.

A quantity is only ever compared with one of the same type, so "2007" (a year)
never conflicts with "2,007 troops" and "75%" never with "75 officers".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from itertools import pairwise

from kzmil.antonyms import change_at
from kzmil.normalize import SCALES, SMALL_NUMBERS, Token, stem
from kzmil.tables import past_form

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Currency names after an amount ("143 billion tenges"); signs ($ € £ ¥) are read by the tokenizer.
CURRENCIES = frozenset(
    """dollar dollars usd euro euros eur pound pounds sterling gbp yen yuan renminbi rmb ruble rubles rouble
    roubles rub tenge tenges kzt rupee rupees franc francs lira peso pesos won manat som sum lari dram
    hryvnia zloty krona kronor krone""".split()
)
# A currency named in words is the same unit as its sign: "52 million dollars" is "$52 million".
CURRENCY_SIGNS = {
    "dollar": "$",
    "dollars": "$",
    "usd": "$",
    "euro": "€",
    "euros": "€",
    "eur": "€",
    "pound": "£",
    "pounds": "£",
    "sterling": "£",
    "gbp": "£",
    "yen": "¥",
}
# The country whose currency a sign stands for: "U.S. dollars" are "$", "Canadian dollars" are not.
# (not "¥": yen and yuan share it)
SIGN_COUNTRIES = {"$": frozenset({"usa", "american"}), "£": frozenset({"uk", "british"})}


def home_currency(country: Token, currency: Token) -> bool:
    """Is the word the country of the currency after it, whose sign it is ("US dollars")?"""
    sign = CURRENCY_SIGNS.get(currency.norm)
    return sign is not None and country.cap and country.norm in SIGN_COUNTRIES.get(sign, ())


# ISO 4217 codes, written before an amount ("KZT 143bn", "USD 52 million") or after it, read as
# the currency's name: one unit, however it is written.
CURRENCY_CODES = {
    "usd": "dollar",
    "eur": "euro",
    "gbp": "pound",
    "kzt": "tenge",
    "rub": "ruble",
    "rmb": "yuan",
}
# Units of measure (stems): a count in one is never a count in another.
MEASURES = frozenset(
    "km kilometr kilometer mile metr meter m cm mm kg kilogram gram ton tonn pound lb hectar acr litr liter "
    "gallon barrel year month week day hour minut second percent".split()
)
# One unit, several spellings (stems): "2,500 kilometres" is "2,500 km".
UNIT_NAMES = {
    "kilometr": "km",
    "kilomet": "km",
    "kilometer": "km",
    "mi": "mile",
    "metr": "m",
    "meter": "m",
    "kilogram": "kg",
    "tonn": "ton",
    "pct": "percent",
}
# A bare four-digit number in this range is read as a year ("in 2007"), outside it as a count.
YEARS = (1800, 2100)
# The year of a written-out date (7/16/2003) may be any four-digit year.
DATE_YEARS = (1000, 2999)
# A verb right after a figure: what follows says what the figure did, not what it counts.
_VERB_AFTER = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would"})
_COPULAS = frozenset({"is", "was", "are", "were"})  # "350 of them are servicemen": what they are
_UNIT_SKIP = frozenset({"more", "than", "about", "around", "nearly", "almost", "some", "over", "of", "the"})


@dataclass(frozen=True)
class Quantity:
    type: str  # year | date | percent | money | count | share
    value: float  # for a date: month * 100 + day
    unit: str  # stem of the counted thing ("offic", "year"), or "" when unknown
    start: int  # span of the quantity in the text
    end: int
    text: str  # as written
    ordinal: bool = False  # "first", "3rd": a rank, not an amount
    model: bool = False  # the number of a model's name ("Su-27"): it counts nothing
    family: str = ""  # a model's letters ("su" of "Su-27"): "L-39" and "L-46" are of one family

    def same_value(self, other: Quantity) -> bool:
        if self.model != other.model:
            return False  # "27 fighters" is not stated by "Su-27 fighters"
        if self.type == "date" or other.type == "date":
            return self.type == other.type and self.value == other.value
        return abs(self.value - other.value) <= 1e-6 * max(1.0, abs(self.value))

    def measures_apart(self, other: Quantity) -> bool:
        """Two figures of different measures ("5,000 km", "5,000 troops") are never one figure."""
        return bool(
            self.unit and other.unit and self.unit != other.unit and {self.unit, other.unit} & MEASURES
        )

    def comparable(self, other: Quantity) -> bool:
        """Could these two be rival statements of the same figure? A model's number is rival
        only to another model's, of the same thing ("MiG-29 fighters", "Su-27 fighters")."""
        if self.model != other.model:
            return False
        if self.model and not (self.unit and self.unit == other.unit) and self.family != other.family:
            return False  # "T-72 and T-90 tanks" against "L-39, and Su-27 aircraft": no thing in common
        if self.type != other.type:
            return {self.type, other.type} == {"money", "count"} and bool(
                self.unit and self.unit == other.unit
            )
        if self.type in ("count", "money"):
            return self.unit == other.unit or (self.type == "money" and not (self.unit and other.unit))
        return True


# Determiners that open an event named by its date: "the September 11 attacks", "its 2004 floods".
EVENT_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "this", "that"})


def dated_event(tokens: list[Token], k: int) -> int | None:
    """Where the determiner stands when the word at k is a noun its date names ("the September
    11 attacks", "the 2004 floods"): a run of figures and months right before it, and a
    determiner before the run. None otherwise."""
    j = k - 1
    while j >= 0 and (tokens[j].kind == "num" or tokens[j].norm in MONTHS):
        j -= 1
    return j if 0 <= j < k - 1 and tokens[j].norm in EVENT_DETERMINERS else None


def _month(tok: Token | None) -> int | None:
    """A month name; the ambiguous ones ("may", "march", "jan") only when capitalised."""
    if tok is None or tok.kind != "word" or tok.norm not in MONTHS:
        return None
    if tok.cap or (len(tok.norm) > 3 and tok.norm not in ("may", "march")):
        return MONTHS[tok.norm]
    return None


def extract(text: str, tokens: list[Token]) -> list[Quantity]:
    """Every quantity stated in `text` (tokens from normalize.tokenize)."""
    out: list[Quantity] = []
    used: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.kind != "num" or i in used or tok.value is None:
            continue
        slashed = _slashed_date(text, tokens, i)
        if slashed:  # the month (and the year, when it is one) are read with the day
            out.extend(slashed)
            used.update(range(i + 1, i + 1 + len(slashed)))
            continue
        named = _named_month_date(text, tokens, i)
        if named is not None:
            out.append(named)
            continue
        rate = _rate(text, tokens, i)
        if rate is not None:
            out.append(rate)
            if rate.start == tok.start:
                used.add(i + 2)  # the "5" of "2 in 5" is read with the 2
            continue
        if _and_a_half(tokens, i):
            used.add(i + 2)  # the half is read with its whole
        out.append(_in_years(_part(text, tokens, i) or _amount(text, tokens, i)))
    by_word = _counted_by_word(text, tokens)
    starts = {q.start for q in by_word}
    out = [q for q in out if q.start not in starts]  # the "a half" of "a half dozen" is read with it
    found = sorted(out + by_word + _by_half(text, tokens), key=lambda q: q.start)
    return _parts_of_before(text, tokens, _elliptical(_scale_shared(text, _halved(text, tokens, found))))


def _parts_of_before(text: str, tokens: list[Token], found: list[Quantity]) -> list[Quantity]:
    """A figure followed by "of it" or "of them" ("54 billion of it", "2,500 of them") counts
    what the figure before it counts: a part of that sum or that group, in its unit. Unitless,
    it would be met by any figure of its value ("$1.1 billion", "2,500 km")."""
    out: list[Quantity] = []
    for q in found:
        k = next((j for j, t in enumerate(tokens) if t.start >= q.end), None)
        while k is not None and k < len(tokens) and tokens[k].norm in SCALES:
            k += 1  # "54 billion of it"
        part_of = (
            k is not None
            and k + 1 < len(tokens)
            and tokens[k].norm == "of"
            and tokens[k + 1].norm in _PART_OF
            and q.type in ("count", "money")
            and not q.unit
            and not _PHRASE_END.search(text, q.end, tokens[k].start)  # not "($1.1 billion). Of that total"
        )
        whole = next((p for p in reversed(out) if p.type in ("count", "money") and p.unit), None)
        if part_of and whole is not None:
            q = replace(q, type=whole.type, unit=whole.unit)
        out.append(q)
    return out


def _halved(text: str, tokens: list[Token], found: list[Quantity]) -> list[Quantity]:
    """ "half a decade" (5 years), "half a million dollars": the figure after "half a" is halved."""
    out = []
    for q in found:
        k = next((k for k, t in enumerate(tokens) if t.start >= q.start), None)
        if k is not None and q.type in ("count", "money") and tokens[k].norm == "a":
            k += 1  # "a decade" is read with its "a"
        if (
            k is not None
            and k >= 2
            and tokens[k - 1].norm == "a"
            and tokens[k - 2].norm == "half"
            and not text[tokens[k - 2].end : tokens[k].start].strip(" a")  # not "by half, a decade"
        ):
            start = tokens[k - 2].start
            q = replace(q, value=q.value * 0.5, start=start, text=text[start : q.end])
        out.append(q)
    return out


# How a bare figure is joined to a larger scaled one whose scale and unit it shares: a range
# opened by "between" or "from" ("from 100 to 143 billion tenges", "between 2 and 3 million
# dollars"), or a part of a sum of money ("54 of some 143 billion tenges"). Not a count's "of"
# ("two of some 5 million firms" are two firms), nor a bare "and" or dash ("Line 1 and about
# 20 billion", "all 12 - some 40 billion - funds"), as an outside review showed.
_RANGE_OPENS = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_HEDGED = r"(?:(?:some|about|around|roughly|nearly|almost|approximately)\s+)?"  # "of some 143 billion"
_RANGE_JOINS = re.compile(r"\s+(?:and|to)\s+" + _HEDGED)
_PART_JOINS = re.compile(r"\s+of\s+" + _HEDGED)


def _scale_shared(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare figure joined to a larger scaled one as one amount is split ("54 of some 143
    billion tenges", "from 100 to 143 billion") is in that scale and unit: 54 billion tenges."""
    out = list(found)
    for k, (q, nxt) in enumerate(pairwise(found)):
        words = nxt.text.lower().split()
        scale = next((SCALES[w] for w in words if w in SCALES), None)
        if (
            scale is None
            or q.type != "count"
            or q.unit
            or any(w in SCALES for w in q.text.lower().split())
            or not 0 < q.value < nxt.value / scale
        ):
            continue
        gap = text[q.end : nxt.start]
        ranged = nxt.type in ("count", "money") and bool(_RANGE_JOINS.fullmatch(gap))
        ranged = ranged and bool(_RANGE_OPENS.search(text, 0, q.start))
        part = nxt.type == "money" and bool(_PART_JOINS.fullmatch(gap))
        if ranged or part:
            out[k] = replace(q, type=nxt.type, unit=nxt.unit, value=q.value * scale)
    return out


def _elliptical(found: list[Quantity]) -> list[Quantity]:
    """A bare scaled figure after a sum of money at the same scale is that money too: "of
    the 143 billion tenges, 64 billion was earmarked"."""
    out: list[Quantity] = []
    for q in found:
        words = q.text.lower().split()
        scale = words[-1] if words else ""
        if q.type == "count" and not q.unit and scale in SCALES:
            money = next(
                (p for p in reversed(out) if p.type == "money" and scale in p.text.lower().split()), None
            )
            if money is not None:
                q = replace(q, type="money", unit=money.unit)
        out.append(q)
    return out


def _by_half(text: str, tokens: list[Token]) -> list[Quantity]:
    """ "rose by nearly half", "cut by more than half": the size of a change, a share as "by a
    third" is (the tokenizer makes "a third" a number, but leaves a bare "half" a word)."""
    return [
        Quantity("share", 0.5, "", t.start, t.end, text[t.start : t.end])
        for i, t in enumerate(tokens)
        if t.kind == "word" and t.norm == "half" and _by_before(tokens[:i])
    ]


def _by_before(before: list[Token]) -> bool:
    """Does "by" stand just before, across hedges and bounds ("by nearly", "by more than")?"""
    words = [t.norm for t in before]
    while words and (words[-1] in ROUGHLY | BOUND_WORDS or words[-2:] == ["close", "to"]):
        del words[-2 if words[-2:] == ["close", "to"] else -1 :]
    return bool(words) and words[-1] == "by"


RATE_BOTTOM_MAX = 100  # "one in three", "1 in 10": not "5 in 2003"


def _rate(text: str, tokens: list[Token], i: int) -> Quantity | None:
    """ "one in three" (the figure at i is the three, after "one in") or "2 in 5" (at i the
    two): a share, as "one-third" is."""
    if i + 2 < len(tokens) and tokens[i + 1].norm == "in" and tokens[i + 2].kind == "num":
        top, bottom = tokens[i], tokens[i + 2]
        num = top.value
    elif i >= 2 and tokens[i - 1].norm == "in" and tokens[i - 2].kind == "word":
        top, bottom = tokens[i - 2], tokens[i]
        num = SMALL_NUMBERS.get(top.norm)
    else:
        return None
    den = bottom.value
    if not num or not den or num >= den or den > RATE_BOTTOM_MAX or top.ordinal or bottom.ordinal:
        return None
    if "/" in top.norm or "/" in bottom.norm or top.percent or bottom.percent:
        return None
    return Quantity("share", num / den, "", top.start, bottom.end, text[top.start : bottom.end])


# Units that are a number of another ("two decades" is 20 years).
MULTIPLE_UNITS = {"decad": (10.0, "year")}
# Words that are a number with "a" or "one" before them: "a decade", "a dozen officers".
NUMBER_NOUNS = {"decad": (10.0, "year"), "dozen": (12.0, "")}
# Spans of time that are a number with "a" or "one" before them: "lasted a week" is one week.
# Not "a day" nor "a year", which mostly give a rate ("550 officers a year").
TIME_NOUNS = {"week": (1.0, "week"), "month": (1.0, "month"), "fortnight": (2.0, "week")}
# What before "a week" makes it a rate, not a span: "twice a week", "ten hours a week".
FREQUENCY_WORDS = frozenset({"once", "twice", "thrice", "times", "per", "every", "each"})
# Tokens before "a" in which a figure makes "a month" a rate ("$500 a month", "ten hours a week").
RATE_REACH = 2


def _a_rate(tokens: list[Token], i: int) -> bool:
    """Is the "a week" whose "a" is at i a rate ("twice a week", "$500 a month")?"""
    before = tokens[max(0, i - RATE_REACH) : i]
    return bool(before) and (before[-1].norm in FREQUENCY_WORDS or any(t.kind == "num" for t in before))


def _in_years(q: Quantity) -> Quantity:
    """ "two decades" as 20 years, so it meets "20 years"."""
    if q.type != "count" or q.unit not in MULTIPLE_UNITS:
        return q
    factor, unit = MULTIPLE_UNITS[q.unit]
    return replace(q, value=q.value * factor, unit=unit)


def _counted_by_word(text: str, tokens: list[Token]) -> list[Quantity]:
    """ "a decade" (10 years), "a dozen officers" (12 officers): numbers written as a noun."""
    out = []
    for i, tok in enumerate(tokens):
        nouns = NUMBER_NOUNS if tok.stem in NUMBER_NOUNS else TIME_NOUNS
        # a time noun as written: "weekly" and "monthly" share its stem and count nothing
        key = tok.stem if nouns is NUMBER_NOUNS else tok.norm
        if tok.kind != "word" or key not in nouns or tok.norm.endswith("s") or i == 0:
            continue  # "decades", "dozens" count nothing exactly
        halved = tokens[i - 1].kind == "num" and tokens[i - 1].value == 0.5  # "a half dozen"
        if tokens[i - 1].norm not in ("a", "one") and not halved:
            continue
        if nouns is TIME_NOUNS and _a_rate(tokens, i - 1):
            continue
        value, unit = nouns[key]
        value *= 0.5 if halved else 1.0
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if not unit and nxt is not None and nxt.kind == "word" and not nxt.stop:
            unit = nxt.stem
        start = tokens[i - 1].start
        out.append(Quantity("count", value, unit, start, tok.end, text[start : tok.end]))
    return out


def _is_day(v: float) -> bool:
    return v == int(v) and 1 <= v <= 31


MONTH_DAY_MIN = 11  # a slashed day from here on is no fraction's bottom ("2/3", "3/10" are)
# Words after which a slashed month and day is a date: prepositions of time, "of" ("the
# aftermath of 9/11") and "the" ("the 9/11 attacks"). Not "at" ("stands at 12/15": a score)
# nor a verb ("scored 12/20").
DATE_BEFORE = frozenset(
    {"since", "after", "before", "on", "until", "till", "by", "from", "post", "of", "the"}
)


def _slashed_date(text: str, tokens: list[Token], i: int) -> list[Quantity]:
    """7/16/2003: a date and its year; "since 9/11": a month and day (see `_month_day`)."""
    tok = tokens[i]
    nxt, nxt2 = tokens[i + 1 : i + 2], tokens[i + 2 : i + 3]
    if nxt and (month_day := _month_day(text, tokens, i)) is not None:
        month, day = month_day
        return [
            Quantity(
                "date", float(month * 100 + day), "", tok.start, nxt[0].end, text[tok.start : nxt[0].end]
            )
        ]
    if not (nxt and nxt2 and tok.value and _is_day(tok.value) and tok.value <= 12):
        return []
    m, y = nxt[0], nxt2[0]
    if not (
        m.kind == "num"
        and y.kind == "num"
        and text[tok.end : m.start] == "/"
        and text[m.end : y.start] == "/"
        and m.value is not None
        and 1 <= m.value <= 31
    ):
        return []
    out = [Quantity("date", tok.value * 100 + m.value, "", tok.start, m.end, text[tok.start : m.end])]
    if y.value and DATE_YEARS[0] <= y.value <= DATE_YEARS[1]:
        out.append(Quantity("year", y.value, "", y.start, y.end, text[y.start : y.end]))
    return out


def _month_day(text: str, tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(month, day) of "9/11" in "since 9/11", "the 9/11 attacks": a month and a day written
    with one slash, no year after, where a date goes (after "since", "on", "the" ...); a day
    over 12 first is a day and month ("16/11"). Not a fraction, whose bottom figure is a small
    one (a day from 11 on is no usual denominator), nor a score ("scored 12/20", "stands at
    12/15")."""
    tok, m = tokens[i], tokens[i + 1]
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if not (
        i > 0
        and tokens[i - 1].norm in DATE_BEFORE
        and m.kind == "num"
        and m.value is not None
        and m.value == int(m.value)
        and tok.value is not None
        and tok.value == int(tok.value)
        and text[tok.end : m.start] == "/"
        and text[m.end : m.end + 1] != "/"
        and (after is None or after.norm != "of")
    ):
        return None
    a, b = int(tok.value), int(m.value)
    if 1 <= a <= 12 and MONTH_DAY_MIN <= b <= 31:
        return a, b
    if 12 < a <= 31 and 1 <= b <= 12:
        return b, a
    return None


def _named_month_date(text: str, tokens: list[Token], i: int) -> Quantity | None:
    """ "September 12", "12 September", "12th of September"."""
    tok = tokens[i]
    if tok.value is None or not _is_day(tok.value):
        return None
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if nxt is not None and nxt.norm == "of" and i + 2 < len(tokens) else nxt
    for first, last, month in ((prev, tok, _month(prev)), (tok, after, _month(after))):
        if month and first is not None and last is not None:
            said = text[first.start : last.end]
            return Quantity("date", month * 100 + tok.value, "", first.start, last.end, said)
    return None


def _part(text: str, tokens: list[Token], i: int) -> Quantity | None:
    """A share ("one-third") or a percent ("75%", "75 percent")."""
    tok = tokens[i]
    v = tok.value or 0.0
    if "/" in tok.norm:
        return Quantity("share", v, "", tok.start, tok.end, text[tok.start : tok.end])
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok.percent or (nxt is not None and nxt.norm == "percent"):
        end = nxt.end if nxt is not None and nxt.norm == "percent" else tok.end
        return Quantity("percent", v, "", tok.start, end, text[tok.start : end])
    return None


def _and_a_half(tokens: list[Token], i: int) -> bool:
    """Is the figure at i followed by "and a half" ("and" and a "1/2" token)?"""
    return i + 2 < len(tokens) and tokens[i + 1].norm == "and" and tokens[i + 2].norm == "1/2"


def _amount(text: str, tokens: list[Token], i: int) -> Quantity:
    """A year, a sum of money or a count, with its scale words and the unit that follows."""
    tok, n = tokens[i], len(tokens)
    v = tok.value or 0.0
    value, end, j = v, tok.end, i + 1
    if _and_a_half(tokens, i):  # "two and a half thousand": 2.5 thousand
        value, end, j = v + 0.5, tokens[i + 2].end, i + 3
    while j < n and tokens[j].kind == "word" and tokens[j].norm in SCALES:
        value *= SCALES[tokens[j].norm]
        end = tokens[j].end
        j += 1
    unit, currency, k = _unit(text, tokens, j)
    if _model_number(text, tokens, i):
        # "Su-27 repair contract": a model's number, which counts no repairs; its rivals are
        # models of the same thing ("MiG-29 fighters" against "Su-27 fighters")
        family = tokens[i - 1].norm
        return Quantity(
            "count", v, unit, tok.start, tok.end, text[tok.start : tok.end], model=True, family=family
        )
    is_year = (
        v == int(v)
        and YEARS[0] <= v <= YEARS[1]
        and not tok.money
        and j == i + 1
        and not tok.spelled
        and "," not in text[tok.start : tok.end]
    )
    if is_year:
        return Quantity("year", v, "", tok.start, tok.end, text[tok.start : tok.end])
    code = tokens[i - 1] if i and not tok.money and not currency else None
    if code is not None and code.norm in CURRENCY_CODES and text[code.end : tok.start].strip() == "":
        # "KZT 143bn": the code before the amount is its currency
        return Quantity("money", value, currency_unit(code.norm), code.start, end, text[code.start : end])
    if tok.money or currency:
        label_end = tokens[k].end if currency and k == j else end
        return Quantity("money", value, tok.money or unit, tok.start, end, text[tok.start : label_end])
    label_end = tokens[k].end if unit and k == j else end
    return Quantity("count", value, unit, tok.start, end, text[tok.start : label_end], ordinal=tok.ordinal)


# What joins a model's letters to its number: a hyphen, as typed or as typeset ("C-130",
# "C\u2013130" with an en dash, a non-breaking hyphen).
MODEL_JOINS = frozenset({"-", "\u2010", "\u2011", "\u2013"})


# A numeral of two or more letters after a name ("Huey II", "Steppe Eagle III"), not "I".
ROMAN = re.compile(r"[IVX]{2,}")


def model_letters(text: str, tokens: list[Token], k: int) -> bool:
    """Is the capitalised word at k a model's letters joined to its number ("C-130", "Su-27")
    or its numeral ("Huey II"): part of a thing's designation, no one's name?"""
    if k + 1 < len(tokens) and tokens[k + 1].kind == "num" and _model_number(text, tokens, k + 1):
        return True
    return k > 0 and ROMAN.fullmatch(text[tokens[k].start : tokens[k].end]) is not None


def _model_number(text: str, tokens: list[Token], i: int) -> bool:
    """Is the number the second half of a model's name, hyphened to capital letters ("Su-27",
    "C-130", "MiG-29")?"""
    if i == 0 or tokens[i - 1].kind != "word":
        return False
    before = text[tokens[i - 1].start : tokens[i - 1].end]
    year = YEARS[0] <= (tokens[i].value or 0) <= YEARS[1]  # "Batys-2003" is an exercise of 2003
    joined = text[tokens[i - 1].end : tokens[i].start] in MODEL_JOINS
    return joined and any(c.isupper() for c in before) and not year


# Words that open a time phrase after a figure: "39 this year", "5,000 last month".
_TIME_DETERMINERS = frozenset({"this", "that", "last", "next", "each", "every", "per", "a"})


# Pronouns after "of" that make a figure a part of a whole named before it ("54 billion of it").
_PART_OF = frozenset({"it", "them", "this", "that", "these", "those", "which", "whom"})
_PART_OF_SUM = frozenset({"it", "this", "that", "which"})  # singular: a sum, not a group


# Punctuation that ends a figure's phrase: "After 9/11, Kazakhstan" counts no Kazakhstans.
_PHRASE_END = re.compile(r"[,;:.()\u2013\u2014]")


# Particles that make the word before them a verb: "is set aside", "was put apart". Not "back"
# or "away", which follow a noun as often ("300 are servicemen back from Iraq").
VERB_PARTICLES = frozenset({"aside", "apart"})


def _phrasal(tokens: list[Token], k: int) -> bool:
    """Is the word at k a verb with its particle ("set aside"), whose past form may be its
    base ("set", "put", "cut")?"""
    return k + 1 < len(tokens) and tokens[k].kind == "word" and tokens[k + 1].norm in VERB_PARTICLES


def _participle(t: Token | None) -> bool:
    """A verb's past participle ("earmarked", "left", "gone"): not what a figure counts ("300
    are servicemen")."""
    return t is not None and t.kind == "word" and past_form(t.norm)


def _counted(t: Token) -> bool:
    """A plain word that may name what a figure counts: no function word, participle or name."""
    return t.kind == "word" and not t.stop and not t.cap and not _participle(t)


def currency_unit(code: str) -> str:
    """The unit a currency's code stands for, as its name gives it: "kzt" -> that of "tenge"."""
    name = CURRENCY_CODES[code]
    return CURRENCY_SIGNS.get(name) or UNIT_NAMES.get(stem(name), stem(name))


def _unit(text: str, tokens: list[Token], j: int) -> tuple[str, bool, int]:
    """(unit, is a currency, its token index) among the few words after a figure."""
    k = j
    while k < len(tokens) and k <= j + 2:
        t = tokens[k]
        if t.kind == "num" or t.norm in _TIME_DETERMINERS:
            break  # "reach 39 this year": a time, not what is counted
        if k and _PHRASE_END.search(text, tokens[k - 1].end, t.start):
            break
        if t.norm in _VERB_AFTER and (
            _participle(tokens[k + 1] if k + 1 < len(tokens) else None) or _phrasal(tokens, k + 1)
        ):
            break  # "64 billion was earmarked": the figure is the subject, what it counts unsaid
        if t.norm == "of" and k + 1 < len(tokens) and tokens[k + 1].norm in _PART_OF:
            # "250 of them servicemen" counts servicemen; "54 billion of it set aside" counts
            # a part of what was named before, in its unit (`_parts_of_before`)
            after = tokens[k + 2] if k + 2 < len(tokens) else None
            if tokens[k + 1].norm in _PART_OF_SUM or after is None or after.kind != "word":
                break  # "of it": a part of a sum, which nothing after it counts
            then = tokens[k + 3] if k + 3 < len(tokens) else None
            if after.norm in _COPULAS and then is not None and _counted(then):
                # "350 of them are servicemen" counts servicemen, as "Of these, 300 are servicemen"
                return CURRENCY_SIGNS.get(then.norm) or UNIT_NAMES.get(then.stem, then.stem), False, k + 3
            if after.stop or _participle(after):
                break
            if _PHRASE_END.search(text, tokens[k + 1].end, after.start):
                break
            return CURRENCY_SIGNS.get(after.norm) or UNIT_NAMES.get(after.stem, after.stem), False, k + 2
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and home_currency(t, nxt):
            k += 1
            continue  # "1.1 billion U.S. dollars": the currency's country, which its sign implies
        if t.kind == "word" and not t.stop and t.norm not in _UNIT_SKIP:
            if t.norm in CURRENCY_CODES:
                return currency_unit(t.norm), True, k
            unit = CURRENCY_SIGNS.get(t.norm) or UNIT_NAMES.get(t.stem, t.stem)
            if (
                k + 1 < len(tokens)
                and tokens[k + 1].norm == "old"
                and text[t.end : tokens[k + 1].start] in ("-", " ")
            ):
                unit += " old"  # "a 45-year-old officer": an age, no span of years
            return unit, t.norm in CURRENCIES, k
        k += 1
    return "", False, k


# Words before a figure that make it a bound: "more than 2,500 km" is any figure above 2,500.
_ABOVE = (
    ("more", "than"),
    ("over",),
    ("above",),
    ("at", "least"),
    ("exceeding",),
    ("upwards", "of"),
    ("minimum", "of"),
)
_BELOW = (
    ("less", "than"),
    ("fewer", "than"),
    ("under",),
    ("below",),
    ("at", "most"),
    ("up", "to"),
    ("maximum", "of"),
)


# Bounds that admit the figure itself: "at least 23" is met by 23, "more than 23" is not.
_INCLUSIVE = (("at", "least"), ("minimum", "of"), ("at", "most"), ("up", "to"), ("maximum", "of"))


def strict(tokens: list[Token], q: Quantity) -> bool:
    """Does the bound before q leave the figure itself out ("more than", "fewer than")?"""
    words = tuple(t.norm for t in tokens if t.end <= q.start)[-2:]
    return not any(words[-len(cue) :] == cue for cue in _INCLUSIVE)


def bound_meets(
    text: str,
    tokens: list[Token],
    q: Quantity,
    source_text: str,
    source_tokens: list[Token] | None,
    p: Quantity,
) -> bool:
    """Does source figure p, of the same value as q, meet q's bound? Always without one; the
    same bound meets it; an exact figure meets an inclusive one only ("at least 23" and 23,
    not "fewer than 23"); the opposite bound never does ("at most 3,000" and "more than 3,000")."""
    b = bound(text, tokens, q)
    if not b or source_tokens is None:
        return True  # no bound, or no words around the source figure to read one from
    theirs = bound(source_text, source_tokens, p)
    if theirs:
        return theirs == b
    return not strict(tokens, q)


def within_bound(
    text: str, tokens: list[Token], q: Quantity, source_text: str, source_tokens: list[Token], p: Quantity
) -> bool:
    """Does figure q, given exactly, fall within the bound the source gives its own figure p
    ("350" against "at least 300", "2,000" against "fewer than 3,000")? Then q is no other figure.
    A bound against a bound is another bound ("over 3,500 km" against "more than 2,500")."""
    theirs = bound(source_text, source_tokens, p)
    if not theirs or bound(text, tokens, q) or q.type != p.type:
        return False
    return q.value > p.value if theirs == ">" else q.value < p.value


def bound(text: str, tokens: list[Token], q: Quantity) -> str:
    """ ">" when the text gives the figure as a lower bound, "<" as an upper one, else ""."""
    words: list[str] = []
    for t in tokens:
        if t.end <= q.start:
            words.append(t.norm)
    words = words[-2:]
    for cues, sign in ((_ABOVE, ">"), (_BELOW, "<")):
        for cue in cues:
            if tuple(words[-len(cue) :]) == cue:
                return sign
    return ""


# Words before a figure that make it approximate: "nearly three-quarters" is met by 74%.
ROUGHLY = frozenset({"about", "around", "roughly", "approximately", "nearly", "almost", "some", "circa"})
ROUGH_TOLERANCE = 0.05  # how far (as a share of the figure) an approximate figure may be from the source's


def qualifiers(tokens: list[Token], q: Quantity) -> list[Token]:
    """The words just before figure q that make it rough or a bound ("close to", "roughly",
    "upwards of", "more than"): read with the figure by `stated_by`, they state nothing else,
    so a passage that states the figure states them too."""
    before = [t for t in tokens if t.end <= q.start][-2:]
    words = tuple(t.norm for t in before)
    for cue in (*_ABOVE, *_BELOW, ("close", "to")):
        if words[-len(cue) :] == cue:
            return before[-len(cue) :]
    return before[-1:] if words and words[-1] in ROUGHLY else []


def approximate(tokens: list[Token], q: Quantity) -> bool:
    before = [t.norm for t in tokens if t.end <= q.start][-2:]
    return bool(before) and (before[-1] in ROUGHLY or before == ["close", "to"])  # "close to 45 percent"


def as_percent(q: Quantity) -> float | None:
    """A share ("three-quarters") or a percent as a percent, for comparing the two."""
    if q.type == "percent":
        return q.value
    if q.type == "share":
        return q.value * 100
    return None


def stated_by(
    q: Quantity,
    text: str,
    tokens: list[Token],
    pool: list[Quantity],
    source_text: str = "",
    source_tokens: list[Token] | None = None,
) -> Quantity | None:
    """The source figure in `pool` that states claim figure `q`: the same value, a value the
    claim's bound admits ("more than 100" and 110), a close one for a rough figure ("nearly
    three-quarters" and 74%), or a year written out in words ("two thousand and one")."""
    b = bound(text, tokens, q)
    rough = approximate(tokens, q)
    if b and any(
        q.same_value(p) and not bound_meets(text, tokens, q, source_text, source_tokens, p) for p in pool
    ):
        return None  # "more than 23" where the source says 23: not met by its 114 cadets either
    for p in pool:
        qp, pp = as_percent(q), as_percent(p)
        if qp is not None and pp is not None:
            if abs(qp - pp) <= (ROUGH_TOLERANCE * qp if rough else 1e-6) and (
                rough or bound_meets(text, tokens, q, source_text, source_tokens, p)
            ):
                return p
            if ((b == ">" and pp > qp) or (b == "<" and pp < qp)) and changes_alike(
                tokens, q, source_tokens, p
            ):
                return p  # "by more than half" and "a 75 percent increase"
            continue
        if {q.type, p.type} == {"count", "year"} and q.same_value(p) and not (q.unit and p.unit):
            return p
        if q.type == "count" and not q.unit and p.type == "money" and q.value == p.value:
            return p  # "54 billion of the 143 billion tenge budget": the claim says less, not otherwise
        if (p.type != q.type and not q.comparable(p)) or q.measures_apart(p):
            continue
        if q.type == p.type == "money" and q.unit and p.unit and q.unit != p.unit:
            continue  # "1.1 billion tenges" is not "$1.1 billion": another currency, another sum
        if q.same_value(p):
            return p  # its bound, if any, is met: the check before the loop saw to that
        if q.type == "date" or p.type == "date":
            continue
        # a bound or a rough figure is met only by a figure of the same thing ("officers",
        # or words in common around it) that the source states exactly, never by another bound
        same_thing = q.unit == p.unit or bool(
            source_tokens and neighbourhood(tokens, q) & neighbourhood(source_tokens, p)
        )
        exact = not source_tokens or bound(source_text, source_tokens, p) == ""
        slashed = "/" in source_text[max(0, p.start - 1) : p.end + 1]  # "9/11", "24/7": a name, not an amount
        if not (same_thing and exact) or p.ordinal or q.ordinal or slashed:
            continue
        if (b == ">" and p.value > q.value) or (b == "<" and p.value < q.value):
            return p
        if rough and p.type == q.type and abs(p.value - q.value) <= ROUGH_TOLERANCE * abs(q.value):
            return p
    return None


# A source cited in brackets: an agency or paper, then its date, "(Ekspress-K, January 9)",
# "(Kazakhstan Today, January 10; Interfax, January 9)". Its date is when the source wrote.
_SOURCE_DATE = r"(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+|\d{4})"
_CITED = re.compile(rf"\((?:[A-Z][^()]{{0,60}}?,\s*{_SOURCE_DATE}[;,]?\s*)+\)")


def uncited(text: str, tokens: list[Token], claim: list[Token]) -> list[Quantity]:
    """The figures of a passage, less the dates of the sources it cites in brackets ("On
    January 9 ... signed a decree (Kazakhstan Today, January 10; Interfax, January 9)"): such a
    date is when a source wrote, which may be days after the event or the same day, so no
    claim's date faces it or is stated by it, unless the claim names that source in full
    ("Interfax reported on January 9", "the Delovaya nedelya article", not "Kazakhstan" for
    "Kazakhstan Today")."""
    found = extract(text, tokens)
    brackets = [(m.start(), m.end(), _sources(m.group())) for m in _CITED.finditer(text)]
    if not brackets:
        return found
    words = {t.norm for t in claim if t.kind == "word"}
    caps = {t.norm for t in claim if t.kind == "word" and t.cap}
    named = [src for _, _, sources in brackets for src in sources if src <= words and src & caps]
    return [
        q
        for q in found
        if not any(a < q.start < b and not any(s in named for s in sources) for a, b, sources in brackets)
    ]


def _sources(bracket: str) -> list[set[str]]:
    """The words of each source a bracket cites: "(Kazakhstan Today, January 10; Interfax,
    January 9)" -> {kazakhstan, today}, {interfax}."""
    out = []
    for part in bracket.strip("()").split(";"):
        for name in part.split(",")[0].split("/"):  # "Interfax/Itar-Tass": two agencies
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)} - set(MONTHS)
            if words:
                out.append(words)
    return out


# How many words either side of a figure say what it counts.
NEIGHBOURHOOD = 4


# How many words after a count its noun phrase may run: "55 foreign universities".
NOUN_REACH = 2


def counted_words(text: str, tokens: list[Token], q: Quantity) -> dict[str, int]:
    """The words right after a count, each with where it ends, when they make a phrase of
    their own: at most NOUN_REACH of them, then a stop word, a figure or a clause's end. The
    unit parse takes the first ("foreign" in "55 foreign universities"), where the noun
    counted is the last; "200 inspectors visit factories" runs on into a verb and its object,
    and counts inspectors alone."""
    out: dict[str, int] = {q.unit: q.end} if q.unit else {}
    after = [t for t in tokens if t.start >= q.end]
    run: list[Token] = []
    prev_end = q.end
    for t in after:
        if t.kind != "word" or t.stop or _PHRASE_END.search(text, prev_end, t.start):
            break
        run.append(t)
        prev_end = t.end
    if not run or len(run) > NOUN_REACH:
        return out
    for t in run:
        out.setdefault(UNIT_NAMES.get(t.stem, t.stem), t.end)
    return out


def neighbourhood(tokens: list[Token], q: Quantity, width: int = NEIGHBOURHOOD) -> set[str]:
    """The content stems around a figure: what it counts, whatever the unit parse says."""
    idx = [i for i, t in enumerate(tokens) if t.start >= q.start and t.end <= q.end]
    if not idx:
        return set()
    lo, hi = max(0, idx[0] - width), min(len(tokens), idx[-1] + width + 1)
    return {t.stem for t in tokens[lo:hi] if not t.stop and t.kind == "word"}


BOUND_WORDS = frozenset({"more", "less", "than", "over", "under", "just"})  # "by more than half"


def change_size(tokens: list[Token], q: Quantity) -> bool:
    """Is the figure the size of a change: after "by" ("rose by nearly half") or before a word
    of change ("a 75 percent increase")? Not a part of a whole ("more than half of the budget")."""
    if _by_before([t for t in tokens if t.end <= q.start]):
        return True
    k = next(
        (k for k, t in enumerate(tokens) if t.start >= q.end and t.kind == "word" and t.norm != "percent"),
        None,
    )
    return k is not None and change_at(tokens, k) is not None


def changes_alike(tokens: list[Token], q: Quantity, source_tokens: list[Token] | None, p: Quantity) -> bool:
    """Are both figures the size of a change, which a bound on one may compare with the other,
    and a share one may stand against a percent?"""
    return source_tokens is not None and change_size(tokens, q) and change_size(source_tokens, p)


# ---------------------------------------------------------------- dates given by their distance

# Units a distance between two dates is counted in, in days.
GAP_DAYS = {"day": 1, "week": 7}
# Cues that place one date at a distance from another, and which way: +1 later, -1 earlier.
GAP_CUES = {"after": 1, "later": 1, "before": -1, "earlier": -1}
GAP_ON = frozenset({"on", "in"})  # "Three days later, on April 17": the date of the cue's own event
_BREAKS = re.compile(r"[,;:.!?()\u2013\u2014]")
_NOT_LEAP = 2001  # a date without its year is placed in a common year


@dataclass(frozen=True)
class Gap:
    """A date a text gives by its distance from another ("on November 19, two days after
    Altynbayev addressed ..." gives November 17): the distance, its cue, the date it is
    counted from, the date it gives, and the stems of the words for the events of the two
    dates ("altynbayev address ...", "sembinov wrap trip ..."), which the source must tie to them."""

    distance: Quantity
    cue: Token
    given: Quantity
    implied: Quantity
    event: frozenset[str]  # the implied date's event
    given_event: frozenset[str]  # the given date's event


# Words before a distance that make it a length of time: "reported for three days after".
_LENGTH_BEFORE = frozenset({"for", "within", "over", "during", "throughout"})
_CLAUSE_ENDS = re.compile(r"[;:.!?()\u2013\u2014]")  # not a comma: "three days later, on April 17"


def implied_dates(text: str, tokens: list[Token]) -> list[Gap]:
    """The dates a sentence gives by a distance from the one full date it states. Which side
    of the distance that date stands on is read from the cue: "N days after Y" puts the
    sentence's date N days after Y's unless the date is inside Y's phrase ("after the
    November 17 session"); "N days later/earlier" counts from the sentence's date unless the
    date is the cue's own, set off from it by a comma alone ("Three days later, on April 17",
    "wrote on April 17, three days later"), not by a clause's end ("on April 17; three days later")."""
    found = extract(text, tokens)
    dates = [q for q in found if q.type == "date"]
    if len(dates) != 1:
        return []  # no date to count from, or two: which one is counted from cannot be told
    given = dates[0]
    at = {t.start: j for j, t in enumerate(tokens)}
    out = []
    for q in found:
        if q.type != "count" or q.unit not in GAP_DAYS or q.ordinal or not 0 < q.value < 100:
            continue
        first = at.get(q.start)
        if first is not None and first and tokens[first - 1].norm in _LENGTH_BEFORE:
            continue  # "for three days after": how long, not when
        k = next((j for j, t in enumerate(tokens) if t.start >= q.end), None)
        if k is not None and tokens[k].norm.startswith(q.unit):
            k = k + 1 if k + 1 < len(tokens) else None  # past the unit: "two days"
        if k is None or tokens[k].norm not in GAP_CUES or _BREAKS.search(text, q.end, tokens[k].start):
            continue
        cue, way = tokens[k], GAP_CUES[tokens[k].norm]
        days = int(q.value) * GAP_DAYS[q.unit]
        if cue.norm in ("after", "before"):
            stop = _BREAKS.search(text, cue.end)
            end = stop.start() if stop is not None else len(text)
            inside = cue.end <= given.start and given.end <= end
            shift = way * days if inside else -way * days
            phrase = [t for t in tokens if cue.end <= t.start < end]  # the object: "Y" of "after Y"
            rest = [t for t in tokens if not cue.end <= t.start < end]
            event, given_event = (phrase, rest) if not inside else (rest, phrase)
        else:
            lo, hi = sorted((cue.end, given.start)) if given.start >= cue.end else (given.end, q.start)
            own = not _CLAUSE_ENDS.search(text, lo, hi) and all(
                w.lower() in GAP_ON for w in re.findall(r"[A-Za-z]+", text[lo:hi])
            )
            shift = -way * days if own else way * days
            # the event of the date given: what the distance qualifies, the words just before
            # it ("a Kazakh Television report from three days earlier") and after its cue to
            # the clause's end; when the date is the cue's own, the other event is another
            # sentence's, named nowhere here
            qualified = _qualified(text, tokens, at.get(q.start, 0), k, given)
            event = [] if own else qualified
            given_event = list(tokens) if own else [t for t in tokens if t not in qualified]
        moved = _moved(int(given.value), shift)
        if moved is None:
            continue
        month, day = moved
        said = f"{_MONTH_NAMES[month]} {day}"
        implied = Quantity("date", float(month * 100 + day), "", q.start, cue.end, said)
        q = replace(q, end=tokens[k - 1].end, text=text[q.start : tokens[k - 1].end])

        skip = ((q.start, cue.end), (given.start, given.end))  # the distance and the date
        mine, theirs = _event_stems(event, skip), _event_stems(given_event, skip)
        # each event by the words that are its own: "report" in both tells neither
        out.append(Gap(q, cue, given, implied, mine - theirs, theirs - mine))
    return out


EVENT_WORDS = 4  # content words before a distance that name what it dates: "a Kazakh Television report"


def _qualified(text: str, tokens: list[Token], first: int, cue: int, given: Quantity) -> list[Token]:
    """The words of what "N days earlier/later" dates: up to EVENT_WORDS content words before
    the distance, not past the date it is counted from or a clause's break, and the words
    after its cue to the clause's end."""
    out: list[Token] = []
    for j in range(first - 1, -1, -1):
        t = tokens[j]
        if t.end <= given.end or _PHRASE_END.search(text, t.end, tokens[j + 1].start):
            break
        if t.kind == "word" and not t.stop:
            out.append(t)
            if len(out) >= EVENT_WORDS:
                break
    for j in range(cue + 1, len(tokens)):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if _PHRASE_END.search(gap) and not (j == cue + 1 and gap.strip() == ","):
            break  # past the comma of an opening "three days later, ...": its clause is the event
        out.append(tokens[j])
    return out


def _event_stems(side: list[Token], skip: tuple[tuple[int, int], ...]) -> frozenset[str]:
    return frozenset(
        t.stem
        for t in side
        if t.kind == "word"
        and not t.stop
        and len(t.norm) > 2
        and t.norm not in MONTHS
        and not any(lo <= t.start < hi for lo, hi in skip)
    )


# Content words on each side of a date, in its clause, that tell whose date it is: "Kazakh
# Television reported on April 14" (before), "held on November 17 in the Astana regional command".
DATE_WORDS_BEFORE = 6
DATE_WORDS_AFTER = 4


def event_tied(gap: Gap, text: str, tokens: list[Token], given: bool = False) -> bool:
    """Does `text` give the gap's implied date (or, with `given`, the date it is counted from)
    to its event: a word of that event's own among the words of the date's clause? "Kazakh
    Television reported on April 14" does not tie April 14 to "RFE/RL Newsline wrote", nor
    "RFE/RL Newsline wrote on April 17" April 17 to "Akhmetov inspected"."""
    want, words = (gap.given, gap.given_event) if given else (gap.implied, gap.event)
    for q in extract(text, tokens):
        if q.type != "date" or not q.same_value(want):
            continue
        at = next((j for j, t in enumerate(tokens) if t.start >= q.start), len(tokens))
        last = next((j for j, t in enumerate(tokens) if t.start >= q.end), len(tokens))
        near: list[Token] = []
        for j in range(at - 1, -1, -1):  # back to the clause's start
            if _PHRASE_END.search(
                text, tokens[j].end, tokens[j + 1].start if j + 1 < len(tokens) else q.start
            ):
                break
            if tokens[j].kind == "word" and not tokens[j].stop:
                near.append(tokens[j])
                if len(near) >= DATE_WORDS_BEFORE:
                    break
        after = 0
        for j in range(last, len(tokens)):
            if _PHRASE_END.search(text, tokens[j - 1].end if j else 0, tokens[j].start):
                break
            if tokens[j].kind == "word" and not tokens[j].stop:
                near.append(tokens[j])
                after += 1
                if after >= DATE_WORDS_AFTER:
                    break
        if any(t.stem in words for t in near):
            return True
    return False


_MONTH_NAMES = {n: name.capitalize() for name, n in MONTHS.items() if len(name) > 3 or name == "may"}


def _moved(value: int, days: int) -> tuple[int, int] | None:
    try:
        day = datetime.date(_NOT_LEAP, value // 100, value % 100) + datetime.timedelta(days=days)
    except ValueError:
        return None
    return day.month, day.day
