"""Scoring a passage against a query: weighted coverage plus quote similarity.

Pure functions over tokens; the index supplies term frequencies and typo
variants, and this module decides how well a passage states the query.
"""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz

from kzmil.normalize import NEGATIONS, STOPWORDS, Token, comparable, content, fts_term, shared, stem, tokenize

NUMBER_BOOST = 1.5
PREFIX_MIN = 5  # Kazakh/Kazakhstani, econom/economi: shared stems at least this long
EXACT, STEM, PREFIX = 1.0, 0.95, 0.75
CONTEXT = 0.8  # credit for a claim name found only in the two sentences before the passage


@dataclass
class Term:
    """One content word or number of the query, and the forms that count as it."""

    token: Token
    weight: float = 1.0
    alts: set[str] = field(default_factory=set)  # stems that match fully (own stem, joined compound)
    typos: dict[str, float] = field(default_factory=dict)  # index stem -> similarity 0..1
    spellings: set[str] = field(default_factory=set)  # those of `typos` that spell this name another way

    @property
    def is_number(self) -> bool:
        return self.token.kind == "num"


@dataclass
class Query:
    text: str
    tokens: list[Token]
    terms: list[Term]
    comparable: str  # the claim as `comparable` writes it, for quote similarity
    df: dict[str, int] = field(default_factory=dict)  # index term -> passages holding it (set by weigh)
    # a list item of a draft ("- Huey II helicopters supplied through FMF"): it goes on from its
    # lead-in, which says whether its things were done, planned or hoped for
    item: bool = False

    def total_weight(self) -> float:
        """What full coverage weighs (never 0, so coverage can divide by it)."""
        return sum(t.weight for t in self.terms) or 1.0


def parse_query(text: str) -> Query:
    """The claim as weighted terms (weights are set later, from the index)."""
    tokens = tokenize(text)
    terms: list[Term] = []
    seen: dict[str, Term] = {}
    for tok in content(tokens):
        if tok.synthetic or tok.stem in seen:
            continue
        term = Term(tok, alts={tok.stem})
        seen[tok.stem] = term
        terms.append(term)
    # a hyphenated compound ("multi-layered") also matches its joined form, and the reverse
    for j, tok in enumerate(tokens):
        if tok.synthetic and tok.kind == "word" and tok.norm != "percent":
            for part in tokens[max(0, j - 2) : j]:
                if part.stem in seen and part.start >= tok.start:
                    seen[part.stem].alts.add(tok.stem)
    return Query(text, tokens, terms, comparable(text))


def idf(df: int, total: int) -> float:
    return math.log(1.0 + (total - df + 0.5) / (df + 0.5))


@dataclass
class Scored:
    """How one passage answers the query."""

    score: float
    coverage: float
    quote: float
    matched: dict[int, float]  # term index -> credit
    token_hits: list[tuple[int, int]]  # (token index in passage, term index)


@dataclass
class _Stems:
    """Where each stem stands in a passage, and each word that a longer or shorter stem
    may prefix-match, by its first PREFIX_MIN letters. Read-only once made."""

    by_stem: dict[str, list[int]]
    by_head: dict[str, list[int]]


def _stems(passage: str, ptoks: list[Token]) -> _Stems:
    """The passage's stem positions, made once per passage while work is shared."""
    memo = shared("passage stems")
    if memo is not None and passage in memo:
        made: _Stems = memo[passage]
        return made
    by_stem: dict[str, list[int]] = {}
    by_head: dict[str, list[int]] = {}
    for k, t in enumerate(ptoks):
        by_stem.setdefault(t.stem, []).append(k)
        if t.kind == "word" and not t.stop and len(t.stem) >= PREFIX_MIN:
            by_head.setdefault(t.stem[:PREFIX_MIN], []).append(k)
    made = _Stems(by_stem, by_head)
    if memo is not None:
        memo[passage] = made
    return made


def score_tokens(query: Query, passage: str, ptoks: list[Token] | None = None) -> Scored:
    ptoks = ptoks if ptoks is not None else tokenize(passage)
    stems = _stems(passage, ptoks)
    matched: dict[int, float] = {}
    hits: list[tuple[int, int]] = []
    total_w = query.total_weight()
    got = 0.0
    for ti, term in enumerate(query.terms):
        credit, where = _best(term, ptoks, stems)
        if credit > 0:
            matched[ti] = credit
            got += credit * term.weight
            hits.extend((k, ti) for k in where)
    coverage = got / total_w
    pf = comparable(passage)
    quote = quote_similarity(query, pf)
    score = 100.0 if query.comparable == pf else _score(query, coverage, quote)
    return Scored(score, coverage, quote, matched, hits)


def quote_similarity(query: Query, pf: str) -> float:
    """How closely the passage (comparable form) reads like the claim, word for word, 0..1.
    Ranking bounds a passage's score with it before scoring the passage with it again,
    so a draft's checks (`shared_work`) work each pair out once."""
    memo = shared("similarity")
    if memo is None:
        return _quote_similarity(query.comparable, pf)
    key = (query.comparable, pf)
    if key not in memo:
        memo[key] = _quote_similarity(query.comparable, pf)
    return float(memo[key])


def _quote_similarity(qf: str, pf: str) -> float:
    if not qf or not pf:
        return 0.0
    if len(qf) <= len(pf):
        return fuzz.partial_ratio(qf, pf) / 100.0
    return fuzz.ratio(qf, pf) / 100.0


# Stems an index leaves out (stop words, negations, one letter): a claim term equal to one
# of them may match a passage the index terms do not show, so its ceiling stays high.
_UNINDEXED = frozenset(stem(w) for w in STOPWORDS | NEGATIONS)
# Their starts that a word long enough to prefix-match could be (the test `prefixed` makes
# against each of them, done as one look-up).
_UNINDEXED_STARTS = frozenset(n[:k] for n in _UNINDEXED for k in range(PREFIX_MIN, len(n) + 1))


def _prefixes_unindexed(word: str) -> bool:
    """Is `word` (PREFIX_MIN letters or more) prefix-related to an unindexed stem?"""
    return word in _UNINDEXED_STARTS or any(word[:k] in _UNINDEXED for k in range(PREFIX_MIN, len(word)))


class _TermCeiling(NamedTuple):
    """What one claim term could earn, judged from index terms alone."""

    weight: float
    full: set[str]  # index terms that match it fully
    typos: list[tuple[str, float]]  # index term -> credit for a slip
    prefix: str  # its stem, when a longer word sharing the start may earn PREFIX credit
    floor: float  # credit assumed whatever the index terms say


class Ceiling:
    """The most `score_tokens` could give a passage, judged from its index terms alone.

    The reranker tokenises a passage only while its ceiling can still beat the passages
    already scored, so it reads the handful that matter out of its candidates and ranks
    them exactly as if it had read all of them. Every credit of `_best` is met or
    exceeded here: full matches count as exact, typo and prefix credit as possible
    whenever the index terms allow them."""

    def __init__(self, query: Query) -> None:
        self.query = query
        self.total = query.total_weight()
        self.parts: list[_TermCeiling] = []
        for term in query.terms:
            tok = term.token
            floor = 0.0  # credit assumed whatever the index terms say
            if any(a in _UNINDEXED or len(a) < 2 or not fts_term(a) for a in term.alts):
                floor = EXACT
            typos = [(fts_term(v), sim * STEM) for v, sim in term.typos.items()]
            if any(v in _UNINDEXED for v in term.typos):
                floor = max(floor, max(term.typos.values()) * STEM)
            prefix = ""
            if tok.kind == "word" and len(tok.stem) >= PREFIX_MIN:
                if not tok.stem.isalnum() or _prefixes_unindexed(tok.stem):
                    floor = max(floor, PREFIX)
                else:
                    prefix = tok.stem
            full = {fts_term(a) for a in term.alts}
            self.parts.append(_TermCeiling(term.weight, full, typos, prefix, floor))

    def __call__(self, terms: AbstractSet[str], pf: str) -> float:
        if self.query.comparable == pf:
            return 100.0
        got = 0.0
        heads: dict[str, list[str]] | None = None  # the terms by first letters, for the prefix test
        for weight, full, typos, prefix, floor in self.parts:
            if floor >= EXACT or not full.isdisjoint(terms):
                got += weight * EXACT
                continue
            credit = max((c for v, c in typos if v in terms), default=floor) if typos else floor
            if credit < PREFIX and prefix:
                if heads is None:
                    heads = _heads(terms)
                # a term prefix-related to `prefix` shares its first PREFIX_MIN letters
                if any(prefixed(prefix, t) for t in heads.get(prefix[:PREFIX_MIN], ())):
                    credit = PREFIX
            got += weight * max(credit, floor)
        return _score(self.query, got / self.total, quote_similarity(self.query, pf))


def _heads(terms: AbstractSet[str]) -> dict[str, list[str]]:
    """Index terms long enough to prefix-match, by their first PREFIX_MIN letters (made
    once per sentence's terms while work is shared)."""
    memo = shared("term heads") if isinstance(terms, frozenset) else None
    if memo is not None and terms in memo:
        made: dict[str, list[str]] = memo[terms]
        return made
    heads: dict[str, list[str]] = {}
    for t in terms:
        if len(t) >= PREFIX_MIN:
            heads.setdefault(t[:PREFIX_MIN], []).append(t)
    if memo is not None:
        memo[terms] = heads
    return heads


def prefixed(x: str, y: str) -> bool:
    """Does one stem start the other, the shorter at least PREFIX_MIN long (Kazakh/Kazakhstani)?"""
    a, b = (x, y) if len(x) <= len(y) else (y, x)
    return len(a) >= PREFIX_MIN and b.startswith(a)


# Quote similarity weighs at most this much of a score (coverage the rest), and reaches it for
# claims of QUOTE_TERMS content words or more: a long claim is more often a remembered quote.
QUOTE_WEIGHT = 0.35
QUOTE_TERMS = 8


def _score(query: Query, coverage: float, quote: float) -> float:
    """Coverage, with quote similarity weighing more the longer the claim."""
    a = QUOTE_WEIGHT * min(1.0, len(query.terms) / QUOTE_TERMS)
    return 100.0 * ((1.0 - a) * coverage + a * quote)


def with_context(query: Query, scored: Scored, before: list[Token]) -> Scored:
    """A passage may name someone by a pronoun ("she entered West Point"): a name of the
    claim stated in the sentences just before counts as present, at reduced credit."""
    names = {t.stem for t in before if t.cap and t.kind == "word" and not t.stop}
    extra = {
        ti: CONTEXT
        for ti, term in enumerate(query.terms)
        if ti not in scored.matched and term.token.cap and term.token.kind == "word" and term.alts & names
    }
    if not extra:
        return scored
    matched = {**scored.matched, **extra}
    total_w = query.total_weight()
    coverage = sum(query.terms[ti].weight * credit for ti, credit in matched.items()) / total_w
    return Scored(_score(query, coverage, scored.quote), coverage, scored.quote, matched, scored.token_hits)


def _best(term: Term, ptoks: list[Token], stems: _Stems) -> tuple[float, list[int]]:
    tok = term.token
    by_stem = stems.by_stem
    # its own stem first, then the first other form in sorted order (a set's order varies by process)
    if tok.stem in term.alts and tok.stem in by_stem:
        alt: str | None = tok.stem
    else:
        alt = min((a for a in term.alts if a in by_stem), default=None)
    if alt is not None:
        where = by_stem[alt]
        exact = any(ptoks[k].norm == tok.norm for k in where)
        return (EXACT if exact or alt != tok.stem else STEM), where
    best, where = 0.0, []
    for variant, sim in term.typos.items():
        if variant in by_stem and sim > best:
            best, where = sim * STEM, by_stem[variant]
    if best:
        return best, where
    if tok.kind == "word" and len(tok.stem) >= PREFIX_MIN:
        heads = stems.by_head.get(tok.stem[:PREFIX_MIN], ())
        where = [k for k in heads if prefixed(tok.stem, ptoks[k].stem)]
        if where:
            return PREFIX, where
    return 0.0, []


def match_span(ptoks: list[Token], hits: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The shortest stretch of the passage that holds every matched query term."""
    if not hits:
        return None
    hits = sorted(set(hits))
    need = len({ti for _, ti in hits})
    counts: dict[int, int] = {}
    best: tuple[int, int] | None = None
    lo = 0
    for hi in range(len(hits)):
        counts[hits[hi][1]] = counts.get(hits[hi][1], 0) + 1
        while len(counts) == need:
            s, e = ptoks[hits[lo][0]].start, ptoks[hits[hi][0]].end
            if best is None or e - s < best[1] - best[0]:
                best = (s, e)
            ti = hits[lo][1]
            counts[ti] -= 1
            if counts[ti] == 0:
                del counts[ti]
            lo += 1
    return best
