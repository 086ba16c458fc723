"""`kzmil find`: candidates from the index, reranked, returned as Results."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from kzmil.backend import IndexBackend
from kzmil.conflicts import hints, skeleton
from kzmil.errors import UsageError
from kzmil.index import Row
from kzmil.match import (
    NUMBER_BOOST,
    Ceiling,
    Query,
    Scored,
    idf,
    match_span,
    parse_query,
    score_tokens,
    with_context,
)
from kzmil.models import Result, Span
from kzmil.normalize import Token, comparable, fts_term, shared, stem, tokenize
from kzmil.shortcite import short_citation
from kzmil.synonyms import spellings as regional_spellings

MAX_CLAIM_CHARS = 2000  # longer claims are cut here, with a warning
MAX_PASSAGE_CHARS = 600
CANDIDATES = 80  # what retrieval hands to the reranker, whatever the corpus size
CANDIDATE_SLACK = 2  # ... or this many per result asked for (-n 100), as windows overlap and merge
MERGE_SLACK = 4  # one passage in this many may be merged into a neighbour's window: score that many more
WINDOW_GAIN = 4.0  # a two-sentence window must beat its best sentence by this much
WINDOW_MIN_NEW_TERMS = 2  # ... and its second sentence must bring in this many claim terms
TYPO_MIN_SIMILARITY = 78
SPELLING_SIMILARITY = 1.0  # another transliteration of a name is that name: credit as for a stem
SPELLING_MIN_LETTERS = 5  # shorter words share skeletons by chance (bet/bit/bat)
SPELLING_MIN_CONSONANTS = 3  # ... as do words of fewer consonants
POSTINGS_BUDGET = 20_000  # postings read for one query's candidates (see retrieval_terms)
MIN_RETRIEVAL_TERMS = 3
# Rescored as single sentences even when fewer results are asked for: the two-sentence
# windows and `check` look past the top few.
RERANK_MIN = 10


@dataclass
class FindOptions:
    limit: int = 3
    min_score: float = 0.0
    context: int = 0
    sources: list[str] = field(default_factory=list)  # doc ids or publication/title substrings


@dataclass
class Candidate:
    rows: list[Row]
    scored: Scored
    tokens: list[Token]
    text: str
    before: list[Token] | None = None  # tokens of the two sentences before (see sentences_before)


@dataclass
class Found:
    results: list[Result]
    candidates: list[Candidate]
    warnings: list[str]


def clean_claim(claim: str) -> tuple[str, list[str]]:
    """Make any string searchable text; refuse an empty one."""
    warnings: list[str] = []
    text = claim.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    text = " ".join(text.split())
    if not text:
        raise UsageError("the claim is empty")
    if len(text) > MAX_CLAIM_CHARS:
        warnings.append(f"the claim is longer than {MAX_CLAIM_CHARS} characters; only the start is searched")
        text = text[:MAX_CLAIM_CHARS]
    return text, warnings


def weigh(index: IndexBackend, query: Query, spellings: bool = False) -> None:
    """Rare words and numbers weigh more; unknown words borrow their likely spelling; with
    `spellings`, a name also matches its other transliterations in the corpus."""
    # "programme" for "program", "organised" for "organized": the same word, counted in the
    # one look-up of every term's document frequency
    regional = [
        [fts_term(v) for v in regional_spellings(t.token.stem)]
        if t.token.kind == "word" and not t.token.cap
        else []
        for t in query.terms
    ]
    df = index.doc_freq(
        [*(fts_term(a) for t in query.terms for a in t.alts), *(v for vs in regional for v in vs)]
    )
    for term, other_spellings in zip(query.terms, regional, strict=True):
        freq = max((df.get(fts_term(a), 0) for a in term.alts), default=0)
        tok = term.token
        if spellings:
            for variant, n in spelling_variants(index, tok).items():
                term.typos[variant] = SPELLING_SIMILARITY
                term.spellings.add(variant)
                df[variant] = n
        for variant in other_spellings:
            if n := df.get(variant, 0):
                term.typos[variant] = SPELLING_SIMILARITY
                freq = max(freq, n)
        if freq == 0 and tok.kind == "word" and len(tok.stem) >= 4:
            choices = dict(index.terms_with_prefix(fts_term(tok.stem[:2])))
            for variant, sim, _ in process.extract(
                tok.stem, list(choices), scorer=fuzz.ratio, score_cutoff=TYPO_MIN_SIMILARITY, limit=3
            ):
                term.typos[variant] = max(term.typos.get(variant, 0.0), sim / 100.0)
                df[variant] = choices[variant]
            if term.typos:  # typos and other spellings alike: the word is as rare as its likeliest form
                freq = max(df.get(v, 0) for v in term.typos)
        term.weight = idf(freq, max(index.total, 1)) * (NUMBER_BOOST if term.is_number else 1.0)
    query.df = df


def spelling_variants(index: IndexBackend, tok: Token) -> dict[str, int]:
    """Index terms that write the name `tok` another way (Nazarbaev and Nazarbayev,
    Altynbayev and Altynbaev): a word the corpus capitalises, with the same first letter
    and consonant skeleton, the equivalence `check` uses for names. A claim word the
    corpus writes in lower case (a common word) has none."""
    word = tok.norm
    if tok.kind != "word" or len(word) < SPELLING_MIN_LETTERS or not word.isascii() or not word.isalpha():
        return {}
    shape = skeleton(word)
    if len(shape) < SPELLING_MIN_CONSONANTS:
        return {}
    consonants = shape[1:] if shape[0] == word[0] else shape
    found = [
        w
        for w in index.names_like(word[0] + "%" + "%".join(consonants) + "%")
        if w != word and skeleton(w) == shape
    ]
    if not found or index.proper_names([word]).get(word) is False:
        return {}
    terms = {fts_term(stem(w)) for w in found} - {fts_term(tok.stem)}
    return {t: n for t, n in index.doc_freq(terms).items() if n}


def spelling_hints(query: Query, cand: Candidate) -> list[str]:
    """ "spelt Nazarbayev" for each name the passage writes another way than the claim."""
    shown: dict[str, None] = {}
    for k, ti in cand.scored.token_hits:
        tok = cand.tokens[k]
        if fts_term(tok.stem) in query.terms[ti].spellings:
            word = re.sub(r"['’]s?$", "", cand.text[tok.start : tok.end])  # Nazarbaev's: Nazarbaev
            shown[f"spelt {word}"] = None
    return list(shown)


def _source_filter(index: IndexBackend, sources: list[str]) -> set[int] | None:
    if not sources:
        return None
    wanted = [s.casefold() for s in sources]
    ids = set()
    for d in index.docs().values():
        hay = " ".join(x for x in (d.doc, d.source.publication, d.source.title, d.path) if x).casefold()
        if any(w in hay for w in wanted):
            ids.add(d.id)
    if not ids:
        raise UsageError(f"no indexed article matches --source {' / '.join(sources)}")
    return ids


def _candidate(query: Query, rows: list[Row]) -> Candidate:
    text = " ".join(r.text for r in rows)
    toks = tokenize(text)
    return Candidate(rows, score_tokens(query, text, toks), toks, text)


def _by_score(order: dict[int, int]) -> Callable[[Candidate], tuple[float, int]]:
    """Sort key: best score first, ties in retrieval order."""
    return lambda c: (-c.scored.score, order[c.rows[0].id])


def _best_candidates(
    query: Query, ceiling: Ceiling, rows: list[Row], order: dict[int, int], need: int
) -> list[Candidate]:
    """The `need` best single sentences, tokenising only those whose ceiling can still
    reach the scores already found (the same list as scoring every row would give)."""
    key = _by_score(order)
    bounded = sorted(
        ((ceiling(_terms(r), comparable(r.text)), r) for r in rows),
        key=lambda br: (-br[0], order[br[1].id]),
    )
    scored: list[Candidate] = []
    for bound, row in bounded:
        if len(scored) >= need:
            scored.sort(key=key)
            del scored[need:]
            if bound < scored[-1].scored.score - 1e-9:
                break
        scored.append(_candidate(query, [row]))
    scored.sort(key=key)
    return scored[:need]


def _terms(row: Row) -> frozenset[str]:
    """A sentence's index terms as a set (made once per sentence while work is shared)."""
    memo = shared("row terms")
    if memo is None:
        return frozenset(row.terms.split())
    if row.terms not in memo:
        memo[row.terms] = frozenset(row.terms.split())
    terms: frozenset[str] = memo[row.terms]
    return terms


def sentences_before(index: IndexBackend, cand: Candidate) -> list[Token]:
    """Tokens of the two sentences before the passage, where a pronoun's name would be.
    Read once per candidate: ranking and the verdict both need them."""
    if cand.before is None:
        first = cand.rows[0]
        cand.before = [t for r in index.neighbours(first, 2, 0) if r.id != first.id for t in tokenize(r.text)]
    return cand.before


def retrieval_terms(query: Query) -> dict[str, float]:
    """Index terms and their weights for candidate retrieval: the rarest first, common
    ones only while the postings they bring stay within budget (the reranker still
    weighs every word of the claim)."""
    weighted: dict[str, float] = {}
    for term in query.terms:
        for alt in term.alts:
            weighted[fts_term(alt)] = max(weighted.get(fts_term(alt), 0.0), term.weight)
        for variant, sim in term.typos.items():
            weighted[variant] = max(weighted.get(variant, 0.0), term.weight * sim)
    weighted.pop("", None)
    chosen: dict[str, float] = {}
    postings = 0
    for key in sorted(weighted, key=lambda t: (query.df.get(t, 0), t)):
        freq = query.df.get(key, 0)
        if len(chosen) >= MIN_RETRIEVAL_TERMS and postings + freq > POSTINGS_BUDGET:
            break
        chosen[key] = weighted[key]
        postings += freq
    return chosen


def rank(index: IndexBackend, query: Query, doc_ids: set[int] | None, keep: int) -> list[Candidate]:
    """Best passages first: weighted-term candidates, rescored, widened to two sentences where that helps."""
    hits = index.search(retrieval_terms(query), max(CANDIDATES, CANDIDATE_SLACK * keep), doc_ids)
    rows = index.rows(hits)
    order = {i: n for n, i in enumerate(hits)}
    ceiling = Ceiling(query)
    need = max(keep + keep // MERGE_SLACK, RERANK_MIN)
    top = _best_candidates(query, ceiling, [rows[i] for i in hits if i in rows], order, need)
    if any(t.token.cap for t in query.terms):
        for cand in top:
            if len(cand.scored.matched) < len(query.terms):
                cand.scored = with_context(query, cand.scored, sentences_before(index, cand))
        top.sort(key=_by_score(order))
    widened = [_widened(index, query, ceiling, cand) for cand in top]
    widened.sort(key=lambda c: -c.scored.score)
    return _without_overlaps(widened)


# A claim this many terms long may be stated across two sentences; a shorter one is not widened.
WINDOW_MIN_TERMS = 4


def _widened(index: IndexBackend, query: Query, ceiling: Ceiling, cand: Candidate) -> Candidate:
    """The candidate, or the two-sentence window with a neighbour in its paragraph when the
    pair states clearly more of the claim than either sentence alone."""
    if cand.scored.coverage >= 0.999 or len(query.terms) < WINDOW_MIN_TERMS:
        return cand
    best = cand
    row = cand.rows[0]
    for nb in index.neighbours(row, 1, 1):
        if nb.id == row.id or nb.para != row.para or nb.heading or row.heading:
            continue  # a heading is a block of its own, never fused with its text
        pair = sorted([row, nb], key=lambda r: r.sent)
        if sum(len(r.text) for r in pair) > 2 * MAX_PASSAGE_CHARS:
            continue
        # the window must beat this sentence by WINDOW_GAIN; skip it when it cannot
        terms = set(row.terms.split()) | set(nb.terms.split())
        if ceiling(terms, comparable(" ".join(r.text for r in pair))) <= cand.scored.score + WINDOW_GAIN:
            continue
        wide = _candidate(query, pair)
        single = max((cand, _candidate(query, [nb])), key=lambda c: c.scored.score)
        added = set(wide.scored.matched) - set(single.scored.matched)
        if (
            len(added) >= WINDOW_MIN_NEW_TERMS
            and wide.scored.score > single.scored.score + WINDOW_GAIN
            and wide.scored.score > best.scored.score
        ):
            best = wide
    return best


def _without_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Each sentence once: a window drops the single sentences it holds, ranked below it."""
    out: list[Candidate] = []
    used: set[int] = set()
    for cand in cands:
        ids = {r.id for r in cand.rows}
        if ids & used:
            continue
        used |= ids
        out.append(cand)
    return out


def _trim(text: str, span: tuple[int, int] | None) -> tuple[int, int]:
    """A window of at most MAX_PASSAGE_CHARS around the match, cut at spaces."""
    if len(text) <= MAX_PASSAGE_CHARS:
        return 0, len(text)
    s, e = span or (0, 0)
    mid = (s + e) // 2
    lo = max(0, min(mid - MAX_PASSAGE_CHARS // 2, len(text) - MAX_PASSAGE_CHARS))
    hi = lo + MAX_PASSAGE_CHARS
    if lo > 0:
        sp = text.find(" ", lo)
        lo = sp + 1 if 0 <= sp < s else lo
    if hi < len(text):
        sp = text.rfind(" ", e, hi)
        hi = sp if sp > 0 else hi
    return lo, hi


def to_result(index: IndexBackend, cand: Candidate, rank_no: int, context: int = 0) -> Result:
    first = cand.rows[0]
    doc = index.doc(first.doc_id)
    span = match_span(cand.tokens, cand.scored.token_hits)
    lo, hi = _trim(cand.text, span)
    passage = cand.text[lo:hi]
    m_lo, m_hi = span if span else (lo, lo)
    m_lo, m_hi = max(m_lo, lo), min(m_hi, hi)
    highlights = sorted(
        {
            (cand.tokens[k].start - lo, cand.tokens[k].end - lo)
            for k, _ in cand.scored.token_hits
            if lo <= cand.tokens[k].start and cand.tokens[k].end <= hi
        }
    )
    start = first.start + lo
    end = cand.rows[-1].end - (len(cand.text) - hi)
    before = after = ""
    if context > 0:
        around = [r for r in index.neighbours(first, context, context + len(cand.rows) - 1) if not r.heading]
        before = " ".join(r.text for r in around if r.sent < first.sent)
        after = " ".join(r.text for r in around if r.sent > cand.rows[-1].sent)
    return Result(
        rank=rank_no,
        score=round(min(100.0, max(0.0, cand.scored.score)), 1),
        doc=doc.doc,
        passage=passage,
        match=cand.text[m_lo:m_hi],
        path=doc.path,
        line=first.line,
        start=start,
        end=end,
        para=first.para,
        citation=short_citation(doc.source, first.para),
        source=doc.source,
        highlights=[Span(s, e) for s, e in highlights],
        context_before=before,
        context_after=after,
    )


def candidates(
    index: IndexBackend, claim: str, options: FindOptions, spellings: bool = False
) -> tuple[Query, list[Candidate], list[str]]:
    """The ranked candidate passages for `claim` (what find and check both start from)."""
    text, warnings = clean_claim(claim)
    query = parse_query(text)
    if not query.terms:
        return query, [], warnings
    weigh(index, query, spellings)
    return query, rank(index, query, _source_filter(index, options.sources), options.limit), warnings


def find(index: IndexBackend, claim: str, options: FindOptions | None = None) -> Found:
    """The passages that best state `claim`, best first, each marked where it disagrees."""
    options = options or FindOptions()
    query, cands, warnings = candidates(index, claim, options, spellings=True)
    results: list[Result] = []
    for cand in cands:
        if len(results) >= options.limit:
            break
        if cand.scored.score < options.min_score or cand.scored.coverage <= 0:
            continue
        result = to_result(index, cand, len(results) + 1, options.context)
        result.hints = hints(query.text, query.tokens, cand.text, cand.tokens) + spelling_hints(query, cand)
        results.append(result)
    return Found(results, cands, warnings)
