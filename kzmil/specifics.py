"""What a claim asserts, piece by piece: the specifics a source must state to support it.

A claim is supported only when the evidence states every specific it asserts (see
`align`). A specific is a name (person, place, organisation, nationality), a figure or
date, a month or weekday, a strong quantifier ("most", "all", "few"), a comparison
("more ... than", "rather than") or an order ("before", "after", "then").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzmil import places
from kzmil.normalize import POSSESSIVE, Token
from kzmil.quantities import CURRENCY_CODES, MONTHS, Quantity, extract, home_currency
from kzmil.superlatives import ranked
from kzmil.synonyms import synonyms
from kzmil.tables import past_form

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Where in a country or region: "southern Iraq" is not "Central Iraq", nor "the south of the
# country". Adjectives name a part anywhere; the nouns only after "the" ("South Korea" is a name).
DIRECTIONS = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern southwestern".split()
)
_POINT_NOUNS = frozenset(
    "north south east west centre center northeast northwest southeast southwest".split()
)


def compass(tokens: list[Token], i: int) -> str | None:
    """The part of a place the word at i names ("southern", "the south": "south"), if it names one."""
    t = tokens[i]
    if t.kind != "word":
        return None
    if t.norm in DIRECTIONS and (not t.cap or _places_kind(tokens, i + 1)):
        if t.norm == "central":
            # "central" is mostly "chief" ("a central topic"); a part of a place is named
            # ("central Kazakhstan")
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            return "centre" if t.cap or (nxt is not None and nxt.cap and nxt.kind == "word") else None
        return t.norm.removesuffix("ern")
    if t.norm in _POINT_NOUNS and not t.cap and i and tokens[i - 1].norm == "the":
        return "centre" if t.norm == "center" else t.norm
    return None


def _places_kind(tokens: list[Token], i: int) -> bool:
    """Is the word at i a country or a city ("Central Iraq", not "Central Asia")?"""
    return i < len(tokens) and places.kind(tokens[i].norm) is not None


# Quantifier scale points. Weak ones ("some", "many", "several") are paraphrase material
# ("some five thousand soldiers") and are not required.
ALL, MOST, FEW, NONE = "all", "most", "few", "none"
# "a minority", "less than half": under half, which "few" (a small part) need not be.
MINORITY = "minority"
# "exclusively to the United States": that no other is, which "also ... France" leaves unstated.
SOLE = "sole"
# "many" is too weak to require ("many officers" is paraphrase material), but it denies "few".
MANY = "many"
# A source's "much of": a large part, which states an adverb of the most ("largely", "mostly")
# but is no majority ("most of the aid" against "much of the aid, about a third") and stands
# against no other share ("a minority of the forest": a large minority is much).
MUCH = "much"
MOST_ADVERBS = frozenset({"largely", "mostly", "mainly", "chiefly", "predominantly"})
QUANTIFIERS = {
    "all": ALL,
    "every": ALL,
    "entire": ALL,
    "entirely": ALL,
    "everyone": ALL,
    "everybody": ALL,
    "wholly": ALL,
    "completely": ALL,
    "most": MOST,
    "majority": MOST,
    "bulk": MOST,
    "largely": MOST,
    "mostly": MOST,
    "mainly": MOST,
    "chiefly": MOST,
    "predominantly": MOST,
    "few": FEW,
    "handful": FEW,
    "minority": MINORITY,
    "none": NONE,
    "nobody": NONE,
    "many": MANY,
    "numerous": MANY,
    "exclusively": SOLE,
    "solely": SOLE,
    "sole": SOLE,
}
# What states that no other is: a claim's "exclusively" is stated by "only" or "alone" too.
SOLE_WORDS = frozenset({"exclusively", "solely", "sole", "only", "alone"})
# "a small share", "only a fraction": a small part, on the scale with "few".
SMALL_PART = frozenset({"share", "proportion", "fraction", "part", "number", "percentage", "portion"})
# "The two ministers", "the three countries": a small count after "the" points back to what
# was named before; it asserts no figure of its own.
BACK_REFERENCE_MAX = 3
# Units of time: "every year" says how often, not "all of them".
PERIODS = frozenset("hour day night week fortnight month quarter year decad centuri time".split())
# Words before "all" that make it no quantifier: "at all", "above all", "not all" (a negation).
_NOT_ALL = frozenset({"at", "above", "after", "not", "for"})
# Words before "much of" that make it no share: "as much of", "how much of", "so much of", "not much of".
_NOT_MUCH = frozenset({"as", "how", "so", "too", "not"})

UP, DOWN = "up", "down"
COMPARATIVES = {
    "more": UP,
    "greater": UP,
    "higher": UP,
    "larger": UP,
    "bigger": UP,
    "stronger": UP,
    "better": UP,
    "less": DOWN,
    "fewer": DOWN,
    "lower": DOWN,
    "smaller": DOWN,
    "weaker": DOWN,
    "worse": DOWN,
}
# Superlatives of degree, which rank a thing at one end of the scale the comparatives of
# DEGREE_COMPARATIVES measure: "retention is lowest among senior officers" says the other way
# of "retention is higher among senior officers". Not "most" and "least" (quantifiers, read as
# such), nor "best" and "worst", whose way depends on what they measure (worst losses are the
# highest).
DEGREE_SUPERLATIVES = {
    "greatest": UP,
    "highest": UP,
    "largest": UP,
    "biggest": UP,
    "strongest": UP,
    "fewest": DOWN,
    "lowest": DOWN,
    "smallest": DOWN,
    "weakest": DOWN,
}
DEGREE_COMPARATIVES = {
    w: way for w, way in COMPARATIVES.items() if w not in ("more", "less", "fewer", "better", "worse")
}
# Verbs that compare two amounts: "officers on short courses outnumber those in full-time study".
COMPARATIVE_VERBS = {
    "outnumb": UP,
    "exceed": UP,
    "surpass": UP,
    "outweigh": UP,
    "outstrip": UP,
    "trail": DOWN,
}
# Words that multiply a figure: "double the previous year's", "halved".
MULTIPLIERS = {
    "doubl": 2.0,
    "twice": 2.0,
    "tripl": 3.0,
    "trebl": 3.0,
    "thrice": 3.0,
    "quadrupl": 4.0,
    "halv": 0.5,
}
# How far "than" may follow its comparative: "less likely to stay in the army than", "fewer
# Kazakh servicemen will be trained in the U.S. this year than" (14 tokens; 10 left such a
# claim's comparison unread, and no dev verdict changed otherwise).
THAN_WINDOW = 14
PREFERENCE = frozenset({("rather", "than"), ("instead", "of")})

# Order cues: which of the two events around the cue comes first in time.
# Verbs of order: "A preceded B" puts A first, "A followed B" puts B first; "by" makes them
# passive and turns them round ("A was followed by B").
PRECEDE_VERBS = frozenset({"precede", "precedes", "preceded"})
FOLLOW_VERBS = frozenset({"follow", "follows", "followed"})
FIRST_LEFT = (
    frozenset({"before", "then", "prior", "ahead", "later", "subsequently", "afterwards"}) | PRECEDE_VERBS
)  # "A before B", "A, then B", "A and later B": A first
FIRST_RIGHT = (
    frozenset({"after", "earlier", "following", "aftermath", "wake"}) | FOLLOW_VERBS
)  # "A after B", "A in the wake of B", "A; earlier, B"
# Adverbs of time that become comparatives before "than", which turns them round: "A later
# than B" puts B first, "A earlier than B" puts A first.
THAN_TURNS = frozenset({"later", "earlier"})
# Cues that are one only inside a phrase: "ahead of" (not "went ahead"), "in the wake of".
_ORDER_PHRASES = {"ahead": ("", "of"), "wake": ("the", "of")}
ORDER_CUES = FIRST_LEFT | FIRST_RIGHT
# "named after", "after all", "look after", "before long": not an order of events.
_NOT_ORDER = frozenset({("named", "after"), ("after", "all"), ("look", "after"), ("before", "long")})


# Words that bound a factor before it ("more than double", "almost twice") and that make it a
# comparison after it ("twice as many"): part of the factor, stated with it.
FACTOR_BOUNDS = frozenset({"over", "nearly", "almost", "about", "roughly", "some"})
FACTOR_COMPARED = frozenset({"many", "much"})


def _multiplier_words(tokens: list[Token], i: int) -> list[Token]:
    """The factor's words: "more than twice as many" for "twice"."""
    lo, hi = i, i + 1
    if i >= 2 and tokens[i - 1].norm == "than" and tokens[i - 2].norm in COMPARATIVES:
        lo = i - 2
    elif i >= 1 and tokens[i - 1].norm in FACTOR_BOUNDS:
        lo = i - 1
    if i + 2 < len(tokens) and tokens[i + 1].norm == "as" and tokens[i + 2].norm in FACTOR_COMPARED:
        hi = i + 3
    return tokens[lo:hi]


@dataclass
class Specific:
    # name | figure | month | direction | quantifier | comparison | preference | order | multiplier |
    # superlative | word | done | dated (a word of an event read with its date, `relative.py`)
    kind: str
    tokens: list[Token]
    text: str  # as written in the claim
    value: str = ""  # quantifier class, comparison direction, or order cue
    quantity: Quantity | None = None
    cue: list[Token] = field(default_factory=list)  # the words that make it one

    @property
    def span(self) -> tuple[int, int]:
        return self.tokens[0].start, self.tokens[-1].end


def _named_plural(tokens: list[Token], i: int) -> bool:
    """A capitalised word before a plural ("most Kazakh officers"): a name takes no "most"
    of degree, so the "most" counts the plural."""
    return (
        tokens[i].cap
        and i + 1 < len(tokens)
        and tokens[i + 1].kind == "word"
        and not tokens[i + 1].stop
        and tokens[i + 1].norm.endswith("s")
    )


# Verbs that can follow only a "most" that counts ("most will receive", "most have left"): a
# superlative ("most important") is followed by its adjective, never by one of these.
MOST_COUNTS_BEFORE = frozenset("will would have had are were can could may might must should do did".split())


def quantifiers(tokens: list[Token], stating: bool = False) -> list[tuple[int, str]]:
    """(token index, class) of the strong quantifiers in a text. A source's "each" states
    "every" (`stating`); a claim's "each" is often only distributive, so it is not required."""
    out = []
    for i, t in enumerate(tokens):
        prev = tokens[i - 1].norm if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        cls = QUANTIFIERS.get(t.norm)
        if stating and t.norm == "each" and nxt is not None and nxt.norm != "other":
            cls = ALL  # a source's "each of the commands" states "every command"
        if stating and t.norm == "much" and nxt is not None and nxt.norm == "of" and prev not in _NOT_MUCH:
            cls = MUCH  # a source's "much of this shakeup involves" states "largely", "mostly"
        if cls == ALL and prev in _NOT_ALL and (t.norm == "all" or prev == "not"):
            continue  # "at all", "after all", "for all its faults", "not every": no universal
        if t.norm in ("every", "each") and nxt is not None and (nxt.kind == "num" or nxt.stem in PERIODS):
            continue  # "every year", "every two months": how often, not how many
        if t.norm == "most" and (
            prev == "the"
            or nxt is None
            or (
                nxt.norm != "of"
                and nxt.norm not in MOST_COUNTS_BEFORE
                and not nxt.norm.endswith("s")
                and not _named_plural(tokens, i + 1)
            )
        ):
            continue  # a superlative ("the most significant", "most important")
        if t.norm == "few" and prev in ("a", "quite") and not (i > 1 and tokens[i - 2].norm == "only"):
            continue  # "a few" is some, not few; "only a few" is few
        if cls is None and t.norm in SMALL_PART and prev == "small":
            cls = FEW
        negated = i > 1 and tokens[i - 2].norm in ("not", "nor")  # "not the only thing"
        word_after = nxt is not None and nxt.kind == "word"
        if cls is None and t.norm == "only" and prev == "the" and word_after and not negated:
            cls = SOLE  # "the only U.S. initiative": that no other is
        if cls is None and t.norm == "some" and prev == "only":
            cls = FEW  # "only some of the tasks": not all, on the scale with "few"
        by = any(
            x.norm == "by" for x in tokens[max(0, i - 3) : i]
        )  # "rose by more than half": a change's size
        if cls is None and t.norm in ("half",) and prev in ("than", "over") and i > 1 and not by:
            cls = MOST if tokens[i - 2].norm in ("more", "over") or prev == "over" else MINORITY
        if cls:
            out.append((i, cls))
    return out


# Openings that set a comparison's second term before its clause: "Compared with Russia, ...".
FRONTED_OPENERS = (("compared", "with"), ("compared", "to"), ("unlike",))


def fronted_opener(tokens: list[Token]) -> int:
    """How many words of "Compared with" (or "Unlike") open the sentence: 0 when none do."""
    opening = [t.norm for t in tokens[:2]]
    return next((len(o) for o in FRONTED_OPENERS if opening[: len(o)] == list(o)), 0)


def comparisons(tokens: list[Token]) -> list[tuple[int, str]]:
    """(token index, direction) of "more/fewer ... than" comparisons (not "more than 5") and
    of verbs that compare ("outnumber", "exceed")."""
    out = [(i, COMPARATIVE_VERBS[t.stem]) for i, t in enumerate(tokens) if t.stem in COMPARATIVE_VERBS]
    for i, t in enumerate(tokens):
        direction = COMPARATIVES.get(t.norm)
        if direction is None:
            continue
        ahead = tokens[i + 1 : i + 1 + THAN_WINDOW]
        than = next((k for k, x in enumerate(ahead) if x.norm == "than"), None)
        if than is None:
            if 0 < fronted_opener(tokens) < i:
                out.append((i, direction))  # "Compared with Russia, the US is the more natural partner"
            continue
        after_than = ahead[than + 1] if than + 1 < len(ahead) else None
        if than == 0 and after_than is not None and after_than.kind == "num":
            continue  # "more than 2,500 km" bounds a figure; `quantities` reads it
        if than == 0 and after_than is not None and after_than.norm in ("half", "a", "one"):
            continue  # "more than half": a quantifier
        if than == 0 and after_than is not None and after_than.stem in MULTIPLIERS:
            continue  # "more than double": a bound on the factor, read with it
        out.append((i, direction))
    return out


# After "then", words that make it "at that time", not "next": "then still under discussion".
_STILL = frozenset({"still", "already", "yet", "only", "just", "newly", "being"})
_THEN_TIME = frozenset({"since", "until", "by", "the", "back"})  # "back then": at that time
THEN_POST_WORDS = 6  # words an apposition's post may hold: "then Kazakhstan's deputy defense minister"


def _then_post(text: str, tokens: list[Token], i: int) -> bool:
    """ "Altynbayev, then defense minister, said", "then Defense Minister Altynbayev": "then"
    opens a post held at that time, set off by commas after a name or written as a title
    (capitalised words of the dictionary, not a place). A name alone there ("Almaty, then
    Astana,") is a sequence."""
    title = tokens[i + 1 : i + 3]
    if (
        len(title) == 2
        and all(t.cap and t.kind == "word" for t in title)
        and not text[title[0].end : title[1].start].strip()
        and places.kind(title[0].norm) is None
        and synonyms(title[0].stem)
    ):
        return True
    if i == 0 or not tokens[i - 1].cap or text[tokens[i - 1].end : tokens[i].start].strip() != ",":
        return False
    for m in range(i + 2, min(i + 2 + THEN_POST_WORDS, len(tokens))):
        if "," in text[tokens[m - 1].end : tokens[m].start]:
            post = tokens[i + 1 : m]
            # a post is a noun phrase ending in its office ("deputy defense minister"), with no
            # verb of its own ("then returned to West Point," is the next event)
            last = post[-1]
            return (
                last.kind == "word"
                and not last.cap
                and not last.stop
                and not any(t.stop or past_form(t.norm) or t.norm.endswith("ing") for t in post if not t.cap)
            )
    return False


# A source's "since" orders too ("an active member since joining in 1994": the joining came
# first); a claim's "since" mostly dates a state ("since 2004") and is no order to check.
STATING_CUES = frozenset({"since"})


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
_VERB_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "will", "would", "be", "been"}
)
_BEFORE_NAME = frozenset({"with", "of", "by", "to", "from", "in", "at", "on", "for", "between", "among"})
_PAIR_REACH = 5  # tokens back from "and" to the preposition that governs both members


def _someone_before(tokens: list[Token], i: int, text: str) -> bool:
    """Is the subject of the verb at i a name or a pronoun? Someone who follows or precedes
    pursues or leads; an event that does ("the appointments followed the inspection") orders.
    A name after a preposition is no subject ("talks with Nazarbayev preceded")."""
    j = i - 1
    while j >= 0 and tokens[j].norm in _VERB_AUXILIARIES:
        j -= 1
    if j < 0:
        return False
    if tokens[j].norm in _SUBJECT_PRONOUNS:
        return True
    if not tokens[j].cap or tokens[j].kind != "word":
        return False
    while j > 0:  # back over the name's run and the list it ends: "in Azerbaijan, Turkmenistan and Ukraine"
        prev, gap = tokens[j - 1], text[tokens[j - 1].end : tokens[j].start].strip()
        if prev.cap and prev.kind == "word" and not gap:
            j -= 1  # not past a comma alone: "in Kazakhstan, Senator Lugar followed"
        elif prev.norm in ("and", "or") and j >= 2 and tokens[j - 2].cap:
            j -= 2
        elif gap == "," and prev.cap and prev.kind == "word" and _listed(tokens, j):
            j -= 1
        else:
            break
    if j and tokens[j - 1].norm in ("and", "or"):  # "talks between the minister and Nazarbayev preceded"
        return not any(t.norm in _BEFORE_NAME for t in tokens[max(0, j - 1 - _PAIR_REACH) : j - 1])
    return j == 0 or tokens[j - 1].norm not in _BEFORE_NAME


def _listed(tokens: list[Token], j: int) -> bool:
    """Does the name at j go on, as a list, to an "and" or "or" before the next lower-case word?"""
    for t in tokens[j:]:
        if t.norm in ("and", "or"):
            return True
        if not t.cap:
            return False
    return False


def cue_words(text: str, tokens: list[Token], i: int) -> str:
    """The order cue at i as written, with the word its phrase needs: "ahead of", "wake of"."""
    phrase = _ORDER_PHRASES.get(tokens[i].norm)
    end = tokens[i + 1].end if phrase and phrase[1] and i + 1 < len(tokens) else tokens[i].end
    return text[tokens[i].start : end]


def first_left(tokens: list[Token], i: int) -> bool:
    """Does the order cue at i put the event written before it first in time?"""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    turned = (tokens[i].norm in PRECEDE_VERBS | FOLLOW_VERBS and nxt == "by") or (
        tokens[i].norm in THAN_TURNS and nxt == "than"
    )
    return (tokens[i].norm in FIRST_LEFT) != turned


# Adverbs of time that order their clause after or before another event: with no event
# written before them ("She later went back to West Point"), the other event is another
# sentence's, which the claim does not state.
TIME_ADVERBS = frozenset({"later", "earlier", "then", "subsequently", "afterwards"})


# What joins the event before such an adverb to its own: "met, and later voted", "met; then voted".
_JOINING = frozenset(
    {"and", "but", "or", "who", "which", "that", "whom", "whose"}
)  # "the officer who married then returned"
# An auxiliary before the adverb makes it the time of a state ("had earlier been deputy
# chairman"): an earlier post, which the source must state as earlier.
_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "been"})
_JOINING_MARKS = re.compile(r"[,;:]")
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})


def time_adverb_alone(text: str, tokens: list[Token], i: int) -> bool:
    """Is the adverb of time at i its clause's only tie to another event ("She later went
    back", "Milyuk later married"), with no event of the claim's joined before it? Then the
    order it asserts is against an event the claim does not state: no passage can confirm it."""
    if tokens[i].norm not in TIME_ADVERBS or (i + 1 < len(tokens) and tokens[i + 1].norm == "than"):
        return False
    if i and tokens[i - 1].norm in _DETERMINERS | _AUXILIARIES:
        return False  # an adjective ("a later meeting"), or an earlier state ("had earlier been")
    first = next((k for k in range(i) if tokens[k].kind == "word" and not tokens[k].stop), None)
    if first is None:
        return True
    joined = any(t.norm in _JOINING for t in tokens[first + 1 : i])
    return not joined and not _JOINING_MARKS.search(text, tokens[first].end, tokens[i].start)


def order_cues(tokens: list[Token], stating: bool = False, text: str = "") -> list[int]:
    """Where the text orders two events; with `stating`, as a source states an order."""
    cues = ORDER_CUES | STATING_CUES if stating else ORDER_CUES
    out = []
    for i, t in enumerate(tokens):
        if t.norm not in cues:
            continue
        prev = tokens[i - 1].norm if i else ""
        nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        if (prev, t.norm) in _NOT_ORDER or (t.norm, nxt) in _NOT_ORDER:
            continue
        if t.norm in PRECEDE_VERBS | FOLLOW_VERBS and _someone_before(tokens, i, text):
            continue  # "Lugar followed a similar agenda", "Kazakhstan follows a policy": pursued, no order
        if t.norm in _ORDER_PHRASES and (
            nxt != _ORDER_PHRASES[t.norm][1] or _ORDER_PHRASES[t.norm][0] not in ("", prev)
        ):
            continue  # "went ahead": no order
        joined = text[t.end : t.end + 1] == "-"  # "then-minister"
        if t.norm == "then" and (
            prev in _THEN_TIME or nxt in _STILL or joined or _then_post(text, tokens, i)
        ):
            continue  # "since then", "the then minister", "then still under discussion", "then being": a time
        later = tokens[i + 2].norm if i + 2 < len(tokens) else ""
        if (
            t.norm == "after"
            and tokens[i + 1 : i + 2]
            and tokens[i + 1].kind == "num"
            and later in _DURATIONS
        ):
            continue  # "after ten years of attention": a span of time, not an earlier event
        out.append(i)
    return out


_DURATIONS = frozenset(
    {"days", "weeks", "months", "years", "decades", "day", "week", "month", "year", "decade"}
)


# Words before "May" that make it the month, not the verb: "in May", "since May".
_MONTH_BEFORE = frozenset(
    {"in", "of", "since", "until", "by", "from", "to", "during", "early", "late", "mid"}
)


def _month(tokens: list[Token], i: int) -> bool:
    """A month's name, written out; "May" only where a date is ("in May", "May 2003", "May 5")."""
    t = tokens[i]
    if t.norm not in MONTHS or len(t.norm) < 3 or not t.cap:
        return False
    if len(t.norm) > 3:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (nxt is not None and nxt.kind == "num") or (i > 0 and tokens[i - 1].norm in _MONTH_BEFORE)


# The seasons, by the months they span in the northern hemisphere, where this corpus's events
# are: a claim's "in the spring of 2003" is stated by "in April 2003", not by "in 2003".
SEASONS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}
_SEASON_BEFORE = frozenset("in the early late last this next that during by until since".split())


def _season(tokens: list[Token], i: int) -> bool:
    """A season that dates an event: before a year ("spring 2003", "the spring of 2003") or
    after a word that dates ("in the spring", "last winter"); not "fall" as a verb or "spring"
    as a noun of its own ("a spring offensive" stays a plain word)."""
    t = tokens[i]
    if t.norm not in SEASONS:
        return False
    after = tokens[i + 1 : i + 3]
    year = bool(after) and (
        after[0].kind == "num" or (after[0].norm == "of" and len(after) > 1 and after[1].kind == "num")
    )
    return year or (t.norm != "fall" and i > 0 and tokens[i - 1].norm in _SEASON_BEFORE and not after)


def _whole_words(text: str, start: int, end: int) -> str:
    """A figure as written, to the end of its last word ("six C" -> "six C-130")."""
    while end < len(text) and not text[end].isspace() and text[end] not in ',.;:!?)\u201d"':
        end += 1
    return text[start:end]


# Words before an ordinal that make it a rank ("the first", "its first graduate").
_RANKING = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "whose"})
# After an adverbial "first", words that go on to what came next: "first and only afterwards",
# "first, then": an order of events, which the ordinal keeps for the source to state.
_SEQUENCE = frozenset({"and", "then", "before", "after", "afterwards", "later", "only", "next"})


def _adverbial(text: str, tokens: list[Token], k: int) -> bool:
    """Is the ordinal at k said of an action ("puts X first", "will benefit first"), not a
    rank of something named ("the first graduate") or a step of a sequence ("went there first
    and only then ...")? Nothing ranks before it, and it ends its phrase."""
    t = tokens[k]
    if not (t.spelled and t.value == 1 and text[t.start : t.end].lower() == "first"):
        return False
    prev = tokens[k - 1] if k else None
    if prev is None or prev.norm in _RANKING or text[prev.start : prev.end].endswith(POSSESSIVE):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None:
        return True
    return nxt.norm == "among" or (bool(text[t.end : nxt.start].strip()) and nxt.norm not in _SEQUENCE)


def extract_specifics(claim: str, tokens: list[Token], is_name: dict[int, bool]) -> list[Specific]:
    """Every specific of the claim, in claim order. `is_name[i]` says whether token i is a
    proper name (decided by the caller, who knows the corpus)."""
    out: list[Specific] = []
    quantities = extract(claim, tokens)
    in_quantity: set[int] = set()
    for q in quantities:
        toks = [t for t in tokens if t.start >= q.start and t.end <= q.end] or [
            t for t in tokens if t.start <= q.start < t.end
        ]
        in_quantity.update(id(t) for t in toks)
        # a currency's code after the amount is the figure's unit, no name: "143 billion KZT"
        label_end = q.start + len(q.text)
        in_quantity.update(
            id(t) for t in tokens if q.end <= t.start and t.end <= label_end and t.norm in CURRENCY_CODES
        )
        k = next((i for i, t in enumerate(tokens) if t is toks[0]), 0)
        if toks[0].ordinal and k and tokens[k - 1].norm == "at":
            continue  # "at first": a manner of speaking, not a rank
        if toks[0].ordinal and _adverbial(claim, tokens, k):
            continue  # "puts cooperation with Russia first": a priority, not a rank to find
        if (
            q.type == "count"
            and not toks[0].ordinal
            and q.value <= BACK_REFERENCE_MAX
            and k
            and tokens[k - 1].norm == "the"
        ):
            continue  # "the two ministers": those already named, not a count the claim asserts
        out.append(Specific("figure", toks, _whole_words(claim, q.start, q.start + len(q.text)), quantity=q))
    for i, t in enumerate(tokens):
        if id(t) in in_quantity or t.synthetic:
            continue
        if i + 1 < len(tokens) and home_currency(t, tokens[i + 1]):
            continue  # the country its sign implies: "1.1 billion US dollars" is "$1.1 billion"
        if is_name.get(i):
            out.append(Specific("name", [t], claim[t.start : t.end]))
        elif t.kind == "word" and (t.norm in WEEKDAYS or _month(tokens, i) or _season(tokens, i)):
            out.append(Specific("month", [t], claim[t.start : t.end]))
        elif (point := compass(tokens, i)) is not None:
            out.append(Specific("direction", [t], claim[t.start : t.end], value=point))
    for i, cls in quantifiers(tokens):
        if cls == MANY:
            continue
        t = tokens[i]
        out.append(Specific("quantifier", [t], claim[t.start : t.end], value=cls))
    for i, direction in comparisons(tokens):
        t = tokens[i]
        out.append(Specific("comparison", [t], claim[t.start : t.end], value=direction))
    for i, t in enumerate(tokens[:-1]):
        if (t.norm, tokens[i + 1].norm) in PREFERENCE:
            pair = [t, tokens[i + 1]]
            out.append(Specific("preference", pair, claim[t.start : pair[1].end], value=t.norm))
    for i in order_cues(tokens, text=claim):
        t = tokens[i]
        out.append(Specific("order", [t], claim[t.start : t.end], value=t.norm))
    for words, ranked_by in ranked(claim, tokens):
        out.append(Specific("superlative", words, claim[words[0].start : words[-1].end], value=ranked_by))
    for i, t in enumerate(tokens):
        if t.kind == "word" and t.stem in MULTIPLIERS:
            words = _multiplier_words(tokens, i)
            text = claim[words[0].start : words[-1].end]
            out.append(Specific("multiplier", words, text, value=str(MULTIPLIERS[t.stem])))
    return sorted(out, key=lambda s: s.span)
