"""`kzmil check`: supported, contradicted or not found, and why.

The verdict reads the passages that find ranks highest. Whether the corpus
states the claim at all is decided by coverage: the IDF-weighted share of the
claim's content words and numbers that a passage carries (a claim about the
topic that the corpus never states covers too little). Whether it states it
differently is decided by the conflict detectors in `conflicts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kzmil.conflicts import HINTS, Conflict, name_conflicts, polarity_conflicts, quantity_conflicts
from kzmil.index import Index
from kzmil.match import Query
from kzmil.models import Span, Verdict
from kzmil.search import Candidate, FindOptions, candidates, sentences_before, to_result

SUPPORT_MIN = 0.56  # coverage a conflict-free passage needs to support the claim (see README: calibration)
TOPIC_MIN = 0.60  # coverage, leaving out the conflicting words, for a passage to be "about the same thing"
# A name in the claim's slot is easy to find in any sentence (the next capitalised word), so a
# name swap alone needs more of the rest of the claim stated to be the same statement.
NAME_TOPIC_MIN = 0.75
READ = 5  # how many ranked passages the verdict reads
MAX_CONFLICT_SHARE = 0.6  # conflicting words beyond this share of the claim's weight mean another topic


@dataclass
class Reading:
    cand: Candidate
    conflicts: list[Conflict]
    coverage: float
    topic: float  # coverage without the claim words that conflict


def _topic_coverage(query: Query, cand: Candidate, conflicts: list[Conflict]) -> float:
    """Coverage of the claim leaving out its conflicting words, counting them as missing
    when they are most of the claim (then the passage is about something else)."""
    spans = [c.claim_span for c in conflicts if c.claim_span]
    total = got = left_out = 0.0
    for i, term in enumerate(query.terms):
        if any(s <= term.token.start < e for s, e in spans):
            left_out += term.weight
            continue
        total += term.weight
        got += term.weight * cand.scored.matched.get(i, 0.0)
    if left_out > MAX_CONFLICT_SHARE * (total + left_out):
        total += left_out
    return got / total if total else 0.0


def _region(cand: Candidate) -> tuple[int, int]:
    hits = [k for k, _ in cand.scored.token_hits]
    return (min(hits), max(hits) + 1) if hits else (0, len(cand.tokens))


def read(index: Index, query: Query, cand: Candidate) -> Reading:
    """All the conflicts between the claim and one candidate passage."""
    ctoks = query.tokens
    around = sentences_before(index, cand)
    capitals = [t.norm for t in (*ctoks, *cand.tokens) if t.cap and t.kind == "word"]
    names = index.proper_names(capitals)
    conflicts = quantity_conflicts(query.text, ctoks, cand.text, cand.tokens)
    conflicts += name_conflicts(query.text, ctoks, cand.text, cand.tokens, around, names)
    conflicts += polarity_conflicts(query.text, ctoks, cand.text, cand.tokens, _region(cand))
    return Reading(cand, conflicts, cand.scored.coverage, _topic_coverage(query, cand, conflicts))


def _topic_min(r: Reading) -> float:
    return NAME_TOPIC_MIN if all(c.kind == "name" for c in r.conflicts) else TOPIC_MIN


def decide(readings: list[Reading]) -> tuple[str, Reading | None]:
    """The verdict from the readings, best-ranked first."""
    support = next((r for r in readings if not r.conflicts and r.coverage >= SUPPORT_MIN), None)
    against = next((r for r in readings[:3] if r.conflicts and r.topic >= _topic_min(r)), None)
    if support and (
        against is None
        or readings.index(support) < readings.index(against)
        or support.coverage >= against.topic
    ):
        return "supported", support
    if against:
        return "contradicted", against
    return "not_found", None


def check(index: Index, claim: str) -> Verdict:
    query, cands, warnings = candidates(index, claim, FindOptions(limit=READ))
    readings = [read(index, query, c) for c in cands[:READ] if c.scored.coverage > 0]
    verdict, chosen = decide(readings)
    if chosen is None:
        nearest = to_result(index, readings[0].cand, 1) if readings else None
        cov = readings[0].coverage if readings else 0.0
        reason = (
            f"the closest passage states only {cov:.0%} of the claim's key words and figures"
            if readings
            else "no passage shares the claim's key words"
        )
        return Verdict(
            query.text,
            "not_found",
            round(100 * cov, 1),
            None,
            [reason],
            nearest=nearest,
            coverage=cov,
            warnings=warnings,
        )
    result = to_result(index, chosen.cand, 1)
    shift = result.start - chosen.cand.rows[0].start
    if verdict == "supported":
        n = len(query.terms)
        matched = len(chosen.cand.scored.matched)
        reasons = [
            f"the source states the claim: {matched} of {n} key words and figures match, "
            f"{chosen.coverage:.0%} by weight, and nothing conflicts"
        ]
        return Verdict(
            query.text,
            verdict,
            round(100 * chosen.coverage, 1),
            result,
            reasons,
            coverage=chosen.coverage,
            warnings=warnings,
        )
    result.highlights = [
        Span(s - shift, e - shift)
        for c in chosen.conflicts
        if c.source_span
        for s, e in [c.source_span]
        if s - shift >= 0 and e - shift <= len(result.passage)
    ]
    result.hints = sorted({HINTS[c.kind] for c in chosen.conflicts})
    return Verdict(
        query.text,
        verdict,
        round(100 * chosen.topic, 1),
        result,
        [c.reason for c in chosen.conflicts],
        claim_highlights=[Span(*c.claim_span) for c in chosen.conflicts if c.claim_span],
        warnings=warnings,
        coverage=chosen.coverage,
    )
