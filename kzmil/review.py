"""`kzmil check --file`: every sentence of a draft classed, and each claim checked.

The statements are checked in one process against one open index, with the tokens of
the passages they read shared between them (`normalize.shared_work`), so a draft costs
its statements' own work, not a start-up per sentence. A sentence is one statement
whatever it holds; its verdict is the worst of its facts (the sentence as a claim, and
each direct quotation in it, held to the source's words), and the reasons name each.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kzmil.backend import IndexBackend
from kzmil.draft import Draft, Sentence
from kzmil.errors import UsageError
from kzmil.index import Doc, Report, Row
from kzmil.markup import ITEM, Block
from kzmil.models import Judgement, Result, Span, Verdict
from kzmil.names import is_person
from kzmil.normalize import Token, shared_work, tokenize
from kzmil.quotes import check_quote
from kzmil.verdict import check
from kzmil.worthiness import (
    NO_SPECIFICS,
    Classing,
    apposition,
    classify,
    clauses,
    like_siblings,
    probes,
    quotations,
    unframed,
)

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


def check_draft(index: IndexBackend, draft: Draft, corpus: list[str]) -> Review:
    """Class every sentence of the draft and check the check-worthy ones."""
    statements: list[Statement] = []
    index = SharedIndex(index)
    with shared_work():
        classings = [
            classify(
                s.plain,
                draft.blocks[s.block].kind,
                index.proper_names,
                leads_list=_leads_list(draft, s),
                has_link=any(m.kind == "link" for m in s.marks(draft.blocks[s.block])),
            )
            for s in draft.sentences
        ]
        like_siblings(classings, _list_runs(draft))
        for i, (s, classing) in enumerate(zip(draft.sentences, classings, strict=True)):
            block = draft.blocks[s.block]
            st = Statement(s, block.kind, classing)
            before = draft.sentences[max(0, i - ANTECEDENT_REACH) : i]
            if classing.checkworthy:
                try:
                    st.verdict = _verdict(index, s, block, before)
                except UsageError:  # nothing searchable in it after all: no claim to check
                    st.classing = Classing(False, "no checkable words")
            elif not classing.cues and classing.why == NO_SPECIFICS:
                st = _stated_after_all(index, st, s, block, before)
            statements.append(st)
    warnings = [
        f"{draft.name}: line {st.sentence.line}: {w}"
        for st in statements
        if st.verdict is not None
        for w in dict.fromkeys(st.verdict.warnings)
    ]
    today = time.strftime("%Y-%m-%d")
    return Review(draft, statements, corpus, today, warnings)


# Content words a sentence without specifics needs before the corpus is asked whether it states it.
STATED_MIN_WORDS = 6


def _stated_after_all(
    index: IndexBackend, st: Statement, s: Sentence, block: Block, before: list[Sentence] | None = None
) -> Statement:
    """A sentence with no specifics and nothing of the writer's voice ("She had hoped to become
    a military attaché") is checked when the corpus states it or says otherwise: then a source
    speaks to it, so it is a claim. Framing finds no passage that states it, and a short
    sentence ("Doctrine, too, has shifted.") is stated by a few common words anywhere."""
    if sum(1 for t in tokenize(s.plain) if t.kind == "word" and not t.stop) < STATED_MIN_WORDS:
        return st
    try:
        verdict = _verdict(index, s, block, before)
    except UsageError:
        return st
    if verdict.verdict is Judgement.NOT_FOUND:
        return st
    st.classing = Classing(True, "stated in the corpus")
    st.verdict = verdict
    return st


class SharedIndex:
    """The draft's index, remembering what it has read: the statements of one draft read the
    same passages, neighbours and word statistics again and again, and the index does not
    change while they are checked. (About a tenth of a draft's time.) Wraps any backend."""

    def __init__(self, base: IndexBackend) -> None:
        self.base = base
        self.report: Report = base.report
        self.total = base.total
        self._doc: dict[int, Doc] = {}
        self._rows: dict[int, Row] = {}
        self._around: dict[tuple[int, int, int, int], list[Row]] = {}
        self._proper: dict[str, bool | None] = {}
        self._lower: dict[str, bool | None] = {}
        self._df: dict[str, int | None] = {}

    @property
    def location(self) -> Path | str:
        return self.base.location

    def close(self) -> None:
        self.base.close()

    def end_read(self) -> None:
        self.base.end_read()

    def docs(self) -> dict[int, Doc]:
        return self.base.docs()

    def doc_by_name(self, name: str) -> Doc | None:
        return self.base.doc_by_name(name)

    def search(self, weighted: dict[str, float], limit: int, doc_ids: set[int] | None = None) -> list[int]:
        return self.base.search(weighted, limit, doc_ids)

    def paragraph(self, doc_id: int, para: int | None) -> list[Row]:
        return self.base.paragraph(doc_id, para)

    def names_like(self, pattern: str) -> list[str]:
        return self.base.names_like(pattern)

    def terms_with_prefix(self, prefix: str, limit: int = 5000) -> list[tuple[str, int]]:
        return self.base.terms_with_prefix(prefix, limit)

    def doc(self, doc_id: int) -> Doc:
        if doc_id not in self._doc:
            self._doc[doc_id] = self.base.doc(doc_id)
        return self._doc[doc_id]

    def rows(self, ids: Iterable[int]) -> dict[int, Row]:
        ids = list(ids)
        missing = [i for i in ids if i not in self._rows]
        if missing:
            self._rows.update(self.base.rows(missing))
        return {i: self._rows[i] for i in ids if i in self._rows}

    def neighbours(self, row: Row, before: int, after: int) -> list[Row]:
        key = (row.doc_id, row.sent, before, after)
        if key not in self._around:
            self._around[key] = self.base.neighbours(row, before, after)
        return list(self._around[key])

    def proper_names(self, words: Iterable[str]) -> dict[str, bool]:
        return _remembered(self._proper, words, self.base.proper_names)

    def lowercase_seen(self, words: Iterable[str]) -> set[str]:
        seen = self.base.lowercase_seen
        return set(_remembered(self._lower, words, lambda missing: dict.fromkeys(seen(missing), True)))

    def doc_freq(self, terms: Iterable[str]) -> dict[str, int]:
        return _remembered(self._df, terms, self.base.doc_freq)


V = TypeVar("V")


def _remembered(
    cache: dict[str, V | None], words: Iterable[str], fetch: Callable[[list[str]], Mapping[str, V]]
) -> dict[str, V]:
    """What `fetch` says of `words`, asking it only about words not asked about before; a
    word it says nothing of is remembered as such (None), so it is not asked again."""
    wanted = set(words)
    missing = [w for w in wanted if w not in cache]
    if missing:
        got = fetch(missing)
        cache.update((w, got.get(w)) for w in missing)
    return {w: v for w in wanted if (v := cache[w]) is not None}


def _list_runs(draft: Draft) -> list[list[int]]:
    """Sentence indexes of each list's items (consecutive item blocks make one list)."""
    runs: list[list[int]] = []
    last = -2
    for i, s in enumerate(draft.sentences):
        if draft.blocks[s.block].kind != ITEM:
            continue
        if s.block > last + 1 or not runs:
            runs.append([])
        runs[-1].append(i)
        last = s.block
    return runs


def _leads_list(draft: Draft, s: Sentence) -> bool:
    """Is this the last sentence of a block that a list follows?"""
    nxt = s.n < len(draft.sentences) and draft.sentences[s.n].block != s.block
    if not nxt or s.block + 1 >= len(draft.blocks):
        return False
    return draft.blocks[s.block + 1].kind == ITEM and draft.blocks[s.block].kind != ITEM


@dataclass
class Fact:
    """One thing a statement asserts, checked on its own."""

    kind: str  # sentence | clause | quotation
    lo: int  # its span in the sentence's plain text
    hi: int
    verdict: Verdict


def _verdict(index: IndexBackend, s: Sentence, block: Block, before: list[Sentence] | None = None) -> Verdict:
    """The worst of the sentence's facts: the sentence as a claim, each clause that asserts
    something of its own, and each quotation, held to the source's words."""
    whole = Fact("sentence", 0, len(s.plain), check(index, s.plain, item=block.kind == ITEM))
    lead = _framing_lead(index, s.plain, block)
    if lead is not None and whole.verdict.verdict != "supported":
        # "Not all Western investment has paid off: of 250 officers ..., 110 have quit": the
        # writer's gloss before the colon frames the fact after it, which is what is checked
        rest = check(index, s.plain[lead:])
        whole = Fact("sentence", 0, len(s.plain), _reframed(rest, [(0, lead)]))
    if whole.verdict.verdict == "not_found" and before:
        named = _named_for_pronoun(index, s.plain, before)
        if named is not None:
            whole = Fact("sentence", 0, len(s.plain), named)
    bare, cuts = unframed(s.plain) if whole.verdict.verdict == "not_found" else (s.plain, [])
    if cuts:
        # "X, the analysis argues, is Y": the frame names the source, not a fact to find
        framed = _reframed(check(index, bare), cuts)
        if framed.verdict != "not_found":
            whole = Fact("sentence", 0, len(s.plain), framed)
    if whole.verdict.verdict != "contradicted":
        whole = _without_apposition(index, s.plain, whole)
    parts = []
    # Clauses are read when no one passage states the whole sentence: each may be stated
    # (or contradicted) in a passage of its own.
    spans = clauses(s.plain) if whole.verdict.verdict == "not_found" else []
    if spans and spans != [(0, len(s.plain))]:
        # a clause in the writer's voice ("she seemed to embody everything ...") frames the
        # others: it is not a fact to find
        facts = [
            (lo, hi)
            for lo, hi in spans
            if classify(s.plain[lo:hi], block.kind, index.proper_names).checkworthy
        ]
        parts = [Fact("clause", lo, hi, check(index, s.plain[lo:hi])) for lo, hi in facts]
    elif whole.verdict.verdict == "not_found":
        # the first clause alone, read for a contradiction only: "She entered West Point in
        # 2003, and soon after ..." (a clause alone never supports the sentence)
        for lo, hi in probes(s.plain):
            probe = check(index, s.plain[lo:hi])
            if probe.verdict == "contradicted":
                parts = [Fact("clause", lo, hi, probe)]
    quotes = []
    for lo, hi in quotations(s.plain, block.kind):
        q = check_quote(index, s.plain, (lo, hi))
        v = Verdict(s.plain[lo:hi], Judgement(q.verdict), 100.0 if q.evidence else 0.0, None, [q.reason])
        if q.verdict == "not_found":
            v.nearest = q.evidence
        else:
            v.evidence = q.evidence
        v.claim_highlights = [Span(h.start - lo, h.end - lo) for h in q.claim_highlights]
        quotes.append(Fact("quotation", lo, hi, v))
    return combine(s.plain, whole, parts, quotes)


# Content words a gloss before a colon may have: "Not all Western investment has paid off:".
LEAD_WORDS = 6


def _framing_lead(index: IndexBackend, text: str, block: Block) -> int | None:
    """Where the fact starts after a short lead-in that ends in a colon and asserts nothing
    checkable of its own (a sweeping or evaluative gloss): None when there is no such lead,
    or what follows the colon is no claim."""
    colon = text.find(": ")
    if colon < 0 or text.find(":", colon + 1) >= 0:
        return None
    lead, rest = text[:colon], text[colon + 2 :]
    if sum(1 for t in tokenize(lead) if t.kind == "word" and not t.stop) > LEAD_WORDS:
        return None
    if classify(lead, block.kind, index.proper_names).checkworthy:
        return None
    if not classify(rest, block.kind, index.proper_names).checkworthy:
        return None
    return colon + 2


def _without_apposition(index: IndexBackend, text: str, whole: Fact) -> Fact:
    """A sentence that describes its subject on the way ("Ortiz, the first woman to command
    the fleet, took over in 2003") holds two facts, each perhaps stated in a sentence of its
    own: the sentence without the description, and the description said of the name. The
    worse of the two: a description no passage states is not supported by the rest, and the
    rest may be contradicted where the whole sentence found no passage."""
    cut = apposition(text)
    if cut is None:
        return whole
    (lo, hi), name = cut
    main = check(index, text[:lo] + " " + text[hi:])
    if main.verdict == "not_found":
        return whole
    described = check(index, f"{name}, {text[lo + 2 : hi - 2]}.")
    worst = max((main, described), key=lambda v: WORST[v.verdict])
    if worst.verdict == "not_found" and whole.verdict.verdict == "not_found":
        return whole  # the description is not stated: the sentence stays not found
    facts = [Fact("sentence", 0, len(text), v) for v in (main, described) if v.verdict == worst.verdict]
    return Fact("sentence", 0, len(text), _merged(text, worst.verdict, facts, False))


# How many sentences back a pronoun that opens a sentence may find its person.
ANTECEDENT_REACH = 2
# Pronouns that open a sentence about a person, and what stands for them: the name itself,
# or its possessive ("His mandate" is "Akhmetov's mandate").
_PERSONAL = {"he": "", "she": "", "his": "'s", "her": "'s"}


def _named_for_pronoun(index: IndexBackend, text: str, before: list[Sentence]) -> Verdict | None:
    """The verdict on a sentence that opens with "He", "She", "His" or "Her", read with the
    first person named in the nearest sentence before it ("She entered the academy in 2003"
    after "Yelena Milyuk ... has become an emblem"), when that reading finds a passage that
    states or contradicts it. Naming the person only adds a specific to find."""
    toks = tokenize(text)
    if not toks or not toks[0].cap or toks[0].norm not in _PERSONAL:
        return None
    for prev in reversed(before):
        opening = tokenize(prev.plain)[:1]
        if opening and opening[0].norm in _PERSONAL:
            continue  # "He also planned ... in Steppe Eagle exercises": the same person, named before
        person = _first_person(index, prev.plain)
        if person is None:
            continue
        said = person + _PERSONAL[toks[0].norm]
        v = check(index, said + text[toks[0].end :])
        if v.verdict == "not_found":
            return None
        shift, end = len(said) - toks[0].end, toks[0].end
        v.claim_highlights = [
            Span(max(0, h.start - shift), max(end, h.end - shift)) if h.end > len(said) else Span(0, end)
            for h in v.claim_highlights
        ]
        v.claim = text
        return v
    return None


def _first_person(index: IndexBackend, text: str) -> str | None:
    """The first run of capitalised words in `text` that names a person ("Yelena Milyuk",
    "Bolat Sembinov"), as written."""
    toks = [t for t in tokenize(text) if t.kind == "word"]
    caps = [t.norm for t in toks if t.cap]
    proper, common = index.proper_names(caps), index.lowercase_seen(caps)
    run: list[Token] = []
    for t in [*toks, None]:
        if t is not None and t.cap and proper.get(t.norm) and (not run or text[run[-1].end : t.start] == " "):
            run.append(t)
            continue
        if run and any(is_person(x, common) for x in run):
            people = [x for x in run if is_person(x, common)]
            return text[people[0].start : run[-1].end]
        run = [t] if t is not None and t.cap and proper.get(t.norm) else []
    return None


def _reframed(v: Verdict, cuts: list[tuple[int, int]]) -> Verdict:
    """A verdict on the unframed sentence, its claim highlights put back in the sentence's
    offsets (each cut frame shifts what follows it)."""

    def back(i: int) -> int:
        shift = 0
        for s, e in cuts:
            if i + shift >= s:
                shift += e - s
        return i + shift

    v.claim_highlights = [Span(back(h.start), back(h.end)) for h in v.claim_highlights]
    return v


def combine(text: str, whole: Fact, parts: list[Fact], quotes: list[Fact]) -> Verdict:
    """A statement's verdict from its facts.

    Contradicted when any fact is. A quotation held to the source's words settles what a
    sentence with quotations says (who said it cannot always be checked). Otherwise the
    sentence is supported when one passage states all of it, or when each of its clauses
    is stated somewhere; else it is not found, and the reasons say what was not."""
    if quotes and whole.verdict.verdict == "contradicted" and _within(whole.verdict.claim_highlights, quotes):
        # the conflict is in the quoted words, which the quotation's own check reads word for word
        whole = Fact(whole.kind, whole.lo, whole.hi, _demoted(whole.verdict))
    facts = [whole, *parts, *quotes]
    named = len(facts) > 1
    bad = [f for f in facts if f.verdict.verdict == "contradicted"]
    if bad:
        return _merged(text, "contradicted", bad, named)
    if quotes:
        gaps = [f for f in quotes if f.verdict.verdict != "supported"]
        return _merged(text, "not_found", gaps, named) if gaps else _merged(text, "supported", quotes, named)
    if whole.verdict.verdict == "supported":
        return whole.verdict
    if parts and all(f.verdict.verdict == "supported" for f in parts):
        return _merged(text, "supported", parts, named)
    gaps = [f for f in parts if f.verdict.verdict != "supported"] or [whole]
    return _merged(text, "not_found", [whole] if not parts else gaps, named)


def _within(spans: list[Span], quotes: list[Fact]) -> bool:
    """Do all these claim spans start inside the quotations?"""
    return bool(spans) and all(any(q.lo <= h.start < q.hi for q in quotes) for h in spans)


def _demoted(v: Verdict) -> Verdict:
    """A sentence verdict whose only conflicts were inside quotations: no longer a contradiction."""
    return Verdict(
        v.claim, Judgement.NOT_FOUND, v.score, None, v.reasons, nearest=v.evidence, coverage=v.coverage
    )


def _label(text: str, f: Fact) -> str:
    if f.kind == "quotation":
        return "quotation: "
    if f.kind == "clause":
        piece = " ".join(text[f.lo : f.hi].split())
        short = (
            piece if len(piece) <= CLAUSE_LABEL else piece[: CLAUSE_LABEL - 1].rsplit(" ", 1)[0] + "\u2026"
        )
        return f"\u201c{short}\u201d: "
    return ""


CLAUSE_LABEL = 48  # characters of a clause repeated before its reasons


def _merged(text: str, verdict: str, facts: list[Fact], named: bool) -> Verdict:
    """One verdict standing for `facts`: every reason, named by its fact, the first fact's
    evidence, and the claim's words that conflict, in the sentence's offsets."""
    reasons: list[str] = []
    for f in facts:
        for reason in f.verdict.reasons:
            line = (_label(text, f) if named else "") + reason
            if line not in reasons and reason not in reasons:
                reasons.append(line)
    lead = facts[0].verdict
    highlights = [Span(f.lo + h.start, f.lo + h.end) for f in facts for h in f.verdict.claim_highlights]
    evidence = next((f.verdict.evidence for f in facts if f.verdict.evidence), None)
    nearest = next((f.verdict.nearest for f in facts if f.verdict.nearest), None)
    return Verdict(
        text,
        Judgement(verdict),
        lead.score,
        evidence if verdict != "not_found" else None,
        reasons,
        nearest=nearest if verdict == "not_found" else None,
        claim_highlights=highlights,
        coverage=lead.coverage,
        warnings=[w for f in facts for w in f.verdict.warnings],
    )
