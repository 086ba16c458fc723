"""What a claim adds that its passage leaves unsaid: most of its plain words, a change of amount,
a phrase of circumstance, an object, a description, a predicate, a judgement of its own.
Each check returns the claim words the passage does not state, as specifics the verdict
counts as missing.
"""

from __future__ import annotations

from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from kzmil import places
from kzmil.align import ASPECT_ADVERBS
from kzmil.antonyms import AMOUNT_REACH, change_at
from kzmil.conflicts import DENIED_REACH, denials
from kzmil.evaluation import valence
from kzmil.evidence import CONTEXT, Alignment, Evidence
from kzmil.match import Query, prefixed
from kzmil.modality import saying
from kzmil.names import is_person, name_match
from kzmil.normalize import ARTICLES, Token, stem
from kzmil.quantities import BOUND_WORDS, MONTHS, ROUGHLY, extract
from kzmil.search import Candidate
from kzmil.shares import word_stated
from kzmil.specifics import Specific
from kzmil.structure import CLAUSE_BREAK
from kzmil.synonyms import (
    paraphrases,
    synonyms,
)
from kzmil.tables import lookup, past_form
from kzmil.titles import appositions, is_frame

# The share of the claim's plain words (not names, figures or function words) that the
# passage must state, as themselves or as WordNet paraphrases, whatever their rarity: in a
# large archive the names are rare and the words that carry the point ("tighten migration
# laws") are common, so rarity-weighted coverage alone lets the names state a claim.
WORDS_STATED_MIN = 1 / 3
WORDS_COUNTED_MIN = 3  # a claim with fewer plain words than this is left to coverage


def thinly_stated(query: Query, cand: Candidate, alignment: Alignment) -> list[Specific]:
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


def _past_change(text: str, toks: list[Token], k: int) -> tuple[str, int] | None:
    """A verb of change in the past right after its subject's last word, with no auxiliary:
    "migration rose this year", "investment fell sharply". Its direction, as `change_at` gives
    it or as WordNet's verbs of change before a figure do ("rose", "fell", "declined"). Only a
    past form: "a price rise", "the budget increase" are nouns. Only the verbs that tell an amount
    going up or down ("rose", "fell", "declined", "climbed"), not every verb of change ("raised the
    issue", "strengthened by", "extended to")."""
    t, prev = toks[k], toks[k - 1]
    if t.kind != "word" or t.cap or prev.kind != "word" or prev.stop or k + 1 >= len(toks):
        return None
    past = t.norm.endswith("ed") or lookup("irregular.txt", t.stem) is not None or t.norm in IRREGULAR_FALLS
    nxt = toks[k + 1]
    if not past or nxt.norm == "of" or text[prev.end : t.start].strip():
        return None  # "ministries, strengthened by", "Russian-built"
    if nxt.kind == "word" and not nxt.stop and not nxt.norm.endswith("ly"):
        return None  # an object after it: "Lugar raised energy security" (not "rose sharply")
    if nxt.norm in ("to", "from") and (k + 2 >= len(toks) or toks[k + 2].kind != "num"):
        return None  # "assistance extended to drafting", "stretched from ... up to": how far it reached
    way = lookup("change-by.txt", t.stem)
    return (way, 1) if way is not None else None


# The past of "fall", which WordNet's table of irregular forms leaves out ("fell" is also a verb
# of its own, to cut down a tree).
IRREGULAR_FALLS = frozenset({"fell"})


def change_unstated(query: Query, cand: Candidate, alignment: Alignment) -> list[Specific]:
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
        if (toks[k - 1].norm in AUXILIARY_VERBS and (found := change_at(toks, k)) is not None)
        or (found := _past_change(query.text, toks, k)) is not None
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
    """The claim words the passage states neither as written nor by a close paraphrase, and
    its context does not state as written. A synonym in the sentences around is too loose a
    match: "greatest" and "courses" there do not state "top of her class"."""
    stems = {u.stem for u in cand.tokens}
    return [
        u
        for u in plain
        if not (
            word_stated(u, cand.tokens)
            or paraphrases(u.stem) & stems
            or any(_as_written(u.stem, p.stem) for p in ev.context)
        )
    ]


SPELLING_EDITS = 1  # "defence" and "defense", "organisation" and "organization": one word


def _as_written(claim_stem: str, stem: str) -> bool:
    """The same word, a word it starts, or the same word spelt another way (a synonym one
    letter apart)."""
    if claim_stem == stem or prefixed(claim_stem, stem):
        return True
    return stem in synonyms(claim_stem) and Levenshtein.distance(claim_stem, stem) <= SPELLING_EDITS


def unstated_phrase(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
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
            if u.norm in ASPECT_ADVERBS:
                break  # "in the programme ever since": an adverb of time ends the phrase
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


# Adverbs that narrow what a claim speaks of to a part of it, set off after a comma or a
# dash: "parts for Russian-made equipment, especially aircraft": the part is a specific.
FOCUS_ADVERBS = frozenset({"especially", "particularly", "notably", "specifically", "chiefly", "principally"})


def unstated_focus(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """The part a claim narrows to ("..., especially aircraft") that the passage names in no
    word: one plain word unstated is the added detail, since the claim singles it out."""
    toks, text = query.tokens, query.text
    for k, t in enumerate(toks[1:], 1):
        if t.norm not in FOCUS_ADVERBS or not set(text[toks[k - 1].end : t.start]) & {",", "(", "—", "-"}:
            continue
        part: list[Token] = []
        for u in toks[k + 1 :]:
            if CLAUSE_BREAK.search(text, (part[-1] if part else t).end, u.start):
                break
            if u.kind == "word" and not u.stop:
                part.append(u)
        plain = [u for u in part if not u.cap and u.norm not in MONTHS]
        unstated = _unstated_words(plain, cand, ev)
        if unstated and len(unstated) > len(plain) - len(unstated):
            return [Specific("word", unstated, text[part[0].start : part[-1].end])]
    return []


CLAUSE_UNSTATED_MIN = 3  # plain words, none of them stated, that make a clause an added deed
HEDGES = ROUGHLY | BOUND_WORDS | {"least"}  # words of a figure's bound: "at least", "roughly"
# Words in -ing that are prepositions, not deeds: "according to", "following lengthy debate".
ING_PREPOSITIONS = frozenset({"according", "following", "including", "regarding", "concerning", "during"})


def unstated_clause(query: Query, cand: Candidate, ev: Evidence, alignment: Alignment) -> list[Specific]:
    """A clause of purpose or of a further deed the passage says nothing of: "named X deputy
    minister to run a new audit of arms purchases", "named X, replacing an official dismissed for
    corruption". It opens with "to" before a plain word, or with a verb in -ing after a comma,
    and runs to the clause's end; three or more plain words, none of them stated (a paraphrase
    states some), make it a deed or a reason the source does not give, however much of the
    rest it states. A word the passage was already found to state (a superlative, "the
    country" for its name, a paraphrase) counts as stated."""
    toks, text = query.tokens, query.text
    found: set[int] | None = None  # what the passage was found to state, read once a clause opens
    figures: list[tuple[int, int]] = []
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        infinitive = t.norm == "to" and nxt.kind == "word" and not (nxt.stop or nxt.cap)
        participle = (
            nxt.kind == "word"
            and nxt.norm.endswith("ing")
            and nxt.norm not in ING_PREPOSITIONS
            and not (nxt.cap or nxt.stop)
            and text[t.end : nxt.start].strip() == ","
        )
        if not (infinitive or participle):
            continue
        clause: list[Token] = []
        for u in toks[k + 1 :]:
            if clause and CLAUSE_BREAK.search(text, clause[-1].end, u.start):
                break
            clause.append(u)
        if found is None:
            found = {id(t) for s, _ in alignment.matched for t in s.tokens}
            found |= {id(query.terms[i].token) for i, credit in cand.scored.matched.items() if credit > 0}
            # a figure, its unit and its hedge are checked as a figure: "roughly 1.1 billion dollars"
            figures = [(q.start, q.end) for q in extract(text, toks)]
        plain = [
            u
            for j, u in enumerate(clause)
            if u.kind == "word"
            and not (u.cap or u.stop or u.synthetic)
            and u.norm not in MONTHS
            and u.norm not in HEDGES
            and u.norm not in ING_PREPOSITIONS
            and not any(lo <= u.start < hi for lo, hi in figures)
            and not (j and clause[j - 1].kind == "num")
        ]
        if len(plain) < CLAUSE_UNSTATED_MIN:
            continue
        unstated = _unstated_words([u for u in plain if id(u) not in found], cand, ev)
        if len(unstated) == len(plain):
            return [Specific("word", plain, text[clause[0].start : clause[-1].end])]
    return []


NOUN_OPENERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that"})


def other_judgement(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
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
COMMITTING = frozenset({"agre", "pledg", "promis", "vow", "undertook", "undertak", "consent", "commit"})


def commitment_unstated(query: Query, ev: Evidence) -> list[Specific]:
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
    # "agreed to train KAZBAT" against the passage's own "will also provide training for ...
    # KAZBAT": the deed, and what it is done to, promised as sure
    k = next(i for i, t in enumerate(toks) if t is verb)
    deed = toks[k + 2] if k + 2 < len(toks) else None
    subject = [t for t in toks[:k] if t.cap and t.kind == "word" and not t.stop]
    if deed is not None and _promised(deed, _object(toks, k + 2), subject, ev.tokens):
        return []
    return [Specific("word", [verb], query.text[verb.start : verb.end])]


PROMISE_REACH = 3  # tokens from "will" to the deed it makes sure: "will also provide training"
SUBJECT_REACH = 8  # tokens before "will" where its subject stands: "the U.S. military will also"
OBJECT_REACH = 6  # tokens from the deed to its object: "training for the ... battalion KAZBAT"


def _object(toks: list[Token], d: int) -> Token | None:
    """The first content word after the deed at d: what it is done to."""
    return next((t for t in toks[d + 1 :] if not t.stop and t.kind == "word"), None)


def _promised(deed: Token, obj: Token | None, subject: list[Token], ptoks: list[Token]) -> bool:
    """Does the passage say the deed will be done to the object ("will train KAZBAT", "shall
    also provide training for ... KAZBAT"), by one of the names the claim gives as its subject
    ("Italy agreed to provide" is not "Albania will provide"), named before the "will"?"""
    for j, p in enumerate(ptoks):
        if p.norm not in ("will", "shall") or p.cap:
            continue
        before = ptoks[max(0, j - SUBJECT_REACH) : j]
        if subject and not any(name_match(s, b, metonymy=True) for s in subject for b in before):
            continue
        for m in range(j + 1, min(len(ptoks), j + 1 + PROMISE_REACH)):
            if ptoks[m].stem == deed.stem and (
                obj is None or any(x.stem == obj.stem for x in ptoks[m + 1 : m + 1 + OBJECT_REACH])
            ):
                return True
    return False


def unstated_object(query: Query, cand: Candidate) -> list[Specific]:
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
DESCRIBING_UNSTATED_MIN = 2  # unstated words before a stated head that add a detail: "tank division"
# plain words before the head of a description set off by commas: more make a clause
DESCRIPTION_WORDS_MAX = 4


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


def unstated_description(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
    """A role the claim gives a person in an apposition, "Milyuk, ... and a former
    paratrooper, has": the noun that ends each part of the description ("paratrooper") must be
    stated in the passage or its context, as a title must; else it is an added detail."""
    text, toks = query.text, query.tokens
    said = cand.tokens + ev.context
    for _, _, (start, end) in appositions(text, toks, ev.common):
        if is_frame([t for t in toks if start <= t.start < end and t.kind == "word"]):
            continue  # "Kazakhstan, the blog argues, ...": who says it, not who it describes
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
            # the nouns before the head name the kind of role: "a former tank division commander"
            kinds = [t for t in part[1:-1] if t.kind == "word" and not (t.cap or t.stop)]
            unsaid = [t for t in kinds if not word_stated(t, said)]
            closed = text[end : end + 1] == "," and len(kinds) < DESCRIPTION_WORDS_MAX
            if closed and len(unsaid) >= DESCRIBING_UNSTATED_MIN:
                return [Specific("word", unsaid, text[unsaid[0].start : unsaid[-1].end])]
    return []


RELATIVES = frozenset({"who", "whose", "whom", "which", "that"})
# Plain words after the apposition for it to be read: two ("held talks" for "met") are
# often a paraphrase WordNet's first senses miss; three make a deed with its object or place.
PREDICATE_WORDS_MIN = 3


def unstated_predicate(query: Query, cand: Candidate, ev: Evidence) -> list[Specific]:
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


def deed_denied(query: Query, cand: Candidate) -> list[Specific]:
    """A deed the claim tells in words the passage does not state, done to a thing whose deed
    the passage denies: "officers educated abroad have raised standards" against "far from
    improving standards, many of these officers ... leave". The passage's deed is not the
    claim's word, so polarity cannot compare them; but the one thing it says of that deed is
    that it was not done, so the claim's is not stated. A claim that denies too is left to polarity."""
    text, ctoks = query.text, query.tokens
    if denials(text, ctoks):
        return []
    ptoks = cand.tokens
    stated = {t.stem for t in ptoks}
    out: list[Specific] = []
    for _, k in denials(cand.text, ptoks):
        deed = ptoks[k]
        thing = next((t for t in ptoks[k + 1 : k + 1 + DENIED_REACH] if _plain_word(t)), None)
        if thing is None or sum(t.stem == thing.stem for t in ptoks) > 1:
            continue  # "far from welcoming the plan, officials delayed the plan": another deed on it
        for j, c in enumerate(ctoks):
            if c.stem != thing.stem:
                continue
            before = [t for t in ctoks[max(0, j - DENIED_REACH) : j] if _plain_word(t)]
            if any(t.stem == deed.stem or deed.stem in synonyms(t.stem) for t in before):
                continue  # the denied deed itself: polarity's to read
            told = [t for t in before if t.stem not in stated and not synonyms(t.stem) & stated]
            if told and all(t is not told[-1] for s in out for t in s.tokens):
                out.append(Specific("word", [told[-1]], text[told[-1].start : told[-1].end]))
    return out


def _plain_word(t: Token) -> bool:
    return t.kind == "word" and not t.stop and not t.cap and not t.synthetic


# Plain words right after a name that say what it did or is ("American officers attended"),
# and the one plain word before a preposition that ties a name to the claim ("bought from the
# United States", "a visit to Washington").
NAME_DEED_WORDS = 2
# Not "in" or "at": the sentences before may set the scene ("In Washington, ... The meetings").
NAME_PREPOSITIONS = frozenset({"from", "to", "by", "for", "with"})


def deed_of_a_name_around(
    query: Query, cand: Candidate, ev: Evidence, alignment: Alignment
) -> list[Specific]:
    """A name the passage does not give, only the sentences around it, with the claim's words
    that tie it to the passage's event unstated: "American officers attended the session that
    Altynbayev addressed" against "Altynbayev addressed the session", with "U.S." said two
    sentences before. The name being around says the passage's story concerns it, not that it
    did what the claim says. Not a person (mostly whom a pronoun of the passage means), nor what
    the article's title names (its subject, whom a passive leaves unsaid: "are sent abroad"),
    nor who wrote it; a verb of saying frames the claim, and "in" or "at" may set a scene."""
    toks = query.tokens
    at = {id(t): k for k, t in enumerate(toks)}
    for spec, found in alignment.matched:
        if spec.kind != "name" or not found.endswith(CONTEXT) or "the article's" in found:
            continue
        if is_person(spec.tokens[0], ev.common):
            continue  # a person around the passage is mostly whom its pronoun means ("she had hoped")
        if _in_title(spec.tokens, ev):
            continue  # what the article is about: "Kazakhstan sends" for "are sent" in a Kazakh story
        first, last = at.get(id(spec.tokens[0])), at.get(id(spec.tokens[-1]))
        if first is None or last is None:
            continue
        tied = _after_name(query.text, toks, last)
        if not any(past_form(t.norm) for t in tied):
            tied = _before_name(toks, first)  # a deed is told in the past: "attended", "paid"
        if not tied or any(saying(t) for t in tied):
            continue
        unstated = _unstated_words(tied, cand, ev)
        if len(unstated) == len(tied):
            return [Specific("word", unstated, query.text[unstated[0].start : unstated[-1].end])]
    return []


def _in_title(name: list[Token], ev: Evidence) -> bool:
    """Is the name, or a word it starts, in the article's title or publication line?"""
    heading = [t for _, toks in ev.context_texts[ev.sentences :] for t in toks]
    return any(prefixed(t.stem, h.stem) or t.stem == h.stem for t in name for h in heading)


def _after_name(text: str, toks: list[Token], last: int) -> list[Token]:
    """The plain words right after a name run, up to NAME_DEED_WORDS, in its clause."""
    out: list[Token] = []
    for j in range(last + 1, min(len(toks), last + 1 + NAME_DEED_WORDS)):
        t = toks[j]
        if CLAUSE_BREAK.search(text, toks[j - 1].end, t.start) or t.kind != "word" or t.cap or t.stop:
            break
        out.append(t)
    return out


def _before_name(toks: list[Token], first: int) -> list[Token]:
    """The plain word before the preposition that opens on the name ("bought from the U.S.")."""
    j = first - 1
    while j >= 0 and toks[j].norm in ARTICLES:
        j -= 1
    if j < 1 or toks[j].norm not in NAME_PREPOSITIONS:
        return []
    word = toks[j - 1]
    return [word] if word.kind == "word" and not (word.cap or word.stop) else []
