"""Does the evidence state every specific of the claim?

Each specific (see `specifics`) must be found in the passage or its stated context (the
sentences just before it, the article's title, publication and date) as itself, an alias,
a transliteration, a demonym, a figure written another way or a bound the source's figure
meets. A specific that is not found means the claim is not supported; when the passage
holds a rival of the same kind in its place (a city for a city, "central" for "southern",
"few" for "most", 110 of 250 for "most"), the claim is contradicted. How the passage
arranges what it states is read by `structure`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from typing import NamedTuple

from kzmil import places
from kzmil.agents import agent_conflicts, object_conflicts
from kzmil.antonyms import opposites
from kzmil.causes import cause_conflicts
from kzmil.comparisons import compared_figures, exchanged_ranking, preference
from kzmil.conflicts import Conflict, name_conflicts, roles
from kzmil.evidence import CONTEXT, Alignment, Evidence
from kzmil.leaders import leader_conflicts
from kzmil.match import prefixed
from kzmil.names import is_person, matcher, name_match, spelled_out
from kzmil.normalize import POSSESSIVE, Token, stem, tokenize
from kzmil.parties import PARTY_WORDS, affiliations, against, is_state
from kzmil.quantities import (
    MONTHS,
    ROUGH_TOLERANCE,
    ROUGHLY,
    Gap,
    Quantity,
    approximate,
    bound,
    event_tied,
    extract,
    implied_dates,
    model_letters,
    stated_by,
    uncited,
)
from kzmil.specifics import (
    ALL,
    COMPARATIVES,
    FEW,
    MANY,
    MINORITY,
    MOST,
    MULTIPLIERS,
    NONE,
    SOLE,
    SOLE_WORDS,
    UP,
    Specific,
    compass,
    quantifiers,
)
from kzmil.structure import (
    CLAUSE_BREAK,
    ITEM_SEPARATOR,
    clause_span,
    exchanged_subject,
    modifier_conflicts,
    moved_conflicts,
    only_conflicts,
    possessor_conflicts,
    post_of_another,
    qualifier_conflicts,
    range_conflicts,
    role_conflicts,
    subject_conflicts,
    voice_conflicts,
    wish_conflicts,
)
from kzmil.succession import succession_conflicts
from kzmil.superlatives import ranked
from kzmil.synonyms import synonyms
from kzmil.tenure import tenure_conflicts
from kzmil.timeline import (
    date_conflicts,
    dated_deeds,
    event_date_conflicts,
    novelty_conflicts,
    order,
    year_conflicts,
)
from kzmil.titles import (
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

# Share of a whole that each quantifier asserts, as (lowest, highest) inclusive.
SHARE_RANGE = {
    ALL: (0.999, 1.0),
    MOST: (0.5001, 1.0),
    FEW: (0.0, 0.25),
    MINORITY: (0.0001, 0.4999),
    NONE: (0.0, 0.0),
}
# Quantifier classes that cannot both be true of one whole.
EXCLUSIVE = {
    ALL: frozenset({FEW, MINORITY, NONE}),
    MOST: frozenset({FEW, MINORITY, NONE}),
    FEW: frozenset({ALL, MOST, MANY}),
    MINORITY: frozenset({ALL, MOST, NONE}),
    NONE: frozenset({ALL, MOST, FEW, MINORITY, MANY}),
}
# How many tokens after "out of M" the part N may come: "out of 250 officers who ..., 110".
PART_WINDOW = 20
# How many tokens before "of M" the part N may stand: "23 of the 114".
PART_BEFORE = 3

Found = str | Conflict | None  # the source's words for a specific, a conflict, or nothing


@dataclass
class _Reading:
    """One claim against one passage, with what several finders share computed once."""

    claim: str
    ctoks: list[Token]
    ev: Evidence
    claim_words: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.claim_words = {t.norm for t in self.ctoks}

    @cached_property
    def slot_rivals(self) -> list[Conflict]:
        """Names of the claim that face another name in the same slot of the passage: a name
        found only in the context does not count against these."""
        return name_conflicts(self.claim, self.ctoks, self.ev.text, self.ev.tokens, [], self.ev.names)

    def _figures(self, text: str, tokens: list[Token]) -> list[Quantity]:
        return uncited(text, tokens, self.ctoks)

    @cached_property
    def gaps(self) -> list[Gap]:
        return implied_dates(self.claim, self.ctoks)

    @cached_property
    def quantities(self) -> list[Quantity]:
        return self._figures(self.ev.text, self.ev.tokens)

    @cached_property
    def preceding_quantities(self) -> list[Quantity]:
        """Figures of the sentences just before the passage, in order."""
        return [
            q for text, toks in self.ev.context_texts[: self.ev.preceding] for q in self._figures(text, toks)
        ]

    @cached_property
    def context_quantities(self) -> list[Quantity]:
        """Figures of the sentences before the passage and of the title, and the article's year."""
        out = [q for text, toks in self.ev.context_texts for q in self._figures(text, toks)]
        if self.ev.dated:
            year = self.ev.dated[0]
            out.append(Quantity("year", float(year), "", 0, 0, f"{year} (the article's date)"))
            for said, shift, _ in _relative(self.ev.text, "year"):
                out.append(Quantity("year", float(year + shift), "", 0, 0, f"{said}, {year + shift}"))
        return out


def align(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> Alignment:
    """Where the evidence states each specific of the claim, and where it says otherwise."""
    r = _Reading(claim, ctoks, ev)
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
            and not (strict and (_initials(text, t) or model_letters(text, tokens, k)))
        ):
            if runs and runs[-1] and not text[runs[-1][-1].end : t.start].strip():
                runs[-1].append(t)
            else:
                runs.append([t])
        elif runs and runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _initials(text: str, t: Token) -> bool:
    """Is the word written in capitals ("NATO", "OSCE"): the initials of a body, not a person?"""
    word = text[t.start : t.end]
    return len(word) > 1 and word.isalpha() and word.isupper()


# Words that refer back to a person named before them: a passage with one, ahead of any other
# name, may be about a person the sentences before it name.
ANAPHORS = frozenset({"he", "she", "him", "his", "her"})


def _someone_else(r: _Reading) -> bool:
    """Does the passage name a person the claim does not, with no word before that name that
    could refer back to someone named earlier? Then it is about that person, and a person the
    claim names only in the sentences before it is not stated."""
    ev = r.ev
    claim_caps = [t for t in r.ctoks if t.cap]
    theirs = [
        run
        for run in _person_runs(ev.text, ev.tokens, ev)
        if not any(name_match(c, p, metonymy=False) for c in claim_caps for p in run)
    ]
    if not theirs:
        return False
    first = theirs[0][0].start
    return not any(t.norm in ANAPHORS and t.start < first for t in ev.tokens)


def _stranger(out: Alignment, r: _Reading) -> list[Conflict]:
    """The one person the claim names that the passage does not, against the one person the
    passage names that the claim does not: "Nazarbayev urged the Central Asian states" against
    "Putin exhorted the Central Asian states". Anyone else named on either side, and it is
    not known who stands for whom."""
    ev = r.ev
    people = [s for s in out.missing if s.kind == "name" and is_person(s.tokens[0], ev.common)]
    unstated = {id(t) for s in people for t in s.tokens}
    # a person the passage names in part ("Akhmetov" for "Daniyal Akhmetov") is no stranger
    mine = [run for run in _person_runs(r.claim, r.ctoks, ev) if all(id(t) in unstated for t in run)]
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


def rival_place(
    c: Token, claim: str, claim_tokens: list[Token], ev: Evidence, wanted: set[str] | None = None
) -> Token | None:
    """A place of the same kind in the passage that the claim does not name, playing one of
    the `wanted` roles (by default, any the claim's place plays)."""
    kind = places.kind(c.norm)
    if kind is None:
        return None
    mine = roles(claim, claim_tokens, c) if wanted is None else wanted
    for p in ev.tokens:
        if (
            p.kind == "word"
            and p.cap
            and places.kind(p.norm) == kind
            and not any(name_match(x, p, metonymy=True) for x in claim_tokens if x.cap)
            and mine & roles(ev.text, ev.tokens, p)
        ):
            return p
    return None


def _slot_rival(spec: Specific, r: _Reading) -> Conflict | None:
    """A place the passage names elsewhere, while another place fills the claim's slot:
    "serving in Afghanistan" against "the situation in Afghanistan and Iraq ... serving in
    Central Iraq"."""
    t, ev = spec.tokens[0], r.ev
    if places.kind(t.norm) is None:
        return None
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


def _swapped_place(spec: Specific, r: _Reading, slot: set[str], mine: list[Token]) -> Conflict | None:
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


# Words of travelling, a closed class of English: after them "to" leads to a place, where
# after "ties to" or "turned to" it leads to a government.
TRAVEL = frozenset(stem(w) for w in "visit trip journey tour flight travel flew flown went came".split())


def _destination(r: _Reading, t: Token) -> bool:
    """ "signed in Beijing", "a visit to Beijing": the city itself, which its country's name does
    not state; not "ties to Moscow" or "counter to Moscow's interests", its government's."""
    if _located(r.ctoks, t):
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


def _capital_named(t: Token, r: _Reading) -> Token | None:
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


def _find_name(spec: Specific, r: _Reading) -> Found:
    t, ev = spec.tokens[0], r.ev
    if (city := _capital_named(t, r)) is not None:
        return ev.surface(city)  # "the Kyrgyz capital" is stated by "Bishkek"
    loose = t.norm not in ev.names  # a word the corpus never uses may be a slip for one it does
    plain = matcher(t, metonymy=False, loose=loose)
    found = next(filter(plain, ev.tokens), None)
    if not _destination(r, t):
        found = found or next(filter(matcher(t, metonymy=True, loose=loose), ev.tokens), None)
    # a city standing for its country ("Astana" for Kazakhstan) does not count beside another city
    metonym = found is not None and not (t.stem == found.stem or places.same_place(t.norm, found.norm))
    if found is None and (party := _affiliation(spec, r)) is not None:
        return party
    rival = rival_place(t, r.claim, r.ctoks, ev) if found is None or metonym else None
    if rival is not None and _destination(r, t) and not _located(ev.tokens, rival, LOCATIVE | {"to"}):
        rival = None  # "a trip to Washington" is no place "Astana agreed" names: a government there
    if metonym and rival is not None and not _located(ev.tokens, rival):
        rival = (
            None  # "ties with Moscow" against "deepen with Washington ... ties to Russia": two governments
        )
    if found is not None and not (metonym and rival is not None):
        return _slot_rival(spec, r) or ev.surface(found)
    written = r.claim[t.start : t.end]
    if written.isupper():
        # an acronym spelt out in the passage, or before it, in the title or the publication
        for text, toks in ((ev.text, ev.tokens), *ev.context_texts):
            if (run := spelled_out(written, toks)) is not None:
                said = text[toks[run[0]].start : toks[run[1]].end]
                return said if toks is ev.tokens else f"{said}{CONTEXT}"
    if rival is not None:
        return Conflict("place", spec.text, ev.surface(rival), spec.span, (rival.start, rival.end))
    author = next((a for a in ev.authors if _names(t, a)), None)
    if author is not None:
        return f"{author}, the article's author{CONTEXT}"  # who wrote it says it
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


def _dated_not_placed(r: _Reading, t: Token) -> bool:
    """ "signed in Washington" against a passage's "the plan signed in 2003", with Washington
    only around it: the passage gives that deed a time and no place, so a place the context
    names belongs to another event (the visit it reports)."""
    k = next((i for i, x in enumerate(r.ctoks) if x is t), 0)
    if k < 2 or r.ctoks[k - 1].norm not in LOCATIVE or r.ctoks[k - 2].kind != "word":
        return False
    deed = r.ctoks[k - 2]
    return bool(({deed.stem} | synonyms(deed.stem)) & dated_deeds(r.ev.tokens))


TITLE_GAP = 2  # words a title may stand before its holder's surname: "Senator Richard Lugar"


def _affiliation(spec: Specific, r: _Reading) -> Found:
    """A party or a state the claim gives a US politician it names, against the article's
    "(R-IN)" after that politician's name. Only a capitalised party word counts ("a
    Democrat", not "democratic reforms"), and a state only beside one ("a Democrat from
    Indiana", "the Indiana Republican"): alone, "Washington" is a capital."""
    t = spec.tokens[0]
    k = next((i for i, u in enumerate(r.ctoks) if u is t), None)
    parties = [i for i, u in enumerate(r.ctoks) if u.cap and u.norm in PARTY_WORDS]
    if k is None or r.ev.article is None or not any(abs(i - k) <= PARTY_REACH for i in parties):
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


def _title_in_article(spec: Specific, r: _Reading) -> str | None:
    """A title the claim gives a person the passage names ("Senator Lugar said ..." against
    "..., he concluded" after "U.S. Senator Richard Lugar" earlier in the article): the
    article's own designation of that person, found anywhere in it."""
    t, ev = spec.tokens[0], r.ev
    k = next((i for i, x in enumerate(r.ctoks) if x is t), None)
    if k is None or k + 1 >= len(r.ctoks) or ev.article is None or is_person(t, ev.common):
        return None
    holder = r.ctoks[k + 1]
    if not (holder.cap and is_person(holder, ev.common)):
        return None
    if not any(name_match(holder, p, metonymy=False) for p in [*ev.tokens, *ev.context]):
        return None  # the passage is not about that person
    for text, toks in ev.article():
        for j, p in enumerate(toks):
            between = toks[j + 1 : j + 2 + TITLE_GAP]
            at = next((n for n, q in enumerate(between) if name_match(holder, q, metonymy=False)), None)
            if p.stem == t.stem and at is not None and all(q.cap for q in between[:at]):
                # the title's own run of capitals: "Senator Richard Lugar", not "General Petrov and Ivanov"
                return f"{text[p.start : p.end]} (the article){CONTEXT}"
    return None


def _covers(c: Conflict, t: Token) -> bool:
    return c.claim_span is not None and c.claim_span[0] <= t.start < c.claim_span[1]


def _find_direction(spec: Specific, r: _Reading) -> Found:
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


def _find_figure(spec: Specific, r: _Reading) -> Found:
    if spec.quantity is None:
        return None
    gap = next((g for g in r.gaps if g.distance.start == spec.quantity.start), None)
    if gap is not None:
        return _find_gap(gap, r)
    got = stated_by(spec.quantity, r.claim, r.ctoks, r.quantities, r.ev.text, r.ev.tokens)
    claim_parts = parts(r.ctoks)
    mine = next((p for p in claim_parts if r.ctoks[p.at].start == spec.tokens[0].start), None)
    # the "two" of "two in five of the 250" is the rate's, read with its "five"
    mine = mine or next((p for p in claim_parts if p.at >= 2 and r.ctoks[p.at - 2] is spec.tokens[0]), None)
    if mine is not None and mine.at >= 2 and r.ctoks[mine.at - 2] is spec.tokens[0]:
        got = None
    if got is not None and mine is not None and got.value == mine.whole != mine.part:
        got = None  # "more than 120 of the 250" is not met by the 250 itself
    if got is not None and _ranks_another(spec, got, r):
        got = None
    if got is not None:
        return _counts_another(spec, got, r) or got.text
    other_part = _other_part(spec, mine, r) if mine is not None else None
    if other_part is not None:
        return other_part
    listed = _listed(spec.quantity, r.ev)
    if listed is not None:
        return listed
    of_total = _share_of_total(spec, r)
    if of_total is not None:
        return of_total
    as_part = _share_as_part(spec, r) or _percent_as_part(spec, r)
    if as_part is not None:
        return as_part
    around = stated_by(spec.quantity, r.claim, r.ctoks, r.context_quantities)
    return f"{around.text}{CONTEXT}" if around is not None else None


# How a passage takes a part of the whole the sentence before it gives: "Of that total, 54
# billion ...", "Of these, 300 ...".
OF_TOTAL = frozenset(
    {("of", "that"), ("of", "this"), ("of", "these"), ("of", "which"), ("of", "the", "total")}
)
OF_TOTAL_REACH = 4  # tokens from that phrase to the part's figure


def _total_parts(r: _Reading) -> list[tuple[float, str, Quantity]]:
    """The parts the passage takes of a whole stated just before them ("143 billion ... Of
    that total, 54 billion"): each as its share of the whole, how the passage says it, and the
    part's figure."""
    out = []
    toks = r.ev.tokens
    for k in range(len(toks)):
        phrase = next((p for p in OF_TOTAL if tuple(t.norm for t in toks[k : k + len(p)]) == p), None)
        if phrase is None:
            continue
        after = toks[k + len(phrase) : k + len(phrase) + OF_TOTAL_REACH]
        num = next((t for t in after if t.kind == "num"), None)
        part = next((p for p in r.quantities if num is not None and p.start == num.start), None)
        if part is None or part.type not in ("count", "money"):
            continue
        # the whole: the last figure of the kind before the phrase, in the passage or just before it
        before = r.preceding_quantities + [w for w in r.quantities if w.end <= toks[k].start]
        whole = next((w for w in reversed(before) if w.type == part.type and w.value > part.value), None)
        if whole is not None:
            out.append((part.value / whole.value, f"{part.text} of {whole.text}", part))
    return out


def _share_of_total(spec: Specific, r: _Reading) -> Found:
    """A share the claim gives ("more than half of that sum") against the part the passage
    takes of a whole stated just before it ("143 billion ... Of that total, 54 billion")."""
    q = spec.quantity
    if q is None or q.type != "share":
        return None
    for share, said, part in _total_parts(r)[:1]:
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


def _share_as_part(spec: Specific, r: _Reading) -> str | None:
    """A share the claim gives ("about one in five of the cadets") that the passage states as
    a part of a whole ("Of the 114 cadets ..., 23 have left"): the same share, or one that
    meets the claim's bound ("more than one in three")."""
    q = spec.quantity
    if q is None or q.type != "share":
        return None
    sign = bound(r.claim, r.ctoks, q)
    for p in parts(r.ev.tokens):
        if (sign == ">" and p.share > q.value) or (sign == "<" and p.share < q.value):
            return p.text
        if sign not in (">", "<") and abs(p.share - q.value) <= SHARE_TOLERANCE * q.value:
            return p.text  # "one in five" for 23 of 114; not "one in three"
    return None


PERCENT_ROUNDING = 0.5  # percentage points: a whole percent is a share rounded to the nearest


def _percent_as_part(spec: Specific, r: _Reading) -> Found:
    """A percentage the claim gives ("44 percent have left") that the passage states as a part
    of a whole ("out of 250 officers ..., 110 have already quit"); another percentage of the
    same whole, which the claim names too ("of the 250 officers, 54 percent"), contradicts."""
    q = spec.quantity
    if q is None or q.type != "percent":
        return None
    sign = bound(r.claim, r.ctoks, q)
    wholes = {t.value for t in r.ctoks if t.kind == "num" and not q.start <= t.start < q.end}
    slack = max(PERCENT_ROUNDING, ROUGH_TOLERANCE * q.value) if approximate(r.ctoks, q) else PERCENT_ROUNDING
    for p in parts(r.ev.tokens):
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


def _listed(q: Quantity, ev: Evidence) -> str | None:
    """A count the passage states by listing the things: "three exercises" against "exercises
    held within Kazakhstan: Saryarka 2004, Rubezh 2004, and Steppe Eagle 2004"."""
    if q.type != "count" or not q.unit or q.value != int(q.value):
        return None
    for k, t in enumerate(ev.tokens):
        if t.stem != q.unit:
            continue
        colon = ev.text.find(":", t.end)
        nxt = ev.tokens[k + 1 + LIST_REACH] if k + 1 + LIST_REACH < len(ev.tokens) else None
        if colon < 0 or (nxt is not None and colon > nxt.start):
            continue
        tail = re.split(r"[.;(]", ev.text[colon + 1 :])[0]
        items = [x for x in ITEM_SEPARATOR.split(tail) if x.strip()]
        if len(items) == int(q.value):
            return f"{ev.text[t.start : t.end]}: {len(items)} named"
    return None


def _find_month(spec: Specific, r: _Reading) -> Found:
    t, ev = spec.tokens[0], r.ev
    hit = next((p for p in ev.tokens + ev.context if p.norm == t.norm), None)
    if hit is not None:
        return ev.surface(hit)
    month = MONTHS.get(t.norm)
    dated = next((q.text for q in r.quantities if q.type == "date" and int(q.value) // 100 == month), None)
    if dated:
        return dated
    if month and ev.dated and ev.dated[1] == month:
        return f"the article's date{CONTEXT}"
    other = _other_month_of_year(spec, r)
    if other is not None:
        return other
    if month and ev.dated and ev.dated[1]:
        for said, shift, at in _relative(ev.text, "month"):
            meant = (ev.dated[1] - 1 + shift) % 12 + 1
            if meant == month:
                return f"{said} (the article is dated {_month_name(ev.dated[1])})"
            return Conflict("date", spec.text, f"{said} ({_month_name(meant)})", spec.span, at)
    return None


def _other_month_of_year(spec: Specific, r: _Reading) -> Conflict | None:
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


# Words that date an event from the article's own date: "last month", "next year".
RELATIVE = {"last": -1, "previous": -1, "next": 1, "this": 0}


_RELATIVE = {
    unit: re.compile(rf"\b({'|'.join(RELATIVE)}) {unit}\b", re.IGNORECASE) for unit in ("month", "year")
}


def _relative(text: str, unit: str) -> list[tuple[str, int, tuple[int, int]]]:
    """("last month", -1, span) for each date the text gives relative to its article's date."""
    return [(m.group(0), RELATIVE[m.group(1).lower()], m.span()) for m in _RELATIVE[unit].finditer(text)]


# ---------------------------------------------------------------- quantifiers and comparisons


SHARE_TOLERANCE = 0.15  # how far from its exact value a rounded fraction in words may fall


class Part(NamedTuple):
    """A part-of-whole figure: "out of 250 officers ..., 110" is 110 of 250."""

    share: float  # 0.44
    text: str  # "110 of 250"
    part: float
    whole: float
    at: int  # the part's token index


def shares(tokens: list[Token], text: str) -> list[tuple[float, str]]:
    """Part-of-whole figures a passage states: "out of 250 officers ..., 110" -> (0.44, "110 of 250")."""
    return [(p.share, p.text) for p in parts(tokens)]


def rate_top(tokens: list[Token], j: int) -> float | None:
    """The "two" of "two in five" when the figure at j is a rate's "five"; "one" is a word
    token elsewhere ("one of the officers"), a number here."""
    if j < 2 or tokens[j - 1].norm != "in":
        return None
    top = tokens[j - 2]
    return top.value if top.kind == "num" else 1.0 if top.norm == "one" else None


def parts(tokens: list[Token]) -> list[Part]:
    """Each part-of-whole figure a text states."""
    out = []
    nums = [k for k, t in enumerate(tokens) if t.kind == "num" and t.value and not t.ordinal]
    for k in nums:
        before = [t.norm for t in tokens[max(0, k - 3) : k]]
        # "out of 250", "Of the 114 cadets", "23 of the 114", "of 250" opening a sentence
        the = before[-2:] == ["of", "the"]
        if not (the or before[-2:] == ["out", "of"] or (k == 1 and before == ["of"])):
            continue
        whole = tokens[k].value or 0.0
        earlier = [j for j in nums if j < k and k - j <= PART_BEFORE + the]
        later = [j for j in nums if k < j <= k + PART_WINDOW]
        for j in earlier[-1:] or later[:1]:
            if j + 1 < len(tokens) and tokens[j + 1].norm == "percent":
                continue  # "45 percent of the 250": a share, read as a percentage
            part = tokens[j].value or 0.0
            said = tokens[j].norm
            if "/" in tokens[j].norm:  # "half of the 250": a fraction of the whole
                part *= whole
            elif (top := rate_top(tokens, j)) is not None and part:
                # "two in five of the 250": a rate, two fifths of the whole
                said = f"{tokens[j - 2].norm} in {said}"
                part = top / part * whole
            if 0 <= part <= whole:
                out.append(Part(part / whole, f"{said} of {tokens[k].norm}", part, whole, j))
    return out


COUNTED_WORDS = 3  # "160 foreign universities": what a figure counts is in the words right after it
COPULAS = frozenset({"are", "were", "is", "was"})  # "300 are servicemen": what follows still says what


def counted_words(text: str, tokens: list[Token], start: int) -> list[Token]:
    """The plain words right after the figure at `start` that say what it counts ("160 foreign
    universities", "300 are servicemen"), the counted noun first."""
    k = next((i for i, t in enumerate(tokens) if t.start >= start and t.kind == "num"), None)
    if k is None:
        return []
    words: list[Token] = []
    if k + 1 < len(tokens) and tokens[k + 1].norm in COPULAS:
        k += 1  # "300 are servicemen", "250 were officers"
    for t in tokens[k + 1 : k + 1 + COUNTED_WORDS]:
        if t.kind != "word" or t.stop or any(c in ",;:.()" for c in text[tokens[k].end : t.start]):
            break
        words.append(t)
        k += 1
    return words


def counted(text: str, tokens: list[Token], start: int) -> tuple[set[str], int] | None:
    """What the figure at `start` counts: the stems of its counted words and where they end; or None."""
    words = counted_words(text, tokens, start)
    return ({t.stem for t in words}, words[-1].end) if words else None


SAID_AFTER = 6  # "550 people are sent abroad": what the sentence says of a figure, in words after it


def _said_after(text: str, tokens: list[Token], end: int) -> set[str]:
    """The stems of the plain words a figure's clause says right after it ("550 people are
    sent abroad for education"), up to another figure or the clause's end."""
    after = [t for t in tokens if t.start >= end][:SAID_AFTER]
    out: set[str] = set()
    for prev, t in zip([None, *after], after, strict=False):
        if t.kind == "num" or (prev is not None and any(c in ",;:.()" for c in text[prev.end : t.start])):
            break  # another figure's words ("160 fields at 55 foreign universities"), or another clause
        if t.kind == "word" and not t.stop:
            out.add(t.stem)
    return out


# "the first time this was done", "for the second occasion": the rank is of the deed told
OCCASIONS = frozenset({"time", "occas"})
# Words after an ordinal that may name what it ranks: a modifier or two, the noun and a short
# "of" phrase ("first female graduate of West Point") fit in six; further words are a new point.
RANKED_REACH = 6


def _ranked_window(text: str, tokens: list[Token], start: int) -> list[Token] | None:
    """The plain words after the ordinal at `start`, to the end of its phrase: what it ranks.
    None when a "to" follows ("the first woman from Kazakhstan to come out of West Point"):
    then the rank is of a deed, which the noun before it does not name."""
    after = [t for t in tokens if t.start > start][:RANKED_REACH]
    out: list[Token] = []
    prev_end = start
    for t in after:
        if any(c in ",;:.()" for c in text[prev_end : t.start]):
            break
        if t.norm == "to":
            return None
        if t.kind == "word" and not t.stop:
            out.append(t)
        prev_end = t.end
    return out


def _ranks_another(spec: Specific, got: Quantity, r: _Reading) -> bool:
    """ "Kazakhstan's first female military attaché" against "Kazakhstan's first female graduate
    of West Point": the same rank, of another thing. The claim's ranked noun (the last word of
    what its ordinal counts) is stated nowhere in the source's phrase after its ordinal, and
    the source's ranked noun nowhere in the claim's phrase."""
    q = spec.quantity
    if q is None or not q.ordinal or not got.ordinal:
        return False
    mine = counted_words(r.claim, r.ctoks, q.start)
    theirs = counted_words(r.ev.text, r.ev.tokens, got.start)
    if not mine or not theirs:
        return False
    head, their_head = mine[-1], theirs[-1]
    if head.cap or their_head.cap or {head.stem, their_head.stem} & OCCASIONS:
        return False

    theirs_ranked = _ranked_window(r.ev.text, r.ev.tokens, got.start)
    mine_ranked = _ranked_window(r.claim, r.ctoks, q.start)
    if theirs_ranked is None or mine_ranked is None:
        return False
    return not word_stated(head, theirs_ranked) and not word_stated(their_head, mine_ranked)


def _counts_another(spec: Specific, got: Quantity, r: _Reading) -> Conflict | None:
    """ "160 foreign universities" against "160 specialist fields at 55 foreign universities":
    the figure is stated, but of other things, and the claim's things have their own figure."""
    q = spec.quantity
    assert q is not None
    if q.model or got.model:
        return None  # a model's number counts nothing: "Su-27 repair contract"
    mine = counted(r.claim, r.ctoks, q.start)
    theirs = counted(r.ev.text, r.ev.tokens, got.start)
    if mine is None or theirs is None or mine[0] & theirs[0]:
        return None
    rivals = []
    for p in r.quantities:
        other = counted(r.ev.text, r.ev.tokens, p.start) if p is not got else None
        if other is not None and mine[0] & other[0] and not p.same_value(q):
            rivals.append((p, other))
    if not rivals:
        return None
    # "550 Kazakhs sent abroad for education" is "550 people are sent abroad for education",
    # though "250 are officers sent" shares a verb: the stated figure's clause says more of
    # the claim's than any rival's, and no rival counts the claim's own noun
    head = counted_words(r.claim, r.ctoks, q.start)[0].stem  # mine is not None: there is one
    said = _said_after(r.claim, r.ctoks, q.end)
    shared = len(said & _said_after(r.ev.text, r.ev.tokens, got.end))
    if shared and all(
        head not in other[0] and len(said & _said_after(r.ev.text, r.ev.tokens, p.end)) < shared
        for p, other in rivals
    ):
        return None
    p, other = rivals[0]
    return Conflict(
        "number", r.claim[q.start : mine[1]], r.ev.text[p.start : other[1]], spec.span, (p.start, other[1])
    )


def _other_part(spec: Specific, mine: Part, r: _Reading) -> Found:
    """ "120 of the 250" against "out of 250 ..., 110": the same whole, another part (or the
    same one, when the claim gives it as a rounded fraction: "nearly half of the 250")."""
    # a fraction in words is itself rounded: "nearly half" of 250 is 110, "about a third" 80
    rounded = "/" in r.ctoks[mine.at].norm and mine.at > 0 and r.ctoks[mine.at - 1].norm in ROUGHLY
    first = mine.at - 1 if mine.at and r.ctoks[mine.at - 1].norm in ("a", "an") else mine.at  # "a hundred"
    if rate_top(r.ctoks, mine.at) is not None:
        first = mine.at - 2  # "more than two in five": the bound stands before the rate
        # a rate is as rounded as the claim says ("roughly one in five"), or as its arithmetic
        # makes it: one in five of 114 is no whole number of cadets
        lead = r.ctoks[first - 1].norm if first else ""
        rounded = lead in ROUGHLY or mine.part != round(mine.part)
    lo, hi = r.ctoks[first].start, r.ctoks[mine.at].end
    sign = bound(r.claim, r.ctoks, Quantity("count", mine.part, "", lo, hi, r.claim[lo:hi]))
    rounded = rounded and sign not in ("<", ">")  # "fewer than one in five" is a bound, not a rounding
    theirs = [p for p in parts(r.ev.tokens) if p.whole == mine.whole]
    same = next((p for p in theirs if p.part == mine.part), None)
    if same is not None:
        return same.text  # "300 of the 500" stated, whatever other part of the 500 is too
    for p in theirs:
        if rounded and abs(p.part - mine.part) <= SHARE_TOLERANCE * mine.part:
            return p.text  # stated, as nearly as the claim says
        if (sign == ">" and p.part > mine.part) or (sign == "<" and p.part < mine.part):
            return p.text  # "more than a hundred of the 250": 110 of 250
        return Conflict("number", _part_text(spec, mine), p.text, spec.span, None)
    return None


def _part_text(spec: Specific, mine: Part) -> str:
    """How the claim writes its part: "half of 250", not "1/2 of 250"."""
    return f"{spec.text} of {mine.text.split(' of ')[-1]}" if "/" in mine.text.split(" of ")[0] else mine.text


def _percents_of(governed: set[str], r: _Reading) -> list[tuple[float, str]]:
    """Percents of what the quantifier governs: "50% contract servicemen" for "an entirely
    contract-based army" (the words after the percent share a stem with those after it)."""
    if not governed:
        return []
    out = []
    for q in r.quantities:
        what = counted(r.ev.text, r.ev.tokens, q.start) if q.type == "percent" else None
        if what is not None and what[0] & governed:
            out.append((q.value / 100, q.text))
    return out


def _governed(spec: Specific, r: _Reading) -> set[str]:
    """The stems of the plain words a quantifier governs: "most of them officers on ..."."""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return set()
    out = set()
    for t in r.ctoks[k + 1 : k + 1 + GOVERNED_REACH]:
        if CLAUSE_BREAK.search(r.claim, r.ctoks[k].end, t.start):
            break
        if t.kind == "word" and not t.stop:
            out.add(t.stem)
    return out


# Words after a quantifier, to a clause break, that say what it governs: "its entire army
# made up of contract servicemen" governs the servicemen too.
GOVERNED_REACH = 8


def _counted_head(spec: Specific, r: _Reading) -> Token | None:
    """The noun a quantifier counts: the last word of the first run of plain words after it
    ("a small share of its military equipment": equipment)."""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return None
    head = None
    for t in r.ctoks[k + 1 : k + 2 + COUNTED_WORDS]:
        if t.kind != "word" or t.stop:
            if head is not None or t.norm in _REFERRING:
                break  # "most of it": what is counted was named before
            continue
        head = t
    return head


# Words that count what was named before them: "most of them", "most of it".
_REFERRING = frozenset({"it", "them", "these", "those", "this", "that", "which", "whom"})


def word_stated(t: Token, tokens: list[Token]) -> bool:
    """Is the word stated among `tokens`: itself, a paraphrase or a word it starts?"""
    near = synonyms(t.stem)
    return any(p.stem == t.stem or p.stem in near or prefixed(t.stem, p.stem) for p in tokens)


FRACTION_OF_REACH = 4  # "one-third of the graduates of foreign courses": the counted words after "of"


def _fractions_of(governed: set[str], r: _Reading) -> list[tuple[float, str]]:
    """Fractions the passage gives of what the quantifier governs: "one-third of the
    graduates" for "most graduates"."""
    out = []
    for q in r.quantities:
        if q.type != "share":
            continue
        k = next((i for i, t in enumerate(r.ev.tokens) if t.start >= q.end), None)
        if k is None or r.ev.tokens[k].norm != "of":
            continue
        after = {
            t.stem for t in r.ev.tokens[k + 1 : k + 1 + FRACTION_OF_REACH] if t.kind == "word" and not t.stop
        }
        if after & governed:
            out.append((q.value, q.text))
    return out


def _summed_shares(governed: set[str], r: _Reading) -> list[tuple[float, str]]:
    """The share of a whole that the passage splits into two parts adding up to it ("550 are
    sent abroad. Of these, 300 are servicemen ... and 250 are officers"): the part whose
    counted words the quantifier governs."""
    counts = [q for q in r.quantities if q.type == "count" and not q.ordinal and q.value > 0]
    wholes = counts + [q for q in r.context_quantities if q.type == "count" and not q.ordinal]
    for whole in wholes:
        for a, b in combinations([q for q in counts if q is not whole], 2):
            if abs(a.value + b.value - whole.value) > 1e-6 * whole.value:
                continue
            for part in (a, b):
                what = counted(r.ev.text, r.ev.tokens, part.start)
                if what is not None and what[0] & governed:
                    return [(part.value / whole.value, f"{part.text} of {whole.text}")]
    return []


def _find_quantifier(spec: Specific, r: _Reading) -> Found:
    """ "most" is stated by "most" or "the majority", or by figures: 110 of 250 refutes it."""
    ev = r.ev
    stated = [(ev.tokens[k], cls) for k, cls in quantifiers(ev.tokens, stating=True)]
    same = next((p for p, cls in stated if cls == spec.value), None)
    if same is not None:
        head = _counted_head(spec, r)
        if head is not None and not word_stated(head, [*ev.tokens, *ev.context]):
            return None  # "a small share of its equipment": the passage's share is of something else
        return ev.surface(same)
    if spec.value == SOLE:
        member = _one_among(ev.tokens)
        if member is not None:  # "only one aspect in a whole range of U.S. initiatives"
            return Conflict("quantifier", spec.text, ev.text[member[0] : member[1]], spec.span, member)
        only = next(
            (p for k, p in enumerate(ev.tokens) if p.norm in SOLE_WORDS and not _of_time(ev.tokens, k)), None
        )
        return ev.surface(only) if only is not None else None
    if _of_the_counted(spec, r):
        return None  # "110 have quit, most of them for oil jobs": a share of the 110, not of the 250
    lo, hi = SHARE_RANGE[spec.value]
    governed = _governed(spec, r)
    if spec.value == MINORITY and _unstated_governed(spec, r):
        # "a minority of the officers remain" against "110 of 250 have quit": a share under
        # half fits either part of a whole, so what it counts must be stated word for word
        return None
    stated_shares = shares(ev.tokens, ev.text) + _percents_of(governed, r) + _fractions_of(governed, r)
    totals = [(share, said) for share, said, part in _total_parts(r) if _counts(part, governed, r)]
    for value, said in (stated_shares + _summed_shares(governed, r) + totals)[:1]:
        if lo <= value <= hi:
            return said
        return Conflict("quantifier", spec.text, said, spec.span, None)
    against = next((p for p, cls in stated if cls in EXCLUSIVE[spec.value]), None)
    if against is not None:
        return Conflict("quantifier", spec.text, ev.surface(against), spec.span, (against.start, against.end))
    return None


# What follows an "only" of time ("Only last month did Kazakhstan ...", "only recently"): no sole one.
_TIME_AFTER_ONLY = frozenset(
    "last this next recently then now later after when since once twice yesterday today until".split()
)


def _of_time(tokens: list[Token], k: int) -> bool:
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        tokens[k].norm == "only" and nxt is not None and (nxt.norm in _TIME_AFTER_ONLY or nxt.kind == "num")
    )


# "only one aspect in a whole range of", "just one of several", "one of many": a member among
# others, which denies that it is the sole one.
_JUST = frozenset({"only", "just", "merely", "but"})
_AMONG = frozenset({"of", "in", "among", "amongst"})
_OTHERS = frozenset({"many", "several", "numerous", "various", "range", "number", "host", "series", "array"})
MEMBER_REACH = 3  # tokens from "one" to its "of"/"in", and from there to "many"/"range"


def _one_among(tokens: list[Token]) -> tuple[int, int] | None:
    """The span of "only one ... of/in ..." or "one of many" in a passage: a member among others."""
    for i, t in enumerate(tokens):
        if t.norm not in ("one", "1"):
            continue
        ahead = tokens[i + 1 : i + 1 + MEMBER_REACH]
        among = next((k for k, x in enumerate(ahead) if x.norm in _AMONG), None)
        if among is None:
            continue
        just = i > 0 and tokens[i - 1].norm in _JUST
        after = i + 2 + among  # the tokens after the "of"/"in"
        others = next((x for x in tokens[after : after + MEMBER_REACH] if x.norm in _OTHERS), None)
        if just or others is not None:
            start = tokens[i - 1].start if just else t.start
            end = others.end if others is not None else ahead[among].end
            return (start, end)
    return None


def _unstated_governed(spec: Specific, r: _Reading) -> bool:
    """Does the passage leave out a plain word that the quantifier governs?"""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return True
    around = [*r.ev.tokens, *r.ev.context]
    for t in r.ctoks[k + 1 :]:  # to the clause's end: "a minority of the officers ... remain"
        if CLAUSE_BREAK.search(r.claim, r.ctoks[k].end, t.start):
            break
        if t.kind == "word" and not t.stop and not t.cap and not word_stated(t, around):
            return True
    return False


def _counts(part: Quantity, governed: set[str], r: _Reading) -> bool:
    """Does the part's sentence speak of what the quantifier governs ("the bulk of the budget
    was earmarked" against "Of that total, 54 billion tenges is earmarked")?"""
    k = next((i for i, t in enumerate(r.ev.tokens) if t.start >= part.end), len(r.ev.tokens))
    return any(t.stem in governed for t in r.ev.tokens[k : k + PART_SENTENCE_REACH])


PART_SENTENCE_REACH = 8  # tokens after a part's figure that say what it counts or what is done with it


_BACK = frozenset({"them", "these", "those", "whom", "which"})


def _of_the_counted(spec: Specific, r: _Reading) -> bool:
    """Is the quantifier a share of a part the claim has just counted ("of the 250, 110 have
    quit, most of them ...")? The passage's figures give shares of the whole, not of that part."""
    k = next((i for i, t in enumerate(r.ctoks) if t is spec.tokens[-1]), None)
    if k is None:
        return False
    after = [t.norm for t in r.ctoks[k + 1 : k + 3]]
    # the group is a part the claim has taken of a whole ("of the 250, 110 ..."); after a whole
    # alone ("550 people are sent, most of them officers") the share is of that whole
    if len(after) == 2 and after[0] == "of" and after[1] in _BACK and any(p.at < k for p in parts(r.ctoks)):
        return True
    # "most of the 110 officers who quit": the group is the part the passage counts ("110 of 250")
    group = r.ctoks[k + 3] if len(r.ctoks) > k + 3 and after == ["of", "the"] else None
    return (
        group is not None and group.kind == "num" and any(p.part == group.value for p in parts(r.ev.tokens))
    )


def _find_comparison(spec: Specific, r: _Reading) -> Found:
    """Stated by a comparison the same way round, or by the two figures it compares."""
    ev = r.ev
    figures = compared_figures(spec, r.ctoks, ev)
    if figures is not None:
        left, right = figures
        said = f"{ev.surface(left)} against {ev.surface(right)}"
        if ((left.value or 0) > (right.value or 0)) == (spec.value == UP):
            return said
        return Conflict("comparison", spec.text, said, spec.span, None)
    stated = [(t, COMPARATIVES[t.norm]) for t in ev.tokens if t.norm in COMPARATIVES]
    same = next((p for p, d in stated if d == spec.value), None)
    if same is not None:
        swapped = _compared_swapped(spec, r, same) or _subjects_swapped(spec, r, same)
        if swapped is None and _subject_form(spec, r) and _unstated_way(spec, r, same):
            return None  # stated of the other term, or of another property: unstated
        return swapped or ev.surface(same)
    other = next((p for p, d in stated if d != spec.value), None)
    if other is not None:
        return Conflict("comparison", spec.text, ev.surface(other), spec.span, (other.start, other.end))
    return _against_superlative(spec, r)


def _compared_swapped(spec: Specific, r: _Reading, same: Token) -> Conflict | None:
    """ "higher among junior officers than among senior officers on short courses" against
    "higher in the cases of high-ranking officers attending short-term courses abroad": the
    source's comparative phrase holds more words of the claim's second term ("short courses")
    than of its first, and not its first's own word ("junior"), which the source says
    elsewhere. The terms are the other way round."""
    ctoks, ptoks = r.ctoks, r.ev.tokens
    at = _cue_and_than(spec, ctoks)
    if at is None:
        return None
    k, than = at
    # the first term follows the comparative ("higher among junior officers than ..."), or, in
    # a claim of subject form, is its subject ("Senior officers are more likely to stay than")
    lo, hi = (_clause_start(r.claim, ctoks, k), k) if _subject_form(spec, r) else (k + 1, than)
    first = {t.stem for t in ctoks[lo:hi] if t.kind == "word" and not t.stop}
    second = {t.stem for t in ctoks[than + 1 :] if t.kind == "word" and not t.stop}
    end, phrase = _comparative_phrase(r, same)
    if not _terms_swapped(first, second, phrase, ptoks):
        return None
    mine = r.claim[ctoks[min(lo, k)].start : ctoks[than - 1].end]
    said = r.ev.text[same.start : ptoks[end].end]
    note = f"the claim says \u201c{mine}\u201d; the source says \u201c{said}\u201d"
    return Conflict("comparison", spec.text, r.ev.surface(same), spec.span, (same.start, same.end), note=note)


def _clause_start(text: str, tokens: list[Token], k: int) -> int:
    """The first token of the clause that holds token k."""
    return next(
        (
            i + 1
            for i in range(k - 1, -1, -1)
            if CLAUSE_BREAK.search(text, tokens[i].end, tokens[i + 1].start)
        ),
        0,
    )


def _subjects_swapped(spec: Specific, r: _Reading, same: Token) -> Conflict | None:
    """ "The United States is a more natural partner than Russia and China" against "Russia and
    China ... are more natural partners": the source makes the claim's second term, named after
    its "than", the subject of the comparison, and never names the claim's first term there."""
    ctoks, ptoks = r.ctoks, r.ev.tokens
    at = _cue_and_than(spec, ctoks)
    if at is None:
        return None
    k, than = at
    start = _clause_start(r.claim, ctoks, k)
    first = [t for t in ctoks[start:k] if t.cap and not t.stop and t.kind == "word"]
    second = [t for t in ctoks[than + 1 :] if t.cap and not t.stop and t.kind == "word"]
    j = next(i for i, t in enumerate(ptoks) if t is same)
    subject = [p for p in ptoks[:j] if r.ev.one_sentence(p, same)]
    if not first or not second or not subject:
        return None
    named = any(name_match(c, p, True) for c in second for p in subject)
    if not named or any(name_match(c, p, True) for c in first for p in subject):
        return None
    said = r.ev.text[subject[0].start : same.end]
    mine = r.claim[first[0].start : ctoks[k].end]
    theirs = r.claim[second[0].start : second[-1].end]
    note = f"the claim says \u201c{mine} ... than {theirs}\u201d; the source says \u201c{said}\u201d"
    return Conflict("comparison", spec.text, r.ev.surface(same), spec.span, (same.start, same.end), note=note)


SWAP_EVIDENCE = 2  # words of the claim's second term the source's comparative phrase must hold


def _cue_and_than(spec: Specific, ctoks: list[Token]) -> tuple[int, int] | None:
    """Where the claim's comparative and its "than" stand."""
    k = next((i for i, t in enumerate(ctoks) if t is spec.tokens[0]), None)
    if k is None:
        return None
    than = next((i for i in range(k + 1, len(ctoks)) if ctoks[i].norm == "than"), None)
    return None if than is None else (k, than)


def _comparative_phrase(r: _Reading, same: Token) -> tuple[int, set[str]]:
    """Where the source's comparative phrase ends, and its words: "higher [in the cases of
    high-ranking officers attending short-term courses abroad]", up to its clause's end."""
    ptoks = r.ev.tokens
    at = next(i for i, t in enumerate(ptoks) if t is same)
    phrase: set[str] = set()
    end = at
    for i in range(at + 1, len(ptoks)):
        if CLAUSE_BREAK.search(r.ev.text, ptoks[i - 1].end, ptoks[i].start) or ptoks[i].norm == "than":
            break
        phrase.add(ptoks[i].stem)
        end = i
    return end, phrase


def _terms_swapped(first: set[str], second: set[str], phrase: set[str], ptoks: list[Token]) -> bool:
    """Does the source's comparative phrase hold the claim's second term rather than its first,
    whose own words the source says elsewhere?"""
    first, second = first - second, second - first
    # the first term's own words that the source says, but outside its comparative phrase
    marks = (first - phrase) & {t.stem for t in ptoks}
    held = len(second & phrase)
    return bool(marks) and held >= SWAP_EVIDENCE and held > len(first & phrase)


# Words that open a comparison's first term when it follows the comparative: "higher among
# junior officers than ...", "more in 2003 than in 2001".
TERM_OPENERS = frozenset({"among", "in", "for", "at", "on", "with", "within", "by", "from", "of"})
# A word that hedges the property compared and states none of it: "more likely to stay".
PROPERTY_HEDGES = frozenset({"likely"})


def _unstated_way(spec: Specific, r: _Reading, same: Token) -> bool:
    return _subject_swapped(spec, r, same) or not _property_stated(spec, r, same)


def _subject_form(spec: Specific, r: _Reading) -> bool:
    """Is the claim's first term its subject ("Junior officers are more likely to stay than
    ..."), the words between the comparative and "than" the property compared? Not when they
    open with a preposition ("higher among junior officers than among ...")."""
    cue = _cue_and_than(spec, r.ctoks)
    return cue is not None and cue[1] > cue[0] + 1 and r.ctoks[cue[0] + 1].norm not in TERM_OPENERS


def _property_stated(spec: Specific, r: _Reading, same: Token) -> bool:
    """Does the source's comparative clause state the property the claim compares ("likely to
    stay in the military" against "retention is higher in the cases of ...")? Each side's
    words count, as written or as a synonym; "likely" states no property."""
    cue = _cue_and_than(spec, r.ctoks)
    assert cue is not None
    wanted = [
        t
        for t in r.ctoks[cue[0] + 1 : cue[1]]
        if t.kind == "word" and not t.stop and t.norm not in PROPERTY_HEDGES
    ]
    if not wanted:
        return True
    _, phrase = _comparative_phrase(r, same)
    there = _clause_before(r, same) | {same.stem} | phrase
    return any(t.stem in there or synonyms(t.stem) & there for t in wanted)


def _subject_swapped(spec: Specific, r: _Reading, same: Token) -> bool:
    """ "Junior officers are more likely to stay than senior officers on short courses" against
    "retention is higher in the cases of high-ranking officers attending short-term courses":
    the claim's first term is its subject, before the comparative, and the source's phrase
    holds the second. Whether "stay" reads as "retention" is not checked, so the claim is
    left unstated, not contradicted ("more likely to leave" would be true)."""
    ctoks = r.ctoks
    cue = _cue_and_than(spec, ctoks)
    if cue is None:
        return False
    k, than = cue
    # what is compared, said before the source's comparative ("retention is higher"), is no term
    subject = {t.stem for t in ctoks[:k] if t.kind == "word" and not t.stop} - _clause_before(r, same)
    second = {t.stem for t in ctoks[than + 1 :] if t.kind == "word" and not t.stop}
    _, phrase = _comparative_phrase(r, same)
    return _terms_swapped(subject, second, phrase, r.ev.tokens)


def _clause_before(r: _Reading, same: Token) -> set[str]:
    """The words of the source's clause before its comparative: "retention is (higher)"."""
    ptoks = r.ev.tokens
    at = next(i for i, t in enumerate(ptoks) if t is same)
    return {t.stem for t in ptoks[clause_span(r.ev.text, ptoks, at)[0] : at]}


# Comparatives that are not the adjective plus "-er".
_IRREGULAR = {"better": "good", "worse": "bad"}


def _against_superlative(spec: Specific, r: _Reading) -> Found:
    """ "smaller than earlier exercises" against "the largest exercises": a superlative ranks
    above all others, so it states a comparative of its adjective (or a synonym) and
    contradicts one of the opposite."""
    word = spec.tokens[0].norm
    if word in _IRREGULAR:
        bases = {stem(_IRREGULAR[word])}
    elif word.endswith("er") and len(word) > 4:
        bases = {stem(word[:-2]), stem(word[:-3])}  # "smaller", "bigger"
    else:
        return None
    alike = bases.union(*(synonyms(b) for b in bases))
    against = set().union(*(opposites(b) for b in bases))
    for words, by in ranked(r.ev.text, r.ev.tokens, stating=True):
        if by in alike:
            return r.ev.text[words[0].start : words[-1].end]
        if by in against:
            span = (words[0].start, words[-1].end)
            return Conflict("comparison", spec.text, r.ev.text[span[0] : span[1]], spec.span, span)
    return None


def _find_preference(spec: Specific, r: _Reading) -> Found:
    """ "rather than" must be stated, favouring the same side."""
    found = preference(spec, r.claim, r.ctoks, r.ev)
    return _same_way(spec, found, "comparison", "the source prefers the other side")


def _find_gap(gap: Gap, r: _Reading) -> Found:
    """A distance between two dates ("two days after"), stated by the date it gives."""
    note = f"{gap.implied.text}, {gap.distance.text} {gap.cue.norm} {gap.given.text}"
    texts = [(r.ev.text, r.ev.tokens), *r.ev.context_texts]
    # both dates tied to their events: "Akhmetov inspected ... on April 17, three days after
    # Kazakh Television reported it" is not stated by "RFE/RL Newsline wrote on April 17"
    if not any(event_tied(gap, text, toks, given=True) for text, toks in texts):
        return None
    if event_tied(gap, r.ev.text, r.ev.tokens):
        return note
    if any(event_tied(gap, text, toks) for text, toks in r.ev.context_texts):
        return f"{note}{CONTEXT}"
    return None


def _find_order(spec: Specific, r: _Reading) -> Found:
    gap = next((g for g in r.gaps if g.cue is spec.tokens[0]), None)
    if gap is not None:
        return _find_gap(gap, r)  # the order is the distance's: stated with the date it gives
    found = order(spec, r.claim, r.ctoks, r.ev)
    return _same_way(spec, found, "order", "the source puts these events the other way round")


def _same_way(spec: Specific, found: tuple[bool, str] | None, kind: str, reversal: str) -> Found:
    """A cue the source states the same way round (its words), the other way (a conflict), or not."""
    if found is None:
        return None
    same, said = found
    if same:
        return said
    return Conflict(kind, spec.text, said, spec.span, None, note=f"{reversal} (\u201c{said}\u201d)")


# How near a figure's ratio must come to a factor the claim gives without a bound: "doubled"
# for 17 to 33 or 36.
FACTOR_TOLERANCE = 0.15


def _find_multiplier(spec: Specific, r: _Reading) -> Found:
    """ "double", "halved": stated by a word of the same factor, or by the two counts the
    claim itself gives when the passage states both ("more than double, from 17 to 39")."""
    same = (p for p in r.ev.tokens if p.kind == "word" and str(MULTIPLIERS.get(p.stem)) == spec.value)
    hit = next(same, None)
    if hit is not None:
        return r.ev.surface(hit)
    counts = [q for q in extract(r.claim, r.ctoks) if q.type == "count" and not q.ordinal and q.value > 0]
    stated = [p for q in counts if (p := stated_by(q, r.claim, r.ctoks, r.quantities)) is not None]
    if len(counts) != 2 or len(stated) != 2:
        return None
    lo, hi = sorted(q.value for q in counts)
    factor = float(spec.value)
    ratio = hi / lo if factor >= 1 else lo / hi
    t = spec.tokens[0]
    sign = bound(r.claim, r.ctoks, Quantity("count", factor, "", t.start, t.end, spec.text))
    if sign == ">":
        holds = ratio > factor if factor >= 1 else ratio < factor
    elif sign == "<":
        holds = ratio < factor if factor >= 1 else ratio > factor
    else:
        holds = abs(ratio - factor) <= FACTOR_TOLERANCE * factor
    said = " to ".join(p.text for p in sorted(stated, key=lambda p: p.start))
    if holds:
        return said
    return Conflict("number", spec.text, said, spec.span, None)


def _find_word(spec: Specific, r: _Reading) -> Found:
    hit = next((p for p in r.ev.tokens if p.stem == spec.tokens[0].stem), None)
    return r.ev.surface(hit) if hit is not None else None


def _find_superlative(spec: Specific, r: _Reading) -> Found:
    """ "the largest": stated by a superlative of the same or a synonymous adjective ("the
    biggest"), contradicted by one of the opposite ("the smallest")."""
    said = ranked(r.ev.text, r.ev.tokens, stating=True)
    alike = {spec.value} | synonyms(spec.value)
    same = next((ws for ws, b in said if b in alike), None)
    if same is None and spec.tokens[0].norm == "most":
        # "the most notable offer" by "most significantly proposed": a source's ranking in words
        # states a claim's in others, unless it ranks the other way
        same = next((ws for ws, b in said if ws[0].norm == "most" and b not in opposites(spec.value)), None)
    if same is not None:
        return r.ev.text[same[0].start : same[-1].end]
    other = next((ws for ws, b in said if b in opposites(spec.value) or spec.value in opposites(b)), None)
    if other is not None:
        span = (other[0].start, other[-1].end)
        return Conflict("comparison", spec.text, r.ev.text[span[0] : span[1]], spec.span, span)
    return None


FINDERS: dict[str, Callable[[Specific, _Reading], Found]] = {
    "name": _find_name,
    "figure": _find_figure,
    "month": _find_month,
    "direction": _find_direction,
    "quantifier": _find_quantifier,
    "comparison": _find_comparison,
    "preference": _find_preference,
    "order": _find_order,
    "multiplier": _find_multiplier,
    "superlative": _find_superlative,
    "word": _find_word,
}
