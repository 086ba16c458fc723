"""Judgements: a word of the claim that praises or blames (VADER rates it) which no sentence
around the passage states, or which the passage states the other way ("welcomed" against
"opposed"). A word that only compares ("looks like") or names a sort judges nothing.
"""

from __future__ import annotations

from itertools import pairwise

from kzmil.antonyms import change_at, opposites
from kzmil.attribution import SOURCE_NOUNS
from kzmil.conflicts import (
    FAILING,
    LACKING,
    NEGATING_VERBS,
    Conflict,
    denials,
    headline,
    lacked,
)
from kzmil.credit import hit_region, query_stems
from kzmil.evaluation import judges, opposed, same_tone
from kzmil.match import Query
from kzmil.modality import (
    BE,
    desire,
    saying,
)
from kzmil.normalize import ARTICLES, Token
from kzmil.quantities import dated_event
from kzmil.search import Candidate
from kzmil.specifics import Specific
from kzmil.structure import main_clause
from kzmil.superlatives import gradable
from kzmil.synonyms import (
    paraphrases,
    synonyms,
)
from kzmil.tables import past_form

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


# Nouns that name a sort: "plans of this kind", "of any sort" (a closed class of English).
SORT_NOUNS = frozenset({"kind", "sort", "type"})


def _a_sort(tokens: list[Token], k: int) -> bool:
    """ "plans of this kind", "of a kind", "of any sort": a noun of sort after "of" and a
    determiner; VADER's "kind" (+) is no praise there. Only those nouns: "the creation of a
    weak army" judges."""
    return (
        k > 1
        and tokens[k].norm in SORT_NOUNS
        and tokens[k - 2].norm == "of"
        and tokens[k - 1].norm in SORT_OPENERS - {"the"}
    )


def _in_addition(tokens: list[Token], k: int) -> bool:
    """ "as well (as)": in addition, no praise."""
    return k > 0 and tokens[k].norm == "well" and tokens[k - 1].norm == "as"


# Words before "as well as" that make it a comparison of how well: "performed as well as",
# "were as well equipped as", "doing as well as ever".
_HOW_WELL = frozenset("is are was were be been being do does did doing done go goes went going".split())


def _joins_things(tokens: list[Token], k: int) -> bool:
    """The claim's "as well (as)" at k adds one thing to another ("Moscow as well as
    Washington"), unless a verb before it or a participle after it makes it praise of how well
    ("performed as well as", "as well equipped as")."""
    if not _in_addition(tokens, k):
        return False
    before = tokens[k - 2] if k > 1 else None
    if (
        before is not None
        and before.kind == "word"
        and not before.cap
        and (before.norm in _HOW_WELL or past_form(before.norm) or before.norm.endswith("ing"))
    ):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or after.norm == "as" or not (after.kind == "word" and past_form(after.norm))


def _judges_nothing(text: str, tokens: list[Token], k: int) -> bool:
    """ "a kind of", "a fine of $500": an adjective's spelling used as a noun; "trust-busting",
    "crime-fighting": a noun that a compound's doing acts on (an adjective or adverb there,
    "ill-advised", still judges, as does a noun before another part: "war-torn"). VADER rates
    the word alone ("kind" +, "trust" +), which is not what the passage says there."""
    if _in_addition(tokens, k) or tokens[k].stem in NEGATING_VERBS:
        return True  # "keen to avoid upsetting": a denial of the deed after it, no judgement
    if k + 1 >= len(tokens):
        return False
    word, after = tokens[k], tokens[k + 1]
    if text[word.end : after.start] == "-":
        # the object of a doer or a deed ("trust-busting", "peace-keeper"); not "war-torn"
        return not gradable(word.norm) and after.norm.endswith(("ing", "er"))
    if _a_sort(tokens, k):
        return True
    return k > 0 and tokens[k - 1].norm in SORT_OPENERS and after.norm == "of" and gradable(word.norm)


def _judges_what_claim_names(text: str, tokens: list[Token], k: int, mine: set[str]) -> bool:
    """Is the word the first part of a compound whose second the claim names ("anti-corruption
    measures" for a claim of "fighting corruption")? It judges that thing, as the claim's own
    words about it do, and is no verdict on the claim's other words ("supports the belief")."""
    return (
        k + 1 < len(tokens)
        and text[tokens[k].end : tokens[k + 1].start] == "-"
        and tokens[k + 1].stem in mine
    )


SPEAKERS = frozenset({"he", "she", "they", "it", "who", "we", "i"})  # a pronoun that says


# Adverbs that may stand between a speaker and the verb of saying: "he also stressed".
ASIDE_ADVERBS = frozenset({"also", "again", "further", "then", "later", "once", "too"})


# Verbs before which "stressed" is a feeling: "were stressed the whole winter".
FEELING = BE | {"felt", "feel", "got", "became", "seemed"}


def _says(text: str, tokens: list[Token], k: int) -> bool:
    """ "Lugar stressed", "he insisted", "the ministry stressed:", "Delovaya nedelya argued",
    "the paper argued that": a verb of saying right after its speaker, before a colon or a
    quotation, or taking a clause with "that", reports words; it judges nothing itself.
    (Reading "the paper argued that" as a judgement had caught four true contradictions by
    accident, "argued" against any positive word of the passage, and had contradicted true
    draft sentences eight times; session 65 let those four go to not found.)"""
    t, before = tokens[k], tokens[k - 1] if k else None
    if before is not None and k > 1 and (before.norm in ASIDE_ADVERBS or before.norm.endswith("ly")):
        before = tokens[k - 2]  # "he also stressed", "Lugar repeatedly stressed"
    after = text[t.end :].lstrip()[:1]
    # "The talks stressed the safety of ...": its object is what was said, a thing, not a feeling
    said_thing = (
        k + 1 < len(tokens) and tokens[k + 1].norm in ARTICLES and not (k and tokens[k - 1].norm in FEELING)
    )
    return saying(t) and (
        said_thing
        or (
            before is not None
            and (before.cap or before.norm in SPEAKERS or _named_in_lower_case(tokens, k - 1))
        )
        or after in (":", "\u201c", '"')
        # "the paper argued that ...": a verb of saying that takes a clause reports it
        or (k + 1 < len(tokens) and tokens[k + 1].norm == "that")
        # "..., the blog argues, but ...": set off after what it reports, a text's verb reports
        or (before is not None and before.stem in SOURCE_NOUNS and after in (",", ".", ";", ""))
    )


def _named_in_lower_case(tokens: list[Token], k: int) -> bool:
    """ "Delovaya nedelya argued": the last word of a name that writes it in lower case, a
    word no English dictionary knows right after a capitalised one it does not know either."""
    return (
        k > 0
        and tokens[k - 1].cap
        and not tokens[k - 1].stop  # not a sentence's "The blog"
        and not synonyms(tokens[k - 1].stem)  # nor "Opposition bloggers": both words unknown to English
        and tokens[k].kind == "word"
        and not tokens[k].stop
        and not synonyms(tokens[k].stem)
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


CLAUSE_REACH = 3  # words a judgement may stand before the first of the claim clause's words


def _clause_reach(query: Query, cand: Candidate, tok: Token, around: range) -> range:
    """Where the passage may judge a word of the claim the other way: the part that matches
    the claim's main clause holding it, when the claim has two ("Retention is far better
    among senior officers; the real hemorrhaging is among junior ones" against "... the real
    problem exists within the junior officers": the problem is the second clause's)."""
    lo, hi = main_clause(query.text, query.tokens, tok)
    if (lo, hi) == (0, len(query.text)):
        return around
    here = {t.stem for t in query.tokens if lo <= t.start < hi}
    elsewhere = {t.stem for t in query.tokens if not lo <= t.start < hi}
    # the clause's own words: "officers" of both clauses places neither
    mine = {
        i
        for i, term in enumerate(query.terms)
        if lo <= term.token.start < hi and term.token.stem not in elsewhere
    }
    hits = [k for k, i in cand.scored.token_hits if i in mine]
    if not hits:
        return around
    # up to where the passage turns to the other clause's own words ("..., the real problem
    # exists within the junior officers"), however long an aside runs before that
    others = {i for i, term in enumerate(query.terms) if term.token.stem not in here}
    theirs = [k for k, i in cand.scored.token_hits if i in others and k > max(hits)]
    stop = min(theirs) if theirs else around.stop
    return range(max(around.start, min(hits) - CLAUSE_REACH), min(around.stop, stop))


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
    lo, hi = hit_region(cand)
    around = range(max(0, lo - 3), min(hi + 3, len(cand.tokens)))
    region = [cand.tokens[k] for k in around if cand.tokens[k].kind == "word"]
    near = {t.stem for t in region}
    changes = {way[0] for k in around if (way := change_at(cand.tokens, k)) is not None}
    mine = query_stems(query)
    # passage words that state a word of the claim by a synonym ("risk" for "danger") are
    # that word's, not a reversal of another; not a word that judges for one that does not,
    # which only shares a stem with its synonym ("positive" with "posit" for "states")
    theirs = {t.stem for t in region if any(_paraphrases(t, c) for c in query.tokens if c.kind == "word")}
    missing: list[Specific] = []
    reversed_: list[Conflict] = []
    at = {id(t): k for k, t in enumerate(query.tokens)}
    titled = headline(query.text, query.tokens)
    # a claim's "failed to reach" stated by the passage's "has not achieved" where it states
    # the claim: the same deed (or its synonym) denied, and not "not yet" (a deadline to come)
    theirs_denied = {
        cand.tokens[d].stem
        for i, d in denials(cand.text, cand.tokens)
        if i in around and not (i + 1 < len(cand.tokens) and cand.tokens[i + 1].norm == "yet")
    }
    failed = {
        i
        for i, d in denials(query.text, query.tokens)
        # a failure denies its deed: "failed to reach" (not "refused to sign", which tells a
        # will the passage's "has not signed" does not)
        if query.tokens[i].norm in FAILING
        and (
            (deed := query.tokens[d].stem) in theirs_denied
            or bool(theirs_denied & (synonyms(deed) | paraphrases(deed)))
        )
    }
    for i, term in enumerate(query.terms):
        tok = term.token
        if tok.kind != "word" or i in cand.scored.matched:
            continue
        alike_here = synonyms(tok.stem) & stated
        if alike_here and alike_here & near:
            continue  # stated by a paraphrase where the passage states the claim
        if tok.stem in LACKING and _lack_stated(query.tokens, tok, cand.tokens, around):
            continue  # "the lack of" for "an absence of": one denial, in the words of either
        k = at.get(id(tok))
        if k in failed:
            continue  # "failed to reach" for "has not achieved"
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
        if k is not None and dated_event(query.tokens, k) is not None:
            continue  # "the September 11 attacks": the name of an event, no judgement
        if k is not None and _thanks_to(query.tokens, k):
            continue  # "thanks to NATO": a cause, not gratitude
        if k is not None and _likeness(query.tokens, k):
            continue  # "what cooperation can look like": a likeness, not a liking
        if k is not None and _a_sort(query.tokens, k):
            continue  # "plans of this kind": a sort, not a kindness
        if k is not None and _joins_things(query.tokens, k):
            continue  # "Moscow as well as Washington": in addition, no praise
        reach = _clause_reach(query, cand, tok, around)
        other = next(
            (
                cand.tokens[j]
                for j in reach
                if (t := cand.tokens[j]).kind == "word"
                and t.stem not in mine
                and t.stem not in theirs
                and not t.cap
                and opposed(tok, t)
                and not _judges_nothing(cand.text, cand.tokens, j)
                and not _judges_what_claim_names(cand.text, cand.tokens, j, mine)
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


def _paraphrases(theirs: Token, mine: Token) -> bool:
    """Does a passage word state a claim word by a WordNet synonym? A word that judges does
    not state one that judges nothing: their stems may only collide ("positive", "posit")."""
    return theirs.stem in synonyms(mine.stem) and same_tone(theirs, mine)


def _lack_stated(ctoks: list[Token], tok: Token, ptoks: list[Token], around: range) -> bool:
    """Does the passage, where it states the claim, lack what the claim's lack denies ("an
    absence of military infrastructure" for "the lack of Soviet-era military infrastructure"),
    not another thing ("lacked pilots" for "a lack of spare parts")?"""
    mine = lacked(ctoks, next(k for k, t in enumerate(ctoks) if t is tok))
    return mine is not None and any(
        ptoks[k].stem in LACKING and (theirs := lacked(ptoks, k)) is not None and theirs.stem == mine.stem
        for k in around
    )
