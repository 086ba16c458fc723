"""How much of each claim word a passage states: as itself, by a close paraphrase, a phrasal
verb, a country for its adjective, or a figure written another way (a rate as a share, a
percent as a part). The verdict weighs these credits into coverage.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from kzmil import places
from kzmil.align import PERCENT_ROUNDING
from kzmil.conflicts import (
    METONYMS,
    periods,
    same_name,
)
from kzmil.match import Query
from kzmil.normalize import Token
from kzmil.quantities import CURRENCIES, Quantity, as_percent, extract, qualifiers, stated_by
from kzmil.search import Candidate
from kzmil.shares import parts
from kzmil.succession import same_people, successions
from kzmil.synonyms import (
    ABBREVIATIONS,
    abbreviated,
    base_stem,
    derivations,
    kin,
    near,
    paraphrases,
    phrasal,
    phrase_at,
    phrase_means,
)


def query_stems(query: Query) -> set[str]:
    return {t.stem for t in query.tokens}


# Credit for a plain claim word the passage states by a synonym in both words' most frequent
# sense ("aid" for "help"): less than the word itself, as a prefix match is.
PARAPHRASE = 0.8
NEAR = 0.5  # a synonym in one of the first senses of each (see synonyms.near): half a word
KIN = 0.4  # a narrower word (synonyms.kin): a looser paraphrase than a NEAR synonym, so less


def _inflection(word: str) -> str:
    """The ending that tells a word's use: "says" (a verb) is no paraphrase of "state" (a noun)."""
    return next((e for e in ("ing", "ed", "s") if word.endswith(e) and len(word) > len(e) + 2), "")


def _phrasal_paraphrase(query: Query, tok: Token, cand: Candidate, pairs: dict[int, str]) -> list[int]:
    """Where the passage states the claim's word by a two-word verb ("fulfilled" as "carried
    out"), or the claim's two-word verb ("set up") by a one-word verb ("established").
    `pairs`: the passage's two-word verbs by where they start."""
    ptoks = cand.tokens
    keys = phrasal(tok.stem)
    where = [k for k, key in pairs.items() if key in keys] if keys else []
    j = next((j for j, t in enumerate(query.tokens) if t is tok), None)
    # the claim's word may be the verb of its two-word verb, or what follows a verb too common
    # to be a term of its own ("took part")
    key = None if j is None else phrase_at(query.tokens, j) or (phrase_at(query.tokens, j - 1) if j else None)
    if key is not None:
        means = phrase_means(key)
        where += [k for k, t in enumerate(ptoks) if t.kind == "word" and not t.stop and t.stem in means]
    return where


def _same_country(tok: Token, cand: Candidate) -> list[int]:
    """Where the passage names the claim's place another way: its people's word ("American"
    for "U.S."), or its capital for its government ("Moscow" for "Russia")."""
    if places.kind(tok.norm) is None and tok.norm not in METONYMS:
        return []
    return [
        k
        for k, t in enumerate(cand.tokens)
        if t.cap and t.kind == "word" and t.stem != tok.stem and same_name(tok, t, metonymy=True)
    ]


# Nouns that stand for a country the passage names: "the country", "the nation", "the republic"
# (after "the" only: "an independent nation" says what the country is).
COUNTRY_NOUNS = frozenset({"country", "nation", "republic"})


def _after_the(tokens: list[Token], tok: Token) -> bool:
    before = [t for t in tokens if t.end <= tok.start]
    return bool(before) and before[-1].norm == "the"


_SENTENCE_START = re.compile(r"(?:^|[.!?:;])\W*$")


def _named(text: str, t: Token) -> bool:
    """Is the word capitalised where a sentence does not start: part of a name?"""
    return t.cap and _SENTENCE_START.search(text[: t.start]) is None


# A noun between these reads as a preposition of several words ("in order to", "in spite of",
# "on behalf of", "by means of"), not as a thing the claim names.
FIXED_BEFORE = frozenset({"in", "on", "by"})
FIXED_AFTER = frozenset({"of", "to", "that"})


def _in_fixed_phrase(tokens: list[Token], tok: Token) -> bool:
    k = next((i for i, t in enumerate(tokens) if t is tok), 0)
    inside = 0 < k < len(tokens) - 1
    return inside and tokens[k - 1].norm in FIXED_BEFORE and tokens[k + 1].norm in FIXED_AFTER


def _plain_word_among(
    tokens: list[Token], stems: frozenset[str], form: str, skip: AbstractSet[int] = frozenset()
) -> bool:
    """Does the passage write one of `stems` as a plain word with the claim word's ending, at a
    place not in `skip`?"""
    return bool(stems) and any(
        t.kind == "word" and not (t.stop or t.cap) and t.stem in stems and _inflection(t.norm) == form
        for k, t in enumerate(tokens)
        if k not in skip
    )


def paraphrased(query: Query, cand: Candidate) -> Candidate:
    """The candidate with the plain claim words it states by a synonym counted as matched, so
    every later reading (coverage, what is planned, what is left unstated) sees them."""
    matched = dict(cand.scored.matched)
    hits = list(cand.scored.token_hits)
    pairs: dict[int, str] | None = None  # the passage's two-word verbs, read once if needed
    abbreviations = any(t.norm in ABBREVIATIONS for t in cand.tokens)
    told = {k for k, _ in cand.scored.token_hits}  # passage words a claim word was found as
    for i, term in enumerate(query.terms):
        tok = term.token
        if tok.kind != "word" or tok.stop or matched.get(i, 0.0) >= PARAPHRASE:
            continue
        if tok.cap:
            # "American" for "U.S.", "Moscow" for "Russia"; "Maj.-Gen." for "Major-General"
            where = _same_country(tok, cand)
            if abbreviations or tok.norm in ABBREVIATIONS:
                where += [
                    k for k, t in enumerate(cand.tokens) if t.kind == "word" and abbreviated(tok.norm, t.norm)
                ]
            if where:
                matched[i] = PARAPHRASE
                hits += [(k, i) for k in where]
            continue
        if tok.norm in COUNTRY_NOUNS and _after_the(query.tokens, tok):  # "the country's ministries"
            where = [k for k, t in enumerate(cand.tokens) if t.cap and places.kind(t.norm) == "country"]
            if where:
                matched[i] = PARAPHRASE
                hits += [(k, i) for k in where]
                continue
        alike = paraphrases(tok.stem)
        form = _inflection(tok.norm)
        where = [
            k
            for k, t in enumerate(cand.tokens)
            if t.kind == "word"
            and not t.stop
            and ((t.stem in alike and _inflection(t.norm) == form) or base_stem(t.stem) == tok.stem)
        ]
        if pairs is None and phrasal(tok.stem):
            pairs = {k: key for k in range(len(cand.tokens) - 1) if (key := phrase_at(cand.tokens, k))}
        where += _phrasal_paraphrase(query, tok, cand, pairs or {})
        if not where:  # the same point in another part of speech: "retained" for "retention"
            derived = derivations(tok.stem)
            where = [
                k
                for k, t in enumerate(cand.tokens)
                # a name is no derivation: "Central" does not state "center"
                if t.kind == "word" and not t.stop and t.stem in derived and not _named(cand.text, t)
            ]
        if where:
            matched[i] = PARAPHRASE
            hits += [(k, i) for k in where]
        elif _plain_word_among(cand.tokens, near(tok.stem), form):
            matched[i] = max(matched.get(i, 0.0), NEAR)
        # a word that states another claim word states no other
        elif not _in_fixed_phrase(query.tokens, tok) and _plain_word_among(
            cand.tokens, kin(tok.stem), form, told
        ):
            matched[i] = max(matched.get(i, 0.0), KIN)
    for i, k in _frequencies(query, cand) + _succession_stated(query, cand):
        if matched.get(i, 0.0) < PARAPHRASE:
            matched[i] = PARAPHRASE
            hits.append((k, i))
    figures = extract(query.text, query.tokens)
    pairs_found = _rates_as_shares(query, cand, figures) + _percents_as_parts(query, cand, figures)
    for i, k in pairs_found + _qualifiers_stated(query, cand, figures):
        if matched.get(i, 0.0) < PARAPHRASE:
            matched[i] = PARAPHRASE
            hits.append((k, i))
    if len(hits) == len(cand.scored.token_hits) and matched == cand.scored.matched:
        return cand
    return replace(cand, scored=replace(cand.scored, matched=matched, token_hits=sorted(hits)))


def _how_often(tokens: list[Token]) -> dict[int, str]:
    """`conflicts.periods`, but for a word of a name ("The Daily Herald") or an adjective
    before its noun ("annual profit", "the annual fair"): a kind of thing, not how often a
    deed is done."""
    found = periods(tokens)
    out = {}
    for k, t in enumerate(tokens):
        if t.start not in found:
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (t.cap and k) or (nxt is not None and nxt.kind == "word" and not nxt.stop and t.norm != nxt.norm):
            continue
        out[t.start] = found[t.start]
    return out


def _frequencies(query: Query, cand: Candidate) -> list[tuple[int, int]]:
    """(claim term, passage token) for a frequency the passage states another way
    (`conflicts.periods`): the claim's "every year" (both its words) by "annually", its
    "annually" by "each year"."""
    mine = _how_often(query.tokens)
    if not mine:
        return []
    theirs = _how_often(cand.tokens)
    term_at = {id(term.token): i for i, term in enumerate(query.terms)}
    out = []
    for k, t in enumerate(query.tokens):
        unit = mine.get(t.start)
        if unit is None:
            continue
        where = [j for j, p in enumerate(cand.tokens) if theirs.get(p.start) == unit]
        words = [t] + ([query.tokens[k - 1]] if k and t.norm.removesuffix("s") == unit else [])
        out += [(term_at[id(w)], j) for w in words if id(w) in term_at for j in where]
    return out


def _succession_stated(query: Query, cand: Candidate) -> list[tuple[int, int]]:
    """(claim term, passage token) for the claim's verb of succession ("succeeded", "took
    over", "replaced") where the passage states the same succession, the same two people in
    the same roles, in another of those words ("taking over from")."""
    theirs = successions(cand.text, cand.tokens)
    if not theirs:
        return []
    term_at = {id(term.token): i for i, term in enumerate(query.terms)}
    out = []
    for c in successions(query.text, query.tokens):
        s = next((s for s in theirs if same_people(c, s)), None)
        if s is None:
            continue
        verb = [t for t in query.tokens if c.span[0] < t.start < c.span[1] and not t.cap and id(t) in term_at]
        k = next(j for j, p in enumerate(cand.tokens) if p.start >= s.span[0])
        out += [(term_at[id(t)], k) for t in verb]
    return out


def _qualifiers_stated(query: Query, cand: Candidate, figures: list[Quantity]) -> list[tuple[int, int]]:
    """The words that make a claim figure rough or a bound ("close to three-quarters",
    "upwards of 2,500"), and the words of its unit ("fifty-two million dollars"), where the
    passage states that figure as they allow (`stated_by` reads them, and compares units):
    (claim term, passage token of the figure)."""
    out: list[tuple[int, int]] = []
    theirs: list[Quantity] | None = None
    term_at = {id(term.token): i for i, term in enumerate(query.terms)}
    for q in figures:
        after = next((t for t in query.tokens if t.start >= q.end), None)
        unit = (
            [after]
            if after and after.norm in CURRENCIES and not query.text[q.end : after.start].strip()
            else []
        )
        words = [term_at[id(t)] for t in [*qualifiers(query.tokens, q), *unit] if id(t) in term_at]
        if not words:
            continue
        if theirs is None:
            theirs = extract(cand.text, cand.tokens)
        p = stated_by(q, query.text, query.tokens, theirs, cand.text, cand.tokens)
        if p is None:
            continue
        k = next((k for k, t in enumerate(cand.tokens) if t.start == p.start), None)
        if k is not None:
            out += [(i, k) for i in words]
    return out


RATE_TOLERANCE = 0.01  # "one in three" against "one-third" (0.333), "33 percent" (0.33)


def _rates_as_shares(query: Query, cand: Candidate, figures: list[Quantity]) -> list[tuple[int, int]]:
    """The claim's rate ("one in three graduates", read by `quantities`) where the passage gives
    it as a share ("one-third of the graduates", "33 percent"): (claim term, passage token) for
    both of its figures."""
    rates = [q for q in figures if q.type == "share" and " in " in q.text]
    if not rates:
        return []
    shares = [p for p in extract(cand.text, cand.tokens) if p.type in ("share", "percent")]
    out: list[tuple[int, int]] = []
    for q in rates:
        mine = [i for i, term in enumerate(query.terms) if q.start <= term.token.start < q.end]
        for p in shares:
            value = as_percent(p)
            k = next((k for k, t in enumerate(cand.tokens) if t.start == p.start), None)
            if value is not None and k is not None and abs(value / 100 - q.value) <= RATE_TOLERANCE:
                out += [(i, k) for i in mine]
        # ... or as a part of a whole ("of the 114 cadets ..., 23 have left": about one in five)
        for part in parts(cand.tokens):
            if abs(part.share - q.value) <= RATE_TOLERANCE:
                out += [(i, part.at) for i in mine]
    return out


def _percents_as_parts(query: Query, cand: Candidate, figures: list[Quantity]) -> list[tuple[int, int]]:
    """The claim's percentage ("44 percent have left") where the passage gives it as a part of
    a whole ("out of 250 officers ..., 110 have already quit"): (claim term, passage token)."""
    percents = [q for q in figures if q.type == "percent"]
    if not percents:
        return []
    found = parts(cand.tokens)
    out: list[tuple[int, int]] = []
    for q in percents:
        mine = [i for i, term in enumerate(query.terms) if q.start <= term.token.start < q.end]
        out += [(i, p.at) for p in found if abs(100 * p.share - q.value) <= PERCENT_ROUNDING for i in mine]
    return out


def hit_region(cand: Candidate) -> tuple[int, int]:
    """The tokens from the first word the matcher hit to the last: where the passage speaks
    of the claim."""
    hits = [k for k, _ in cand.scored.token_hits]
    return (min(hits), max(hits) + 1) if hits else (0, len(cand.tokens))
