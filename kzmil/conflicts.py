"""Where a passage that is about the same thing disagrees with a claim.

Three general mechanisms, each returning Conflicts with a plain reason:
- quantities: a figure of the claim that the passage states differently;
- names: a proper name of the claim that faces another name in the same slot, or a
  word of a closed class (a direction, weekday, month, or how often: "every month")
  that faces another member;
- polarity: negation, or a word facing its antonym (see `antonyms`), on one side only.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from kzmil import places
from kzmil.antonyms import AMOUNT_REACH, adverb_opposites, amount_after, change_at, opposites
from kzmil.evaluation import same_tone
from kzmil.modality import BE
from kzmil.normalize import NEGATIONS, POSSESSIVE, STOPWORDS, Token, content, stem
from kzmil.quantities import (
    MEASURES,
    MONTHS,
    ROUGHLY,
    Quantity,
    approximate,
    as_percent,
    bound_meets,
    change_size,
    changes_alike,
    counted_words,
    event_tied,
    extract,
    implied_dates,
    model_letters,
    neighbourhood,
    qualifiers,
    stated_by,
    uncited,
    within_bound,
)
from kzmil.specifics import DEGREE_COMPARATIVES, DEGREE_SUPERLATIVES, ORDER_CUES
from kzmil.synonyms import ABBREVIATIONS, abbreviated, derivations, paraphrases, synonyms
from kzmil.tables import past_form

_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Closed classes of mutually exclusive values: swapping one member for another is a conflict.
CLOSED_CLASSES = [
    frozenset(
        stem(w)
        for w in "north south east west northern southern eastern western northeast northwest "
        "southeast southwest northeastern northwestern southeastern southwestern central".split()
    ),
    frozenset(stem(w) for w in WEEKDAYS),
    frozenset(stem(w) for w in MONTHS if len(w) > 3) | {"may"},
]
# Words before a month and never a name: "in May", "since May", "early May", "last May" ("of",
# "from" and "by" come before a surname as often: "criticism of May", "support from May").
BEFORE_MONTH = frozenset("in since until till early late mid last next this".split())


def _with_may(tokens: list[Token]) -> list[Token]:
    """The content words, and "May" where it is the month: capitalised after a word that
    comes before a month, or before a day or year ("in May", "May 2003"). Written so, it is
    no modal, though its spelling is a stop word."""
    kept = {id(t) for t in content(tokens)}
    for k, t in enumerate(tokens):
        if t.norm == "may" and t.cap and k > 0:
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if tokens[k - 1].norm in BEFORE_MONTH or (nxt is not None and nxt.kind == "num"):
                kept.add(id(t))
    return [t for t in tokens if id(t) in kept]


# How often something happens: "every month" and "annually" are mutually exclusive values.
_PERIOD_WORDS = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "fortnightly": "fortnight",
    "monthly": "month",
    "quarterly": "quarter",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
}
_PERIOD_UNITS = {"hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "annum"}
_EVERY = frozenset({"every", "each", "per", "a"})
_TIMES = frozenset({"once", "twice", "thrice", "times"})
# Country names stand for their capitals in news writing, and the reverse.
METONYMS = {
    "washington": "usa",
    "moscow": "russia",
    "beijing": "china",
    "london": "uk",
    "paris": "france",
    "berlin": "germany",
    "tokyo": "japan",
    "ankara": "turkey",
    "kiev": "ukraine",
    "kyiv": "ukraine",
    "tehran": "iran",
    "brussels": "nato",
    "astana": "kazakhstan",
    "tashkent": "uzbekistan",
    "bishkek": "kyrgyzstan",
    "dushanbe": "tajikistan",
    "ashgabat": "turkmenistan",
    "minsk": "belarus",
}
# Negative quantifiers and adverbs; "a little" and "a few" are positive and are passed over.
NEGATIVE_QUANTIFIERS = frozenset({"little", "few", "hardly", "barely", "scarcely", "seldom", "rarely"})
# Words a quantifier never governs: "little of the", "few in the".
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for by with from and or but as that this these those".split()
)
# Idioms that carry a negation word without negating anything.
_NEG_IDIOMS = frozenset(
    {
        ("not", "just"),
        ("not", "only"),
        ("not", "least"),
        ("no", "doubt"),
        ("not", "merely"),
        ("no", "less"),
        ("not", "less"),
        ("nothing", "but"),
    }
)


UNTIL = frozenset({"until", "till"})
# "It was not until June that Kazakhstan opened it", "did not sign the contract until 2009":
# it happened, then and no sooner. Not "until now" or "until then", which deny up to that time
# ("has not until now allowed").
NOT_UNTIL_REACH = 12  # tokens from "not" to its "until", within the clause
UNTIL_SO_FAR = frozenset({"now", "then", "today", "recently", "lately"})


def _until_a_time(text: str, tokens: list[Token], i: int) -> bool:
    """Does the "not" at i wait for a time ("not until June", "did not open it until June")?"""
    for k in range(i + 1, min(len(tokens), i + 1 + NOT_UNTIL_REACH)):
        if any(mark in text[tokens[k - 1].end : tokens[k].start] for mark in ";:.()"):
            return False
        if tokens[k].norm in UNTIL:
            return k + 1 < len(tokens) and tokens[k + 1].norm not in UNTIL_SO_FAR
    return False


@dataclass(frozen=True)
class Conflict:
    kind: str  # a key of HINTS: number, date, name, polarity, evaluation (valence), role ...
    claim: str  # the words of the claim
    source: str  # the words of the passage
    claim_span: tuple[int, int] | None = None  # in the claim text
    source_span: tuple[int, int] | None = None  # in the passage text
    note: str = ""
    # a name swapped inside a pair or list whose other member both sides share ("American and
    # French" against "U.S. and British"): the list holds the slot, as a unit holds a figure's
    paired: bool = False
    # the sentence beside the passage where the source's side stands, when it is not the passage
    sentence: str = ""

    @property
    def reason(self) -> str:
        if self.note:
            return self.note
        return f"the claim says {self.claim}; the source says {self.source}"


# ---------------------------------------------------------------- quantities


def quantity_conflicts(
    claim: str, ctoks: list[Token], passage: str, ptoks: list[Token], before: Sequence[Token] = ()
) -> list[Conflict]:
    """Claim figures the passage does not state, facing a passage figure of the same kind.
    `before`: the sentences before the passage, where it may tell another deed (`_other_deed`)."""
    cq = extract(claim, ctoks)
    pq = uncited(passage, ptoks, ctoks)
    gaps = implied_dates(claim, ctoks)
    # "two days after X": a date too, where the passage ties it to X's event
    implied = [g.implied for g in gaps if event_tied(g, passage, ptoks)]
    free = [p for p in pq if not any(p.same_value(q) and _counts_same(q, p) for q in [*cq, *implied])]
    unstated = [
        q
        for q in cq
        if (
            not any(
                (q.same_value(p) and _counts_same(q, p) and not limit_for_event(ctoks, q, ptoks, p))
                or _rounds(ctoks, q, ptoks, p)
                for p in pq
            )
            and stated_by(q, claim, ctoks, pq, passage, ptoks) is None
        )
        or _in_anothers_slot(ctoks, q, pq, free, ptoks)
    ]
    # the claim's one unstated figure against the passage's one unclaimed figure of its kind,
    # the others stated: they pair off by elimination ("from 17 to 49" against "17 ... 39")
    paired = len(unstated) < len(cq) and len([q for q in unstated if any(q.comparable(p) for p in free)]) == 1
    out = []
    for q in unstated:
        role = _year_role(ctoks, q)
        rivals = [
            p
            for p in free
            if (
                q.comparable(p)
                or _changed_by(ctoks, q, ptoks, p)
                or _counts_alike(claim, ctoks, q, passage, ptoks, p)
            )
            and not (role and _year_role(ptoks, p) not in ("", role))
            and not _other_deed(ctoks, q, ptoks, p, before)
        ]
        if not rivals:
            continue
        ctx = neighbourhood(ctoks, q)
        best = max(rivals, key=lambda p: (len(ctx & neighbourhood(ptoks, p)), p.unit == q.unit))
        alone = paired and len(rivals) == 1
        if q.type in ("count", "money") and not q.unit and not ctx & neighbourhood(ptoks, best) and not alone:
            continue  # a bare figure with nothing in common around it: no evidence of the same slot
        if _bound_by_rank(claim, ctoks, ptoks, q, best):
            continue
        if within_bound(claim, ctoks, q, passage, ptoks, best):
            continue  # "350 of them" within the source's "at least 300": no other figure
        kind = "date" if q.type in ("date", "year") else "number"
        gap = next((g for g in gaps if g.given.start == q.start and best.type == "date"), None)
        note = (
            f"the claim's dates, {q.text} and \u201c{gap.distance.text} {gap.cue.norm}\u201d "
            f"({gap.implied.text}), are not the source's: it says {best.text}"
            if gap is not None
            else ""
        )
        said = best.text
        if q.type == "count":  # the source's figure with the noun the claim counts: "55 foreign universities"
            end = max(best.start + len(best.text), counted_words(passage, ptoks, best).get(q.unit, 0))
            said = passage[best.start : end]
        out.append(Conflict(kind, q.text, said, (q.start, q.end), (best.start, best.end), note=note))
        free.remove(best)
    return out + _bounds_unmet(claim, ctoks, cq, passage, ptoks, pq)


def _counts_same(a: Quantity, b: Quantity) -> bool:
    """Could two figures of one value count the same thing? Not two counts of other nouns:
    "the two defense ministers" leaves the passage's "two contracts" free to face "three
    contracts"."""
    return not (a.type == b.type == "count" and a.unit and b.unit and a.unit != b.unit)


SLOT_SHARED = 2  # words around a figure that put another figure in its slot


def _in_anothers_slot(
    ctoks: list[Token], q: Quantity, pq: list[Quantity], free: list[Quantity], ptoks: list[Token]
) -> bool:
    """Is the passage's figure of the claim's value about something else, while another of its
    kind stands where the claim's does? "extended by another five years" against "a new
    five-year trade plan ... the railway agreement was extended by another seven years": the
    five is the plan's, the seven the agreement's. The same value is written the other way (a
    compound, not an amount) and shares none of the words around the claim's figure; the rival
    shares SLOT_SHARED or more."""
    ctx = _around(ctoks, q)
    same = [p for p in pq if q.same_value(p)]
    if (
        not same
        or any(ctx & _around(ptoks, p) for p in same)
        or any(_compound(p) == _compound(q) for p in same)
    ):
        return False  # (with no same value, a bound or a rough figure is read as before: "over 100")
    return any(q.comparable(p) and len(ctx & _around(ptoks, p)) >= SLOT_SHARED for p in free)


def _compound(q: Quantity) -> bool:
    """Is the figure written as a word of a compound ("five-year", "52-ton"): a kind of thing
    ("a five-year plan"), not an amount ("for five years")?"""
    return "-" in q.text


def _around(tokens: list[Token], q: Quantity) -> set[str]:
    """The words around a figure, not its own ("five years": not "year")."""
    own = {t.stem for t in tokens if q.start <= t.start and t.end <= q.start + len(q.text)}
    return neighbourhood(tokens, q) - own


# Words that rank an event first or last of its kind: "the first Steppe Eagle exercise".
FIRST_WORDS = frozenset({"first", "earliest", "inaugural"})
LAST_WORDS = frozenset({"last", "latest"})
RANK_REACH = 8  # words from the rank to the year: "The first Steppe Eagle exercise was held in 2003"


def _rank_word(t: Token) -> str:
    """ "first" as written: the tokenizer reads it as the figure 1."""
    return "first" if t.kind == "num" and t.norm == "1" and t.ordinal else t.norm


def _bound_by_rank(claim: str, ctoks: list[Token], ptoks: list[Token], q: Quantity, p: Quantity) -> bool:
    """A year the claim gives the first of a kind, earlier than the year the passage gives one
    of them (or the last, later), where the passage ranks none: "the first Steppe Eagle was
    held in 2003" against "Steppe Eagle 2004" leaves the first unstated; 2005 would be later
    than one the source dates, and still conflicts."""
    if q.type != "year" or p.type != "year":
        return False
    # the rank of the event the year dates: before the year in its clause, within reach, with
    # no comma or "and" between ("Milyuk, Kazakhstan's first female graduate, entered ... in
    # 1999" ranks her; "joined in 1991 and sought to use its first links" ranks the links)
    ranks = {
        _rank_word(t)
        for t in ctoks
        if t.end <= q.start
        and sum(x.kind == "word" for x in ctoks if t.end <= x.start < q.start) <= RANK_REACH
        and "," not in claim[t.end : q.start]
        and not any(x.norm in ("and", "but", "or") for x in ctoks if t.end <= x.start < q.start)
    } & (FIRST_WORDS | LAST_WORDS)
    if len(ranks) != 1 or {_rank_word(t) for t in ptoks} & (FIRST_WORDS | LAST_WORDS):
        return False
    return q.value < p.value if ranks <= FIRST_WORDS else q.value > p.value


def _bounds_unmet(
    claim: str, ctoks: list[Token], cq: list[Quantity], passage: str, ptoks: list[Token], pq: list[Quantity]
) -> list[Conflict]:
    """A claim's bound the passage's own figure, of the same thing, does not meet: "more than 23
    cadets have left" against "23 have left", "at most 3,000" against "more than 3,000"."""
    out = []
    for q in cq:
        words = qualifiers(ctoks, q)
        if not words:
            continue
        ctx = neighbourhood(ctoks, q)
        for p in pq:
            if not q.same_value(p) or not ((q.unit == p.unit and q.unit) or ctx & neighbourhood(ptoks, p)):
                continue
            if not bound_meets(claim, ctoks, q, passage, ptoks, p):
                start = words[0].start
                theirs = next(iter(qualifiers(ptoks, p)), None)
                begin = theirs.start if theirs is not None else p.start
                said, span = passage[begin : p.end], (begin, p.end)
                out.append(Conflict("number", claim[start : q.end], said, (start, q.end), span))
            break
    return out


def _counts_alike(
    claim: str, ctoks: list[Token], q: Quantity, passage: str, ptoks: list[Token], p: Quantity
) -> bool:
    """Two counts of one noun, where an adjective came first in one of them and the unit parse
    took it: "65 universities abroad" against "55 foreign universities"."""
    if q.type != "count" or p.type != "count" or q.model or p.model or q.ordinal or p.ordinal:
        return False
    if (
        not q.unit
        or not p.unit
        or {q.unit, p.unit} & MEASURES
        or q.unit.endswith(" old")
        or p.unit.endswith(" old")
    ):
        return False  # a measure ("three-year") or an age ("45-year-old") is no count of a thing
    return q.unit in counted_words(passage, ptoks, p) or p.unit in counted_words(claim, ctoks, q)


SHARE_ROUNDING = 1.0  # percentage points a share is from the percent it rounds: "a third", 33%
ROUGH_SHARE_POINTS = 5.0  # ... and an approximate one: "almost half", 46%
PARTS_SHARED = 3  # words around two parts that make them parts of one whole, not of two
ROUGH_STEMS = frozenset(stem(w) for w in ROUGHLY)  # "nearly", "some": no word of what is counted
# ... within this many tokens either side: "a quarter of its army to consist of contract servicemen".
PARTS_WIDTH = 8


def _rounds(ctoks: list[Token], q: Quantity, ptoks: list[Token], p: Quantity) -> bool:
    """Is one a share and the other a percent it rounds: "a third" for 33 percent, "nearly a
    third" for some 30 percent, "almost half" for 46 percent?"""
    if {q.type, p.type} != {"share", "percent"}:
        return False
    mine, theirs = as_percent(q), as_percent(p)
    rough = approximate(ctoks, q) or approximate(ptoks, p)
    if mine is None or theirs is None:
        return False
    return abs(mine - theirs) <= (ROUGH_SHARE_POINTS if rough else SHARE_ROUNDING)


def _changed_by(ctoks: list[Token], q: Quantity, ptoks: list[Token], p: Quantity) -> bool:
    """Are a share and a percent rivals: both the size of a change ("rose by nearly half" and
    "an almost 75 percent increase"), or both a part of one whole, told with words in common
    ("a quarter of its army" and "50% contract servicemen in its army")? A share of a whole
    ("a third of the budget") is no rival to the size of its rise."""
    if {q.type, p.type} != {"share", "percent"}:
        return False
    if changes_alike(ctoks, q, ptoks, p):
        return True
    if change_size(ctoks, q) or change_size(ptoks, p) or _rounds(ctoks, q, ptoks, p):
        return False  # "a third" for 33 percent, "almost half" for 46 percent: the same part
    shared = neighbourhood(ctoks, q, PARTS_WIDTH) & neighbourhood(ptoks, p, PARTS_WIDTH) - ROUGH_STEMS
    return len(shared) >= PARTS_SHARED


# Words that make a year a deadline or a limit ("by 2007", "through 2013"), not the date of an
# event ("in July 2003").
DEADLINE = frozenset({"by", "until", "till", "through"})


def _year_role(tokens: list[Token], q: Quantity) -> str:
    """What a year is to its sentence: a deadline ("by 2007"), the date of an event ("in July
    2003", "in 2003"), or either. A deadline and an event date are different slots."""
    if q.type != "year" or (before := _word_before(tokens, q)) is None:
        return ""
    if before.norm in DEADLINE:
        return "deadline"
    if before.norm == "in" or before.norm in MONTHS:
        return "event"
    return ""


def _word_before(tokens: list[Token], q: Quantity) -> Token | None:
    return next((t for t in reversed(tokens) if t.end <= q.start), None)


# Words that make a year the end of a span ("runs through 2013", "until 2020"): no event
# happened then. ("by 2007" is left out: "in 2007" often rewords it.)
LIMITS = DEADLINE - {"by"}


def limit_for_event(ctoks: list[Token], q: Quantity, ptoks: list[Token], p: Quantity) -> bool:
    """Is the passage's year the end of a span ("signed in 2003 and runs through 2013") where
    the claim's is an event's ("signed in 2013")? The same year, but not the same date."""
    if q.type != "year" or p.type != "year" or _year_role(ctoks, q) != "event":
        return False
    before = _word_before(ptoks, p)
    return before is not None and before.norm in LIMITS


# Tokens from a year back to the verb it dates: "graduated from West Point in 2005".
DEED_REACH = 6


def _dated_deed(tokens: list[Token], q: Quantity) -> Token | None:
    """The deed a year dates: the nearest past-form verb before it in its clause, over names,
    function words and a noun or two ("entered West Point in 2001", "signed the plan in 2003")."""
    if q.type != "year":
        return None
    k = next((i for i, t in enumerate(tokens) if t.start >= q.start), len(tokens))
    for t in reversed(tokens[max(0, k - DEED_REACH) : k]):
        if t.kind != "word" or t.norm in NEGATIONS:
            return None
        if not t.cap and not t.stop and past_form(t.norm):
            return t
    return None


def _other_deed(
    ctoks: list[Token], q: Quantity, ptoks: list[Token], p: Quantity, before: Sequence[Token] = ()
) -> bool:
    """Do the two years date different deeds, both told by the passage ("graduated ... in
    2005" against "first female graduate of West Point ... entered West Point in 2001")? Then
    the passage's year is another event's, and it leaves the claim's deed undated. A passage
    that does not tell the claim's deed may be telling it in other words ("adopted" for
    "passed"), so its year still faces the claim's."""
    mine, theirs = _dated_deed(ctoks, q), _dated_deed(ptoks, p)
    if mine is None or theirs is None or mine.stem == theirs.stem:
        return False
    alike = synonyms(mine.stem)
    if theirs.stem in alike or mine.stem in synonyms(theirs.stem):
        return False
    # the same thing on both sides: the claim's deed and the passage's dated one act on it,
    # and the passage tells the claim's deed of it too ("graduate of West Point")
    thing = _deed_object(ctoks, mine, q) & _deed_object(ptoks, theirs, p)
    if not thing:
        return False
    told = [*before, *ptoks]
    return any(
        t is not theirs
        and (t.stem == mine.stem or t.stem in alike)
        and any(u.stem in thing for u in told[k + 1 : k + 1 + OBJECT_REACH])
        for k, t in enumerate(told)
    )


OBJECT_REACH = 4  # tokens after a deed's word that may name what it acts on: "graduate of West Point"


def _deed_object(tokens: list[Token], verb: Token, q: Quantity) -> set[str]:
    """The content words between a deed's verb and the year that dates it ("from West Point")."""
    return {
        t.stem for t in tokens if verb.end <= t.start and t.end <= q.start and t.kind == "word" and not t.stop
    }


# ---------------------------------------------------------------- names


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """Consonants only, doubles collapsed: Daniel and Daniyal, Nazarbaev and Nazarbayev agree.
    A final "w" is read as "v", the two ways a Slavic name's last letter is written in Latin
    letters (Russian "Maltsev", Belarusian "Maltsaw"); elsewhere they stay apart ("Owen" is no
    "Oven", "Lewis" no "Levis")."""
    bones = _VOWELS.sub("", word)
    if bones.endswith("w"):
        bones = bones[:-1] + "v"
    return _DOUBLE.sub(r"\1", bones)


# Two Latin spellings of one Cyrillic letter in a Kazakh or Russian name: Kazakh "Ш" where
# Russian writes "Ч" (Shymkent and Chimkent, Shokan and Chokan), "Х" written "kh" or "k"
# (Shokhan and Shokan), and "Ы" written "y" or "i".
ROMANISATIONS = (("ch", "sh"), ("kh", "k"), ("y", "i"))
ROMANISED_MIN = 6  # letters: shorter names differ by these letters too often (Chen, Shen, Shin)


def romanised(word: str) -> str:
    """`word` with each pair of `ROMANISATIONS` written one way."""
    for theirs, ours in ROMANISATIONS:
        word = word.replace(theirs, ours)
    return word


def romanised_alike(a: str, b: str) -> bool:
    """One Kazakh name in its Kazakh and its Russian Latin spelling, letter for letter
    (Chimkent and Shymkent). Only for a claim's word the corpus never writes: a corpus that
    names both a Chumakov and a Shumakov names two people."""
    return a != b and min(len(a), len(b)) >= ROMANISED_MIN and romanised(a) == romanised(b)


def _canonical(norm: str) -> str:
    return METONYMS.get(norm, norm)


# Names shorter than this are compared only as written ("Ed" is no slip for "Ek").
NAME_MIN_LETTERS = 4
# rapidfuzz ratio from which two written names are one (Akhmetof/Akhmetov 88, Daniel/Danish 73).
NAME_SIMILARITY_MIN = 80


def same_name(a: Token, b: Token, metonymy: bool = True, romanise: bool = False) -> bool:
    """One name, spelt alike or transliterated; with `metonymy`, a capital stands for its country;
    with `romanise`, in its Kazakh and Russian spellings (`romanised_alike`)."""
    if a.stem == b.stem or (metonymy and _canonical(a.norm) == _canonical(b.norm)):
        return True
    if a.cap and b.cap and places.same_place(a.norm, b.norm):  # America and U.S., Belarus and Belarusian
        return True
    if (a.norm in ABBREVIATIONS or b.norm in ABBREVIATIONS) and abbreviated(a.norm, b.norm):  # "Gen."
        return True
    if len(a.norm) >= NAME_MIN_LETTERS and len(b.norm) >= NAME_MIN_LETTERS:
        if skeleton(a.norm) == skeleton(b.norm) and a.norm[0] == b.norm[0]:
            return True
        if romanise and romanised_alike(a.norm, b.norm):
            return True
        if fuzz.ratio(a.norm, b.norm) >= NAME_SIMILARITY_MIN:
            return True
        short, long_ = sorted((a.norm, b.norm), key=len)
        if len(short) >= 5 and long_.startswith(short):
            return True
    return False


COMPASS_POINTS = frozenset({"north", "south", "east", "west"})


def bloc(text: str, tokens: list[Token], t: Token) -> bool:
    """Does the compass word name a bloc or region of its own ("the West", "Western states"),
    not a part of the place named after it ("Western Dostrova", "South Korea")?"""
    k = next((i for i, x in enumerate(tokens) if x is t), None)
    nxt = tokens[k + 1] if k is not None and k + 1 < len(tokens) else None
    if nxt is None or not (nxt.cap and nxt.kind == "word"):
        return True
    return any(mark in text[t.end : nxt.start] for mark in ",;:.()")  # "the West, Russia and"


def compass_pair(a: str, b: str) -> bool:
    """A point of the compass and its adjective: "the West" and "Western states" (see `bloc`)."""
    short, long_ = sorted((a, b), key=len)
    return short in COMPASS_POINTS and long_ == short + "ern"


def _sentence_initial(text: str, tok: Token) -> bool:
    before = text[: tok.start].rstrip(" \"'“‘([")
    return not before or before[-1] in ".!?:;\n"


def is_name(text: str, tok: Token, names: dict[str, bool]) -> bool:
    """A proper name: capitalised, not a function word, not a month or weekday.

    At the start of a sentence a capital proves nothing; there the corpus decides
    (`names`: is the word mostly capitalised inside sentences?). A word the corpus
    does not know is not taken for one there.
    """
    if not (
        tok.kind == "word"
        and tok.cap
        and not tok.stop
        and tok.norm not in NEGATIONS
        and tok.norm not in MONTHS
        and tok.norm not in WEEKDAYS
        and len(tok.norm) > 1
    ):
        return False
    return names.get(tok.norm, False) if _sentence_initial(text, tok) else True


MAX_SLOT = 3  # a swap is local: at most this many content words on either side


# A full stop, not an abbreviation's ("U.S. and British"): the next word starts with a capital
# or a quotation mark, and the stop does not follow a lone capital letter.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"\u201c\u2018])")


def _same_sentence(passage: str, pw: list[Token], j1: int, j2: int, before_aligned: bool) -> list[Token]:
    """The passage words of a slot that share a sentence with the aligned words beside it: a
    slot at the claim's start may not reach back into the sentence before."""
    side = pw[j1:j2]
    if not side:
        return side
    anchor = pw[j2] if before_aligned and j2 < len(pw) else (pw[j1 - 1] if j1 > 0 else None)
    if anchor is None:
        return side
    if before_aligned:
        return [t for t in side if not _SENTENCE_END.search(passage, t.end, anchor.start)]
    return [t for t in side if not _SENTENCE_END.search(passage, anchor.end, t.start)]


def _name_goes_on(text: str, tok: Token, nxt: Token) -> bool:
    """Is the next word more of the same name ("West Point")? Not a model ("C-130") or what a
    place or possessive qualifies ("Kazakhstan's Ministry of Defense")."""
    return (
        places.kind(tok.norm) is None  # a place before a name modifies it: "US Central Command"
        and not text[tok.start : tok.end].endswith(POSSESSIVE)  # so does a possessive
        and nxt.cap
        and nxt.kind == "word"
        and not text[tok.end : nxt.start].strip()
        and not re.match(r"-\d", text[nxt.end : nxt.end + 2])
    )


def _past_verb(t: Token) -> bool:
    """A verb's past form ("signed", "met"), which follows its subject rather than being
    described by it."""
    return not t.cap and past_form(t.norm)


def roles(text: str, tokens: list[Token], t: Token) -> set[str]:
    """What a name does in its sentence: names what the next word is about ("the Danish air
    force", "US aircraft": a modifier of that word), or stands on its own ("in Astana", "to
    Kazakhstan"), perhaps after a word it describes ("a plant in Belarus" is a Belarusian plant).
    A name in another role plays another part than the claim's name, and is no rival to it."""
    first = k = next(i for i, x in enumerate(tokens) if x is t)
    while k + 1 < len(tokens) and _name_goes_on(text, tokens[k], tokens[k + 1]):
        k += 1  # the rest of a name of several words ("West Point") plays the same part
    described: list[str] = []  # the words of the noun phrase it modifies: "Ukrainian aircraft repair plant"
    for before, after in zip(tokens[k:], tokens[k + 1 :], strict=False):
        if after.stop or after.kind != "word" or text[before.end : after.start].strip():
            break
        if not described and _past_verb(after) and first > 0 and tokens[first - 1].norm in ("in", "from"):
            break  # "the plant in Russia signed": a verb, not the noun the name qualifies
        described.append("of " + after.stem)
    if described:
        # the last word heads the phrase: "U.S. Deputy Secretary" is no "Deputy Minister"
        return {"modifier", *described, "head " + described[-1].removeprefix("of ")}
    while first > 0 and tokens[first - 1].cap and _name_goes_on(text, tokens[first - 1], tokens[first]):
        first -= 1  # "serving in Central Iraq": the word before the whole name
    found = {"alone"}
    if (
        first > 1
        and tokens[first - 1].stop
        and not tokens[first - 2].stop
        and tokens[first - 2].kind == "word"
    ):
        found.add("of " + tokens[first - 2].stem)
    elif (
        first > 2
        and tokens[first - 1].kind == "word"
        and not (tokens[first - 1].stop or tokens[first - 1].cap)
        and not text[tokens[first - 1].end : t.start].strip()
        and tokens[first - 2].norm in PREPOSITION_GROUPS  # not "personnel can study English"
        and not tokens[first - 3].stop
        and tokens[first - 3].kind == "word"
    ):
        found.add("of " + tokens[first - 3].stem)  # "serving in central Afghanistan"
    return found


# What a preposition makes of the name after it: a place where or whither, a way from, a
# means, a partner. Two names after prepositions of different groups play different parts ("supplied
# to Kazakhstan" and "supplied through the FMF program"), so neither is the other's rival.
PREPOSITION_GROUPS = {
    # "sent to Afghanistan" and "serve in Iraq" fill one slot: where a thing goes or is
    **dict.fromkeys(("in", "at", "inside", "near", "within", "to", "into", "toward", "towards"), "where"),
    **dict.fromkeys(("from",), "from"),
    **dict.fromkeys(("through", "via"), "through"),
    **dict.fromkeys(("with", "alongside"), "with"),
    # "between A and B" names both sides, "with B" only the other one
    **dict.fromkeys(("between", "among"), "between"),
    **dict.fromkeys(("against",), "against"),
}
NAME_DETERMINERS = frozenset({"the", "a", "an"})


def preposition_group(text: str, tokens: list[Token], t: Token) -> str | None:
    """The group of the preposition before a name, past its determiner and the rest of the
    name ("through the \u2018Foreign Military Financing\u2019 program": through); None when
    no preposition stands right before it."""
    k = next((i for i, x in enumerate(tokens) if x is t), None)
    if k is None:
        return None
    while k > 0 and tokens[k - 1].cap and _name_goes_on(text, tokens[k - 1], tokens[k]):
        k -= 1
    if k > 0 and tokens[k - 1].norm in NAME_DETERMINERS:
        k -= 1
    return PREPOSITION_GROUPS.get(tokens[k - 1].norm) if k > 0 else None


def other_parts(claim: str, ctoks: list[Token], c: Token, passage: str, ptoks: list[Token], p: Token) -> bool:
    """Do the two names stand after prepositions of different groups?"""
    a, b = preposition_group(claim, ctoks, c), preposition_group(passage, ptoks, p)
    return a is not None and b is not None and a != b


def is_initials(word: str) -> bool:
    """Is the word a body's initials: in capitals ("NATO", "OSCE"), or in capitals with the
    "of" in lower case ("DoD", "MoD": Department of Defense, Ministry of Defence)?"""
    if len(word) < 2 or not word.isalpha():
        return False
    # only an "of" in lower case between capitals: "MiG" and "McD" are no initials
    return word.isupper() or (len(word) <= 6 and re.fullmatch(r"[A-Z]+(?:o[A-Z]+)+", word) is not None)


def _slot_kind(text: str, t: Token) -> str | None:
    """A place, or a body known by its initials ("CSTO", "SCO"), whose slot another of its
    kind may fill; None for any other word."""
    if places.kind(t.norm) is not None:
        return "place"
    word = text[t.start : t.end]
    if t.kind == "word" and is_initials(word):
        return "initials"
    return None


def _names_of_one_head(
    claim: str,
    ctoks: list[Token],
    cw: list[Token],
    i: int,
    passage: str,
    ptoks: list[Token],
    pw: list[Token],
    j: int,
    names: dict[str, bool],
) -> bool:
    """Do a body's full name in the claim and another body's initials in the passage both
    qualify the aligned word that follows them ("the Shanghai Cooperation Organization's rapid
    reaction forces" against "the CSTO rapid reaction forces")? They fill one slot, however many
    words the passage puts before. Two names written out may be one thing named two ways ("the
    British Army" and "Sandhurst", a maker and its model): only initials tell a body apart."""
    if i >= len(cw) or j >= len(pw):
        return False
    c, p = cw[i - 1], pw[j - 1]
    if _slot_kind(passage, p) != "initials" or not is_name(claim, c, names):
        return False
    full = _name_ending(claim, cw[:i])
    initials = "".join(t.norm[0] for t in full if t.norm not in STOPWORDS)
    if len(full) < 2 or initials == p.norm:
        return False  # one word, or the name the initials stand for
    return _right_before(claim, ctoks, c, cw[i]) and _right_before(passage, ptoks, p, pw[j])


def _name_ending(text: str, words: list[Token]) -> list[Token]:
    """The capitalised words that end `words`, one name: "Shanghai Cooperation Organization"."""
    k = len(words) - 1
    while k > 0 and words[k - 1].cap and not text[words[k - 1].end : words[k].start].strip():
        k -= 1
    return words[k:]


def _right_before(text: str, tokens: list[Token], name: Token, word: Token) -> bool:
    """Does the name qualify the word right after it, across a model's number ("Su-27 fighters")?"""
    k = next(i for i, t in enumerate(tokens) if t is name) + 1
    end = name.end
    if k < len(tokens) and tokens[k].kind == "num" and _model_at(text, tokens, name):
        end = tokens[k].end
        k += 1
    return k < len(tokens) and tokens[k] is word and not text[end : word.start].strip(" -’'s")


OPENING_ALIKE = 3  # letters two writings of one body's word share at the start: "Navy", "Naval"


def _names_opening_both(
    cw: list[Token], i1: int, i2: int, pw: list[Token], j1: int, j2: int
) -> tuple[list[Token], list[Token]] | None:
    """The names that open a slot of several words on each side, a body's name in English words
    ("Navy", "Air Force"), when the two share no start of a word (two writings of one body:
    "Navy", "Naval Forces")."""
    c_run, p_run = _names_opening(cw, i1, i2), _names_opening(pw, j1, j2)
    if not c_run or not p_run or len(p_run) > MAX_SLOT:
        return None
    if any(places.kind(t.norm) or not synonyms(t.stem) for t in (*c_run, *p_run)):
        return None  # a place, or a person's name, which the alignment faces with its own kind
    if any(t.norm[:OPENING_ALIKE] == u.norm[:OPENING_ALIKE] for t in c_run for u in p_run):
        return None
    return c_run, p_run


def _names_opening(words: list[Token], lo: int, hi: int) -> list[Token]:
    """The capitalised words that open words[lo:hi] (a name: "Air Force"), none if a plain
    word opens it."""
    run: list[Token] = []
    for t in words[lo:hi]:
        if not t.cap or t.stop:
            break
        run.append(t)
    return run


def name_conflicts(
    claim: str,
    ctoks: list[Token],
    passage: str,
    ptoks: list[Token],
    around: list[Token],
    names: dict[str, bool],
    article: list[Token] | None = None,
) -> list[Conflict]:
    """Names (and closed-class words) of the claim that face a different one in the passage.

    `around` holds the tokens of the sentences before the passage: a name stated there
    counts as present, since the passage may refer to it by a pronoun. `article` holds what
    else of the article may be read, where it spells out initials ("Operation Enduring
    Freedom (OEF)").
    """
    cw = [t for t in _with_may(ctoks) if t.kind == "word" and not t.synthetic]
    pw = [t for t in _with_may(ptoks) if t.kind == "word" and not t.synthetic]
    titled = headline(claim, ctoks)  # every word capitalised: no word is a name by that
    present = pw + [t for t in around if t.kind == "word" and not t.stop]
    c_period, p_period = periods(ctoks), periods(ptoks)
    sm = difflib.SequenceMatcher(a=[t.stem for t in cw], b=[t.stem for t in pw], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace":
            continue
        # at either end of the claim the slot is open: keep the passage words next to the aligned part
        if i2 == len(cw) and i1 > 0:
            j2 = min(j2, j1 + MAX_SLOT)
        elif i1 == 0 and i2 < len(cw):
            j1 = max(j1, j2 - MAX_SLOT)
        if i2 - i1 > MAX_SLOT:
            continue
        c_side, p_side = cw[i1:i2], _same_sentence(passage, pw, j1, j2, i1 == 0 and i2 < len(cw))
        one_head = False
        if j2 - j1 > MAX_SLOT:
            if i2 - i1 > 1:
                # several words each side: only the places (or initials) right before the
                # aligned word that follows are in one slot ("countries at a CSTO summit" against "states to
                # take care of their security during the SCO summit"), or two names of that word
                kind = _slot_kind(claim, cw[i2 - 1]) if i2 < len(cw) else None
                c_side, p_side = [cw[i2 - 1]], [pw[j2 - 1]]
                if kind is None or _slot_kind(passage, pw[j2 - 1]) != kind:
                    one_head = _names_of_one_head(claim, ctoks, cw, i2, passage, ptoks, pw, j2, names)
                    opening = (
                        None if one_head or titled or i1 == 0 else _names_opening_both(cw, i1, i2, pw, j1, j2)
                    )
                    if not one_head and opening is None:
                        continue  # only a place against a place, initials against initials
                    if opening is not None:
                        # a name opens the slot on each side, right after the same words: "to the
                        # Kazakhstani Navy to boost" against "to the Kazakhstani Air Force, which"
                        c_side, p_side = opening
                    else:
                        c_side = _name_ending(claim, cw[i1:i2])
            else:
                # one claim word where the passage says more: the slot is the word beside either
                # aligned side ("... available to the Danish air force" for "the British air force")
                p_side = p_side[:1] + p_side[-1:]
        # a place (or a body known by its initials) named only in the sentences before is no
        # referent of a slot that the passage fills with another of its kind: "the plant in
        # Russia" against "the plant in Belarus", "a CSTO summit" against "the SCO summit"
        missing = [
            t
            for t in c_side
            if (
                is_name(claim, t, names)
                and not _stated_name(claim, ctoks, t, passage, ptoks, p_side, present, names)
            )
            or (
                _slot_kind(claim, t) is not None
                and not any(same_name(t, p) for p in pw)
                and any(
                    _slot_kind(passage, p) == _slot_kind(claim, t) and not same_name(p, t) for p in p_side
                )
            )
        ]
        rivals = [
            p
            for p in p_side
            if is_name(passage, p, names)
            # a model's letters face only a model's ("MiG-29" against "Su-27"), no person or place
            and (not _model_at(passage, ptoks, p) or all(_model_at(claim, ctoks, c) for c in missing))
            # a rival the claim names elsewhere is its own; a capital the claim names by its country
            # ("US aid") still rivals a city in the slot ("a trip to Brussels" against "to Washington")
            and not any(
                same_name(
                    p, c, metonymy=not _city_for_city(claim, ctoks, missing, p), romanise=c.norm not in names
                )
                for c in cw
            )
            and (not missing or any(roles(claim, ctoks, c) & roles(passage, ptoks, p) for c in missing))
            and not (missing and all(other_parts(claim, ctoks, c, passage, ptoks, p) for c in missing))
            and not (missing and all(places.kind(c.norm) for c in missing) and _a_place_described(ptoks, p))
            # a city in the country the passage names is a detail it leaves out: "in Almaty"
            # against "within Kazakhstan"
            and not (missing and all(places.lies_in(c.norm, p.norm) for c in missing))
            # and a city in the claim's country states it: "in Lyon" for "in France"
            and not (missing and all(places.lies_in(p.norm, c.norm) for c in missing))
            # a credit's name faces only a credit's: "(Khabar, January 9)" against "(Interfax, January 9)"
            and not (in_credit(passage, p) and not any(in_credit(claim, c) for c in missing))
            # "Operation Enduring Freedom" for OEF: one body named two ways
            and not (
                missing
                and _slot_kind(passage, p) == "initials"
                and _named_otherwise(claim, ctoks, missing, p, [ptoks, around, article or []])
            )
        ]
        if missing and rivals:
            out.append(_phrase_conflict("name", claim, c_side if one_head else missing, passage, rivals))
            continue
        for c in c_side:
            for p in p_side:
                c_every, p_every = c_period.get(c.start), p_period.get(p.start)
                if c_every and p_every:
                    if c_every != p_every and c_every not in p_period.values():
                        out.append(_phrase_conflict("detail", claim, _with_cue(ctoks, c), passage, [p]))
                elif (
                    c.stem != p.stem
                    and not (
                        compass_pair(c.norm, p.norm) and bloc(claim, ctoks, c) and bloc(passage, ptoks, p)
                    )
                    and any(c.stem in k and p.stem in k for k in CLOSED_CLASSES)
                    and not any(x.stem == c.stem for x in pw)
                ):
                    out.append(_phrase_conflict("detail", claim, [c], passage, [p]))
    return out


# A source's credit in parentheses: "(Interfax-Kazakhstan, November 17)", "(RFE/RL, 2007)".
_CREDIT = re.compile(r"\(([^()]{1,80})\)")
_CREDIT_MONTHS = "|".join(m for m in MONTHS if len(m) > 3)  # not "may", which is also a verb
_CREDIT_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:" + _CREDIT_MONTHS + r")\b", re.I)


def in_credit(passage: str, p: Token) -> bool:
    """Is the name inside a parenthesised credit that dates a report ("(Interfax-Kazakhstan,
    November 17)")? It names who reported the words, not anyone or anywhere the words tell
    of, so it fills no slot of the claim."""
    return "(" in passage and any(lo < p.start < hi for lo, hi in _credit_spans(passage))


def credits(text: str) -> list[str]:
    """The insides of a text's dated credits: "Delovaya nedelya, December 28"."""
    return [text[lo + 1 : hi - 1] for lo, hi in _credit_spans(text)]


@lru_cache(maxsize=1024)
def _credit_spans(passage: str) -> tuple[tuple[int, int], ...]:
    return tuple(
        (m.start(), m.end())
        for m in _CREDIT.finditer(passage)
        if "," in m.group(1) and _CREDIT_DATE.search(m.group(1)) is not None
    )


def _stated_name(
    claim: str,
    ctoks: list[Token],
    t: Token,
    passage: str,
    ptoks: list[Token],
    slot: list[Token],
    present: list[Token],
    names: dict[str, bool],
) -> bool:
    """Is the claim's name stated in the passage? A city the passage names only by its country
    elsewhere is not, where the passage's slot holds a name no gazetteer knows before the same
    word: "the Minsk-based plant" against "the Baranavichy-based plant in Belarus" (a capital
    stands for its country as a government: "Moscow welcomed it" against "Russia's Lavrov
    welcomed it" still holds; a known place in the slot is the places' reading to weigh)."""

    def next_word(text: str, toks: list[Token], x: Token) -> str | None:
        k = next(i for i, y in enumerate(toks) if y is x) + 1
        return toks[k].stem if k < len(toks) and not toks[k].stop and toks[k].kind == "word" else None

    literal = places.kind(t.norm) == "city" and any(
        is_name(passage, p, names)
        and places.kind(p.norm) is None
        and not same_name(t, p)
        and (after := next_word(claim, ctoks, t)) is not None
        and after == next_word(passage, ptoks, p)
        for p in slot
    )
    by_country = not literal or any(same_name(t, p) for p in slot)
    unknown = t.norm not in names  # a spelling the corpus never writes may be the Russian one
    return any(same_name(t, p, metonymy=by_country, romanise=unknown) for p in present)


def _city_for_city(claim: str, ctoks: list[Token], missing: list[Token], p: Token) -> bool:
    """Is the slot a city in both texts: the passage's name, and each of the claim's missing
    names, a city standing alone? "Regina Asanova" and "Helena Paterson" are people whose
    names are also cities (outside review, session 51)."""

    def joined(a: Token, b: Token) -> bool:  # two capitalised words written as one name
        return a.cap and b.cap and a.kind == b.kind == "word" and not claim[a.end : b.start].strip()

    def alone(c: Token) -> bool:
        k = next(i for i, t in enumerate(ctoks) if t is c)
        return not (k and joined(ctoks[k - 1], c)) and not (k + 1 < len(ctoks) and joined(c, ctoks[k + 1]))

    return (
        places.kind(p.norm) == "city"
        and bool(missing)
        and all(places.kind(c.norm) == "city" and alone(c) for c in missing)
    )


def _named_otherwise(
    claim: str, ctoks: list[Token], missing: list[Token], initials: Token, texts: list[list[Token]]
) -> bool:
    """Does the claim spell out the initials the passage gives ("Operation Enduring Freedom"
    for "OEF"), as the article spells them out, and only so? "The Ghana Armed Forces (GAF)"
    are not the claim's "Ghana Air Force", and initials the article never spells out are not
    known to be the claim's name."""
    k = next(i for i, t in enumerate(ctoks) if t is missing[0])
    lo = hi = k
    while lo > 0 and ctoks[lo - 1].cap and claim[ctoks[lo - 1].end : ctoks[lo].start] == " ":
        lo -= 1
    while hi + 1 < len(ctoks) and ctoks[hi + 1].cap and claim[ctoks[hi].end : ctoks[hi + 1].start] == " ":
        hi += 1
    run = [t.norm for t in ctoks[lo : hi + 1] if t.norm not in STOPWORDS]
    return stands_for(run, initials.norm, texts, unspelt=False)


def stands_for(words: list[str], initials: str, texts: list[list[Token]], unspelt: bool) -> bool:
    """Are the initials those of `words` (two or more), which the texts spell out no other way?
    With `unspelt`, initials the texts never spell out count as those of `words` too."""
    if len(words) < 2 or "".join(w[0] for w in words) != initials:
        return False
    found = _spelt_out(initials, texts)
    return (unspelt or bool(found)) and all(found_words == words for found_words in found)


def _spelt_out(initials: str, texts: list[list[Token]]) -> list[list[str]]:
    """The capitalised runs right before the initials in the texts whose words' first letters
    are those initials: how the article spells them out ("Ghana Armed Forces (GAF)")."""
    out = []
    for toks in texts:
        for k, t in enumerate(toks):
            if t.norm != initials:
                continue
            words: list[str] = []
            j = k - 1
            while j >= 0 and len(words) < len(initials) and (toks[j].cap or toks[j].norm in STOPWORDS):
                if toks[j].norm not in STOPWORDS:
                    words.insert(0, toks[j].norm)
                j -= 1
            if len(words) == len(initials) and "".join(w[0] for w in words) == initials:
                out.append(words)
    return out


def _a_place_described(tokens: list[Token], tok: Token) -> bool:
    """ "the Republic's history", "the Kingdom": a capitalised common noun after "the", no
    place's name, may stand for whichever country the article is about, the claim's too."""
    k = next(i for i, t in enumerate(tokens) if t is tok)
    return (
        k > 0 and tokens[k - 1].norm == "the" and places.kind(tok.norm) is None and bool(synonyms(tok.stem))
    )


def _model_at(text: str, tokens: list[Token], tok: Token) -> bool:
    return model_letters(text, tokens, next(k for k, t in enumerate(tokens) if t is tok))


def periods(tokens: list[Token]) -> dict[int, str]:
    """Where a text says how often: token start -> the period ("every month" -> month).

    A bare "a year" is mostly a duration ("a year ago"), so "a" counts only after
    "once", "twice" or "times".
    """
    out = {}
    for i, t in enumerate(tokens):
        if t.norm in _PERIOD_WORDS:
            out[t.start] = _PERIOD_WORDS[t.norm]
            continue
        unit = "year" if t.norm == "annum" else t.norm.removesuffix("s")
        if unit not in _PERIOD_UNITS or i == 0:
            continue
        prev = tokens[i - 1]
        if prev.norm in _EVERY and (prev.norm != "a" or (i > 1 and tokens[i - 2].norm in _TIMES)):
            out[t.start] = unit
    return out


def _with_cue(tokens: list[Token], tok: Token) -> list[Token]:
    """The period word with its "every"/"per" in front."""
    i = next(k for k, t in enumerate(tokens) if t is tok)
    return [tokens[i - 1], tok] if i > 0 and tokens[i - 1].norm in _EVERY else [tok]


def _phrase_conflict(kind: str, claim: str, c: list[Token], passage: str, p: list[Token]) -> Conflict:
    cs, ce = c[0].start, c[-1].end
    ps, pe = p[0].start, p[-1].end
    return Conflict(kind, claim[cs:ce], passage[ps:pe], (cs, ce), (ps, pe))


# ---------------------------------------------------------------- polarity


# Verbs that deny what follows them as "not" does: "avoid upsetting" is "not upset".
NEGATING_VERBS = frozenset({"avoid", "refrain"})
# ... and those that do so before "to": "declined to ratify", "refused to sign", "failed to
# retain" say the deed was not done ("the numbers declined to 17" is no denial), and "unable
# to afford" says what "cannot afford" does.
REFUSING = frozenset({"declin", "refus", "fail", "unabl"})
FAILING = frozenset({"fail", "failed", "fails", "failing"})  # as written: "failed to retain"
# Words that deny the thing they name, as "no" does: "an absence of military infrastructure",
# "a lack of domestic industry", "it lacks an industry" (by stem).
LACKING = frozenset({"absenc", "lack"})


# Words before "short of" that make it "all but": "anything short of a war", "nothing short of".
_ALL_BUT = frozenset({"anything", "nothing", "everything"})
# What stands before a "yet to" that denies: "has yet to reach", "is yet to be", "remains yet to".
_YET_AFTER = frozenset("has have had is are was were remain remains remained".split())


def _negations(tokens: list[Token], text: str = "") -> list[int]:
    """Where a text negates. "X, not Y, ..." contrasts two things and negates neither."""
    out = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        prev = tokens[i - 1].norm if i > 0 else ""
        if (t.norm, nxt) in _NEG_IDIOMS:
            continue
        if t.norm == "not" and _until_a_time(text, tokens, i):
            continue  # "It was not until June that", "did not sign it until 2009": when, not whether
        if t.norm == "not" and i > 0 and text[tokens[i - 1].end : t.start].strip() == ",":
            continue
        quantifier = t.norm in NEGATIVE_QUANTIFIERS and prev not in ("a", "very", "quite")
        unlikely = t.norm == "unlikely" and nxt in ("to", "that")  # "is unlikely to force": "will not force"
        not_yet = t.norm == "yet" and nxt == "to" and prev in _YET_AFTER  # "have yet to reach": not reached
        # "left it short of the goals", "stopped short of sending": not reached, not done;
        # "anything short of a war" names all but it; "5 kilometres short of the border" is a
        # distance and "just short of 42 percent" an amount, near a figure
        short_of = (
            t.norm == "short"
            and nxt == "of"
            and prev not in _ALL_BUT
            and not any(x.kind == "num" for x in tokens[max(0, i - 2) : i])  # "5 kilometres short of"
            and not (i + 2 < len(tokens) and tokens[i + 2].kind == "num")  # "short of 42 percent"
        )
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        refuses = (
            t.stem in REFUSING
            and nxt == "to"
            and after is not None
            and after.kind == "word"
            and not after.stop
        )
        denies = (
            t.norm in NEGATIONS
            or t.norm.endswith("n't")
            or t.stem in NEGATING_VERBS
            or t.stem in LACKING
            or refuses
        )
        idiom = _too_to(tokens, i, text) or _far_from(tokens, i, text)
        if denies or quantifier or unlikely or not_yet or short_of or idiom:
            out.append(i)
    return out


def _manner_reversed(
    t: Token,
    wanted: set[str],
    ctoks: list[Token],
    ptoks: list[Token],
    passage: str,
    hi: int,
    p_norms: set[str],
) -> Token | None:
    """An adverb of manner opposite to the claim's word of manner (`wanted`: its antonyms, less
    the claim's own words), later in the sentence the claim is matched in, where the region the
    claim matches stops short of it: "Astana was quick to embrace the coalition" against
    "Astana recognized the importance of cooperation with the coalition but only slowly
    responded". Only when the passage does not state the claim's own word, and only an "-ly"
    adverb, which tells how the sentence's deed was done."""
    if t.norm in p_norms or t.kind != "word" or t.stop or not 0 < hi < len(ptoks) or not wanted:
        return None  # (a region that reaches the passage's end leaves nothing after it)
    # up to the end of the sentence, or of a clause set off by a semicolon
    stop = _CLAUSE_END.search(passage, ptoks[hi - 1].end)
    end = stop.start() if stop else len(passage)
    faced = next(
        (
            p
            for p in ptoks[hi:]
            if p.start < end and p.norm.endswith("ly") and (p.norm in wanted or p.stem in wanted)
        ),
        None,
    )
    if faced is None:
        return None
    # the deed the claim's word tells the manner of ("quick to [embrace]", "swiftly [embraced]"):
    # one the passage states otherwise is done in its own manner ("recognized ... but only
    # slowly rebuilt" says nothing of how quickly it recognized)
    k = next((i for i, c in enumerate(ctoks) if c is t), None)
    deed = (
        next((c for c in ctoks[k + 1 : k + 4] if c.kind == "word" and not c.stop), None)
        if k is not None
        else None
    )
    if deed is not None and any(x.stem == deed.stem or x.stem in synonyms(deed.stem) for x in ptoks):
        return None
    return faced


_CLAUSE_END = re.compile(r"[.!?;]")


def _ranks_the_same(ctoks: list[Token], t: Token, ptoks: list[Token], faced: Token) -> bool:
    """Do a claim's superlative of degree and a passage's comparative measure one thing among
    others? Not a comparative with "than" ("smaller than it was in 1990", "lower than a year
    ago": against its own past), and only when the passage states what the claim ranks: the
    subject of "is lowest" or the noun after "the lowest" ("retention is lowest" is not faced
    by "pay is higher")."""
    k = next((i for i, p in enumerate(ptoks) if p is faced), None)
    if k is None:
        return False
    than = next(
        (i for i in range(k + 1, min(len(ptoks), k + 1 + THAN_REACH)) if ptoks[i].norm == "than"), None
    )
    if than is not None and not _among_others(ptoks, than):
        return False
    j = next((i for i, c in enumerate(ctoks) if c is t), None)
    if j is None:
        return False
    # the subject of "is lowest" (the claim's first plain word: "Retention in the army is
    # lowest"), or the noun after "the lowest"
    before = [c for i, c in enumerate(ctoks[:j]) if c.kind == "word" and not c.stop and (not c.cap or i == 0)]
    after = [c for c in ctoks[j + 1 : j + 1 + RANKED_REACH] if c.kind == "word" and not c.stop]
    thing = before[0] if before else after[0] if after else None
    return thing is not None and any(p.stem == thing.stem for p in ptoks)


def _among_others(ptoks: list[Token], than: int) -> bool:
    """Does "than" compare with other members ("than among recruits", "than in the south"),
    not with a time ("than it was", "than in 1990", "than a year ago")?"""
    after = ptoks[than + 1 : than + 3]
    return (
        bool(after)
        and after[0].norm in GROUP_PREPOSITIONS
        and not (len(after) > 1 and after[1].kind == "num")
    )


GROUP_PREPOSITIONS = frozenset({"among", "in", "for", "at", "on"})
THAN_REACH = 4  # "higher than", "significantly lower than": words from a comparative to its "than"
RANKED_REACH = 3  # "retention is [significantly] lowest", "the lowest retention": words to what is ranked


def _degree_opposites(t: Token) -> set[str]:
    """The comparatives that go the other way of a superlative of degree: "lowest" faces
    "higher", "greater", "stronger" ... (see specifics.DEGREE_SUPERLATIVES)."""
    way = DEGREE_SUPERLATIVES.get(t.norm)
    return {w for w, other in DEGREE_COMPARATIVES.items() if way is not None and other != way}


# What "far from" follows when it denies: "has been far from supportive", "remains far from over".
_LINKS = frozenset("is are was were be been being remains remained seems seemed looks looked".split())


def _far_from(tokens: list[Token], i: int, text: str = "") -> bool:
    """ "has been far from supportive": a denial; not a distance ("far from the border").
    A contrast that opens a clause denies the deed it names ("Put simply, far from improving
    standards, many of these officers ... leave": they do not improve them), not its clause."""
    if tokens[i].norm != "far" or i + 2 >= len(tokens) or tokens[i + 1].norm != "from":
        return False
    then = tokens[i + 3] if tokens[i + 2].norm == "being" and i + 3 < len(tokens) else tokens[i + 2]
    if then.kind != "word" or then.cap or then.stop:
        return False
    if i > 0 and tokens[i - 1].norm in _LINKS:
        return True
    return _opens_contrast(tokens, i, text) and then.norm.endswith("ing")


# Words of a sentence's opening phrase that may stand before a contrast: "Put simply, far from".
CONTRAST_OPENING = 3


def _opens_contrast(tokens: list[Token], i: int, text: str) -> bool:
    """Does "far from" open its sentence, or follow only a short opening phrase set off by a
    comma ("Far from resisting it, ...", "Put simply, far from improving ...")? After the
    subject ("The barracks, far from training grounds, opened") it is more often a distance."""
    if not text:
        return False
    start = max((text.rfind(p, 0, tokens[i].start) for p in ".!?;:"), default=-1) + 1
    before = text[start : tokens[i].start].strip()
    if not before:
        return True
    words = re.findall(r"[\w'’-]+", before)
    return (
        before.endswith(",")
        and len(words) <= CONTRAST_OPENING
        and not any(w.lower() in OPENING_SUBJECT for w in words)
        and not any(w[:1].isupper() for w in words[1:])
        and (len(words) > 1 or words[0].lower().endswith("ly") or words[0].lower() in STOPWORDS)
    )


# Words that make an opening phrase a subject, not a phrase of manner: "The base, far from".
OPENING_SUBJECT = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
)


_TOO_SKIP = 2  # from "too" past its quality and "to" to what it denies


# Words from a denial to the deed it denies ("did not [quickly] approve"), and from that deed
# to the thing it is done to ("far from improving [overall] standards").
DENIED_REACH = 3


def _plain(t: Token) -> bool:
    return t.kind == "word" and not t.stop and not t.cap and t.norm not in NEGATIONS


def denials(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Each denial of the text and the deed it denies, as token positions: "far from
    improving", "did not approve", "too small to be significant"."""
    out = []
    for i in _negations(tokens, text):
        if tokens[i].norm in ("too", "far"):
            head = _denied_by_idiom(tokens, i)
            k = next((j for j, t in enumerate(tokens) if t is head), None)
        else:
            k = next(
                (j for j in range(i + 1, min(len(tokens), i + 1 + DENIED_REACH)) if _plain(tokens[j])),
                None,
            )
        if k is not None:
            out.append((i, k))
    return out


def _denied_by_idiom(tokens: list[Token], i: int) -> Token | None:
    """The word "too ... to" or "far from" denies: "too small to be [significant]", "far
    from [being] [supportive]"."""
    k = i + (_TOO_SKIP + 1 if tokens[i].norm == "too" else 2)
    return next((t for t in tokens[k : k + 3] if t.kind == "word" and not t.stop), None)


def _too_to(tokens: list[Token], i: int, text: str = "") -> bool:
    """ "too small to be significant": what follows "to" is denied ("not significant"). Not
    the "too" of "also" ("officers, too, choose to leave"), set off by punctuation."""
    if tokens[i].norm != "too" or i + 3 >= len(tokens):
        return False
    quality, to, then = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    if text and text[tokens[i].end : quality.start].strip():
        return False
    return quality.kind == "word" and not quality.stop and to.norm == "to" and then.kind == "word"


HEADLINE_SHARE = 0.6  # of a text's content words capitalised, from which it is written as a title


def headline(text: str, tokens: list[Token]) -> bool:
    """Is the text a title ("Russia Welcomed the Creation of a Kazakh Navy"): no full stop,
    and most words capitalised? Then a capital marks no name. (A sentence dense with names,
    "U.S. Senator Dick Lugar observed ...", ends in a full stop.)"""
    words = [t for t in tokens if t.kind == "word" and not t.stop and not t.synthetic]
    return (
        not text.rstrip().endswith((".", "!", "?"))
        and len(words) > 2
        and sum(t.cap for t in words) >= HEADLINE_SHARE * len(words)
    )


# A copula or auxiliary: the word after it is the predicate of the clause it closes.
# a verb's auxiliaries, modal ones too ("curricula will be reformed")
_LINKING = frozenset(
    "is are was were be been being has have had will would shall should can could may might must".split()
)


def _both_sides(t: Token, anti: str, ctoks: list[Token], ptoks: list[Token]) -> bool:
    """Does the claim state both words of the pair as the passage does, each by a synonym:
    "first from domestic training, and only a few abroad" for "first from national training,
    and only a few foreign"? Then the passage's "foreign" is the claim's "abroad", not a
    reversal of its "domestic"."""
    alike = synonyms(t.stem)
    mine = next((p for p in ptoks if p.stem in alike), None)
    theirs = next((p for p in ptoks if p.stem == anti), None)
    if mine is None or theirs is None:
        return False
    # in the same order: "domestic ... abroad" for "national ... foreign", not "abroad ... domestic"
    return any(
        c is not t
        and anti in synonyms(c.stem)
        and same_tone(c, theirs)
        and (t.start < c.start) == (mine.start < theirs.start)
        for c in ctoks
        if c.kind == "word" and not c.stop
    )


AGE_UNITS = frozenset({"year", "month", "week", "day"})  # "45-year-old", "a six-month-old plan"


def _of_age(text: str, tokens: list[Token], t: Token) -> bool:
    """Is t the "old" of an age written with hyphens ("45-year-old")?"""
    k = next((i for i, x in enumerate(tokens) if x is t), 0)
    return (
        t.norm == "old"
        and k > 0
        and tokens[k - 1].norm.removesuffix("s") in AGE_UNITS
        and text[tokens[k - 1].end : t.start] == "-"
    )


def _manner_noun(tokens: list[Token], t: Token) -> bool:
    """ "with ease", "at ease": a bare noun after "with" or "at" tells a manner or a state."""
    k = next(i for i, x in enumerate(tokens) if x is t)
    return k > 0 and tokens[k - 1].norm in ("with", "at") and t.norm == "ease"


def _adverb(t: Token) -> bool:
    """An adverb of manner or degree ("undoubtedly", "sharply"), by its ending."""
    return t.kind == "word" and len(t.norm) > 4 and t.norm.endswith("ly")


def polarity_conflicts(
    claim: str, ctoks: list[Token], passage: str, ptoks: list[Token], region: tuple[int, int]
) -> list[Conflict]:
    """Does one side deny, or state the opposite of, what the other asserts?

    Only the part of the passage that aligns with the claim (`region`, token indexes)
    is read, so a negation in another clause of the sentence does not count.
    """
    lo, hi = region
    lo = max(0, lo - 3)
    matched_end = hi
    # the function words that close the matched clause belong to it: "... of that policy is not."
    while (
        hi < len(ptoks)
        and (ptoks[hi].stop or ptoks[hi].norm in NEGATIONS)
        and not passage[ptoks[hi - 1].end : ptoks[hi].start].strip()
    ):
        hi += 1
    # ... and the word right after the last matched one, which closes it: "is undoubtedly
    # growing" against "is undoubtedly diminishing"; not past a function word ("while cutting")
    # unless only a verb's auxiliaries stand between ("equipment have been hard to obtain")
    if (
        all(t.norm in _LINKING for t in ptoks[matched_end:hi])
        and hi < len(ptoks)
        and ptoks[hi].kind == "word"
        and not passage[ptoks[hi - 1].end : ptoks[hi].start].strip()
    ):
        # an adverb between the auxiliaries and the verb goes with them: "is undoubtedly growing",
        # unless the matched part has a deed of its own, which makes the next verb another
        # clause's ("Fuel duty the government raised in 2006 is currently reduced")
        if (
            hi > matched_end
            and _adverb(ptoks[hi])
            and hi + 1 < len(ptoks)
            and ptoks[hi + 1].kind == "word"
            and not any(t.kind == "word" and not t.stop and past_form(t.norm) for t in ptoks[lo:matched_end])
        ):
            hi += 1
        hi += 1
    ptoks_r = ptoks[lo:hi]
    c_neg = [i for i in _negations(ctoks, claim) if _denies_shared(ctoks, i, ptoks_r)]
    p_neg = [i for i in _negations(ptoks_r, passage) if _denies_shared(ptoks_r, i, ctoks)]
    c_norms = {t.norm for t in ctoks}
    p_norms = {t.norm for t in ptoks_r}
    flips: list[tuple[Token, Token]] = []
    titled = headline(claim, ctoks)
    for t in ctoks:
        if t.kind != "word" or t.norm in ORDER_CUES:
            continue  # "after" against "before" is an order of events, which `timeline.order` reads
        if t.cap and t is not ctoks[0] and not titled:
            continue  # a name, capitalised inside the sentence: "Foreign Policy Blogs"
        if _of_age(claim, ctoks, t):
            continue  # "a 45-year-old officer" tells an age, not that he is old rather than new
        antonyms, adverbs = opposites(t.stem), adverb_opposites(t.norm)
        for anti in antonyms:
            # each use of a word on one side pairs off with one of the other's: "as ties deepen
            # with Washington, Astana is loosening its ties to Russia" against "as ties deepen
            # ..., Astana is deepening its ties" leaves one "deepening" of the passage facing
            # the claim's "loosening"; "won the first, lost the second, won the third" against
            # "won ..., lost ..., lost the third" leaves a "won" facing a "lost"
            theirs = [x for x in ptoks_r if x.stem == anti][sum(x.stem == anti for x in ctoks) :]
            mine_left = sum(x.stem == t.stem for x in ctoks) > sum(x.stem == t.stem for x in ptoks_r)
            if theirs and mine_left and not _both_sides(t, anti, ctoks, ptoks_r):
                p = theirs[0]
                if _manner_noun(ptoks_r, p):
                    continue  # "won the final with ease": how, not a change
                if p.cap and p is not ptoks[0] and not headline(passage, ptoks):
                    continue  # a word of a name, as in the claim: "the Defense Ministry" judges nothing
                # "quick ... rapidly" against one "slowly": one reversal, not two that cancel;
                # a claim that negates ("neither opposed nor rejected") counts each word's own
                if c_neg or all(p is not q for _, q in flips):
                    flips.append((t, p))
        manner = _manner_reversed(t, (antonyms | adverbs) - c_norms, ctoks, ptoks, passage, hi, p_norms)
        if manner is not None and not any(t is c or manner is q for c, q in flips):
            flips.append((t, manner))  # "was quick to embrace" against "... but only slowly responded"
        for anti in _degree_opposites(t) - c_norms:
            faced = next((x for x in ptoks_r if x.norm == anti), None)
            if faced is None or any(t is c or faced is q for c, q in flips):
                continue
            if not _ranks_the_same(ctoks, t, ptoks, faced):
                continue
            flips.append((t, faced))  # "lowest" against "higher", word for word
        for anti in adverbs - c_norms:
            faced = next((x for x in ptoks_r if x.norm == anti), None)
            if faced is None or t.norm in p_norms or any(t is c or faced is q for c, q in flips):
                continue
            flips.append((t, faced))  # "swiftly" against "slowly", word for word
    flips += _changes_reversed(ctoks, ptoks_r, {id(c) for c, _ in flips})
    flips += _change_denied(ctoks, ptoks_r, {id(c) for c, _ in flips})
    # "likely" against "unlikely to": one reversal, not an antonym and a denial that cancel
    p_neg = [i for i in p_neg if not any(ptoks_r[i] is q for _, q in flips)]
    c_neg = [i for i in c_neg if not any(ctoks[i] is c for c, _ in flips)]
    # a negative quantifier facing its antonym is one reversal, not two
    quantifier_flips = sum(1 for c, _ in flips if c.norm in NEGATIVE_QUANTIFIERS)
    claim_polarity = (len(c_neg) + len(flips) - quantifier_flips) % 2
    if claim_polarity == len(p_neg) % 2:
        return []
    if flips:
        c, p = flips[0]
        # a quantifier is read with the word it governs ("little progress"), other words alone
        c_lo, c_hi = _with_next(ctoks, c) if c.norm in NEGATIVE_QUANTIFIERS else (c.start, c.end)
        p_lo, p_hi = _with_next(ptoks, p) if p.norm in NEGATIVE_QUANTIFIERS else (p.start, p.end)
        return [Conflict("polarity", claim[c_lo:c_hi], passage[p_lo:p_hi], (c_lo, c_hi), (p_lo, p_hi))]
    if len(c_neg) % 2:
        s, e = _with_next(ctoks, ctoks[c_neg[0]])
        other = _counterpart(ctoks, ctoks[c_neg[0]], ptoks_r)
        if other is None:
            note = f"the claim denies what the source states (\u201c{claim[s:e]}\u201d)"
            return [Conflict("negation", claim[s:e], "", (s, e), None, note=note)]
        return [Conflict("polarity", claim[s:e], passage[other[0] : other[1]], (s, e), other)]
    s, e = _with_next(ptoks, ptoks_r[p_neg[0]])
    other = _counterpart(ptoks_r, ptoks_r[p_neg[0]], ctoks)
    if other is None:
        note = f"the source denies what the claim states (\u201c{passage[s:e]}\u201d)"
        return [Conflict("negation", "", passage[s:e], None, (s, e), note=note)]
    return [Conflict("polarity", claim[other[0] : other[1]], passage[s:e], other, (s, e))]


def _changes_reversed(ctoks: list[Token], ptoks: list[Token], flipped: set[int]) -> list[tuple[Token, Token]]:
    """A change the claim states one way that the passage states the other way, in words WordNet
    does not pair as antonyms: "shrank" against "an almost 75 percent increase". A passage that
    also states the claim's own direction is not read as reversing it."""
    c_stems = {c.stem for c in ctoks}  # the claim's own words ("Threat Reduction") reverse nothing
    theirs = [
        (p, found[0])
        for k, p in enumerate(ptoks)
        if p.stem not in c_stems
        and not (p.cap and k > 0)  # a word of a name ("Cooperative Threat Reduction") changes nothing
        and (found := change_at(ptoks, k)) is not None
    ]
    p_stems = {p.stem for p in ptoks}
    out = []
    for k, c in enumerate(ctoks):
        found = change_at(ctoks, k)
        if found is None or id(c) in flipped or c.stem in p_stems:
            continue
        way = found[0]
        if any(w == way for _, w in theirs):
            continue
        against = [p for p, w in theirs if w != way]
        # of several, the one a figure goes with: "an almost 75 percent increase", not "bolster";
        # or the one that changes an amount: "raising the numbers of", not "progress"
        other = next((p for p in against if _near_figure(ptoks, p)), None) or next(
            (p for p in against if amount_after(ptoks, _at(ptoks, p) + 1)), against[0] if against else None
        )
        if other is not None and _same_amount(ctoks, k, ptoks, _at(ptoks, other)):
            out.append((c, other))
    return out


CHANGE_STEM = stem("change")
# Verbs that keep a thing as it is, between it and "unchanged": "contributions will stay unchanged".
KEEPING = frozenset(stem(w) for w in "remain stay leave left keep kept hold held".split())


def _change_denied(ctoks: list[Token], ptoks: list[Token], flipped: set[int]) -> list[tuple[Token, Token]]:
    """A claim that says a thing is left as it was ("leaving curricula unchanged": a word
    WordNet gives "change" as its opposite) against a passage that tells a change of the same
    thing as a verb's past form after its auxiliaries ("curricula will be reformed", "fees were
    raised"): a word of change up or down (data/change.txt). The thing is the word just before
    each, and the claim must not state the passage's word of change itself."""
    c_stems, p_stems = {c.stem for c in ctoks}, {p.stem for p in ptoks}
    out = []
    for k, c in enumerate(ctoks):
        if (
            id(c) in flipped
            or c.kind != "word"
            or CHANGE_STEM not in opposites(c.stem)
            or c.stem in KEEPING  # "stay" is WordNet's opposite of "change", but one stays in Iraq too
            or c.stem in p_stems
        ):
            continue
        j = k - 1
        while j >= 0 and (ctoks[j].norm in _LINKING or ctoks[j].stem in KEEPING or ctoks[j].norm == "been"):
            j -= 1
        mine = _changed_thing(ctoks, j + 1)
        if mine is None:
            continue
        for i, p in enumerate(ptoks):
            if p.stem in c_stems or not past_form(p.norm) or change_at(ptoks, i) is None:
                continue
            a = i - 1
            while a >= 0 and ptoks[a].norm in _LINKING:
                a -= 1
            theirs = _changed_thing(ptoks, a + 1) if a < i - 1 else None
            if theirs is not None and theirs == mine:
                out.append((c, p))
                break
    return out


def _changed_thing(tokens: list[Token], end: int) -> tuple[str, ...] | None:
    """The stems of the noun phrase that ends before tokens[end], with the phrase it is of when a
    preposition takes it ("fees at state universities", "share of the defense budget"): the
    thing must be the same whole on both sides ("dormitory fees" are no "tuition fees")."""
    run = _content_run(tokens, end)
    if not run:
        return None
    k = end - len(run)
    while k > 0 and tokens[k - 1].norm in _DETERMINERS:
        k -= 1
    if k > 0 and tokens[k - 1].norm in _PREPOSITIONS_OF_A_THING:
        before = _content_run(tokens, k - 1)
        return (*(t.stem for t in before), tokens[k - 1].norm, *(t.stem for t in run))
    return tuple(t.stem for t in run)


def _content_run(tokens: list[Token], end: int) -> list[Token]:
    """The content words (up to THING_WORDS) right before tokens[end]; a verb that keeps a
    thing as it is ("leaving curricula") ends it."""
    run: list[Token] = []
    k = end - 1
    while k >= 0 and len(run) < THING_WORDS:
        t = tokens[k]
        if t.kind != "word" or t.stop or t.stem in KEEPING or t.synthetic:
            break
        run.insert(0, t)
        k -= 1
    return run


THING_WORDS = 3  # "the teacher training budget"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_PREPOSITIONS_OF_A_THING = frozenset({"of", "for", "to", "in", "on", "at", "with", "from", "by"})


def _at(tokens: list[Token], tok: Token) -> int:
    return next(i for i, t in enumerate(tokens) if t is tok)


AIM_REACH = 4  # tokens before a change within which a word of aim makes it an aim
AIM_WORDS = frozenset({"aim", "order", "goal", "plan", "intend", "hope", "seek", "want", "wish"})
OBJECT_WORDS = 3  # words after "the number of" that say whose number
OF_REACH = 4  # tokens after the verb within which its "of" stands: "cut the overall number of"


def _same_amount(ctoks: list[Token], ci: int, ptoks: list[Token], pi: int) -> bool:
    """When either side changes an amount it names ("cut the number of contract soldiers"), the
    two must change the number of the same things ("raising the numbers of contract
    personnel", not "of conscripts"), and both as an aim or both as done ("resignations have cut
    the number" against "in order to maximize the numbers")."""
    if not (amount_after(ctoks, ci + 1) or amount_after(ptoks, pi + 1)):
        return True

    def aimed(tokens: list[Token], i: int) -> bool:
        return any(t.stem in AIM_WORDS for t in tokens[max(0, i - AIM_REACH) : i])

    def whose(tokens: list[Token], i: int) -> set[str]:
        of = next(
            (j for j in range(i + 1, min(i + 1 + OF_REACH, len(tokens))) if tokens[j].norm == "of"), None
        )
        if of is None:
            return set()
        return {t.stem for t in tokens[of + 1 : of + 1 + OBJECT_WORDS] if t.kind == "word" and not t.stop}

    return aimed(ctoks, ci) == aimed(ptoks, pi) and bool(whose(ctoks, ci) & whose(ptoks, pi))


def _near_figure(tokens: list[Token], tok: Token) -> bool:
    """Does a figure stand within AMOUNT_REACH tokens of the word, either side?"""
    i = _at(tokens, tok)
    return any(t.kind == "num" for t in tokens[max(0, i - AMOUNT_REACH) : i + AMOUNT_REACH + 1])


COPULA = BE - {"being"}  # "is not new"; "being not ..." is no state told


def _denied_state(tokens: list[Token], i: int) -> Token | None:
    """The word a copula's "not" denies, when it is a plain word standing right after it ("is
    not new", "were not alone") or after "a" ("is not an outlier": a state too), not a verb's
    form ("was not held", "is not being")."""
    if tokens[i].norm != "not" or i == 0 or tokens[i - 1].norm not in COPULA or i + 1 >= len(tokens):
        return None
    k = i + 2 if tokens[i + 1].norm in ("a", "an") and i + 2 < len(tokens) else i + 1
    said = tokens[k]
    if said.kind != "word" or said.stop or said.cap or past_form(said.norm) or said.norm.endswith("ing"):
        return None
    return said


def _denies_shared(tokens: list[Token], i: int, other: list[Token]) -> bool:
    """A lack or an absence denies only the thing it names: it counts when the other side
    names that thing as a plain word ("an absence of military infrastructure" against "a
    dense military infrastructure", not against "the Western Military District"). So do
    "too small to be significant" and "far from supportive", which deny by an idiom: the
    other side must state "significant" or "supportive" (or its opposite), not as part of a
    compound ("high-ranking" for "far from high")."""
    if tokens[i].norm in ("too", "far"):
        head = _denied_by_idiom(tokens, i)
        if head is None:
            return False
        # the word itself, or its opposite, whose reversal the idiom's denial cancels
        # ("far from supportive" against "voiced opposition"); a contrast's opposite is what
        # its own clause goes on to say ("Far from resisting it, Kazakhstan welcomes it")
        contrast = tokens[i].norm == "far" and (i == 0 or tokens[i - 1].norm not in _LINKS)
        if contrast and any(t.stem == head.stem and t is not head for t in tokens):
            return False  # the deed told again, undenied: "far from flying ... began flying again"
        wanted = {head.stem} | (set() if contrast else set(opposites(head.stem)))
        compounds = {(t.start, t.end) for t in other if t.synthetic}
        return any(
            t.stem in wanted
            and not t.cap
            and not any(
                lo <= t.start and t.end <= hi and (lo, hi) != (t.start, t.end) for lo, hi in compounds
            )
            for t in other
        )
    if tokens[i].stem == "unabl":
        # "who were unable to leave" denies leaving, not what the sentence goes on to say
        deed = tokens[i + 2] if i + 2 < len(tokens) else None
        return deed is not None and any(t.stem == deed.stem for t in other)
    if tokens[i].norm in NEGATING_VERBS:
        # "keen to avoid upsetting the balance" denies upsetting it, not the balance
        deed = next((t for t in tokens[i + 1 : i + 3] if t.kind == "word" and not t.stop), None)
        return deed is not None and any(t.stem == deed.stem for t in other)
    if (said := _denied_state(tokens, i)) is not None:
        # "She is not alone: ...", "the ties were not new": a state the other side never
        # states, in any form or by its opposite, is no deed the other side says was done
        family = {said.stem} | paraphrases(said.stem) | derivations(said.stem) | opposites(said.stem)
        return any(t.stem in family for t in other)
    if tokens[i].stem not in LACKING and tokens[i].norm != "short":  # "short of equipment" lacks it
        return True
    head = lacked(tokens, i)
    return head is not None and any(t.stem == head.stem and not t.cap for t in other)


def lacked(tokens: list[Token], i: int) -> Token | None:
    """The thing a lack at i denies: the first content word after it, or past a name joined
    by a hyphen, which tells what kind of thing it is ("a lack of Soviet-era military
    infrastructure" lacks military infrastructure, as "an absence of military infrastructure")."""
    k = next((k for k in range(i + 1, min(i + 4, len(tokens))) if not tokens[k].stop), None)
    if k is None:
        return None
    if tokens[k].cap:
        return _past_hyphened_name(tokens, k) or tokens[k]
    return tokens[k]


def _past_hyphened_name(tokens: list[Token], k: int) -> Token | None:
    """The word after a name at k joined by a hyphen to the word after it ("Soviet-era", "German-
    built"), when that word goes on the same phrase (no punctuation between): else None."""
    joined = next((t for t in tokens if t.synthetic and t.cap and t.start == tokens[k].start), None)
    if joined is None:
        return None
    after = next((t for t in tokens[k + 1 :] if t.start >= joined.end and not t.synthetic), None)
    if after is None or after.stop or after.cap or after.kind != "word" or after.start > joined.end + 1:
        return None
    return after


def _counterpart(tokens: list[Token], cue: Token, other: list[Token]) -> tuple[int, int] | None:
    """Where the other side states the negated word plainly: "little progress" -> "genuine progress"."""
    i = next(k for k, t in enumerate(tokens) if t is cue)
    i += _TOO_SKIP if cue.norm == "too" else 0  # "too small to be significant" denies "significant"
    heads = [t for t in tokens[i + 1 : i + 4] if not t.stop][:1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # a quantifier governs the very next word, even a short one: "little will"
    if (
        cue.norm in NEGATIVE_QUANTIFIERS
        and nxt is not None
        and nxt.kind == "word"
        and nxt.stop
        and nxt.norm not in _FUNCTION_WORDS
    ):
        heads.insert(0, nxt)
    for governed in heads:
        found = _stated(governed, other)
        if found is not None:
            return found
    return None


def _stated(governed: Token, other: list[Token]) -> tuple[int, int] | None:
    for k, t in enumerate(other):
        if t.stem == governed.stem:
            prev = other[k - 1] if k > 0 else None
            start = prev.start if prev is not None and not prev.stop and prev.kind == "word" else t.start
            return start, t.end
    return None


def _with_next(tokens: list[Token], tok: Token) -> tuple[int, int]:
    """A cue and the content word it governs: "little progress", "not quit"."""
    i = next(k for k, t in enumerate(tokens) if t is tok)
    i += _TOO_SKIP if tok.norm == "too" else 0
    for t in tokens[i + 1 : i + 4]:
        if not t.stop:
            return tok.start, t.end
    return tok.start, tok.end


HINTS = {
    "number": "numbers differ",
    "date": "dates differ",
    "name": "names differ",
    "detail": "details differ",
    "polarity": "polarity differs",
    "negation": "polarity differs",
    "evaluation": "judgement differs",
    "place": "places differ",
    "role": "roles swapped",
    "possession": "roles swapped",
    "title": "title of another person",
    "quantifier": "quantity differs",
    "comparison": "comparison reversed",
    "order": "order reversed",
    "modality": "done against planned",
}


def hints(claim: str, ctoks: list[Token], passage: str, ptoks: list[Token]) -> list[str]:
    """Short warnings for a find result whose figures or names disagree with the query."""
    found = quantity_conflicts(claim, ctoks, passage, ptoks)
    found += name_conflicts(claim, ctoks, passage, ptoks, [], {})
    return sorted({HINTS[c.kind] for c in found})
