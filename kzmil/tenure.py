"""Kept or left: "keeping his post" against "relieving him of his deputy ministerial position".

WordNet pairs "keep" with "lose" but not with the many verbs that take a post away ("relieved
of", "recalled from", "removed from", "stripped of"). English marks those by their shape, not
their word: a verb, perhaps its object pronoun, then "of" or "from" and a possessive and the
post ("recalled from his post"). Whoever is taken from a post, or raised from it, no longer
holds it. A few verbs say one left of one's own accord ("quit", "resigned from"). A claim
that someone kept the post the source says they left (or the reverse) states the opposite of
the source. A source's "she quit" is the claim's person's deed when the passage and the
sentences around it name that person and nobody else.
"""

from __future__ import annotations

from typing import NamedTuple

from kzmil.conflicts import FAILING, UNTIL, Conflict
from kzmil.evidence import Evidence
from kzmil.names import is_person, name_match
from kzmil.normalize import POSSESSIVE, Token
from kzmil.succession import successions
from kzmil.synonyms import synonyms
from kzmil.titles import name_runs

# Verbs of keeping a post: "kept his post", "retained his position", "remained in his post",
# "was (re)confirmed in his post" (a closed class of English verbs, by stem).
KEEPING = frozenset({"keep", "kept", "retain", "remain", "stay", "confirm", "reconfirm"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
OBJECTS = frozenset({"him", "her", "them"})  # "relieving him of his post"
SEPARATING = frozenset({"of", "from"})
UNASSERTED = frozenset({"to", "not", "never", "n't", "cannot"})  # "hoped to keep", "did not keep"
PRONOUNS = frozenset({"he", "she"})  # a holder named in the sentences before
GOVERNING = frozenset(
    {"at", "in", "to", "from", "for", "with", "of", "on", "by"}
)  # a name after these is no holder
# Verbs of leaving a post oneself: "quit the army", "resigned from his post", "left his job"
# (a closed class of English verbs, by stem).
LEAVING = frozenset({"quit", "left", "resign", "retir", "lost", "lose"})
LOSING = frozenset({"lost", "lose"})  # left, by one's own deed or another's
POST_WORDS = 4  # words from the possessive to the post's head noun: "his deputy ministerial position"
FUNCTION = frozenset(
    {"as", "and", "or", "but", "while", "in", "on", "at", "to", "for", "with", "by", "after"}
    | {"throughout", "during", "until", "since", "before", "through"}  # "minister throughout 2007"
)


# Verbs that give someone a post, told by "as" after them ("named Pospelov as the new eastern
# regional commander"), and verbs that take one away the same way ("was relieved as regional
# commander"): closed classes of English verbs, by stem. Who was given a post holds it; who
# was taken from it does not.
GIVING = frozenset({"name", "appoint", "elev", "promot", "instal", "nomin", "design", "elect"})
TAKING = frozenset({"reliev", "remov", "dismiss", "sack", "fire", "oust", "depos", "recal"})
AS_POST_REACH = 4  # tokens from the verb to its "as": "named Nikolai Pospelov as"
DETERMINERS = frozenset({"the", "a", "an", "new"})  # "as the new eastern regional commander"


class Holding(NamedTuple):
    kept: bool
    holder: Token | None  # the nearest name before the verb, in its sentence
    post: Token | None  # None: a post the text does not name ("replacing Bakhtiyar Syzdykov")
    span: tuple[int, int]  # characters: the verb (or its denial) to the post
    denied: bool = False  # "did not keep his post", "failed to retain it": left, said by a denial
    own: bool | None = None  # left of one's own accord ("quit"), or made to ("relieved of")


NEGATORS = frozenset({"not", "never", "n't", "cannot"})


def _denied(tokens: list[Token], k: int) -> int | None:
    """Where the denial of the keeping verb at k starts: "did not keep", "failed to retain"."""
    if k and (tokens[k - 1].norm in NEGATORS or tokens[k - 1].norm.endswith("n't")):
        return k - 1
    if k >= 2 and tokens[k - 1].norm == "to" and tokens[k - 2].norm in FAILING:
        return k - 2
    return None


def _holder(text: str, tokens: list[Token], k: int) -> Token | None:
    """The nearest capitalised word before k in its sentence: "Pospelov ... but relieving him".
    None when it is a possessor ("Orlov's deputy was removed"): the holder is another."""
    for j in range(k - 1, -1, -1):
        if any(c in ".!?" for c in text[tokens[j].end : tokens[j + 1].start]):
            return None
        if tokens[j].norm in PRONOUNS:
            return tokens[j]  # "she returned ... and quit": whoever the sentences before name
        if tokens[j].cap and tokens[j].kind == "word" and not tokens[j].stop:
            t = tokens[j]
            first = j
            while (
                first
                and tokens[first - 1].cap
                and tokens[first - 1].kind == "word"
                and not text[tokens[first - 1].end : tokens[first].start].strip()
            ):
                first -= 1
            if first and tokens[first - 1].norm in GOVERNING:
                continue  # "study at West Point then quit": a place the deed was done at
            owner = text[t.end : t.end + 2] in POSSESSIVE or text[t.start : t.end].endswith(POSSESSIVE)
            return None if owner else tokens[j]
    return None


def _possessive(text: str, tokens: list[Token], k: int) -> bool:
    """ "his", or a name's possessive ("Kazakhstan's army"), at k."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    named = t.cap and t.kind == "word" and text[t.start : t.end].endswith(POSSESSIVE)
    return t.norm in POSSESSIVES or named


UNTIL_REACH = 3  # tokens after the post: "remained commander in Lima until"


def _until_after(tokens: list[Token], post: Token) -> bool:
    """Does an "until" follow the post closely? A post kept until a time was left then."""
    k = next(i for i, t in enumerate(tokens) if t is post)
    return any(t.norm in UNTIL for t in tokens[k + 1 : k + 1 + UNTIL_REACH])


def _post(text: str, tokens: list[Token], k: int) -> Token | None:
    """The head noun of the possessive phrase at k ("his deputy ministerial position")."""
    if not _possessive(text, tokens, k):
        return None
    head = None
    for t in tokens[k + 1 : k + 1 + POST_WORDS]:
        if (
            t.kind != "word"
            or t.norm in FUNCTION
            or t.stop  # "his deputy ministerial position when he was named": the post ends before "when"
            or t.cap
            or t.norm.endswith("ly")  # "in his post early in 2007": the post ends before "early"
            or any(c in ",;:.()" for c in text[t.start - 1 : t.start])
        ):
            break
        head = t
    return head


def holdings(text: str, tokens: list[Token]) -> list[Holding]:
    """Each post a text says someone kept or left."""
    out = []
    for k, t in enumerate(tokens):
        if t.stem in KEEPING:
            denied = _denied(tokens, k)
            if denied is None and k and tokens[k - 1].norm in UNASSERTED:
                continue  # "hoped to keep", "wanted to remain": no post is said to be kept or left
            j = k + 1
            if j < len(tokens) and tokens[j].norm == "on" and t.stem in ("remain", "stay"):
                j += 1  # "stayed on in the army"
            if j < len(tokens) and tokens[j].norm == "in":
                j += 1
            elif t.stem in ("remain", "stay") and _possessive(text, tokens, j):
                pass  # "remained Kazakhstan's defence minister": the post is what he remained
            elif t.stem in ("remain", "stay", "confirm", "reconfirm"):
                continue  # "remained optimistic", "confirmed his plans": no post kept
            post = _post(text, tokens, j)
            if post is not None and _until_after(tokens, post):
                continue  # "remained army commander until November": kept, then left
            if post is not None:
                start = tokens[denied].start if denied is not None else t.start
                holder = _holder(text, tokens, denied if denied is not None else k)
                out.append(Holding(denied is None, holder, post, (start, post.end), denied is not None))
        elif t.stem in LEAVING and not t.cap and (k == 0 or tokens[k - 1].norm not in UNASSERTED):
            j = k + 1 if k + 1 < len(tokens) and tokens[k + 1].norm == "from" else k
            post = _post(text, tokens, j + 1)
            if post is not None:
                own = None if t.stem in LOSING else True
                out.append(Holding(False, _holder(text, tokens, k), post, (t.start, post.end), own=own))
        elif t.stem in GIVING | TAKING and not t.cap and (held := _held_as(text, tokens, k)) is not None:
            holder, post = held
            # the verb alone is what conflicts: the name and the post are what both sides state
            out.append(Holding(t.stem in GIVING, holder, post, (t.start, t.end), own=False))
        elif t.norm in SEPARATING and k:
            j = k - 1
            if tokens[j].norm in OBJECTS and j:
                j -= 1
            verb = tokens[j]
            objected = j < k - 1  # "relieving him of": the verb takes someone from the post
            if (
                verb.cap
                or verb.kind != "word"
                or not (verb.norm.endswith("ed") or objected)
                or verb.stem in LEAVING
            ):
                continue  # "speaking from his post" leaves nothing
            post = _post(text, tokens, k + 1)
            if post is not None:
                out.append(Holding(False, _holder(text, tokens, j), post, (verb.start, post.end), own=False))
    return out


def _held_as(text: str, tokens: list[Token], k: int) -> tuple[Token, Token] | None:
    """(who, the post's head noun) for a verb of giving or taking a post followed by "as":
    "named Nikolai Pospelov as the new eastern regional commander" (the one named after the
    verb), "Pospelov was relieved as eastern regional commander" (the subject before it)."""
    verb = tokens[k]
    if not verb.norm.endswith(("ed", "ing")):
        return None
    at = next(
        (j for j in range(k + 1, min(len(tokens), k + 1 + AS_POST_REACH)) if tokens[j].norm == "as"), None
    )
    if at is None or any(c in ",;:.()" for c in text[verb.end : tokens[at].start]):
        return None
    between = tokens[k + 1 : at]
    if between and not all(x.cap and x.kind == "word" for x in between):
        return None  # "appointed him as", "relieved his predecessor as": whom, the name does not say
    holder = between[-1] if between else _holder(text, tokens, k)
    head = None
    prev = tokens[at]
    for x in tokens[at + 1 : at + 1 + POST_WORDS + 1]:
        if any(c in ",;:.()" for c in text[prev.end : x.start]):
            break
        prev = x
        if x.norm in DETERMINERS and head is None:
            continue
        if x.kind != "word" or x.cap or x.stop or x.norm in FUNCTION:
            break
        head = x
    if holder is None or head is None:
        return None
    return holder, head


# Nouns that name whatever post one holds: the source's "recalled from his post" takes the
# minister's post the claim names (`_any_post`).
ANY_POST = frozenset({"post", "position", "job", "office", "seat"})


def _same_post(a: Token | None, b: Token | None) -> bool:
    if a is None or b is None:
        return True  # one side leaves the post unnamed: the person's post, whichever it is
    if a.norm in ANY_POST and b.norm in ANY_POST:
        return True  # "his seat as a deputy minister" and "his deputy ministerial position"
    return a.stem == b.stem or b.stem in synonyms(a.stem) or a.stem in synonyms(b.stem)


def _stated(text: str, tokens: list[Token]) -> list[Holding]:
    """What a source says was kept or left, and whom others replaced: the one replaced left."""
    replaced = [
        Holding(False, s.predecessor[-1], None, s.span, own=False)
        for s in successions(text, tokens)
        if s.predecessor
    ]
    return [_any_post(text, tokens, h) for h in holdings(text, tokens)] + replaced


def _any_post(text: str, tokens: list[Token], h: Holding) -> Holding:
    """A source's bare "his post" names no post of its own: whichever post the claim names.
    ("his deputy ministerial position" names one.)"""
    if h.post is None or h.post.norm not in ANY_POST:
        return h
    k = next((i for i, t in enumerate(tokens) if t is h.post), 0)
    return h._replace(post=None) if k and _possessive(text, tokens, k - 1) else h


def _same_holding(c: Holding, s: Holding, named: list[list[Token]]) -> bool:
    """Do two holdings speak of one person's one post? A pronoun in the source ("she quit")
    stands for the claim's person when the evidence names that person and no other."""
    if c.holder is None or s.holder is None or not _same_post(c.post, s.post):
        return False
    if s.holder.norm in PRONOUNS:
        holder = c.holder
        return bool(named) and all(any(name_match(holder, t, False) for t in run) for run in named)
    return name_match(c.holder, s.holder, False)


def _persons(ev: Evidence) -> list[list[Token]]:
    """The people the passage and the sentences around it name, a name (its capitalised run,
    `titles.name_runs`) at a time; not a sentence's first word unless the corpus writes it as
    a name, nor a source in brackets ("(Megapolis, September 17)")."""
    out = []
    for text, toks in ev.around():
        for run in name_runs(text, toks):
            run = [
                t
                for t in run
                if (t is not toks[0] or ev.names.get(t.norm) is True)
                and text[: t.start].count("(") <= text[: t.start].count(")")
            ]
            if any(is_person(t, ev.common) for t in run):
                out.append(run)
    return out


def held_as_stated(claim: str, ctoks: list[Token], ev: Evidence) -> list[tuple[int, int]]:
    """The claim's posts kept or left that the source states the same way ("lost his post",
    "did not keep his post" against "relieving him of his post"): spans a reading of their
    words alone (lost against relieving, a denial) must not contradict."""
    mine = holdings(claim, ctoks)
    if not mine:
        return []
    theirs = [s for text, toks in ev.around() for s in _stated(text, toks)]
    named = _persons(ev)
    return [c.span for c in mine if any(_same_way(c, s) and _same_holding(c, s, named) for s in theirs)]


def _same_way(c: Holding, s: Holding) -> bool:
    """Kept as kept; left as left, and not "resigned" for "relieved of": the one who left of
    their own accord is not the one made to."""
    return c.kept == s.kept and (c.own is None or s.own is None or c.own == s.own)


def tenure_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """A post the claim says was kept and the source says was left, or the reverse."""
    mine = holdings(claim, ctoks)
    if not mine:
        return []
    named = _persons(ev)
    for text, toks in ev.around():
        for s in _stated(text, toks):
            for c in mine:
                if c.kept != s.kept and _same_holding(c, s, named):
                    said = text[s.span[0] : max(s.span[1], s.post.end if s.post else 0)]
                    src = s.span if text is ev.text else None
                    return [Conflict("polarity", claim[c.span[0] : c.span[1]], said, c.span, src)]
    return []
