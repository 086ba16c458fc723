"""Direct quotations in a draft, checked word for word against the source.

A quotation is the source's exact words, so it is held to them: the passage that holds
most of the quoted words in order is found, the two are aligned word by word, and a
quoted word that differs from the source's (or is added to it) changes what the speaker
said. Spelling, case and punctuation never count, nor do little words such as "the";
a negation always does. An ellipsis in the quote marks words left out on purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kzmil.backend import IndexBackend
from kzmil.models import Result, Span
from kzmil.normalize import NEGATIONS, STOPWORDS, Token, tokenize
from kzmil.search import FindOptions, candidates, to_result

QUOTE_FOUND_MIN = 0.6  # share of the quote's words a passage must hold, in order, to be its source
READ = 3  # passages read for each quotation
# A quote whose first or last words differ from the source is set against as many source
# words, and this many more, so "every year" shows "for the first time", not the paragraph.
EDGE_SLACK = 2
_ELLIPSIS = re.compile(r"\.\.\.|\u2026|\[\.\.\.\]")


@dataclass
class QuoteCheck:
    """One quotation of a sentence: is it the source's words?"""

    span: tuple[int, int]  # of the quoted words in the sentence's plain text
    verdict: str  # supported | contradicted | not_found
    reason: str
    evidence: Result | None = None
    claim_highlights: list[Span] = field(default_factory=list)


def _key(t: Token) -> str:
    return t.norm if t.kind == "num" else t.stem


def _counts(t: Token) -> bool:
    """Does a difference in this word change what was said?"""
    return t.kind == "num" or t.norm in NEGATIONS or (t.norm not in STOPWORDS and len(t.norm) > 1)


def check_quote(index: IndexBackend, sentence: str, span: tuple[int, int]) -> QuoteCheck:
    """Find the quotation sentence[span] in the corpus and compare it word for word."""
    import difflib

    quote = sentence[span[0] : span[1]]
    _, cands, _ = candidates(index, quote, FindOptions(limit=READ))
    qtoks = [t for t in tokenize(quote) if not t.synthetic]
    gaps = [m.start() for m in _ELLIPSIS.finditer(quote)]
    best: tuple[float, int, list[Any]] | None = None
    best_cand = None
    for cand in cands[:READ]:
        ptoks = [t for t in cand.tokens if not t.synthetic]
        matcher = difflib.SequenceMatcher(
            None, [_key(t) for t in qtoks], [_key(t) for t in ptoks], autojunk=False
        )
        held = sum(b.size for b in matcher.get_matching_blocks())
        share = held / len(qtoks) if qtoks else 0.0
        if best is None or share > best[0]:
            best, best_cand = (share, held, matcher.get_opcodes()), (cand, ptoks)
    if best is None or best_cand is None or best[0] < QUOTE_FOUND_MIN:
        return QuoteCheck(span, "not_found", f"no source has the quoted words \u201c{_short(quote)}\u201d")
    cand, ptoks = best_cand
    result = to_result(index, cand, 1)
    shift = result.start - cand.rows[0].start
    said: list[str] = []
    source_spans: list[tuple[int, int]] = []
    claim_spans: list[tuple[int, int]] = []
    opcodes = best[2]
    first = next((i for i, op in enumerate(opcodes) if op[0] == "equal"), 0)
    last = max((i for i, op in enumerate(opcodes) if op[0] == "equal"), default=len(opcodes) - 1)
    for at, (tag, q1, q2, p1, p2) in enumerate(opcodes):
        if tag == "equal" or (tag == "insert" and not first <= at <= last):
            continue  # the passage's words before and after the quoted part are not quoted
        if tag == "replace" and at < first:
            p1 = max(p1, p2 - (q2 - q1) - EDGE_SLACK)  # the quote's own first words, not the passage's
        elif tag == "replace" and at > last:
            p2 = min(p2, p1 + (q2 - q1) + EDGE_SLACK)  # where the quote ends its sentence otherwise
        mine = [t for t in qtoks[q1:q2] if _counts(t)]
        theirs = [t for t in ptoks[p1:p2] if _counts(t)]
        if tag == "delete" or (tag == "replace" and not theirs):
            if not mine:
                continue
            said.append(f"the quote adds \u201c{_words(quote, qtoks[q1:q2])}\u201d")
        elif tag == "insert":
            if not theirs or _elided(qtoks, q1, gaps) or not any(t.norm in NEGATIONS for t in theirs):
                continue  # words left out (marked or not) change what was said only if they negate
            said.append(f"the quote leaves out \u201c{_words(cand.text, ptoks[p1:p2])}\u201d")
        elif not mine and not theirs:
            continue  # only small words differ ("a" for "the")
        else:
            said.append(
                f"the quote says \u201c{_words(quote, qtoks[q1:q2])}\u201d; "
                f"the source says \u201c{_words(cand.text, ptoks[p1:p2])}\u201d"
            )
        if q2 > q1:
            claim_spans.append((span[0] + qtoks[q1].start, span[0] + qtoks[q2 - 1].end))
        if p2 > p1:
            source_spans.append((ptoks[p1].start, ptoks[p2 - 1].end))
    if said:
        result.highlights = [
            Span(s - shift, e - shift)
            for s, e in source_spans
            if s - shift >= 0 and e - shift <= len(result.passage)
        ]
        result.hints = ["quote differs"]
        return QuoteCheck(span, "contradicted", "; ".join(said), result, [Span(s, e) for s, e in claim_spans])
    matched = [
        (ptoks[p1 + n].start, ptoks[p1 + n].end)
        for tag, _, _, p1, p2 in opcodes
        if tag == "equal"
        for n in range(p2 - p1)
    ]
    result.highlights = [
        Span(s - shift, e - shift) for s, e in matched if s - shift >= 0 and e - shift <= len(result.passage)
    ]
    return QuoteCheck(
        span, "supported", f"the quotation is the source's words: \u201c{_short(quote)}\u201d", result
    )


def _elided(qtoks: list[Token], at: int, gaps: list[int]) -> bool:
    """Is there an ellipsis in the quote just where source words are missing?"""
    lo = qtoks[at - 1].end if at > 0 else 0
    hi = qtoks[at].start if at < len(qtoks) else 10**9
    return any(lo <= g <= hi for g in gaps)


def _words(text: str, toks: list[Token]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


SHORT_QUOTE = 60  # characters of a quotation repeated in a reason


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT_QUOTE else text[: SHORT_QUOTE - 1].rsplit(" ", 1)[0] + "\u2026"
