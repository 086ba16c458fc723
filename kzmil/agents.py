"""Who does the deed: a claim whose subject is the one the source has on the receiving end.

"Lord Robertson put forward suggestions to President Nazarbayev" against "During his meetings
with Lord Robertson, President Nazarbayev made a number of suggestions": every name and the
deed are right, and the two people stand in each other's place. No word lies between the two
names in both texts, so the crossing of `structure.role_conflicts` cannot see it; the sentence's
subject can. A subject is read from the words alone: the capitalised run that opens the
sentence, after an opening phrase such as "During his meetings with X,".
"""

from __future__ import annotations

import re

from kzmil import places
from kzmil.conflicts import Conflict
from kzmil.evidence import Evidence
from kzmil.modality import BE, EVENT_MIN_WORDS
from kzmil.names import is_person, name_match
from kzmil.normalize import POSSESSIVE, Token
from kzmil.quantities import MONTHS
from kzmil.structure import AUXILIARIES, IRREGULAR_PARTICIPLES, RECIPROCAL, has_passive, reciprocal_at
from kzmil.synonyms import synonyms

# Words that open a phrase standing before a sentence's subject: "During his talks with X, Y ..."
OPENERS = frozenset(
    "during in at on after before following since while when as despite amid under with without "
    "throughout upon unlike like".split()
)
# The words before an object a deed is done to or with: "suggestions to X", "talks with X".
PREPOSITIONS = frozenset(
    "with to from for of in at on into toward towards about against among between".split()
)
# The preposition of a converse deed: "X received suggestions from Y" is "Y made suggestions to
# X"; "received training from", "heard from", "bought from". The one before "from" receives.
FROM = "from"
DETERMINERS = frozenset({"the", "a", "an"})
OPENER_REACH = 12  # tokens an opening phrase may run before its comma
LABEL_WORDS = 3  # words of a label before its colon: "BACKGROUND:", "IMPLICATIONS:"
_COMMA = re.compile(r",")


def _participle(t: Token) -> bool:
    """ "Having joined in 1994, Kazakhstan ...", "Asked about it, the minister ...": a verb's
    -ing or -ed form that opens a phrase before the subject (a verb WordNet knows, so not
    "Beijing" or "Ahmed"; the caller leaves out one before a name: "United States")."""
    verb = t.norm == "having" or bool(synonyms(t.stem))
    return t.kind == "word" and t.norm.endswith(("ing", "ed")) and verb


def subject(text: str, tokens: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The capitalised run that is the subject of the sentence tokens[lo:hi], as (start, end)."""
    k = lo
    # a label before a colon ("BACKGROUND: During ...") is no part of the sentence
    k = next(
        (
            j
            for j in range(lo + 1, min(hi, lo + LABEL_WORDS + 1))
            if ":" in text[tokens[j - 1].end : tokens[j].start]
        ),
        lo,
    )
    opens = k < hi and _participle(tokens[k]) and k + 1 < hi and not tokens[k + 1].cap
    if k < hi and (tokens[k].norm in OPENERS or opens):
        k = next(
            (
                j
                for j in range(k + 1, min(hi, k + OPENER_REACH))
                if _COMMA.search(text, tokens[j - 1].end, tokens[j].start)
            ),
            hi,
        )
    while k < hi and tokens[k].norm in DETERMINERS:
        k += 1
    end = k
    while (
        end < hi
        and tokens[end].cap
        and tokens[end].kind == "word"
        and (end == k or not text[tokens[end - 1].end : tokens[end].start].strip(" -"))
    ):
        end += 1
    return (k, end) if end > k and _verb_follows(tokens, end, hi) else None


# Irregular past tenses that are not also participles of `structure.IRREGULAR_PARTICIPLES`
# (a closed class of English).
IRREGULAR_PASTS = frozenset(
    "said took gave came went saw began wrote spoke chose rose fell grew knew drew ran stood became "
    "did does do can could may might must shall should".split()
)


def _verb_follows(tokens: list[Token], end: int, hi: int) -> bool:
    """Does a verb follow the run, so that it is the subject and not a modifier ("a Belarusian
    repair plant")? One plain head word may stand between ("The U.S. delegation was"), and an
    adverb ("also")."""
    j = end
    if j < hi and not tokens[j].stop and not _verb(tokens[j]):
        j += 1  # the head the run modifies
    while j < hi and (tokens[j].norm.endswith("ly") or tokens[j].norm in ("also", "then")):
        j += 1
    return j < hi and _verb(tokens[j])


def verb_at(tokens: list[Token], k: int) -> bool:
    """Is the word at k a verb by its form ("focused", "was", "covers")?"""
    return k < len(tokens) and _verb(tokens[k])


def _verb(t: Token) -> bool:
    w = t.norm
    return (
        t.kind == "word"
        and not t.cap
        and (
            w in AUXILIARIES
            or w in IRREGULAR_PARTICIPLES
            or w in IRREGULAR_PASTS
            or w.endswith("ed")
            or (w.endswith("s") and not w.endswith("ss"))
        )
    )


def _objects(
    text: str, tokens: list[Token], lo: int, hi: int, skip: tuple[int, int]
) -> list[tuple[int, str]]:
    """The names after a preposition in tokens[lo:hi], outside the subject: (index, preposition)."""
    out = []
    for j in range(lo + 1, hi):
        if skip[0] <= j < skip[1] or not (tokens[j].cap and tokens[j].kind == "word"):
            continue
        k = j - 1
        while k > lo and (tokens[k].norm in DETERMINERS or (tokens[k].cap and tokens[k].kind == "word")):
            k -= 1
        if tokens[k].norm in PREPOSITIONS:
            out.append((j, tokens[k].norm))
    return out


def _sentences(ev: Evidence) -> list[tuple[int, int]]:
    starts = [0, *(k for k, t in enumerate(ev.tokens) if k and t.start in ev.breaks)]
    return list(zip(starts, [*starts[1:], len(ev.tokens)], strict=True))


def agent_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """The claim's subject is an object of the source's sentence, and the source's subject an
    object of the claim's, about a word both say after their subject ("suggestions")."""
    mine = subject(claim, ctoks, 0, len(ctoks))
    if mine is None:
        return []
    c_objects = _objects(claim, ctoks, 0, len(ctoks), mine)
    c_subject = ctoks[mine[0] : mine[1]]
    for lo, hi in _sentences(ev):
        theirs = subject(ev.text, ev.tokens, lo, hi)
        if theirs is None:
            continue
        p_subject = ev.tokens[theirs[0] : theirs[1]]
        if any(name_match(c, p, True) for c in c_subject for p in p_subject):
            continue  # one subject, however the rest is worded
        p_objects = _objects(ev.text, ev.tokens, lo, hi, theirs)
        mine_there = [
            (j, prep) for j, prep in p_objects if any(name_match(c, ev.tokens[j], True) for c in c_subject)
        ]
        theirs_here = [
            (j, prep) for j, prep in c_objects if any(name_match(ctoks[j], p, True) for p in p_subject)
        ]
        if not mine_there or not theirs_here:
            continue
        # the claim's subject only in the source's opening phrase ("During his meetings with
        # Lord Robertson, Nazarbayev made ..."), or one predicate for both subjects ("was
        # interested in"): otherwise two verbs may tell one deed from each side ("looked to the
        # U.S. for help", "the U.S. provided help")
        opening = all(j < theirs[0] for j, _ in mine_there)
        if not opening and not _same_predicate(ctoks, mine[1], ev.tokens, theirs[1]):
            continue
        if FROM in (mine_there[0][1], theirs_here[0][1]):
            continue  # "received suggestions from X", "gave to X": one deed seen from each side
        deed = _shared_deed(ctoks[mine[1] :], ev.tokens[theirs[1] : hi])
        if deed is None:
            continue
        c_deed = next(k for k in range(mine[1], len(ctoks)) if ctoks[k].stem == deed.stem)
        if reciprocal_at(ctoks, c_deed):
            continue  # "A held talks with B" is "B held talks with A"
        p_deed = next(k for k in range(theirs[1], hi) if ev.tokens[k] is deed)
        if has_passive(ctoks[mine[1] : c_deed + 1]) != has_passive(ev.tokens[theirs[1] : p_deed + 1]):
            continue  # one side passive: its subject is the one acted on
        said = ev.text[ev.tokens[theirs[0]].start : deed.end]
        who = claim[ctoks[mine[0]].start : ctoks[mine[1] - 1].end]
        note = f"the source has another do it: \u201c{said}\u201d, not {who}"
        span = (ctoks[mine[0]].start, ctoks[mine[1] - 1].end)
        src = (ev.tokens[theirs[0]].start, deed.end)
        return [Conflict("role", who, said, span, src, note=note)]
    return []


def _predicate(tokens: list[Token], k: int) -> Token | None:
    """The first word after the subject that is no auxiliary or adverb: "was (particularly)
    interested", "made"."""
    if k < len(tokens) and not tokens[k].stop and not _verb(tokens[k]):
        k += 1  # the head the subject's name modifies: "The U.S. delegation was"
    for t in tokens[k : k + OPENER_REACH]:
        if t.kind != "word" or t.cap:
            return None
        if t.norm in AUXILIARIES or t.norm.endswith("ly") or t.norm in ("also", "then"):
            continue
        return t
    return None


def _same_predicate(ctoks: list[Token], ck: int, ptoks: list[Token], pk: int) -> bool:
    c, p = _predicate(ctoks, ck), _predicate(ptoks, pk)
    return c is not None and p is not None and c.stem == p.stem


def _shared_deed(c_after: list[Token], p_after: list[Token]) -> Token | None:
    """A plain word both say after their subject, with no reciprocal verb before it in either
    ("met", "talks": their two sides change places freely)."""
    for i, c in enumerate(c_after):
        if c.cap or c.stop or c.kind != "word" or len(c.norm) <= 2 or c.norm.endswith("ly"):
            continue
        for j, p in enumerate(p_after):
            if p.stem == c.stem:
                before = [*c_after[: i + 1], *p_after[: j + 1]]
                if any(t.stem in RECIPROCAL for t in before):
                    return None
                return p
    return None


DOER_REACH = 6  # tokens a deed's doer may run before it: "U.S. and western military forces were"
# Words that may stand inside a doer's phrase: "U.S. and western forces", "troops of the U.S."
DOER_JOINS = frozenset({"and", "of", "the", "a", "an"})


def _passive_at(tokens: list[Token], k: int) -> bool:
    """Is the deed at k passive: a form of "be" before it, across adverbs ("were deployed")?"""
    j = k - 1
    while j >= 0 and (tokens[j].norm.endswith("ly") or tokens[j].norm in ("also", "then")):
        j -= 1
    return j >= 0 and tokens[j].norm in BE


def _doers(
    text: str, tokens: list[Token], k: int, names_of: dict[str, bool]
) -> tuple[list[Token], str] | None:
    """The names in the phrase that does (or, passive, undergoes) the deed at k: the words
    before it, across auxiliaries, to the clause's start. None when that phrase names nobody
    ("the defense ministers signed"): someone the source leaves unnamed may be anyone."""
    j = k - 1
    while j >= 0 and (tokens[j].norm in AUXILIARIES or tokens[j].norm.endswith("ly")):
        j -= 1
    names: list[Token] = []
    for i in range(j, max(-1, j - DOER_REACH), -1):
        t = tokens[i]
        if i + 1 < len(tokens) and _COMMA.search(text, t.end, tokens[i + 1].start):
            break
        if t.kind != "word" or (t.stop and t.norm not in DOER_JOINS):
            break
        # a sentence's first word is a name only if the corpus capitalises it elsewhere
        if t.norm in MONTHS:
            break  # "In January President Nazarbayev": a time before the doer
        if t.cap and not t.stop and (i > 0 or names_of.get(t.norm) is True):
            names.append(t)
    return (names, text[names[-1].start : tokens[j].end]) if names else None


def _kind(t: Token, text: str, common: set[str]) -> str | None:
    """A party (a country or city, its people, or an alliance written as an acronym: "U.S.",
    "Belarusian", "NATO"), a person, or neither (a body, a document: "Department of Defense",
    "Military Doctrine")."""
    written = text[t.start : t.end].replace(".", "")
    acronym = len(written) >= ACRONYM_MIN and written.isupper()
    return "party" if places.kind(t.norm) or acronym else "person" if is_person(t, common) else None


ACRONYM_MIN = 3  # letters of an alliance's acronym ("NATO", "CSTO"); "US" is a place already


def others_deed(claim: str, ctoks: list[Token], ev: Evidence) -> tuple[list[Token], str] | None:
    """ "Kazakhstan has deployed troops to Afghanistan in support of Operation Enduring Freedom"
    against "as U.S. and western military forces were deployed to Central Asia in support of
    Operation Enduring Freedom (OEF), Astana recognized ...": the claim's deed is in the source,
    but done by (or to) others of the subject's kind, a country's for a country's; nowhere by
    the claim's subject, nor by someone unnamed. Returns (the claim's subject, the source's
    doers), to leave the claim unstated: the subject may have done it too, unreported."""
    mine = subject(claim, ctoks, 0, len(ctoks))
    if mine is None:
        return None
    verb = _predicate(ctoks, mine[1])
    words = sum(t.kind == "word" for t in ctoks)
    if verb is None or verb.stem in RECIPROCAL or not verb.norm.endswith("ed") or words < EVENT_MIN_WORDS:
        return None  # "Spain approached for military assistance": a headline's passive
    passive = _passive_at(ctoks, next(i for i, t in enumerate(ctoks) if t is verb))
    c_subject = ctoks[mine[0] : mine[1]]
    kind = _kind(c_subject[-1], claim, ev.common)
    if kind is None:
        return None  # "The Military Doctrine passed in 2007": a thing, whose deeds are others'
    found: tuple[list[Token], str] | None = None
    for text, toks in ev.around():
        for k, p in enumerate(toks):
            if p.stem != verb.stem or p.cap:
                continue
            if passive and not _passive_at(toks, k):
                after = toks[k + 1 : k + 1 + DOER_REACH]
                if any(name_match(c, t, True) for c in c_subject for t in after if t.cap):
                    return None  # "named Nikolai Pospelov as ...": the claim's passive, said actively
                continue  # the one the claim's passive acts on is not the source's doer
            phrase = _doers(text, toks, k, ev.names)
            if phrase is None:
                return None  # someone unnamed does it
            doers, said = phrase
            if any(name_match(c, d, True) for c in c_subject for d in doers):
                return None  # the subject itself does it
            after = toks[k + 1 : k + 1 + DOER_REACH]
            if (
                after
                and after[0].norm == "by"
                and any(name_match(c, t, True) for c in c_subject for t in after if t.cap)
            ):
                return None  # "were deployed by Kazakhstan"
            # the name nearest the deed is the doer's own ("President Nazarbayev", "U.S. forces")
            if found is None and _kind(doers[0], text, ev.common) == kind:
                found = (c_subject, said)
    return found


# What may stand between a subject and its verb ("Nazarbayev should milk", "X will also
# press") and between a verb and its object ("milk the ..."): modals, "to", adverbs.
VERB_GAP = frozenset(
    {"should", "would", "could", "will", "shall", "must", "might", "may", "can", "to", "also"}
)
OBJECT_GAP = frozenset({"the", "a", "an"})
QUOTES = "\"'\u201c\u201d\u2018\u2019 "  # a quoted word keeps its place: to "milk" Nazarbayev


def _quoted_gap(text: str, a: Token, b: Token) -> bool:
    """Is there nothing but spaces and quote marks between two tokens?"""
    return not text[a.end : b.start].strip(QUOTES)


def object_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """The name the claim puts after a verb, as what the deed is done to, that the source puts
    before the same verb, as the one who does it: "urged Moscow to 'milk' Nazarbayev" against
    "Nazarbayev should 'milk' both powers". Not for a verb in the passive, whose subject is
    acted on, nor for one whose two sides change places freely ("met")."""
    for k, v in enumerate(ctoks[:-1]):
        if v.cap or v.stop or v.kind != "word" or v.stem in RECIPROCAL or _passive_at(ctoks, k):
            continue
        j = k + 1
        while j < len(ctoks) - 1 and ctoks[j].norm in OBJECT_GAP:
            j += 1
        obj = ctoks[j]
        if not (obj.cap and obj.kind == "word" and not obj.stop) or not _quoted_gap(claim, ctoks[j - 1], obj):
            continue
        if claim[obj.start : obj.end].endswith(POSSESSIVE):
            continue  # "reforming Kazakhstan's armed forces": the forces are reformed
        if any(name_match(obj, t, False) for t in ctoks[:k]):
            continue  # the name stands on both sides of the claim's verb
        for p, w in enumerate(ev.tokens):
            if w.stem != v.stem or p == 0 or _passive_at(ev.tokens, p):
                continue
            q = p - 1
            while q > 0 and (ev.tokens[q].norm in VERB_GAP or ev.tokens[q].norm.endswith("ly")):
                q -= 1
            doer = ev.tokens[q]
            if not (doer.cap and name_match(obj, doer, False)):
                continue
            if q and ev.tokens[q - 1].norm in PREPOSITIONS:
                continue  # "arrived in Astana to help": Astana is where, not who
            if any(
                not _quoted_gap(ev.text, a, b)
                for a, b in zip(ev.tokens[q:p], ev.tokens[q + 1 : p + 1], strict=True)
            ):
                continue
            if any(name_match(obj, t, False) for t in ev.tokens[p + 1 : p + 1 + DOER_REACH]):
                continue
            said = ev.text[doer.start : w.end]
            note = f"the source has {ev.text[doer.start : doer.end]} do it: \u201c{said}\u201d"
            span = (v.start, obj.end)
            return [Conflict("role", claim[v.start : obj.end], said, span, (doer.start, w.end), note=note)]
    return []
