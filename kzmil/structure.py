"""Who did what, to whom, and with what: where the passage holds every word of the claim but
arranges them otherwise. Who holds which title or post is in `titles`; years, dates, first
times and the order of events in `timeline`.

- roles: two names or figures on each other's side of the word that relates them
  ("X replaced Y" against "Y replaced X", "300 full-time and 250 short-term" reversed), a
  name in the slot another name fills, and what one party owns given to another;
- lists: a range given to another item, "the only" one of several;
- wishes exchanged with what came. Comparisons by figures, "rather than" and rankings are in
  `comparisons`.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import pairwise

from kzmil import places
from kzmil.causes import Cause, causes
from kzmil.conflicts import Conflict, is_initials, is_name, same_name, stands_for
from kzmil.evidence import Evidence
from kzmil.match import prefixed
from kzmil.modality import BE, desire, finite
from kzmil.names import is_person, name_match, positions, spelled_out
from kzmil.normalize import ARTICLES, POSSESSIVE, Token, stem
from kzmil.quantities import extract
from kzmil.specifics import Specific
from kzmil.synonyms import sisters, synonyms
from kzmil.tables import past_form

# Verbs whose two sides can change places without changing the fact ("A met B" is "B met A").
RECIPROCAL = frozenset(
    "meet met talk discuss negoti agre cooper partner marri compet clash fought fight alli exchang sign "
    "border neighbour neighbor compar link tie".split()
)
# Words that flip which side of a verb is the agent: "X was replaced by Y" is "Y replaced X".
AGENT_MARKERS = frozenset({"by"})
# "graduate of West Point" is "West Point graduate"; "head ... at the Pentagon" is "the Pentagon's head".
OF_LIKE = frozenset({"of", "at", "in", "for"})
DASHES = frozenset({"-", "\u2013", "\u2014"})  # what joins two names of one compound: "US-Kazakh"
# An order cue orders the events whose words stand within this many tokens of it.
CUE_REACH = 12


# ---------------------------------------------------------------- roles


# What joins two main clauses: ", and the biggest danger is ...", "; the ministry ...".
CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas"})


def main_clauses(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The spans of the claim's main clauses: the claim cut at a semicolon, at a colon that
    opens a clause with a verb of its own ("Astana hedged with Paris too: the French minister
    met ..."), or at a comma and a joining word followed by such a clause."""
    cuts = [0]
    for k in range(1, len(toks)):
        gap = text[toks[k - 1].end : toks[k].start]
        joined = "," in gap and toks[k].norm in CLAUSE_JOINS and finite(toks[k + 1 :], text)
        opened = ":" in gap and finite(toks[k:], text)
        if ";" in gap or joined or opened:
            cuts.append(toks[k].start)
    cuts.append(len(text))
    return list(pairwise(cuts))


def main_clause(text: str, toks: list[Token], t: Token) -> tuple[int, int]:
    """The span of the claim's main clause that holds t (see `main_clauses`)."""
    return _clause_holding(main_clauses(text, toks), t, len(text))


def _clause_holding(spans: list[tuple[int, int]], t: Token, end: int) -> tuple[int, int]:
    return next(((lo, hi) for lo, hi in spans if lo <= t.start < hi), (0, end))


def role_conflicts(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """Two names (or figures) of the claim that stand on each other's side of the word that
    relates them in the passage: "X replaced Y" against "Y replaced X"."""
    idx = {id(t): k for k, t in enumerate(ctoks)}
    anchors = [
        (idx[id(s.tokens[0])], s)
        for s in specs
        if id(s.tokens[0]) in idx
        and not _only_where(ctoks, idx[id(s.tokens[0])])
        and not _designation(claim, ctoks, idx[id(s.tokens[0])])
        and not _appositive(claim, ctoks, s, ev)
        and (
            s.kind == "figure"
            or (
                s.kind == "name"
                and (
                    s.tokens[0].norm not in ev.common
                    or places.kind(s.tokens[0].norm) is not None  # a place, however the archive writes it
                    or _ends_name(claim, ctoks, idx.get(id(s.tokens[-1]), idx[id(s.tokens[0])]))
                )
            )
        )
    ]
    # the relating words: lower-case content words ("replaced", "full-time"), never names, nor
    # a word the claim also writes in a title ("Deputy Secretary ... deputy defense minister"):
    # which of the passage's is which cannot be told
    titled = {t.stem for t in ctoks if t.cap and t.kind == "word"}
    # nor a word of a figure ("$52 million"): it counts, and relates no name to another
    figured = [(q.start, q.end) for q in extract(claim, ctoks)]
    described = _appositions(claim, ctoks) + _relative_clauses(claim, ctoks)
    fronted = _fronted_participle(claim, ctoks)
    words = [
        k
        for k, t in enumerate(ctoks)
        if t.kind == "word"
        and not t.cap
        and not t.stop
        and not t.synthetic
        and len(t.norm) > 2
        and t.stem not in titled
        and not any(lo <= t.start < hi for lo, hi in figured)
    ]
    # where each stands, and where it may stand: two names one passage word may stand for
    # ("Astana", "Kazakh": the capital and the country) are not told apart by their order
    every = [positions(s.tokens[0], ev.tokens, s.kind == "name") for _, s in anchors]
    where = [
        _written_positions(s, ctoks, ev.tokens, found) for (_, s), found in zip(anchors, every, strict=True)
    ]

    def together(a: int, b: int) -> bool:
        return ev.one_sentence(ev.tokens[a], ev.tokens[b])

    spans = main_clauses(claim, ctoks)

    def clause_of(s: Specific) -> tuple[int, int]:
        return _clause_holding(spans, s.tokens[0], len(claim))

    for a, (i1, s1) in enumerate(anchors):
        for b, (i2, s2) in enumerate(anchors[a + 1 :], a + 1):
            if not _same_kind(s1, s2):
                continue
            p1, p2 = where[a], where[b]
            if not p1 or not p2 or set(every[a]) & set(every[b]):
                continue
            if _together_with(claim, ctoks, i1, i2) or any(_hyphen_pair(claim, ctoks, i) for i in (i1, i2)):
                continue  # "A held talks with B" is "B held talks with A"; "US-Kazakh" has no sides
            # two names in two main clauses: only a word of the first one's clause relates
            # them ("the army trained ..., and Kyrgyzstan paid"), not the second's own deed
            own = clause_of(s1) if s1.kind == "name" else None
            if own == clause_of(s2):
                own = None
            between = [
                k
                for k in words
                if i1 < k < i2
                and (own is None or own[0] <= ctoks[k].start < own[1])
                and ctoks[k].stem not in RECIPROCAL
                # a description of one name, set off by commas, relates it to no other, unless
                # the other stands in it ("Akhmetov, replacing Altynbaev, took over")
                and not any(lo <= k <= hi and not lo <= i2 <= hi for lo, hi in described)
                # nor does the rest of a fronted participle's clause relate its name to the subject
                and not (fronted is not None and i1 < k <= fronted < i2)
            ]
            # two figures with "up from" between them are written later first ("will reach 39,
            # up from 17"), on either side: the order of each side is read that way round
            figures = s1.kind == s2.kind == "figure"
            turned = figures and _earlier_second(ctoks, i1, i2)
            same_way = partial(_pair_same_way, ev.tokens, figures, turned)

            where_w = {w: positions(ctoks[w], ev.tokens, False) for w in between}
            # a sentence of the passage with the pair the claim's way round, about any word
            # between them, confirms the order (wherever either may stand: only the order
            # against the claim's is read at the mentions written as the claim writes them)
            if any(
                min(x, z) < y < max(x, z) and together(min(x, z), max(x, z)) and same_way(x, z)
                for pw in where_w.values()
                for x in every[a]
                for y in pw
                for z in every[b]
            ):
                continue
            for w in between:
                pw = where_w[w]
                back = [
                    (min(x, z), max(x, z))
                    for x in p1
                    for y in pw
                    for z in p2
                    if min(x, z) < y < max(x, z) and together(min(x, z), max(x, z)) and not same_way(x, z)
                ]
                if (
                    back
                    and not _voice_flip(ctoks[i1:i2], ev.tokens, *back[0])
                    and not _cause_turn(claim, ctoks, (i1, i2), ev, back[0])
                    and not (
                        _agentless_passive(claim, ctoks, i1, i2, w)
                        and not has_passive(ev.tokens[back[0][0] : back[0][1]])
                    )
                    and not _noun_phrase_turn(claim, ctoks, (i1, i2), w, ev)
                    and not _own_modifier(claim, ctoks, (i1, i2), w, (p1, p2), pw, ev)
                    and not _placed_by_second(claim, ctoks, i2, w, p2, pw, ev)
                ):
                    said = ev.text[ev.tokens[back[0][0]].start : ev.tokens[back[0][1]].end]
                    one, other = (
                        _whole_name(claim, ctoks, i) if s.kind == "name" else s.text
                        for i, s in ((i1, s1), (i2, s2))
                    )
                    note = (
                        f"the claim puts {one} and {other} the other way round: "
                        f"the source says \u201c{said}\u201d"
                    )
                    src = (ev.tokens[back[0][0]].start, ev.tokens[back[0][1]].end)
                    return [Conflict("role", s1.text, s2.text, s1.span, src, note=note)]
    return []


def _pair_same_way(ptoks: list[Token], figures: bool, turned: bool, x: int, z: int) -> bool:
    """Do the passage's mentions at x (the claim's first) and z (its second) put the two the
    way the claim does (`turned`: the claim writes its earlier figure second)?"""
    lo, hi = min(x, z), max(x, z)
    return (x < z) == ((figures and _earlier_second(ptoks, lo, hi)) == turned)


def _earlier_second(toks: list[Token], i: int, j: int) -> bool:
    """Does the figure at j come before the one at i in time, by the words between them: "39,
    up from 17", "to 7 percent last year from 9", "5.2 million, compared with 4.1 million"?
    ("from 17 to 39" has its "from" before both.)"""
    for k in range(i + 1, j):
        if toks[k].norm == "from" and toks[k + 1].kind == "num":
            return True  # "from" before the earlier figure itself, not "2,500 km from the border"
        if toks[k].norm == "compared" and k + 1 < j and toks[k + 1].norm in ("with", "to"):
            return True
    return False


def _written_positions(s: Specific, ctoks: list[Token], tokens: list[Token], found: list[int]) -> list[int]:
    """Where the passage names the specific. When it names it as the claim does, with the same
    word beside it ("the former Soviet Union" in both), that is the claim's mention: the city
    or country it may stand for elsewhere in the passage ("Moscow's") is another. `found`: all
    the places it may stand."""
    if s.kind != "name":
        return found
    first, last = s.tokens[0], s.tokens[-1]
    c = next((k for k, t in enumerate(ctoks) if t is first), None)
    e = next((k for k, t in enumerate(ctoks) if t is last), c)
    if c is None or e is None:
        return found

    def same(a: Token | None, b: Token | None) -> bool:
        return a is not None and b is not None and not a.stop and a.stem == b.stem

    before = ctoks[c - 1] if c else None
    after = ctoks[e + 1] if e + 1 < len(ctoks) else None
    span = e - c
    mention = [
        k
        for k in found
        if tokens[k].norm == first.norm
        and (
            same(before, tokens[k - 1] if k else None)
            or same(after, tokens[k + span + 1] if k + span + 1 < len(tokens) else None)
        )
    ]
    return mention or found


def _hyphen_pair(text: str, tokens: list[Token], i: int) -> bool:
    """Is the place at i one of two joined by a dash ("US-Kazakh cooperation", "Kazakh–Chinese
    border"), which names both sides of one relation in no order? Not a firm's name ("Rolls-Bennet")."""
    before = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    t = tokens[i]
    return places.kind(t.norm) is not None and any(
        x is not None
        and places.kind(x.norm) is not None
        and not x.synthetic
        and text[min(x.end, t.end) : max(x.start, t.start)] in DASHES
        for x in (before, after)
    )


RECIPROCAL_OBJECT = 3  # tokens from a light verb to the reciprocal noun it takes: "held formal talks with"
# Verbs that only carry the noun after them ("held talks", "had discussions"), so the deed is
# the noun's: a reciprocal one has no sides. Not "broke off talks", "won a fight", "cut ties":
# a verb with a sense of its own gives the deed a side.
LIGHT_VERBS = frozenset({"hold", "held", "have", "has", "had", "conduct"})


def _light_reciprocal(ctoks: list[Token], v: int) -> int | None:
    """The "with" after "held talks" at v: a light verb, a reciprocal noun within
    RECIPROCAL_OBJECT tokens, and "with" right after it."""
    if ctoks[v].stem not in LIGHT_VERBS:
        return None
    end = min(len(ctoks) - 1, v + 1 + RECIPROCAL_OBJECT)
    noun = next((k for k in range(v + 1, end) if ctoks[k].stem in RECIPROCAL), None)
    return noun + 1 if noun is not None and ctoks[noun + 1].norm == "with" else None


def reciprocal_at(ctoks: list[Token], v: int) -> bool:
    """Is the verb at v reciprocal, itself ("met") or by the noun a light verb takes before
    "with" ("held talks with")?"""
    return ctoks[v].stem in RECIPROCAL or _light_reciprocal(ctoks, v) is not None


# Words after the partner that give the subject a side of its own: "held talks with B on behalf
# of the League", "representing the League".
ON_BEHALF = frozenset({"behalf", "representing"})


def _together_with(claim: str, ctoks: list[Token], i1: int, i2: int) -> bool:
    """Are the two names the sides of a reciprocal deed told by a light verb ("A held talks
    with B", "A had discussions with B"): the first the name right before the verb, the second
    the one right after "with" (its title between)? Either may be told first, unless the claim
    says for whom the subject acted; other names of the claim keep their sides ("a week after B
    sued C")."""
    if any(t.norm in ON_BEHALF for t in ctoks[i2:]):
        return False
    for k in range(i1 + 1, i2):
        w = _light_reciprocal(ctoks, k)
        if w is None:
            continue
        # the subject's name runs up to the verb: "Alliot-Marie held", "Ilsa Morvane, held"
        named = all(t.cap for t in ctoks[i1 + 1 : k])
        subject = named and not _gap(claim, ctoks[k - 1], ctoks[k]).strip(", ")
        partner = (  # w is "with": only the partner's title and "the" between
            w < i2
            and not any(t.stop and t.norm != "the" for t in ctoks[w + 1 : i2])
            and _unbroken_or_named(claim, ctoks, w, i2)
        )
        return subject and partner and _partner_ends(claim, ctoks, i2)
    return False


# What may follow the partner of a reciprocal deed and leave it the deed's partner: a place or a
# time ("held talks with B in Paris"), or the clause's end. Anything else may tell a deed of
# its own ("... with B for six months before it acquired B").
PARTNER_AFTER = frozenset({"in", "on", "at", "during"})


PHRASE_BREAK = re.compile(r"[,;:.()]")  # punctuation that ends a phrase


def _gap(text: str, a: Token, b: Token) -> str:
    """What stands between two tokens."""
    return text[a.end : b.start]


def _unbroken_or_named(claim: str, ctoks: list[Token], w: int, i2: int) -> bool:
    """No punctuation between "with" and the partner's name, or one comma that sets the name
    after its title: "with the French defence minister, Michele Alliot-Marie"."""
    gap = _gap(claim, ctoks[w], ctoks[i2])
    if not PHRASE_BREAK.search(gap):
        return True
    if gap.count(",") != 1 or PHRASE_BREAK.search(gap.replace(",", " ")):
        return False
    named = next(k for k in range(w + 1, i2 + 1) if "," in _gap(claim, ctoks[k - 1], ctoks[k]))
    return named > w + 1 and all(t.cap and t.kind == "word" for t in ctoks[named : i2 + 1])


def _partner_ends(claim: str, ctoks: list[Token], i2: int) -> bool:
    """Does the partner's name end its clause, or a place or time follow it?"""
    k = i2
    while k + 1 < len(ctoks) and ctoks[k + 1].cap and not _gap(claim, ctoks[k], ctoks[k + 1]).strip(" -"):
        k += 1  # the rest of the partner's name: "Michèle Alliot-Marie"
    if k + 1 >= len(ctoks) or PHRASE_BREAK.search(_gap(claim, ctoks[k], ctoks[k + 1])):
        return True
    return ctoks[k + 1].norm in PARTNER_AFTER


DESCRIPTION_WORDS = 6  # "Maltsaw, Belarus's defense minister, met ...": a description between commas
# A description that opens as a noun phrase does ("Steppe Eagle, one of the exercises staged on
# Kazakh soil in 2004, is ...") may run longer: a list or a clause does not open so.
DETERMINED_DESCRIPTION_WORDS = 12
NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "one"})
# A name after these opens a phrase of circumstance ("In January, the army ..."), whose comma
# is no apposition's: its long reach is not given.
FRONTING = frozenset({"in", "on", "at", "by", "for", "during", "after", "before", "since", "until", "from"})


def _appositions(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The token spans of descriptions set between commas right after a name ("Maltsaw,
    Belarus's defense minister, met Akhmetov")."""
    out: list[tuple[int, int]] = []
    for i in range(len(tokens) - 1):
        if not tokens[i].cap or text[tokens[i].end : tokens[i + 1].start].strip() != ",":
            continue
        fronted = i > 0 and tokens[i - 1].norm in FRONTING
        opened = tokens[i + 1].norm in NOUN_PHRASE_OPENERS and not fronted
        reach = DETERMINED_DESCRIPTION_WORDS if opened else DESCRIPTION_WORDS
        for j in range(i + 1, min(len(tokens) - 1, i + 1 + reach)):
            if CLAUSE_BREAK.search(text, tokens[j].end, tokens[j + 1].start):
                if text[tokens[j].end : tokens[j + 1].start].strip() == ",":
                    out.append((i + 1, j))
                break
    return out


# What ends a relative clause's verb group and opens the main clause's: "The navy that the
# U.S. is helping to develop | is to be based", "... | will".
_MAIN_VERB_OPENERS = BE | frozenset({"will", "would", "may", "might", "could", "can", "has", "have", "had"})


def _relative_clauses(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The token spans of relative clauses with no commas after a name that a determiner opens
    ("The Kazakh Navy that the U.S. is helping to develop is to be based at Aktau"): what they
    tell relates the name to their own words, not to the rest of the claim. The clause runs to
    its own verb and what follows it, up to the verb that opens the main clause."""
    out: list[tuple[int, int]] = []
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].norm not in ("that", "which") or not tokens[i].cap:
            continue
        start = i
        while start > 0 and tokens[start - 1].cap and tokens[start - 1].norm not in ARTICLES:
            start -= 1  # the name's first word: "Kazakh" of "Kazakh Navy"
        if (
            start == 0
            or tokens[start - 1].norm not in ARTICLES
            or text[tokens[i].end : tokens[i + 1].start].strip()
        ):
            continue  # "told Akhmetov that ...": a clause said, not a description
        verb = next((j for j in range(i + 2, len(tokens)) if tokens[j].norm in _MAIN_VERB_OPENERS), None)
        if verb is None:
            continue
        end = next(
            (
                j - 1
                for j in range(verb + 2, len(tokens))
                if tokens[j].norm in _MAIN_VERB_OPENERS and tokens[j - 1].kind == "word"
            ),
            None,
        )
        if end is not None and not CLAUSE_BREAK.search(text, tokens[i + 1].start, tokens[end].end):
            out.append((i + 1, end))
    return out


def _fronted_participle(text: str, tokens: list[Token]) -> int | None:
    """The last token of a participle's clause that opens the claim before its subject
    ("Having hailed Steppe Eagle 2004 as a success, Altynbayev hopes ...", "After meeting
    Maltsaw, Akhmetov said"): its words tell what the subject did to the clause's own names and
    relate none of them to the subject, who stands after its comma."""
    if len(tokens) < 3:
        return None
    first, second = tokens[0], tokens[1]
    if not (first.norm == "having" or (first.norm in FRONTING and second.norm.endswith("ing"))):
        return None
    for j in range(1, len(tokens) - 1):
        if tokens[j].norm in PASSIVE_PARTICIPLES:
            return None  # "Having been toppled by Temirov, Kassymov ...": its names keep their roles
        gap = text[tokens[j].end : tokens[j + 1].start]
        if gap.strip() == ",":
            return j
        if CLAUSE_BREAK.search(gap):
            return None
    return None


PASSIVE_PARTICIPLES = frozenset({"been", "being"})


# How far (tokens) a name may stand from the plain word whose slot it fills, across function
# words and titles: "signal to President Nazarbayev", "ties with China".
SLOT_REACH = 4
COORDINATORS = frozenset({"and", "or", "as", "well"})  # "Russia and China": a list, in any order


def _slot_word(text: str, tokens: list[Token], k: int) -> int | None:
    """The plain word whose slot the name at k fills: the nearest word before it that is
    neither a function word nor capitalised, within SLOT_REACH and with no punctuation
    between (an apposition or a list item fills no slot: "met A, Deputy Secretary")."""
    for j in range(k - 1, max(-1, k - 1 - SLOT_REACH), -1):
        t = tokens[j]
        if CLAUSE_BREAK.search(text, t.end, tokens[j + 1].start) or t.norm in RELATIVES:
            return None
        if t.kind == "word" and not t.stop and not t.cap:
            return j
    return None


# A name after these begins a clause of its own ("the plan that Astana agreed with
# Washington"): it is that clause's subject, not what fills the noun before.
RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


# The words that tell which slot of a word a name fills: "admission of" against "admission to".
PREPOSITIONS = frozenset("of to with from for in at on by into toward towards against between among".split())


def clause_span(text: str, tokens: list[Token], k: int) -> tuple[int, int]:
    """The token span of the clause around k (both ends in it), up to a comma or a bracket
    either side."""
    lo, hi = k, k
    while lo > 0 and not CLAUSE_BREAK.search(text, tokens[lo - 1].end, tokens[lo].start):
        lo -= 1
    while hi + 1 < len(tokens) and not CLAUSE_BREAK.search(text, tokens[hi].end, tokens[hi + 1].start):
        hi += 1
    return lo, hi


def neighbour_content(tokens: list[Token], i: int, step: int) -> int | None:
    """The nearest content word from i on, in the direction of step."""
    k = i + step
    while 0 <= k < len(tokens):
        t = tokens[k]
        if not t.stop and t.kind == "word" and len(t.norm) > 2:
            return k
        k += step
    return None


def _link(tokens: list[Token], w: int, k: int) -> str:
    """The preposition between the word at w and the name at k that fills its slot ("" if none)."""
    return next((t.norm for t in tokens[w + 1 : k] if t.norm in PREPOSITIONS), "")


def _slot_norm(text: str, tokens: list[Token], k: int) -> str:
    """The word whose slot the name at k fills, as written ("" when none)."""
    j = _slot_word(text, tokens, k)
    return tokens[j].norm if j is not None else ""


def _joined(text: str, t: Token, nxt: Token) -> bool:
    """Is the next token more of the same capitalised name, only a space away?"""
    return nxt.cap and nxt.kind == "word" and text[t.end : nxt.start] == " "


def _listed_together(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Do the tokens between two names only join them in a list ("Russia and China")?"""
    lo, hi = sorted((a, b))
    between = [t for t in tokens[lo + 1 : hi] if not t.cap]
    return all(t.norm in COORDINATORS for t in between)


def moved_conflicts(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """Two names of the claim that the passage puts in each other's slot: the claim has A
    after a word, the passage has B after it and A elsewhere in the sentence ("signal to
    Nazarbayev that the Ministry plans" against "signal to the Ministry that Nazarbayev
    intends"). Names merely listed together may come in any order."""
    named = {id(s.tokens[0]): s for s in specs if s.kind == "name"}
    # each name by its last word ("President Nazarbayev", "the Defense Ministry"): the word
    # before it in its run is part of it, not another name
    heads = [
        k
        for k, t in enumerate(ctoks)
        if id(t) in named
        and not (k + 1 < len(ctoks) and id(ctoks[k + 1]) in named and _joined(claim, t, ctoks[k + 1]))
    ]
    where = {k: positions(ctoks[k], ev.tokens, True) for k in heads}
    for a in heads:
        w = _slot_word(claim, ctoks, a)
        if w is None or not (is_person(ctoks[a], ev.common) or places.kind(ctoks[a].norm)):
            continue  # a title word ("Secretary") moves with its name
        mine = where[a]
        after = {pa: _slot_norm(ev.text, ev.tokens, pa) for pa in mine}
        if ctoks[w].norm in after.values():
            continue  # the passage also has the claim's name after the word
        for b in heads:
            if (
                b == a
                or (ctoks[w].stem in RECIPROCAL and b < w)  # "A met B" is "B met A"
                or not (is_person(ctoks[b], ev.common) or places.kind(ctoks[b].norm))
                or not _same_kind(named[id(ctoks[a])], named[id(ctoks[b])])
                or name_match(ctoks[a], ctoks[b], False)
                or _listed_together(claim, ctoks, a, b)
            ):
                continue
            theirs = where[b]
            if not mine or not theirs or set(mine) & set(theirs):
                continue
            for pb in theirs:
                if (
                    pb + 1 < len(ev.tokens)
                    and ev.tokens[pb + 1].cap
                    and _joined(ev.text, ev.tokens[pb], ev.tokens[pb + 1])
                ):
                    continue  # not the last word of its name in the passage
                pw = _slot_word(ev.text, ev.tokens, pb)
                if pw is None or ev.tokens[pw].norm != ctoks[w].norm:
                    continue  # the same word, the same form: "deployment of" is no "deployed in"
                if _link(ctoks, w, a) != _link(ev.tokens, pw, pb):
                    continue  # another slot: "admission to Belarusian" is no "admission of Kazakh"
                # the claim's name stands elsewhere in that sentence, not after the word
                elsewhere = [
                    pa
                    for pa in mine
                    if ev.one_sentence(ev.tokens[pa], ev.tokens[pb])
                    and not _listed_together(ev.text, ev.tokens, pa, pb)
                ]
                if not elsewhere:
                    continue
                lo, hi = ev.tokens[pw].start, ev.tokens[pb].end
                said = ev.text[lo:hi]
                one = _whole_name(claim, ctoks, a)
                note = f"the source puts another name where the claim has {one}: \u201c{said}\u201d"
                span = (ctoks[a].start, ctoks[a].end)
                return [Conflict("role", claim[span[0] : span[1]], said, span, (lo, hi), note=note)]
    return []


# What may stand between a subject and its verb: "Altynbaev was recalled", "he has also met".
AUXILIARIES = frozenset(
    "was were is are be been being has have had will would also then later soon once".split()
)
# A name after one of these is no subject: "elevated by Nazarbaev to", "met with Maltsaw".
_NOT_SUBJECT = AGENT_MARKERS | OF_LIKE | frozenset("to with from as on into than".split())


def voice_conflicts(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """A person the claim says underwent a deed ("Nazarbaev was appointed deputy minister")
    whom the source has do it ("Mr. Nazarbaev appointed a new deputy minister"), or the
    reverse, and never the claim's way round."""
    named = {id(s.tokens[0]) for s in specs if s.kind == "name"}
    deeds: Deeds | None = None  # read once, for a claim with such a deed
    for a, t in enumerate(ctoks):
        if id(t) not in named or not is_person(t, ev.common):
            continue
        w = _predicate(claim, ctoks, a)
        if w is None or reciprocal_at(ctoks, w) or not past_form(ctoks[w].norm):
            continue
        deeds = _deeds(ev) if deeds is None else deeds
        mine = after_be(ctoks, w)
        if any(name_match(t, p, False) for p, *_ in deeds.get((ctoks[w].norm, mine), [])):
            continue  # the source has it the claim's way round too
        said = next(
            (
                text[lo:hi]
                for p, text, lo, hi in deeds.get((ctoks[w].norm, not mine), [])
                if name_match(t, p, False)
            ),
            None,
        )
        if said is not None:
            span = (t.start, ctoks[w].end)
            note = f"the claim has {claim[span[0] : span[1]]}; the source says \u201c{said}\u201d"
            return [Conflict("role", claim[span[0] : span[1]], said, span, None, note=note)]
    return []


# Each deed of the source by its word and voice: who does (or undergoes) it, the text, where.
Deeds = dict[tuple[str, bool], list[tuple[Token, str, int, int]]]


def _deeds(ev: Evidence) -> Deeds:
    """The deeds the passage and the sentences before it give named people, keyed with their
    voice: "Nazarbaev appointed" is not "Oynarov was appointed"."""
    out: Deeds = {}
    for text, toks in ev.around(before_only=True):
        for k, t in enumerate(toks):
            if t.cap and t.kind == "word" and (j := _predicate(text, toks, k)) is not None:
                out.setdefault((toks[j].norm, after_be(toks, j)), []).append((t, text, t.start, toks[j].end))
    return out


def _predicate(text: str, tokens: list[Token], k: int) -> int | None:
    """The word that says what the person named at k did or underwent: the word after the
    name, across auxiliaries only ("Altynbaev was recalled"), with no punctuation between,
    when the name is the subject (no preposition before it)."""
    if k and tokens[k - 1].norm in _NOT_SUBJECT:
        return None
    for j in range(k + 1, min(len(tokens), k + 1 + SLOT_REACH)):
        t = tokens[j]
        if CLAUSE_BREAK.search(text, tokens[j - 1].end, t.start) or t.cap or t.kind != "word":
            return None
        if t.norm not in AUXILIARIES:
            return None if t.stop else j
    return None


OBJECT_REACH = 12  # tokens after the verb where its object and what goes with it stand


def _verb_after(text: str, tokens: list[Token], k: int) -> int | None:
    """The first plain word after the name at k, across auxiliaries and adverbs in -ly ("was
    particularly interested"), within the clause."""
    for j in range(k + 1, min(len(tokens), k + 1 + SLOT_REACH + 1)):
        t = tokens[j]
        if CLAUSE_BREAK.search(text, tokens[j - 1].end, t.start) or t.kind != "word":
            return None
        if t.norm in AUXILIARIES or t.norm.endswith("ly"):
            continue
        # a verb in its past form ("interested", "met"): not a noun the name qualifies ("aircraft")
        return None if t.stop or t.cap or not past_form(t.norm) else j
    return None


def after_be(tokens: list[Token], j: int) -> bool:
    """Is the verb at j after a form of "be" ("was recalled", "was particularly interested")?"""
    before = [t for t in tokens[max(0, j - 3) : j] if not t.norm.endswith("ly") and t.norm not in _BETWEEN]
    return bool(before) and before[-1].norm in BE


# Adverbs that may stand between "be" and its participle: "was also named", "was then recalled".
_BETWEEN = frozenset({"also", "then", "later", "already", "still", "just", "again", "not", "never"})


def exchanged_subject(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """The claim's subject and a name after its verb, the other way round in the source:
    "Sembinov was interested in a report from the U.S. delegation" against "The U.S.
    delegation was interested in Sembinov's report". Both sides in the same voice ("X
    interviewed Y" is "Y was interviewed by X")."""
    names = [s for s in specs if s.kind == "name"]
    if len(names) < 2 or any(not t.stop for t in ctoks if t.start < names[0].span[0]):
        return []  # the claim must open with its subject
    subject = names[0]
    k = next(i for i, t in enumerate(ctoks) if t is subject.tokens[-1])
    v = _verb_after(claim, ctoks, k)
    if v is None or reciprocal_at(ctoks, v) or ctoks[v].norm in RECIPROCAL:
        return []  # "Maltsaw met Akhmetov" is "Akhmetov met Maltsaw"
    after = [s for s in names[1:] if s.span[0] > ctoks[v].end]
    if not after:
        return []
    ptoks = ev.tokens
    for p, t in enumerate(ptoks):
        if t.stem != ctoks[v].stem or after_be(ptoks, p) != after_be(ctoks, v):
            continue
        zone = [x for x in ptoks[:p] if ev.one_sentence(x, t)]
        zone = [x for x in zone if not CLAUSE_BREAK.search(ev.text, x.end, t.start)]
        obj = [x for x in ptoks[p + 1 : p + 1 + OBJECT_REACH] if ev.one_sentence(x, t)]
        mine_there = any(name_match(c, x, True) for c in subject.tokens for x in zone)
        mine_after = any(name_match(c, x, True) for c in subject.tokens for x in obj)
        theirs = next((x for s in after for c in s.tokens for x in zone if name_match(c, x, True)), None)
        if theirs is None or mine_there or not mine_after:
            continue
        said = ev.text[zone[0].start : t.end] if zone else ev.text[theirs.start : theirs.end]
        mine = claim[subject.span[0] : ctoks[v].end]
        note = f"the claim says \u201c{mine}\u201d; the source says \u201c{said}\u201d"
        return [
            Conflict(
                "role",
                subject.text,
                ev.text[theirs.start : theirs.end],
                subject.span,
                (theirs.start, theirs.end),
                note=note,
            )
        ]
    return []


POST_WORDS_MIN = 2  # lower-case words after "was named" that make a post ("eastern regional commander")
POST_REACH = 4  # tokens between the source's other person and the post's first word ("as the new")
NAME_WORDS = 3  # capitalised words after the source's verb read as the person it names


def post_of_another(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """The post the claim says its person was given, which the source gives somebody else:
    "Mayermanov, previously a battery commander, was named eastern regional commander" against
    "named Nikolai Pospelov as the new eastern regional commander"."""
    people = [s for s in specs if s.kind == "name" and is_person(s.tokens[0], ev.common)]
    if not people or any(not t.stop for t in ctoks if t.start < people[0].span[0]):
        return []  # the claim must open with its person
    subject = people[0]
    k = next(i for i, t in enumerate(ctoks) if t is subject.tokens[-1])
    while k + 1 < len(ctoks) and ctoks[k + 1].cap and _joined(claim, ctoks[k], ctoks[k + 1]):
        k += 1  # the whole name: "Kazhimurat Mayermanov"
    named = ctoks[ctoks.index(subject.tokens[0]) : k + 1]
    v = next(
        (
            j
            for j in range(k + 1, len(ctoks))
            if ctoks[j].kind == "word"
            and not ctoks[j].cap
            and after_be(ctoks, j)
            and past_form(ctoks[j].norm)
        ),
        None,
    )
    if v is None or any(t.cap and t.kind == "word" for t in ctoks[k + 1 : v] if is_person(t, ev.common)):
        return []
    post: list[Token] = []
    for t in ctoks[v + 1 :]:
        if CLAUSE_BREAK.search(claim, ctoks[v].end, t.start) or t.cap or t.kind != "word":
            break
        if not t.stop:
            post.append(t)
    if len(post) < POST_WORDS_MIN:
        return []
    ptoks = ev.tokens
    for p, t in enumerate(ptoks):
        if t.stem != ctoks[v].stem or after_be(ptoks, p):
            continue
        run: list[Token] = []
        for x in ptoks[p + 1 : p + 1 + NAME_WORDS]:
            if not (x.cap and x.kind == "word"):
                break
            run.append(x)
        if not run or not is_person(run[0], ev.common):
            continue
        end = ptoks.index(run[-1])
        window = [x for x in ptoks[end + 1 : end + 1 + POST_REACH + len(post)] if ev.one_sentence(x, t)]
        if CLAUSE_BREAK.search(ev.text, run[-1].end, window[0].start if window else run[-1].end):
            continue
        if not all(any(x.stem == w.stem for x in window) for w in post):
            continue
        last = max(x.end for x in window if any(x.stem == w.stem for w in post))
        if any(name_match(c, x, True) for c in named for x in ptoks[p:] if x.start < last):
            continue  # the source gives the post to the claim's person too: "named X and Y as"
        said = ev.text[t.start : last]
        who = (named[0].start, named[-1].end)
        aux = v - 1 if ctoks[v - 1].norm in BE else v
        mine = claim[who[0] : who[1]] + " " + claim[ctoks[aux].start : post[-1].end]
        note = f"the claim says \u201c{mine}\u201d; the source says \u201c{said}\u201d"
        other = (run[0].start, run[-1].end)
        return [Conflict("role", claim[who[0] : who[1]], ev.text[other[0] : other[1]], who, other, note=note)]
    return []


OBJECT_NAME_REACH = 3  # tokens from an active verb to the name it takes: "named Nikolai Pospelov"


def _undergoes(ev: Evidence, verb: Token, person: Token) -> bool:
    """Does the source, in the passage or the sentences before it, do the deed of the claim's
    passive verb to its person, in the active ("Nazarbaev named Nikolai Pospelov as ...")? The
    name stands right after the verb, with nothing but its other names between."""
    for _, toks in ev.around(before_only=True):
        for k, t in enumerate(toks):
            if t.norm != verb.norm or after_be(toks, k):
                continue
            for x in toks[k + 1 : k + 1 + OBJECT_NAME_REACH]:
                if not (x.cap and x.kind == "word"):
                    break
                if name_match(person, x, False):
                    return True
    return False


def subject_conflicts(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """Two people of the claim that the source gives each other's deed: the claim has "A was
    recalled ... B was appointed", the passage or the sentences before it "B was recalled",
    and nowhere A with that word after him."""
    named = {id(s.tokens[0]): s for s in specs if s.kind == "name"}
    people = [
        k
        for k, t in enumerate(ctoks)
        if id(t) in named
        and is_person(t, ev.common)
        and not (k + 1 < len(ctoks) and ctoks[k + 1].cap and _joined(claim, t, ctoks[k + 1]))
    ]
    if len(people) < 2:
        return []
    deeds = _deeds(ev)
    for a in people:
        w = _predicate(claim, ctoks, a)
        if w is None or reciprocal_at(ctoks, w):
            continue
        doers = [
            (b, text, lo, hi)
            for t, text, lo, hi in deeds.get((ctoks[w].norm, after_be(ctoks, w)), [])
            for b in people
            if name_match(ctoks[b], t, False)
        ]
        if any(b == a for b, *_ in doers):
            continue  # the source has the claim's person do it too
        if after_be(ctoks, w) and _undergoes(ev, ctoks[w], ctoks[a]):
            continue  # "named Nikolai Pospelov as ...": the claim's "Pospelov was named" in the active
        other = next(((b, text, lo, hi) for b, text, lo, hi in doers if b != a), None)
        if other is None:
            continue
        b, text, lo, hi = other
        if not _same_kind(named[id(ctoks[a])], named[id(ctoks[b])]):
            continue
        said = text[lo:hi]
        one = _whole_name(claim, ctoks, a)
        note = f"the source says it of someone else: \u201c{said}\u201d, not {one}"
        span = (ctoks[a].start, ctoks[w].end)
        return [Conflict("role", claim[span[0] : span[1]], said, span, None, note=note)]
    return []


def _modified(text: str, tokens: list[Token], names: dict[str, bool]) -> list[tuple[list[Token], Token]]:
    """Runs of capitalised words (one a name) with the plain noun they modify: "Huey II
    helicopters", "Black Hawk helicopters"."""
    out = []
    run: list[Token] = []
    for k, t in enumerate(tokens):
        if t.cap and t.kind in ("word", "num") and not t.stop and "-" not in text[t.start : t.end]:
            if run and text[run[-1].end : t.start] != " ":
                run = []
            run.append(t)
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            run
            and t.kind == "word"
            and not t.cap
            and not t.stop
            and text[run[-1].end : t.start] == " "
            # the noun ends its phrase: "Huey II helicopters will", not "Kazakhstani military personnel"
            and (nxt is None or nxt.stop or nxt.cap or nxt.kind != "word" or text[t.end : nxt.start] != " ")
            and any(is_name(text, x, names) for x in run)
        ):
            out.append((run, t))
        run = []
    return out


def _spelt_in(claim: str, t: Token, ev: Evidence) -> bool:
    """Is the claim's acronym spelt out in the passage?"""
    written = claim[t.start : t.end]
    return is_initials(written) and spelled_out(written, ev.tokens) is not None


def modifier_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A name before a noun that the passage puts another name before: "Black Hawk
    helicopters" against "Huey II helicopters". The noun holds the slot, so this is a
    detail of the same statement, not another topic."""
    stated = [t for t in (*ev.tokens, *ev.context) if t.cap]
    theirs = _modified(ev.text, ev.tokens, ev.names)
    for run, head in _modified(claim, ctoks, ev.names):
        if any(same_name(c, p, romanise=c.norm not in ev.names) for c in run for p in stated):
            continue  # the claim's name is stated
        if any(_spelt_in(claim, c, ev) for c in run):
            continue  # "The OSCE sent" against "The Organization for ... in Europe sent"
        for other, their_head in theirs:
            if their_head.stem != head.stem or any(same_name(p, c) for p in other for c in ctoks if c.cap):
                continue
            one = claim[run[0].start : head.end]
            said = ev.text[other[0].start : their_head.end]
            return [Conflict("detail", one, said, (run[0].start, head.end), (other[0].start, their_head.end))]
    return []


def _slot_words(text: str, tokens: list[Token], k: int) -> tuple[str | None, str | None]:
    """The stems of the plain content words right around token k, with nothing but spaces (and,
    before it, an article) between: "up to division commander" -> (None, "command"); "joined
    the army" -> ("join", None). The slot a word of a kind fills."""

    def plain(a: int, b: int) -> bool:  # token a is a plain word, right beside token b
        if not 0 <= a < len(tokens):
            return False
        t, gap = tokens[a], text[tokens[min(a, b)].end : tokens[max(a, b)].start]
        return t.kind == "word" and not t.stop and not t.cap and not gap.strip()

    j = k - 1
    while j >= 0 and tokens[j].norm in ARTICLES:
        j -= 1
    before = tokens[j].stem if plain(j, j + 1) else None
    after = tokens[k + 1].stem if plain(k + 1, k) else None
    return before, after


SLOT_LEAD = 2  # words before the slot that tell two of its mentions apart: "up to brigade commander"


def _same_slot(mine: tuple[str | None, str | None], theirs: tuple[str | None, str | None]) -> bool:
    return any(a is not None and a == b for a, b in zip(mine, theirs, strict=True))


def _shared_lead(lead: list[str], tokens: list[Token], j: int) -> int:
    """How many of the words before the claim's slot stand, in order, before token j."""
    theirs = [x.norm for x in tokens[max(0, j - len(lead)) : j]]
    return sum(a == b for a, b in zip(reversed(lead), reversed(theirs), strict=False))


def sister_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A noun of the claim that the passage never states, where the passage puts one of its
    WordNet sisters in the same slot, between the same words: "up to division commander"
    against "up to brigade commander", "a former army officer" against "a former navy
    officer". The sister must not be the claim's own word elsewhere."""
    stated = {t.stem for t in ev.tokens}
    mine = {t.stem for t in ctoks}
    for k, t in enumerate(ctoks):
        if t.kind != "word" or t.stop or t.cap or t.stem in stated:
            continue
        kinds = sisters(t.stem) - mine
        if not kinds or (synonyms(t.stem) & stated):
            continue
        before, after = _slot_words(claim, ctoks, k)
        lead = [x.norm for x in ctoks[max(0, k - SLOT_LEAD) : k]]
        facing = [
            j
            for j, p in enumerate(ev.tokens)
            if p.stem in kinds
            and not p.cap
            and _same_slot((before, after), _slot_words(ev.text, ev.tokens, j))
        ]
        if facing:
            # the one with most of the claim's words before it, the first of those
            p = ev.tokens[max(facing, key=lambda j: (_shared_lead(lead, ev.tokens, j), -j))]
            one, said = claim[t.start : t.end], ev.text[p.start : p.end]
            note = f"the claim says \u201c{one}\u201d; the source says \u201c{said}\u201d"
            return [Conflict("detail", one, said, (t.start, t.end), (p.start, p.end), note=note)]
    return []


QUALIFIER_WORDS = 3  # "minister for economy and finance": the words "for" adds, at most


def _qualified(text: str, tokens: list[Token]) -> list[tuple[Token, list[Token]]]:
    """(a plain noun, the content words of the "for" phrase after it) up to punctuation or a
    function word other than "and": "minister for economy and finance"."""
    out = []
    for k in range(1, len(tokens) - 1):
        noun = tokens[k - 1]
        if tokens[k].norm != "for" or noun.kind != "word" or noun.stop:
            continue
        if text[noun.end : tokens[k].start] != " ":
            continue
        run: list[Token] = []
        for prev, t in zip(tokens[k:], tokens[k + 1 : k + 1 + 2 * QUALIFIER_WORDS], strict=False):
            if text[prev.end : t.start].strip() or t.kind != "word" or (t.stop and t.norm != "and"):
                break
            if not t.stop:
                run.append(t)
        if run and len(run) <= QUALIFIER_WORDS:
            out.append((noun, run))
    return out


def _spells_out(run: list[Token], their_run: list[Token], ev: Evidence) -> bool:
    """Is the passage's one word the initials of the claim's qualifier, which the article
    spells out no other way ("Ghana Armed Forces (GAF)" is not the "Ghana Air Force")?"""
    words = [t.norm for t in run]
    return len(their_run) == 1 and stands_for(words, their_run[0].norm, [ev.tokens, ev.context], unspelt=True)


def qualifier_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A noun the claim qualifies with "for" that the passage qualifies otherwise: "deputy
    defense minister for personnel" against "deputy defense minister for economy and
    finance". The claim's qualifier must be stated nowhere in the passage, and the passage's
    not all in the claim."""
    stated = {t.stem for t in ev.tokens}
    mine = {t.stem for t in ctoks}
    theirs = _qualified(ev.text, ev.tokens)
    for noun, run in _qualified(claim, ctoks):
        if any(t.stem in stated for t in run):
            continue
        for other, their_run in theirs:
            if other.stem != noun.stem or all(t.stem in mine for t in their_run):
                continue
            if _spells_out(run, their_run, ev):
                continue  # "support for Operation Enduring Freedom" against "support for OEF"
            mine_at, theirs_at = (noun.start, run[-1].end), (other.start, their_run[-1].end)
            one, said = claim[slice(*mine_at)], ev.text[slice(*theirs_at)]
            return [Conflict("detail", one, said, mine_at, theirs_at)]
    return []


def _designation(text: str, tokens: list[Token], k: int) -> bool:
    """Is the number at k part of a model's name ("Su-27", "C-130")? It counts nothing."""
    return (
        k > 0
        and tokens[k].kind == "num"
        and tokens[k - 1].cap
        and text[tokens[k - 1].end : tokens[k].start] in ("-", "")
    )


def _appositive(text: str, tokens: list[Token], s: Specific, ev: Evidence) -> bool:
    """Is the name an apposition closing the claim, after a comma ("the Pentagon official in
    charge of Eurasian affairs, James MacDougall"), that the source gives the same description
    ("James MacDougall, head of Eurasia affairs at the Pentagon")? It names the phrase before
    it, whichever way round the source puts the two."""
    k = next((i for i, t in enumerate(tokens) if t is s.tokens[0]), None)
    while k and _joined(text, tokens[k - 1], tokens[k]) and tokens[k - 1].cap:
        k -= 1  # from the name's first word: "James MacDougall"
    if k is None or k == 0 or "," not in text[tokens[k - 1].end : tokens[k].start]:
        return False
    rest = tokens[k:]
    run = 0
    while run < len(rest) and rest[run].cap and rest[run].kind == "word":
        run += 1
    if not (run == len(rest) or text[rest[run - 1].end : rest[run].start].strip()[:1] in (",", ";")):
        return False
    lo = max(
        (i + 1 for i in range(k - 1) if CLAUSE_BREAK.search(text, tokens[i].end, tokens[i + 1].start)),
        default=0,
    )
    described = {t.stem for t in tokens[lo:k] if t.kind == "word" and not t.stop}
    described -= {t.stem for t in rest[:run]}
    name = rest[run - 1]
    for j, p in enumerate(ev.tokens):
        if not name_match(name, p, True):
            continue
        near = set()
        for step in (1, -1):
            i = j + step
            while 0 <= i < len(ev.tokens) and abs(i - j) <= APPOSITION_REACH:
                a, b = sorted((i, i - step))
                if re.search(r"[;.]", ev.text[ev.tokens[a].end : ev.tokens[b].start]):
                    break
                near.add(ev.tokens[i].stem)
                i += step
        if len(described & near) >= min(APPOSITION_WORDS, len(described)):
            return True
    return False


APPOSITION_REACH = 8  # tokens either side of the source's name where its description stands
APPOSITION_WORDS = 2  # words of the claim's description the source must give that name


def _only_where(tokens: list[Token], k: int) -> bool:
    """Does the place at k only say where ("in southern Kazakhstan", "at Almaty")? Then it
    takes no side of what the claim relates."""
    if places.kind(tokens[k].norm) is None:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and not nxt.stop:
        return False  # it names what comes next: "at Kazakh institutions"
    before = [t.norm for t in tokens[max(0, k - 2) : k]]
    return bool(before) and (
        before[-1] in ("in", "at")
        or (len(before) == 2 and before[0] in ("in", "at") and not tokens[k - 1].cap)
    )


def only_conflicts(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """A name the claim calls "the only" one that the passage lists with others ("Rubezh 2004
    had been the only successful exercise" against "Saryarka 2004, Rubezh 2004, and Steppe
    Eagle 2004")."""
    only = next(
        (k for k, t in enumerate(ctoks) if t.norm == "only" and k and ctoks[k - 1].norm == "the"), None
    )
    if only is None:
        return []
    named = [s for s in specs if s.kind == "name" and s.tokens[0].end <= ctoks[only].start]
    if not named:
        return []
    mine = named[-1].tokens[0]
    for p in positions(mine, ev.tokens, True):
        others = _listed_with(ev.text, ev.tokens, p, ctoks)
        if others:
            lo = min(min(a for a, _ in others), ev.tokens[p].start)
            hi = max(max(b for _, b in others), ev.tokens[p].end)
            said = ev.text[lo:hi]
            note = f"the source names others beside {named[-1].text}: \u201c{said}\u201d"
            span = (ctoks[only - 1].start, ctoks[only].end)
            return [Conflict("quantifier", claim[span[0] : span[1]], said, span, (lo, hi), note=note)]
    return []


# What stands between the items of a list: "A, B", "A and B", "A, and B".
ITEM_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed_with(text: str, tokens: list[Token], k: int, ctoks: list[Token]) -> list[tuple[int, int]]:
    """The names a passage lists together with the one at k ("A, B, and C"), save the
    claim's own: the items one list separator away on either side, each a run of capitalised
    words and figures ("Steppe Eagle 2004")."""

    def joined(i: int, j: int) -> bool:  # adjacent tokens of one item
        return not text[tokens[i].end : tokens[j].start].strip()

    def item(i: int) -> bool:
        return tokens[i].cap or tokens[i].kind == "num"

    out: list[tuple[int, int]] = []
    lo = hi = k
    while lo > 0 and item(lo - 1) and joined(lo - 1, lo):
        lo -= 1
    while hi + 1 < len(tokens) and item(hi + 1) and joined(hi, hi + 1):
        hi += 1
    for step in (-1, 1):
        edge = lo if step < 0 else hi
        while True:
            nxt = edge + step
            if 0 <= nxt < len(tokens) and tokens[nxt].norm in ("and", "or"):
                nxt += step  # "..., and Steppe Eagle 2004"
            if not 0 <= nxt < len(tokens) or not item(nxt):
                break
            gap = text[tokens[min(edge, nxt)].end : tokens[max(edge, nxt)].start]
            if not ITEM_SEPARATOR.fullmatch(gap):
                break
            start = end = nxt  # the whole neighbouring item
            while start > 0 and item(start - 1) and joined(start - 1, start):
                start -= 1
            while end + 1 < len(tokens) and item(end + 1) and joined(end, end + 1):
                end += 1
            words = [t for t in tokens[start : end + 1] if t.cap and t.kind == "word"]
            if not words:
                break
            if not any(name_match(c, w, False) for c in ctoks for w in words):
                out.append((tokens[start].start, tokens[end].end))
            edge = start if step < 0 else end
    return out


def _whole_name(text: str, tokens: list[Token], k: int) -> str:
    """The capitalised run the word at k ends: "State Department" for "Department"."""
    j = k
    while (
        j > 0
        and tokens[j].cap
        and tokens[j - 1].cap
        and not tokens[j - 1].stop  # "The State Department" names the State Department
        and not text[tokens[j - 1].end : tokens[j].start].strip()
    ):
        j -= 1
    return text[tokens[j].start : tokens[k].end]


def _ends_name(text: str, tokens: list[Token], k: int) -> bool:
    """Is the word at k the last of a name of common words ("the State Department"): capitals
    inside a sentence, joined by a space to the one before?"""
    t = tokens[k]
    if not (t.cap and k > 1 and tokens[k - 1].cap and not text[tokens[k - 1].end : t.start].strip()):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not (after.cap and not text[t.end : after.start].strip())


# The words a possessive may own: "France's experience", "Kazakhstan's new military doctrine".
POSSESSED_WORDS = 3


def _possessions(text: str, tokens: list[Token]) -> list[tuple[Token, set[str], int]]:
    """(a capitalised possessor, the content words of what it owns, where they end), up to
    punctuation or a name."""
    out = []
    for k, t in enumerate(tokens[:-1]):
        if t.kind != "word" or not text[t.start : t.end].endswith(POSSESSIVE):
            continue
        party = t
        if not t.cap:
            # "a U.S. delegation's report": the name before the owner is the party
            before = tokens[k - 1] if k else None
            if before is None or not before.cap or before.kind != "word":
                continue
            if text[before.end : t.start].strip():
                continue
            party = before
        owned: set[str] = set()
        end = t.end
        for prev, nxt in zip(tokens[k:], tokens[k + 1 : k + 1 + POSSESSED_WORDS], strict=False):
            if nxt.cap or (prev is not t and text[prev.end : nxt.start].strip()):
                break
            if nxt.kind == "word" and not nxt.stop:
                owned.add(nxt.stem)
                end = nxt.end
        if owned:
            out.append((party, owned, end))
    return out


def _same_party(a: Token, b: Token) -> bool:
    """One party, as a name ("France", "French" through name_match's places) or a stem's start."""
    return name_match(a, b, False) or prefixed(a.stem, b.stem)


def possessor_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """What the claim gives one party, given in the passage to another the claim also names:
    "France learn from Kazakhstan's experience" against "sharing France's experience with
    Kazakhstan". The claim's party must be named in the passage, and never own it there. Its
    own kind ("possession"): what a party owns ("interests") is often said of another party in
    another statement, so it needs the topic of any other conflict."""
    theirs = _possessions(ev.text, ev.tokens)
    named = [c for c in ctoks if c.cap]
    for a, owned, end in _possessions(claim, ctoks):
        if any(_same_party(a, b) and owned & w for b, w, _ in theirs):
            continue
        if not any(_same_party(a, p) for p in ev.tokens if p.cap):
            continue
        for b, w, their_end in theirs:
            others = [c for c in named if c is not a]
            if owned & w and not _same_party(a, b) and any(_same_party(b, c) for c in others):
                said = ev.text[b.start : their_end]
                note = (
                    f"the claim says \u201c{claim[a.start : end]}\u201d; the source says \u201c{said}\u201d"
                )
                mine = (a.start, end)
                return [
                    Conflict("possession", claim[a.start : end], said, mine, (b.start, their_end), note=note)
                ]
    return []


FROM_TO_REACH = 8  # content of "from X to Y": at most this many tokens on each side


def _from_to(text: str, tokens: list[Token]) -> list[tuple[set[str], set[str], int, int]]:
    """Each "from X to Y" as (X's words, Y's words, where it starts, where it ends); Y ends at
    the next function word or punctuation."""
    out = []
    for k, t in enumerate(tokens):
        if t.norm != "from":
            continue
        to = next(
            (j for j in range(k + 2, min(len(tokens), k + 2 + FROM_TO_REACH)) if tokens[j].norm == "to"), None
        )
        if to is None:
            continue
        left = [x for x in tokens[k + 1 : to] if not x.stop]
        right: list[Token] = []
        end = to
        for x in tokens[to + 1 : to + 1 + FROM_TO_REACH]:
            if right and (x.stop or any(c in ",;:.()" for c in text[tokens[end].end : x.start])):
                break
            end += 1
            if not x.stop:
                right.append(x)
        if left and right:
            out.append(({x.stem for x in left}, {x.stem for x in right}, tokens[k].start, tokens[end].end))
    return out


def range_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """ "from the Caspian to the Chinese border" against "from the Chinese border to the
    Caspian": the two ends of a movement or a range, exchanged; or a range the passage gives
    to another item of a list."""
    ranges = _from_to(ev.text, ev.tokens)
    for c_from, c_to, c_lo, c_hi in _from_to(claim, ctoks):
        for p_from, p_to, p_lo, p_hi in ranges:
            if c_from & p_to and c_to & p_from and not (c_from & p_from or c_to & p_to):
                said = ev.text[p_lo:p_hi]
                note = f"the claim has the two ends the other way round: the source says \u201c{said}\u201d"
                return [Conflict("role", claim[c_lo:c_hi], said, (c_lo, c_hi), (p_lo, p_hi), note=note)]
        if (post := _made(ev, c_from, c_to)) is not None:
            said = ev.text[post[0] : post[1]]
            note = f"the claim has the two posts the other way round: the source says \u201c{said}\u201d"
            return [Conflict("role", claim[c_lo:c_hi], said, (c_lo, c_hi), post, note=note)]
        if (owner := _range_owner(claim, ctoks, c_lo, ev, ranges)) is not None:
            p_from, p_to, p_lo, p_hi = owner
            if not (c_from <= p_from and c_to <= p_to):
                said = ev.text[p_lo:p_hi]
                note = f"the source gives what the claim describes another range: \u201c{said}\u201d"
                return [Conflict("role", claim[c_lo:c_hi], said, (c_lo, c_hi), (p_lo, p_hi), note=note)]
    given = _range_of_another_item(claim, ctoks, ev, ranges)
    if given is not None:
        return [given]
    left, taken = _post_left(ctoks), _post_taken(ctoks)
    who = {t.stem for t in ctoks if t.cap and t.kind == "word" and is_person(t, ev.common)}
    if left is not None and taken is not None and (post := _made(ev, left[0], taken[0], who)) is not None:
        lo, hi = min(left[1], taken[1]), max(left[2], taken[2])
        said = ev.text[post[0] : post[1]]
        note = f"the claim has the two posts the other way round: the source names him \u201c{said}\u201d"
        return [Conflict("role", claim[lo:hi], said, (lo, hi), post, note=note)]
    return []


# Words that join a second clause of the claim, which may give a second item its own range:
# "... covers battalion to subdivision commanders, while the commanders' training course ...".
SECOND_CLAUSE = re.compile(r",\s*(?:while|whereas|and)\b|;|\bwhile\b|\bwhereas\b")
RANGE_WORDS_MAX = 3  # content words of one end of a range: "battalion deputy commanders"


def _range_of_another_item(
    claim: str, ctoks: list[Token], ev: Evidence, ranges: list[tuple[set[str], set[str], int, int]]
) -> Conflict | None:
    """A range the passage gives one item of its list that the claim gives another: "the
    commanders' training course covers platoon to battalion deputy commanders" against "“combat
    readiness training for commanders,” geared towards officers from platoon commander to battalion
    deputy commander, a “commanders’ training course” for ... officers from battalion commander to
    subdivision commander". Only where the passage names every item in double quotes before its
    range, and the claim's clause writes most of one item's name and of no other's."""
    if len(ranges) < 2:
        return None
    items = [_item_words(ev, ranges, n) for n in range(len(ranges))]
    if any(not w for w in items):
        return None  # an item named by whatever words stand before its range: too loose
    vocab = set().union(*(f | t for f, t, _, _ in ranges))
    for c_from, c_to, lo, hi in _claim_ranges(claim, ctoks, vocab):
        same = [n for n, (f, t, _, _) in enumerate(ranges) if c_from <= f and c_to <= t]
        if len(same) != 1:
            continue
        start = max((m.end() for m in SECOND_CLAUSE.finditer(claim, 0, lo)), default=0)
        named = {t.stem for t in ctoks if start <= t.start and t.end <= lo and not t.stop}
        hits = [n for n, w in enumerate(items) if len(w & named) >= ITEM_NAMED_MIN * len(w)]
        if len(hits) != 1 or hits[0] == same[0]:
            continue
        p_lo, p_hi = ranges[hits[0]][2:]
        said = ev.text[p_lo:p_hi]
        note = f"the source gives that range to another item; for this one it says \u201c{said}\u201d"
        return Conflict("role", claim[lo:hi], said, (lo, hi), (p_lo, p_hi), note=note)
    return None


# The share of an item's quoted name the claim's clause must write to name it: "the commanders'
# training course" names "commanders’ training course", "the new course" does not.
ITEM_NAMED_MIN = 2 / 3
_QUOTED = re.compile(r"[\u201c\"]([^\u201d\"]{3,80})[\u201d\"]")  # a name in double quotes


def _item_words(ev: Evidence, ranges: list[tuple[set[str], set[str], int, int]], n: int) -> set[str]:
    """The words of the item's name of the passage's n-th range: the last double-quoted name
    between the range before it and this one (none when there is no such name)."""
    lo = ranges[n - 1][3] if n else 0
    quoted = list(_QUOTED.finditer(ev.text, lo, ranges[n][2]))
    if not quoted:
        return set()
    a, b = quoted[-1].start(1), quoted[-1].end(1)
    return {t.stem for t in ev.tokens if a <= t.start and t.end <= b and t.kind == "word" and not t.stop}


def _claim_ranges(
    claim: str, ctoks: list[Token], vocab: set[str]
) -> list[tuple[set[str], set[str], int, int]]:
    """The claim's ranges: "from X to Y", and "X to Y", "X through Y", "X up to Y" whose ends are
    words the passage's ranges use ("battalion to subdivision commanders")."""
    out = list(_from_to(claim, ctoks))
    for k, t in enumerate(ctoks):
        if t.norm not in ("to", "through") or any(lo <= t.start < hi for _, _, lo, hi in out):
            continue
        j = k - 1 if not (k and ctoks[k - 1].norm == "up") else k - 2
        left: list[Token] = []
        while j >= 0 and len(left) < RANGE_WORDS_MAX and ctoks[j].stem in vocab and not ctoks[j].stop:
            left.insert(0, ctoks[j])
            j -= 1
        right: list[Token] = []
        j = k + 1
        while (
            j < len(ctoks) and len(right) < RANGE_WORDS_MAX and ctoks[j].stem in vocab and not ctoks[j].stop
        ):
            right.append(ctoks[j])
            j += 1
        if left and right:
            out.append(({x.stem for x in left}, {x.stem for x in right}, left[0].start, right[-1].end))
    return out


# Verbs that take a post from someone ("relieved of his post as eastern regional commander"),
# and that give one ("was appointed deputy defense minister").
REMOVING = frozenset(stem(w) for w in "relieve dismiss remove oust sack".split())
GIVING = frozenset(stem(w) for w in "appoint name nominate promote elevate install".split())
# Words around a post that are not the post: "his post as", "of his position", "as the new".
POST_FRAME = frozenset({"post", "position", "duties", "job", "role", "new"})
POST_REACH = 6  # tokens from the verb to the post's first word


def _post_words(toks: list[Token], start: int) -> tuple[set[str], int, int] | None:
    """The content words of a post from `start` (names and function words before it skipped,
    up to POST_WORDS, ending at the next function word), with where they start and end."""
    post: list[Token] = []
    for x in toks[start : start + POST_REACH + POST_WORDS]:
        if x.kind != "word":
            break
        if x.stop or x.norm in POST_FRAME:
            if post:
                break
            continue
        if x.cap and not post:
            continue  # the person named before the post: "named Pospelov as"
        post.append(x)
        if len(post) == POST_WORDS:
            break
    if not post:
        return None
    return {x.stem for x in post}, post[0].start, post[-1].end


def _post_left(toks: list[Token]) -> tuple[set[str], int, int] | None:
    """The post the claim says someone was relieved of: "relieved of his post as X"."""
    for k, t in enumerate(toks):
        if t.stem in REMOVING and past_form(t.norm):
            return _post_words(toks, k + 1)
    return None


def _post_taken(toks: list[Token]) -> tuple[set[str], int, int] | None:
    """The post the claim says someone was given: "was appointed deputy defense minister"."""
    for k, t in enumerate(toks):
        if t.stem in GIVING and past_form(t.norm) and not (k and toks[k - 1].norm in ("his", "her", "its")):
            return _post_words(toks, k + 1)
    return None


# Words before "as" that make what follows a post left, not one taken: "his previous post as".
_FORMER = frozenset({"from", "previous", "former", "then", "once", "earlier"})
POST_WORDS = 4  # the content words of a post after "as": "the new eastern regional commander"


NAME_WORDS_MAX = 3  # words of a name between a verb that gives a post and its "as"


def _given_as(toks: list[Token], k: int, who: set[str]) -> bool:
    """Does the "as" at k follow a verb that gives a post and one of the claim's people, with
    nothing but the name between ("named Nikolai Pospelov as"; not "served as", nor "who
    replaces Daulet Omarov, as")?"""
    j = k - 1
    while j >= 0 and k - j <= NAME_WORDS_MAX and toks[j].cap and toks[j].kind == "word":
        j -= 1
    named = toks[j + 1 : k]
    return bool(named) and j >= 0 and toks[j].stem in GIVING and any(x.stem in who for x in named)


def _made(
    ev: Evidence, c_from: set[str], c_to: set[str], who: set[str] | None = None
) -> tuple[int, int] | None:
    """Where the passage makes someone what the claim says he moved from ("named Pospelov as
    the new eastern regional commander" against "promoted from eastern regional commander to
    deputy defense minister"), and never what he moved to. With `who`, only where one of those
    names stands just before the "as" ("named Nikolai Pospelov as")."""
    toks = ev.tokens
    for k, t in enumerate(toks):
        if t.norm != "as" or any(x.norm in _FORMER for x in toks[max(0, k - 3) : k]):
            continue
        if who is not None and not _given_as(toks, k, who):
            continue
        words = [x for x in toks[k + 1 : k + 1 + 2 * POST_WORDS] if x.kind == "word"]
        post: list[Token] = []
        for x in words:
            if x.stop and post:
                break
            if not x.stop and x.norm != "new":
                post.append(x)
            if len(post) == POST_WORDS:
                break
        stems = {x.stem for x in post}
        if post and c_from <= stems and not c_to & stems:
            return post[0].start, post[-1].end
    return None


# How many content words in a row, just as the claim has them, name the item a range belongs
# to ("commanders' training course"): one word ("officers") recurs through a list.
HEAD_RUN = 2


def _range_owner(
    claim: str, ctoks: list[Token], c_lo: int, ev: Evidence, ranges: list[tuple[set[str], set[str], int, int]]
) -> tuple[set[str], set[str], int, int] | None:
    """The passage's range for what the claim names before its range, in a passage with
    several: the first range after the claim's words for the item, when those words stand
    together once in the passage."""
    if len(ranges) < 2:
        return None
    head = [t.stem for t in ctoks if t.end <= c_lo and t.kind == "word" and not t.stop]
    words = [t for t in ev.tokens if t.kind == "word" and not t.stop]
    stems = [t.stem for t in words]
    best: list[int] = []  # passage word positions ending the longest run
    longest = 0
    for i in range(len(head)):
        for j in range(len(stems)):
            n = 0
            while i + n < len(head) and j + n < len(stems) and head[i + n] == stems[j + n]:
                n += 1
            if n > longest:
                longest, best = n, [j + n - 1]
            elif n == longest and n:
                best.append(j + n - 1)
    if longest < HEAD_RUN or len(set(best)) != 1:
        return None
    at = words[best[0]].end
    return next((r for r in sorted(ranges, key=lambda r: r[2]) if r[2] >= at), None)


def _same_kind(s1: Specific, s2: Specific) -> bool:
    """Two names both places or both not; two figures of one type."""
    if s1.kind != s2.kind:
        return False
    if s1.kind == "figure":
        return bool(s1.quantity and s2.quantity and s1.quantity.type == s2.quantity.type)
    return (places.kind(s1.tokens[0].norm) is None) == (places.kind(s2.tokens[0].norm) is None)


def _voice_flip(claim_part: list[Token], ptoks: list[Token], lo: int, hi: int) -> bool:
    """One side passive ("by"), the other active, between the two names: the order of agent
    and patient swaps. "by 2007" gives a time, not an agent."""
    c_by = _agent_marker(claim_part)
    p_by = _agent_marker(ptoks[lo:hi])
    return c_by != p_by


def _cause_turn(
    claim: str, ctoks: list[Token], at: tuple[int, int], ev: Evidence, back: tuple[int, int]
) -> bool:
    """Do the claim and the passage join the two names by cause connectives that run opposite
    ways ("X gave priority ... because of the Caspian" and "the Caspian ... resulted in
    prioritizing ... X"), each side of the claim's holding more of the same side of the
    source's than of the other? The order turns with the connective. A claim whose sides
    hold the source's other sides ("gained importance because of prioritizing") gets no pass."""

    def between(text: str, tokens: list[Token], lo: int, hi: int) -> list[Cause]:
        at_ = {id(t): k for k, t in enumerate(tokens)}
        return [c for c in causes(text, tokens) if lo < at_[id(c.link[0])] < hi]

    def forward(c: Cause) -> bool:
        return c.cause[0].start < c.link[0].start  # the cause first: "resulted in"

    def stems(side: list[Token]) -> set[str]:
        return {t.stem for t in side}

    for mine in between(claim, ctoks, *at):
        for theirs in between(ev.text, ev.tokens, *back):
            if forward(mine) == forward(theirs):
                continue
            cause, effect = stems(mine.cause), stems(mine.effect)
            s_cause, s_effect = stems(theirs.cause), stems(theirs.effect)
            if len(cause & s_cause) > len(cause & s_effect) and len(effect & s_effect) > len(
                effect & s_cause
            ):
                return True
    return False


# How many words (an adverb, "last month") may stand between a form of "be" and the
# participle of its passive.
PASSIVE_GAP = 2
# Past participles that do not end in -ed or -en: English's irregular verbs (a closed class).
IRREGULAR_PARTICIPLES = frozenset(
    "made sent held told sold bought built won lost paid led met brought taught caught kept left "
    "put set cut hit read sought thought found spent lent dealt meant struck hung shut bound".split()
)


def _participle(tokens: list[Token], k: int) -> int | None:
    """Where the participle of a passive starting with the "be" at k stands, if it is one."""
    if tokens[k].norm not in BE:
        return None
    for j in range(k + 1, min(len(tokens), k + 2 + PASSIVE_GAP)):
        x = tokens[j]
        if x.kind != "word" or x.cap:
            return None
        if x.norm.endswith(("ed", "en")) or x.norm in IRREGULAR_PARTICIPLES:
            if j + 1 < len(tokens) and tokens[j + 1].norm == "to":
                return None  # "is set to train", "are expected to": a plan, not a passive of a deed
            return j
    return None


def has_passive(tokens: list[Token]) -> bool:
    return any(_participle(tokens, k) is not None for k in range(len(tokens)))


def _agentless_passive(claim: str, ctoks: list[Token], i1: int, i2: int, w: int) -> bool:
    """Is the relating word at w in a passive without its agent ("units were given access to
    the airport in X's district")? It puts the one acted on first and names no agent after
    it, so the order of the two names says nothing of who acted."""
    if any(t.norm in AGENT_MARKERS for t in ctoks[i1:i2]):
        return False
    for k in range(i1, w):
        j = _participle(ctoks, k)
        if j is not None and j <= w:
            return not CLAUSE_BREAK.search(claim, ctoks[j].end, ctoks[w].start)
    return False


def _agent_marker(tokens: list[Token]) -> bool:
    return any(
        t.norm in AGENT_MARKERS and not (k + 1 < len(tokens) and tokens[k + 1].kind == "num")
        for k, t in enumerate(tokens)
    )


# Tokens from a name to the noun it belongs to: "Belarus's defense minister", "the Bishkek SCO
# summit", "Baranavichy-based aircraft repair plant". (Until session 60 a second definition
# below, of 4, overrode this one's 2 everywhere; 4 is what every reading was measured with.)
MODIFIER_REACH = 4


def _own_modifier(
    claim: str,
    ctoks: list[Token],
    at: tuple[int, int],
    w: int,
    where: tuple[list[int], list[int]],
    pw: list[int],
    ev: Evidence,
) -> bool:
    """Is the word part of the first name's own noun phrase in both ("Belarus's defense minister
    met Kazakhstan's Akhmetov" and "Akhmetov met Belarusian Defense Minister Maltsaw"), so it
    relates the two names in neither? Only when the claim ties a name to the person the source
    ties it to ("Kazakhstan's Akhmetov", "Kazakh ... Akhmetov") and to no other person of the
    source's: "Belarusian defense minister Akhmetov" puts the right words on the wrong man.
    A claim that names no person with either ("met Belarus's defense minister in Almaty")
    asks only that the source have the phrase."""
    (i1, i2), (p1, p2) = at, where
    if not 0 < w - i1 <= MODIFIER_REACH or not _apart(claim, ctoks[i1], ctoks[i1 + 1]):
        return False
    if CLAUSE_BREAK.search(claim, ctoks[i1].end, ctoks[w].start):
        return False
    if not any(_in_phrase_of(ev.text, ev.tokens, x, y) for x in p1 for y in pw):
        return False
    tied = people = False
    for k, own, other in ((i1, p1, p2), (i2, p2, p1)):
        person = _person_after(claim, ctoks, k, ev)
        if person is None:
            continue
        people = True
        if _ties(person, own, ev):
            tied = True
        if _ties(person, other, ev):
            return False  # the claim gives this name the person the source gives the other
    # no person named: the source's own phrase ("Belarusian Defense Minister") is the claim's
    return tied or not people


# What puts a name after the noun it belongs to: "the summit in Bishkek", "the minister of Belarus".
POSTMODIFIER_LINKS = frozenset({"in", "of", "at"})


def _in_phrase_of(text: str, toks: list[Token], x: int, y: int) -> bool:
    """Is the name at x part of the noun phrase of the word at y: before it ("the Bishkek
    summit", "Belarus's defense minister") or after it by a preposition ("the summit in
    Bishkek")?"""
    if 0 < y - x <= MODIFIER_REACH:
        apart = _apart(text, toks[x], toks[x + 1])
        return apart and not CLAUSE_BREAK.search(text, toks[x].end, toks[y].start)
    return (
        0 < x - y <= MODIFIER_REACH
        and toks[x - 1].norm in POSTMODIFIER_LINKS
        and not CLAUSE_BREAK.search(text, toks[y].end, toks[x].start)
        # a noun, after its article or a name ("the SCO summit"), not a verb ("is lobbying in")
        and y > 0
        and (toks[y - 1].norm in ARTICLES or toks[y - 1].cap)
    )


# tokens from a nationality to the person it describes: "Belarusian Defense Minister Leanid Maltsaw"
PERSON_REACH = 6


def _person_after(text: str, tokens: list[Token], k: int, ev: Evidence) -> Token | None:
    """The person a name describes: the first person's name after it, across a title or the
    name's own noun and one apposition's comma ("Belarus's defense minister, Leonid Maltsev";
    "Belarusian Defense Minister Leanid Maltsaw"), before any other word or stop."""
    plain = commas = 0
    for j in range(k + 1, min(len(tokens), k + 1 + PERSON_REACH)):
        t, gap = tokens[j], text[tokens[j - 1].end : tokens[j].start].strip()
        commas += gap == ","
        if (gap and gap != "," and gap not in POSSESSIVE) or commas > 1 or t.kind != "word" or t.stop:
            return None
        if not t.cap:
            plain += 1
            if plain > MODIFIER_REACH or past_form(t.norm):
                return None  # too far, or past a verb: "the Russian president urged Central Asian states"
            continue
        if places.kind(t.norm) is not None:
            return None  # another place: "In Minsk, Kazakhstan's minister" describes no one by Minsk
        if is_initials(text[t.start : t.end]):
            continue  # a body's initials name no person: "the Bishkek SCO summit"
        if is_person(t, ev.common):
            while j + 1 < len(tokens) and tokens[j + 1].cap and _joined(text, tokens[j], tokens[j + 1]):
                j += 1  # the last word of the person's name: "Daniyal Akhmetov"
            return tokens[j]
    return None


def _ties(person: Token, anchors: list[int], ev: Evidence) -> bool:
    """Does the source tie one of these mentions of a name to that person?"""
    return any(
        (theirs := _person_after(ev.text, ev.tokens, x, ev)) is not None and name_match(person, theirs, True)
        for x in anchors
    )


# Words that place a thing at a named place: "the repair plant in Baranavichy".
PLACING = frozenset({"in", "at", "near", "outside"})
PLACED_REACH = 3  # words from the place to its thing in the source: "Baranavichy-based aircraft repair plant"


def _placed_by_second(
    claim: str, ctoks: list[Token], i2: int, w: int, p2: list[int], pw: list[int], ev: Evidence
) -> bool:
    """Is the word the thing the claim's second name places ("at the aircraft repair plant in
    Baranavichy"), which the source also ties to that name ("the Baranavichy-based aircraft
    repair plant")? It then relates that name to no other, whichever comes first."""
    if not 0 < i2 - w <= MODIFIER_REACH or ctoks[i2 - 1].norm not in PLACING:
        return False
    after = ctoks[i2 + 1] if i2 + 1 < len(ctoks) else None
    if after is not None and not after.stop and not claim[ctoks[i2].end : after.start].strip():
        return False  # "in Kazakh higher education institutions": the name qualifies the words after it
    if CLAUSE_BREAK.search(claim, ctoks[w].end, ctoks[i2].start):
        return False
    return any(
        0 < y - x <= PLACED_REACH and not CLAUSE_BREAK.search(ev.text, ev.tokens[x].end, ev.tokens[y].start)
        for x in p2
        for y in pw
    )


def _apart(text: str, a: Token, b: Token) -> bool:
    """Two words written apart, not hyphened: "China-led" relates China to what it leads."""
    return "-" not in text[a.end : b.start]


# "Su-27 repairs" is "repairs on Su-27": a noun after these says what the name before it is to it.
# After "on" the name must follow ("sanctions on Russia"), as "on" relates two sides.
NOUN_LINKS = OF_LIKE | {"on"}
LINKED_NAME_REACH = 3  # tokens after "on" in which the name must stand: "repairs on Kazakh Su-27"


COMPOUND_WORDS = 3  # nouns a name may stand before in one compound: "Su-27 repair contract"


def _noun_phrase_turn(claim: str, ctoks: list[Token], pair: tuple[int, int], w: int, ev: Evidence) -> bool:
    """A reordering inside one noun phrase, which changes no role: the claim's first name is a
    possessive or a modifier right before the word ("the Pentagon's head", "West Point graduate",
    "Su-27 repairs"), and the passage has that word followed by "of", "at", "in", "for" or "on";
    or the claim's word is linked so to its second name ("a plant in Baranavichy") and the
    passage has that name modify the word ("the Baranavichy-based aircraft repair plant")."""
    i1, i2 = pair
    if _linked_before(claim, ctoks, w, i2) and _modifies(ev, ctoks[i2], ctoks[w]):
        return True
    name = ctoks[i1]
    possessive = claim[name.end : name.end + 2] in POSSESSIVE or claim[name.start : name.end].endswith(
        POSSESSIVE
    )
    # the name's last token: a model number ("Su-27") is one name of two tokens
    last = i1
    while last + 1 < w and claim[ctoks[last].end : ctoks[last + 1].start] in ("", "-"):
        last += 1
    # the words from the name to the claim's word, when they make one compound with it ("Su-27
    # repair contract"): the name modifies its head as it does the word next to it
    compound = ctoks[last + 1 : w + 1]
    if not (
        possessive
        or w == last + 1
        or (
            name.cap
            and len(compound) <= COMPOUND_WORDS
            and all(x.kind == "word" and not x.cap and not x.stop for x in compound)
            and not any(claim[a.end : b.start].strip() for a, b in pairwise([ctoks[last], *compound]))
        )
    ):
        return False
    words = {x.stem for x in compound} if not possessive else {ctoks[w].stem}
    if (
        possessive
        and any(  # "the Navy's head of planning" and "head of planning at the Navy"
            t.stem == name.stem and any(x.norm in OF_LIKE for x in ev.tokens[max(0, k - 2) : k])
            for k, t in enumerate(ev.tokens)
        )
    ):
        return True
    return any(
        t.stem in words
        and k + 1 < len(ev.tokens)
        and (
            ev.tokens[k + 1].norm in OF_LIKE
            or (
                not possessive  # "China's sanctions" are China's own, "sanctions on China" against it
                and ev.tokens[k + 1].norm == "on"
                and any(x.stem == name.stem for x in ev.tokens[k + 2 : k + 2 + LINKED_NAME_REACH])
            )
        )
        for k, t in enumerate(ev.tokens)
    )


def _linked_before(claim: str, ctoks: list[Token], w: int, k: int) -> bool:
    """Does the word at w stand right before the name at k, joined by "of", "in" and the like
    and at most a determiner ("plant in Baranavichy", "head of the Navy")?"""
    gap = ctoks[w + 1 : k]
    return (
        1 <= len(gap) <= 2
        and gap[0].norm in OF_LIKE  # not "on": "sanctions on Russia" are not Russia's
        and all(t.norm in ARTICLES for t in gap[1:])
        and not CLAUSE_BREAK.search(claim, ctoks[w].end, ctoks[k].start)
    )


def _modifies(ev: Evidence, name: Token, word: Token) -> bool:
    """Does the passage write the name before the word in one noun phrase: no more than
    MODIFIER_REACH tokens apart, with nothing but spaces and hyphens between?"""
    toks = [t for t in ev.tokens if not t.synthetic]  # "baranavichybased" overlaps its parts
    for k, t in enumerate(toks):
        if t.stem != name.stem:
            continue
        for j in range(k + 1, min(len(toks), k + 1 + MODIFIER_REACH)):
            if ev.text[toks[j - 1].end : toks[j].start] not in (" ", "-"):
                break
            if toks[j].stem == word.stem:
                return True
    return False


# What is wanted runs from the word of wanting to the end of its clause ("hoped for logistics
# work in the rear services, but ..."), at most this many content words.
WANTED_WORDS = 5
_CLAUSE_TURNS = frozenset({"but", "yet", "instead", "while", "although", "though", "whereas"})


def _wanted(
    text: str, tokens: list[Token], claim: bool = False
) -> list[tuple[set[str], set[str], tuple[int, int]]]:
    """(the stems of what is wanted, the stems of the rest, where the wish is written) for each
    word of wanting. A claim's wish keeps its words past WANTED_WORDS out of the rest ("wants
    the new round of courses to reach upwards of 3,000 officers"). A passage's does not,
    where what came may follow the wish in one clause ("to include other Central Asian
    countries in addition to U.S. servicemen"); its rest is the wish's own sentence
    ("Although wanting to become an attaché, she was in fact posted"), not the one before.
    Sentences are cut at every full stop, inside a quotation too, where the passage's own
    sentence breaks keep a quotation whole."""
    out = []
    for k in range(len(tokens)):
        if not desire(tokens, k):
            continue
        wanted: set[str] = set()
        beyond: set[str] = set()  # the clause's words past WANTED_WORDS: of the wish, yet not the rest
        end = tokens[k].end
        for j in range(k + 1, len(tokens)):
            x = tokens[j]
            if x.norm in _CLAUSE_TURNS or any(ch in ",;:()." for ch in text[tokens[j - 1].end : x.start]):
                break
            if x.kind == "word" and not x.stop and not x.cap:  # what is wanted, not who
                if len(wanted) == WANTED_WORDS:
                    beyond.add(x.stem)
                    continue
                wanted.add(x.stem)
            end = x.end
        lo, hi = (0, len(tokens)) if claim else _sentence_of(text, tokens, k)
        rest = {x.stem for x in tokens[lo:hi] if x.kind == "word" and not x.stop and not x.cap} - wanted
        if claim:
            rest -= beyond
        if wanted:
            out.append((wanted, rest - {tokens[k].stem}, (tokens[k].start, end)))
    return out


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s")


def _sentence_of(text: str, tokens: list[Token], k: int) -> tuple[int, int]:
    """The token range of the sentence that holds token k."""
    lo = k
    while lo > 0 and not _SENTENCE_END.search(text, tokens[lo - 1].end, tokens[lo].start):
        lo -= 1
    hi = k + 1
    while hi < len(tokens) and not _SENTENCE_END.search(text, tokens[hi - 1].end, tokens[hi].start):
        hi += 1
    return lo, hi


def _meets(a: set[str], b: set[str]) -> bool:
    """Do two sets of stems share a word ("logistics" and "logistic" count as one)?"""
    return bool(a & b) or any(prefixed(x, y) for x in a for y in b)


def wish_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """What someone wanted and what they got, exchanged: "hoped for logistics work but was made
    an attaché" against "wanting to become an attaché, she was posted to logistics". The
    claim's wish is stated in the passage, but outside its wish, and the passage's wish is in
    the claim outside the claim's."""
    wishes = _wanted(ev.text, ev.tokens)
    for c_wanted, c_rest, mine in _wanted(claim, ctoks, claim=True):
        if any(_meets(c_wanted, p_wanted) for p_wanted, _, _ in wishes):
            continue  # the passage states this wish too ("keen to strengthen ties")
        for p_wanted, p_rest, theirs in wishes:
            if not _meets(c_wanted, p_wanted) and _meets(c_wanted, p_rest) and _meets(p_wanted, c_rest):
                said = ev.text[theirs[0] : theirs[1]]
                note = (
                    f"the claim exchanges what was wanted and what came: the source says \u201c{said}\u201d"
                )
                return [Conflict("role", claim[mine[0] : mine[1]], said, mine, theirs, note=note)]
    return []
