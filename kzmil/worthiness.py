"""Which sentences of a draft assert something checkable, and which are framing.

A fact-checker checks a sentence that asserts something a source could state: a figure,
a date, a named person, place or body doing or being something, a reported event or a
quotation. The rest of a draft (the writer's view, a hedge or forecast, a question, a
transition, a heading, a pointer to further reading) is "not a claim".

The decision weighs general cues, not a list of sentences: specifics count for a claim,
and the writer's own voice (first person, modality, judging words, questions and
instructions) counts against. Cues of voice are read outside quotation marks only, since
a quoted "we will" is what a source said, not what the writer thinks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kzmil.evaluation import valence
from kzmil.markup import HEADING, QUOTE
from kzmil.normalize import Token, quoted_spans, tokenize

# Weights of the cues. A sentence is check-worthy when the sum reaches CLAIM_MIN.
CLAIM_MIN = 1  # one named specific, with nothing of the writer's voice against it
FIGURE = 2  # a number or year: the most checkable thing a sentence can hold
MAX_FIGURES = 2  # more figures add nothing: the sentence is check-worthy already
NAME = 1  # a capitalised name of a person, place, body, month
PERSON_PRONOUNS = frozenset({"he", "she"})  # a sentence's subject named in the one before
MAX_NAMES = 3  # three names make a claim whatever else the sentence does
ATTRIBUTION = 1  # "said", "according to", "reported": the sentence reports a statement
QUOTATION = 2  # a direct quotation of a few words: checkable against the source word for word
QUOTE_MIN_WORDS = 3  # shorter quoted bits are scare quotes ("milk"), not quotations
FIRST_PERSON = -3  # "we", "I", "our" in the writer's voice: the writer's own view or plan
MODALITY = -2  # "should", "may", "will", "perhaps": a forecast, a hedge or advice
PLANNED = -1  # "will" beside a figure: a plan whose figure may be checked
JUDGING = -1  # each strongly judging word (VADER valence) in the writer's voice ...
MAX_JUDGING = 2  # ... counted at most this often
JUDGING_MIN = 1.5  # |valence| from which a word judges rather than describes (VADER's "bold" 1.6)
INSTRUCTION = -3  # a sentence that opens with a verb addressed to the reader ("See ...")
EMBEDDED_QUESTION = -3  # "Whether X can ...", "What comes next ...": a question put as a subject
POINTER = -2  # a sentence built around a link and holding no figure: a pointer to further reading
LEAD_IN = -2  # a sentence that ends in a colon before a list: the list items carry the claims
FRAMING = -1  # "This is ...", "It was ...": a sentence about the text before it, judging it
# "Few countries have worked harder ... than Kazakhstan", "Not every project stalls", "None of
# this came out of nowhere": a sweeping generalisation in the writer's voice, opened by a
# negative quantifier (with a comparison, for "few" and "no"), which no passage states
SWEEPING = -3
TRANSITION = -2  # "Then there is X": a sentence that only announces the next topic
# "Retention is lowest among senior officers", "losses are heaviest among": a ranking of groups
# stated as a fact, checkable against the figures or words of a source
RANKED = 1

_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
# Forecasts, obligations and possibilities. Not "could" and "would": they state past ability
# ("the Danes could use it") and reported intent as often as they hedge.
_MODALS = frozenset({"should", "must", "ought", "might", "may", "will", "shall", "won't"})
# Modals that, with a figure, state a plan or a rule one can check: "will be entitled to a 20
# percent rise", "must serve a minimum of 10 years".
STATED_MODALS = frozenset({"will", "must"})
_HEDGES = frozenset(
    {"perhaps", "probably", "possibly", "maybe", "arguably", "presumably", "seemingly", "likely", "unlikely"}
)
_HEDGE_VERBS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
# Verbs that report what someone said or wrote (closed class: speech and writing).
_REPORTING = frozenset(
    "said say says told tell tells reported reports according announced announces stated states declared "
    "claimed claims argued argues wrote writes added adds insisted warned noted observed confirmed "
    "acknowledged admitted explained estimated concluded concludes suggested suggests advocated advocates "
    "urged urges recommended recommends predicted predicts contended contends asserted asserts".split()
)
# Verbs a writer uses to address the reader at the start of a sentence.
_DIRECTIVES = frozenset(
    "see read consider note expect imagine remember look compare recall watch keep ask think take let "
    "find check click visit follow".split()
)
_WH_SUBJECT = frozenset({"whether", "what", "how", "why", "who", "which"})
# Words after which an adjective judges what it is said of: "is clear", "a bold step".
_COPULAS = frozenset(
    "is was are were be been being am looks look looked seems seem seemed remains remain remained "
    "became become becomes appears appear appeared proved proves sounds".split()
)
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "it", "such"})
_DETERMINERS = frozenset("a an the this that these those such its their his her our".split())
_INTENSIFIERS = frozenset(
    "very so too more most quite rather really extremely fairly highly less least truly not".split()
)
_LEAD = re.compile(r"^[\s\"'\u201c\u2018(\[]*")


# A frame that only says the source said it ("the analysis argues", "as the monitor put it",
# "according to the report"): it names no one (lower case only), so what it frames is the
# claim. Reporting verbs as in _REPORTING, and "put it".
_SAYS = "|".join(
    sorted(
        (_REPORTING - {"according"})
        | set("notes observes confirms explains estimates warns insists suggests suggested concludes".split())
        | {"concluded", "puts? it", "put it"}
    )
)
_GENERIC = r"(?:the|this|that|its|his|her|their)\s+(?:[a-z-]+\s+){0,3}?"
_FRAMES = [
    re.compile(rf",\s+(?:as\s+)?{_GENERIC}(?:{_SAYS}),\s+"),  # "X, the analysis argues, is Y"
    re.compile(
        rf"^(?:according\s+to|as)\s+{_GENERIC}[a-z-]+,\s+", re.IGNORECASE
    ),  # "According to the report, X"
    re.compile(rf"^{_GENERIC}(?:{_SAYS})\s+that\s+", re.IGNORECASE),  # "The article notes that X"
]


# A name, then a description between commas that a lower-case word (the verb) follows:
# "Ortiz, the first woman to command the fleet, took over ...".
_APPOSED = re.compile(
    r"\b((?:[A-Z][\w\u2019'.-]*\s)*[A-Z][\w\u2019'-]+)"  # the name
    r"(, (?:the|a|an|who|whose|which|then|now|its|his|her)\b[^,;:()\u201c\u201d\"]{6,}?, )"  # its description
    r"(?=[a-z])"  # and the verb
)


def apposition(text: str) -> tuple[tuple[int, int], str] | None:
    """The span of a description set off by commas after a name (", the ... ,"), with the
    name, or None."""
    m = _APPOSED.search(text)
    if m is None:
        return None
    return (m.start(2), m.end(2)), m.group(1)


def unframed(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The sentence without its attribution frame, and the spans cut from it (in its offsets)."""
    cuts: list[tuple[int, int]] = []
    for frame in _FRAMES:
        m = frame.search(text)
        if m and not any(s < m.end() and m.start() < e for s, e in cuts):
            # a frame inside commas leaves one space between the words it stood between
            cuts.append((m.start(), m.end() - 1) if m.start() > 0 else (m.start(), m.end()))
    bare, pos = [], 0
    for s, e in sorted(cuts):
        bare.append(text[pos:s])
        pos = e
    bare.append(text[pos:])
    out = "".join(bare)
    return (out[:1].upper() + out[1:], sorted(cuts)) if cuts else (text, [])


@dataclass
class Classing:
    """Whether a sentence is checked, and the cues that decided it."""

    checkworthy: bool
    why: str  # one phrase for the report: "a question", "names and figures", ...
    score: int = 0
    cues: list[str] = field(default_factory=list)


def quotations(text: str, block_kind: str = "") -> list[tuple[int, int]]:
    """The quoted spans long enough to be quotations; a block quote without marks is one."""
    spans = [(s, e) for s, e in quoted_spans(text) if len(text[s:e].split()) >= QUOTE_MIN_WORDS]
    if not spans and block_kind == QUOTE and len(text.split()) >= QUOTE_MIN_WORDS:
        spans = [(0, len(text))]
    return spans


def classify(
    text: str,
    block_kind: str,
    proper: Callable[[list[str]], dict[str, bool]],
    leads_list: bool = False,
    has_link: bool = False,
) -> Classing:
    """Class one sentence. `proper` says which capitalised words are names in the corpus
    (for the first word of a sentence, which is capitalised either way); `leads_list` is
    True when the sentence introduces a list, `has_link` when it holds a link."""
    stripped = text.strip()
    if block_kind == HEADING:
        return Classing(False, "a heading")
    if stripped.rstrip("\"'\u201d\u2019)]*_ ").endswith("?"):
        return Classing(False, "a question")
    toks = tokenize(text)
    if (
        stripped.endswith(":")
        and len(stripped.split()) <= LEAD_WORDS
        and not any(t.kind == "num" for t in toks)
    ):
        return Classing(False, "a lead-in")  # "In Nazarbayev's own words:" introduces what follows
    quoted = quoted_spans(text)
    if block_kind == QUOTE and not quoted:
        quoted = [(0, len(text))]

    def voice(t: Token) -> bool:  # in the writer's own voice (outside quotation marks)
        return not any(s <= t.start < e for s, e in quoted)

    words = [t for t in toks if t.kind == "word"]
    first = next((t for t in toks if not t.synthetic), None)
    reported_at = next(
        (
            t.start
            for i, t in enumerate(words)
            if voice(t)
            and (
                t.norm in _REPORTING
                or (t.norm == "put" and i + 1 < len(words) and words[i + 1].norm == "it")
                or _in_view(words, i)
            )
        ),
        None,
    )
    cues: list[str] = []
    score = 0

    figures = [t for t in toks if t.kind == "num" and text[t.start : t.end].lower() not in ("a", "an", "one")]
    if figures:
        score += FIGURE * min(len(figures), MAX_FIGURES)
        cues.append("figures")
    initial = first.norm if first is not None and first.cap else None
    known = proper([initial]) if initial else {}
    names = [
        t
        for t in words
        if t.cap
        and not t.synthetic
        and not _first_person(text[t.start : t.end])
        and (t is not first or known.get(t.norm, False))
        and not _after_quote_mark(text, t)
    ]
    if names:
        score += NAME * min(len({t.norm for t in names}), MAX_NAMES)
        cues.append("names")
    elif first is not None and first.norm in PERSON_PRONOUNS and voice(first):
        score += NAME  # "She later married and quit the army": a person named just before
        cues.append("a person")
    if reported_at is not None:
        score += ATTRIBUTION
        cues.append("attribution")
    if quotations(text, block_kind):
        score += QUOTATION
        cues.append("quotation")

    mine = [t for t in words if voice(t)]
    if any(_first_person(text[t.start : t.end]) for t in mine):
        score += FIRST_PERSON
        cues.append("first person")
    # a modal after "said" or "according to" is the source's, not the writer's
    hedged = [
        t
        for t in mine
        if (t.norm in _MODALS or t.norm in _HEDGES or t.norm in _HEDGE_VERBS)
        and (reported_at is None or t.start < reported_at)
        and not _will_as_noun(toks, t)
        and not _compared_likelihood(toks, t)
    ]
    if hedged:
        # a plan with a figure ("officers who complete the courses will be entitled to a 20
        # percent pay rise") states what was planned, and a rule with one ("graduates must
        # serve a minimum of 10 years") what is required; not "should" or "may"
        planned = figures and all(t.norm in STATED_MODALS for t in hedged)
        score += PLANNED if planned else MODALITY
        cues.append("modality")
    # an evaluative adjective in the writer's voice; in a reported sentence it is the source's
    ranked = [i for i in range(len(words) - 1) if voice(words[i]) and _ranked_among(words, i)]
    if ranked:
        score += RANKED
        cues.append("ranking")
    judging = [
        t
        for i, t in enumerate(words)
        if reported_at is None
        and voice(t)
        and not t.cap
        and abs(valence(t)) >= JUDGING_MIN
        and _adjective_place(words, i)
        and i not in ranked
    ]
    if judging:
        score += JUDGING * min(len(judging), MAX_JUDGING)
        cues.append("judging words")
    lead = _LEAD.sub("", stripped)
    head = lead.split(" ", 1)[0].strip(",;:").lower()
    if head in _DIRECTIVES and block_kind != QUOTE:
        score += INSTRUCTION
        cues.append("instruction")
    if head in _WH_SUBJECT:
        score += EMBEDDED_QUESTION
        cues.append("embedded question")
    if head in _DEMONSTRATIVES and len(words) > 1 and words[1].norm in _COPULAS:
        score += FRAMING
        cues.append("framing")
    if [w.norm for w in words[:3]] in (["then", "there", "is"], ["then", "there", "are"]):
        score += TRANSITION  # "Then there is Belarus.": the next topic announced
        cues.append("transition")
    if _sweeping(words):
        score += SWEEPING
        cues.append("sweeping")
    if has_link and not figures:
        score += POINTER
        cues.append("pointer")
    if leads_list and stripped.endswith(":"):
        score += LEAD_IN
        cues.append("lead-in")
    return Classing(score >= CLAIM_MIN, _why(score >= CLAIM_MIN, cues), score, cues)


_VOICE = frozenset(
    {"first person", "modality", "instruction", "embedded question", "judging words", "sweeping"}
)


def _in_view(words: list[Token], i: int) -> bool:
    """ "in the monitor's view", "in his view": a judgement reported as someone's."""
    return words[i].norm in ("view", "words", "opinion") and any(
        w.norm == "in" for w in words[max(0, i - 4) : i]
    )


_RANKING_WORDS = frozenset({"best", "worst", "better", "worse"})


# A group named by a pronoun ("among them", "among those who") is the writer's, not a record's.
_GROUP_PRONOUNS = frozenset({"them", "those", "these", "us", "you", "others"})
RANKING_JUDGES = 3.0  # a ranking word VADER rates this strongly ("best", "worst") judges still


def _ranked_among(words: list[Token], i: int) -> bool:
    """Is words[i] a superlative or comparative that ranks the group named after "among"?"""
    if words[i + 1].norm != "among" or i + 2 >= len(words):
        return False
    group = words[i + 2] if words[i + 2].norm not in _DETERMINERS else words[min(i + 3, len(words) - 1)]
    if group.norm in _GROUP_PRONOUNS or words[i + 2].norm in _GROUP_PRONOUNS:
        return False
    if abs(valence(words[i])) >= RANKING_JUDGES:
        return False
    w = words[i].norm
    before = words[i - 1].norm if i else ""
    return w in _RANKING_WORDS or (w.endswith("est") and len(w) > 4) or before in _MORE_LESS


_NOT_ALL = frozenset({"every", "all", "many", "much", "everything", "everyone", "always"})


def _sweeping(words: list[Token]) -> bool:
    """Does the sentence open with a negative quantifier that sweeps over a whole class?"""
    if len(words) < 3:
        return False
    first, second = words[0].norm, words[1].norm
    if first == "not":
        return second in _NOT_ALL
    if first == "none":
        # "None of this", "none of that": the story so far; "None of these figures" counts
        return second == "of" and words[2].norm in ("this", "that")
    if first == "few":  # "no other state sent more officers than X" is a checkable ranking
        norms = [w.norm for w in words]
        return "than" in norms or norms.count("as") >= 2
    return False


# Where a sentence joins two statements: a semicolon, a colon before a clause, or a comma
# before a coordinating conjunction ("..., and the figure was set to reach 39").
_JOINS = re.compile(r";\s+|:\s+(?=\S)|,\s+(?:and|but|while|whereas|yet)\s+")
# A sentence that opens with a subordinate clause ("When she graduated, she seemed ...")
# joins it to the main clause at the first comma.
_SUBORDINATE = re.compile(
    r"^(?:when|while|after|although|though|as|since|because|once|before|whereas)\b[^,;:]{8,}?(,\s+)",
    re.IGNORECASE,
)
MIN_CLAUSE_WORDS = 5  # a shorter piece ("It is modest, but telling") asserts nothing alone


def clauses(text: str) -> list[tuple[int, int]]:
    """The spans of a sentence's clauses that each assert something checkable on their
    own, without a lead-in before a colon; one span (the sentence) when it does not split
    so. Never inside a quotation."""
    quoted = quoted_spans(text)
    cuts: list[tuple[int, int]] = []
    for m in _JOINS.finditer(text):
        if not any(s <= m.start() < e for s, e in quoted):
            cuts.append((m.start(), m.end()))
    lead = _SUBORDINATE.match(text)
    if lead and not any(s <= lead.start(1) < e for s, e in quoted):
        cuts.append((lead.start(1), lead.end(1)))
    cuts.sort()
    spans, pos = [], 0
    for s, e in cuts:
        spans.append((pos, s))
        pos = e
    spans.append((pos, len(text.rstrip(" .;"))))
    pieces = [
        (s, e)
        for s, e in spans
        if len(text[s:e].split()) >= MIN_CLAUSE_WORDS and _specific(text[s:e]) and not _lead(text, s, e)
    ]
    if len(pieces) > 1 or (pieces and any(_lead(text, s, e) for s, e in spans)):
        return pieces
    return [(0, len(text))]


# "Milyuk entered West Point in 2003 and hoped ...": "and" before a lower-case word joins a
# second predicate, so what stands before it is asserted on its own.
_AND_PREDICATE = re.compile(r"\s+and\s+(?=[a-z])")
# ... but not a pair the words before it open: "between 2001 and 2003", "both ... and".
_PAIR_OPENERS = frozenset({"between", "both", "either", "neither"})


def probes(text: str) -> list[tuple[int, int]]:
    """The first clause of a sentence, when it states a figure or a date of its own, even
    beside clauses with no specific (which `clauses` leaves whole): "She entered West Point
    in 2003, and soon after ...". Read for a contradiction only: what a piece leaves out
    may be what the sentence gets wrong, so a piece alone never supports it. Figures only,
    as a figure's conflict needs least of the rest of the sentence to be sure."""
    quoted = quoted_spans(text)
    cuts = [
        m.start()
        for m in (*_JOINS.finditer(text), *_AND_PREDICATE.finditer(text))
        if not any(s <= m.start() < e for s, e in quoted)
        and not _PAIR_OPENERS & {w.lower().strip(",") for w in text[: m.start()].split()}
    ]
    lead = _SUBORDINATE.match(text)
    start = lead.end(1) if lead else 0
    return [
        (start, cut)
        for cut in sorted(set(cuts))
        if cut > start
        and len(text[start:cut].split()) >= MIN_CLAUSE_WORDS
        and any(t.kind == "num" for t in tokenize(text[start:cut]))
        and not _lead(text, start, cut)
    ][:1]


LEAD_WORDS = 7  # a clause this short before a colon, with no figure, introduces what follows it


def _lead(text: str, start: int, end: int) -> bool:
    """ "Turkey tells a similar story: 23 of the 114 ...": a short clause before a colon,
    with no figure of its own, that introduces the facts after it."""
    piece = text[start:end]
    return (
        text[end:].startswith(":")
        and len(piece.split()) < LEAD_WORDS
        and not any(t.kind == "num" for t in tokenize(piece))
    )


def _specific(text: str) -> bool:
    """Does the piece hold a figure or a name (a capital after its first word)?"""
    toks = tokenize(text)
    return any(t.kind == "num" for t in toks) or any(t.cap and t.kind == "word" for t in toks[1:])


def like_siblings(classings: list[Classing], runs: list[list[int]]) -> None:
    """Items of one list report parallel things ("Other items included: - X; - Y"), so an
    item with no specific of its own is check-worthy when a sibling is, unless it speaks
    in the writer's voice. `runs` holds the indexes of each list's items."""
    for run in runs:
        if not any(classings[i].checkworthy for i in run):
            continue
        for i in run:
            c = classings[i]
            if not c.checkworthy and not _VOICE & set(c.cues):
                c.checkworthy, c.why = True, "an item of a list of claims"


# Words that make "will" a noun when they stand before it: "little will", "political will".
_BEFORE_NOUN_WILL = frozenset({"little", "much", "no", "more", "less", "enough", "political"})


_MORE_LESS = frozenset({"more", "less", "most", "least"})


def _compared_likelihood(toks: list[Token], t: Token) -> bool:
    """ "far more likely to stay": a comparison of two groups stated as a fact, not a hedge."""
    k = next(i for i, x in enumerate(toks) if x is t)
    return t.norm in ("likely", "unlikely") and k > 0 and toks[k - 1].norm in _MORE_LESS


def _will_as_noun(toks: list[Token], t: Token) -> bool:
    """Is "will" a noun here ("little will to enforce", "the will of the people")? A modal
    has no determiner before it and no "to" after it."""
    if t.norm != "will":
        return False
    k = next(i for i, x in enumerate(toks) if x is t)
    before = toks[k - 1].norm if k else ""
    after = toks[k + 1].norm if k + 1 < len(toks) else ""
    return after in ("to", "of") or before in _DETERMINERS or before in _BEFORE_NOUN_WILL


def _adjective_place(words: list[Token], i: int) -> bool:
    """Does words[i] stand where an adjective judges: after a copula ("is clear"), or
    between a determiner and its noun ("a bold step"; "the war on" is a noun), intensifiers
    allowed between? A participle there is a passive verb ("was promoted"), not a judgement."""
    if words[i].norm.endswith("ed"):
        return False
    j = i - 1
    while j >= 0 and words[j].norm in _INTENSIFIERS:
        j -= 1
    if j < 0:
        return False
    if words[j].norm in _COPULAS:
        return True
    noun_next = i + 1 < len(words) and not words[i + 1].stop
    return words[j].norm in _DETERMINERS and noun_next


def _first_person(word: str) -> bool:
    """ "we", "We", "I": the writer; "US" (capitals) is a country."""
    return word.lower() in _FIRST_PERSON and (word == "I" or not word.isupper())


def _after_quote_mark(text: str, t: Token) -> bool:
    """A capital just inside an opening quotation mark starts the quote, not a name."""
    before = text[: t.start].rstrip()
    return before.endswith(("\u201c", '"', "\u00ab", ":"))


_REASONS = {
    "first person": "the writer's own view (first person)",
    "modality": "a forecast, hedge or advice",
    "judging words": "the writer's judgement",
    "instruction": "an instruction to the reader",
    "embedded question": "a question",
    "pointer": "a pointer to further reading",
    "lead-in": "introduces the list below",
    "framing": "frames what came before",
    "sweeping": "a sweeping generalisation",
    "transition": "a transition to the next topic",
}


NO_SPECIFICS = "no checkable specifics"


def _why(checkworthy: bool, cues: list[str]) -> str:
    if checkworthy:
        said = [c for c in cues if c in ("figures", "names", "attribution", "quotation", "ranking")]
        return "asserts " + (", ".join(said) if said else "something checkable")
    against = [_REASONS[c] for c in cues if c in _REASONS]
    return against[0] if against else NO_SPECIFICS
