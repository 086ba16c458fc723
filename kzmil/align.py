"""Does the evidence state every specific of the claim?

Each specific (see `specifics`) must be found in the passage or its stated context (the
sentences just before it, the article's title, publication and date) as itself, an alias,
a transliteration, a demonym, a figure written another way or a bound the source's figure
meets. A specific that is not found means the claim is not supported; when the passage
holds a rival of the same kind in its place (a city for a city, "central" for "southern",
"few" for "most", 110 of 250 for "most"), the claim is contradicted. Names, places,
figures and dates are found here; quantifiers, comparisons and orders in `shares`. How the
passage arranges what it states is read by `structure`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from kzmil import places
from kzmil.agents import agent_conflicts, object_conflicts, verb_at
from kzmil.attribution import SOURCE_NOUNS
from kzmil.causes import cause_conflicts
from kzmil.comparisons import exchanged_ranking, is_year
from kzmil.conflicts import LIMITS, Conflict, credits, in_credit, is_initials, limit_for_event, roles
from kzmil.evidence import CONTEXT, Alignment, Evidence
from kzmil.forenames import nicknamed, nicknames
from kzmil.leaders import leader_conflicts
from kzmil.modality import MODALS, saying
from kzmil.names import compound_inner, given_names_before, is_person, matcher, name_match, spelled_out
from kzmil.normalize import ARTICLES, POSSESSIVE, Token, stem, tokenize
from kzmil.parties import PARTY_WORDS, affiliations, against, is_state
from kzmil.quantities import (
    MONTHS,
    ROUGH_TOLERANCE,
    Quantity,
    approximate,
    bound,
    extract,
    model_letters,
    stated_by,
)
from kzmil.reading import ARTICLE_DATE, Found, Reading, relative
from kzmil.shares import (
    SHARE_TOLERANCE,
    Part,
    counts_another,
    figures_exchanged,
    find_comparison,
    find_gap,
    find_multiplier,
    find_order,
    find_preference,
    find_quantifier,
    find_superlative,
    find_word,
    listed_otherwise,
    other_part,
    parts,
    ranks_another,
    said_parts,
    total_parts,
    word_stated,
)
from kzmil.specifics import (
    SEASONS,
    Specific,
    compass,
)
from kzmil.structure import (
    ITEM_SEPARATOR,
    exchanged_subject,
    modifier_conflicts,
    moved_conflicts,
    only_conflicts,
    possessor_conflicts,
    post_of_another,
    qualifier_conflicts,
    range_conflicts,
    role_conflicts,
    sister_conflicts,
    subject_conflicts,
    voice_conflicts,
    wish_conflicts,
)
from kzmil.succession import succession_conflicts
from kzmil.synonyms import paraphrases, synonyms
from kzmil.tenure import tenure_conflicts
from kzmil.timeline import (
    date_conflicts,
    dated_deeds,
    event_date_conflicts,
    novelty_conflicts,
    year_conflicts,
)
from kzmil.titles import (
    OPENING_DETERMINERS,
    added_rank_conflicts,
    description_conflicts,
    earlier_post_unstated,
    institution_conflicts,
    military_rank_conflicts,
    other_office_conflicts,
    previous_post_conflicts,
    rank_conflicts,
    self_description_conflicts,
    title_conflicts,
)


def align(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> Alignment:
    """Where the evidence states each specific of the claim, and where it says otherwise."""
    r = Reading(claim, ctoks, ev)
    out = Alignment()
    for spec in specs:
        found = FINDERS[spec.kind](spec, r)
        if isinstance(found, Conflict):
            out.conflicts.append(found)
        elif found:
            out.matched.append((spec, found))
        else:
            out.missing.append(spec)
    if not out.conflicts:
        out.conflicts += _stranger(out, r)
    if post := earlier_post_unstated(claim, ctoks, ev):
        out.missing.append(Specific("word", post, claim[post[0].start : post[-1].end]))
    out.conflicts += (
        title_conflicts(claim, ctoks, ev)
        or self_description_conflicts(claim, ctoks, ev)
        or description_conflicts(claim, ctoks, ev)
        or other_office_conflicts(claim, ctoks, ev)
        or previous_post_conflicts(claim, ctoks, ev)
        or rank_conflicts(claim, ctoks, ev)
        or added_rank_conflicts(claim, ctoks, ev)
        or military_rank_conflicts(claim, ctoks, ev)
        or institution_conflicts(claim, ctoks, ev)
    )
    if not out.conflicts:
        out.conflicts += (
            role_conflicts(claim, ctoks, specs, ev)
            or moved_conflicts(claim, ctoks, specs, ev)
            or subject_conflicts(claim, ctoks, specs, ev)
            or voice_conflicts(claim, ctoks, specs, ev)
            or agent_conflicts(claim, ctoks, ev)
            or object_conflicts(claim, ctoks, ev)
            or modifier_conflicts(claim, ctoks, ev)
            or sister_conflicts(claim, ctoks, ev)
            or qualifier_conflicts(claim, ctoks, ev)
            or range_conflicts(claim, ctoks, ev)
            or only_conflicts(claim, ctoks, specs, ev)
            or possessor_conflicts(claim, ctoks, ev)
            or exchanged_ranking(claim, ctoks, ev)
            or exchanged_subject(claim, ctoks, specs, ev)
            or post_of_another(claim, ctoks, specs, ev)
            or leader_conflicts(claim, ctoks, ev)
            or succession_conflicts(claim, ctoks, ev)
            or tenure_conflicts(claim, ctoks, ev)
            or cause_conflicts(claim, ctoks, ev)
        )
    if not out.conflicts:
        out.conflicts += (
            year_conflicts(claim, ctoks, ev)
            or date_conflicts(claim, ctoks, ev)
            or event_date_conflicts(claim, ctoks, ev)
            or wish_conflicts(claim, ctoks, ev)
            or novelty_conflicts(claim, ctoks, ev)
        )
    return out


# ---------------------------------------------------------------- names and places


def _person_runs(text: str, tokens: list[Token], ev: Evidence, strict: bool = False) -> list[list[Token]]:
    """Runs of adjacent capitalised words that the corpus writes as names and that name
    someone, outside brackets (where a source is cited): "Vladimir Putin". Strict, not
    initials (NATO) or a model's letters (C-130): the one person a passage names, to set
    against the claim's, must be a person. (Read loosely, they still make a passage about
    someone else, which keeps a name only its context gives from stating the claim.)"""
    runs: list[list[Token]] = []
    for k, t in enumerate(tokens):
        bracketed = text.rfind("(", 0, t.start) > text.rfind(")", 0, t.start)
        if (
            t.kind == "word"
            and t.cap
            and not t.synthetic
            and not bracketed
            and ev.names.get(t.norm)
            and is_person(t, ev.common)
            and not (
                strict
                and (_initials(text, t) or model_letters(text, tokens, k) or _of_a_year(text, tokens, k))
            )
        ):
            if runs and runs[-1] and not text[runs[-1][-1].end : t.start].strip():
                runs[-1].append(t)
            else:
                runs.append([t])
        elif runs and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


YEAR_GAPS = (" ", "-")  # between an event's name and its year


def _of_a_year(text: str, tokens: list[Token], k: int) -> bool:
    """Is the name one of an event of a year ("Rubezh 2004", "Steppe Eagle 2004", "Rubezh-2009"):
    its run ends right before a year? An exercise or a summit, not a person."""
    j = k
    while j + 1 < len(tokens) and tokens[j + 1].cap and not text[tokens[j].end : tokens[j + 1].start].strip():
        j += 1
    return (
        j + 1 < len(tokens)
        and is_year(tokens[j + 1])
        and text[tokens[j].end : tokens[j + 1].start] in YEAR_GAPS
    )


def _initials(text: str, t: Token) -> bool:
    """Is the word written as a body's initials ("NATO", "OSCE", "DoD"), not a person's name?"""
    return is_initials(text[t.start : t.end])


# Words that refer back to a person named before them: a passage with one, ahead of any other
# name, may be about a person the sentences before it name.
ANAPHORS = frozenset({"he", "she", "him", "his", "her"})


def _someone_else(r: Reading) -> bool:
    """Does the passage name a person the claim does not, with no word before that name that
    could refer back to someone named earlier? Then it is about that person, and a person the
    claim names only in the sentences before it is not stated."""
    ev = r.ev
    claim_caps = [t for t in r.ctoks if t.cap]
    # a passage whose subject is a thing told of before ("The meetings focused on ...") goes
    # on about whoever held them: initials it names ("the relationship between Kazakhstan and
    # NATO") are what it tells of, not someone else
    pointed = _thing_told_before(ev.tokens)
    anaphoric = pointed is not None and any(
        c.stem == pointed.stem or c.stem in paraphrases(pointed.stem) for c in r.ctoks
    )
    people = {id(t) for run in _person_runs(ev.text, ev.tokens, ev, strict=True) for t in run}
    theirs = [
        run
        for run in _person_runs(ev.text, ev.tokens, ev)
        if not any(name_match(c, p, metonymy=False) for c in claim_caps for p in run)
        and not (anaphoric and any(id(t) not in people for t in run))
    ]
    if not theirs or _refers_back(ev.tokens):
        return False
    first = theirs[0][0].start
    return not any(t.norm in ANAPHORS and t.start < first for t in ev.tokens)


POINTING_DETERMINERS = frozenset({"the", "these", "this", "those", "such"})


def _thing_told_before(tokens: list[Token]) -> Token | None:
    """The plain noun a passage opens on that points back, before its verb: "The meetings
    focused on", "These talks covered"."""
    if (
        len(tokens) > 2
        and tokens[0].norm in POINTING_DETERMINERS
        and tokens[1].kind == "word"
        and not (tokens[1].cap or tokens[1].stop)
        and verb_at(tokens, 2)
    ):
        return tokens[1]
    return None


def _refers_back(tokens: list[Token]) -> bool:
    """Does the passage open on "It" and a verb of saying ("It noted that ..."): the report
    the sentence before names is the one that says it, so that name is stated. Not another
    pronoun, nor another verb: "They were briefed by X, who promised", "It later emerged that
    X had signed" give the deed to someone the claim may not name (outside review B)."""
    return len(tokens) >= 2 and tokens[0].norm == "it" and saying(tokens[1])


def _stranger(out: Alignment, r: Reading) -> list[Conflict]:
    """The one person the claim names that the passage does not, against the one person the
    passage names that the claim does not: "Nazarbayev urged the Central Asian states" against
    "Putin exhorted the Central Asian states". Anyone else named on either side, and it is
    not known who stands for whom."""
    ev = r.ev
    people = [s for s in out.missing if s.kind == "name" and is_person(s.tokens[0], ev.common)]
    unstated = {id(t) for s in people for t in s.tokens}
    # a person the passage names in part ("Akhmetov" for "Daniyal Akhmetov") is no stranger,
    # nor a body (NATO) or an exercise (Rubezh 2004) someone
    mine = [
        run for run in _person_runs(r.claim, r.ctoks, ev, strict=True) if all(id(t) in unstated for t in run)
    ] or _titled_strangers(r, unstated)
    if len(mine) != 1:
        return []
    claim_caps = [t for t in r.ctoks if t.cap]
    theirs: list[list[Token]] = []
    for found in _person_runs(ev.text, ev.tokens, ev, strict=True):
        if any(name_match(c, p, metonymy=False) for c in claim_caps for p in found):
            continue
        # "Daniyal Akhmetov ... Akhmetov said": one person, named in full and then by surname
        if not any(
            len(found) < len(seen) and all(any(name_match(p, q, metonymy=False) for q in seen) for p in found)
            for seen in theirs
        ):
            theirs.append(found)
    if len(theirs) != 1:
        return []
    run, other = mine[0], theirs[0]
    for spec in people:
        out.missing.remove(spec)
    said = ev.text[other[0].start : other[-1].end]
    span = (run[0].start, run[-1].end)
    return [Conflict("name", r.claim[span[0] : span[1]], said, span, (other[0].start, other[-1].end))]


TITLE_REACH = 3  # capitalised words of a title before a name: "Deputy Defense Minister"
TITLED_WORDS = 2  # a title of two words or more names one post: "Prime Minister"


def _title_words(text: str, tokens: list[Token], k: int) -> list[str]:
    """The capitalised words written right before token k, space apart, at most TITLE_REACH;
    across a comma too ("Kazakhstan's Prime Minister, Daniyal Akhmetov")."""
    out: list[str] = []
    j = k - 1
    while j >= 0 and len(out) < TITLE_REACH:
        gap = text[tokens[j].end : tokens[j + 1].start]
        if (
            not tokens[j].cap
            or tokens[j].kind != "word"
            or gap.strip() not in ("", ",")
            or (out and gap.strip())
        ):
            break
        out.insert(0, tokens[j].norm)
        j -= 1
    return out


def _titled_strangers(r: Reading, unstated: set[int]) -> list[list[Token]]:
    """A name the corpus never writes, after a title ("Prime Minister Karim Massimov"), where
    the passage gives the same title to a person it names ("Kazakhstan's Prime Minister,
    Daniyal Akhmetov") and the deed the claim gives its person right after the name: a person
    of that post, whom the passage names otherwise. Without the title an unknown run of
    capitals may as well be a place, a firm or a paper."""
    toks, ev = r.ctoks, r.ev
    runs: list[list[Token]] = []
    for k, t in enumerate(toks):
        if id(t) in unstated and t.cap and t.kind == "word":
            if (
                runs
                and runs[-1]
                and runs[-1][-1] is toks[k - 1]
                and r.claim[toks[k - 1].end : t.start] == " "
            ):
                runs[-1].append(t)
            else:
                runs.append([t])
    out = []
    stems = {t.stem for t in ev.tokens}
    for run in runs:
        k = next(i for i, t in enumerate(toks) if t is run[0])
        title = _title_words(r.claim, toks, k)
        if len(title) < TITLED_WORDS:
            continue  # "President", "Mayor": one word is any head of anything
        after = next((t for t in toks if t.start >= run[-1].end and t.kind == "word" and not t.stop), None)
        if after is None or after.stem not in stems:
            continue  # the deed the claim gives the person, which the passage gives its own
        for found in _person_runs(ev.text, ev.tokens, ev, strict=True):
            j = next(i for i, t in enumerate(ev.tokens) if t is found[0])
            theirs = _title_words(ev.text, ev.tokens, j)
            if len(theirs) >= len(title) and theirs[-len(title) :] == title:
                out.append(run)
                break
    return out


def _shared_slot(mine: set[str], theirs: set[str], bare: bool) -> bool:
    """Do two names play one part? Two modifiers of different words may ("his Russian
    counterpart" and "Belarusian Defense Minister"), but not when the passage states the claim's
    phrase `bare` of its name: "to enhance Kazakh air defense" is not "US C-130 aircraft" in a
    passage that says "to enhance air defense"."""
    shared = mine & theirs
    return bool(shared) and not (bare and shared == {"modifier"})


def _past_determiners(tokens: list[Token], k: int) -> int:
    """The index of the word before token k, past any determiner ("enhance the air defense")."""
    j = k - 1
    while j >= 0 and tokens[j].norm in OPENING_DETERMINERS:
        j -= 1
    return j


def _stated_bare(c: Token, claim_tokens: list[Token], ev: Evidence) -> bool:
    """Does the passage write the claim's words around its name without it: the content word
    before the name (past any determiner) right before the word after it ("enhance [Kazakh]
    air defense" as "enhance air defense")?"""
    k = next((i for i, x in enumerate(claim_tokens) if x is c), None)
    if k is None or k + 1 >= len(claim_tokens):
        return False
    j = _past_determiners(claim_tokens, k)
    before, head = (claim_tokens[j] if j >= 0 else None), claim_tokens[k + 1]
    if before is None or before.stop or before.kind != "word" or head.cap:
        return False
    toks = ev.tokens
    return any(
        p.stem == head.stem and (m := _past_determiners(toks, i)) >= 0 and toks[m].stem == before.stem
        for i, p in enumerate(toks)
    )


def rival_place(
    c: Token,
    claim: str,
    claim_tokens: list[Token],
    ev: Evidence,
    wanted: set[str] | None = None,
    apart: bool = True,
) -> Token | None:
    """A place of the same kind in the passage that the claim does not name, playing one of
    the `wanted` roles (by default, any the claim's place plays; unless `apart` is false, see
    `_shared_slot`)."""
    kind = places.kind(c.norm)
    if kind is None:
        return None
    mine = roles(claim, claim_tokens, c) if wanted is None else wanted
    bare = apart and _stated_bare(c, claim_tokens, ev)
    for p in ev.tokens:
        if (
            p.kind == "word"
            and p.cap
            and places.kind(p.norm) == kind
            and not any(name_match(x, p, metonymy=True) for x in claim_tokens if x.cap)
            and _shared_slot(mine, roles(ev.text, ev.tokens, p), bare)
        ):
            return p
    return None


def _slot_rival(spec: Specific, r: Reading) -> Conflict | None:
    """A place the passage names elsewhere, while another place fills the claim's slot:
    "serving in Afghanistan" against "the situation in Afghanistan and Iraq ... serving in
    Central Iraq"."""
    t, ev = spec.tokens[0], r.ev
    if places.kind(t.norm) is None:
        return None
    if (regional := _modifier_rival(t, r)) is not None:
        return Conflict("place", spec.text, ev.surface(regional), spec.span, (regional.start, regional.end))
    played = roles(r.claim, r.ctoks, t)
    # what it modifies is told by the phrase's head ("the U.S. Deputy Secretary" and
    # "Kazakhstan's Deputy Defense Minister" fill two slots); else the word before it
    slot = {x for x in played if x.startswith("head " if "modifier" in played else "of ")}
    if not slot:
        return None
    mine = list(filter(matcher(t, metonymy=False), ev.tokens))
    if any(slot & roles(ev.text, ev.tokens, p) for p in mine):
        return None
    other = rival_place(t, r.claim, r.ctoks, ev, wanted=slot)
    if other is None:
        return _swapped_place(spec, r, slot, mine)
    return Conflict("place", spec.text, ev.surface(other), spec.span, (other.start, other.end))


def _modifier_rival(t: Token, r: Reading) -> Token | None:
    """The word that places the claim's place ("in central Afghanistan") put by the passage,
    after the same preposition, before another place of its kind and never by the claim's
    ("the situation in Afghanistan and Iraq ... serving in Central Iraq"): that other place is
    the one meant. Not "Sudan's eastern provinces", which places Sudan too, nor "fled to
    neighbouring Austria" against "lived in neighbouring Germany", another slot."""
    k = next((i for i, x in enumerate(r.ctoks) if x is t), 0)
    if k < 2 or r.ctoks[k - 2].norm not in PLACING_PREPOSITIONS:
        return None
    preposition, word = r.ctoks[k - 2], r.ctoks[k - 1]  # "in", "central"
    if word.kind != "word" or word.cap or word.stop or r.claim[word.end : t.start].strip():
        return None
    kind, ptoks = places.kind(t.norm), r.ev.tokens

    def placed(j: int) -> bool:
        return (
            j > 1
            and ptoks[j - 1].stem == word.stem
            and ptoks[j - 2].norm == preposition.norm
            and not r.ev.text[ptoks[j - 1].end : ptoks[j].start].strip()
        )

    mine = matcher(t, metonymy=False)
    for j, p in enumerate(ptoks):
        if mine(p) and (placed(j) or any(x.stem == word.stem for x in ptoks[j + 1 : j + 1 + PLACED_AFTER])):
            return None  # the passage places the claim's place so too: "Sudan's eastern provinces"
    others = (p for j, p in enumerate(ptoks) if p.cap and places.kind(p.norm) == kind and placed(j))
    return next((p for p in others if not mine(p)), None)


PLACED_AFTER = 2  # words after a place that may place it: "Sudan's eastern provinces"
# Prepositions of where before a placing word: "in central", "off western". Not "to", which is
# also the mark of a verb ("to repair Belarusian fighters": "repair" places nothing).
PLACING_PREPOSITIONS = frozenset(
    {"in", "at", "off", "near", "inside", "within", "across", "throughout", "from", "of"}
)


def _swapped_place(spec: Specific, r: Reading, slot: set[str], mine: list[Token]) -> Conflict | None:
    """Two places of the claim in each other's slots: "a plant in Kazakhstan ... repairs on
    Belarusian jets" against "a plant in Belarus ... repairs on Kazakh jets". The passage puts
    another place the claim names in this one's slot, and this one where that one stands."""
    t, ev = spec.tokens[0], r.ev
    kind = places.kind(t.norm)
    for x in r.ctoks:
        if x.start <= t.start or not x.cap or places.kind(x.norm) != kind or name_match(t, x, metonymy=False):
            continue  # one conflict for the pair, told at its first place
        theirs = list(filter(matcher(x, metonymy=False), ev.tokens))
        in_slot = next((p for p in theirs if slot & roles(ev.text, ev.tokens, p)), None)
        played = roles(r.claim, r.ctoks, x)
        if in_slot is None or slot & played:
            continue
        if any((played & roles(ev.text, ev.tokens, p)) - {"alone", "modifier"} for p in mine):
            note = f"the claim has {spec.text} and {r.claim[x.start : x.end]} the other way round"
            span = (in_slot.start, in_slot.end)
            return Conflict("role", spec.text, ev.surface(in_slot), spec.span, span, note=note)
    return None


# Prepositions of place: a capital after them is the city itself ("signed in Washington"), not
# its government ("Washington agreed"), so it is not stated by the country's name.
LOCATIVE = frozenset({"in", "at"})


def _located(tokens: list[Token], t: Token, before: frozenset[str] = LOCATIVE) -> bool:
    k = next((i for i, x in enumerate(tokens) if x is t), 0)
    return k > 0 and tokens[k - 1].norm in before


BASED = ("-based", "-headquartered")  # "a Minsk-based plant" is where it stands
# Words of travelling, a closed class of English: after them "to" leads to a place, where
# after "ties to" or "turned to" it leads to a government.
TRAVEL = frozenset(stem(w) for w in "visit trip journey tour flight travel flew flown went came".split())


def _city_within(t: Token, r: Reading) -> Token | None:
    """A city the passage puts a thing in, that lies in the country the claim puts it in:
    "opened an office in Lyon" states "opened an office in France"."""
    if not _located(r.ctoks, t) or places.kind(t.norm) != "country":
        return None
    return next(
        (
            p
            for p in r.ev.tokens
            if p.cap
            and _located(r.ev.tokens, p)
            and places.kind(p.norm) == "city"
            and places.lies_in(p.norm, t.norm)
        ),
        None,
    )


def _held_elsewhere(t: Token, found: Token, r: Reading) -> Token | None:
    """The place the passage puts the claim's event in, when the claim's place ("held in
    Spain") is stated only by its people's word as a description ("the Spanish operator ...
    were held in Italy"): the passage's own "in Italy" fills the claim's slot."""
    if not _located(r.ctoks, t) or not places.people(found.norm) or places.people(t.norm):
        return None
    if any(x is found for x in r.ev.tokens if _located(r.ev.tokens, x)):
        return None
    kind = places.kind(t.norm)
    return next(
        (
            p
            for p in r.ev.tokens
            if p.cap
            and places.kind(p.norm) == kind
            and _located(r.ev.tokens, p)
            and not any(name_match(x, p, metonymy=True) for x in r.ctoks if x.cap)
        ),
        None,
    )


def _destination(r: Reading, t: Token) -> bool:
    """ "signed in Beijing", "a visit to Beijing", "a Minsk-based plant": the city itself, which
    its country's name does not state; not "ties to Moscow" or "counter to Moscow's interests",
    its government's."""
    if _located(r.ctoks, t) or r.claim[t.end :].lower().startswith(BASED):
        return True
    k = next((i for i, x in enumerate(r.ctoks) if x is t), 0)
    return (
        k > 1
        and r.ctoks[k - 1].norm == "to"
        and r.ctoks[k - 2].stem in TRAVEL
        and not r.claim[t.start : t.end].endswith(POSSESSIVE)
    )


def _names(t: Token, name: str) -> bool:
    """Is the claim's name one of the words of `name` ("McDermott" of "Roger N. McDermott")?"""
    return any(p.cap and len(p.norm) > 1 and name_match(t, p, metonymy=False) for p in tokenize(name))


def _capital_named(t: Token, r: Reading) -> Token | None:
    """The passage's city that a claim's "the <country's> capital" names: "the Kyrgyz
    capital" is Bishkek, "the U.S. capital" Washington (national capitals, from WordNet)."""
    k = next((i for i, c in enumerate(r.ctoks) if c is t), None)
    if (
        k is None
        or k + 1 >= len(r.ctoks)
        or r.ctoks[k + 1].norm != "capital"
        or places.kind(t.norm) != "country"
    ):
        return None
    return next((p for p in r.ev.tokens if p.cap and places.capital(p.norm, t.norm)), None)


# Verbs a report is put out by: "the Delovaya nedelya article was published", "X broadcast".
PUBLISHING = frozenset({"publish", "broadcast", "report", "air", "print"})


def _as_source(r: Reading, t: Token) -> bool:
    """Does the claim give the name as its source: in a credit of its own, after "according to",
    or before a verb of saying ("Kestavia Press reported")?"""
    if in_credit(r.claim, t):
        return True
    toks = r.ctoks
    lo = hi = next(i for i, x in enumerate(toks) if x is t)
    while lo > 0 and (toks[lo - 1].cap or toks[lo - 1].kind == "num"):
        lo -= 1  # the whole name it is part of: "Kazakh Television's First Channel"
    while hi + 1 < len(toks) and (toks[hi + 1].cap or toks[hi + 1].kind == "num"):
        hi += 1
    before = toks[max(0, lo - 3) : lo]
    after = [x for x in toks[hi + 1 :] if x.kind == "word" and not x.cap and not x.stop][:2]
    return any(x.norm == "according" or saying(x) for x in before) or any(  # "according to X", "told X"
        saying(x) or x.stem in SOURCE_NOUNS or x.stem in PUBLISHING for x in after
    )


def _acronym_for(t: Token, r: Reading) -> str | None:
    """The claim spells out a body that the passage writes by its initials: "the North Atlantic
    Treaty Organization" by "NATO", each word of the name. Only the passage's own: initials
    in the sentences around may be another body's."""
    k = next((i for i, c in enumerate(r.ctoks) if c is t), None)
    if k is None:
        return None
    inner = compound_inner(r.ctoks)
    for p in r.ev.tokens:
        written = r.ev.text[p.start : p.end]
        if p.kind != "word" or not is_initials(written) or len(written) < ACRONYM_LETTERS_MIN:
            continue
        run = spelled_out(written, r.ctoks)
        if (
            run is not None
            and run[0] <= k <= run[1]
            and all(c.cap or c.stop or j in inner for j, c in enumerate(r.ctoks[run[0] : run[1] + 1], run[0]))
            and not _spelled_otherwise(written, r.ctoks[run[0] : run[1] + 1], r.ev)
        ):
            return written
    return None


def _spelled_otherwise(acronym: str, mine: list[Token], ev: Evidence) -> bool:
    """Does the passage or the text around it spell the initials out as another name ("the
    Ghana Armed Forces (GAF)" against the claim's "Ghana Air Force"), or describe what they
    stand for ("The OAP, an association of ...")?"""
    words = {t.stem for t in mine if not t.stop}
    for p, nxt in pairwise(ev.tokens):
        if (
            ev.text[p.start : p.end] == acronym
            and nxt.norm in ARTICLES
            and ev.text[p.end : nxt.start].strip() == ","
        ):
            return True  # "The OAP, an association of retired teachers": an apposition says what it is
    for _text, toks in ((ev.text, ev.tokens), *ev.context_texts):
        run = spelled_out(acronym, toks)
        if run is not None and {t.stem for t in toks[run[0] : run[1] + 1] if not t.stop} != words:
            return True
    return False


# Letters an acronym needs to stand for a spelt-out name: "NATO", "CSTO", "SCO" (two letters,
# "US" or "UN", are places or read by the gazetteer).
ACRONYM_LETTERS_MIN = 3


def _find_name(spec: Specific, r: Reading) -> Found:
    t, ev = spec.tokens[0], r.ev
    if (city := _capital_named(t, r)) is not None:
        return ev.surface(city)  # "the Kyrgyz capital" is stated by "Bishkek"
    loose = t.norm not in ev.names  # a word the corpus never uses may be a slip for one it does
    plain = matcher(t, metonymy=False, loose=loose)
    # a name in a reporter's dated credit ("(Kestavia Press, November 17)") states who reported
    # the passage, not anyone or anywhere it tells of, unless the claim names it as its source
    credited = "(" in ev.text and not _as_source(r, t)
    told = [p for p in ev.tokens if not in_credit(ev.text, p)] if credited else ev.tokens
    found = next(filter(plain, told), None)
    if not _destination(r, t):
        found = found or next(filter(matcher(t, metonymy=True, loose=loose), told), None)
    # a city standing for its country ("Astana" for Kazakhstan) does not count beside another city
    metonym = found is not None and not (t.stem == found.stem or places.same_place(t.norm, found.norm))
    if found is None and (town := _city_within(t, r)) is not None:
        return ev.surface(town)
    if found is None and (party := _affiliation(spec, r)) is not None:
        return party
    if found is None and (familiar := _nickname_before_surname(t, r)) is not None:
        return familiar
    rival = rival_place(t, r.claim, r.ctoks, ev) if found is None or metonym else None
    if rival is not None and _destination(r, t) and not _located(ev.tokens, rival, LOCATIVE | {"to"}):
        rival = None  # "a trip to Washington" is no place "Astana agreed" names: a government there
    if metonym and rival is not None and not _located(ev.tokens, rival):
        rival = (
            None  # "ties with Moscow" against "deepen with Washington ... ties to Russia": two governments
        )
    if found is not None and not (metonym and rival is not None):
        if (held := _held_elsewhere(t, found, r)) is not None:
            return Conflict("place", spec.text, ev.surface(held), spec.span, (held.start, held.end))
        return _slot_rival(spec, r) or ev.surface(found)
    if found is None and rival is None and rival_place(t, r.claim, r.ctoks, ev, apart=False):
        return None  # the passage tells of the claim's thing with no place, and of another's place
    written = r.claim[t.start : t.end]
    if is_initials(written):
        # an acronym spelt out in the passage, or before it, in the title or the publication
        for text, toks in ((ev.text, ev.tokens), *ev.context_texts):
            if (run := spelled_out(written, toks)) is not None:
                said = text[toks[run[0]].start : toks[run[1]].end]
                return said if toks is ev.tokens else f"{said}{CONTEXT}"
    elif t.cap and (acronym := _acronym_for(t, r)) is not None:
        return acronym
    if rival is not None:
        return Conflict("place", spec.text, ev.surface(rival), spec.span, (rival.start, rival.end))
    author = next((a for a in ev.authors if _names(t, a)), None)
    if author is not None:
        return f"{author}, the article's author{CONTEXT}"  # who wrote it says it
    if (holder := _nation_title_holder(t, r)) is not None:
        return holder
    facing = next((c for c in r.slot_rivals if _covers(c, t)), None)
    if facing is not None:
        return facing
    around = next(filter(plain, ev.context), None)
    if around is None and (title := _title_in_article(spec, r)) is not None:
        return title
    if around is not None and _located(r.ctoks, t) and not _located(ev.context, around, LOCATIVE | {"to"}):
        return None  # "signed in Washington" is not stated by "help from Washington" before it
    if around is not None and _dated_not_placed(r, t):
        return None
    if around is not None and is_person(t, ev.common) and _someone_else(r):
        return None  # "Sembinov" before a passage about "Mukhtar Altynbayev"
    return f"{ev.surface(around)}{CONTEXT}" if around is not None else None


def _dated_not_placed(r: Reading, t: Token) -> bool:
    """ "signed in Washington" against a passage's "the plan signed in 2003", with Washington
    only around it: the passage gives that deed a time and no place, so a place the context
    names belongs to another event (the visit it reports)."""
    k = next((i for i, x in enumerate(r.ctoks) if x is t), 0)
    if k < 2 or r.ctoks[k - 1].norm not in LOCATIVE or r.ctoks[k - 2].kind != "word":
        return False
    deed = r.ctoks[k - 2]
    return bool(({deed.stem} | synonyms(deed.stem)) & dated_deeds(r.ev.tokens))


def _nickname_before_surname(t: Token, r: Reading) -> str | None:
    """A given name the passage or its context writes in its other form, formal or familiar,
    right before the surname the claim gives it: "Dick Lugar" for "Richard Lugar". Only with
    that surname: "Jackson" alone is no "Jack", nor "Dick Casey" the Richard of another."""
    k = next((i for i, x in enumerate(r.ctoks) if x is t), None)
    if k is None or k + 1 >= len(r.ctoks) or not t.cap or not nicknames(t.norm):
        return None
    surname = r.ctoks[k + 1]
    if not (surname.cap and surname.kind == "word" and not r.claim[t.end : surname.start].strip()):
        return None
    for text, toks in r.ev.around():
        for p, after in pairwise(toks):
            if p.cap and nicknamed(t.norm, p.norm) and name_match(surname, after, False):
                sentences = r.ev.article() if r.ev.article is not None else r.ev.around()
                if len({g.norm for g, _ in given_names_before(surname, (x for _, x in sentences))}) > 1:
                    return None  # two people of that surname ("Senator Robert Hale", "Governor Richard Hale")
                said = text[p.start : after.end]
                return said if toks is r.ev.tokens else f"{said}{CONTEXT}"
    return None


TITLE_GAP = 2  # words a title may stand before its holder's surname: "Senator Richard Lugar"


def _affiliation(spec: Specific, r: Reading) -> Found:
    """A party or a state the claim gives a US politician it names, against the article's
    "(R-IN)" after that politician's name. Only a capitalised party word counts ("a
    Democrat", not "democratic reforms"), and a state only beside one ("a Democrat from
    Indiana", "the Indiana Republican"): alone, "Washington" is a capital."""
    t = spec.tokens[0]
    k = next((i for i, u in enumerate(r.ctoks) if u is t), None)
    parties = [i for i, u in enumerate(r.ctoks) if u.cap and u.norm in PARTY_WORDS]
    if k is None or r.ev.article is None:
        return None
    # or a state right after the person's name: "Senator Richard Lugar of Indiana"
    after_name = (
        k >= 2
        and is_state(t.norm)
        and r.ctoks[k - 1].norm in STATE_OF
        and r.ctoks[k - 2].cap
        and is_person(r.ctoks[k - 2], r.ev.common)
    )
    if not after_name and not any(abs(i - k) <= PARTY_REACH for i in parties):
        return None
    names = [u for u in r.ctoks if u.cap and u.kind == "word" and u is not t and u.norm not in PARTY_WORDS]
    if not any(is_person(u, r.ev.common) and not u.stop and not is_state(u.norm) for u in names):
        # "the Republican senator from Indiana said": a claim that only describes its person
        # means the politician the passage names
        names = [u for u in r.ev.tokens if u.cap and u.kind == "word" and is_person(u, r.ev.common)]
    found = [
        a
        for text, _ in r.ev.article()
        if "(" in text
        for a in affiliations(text)
        if a[3] and any(name_match(u, tokenize(a[3])[0], False) for u in names)
    ]
    judged = against(t.norm, list({a[:3]: a for a in found}.values()))
    if judged is None:
        return None
    agree, said = judged
    # a description of the person, as a title is: the source gives the person another party
    return said if agree else Conflict("title", spec.text, said, spec.span, None)


PARTY_REACH = 3  # a state beside its party: "a Democratic senator from Indiana", "the Indiana Republican"
STATE_OF = frozenset({"of", "from"})  # a state after a politician's name: "Richard Lugar of Indiana"


def _nation_title_holder(t: Token, r: Reading) -> str | None:
    """The person "the Kazakh president" names, where the passage names someone the article
    calls "Kazakhstan's President Nazarbaev": the nation and the title written together before
    that person's name, as the article writes them; a title alone fits any nation's holder."""
    ev, toks = r.ev, r.ctoks
    k = next((i for i, x in enumerate(toks) if x is t), None)
    if k is None or k + 1 >= len(toks) or ev.article is None or places.kind(t.norm) != "country":
        return None
    title = toks[k + 1]
    if title.cap or title.kind != "word" or title.stop:
        return None  # "the Kazakh president", not "the Kazakh Defense Ministry" (a name of its own)
    people = [p for p in ev.tokens if p.cap and p.kind == "word" and is_person(p, ev.common)]
    if not people:
        return None
    for text, atoks in ev.article():
        for j in range(len(atoks) - 2):
            nation, post = atoks[j], atoks[j + 1]
            if not (
                nation.cap and post.cap and post.stem == title.stem and name_match(t, nation, metonymy=False)
            ):
                continue
            for q in atoks[j + 2 : j + 3 + TITLE_GAP]:  # "President Nursultan Nazarbayev"
                if not q.cap:
                    break
                if any(name_match(q, p, metonymy=False) for p in people):
                    return f"{text[nation.start : q.end]}{CONTEXT}"
    return None


def _title_in_article(spec: Specific, r: Reading) -> str | None:
    """A title the claim gives a person the passage names ("Senator Lugar said ..." against
    "..., he concluded" after "U.S. Senator Richard Lugar" earlier in the article): the
    article's own designation of that person, found anywhere in it."""
    t, ev = spec.tokens[0], r.ev
    k = next((i for i, x in enumerate(r.ctoks) if x is t), None)
    if k is None or k + 1 >= len(r.ctoks) or ev.article is None or is_person(t, ev.common):
        return None
    # the holder's name, given name and surname: "Senator Dick Lugar" where the passage says "Lugar"
    holders: list[Token] = []
    for h in r.ctoks[k + 1 : k + 2 + TITLE_GAP]:
        if not (h.cap and h.kind == "word" and (is_person(h, ev.common) or nicknames(h.norm))):
            break
        holders.append(h)
    named = [*ev.tokens, *ev.context]
    holders = [h for h in holders if any(name_match(h, p, metonymy=False) for p in named)]
    if not holders:
        return None  # the passage is not about that person
    for text, toks in ev.article():
        for j, p in enumerate(toks):
            between = toks[j + 1 : j + 2 + TITLE_GAP]
            at = next(
                (n for n, q in enumerate(between) if any(name_match(h, q, metonymy=False) for h in holders)),
                None,
            )
            if p.stem == t.stem and at is not None and all(q.cap for q in between[:at]):
                # the title's own run of capitals: "Senator Richard Lugar", not "General Petrov and Ivanov"
                return f"{text[p.start : p.end]} (the article){CONTEXT}"
    return None


def _covers(c: Conflict, t: Token) -> bool:
    return c.claim_span is not None and c.claim_span[0] <= t.start < c.claim_span[1]


def _find_direction(spec: Specific, r: Reading) -> Found:
    ev = r.ev
    points = [(p, compass(ev.tokens, k)) for k, p in enumerate(ev.tokens)]
    hit = next((p for p, point in points if point == spec.value), None)
    if hit is not None:
        return ev.surface(hit)
    rival = next((p for p, point in points if point and p.norm not in r.claim_words), None)
    if rival is not None:
        return Conflict("detail", spec.text, ev.surface(rival), spec.span, (rival.start, rival.end))
    return None


# ---------------------------------------------------------------- figures and dates


def _find_figure(spec: Specific, r: Reading) -> Found:
    if spec.quantity is None:
        return None
    gap = next((g for g in r.gaps if g.distance.start == spec.quantity.start), None)
    if gap is not None:
        return find_gap(gap, r)
    got = stated_by(spec.quantity, r.claim, r.ctoks, r.quantities, r.ev.text, r.ev.tokens)
    if got is not None and limit_for_event(r.ctoks, spec.quantity, r.ev.tokens, got):
        got = None  # "signed in 2013" is not stated by "runs through 2013"
    claim_parts = parts(r.ctoks)
    mine = next((p for p in claim_parts if r.ctoks[p.at].start == spec.tokens[0].start), None)
    # the "two" of "two in five of the 250" is the rate's, read with its "five"
    mine = mine or next((p for p in claim_parts if p.at >= 2 and r.ctoks[p.at - 2] is spec.tokens[0]), None)
    if mine is not None and mine.at >= 2 and r.ctoks[mine.at - 2] is spec.tokens[0]:
        got = None
    if got is not None and mine is not None and got.value == mine.whole != mine.part:
        got = None  # "more than 120 of the 250" is not met by the 250 itself
    if got is not None and ranks_another(spec, got, r):
        got = None
    if got is not None:
        return (
            counts_another(spec, got, r)
            or figures_exchanged(spec, got, r)
            or listed_otherwise(spec, got, r)
            or got.text
        )
    another = other_part(spec, mine, r) if mine is not None else None
    if another is not None:
        return another
    listed = _listed(spec, spec.quantity, r.ev, r.ctoks)
    if listed is not None:
        return listed
    of_total = _share_of_total(spec, r)
    if of_total is not None:
        return of_total
    as_part = _share_as_part(spec, r) or _percent_as_part(spec, r)
    if as_part is not None:
        return as_part
    around = stated_by(spec.quantity, r.claim, r.ctoks, r.context_quantities)
    if around is None and (credited := _dated_credit(spec.quantity, r)) is not None:
        return credited
    if around is not None and around.text.endswith(ARTICLE_DATE) and _deadline(spec, r):
        # the article's date tells when it was written, not what is due by then; the passage's
        # "by the end of this year" does
        told = [q for q in r.context_quantities if not q.text.endswith(ARTICLE_DATE)]
        around = stated_by(spec.quantity, r.claim, r.ctoks, told)
    if around is not None and around.text.endswith(ARTICLE_DATE) and r.ev.dated:
        # the passage dates its own event from the article's date to another year: "will open
        # next year" in an article of 2010 says 2011, not the 2010 the article bears
        year = r.ev.dated[0]
        other = next(((s, at, year + d) for s, d, at in relative(r.ev.text, "year") if d), None)
        if other is not None:
            said, at, meant = other
            return Conflict("date", spec.text, f"{said} ({meant})", spec.span, at)
    return f"{around.text}{CONTEXT}" if around is not None else None


def _dated_credit(q: Quantity, r: Reading) -> str | None:
    """A date the claim gives a report it names ("a December 28 article in Delovaya nedelya",
    "Interfax reported on September 13"), stated by the article's dated credit of that report,
    wherever in the article it stands: "(Delovaya nedelya, December 28)" a paragraph on."""
    if q.type != "date" or r.ev.article is None:
        return None
    named = [t for t in r.ctoks if t.cap and t.kind == "word" and t.norm not in MONTHS]
    if not named:
        return None
    for text, _ in r.ev.article():
        for inside in credits(text):
            toks = tokenize(inside)
            if not any(name_match(c, t, False) for c in named for t in toks if t.cap):
                continue
            if any(d.type == "date" and d.value == q.value for d in extract(inside, toks)):
                return f"({inside}){CONTEXT}"
    return None


def _share_of_total(spec: Specific, r: Reading) -> Found:
    """A share the claim gives ("more than half of that sum") against the part the passage
    takes of a whole stated just before it ("143 billion ... Of that total, 54 billion")."""
    q = spec.quantity
    if q is None or q.type != "share":
        return None
    for share, said, part in total_parts(r)[:1]:
        sign = bound(r.claim, r.ctoks, q)
        holds = (
            share > q.value
            if sign == ">"
            else share < q.value
            if sign == "<"
            else abs(share - q.value) <= SHARE_TOLERANCE
        )
        if holds:
            return f"{said}{CONTEXT}"
        return Conflict("number", spec.text, said, spec.span, (part.start, part.end))
    return None


def _share_as_part(spec: Specific, r: Reading) -> Found:
    """A share the claim gives ("about one in five of the cadets") that the passage states as
    a part of a whole ("Of the 114 cadets ..., 23 have left"): the same share, or one that
    meets the claim's bound ("more than one in three"). The passage's one part, of a whole
    that counts what the claim's share counts ("a quarter of the cadets" against "Of the 114
    cadets ..., 23"), and another share, contradicts."""
    q = spec.quantity
    if q is None or q.type != "share":
        return None
    sign = bound(r.claim, r.ctoks, q)
    found = [p for p in said_parts(r) if not _part_hedged(p, r)]
    for p in found:
        if (sign == ">" and p.share > q.value) or (sign == "<" and p.share < q.value):
            return p.text
        if sign not in (">", "<") and abs(p.share - q.value) <= SHARE_TOLERANCE * q.value:
            return p.text  # "one in five" for 23 of 114; not "one in three"
    head = _share_head(r.ctoks, q)
    if len(found) != 1 or head is None:
        return None
    p = found[0]
    at = r.ev.tokens[p.at]
    if not any(t.stem == head.stem and r.ev.one_sentence(t, at) for t in r.ev.tokens):
        return None
    # the part must count what the claim's share does: "23 have left" for "have left", not
    # "12 are women" for "have flown in combat" nor "110 have quit" for "were promoted"
    told = next(
        (t for t in r.ev.tokens[p.at + 1 :] if t.kind == "word" and not t.stop and not _adverb(t)), None
    )
    after = [t for t in r.ctoks if t.start > head.end]
    if told is None or not word_stated(told, after):
        return None
    said = {">": "more than ", "<": "less than "}.get(sign or "", "") + spec.text
    note = f"the claim says {said}; the source says {p.text} ({100 * p.share:.0f} percent)"
    return Conflict("number", spec.text, p.text, spec.span, (at.start, at.end), note=note)


# Adverbs of time and aspect between a part and its verb: "110 have already quit", "23 have
# since left", "12 have also flown". The verb after them says what the part counts.
ASPECT_ADVERBS = frozenset({"already", "also", "still", "now", "just", "yet", "since", "ever", "even"})


def _adverb(t: Token) -> bool:
    return t.norm in ASPECT_ADVERBS or (t.norm.endswith("ly") and len(t.norm) > 4)


def _part_hedged(p: Part, r: Reading) -> bool:
    """Is the part given as a bound or of a time ("at least 18", "at most 40", "30 or more",
    "18 this year alone", "in the past year", "in 2010", "in March"), or qualified ("the real
    figure is double that")? Then it neither states nor contradicts a share of the whole."""
    at = r.ev.tokens[p.at]
    before = {t.norm for t in r.ev.tokens[max(0, p.at - 2) : p.at]}
    after = [t.norm for t in r.ev.tokens[p.at + 1 : p.at + 3]]
    sentence = [t for t in r.ev.tokens if r.ev.one_sentence(t, at)]
    timed = any(t.norm in PART_TIMES or t.norm in MONTHS or is_year(t) for t in sentence)
    return bool(
        before & PART_FLOORS or after[:1] == ["or"] or timed or {t.stem for t in r.ev.tokens} & PART_QUALIFIED
    )


# Words before a part that make it a bound: "at least 18", "at most 40", "more than 18", "up to 40".
PART_FLOORS = frozenset({"least", "most", "than", "over", "some", "nearly", "almost", "about", "to", "under"})
# Words of a part's sentence that tie it to a time, or to some only: "18 this year alone".
PART_TIMES = frozenset({"alone", "year", "month", "week", "past", "last", "since", "recently"})
# Stems in the passage that qualify its figures: "the real figure is double that".
PART_QUALIFIED = frozenset({"figur", "estim", "doubl", "tripl", "twice"})
SHARE_HEAD_REACH = 3  # "a quarter of the cadets": the counted word within three tokens after the share


def _share_head(ctoks: list[Token], q: Quantity) -> Token | None:
    """What a share counts: the first plain word after its "of" ("a quarter of the cadets"),
    past a name that qualifies it ("a third of the Kazakh officers")."""
    k = next((i for i, t in enumerate(ctoks) if t.start >= q.end), None)
    if k is None or ctoks[k].norm != "of":
        return None
    words = [t for t in ctoks[k + 1 : k + 1 + SHARE_HEAD_REACH] if t.kind == "word" and not t.stop]
    return next((t for t in words if not t.cap), words[0] if words else None)


PERCENT_ROUNDING = 0.5  # percentage points: a whole percent is a share rounded to the nearest


def _percent_as_part(spec: Specific, r: Reading) -> Found:
    """A percentage the claim gives ("44 percent have left") that the passage states as a part
    of a whole ("out of 250 officers ..., 110 have already quit"); another percentage of the
    same whole, which the claim names too ("of the 250 officers, 54 percent"), contradicts."""
    q = spec.quantity
    if q is None or q.type != "percent":
        return None
    sign = bound(r.claim, r.ctoks, q)
    wholes = {t.value for t in r.ctoks if t.kind == "num" and not q.start <= t.start < q.end}
    slack = max(PERCENT_ROUNDING, ROUGH_TOLERANCE * q.value) if approximate(r.ctoks, q) else PERCENT_ROUNDING
    for p in said_parts(r):
        share = 100 * p.share
        if (sign == ">" and share > q.value) or (sign == "<" and share < q.value):
            return p.text
        if sign not in (">", "<") and abs(share - q.value) <= slack:
            return f"{p.text} ({share:.0f} percent)"
    for p in parts(r.ev.tokens):
        if p.whole in wholes:  # the same whole: its part is the claim's, put otherwise
            lo, hi = r.ev.tokens[p.at].start, r.ev.tokens[p.at].end
            said = {">": "more than ", "<": "less than "}.get(sign or "", "") + spec.text
            note = f"the claim says {said}; the source says {p.text} ({100 * p.share:.0f} percent)"
            return Conflict("number", spec.text, p.text, spec.span, (lo, hi), note=note)
    return None


LIST_REACH = 6  # words between the counted thing and the colon that opens its list


def _listed(spec: Specific, q: Quantity, ev: Evidence, ctoks: list[Token]) -> Found:
    """A count the passage states by listing the things: "three exercises" against "exercises
    held within Kazakhstan: Saryarka 2004, Rubezh 2004, and Steppe Eagle 2004". A passage
    that writes its own count before the list ("signed two contracts: one for repairing
    Su-27s and the other for ...") says how many, whatever the commas of its items."""
    if q.type != "count" or not q.unit or q.value != int(q.value):
        return None
    for k, t in enumerate(ev.tokens):
        if t.stem != q.unit:
            continue
        colon = ev.text.find(":", t.end)
        nxt = ev.tokens[k + 1 + LIST_REACH] if k + 1 + LIST_REACH < len(ev.tokens) else None
        if colon < 0 or (nxt is not None and colon > nxt.start):
            continue
        count = ev.tokens[k - 1] if k else None
        if count is not None and count.kind == "num" and not count.ordinal and count.value:
            # the count is the claim's only where its clause holds the claim's names and years
            # ("in 2010 it bought two helicopters from France:" counts no 2009 Russian purchase)
            start = max(ev.text.rfind(x, 0, count.start) for x in ";.") + 1
            clause = {u.norm for u in ev.tokens if start <= u.start < colon}
            lo, hi = spec.span
            own = [
                u
                for u in ctoks
                if (u.cap or u.kind == "num") and not lo <= u.start < hi and u is not ctoks[0]
            ]
            if any(u.norm not in clause for u in own):
                continue
            said = ev.text[count.start : t.end]
            if count.value == q.value:
                return said
            return Conflict("number", spec.text, said, spec.span, (count.start, t.end))
        tail = re.split(r"[.;(]", ev.text[colon + 1 :])[0]
        items = [x for x in ITEM_SEPARATOR.split(tail) if x.strip()]
        if len(items) == int(q.value):
            return f"{ev.text[t.start : t.end]}: {len(items)} named"
    return None


# Parts of a span between a deadline's word and its year: "by the end of 2008".
_SPAN_PARTS = frozenset({"the", "end", "close", "middle", "start", "of"})


def _deadline(spec: Specific, r: Reading) -> bool:
    """Is the claim's year a deadline ("to be installed by the end of 2008")? An article of
    2008 dates what it tells, not what is to be done by a year."""
    k = next((i for i, x in enumerate(r.ctoks) if x is spec.tokens[0]), None)
    if k is None:
        return False
    j = k - 1
    while j >= 0 and r.ctoks[j].norm in _SPAN_PARTS:
        j -= 1
    if j < 0:
        return False
    if r.ctoks[j].norm in LIMITS:
        # "until 2008", "through 2013"; "not until 2003" is when it happened
        return not (j > 0 and r.ctoks[j - 1].norm == "not")
    due = any(t.norm in MODALS for t in r.ctoks) or any(
        a.norm == "to" and b.norm == "be" for a, b in zip(r.ctoks, r.ctoks[1:], strict=False)
    )
    # "by 2008" when the claim speaks of what is still due ("will", "to be installed by"), or
    # of the end of the year; not "by 2008, 23 had left", a count as of then
    return r.ctoks[j].norm == "by" and (due or j < k - 1)


def _find_month(spec: Specific, r: Reading) -> Found:
    t, ev = spec.tokens[0], r.ev
    hit = next((p for p in ev.tokens + ev.context if p.norm == t.norm), None)
    if hit is not None:
        return ev.surface(hit)
    month = MONTHS.get(t.norm)
    if t.norm in SEASONS:  # "the spring of 2003": a month of it, as the passage dates its event
        named = next(
            (
                ev.surface(p)
                for p in ev.tokens
                if p.cap and len(p.norm) > 3 and MONTHS.get(p.norm) in SEASONS[t.norm]
            ),
            None,
        )
        k = next(i for i, x in enumerate(r.ctoks) if x is t)
        year = next((x.value for x in r.ctoks[k + 1 : k + 3] if x.kind == "num"), None)
        if named is None and ev.dated and ev.dated[1] in SEASONS[t.norm] and year in (None, ev.dated[0]):
            return f"the article's date{CONTEXT}"  # as a month is: what it tells was so by then
        return named
    dated = next((q.text for q in r.quantities if q.type == "date" and int(q.value) // 100 == month), None)
    if dated:
        return dated
    if month and ev.dated and ev.dated[1] == month:
        return f"the article's date{CONTEXT}"
    other = _other_month_of_year(spec, r)
    if other is not None:
        return other
    if month and ev.dated and ev.dated[1]:
        for said, shift, at in relative(ev.text, "month"):
            meant = (ev.dated[1] - 1 + shift) % 12 + 1
            if meant == month:
                return f"{said} (the article is dated {_month_name(ev.dated[1])})"
            return Conflict("date", spec.text, f"{said} ({_month_name(meant)})", spec.span, at)
    return None


def _other_month_of_year(spec: Specific, r: Reading) -> Conflict | None:
    """Another month of the year the claim gives with its month, in the passage: "in
    September 2003" against "in April 2003"."""
    t = spec.tokens[0]
    k = next((i for i, x in enumerate(r.ctoks) if x is t), None)
    if k is None or k + 1 >= len(r.ctoks) or r.ctoks[k + 1].kind != "num":
        return None
    year = r.ctoks[k + 1].value
    toks = r.ev.tokens
    for j in range(len(toks) - 1):
        p = toks[j]
        if p.cap and p.norm in MONTHS and len(p.norm) > 3 and p.norm != t.norm and toks[j + 1].value == year:
            said = r.ev.text[p.start : toks[j + 1].end]
            return Conflict("date", spec.text, said, spec.span, (p.start, toks[j + 1].end))
    return None


def _month_name(month: int) -> str:
    return next(k for k, v in MONTHS.items() if v == month and len(k) > 3).title()


FINDERS: dict[str, Callable[[Specific, Reading], Found]] = {
    "name": _find_name,
    "figure": _find_figure,
    "month": _find_month,
    "direction": _find_direction,
    "quantifier": find_quantifier,
    "comparison": find_comparison,
    "preference": find_preference,
    "order": find_order,
    "multiplier": find_multiplier,
    "superlative": find_superlative,
    "word": find_word,
}
