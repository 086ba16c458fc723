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
from kzmil.agents import others_deed
from kzmil.align import ANAPHORS, PERCENT_ROUNDING, align, parts, word_stated
from kzmil.antonyms import AMOUNT_REACH, change_at, opposites
from kzmil.attribution import source_frame
from kzmil.backend import IndexBackend
from kzmil.causes import cause_missing, cause_of_a_cause, cause_replaced, cause_unstated, causes
from kzmil.conflicts import (
    HINTS,
    METONYMS,
    Conflict,
    headline,
    name_conflicts,
    polarity_conflicts,
    quantity_conflicts,
    same_name,
)
from kzmil.evaluation import judges, opposed, valence
from kzmil.evidence import CONTEXT, Alignment, Evidence, source_line
from kzmil.match import NUMBER_BOOST, Query, idf
from kzmil.modality import (
    CHANCE,
    INTENT,
    MODALS,
    certain,
    certain_cue,
    cues,
    deeds,
    desire,
    finite,
    future_passive,
    hedged,
    passive,
    possible,
    purpose_of,
    saying,
)
from kzmil.models import Judgement, Result, Span, Verdict
from kzmil.names import claim_names, is_person, name_match
from kzmil.normalize import NEGATIONS, POSSESSIVE, Token, fts_term, stem, tokenize
from kzmil.quantities import CURRENCIES, MONTHS, Quantity, as_percent, extract, qualifiers, stated_by
from kzmil.search import Candidate, FindOptions, candidates, sentences_before, to_result
from kzmil.specifics import Specific, extract_specifics
from kzmil.structure import CLAUSE_BREAK, after_be
from kzmil.superlatives import gradable
from kzmil.synonyms import (
    ABBREVIATIONS,
    abbreviated,
    base_stem,
    derivations,
    paraphrases,
    phrasal,
    phrase_at,
    phrase_means,
    synonyms,
)
from kzmil.tables import past_form
from kzmil.tenure import held_as_stated
from kzmil.timeline import timed_by_another_event
from kzmil.titles import appositions
from kzmil.worthiness import clauses

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


def _region(cand: Candidate) -> tuple[int, int]:
    hits = [k for k, _ in cand.scored.token_hits]
    return (min(hits), max(hits) + 1) if hits else (0, len(cand.tokens))


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
    breaks = [lo for lo, _ in _sentence_spans(cand)[1:]]
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
    if pronoun is None or (hits and pronoun.start > min(hits)):
        return None  # no pronoun ahead of what the passage says of the claim

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


def _one_name(text: str, toks: list[Token], found: list[int]) -> bool:
    """Are the name words at `found` one name written in a row ("Yelena Milyuk")?"""
    return all(b == a + 1 and not text[toks[a].end : toks[b].start].strip() for a, b in pairwise(found))


# Verbs after which "like" compares instead of judging: "looks like", "seemed like".
LINKING = frozenset({"look", "sound", "seem", "feel"})


def _likeness(tokens: list[Token], k: int) -> bool:
    """ "what cooperation can look like", "programs like IMET": a likeness or an example, not a
    liking (a subject that likes comes before it as a pronoun or with "would", "to", "not")."""
    if tokens[k].norm != "like" or k == 0:
        return False
    before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
    example = after is not None and after.cap and not before.stop and not before.cap
    return before.stem in LINKING or example


# Words that make the adjective after them a noun when "of" follows: "a kind of", "this sort of".
SORT_OPENERS = frozenset({"a", "an", "the", "this", "that", "any", "every", "some", "what", "one"})


def _judges_nothing(text: str, tokens: list[Token], k: int) -> bool:
    """ "a kind of", "a fine of $500": an adjective's spelling used as a noun; "trust-busting",
    "crime-fighting": a noun that a compound's doing acts on (an adjective or adverb there,
    "ill-advised", still judges, as does a noun before another part: "war-torn"). VADER rates
    the word alone ("kind" +, "trust" +), which is not what the passage says there."""
    if k > 0 and tokens[k].norm == "well" and tokens[k - 1].norm == "as":
        return True  # "as well (as)": in addition, no praise
    if k + 1 >= len(tokens):
        return False
    word, after = tokens[k], tokens[k + 1]
    if text[word.end : after.start] == "-":
        # the object of a doer or a deed ("trust-busting", "peace-keeper"); not "war-torn"
        return not gradable(word.norm) and after.norm.endswith(("ing", "er"))
    return k > 0 and tokens[k - 1].norm in SORT_OPENERS and after.norm == "of" and gradable(word.norm)


SPEAKERS = frozenset({"he", "she", "they", "it", "who", "we", "i"})  # a pronoun that says


def _says(text: str, tokens: list[Token], k: int) -> bool:
    """ "Lugar stressed", "he insisted", "the ministry stressed:": a verb of saying right after
    its speaker, or before a colon or a quotation, reports words; it judges nothing itself.
    After a common noun ("the paper argued that") it is left to be read as a judgement: on
    the dev claims, reading it as a report there lost three true contradictions that the
    judgement happened to catch, which no rule yet catches for its own reason."""
    t, before = tokens[k], tokens[k - 1] if k else None
    after = text[t.end :].lstrip()[:1]
    return saying(t) and (
        (before is not None and (before.cap or before.norm in SPEAKERS)) or after in (":", "\u201c", '"')
    )


def _thanks_to(tokens: list[Token], k: int) -> bool:
    return tokens[k].norm == "thanks" and k + 1 < len(tokens) and tokens[k + 1].norm == "to"


NEIGHBOUR_REACH = 2  # "steadfast commitment", "commitment was steadfast": a word and its neighbour this near


def _said_with_a_neighbour(ctoks: list[Token], before: list[Token]) -> set[int]:
    """The claim's words (by id) that `before` states next to the claim's next or previous
    plain word: "Astana's steadfast commitment" states the claim's "steadfast commitment"; a
    "good return" does not state "good partners"."""
    plain = [t for t in ctoks if t.kind == "word" and not t.stop]
    at: dict[str, list[int]] = {}
    for k, t in enumerate(before):
        at.setdefault(t.stem, []).append(k)
    out: set[int] = set()
    for a, b in pairwise(plain):
        if any(abs(i - j) <= NEIGHBOUR_REACH for i in at.get(a.stem, []) for j in at.get(b.stem, [])):
            out |= {id(a), id(b)}
    return out


def evaluations(
    query: Query, cand: Candidate, before: list[Token] | None = None
) -> tuple[list[Specific], list[Conflict]]:
    """Words of the claim that judge (VADER valence) and that the passage does not state, as
    such or as a WordNet paraphrase: reversed when the passage judges the other way in the part
    that matches the claim ("reluctant" against "welcome"), else unstated when they judge
    strongly enough to carry the claim's point. A word the sentences `before` the passage state
    as written ("Astana's steadfast commitment") is stated: the passage's other judgements
    ("dangerous pathogens") are of other things."""
    said_before = _said_with_a_neighbour(query.tokens, before or [])
    stated = {t.stem for t in cand.tokens}
    lo, hi = _region(cand)
    around = range(max(0, lo - 3), min(hi + 3, len(cand.tokens)))
    region = [cand.tokens[k] for k in around if cand.tokens[k].kind == "word"]
    near = {t.stem for t in region}
    changes = {way[0] for k in around if (way := change_at(cand.tokens, k)) is not None}
    mine = query_stems(query)
    # passage words that state a word of the claim by a synonym ("risk" for "danger") are
    # that word's, not a reversal of another
    alike = set().union(*(synonyms(s) for s in mine))
    theirs = {t.stem for t in region if t.stem in alike}
    missing: list[Specific] = []
    reversed_: list[Conflict] = []
    at = {id(t): k for k, t in enumerate(query.tokens)}
    titled = headline(query.text, query.tokens)
    for i, term in enumerate(query.terms):
        tok = term.token
        if tok.kind != "word" or i in cand.scored.matched:
            continue
        alike_here = synonyms(tok.stem) & stated
        if alike_here and alike_here & near:
            continue  # stated by a paraphrase where the passage states the claim
        k = at.get(id(tok))
        if tok.cap and k and not titled:
            continue  # a name, capitalised inside the sentence: "Senator Dick Lugar"
        if k is not None and (way := change_at(query.tokens, k)) is not None and way[0] in changes:
            continue  # a change the same way round: "boosting" for "enhance"
        if (
            k is not None
            and desire(query.tokens, k)
            and any(desire(cand.tokens, j) for j in range(len(cand.tokens)))
        ):
            continue  # "hoped to" for "wanting to"
        if k is not None and _says(query.text, query.tokens, k):
            continue  # "Lugar stressed:": a report of words, not a judgement
        if k is not None and _thanks_to(query.tokens, k):
            continue  # "thanks to NATO": a cause, not gratitude
        if k is not None and _likeness(query.tokens, k):
            continue  # "what cooperation can look like": a likeness, not a liking
        other = next(
            (
                cand.tokens[j]
                for j in around
                if (t := cand.tokens[j]).kind == "word"
                and t.stem not in mine
                and t.stem not in theirs
                and not t.cap
                and opposed(tok, t)
                and not _judges_nothing(cand.text, cand.tokens, j)
            ),
            None,
        )
        if alike_here and other is None:
            continue  # a paraphrase elsewhere in the passage, and nothing judges the other way
        if id(tok) in said_before and (other is None or other.stem not in opposites(tok.stem)):
            continue  # stated just before; the passage's judgement is of something else, unless its antonym
        if other is not None:
            said = cand.text[other.start : other.end]
            reversed_.append(
                Conflict("evaluation", tok.norm, said, (tok.start, tok.end), (other.start, other.end))
            )
        elif judges(tok):
            missing.append(Specific("word", [tok], query.text[tok.start : tok.end]))
    return missing, reversed_


# The share of the claim's plain words (not names, figures or function words) that the
# passage must state, as themselves or as WordNet paraphrases, whatever their rarity: in a
# large archive the names are rare and the words that carry the point ("tighten migration
# laws") are common, so rarity-weighted coverage alone lets the names state a claim.
WORDS_STATED_MIN = 1 / 3
WORDS_COUNTED_MIN = 3  # a claim with fewer plain words than this is left to coverage


def _thinly_stated(query: Query, cand: Candidate, alignment: Alignment) -> list[Specific]:
    """The plain words of the claim the passage does not state, when they are most of them."""
    stated = {t.stem for t in cand.tokens}
    found = {id(t) for s, _ in alignment.matched for t in s.tokens}
    plain = [
        (i, t.token)
        for i, t in enumerate(query.terms)
        if t.token.kind == "word" and not t.token.cap and not t.token.stop and id(t.token) not in found
    ]
    if len(plain) < WORDS_COUNTED_MIN:
        return []
    unstated = [
        tok
        for i, tok in plain
        if not cand.scored.matched.get(i) and tok.stem not in stated and not synonyms(tok.stem) & stated
    ]
    if len(unstated) <= (1 - WORDS_STATED_MIN) * len(plain):
        return []
    return [Specific("word", [tok], query.text[tok.start : tok.end]) for tok in unstated]


# Auxiliaries before a claim's predicate: "has grown", "had been cut back", "will rise".
AUXILIARY_VERBS = frozenset("has have had is are was were been be will would".split())


def _change_unstated(query: Query, cand: Candidate, alignment: Alignment) -> list[Specific]:
    """A change the claim asserts ("the programme had been cut back") that the passage states
    neither in its words nor in any word of change the same way: a change up or down is a
    specific, as a figure is. One stated the other way is a reversal, read elsewhere."""
    if any(m.kind == "word" for m in alignment.missing):
        return []
    toks = query.tokens
    # the claim's predicates of change ("had been cut back"), not a participle of a phrase
    predicated = [
        (k, found)
        for k in range(1, len(toks))
        if toks[k - 1].norm in AUXILIARY_VERBS and (found := change_at(toks, k)) is not None
    ]
    if not predicated:
        return []  # the passage need not be read
    stems = {t.stem for t in cand.tokens}
    claimed = {t.stem for t in toks}
    theirs = {  # not a word of a name ("Threat Reduction"), nor one the claim states itself
        way[0]
        for k, p in enumerate(cand.tokens)
        if not (p.cap and k) and p.stem not in claimed and (way := change_at(cand.tokens, k)) is not None
    }
    mine = {t.stem for t in toks if t.cap}
    for k, found in predicated:
        t = toks[k]
        if t.cap or t.stem in stems or t.stem in mine or found[0] in theirs:
            continue
        if any(x.kind == "num" for x in toks[k + 1 : k + 1 + AMOUNT_REACH]):
            continue  # "has grown to 1.2 percent": the figure is the specific, read as such
        if paraphrases(t.stem) & stems:
            continue  # (WordNet's looser relations find "cut" in "part": its senses are many)
        last = toks[k + found[1] - 1]
        return [Specific("word", [t], query.text[t.start : last.end])]
    return []


# Prepositions that open a phrase of circumstance: how, where, by what means or for what a
# thing was done ("on a government scholarship", "with Chinese funds").
# "over" gives a cause ("recalled over corruption allegations"); "amid" is left out: what goes on
# around an event is paraphrased too freely ("amid reshuffles", "amidst these staff changes").
ADJUNCT_PREPOSITIONS = frozenset(
    (
        "in on at for with by from under through during via using after before within across aboard over "
        "including"  # "troops, including units of the navy, took part": a member added to the doers
    ).split()
)
PHRASE_UNSTATED_MIN = 2  # unstated plain words of such a phrase (and most of it) that make it an added detail
# Nouns that head a phrase of time or of the writer's framing, not a circumstance of the event:
# "in recent years", "in the long run", "in the short term", "in any case", "in addition".
FRAME_NOUNS = frozenset(
    stem(w)
    for w in "year time period run term decade month week day era way fact addition hand case sum".split()
)
IDIOM_AFTER = frozenset({"least", "most", "all", "first", "last", "once", "large"})  # "at least": no place
DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}
)


def _unstated_words(plain: list[Token], cand: Candidate, ev: Evidence) -> list[Token]:
    """The claim words neither the passage nor its context states, as written or by a close
    paraphrase."""
    said = [*cand.tokens, *ev.context]
    stems = {u.stem for u in said}
    return [u for u in plain if not (word_stated(u, said) or paraphrases(u.stem) & stems)]


def _unstated_phrase(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """A phrase of circumstance the passage says nothing of ("entered West Point in 2001 on a
    U.S. government scholarship"): two or more of its plain words unstated, and more of them
    unstated than stated. One unstated word may be a paraphrase, and one stated word (often by
    a loose paraphrase: "rising" by "increase") does not state the rest: a phrase mostly unstated
    is a detail added. The phrase is what follows the preposition up to the next function
    word or punctuation."""
    toks, text = query.tokens, query.text
    for k, t in enumerate(toks):
        if t.norm not in ADJUNCT_PREPOSITIONS or (k + 1 < len(toks) and toks[k + 1].norm in IDIOM_AFTER):
            continue
        phrase: list[Token] = []
        for j, u in enumerate(toks[k + 1 :], k + 1):
            if u.norm == "of" and phrase and not phrase[-1].stop:
                continue  # "at the top of her class": the phrase goes on through its "of"
            if u.kind != "word" or (u.stop and u.norm not in DETERMINERS) or u.norm in ADJUNCT_PREPOSITIONS:
                break
            if CLAUSE_BREAK.search(text, (phrase[-1] if phrase else t).end, u.start):
                break
            if phrase and phrase[0].cap and not u.cap and not _nationality(phrase):
                break  # "in Washington Sembinov held talks": the name is the whole phrase
            if phrase and u.cap and not (phrase[-1].cap or phrase[-1].stop) and _opens_clause(toks, j):
                break  # "during his Washington visit Sembinov held talks": the name is a subject
            phrase.append(u)
        plain = [u for u in phrase if not (u.cap or u.stop or u.synthetic) and u.norm not in MONTHS]
        if len(plain) < PHRASE_UNSTATED_MIN or plain[-1].stem in FRAME_NOUNS:
            continue
        unstated = _unstated_words(plain, cand, ev)  # the passage read only for such a phrase
        if len(unstated) < PHRASE_UNSTATED_MIN or len(unstated) <= len(plain) - len(unstated):
            continue
        return [Specific("word", plain, text[plain[0].start : plain[-1].end])]
    return []


NOUN_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})


def _other_judgement(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """A judging adjective the claim puts before a noun where the passage puts another before
    the same noun ("a cool reception" against "a positive response"): the passage judges that
    thing in its own word, and the claim's word, stated nowhere around, is not it."""
    ptoks = cand.tokens
    stated: list[Token] | None = None
    for det, adj, noun in zip(query.tokens, query.tokens[1:], query.tokens[2:], strict=False):
        if det.norm not in NOUN_OPENERS:
            continue  # "a cool reception": an article before it marks the adjective of a noun
        if adj.kind != "word" or adj.stop or adj.cap or noun.kind != "word" or noun.stop or noun.cap:
            continue
        if valence(adj) == 0 or query.text[adj.end : noun.start].strip():
            continue
        near = {noun.stem} | synonyms(noun.stem)
        theirs = [
            p
            for p, q in pairwise(ptoks)
            if q.stem in near
            and p.kind == "word"
            and not (p.stop or p.cap)
            and p.stem != adj.stem
            and not cand.text[p.end : q.start].strip()
        ]
        if not theirs:
            continue
        if stated is None:
            stated = [*ptoks, *ev.context]
        if word_stated(adj, stated) or paraphrases(adj.stem) & {p.stem for p in theirs}:
            continue
        return [Specific("word", [adj], query.text[adj.start : adj.end])]
    return []


def _opens_clause(toks: list[Token], j: int) -> bool:
    """Does the name at j open a clause, a verb after its run ("... visit Sembinov held talks"),
    rather than qualify the noun after it ("secret NATO negotiations")?"""
    while j < len(toks) and toks[j].cap:
        j += 1
    if j >= len(toks) or toks[j].kind != "word":
        return False
    return past_form(toks[j].norm) or toks[j].norm in AUXILIARY_VERBS


def _nationality(phrase: list[Token]) -> bool:
    """Is the phrase so far one country's word, which may qualify the noun after it ("for
    Danish funding", "with Chinese funds")?"""
    return len(phrase) == 1 and places.kind(phrase[0].norm) == "country"


# What ends a verb used without an object: "then married and quit Kazakhstan's army".
_NO_OBJECT = frozenset({"and", "or", "but", "then"})


# Verbs that report a commitment made ("agreed to resupply", "pledged to help", "vowed to
# act"): an event of its own, which a passage telling only of the deed, or of the need for
# it, does not state (a closed class of English, by stem).
COMMITTING = frozenset({"agre", "pledg", "promis", "vow", "undertook", "undertak", "consent"})


def _commitment_unstated(query: Query, ev: Evidence) -> list[Specific]:
    """A commitment the claim reports ("Russia agreed to resupply parts") when neither the
    passage nor the sentences around it state the verb or a paraphrase of it."""
    toks = query.tokens
    verb = next((t for t, nxt in pairwise(toks) if t.stem in COMMITTING and nxt.norm == "to"), None)
    if verb is None:
        return []  # most claims: nothing to look for, and the evidence is not read
    # WordNet's synonyms of "agree" run wide ("hold", "match", "one"): the source must use a
    # verb of commitment itself, or a word made from one ("agreement", "commitment")
    words = COMMITTING | {"commit"}
    if any(p.stem.startswith(c) for _, ts in ev.around() for p in ts for c in words):
        return []
    return [Specific("word", [verb], query.text[verb.start : verb.end])]


def _unstated_object(query: Query, cand: Candidate) -> list[Specific]:
    """An object the claim gives a verb that the passage uses without one: "she married an
    American officer" against "then married and quit": whom she married is an added detail.
    Only when every use of the verb in the passage ends its clause there."""
    toks, ptoks = query.tokens, cand.tokens
    for k, t in enumerate(toks[:-1]):
        if t.kind != "word" or t.cap or t.stop or toks[k + 1].norm not in DETERMINERS - {"that", "this"}:
            continue
        uses = [j for j, p in enumerate(ptoks) if p.kind == "word" and _verb_form(p.norm, t.stem)]
        if not uses or not all(_ends_clause(cand.text, ptoks, j) for j in uses):
            continue
        phrase: list[Token] = []
        for u in toks[k + 2 :]:
            if (
                u.kind != "word"
                or u.stop
                or CLAUSE_BREAK.search(query.text, (phrase[-1] if phrase else t).end, u.start)
            ):
                break
            phrase.append(u)
        if phrase and not all(word_stated(u, ptoks) for u in phrase):
            return [Specific("word", phrase, query.text[phrase[0].start : phrase[-1].end])]
    return []


DESCRIPTION_OPENERS = frozenset({"a", "an", "the"})  # "Milyuk, a former paratrooper,"


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
CONTRACTED = frozenset(
    {"it", "that", "who", "what", "there", "here", "he", "she", "where", "how"}
)  # "it's": "it is"


def _possessive(text: str, tok: Token) -> bool:
    """Does a description open on a possessive ("Kazakhstan's first female attaché", "his
    deputy"), which sets a role as "a" or "the" does?"""
    if tok.norm in POSSESSIVE_PRONOUNS:
        return True
    written = text[tok.start : tok.end]
    return written.endswith(("'s", "\u2019s")) and written[:-2].lower() not in CONTRACTED  # not "it's"


def _unstated_description(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """A role the claim gives a person in an apposition, "Milyuk, ... and a former
    paratrooper, has": the noun that ends each part of the description ("paratrooper") must be
    stated in the passage or its context, as a title must; else it is an added detail."""
    text, toks = query.text, query.tokens
    said = cand.tokens + ev.context
    for _, _, (start, end) in appositions(text, toks, ev.common):
        parts: list[list[Token]] = [[]]
        for t in (t for t in toks if start <= t.start < end):
            if t.norm == "and":
                parts.append([])
            else:
                parts[-1].append(t)
        for part in parts:
            if not part or not (part[0].norm in DESCRIPTION_OPENERS or _possessive(text, part[0])):
                continue
            head = part[-1]
            if head.kind == "word" and not head.cap and not head.stop and not word_stated(head, said):
                return [Specific("word", [head], text[head.start : head.end])]
    return []


RELATIVES = frozenset({"who", "whose", "whom", "which", "that"})
# Plain words after the apposition for it to be read: two ("held talks" for "met") are
# often a paraphrase WordNet's first senses miss; three make a deed with its object or place.
PREDICATE_WORDS_MIN = 3


def _unstated_predicate(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """What the claim says its subject did, when the passage states who the subject is (the
    apposition after the name: "Milyuk, Kazakhstan's first female West Point graduate,") but
    not most of the rest ("married a U.S. Army officer and quit the army"): the description
    is not the claim's point, so its words may not carry the claim. PREDICATE_WORDS_MIN or
    more plain words after the apposition, most of them unstated, the first (its verb) among
    them. "who was" opens a description as a comma does."""
    text, toks = query.text, query.tokens
    for persons, _, (start, end) in appositions(text, toks, ev.common):
        if any(t.start < persons[0].start and t.kind == "word" and not t.stop for t in toks):
            continue  # a name inside the claim, not its subject
        opening = [t.norm for t in toks if t.start >= start][:2]
        if opening[:1] and opening[0] in RELATIVES and opening[1:] not in (["was"], ["is"]):
            continue  # "Milyuk, who entered West Point in 2001, became": a clause is a fact of the claim
        plain = [
            t for t in toks if t.start >= end and t.kind == "word" and not (t.cap or t.stop or t.synthetic)
        ]
        if len(plain) < PREDICATE_WORDS_MIN:
            continue
        unstated = _unstated_words(plain, cand, ev)
        if plain[0] in unstated and len(unstated) > len(plain) - len(unstated):
            return [Specific("word", unstated, text[unstated[0].start : unstated[-1].end])]
    return []


def _ends_clause(text: str, tokens: list[Token], j: int) -> bool:
    """Does the verb at j end its clause, with nothing after it: a stop, or "and", "then"?
    (A comma may open an aside, "strengthen, for the time being, ties"; a word after a comma
    may be an item of a list, "exercises, training and".)"""
    if j and "," in text[tokens[j - 1].end : tokens[j].start]:
        return False
    if j + 1 >= len(tokens):
        return True
    gap = text[tokens[j].end : tokens[j + 1].start]
    return any(ch in gap for ch in ".;:") or tokens[j + 1].norm in _NO_OBJECT


_VERB_ENDINGS = ("", "s", "es", "d", "ed", "ing")  # "married", "marries": not "marriage"


def _verb_form(word: str, verb_stem: str) -> bool:
    return word.startswith(verb_stem) and word[len(verb_stem) :] in _VERB_ENDINGS


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


def _purpose_only(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
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


def _only_planned(query: Query, cand: Candidate) -> list[Specific]:
    """The claim's event, when the claim states it as done and the passage only as planned,
    hoped for or discussed ("envisages introducing", "is being discussed")."""
    hits = dict(cand.scored.token_hits)
    if not hits or _hedged(query):
        return []
    mine = query_stems(query)
    for k in cues(cand.tokens):
        if cand.tokens[k].stem in mine:
            continue
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


# Past forms of "be" before an -ing word tell a deed under way then ("were already providing");
# the present ("is helping") may tell one still to come, as a plan is spoken of.
PAST_BE = frozenset({"was", "were", "been"})
PROGRESSIVE_REACH = 2  # "were already providing": the form of "be" this near before the -ing word


def _progressive(tokens: list[Token], tok: Token) -> bool:
    """Is the -ing word a verb that was in progress ("were already providing airlift"), a deed
    the claim asserts, not a gerund naming an aim ("a report on professionalizing")?"""
    k = next(i for i, t in enumerate(tokens) if t is tok)
    return any(t.norm in PAST_BE for t in tokens[max(0, k - PROGRESSIVE_REACH) : k])


def _others_deed(query: Query, ev: Evidence, alignment: Alignment) -> list[Specific]:
    """The claim's subject, when the source has its deed done by others of its kind (see
    `agents.others_deed`); only when nothing else conflicts or is missing, as a last reading."""
    if alignment.conflicts or alignment.missing:
        return []
    found = others_deed(query.text, query.tokens, ev)
    if found is None:
        return []
    who, said = found
    return [Specific("whose", who, query.text[who[0].start : who[-1].end], value=said)]


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


def _figure_only_hoped(query: Query, ev: Evidence, alignment: Alignment) -> list[Specific]:
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


def _deed_proposed(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """The claim's deed ("Kazakhstan has purchased an Igla system"), when the passage never
    states it as done and the sentence that states most of the claim speaks of the matter
    only as proposed, needed or possible ("plugged the need for ... supplying an Igla system",
    "made suggestions concerning ... constructing warehouses"): a need or a suggestion is not
    a purchase. The deed is unstated when the passage lacks the word, or has it only after
    the cue, as what is proposed."""
    hits = cand.scored.token_hits
    found = deeds(query.tokens, query.text)
    if not hits or not found or _hedged(query):
        return []
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


def _only_possible(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
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


def _subject_may(query: Query, cand: Candidate) -> list[Specific]:
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


def _proof_unstated(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
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
    """Does the claim hedge its own main clause, before any "that" it reports?"""
    end = next((i for i, t in enumerate(tokens) if t.norm == "that"), len(tokens))
    return any(i < end for i in cues(tokens)) or any(t.stem in SAYING_HEDGES for t in tokens[:end])


# Verbs of saying with which a claim's subject only hints ("Akhmetov suggested that"): not
# "believes" or "indicated", which a claim states as the subject's own.
SAYING_HEDGES = frozenset({"suggest", "hint", "signal", "impli"})


# Nouns of proposing: what one party puts to another, which the other may take up or not.
PROPOSALS = frozenset("propos offer suggest idea request invit bid plea appeal recommend advic urg".split())


def _answer_unstated(query: Query, ev: Evidence) -> list[Specific]:
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


def _sentence_spans(cand: Candidate) -> list[tuple[int, int]]:
    """Where each sentence of the passage lies in its text (the rows joined by a space)."""
    out, at = [], 0
    for row in cand.rows:
        out.append((at, at + len(row.text)))
        at += len(row.text) + 1
    return out


def _said_of_another(
    query: Query,
    cand: Candidate,
    alignment: Alignment,
    matched: dict[int, float],
    weights: list[float],
    common: set[str],
    names: dict[str, bool],
) -> list[Specific]:
    """The claim's person, when a passage of several sentences states the claim only with what
    a sentence about somebody else says ("Akhmetov met Maltsaw. '...', Akhmetov noted." does
    not say Maltsaw said it): the claim names its person once and means all of it of them.
    `weights` count each word once (see COUNTED_MIN): the names' rarity, which grows with the
    archive, must not let the sentence that names the person carry the claim."""
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
    spans = _sentence_spans(cand)
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
    clause = _clause_of(query, person.tokens[0])
    weights = [
        w if clause[0] <= query.terms[i].token.start < clause[1] else 0.0 for i, w in enumerate(weights)
    ]
    total = sum(weights) or 1.0
    kept = sum(weights[i] * c for i, c in matched.items() if where.get(i, set()) & about) / total
    if kept >= COUNTED_MIN:
        return []
    lo, hi = _name_run(query.text, query.tokens, person.tokens[0])
    someone = next(iter(others.values()))
    p_lo, p_hi = _name_run(cand.text, cand.tokens, someone)
    return [Specific("whose", person.tokens, query.text[lo:hi], value=cand.text[p_lo:p_hi])]


SPEAKER_REACH = 3  # "Maltsaw said", "Akhmetov noted", "noted Akhmetov": a verb of saying this near


def _speaks(text: str, tokens: list[Token], lo: int, hi: int) -> bool:
    """Does a verb of saying stand right after the name at text[lo:hi], or just before it?"""
    k_lo = next((k for k, t in enumerate(tokens) if t.start >= lo), len(tokens))
    k_hi = next((k for k, t in enumerate(tokens) if t.start >= hi), len(tokens))
    window = [*tokens[k_hi : k_hi + SPEAKER_REACH], *tokens[max(0, k_lo - 2) : k_lo]]
    return any(t.kind == "word" and not t.cap and saying(t) for t in window)


def _speaker_swapped(query: Query, cand: Candidate, whose: list[Specific]) -> list[Conflict]:
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


def _figure_of_another(query: Query, cand: Candidate, alignment: Alignment, ev: Evidence) -> list[Specific]:
    """A figure or date the claim gives to a person in the same phrase ("Sembinov wrapped up
    his trip on November 17"), which the passage gives only in a sentence about somebody else
    ("Altynbayev addressed a session held on November 17"), naming the claim's person in
    another sentence of the passage or just before it: the date is the other event's."""
    common = ev.common
    spans = _sentence_spans(cand)
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
        p_lo, p_hi = _name_run(cand.text, cand.tokens, other)
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


# What joins two main clauses: ", and the biggest danger is ...", "; the ministry ...".
CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas"})


def _clause_of(query: Query, t: Token) -> tuple[int, int]:
    """The span of the claim's main clause that holds t: the claim cut at a semicolon, or at a
    comma and a joining word followed by a clause with a verb of its own."""
    toks, text = query.tokens, query.text
    cuts = [0]
    for k in range(1, len(toks)):
        gap = text[toks[k - 1].end : toks[k].start]
        joined = "," in gap and toks[k].norm in CLAUSE_JOINS and finite(toks[k + 1 :], text)
        if ";" in gap or joined:
            cuts.append(toks[k].start)
    cuts.append(len(text))
    return next(((lo, hi) for lo, hi in pairwise(cuts) if lo <= t.start < hi), (0, len(text)))


def _name_run(text: str, tokens: list[Token], t: Token) -> tuple[int, int]:
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


def query_stems(query: Query) -> set[str]:
    return {t.stem for t in query.tokens}


# Credit for a plain claim word the passage states by a synonym in both words' most frequent
# sense ("aid" for "help"): less than the word itself, as a prefix match is.
PARAPHRASE = 0.8


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


def paraphrased(query: Query, cand: Candidate) -> Candidate:
    """The candidate with the plain claim words it states by a synonym counted as matched, so
    every later reading (coverage, what is planned, what is left unstated) sees them."""
    matched = dict(cand.scored.matched)
    hits = list(cand.scored.token_hits)
    pairs: dict[int, str] | None = None  # the passage's two-word verbs, read once if needed
    abbreviations = any(t.norm in ABBREVIATIONS for t in cand.tokens)
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
    figures = extract(query.text, query.tokens)
    pairs_found = _rates_as_shares(query, cand, figures) + _percents_as_parts(query, cand, figures)
    for i, k in pairs_found + _qualifiers_stated(query, cand, figures):
        if matched.get(i, 0.0) < PARAPHRASE:
            matched[i] = PARAPHRASE
            hits.append((k, i))
    if len(hits) == len(cand.scored.token_hits):
        return cand
    return replace(cand, scored=replace(cand.scored, matched=matched, token_hits=sorted(hits)))


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
    conflicts = quantity_conflicts(query.text, ctoks, cand.text, cand.tokens)
    conflicts += name_conflicts(query.text, ctoks, cand.text, cand.tokens, around, names)
    conflicts += polarity_conflicts(query.text, ctoks, cand.text, cand.tokens, _region(cand))
    ev = evidence(index, cand, names, ctoks)
    alignment = align(query.text, ctoks, specs, ev)
    _named_in_full(index, cand, ev, query, alignment)
    unstated, reversed_ = evaluations(query, cand, around)
    clauses = _clauses_in_context(ev, alignment)
    # a judgement stated in the clause beside the passage that states the claim's name there
    unstated = [s for s in unstated if not any(word_stated(t, toks) for _, toks in clauses for t in s.tokens)]
    alignment.missing += unstated + _thinly_stated(query, cand, alignment) + _only_planned(query, cand)
    alignment.missing += _figure_only_hoped(query, ev, alignment) + _others_deed(query, ev, alignment)
    alignment.missing += _answer_unstated(query, ev) + _unstated_phrase(query, cand, ev)
    alignment.missing += _unstated_object(query, cand) + _other_judgement(query, cand, ev)
    alignment.missing += _unstated_description(query, cand, ev) + _unstated_predicate(query, cand, ev)
    alignment.missing += [
        s
        for s in _commitment_unstated(query, ev)
        if all(s.tokens[0] is not m.tokens[0] for m in alignment.missing)
    ]
    alignment.missing += _change_unstated(query, cand, alignment)
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
        alignment.missing += _deed_proposed(query, cand, ev) + _only_possible(query, cand, ev)
    if not alignment.missing:
        alignment.missing += _purpose_only(query, cand, ev)
    if not alignment.missing:
        alignment.missing += _subject_may(query, cand) + _proof_unstated(query, cand, ev)
    conflicts += _already_done(query, alignment)
    if not any(c.kind in ("polarity", "negation", "evaluation") for c in conflicts):
        conflicts += reversed_ or _reversed_in_context(query, cand, clauses)
    conflicts = [c for c in conflicts if not (c.kind == "name" and _stated_name(c, alignment))]
    conflicts = [c for c in conflicts if not (c.kind in JUDGING and _name_part(ev, c.source_span))]
    # "did not keep his post", "lost his post" against "recalled from his post": as the source states
    left = held_as_stated(query.text, ctoks, ev)

    def as_held(c: Conflict) -> bool:
        return c.kind in WORD_READINGS and _within(c.claim_span, left)

    conflicts = [_as_place(c) for c in conflicts if not as_held(c)]
    taken = {c.claim_span for c in conflicts}
    conflicts += [
        c
        for c in alignment.conflicts
        if (c.claim_span not in taken or c.claim_span is None) and not as_held(c)
    ]
    conflicts = _one_per_designation(query.text, conflicts)
    conflicts = [_paired(c, query, cand) for c in conflicts]
    matched = credited(query, cand, alignment)
    weights = _weights(query, index.total)
    flat = [NUMBER_BOOST if t.is_number else 1.0 for t in query.terms]
    whose = _said_of_another(query, cand, alignment, matched, flat, ev.common, ev.names)
    swapped = _speaker_swapped(query, cand, whose)
    conflicts += swapped
    alignment.missing += [] if swapped else whose
    if not alignment.missing:
        alignment.missing += _figure_of_another(query, cand, alignment, ev)
    frame = _attribution(query, alignment, ev)
    light = {i for i, t in enumerate(query.terms) if t.token.norm in LIGHT_PREPOSITIONS}
    for i in frame | light:
        weights[i] = flat[i] = 0.0  # who wrote it, where, and words that only relate: no content
    framed = [(query.terms[i].token.start, query.terms[i].token.end) for i in frame]

    def in_frame(span: tuple[int, int] | None) -> bool:
        return span is not None and any(lo < span[1] and span[0] < hi for lo, hi in framed)

    conflicts = [c for c in conflicts if not (c.kind in ("name", "place") and in_frame(c.claim_span))]
    alignment.missing = [s for s in alignment.missing if not in_frame(s.span)]
    # what the sentence pointed back at states supports the claim, never a conflict's topic
    stated = _with_antecedent(query, matched, cand, ev)
    coverage = sum(weights[i] * c for i, c in stated.items()) / (sum(weights) or 1.0)
    # a figure's conflicts may leave its topic to the sentences before (see FIGURE_KINDS)
    figures = bool(conflicts) and all(c.kind in FIGURE_KINDS for c in conflicts)
    told = _with_context(query, matched, ev) if figures else matched

    def topic_by(w: list[float]) -> float:
        return max(_topic_coverage(query, w, matched, conflicts), _topic_coverage(query, w, told, conflicts))

    counted = sum(flat[i] * c for i, c in stated.items()) / (sum(flat) or 1.0)
    return Assessment(
        cand, conflicts, coverage, topic_by(weights), alignment, counted, topic_by(flat), frozenset(frame)
    )


# Tokens from "already" to the deed it says is done: "already" stands before the verb, with at
# most a "been" and an adverb between ("has already been formally supplied").
ALREADY_REACH = 3


def _already_done(query: Query, alignment: Alignment) -> list[Conflict]:
    """A deed the claim says is "already" done, which the source tells only as planned,
    proposed or possible ("have already opened joint factories" against "discussed the
    possibility of opening"): the claim asserts the deed has happened by now, so the source's
    plan contradicts it rather than leaving it unstated. Without "already" a past tense is
    often a loose paraphrase of a plan, and stays not found."""
    toks = query.tokens
    if any(t.norm in NEGATIONS or t.norm.endswith("n't") for t in toks):
        return []
    marks = [k for k, t in enumerate(toks) if t.norm == "already"]
    at = {id(t): k for k, t in enumerate(toks)}
    for s in alignment.missing:
        k = at.get(id(s.tokens[0]))
        if s.kind != "done" or k is None or not any(0 < k - m <= ALREADY_REACH for m in marks):
            continue
        alignment.missing.remove(s)
        note = f"the claim says it has already happened; the source says only \u201c{s.value}\u201d"
        return [Conflict("modality", s.text, s.value, s.span, None, note=note)]
    return []


# Words that open a passage by pointing back at what the sentence before told: "These
# activities meet with the approval of Moscow" after the contracts were named.
POINTING_BACK = frozenset({"this", "these", "such"})


def _with_antecedent(
    query: Query, matched: dict[int, float], cand: Candidate, ev: Evidence
) -> dict[int, float]:
    """A passage that opens by pointing back ("These activities ...") speaks of what the
    sentence just before it told: the claim's words stated there count as stated."""
    if not ev.preceding or not cand.tokens or cand.tokens[0].norm not in POINTING_BACK:
        return matched
    _, toks = ev.context_texts[ev.preceding - 1]
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


def _attribution(query: Query, alignment: Alignment, ev: Evidence) -> set[int]:
    """The claim's terms that name the article's author, publication or publisher as its
    source ("According to Roger McDermott, writing in the Central Asia-Caucasus Analyst, ...",
    "the Eurasia Daily Monitor argued"): stated by the article's metadata, they attribute the
    claim and say nothing the passage must hold. Only as a source, framed ("according to",
    "writing in", a verb of saying after): "The Jamestown Foundation allocated $400 million"
    makes it the doer. A name counts whole: "Central Asia" alone may be the claim's point."""
    spans = [spec.span for spec, found in alignment.matched if "the article's author" in found]
    for where in (ev.publication, ev.publisher):
        spans += _named_in_claim(
            query, {t.norm for t in tokenize(where) if t.cap and not t.synthetic and not t.stop}
        )
    spans = [span for span in spans if _framed(query, span, spans)]
    spans += [(t.start, t.end) for t in source_frame(query.text, query.tokens, ev.dated)]
    return {i for i, term in enumerate(query.terms) if any(lo <= term.token.start < hi for lo, hi in spans)}


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
            if c.kind == "polarity" and words and not any(word_stated(t, cand.tokens) for t in words):
                return [replace(c, source_span=None, note=f"{c.reason} (in the sentence beside it)")]
    return []


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
        lo, hi = _name_run(query.text, query.tokens, spec.tokens[0])
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
    return None


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


def decide(assessments: list[Assessment]) -> tuple[Judgement, Assessment | None]:
    """The verdict from the assessments, best-ranked first: NOT FOUND with the passage that
    casts doubt when a better-ranked passage disagrees too weakly to contradict."""
    support = next((r for r in assessments if _supports(r)), None)
    against = next(
        (
            r
            for k, r in enumerate(assessments[:CONTRADICTION_RANKS])
            if r.conflicts
            and min(r.topic, r.topic_counted) >= _topic_min(r, first=k == 0)
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
    ):
        return Judgement.SUPPORTED, support
    if against:
        return Judgement.CONTRADICTED, against
    return Judgement.NOT_FOUND, None


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
    verdict, chosen = decide(assessments)
    if verdict is Judgement.SUPPORTED and chosen is not None and not clause:
        crossed = _clause_crossed(index, query.text, chosen.cand)
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
    spans = clauses(claim)
    if len(spans) < 2 and (cut := RELATIVE_CLAUSE.search(claim)):
        spans = [(0, cut.start()), (cut.end(), len(claim.rstrip(" .")))]  # ", whose development ..."
    if len(cand.rows) < 2 or len(spans) < 2:
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
        if any(index.doc(r.doc_id).doc == ev.doc and r.start <= ev.start < r.end for r in cand.rows):
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


def _same_word(a: Token, b: Token) -> bool:
    """One word, or one place as a name and as its people's adjective ("Russia", "Russian")."""
    return a.stem == b.stem or places.same_place(a.norm, b.norm)


# A relative clause after a comma tells a fact of its own: "a Kazakh navy, whose development ..."
RELATIVE_CLAUSE = re.compile(r",\s+(?:whose|which|where)\s+")


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
