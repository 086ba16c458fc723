"""Does the evidence state every specific of the claim, in the same structure?

Presence first: each specific (see `specifics`) must be found in the passage or its
stated context (the sentences just before it, the article's title and date) as itself, an
alias, a transliteration, a demonym or a figure written another way. A specific that is
not found means the claim is not supported; when the passage holds a rival of the same
kind (a city for a city, a country for a country), it is contradicted.

Structure second, in the passage alone: two names or figures of the claim found on each
other's side of the word that relates them ("X replaced Y" against "Y replaced X"), a
title bound to another person, a quantifier the passage's own figures refute ("most"
against 110 of 250), or two events put in the other order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from kzmil import places
from kzmil.conflicts import METONYMS, Conflict, is_name, skeleton
from kzmil.normalize import Token
from kzmil.quantities import MONTHS, ROUGH_TOLERANCE, Quantity, approximate, as_percent, bound, extract
from kzmil.specifics import (
    ALL,
    COMPARATIVES,
    DIRECTIONS,
    FEW,
    FIRST_LEFT,
    MOST,
    NONE,
    PREFERENCE,
    Specific,
    order_cues,
    quantifiers,
)
from kzmil.synonyms import synonyms

# Verbs whose two sides can change places without changing the fact ("A met B" is "B met A").
RECIPROCAL = frozenset(
    "meet met talk discuss negotiat agre cooper partner marri compet clash fought fight alli exchang sign "
    "border neighbour neighbor compar link tie".split()
)
# Words that flip which side of a verb is the agent: "X was replaced by Y" is "Y replaced X".
AGENT_MARKERS = frozenset({"by"})
# Share of a whole that each quantifier asserts, as (lowest, highest) inclusive.
SHARE_RANGE = {ALL: (0.999, 1.0), MOST: (0.5001, 1.0), FEW: (0.0, 0.25), NONE: (0.0, 0.0)}
# Quantifier classes that cannot both be true of one whole.
EXCLUSIVE = {
    ALL: frozenset({FEW, NONE}),
    MOST: frozenset({FEW, NONE}),
    FEW: frozenset({ALL, MOST}),
    NONE: frozenset({ALL, MOST, FEW}),
}
# How many tokens after "out of M" the part N may come: "out of 250 officers who ..., 110".
PART_WINDOW = 20
# An order cue orders the events whose words stand within this many tokens of it.
CUE_REACH = 12


@dataclass
class Evidence:
    """A passage with what may be read around it."""

    text: str
    tokens: list[Token]
    context_texts: list[tuple[str, list[Token]]]  # the sentences before, the title, the publication
    names: dict[str, bool]  # the corpus's verdict on capitalised words
    common: set[str] = field(default_factory=set)  # words the corpus also writes in lower case
    dated: tuple[int, int] | None = None  # the article's (year, month); month 0 when unknown

    @property
    def context(self) -> list[Token]:
        return [t for _, toks in self.context_texts for t in toks]


@dataclass
class Alignment:
    matched: list[tuple[Specific, str]] = field(default_factory=list)  # specific, the source's words
    missing: list[Specific] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def audit(self) -> str:
        return "; ".join(f"{s.text} = {found}" for s, found in self.matched)


def _name_match(c: Token, p: Token, metonymy: bool, loose: bool = False) -> bool:
    if p.kind != "word":
        return False
    if c.stem == p.stem or places.same_place(c.norm, p.norm):
        return True
    if metonymy:
        for a, b in ((c.norm, p.norm), (p.norm, c.norm)):
            country = METONYMS.get(a)
            if country and (country == b or places.same_place(country, b)):
                return True
    return name_variant(c.norm, p.norm, loose) if p.cap else False


# How close a slip must come to a name the corpus knows (rapidfuzz ratio): Armitidge/Armitage.
# Only a claim word the corpus never uses gets this latitude: Ricardel is a name of its
# own, not a slip for Richard.
VARIANT_MIN = 80
PREFIX_MIN = 5  # Kazakh/Kazakhstani, Belarus/Belarusian


def name_variant(a: str, b: str, loose: bool = False) -> bool:
    """Transliterations and slips of one name: same consonant skeleton, or nearly the same
    letters, or one a long prefix of the other; always the same first letter."""
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    if skeleton(a) == skeleton(b):
        return True
    if loose and abs(len(a) - len(b)) <= 2 and fuzz.ratio(a, b) >= VARIANT_MIN:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= PREFIX_MIN and long_.startswith(short)


def _positions(c: Token, tokens: list[Token], name: bool) -> list[int]:
    if c.kind == "num":
        return [k for k, p in enumerate(tokens) if p.kind == "num" and p.value == c.value]
    if name:
        return [k for k, p in enumerate(tokens) if _name_match(c, p, metonymy=True)]
    return [k for k, p in enumerate(tokens) if p.stem == c.stem]


def _quantity_found(q: Quantity, qtext: str, qtoks: list[Token], pool: list[Quantity]) -> Quantity | None:
    b = bound(qtext, qtoks, q)
    rough = approximate(qtoks, q)
    for p in pool:
        qp, pp = as_percent(q), as_percent(p)
        if qp is not None and pp is not None:
            if abs(qp - pp) <= (ROUGH_TOLERANCE * qp if rough else 1e-6):
                return p
            continue
        if p.type != q.type and not q.comparable(p):
            continue
        if q.same_value(p):
            return p
        if q.type == "date" or p.type == "date":
            continue
        if (b == ">" and p.value > q.value) or (b == "<" and p.value < q.value):
            return p
    return None


def _rival_place(c: Token, claim_tokens: list[Token], ev: Evidence) -> Token | None:
    """A place of the same kind in the passage that the claim does not name."""
    kind = places.kind(c.norm)
    if kind is None:
        return None
    for p in ev.tokens:
        if (
            p.kind == "word"
            and p.cap
            and places.kind(p.norm) == kind
            and not any(_name_match(x, p, metonymy=True) for x in claim_tokens if x.cap)
        ):
            return p
    return None


def shares(tokens: list[Token], text: str) -> list[tuple[float, str]]:
    """Part-of-whole figures a passage states: "out of 250 officers ..., 110" -> (0.44, "110 of 250")."""
    out = []
    nums = [k for k, t in enumerate(tokens) if t.kind == "num" and t.value and not t.ordinal]
    for k in nums:
        prev = tokens[k - 1].norm if k else ""
        prev2 = tokens[k - 2].norm if k > 1 else ""
        whole = tokens[k].value or 0.0
        if prev == "of" and (
            prev2 == "out" or k < 2 or prev2 in ("the",) or text[: tokens[k].start].strip() == ""
        ):
            later = [j for j in nums if k < j <= k + PART_WINDOW]
            earlier = [j for j in nums if j < k and k - j <= 3]
            for j in earlier[-1:] or later[:1]:
                part = tokens[j].value or 0.0
                if 0 <= part <= whole:
                    out.append((part / whole, f"{tokens[j].norm} of {tokens[k].norm}"))
    return out


def _share_conflict(spec: Specific, ev: Evidence) -> tuple[bool, str] | None:
    """Does a part-of-whole figure in the passage confirm or refute the claim's quantifier?"""
    lo, hi = SHARE_RANGE[spec.value]
    for value, said in shares(ev.tokens, ev.text):
        return (lo <= value <= hi), said
    return None


def _order_first(tokens: list[Token], cue: int, left: int | None, right: int | None) -> int | None:
    """Which of two token positions around an order cue comes first in time."""
    if left is None or right is None:
        return None
    return left if tokens[cue].norm in FIRST_LEFT else right


def _neighbour_content(tokens: list[Token], i: int, step: int) -> int | None:
    k = i + step
    while 0 <= k < len(tokens):
        t = tokens[k]
        if not t.stop and t.kind == "word" and len(t.norm) > 2:
            return k
        k += step
    return None


def _events(tokens: list[Token], text: str, cue: int) -> tuple[int | None, int | None]:
    """The words for the events on each side of an order cue; for a cue that opens the
    sentence ("After X, Y") the main clause stands on the left."""
    right = _neighbour_content(tokens, cue, 1)
    left = _neighbour_content(tokens, cue, -1)
    if left is None:
        comma = text.find(",", tokens[cue].end)
        after = [k for k, t in enumerate(tokens) if comma >= 0 and t.start > comma]
        left = _neighbour_content(tokens, after[0] - 1, 1) if after else None
    return left, right


def _order(spec: Specific, claim: str, ctoks: list[Token], ev: Evidence) -> tuple[str, str] | None:
    """("same" | "reversed", the source's cue), or None when the passage does not order them."""
    cue = next(k for k, t in enumerate(ctoks) if t is spec.tokens[0])
    left, right = _events(ctoks, claim, cue)
    first = _order_first(ctoks, cue, left, right)
    if first is None or left is None or right is None:
        return None
    second = right if first == left else left
    pf = [k for k, p in enumerate(ev.tokens) if p.stem == ctoks[first].stem]
    ps = [k for k, p in enumerate(ev.tokens) if p.stem == ctoks[second].stem]
    for k in order_cues(ev.tokens):
        said = ev.text[ev.tokens[k].start : ev.tokens[k].end]
        for a in (x for x in pf if abs(x - k) <= CUE_REACH):
            for b in (y for y in ps if abs(y - k) <= CUE_REACH):
                if (a < k) == (b < k):
                    continue  # both events on one side of the cue: it does not order them
                a_first = (ev.tokens[k].norm in FIRST_LEFT) == (a < k)
                return ("same" if a_first else "reversed"), said
    return None


def _crossings(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> list[Conflict]:
    """Two names (or figures) of the claim that stand on each other's side of the word that
    relates them in the passage: "X replaced Y" against "Y replaced X"."""
    idx = {id(t): k for k, t in enumerate(ctoks)}
    anchors = [
        (idx[id(s.tokens[0])], s)
        for s in specs
        if (s.kind == "figure" or (s.kind == "name" and s.tokens[0].norm not in ev.common))
        and id(s.tokens[0]) in idx
    ]
    out: list[Conflict] = []
    # the relating words: lower-case content words ("replaced", "full-time"), never names
    words = {
        k
        for k, t in enumerate(ctoks)
        if t.kind == "word" and not t.cap and not t.stop and not t.synthetic and len(t.norm) > 2
    }
    for a, (i1, s1) in enumerate(anchors):
        for i2, s2 in anchors[a + 1 :]:
            if s1.kind != s2.kind or (places.kind(s1.tokens[0].norm) is None) != (
                places.kind(s2.tokens[0].norm) is None
            ):
                continue
            if s1.kind == "figure" and not (
                s1.quantity and s2.quantity and s1.quantity.type == s2.quantity.type
            ):
                continue
            p1 = _positions(s1.tokens[0], ev.tokens, s1.kind == "name")
            p2 = _positions(s2.tokens[0], ev.tokens, s2.kind == "name")
            if not p1 or not p2 or set(p1) & set(p2):
                continue
            for w in (k for k in words if i1 < k < i2):
                tok = ctoks[w]
                if tok.stem in RECIPROCAL or _same_thing(tok, s1, s2):
                    continue
                pw = _positions(tok, ev.tokens, False)
                fwd = any(x < y < z for x in p1 for y in pw for z in p2)
                back = any(z < y < x for x in p1 for y in pw for z in p2)
                if (
                    back
                    and not fwd
                    and not _voice_flip(ctoks[i1:i2], ev.tokens, p1, p2)
                    and not _noun_phrase_turn(claim, ctoks, i1, w, ev, p2)
                ):
                    note = (
                        f"the claim puts {s1.text} and {s2.text} the other way round: "
                        f"the source says \u201c{_between(ev, min(p2), max(p1))}\u201d"
                    )
                    span = (s1.span[0], s2.span[1])
                    src = (ev.tokens[min(p2)].start, ev.tokens[max(p1)].end)
                    out.append(Conflict("role", s1.text, s2.text, span, src, note=note))
                    return out
    return out


# "graduate of West Point" is "West Point graduate"; "head ... at the Pentagon" is "the Pentagon's head".
_OF_LIKE = frozenset({"of", "at", "in", "for"})


def _noun_phrase_turn(claim: str, ctoks: list[Token], i1: int, w: int, ev: Evidence, p2: list[int]) -> bool:
    """A reordering inside one noun phrase, which changes no role: the claim's first name is a
    possessive or a modifier right before the word ("the Pentagon's head", "West Point graduate"),
    and the passage puts it after that word behind "of", "at" or "in"."""
    nxt = ctoks[i1 + 1] if i1 + 1 < len(ctoks) else None
    possessive = claim[ctoks[i1].end : ctoks[i1].end + 2] in ("'s", "\u2019s")
    modifier = nxt is not None and ctoks.index(nxt) == w
    if not (possessive or modifier):
        return False
    for k, t in enumerate(ev.tokens):
        if t.stem == ctoks[w].stem:
            after = ev.tokens[k + 1 : k + 6]
            if after and after[0].norm in _OF_LIKE:
                return True
    return False


def _same_thing(tok: Token, s1: Specific, s2: Specific) -> bool:
    return any(tok is t for t in s1.tokens + s2.tokens)


def _between(ev: Evidence, a: int, b: int) -> str:
    return ev.text[ev.tokens[a].start : ev.tokens[b].end]


def _voice_flip(claim_part: list[Token], ptoks: list[Token], p1: list[int], p2: list[int]) -> bool:
    """One side passive ("by"), the other active: the order of agent and patient swaps."""
    c_by = any(t.norm in AGENT_MARKERS for t in claim_part)
    lo, hi = min(min(p1), min(p2)), max(max(p1), max(p2))
    p_by = any(t.norm in AGENT_MARKERS for t in ptoks[lo:hi])
    return c_by != p_by


def _runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words ("Assistant Secretary of Defense Mira Ricardel"), split at
    punctuation: the unit a title binds to a name in."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for t in tokens:
        gap = text[cur[-1].end : t.start] if cur else ""
        joins = gap.strip() in ("", "\u2019s", "'s", "-")
        if (t.kind == "word" and t.cap and not t.synthetic and (not cur or joins)) or (
            t.norm == "of" and cur and joins
        ):
            cur.append(t)
        else:
            if cur:
                runs.append([x for x in cur if x.norm != "of"])
            cur = [t] if t.kind == "word" and t.cap and not t.synthetic else []
    if cur:
        runs.append([x for x in cur if x.norm != "of"])
    return [r for r in runs if r]


def _is_person(t: Token, common: set[str]) -> bool:
    """A name of someone or something, not a title word ("Deputy", "Secretary": the corpus
    also writes it in lower case, or it is an English word WordNet knows) or a place."""
    return places.kind(t.norm) is None and t.norm not in common and not synonyms(t.stem)


def _title_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A title or nationality the claim binds to one person, bound in the passage to another."""
    units: list[list[Token]] = []
    for run in _runs(claim, ctoks):
        if units and claim[units[-1][-1].end : run[0].start].strip() == ",":
            units[-1] = units[-1] + run
        else:
            units.append(run)
    p_runs: list[list[Token]] = []
    for run in _runs(ev.text, ev.tokens):
        # "Richard Armitage, Deputy Secretary of State": an apposition gives its title to the name before
        titled = not any(_is_person(t, ev.common) for t in run)
        if p_runs and titled and ev.text[p_runs[-1][-1].end : run[0].start].strip() == ",":
            p_runs[-1] = p_runs[-1] + run
        else:
            p_runs.append(run)
    out: list[Conflict] = []
    for unit in units:
        persons = [t for t in unit if _is_person(t, ev.common)]
        modifiers = [t for t in unit if not _is_person(t, ev.common)]
        if not persons or not modifiers:
            continue
        own = [r for r in p_runs if any(_name_match(c, p, False) for c in persons for p in r)]
        if not own:
            continue
        lacking = [m for m in modifiers if not any(_name_match(m, p, False) for r in own for p in r)]
        for m in lacking:
            for r in p_runs:
                others = [
                    p
                    for p in r
                    if _is_person(p, ev.common) and not any(_name_match(c, p, False) for c in ctoks)
                ]
                if r not in own and others and any(_name_match(m, p, False) for p in r):
                    note = (
                        f"the source gives \u201c{claim[m.start : m.end]}\u201d to "
                        f"{ev.text[others[0].start : others[-1].end]}, not to "
                        f"{claim[persons[0].start : persons[-1].end]}"
                    )
                    src = (r[0].start, r[-1].end)
                    out.append(
                        Conflict(
                            "title",
                            claim[m.start : m.end],
                            ev.text[src[0] : src[1]],
                            (m.start, m.end),
                            src,
                            note=note,
                        )
                    )
                    return out
    return out


def align(claim: str, ctoks: list[Token], specs: list[Specific], ev: Evidence) -> Alignment:
    """Where the evidence states each specific of the claim, and where it says otherwise."""
    out = Alignment()
    pool = ev.tokens + ev.context
    quantities = extract(ev.text, ev.tokens)
    claim_words = {t.norm for t in ctoks}
    context_q = _context_quantities(ev)
    p_quantifiers = [(ev.tokens[k], cls) for k, cls in quantifiers(ev.tokens)]
    p_directions = [(t, COMPARATIVES[t.norm]) for t in ev.tokens if t.norm in COMPARATIVES]
    for spec in specs:
        t = spec.tokens[0]
        if spec.kind == "name":
            loose = t.norm not in ev.names  # a word the corpus never uses may be a slip for one it does
            found = next((p for p in ev.tokens if _name_match(t, p, metonymy=True, loose=loose)), None)
            if found is not None and _metonym_with_rival(t, found, ctoks, ev):
                found = None
            if found is not None:
                out.matched.append((spec, _surface(ev, found)))
                continue
            around = next((p for p in ev.context if _name_match(t, p, metonymy=False, loose=loose)), None)
            if around is not None:
                out.matched.append((spec, f"{_context_surface(ev, around)} (context)"))
                continue
            rival = _rival_place(t, ctoks, ev)
            if rival is not None:
                out.conflicts.append(
                    Conflict(
                        "place",
                        spec.text,
                        ev.text[rival.start : rival.end],
                        spec.span,
                        (rival.start, rival.end),
                    )
                )
            else:
                out.missing.append(spec)
        elif spec.kind == "figure" and spec.quantity is not None:
            got = _quantity_found(spec.quantity, claim, ctoks, quantities + context_q)
            if got is not None:
                out.matched.append((spec, got.text))
            else:
                out.missing.append(spec)
        elif spec.kind == "month":
            month = MONTHS.get(t.norm)
            hit = next((p for p in pool if p.norm == t.norm), None)
            if hit is None and month and ev.dated and ev.dated[1] == month:
                out.matched.append((spec, "the article's date"))
            elif (
                hit is None
                and month
                and any(q.type == "date" and int(q.value) // 100 == month for q in quantities)
            ):
                q = next(q for q in quantities if q.type == "date" and int(q.value) // 100 == month)
                out.matched.append((spec, q.text))
            elif hit is not None:
                out.matched.append(
                    (spec, _surface(ev, hit) if any(hit is x for x in ev.tokens) else hit.norm)
                )
            else:
                out.missing.append(spec)
        elif spec.kind == "direction":
            hit = next((p for p in ev.tokens if p.stem == t.stem), None)
            rival = next(
                (
                    p
                    for p in ev.tokens
                    if p.norm in DIRECTIONS and p.stem != t.stem and p.norm not in claim_words
                ),
                None,
            )
            if hit is not None:
                out.matched.append((spec, _surface(ev, hit)))
            elif rival is not None:
                out.conflicts.append(
                    Conflict("detail", spec.text, _surface(ev, rival), spec.span, (rival.start, rival.end))
                )
            else:
                out.missing.append(spec)
        elif spec.kind == "quantifier":
            same = next((p for p, cls in p_quantifiers if cls == spec.value), None)
            against = next((p for p, cls in p_quantifiers if cls in EXCLUSIVE[spec.value]), None)
            share = _share_conflict(spec, ev)
            if same is not None:
                out.matched.append((spec, _surface(ev, same)))
            elif share is not None and share[0]:
                out.matched.append((spec, share[1]))
            elif share is not None or against is not None:
                said = share[1] if share is not None else _surface(ev, against)  # type: ignore[arg-type]
                note = f"the claim says {spec.text}; the source says {said}"
                out.conflicts.append(Conflict("quantifier", spec.text, said, spec.span, None, note=note))
            else:
                out.missing.append(spec)
        elif spec.kind == "comparison":
            same = next((p for p, d in p_directions if d == spec.value), None)
            other = next((p for p, d in p_directions if d != spec.value), None)
            if same is not None:
                out.matched.append((spec, _surface(ev, same)))
            elif other is not None:
                out.conflicts.append(
                    Conflict(
                        "comparison", spec.text, _surface(ev, other), spec.span, (other.start, other.end)
                    )
                )
            else:
                out.missing.append(spec)
        elif spec.kind == "preference":
            hit = next(
                (p for k, p in enumerate(ev.tokens[:-1]) if (p.norm, ev.tokens[k + 1].norm) in PREFERENCE),
                None,
            )
            if hit is not None:
                out.matched.append((spec, _surface(ev, hit)))
            else:
                out.missing.append(spec)
        elif spec.kind == "order":
            found_order = _order(spec, claim, ctoks, ev)
            if found_order is None:
                out.missing.append(spec)
            elif found_order[0] == "same":
                out.matched.append((spec, found_order[1]))
            else:
                note = f"the source puts these events the other way round (\u201c{found_order[1]}\u201d)"
                out.conflicts.append(Conflict("order", spec.text, found_order[1], spec.span, None, note=note))
    out.conflicts += _title_conflicts(claim, ctoks, ev)
    if not out.conflicts:
        out.conflicts += _crossings(claim, ctoks, specs, ev)
    return out


def _dated_in(quantities: list[Quantity], month: int) -> str:
    """The passage's full date in this month, if it gives one."""
    return next((q.text for q in quantities if q.type == "date" and int(q.value) // 100 == month), "")


def _surface(ev: Evidence, tok: Token) -> str:
    return ev.text[tok.start : tok.end]


def _context_surface(ev: Evidence, tok: Token) -> str:
    for text, toks in ev.context_texts:
        if any(tok is x for x in toks):
            return text[tok.start : tok.end]
    return tok.norm


def _metonym_with_rival(c: Token, found: Token, ctoks: list[Token], ev: Evidence) -> bool:
    """A city standing for its country ("Astana" for Kazakhstan) does not count when the
    passage names another city the claim does not: then the claim has the wrong city."""
    if c.stem == found.stem or places.same_place(c.norm, found.norm):
        return False
    return _rival_place(c, ctoks, ev) is not None


def _context_quantities(ev: Evidence) -> list[Quantity]:
    """Figures of the sentences before the passage and of the title, and the article's year."""
    out = [q for text, toks in ev.context_texts for q in extract(text, toks)]
    if ev.dated:
        year = ev.dated[0]
        out.append(Quantity("year", float(year), "", 0, 0, f"{year} (the article's date)"))
    return out


def claim_names(claim: str, ctoks: list[Token], names: dict[str, bool]) -> dict[int, bool]:
    """Which tokens of the claim are proper names: capitalised mid-sentence, or, at the start
    of a sentence, a word the corpus capitalises or a place WordNet knows."""
    out = {}
    for i, t in enumerate(ctoks):
        if is_name(claim, t, names) or (
            t.kind == "word" and t.cap and not t.stop and places.kind(t.norm) is not None
        ):
            out[i] = True
    return out
