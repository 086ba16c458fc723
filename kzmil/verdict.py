"""`kzmil check`: supported, contradicted or not found, and why.

The verdict reads the passages that find ranks highest. Whether the corpus
states the claim at all is decided by coverage: the IDF-weighted share of the
claim's content words and numbers that a passage carries (a claim about the
topic that the corpus never states covers too little). Whether it states it
differently is decided by the conflict detectors in `conflicts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from kzmil import places
from kzmil.align import ANAPHORS, align
from kzmil.attribution import SOURCE_NOUNS, clause_verbs, frame_verbs, source_frame
from kzmil.backend import IndexBackend
from kzmil.causes import cause_missing, cause_of_a_cause, cause_replaced, cause_unstated, causes
from kzmil.comparisons import added_not_replaced
from kzmil.conflicts import (
    HINTS,
    Conflict,
    headline,
    name_conflicts,
    polarity_conflicts,
    quantity_conflicts,
)
from kzmil.credit import hit_region, paraphrased
from kzmil.evaluation import opposed
from kzmil.evidence import CONTEXT, Alignment, Evidence, source_line
from kzmil.forenames import nicknames
from kzmil.judgements import evaluations
from kzmil.match import NUMBER_BOOST, Query, idf
from kzmil.modality import (
    BE,
    deeds,
    finite,
    saying,
)
from kzmil.models import Judgement, Result, Span, Verdict
from kzmil.names import claim_names, given_names_before, is_person, name_match
from kzmil.normalize import NEGATIONS, Token, fts_term, stem, tokenize
from kzmil.planned import (
    SAYING_HEDGES,
    already_done,
    answer_unstated,
    deed_proposed,
    denied_clauses,
    figure_only_hoped,
    only_denied,
    only_planned,
    only_possible,
    planned_event_unstated,
    proof_unstated,
    purpose_only,
    still_planned,
    subject_may,
    wish_unmet,
)
from kzmil.quantities import CURRENCIES
from kzmil.reading import relative
from kzmil.referents import referent_conflicts
from kzmil.search import Candidate, FindOptions, candidates, sentences_before, to_result
from kzmil.shares import word_stated
from kzmil.specifics import Specific, extract_specifics
from kzmil.structure import CLAUSE_BREAK
from kzmil.synonyms import base_stem, paraphrases, synonyms
from kzmil.tenure import held_as_stated
from kzmil.timeline import timed_by_another_event
from kzmil.unstated import (
    change_unstated,
    commitment_unstated,
    deed_denied,
    deed_of_a_name_around,
    other_judgement,
    thinly_stated,
    unstated_clause,
    unstated_description,
    unstated_focus,
    unstated_object,
    unstated_phrase,
    unstated_predicate,
)
from kzmil.whose import (
    WHEN,
    deed_of_another,
    deed_of_antecedent,
    figure_of_another,
    name_run,
    said_of_another,
    sentence_spans,
    speaker_swapped,
)

if TYPE_CHECKING:
    from kzmil.index import Row

SUPPORT_MIN = 0.56  # coverage a conflict-free passage needs to support the claim (see README: calibration)
# ... and the share of the claim's words it states, each word counted once whatever its
# rarity. Rarity depends on the archive: among 20,000 other articles a claim's names are rare
# and its plain words ("agreed", "opened a base") common, so rarity-weighted coverage lets the
# names state the claim; counted plainly, the claim's point must be there too.
COUNTED_MIN = 0.60
TOPIC_MIN = 0.60  # coverage, leaving out the conflicting words, for a passage to be "about the same thing"
# A name in the claim's slot is easy to find in any sentence (the next capitalised word), so a
# name swap alone needs more of the rest of the claim stated to be the same statement.
NAME_TOPIC_MIN = 0.75
# A conflict of arrangement (roles exchanged, a comparison, order or quantifier turned) is found
# only where the passage states the claim's parts the other way round, so it is itself a sign
# of the same statement: less of the rest need be stated.
ARRANGED_TOPIC_MIN = 0.40
# A figure or date faces its counterpart in the same slot (the same unit, the same kind of
# date), which is itself a sign of the same statement, though the words around it may be
# reworded ("got under way across" for "began throughout"). Tried on the dev claims: 0.45
# turned unstated claims into contradictions; 0.60 left plain number swaps not found.
FIGURE_TOPIC_MIN = 0.50
ARRANGED = frozenset({"role", "quantifier", "comparison", "order"})
# An antonym may sit in another phrase of the passage ("long-term cooperation" against
# "short-term courses"): a little more of the claim must be stated around it. A bare denial,
# with no counterpart on the other side (kind "negation"), is found in any passage that leaves
# "not" out, and keeps TOPIC_MIN.
POLARITY_TOPIC_MIN = 0.45
# A support ranked below a contradiction must state clearly more of the claim than the
# contradiction does: a weaker passage shares the claim's generic words ("only a small
# proportion") more easily than its point. Ranked above, it yields to a contradiction that
# states clearly more than it does (a large archive reorders passages of like score).
OUTRANKED_MARGIN = 0.10
FOLLOWING = 1  # sentences after the passage, in its paragraph, read as its stated context
PASSAGES_READ = 5  # how many ranked passages the verdict reads
# Below the top three a passage is read only when the matcher already finds this much of the
# claim in it: the credit the alignment adds (figures written another way, paraphrases) has
# never lifted less to SUPPORT_MIN (no verdict changed on 945 dev claims, bundled or at 20k),
# and reading it costs a draft about a tenth of its time.
SUPPORT_FLOOR = 0.35
# A contradiction must come from this high in the ranking: further down, a passage that
# disagrees is more often about something else.
CONTRADICTION_RANKS = 3
# Conflicts of structure leave the claim's words stated (only their arrangement differs),
# so they do not take those words out of the topic coverage.
STRUCTURE = frozenset({"role", "title", "quantifier", "comparison", "order"})
MAX_CONFLICT_SHARE = 0.6  # conflicting words beyond this share of the claim's weight mean another topic


@dataclass
class Assessment:
    cand: Candidate
    conflicts: list[Conflict]
    coverage: float
    topic: float  # coverage without the claim words that conflict
    alignment: Alignment | None = None  # where the passage states each specific of the claim
    counted: float = 1.0  # coverage with every claim word weighing the same (see COUNTED_MIN)
    # the topic coverage counted so too: a contradiction's topic must hold both ways, or among
    # 20,000 other articles the claim's names (rare there) state it alone ("Sembinov visited a
    # U.S. Air Force base to inspect C-130 aircraft" against "supplying C-130 transport aircraft
    # to the Kazakhstani Air Force": U.S. against Kazakhstani)
    topic_counted: float = 1.0
    framing: frozenset[int] = frozenset()  # the claim's terms that only name its source (`_attribution`)

    @property
    def missing(self) -> list[Specific]:
        return self.alignment.missing if self.alignment else []


# Rarity counts towards coverage only up to that of a word in one passage in this many. A
# large archive makes names far rarer than the words that carry a claim's point ("opened a
# base"), and past this the names alone would state it; below it, rarity still tells a
# telling word from a common one. Retrieval and ranking keep the full weights.
RARITY_CAP_PASSAGES = 1000


def _weights(query: Query, total: int) -> list[float]:
    """Each claim term's weight for coverage: its IDF, capped (see RARITY_CAP_PASSAGES)."""
    if total < RARITY_CAP_PASSAGES:
        return [t.weight for t in query.terms]  # no word is rarer than the cap in so few passages
    cap = idf(total // RARITY_CAP_PASSAGES, total)
    return [min(t.weight, cap * (NUMBER_BOOST if t.is_number else 1.0)) for t in query.terms]


def _topic_coverage(
    query: Query, weights: list[float], matched: dict[int, float], conflicts: list[Conflict]
) -> float:
    """Coverage of the claim leaving out its conflicting words, counting them as missing
    when they are most of the claim (then the passage is about something else)."""
    spans = [c.claim_span for c in conflicts if c.claim_span and c.kind not in STRUCTURE]
    total = got = left_out = 0.0
    for i, term in enumerate(query.terms):
        if any(s <= term.token.start < e for s, e in spans):
            left_out += weights[i]
            continue
        total += weights[i]
        got += weights[i] * matched.get(i, 0.0)
    if left_out > MAX_CONFLICT_SHARE * (total + left_out):
        total += left_out
    return got / total if total else 0.0


def evidence(index: IndexBackend, cand: Candidate, names: dict[str, bool], claim: list[Token]) -> Evidence:
    """The passage with its stated context: the sentences before and the next one in its
    paragraph, the title, the publication and the authors (who wrote it says it)."""
    first, last = cand.rows[0], cand.rows[-1]
    doc = index.doc(first.doc_id)
    # one more after it, read when the next is a source line: "(Interfax, Moscow, September 12)."
    around = [
        r
        for r in index.neighbours(first, 2, last.sent - first.sent + FOLLOWING + 1)
        if not source_line(r.text)
    ]
    texts = [r.text for r in around if r.sent < first.sent]
    named = _antecedent(index, first, cand, texts)
    if named:
        texts.insert(0, named)
    preceding = len(texts)
    # the next sentence of the paragraph: a quote's attribution ("..., said Senator Lugar")
    texts += [r.text for r in around if r.sent > last.sent and r.para == last.para][:FOLLOWING]
    sentences = len(texts)
    texts += [x for x in (doc.source.title, doc.source.publication) if x]
    date = doc.source.date or ""
    dated = (int(date[:4]), int(date[5:7]) if len(date) >= 7 else 0) if date[:4].isdigit() else None
    common = index.lowercase_seen(t.norm for t in (*cand.tokens, *claim) if t.cap and t.kind == "word")
    breaks = [lo for lo, _ in sentence_spans(cand)[1:]]
    return Evidence(
        cand.text,
        cand.tokens,
        [(t, tokenize(t)) for t in texts],
        names,
        common,
        dated,
        breaks,
        preceding,
        sentences,
        list(doc.source.authors),
        doc.source.publication or "",
        doc.source.publisher or "",
        cache(lambda: [(r.text, tokenize(r.text)) for r in index.paragraph(first.doc_id, None)]),
    )


# How far back in its article a pronoun's antecedent is looked for, in sentences, when the
# sentences read as context do not name it: a paragraph's worth.
ANTECEDENT_REACH = 6


def _antecedent(index: IndexBackend, first: Row, cand: Candidate, before: list[str]) -> str | None:
    """The name of the person a passage's leading pronoun refers to ("she explained"), when
    neither the passage before the pronoun nor the sentences read as context name anyone: the
    last person named in the sentences before those. Only the name is taken, not its
    sentence, so nothing else is borrowed from further away."""
    pronoun = next((t for t in cand.tokens if t.norm in ANAPHORS), None)
    hits = [cand.tokens[k].start for k, _ in cand.scored.token_hits]
    if pronoun is None or (hits and pronoun.start > min(hits) and not _quote_speaker(cand, pronoun)):
        return None  # no pronoun ahead of what the passage says of the claim, nor its speaker

    def people(toks: list[Token]) -> list[int]:
        caps = [t.norm for t in toks if t.cap and t.kind == "word"]
        names, common = index.proper_names(caps), index.lowercase_seen(caps)
        return [
            k
            for k, t in enumerate(toks)
            if t.cap and t.kind == "word" and names.get(t.norm) and is_person(t, common)
        ]

    if people([t for t in cand.tokens if t.start < pronoun.start]) or any(
        people(tokenize(x)) for x in before
    ):
        return None
    earlier = index.neighbours(first, ANTECEDENT_REACH + len(before), 0)
    for row in reversed([r for r in earlier if r.sent < first.sent - len(before)]):
        toks = tokenize(row.text)
        found = people(toks)
        if len({toks[k].norm for k in found}) > 1 and not _one_name(row.text, toks, found):
            return None  # two people named: which one "she" is, the words do not say
        if found:
            k = j = found[-1]
            while j and toks[j - 1].cap and not row.text[toks[j - 1].end : toks[j].start].strip():
                j -= 1  # the whole name: "Yelena Milyuk"
            return row.text[toks[j].start : toks[k].end]
    return None


def _quote_speaker(cand: Candidate, pronoun: Token) -> bool:
    """Is the pronoun the speaker of the quotation before it ("..., ” she explained")?"""
    k = next(i for i, t in enumerate(cand.tokens) if t is pronoun)
    before = cand.text[cand.tokens[k - 1].end : pronoun.start] if k else ""
    return any(q in before for q in ("”", '"')) and k + 1 < len(cand.tokens) and saying(cand.tokens[k + 1])


def _one_name(text: str, toks: list[Token], found: list[int]) -> bool:
    """Are the name words at `found` one name written in a row ("Yelena Milyuk")?"""
    return all(b == a + 1 and not text[toks[a].end : toks[b].start].strip() for a, b in pairwise(found))


def assess(
    index: IndexBackend, query: Query, cand: Candidate, specs: list[Specific] | None = None
) -> Assessment:
    """All the conflicts between the claim and one candidate passage, and what it leaves unstated."""
    cand = paraphrased(query, cand)
    ctoks = query.tokens
    around = sentences_before(index, cand)
    capitals = [t.norm for t in (*ctoks, *cand.tokens) if t.cap and t.kind == "word"]
    names = index.proper_names(capitals)
    if specs is None:
        specs = extract_specifics(query.text, ctoks, claim_names(query.text, ctoks, names))
    ev = evidence(index, cand, names, ctoks)
    conflicts = quantity_conflicts(query.text, ctoks, cand.text, cand.tokens, around)
    conflicts += name_conflicts(query.text, ctoks, cand.text, cand.tokens, around, names, ev.context)
    conflicts += referent_conflicts(query.text, ctoks, cand.text, cand.tokens)
    conflicts += polarity_conflicts(query.text, ctoks, cand.text, cand.tokens, hit_region(cand))
    alignment = align(query.text, ctoks, specs, ev)
    _by_another_event(index, cand, query.text, ctoks, ev, alignment)
    _named_in_full(index, cand, ev, query, alignment)
    unstated, reversed_ = evaluations(query, cand, around)
    clauses = _clauses_in_context(ev, alignment)
    # a judgement stated in the clause beside the passage that states the claim's name there
    unstated = [s for s in unstated if not any(word_stated(t, toks) for _, toks in clauses for t in s.tokens)]
    planned = only_planned(query, cand)
    # a claim that prefers one side ("rather than") is read by its preference, which says more
    prefers = any(s.kind == "preference" for s in specs)
    unmet = [] if prefers else [c for c in (wish_unmet(query, cand, s) for s in planned) if c is not None]
    conflicts += unmet
    alignment.missing += unstated + thinly_stated(query, cand, alignment) + ([] if unmet else planned)
    alignment.missing += figure_only_hoped(query, ev, alignment) + deed_of_another(query, ev, alignment)
    alignment.missing += answer_unstated(query, ev) + unstated_phrase(query, cand, ev)
    alignment.missing += unstated_focus(query, cand, ev)
    alignment.missing += unstated_object(query, cand) + other_judgement(query, cand, ev)
    alignment.missing += unstated_clause(query, cand, ev, alignment)
    alignment.missing += unstated_description(query, cand, ev) + unstated_predicate(query, cand, ev)
    if denied := only_denied(query, cand):
        # what the passage reports as denied is no statement either way, nor one a denial reverses
        alignment.missing += denied
        conflicts = [c for c in conflicts if not (c.kind in ("negation", "polarity") and _in_denied(cand, c))]
    alignment.missing += deed_of_a_name_around(query, cand, ev, alignment)
    alignment.missing += [
        s
        for s in commitment_unstated(query, ev)
        if all(s.tokens[0] is not m.tokens[0] for m in alignment.missing)
    ]
    alignment.missing += change_unstated(query, cand, alignment)
    if not conflicts:  # a conflict already says more than a word left unstated
        alignment.missing += deed_denied(query, cand)
    done_instead = still_planned(query, cand)  # "is planning to set up" against "has enabled"
    if not done_instead:
        alignment.missing += planned_event_unstated(query, cand, ev)
    alignment.missing += timed_by_another_event(query.text, ctoks, ev)
    if link := (
        cause_unstated(query.text, ctoks, ev)
        or cause_missing(query.text, ctoks, ev)
        or cause_of_a_cause(query.text, ctoks, ev)
        or cause_replaced(query.text, ctoks, ev)
    ):
        alignment.missing.append(Specific("word", link, query.text[link[0].start : link[-1].end]))
        # a denial inside a cause the source never gives denies nothing it states: "because
        # Russian plants could not take on the work" is an added reason, not a reversal
        side = next((c.cause for c in causes(query.text, ctoks) if c.link == link), [])
        if side:
            lo, hi = side[0].start, side[-1].end
            conflicts = [
                c
                for c in conflicts
                if not (c.kind in ("negation", "polarity") and c.claim_span and lo <= c.claim_span[0] < hi)
            ]
    if not alignment.missing:
        alignment.missing += deed_proposed(query, cand, ev) + only_possible(query, cand, ev)
    if not alignment.missing:
        alignment.missing += purpose_only(query, cand, ev)
    if not alignment.missing:
        alignment.missing += subject_may(query, cand) + proof_unstated(query, cand, ev)
    conflicts += already_done(query, alignment)
    if (added := added_not_replaced(query.text, ctoks, cand.text, cand.tokens)) is not None:
        conflicts.append(added)
    if not conflicts and not alignment.missing:
        conflicts += done_instead
    if not any(c.kind in ("polarity", "negation", "evaluation") for c in conflicts):
        conflicts += reversed_ or _reversed_in_context(query, cand, clauses)
    conflicts = [c for c in conflicts if not (c.kind == "name" and _stated_name(c, alignment))]
    conflicts = [c for c in conflicts if not _year_said_relatively(c, ev)]
    # a date the passage gives another deed: the claim's stays unstated (not stated by the
    # article's own date either)
    elsewhere = [c for c in conflicts if _date_of_another_deed(c, query, ev)]
    conflicts = [c for c in conflicts if c not in elsewhere]
    spans = {s.span for s in alignment.missing}
    for c in elsewhere:
        if c.claim_span is not None and c.claim_span not in spans:
            alignment.missing.append(_unstated_date(query, c))
            spans.add(c.claim_span)
    conflicts = [c for c in conflicts if not _whole_of_part(c, query.text, cand.text, alignment)]
    conflicts = [c for c in conflicts if not (c.kind in JUDGING and _name_part(ev, c.source_span))]
    # "did not keep his post", "lost his post" against "recalled from his post": as the source states
    left = held_as_stated(query.text, ctoks, ev)

    def as_held(c: Conflict) -> bool:
        return c.kind in WORD_READINGS and _within(c.claim_span, left)

    conflicts = [_as_place(c) for c in conflicts if not as_held(c)]
    # ... and its words are stated, however worded: "lost his job" by "recalled from his post"
    alignment.missing = [s for s in alignment.missing if not (s.kind == "word" and _within(s.span, left))]
    taken = {c.claim_span for c in conflicts}
    conflicts += [
        c
        for c in alignment.conflicts
        if (c.claim_span not in taken or c.claim_span is None) and not as_held(c)
    ]
    conflicts = _one_per_designation(query.text, conflicts)
    conflicts = _title_read_once(conflicts)
    conflicts = [_paired(c, query, cand) for c in conflicts]
    matched = credited(query, cand, alignment)
    weights = _weights(query, index.total)
    flat = [NUMBER_BOOST if t.is_number else 1.0 for t in query.terms]
    whose = said_of_another(query, cand, alignment, matched, flat, ev.common, ev.names, COUNTED_MIN)
    swapped = speaker_swapped(query, cand, whose)
    conflicts += swapped
    alignment.missing += [] if swapped else whose
    alignment.missing += _said_by_another(query, cand, ev)
    alignment.missing += deed_of_antecedent(query, cand, alignment, ev.common)
    if not alignment.missing:
        alignment.missing += figure_of_another(query, cand, alignment, ev)
    frame = _attribution(query, alignment, ev)
    light = {i for i, t in enumerate(query.terms) if t.token.norm in LIGHT_PREPOSITIONS}
    for i in frame | light:
        weights[i] = flat[i] = 0.0  # who wrote it, where, and words that only relate: no content
    framed = [(query.terms[i].token.start, query.terms[i].token.end) for i in frame]

    def in_frame(span: tuple[int, int] | None) -> bool:
        return span is not None and any(lo < span[1] and span[0] < hi for lo, hi in framed)

    conflicts = [c for c in conflicts if not (c.kind in ("name", "place") and in_frame(c.claim_span))]
    # the claim's verb of framing ("the analysis warned that") is no judgement that a word
    # describing a thing of the passage reverses ("a keen participant", "as strong neighbours"):
    # only a word that judges in its own right does ("were confident", "a success for")
    verbs = {(t.start, t.end): t for t in clause_verbs(query.tokens)}
    conflicts = [
        c
        for c in conflicts
        if not (
            c.kind == "evaluation"
            and c.claim_span in verbs
            and not any(
                opposed(verbs[c.claim_span], t) and not _attributive(cand.tokens, k)
                for k, t in enumerate(cand.tokens)
                if t.kind == "word" and not t.cap
            )
        )
    ]
    alignment.missing = [s for s in alignment.missing if not in_frame(s.span)]
    # what the sentence pointed back at states supports the claim, never a conflict's topic
    stated = _with_antecedent(query, matched, cand, ev)
    coverage = sum(weights[i] * c for i, c in stated.items()) / (sum(weights) or 1.0)
    # a figure's conflicts may leave its topic to the sentences before (see FIGURE_KINDS)
    figures = bool(conflicts) and all(c.kind in FIGURE_KINDS for c in conflicts)
    told = _with_context(query, matched, ev) if figures else matched
    # a date stays with its own event, which the passage tells of its subject described again
    # ("The high-profile officer entered West Point in 2001"): who that is, the sentence before says
    before = _sentence_before(ev)
    if (
        before is not None
        and conflicts
        and all(_event_stated(query, c, matched) for c in conflicts)
        and _described_again(query, cand, before)
    ):
        told = _credit_before(query, matched, before)

    def topic_by(w: list[float]) -> float:
        return max(_topic_coverage(query, w, matched, conflicts), _topic_coverage(query, w, told, conflicts))

    counted = sum(flat[i] * c for i, c in stated.items()) / (sum(flat) or 1.0)
    return Assessment(
        cand, conflicts, coverage, topic_by(weights), alignment, counted, topic_by(flat), frozenset(frame)
    )


# Words that open a passage by pointing back at what the sentence before told: "These
# activities meet with the approval of Moscow" after the contracts were named.
POINTING_BACK = frozenset({"this", "these", "such"})


# A passage may open on its subject described again, not named: "The high-profile officer
# entered West Point in 2001" after "Yelena Milyuk, Kazakhstan's first female graduate ...".
# At most this many plain words between "the" and the verb.
REDESCRIBED_WORDS = 3
PERSONAL = frozenset({"he", "she"})


DAY_WORDS = frozenset({"day", "days"})
# Sentences on each side of the passage read for the dates of a claim's two events: an
# article's whole length, as a rule (the dates of a visit and a speech may be paragraphs apart).
ARTICLE_REACH = 60


NOT_DENIED_REACH = 2  # tokens from a negation to the verb of denial it takes back: "did not deny"


def _in_denied(cand: Candidate, c: Conflict) -> bool:
    """Does the conflict's passage word stand in a clause the passage reports as denied, or in
    the denial's own negation ("did not deny that ...", which asserts the clause no more)?"""
    if c.source_span is None:
        return False
    toks = cand.tokens
    spans = []
    for k, a, b in denied_clauses(cand.text, toks):
        negated = [j for j in range(max(0, k - NOT_DENIED_REACH), k) if toks[j].norm in NEGATIONS]
        spans.append((toks[negated[0] if negated else a].start, toks[b].end))
    return any(lo <= c.source_span[0] < hi for lo, hi in spans)


def _by_another_event(
    index: IndexBackend, cand: Candidate, claim: str, ctoks: list[Token], ev: Evidence, alignment: Alignment
) -> None:
    """A claim that dates its event by another ("two days before Sembinov completed his
    trip") is stated, or contradicted, by the dates the article gives the two: that reading
    takes the place of its "before" or "after" as an order, which the article's dates decide."""
    if not any(t.norm in DAY_WORDS for t in ctoks):
        return  # every cue counts days ("two days after", "the same day"): most claims have none
    # imported here: a module most claims never need costs every `kzmil check` start-up otherwise
    from kzmil.relative import relation, relative_date

    rel = relation(claim, ctoks)
    if rel is None:
        return
    rows = index.neighbours(cand.rows[0], ARTICLE_REACH, ARTICLE_REACH)
    own = {r.id for r in cand.rows}
    texts = [(ev.text, ev.tokens), *((r.text, tokenize(r.text)) for r in rows if r.id not in own)]
    found = relative_date(claim, ctoks, texts, ev.dated[0] if ev.dated else None, rel)
    if found is None:
        return
    # the cue, and the other event's words its dated sentence states, are read; a word of the
    # other event that sentence leaves out ("the southern bases") stays unstated
    settled = {id(t) for t in found.settled}
    alignment.missing = [s for s in alignment.missing if not all(id(t) in settled for t in s.tokens)]
    spans = {(t.start, t.end) for t in found.settled}
    alignment.conflicts = [c for c in alignment.conflicts if c.claim_span not in spans or c.kind == "name"]
    if isinstance(found.said, Conflict):
        alignment.conflicts.append(found.said)
        return
    alignment.matched.append((found.spec, found.said))
    cue = {id(t) for t in found.spec.tokens}
    for t in found.settled:
        if id(t) not in cue:  # credited as the passage's own: its sentence dates the event
            alignment.matched.append((Specific("dated", [t], claim[t.start : t.end]), found.said))


def _described_again(query: Query, cand: Candidate, before: list[Token]) -> bool:
    """Does the passage open on the person the claim opens with, named in the sentence before
    and not in the passage: by a pronoun as its subject ("She returned", "Unhappy, she
    returned") or by a description ("The high-profile officer entered")?"""
    toks = cand.tokens
    if len(toks) < 2:
        return False
    comma = next(
        (
            k + 1
            for k in range(min(len(toks) - 1, REDESCRIBED_WORDS))
            if "," in cand.text[toks[k].end : toks[k + 1].start]
        ),
        0,
    )
    pronoun = toks[comma].norm in PERSONAL  # the subject, after at most a short fronted phrase
    described = toks[0].norm == "the" and all(
        t.kind == "word" and not t.cap for t in toks[1 : REDESCRIBED_WORDS + 1]
    )
    if not (pronoun or described):
        return False
    subject = next((t for t in query.tokens if t.kind == "word" and not t.stop), None)
    if subject is None or not subject.cap or any(t.stem == subject.stem for t in toks):
        return False  # the claim opens on no name, or the passage names it itself
    return any(t.cap and t.stem == subject.stem for t in before)


def _event_stated(query: Query, c: Conflict, matched: dict[int, float]) -> bool:
    """Is the conflict a date whose event the passage states: the first plain word of the
    claim's clause that holds the date (its verb, after the subject) is matched ("entered the
    academy in 2003" against "entered West Point in 2001"), not another event dated otherwise
    ("retired from the navy in 1992")?"""
    if c.kind != "date" or c.claim_span is None:
        return False
    at = c.claim_span[0]
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(query.text, 0, at)]
    start = breaks[-1] if breaks else 0
    clause = [
        i
        for i, t in enumerate(query.terms)
        if start <= t.token.start and t.token.end <= at and t.token.kind == "word" and not t.token.cap
    ]
    return bool(clause) and matched.get(clause[0], 0.0) > 0


def _sentence_before(ev: Evidence) -> list[Token] | None:
    """The tokens of the sentence just before the passage, if the evidence holds it."""
    return ev.context_texts[ev.preceding - 1][1] if ev.preceding else None


def _with_antecedent(
    query: Query, matched: dict[int, float], cand: Candidate, ev: Evidence
) -> dict[int, float]:
    """A passage that opens by pointing back ("These activities ...") speaks of what the
    sentence just before it told: the claim's words stated there count as stated."""
    before = _sentence_before(ev)
    if before is None or not cand.tokens or cand.tokens[0].norm not in POINTING_BACK:
        return matched
    return _credit_before(query, matched, before)


def _credit_before(query: Query, matched: dict[int, float], toks: list[Token]) -> dict[int, float]:
    """The matcher's credit, with full credit for the claim words the sentence before states."""
    before = {t.stem for t in toks if t.kind == "word" and not t.stop}
    out = dict(matched)
    for i, term in enumerate(query.terms):
        if i not in out and term.token.kind == "word" and term.token.stem in before:
            out[i] = 1.0
    return out


# Conflicts of figures: their passage may leave the figure's topic to the sentence before it
# ("exercises in April 2003, ... Batys 2003" then "Around 5,000 troops participated"). Not
# dates: a date goes with its own event ("entered in 2001"), which the sentence before may not.
FIGURE_KINDS = frozenset({"number"})


def _with_context(query: Query, matched: dict[int, float], ev: Evidence) -> dict[int, float]:
    """The matcher's credit, with full credit for each claim word the sentences just before
    the passage state: a figure's topic, told once, holds for the sentence after it."""
    around = {t.stem for _, toks in ev.context_texts[: ev.preceding] for t in toks}
    out = dict(matched)
    for i, term in enumerate(query.terms):
        if term.token.stem in around:
            out[i] = 1.0
    return out


DENIALS = frozenset({"negation", "polarity"})
# Conflicts read from a word alone (a denial, an antonym, a valence), which a post kept or left
# as the source states it overrides: "lost his post" against "relieving him of his post".
WORD_READINGS = DENIALS | {"evaluation"}


# Prepositions the stop list leaves as words that only place or relate what the claim's other
# words state ("across the country", "toward Moscow"), which a passage relates with others
# ("in", "to"): they weigh nothing. Not those that add a circumstance of their own ("amid an
# investigation", "alongside its Iraq mission"), nor "among", which names the set a
# superlative ranks ("the outflow is heaviest among senior officers": tried, a wrong support).
LIGHT_PREPOSITIONS = frozenset("across toward towards throughout whilst".split())


def _within(span: tuple[int, int] | None, spans: list[tuple[int, int]]) -> bool:
    return span is not None and any(lo <= span[0] and span[1] <= hi for lo, hi in spans)


# The kinds of body a publisher's name ends in, which a claim may leave off ("Jamestown
# reported" for the Jamestown Foundation): a closed class of English.
ORGANISATION_HEADS = frozenset(
    "foundation institute institution center centre council society association group press trust "
    "fund endowment corporation company agency network forum project program programme".split()
)


# Verbs a body reports by (stems): "Jamestown reported", "the Institute found"; "said" is a person's.
REPORTING_BODY = frozenset(
    "report publish note conclud observ estim found argu wrote warn judg suggest".split()
)


def _reported_by(query: Query, span: tuple[int, int]) -> bool:
    """Is the name at `span` followed by a verb a body reports by, or by a kind of text and
    then such a verb or one of saying ("the Jamestown analysis warned")?"""
    after = _word_after(query, span)
    if after is not None and (after.stem in REPORTING_BODY or after.norm in REPORTING_BODY):
        return True
    return bool(_its_text_and_verb(query, span))


# Of REPORTING_BODY, the verbs by which a body relays what others said as well as its own:
# "Jamestown reported that ... 110 had quit" against "recent reporting observed that ...".
RELAYING = frozenset("report publish note observ found wrote".split())


def _owned(query: Query, spans: list[tuple[int, int]]) -> bool:
    """Does the claim give its source's short name a view of its own ("Jamestown suggested",
    "argued"), not a report it may relay ("Jamestown reported")?"""
    for span in spans:
        after = _word_after(query, span)
        if after is not None and after.stem not in RELAYING and after.norm not in RELAYING:
            return True
    return False


def _word_after(query: Query, span: tuple[int, int]) -> Token | None:
    """The claim's first content word after a source's name: its verb ("Jamestown reported")."""
    return next((t for t in query.tokens if t.start >= span[1] and t.kind == "word" and not t.stop), None)


def _its_text_and_verb(query: Query, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The kind of text and the verb after a source's name ("analysis warned" in "the Jamestown
    analysis warned"): they frame the claim as the name does and are no words it asserts."""
    after = [t for t in query.tokens if t.start >= span[1] and t.kind == "word" and not t.stop][:2]
    if len(after) == 2 and after[0].stem in SOURCE_NOUNS and _reports(after[1]):
        return [(t.start, t.end) for t in after]
    return []


def _given_to_another(tokens: list[Token]) -> bool:
    """Does the passage give its words to a source of their own ("according to X", "X, writing
    in the Review, warned", "the minister said")?"""
    for k, t in enumerate(tokens):
        after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if (t.norm, after) in GIVEN_BY or (_reports(t) and _speaker_before(tokens, k)):
            return True
    return False


GIVEN_BY = frozenset({("according", "to"), ("writing", "in"), ("writing", "for")})


def _reports(t: Token) -> bool:
    return t.stem in REPORTING_BODY or t.norm in REPORTING_BODY or saying(t)


def _named_alone(ev: Evidence, words: list[str]) -> bool:
    """Does the article write a publisher's own name without the kind of body after it ("Jimmy
    Carter said" beside "The Carter Center")? Then that name may be a person's, and a claim's
    "Carter said" is not the publisher's report. Unknown without the article."""
    if ev.article is None:
        return True
    short, head = words[:-1], words[-1]
    for _, toks in ev.article():
        norms = [t.norm for t in toks]
        for j in range(len(norms) - len(short) + 1):
            if norms[j : j + len(short)] == short and norms[j + len(short) : j + len(short) + 1] != [head]:
                return True
    return False


def _attribution(query: Query, alignment: Alignment, ev: Evidence) -> set[int]:
    """The claim's terms that name the article's author, publication or publisher as its
    source ("According to Roger McDermott, writing in the Central Asia-Caucasus Analyst, ...",
    "the Eurasia Daily Monitor argued"): stated by the article's metadata, they attribute the
    claim and say nothing the passage must hold. Only as a source, framed ("according to",
    "writing in", a verb of saying after): "The Jamestown Foundation allocated $400 million"
    makes it the doer. A name counts whole: "Central Asia" alone may be the claim's point."""
    spans = [spec.span for spec, found in alignment.matched if "the article's author" in found]
    for where in (ev.publication, ev.publisher):
        words = [t.norm for t in tokenize(where) if t.cap and not t.synthetic and not t.stop]
        spans += _named_in_claim(query, set(words))
        if len(words) > 1 and words[-1] in ORGANISATION_HEADS:
            # its own name without the kind of body it is, as a body reports: "Jamestown reported"
            # for "The Jamestown Foundation" (not "the Aga Khan said": a person says)
            short = [span for span in _named_in_claim(query, set(words[:-1])) if _reported_by(query, span)]
            # not for a view of its own when the passage gives the words to another ("Minister
            # Brenn suggested"): the publisher reports them, it does not suggest them itself
            owned = _owned(query, short) and _given_to_another(ev.tokens)
            if short and not _named_alone(ev, words) and not owned:
                spans += short
    spans = [span for span in spans if _framed(query, span, spans)]
    texts = {span: _its_text_and_verb(query, span) for span in spans}
    if any(texts.values()) and _given_to_another(ev.tokens):
        # "the Jamestown analysis warned" against "X, writing in the Baltic Review, warned":
        # the article reports another's words, which its publisher's text did not write
        spans = [span for span in spans if not texts[span]]
    else:
        spans += [s for words in texts.values() for s in words]
    spans += [(t.start, t.end) for t in source_frame(query.text, query.tokens, ev.dated)]
    return {i for i, term in enumerate(query.terms) if any(lo <= term.token.start < hi for lo, hi in spans)}


SPEAKERS = frozenset({"he", "she", "they", "we", "who"})
REPORTING = frozenset({"said", "told", "wrote"})  # irregular pasts of saying


def _speaker_before(tokens: list[Token], k: int) -> bool:
    """Is the verb of saying at k somebody's, named right before it: "the minister said",
    "Vega says", "critics argue", "they claim"? A bare form ("state") is a verb only after a
    plural or a pronoun ("either state" is a noun)."""
    before = [t for t in tokens[max(0, k - 2) : k] if t.kind == "word"]
    if not before:
        return False
    t, verb = before[-1], tokens[k].norm
    if t.norm in SPEAKERS:
        return True
    if t.stop:
        return False
    inflected = verb in REPORTING or verb.endswith(("s", "ed"))
    return inflected or t.norm.endswith("s")


# What the passage says just before a figure that makes it a part of a whole named before:
# "Of that total, 54 billion tenges", "of which 20 billion", "54 billion of it".
_PART_OF_WHOLE = re.compile(r"\bof\s+(?:that|this|the)\s+(?:total|sum|amount)\W*$|\bof\s+which\W*$", re.I)


def _whole_of_part(c: Conflict, claim: str, passage: str, alignment: Alignment) -> bool:
    """Is a figure conflict the claim's whole against the passage's part of it? "143 billion
    tenges" against "Of that total, 54 billion tenges", where the sentence before the passage
    states the 143 billion: the claim gives the whole, which is stated, not another part."""
    if c.kind != "number" or c.source_span is None or not _PART_OF_WHOLE.search(passage[: c.source_span[0]]):
        return False
    if not any(s.span == c.claim_span and found.endswith(CONTEXT) for s, found in alignment.matched):
        return False
    # ... unless the claim says of its whole what the passage says of the part: "143 billion
    # will go to salaries" against "Of that total, 54 billion will go to salaries"
    return not (_said_of_figure(claim, c.claim_span) & _said_of_figure(passage, c.source_span))


FIGURE_SAYING = 6  # plain words after a figure, to its clause's end, that say what it counts or does


def _said_of_figure(text: str, span: tuple[int, int] | None) -> set[str]:
    """The stems of the plain words the figure's clause says after it, but for its currency,
    which a whole and its part share."""
    if span is None:
        return set()
    end = CLAUSE_BREAK.search(text, span[1])
    rest = tokenize(text[span[1] : end.start() if end else len(text)])
    return {
        t.stem for t in rest[:FIGURE_SAYING] if t.kind == "word" and not t.stop and t.norm not in CURRENCIES
    }


def _attributive(tokens: list[Token], k: int) -> bool:
    """Is the source's word at k an adjective before its noun ("a keen participant", "strong
    neighbours"), which describes that thing, not a stance that a speaker takes?"""
    if not 0 < k < len(tokens) - 1:
        return False
    nxt, prev = tokens[k + 1], tokens[k - 1]
    return nxt.kind == "word" and not nxt.stop and not nxt.cap and prev.norm not in BE


def _said_by_another(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """The claim's plain verb of saying that frames it as the article's ("the blog argues
    that X"), where the passage gives X to somebody else with a verb of saying ("critics argue
    that X", "the minister said") or "according to": the article reports it, and does not say
    it. Not when the passage names the article, its author or its writer as the one who says
    it."""
    verbs = frame_verbs(query.text, query.tokens, ev.dated)
    toks = cand.tokens
    according = any(t.norm == "according" and u.norm == "to" for t, u in pairwise(toks))
    if not verbs or not (
        according or any(saying(t) and _speaker_before(toks, k) for k, t in enumerate(toks))
    ):
        return []
    own = {t.lower() for a in ev.authors for t in a.split()}
    if any(t.stem in SOURCE_NOUNS or t.norm in own for t in cand.tokens):
        return []
    return [Specific("word", verbs, query.text[verbs[0].start : verbs[-1].end])]


# Words before a source that frame it as one: "according to", "writing in", "a post on",
# "a writer at", "cited by", "quoted by".
FRAMING_BEFORE = frozenset({"according", "writing", "in", "on", "at", "by", "to", "from"})
FRAMING_REACH = 3  # "According to Roger McDermott", "writing in the Analyst"
FRAMING_GAP = 3  # characters between two source names that frame each other: "Foundation's Eurasia"


def _framed(query: Query, span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Is the name at `span` framed as the claim's source: a framing word just before it, a
    verb of saying just after it, or another source name beside it ("the Jamestown
    Foundation's Eurasia Daily Monitor")?"""
    toks = query.tokens
    before = [t for t in toks if t.end <= span[0] and not t.synthetic][-FRAMING_REACH:]
    after = [t for t in toks if t.start >= span[1] and not t.synthetic and t.kind == "word"][:FRAMING_REACH]
    if any(t.norm in FRAMING_BEFORE for t in before):
        return True
    said = next((t for t in after if not t.stop), None)  # "the Monitor reported", not "analysts argued"
    if said is not None and (saying(said) or said.stem in SAYING_HEDGES):
        return True
    if said is not None and said.stem in SOURCE_NOUNS and _reported_by(query, span):
        return True  # "the Jamestown analysis warned": its text, then what it says
    return any(
        other != span and (0 <= other[0] - span[1] <= FRAMING_GAP or 0 <= span[0] - other[1] <= FRAMING_GAP)
        for other in spans
    )


def _named_in_claim(query: Query, names: set[str]) -> list[tuple[int, int]]:
    """Where the claim writes the whole of a name, its words joined by spaces or hyphens."""
    spans: list[tuple[int, int]] = []
    stretch: list[Token] = []
    for t in [*(u for u in query.tokens if not u.synthetic), None]:
        joined = t is not None and stretch and query.text[stretch[-1].end : t.start] in (" ", "-")
        if t is not None and t.cap and t.norm in names and (joined or not stretch):
            stretch.append(t)
            continue
        if names and {u.norm for u in stretch} >= names:
            spans.append((stretch[0].start, stretch[-1].end))  # the publication's whole name
        stretch = [t] if t is not None and t.cap and t.norm in names else []
    return spans


JUDGING = frozenset({"evaluation", "polarity"})  # conflicts a source word makes by its sense


def _name_part(ev: Evidence, span: tuple[int, int] | None) -> bool:
    """Is the source's word part of a name, which judges nothing: written in lower case here
    ("the cooperative threat reduction program") but capitalised beside the same neighbour
    elsewhere in the article ("the Cooperative Threat Reduction Program")?"""
    if span is None or ev.article is None:
        return False
    k = next((i for i, t in enumerate(ev.tokens) if t.start == span[0]), None)
    if k is None or ev.tokens[k].cap:
        return False
    word = ev.tokens[k].norm
    beside = {ev.tokens[j].norm for j in (k - 1, k + 1) if 0 <= j < len(ev.tokens)}
    for text, toks in ev.article():
        if headline(text, toks):
            continue  # a heading capitalises every word: "Artificial Intelligence Tools"
        words = [t for t in toks if not t.synthetic]
        for a, b in pairwise(words[1:]):  # not the sentence's first word, capitalised anyway
            if (
                a.cap
                and b.cap
                and ((a.norm == word and b.norm in beside) or (b.norm == word and a.norm in beside))
            ):
                return True
    return False


NAME_CLAUSE = 5  # words before a name read as its clause: "meet with the approval of Moscow"


def _clauses_in_context(ev: Evidence, alignment: Alignment) -> list[tuple[str, list[Token]]]:
    """The clause around each name of the claim that is found only in a sentence beside the
    passage: a claim that joins two adjacent sentences states its point there."""
    words = [
        t for s, found in alignment.matched if found.endswith(CONTEXT) and s.kind == "name" for t in s.tokens
    ]
    if not words:
        return []
    out = []
    for text, toks in ev.context_texts[: ev.sentences]:
        at = next((k for k, p in enumerate(toks) if any(word_stated(t, [p]) for t in words)), None)
        if at is not None:
            out.append((text, toks[max(0, at - NAME_CLAUSE) : at + 1]))
    return out


def _said_closely(t: Token, tokens: list[Token]) -> bool:
    """Is the word stated among `tokens` as itself or a close paraphrase? Not by any WordNet
    synonym of any sense: "defense" (of "defense ministers") is one of "opposed"."""
    near = paraphrases(t.stem)
    return any(p.stem == t.stem or p.stem in near for p in tokens)


def _reversed_in_context(
    query: Query, cand: Candidate, clauses: list[tuple[str, list[Token]]]
) -> list[Conflict]:
    """A word of the claim reversed in the clause of context that states another of its
    specifics, when the passage leaves it unstated ("the contracts with Belarus met with the
    disapproval of Moscow" against "... two contracts ... These activities meet with the
    approval of Moscow"): the passage's own words still decide the rest."""
    for text, toks in clauses:
        for c in polarity_conflicts(query.text, query.tokens, text, toks, (0, len(toks))):
            lo, hi = c.claim_span or (0, 0)
            words = [t for t in query.tokens if lo <= t.start < hi]
            if c.kind == "polarity" and words and not any(_said_closely(t, cand.tokens) for t in words):
                return [replace(c, source_span=None, note=f"{c.reason}{BESIDE}", sentence=text)]
    return []


def _unstated_date(query: Query, c: Conflict) -> Specific:
    lo, hi = c.claim_span or (0, 0)
    return Specific("date", [t for t in query.tokens if lo <= t.start < hi], query.text[lo:hi])


def _date_of_another_deed(c: Conflict, query: Query, ev: Evidence) -> bool:
    """Does the passage give its date to another deed than the claim's, in another sentence
    from the one that tells the claim's deed? "met Armitage on November 16" against "completed
    a trip on November 19. ... met Armitage": the passage dates the trip, not the meeting, so
    the claim's date is unstated, not contradicted."""
    if c.kind != "date" or c.claim_span is None or c.source_span is None:
        return False
    lo = c.claim_span[0]
    mine = [i for i in deeds(query.tokens, query.text) if query.tokens[i].start < lo]
    if not mine:
        return False
    deed = query.tokens[mine[-1]]
    near = {deed.stem} | synonyms(deed.stem)
    dated = next((p for p in ev.tokens if p.start >= c.source_span[0]), None)
    told = [p for p in ev.tokens if p.stem in near]
    if dated is None or not told:
        return False
    return not any(ev.one_sentence(p, dated) for p in told)


def _year_said_relatively(c: Conflict, ev: Evidence) -> bool:
    """A year of the claim that the passage gives as "this year" or "last year", by its
    article's date ("39 in 2003" against "in 2001 17 ... and this year that number will reach
    39", in 2003): no other year, whatever other year the passage names."""
    if c.kind != "date" or not ev.dated or not re.fullmatch(r"\d{4}", c.claim.strip()):
        return False
    return any(ev.dated[0] + shift == int(c.claim) for _, shift, _ in relative(ev.text, "year"))


def _one_per_designation(claim: str, conflicts: list[Conflict]) -> list[Conflict]:
    """A model's letters and number ("MiG-29" against "Su-27") are one designation: one
    conflict, held to what a figure needs, not also to what a swapped name needs."""
    letters = {
        c.claim_span[1] + 1: c
        for c in conflicts
        if c.kind == "name" and c.claim_span and claim[c.claim_span[1] : c.claim_span[1] + 1] == "-"
    }
    out, merged = [], set()
    for c in conflicts:
        span = c.claim_span
        name = letters.get(span[0]) if c.kind == "number" and span else None
        if name is not None and span:
            figure = c.source.split()[0] if c.source else ""
            c = replace(c, claim=f"{name.claim}-{claim[span[0] : span[1]]}", source=f"{name.source}-{figure}")
            merged.add(id(name))
        out.append(c)
    return [c for c in out if id(c) not in merged]


def _named_in_full(
    index: IndexBackend, cand: Candidate, ev: Evidence, query: Query, alignment: Alignment
) -> None:
    """Words of a claim's name that the passage leaves out of a name it states in part
    ("Senator Richard Lugar" for "Lugar", in it or around it), found when the article gives the whole name, as
    written in the claim, earlier on: an article names a person in full once."""
    missing = [s for s in alignment.missing if s.kind == "name"]
    if not missing:
        return
    stated = {id(t) for s, _ in alignment.matched if s.kind == "name" for t in s.tokens}
    wanted: dict[tuple[int, int], list[Specific]] = {}
    for spec in missing:
        lo, hi = name_run(query.text, query.tokens, spec.tokens[0])
        if any(id(t) in stated for t in query.tokens if lo <= t.start < hi):
            wanted.setdefault((lo, hi), []).append(spec)
    if not wanted:
        return
    first = cand.rows[0]
    earlier = [r for r in index.neighbours(first, first.sent, 0) if r.sent < first.sent]
    words = [t.norm for r in earlier for t in tokenize(r.text)]
    for (lo, hi), specs in wanted.items():
        run = [t.norm for t in query.tokens if lo <= t.start < hi]
        if any(words[k : k + len(run)] == run for k in range(len(words) - len(run) + 1)):
            written = query.text[lo:hi]
            for spec in specs:
                alignment.missing.remove(spec)
                alignment.matched.append((spec, f"{written}, earlier in the article{CONTEXT}"))
            continue
        titled = _titled_elsewhere(index, cand, ev, [t for t in query.tokens if lo <= t.start < hi])
        for spec in specs:
            full = titled or _full_name_elsewhere(index, query, spec.tokens[0])
            if full is not None:
                alignment.missing.remove(spec)
                alignment.matched.append((spec, f"{full}, elsewhere in the corpus{CONTEXT}"))


def _titled_elsewhere(index: IndexBackend, cand: Candidate, ev: Evidence, run: list[Token]) -> str | None:
    """ "Defense Minister Mukhtar Altynbayev" where the passage says "Altynbayev": the whole
    name and title, as the claim writes them, in another passage of the corpus. Only when
    the passage gives the person no title of its own: a title changes with time ("Prime
    Minister" in 2004, "Defense Minister" in 2008), and the passage's is the one that holds."""
    if len(run) < 2:
        return None
    surname = run[-1]
    k = next((i for i, t in enumerate(cand.tokens) if name_match(surname, t, False)), None)
    if k is None:
        return None
    mine = {t.norm for t in run}
    j = k - 1
    while j >= 0 and cand.tokens[j].cap and cand.tokens[j].kind == "word" and not cand.tokens[j].stop:
        if cand.tokens[j].norm not in mine:  # (a capitalised "As" opening the sentence is no title)
            return None  # the passage's own title or name: "Defense Minister Daniyal Akhmetov"
        j -= 1
    titles = _title_words([t.norm for t in run[:-1]], index)  # "prime", "minister"
    for _, toks in ev.article() if ev.article else []:
        for i, t in enumerate(toks):
            if name_match(surname, t, False) and _another_title(toks, i, titles, index):
                return None  # the article's own title of the same kind: "Defense Minister" in 2008
    reach = len(run) + TITLE_SLACK
    rows = index.rows(index.search({fts_term(surname.stem): 1.0}, FULL_NAME_PASSAGES))
    for row in rows.values():
        toks = [t for t in tokenize(row.text) if not t.synthetic]
        for i, t in enumerate(toks):
            if not name_match(surname, t, False):
                continue
            near = toks[max(0, i - reach) : i + reach + 1]
            at = [k for k, x in enumerate(near) if x.norm in mine]
            if mine <= {x.norm for x in near} and all(
                x.norm in mine for x in near[min(at) : max(at) + 1] if x.cap and x.kind == "word"
            ):  # "Mukhtar Altynbayev, Minister of Defense"; no other name among them
                return row.text[near[min(at)].start : near[max(at)].end]
    return None


def _another_title(toks: list[Token], i: int, titles: set[str], index: IndexBackend) -> bool:
    """Does the run of capitals before the name at i hold a title of the claim's kind (one
    word shared, "Minister") that is not the claim's ("Defense Minister" for "Prime Minister")?"""
    j = i - 1
    while j >= 0 and toks[j].cap and toks[j].kind == "word":
        j -= 1
    theirs = _title_words([t.norm for t in toks[j + 1 : i]], index)
    return bool(theirs & titles) and bool(theirs - titles) and bool(titles - theirs)


def _title_words(before: list[str], index: IndexBackend) -> set[str]:
    """The words of a title before a surname: all but a given name right before it (a word
    the corpus never writes in lower case): "Prime Minister Daniyal" -> prime, minister."""
    if before and not index.lowercase_seen([before[-1]]):
        before = before[:-1]
    return set(before)


# Words beyond the claim's own that may stand among a name and its title elsewhere: "Mukhtar
# Altynbayev, Minister of Defense" for "Defense Minister Mukhtar Altynbayev" (the "of").
TITLE_SLACK = 2


# Passages read for a given name the corpus writes with the claim's surname elsewhere: the
# search ranks passages with the rare given name first, so a full name is among the first few.
FULL_NAME_PASSAGES = 20


def _full_name_elsewhere(index: IndexBackend, query: Query, given: Token) -> str | None:
    """ "Nursultan Nazarbayev" where the passage says "President Nazarbaev": a given name the
    corpus writes before that surname (in any spelling of it) in another passage. Only the
    pair counts: a given name the corpus gives nobody of that surname stays unstated."""
    k = next(i for i, t in enumerate(query.tokens) if t is given)
    if k + 1 >= len(query.tokens) or not query.tokens[k + 1].cap:
        return None
    surname = query.tokens[k + 1]
    if (k + 2 < len(query.tokens) and query.tokens[k + 2].cap) or index.lowercase_seen([surname.norm]):
        return None  # a title, not a given name: "Prime Minister Daniyal Akhmetov", "the Prime Minister"
    rows = index.rows(index.search({fts_term(given.stem): 1.0}, FULL_NAME_PASSAGES))
    for row in rows.values():
        toks = [t for t in tokenize(row.text) if not t.synthetic]
        for a, b in pairwise(toks):
            if a.norm == given.norm and name_match(surname, b, False):
                return row.text[a.start : b.end]
    return _nickname_elsewhere(index, given, surname)


def _nickname_elsewhere(index: IndexBackend, given: Token, surname: Token) -> str | None:
    """ "Dick Lugar" where the corpus writes "Richard Lugar": the given name in its other form,
    formal or familiar, before that surname, for the one person of that surname the passages
    found name (not the Richard of "Senator Robert Hale ... his brother, Governor Richard Hale")."""
    forms = set(nicknames(given.norm))
    if not forms:
        return None
    rows = index.rows(index.search({fts_term(stem(f)): 1.0 for f in sorted(forms)}, FULL_NAME_PASSAGES))
    pairs = [
        (row, a, b)
        for row in rows.values()
        for a, b in given_names_before(surname, [[t for t in tokenize(row.text) if not t.synthetic]])
    ]
    if len({a.norm for _, a, _ in pairs}) != 1:
        return None
    row, a, b = pairs[0]
    return row.text[a.start : b.end] if a.norm in forms else None


def _partner(text: str, tokens: list[Token], span: tuple[int, int]) -> Token | None:
    """The name a name is listed with: "American and French", "French and American",
    "U.S., British"."""
    k = next((i for i, t in enumerate(tokens) if t.start == span[0]), None)
    if k is None:
        return None
    for step in (-1, 1):
        j = k + step
        if 0 <= j < len(tokens) and tokens[j].norm in ("and", "or"):
            j += step
        elif not (0 <= j < len(tokens) and "," in text[tokens[min(j, k)].end : tokens[max(j, k)].start]):
            continue
        if 0 <= j < len(tokens) and tokens[j].cap and tokens[j].kind == "word":
            return tokens[j]
    return None


def _paired(c: Conflict, query: Query, cand: Candidate) -> Conflict:
    """Mark a name swap inside a pair or list whose other member both sides share."""
    if c.kind not in ("name", "place") or c.claim_span is None or c.source_span is None:
        return c
    mine = _partner(query.text, query.tokens, c.claim_span)
    theirs = _partner(cand.text, cand.tokens, c.source_span)
    if mine is not None and theirs is not None and name_match(mine, theirs, True):
        return replace(c, paired=True)
    return c


def _as_place(c: Conflict) -> Conflict:
    """A name swap between two places of one kind (two countries, two cities: "Almaty"
    against "Bishkek") is a place conflict: no capitalised word that happens to stand in the
    claim's slot, but a rival of the same kind."""
    if c.kind != "name" or not c.claim or not c.source:
        return c
    mine, theirs = (tokenize(x) for x in (c.claim, c.source))
    if len(mine) != 1 or len(theirs) != 1:
        return c
    kind = places.kind(mine[0].norm)
    if kind is not None and kind == places.kind(theirs[0].norm):
        return replace(c, kind="place")
    return c


def _stated_name(c: Conflict, alignment: Alignment) -> bool:
    """An old slot-by-slot name conflict whose claim names the alignment found stated in the
    passage (as a demonym or a capital: "Minsk's" for "Belarusian"): no conflict after all."""
    if c.claim_span is None:
        return False
    lo, hi = c.claim_span
    inside = [found for s, found in alignment.matched if s.kind == "name" and lo <= s.span[0] < hi]
    missing = [s for s in alignment.missing if lo <= s.span[0] < hi]
    return bool(inside) and not missing and not any(found.endswith(CONTEXT) for found in inside)


def credited(query: Query, cand: Candidate, alignment: Alignment) -> dict[int, float]:
    """The matcher's credit per claim term, with full credit for the terms of every specific
    the passage states another way: "over one hundred" met by 110, "CTR" spelt out."""
    matched = dict(cand.scored.matched)
    for spec, found in alignment.matched:
        if found.endswith(CONTEXT):
            continue  # stated around the passage, not in it: the matcher's credit stands
        lo, hi = spec.span
        for i, term in enumerate(query.terms):
            if lo <= term.token.start < hi:
                matched[i] = 1.0
    return matched


def _title_read_once(conflicts: list[Conflict]) -> list[Conflict]:
    """A source's title read twice: as the title it gives the claim's person ("Kazakhstan's
    Prime Minister, Daniyal Akhmetov") and, word by word, as a rival of the claim's title word
    ("Defense" against "Kazakhstan's"). One conflict, the title's, whose bar is its own."""
    titles = [c.source_span for c in conflicts if c.kind == "title" and c.source_span]
    return [
        c
        for c in conflicts
        if not (
            c.kind == "name"
            and c.source_span
            and any(lo <= c.source_span[0] and c.source_span[1] <= hi for lo, hi in titles)
        )
    ]


def _kind_min(kind: str, first: bool = False) -> float:
    if kind in ARRANGED:
        return ARRANGED_TOPIC_MIN
    if kind == "polarity":
        return POLARITY_TOPIC_MIN
    if kind in ("number", "date") and first:
        return FIGURE_TOPIC_MIN
    return NAME_TOPIC_MIN if kind == "name" else TOPIC_MIN


ARRANGED_UNSTATED_MAX = 2  # plain claim words a passage may leave unstated and still arrange the claim


def _arranged_without_its_point(r: Assessment) -> bool:
    """A conflict of arrangement alone ("Washington ... Astana" the other way round) in a
    passage that leaves most of the claim's plain words unstated ("drafting its defence
    doctrine"): ARRANGED_TOPIC_MIN trusts the arrangement as a sign of the same statement,
    which it is not when the passage says nothing of what the claim says was done. A passage
    that states as much of the claim as a support must is the same statement, its other
    words reworded ("held discussions" for "holding talks")."""
    if r.coverage >= SUPPORT_MIN or not all(c.kind in ARRANGED for c in r.conflicts):
        return False
    spans = [c.claim_span for c in r.conflicts if c.claim_span]
    unstated = {
        id(t)
        for s in r.missing
        if s.kind == "word"
        for t in s.tokens
        if not any(lo <= t.start < hi for lo, hi in spans)  # "smaller": the comparison itself
    }
    return len(unstated) > ARRANGED_UNSTATED_MAX


def _topic_min(r: Assessment, first: bool = False) -> float:
    """What a contradiction needs stated around its conflicts: as much as the most doubtful
    of them needs (a name swap beside a stray evaluation is still a name swap). A figure, or
    a name swapped in a list both sides share the rest of, needs less only in the
    best-ranked passage: further down, a sentence that shares a few words and gives some
    other year is about something else."""
    return max(FIGURE_TOPIC_MIN if c.paired and first else _kind_min(c.kind, first) for c in r.conflicts)


def _doubt(assessments: list[Assessment], support: Assessment) -> Assessment | None:
    """A passage ranked above the support that states as much of the claim but arranges or
    quantifies it otherwise ("the majority" against "only a small part"): too little of the
    claim to contradict it, too much to let a weaker passage confirm it."""
    for r in assessments[: min(CONTRADICTION_RANKS, assessments.index(support))]:
        structural = [c for c in r.conflicts if c.kind in STRUCTURE]
        if structural and r.topic >= SUPPORT_MIN and r.topic >= support.coverage:
            return r
    if _names_borrowed(support):
        # the support borrows a name from around it, and a passage as high that names them
        # all itself arranges or quantifies the claim otherwise
        for r in assessments[:CONTRADICTION_RANKS]:
            named = not _names_borrowed(r) and not any(m.kind == "name" for m in r.missing)
            if r is not support and named and any(c.kind in STRUCTURE for c in r.conflicts):
                return r
    return None


def _names_borrowed(r: Assessment) -> bool:
    """Does the passage state one of the claim's names only in the sentences around it?"""
    matched = r.alignment.matched if r.alignment else []
    return any(s.kind == "name" and found.endswith(CONTEXT) for s, found in matched)


def _supports(r: Assessment) -> bool:
    return not r.conflicts and not r.missing and r.coverage >= SUPPORT_MIN and r.counted >= COUNTED_MIN


# How much more of the claim a passage that puts another name in its slot may state than the
# support that states the claim's own, and still give way: a fifth. A dispute that states all of
# it ("In 2008 the garrison was commanded by General Bekov") is the claim's own fact.
DISPUTE_MARGIN = 0.2


def _disputed_names_stated(against: Assessment, support: Assessment) -> bool:
    """Does the support state, in its own words, every name the contradicting passage puts
    another in place of ("educated in the United States" against "serve in the armed forces
    in Kazakhstan", beside "250 officers who received an education in the United States")?
    Then the two passages tell two facts, and the one that states them all is the claim's."""
    if not all(c.kind in ("name", "place") and c.claim_span for c in against.conflicts):
        return False
    if support.coverage < against.topic - DISPUTE_MARGIN:
        return False  # the dispute states far more of the claim: the name's role is its
    stated = _stated_in_own_words(support)
    return all(c.claim_span in stated for c in against.conflicts)


def _stated_in_own_words(a: Assessment) -> list[tuple[int, int] | None]:
    """The claim spans of the specifics the passage states itself, not in its context."""
    return [
        s.span for s, found in (a.alignment.matched if a.alignment else []) if not found.endswith(CONTEXT)
    ]


DENIAL_REACH = 2  # tokens from a denial to the word it denies: "never runs", "did not run"
DENIED_OBJECT = 2  # content words after the denied word that the support must state too


def _denial_stated(
    against: Assessment, support: Assessment, query: Query | None, ranked: list[Assessment]
) -> bool:
    """Does the support, ranked above the contradicting passage, deny the very deed the
    contradicting passage finds the claim denying ("does not run counter to Russian interests"
    against a passage on "counter initiatives by Russia", below "Our cooperation with the USA
    never runs counter to Russian interests")? Then the claim's denial is the source's own, and
    the other passage is about something else: it must not state the denied word itself ("the
    chairman said it paid a dividend" is a real counter-statement). The deed's next words must be
    stated too: "did not pay their invoices" states no "did not pay a dividend"."""
    if query is None or ranked.index(support) > ranked.index(against):
        return False
    if not all(c.kind == "negation" and c.claim_span for c in against.conflicts):
        return False
    said = support.cand.tokens
    stems = {t.stem for t in said}
    for c in against.conflicts:
        lo, hi = c.claim_span or (0, 0)
        denied = [t for t in tokenize(query.text[lo:hi]) if t.norm not in NEGATIONS]
        after = [t for t in query.tokens if t.start >= hi and t.kind == "word" and not t.stop][:DENIED_OBJECT]
        if not denied or not all(t.stem in stems for t in after):
            return False
        deed = _deed(denied[-1])
        if any(_deed(x) == deed for x in against.cand.tokens):
            return False  # the other passage states the deed itself: "its chairman said it paid"
        if not any(
            t.norm in NEGATIONS and any(_deed(x) == deed for x in said[k + 1 : k + 1 + DENIAL_REACH])
            for k, t in enumerate(said)
        ):
            return False
    return True


def _deed(t: Token) -> str:
    """A verb's stem as its base form's: "paid" is "pay", "ran" is "run"."""
    return base_stem(t.stem) or t.stem


def _goes_on(query: Query | None, top: Assessment, r: Assessment) -> bool:
    """Does the passage go on from the best-ranked one, which it follows in its paragraph,
    about the same subject ("Milyuk, Kazakhstan's first female graduate of West Point, ..."
    then "The high-profile officer entered West Point in 2001")? Then a figure it gives is the
    first passage's topic told on, and needs no more of the claim stated than a figure of the
    first passage does. It must open on the claim's subject described again (not "Her brother
    entered"), and state the claim's other names itself (not "The college admitted 40")."""
    if query is None or r is top or top.conflicts:
        return False
    last, first = top.cand.rows[-1], r.cand.rows[0]
    if not (first.doc_id == last.doc_id and first.para == last.para and first.sent == last.sent + 1):
        return False
    if not _described_again(query, r.cand, top.cand.tokens):
        return False
    subject = next(t for t in query.tokens if t.kind == "word" and not t.stop)
    lo, hi = name_run(query.text, query.tokens, subject)
    named = [t for t in query.tokens if t.cap and t.kind == "word" and not t.stop]
    others = [t for t in named if not lo <= t.start < hi]
    if not all(any(name_match(t, p, False) for p in r.cand.tokens) for t in others):
        return False
    # the figure it gives is one the first passage leaves unstated: beside "143 billion" stated
    # there, "Of that total, 54 billion" goes on to another figure
    unstated = {s.span for s in top.missing}
    return all(c.claim_span in unstated for c in r.conflicts)


def decide(assessments: list[Assessment], query: Query | None = None) -> tuple[Judgement, Assessment | None]:
    """The verdict from the assessments, best-ranked first: NOT FOUND with the passage that
    casts doubt when a better-ranked passage disagrees too weakly to contradict. With the
    claim's `query`, a passage that goes on from the best-ranked one is read as it is."""
    support = next((r for r in assessments if _supports(r)), None)
    against = next(
        (
            r
            for k, r in enumerate(assessments[:CONTRADICTION_RANKS])
            if r.conflicts
            and min(r.topic, r.topic_counted)
            >= _topic_min(r, first=k == 0 or _goes_on(query, assessments[0], r))
            and not _arranged_without_its_point(r)
        ),
        None,
    )
    if support and against is None and (doubt := _doubt(assessments, support)) is not None:
        return Judgement.NOT_FOUND, doubt
    if support and (
        against is None
        or (
            assessments.index(support) < assessments.index(against)
            and against.topic < support.coverage + OUTRANKED_MARGIN
        )
        or support.coverage >= against.topic + OUTRANKED_MARGIN
        or _disputed_names_stated(against, support)
        or _denial_stated(against, support, query, assessments)
    ):
        return Judgement.SUPPORTED, support
    if against and not support and _disputed_specifics_stated_above(against, assessments):
        return Judgement.NOT_FOUND, None
    if against and not support and _judged_below_the_topic(against, assessments):
        return Judgement.NOT_FOUND, None
    if against:
        return Judgement.CONTRADICTED, against
    return Judgement.NOT_FOUND, None


def _judged_below_the_topic(against: Assessment, ranked: list[Assessment]) -> bool:
    """Is the contradiction only a word read against a word (a valence, an antonym, a denial),
    in a passage ranked below one that conflicts with nothing and states the claim's topic
    (SUPPORT_MIN of it, OUTRANKED_MARGIN more than the contradicting one)? "suffers from the lack
    of a domestic defense industry" against "to discuss creating joint factories in the military
    industry", below "bedeviled with ... a lack of domestic defense industry": the lower passage
    tells of another thing, and the claim's own passage leaves one word unconfirmed."""
    if not against.conflicts or not all(c.kind in WORD_READINGS for c in against.conflicts):
        return False
    return any(
        not above.conflicts
        and above.coverage >= SUPPORT_MIN
        and above.coverage >= against.coverage + OUTRANKED_MARGIN
        for above in ranked[: ranked.index(against)]
    )


def _disputed_specifics_stated_above(against: Assessment, ranked: list[Assessment]) -> bool:
    """Does a better-ranked passage that conflicts with nothing state, in its own words, every
    specific of the claim that the contradicting one disputes? "Batys 2003, held in April 2003,
    was the largest military exercise" against a passage on a March 2003 meeting, below the
    one that tells of Batys 2003 in April but ranks it only among Caspian exercises: the lower
    passage, which puts another name in the claim's name's place, tells of another event, and
    the claim's own passage leaves it unconfirmed."""
    if not against.conflicts or not all(c.claim_span for c in against.conflicts):
        return False
    if not any(c.kind == "name" for c in against.conflicts):
        return False  # a figure, a date or a place may correct the passage above: planned 1,200 km, built 900
    for above in ranked[: ranked.index(against)]:
        if above.conflicts or above.alignment is None:
            continue
        stated = _stated_in_own_words(above)
        if all(c.claim_span in stated for c in against.conflicts):
            return True
    return False


def check(index: IndexBackend, claim: str, item: bool = False, clause: bool = False) -> Verdict:
    """`item`: the claim is a list item of a draft; without a verb of its own it names a thing
    of its list and claims no deed, which its lead-in may frame as done or planned. `clause`:
    the claim is one clause of another, read alone (see `_clause_crossed`)."""
    query, cands, warnings = candidates(index, claim, FindOptions(limit=PASSAGES_READ))
    query.item = item and not finite(query.tokens, query.text)
    capitals = [t.norm for t in query.tokens if t.cap and t.kind == "word"]
    names = _opening_name(index, query.tokens, index.proper_names(capitals))
    specs = extract_specifics(query.text, query.tokens, claim_names(query.text, query.tokens, names))
    assessments: list[Assessment] = []
    for c in (c for c in cands[:PASSAGES_READ] if c.scored.coverage > 0):
        if len(assessments) >= CONTRADICTION_RANKS and any(_supports(r) for r in assessments):
            break  # nothing further down can contradict, doubt or support better: see `decide`
        if len(assessments) >= CONTRADICTION_RANKS and c.scored.coverage < SUPPORT_FLOOR:
            continue  # below the top three a passage can only support, and this one cannot
        assessments.append(assess(index, query, c, specs))
    verdict, chosen = decide(assessments, query)
    if verdict is Judgement.SUPPORTED and chosen is not None and not clause:
        crossed = _clause_crossed(index, query.text, chosen.cand) or _said_clause_wrong(
            index, query.text, chosen.cand
        )
        if crossed is not None:
            return crossed
    if verdict is Judgement.NOT_FOUND and chosen is not None:
        said = "; ".join(c.reason for c in chosen.conflicts if c.kind in STRUCTURE)
        return Verdict(
            query.text,
            Judgement.NOT_FOUND,
            round(100 * chosen.topic, 1),
            None,
            [f"a passage that states as much of the claim puts it otherwise ({said}); not confirmed"],
            nearest=to_result(index, chosen.cand, 1),
            coverage=chosen.coverage,
            warnings=warnings,
        )
    if chosen is None and assessments and not clause:
        wrong = _date_clause_contradicted(index, query.text, assessments[0])
        if wrong is not None:
            return wrong
    if chosen is None:
        nearest = to_result(index, assessments[0].cand, 1) if assessments else None
        cov = assessments[0].coverage if assessments else 0.0
        reason = (
            _not_found_reason(assessments[0]) if assessments else "no passage shares the claim's key words"
        )
        return Verdict(
            query.text,
            Judgement.NOT_FOUND,
            round(100 * cov, 1),
            None,
            [reason],
            nearest=nearest,
            coverage=cov,
            warnings=warnings,
        )
    result = to_result(index, chosen.cand, 1)
    shift = result.start - chosen.cand.rows[0].start
    if verdict is Judgement.SUPPORTED:
        n = len(query.terms) - len(chosen.framing)  # who wrote it is no key word
        matched = len(set(chosen.cand.scored.matched) - chosen.framing)
        reasons = [
            f"the source states the claim: {matched} of {n} key words and figures match, "
            f"{chosen.coverage:.0%} by weight, and nothing conflicts"
        ]
        if chosen.alignment and chosen.alignment.matched:
            reasons.append(f"every specific is stated: {chosen.alignment.audit()}")
            result = _with_stating_sentence(index, chosen.cand, chosen.alignment, result)
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
    result = _with_conflicting_sentence(index, chosen.cand, chosen.conflicts, result)
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


def _clause_crossed(index: IndexBackend, claim: str, cand: Candidate) -> Verdict | None:
    """A claim of two clauses that a passage of several sentences supports only as a whole:
    each clause may take its words from the other's sentence ("Pospelov became the southern
    commander, while Darbekov took over the eastern region" against a passage that names
    Pospelov eastern and Darbekov southern). A clause the same passage contradicts read alone
    is a fact the claim gets wrong: the verdict is the worst of its facts."""
    if len(cand.rows) < 2:
        return None
    # imported here: the draft reader's module costs every `kzmil check` start-up otherwise
    from kzmil.worthiness import clauses

    spans = clauses(claim)
    if len(spans) < 2 and (cut := RELATIVE_CLAUSE.search(claim)):
        spans = [(0, cut.start()), (cut.end(), len(claim.rstrip(" .")))]  # ", whose development ..."
    if len(spans) < 2:
        return None
    for lo, hi in spans:
        opening = tokenize(claim[lo:hi])[:1]
        named = opening and opening[0].cap and not opening[0].stop and opening[0].norm not in FUNCTION_WORDS
        if lo > 0 and not named:
            continue  # a later clause without a named subject of its own ("that figure was set to ...")
        part = check(index, claim[lo:hi], clause=True)
        ev = part.evidence
        if part.verdict is not Judgement.CONTRADICTED or ev is None:
            continue
        said = [t for h in ev.highlights for t in tokenize(ev.passage[h.start : h.end]) if not t.stop]
        elsewhere = tokenize(claim[:lo] + " " + claim[hi:])
        if not said or not all(any(_same_word(t, o) for o in elsewhere) for t in said):
            continue  # not crossed: the source's words are no other clause's ("Deputy Secretary of State")
        if _in_passage(index, cand, ev):
            # show the whole passage: the clause's sentence and the one it took its words from
            whole = to_result(index, cand, 1)
            shift = whole.passage.find(ev.passage)
            if shift >= 0:
                whole.highlights = [Span(h.start + shift, h.end + shift) for h in ev.highlights]
                whole.hints = ev.hints
                part.evidence = whole
            part.claim = claim
            part.claim_highlights = [Span(s.start + lo, s.end + lo) for s in part.claim_highlights]
            return part
    return None


AND_THAT = re.compile(r"\band\s+that\b", re.IGNORECASE)


def _in_passage(index: IndexBackend, cand: Candidate, ev: Result) -> bool:
    """Does the evidence start inside the passage's own sentences?"""
    return any(index.doc(r.doc_id).doc == ev.doc and r.start <= ev.start < r.end for r in cand.rows)


def _said_clause_wrong(index: IndexBackend, claim: str, cand: Candidate) -> Verdict | None:
    """A claim that reports two things said, the second opened by "and that" ("Lugar said
    cooperation would grow, and that the program had been extended by another five years"): a
    passage may state the first and lend the second's figure from its context ("a five-year
    plan"). The second clause, read alone, that the passage itself contradicts is a fact the
    claim gets wrong: the verdict is the worst of its facts. Another sentence of the article
    that refutes the speaker does not count: what was said is still what was said."""
    if not AND_THAT.search(claim):
        return None  # most claims: no start-up cost for the draft reader's module
    # imported here: the draft reader's module costs every `kzmil check` start-up otherwise
    from kzmil.worthiness import clauses

    spans = clauses(claim)
    for lo, hi in spans[1:]:
        opening = claim[lo:hi].split(maxsplit=1)
        if len(opening) < 2 or opening[0].lower() != "that" or not claim[:lo].rstrip().endswith("and"):
            continue
        if not any(saying(t) for t in tokenize(claim[:lo])):
            continue  # "..., and that figure was set to reach": a determiner, no second thing said
        part = check(index, opening[1], clause=True)
        ev = part.evidence
        if part.verdict is Judgement.CONTRADICTED and ev is not None and _in_passage(index, cand, ev):
            part.claim = claim
            shift = lo + len(claim[lo:hi]) - len(opening[1])
            part.claim_highlights = [Span(s.start + shift, s.end + shift) for s in part.claim_highlights]
            return part
    return None


def _date_clause_contradicted(index: IndexBackend, claim: str, first: Assessment) -> Verdict | None:
    """A claim of two clauses that shares one date between them ("Sembinov wrapped up his
    trip on November 17, the same day Altynbayev addressed the session"), when the closest
    passage gives that date to the other clause's person only: the date is a fact of each
    clause, and a clause the corpus contradicts read alone (his trip ended on November 19)
    makes the claim wrong. The verdict is the worst of its facts, as in `_clause_crossed`."""
    when = next((s for s in first.missing if s.kind == "when" and s.span is not None), None)
    if when is None or when.span is None:
        return None
    # the date's own clause: the claim up to the comma after the date ("..., the same day ...")
    comma = claim.find(",", when.span[1])
    if comma < 0 or claim[:comma].count(",") or not claim[comma + 1 :].strip(" ."):
        return None
    part = check(index, claim[:comma], clause=True)
    if part.verdict is not Judgement.CONTRADICTED or not any(
        r.startswith("the claim says") for r in part.reasons
    ):
        return None
    part.claim = claim
    return part


def _same_word(a: Token, b: Token) -> bool:
    """One word, or one place as a name and as its people's adjective ("Russia", "Russian")."""
    return a.stem == b.stem or places.same_place(a.norm, b.norm)


# A relative clause after a comma tells a fact of its own: "a Kazakh navy, whose development ..."
RELATIVE_CLAUSE = re.compile(r",\s+(?:whose|which|where)\s+")


BESIDE = " (in the sentence beside it)"  # a conflict found in a sentence next to the passage


def _with_conflicting_sentence(
    index: IndexBackend, cand: Candidate, conflicts: list[Conflict], result: Result
) -> Result:
    """The evidence shown runs on to the sentence beside the passage where a conflict was found
    ("These activities meet with the approval of Moscow"), with the source's word marked: the
    reader must see the words that contradict the claim. The sentences read are those the
    verdict read: two before, and the next of the paragraph (past a source line)."""
    beside = next((c for c in conflicts if c.sentence and c.source), None)
    if beside is None:
        return result
    first, last = cand.rows[0], cand.rows[-1]
    rows = [r for r in index.neighbours(first, 2, len(cand.rows) + 1) if not r.heading]
    after = [r for r in rows if r.sent > last.sent and r.para == last.para]
    before = [r for r in rows if r.sent < first.sent][::-1]
    word = re.compile(rf"\b{re.escape(beside.source)}\b")
    for run, later in ((before, False), (after, True)):
        n = next((n for n, r in enumerate(run) if r.text == beside.sentence), None)
        if n is None:
            continue
        row = run[n]
        found = word.search(row.text)
        added = " ".join(r.text for r in (run[: n + 1] if later else run[n::-1]))
        if later:
            at = len(result.passage) + 1 + len(added) - len(row.text)
            result.passage = f"{result.passage} {added}"
            result.end = row.end
        else:
            at, moved = 0, len(added) + 1
            result.highlights = [Span(h.start + moved, h.end + moved) for h in result.highlights]
            result.passage = f"{added} {result.passage}"
            result.start, result.line = row.start, row.line
        if found is not None:
            result.highlights.append(Span(at + found.start(), at + found.end()))
        return result
    return result


def _with_stating_sentence(
    index: IndexBackend, cand: Candidate, alignment: Alignment, result: Result
) -> Result:
    """The evidence shown runs on to the next sentence of the paragraph when the support found
    one of the claim's specifics only there ("Mr. Oynarov was previously ..."): a reader must
    see every word the verdict rests on."""
    borrowed = [found.removesuffix(CONTEXT) for _, found in alignment.matched if found.endswith(CONTEXT)]
    last = cand.rows[-1]
    nxt = next((r for r in index.neighbours(last, 0, 1) if r.sent == last.sent + 1), None)
    if not borrowed or nxt is None or nxt.para != last.para:
        return result
    if any(b not in cand.text and b in nxt.text for b in borrowed):
        result.passage = f"{result.passage} {nxt.text}"
        result.end = nxt.end
    return result


# English function words WordNet leaves out, which open a sentence with a capital and so may
# never be seen in lower case in a small corpus (a closed class of the language).
FUNCTION_WORDS = frozenset(
    (
        "although though whereas while whilst because since unless until whether once if as "
        "every each both either neither all some any most many few several such another other "
        "despite amid amidst among amongst unlike throughout toward towards upon within without "
        "beyond besides via per whoever whatever whichever whose whom nobody none nothing everyone "
        "someone anyone everything however moreover furthermore nevertheless nonetheless thus hence "
        "therefore meanwhile otherwise instead indeed perhaps yet still already"
    ).split()
)


def _opening_name(index: IndexBackend, tokens: list[Token], names: dict[str, bool]) -> dict[str, bool]:
    """`names`, with the claim's first word taken for a name when the corpus writes it only
    where a capital proves nothing (after a stop, or "Mr.": "Oynarov was elevated ...") and
    neither in lower case nor as a word WordNet knows."""
    first = tokens[0] if tokens else None
    if (
        first is None
        or first.kind != "word"
        or not first.cap
        or first.stop
        or first.norm in names
        or first.norm in FUNCTION_WORDS
        or len(first.norm) <= 2
        or synonyms(first.stem)
        or first.norm.endswith("ly")
        or not index.doc_freq([fts_term(first.stem)])
        or index.lowercase_seen([first.norm])
    ):
        return names
    return {**names, first.norm: True}


def _not_found_reason(r: Assessment) -> str:
    """Name what the closest passage leaves out: a specific, or most of the claim's words."""
    if r.coverage >= SUPPORT_MIN and r.missing:
        said = ", ".join(
            f"that it happened: it says \u201c{s.value}\u201d"
            if s.kind == "done"
            else f"that it will: it says only \u201c{s.value}\u201d"
            if s.kind == "certain"
            else f"that it was {s.text}: it says it of {s.value}"
            if s.kind == "whose"
            else f"that {s.text} was {s.value.split(WHEN)[0]}'s: it gives it to {s.value.split(WHEN)[1]}"
            if s.kind == "when"
            else f"\u201c{s.text}\u201d"
            for s in r.missing
        )
        return f"the closest passage states the rest of the claim but not {said}"
    return f"the closest passage states only {r.coverage:.0%} of the claim's key words and figures"
