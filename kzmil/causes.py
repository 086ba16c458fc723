"""Which way a cause runs: "U.S. State Department funding will inevitably result in counter
initiatives by Russia" against "Russian counter-initiatives will trigger State Department funding".

Every word and name of such a claim is in the source, and the source's effect is the claim's
cause. English says cause and effect with a closed class of connectives, some with the cause
first ("result in", "lead to", "trigger") and some with the effect first ("result from",
"stem from", "in response to", "because of"). Each side of the connective is read as a bag of
words; a claim whose cause holds more of the source's effect (and its effect more of the
source's cause) than the other way round states the cause backwards.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from kzmil.conflicts import Conflict
from kzmil.evidence import Evidence
from kzmil.modality import BE, DESIRE
from kzmil.names import name_match
from kzmil.normalize import ARTICLES, Token, stem
from kzmil.synonyms import LIGHT_VERBS, derivations, paraphrases, synonyms

# A deal: what was given back is why it was done.
EXCHANGES = (("in", "return", "for"), ("in", "exchange", "for"))
# How a source states a deal: "in return", "in exchange", "in turn", "quid pro quo", "on
# condition that", "conditional on". A bare "exchange" ("an information exchange") or
# "return" ("returned home") states none.
DEAL_PHRASES = frozenset(
    {("in", "return"), ("in", "exchange"), ("in", "turn"), ("quid", "pro"), ("on", "condition")}
)
DEAL_WORDS = frozenset({"condit", "reward", "compens"})


def _deal_stated(tokens: list[Token]) -> bool:
    pairs = {(a.norm, b.norm) for a, b in pairwise(tokens)}
    return bool(pairs & DEAL_PHRASES) or any(t.stem in DEAL_WORDS for t in tokens)


# Connectives, as word sequences: the cause stands before these ...
FORWARD = (
    ("result", "in"),
    ("resulted", "in"),
    ("results", "in"),
    ("lead", "to"),
    ("leads", "to"),
    ("led", "to"),
    ("trigger",),
    ("triggers",),
    ("prompt",),
    ("prompts",),
    ("provoke",),
    ("provokes",),
    ("spark",),
    ("sparks",),
    ("cause",),
    ("causes",),
    ("bring", "about"),
    ("brings", "about"),
    ("brought", "about"),
    ("give", "rise", "to"),
    ("gives", "rise", "to"),
    ("gave", "rise", "to"),
    ("triggered",),
    ("prompted",),
    ("provoked",),
    ("sparked",),
    ("caused",),
)
# ... and after these.
BACKWARD = (
    ("result", "from"),
    ("resulted", "from"),
    ("results", "from"),
    ("stem", "from"),
    ("stems", "from"),
    ("stemmed", "from"),
    ("arise", "from"),
    ("arises", "from"),
    ("arose", "from"),
    ("caused", "by"),
    ("triggered", "by"),
    ("prompted", "by"),
    ("provoked", "by"),
    ("sparked", "by"),
    ("in", "response", "to"),
    ("in", "recognition", "of"),
    ("as", "a", "reward", "for"),
    *EXCHANGES,
    ("because", "of"),
    ("because",),  # "turned to Belarus because Russian plants could not": a clause of cause
    ("owing", "to"),
    ("as", "a", "result", "of"),
    ("buoyed", "by"),
    ("driven", "by"),
    ("fueled", "by"),
    ("fuelled", "by"),
    ("spurred", "by"),
)
# Participles whose phrase qualifies the words just before it, across a comma: "a new sense
# of confidence, buoyed by the decision" (the backward forms with "by"). Not so ", because of
# X", which qualifies a clause.
PARTICIPIAL = frozenset(seq[0] for seq in BACKWARD if seq[-1] == "by")
# Where a side ends: a clause break, or the words that open the clause ("says that").
_BREAK = re.compile(r"[,;:.!?()\u2013\u2014]")
OPENERS = frozenset({"that", "which", "who", "says", "said", "predicted", "argued", "warned", "noted"})
NAME_WEIGHT = 2  # a name on a side weighs more than a word: the parties are what a cause relates
CROSSED_MIN = 1  # weight on each crossed side, at least: one word ("the move") may make a side


class Cause(NamedTuple):
    cause: list[Token]
    effect: list[Token]
    span: tuple[int, int]  # characters, the whole statement
    link: list[Token]  # the connective: "stems from"


def _gap_breaks(text: str, tokens: list[Token], k: int) -> bool:
    """Does a clause break stand between token k and the next?"""
    return k + 1 < len(tokens) and bool(_BREAK.search(text, tokens[k].end, tokens[k + 1].start))


def _content(t: Token) -> bool:
    """A word a side is made of: not a function word, an adverb ("inevitably") or a joined form."""
    return t.kind == "word" and not t.stop and not t.synthetic and not t.norm.endswith("ly")


def _coordinated(tokens: list[Token], j: int) -> bool:
    """Does the break after token j open a second member of the side ("The importance of the
    Caspian, and the legacy of the Soviet period, resulted in")?"""
    return j + 1 < len(tokens) and tokens[j + 1].norm in ("and", "or")


def _before(text: str, tokens: list[Token], k: int) -> list[Token]:
    """Content words from just before k back to the clause's start, past a comma right before
    the connective ("... the Soviet period, resulted in")."""
    out: list[Token] = []
    for j in range(k - 1, -1, -1):
        t = tokens[j]
        if t.norm in OPENERS or (_gap_breaks(text, tokens, j) and j != k - 1 and not _coordinated(tokens, j)):
            break
        if _content(t):
            out.insert(0, t)
    return out


def _after(text: str, tokens: list[Token], k: int) -> list[Token]:
    """Content words from k on to the clause's end."""
    out: list[Token] = []
    for j in range(k, len(tokens)):
        t = tokens[j]
        if _content(t):
            out.append(t)
        if _gap_breaks(text, tokens, j):
            break
    return out


_FIRST_WORDS = frozenset(seq[0] for seq in (*FORWARD, *BACKWARD))


def causes(text: str, tokens: list[Token]) -> list[Cause]:
    """Each cause-and-effect a text states with one of the connectives."""
    out = []
    norms = [t.norm for t in tokens]
    for k in range(len(tokens)):
        if norms[k] not in _FIRST_WORDS:
            continue  # most words open no connective: skip the comparisons
        # the longer, backward forms first: "triggered by" before "triggered"
        for seqs, forward in ((BACKWARD, False), (FORWARD, True)):
            seq = next((s for s in seqs if tuple(norms[k : k + len(s)]) == s), None)
            if seq is None:
                continue
            if k and _gap_breaks(text, tokens, k - 1) and not forward and seq[0] not in PARTICIPIAL:
                break  # ", because of X": the effect is a clause of its own, not read here
            if forward and not _connects(tokens, k, len(seq)):
                break
            before = _before(text, tokens, k)
            after = _after(text, tokens, _past_aside(text, tokens, k + len(seq)))
            if not before and not forward and after:
                before = _fronted_effect(text, tokens, after[-1])  # "Because it won X, Astana agreed Y"
            if before and after:
                cause, effect = (before, after) if forward else (after, before)
                toks = [*before, *after]
                span = (min(t.start for t in toks), max(t.end for t in toks))
                out.append(Cause(cause, effect, span, tokens[k : k + len(seq)]))
            break
    return out


def _past_aside(text: str, tokens: list[Token], k: int) -> int:
    """Where the side after a connective starts: past an aside set off by commas right after
    it ("because, besides their knowledge and rank, they also bear arms" gives the arms as the
    reason, not the knowledge)."""
    if not (0 < k < len(tokens) and text[tokens[k - 1].end : tokens[k].start].strip() == ","):
        return k
    start = k
    while True:
        end = next((j for j in range(start, len(tokens) - 1) if _gap_breaks(text, tokens, j)), None)
        if end is None or text[tokens[end].end : tokens[end + 1].start].strip() != ",":
            return k
        start = end + 1
        # the aside goes on through an apposition or a relative clause ("in the words of
        # Colonel X, a veteran instructor, it had"; "unlike in Russia, where housing is
        # provided, they had to rent")
        if tokens[start].norm not in ASIDE_GOES_ON:
            return start


ASIDE_GOES_ON = frozenset({"a", "an", "where", "which", "who", "whose", "whom", "when"})


def _fronted_effect(text: str, tokens: list[Token], last: Token) -> list[Token]:
    """The clause after a fronted cause ("Because it won the chairmanship, Astana agreed a
    plan"): from the comma that ends the cause to the clause's end."""
    k = next(i for i, t in enumerate(tokens) if t is last)
    if not (k + 1 < len(tokens) and text[last.end : tokens[k + 1].start].strip() == ","):
        return []
    return _after(text, tokens, k + 1)


PASSIVE_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her"})


def _connects(tokens: list[Token], k: int, n: int) -> bool:
    """Is the forward connective at k a verb of the active voice? Not a passive ("was brought
    about by"), an adjective or noun ("a prompt response", "the cause"), or a participle with
    its agent ("triggered by", read backwards)."""
    prev = tokens[k - 1].norm if k else ""
    nxt = tokens[k + n].norm if k + n < len(tokens) else ""
    return prev not in PASSIVE_BEFORE and prev not in DETERMINERS and nxt != "by"


def _weight(a: list[Token], b: list[Token]) -> int:
    """How much of side `a` side `b` states: names by name, other words by stem."""
    got = 0
    for t in a:
        if t.cap and any(p.cap and name_match(t, p, True) for p in b):
            got += NAME_WEIGHT
        elif not t.cap and any(p.stem == t.stem for p in b):
            got += 1
    return got


def cause_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """The claim's cause is the source's effect, and its effect the source's cause."""
    mine = causes(claim, ctoks)
    if not mine:
        return []
    for text, toks in ev.around():
        for s in causes(text, toks):
            for c in mine:
                crossed = (_weight(c.cause, s.effect), _weight(c.effect, s.cause))
                straight = _weight(c.cause, s.cause) + _weight(c.effect, s.effect)
                if min(crossed) >= CROSSED_MIN and sum(crossed) > straight:
                    said = text[s.span[0] : s.span[1]]
                    note = f"the claim has the cause the other way round: the source says \u201c{said}\u201d"
                    src = s.span if text is ev.text else None
                    return [Conflict("role", claim[c.span[0] : c.span[1]], said, c.span, src, note=note)]
    return []


# Stems of the words English marks a cause or a reason with, beyond the connectives above:
# "thanks to", "due to", "therefore", "buoyed by", "driven by", "the reason", "so". A source
# that has any of them in the sentences that state a claim's cause may state it in its own
# words; one that has none states the two things side by side, not one because of the other.
# "drive" is left out: "driven by" is the connective, and the noun ("a reform drive") names a
# campaign, not a reason. "forced", "allowed" tell a cause too ("floods ... forced the army").
CAUSAL = frozenset(
    "because becaus caus result lead led due owing thank therefor thus henc consequ reason respons stem "
    "aris prompt trigger spark provok driven buoy fuel so sinc motiv spur after mean meant bring "
    "brought yield forced forcing compelled obliged allowed allowing enabled enabling".split()
)


COORDINATORS = frozenset({"and", "but", "or", "nor"})  # "corruption, but also a lack of industry"


def _side_at(side: list[Token], t: Token) -> bool:
    """Is t a word of the side: a name by name, a word by its stem or a derivation ("married"
    for "marriage")?"""
    return any(
        (p.cap and t.cap and name_match(p, t, True))
        or (not p.cap and (p.stem == t.stem or t.stem in synonyms(p.stem)))
        for p in side
    )


# Words that open a phrase of time ordering the cause after something else: "she got married
# after returning to West Point" ("during the fighting" may be the cause itself)
TIME_OPENERS = frozenset({"after", "before", "following", "until"})


def _cause_itself(ctoks: list[Token], told_by: list[Token]) -> list[Token]:
    """The cause's words without a phrase of time that orders it: "soon after returning to
    Kazakhstan she found ..." holds nothing of "she got married after returning to West Point"."""
    opener = next(
        (t for t in ctoks if t.norm in TIME_OPENERS and told_by[0].start < t.start < told_by[-1].start),
        None,
    )
    return [p for p in told_by if opener is None or p.start < opener.start] or told_by


# Verbs that tell a state the subject comes to or is in: "become disillusioned", "grew tired".
LINKING = frozenset(stem(w) for w in "become became grow grew grown feel felt seem remain turn".split())


def _state_of_mind(ctoks: list[Token], c: Cause) -> bool:
    """Is the cause a state the subject is in or comes to ("they become disillusioned", "they
    were fed up", "he wanted to avoid upsetting", "it feared angering Moscow")? Told just before
    a deed ("become disillusioned ..., and then leave"), a state is the deed's motive as the
    source tells it, and "because" only says so; two deeds ("then married and quit", "won the
    election and agreed") are not."""
    first = c.cause[0]
    k = next((i for i, t in enumerate(ctoks) if t is first), 0)
    after_be = k > 0 and ctoks[k - 1].norm in BE
    return first.stem in LINKING or first.stem in DESIRE or after_be


def cause_unstated(claim: str, ctoks: list[Token], ev: Evidence) -> list[Token]:
    """The connective of a cause the claim states ("corruption stems from the lack of an
    industry", "recalled because of corruption") when no word of cause stands anywhere in the
    evidence and no sentence of it tells the two sides together but as a list: a source that
    tells both things side by side ("bedeviled with corruption, but also a lack of industry"),
    apart, or one after the other ("Following its OSCE victory, Astana has also agreed") does
    not say that one is why the other happened. One sentence that holds both may tell the
    cause by its verb ("A strike halted production"), which no list of words holds. A word of
    cause counts only in a sentence that holds the claim's cause: "Kazakhstan is therefore
    lobbying in Russia" gives no reason for its approach to Spain."""
    # "because" is held to it like the named connectives: against "returned, then married
    # and quit" it gives a reason the source leaves unsaid; a state of mind is the exception
    mine = [
        (c, sequence)
        for c in causes(claim, ctoks)
        if (sequence := _sequence(ev.text, ev.tokens, c)) is not None
        or [t.norm for t in c.link] != ["because"]
        or not _state_of_mind(ctoks, c)
    ]
    if not mine:
        return []
    c, sequence = mine[0]
    around = ev.around()
    # the cause's plain words tell it, where it has any: its names may stand in a title
    # ("corruption in the Ministry of Defense" beside "Defense Minister Altynbaev was recalled")
    told_by = [t for t in c.cause if not t.cap] or c.cause
    itself = _cause_itself(ctoks, told_by)
    for _, toks in around:
        causal = any((t.stem in CAUSAL or t.norm in CAUSAL) and t is not sequence for t in toks)
        if causal and any(_side_at(itself, t) for t in toks):
            return []  # a word of cause beside the claim's cause may state the link in its own words
    if sequence is not None:
        return c.link
    together = False
    for text, toks in around:
        passage = text is ev.text
        causes_at = [a for a, t in enumerate(toks) if _side_at(told_by, t)]
        effects_at = [b for b, t in enumerate(toks) if _side_at(c.effect, t)]
        for a in causes_at:
            for b in effects_at:
                if passage and not ev.one_sentence(toks[a], toks[b]):
                    continue
                lo, hi = sorted((a, b))
                if any(t.norm in COORDINATORS for t in toks[lo + 1 : hi]):
                    return c.link  # listed side by side
                together = True
    # told together, not as a list, its verb may be the cause ("A strike halted production")
    return [] if together else c.link


# "Following its OSCE victory, Astana agreed": a time, not a reason
SEQUENCE = frozenset({"after", "following"})
SEQUENCE_REACH = 4  # tokens from "following" to the word of the cause it dates by


def _sequence(text: str, tokens: list[Token], c: Cause) -> Token | None:
    """The "after" or "following" that opens a sentence's phrase of time holding the claim's
    cause, with the claim's effect in the clause it dates: the source tells one thing after
    the other and leaves why unsaid."""
    for k, t in enumerate(tokens):
        if t.norm not in SEQUENCE:
            continue
        near = tokens[k + 1 : k + 1 + SEQUENCE_REACH]
        if not any(_side_at(c.cause, u) for u in near):
            continue
        cut = next((j for j in range(k, len(tokens) - 1) if _gap_breaks(text, tokens, j)), None)
        if (
            cut is not None
            and text[tokens[cut].end : tokens[cut + 1].start].strip() == ","
            and any(_side_at(c.effect, u) for u in tokens[cut + 1 :])
        ):
            return t
    return None


def _stated(t: Token, around: list[tuple[str, list[Token]]]) -> bool:
    alike = {t.stem} | synonyms(t.stem)
    return any(p.stem in alike or (t.cap and name_match(t, p, False)) for _, toks in around for p in toks)


def _gives_a_cause(toks: list[Token]) -> bool:
    return any(t.stem in CAUSAL or t.norm in CAUSAL for t in toks)


def _stated_in_sense(t: Token, around: list[tuple[str, list[Token]]]) -> bool:
    """Is a word of a claim's cause stated around? In a sentence that gives a cause of its
    own, by any synonym ("because the cost of petroleum dropped" for "because oil prices
    fell"); in one that gives none, only in the word's most frequent sense, since a sentence
    that tells no reason holds the cause's words only by chance ("build" as "make", "help" as
    "available"). A light verb ("take", "make") stands for no other word in either."""
    usual = {t.stem} | paraphrases(t.stem) | derivations(t.stem)
    loose = usual | (synonyms(t.stem) - LIGHT_VERBS)
    return any(
        p.stem in (loose if _gives_a_cause(toks) else usual) or (t.cap and name_match(t, p, False))
        for _, toks in around
        for p in toks
    )


def cause_of_a_cause(claim: str, ctoks: list[Token], ev: Evidence) -> list[Token]:
    """The connective of a cause the claim gives to what the source tells only as a cause of
    something else ("awarded the chairmanship in recognition of its reforms" against
    "confidence, buoyed by the decision to award the chairmanship"): the source gives the
    claim's effect no cause, and the claim's cause is found on neither side of the source's."""
    mine = causes(claim, ctoks)
    if not mine:
        return []
    c = mine[0]
    for text, toks in ev.around():
        for s in causes(text, toks):
            if _weight(c.effect, s.cause) >= NAME_WEIGHT and not (
                _weight(c.cause, s.cause) or _weight(c.cause, s.effect) or _weight(c.effect, s.effect)
            ):
                return c.link
    return []


def cause_missing(claim: str, ctoks: list[Token], ev: Evidence) -> list[Token]:
    """The connective of a cause the claim gives ("recalled because of corruption
    allegations") when no word of that cause is stated in the passage or around it: the
    claim adds a reason the source never gives."""
    mine = causes(claim, ctoks)
    if not mine:
        return []
    c = mine[0]
    if tuple(t.norm for t in c.link) in EXCHANGES and not _deal_stated(ev.tokens):
        return c.link  # a deal ("in return for Danish funding") the passage's sentence never states
    # a word the claim also uses for the effect ("opened the airport to the Danish air force
    # in return for Danish funding") says nothing of the cause
    effect = {t.stem for t in c.effect}
    sides = [t for t in c.cause if _content(t) and t.stem not in effect]
    around = ev.around()
    # a cause of a word or two ("because of graft") names a thing, which the source may give
    # by any of its synonyms ("bribery"); a clause of cause is held to the words' senses
    if len(sides) > CAUSE_UNSTATED_MIN:
        unstated = [t for t in sides if not _stated_in_sense(t, around)]
    else:
        unstated = [t for t in sides if not _stated(t, around)]
    if sides and (
        len(unstated) == len(sides)
        or (len(unstated) >= CAUSE_UNSTATED_MIN and 2 * len(unstated) > len(sides))
        or (len(sides) > CAUSE_UNSTATED_MIN and _head(ctoks, c.cause) in unstated)
    ):
        return c.link
    return []


HEAD_WORDS = 3  # content words before "of" in a cause's head phrase: "a sudden regional outbreak of"


def _head(ctoks: list[Token], cause: list[Token]) -> Token | None:
    """The head of a cause that is a noun phrase with a complement: "outbreak" in "an outbreak
    of dangerous pathogens". Its complement's words may all stand in a source that tells of
    them for another reason ("an information exchange on dangerous pathogens"); the head is
    the thing the claim says caused it, and a source that never names it gives no such cause."""
    if not cause:
        return None
    head, words = None, 0
    for t in ctoks:
        if t.start < cause[0].start:
            continue
        if t.start > cause[-1].start:
            break
        if t.norm == "of":  # "of" after a noun is the surest sign of a head noun without a tagger
            return head
        if t.kind != "word" or t.cap or (t.stop and t.norm not in ARTICLES):
            return None
        if _content(t):
            head, words = t, words + 1
            if words > HEAD_WORDS:
                return None
    return None


def cause_replaced(claim: str, ctoks: list[Token], ev: Evidence) -> list[Token]:
    """The connective of a cause the claim gives ("testing of officers because of nepotism")
    when the passage gives its own "because" in the sentence that states the claim's effect
    ("we are going to test each commander ... because they also carry weapons") and no word
    of the claim's cause is in that reason: the source says why, and says otherwise. Words of
    the claim's cause found elsewhere around do not state it as this effect's cause."""
    mine = causes(claim, ctoks)
    if not mine:
        return []
    c = mine[0]
    effect = {t.stem for t in c.effect}
    sides = [t for t in c.cause if _content(t) and t.stem not in effect]
    toks = ev.tokens
    reasons = [
        [u for u in toks[k + 1 :] if ev.one_sentence(t, u) and _content(u)]
        for k, t in enumerate(toks)
        if t.norm == "because"
        and _weight(c.effect, [u for u in toks[:k] if ev.one_sentence(u, t) and _content(u)]) >= NAME_WEIGHT
    ]
    # any of the passage's reasons may be the claim's ("because of nepotism and because ...")
    if sides and reasons and not any(_stated(x, [("", r)]) for r in reasons for x in sides):
        return c.link
    return []


# Words of a cause, most of its words, that no sentence around states: a reason the source
# never gives, though one of its words ("military") is everywhere in the corpus.
CAUSE_UNSTATED_MIN = 2
