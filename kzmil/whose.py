"""Whose deed or words: claim words the passage says of another person than the claim's, a
speaker the claim swaps, a figure the passage gives another, a deed the source has others of
the subject's kind do. A passage may state every word of a claim and still not state it of
the claim's subject.
"""

from __future__ import annotations

from kzmil import places
from kzmil.agents import others_deed
from kzmil.align import ANAPHORS
from kzmil.conflicts import (
    Conflict,
)
from kzmil.evidence import CONTEXT, Alignment, Evidence
from kzmil.match import Query
from kzmil.modality import (
    saying,
)
from kzmil.names import is_person, name_match
from kzmil.normalize import Token
from kzmil.search import Candidate
from kzmil.specifics import Specific
from kzmil.structure import CLAUSE_BREAK, after_be, main_clause
from kzmil.synonyms import (
    synonyms,
)
from kzmil.tables import past_form


def sentence_spans(cand: Candidate) -> list[tuple[int, int]]:
    """Where each sentence of the passage lies in its text (the rows joined by a space)."""
    out, at = [], 0
    for row in cand.rows:
        out.append((at, at + len(row.text)))
        at += len(row.text) + 1
    return out


def said_of_another(
    query: Query,
    cand: Candidate,
    alignment: Alignment,
    matched: dict[int, float],
    weights: list[float],
    common: set[str],
    names: dict[str, bool],
    enough: float,
) -> list[Specific]:
    """The claim's person, when a passage of several sentences states the claim only with what
    a sentence about somebody else says ("Akhmetov met Maltsaw. '...', Akhmetov noted." does
    not say Maltsaw said it): the claim names its person once and means all of it of them.
    `weights` count each word once (see verdict.COUNTED_MIN, passed as `enough`): the names'
    rarity, which grows with the archive, must not let the sentence that names the person
    carry the claim."""
    if len(cand.rows) < 2:
        return []
    after = {id(a): b for a, b in zip(query.tokens, query.tokens[1:], strict=False)}
    persons = [
        s
        for s, found in alignment.matched
        if s.kind == "name"
        and not found.endswith(CONTEXT)
        and is_person(s.tokens[0], common)
        # a name with a number after it is an event's or a model's: "Batys 2003", "Su 27"
        and getattr(after.get(id(s.tokens[-1])), "kind", "") != "num"
    ]
    if not persons:
        return []
    named = [t for t in query.tokens if t.cap and t.kind == "word"]
    acted_on = _acted_on(query)
    spans = sentence_spans(cand)
    about: set[int] = set()
    others: dict[int, Token] = {}
    for n, (lo, hi) in enumerate(spans):
        toks = [t for t in cand.tokens if lo <= t.start < hi]
        mine = any(name_match(c, t, False) for s in persons for c in s.tokens for t in toks)
        other = [
            t
            for t in toks
            if t.cap
            and t.kind == "word"
            and not t.stop
            and is_person(t, common)
            and not any(name_match(c, t, False) for c in named)
            # a sentence's first word is a name only if the corpus capitalises it elsewhere:
            # "Indeed, the U.S. ..." in a corpus that never writes "indeed" mid-sentence
            and (t is not toks[0] or names.get(t.norm) is True)
        ]
        first = other[0].start if other else len(cand.text)
        if mine or not other or any(t.norm in ANAPHORS and t.start < first for t in toks):
            about.add(n)
        elif acted_on and _agent_of(toks, other, acted_on):
            # "Nazarbaev appointed a new deputy minister" does the deed the claim's person
            # underwent ("Oynarov was appointed"): the sentence is about whom he appointed
            about.add(n)
        else:
            others[n] = other[0]
    if not others:
        return []

    def sentence(pos: int) -> int:
        return next((n for n, (_, hi) in enumerate(spans) if pos <= hi), len(spans) - 1)

    where: dict[int, set[int]] = {}
    for k, i in cand.scored.token_hits:
        where.setdefault(i, set()).add(sentence(cand.tokens[k].start))
    for spec, found in alignment.matched:
        at = cand.text.find(found)
        for i, term in enumerate(query.terms):
            if at >= 0 and spec.span[0] <= term.token.start < spec.span[1]:
                where.setdefault(i, set()).add(sentence(at))
    person = persons[0]
    # a claim of two main clauses ("X was risky for Altynbayev, and the biggest danger is Y")
    # means its person only in the clause that names them
    clause = main_clause(query.text, query.tokens, person.tokens[0])
    weights = [
        w if clause[0] <= query.terms[i].token.start < clause[1] else 0.0 for i, w in enumerate(weights)
    ]
    total = sum(weights) or 1.0
    kept = sum(weights[i] * c for i, c in matched.items() if where.get(i, set()) & about) / total
    if kept >= enough:
        return []
    lo, hi = name_run(query.text, query.tokens, person.tokens[0])
    someone = next(iter(others.values()))
    p_lo, p_hi = name_run(cand.text, cand.tokens, someone)
    return [Specific("whose", person.tokens, query.text[lo:hi], value=cand.text[p_lo:p_hi])]


SPEAKER_REACH = 3  # "Maltsaw said", "Akhmetov noted", "noted Akhmetov": a verb of saying this near


def _speaks(text: str, tokens: list[Token], lo: int, hi: int) -> bool:
    """Does a verb of saying stand right after the name at text[lo:hi], or just before it?"""
    k_lo = next((k for k, t in enumerate(tokens) if t.start >= lo), len(tokens))
    k_hi = next((k for k, t in enumerate(tokens) if t.start >= hi), len(tokens))
    window = [*tokens[k_hi : k_hi + SPEAKER_REACH], *tokens[max(0, k_lo - 2) : k_lo]]
    return any(t.kind == "word" and not t.cap and saying(t) for t in window)


def speaker_swapped(query: Query, cand: Candidate, whose: list[Specific]) -> list[Conflict]:
    """The claim's words given to the wrong speaker: the claim has its person say them
    ("Maltsaw said his country's doctrine required ...") and the passage's sentence that
    states them has another person say them ("..., Akhmetov noted"). A counterpart in the
    same slot, so a contradiction, not a detail left unstated."""
    for s in whose:
        if not _speaks(query.text, query.tokens, *s.span):
            continue
        at = cand.text.find(s.value)
        while at >= 0:
            if _speaks(cand.text, cand.tokens, at, at + len(s.value)):
                note = f"the source gives these words to {s.value}, not {s.text}"
                return [Conflict("role", s.text, s.value, s.span, (at, at + len(s.value)), note=note)]
            at = cand.text.find(s.value, at + 1)
    return []


def _acted_on(query: Query) -> set[str]:
    """The stems of the deeds the claim's subject undergoes: a passive ("Oynarov was appointed")
    or a participle right after a name's comma ("Oynarov, named on April 5 as ...")."""
    toks, text = query.tokens, query.text
    return {
        t.stem
        for j, t in enumerate(toks)
        if t.kind == "word"
        and not t.cap
        and past_form(t.norm)
        and (after_be(toks, j) or (j > 0 and toks[j - 1].cap and "," in text[toks[j - 1].end : t.start]))
    }


def _agent_of(toks: list[Token], other: list[Token], deeds: set[str]) -> bool:
    """Does a person of the sentence do one of `deeds`, named right before its verb in the
    active voice ("Mr. Nazarbaev appointed")?"""
    for o in other:
        k = next((i for i, t in enumerate(toks) if t is o), None)
        if k is None or k + 1 >= len(toks):
            continue
        verb = toks[k + 1]
        if verb.kind != "word" or verb.cap or after_be(toks, k + 1) or not past_form(verb.norm):
            continue
        if verb.stem in deeds or deeds & synonyms(verb.stem):  # "named" for "appointed"
            return True
    return False


WHEN = "\t"  # joins the claim's person and the source's in a date's "when" specific


def figure_of_another(query: Query, cand: Candidate, alignment: Alignment, ev: Evidence) -> list[Specific]:
    """A figure or date the claim gives to a person in the same phrase ("Sembinov wrapped up
    his trip on November 17"), which the passage gives only in a sentence about somebody else
    ("Altynbayev addressed a session held on November 17"), naming the claim's person in
    another sentence of the passage or just before it: the date is the other event's."""
    common = ev.common
    spans = sentence_spans(cand)
    before = [t for _, toks in ev.context_texts[: ev.preceding] for t in toks]
    for spec, found in alignment.matched:
        q = spec.quantity
        if spec.kind != "figure" or q is None or q.type != "date" or found.endswith(CONTEXT):
            continue  # a day's date is its event's; a count may be the whole passage's
        lo, hi = _phrase_around(query, spec.span)
        phrase = [t for t in query.tokens if lo <= t.start < hi and not t.stop]
        persons = []  # the phrase's subject: the person it opens with ("Sembinov wrapped up")
        for t in phrase:
            if not (t.cap and t.kind == "word" and is_person(t, common) and places.kind(t.norm) is None):
                break
            persons.append(t)
        at = cand.text.find(found)
        if not persons or at < 0:
            continue
        here = next((n for n, (a, b) in enumerate(spans) if a <= at < b), None)
        if here is None:
            continue

        a, b = spans[here]
        other = next(
            (
                t
                for t in cand.tokens
                if a <= t.start < b and t.cap and t.kind == "word" and not t.stop and is_person(t, common)
            ),
            None,
        )
        named = [n for n in range(len(spans)) if _names_in(cand, spans[n], persons)]
        around = any(name_match(c, t, False) for c in persons for t in before)
        if other is None or here in named or not (named or around):
            continue
        p_lo, p_hi = name_run(cand.text, cand.tokens, other)
        who = query.text[persons[0].start : persons[-1].end].removesuffix("'s").removesuffix("\u2019s")
        return [Specific("when", spec.tokens, spec.text, value=f"{who}{WHEN}{cand.text[p_lo:p_hi]}")]
    return []


def _names_in(cand: Candidate, span: tuple[int, int], persons: list[Token]) -> bool:
    """Does the passage name one of `persons` within `span`?"""
    return any(name_match(c, t, False) for c in persons for t in cand.tokens if span[0] <= t.start < span[1])


def _phrase_around(query: Query, span: tuple[int, int]) -> tuple[int, int]:
    """The claim's text between the clause breaks (commas, semicolons) around a span."""
    text = query.text
    starts = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, span[0])]
    stop = CLAUSE_BREAK.search(text, span[1])
    return (starts[-1] if starts else 0, stop.start() if stop else len(text))


def name_run(text: str, tokens: list[Token], t: Token) -> tuple[int, int]:
    """The whole name a word is part of: the capitalised words around it, space apart."""
    k = next(i for i, x in enumerate(tokens) if x is t)
    lo = hi = k
    while (
        lo > 0
        and tokens[lo - 1].cap
        and tokens[lo - 1].kind == "word"
        and text[tokens[lo - 1].end : tokens[lo].start] == " "
    ):
        lo -= 1
    while (
        hi + 1 < len(tokens)
        and tokens[hi + 1].cap
        and tokens[hi + 1].kind == "word"
        and text[tokens[hi].end : tokens[hi + 1].start] == " "
    ):
        hi += 1
    return tokens[lo].start, tokens[hi].end


def deed_of_another(query: Query, ev: Evidence, alignment: Alignment) -> list[Specific]:
    """The claim's subject, when the source has its deed done by others of its kind (see
    `agents.others_deed`); only when nothing else conflicts or is missing, as a last reading."""
    if alignment.conflicts or alignment.missing:
        return []
    found = others_deed(query.text, query.tokens, ev)
    if found is None:
        return []
    who, said = found
    return [Specific("whose", who, query.text[who[0].start : who[-1].end], value=said)]


# Prepositions (and verbs of taking someone's place) that make the noun after them another
# person than the subject: "deputy to the officer who commanded", "the widow of the man who
# founded" (a closed class of English). A verb in the past before the noun does too.
GOVERNING = frozenset({"to", "of", "by", "for", "with", "from", "under", "replacing", "succeeding"})
NOUN_WORDS = 3  # words from the preposition to the noun: "to the former officer"


def _governed(tokens: list[Token], k: int) -> bool:
    """Does a preposition or a verb govern the noun at k, across an article or an adjective or
    two ("to the officer", "replaced the colonel"), making it the object of another's deed?"""
    for j in range(k - 1, max(-1, k - 1 - NOUN_WORDS), -1):
        if tokens[j].norm in GOVERNING or (
            not tokens[j].stop and not tokens[j].cap and past_form(tokens[j].norm)
        ):
            return True  # "deputy to the officer", "replaced the colonel": the noun is the object
        if tokens[j].cap or tokens[j].kind != "word" or tokens[j].norm in RELATIVE_PRONOUNS:
            return False
    return False


# Pronouns that open a relative clause on the noun before them: "the officer who commanded".
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
ARTICLES = frozenset({"the", "a", "an"})


def deed_of_antecedent(
    query: Query, cand: Candidate, alignment: Alignment, common: set[str]
) -> list[Specific]:
    """The claim's person doing what the passage tells, in a relative clause, of someone it
    names by a noun: "Aliyev was appointed deputy to the officer who commanded the garrison"
    does not say that Aliyev commanded it. Only when every place the passage uses the claim's
    verb is such a clause, on a noun a preposition or a verb governs ("Vega, a general who
    commanded" is Vega's own deed), and the passage names the person before it."""
    persons = [
        s
        for s, found in alignment.matched
        if s.kind == "name" and not found.endswith(CONTEXT) and is_person(s.tokens[0], common)
    ]
    if not persons:
        return []
    person = persons[0]
    toks, text = query.tokens, query.text
    p_lo, p_hi = name_run(text, toks, person.tokens[0])  # "General Rustem Aliyev"
    k = max(i for i, t in enumerate(toks) if t.end <= p_hi)
    verb = None
    for t in toks[k + 1 :]:
        if "," in text[toks[k].end : t.start] or t.cap:
            break
        if t.kind == "word" and not t.stop:
            verb = t
            break
    if verb is None or not past_form(verb.norm):
        return []
    ptoks = cand.tokens
    hits = [j for j, p in enumerate(ptoks) if p.stem == verb.stem]
    if not hits or any(j < 2 or ptoks[j - 1].norm not in RELATIVE_PRONOUNS for j in hits):
        return []
    nouns = [ptoks[j - 2] for j in hits]
    if any(n.cap or n.kind != "word" or n.stop for n in nouns):
        return []  # "Aliyev, who commanded": the name's own deed
    if not all(_governed(ptoks, j - 2) for j in hits):
        return []  # "Vega, a general who commanded", "Rincon was the officer who": the person
    if not any(name_match(c, t, False) for c in person.tokens for t in ptoks[: hits[0]]):
        return []
    noun = nouns[0]
    j = next(i for i, t in enumerate(ptoks) if t is noun)
    lo = ptoks[j - 1].start if j and ptoks[j - 1].norm in ARTICLES else noun.start
    return [Specific("whose", person.tokens, text[p_lo:p_hi], value=cand.text[lo : noun.end])]
