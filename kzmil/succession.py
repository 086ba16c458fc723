"""Who replaced whom: "Bulat Darbekov was also named the new southern regional commander,
replacing Bakhtiyar Syzdykov".

A claim that gives the post to another successor ("Nikolai Pospelov took over from Bakhtiyar
Syzdykov"), or another predecessor, has every name in the article and the relation wrong.
English writes the relation in a few fixed ways, read here from the words alone: "X replaced
Y", "Y was replaced by X", "X succeeded Y", "X took over from Y", and a participle after the
sentence's subject, "X ..., replacing Y".
"""

from __future__ import annotations

from typing import NamedTuple

from kzmil.agents import subject
from kzmil.conflicts import Conflict
from kzmil.evidence import Evidence
from kzmil.modality import BE
from kzmil.names import name_match
from kzmil.normalize import POSSESSIVE, Token

REPLACING = frozenset({"replac", "succeed", "supersed"})  # stems of the verbs of succession
TAKING = frozenset({"take", "took", "taken", "takes", "taking"})  # "took over from Y"
SKIPPED = frozenset({"has", "have", "had", "also", "then", "later", "soon", "the", "a", "an"})
BY_REACH = 8  # tokens from a verb to its "by" or "from": "took over as southern regional commander from"
POST_REACH = 6  # tokens from the verb to the "as" of the post, and of the post itself
RUN_GAP = 2  # words (auxiliaries, adverbs) between the successor and the verb: "X has also replaced"


class Succession(NamedTuple):
    successor: list[Token]
    predecessor: list[Token]
    span: tuple[int, int]  # characters, from the first name to the last
    post: frozenset[str] = frozenset()  # the post's words, when an "as" gives it


def _run_after(text: str, tokens: list[Token], k: int) -> list[Token]:
    """The capitalised run starting at k, past determiners."""
    while k < len(tokens) and tokens[k].norm in ("the", "a", "an"):
        k += 1
    run: list[Token] = []
    while k < len(tokens) and tokens[k].cap and tokens[k].kind == "word":
        if run and text[run[-1].end : tokens[k].start].strip(" -"):
            break
        run.append(tokens[k])
        k += 1
    if run and _possessive(text, run[-1]):
        return []  # "Nazarbaev's appointee": the one who replaces is not named
    return run


def _possessive(text: str, t: Token) -> bool:
    return text[t.end : t.end + 2] in POSSESSIVE or text[t.start : t.end].endswith(POSSESSIVE)


def _post(text: str, tokens: list[Token], k: int) -> set[str]:
    """The content words of the post after an "as" within reach of k ("as chief of staff")."""
    for j in range(k, min(len(tokens), k + POST_REACH)):
        if tokens[j].norm == "as":
            words: set[str] = set()
            for t in tokens[j + 1 : j + 1 + POST_REACH]:
                if t.kind != "word" or t.norm in ("by", "from", "and", "but", "replacing"):
                    break
                if not t.stop and not t.cap:
                    words.add(t.stem)
            return words
    return set()


def _skipped(t: Token) -> bool:
    return not t.cap and (t.norm in SKIPPED or t.norm.endswith("ly"))


def _run_before(text: str, tokens: list[Token], k: int) -> list[Token]:
    """The capitalised run ending just before k, across auxiliaries and adverbs."""
    j = k - 1
    while j >= 0 and k - 1 - j < RUN_GAP and _skipped(tokens[j]):
        j -= 1
    run: list[Token] = []
    while j >= 0 and tokens[j].cap and tokens[j].kind == "word":
        if run and text[tokens[j].end : run[0].start].strip(" -"):
            break
        run.insert(0, tokens[j])
        j -= 1
    return run


def successions(text: str, tokens: list[Token]) -> list[Succession]:
    """Every "who replaced whom" a sentence (or a passage) states."""
    out = []
    for k, t in enumerate(tokens):
        if t.stem in REPLACING:
            after = _run_after(text, tokens, k + 1)
            if k and tokens[k - 1].norm in BE:  # "Y was replaced (as commander) by X"
                by = next(
                    (j for j in range(k + 1, min(len(tokens), k + BY_REACH)) if tokens[j].norm == "by"), None
                )
                if by is not None and "," not in text[t.end : tokens[by].start]:
                    out.append(
                        _succession(_run_after(text, tokens, by + 1), _run_before(text, tokens, k - 1))
                    )
                continue
            with_at = k + 1 + len(after)
            if after and with_at < len(tokens) and tokens[with_at].norm == "with":
                # "replacing General Bakiev with General Omarov": the one after "with" replaces
                out.append(_succession(_run_after(text, tokens, with_at + 1), after))
                continue
            out.append(
                _succession(_participle_subject(text, tokens, k) or _run_before(text, tokens, k), after)
            )
        elif t.norm in TAKING and k + 1 < len(tokens) and tokens[k + 1].norm == "over":
            # "took over from Y", "took over as southern commander from Y"
            frm = next(
                (j for j in range(k + 2, min(len(tokens), k + BY_REACH)) if tokens[j].norm == "from"), None
            )
            if frm is not None and "," not in text[t.end : tokens[frm].start]:
                before = _participle_subject(text, tokens, k) or _run_before(text, tokens, k)
                out.append(_succession(before, _run_after(text, tokens, frm + 1)))
    return [s for s in out if s.successor and s.predecessor]


def _participle_subject(text: str, tokens: list[Token], k: int) -> list[Token]:
    """Who replaces in "X became commander (on Monday), replacing Y" (or ", taking over from
    Y"): the sentence's subject, after a comma, not the words just before it."""
    if not k or text[tokens[k - 1].end : tokens[k].start].strip() != ",":
        return []
    lo = _sentence_start(text, tokens, k)
    who = next((j for j in range(k - 1, lo, -1) if tokens[j].norm == "who"), None)
    if who is not None:
        # "Tosk met Vesk, who became commander on Monday, taking over from Brisk": the one the
        # relative clause is of, not the sentence's subject
        return _run_before(text, tokens, who)
    found = subject(text, tokens, lo, k)
    if found is None:
        return []
    at = _appoints(tokens, found[1], k)
    if at is not None:
        # "Putin appointed Sidorov as commander, replacing Morozov": the one appointed
        # replaces, not the one who appoints (and without a name, no one is said to)
        return _run_after(text, tokens, at + 1)
    return tokens[found[0] : found[1]]


def _with_post(s: Succession, text: str, tokens: list[Token]) -> Succession:
    k = next((i for i, t in enumerate(tokens) if t.start >= s.span[0]), 0)
    return s._replace(post=frozenset(_post(text, tokens, k)))


def _succession(new: list[Token], old: list[Token]) -> Succession:
    toks = [*new, *old]
    span = (min(x.start for x in toks), max(x.end for x in toks)) if toks else (0, 0)
    return Succession(new, old, span)


# Verbs by which one person puts another in a post (stems): the subject appoints, the object
# takes the post. A closed class of English verbs.
APPOINTING = frozenset({"appoint", "name", "nomin", "select", "chose", "choos", "elev", "promot", "instal"})


def _appoints(tokens: list[Token], lo: int, hi: int) -> int | None:
    """Where a verb of appointing stands in the active voice among tokens[lo:hi], if one does."""
    for j in range(lo, hi):
        if tokens[j].stem in APPOINTING and not _passive_at(tokens, j):
            return j
    return None


def _passive_at(tokens: list[Token], j: int) -> bool:
    """Is a form of "be" before j, across adverbs: "was also named"?"""
    k = j - 1
    while k >= 0 and _skipped(tokens[k]):
        k -= 1
    return k >= 0 and tokens[k].norm in BE


def _sentence_start(text: str, tokens: list[Token], k: int) -> int:
    j = k
    while j > 0 and not any(c in ".!?" for c in text[tokens[j - 1].end : tokens[j].start]):
        j -= 1
    return j


def same_people(a: Succession, b: Succession) -> bool:
    """One succession: the same successor and the same predecessor."""
    return _same(a.successor, b.successor) and _same(a.predecessor, b.predecessor)


def _same(a: list[Token], b: list[Token]) -> bool:
    """One person: the surnames (last words of the runs) match."""
    return bool(a and b) and name_match(a[-1], b[-1], False)


def succession_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """The claim's successor to a predecessor the source names with another successor, or
    the other way round, in the passage or the sentences around it."""
    mine = [_with_post(c, claim, ctoks) for c in successions(claim, ctoks)]
    if not mine:
        return []
    texts = ev.around()
    named = [t for t in ctoks if t.cap]
    for text, toks in texts:
        for s in (_with_post(x, text, toks) for x in successions(text, toks)):
            for c in mine:
                if c.post and s.post and not (c.post <= s.post or s.post <= c.post):
                    continue  # "as chief of staff" and "as border chief": two successions
                if _same(c.successor, s.predecessor) and _same(c.predecessor, s.successor):
                    said = text[s.span[0] : s.span[1]]
                    note = f"the claim has the two the other way round: the source says \u201c{said}\u201d"
                    src = s.span if text is ev.text else None
                    return [Conflict("role", claim[c.span[0] : c.span[1]], said, c.span, src, note=note)]
                if _same(c.predecessor, s.predecessor) and not _same(c.successor, s.successor):
                    other, mine_run = s.successor, c.successor
                elif _same(c.successor, s.successor) and not _same(c.predecessor, s.predecessor):
                    other, mine_run = s.predecessor, c.predecessor
                else:
                    continue
                if any(name_match(t, other[-1], False) for t in named):
                    continue  # the claim names the source's person too: read by the roles
                said = text[s.span[0] : s.span[1]]
                who = claim[mine_run[0].start : mine_run[-1].end]
                note = f"the source says \u201c{said}\u201d, not {who}"
                span = (mine_run[0].start, mine_run[-1].end)
                src = s.span if text is ev.text else None
                return [Conflict("role", who, said, span, src, note=note)]
    return []
