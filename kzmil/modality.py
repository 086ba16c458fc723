"""Whether a text reports an event as done, or only as planned, hoped for or talked about.

"He envisages introducing psychological testing" does not state that testing was
introduced, and "equipment is being discussed" does not state that a deal was signed, though
every content word of such a claim may be in the passage. The cues are English's modal verbs
and its verbs of intention, proposal and discussion: a closed class of the grammar, not a
list drawn from any corpus.
"""

from __future__ import annotations

from kzmil import places
from kzmil.normalize import POSSESSIVE, Token, stem
from kzmil.synonyms import synonyms
from kzmil.tables import lookup

MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "could", "must"})
# Verbs (stems) that put what follows them ("plans to buy", "envisages introducing") in the
# future or the unreal: intention, expectation, proposal, advice, promise, attempt and need.
INTENT = frozenset(
    "plan intend aim hope seek want wish expect propos envisag consid promis pledg offer float "
    "prepar tri attempt need urg threaten vow keen eager will readi determin push press lobbi "
    "schedul advis recommend advoc suggest encourag exhort ask demand".split()
)
# Of those, the words of wanting, which state one another: "hoped to" for "wanting to",
# "hopes" for "would like".
DESIRE = frozenset({"hope", "want", "wish", "desir", "keen", "eager", "aspir"})
# Of those, the verbs that take their event as a gerund: "envisages introducing".
GERUND = frozenset({"envisag", "consid", "propos"})
# Stems that say something is being talked about, not done ("is being discussed", "discussed
# creating"); "held discussions" is itself the event, a meeting.
TALK = frozenset({"discuss", "negoti", "talk", "debat", "consult"})
BE = frozenset({"is", "are", "was", "were", "be", "being", "been"})
# Of the intention verbs, those whose passive puts its subject in the future: "further meetings
# are scheduled", "a base is planned" (what was "offered" or "pushed" may have been given).
PLANNED = frozenset({"plan", "schedul", "propos", "envisag", "consid", "expect", "intend"})
# Words that, with "to", put what follows in the future: "is going to", "was set to".
BOUND = frozenset({"going", "set"})
# Nouns of attempting: a claim's "efforts to deepen ties" speaks of an attempt itself, as a
# passage's "attempts to deepen" does. Not cues in a passage: "an effort to bolster" is said
# of a deed told as done ("the budget rose ... in an effort to bolster").
ATTEMPTS = frozenset({"effort", "bid", "endeavor", "endeavour"})
# Verbs (stems) by which a claim reports a commitment to a deed ("agreed to train", "undertook
# to help"): the deed is still to come, as sure as a passage's "will train" says, but no plan
# or talk ("discussed training" states no agreement); read only in claims (in a passage "agreed
# to a plan" tells of the agreement itself); `unstated.commitment_unstated` asks the source for
# the commitment.
COMMITMENT = frozenset({"agre", "undertook", "undertak", "commit", "consent", "pledg", "promis", "vow"})


def committed(tokens: list[Token]) -> bool:
    """Does the claim report a commitment to its deed ("agreed to train")?"""
    return any(t.stem in COMMITMENT for t in tokens)


# Words (stems) by which a claim gives a thing as only possible: "possible projects included",
# "options included", "potential buyers". Read only in claims, as the commitments are.
POSSIBILITY = frozenset({"possibl", "potenti", "option", "prospect"})
_PLANS = INTENT | TALK | POSSIBILITY  # a claim with any of these speaks of plans or talks itself


def _plans(tokens: list[Token], i: int) -> bool:
    """Does the claim speak of plans or talks at i: a word of them, or an attempt at a deed
    ("efforts to deepen", not "U.S. military efforts")?"""
    t = tokens[i]
    return t.stem in _PLANS or (t.stem in ATTEMPTS and i + 1 < len(tokens) and tokens[i + 1].norm == "to")


# A claim this short is a phrase to look up ("C-130s for Kazakh Air Force"): it states no event.
EVENT_MIN_WORDS = 6


def _intent(tokens: list[Token], i: int) -> bool:
    """An intention word governing what follows it: "plans to", "envisages introducing",
    "the need for"."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].stem in INTENT
        and nxt is not None
        and (
            nxt.norm in ("to", "for")
            or (tokens[i].stem in GERUND and nxt.norm.endswith("ing"))
            or _object_then_infinitive(tokens, i)
        )
    )


OBJECT_REACH = 4  # words of the object between an intention and its infinitive: "wants the US to"


def _object_then_infinitive(tokens: list[Token], i: int, stative: bool = True) -> bool:
    """ "intends 2008-2010 to be", "urged Nazarbayev to side": the intention's object, then what
    is intended of it. The "to" must open a verb (a plain word), not a place or a person ("offered
    help to Kazakhstan", "to the army"). Without `stative`, not "to be" or "to have": after a
    verb of saying those report a state ("reported the ministry to have introduced"), not an
    order ("told the states to see to it")."""
    for k in range(i + 2, min(i + 2 + OBJECT_REACH, len(tokens) - 1)):
        if tokens[k].norm == "to":
            verb = tokens[k + 1]
            if not stative and verb.norm in ("be", "have"):
                return False
            return verb.kind == "word" and not verb.cap and (not verb.stop or verb.norm in INFINITIVE_STOPS)
        if tokens[k - 1].kind == "word" and tokens[k - 1].norm in ("that", "and", "but"):
            return False
    return False


INFINITIVE_STOPS = frozenset({"be", "have", "do", "become", "get"})  # verbs a stop list holds


def desire(tokens: list[Token], i: int) -> bool:
    """A word of wanting: "hopes", "wanting", "would like"."""
    t = tokens[i]
    return t.stem in DESIRE or (t.stem == "like" and i > 0 and tokens[i - 1].norm == "would")


def passive(tokens: list[Token], i: int) -> bool:
    """Is the word at i a passive of talk or plan ("is being discussed", "under negotiation",
    "are scheduled")? Then what is talked about or planned stands before it."""
    stem, before = tokens[i].stem, tokens[i - 1].norm if i > 0 else ""
    return (stem in TALK and (before in BE or before == "under")) or (
        stem in PLANNED and before in BE and tokens[i].norm.endswith("ed")
    )


def future_passive(tokens: list[Token], i: int) -> bool:
    """Is the word at i a modal of a passive ("will be supplied", "would be opened")? Then what
    is acted on stands before it."""
    after = [t.norm for t in tokens[i + 1 : i + 3]]
    return (
        tokens[i].norm in MODALS
        and not tokens[i].cap
        and len(after) == 2
        and after[0] == "be"
        and after[1].endswith(("ed", "en"))
    )


# Participles that make the figure after them a forecast: "a projected 39 in 2003".
FORECAST = frozenset({"projected", "expected", "anticipated", "forecast", "predicted", "planned", "targeted"})


def cues(tokens: list[Token]) -> list[int]:
    """Positions of the words that report an event as not (yet) done."""
    out = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        forecast = t.norm in FORECAST and i + 1 < len(tokens) and tokens[i + 1].kind == "num"
        if (
            forecast
            or (t.norm in MODALS and not t.cap)
            or _intent(tokens, i)
            or passive(tokens, i)
            or (t.stem in TALK and nxt.endswith("ing"))  # "discussed creating"
            or ((t.norm in BE or t.norm in BOUND) and nxt == "to")  # "are to go", "is set to"
        ):
            out.append(i)
    return out


def _fragment(tokens: list[Token]) -> bool:
    """Too short to state an event, or a list item going on from its lead-in."""
    words = [t for t in tokens if t.kind == "word"]
    item = bool(words) and words[0].norm.endswith("ing") and not words[0].cap
    return len(words) < EVENT_MIN_WORDS or item


def finite(tokens: list[Token], text: str = "") -> bool:
    """Does the text have a verb of its own: an auxiliary or a modal ("helicopters were
    supplied", "will open"), or a past form right after a name ("Kazakhstan opened factories")?
    A list item without one ("Huey II helicopters supplied through FMF") names a thing."""
    for k, t in enumerate(tokens):
        if k and tokens[k - 1].norm == "to":
            continue  # "to be supplied": an infinitive, no verb of the item's own
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        modal = (
            t.norm in MODALS and not t.cap and nxt is not None and nxt.norm != "to"
        )  # not "little will to"
        if (t.norm in BE and t.norm != "being") or t.norm in PERFECT or modal:
            return True  # "were supplied", "has opened", "will open"; not "tests being introduced"
    return any(tokens[k - 1].cap for k in deeds(tokens, text))


def hedged(tokens: list[Token]) -> bool:
    """Does the text itself speak of plans, hopes or talks anywhere, or is it too short to
    state an event, or a list item going on from its lead-in ("helping Kazakhstan build an
    army;")? Then it claims no more than the passage's cues allow."""
    return (
        _fragment(tokens)
        or bool(cues(tokens))
        or any(_plans(tokens, i) for i in range(len(tokens)))
        or _told_to(tokens)
    )


# The modals that state an event as sure to come ("will open factories", "must serve"), and
# those that state it only as possible ("may involve opening factories"): a claim of the
# first kind says more than a passage of the second.
CERTAIN = frozenset({"will", "shall", "must"})
CHANCE = frozenset({"may", "might", "could"})


def certain_cue(tokens: list[Token], i: int) -> bool:
    """ "will", "shall", "must", or "is to", "set to", "going to": the event is sure to come."""
    t, nxt = tokens[i], tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return (t.norm in CERTAIN and not t.cap) or ((t.norm in BE or t.norm in BOUND) and nxt == "to")


def certain(tokens: list[Token]) -> bool:
    """Is the text's only hedge a sure future ("Kazakhstan will open factories")? Then it
    claims more than a passage that says the event "may" or "could" come, though less than
    one that says it came."""
    found = cues(tokens)
    return (
        bool(found)
        and all(certain_cue(tokens, i) for i in found)
        # "hopes X will", "talks will": the claim's own plans and talks, but not a noun's
        # ("resilient to the plans of the State Department")
        and not any(
            _plans(tokens, i) and i not in found and (i == 0 or tokens[i - 1].norm not in _NOUN_MARKERS)
            for i, t in enumerate(tokens)
        )
        and not _fragment(tokens)
        and not _told_to(tokens)
    )


def possible(tokens: list[Token]) -> list[int]:
    """Positions of "may", "might" and "could": what follows is only possible."""
    return [i for i, t in enumerate(tokens) if t.norm in CHANCE and not t.cap]


# Words before a noun: "the plans", "its plan" name plans, they hedge nothing.
_NOUN_MARKERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these"})
PERFECT = frozenset({"has", "have", "had"})
SHORT_PAST = 4  # "led", "fed": too short to read by "-ed" ("bed", "need"); WordNet lists them
# Verbs of saying (stems): they attribute what follows, and a passage may attribute it in
# other words ("noted", "concluded") or by quote marks alone; the deed is what was said.
SAYING = frozenset(
    "said say told tell note state add claim report announc declar stress insist argu wrote "
    "write explain conclud remark comment mention assert".split()
)


def saying(t: Token) -> bool:
    """A verb of saying, by its stem or as written ("said", "told")."""
    return t.stem in SAYING or t.norm in SAYING


# Two-word verbs of asking: "called on the states to see to it", "appealed to Astana to".
ASKING = frozenset({("call", "on"), ("call", "upon"), ("appeal", "to")})


def _told_to(tokens: list[Token]) -> bool:
    """ "Putin told the states to see to it", "called on the states to": what someone was told
    or asked to do, not what was done."""
    return any(
        (saying(t) and _object_then_infinitive(tokens, i, stative=False))
        or (
            i + 1 < len(tokens)
            and (t.stem, tokens[i + 1].norm) in ASKING
            and _object_then_infinitive(tokens, i + 1, stative=False)
        )
        for i, t in enumerate(tokens)
    )


# Words after which an "-ed" word is no verb but describes a thing: "the expanded programme",
# "its revised plan", "with added funds".
DETERMINERS = frozenset("the a an its his her their our this that these those".split())
_NOT_BEFORE_DEED = (
    DETERMINERS | frozenset("with of for by in on at to from being".split()) | MODALS
)  # "were being trained", "will proceed": not done


def _eed_present(word: str) -> bool:
    """ "proceed", "exceed", "speed": words in "-eed" that are no past form ("agreed" is)."""
    return word.endswith("ceed") or word in ("speed", "bleed", "breed", "heed", "greed")


def _people(text: str, t: Token) -> bool:
    """A people's adjective ("Kazakh"), not a place's name nor an acronym ("the US supplied")."""
    return t.cap and places.people(t.norm) and not (text and text[t.start : t.end].isupper())


def _noun_next(tokens: list[Token], i: int) -> bool:
    """Does a plain word follow the participle at i ("armed forces"), not an article or a name
    ("The French supplied an", "supplied C-130s")?"""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].kind == "word"
        and not tokens[i + 1].cap
        and not tokens[i + 1].stop
    )


def deeds(tokens: list[Token], text: str = "") -> list[int]:
    """Where a text states a deed as done: a past-tense verb ("purchased", "sent" and
    "has taken", by their ending or as WordNet's irregular past forms, data/irregular.txt),
    not one that describes a thing ("the expanded programme")."""
    out = []
    for i, t in enumerate(tokens):
        if t.kind != "word" or t.cap or t.stop or i == 0 or t.stem in SAYING:
            continue
        before = tokens[i - 1].norm
        if _progressive(tokens, i):
            out.append(i)  # "is building", "were training": under way, not planned
            continue
        past = t.norm.endswith("ed") and len(t.norm) > SHORT_PAST and not _eed_present(t.norm)
        if not (past or lookup("irregular.txt", t.norm) is not None):
            continue
        if before == "be":
            continue  # "will be supplied", "is to be opened": not done yet
        if text and text[tokens[i - 1].start : tokens[i - 1].end].endswith(POSSESSIVE):
            continue  # "Kazakhstan's armed forces"
        if (
            i > 1
            and tokens[i - 2].norm in DETERMINERS
            and _people(text, tokens[i - 1])
            and _noun_next(tokens, i)
        ):
            continue  # "the Kazakh armed forces": a people's adjective, then a participle of a thing
        if before in PERFECT or before not in _NOT_BEFORE_DEED:
            out.append(i)
    return out


PROGRESSIVE_BE = (BE - {"be", "being", "been"}) | {"am"}  # "is building": not "will be", "has been"


def _progressive(tokens: list[Token], i: int) -> bool:
    """ "is building", "were training": a verb WordNet knows, in "-ing" after a form of "be",
    not one of intending or talking ("is planning to", "are discussing") nor one that takes
    "to" ("is going to", "is seeking to")."""
    t = tokens[i]
    return (
        t.norm.endswith("ing")
        and tokens[i - 1].norm in PROGRESSIVE_BE
        and t.stem not in INTENT | TALK | BOUND
        and not (i + 1 < len(tokens) and tokens[i + 1].norm == "to")
        and bool(synonyms(t.stem))
    )


PURPOSE_HELPERS = frozenset({"help", "assist"})  # "to help create" is still a purpose


# Verbs of coming and sending, whose purpose ("arrived in Astana to help create", "sent
# troops to help stabilise") is a journey's aim, not a deed done: a closed class of English.
# Other verbs before "to" may make what follows done ("served to reaffirm", "used the visit
# to highlight", "the decision to award").
MOTION = frozenset(
    stem(w)
    for w in (
        "arrive arrived come came travel travelled flew fly visit visited send sent dispatch deploy"
    ).split()
)
MOTION_REACH = 4  # tokens from the verb of motion to its "to": "arrived in Astana to"


def purpose_of(tokens: list[Token], k: int) -> int | None:
    """Where the "to" stands that makes the verb at k the purpose of a journey ("arrived in
    Astana to help create a portal"); None when it is not one."""
    j = k - 1
    if j >= 0 and tokens[j].norm in PURPOSE_HELPERS:
        j -= 1
    if j < 0 or tokens[j].norm != "to" or tokens[k].kind != "word" or tokens[k].stop:
        return None
    before = tokens[max(0, j - MOTION_REACH) : j]
    if not any(t.stem in MOTION or t.norm in MOTION for t in before):
        return None
    return j
