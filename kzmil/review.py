"""`kzmil check --file`: every sentence of a draft classed, and each claim checked.

The statements are checked in one process against one open index, with the tokens of
the passages they read shared between them (`normalize.shared_tokens`), so a draft costs
its statements' own work, not a start-up per sentence. A sentence is one statement
whatever it holds; its verdict is the worst of its facts (the sentence as a claim, and
each direct quotation in it, held to the source's words), and the reasons name each.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from kzmil.draft import Draft, Sentence
from kzmil.index import Index
from kzmil.markup import ITEM, Block
from kzmil.models import Result, Span, Verdict
from kzmil.normalize import shared_tokens
from kzmil.quotes import check_quote
from kzmil.verdict import check
from kzmil.worthiness import Classing, classify, quotations

VERDICTS = ("supported", "contradicted", "not_found")
# Which fact decides a statement's verdict: a contradiction outweighs a gap, a gap support.
WORST = {"contradicted": 2, "not_found": 1, "supported": 0}


@dataclass
class Statement:
    """One sentence of the draft, its class and (when checked) its verdict."""

    sentence: Sentence
    kind: str  # the block it is in: heading, paragraph, item, quote, cell
    classing: Classing
    verdict: Verdict | None = None

    @property
    def checked(self) -> bool:
        return self.verdict is not None

    @property
    def label(self) -> str:
        """supported | contradicted | not_found | not_a_claim"""
        return self.verdict.verdict if self.verdict else "not_a_claim"

    def to_json(self) -> dict[str, Any]:
        s, v = self.sentence, self.verdict
        return {
            "n": s.n,
            "text": s.text,
            "line": s.line,
            "start": s.start,
            "end": s.end,
            "checked": v is not None,
            "verdict": v.verdict if v else None,
            "score": round(v.score, 1) if v else None,
            "reasons": v.reasons if v else [],
            "evidence": v.evidence.to_json() if v and v.evidence else None,
            "nearest": v.nearest.to_json() if v and v.nearest else None,
            "plain": s.plain,
            "kind": self.kind,
            "class": "check-worthy" if v else "not a claim",
            "why": self.classing.why,
        }


@dataclass
class Review:
    """A checked draft: what the report shows."""

    draft: Draft
    statements: list[Statement]
    corpus: list[str]  # the corpus folders searched
    date: str  # when it was checked (ISO date)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts = {"supported": 0, "contradicted": 0, "not_found": 0, "not_a_claim": 0}
        for st in self.statements:
            counts[st.label] += 1
        return counts

    def sources(self) -> list[Result]:
        """One evidence passage per article the report cites, in order of first use."""
        seen: dict[str, Result] = {}
        for st in self.statements:
            v = st.verdict
            shown = (v.evidence or v.nearest) if v else None
            if shown is not None and shown.doc not in seen:
                seen[shown.doc] = shown
        return list(seen.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.draft.name,
            "format": self.draft.format,
            "corpus": self.corpus,
            "date": self.date,
            "summary": self.summary(),
            "statements": [st.to_json() for st in self.statements],
        }


def check_draft(index: Index, draft: Draft, corpus: list[str]) -> Review:
    """Class every sentence of the draft and check the check-worthy ones."""
    statements: list[Statement] = []
    with shared_tokens():
        for s in draft.sentences:
            block = draft.blocks[s.block]
            classing = classify(
                s.plain,
                block.kind,
                index.proper_names,
                leads_list=_leads_list(draft, s),
                has_link=any(m.kind == "link" for m in s.marks(block)),
            )
            st = Statement(s, block.kind, classing)
            if classing.checkworthy:
                st.verdict = _verdict(index, s, block)
            statements.append(st)
    today = datetime.date.today().isoformat()
    return Review(draft, statements, corpus, today, list(draft.warnings))


def _leads_list(draft: Draft, s: Sentence) -> bool:
    """Is this the last sentence of a block that a list follows?"""
    nxt = s.n < len(draft.sentences) and draft.sentences[s.n].block != s.block
    if not nxt or s.block + 1 >= len(draft.blocks):
        return False
    return draft.blocks[s.block + 1].kind == ITEM and draft.blocks[s.block].kind != ITEM


def _verdict(index: Index, s: Sentence, block: Block) -> Verdict:
    """The worst of the sentence's facts: the sentence as a claim, and each quotation in it."""
    whole = check(index, s.plain)
    quotes = [check_quote(index, s.plain, span) for span in quotations(s.plain, block.kind)]
    if not quotes:
        return whole
    facts: list[tuple[str, str, Result | None, list[Span], float]] = [
        (q.verdict, q.reason, q.evidence, q.claim_highlights, 100.0 if q.verdict != "not_found" else 0.0)
        for q in quotes
    ]
    # A quotation held to the source's words settles what the sentence says; the rest of
    # the sentence (who said it, where) still counts when the source says otherwise.
    if whole.verdict == "contradicted" or any(q.verdict != "supported" for q in quotes):
        facts.append(
            (whole.verdict, "; ".join(whole.reasons), whole.evidence, whole.claim_highlights, whole.score)
        )
    worst = max(facts, key=lambda f: WORST[f[0]])
    reasons = [f"quotation: {q.reason}" for q in quotes]
    if whole.verdict == "contradicted" or any(q.verdict != "supported" for q in quotes):
        reasons += whole.reasons
    evidence = worst[2] if worst[0] != "not_found" else None
    nearest = None
    if worst[0] == "not_found":
        nearest = worst[2] or whole.nearest or whole.evidence
    highlights = [h for f in facts if f[0] == worst[0] for h in f[3]]
    return Verdict(
        s.plain,
        worst[0],
        worst[4],
        evidence,
        reasons,
        nearest=nearest,
        claim_highlights=highlights,
        coverage=whole.coverage,
        warnings=whole.warnings,
    )
