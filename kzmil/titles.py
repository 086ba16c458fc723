"""Who is what: the titles, posts and descriptions a text gives people, and a claim that
gives one to the wrong person or another post to the right one.

- a title or nationality the claim binds to one person, bound to another ("Deputy Secretary
  of Defense Richard Armitage" where the source gives "Defense" to Mira Ricardel);
- an office without the rank the source gives it ("Defense Minister" for "Deputy Defense Minister");
- a description (an apposition, or what the claim says a person was or headed) the source
  gives someone else, or the same post qualified otherwise ("prime minister" against
  "Minister of Defense").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from kzmil import places
from kzmil.attribution import SOURCE_NOUNS
from kzmil.conflicts import Conflict
from kzmil.evidence import Evidence, source_line
from kzmil.modality import saying
from kzmil.names import HONORIFICS, is_person, name_match, name_variant, titles_name
from kzmil.normalize import POSSESSIVE, Token, stem
from kzmil.quantities import MONTHS
from kzmil.structure import PREPOSITIONS, RECIPROCAL
from kzmil.succession import REPLACING, TAKING
from kzmil.superlatives import superlative
from kzmil.synonyms import ABBREVIATIONS, synonyms
from kzmil.tables import past_form

# What joins a name to its title in apposition: "Richard Armitage, Deputy ...", "..., the Assistant ...".
_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|then)\s+)?")  # "Altynbayev, then Defense Minister"
# A claim may give a post by "as" after a verb of appointing: "appointed Daniel Akhmetov as
# Deputy Defense Minister" (`designated`, read only for a rank the claim adds).
_DESIGNATED = re.compile(r"\s+as\s+(?:(?:the|a|an|its|his|her)\s+)?")
APPOINTING = frozenset(
    stem(w) for w in "appoint name nominate elect designate install confirm promote".split()
)


def name_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words ("Assistant Secretary of Defense Mira Ricardel"), split at
    punctuation: the unit a title binds to a name in."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for t in tokens:
        joins = not cur or text[cur[-1].end : t.start].strip() in ("", *POSSESSIVE, "-")
        # a date is no title, nor a function word that starts a sentence ("In Almaty, ...")
        capital = t.kind == "word" and t.cap and not t.synthetic and t.norm not in MONTHS and not t.stop
        if (capital and joins) or (t.norm == "of" and cur and joins):
            cur.append(t)
        else:
            runs.append([x for x in cur if x.norm != "of"])
            cur = [t] if capital else []
    runs.append([x for x in cur if x.norm != "of"])
    return [r for r in runs if r]


def _appointed(tokens: list[Token], run: list[Token], verbs: frozenset[str] = APPOINTING) -> bool:
    """Is the name run the object of a verb that gives a post ("appointed Daniel Akhmetov as")?
    After "replaced X as", "served under X as" or "met X as", X is not the one who holds it."""
    k = next((i for i, t in enumerate(tokens) if t is run[0]), 0)
    return k > 0 and tokens[k - 1].stem in verbs


def _units(
    text: str,
    tokens: list[Token],
    common: set[str],
    claim: bool,
    titled: frozenset[str] = frozenset(),
    designated: bool = False,
) -> list[list[Token]]:
    """Runs joined across an apposition comma, when one of them is a title alone: "Mira
    Ricardel, Deputy Secretary of State". Two named people are a list, not an apposition
    ("Deputy Secretary Richard Armitage, Assistant Secretary Mira Ricardel"). In a passage only
    a title joins the name before it, since a passage lists names and titles in turn
    ("Richard Armitage, Deputy Secretary; Mira Ricardel, ..."); a claim may put the title first."""
    units: list[list[Token]] = []
    runs = name_runs(text, tokens)
    if claim and titled:
        runs = _nation_before_title(text, tokens, runs, common, titled)
    for run in runs:
        title_only = not any(is_person(t, common) for t in run)
        untitled = bool(units) and not any(is_person(t, common) for t in units[-1])
        gap = text[units[-1][-1].end : run[0].start] if units else ""
        apposed = bool(units) and (
            _APPOSITION.fullmatch(gap)
            or (designated and _DESIGNATED.fullmatch(gap) and _appointed(tokens, units[-1]))
        )
        if apposed and (title_only or (claim and untitled)):
            units[-1] = units[-1] + run
        else:
            units.append(run)
    return units


_BREAK = re.compile(r"[,;:.()\u2013\u2014]")
# Lower-case words of a title between a nationality and its holder: "Belarus's defense minister Akhmetov".
TITLE_WORDS = 3
_TITLE_GAP = re.compile(r"[a-z][a-z-]*(\s+[a-z][a-z-]*)*")


def _nation_before_title(
    text: str, tokens: list[Token], runs: list[list[Token]], common: set[str], titled: frozenset[str]
) -> list[list[Token]]:
    """A claim's nationality joined to the person its lower-case title names ("Belarus's
    defense minister Akhmetov", "Belarusian defense minister Akhmetov"): the nationality is
    bound to that person as in "Belarusian Defense Minister Leanid Maltsaw". The title's words
    must be words the source writes in a title (`titled`): "Kazakhstan hosted Maltsaw" has none."""
    out: list[list[Token]] = []
    for run in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev) == 1
            and places.kind(prev[0].norm) is not None
            and is_person(run[0], common)
        ):
            gap = text[prev[0].end : run[0].start].strip()
            for mark in POSSESSIVE:
                gap = gap.removeprefix(mark).strip()
            words = gap.split()
            if (
                0 < len(words) <= TITLE_WORDS
                and _TITLE_GAP.fullmatch(gap)
                and all(stem(w) in titled for w in words)
            ):
                out[-1] = prev + run
                continue
        out.append(run)
    return out


def _description(text: str, tokens: list[Token], k: int, common: set[str]) -> list[Token]:
    """The lower-case title after the nationality at k ("Belarus's defense minister") when no
    one is named after it: a person described, not named."""
    title: list[Token] = []
    for j in range(k + 1, min(len(tokens), k + 2 + TITLE_WORDS)):
        t = tokens[j]
        gap = text[tokens[j - 1].end : t.start].strip()
        if gap and not (j == k + 1 and gap in POSSESSIVE):
            break
        if t.kind == "word" and not t.cap and not t.stop and t.stem not in RECIPROCAL:
            title.append(t)
            continue
        if t.cap and is_person(t, common):
            return []  # "Belarus's defense minister Akhmetov": named, read by title_conflicts
        break
    return title


def self_description_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A person the claim has meet, or talk with, someone it describes by the nationality and
    title the source gives that person ("Maltsaw met Belarus's defense minister", where the
    source has "Belarusian Defense Minister Leanid Maltsaw"): nobody meets himself."""
    p_units = _units(ev.text, ev.tokens, ev.common, claim=False)
    for k, nation in enumerate(ctoks):
        if not nation.cap or places.kind(nation.norm) is None:
            continue
        title = _description(claim, ctoks, k, ev.common)
        if not title:
            continue
        for j, p in enumerate(ctoks):
            if not (p.cap and is_person(p, ev.common)) or places.kind(p.norm) is not None:
                continue
            lo, hi = sorted((j, k))
            if not any(t.stem in RECIPROCAL for t in ctoks[lo:hi]):
                continue  # "Maltsaw, Belarus's defense minister": a description of him
            if any(t.norm == "and" for t in ctoks[lo:hi]) or _BREAK.search(
                claim, ctoks[lo].end, ctoks[hi].start
            ):
                continue  # "..., and Kazakhstan's deputy defense minister also met": a clause of its own
            own = [r for r in p_units if any(name_match(p, x, False) for x in r)]
            words = {stem(x.norm) for r in own for x in r}
            if any(name_match(nation, x, False) for r in own for x in r) and {t.stem for t in title} <= words:
                who = ev.text[own[0][0].start : own[0][-1].end]
                said = claim[nation.start : title[-1].end]
                note = (
                    f"the claim has {claim[p.start : p.end]} meet \u201c{said}\u201d: "
                    f"the source says that is {who}"
                )
                return [
                    Conflict(
                        "title",
                        said,
                        who,
                        (nation.start, title[-1].end),
                        (own[0][0].start, own[0][-1].end),
                        note=note,
                    )
                ]
    return []


def _cited(text: str, tok: Token) -> bool:
    """Does tok stand in a bracketed citation ("(Interfax-Kazakhstan, November 17)"), as
    `source_line` reads one? Not a bracketed aside that names someone ("(Defense Minister
    Mukhtar Altynbayev)")."""
    opened = text.rfind("(", 0, tok.start)
    closed = text.find(")", tok.end)
    if opened < 0 or closed < 0 or text.rfind(")", 0, tok.start) > opened:
        return False
    return source_line(text[opened : closed + 1])


def title_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A title or nationality the claim binds to one person, bound in the passage to another."""
    p_units = _units(ev.text, ev.tokens, ev.common, claim=False)
    titled = frozenset(t.stem for r in p_units for t in r)
    for unit in _units(claim, ctoks, ev.common, claim=True, titled=titled):
        persons = [t for t in unit if is_person(t, ev.common)]
        modifiers = [t for t in unit if not is_person(t, ev.common)]
        own = [r for r in p_units if any(name_match(c, p, False) for c in persons for p in r)]
        if not persons or not modifiers or not own:
            continue
        for m in modifiers:
            if any(name_match(m, p, False) for r in own for p in r):
                continue
            for r in p_units:
                others = [p for p in r if is_person(p, ev.common) and not _named_in(p, persons)]
                if r in own or not others or not any(name_match(m, p, False) for p in r):
                    continue
                if _cited(ev.text, r[0]):
                    continue  # "(Interfax-Kazakhstan, November 17)": a source cited, nobody in the story
                # the whole title as the claim writes it: the run of modifiers around this word
                run = [
                    t
                    for t in modifiers
                    if not any(t.start < x.start < m.start or m.end < x.end < t.end for x in persons)
                ]
                title = claim[run[0].start : run[-1].end] if run else claim[m.start : m.end]
                word = claim[m.start : m.end]
                said = "" if word == title else f" (in \u201c{title}\u201d)"
                who = ev.text[others[0].start : others[-1].end]
                note = (
                    f"the source gives \u201c{word}\u201d{said} to {who}, "
                    f"not to {claim[persons[0].start : persons[-1].end]}"
                )
                src = (r[0].start, r[-1].end)
                return [Conflict("title", title, ev.text[src[0] : src[1]], (m.start, m.end), src, note=note)]
    return []


# Words that make an office another, lesser one: the Deputy Defense Minister is not the
# Defense Minister, nor is a former or acting one (a closed class of English).
RANKS = frozenset({"deputy", "vice", "assistant", "acting", "former", "under"})
OFFICE_WORDS = 3  # words after a rank that may name the office ("Deputy Defense Minister")
RANK_REACH = 8  # how near the rank the claim's person must be named, in the passage


def _same_word(a: Token, b: Token) -> bool:
    """The same word, or the same word spelt another way ("Defence" for "Defense")."""
    return a.norm == b.norm or a.stem == b.stem or name_variant(a.norm, b.norm, loose=True)


OFFICE_STOPS = 1  # small words an office may hold in the claim: "Minister of Defense"


def _office_at(claim: str, tokens: list[Token], office: list[Token]) -> tuple[int, int] | None:
    """Where the claim names `office`, its words in any order ("Minister of Defense" for
    "Defense Minister"), with at most `OFFICE_STOPS` small words between them."""
    for i, first in enumerate(tokens):
        if not any(_same_word(first, w) for w in office):
            continue
        held, stops, j = [first], 0, i + 1
        while j < len(tokens) and len(held) < len(office):
            t = tokens[j]
            if _BREAK.search(claim[tokens[j - 1].end : t.start]):
                break
            if t.stop and stops < OFFICE_STOPS:
                stops += 1
            elif any(_same_word(t, w) for w in office):
                held.append(t)
            else:
                break
            j += 1
        if len(held) == len(office) and all(any(_same_word(h, w) for h in held) for w in office):
            return i, j - 1
    return None


def rank_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """An office the claim gives a person without the rank the passage gives it: "Sembinov was
    Kazakhstan's Defense Minister" against "Bolat Sembinov, Kazakhstan's Deputy Defense Minister"."""
    said = {t.norm for t in ctoks}
    persons = [t for t in ctoks if t.cap and t.kind == "word" and not t.stop and is_person(t, ev.common)]
    at = {id(t): k for k, t in enumerate(ctoks)}
    for j, rank in enumerate(ev.tokens):
        if rank.norm not in RANKS or rank.norm in said or not persons:
            continue
        office: list[Token] = []
        for t in ev.tokens[j + 1 : j + 1 + OFFICE_WORDS]:
            if t.stop or t.kind != "word" or ev.text[(office[-1] if office else rank).end : t.start].strip():
                break
            office.append(t)
        span = _office_at(claim, ctoks, office) if office else None
        if span is None and rank.norm in DEED_RANKS:
            span = _deed_of_office(ctoks, office, ev, j)
        if span is None or (span[0] and ctoks[span[0] - 1].norm in RANKS):
            continue  # the claim's office has a rank of its own: another person's office
        near = ev.tokens[max(0, j - RANK_REACH) : j + len(office) + RANK_REACH]
        # the office is the person's the claim names nearest to it, not another's in the claim
        # ("Sembinov, who reported to Altynbayev, the Minister of Defense")
        holder = min(persons, key=lambda c: min(abs(at[id(c)] - span[0]), abs(at[id(c)] - span[1])))
        if not any(name_match(holder, p, False) for p in near):
            continue
        mine = (ctoks[span[0]].start, ctoks[span[1]].end)
        theirs = (rank.start, office[-1].end)
        return [Conflict("title", claim[mine[0] : mine[1]], ev.text[theirs[0] : theirs[1]], mine, theirs)]
    return []


# Offices named after their deed: to chair is to be the chairman.
DEED_OFFICES = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}
# Ranks whose holder does not hold the office (a former or an acting chairman did chair).
DEED_RANKS = frozenset({"deputy", "vice", "assistant"})
# Tokens after an office where a text names its body: "deputy chairman on the State Agency".
BODY_REACH = 12
BODY_WORDS = 3  # capitalised words of the claim's body that must be the passage's


def _deed_of_office(ctoks: list[Token], office: list[Token], ev: Evidence, j: int) -> tuple[int, int] | None:
    """Where the claim tells the deed of the passage's ranked office, of the same body: "X chaired
    the State Agency" against "X was deputy chairman on the State Agency". Not where the passage
    tells the deed itself ("Deputy chairman X chaired the hearing"), and only the body the passage
    names after the office: a deputy chairman may chair a meeting."""
    deed = DEED_OFFICES.get(office[0].norm) if len(office) == 1 else None
    if deed is None or any(t.stem == deed for t in ev.tokens):
        return None
    k = next((i for i, t in enumerate(ctoks) if t.stem == deed and t.kind == "word"), None)
    if k is None:
        return None
    body = {t.stem for t in ev.tokens[j + 2 : j + 2 + BODY_REACH] if t.cap and not t.stop}
    named = [t for t in ctoks[k + 1 : k + 1 + BODY_REACH] if t.cap and not t.stop][:BODY_WORDS]
    return (k, k) if named and all(t.stem in body for t in named) else None


# A rank the claim may add to an office the passage gives without one. Not "former": a claim
# written later rightly calls the minister of the day a former minister; nor "acting", a
# standing in the office that the source may simply not mention.
ADDED_RANKS = RANKS - {"former", "acting"}


def _ranked_offices(claim: str, ctoks: list[Token]) -> list[Token]:
    """The claim's tokens with a rank and the office after it capitalised, as a title is
    written, so that "Altynbayev, then Kazakhstan's deputy defense minister" binds the office to
    the name as "Deputy Defense Minister" would. The office ends at punctuation, a function word
    or a name."""
    out = list(ctoks)
    for i, t in enumerate(ctoks):
        if t.norm not in ADDED_RANKS:
            continue
        out[i] = replace(t, cap=True)
        for j in range(i + 1, min(i + 1 + OFFICE_WORDS, len(ctoks))):
            w = ctoks[j]
            if w.stop or w.cap or w.kind != "word" or claim[ctoks[j - 1].end : w.start].strip():
                break
            out[j] = replace(w, cap=True)
    return out


def added_rank_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A rank the claim gives a person's office that the passage's office for them lacks:
    "Deputy Defense Minister Mukhtar Altynbayev" against "Mukhtar Altynbayev, Minister of
    Defense". The passage must give the person that office, in the claim's words in any order,
    and give them no rank anywhere: the reverse of `rank_conflicts`."""
    if not any(t.norm in ADDED_RANKS for t in ctoks):
        return []  # the passage is read only for a claim with a rank
    p_units = _units(ev.text, ev.tokens, ev.common, claim=False)
    for unit in _units(claim, _ranked_offices(claim, ctoks), ev.common, claim=True, designated=True):
        persons = [t for t in unit if is_person(t, ev.common)]
        k = next((i for i, t in enumerate(unit) if t.norm in ADDED_RANKS), None)
        if not persons or k is None:
            continue
        office: list[Token] = []
        for t in unit[k + 1 : k + 1 + OFFICE_WORDS]:
            if is_person(t, ev.common) or t.norm in RANKS:
                break
            if places.kind(t.norm) is None:
                office.append(t)
        own = [
            r
            for n, r in enumerate(p_units)
            if any(name_match(c, p, False) for c in persons for p in r)
            or _title_before(ev.text, p_units, n + 1, persons, ev.common)
        ]
        if not office or any(t.norm in RANKS for r in own for t in r):
            continue
        for r in own:
            words = [t for t in r if not is_person(t, ev.common)]
            if all(any(_same_word(o, w) for w in words) for o in office):
                held = [t for t in words if any(_same_word(o, t) for o in office)]
                mine = (unit[k].start, office[-1].end)
                theirs = (held[0].start, held[-1].end)
                who = claim[persons[0].start : persons[-1].end]
                rank = claim[unit[k].start : unit[k].end]
                note = (
                    f"the claim makes {who} {claim[mine[0] : mine[1]]}; "
                    f"the source gives {ev.text[theirs[0] : theirs[1]]} without \u201c{rank}\u201d"
                )
                return [
                    Conflict(
                        "title",
                        claim[mine[0] : mine[1]],
                        ev.text[theirs[0] : theirs[1]],
                        mine,
                        theirs,
                        note=note,
                    )
                ]
    return []


def _title_before(
    text: str, units: list[list[Token]], n: int, persons: list[Token], common: set[str]
) -> bool:
    """Is units[n - 1] a title alone, set before the person that units[n] names ("Kazakhstan's
    Prime Minister, Daniyal Akhmetov, addressed ...")?"""
    if n >= len(units) or not any(name_match(c, p, False) for c in persons for p in units[n]):
        return False
    title = units[n - 1]
    return not any(is_person(t, common) for t in title) and bool(
        _APPOSITION.fullmatch(text[title[-1].end : units[n][0].start])
    )


# Military ranks, which may be written in full or abbreviated and joined ("Maj.-Gen.",
# "Major-General", "Army-General"): a closed class of English, as style guides list them.
RANK_WORDS = frozenset(
    "army major general colonel lieutenant captain sergeant admiral brigadier commander".split()
)
_RANK_GAP = re.compile(r"[.\s-]*")  # what may stand between a rank's parts and the name


def _rank_before(text: str, tokens: list[Token], k: int) -> list[str]:
    """The rank words written just before the name that starts at token k ("Maj.-Gen. Bolat
    Sembinov" -> ["major", "general"]), abbreviations read in full."""
    out: list[str] = []
    end = tokens[k].start
    for t in reversed(tokens[:k]):
        word = ABBREVIATIONS.get(t.norm, t.norm)
        if t.synthetic or word not in RANK_WORDS or not _RANK_GAP.fullmatch(text[t.end : end]):
            break
        out.insert(0, word)
        end = t.start
    return out


def military_rank_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A rank the claim gives a person that the source's rank for them lacks: "Lt.-Gen. Bolat
    Sembinov" against "Major-General Bolat Sembinov", or "Major" (another head word). A
    shorter rank with the same head is no conflict ("Gen." for "Army-General"), nor a source
    that gives the person no rank."""
    if not any(ABBREVIATIONS.get(t.norm, t.norm) in RANK_WORDS for t in ctoks):
        return []
    persons = [k for k, t in enumerate(ctoks) if t.cap and t.kind == "word" and is_person(t, ev.common)]
    for k in persons:
        if k and ctoks[k - 1].cap and is_person(ctoks[k - 1], ev.common):
            continue  # the name's first word opens it: "Bolat", not "Sembinov"
        mine = _rank_before(claim, ctoks, k)
        if not mine:
            continue
        run = [t for t in ctoks[k : k + 3] if t.cap and is_person(t, ev.common)]
        for j, p in enumerate(ev.tokens):
            if not any(name_match(c, p, False) for c in run):
                continue
            start = j
            while start and ev.tokens[start - 1].cap and is_person(ev.tokens[start - 1], ev.common):
                start -= 1
            theirs = _rank_before(ev.text, ev.tokens, start)
            if not theirs or len(theirs) < len(mine):
                continue
            if mine[-1] == theirs[-1] and set(mine) <= set(theirs):
                return []  # the source gives this rank: its head ("general") and any words before it
            lo, hi = ctoks[k - len(mine)].start, ctoks[k - 1].end
            src = (ev.tokens[start - len(theirs)].start, ev.tokens[start - 1].end)
            return [Conflict("title", claim[lo:hi], ev.text[src[0] : src[1]], (lo, hi), src)]
    return []


def institution_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """An institution the claim names by another qualifier than the passage, under one head
    word: "worked closely with Kazakhstan's Defense Ministry" against "working closely with the
    Kazakh Ministry of Emergency Situations". Each side has a word the other lacks (places
    aside, which locate the institution), and the passage never writes the claim's qualifier:
    a passage that names both institutions leaves the claim to the other readings."""
    wanted = []
    for run in name_runs(claim, ctoks):
        mine = {t.stem for t in run if places.kind(t.norm) is None}
        # a person's title is for `title_conflicts` and `rank_conflicts`
        if 2 <= len(mine) <= POST_WORDS and not any(is_person(t, ev.common) for t in run):
            wanted.append((run, mine))
    if not wanted:
        return []  # the passage is read only for a claim that names an institution
    stated = {t.stem for t in ev.tokens}
    at = {id(t): k for k, t in enumerate(ev.tokens)}
    runs = name_runs(ev.text, ev.tokens)
    for run, mine in wanted:
        for theirs in runs:
            words = {t.stem for t in theirs if places.kind(t.norm) is None}
            shared = mine & words
            if not shared or len(words) > POST_WORDS or _a_post(theirs, ev, at):
                continue
            mine_only, theirs_only = mine - words, words - mine
            if not mine_only or not theirs_only or mine_only & stated:
                continue
            if any(synonyms(w) & theirs_only for w in mine_only):
                continue
            said = ev.text[theirs[0].start : theirs[-1].end]
            span = (run[0].start, run[-1].end)
            return [Conflict("name", claim[span[0] : span[1]], said, span, (theirs[0].start, theirs[-1].end))]
    return []


def _a_post(run: list[Token], ev: Evidence, at: dict[int, int]) -> bool:
    """Is a passage's run of capitals a person's post ("Deputy Secretary of State", "Minister
    of Defense, Mukhtar Altynbayev") rather than an institution? It names a person, has a rank,
    or stands in apposition to a person's name."""
    if any(is_person(t, ev.common) or t.norm in RANKS for t in run):
        return True
    k, n = at[id(run[0])], at[id(run[-1])]
    before = ev.tokens[k - 1] if k else None
    after = ev.tokens[n + 1] if n + 1 < len(ev.tokens) else None
    return (
        before is not None
        and is_person(before, ev.common)
        and _APPOSITION.fullmatch(ev.text[before.end : run[0].start]) is not None
    ) or (
        after is not None
        and is_person(after, ev.common)
        and _APPOSITION.fullmatch(ev.text[run[-1].end : after.start]) is not None
    )


# An apposition ends at the next comma, semicolon, colon or bracket: "Mira Ricardel, Assistant
# Secretary of Defense; and James MacDougall, head of Eurasia affairs at the Pentagon (...)".
_APPOSITION_END = re.compile(r"[,;:()]")
APPOSITION_SHARED_MIN = 2  # content words a claim's description must share with another person's


# Words that open a phrase of company after a name's comma, not a description of it: "X,
# alongside Y", "X, with his deputy", "X, among others" (a closed class of English).
COMPANY = frozenset("alongside along together with besides beside including plus among and or".split())


Described = tuple[list[Token], set[str], tuple[int, int]]  # a person, the description's words, its span


def _in_company(tokens: list[Token], start: int) -> bool:
    """Does the phrase after a name's comma open with a word of company? "X, with 12 years as
    mayor," describes X: a figure after "with" is X's own."""
    after = [t for t in tokens if t.start >= start][:2]
    if not after or after[0].norm not in COMPANY:
        return False
    return not (after[0].norm == "with" and len(after) > 1 and after[1].kind == "num")


def _named_before_comma(
    text: str, tokens: list[Token], common: set[str]
) -> Iterator[tuple[list[Token], int]]:
    """Each person's name that a comma follows, and where the text after the comma starts."""
    for run in name_runs(text, tokens):
        persons = [t for t in run if is_person(t, common)]
        comma = text[run[-1].end :]
        if persons and comma.lstrip().startswith(","):
            yield persons, run[-1].end + comma.index(",") + 1


def companions(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """The people a passage names with a phrase of company after them ("Salo, alongside Berg,
    the head of the Greens"), each with no description: the phrase is another's, and a claim
    that gives them the other's post still faces the other."""
    return [
        (persons, set(), (start, start))
        for persons, start in _named_before_comma(text, tokens, common)
        if _in_company(tokens, start)
    ]


def _own(described: list[Described], tokens: list[Token]) -> list[Described]:
    """Without the phrases of company: "Richard Armitage, alongside Eurasia chief James
    MacDougall" is none of Armitage's description, when who holds which post is read."""
    return [d for d in described if not _in_company(tokens, d[2][0])]


def appositions(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """(a person's name, the content words of the description after it): "Mira Ricardel, the
    Pentagon's head of Eurasia affairs" -> ([Mira, Ricardel], {pentagon, head, eurasia, affair})."""
    out = []
    for persons, start in _named_before_comma(text, tokens, common):
        end_at = _APPOSITION_END.search(text, start)
        end = end_at.start() if end_at else len(text)
        words = {t.stem for t in tokens if start <= t.start < end and t.kind == "word" and not t.stop}
        if words:
            out.append((persons, words, (start, end)))
    return out


def is_frame(words: list[Token]) -> bool:
    """Is the phrase a text's report of what it says: "the blog argues", "the article says"?"""
    plain = [t for t in words if not t.stop or saying(t)]
    return len(plain) == 2 and plain[0].stem in SOURCE_NOUNS and saying(plain[1])


def _designations(
    text: str, tokens: list[Token], common: set[str], *, appointed: bool = False
) -> list[Described]:
    """(a person's name, the content words of the post after "as", or after an article when
    a verb of appointing or "made" comes before the name): "named Nikolai Pospelov as the new
    eastern regional commander" -> ([Nikolai, Pospelov], {new, eastern, region, command}), up
    to the next punctuation or contrast. With `appointed`, only a post a verb
    of appointing gives: a claim's "met Armitage as part of the trip" gives no post."""
    out = []
    at = {id(t): k for k, t in enumerate(tokens)}
    for run in name_runs(text, tokens):
        persons = [t for t in run if is_person(t, common)]
        k = at[id(run[-1])] + 1
        if not persons or k >= len(tokens) or text[run[-1].end : tokens[k].start].strip():
            continue
        if tokens[k].norm == "as":
            if appointed and not _appointed(tokens, run):
                continue
            words, span = _post_named(text, tokens, k + 1)
        elif tokens[k].norm in POST_ARTICLES and _appointed(tokens, run, MADE_BY):
            words, span = _post_named(text, tokens, k)
            if _ranked_or_owned(text, tokens, span):
                continue
        elif tokens[k].norm in DEED_RANKS and _appointed(tokens, run, MADE_BY):
            words, span = _post_named(text, tokens, k)  # "made X deputy defense minister"
        else:
            continue
        if words:
            out.append((persons, words, span))
    return out


# "made X a deputy minister", "named X the new commander": a verb of appointing, or "make",
# with the post after the name and no "as". Only with an article, or a rank that only opens a
# post ("made X deputy defense minister"): "named X yesterday" names no post, and "made X
# leave" is another verb. "confirmed X the winner" confirms a result.
POST_ARTICLES = frozenset({"a", "an", "the"})
MADE_BY = (APPOINTING - {stem("confirm")}) | {stem(w) for w in ("make", "makes", "made", "making")}


def _ranked_or_owned(text: str, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Is what "made X the ..." names a rank or someone else's ("the company's largest
    shareholder", "the coach's first choice", "the most popular minister"), not a post?"""
    inside = [t for t in tokens if span[0] <= t.start < span[1]]
    return any(_owner(text, t) or superlative(t) is not None or t.norm in RANKING_WORDS for t in inside)


RANKING_WORDS = frozenset({"most", "least", "first", "last", "best", "worst"})


def _post_named(text: str, tokens: list[Token], k: int) -> tuple[set[str], tuple[int, int]]:
    """The content words of the post named from token k on, and where it is written: at most
    DESIGNATION_REACH tokens, up to the next punctuation, contrast or "and"."""
    words: set[str] = set()
    start = end = tokens[k - 1].end
    for t in tokens[k : k + DESIGNATION_REACH]:
        if _APPOSITION_END.search(text[end : t.start]) or t.norm in CONTRASTS or t.norm == "and":
            break
        if t.kind == "word" and not t.stop:
            words.add(t.stem)
        end = t.end
    return words, (start, end)


DESIGNATION_REACH = 8  # tokens after "as" that may name the post
PASSIVE_BE = frozenset({"was", "were", "is", "are", "been"})
PASSIVE_ADVERBS = frozenset({"also", "then", "later", "subsequently"})


def _passive_designations(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """(a person's name, the content words of the post a passive of appointing gives them):
    "Bulat Darbekov was also named the new southern regional commander" -> ([Bulat,
    Darbekov], {new, southern, region, command}), up to the next punctuation or contrast."""
    out = []
    at = {id(t): k for k, t in enumerate(tokens)}
    for run in name_runs(text, tokens):
        persons = [t for t in run if is_person(t, common)]
        k = at[id(run[-1])] + 1
        if not persons or k >= len(tokens) or tokens[k].norm not in PASSIVE_BE:
            continue
        k += 1
        while k < len(tokens) and (tokens[k].norm in PASSIVE_ADVERBS or tokens[k].norm.endswith("ly")):
            k += 1
        if k >= len(tokens) or tokens[k].stem not in APPOINTING:
            continue
        k += 1
        if k < len(tokens) and tokens[k].norm == "as":
            k += 1
        words, span = _post_named(text, tokens, k)
        if words:
            out.append((persons, words, span))
    return out


# Verbs that give the person before them a post or a description ("X was Kazakhstan's prime
# minister", "X headed Eurasia affairs"): the copula and the verbs of holding an office, a
# closed class of English. A verb of heading names the post too ("head of Eurasia affairs").
PREDICATES = frozenset({"is", "was", "became", "becomes", "remained", "remains", "served", "serves"})
HEADING = frozenset({"head", "lead", "led", "chair"})
CONTRASTS = frozenset({"while", "whereas", "but"})  # a description ends where the next clause begins


def _titles(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """(a person's name, the title words written before it in one run): "Kazakh Defense
    Minister Mukhtar Altynbaev" -> ([Mukhtar, Altynbaev], {kazakh, defens, minist})."""
    out = []
    for run in name_runs(text, tokens):
        persons = [t for t in run if is_person(t, common)]
        title = [t for t in run if not is_person(t, common) and t.start < persons[0].start] if persons else []
        if title:
            out.append((persons, {t.stem for t in title}, (title[0].start, title[-1].end)))
    return out


def _titles_before(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """(a person's name, the title written before it in apposition): "Kazakhstan's Prime
    Minister, Daniyal Akhmetov, addressed" -> ([Daniyal, Akhmetov], {prime, minist})."""
    out = []
    runs = name_runs(text, tokens)
    for title, named in pairwise(runs):
        persons = [t for t in named if is_person(t, common)]
        words = [t for t in title if not is_person(t, common)]
        if not persons or len(words) != len(title) or text[title[-1].end : named[0].start].strip() != ",":
            continue
        out.append((persons, {t.stem for t in words}, (words[0].start, words[-1].end)))
    return out


def _descriptions_before(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """(a person's name, the lower-case post in apposition before it): "France's foreign
    minister, Michele Alliot-Marie, offered" -> ([Michele, Alliot, Marie], {franc, foreign,
    minist}). Only at the sentence's start, or with the name ending it ("met France's foreign
    minister, Michele Alliot-Marie."): after an opening phrase ("When the minister
    resigned, X", "After meeting the prime minister, X said") or in a list ("the finance
    minister, X, and Y") the words before the name are not its post. A post held before or
    after ("the former defense minister") is no rival of the source's at its time."""
    out = []
    at = {id(t): k for k, t in enumerate(tokens)}
    for run in name_runs(text, tokens):
        persons = [t for t in run if is_person(t, common)]
        k = at[id(run[0])]
        after = text[run[-1].end :].lstrip()
        if not persons or k == 0 or text[tokens[k - 1].end : run[0].start].strip() != ",":
            continue
        if after[:1] not in (",", ".", "") or re.match(r",\s*(?:and|or)\b", after):
            continue
        post: list[Token] = []
        for j in range(k - 1, max(-1, k - 2 - POST_WORDS), -1):
            t = tokens[j]
            gap = text[t.end : (post[0].start if post else tokens[j + 1].start)].strip()
            if t.kind != "word" or t.stop or (t.cap and not post) or (post and gap not in ("", *POSSESSIVE)):
                break
            if t.norm in MONTHS:
                break  # a date, no word of the post: "In November Norway's defence minister, X"
            if post and past_form(t.norm):
                break  # the verb whose object the post is: "met Tarnia's trade minister, X"
            post.insert(0, t)
        first = k - len(post)
        opens = (
            first == 0 or (first == 1 and tokens[0].norm in OPENING_DETERMINERS) or _after_time(tokens, first)
        )
        # a name that ends the sentence is no subject of a clause after an opening phrase: "met
        # France's foreign minister, Michele Alliot-Marie." gives her that post; not one after
        # a preposition, where the post is another's ("an aide to the prime minister, X.")
        closes = after[:1] in (".", "") and not _after_preposition(tokens, first)
        words = {t.norm for t in post}
        # an owner is no word of the post: "the army's top general" is a general
        owned = {t.stem for t in post if not _owner(text, t) or places.kind(t.norm)}
        if owned and len(post) <= POST_WORDS and (opens or closes) and not words & (EARLIER | LATER):
            out.append((persons, owned, (post[0].start, post[-1].end)))
    return out


OPENING_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their"})
# A sentence may open on when it tells of before its subject: "In November 2004 Kazakhstan's
# defense minister, X, said", "On April 5, the minister, X". Only a preposition of time with
# dates after it, which hold no verb whose object the post could be.
TIME_OPENERS = frozenset({"in", "on", "by", "since", "during"})
TIME_WORDS = frozenset({"early", "late", "mid", "of", "the", *MONTHS})


def _after_time(tokens: list[Token], first: int) -> bool:
    """Does the sentence open on a date, right before the post that starts at `first`?"""
    j = first - 1 if first and tokens[first - 1].norm in OPENING_DETERMINERS else first
    opening = tokens[:j]
    return (
        len(opening) >= 2
        and opening[0].norm in TIME_OPENERS
        and all(t.kind == "num" or t.norm in TIME_WORDS for t in opening[1:])
        and any(t.kind == "num" or t.norm in MONTHS for t in opening[1:])
    )


# Words whose object a post before a name may be, which make it another's: "an aide to the
# prime minister, X", "the wife of the defence minister, X" (closed classes of English).
POST_OBJECT_OF = frozenset({"to", "of", "for"})


def _after_preposition(tokens: list[Token], first: int) -> bool:
    """Does a preposition stand before the post that starts at `first`, past its determiner?"""
    j = first - 1
    if j >= 0 and tokens[j].norm in OPENING_DETERMINERS:
        j -= 1
    return j >= 0 and tokens[j].norm in POST_OBJECT_OF


def _owner(text: str, t: Token) -> bool:
    """Is the word a possessive ("army's"), the mark in it or after it?"""
    return text[t.start : t.end].endswith(POSSESSIVE) or text[t.end :].startswith(POSSESSIVE)


# A source's words for a post held before ("Former President X", "the late minister"), as stems.
_EARLIER_STEMS = frozenset(stem(w) for w in ("former", "late", "previous", "ex", "onetime", "erstwhile"))


def _predicates(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """(a person's name, the content words of what the claim says the person was or headed),
    up to the next punctuation or contrast: "Mira Ricardel headed Eurasia affairs at the
    Pentagon" -> ([Mira, Ricardel], {head, eurasia, affair, pentagon})."""
    out = []
    at = {id(t): k for k, t in enumerate(tokens)}
    for run in name_runs(text, tokens):
        persons = [t for t in run if is_person(t, common)]
        k = at[id(run[-1])] + 1
        if persons and k < len(tokens) and text[run[-1].end : tokens[k].start].strip() == ",":
            k = _after_apposition(text, tokens, k)  # "Mira Ricardel, one of those he met, heads ..."
        if not persons or k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start].strip(" ,"):
            continue
        verb = tokens[k]
        if verb.norm not in PREDICATES and verb.stem not in HEADING:
            continue
        words = {verb.stem} if verb.stem in HEADING else set()
        start = end = verb.end
        for t in tokens[k + 1 :]:
            if _APPOSITION_END.search(text[tokens[k].end : t.start]) or t.norm in CONTRASTS:
                break
            if t.kind == "word" and not t.stop and t.norm not in PREDICATES:
                words.add(t.stem)
            k, end = at[id(t)], t.end
        if words:
            out.append((persons, words, (start, end)))
    return out


APPOSITION_REACH = 8  # tokens an apposition between a name and its verb may hold


def _after_apposition(text: str, tokens: list[Token], k: int) -> int:
    """The token after the apposition that starts at `k` and closes with a comma, or len(tokens)."""
    for j in range(k, min(len(tokens), k + APPOSITION_REACH + 1)):
        gap = text[tokens[j - 1].end : tokens[j].start] if j > k else ""
        if _APPOSITION_END.search(gap):
            return j if gap.strip() == "," else len(tokens)
    return len(tokens)


def description_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A description the claim gives one person that the passage gives another, in lower case
    as well as in capitals: "Mira Ricardel, the Pentagon's head of Eurasia affairs" against
    "... Mira Ricardel, Assistant Secretary of Defense; and James MacDougall, head of Eurasia
    affairs at the Pentagon"."""
    text, toks, common = ev.text, ev.tokens, ev.common
    given = _designations(text, toks, common) + _passive_designations(text, toks, common)
    # a person's own posts may be told by the company kept ("Vitols, with her deputy Kemp," is
    # no deputy); who holds another's post is read without that phrase
    apposed = appositions(text, toks, common)
    titled = apposed + given + _titles(text, toks, common) + _titles_before(text, toks, common)
    theirs = _own(apposed, toks) + given + companions(text, toks, common)
    described = [
        d
        for d in _own(appositions(claim, ctoks, ev.common), ctoks) + _predicates(claim, ctoks, ev.common)
        if not _later_post(ctoks, d[2])
    ]
    opening = _descriptions_before(claim, ctoks, ev.common)
    before = {id(d) for d in opening}
    for d in described + _titles(claim, ctoks, ev.common) + opening:
        persons, words, span = d
        if id(d) in before and _post_written(claim, ctoks, span, ev):
            continue  # the source gives that post too: "Trade Minister X, who is also deputy prime minister"
        posts = [
            (w, at)
            for names, w, at in titled
            if _one_person(names, persons)
            # a post the source gives as held before is no rival of one that opens the claim
            and not (id(d) in before and w & _EARLIER_STEMS)
        ]
        own = [_post_words(w) for w, _ in posts if len(w) <= POST_WORDS]
        if id(d) in before and any(_post_words(words) <= w for w in own):
            continue  # one of the posts the source gives: "Trade Minister X, who is also ..."
        if (posted := _another_post(claim, persons, words, posts, ev.text)) is not None:
            return [posted]
        if (owned := _owners_post(claim, ctoks, d, posts, ev)) is not None:
            return [owned]
    # a post the claim has someone given ("appointed X as defense minister") is set against the
    # posts the passage gives, not against a title held before it ("Deputy Finance Minister X")
    for persons, words, _ in described + _designations(claim, ctoks, ev.common, appointed=True):
        own = [w for names, w, _ in theirs if any(_named_in(p, persons) for p in names)]
        if not own:
            continue
        # a description that shares more with another person's than with the person's own is
        # the other's ("Armitage, whom Sembinov met, was Assistant Secretary of Defense for
        # International Security Policy" against "Richard Armitage, Deputy Secretary of State;
        # Mira Ricardel, Assistant Secretary of Defense for International Security Policy")
        own_shared = max(len(words & w) for w in own)
        for names, w, _ in theirs:
            shared = len(words & w)
            # (when the claim names the other person too, it gives the description to them)
            theirs_too = own_shared > 0 and any(_named_in(p, ctoks) for p in names)
            another = not any(_named_in(p, persons) for p in names)
            if (
                shared >= APPOSITION_SHARED_MIN
                and shared > own_shared
                and not theirs_too
                and another
                and not _succeeds(persons, names, ev)
            ):
                who = ev.text[names[0].start : names[-1].end]
                mine = claim[persons[0].start : persons[-1].end]
                note = f"the source describes {who} that way, not {mine}"
                return [Conflict("title", mine, who, (persons[0].start, persons[-1].end), None, note=note)]
    return []


# Tokens after a person's name within which a verb of succession hands them another's post:
# "named Karel Obst, then head of the border police, to replace her".
SUCCESSION_REACH = 12
SUCCEEDED_REACH = 3  # tokens after the verb that name whom it replaces: "took over from Solvay"
SUCCEEDED_PRONOUNS = frozenset({"her", "him"})


def _succeeds(persons: list[Token], holder: list[Token], ev: Evidence) -> bool:
    """Does the passage have the person replace the one it gives the post ("named X ... to
    replace her", "X took over from Solvay")? Then the post passed to them. Not someone else
    ("X was named southern commander, replacing Y" keeps the eastern post Z's)."""
    toks = ev.tokens
    for k, p in enumerate(toks):
        if not any(name_match(c, p, False) for c in persons):
            continue
        for j in range(k + 1, min(len(toks), k + 1 + SUCCESSION_REACH)):
            if not ev.one_sentence(p, toks[j]):
                break
            nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
            if toks[j].stem in REPLACING or (toks[j].norm in TAKING and nxt == "over"):
                whom = toks[j + 1 : j + 1 + SUCCEEDED_REACH]
                if any(
                    w.norm in SUCCEEDED_PRONOUNS or any(name_match(w, h, False) for h in holder) for w in whom
                ):
                    return True
    return False


# A description of a post reached after the time told ("Akhmetov, who would become defense
# minister in 2007,", "who later became", "the future minister") is no rival of the post the
# source gives at its time. Only a verb of becoming makes it later: "who would remain
# commander until 2010" claims the post held then.
LATER = frozenset({"become", "became", "becomes", "future"})
LATER_REACH = 4  # the description's first words, where the verb of becoming stands


def _later_post(tokens: list[Token], span: tuple[int, int]) -> bool:
    opening = [t.norm for t in tokens if span[0] <= t.start < span[1]][:LATER_REACH]
    return bool(LATER.intersection(opening))


_MONTH_STEMS = frozenset(stem(m) for m in MONTHS)
# A post is named in a few words ("Minister of Defense", "prime minister"); a longer description
# ("the first Kazakh woman to graduate from West Point") is paraphrased too freely to compare.
POST_WORDS = 3


def _post_words(words: set[str]) -> set[str]:
    """A description's words without the places and dates that locate the post."""
    return {w for w in words if w not in _MONTH_STEMS and places.kind(w) is None and not w[:1].isdigit()}


def _another_post(
    claim: str, persons: list[Token], words: set[str], own: list[tuple[set[str], tuple[int, int]]], text: str
) -> Conflict | None:
    """The same kind of post qualified otherwise: "Altynbayev was Kazakhstan's prime minister"
    against "Mukhtar Altynbayev, Minister of Defense". Each side has a word the other lacks and
    they share the post's head; a description that only adds to the source's ("defense minister
    until 2007") is no conflict."""
    post = _post_words(words)
    if len(post) > POST_WORDS or post & _EARLIER_STEMS:
        return None  # "Akhmetov, a former prime minister": a post before the source's
    for theirs, (lo, hi) in own:
        source = _post_words(theirs)
        if source & _EARLIER_STEMS:
            continue  # "Dahl, a former prime minister, now serves as defense minister"
        mine_only, theirs_only = post - source, source - post
        if (
            len(source) <= POST_WORDS
            and post & source
            and mine_only
            and theirs_only
            and not any(synonyms(w) & theirs_only for w in mine_only)
        ):
            who = claim[persons[0].start : persons[-1].end]
            said = text[lo:hi].strip()
            note = f"the source describes {who} as \u201c{said}\u201d"
            return Conflict("title", who, said, (persons[0].start, persons[-1].end), (lo, hi), note=note)
    return None


def _owners_post(
    claim: str,
    ctoks: list[Token],
    described: Described,
    own: list[tuple[set[str], tuple[int, int]]],
    ev: Evidence,
) -> Conflict | None:
    """A post the source names only as the owner of the person's: "X was the finance minister"
    against "X, the finance minister's fiercest critic". Only a description that opens on its
    owner ("the", up to OWNER_WORDS words in lower case, the possessive: "the Pentagon's head"
    is a post at the Pentagon, "the director of the ministry's department" a director), and
    only a post the claim names (not "served in the army" against "the army's general")."""
    persons, words, (start, _) = described
    first = next((t for t in ctoks if t.start >= start), None)
    post = _post_words(words)
    if not post or len(post) > POST_WORDS or first is None or first.norm in PREPOSITIONS | {"under"}:
        return None
    for _, (lo, hi) in own:
        inside = [t for t in ev.tokens if lo <= t.start < hi and t.kind == "word"]
        if not inside or inside[0].norm not in POST_ARTICLES:
            continue
        k = next((i for i, t in enumerate(inside[1 : OWNER_WORDS + 1], 1) if _owner(ev.text, t)), None)
        if k is None or any(t.cap or t.stop for t in inside[1 : k + 1]):
            continue
        owner = {t.stem for t in inside[1 : k + 1]}
        head = {t.stem for t in inside[k + 1 :] if not t.stop}
        if owner & _EARLIER_STEMS or head & SAME_POST:
            continue  # "the former president's son", "the governor's predecessor" may hold it too
        if head and post <= owner and not post & head:
            who = claim[persons[0].start : persons[-1].end]
            said = ev.text[lo:hi].strip()
            note = f"the source describes {who} as \u201c{said}\u201d"
            return Conflict("title", who, said, (persons[0].start, persons[-1].end), (lo, hi), note=note)
    return None


OWNER_WORDS = 3  # words of the owner a description opens on: "the deputy finance minister's"
SAME_POST = frozenset(stem(w) for w in ("successor", "predecessor"))  # hold the owner's post, before or after


# A post someone held before, told by its noun after a possessive: "elevating him from his
# previous post as an army commander", "from her job as a pilot" (closed classes of English).
POST_NOUNS = frozenset({"post", "position", "job", "role", "office"})
POSSESSORS = frozenset({"his", "her", "their"})
EARLIER = frozenset({"previous", "former", "earlier", "old"})


def _previous(text: str, tokens: list[Token], common: set[str]) -> list[Described]:
    """(the person, the words of a post the text says they held before): "Nazarbaev appointed
    Kazhimurat Mayermanov as deputy minister, elevating him from his previous post as an army
    artillery-and-missile-battery commander" -> ([Kazhimurat, Mayermanov], {armi, artilleri,
    ...}), and "Mr. Oynarov was previously a deputy finance minister". The holder is the
    person named last before the possessive or the adverb, in its sentence."""
    out = []
    runs: list[list[Token]] | None = None  # read once, for a text that has such a post
    for k, t in enumerate(tokens):
        j = k + 1
        if t.norm in POSSESSORS:
            j += j < len(tokens) and tokens[j].norm in EARLIER
            if j + 1 >= len(tokens) or tokens[j].norm not in POST_NOUNS or tokens[j + 1].norm != "as":
                continue
            j += 2
        elif not _formerly(tokens, k) and not _former_in_apposition(text, tokens, k):
            continue
        runs = name_runs(text, tokens) if runs is None else runs
        holder = _person_before(text, tokens, k, runs, common)
        if holder is None:
            continue
        words, span = _post_after(text, tokens, j)
        while words:
            out.append((holder, words, span))
            # a post joined to it: "a deputy finance minister and deputy chairman on the ..."
            nxt = next((i for i, x in enumerate(tokens) if x.start >= span[1]), len(tokens))
            joined = nxt + 1 < len(tokens) and tokens[nxt].norm == "and"
            if not joined or text[span[1] : tokens[nxt].start].strip():
                break
            words, span = _post_after(text, tokens, nxt + 1)
    return out


FORMERLY = frozenset({"previously", "formerly"})
# "had earlier been", "was earlier": "earlier" after an auxiliary says "previously".
_EARLIER_AFTER = frozenset({"had", "has", "have", "was", "were"})


def _formerly(tokens: list[Token], k: int) -> bool:
    return tokens[k].norm in FORMERLY or (
        tokens[k].norm == "earlier" and k > 0 and tokens[k - 1].norm in _EARLIER_AFTER
    )


def _former_in_apposition(text: str, tokens: list[Token], k: int) -> bool:
    """ "Kazhimurat Mayermanov, a former deputy finance minister, ...": "former" opening an
    apposition right after a name's comma says what the name held before, as "previously" does."""
    return (
        tokens[k].norm == "former"
        and k >= 2
        and tokens[k - 1].norm in ("a", "the")
        and tokens[k - 2].cap
        and text[tokens[k - 2].end : tokens[k - 1].start].strip() == ","
    )


_BEFORE_POST = frozenset({"been", "served", "as", "worked"})  # "had previously served as", "formerly been"


def _post_after(text: str, tokens: list[Token], k: int) -> tuple[set[str], tuple[int, int]]:
    """The content words of the post named from token k on, up to punctuation, "and" or a
    contrast: "(previously) a deputy finance minister and deputy chairman" -> {deputi, financ, minist}."""
    while k < len(tokens) and tokens[k].norm in _BEFORE_POST:
        k += 1
    words: set[str] = set()
    start = end = tokens[k].start if k < len(tokens) else len(text)
    for w in tokens[k : k + DESIGNATION_REACH]:
        if (
            (w is not tokens[k] and _APPOSITION_END.search(text[end : w.start]))
            or w.norm in CONTRASTS
            or (w.norm == "and" and text[end : w.start] != "-")  # not "artillery-and-missile"
        ):
            break
        if w.kind == "word" and not w.stop:
            words.add(w.stem)
        end = w.end
    return words, (start, end)


def _person_before(
    text: str, tokens: list[Token], k: int, runs: list[list[Token]], common: set[str]
) -> list[Token] | None:
    """The last person named before token k in its sentence, as a name's run."""
    for run in reversed([run for run in runs if run[-1].end <= tokens[k].start]):
        if any(c in ".!?" for c in text[run[-1].end : tokens[k].start]):
            return None
        persons = [t for t in run if is_person(t, common)]
        if persons:
            return persons
    return None


def previous_post_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A post held before that the claim gives one person and the source another: "Oynarov was
    elevated from his previous post as an army artillery-and-missile-battery commander" against
    "appointed Kazhimurat Mayermanov ..., elevating him from his previous post as an army
    artillery-and-missile-battery commander". The claim's person must be described otherwise
    in the evidence ("Mr. Oynarov was previously a deputy finance minister"), and the other
    person not named in the claim: a source that knows both sets them apart."""
    mine = _previous(claim, ctoks, ev.common)
    if not mine:
        return []
    stated = {t.stem for t in ctoks}
    around = ev.around()
    said_in = [(text, d) for text, toks in around for d in _previous(text, toks, ev.common)]
    theirs = [d for _, d in said_in]
    if not theirs:
        return []
    described = [
        d
        for text, toks in around
        for d in appositions(text, toks, ev.common)
        + _designations(text, toks, ev.common)
        + _predicates(text, toks, ev.common)
    ]
    for persons, words, _ in mine:
        earlier = [d for ps, d, _ in theirs if any(_named_in(p, persons) for p in ps)]
        # a description the claim itself repeats ("named the new southern regional commander")
        # tells nothing of the earlier post
        current = [d for ps, d, _ in described if any(_named_in(p, persons) for p in ps)]
        own = earlier or [d for d in current if len(d & stated) < APPOSITION_SHARED_MIN]
        if earlier and not any(_post_words(words) <= _post_words(d) for d in earlier):
            # the same post qualified otherwise: "previously a deputy defense minister" against
            # "was previously a deputy finance minister"
            for text, (ps, w, span) in said_in:
                if not any(_named_in(p, persons) for p in ps):
                    continue
                if (posted := _another_post(claim, persons, words, [(w, span)], text)) is not None:
                    return [posted if text is ev.text else replace(posted, source_span=None)]
        if not own or any(len(words & d) >= APPOSITION_SHARED_MIN for d in own):
            continue
        for names, w, _ in theirs:
            if len(words & w) < APPOSITION_SHARED_MIN or any(_named_in(p, ctoks) for p in names):
                continue
            who = " ".join(ev.surface(p) for p in names)
            mine_said = claim[persons[0].start : persons[-1].end]
            note = f"the source gives that earlier post to {who}, not {mine_said}"
            return [Conflict("title", mine_said, who, (persons[0].start, persons[-1].end), None, note=note)]
    return []


def earlier_post_unstated(claim: str, ctoks: list[Token], ev: Evidence) -> list[Token]:
    """The words of an earlier post the claim gives its person ("Mayermanov, a former deputy
    finance minister") when the passage gives that person another earlier post ("elevating him
    from his previous post as an army artillery-and-missile-battery commander") and nobody
    around holds the claim's: a post the source never gives them, not one it denies."""
    mine = _previous(claim, ctoks, ev.common)
    if not mine:
        return []
    theirs = [d for text, toks in ev.around() for d in _previous(text, toks, ev.common)]
    for persons, words, (lo, hi) in mine:
        own = [d for ps, d, _ in theirs if any(_named_in(p, persons) for p in ps)]
        if own and not any(len(words & d) >= APPOSITION_SHARED_MIN for d in own):
            return [t for t in ctoks if lo <= t.start < hi and t.kind == "word" and not t.stop]
    return []


def _named_in(p: Token, ctoks: list[Token]) -> bool:
    return any(name_match(c, p, False) for c in ctoks)


POST_NAMED = 2  # words of a post that name it: its head and the word before ("finance minister")


def _post_written(claim: str, ctoks: list[Token], span: tuple[int, int], ev: Evidence) -> bool:
    """Does the passage write the claim's post in lower case, its last two words in a row
    ("prime minister" of "the new prime minister")? A post just taken or to come is often told
    so: "was named finance minister", "who becomes foreign minister"."""
    words = [t.stem for t in ctoks if span[0] <= t.start < span[1] and not _owner(claim, t)][-POST_NAMED:]
    said = [t.stem if not t.cap else "" for t in ev.tokens]  # a title in capitals is a name's (`_titles`)
    return len(words) == POST_NAMED and any(said[k : k + POST_NAMED] == words for k in range(len(said) - 1))


def _one_person(names: list[Token], persons: list[Token]) -> bool:
    """Do two names name one person: a word in common, and no other first name ("Tomas Voss"
    is not "Lara Voss")?"""
    if not any(_named_in(p, persons) for p in names):
        return False
    return len(names) < 2 or len(persons) < 2 or name_match(names[0], persons[0], False)


# Forms of address, which go with any post: "Mr. Oynarov" is also "Deputy Minister Oynarov".
ADDRESS = HONORIFICS | {"sir", "lord", "madam", "dame"}
_BESIDE_AN_OFFICE = frozenset(stem(w) for w in RANK_WORDS | ADDRESS)  # as stems, as titles hold them


def _office(words: set[str]) -> set[str]:
    """A title's words that name an office: not its places, nationalities or dates, and none
    when it holds a military rank or a form of address, which a person has beside an office."""
    post = _post_words(words)
    return set() if post & _BESIDE_AN_OFFICE else post


def _participle(t: Token) -> bool:
    """ "Meeting Maltsaw, Akhmetov ...": a participle opening the sentence, not an office
    (though "Acting" is a rank)."""
    return t.norm.endswith("ing") and t.norm not in RANKS


def other_office_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """An office the claim writes before a person's name that shares no word with the one the
    passage writes before the same name: "Deputy Secretary of State Richard Lugar" against
    "Senator Richard Lugar". One event, one office in the same slot; an office that shares a
    word ("Prime Minister" against "Defense Minister") is `_another_post`'s to read, and one the
    evidence gives the person anywhere, in any words, is stated."""
    mine_titled = _titles(claim, ctoks, ev.common)
    theirs = _titles(ev.text, ev.tokens, ev.common) if mine_titled else []
    if not theirs:
        return []  # most claims and passages: no office before a name, and the context is not read
    described: list[Described] | None = None  # every description the evidence gives, read once if needed
    for persons, words, (lo, hi) in mine_titled:
        first = ctoks[0]
        if first.start == lo and first.end == hi and (not titles_name(claim, ctoks) or _participle(first)):
            continue  # the sentence's first word alone, capitalised as any is ("Meanwhile Nazarbayev")
        mine = _office(words)
        if not mine or len(mine) > POST_WORDS:
            continue
        for names, their_words, (p_lo, p_hi) in theirs:
            if not any(_named_in(p, persons) for p in names):
                continue
            office = _office(their_words)
            if not office or mine & office or any(synonyms(w) & office for w in mine):
                continue
            if described is None:
                described = [
                    d
                    for text, toks in [(ev.text, ev.tokens), *ev.context_texts]
                    for d in _titles(text, toks, ev.common) + appositions(text, toks, ev.common)
                ]
            if any(mine <= w and any(_named_in(p, persons) for p in who) for who, w, _ in described):
                continue  # the evidence gives the person the claim's office too (not another's office)
            who = claim[persons[0].start : persons[-1].end]
            said = ev.text[p_lo:p_hi]
            note = f"the source calls {who} \u201c{said}\u201d, not \u201c{claim[lo:hi]}\u201d"
            return [Conflict("title", claim[lo:hi], said, (lo, hi), (p_lo, p_hi), note=note)]
    return []
