"""Done, planned, possible or hoped: a claim that states as done what its source gives only as a
plan, a proposal, a possibility, a purpose or a wish, and one that says "already" of it.
Each check returns the claim words the source leaves so, as specifics the verdict counts as
missing (or, for "already", as a conflict).
"""

from __future__ import annotations

import re
from itertools import pairwise

from kzmil.attribution import DOUBTING
from kzmil.conflicts import (
    Conflict,
)
from kzmil.credit import query_stems
from kzmil.evidence import CONTEXT, Alignment, Evidence
from kzmil.match import Query
from kzmil.modality import (
    BE,
    CHANCE,
    INTENT,
    MODALS,
    PERFECT,
    certain,
    certain_cue,
    committed,
    cues,
    deeds,
    future_passive,
    hedged,
    passive,
    possible,
    purpose_of,
)
from kzmil.names import name_match
from kzmil.normalize import NEGATIONS, POSSESSIVE, Token, stem
from kzmil.search import Candidate
from kzmil.shares import word_stated
from kzmil.specifics import Specific
from kzmil.structure import CLAUSE_BREAK
from kzmil.synonyms import (
    LIGHT_VERBS,
    derivations,
    paraphrases,
    synonyms,
)
from kzmil.unstated import DETERMINERS
from kzmil.whose import sentence_spans

# A cue governs the claim's event when one of this many content words after it is a plain
# word of the claim: "will also be supplied", "envisages introducing".
CUE_REACH = 3


def _governed(cand: Candidate, k: int, hits: dict[int, int]) -> int | None:
    """The claim term whose event the cue at k puts in the future: the first plain (not
    capitalised) claim word among the content words after it."""
    after = [i for i in range(k + 1, len(cand.tokens)) if not cand.tokens[i].stop][:CUE_REACH]
    return next((hits[i] for i in after if i in hits and not cand.tokens[i].cap), None)


SUBJECT_REACH = 6  # how far before a passive the thing talked about or acted on may stand


def _hedged(query: Query) -> bool:
    """Does the claim claim no deed of its own: hedged itself, or a draft's list item?"""
    return query.item or hedged(query.tokens)


PURPOSE_REACH = 4  # tokens from a purpose's verb to the object it governs: "to help create a Central"


def purpose_only(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """The claim's deed ("US specialists launched a web portal"), when the passage gives it,
    or the object the claim gives it, only as the purpose of another deed ("arrived in Astana
    to help create a web portal"): coming to build a thing is not building it. The deed may
    be stated around the passage as done."""
    if _hedged(query):
        return []
    ptoks = cand.tokens
    hits = cand.scored.token_hits
    around = {t.stem for _, toks in ev.context_texts for t in toks}
    for d in deeds(query.tokens, query.text):
        tok = query.tokens[d]
        near = {tok.stem} | paraphrases(tok.stem) | synonyms(tok.stem)
        same = [k for k, t in enumerate(ptoks) if t.stem in near]
        if near & around or any(purpose_of(ptoks, k) is None for k in same):
            continue  # stated as done
        verb: int | None = same[0] if same else None
        if verb is None:
            after = [i for i, term in enumerate(query.terms) if term.token.start > tok.end][:2]
            ks = [k for k, i in hits if i in after]
            if not ks:
                continue
            first = min(ks)
            verb = next(
                (
                    v
                    for v in range(first - 1, max(-1, first - 1 - PURPOSE_REACH), -1)
                    if purpose_of(ptoks, v) is not None
                    and not ptoks[v].stop
                    and not CLAUSE_BREAK.search(cand.text[ptoks[v].end : ptoks[first].start])
                ),
                None,
            )
            if verb is None:
                continue
        to = purpose_of(ptoks, verb)
        if to is None:
            continue
        said = cand.text[ptoks[to].start : ptoks[verb].end]
        return [Specific("done", [tok], query.text[tok.start : tok.end], value=said)]
    return []


def only_planned(query: Query, cand: Candidate) -> list[Specific]:
    """The claim's event, when the claim states it as done and the passage only as planned,
    hoped for or discussed ("envisages introducing", "is being discussed")."""
    hits = dict(cand.scored.token_hits)
    if not hits or _hedged(query):
        return []
    mine = query_stems(query)
    promised = committed(query.tokens)
    for k in cues(cand.tokens):
        if cand.tokens[k].stem in mine or (promised and certain_cue(cand.tokens, k)):
            continue  # the claim's own cue; or a "will" of what the claim says was committed to
        term = _governed(cand, k, hits)
        if term is None and (passive(cand.tokens, k) or future_passive(cand.tokens, k)):
            before = [i for i in hits if k - SUBJECT_REACH <= i < k]
            term = hits[max(before)] if before else None  # "X is being discussed", "X will be supplied"
        if term is None:
            continue
        tok = query.terms[term].token
        if tok.norm.endswith("ing") and _aim(query) is not True and not _progressive(query.tokens, tok):
            continue  # the claim names the plan's aim, not a deed: "a report on professionalizing"
        last = k + 2 if future_passive(cand.tokens, k) else k
        said = cand.text[cand.tokens[k].start : cand.tokens[last].end]
        return [Specific("done", [tok], query.text[tok.start : tok.end], value=said)]
    return []


# Verbs that take a clause back (stems): the doubting verbs, and "dismissed" / "rebutted" reports.
DENYING = DOUBTING | frozenset({"dismiss", "rebut"})
# Nouns of a statement a speaker can deny (stems): "denied reports that", "dismissed claims of".
HEARSAY = frozenset(
    stem(w) for w in "report claim allegation rumour rumor suggestion accusation speculation".split()
)
HEARSAY_REACH = 2  # words between the verb and its noun: "rejected the allegations that"
# Words before a verb of denial that make it a noun ("the dispute that erupted"), and those that
# deny the doubt itself ("little doubt that", "no question that"): the clause is then asserted.
NOUN_BEFORE = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
AFFIRMING = frozenset({"no", "little", "without", "beyond"})
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")  # a denied clause ends with its sentence


def _denied_clause(tokens: list[Token], k: int) -> int | None:
    """Where the clause a verb of denial takes back begins: "denied that", "questioned
    whether", "dismissed reports that", "rejected claims of"; None when the verb denies no
    clause ("was denied access", "dismissed the minister")."""
    if tokens[k].stem not in DENYING:
        return None
    before = tokens[k - 1].norm if k else ""
    if before in NOUN_BEFORE or before in AFFIRMING:
        return None  # a noun ("the dispute that erupted"), or a doubt denied ("little doubt that")
    for j in range(k + 1, min(len(tokens), k + 2 + HEARSAY_REACH)):
        t = tokens[j]
        if (t.norm in ("that", "whether") and (j == k + 1 or tokens[j - 1].stem in HEARSAY)) or (
            t.norm == "of" and tokens[j - 1].stem in HEARSAY
        ):
            return j + 1
        if t.stem not in HEARSAY and t.norm not in ("the", "any", "all"):
            return None
    return None


def denied_clauses(text: str, tokens: list[Token]) -> list[tuple[int, int, int]]:
    """Each clause the text reports as denied or doubted: (the verb's token, the clause's first
    token, the clause's last token), the clause running to its sentence's end."""
    out = []
    for k in range(len(tokens)):
        start = _denied_clause(tokens, k)
        if start is None or start >= len(tokens):
            continue
        end = start
        while end + 1 < len(tokens) and not _SENTENCE_END.search(
            text[tokens[end].end : tokens[end + 1].start]
        ):
            end += 1
        out.append((k, start, end))
    return out


def only_denied(query: Query, cand: Candidate) -> list[Specific]:
    """The claim's event, when the passage gives it only as what someone denied or doubted
    ("the editor denied that the minister had resigned"): a reported denial states nothing
    either way, so a claim that the minister resigned is not stated. A claim that itself
    reports the denial or the doubt is read by the other readings."""
    hits = dict(cand.scored.token_hits)
    if not hits or any(t.stem in DENYING for t in query.tokens):
        return []
    for k, start, end in denied_clauses(cand.text, cand.tokens):
        inside = sorted(i for i in hits if start <= i <= end)
        if not inside or len(inside) * 2 < len(hits):
            continue  # the claim's words stand mostly outside what was denied
        tok = query.terms[hits[inside[0]]].token
        said = cand.text[cand.tokens[k].start : cand.tokens[start - 1].end]
        return [Specific("done", [tok], query.text[tok.start : tok.end], value=said)]
    return []


# Verbs of wishing (stems), and the words that tell the wish went unmet: "Although wanting to
# become a military attaché, she was in fact posted to logistic support". A concession opens
# the wish's own clause; the next clause, of the same subject, says what happened instead.
WISHING = frozenset({"want", "hope", "wish"})
CONCEDING = frozenset({"although", "though", "despite"})
CONCESSION_REACH = 3  # words between the concession and the wish: "Although she had hoped to"
OUTCOME_REACH = 4  # words after the wish's clause before "in fact": ", she was in fact posted"
BACK_TO_THE_WISH = frozenset({"it", "them", "so"})  # "she in fact won it": the wish met


def wish_unmet(query: Query, cand: Candidate, done: Specific) -> Conflict | None:
    """The claim's deed, which the passage gives only as wished for ("wanting to become"), when
    the sentence says the wish went unmet: a concession opens the wish's clause, and the next
    clause says "in fact", "actually" or "instead" what happened, without the claim's deed
    ("she in fact won it" meets the wish). Then the deed is contradicted, not merely unstated."""
    toks, text = cand.tokens, cand.text
    k = next((i for i, t in enumerate(toks) if text.startswith(done.value, t.start)), None)
    if k is None or toks[k].stem not in WISHING:
        return None
    opening = toks[max(0, k - CONCESSION_REACH - 1) : k]
    conceded = [t for t in opening if t.norm in CONCEDING]
    if not conceded or _breaks_between(text, conceded[-1], toks[k]):
        return None  # "Although the budget was cut, the ministry hoped to ...": another clause
    end = next((i for i in range(k, len(toks) - 1) if "," in text[toks[i].end : toks[i + 1].start]), None)
    if end is None:
        return None
    outcome = toks[end + 1 : end + 1 + OUTCOME_REACH + 2]
    j = next((n for n, t in enumerate(outcome) if _in_fact(outcome, n)), None)
    if j is None or any(_breaks_between(text, outcome[0], t) for t in outcome[: j + 1]):
        return None
    j = end + 1 + j
    # the outcome runs to the end of its sentence, as the segmenter cut the passage's rows
    end_of_sentence = next(e for _, e in sentence_spans(cand) if toks[j].start < e)
    hi = max(i + 1 for i in range(j, len(toks)) if toks[i].start < end_of_sentence)
    told = toks[j:hi]
    wished = toks[k : end + 1]
    again = [t for t in query.tokens if t.kind == "word" and not t.stop and word_stated(t, wished)]
    if any(t.norm in BACK_TO_THE_WISH for t in told) or any(word_stated(t, told) for t in again):
        return None  # the wish was met: "hoped to win the title, she in fact won it"
    fact = text[toks[j].start : toks[hi - 1].end]
    wish = text[toks[k].start : toks[end].end]
    note = f"the source says only \u201c{wish}\u201d; \u201c{fact}\u201d"
    span = (done.tokens[0].start, done.tokens[-1].end)
    return Conflict("polarity", done.text, fact, span, (toks[j].start, toks[hi - 1].end), note=note)


def _in_fact(tokens: list[Token], n: int) -> bool:
    """ "in fact", "actually" or "instead" (not "instead of") at n."""
    t, after = tokens[n], tokens[n + 1].norm if n + 1 < len(tokens) else ""
    if t.norm == "in":
        return after == "fact"
    return t.norm == "actually" or (t.norm == "instead" and after != "of")


def _breaks_between(text: str, a: Token, b: Token) -> bool:
    return bool(CLAUSE_BREAK.search(text, a.end, b.start))


# Past forms of "be" before an -ing word tell a deed under way then ("were already providing");
# the present ("is helping") may tell one still to come, as a plan is spoken of.
PAST_BE = frozenset({"was", "were", "been"})
PROGRESSIVE_REACH = 2  # "were already providing": the form of "be" this near before the -ing word


def _progressive(tokens: list[Token], tok: Token) -> bool:
    """Is the -ing word a verb that was in progress ("were already providing airlift"), a deed
    the claim asserts, not a gerund naming an aim ("a report on professionalizing")?"""
    k = next(i for i, t in enumerate(tokens) if t is tok)
    return any(t.norm in PAST_BE for t in tokens[max(0, k - PROGRESSIVE_REACH) : k])


# Words of aim that INTENT, a list of verbs before "to", does not hold: "meant to", "the goal
# of", "targeted 3,000 officers".
AIMS = frozenset(
    {"meant", "designed", "target", "targeted", "targets", "goal", "goals", "objective", "objectives"}
)


def _aim(query: Query) -> bool | None:
    """Does the claim's first word of aim stand met by a deed just before it ("achieved their
    goal of training": True), or unmet ("were meant to train": False)? None: it has none."""
    k = next((k for k, t in enumerate(query.tokens) if t.stem in INTENT or t.norm in AIMS), None)
    if k is None:
        return None
    return any(0 < k - d <= AIM_MET_REACH for d in deeds(query.tokens, query.text))


AIM_MET_REACH = 3  # tokens from a deed to the aim it meets: "achieved their goal"


def figure_only_hoped(query: Query, ev: Evidence, alignment: Alignment) -> list[Specific]:
    """A figure the claim states as done ("3,000 officers completed the courses") that the
    evidence gives only in a sentence around the passage, and there as hoped for or planned
    ("officials hope to train more than 3,000 officers"): the passage's own deed ("courses
    began") does not make the hope a deed."""
    if _hedged(query) or cues(query.tokens) or _aim(query) is False:
        return []  # the claim states an aim itself: "were meant to train", "targeted 3,000"
    for spec, found in alignment.matched:
        if spec.kind != "figure" or not found.endswith(CONTEXT):
            continue
        num = next((t for t in spec.tokens if t.kind == "num"), None)
        if num is None:
            continue
        for text, toks in ev.context_texts[: ev.sentences]:
            at = next((k for k, t in enumerate(toks) if t.norm == num.norm), None)
            if at is None:
                continue
            k = next((c for c in cues(toks) if c < at), None)
            if k is None:
                break  # stated plainly around the passage
            said = text[toks[k].start : toks[min(k + 2, at)].end]
            return [Specific("done", [num], query.text[num.start : num.end], value=said)]
    return []


# Nouns that put what they govern among the possible, not the done: "the possibility of
# supplying C-130s", "the prospect of a base".
POSSIBLE = frozenset({"possibl", "prospect", "potenti"})


def _proposed_form(tokens: list[Token], k: int) -> bool:
    """Is the verb at k in the form a proposal or a prospect takes: "supplying", "to buy",
    "will provide", "will be supplied"?"""
    before = tokens[k - 1].norm if k > 0 else ""
    return tokens[k].norm.endswith("ing") or before in ("to", "be") or before in MODALS


def _clause_between(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Does a clause boundary (a comma, semicolon, "and" or "but") stand between a and b?"""
    gap = text[tokens[a].end : tokens[b].start]
    return any(ch in gap for ch in ",;") or any(t.norm in ("and", "but") for t in tokens[a + 1 : b])


# Verbs that ask for a thing with "for": "approached Spain ... for military assistance",
# "asked Washington for helicopters". What was asked for is not yet had.
ASKING = frozenset({"approach", "ask"})
ASK_REACH = 6  # tokens from the verb to its "for": "approached Spain and other OSCE countries for"
# Verbs of coming to have a thing, which a request does not state: "obtained", "received".
# (A claim that itself asks, "turned to Spain for aid", is left to coverage.)
GETTING = frozenset(
    stem(w) for w in "obtain receive get got secure acquire gain win won purchase buy bought".split()
)
# Verbs of giving that tell the request met: "asked for helicopters, which Washington delivered".
SUPPLYING = frozenset(
    stem(w)
    for w in "deliver supply supplied provide send sent sell sold give gave given grant hand transfer".split()
)


def _requests(text: str, tokens: list[Token]) -> list[int]:
    """Where a sentence asks for something: a verb of asking, in a form of its own (not "an
    approach"), with its "for" in the same clause."""
    out = []
    for k, t in enumerate(tokens):
        if t.stem not in ASKING or t.cap or (k and tokens[k - 1].norm in DETERMINERS):
            continue
        for j in range(k + 1, min(k + 1 + ASK_REACH, len(tokens))):
            if CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].start):
                break
            if tokens[j].norm == "for":
                out.append(k)
                break
    return out


def deed_proposed(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """The claim's deed ("Kazakhstan has purchased an Igla system"), when the passage never
    states it as done and the sentence that states most of the claim speaks of the matter
    only as proposed, needed or possible ("plugged the need for ... supplying an Igla system",
    "made suggestions concerning ... constructing warehouses"): a need or a suggestion is not
    a purchase. The deed is unstated when the passage lacks the word, or has it only after
    the cue, as what is proposed."""
    hits = cand.scored.token_hits
    found = deeds(query.tokens, query.text)
    if not hits or not found or _hedged(query) or committed(query.tokens):
        return []  # a commitment is `unstated.commitment_unstated`'s to read
    ptoks = ev.tokens
    lo, hi = _main_sentence(query, cand, ev)
    sentence = ptoks[lo:hi]
    marks = [
        k
        for k, t in enumerate(sentence)
        if t.stem in POSSIBLE or any(t.stem.startswith(p) for p in PROPOSALS)
    ] + cues(sentence)
    if any(query.tokens[i].stem in GETTING for i in found):
        asked = _requests(ev.text, sentence)  # asked for, not yet had ...
        after = [
            *sentence[min(asked, default=0) :],
            *(t for _, ts in ev.context_texts[ev.preceding :][:1] for t in ts),
        ]
        if not any(t.stem in SUPPLYING for t in after):
            marks += asked  # ... unless given after the asking: "which Washington delivered"
    if not marks:
        return []
    first = min(marks)
    last_hit = max((k - lo for k, _ in hits if lo <= k < hi), default=-1)
    done = deeds(sentence, ev.text)
    if any(first < k <= last_hit for k in done):
        return []  # the passage states a deed of its own after the cue: "wanting to become X, she was posted"
    if any(k < first and _clause_between(ev.text, sentence, k, first) for k in done):
        return []  # a deed in a clause of its own before: "acquired one last year, and officials suggested"
    elsewhere = [*ptoks[:lo], *ptoks[hi:], *(t for _, toks in ev.context_texts[: ev.preceding] for t in toks)]
    for n, i in enumerate(found):
        tok = query.tokens[i]
        if n + 1 < len(found) and not any(t.norm == "and" for t in query.tokens[i : found[n + 1]]):
            continue  # a frame for the next deed, not a deed: "Lugar said it had been extended"
        # the deed itself or a close paraphrase ("bought"); WordNet's looser relations
        # ("purchasable": "open") would find it in any passage
        near = paraphrases(tok.stem) | {tok.stem}
        same = [p for p in sentence if p.stem in near]
        if any(k < first or not _proposed_form(sentence, k) for k, p in enumerate(sentence) if p in same):
            continue  # stated as a deed: before the cue, or after it in a form of its own
        if any(p.stem in near for p in elsewhere):
            continue
        said = ev.text[sentence[first].start : sentence[min(first + 2, len(sentence) - 1)].end]
        return [Specific("done", [tok], query.text[tok.start : tok.end], value=said)]
    return []


def _main_sentence(query: Query, cand: Candidate, ev: Evidence) -> tuple[int, int]:
    """The bounds, in the passage's tokens, of its sentence that states most of the claim."""
    hits, ptoks = cand.scored.token_hits, ev.tokens
    # each sentence from its first token ("“We ..." starts a token after its break)
    starts = {next((k for k, t in enumerate(ptoks) if t.start >= b), len(ptoks)) for b in ev.breaks}
    bounds = sorted({0, *starts, len(ptoks)})
    return max(
        pairwise(bounds),
        key=lambda b: sum(query.terms[i].weight for k, i in hits if b[0] <= k < b[1]),
    )


def only_possible(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """A claim that says an event will come ("Kazakhstan will open factories"), when the
    sentence that states it says only that it may ("This may involve opening factories"), and
    nowhere that it will."""
    hits = cand.scored.token_hits
    if not hits or query.item or not certain(query.tokens):
        return []
    lo, hi = _main_sentence(query, cand, ev)
    sentence = ev.tokens[lo:hi]
    if any(certain_cue(sentence, k) for k in range(len(sentence))):
        return []
    plain = [k - lo for k, i in hits if lo <= k < hi and not query.terms[i].token.cap]
    for k in possible(sentence):
        if any(h > k for h in plain):
            said = ev.text[sentence[k].start : sentence[min(k + 1, len(sentence) - 1)].end]
            tok = next(t for i, t in enumerate(query.tokens) if certain_cue(query.tokens, i))
            return [Specific("certain", [tok], query.text[tok.start : tok.end], value=said)]
    return []


def subject_may(query: Query, cand: Candidate) -> list[Specific]:
    """The claim's subject doing something outright ("Akhmetov confirmed that ..."), where the
    source says only that that subject may be doing it ("Akhmetov may be using these schemes
    to signal that ..."): the source's "may" hedges all its subject does."""
    toks = query.tokens
    k = next(
        (i for i, t in enumerate(toks[: SUBJECT_AT + 1]) if t.cap and t.kind == "word" and not t.stop), None
    )
    if k is None or possible(toks) or _main_hedged(toks):
        return []
    while k + 1 < len(toks) and toks[k + 1].cap and toks[k + 1].kind == "word":
        k += 1  # the surname of "Daniyal Akhmetov"
    subject = toks[k]
    verb = next((t for t in toks[k + 1 : k + 3] if t.kind == "word" and not t.stop), None)
    if verb is None or verb.cap:
        return []
    ptoks = cand.tokens
    for j, p in enumerate(ptoks[:-1]):
        if name_match(subject, p, False) and ptoks[j + 1].norm in CHANCE:
            said = cand.text[ptoks[j + 1].start : ptoks[min(j + 3, len(ptoks) - 1)].end]
            return [Specific("done", [verb], query.text[verb.start : verb.end], value=said)]
    return []


# Verbs that present what follows "that" as established, and the words with which a source
# presents it as only likely or believed: a closed class of English evidentials.
PROOF = frozenset({"prove", "proof", "confirm", "demonstr", "establish", "show"})
LIKELIHOOD = frozenset(
    {
        "suggest",
        "credenc",
        "belief",
        "believ",
        "indic",
        "impli",
        "hint",
        "seem",
        "appear",
        "perhap",
        "possibl",
    }
)


FRAME_REACH = 5  # "lends credence to the belief that": a frame's words before its "that"


def proof_unstated(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """A claim that something proves or confirms what follows ("the appointment proves that
    the shake-up is an anti-corruption drive"), where the sentence that states it says only
    that it lends credence to, suggests or seems: the source's evidence is weaker than the
    claim's."""
    toks = query.tokens
    proof = next(
        (
            t
            for k, t in enumerate(toks[:-1])
            if t.stem in PROOF
            and toks[k + 1].norm == "that"
            # the claim's own "seem to confirm that" asserts no proof
            and not any(u.stem in LIKELIHOOD or u.norm in CHANCE for u in toks[max(0, k - FRAME_REACH) : k])
        ),
        None,
    )
    if proof is None:
        return []
    lo, hi = _main_sentence(query, cand, ev)
    sentence = ev.tokens[lo:hi]
    # the source's evidential frame: a word of likelihood before "that" or "to" ("lends
    # credence to the belief that", "seem to confirm"), not one in a clause of its own
    # ("here the hemorrhaging appears greatest")
    frames = [
        k
        for k, t in enumerate(sentence)
        if (t.stem in LIKELIHOOD or t.norm in CHANCE)
        and any(
            u.norm in ("that", "to") or u.stem in PROOF for u in sentence[k + 1 : k + 1 + FRAME_REACH]
        )  # "may prove in the long term that"
    ]
    proved = [
        k
        for k, t in enumerate(sentence)
        if t.stem in PROOF and not any(0 < k - f <= FRAME_REACH for f in frames)
    ]
    if not frames or proved:
        return []
    weak = sentence[frames[0]]
    return [Specific("word", [proof], query.text[proof.start : proof.end], value=ev.surface(weak))]


SUBJECT_AT = 2  # the claim's subject is a name among its first words ("Minister Akhmetov said")


def _main_hedged(tokens: list[Token]) -> bool:
    """Does the claim hedge its own main clause, before any "that" it reports? A hint given as
    the purpose of a deed ("is using the schemes to signal that") hedges nothing of that deed."""
    end = next((i for i, t in enumerate(tokens) if t.norm == "that"), len(tokens))
    return any(i < end for i in cues(tokens)) or any(
        t.stem in SAYING_HEDGES and not (i and tokens[i - 1].norm == "to") for i, t in enumerate(tokens[:end])
    )


# Verbs of saying with which a claim's subject only hints ("Akhmetov suggested that"): not
# "believes" or "indicated", which a claim states as the subject's own.
SAYING_HEDGES = frozenset({"suggest", "hint", "signal", "impli"})


# Nouns of proposing: what one party puts to another, which the other may take up or not.
PROPOSALS = frozenset("propos offer suggest idea request invit bid plea appeal recommend advic urg".split())


def answer_unstated(query: Query, ev: Evidence) -> list[Specific]:
    """The answer to another's proposal ("Kazakhstan accepted France's proposal"), when the
    passage and its context tell of the proposal and never of that answer: a proposal made
    is not a proposal accepted. After a preposition ("on Akhmetov's recommendation") the
    proposal itself must be told."""
    toks = query.tokens
    around = [*ev.tokens, *ev.context]
    for k in range(1, len(toks) - 1):
        owner, owned, verb = toks[k], toks[k + 1], toks[k - 1]
        if not (owner.cap and query.text[owner.start : owner.end].endswith(POSSESSIVE)):
            continue
        if not any(owned.stem.startswith(p) for p in PROPOSALS):
            continue
        if verb.kind != "word" or verb.cap:
            continue
        if verb.stop:
            verb = owned  # "on Akhmetov's recommendation": the proposal itself must be told
        if not word_stated(verb, around):
            return [Specific("word", [verb], query.text[verb.start : verb.end])]
    return []


# Tokens from "already" to the deed it says is done: "already" stands before the verb, with at
# most a "been" and an adverb between ("has already been formally supplied"), and the deed's
# object may follow the verb ("has already put its senior officers through psychological testing").
ALREADY_REACH = 3
ALREADY_OBJECT_REACH = 6
# Words that open another clause or deed between "already" and a word: "already trained, and
# plans testing" tells the testing no more done than the source does.
# So do the prepositions of a purpose or a time ("already trained 40 divers for mine clearance
# next year"), and a future: only a verb's object, or a "through" it takes, reaches the deed.
ANOTHER_DEED = frozenset(
    "and or but to that which who for in at on of by with from before after until ahead next will".split()
)


def _already_of(query: Query, m: int, k: int) -> bool:
    """Does the "already" at m tell the deed whose word is at k: right before it, or before the
    verb whose object it is, in the same clause?"""
    toks = query.tokens
    if not 0 < k - m <= ALREADY_OBJECT_REACH:
        return False
    if k - m <= ALREADY_REACH:
        return True
    return not CLAUSE_BREAK.search(query.text, toks[m].end, toks[k].start) and not any(
        t.norm in ANOTHER_DEED for t in toks[m + 1 : k]
    )


def _denies(tokens: list[Token]) -> bool:
    """Does the claim deny something ("not", "never", "hasn't")? Then it tells no deed or plan
    these readings can set against the source's."""
    return any(t.norm in NEGATIONS or t.norm.endswith("n't") for t in tokens)


def already_done(query: Query, alignment: Alignment) -> list[Conflict]:
    """A deed the claim says is "already" done, which the source tells only as planned,
    proposed or possible ("have already opened joint factories" against "discussed the
    possibility of opening"): the claim asserts the deed has happened by now, so the source's
    plan contradicts it rather than leaving it unstated. Without "already" a past tense is
    often a loose paraphrase of a plan, and stays not found."""
    toks = query.tokens
    if _denies(toks):
        return []
    marks = [k for k, t in enumerate(toks) if t.norm == "already"]
    at = {id(t): k for k, t in enumerate(toks)}
    for s in alignment.missing:
        k = at.get(id(s.tokens[0]))
        if s.kind != "done" or k is None or not any(_already_of(query, m, k) for m in marks):
            continue
        alignment.missing.remove(s)
        note = f"the claim says it has already happened; the source says only \u201c{s.value}\u201d"
        return [Conflict("modality", s.text, s.value, s.span, None, note=note)]
    return []


# Verbs of planning and weighing (stems): "is planning to set up", "considering whether to
# allocate" put the event still to come, which a source that tells it done says otherwise.
# Not the verbs of wanting or offering ("hopes to", "offered to"): one may want what is done.
STILL_TO_COME = frozenset({"plan", "consid", "envisag", "intend", "weigh", "contempl", "mull"})
# Tokens from the planning verb to the event it governs: "considering whether to allocate"
# (a verb, "whether" and "to" between).
PLAN_EVENT_REACH = 3
# Content words after each verb that may name the event's object: a head noun with up to three
# words before it ("a military language institute").
DONE_OBJECT_REACH = 4
# Object words a deed of another verb must share with the claim's event, its head first: two
# words ("military language institute") make one object; one word ("guards") may be anyone's.
DONE_OBJECT_SHARED = 2
# Tokens before the deed within which the passage must name the claim's subject ("the U.S.
# Senate and Congress had allocated"): the deed is that subject's, not another's.
DEED_SUBJECT_REACH = 6
# Words that make the planned event another one than the deed done: "plans to buy more
# helicopters", "a second base" (a closed class of English).
ANOTHER_OF_THE_KIND = frozenset(
    {"more", "further", "additional", "another", "new", "second", "again", "extra", "expand", "other"}
)


def _planned_event(tokens: list[Token]) -> tuple[int, int] | None:
    """(the planning verb, the event it governs) when the claim puts its event still to come:
    "is planning to set up", "was considering whether to allocate", "envisages introducing"."""
    for k, t in enumerate(tokens):
        if t.stem not in STILL_TO_COME or (k and tokens[k - 1].norm in DETERMINERS):
            continue  # "the plans to": a plan named, not the claim's own hedge
        for j in range(k + 1, min(len(tokens), k + 1 + PLAN_EVENT_REACH)):
            u, before = tokens[j], tokens[j - 1].norm
            if u.kind == "word" and not u.stop and not u.cap and (before == "to" or u.norm.endswith("ing")):
                return k, j
            if u.norm not in ("to", "whether", "on", "how"):
                break
    return None


def _content_after(text: str, tokens: list[Token], k: int) -> list[Token]:
    """The content words after token k in its clause: the object of the verb at k."""
    out: list[Token] = []
    for j in range(k + 1, len(tokens)):
        if CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].start):
            break
        if not tokens[j].stop and tokens[j].kind == "word":
            out.append(tokens[j])
    return out[:DONE_OBJECT_REACH]


def _plans_too(tokens: list[Token]) -> bool:
    """Does the passage speak of a plan itself ("is weighing sending officers", "Chile is
    considering building")? Then a deed beside it may be an earlier one, or another's."""
    return any(t.stem in STILL_TO_COME for t in tokens)


def _subject(query: Query, k: int) -> list[Token]:
    """The content words of the clause before the planning verb at k: its subject ("the U.S.
    Congress was considering")."""
    toks = query.tokens
    out: list[Token] = []
    for j in range(k - 1, -1, -1):
        if toks[j].norm in ("that", "which", "who") or (
            j + 1 < len(toks) and CLAUSE_BREAK.search(query.text, toks[j].end, toks[j + 1].start)
        ):
            break
        if not toks[j].stop and toks[j].kind == "word" and toks[j].norm not in BE:
            out.append(toks[j])
    return out


def still_planned(query: Query, cand: Candidate) -> list[Conflict]:
    """An event the claim says is only planned or weighed ("NATO is planning to set up a
    language institute", "was considering whether to allocate $400 million") that the passage
    tells as done ("NATO has enabled a military language institute", "had allocated"): the
    reverse of `only_planned`. The passage's deed must be a perfect ("has", "had") after the
    claim's subject, of the claim's event's own verb or a verb of the same object, and govern
    no plan of its own ("has agreed to buy" is itself a plan); a passage that speaks of a plan
    too is left alone (the deed may be an earlier one, or another's)."""
    toks = query.tokens
    if _denies(toks):
        return []
    found = _planned_event(toks)
    if found is None or _plans_too(cand.tokens):
        return []
    k, j = found
    event = toks[j]
    near = {event.stem} | paraphrases(event.stem) | synonyms(event.stem)
    objects = _content_after(query.text, toks, j)
    if any(t.norm in ANOTHER_OF_THE_KIND or t.stem in ANOTHER_OF_THE_KIND for t in toks[j:]):
        return []  # "plans to buy more helicopters": the deed done was an earlier one
    subject = _subject(query, k)
    ptoks = cand.tokens
    hedges = cues(ptoks)
    for d in deeds(ptoks, cand.text):
        if d == 0 or ptoks[d - 1].norm not in PERFECT:
            continue
        if any(d - CUE_REACH <= h <= d for h in hedges) or ptoks[d].stem in INTENT:
            continue  # "is expected to have ...", "has planned": not told as done
        if d + 1 < len(ptoks) and ptoks[d + 1].norm == "to":
            continue  # "has agreed to buy": a plan again
        before = ptoks[max(0, d - 1 - DEED_SUBJECT_REACH) : d - 1]
        if not any(p.stem == s.stem or (s.cap and name_match(s, p, False)) for s in subject for p in before):
            continue  # "While Peru has built a base, Chile is ...": another's deed
        after = _content_after(cand.text, ptoks, d)
        shared = {t.stem for t in objects} & {t.stem for t in after}
        same_verb = ptoks[d].stem in near and (shared or not objects)  # "had allocated $400 million"
        same_object = (
            len(shared) >= DONE_OBJECT_SHARED
            and bool(objects)
            and bool(after)
            and objects[0].stem == after[0].stem
        )
        if not (same_verb or same_object):
            continue
        mine = query.text[toks[k].start : event.end]
        said = cand.text[ptoks[d - 1].start : ptoks[d].end]
        note = f"the claim says it is only planned (\u201c{mine}\u201d); the source says \u201c{said}\u201d"
        spans = (toks[k].start, event.end), (ptoks[d - 1].start, ptoks[d].end)
        return [Conflict("modality", mine, said, *spans, note=note)]
    return []


def planned_event_unstated(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """The event the claim says is planned or weighed ("is considering withdrawing its
    peacekeepers") when the passage speaks of no plan and neither it nor its context states
    the event in any form: a plan is told by what it is a plan to do, and a passage about the
    peacekeepers' deployment does not tell of a plan to withdraw them. A light verb ("to hold a
    parade", "to set up a school") puts the event in its object, and a passage that speaks of
    a plan may name it otherwise ("planning the creation of"): both are left to coverage."""
    found = _planned_event(query.tokens)
    if found is None or not found[0] or query.tokens[found[0] - 1].norm not in BE:
        return []  # "is considering", "were planning"; not "a cooperation plan covering", "intended to"
    verb = query.tokens[found[1]]
    if verb.stem in LIGHT_VERBS or _plans_too(cand.tokens):
        return []
    said = [*cand.tokens, *ev.context]
    stems = {u.stem for u in said}
    if word_stated(verb, said) or (paraphrases(verb.stem) | derivations(verb.stem)) & stems:
        return []
    return [Specific("word", [verb], query.text[verb.start : verb.end])]
