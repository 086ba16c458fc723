"""Which name "the former" and "the latter" stand for: the first and the second of the two
names joined by "and" before them ("in Afghanistan and Iraq, since the security situation in
the former will impact ..."). A claim that puts the other name in that slot ("the security
situation in Iraq will impact ...") finds its name in the passage, but not where it says it.
"""

from __future__ import annotations

from kzmil.conflicts import Conflict, same_name
from kzmil.normalize import Token
from kzmil.tables import past_form

ORDINALS = {"former": 0, "latter": 1}


def _name_at(tokens: list[Token], text: str, end: int, step: int) -> list[Token]:
    """The capitalised words that run from `end` in the direction of `step`, written together."""
    run: list[Token] = []
    k = end
    while 0 <= k < len(tokens) and tokens[k].cap and tokens[k].kind == "word":
        if run and text[min(tokens[k].end, run[-1].end) : max(tokens[k].start, run[-1].start)].strip():
            break
        run.append(tokens[k])
        k += step
    return run if step > 0 else run[::-1]


def _pair_before(tokens: list[Token], text: str, k: int) -> tuple[list[Token], list[Token]] | None:
    """The last two names joined by "and" before token k: ([Afghanistan], [Iraq])."""
    for j in range(k - 1, 0, -1):
        if tokens[j].norm == "and" and tokens[j - 1].cap and j + 1 < k and tokens[j + 1].cap:
            first, second = _name_at(tokens, text, j - 1, -1), _name_at(tokens, text, j + 1, 1)
            if first and second:
                return first, second
    return None


def _stands_alone(tokens: list[Token], k: int) -> bool:
    """Is "the former" a noun phrase of its own ("in the former will"), not an adjective of a
    noun ("the former Soviet Union", "the former minister")? A function word, or nothing, after
    it, or a verb in the past that tells of it ("with the latter used as an opportunity")."""
    if k + 1 >= len(tokens) or tokens[k + 1].stop or tokens[k + 1].kind != "word":
        return True
    nxt = tokens[k + 1]
    return not nxt.cap and past_form(nxt.norm)


def _head(tokens: list[Token], k: int) -> str | None:
    """The stem of the content word before token k: "situation" of "situation in"."""
    return next((tokens[j].stem for j in range(k - 1, -1, -1) if not tokens[j].stop), None)


def referent_conflicts(claim: str, ctoks: list[Token], passage: str, ptoks: list[Token]) -> list[Conflict]:
    """The claim's name in the slot the passage fills with "the former" (or "the latter")
    standing for the other name of its pair, after the same words: "the situation in Iraq"
    against "the situation in the former", the former being Afghanistan."""
    out: list[Conflict] = []
    for k, t in enumerate(ptoks):
        if t.norm not in ORDINALS or k < 2 or ptoks[k - 1].norm != "the" or not _stands_alone(ptoks, k):
            continue
        pair = _pair_before(ptoks, passage, k - 1)
        if pair is None:
            continue
        meant, other = pair[ORDINALS[t.norm]], pair[1 - ORDINALS[t.norm]]
        before = ptoks[k - 2].norm  # the word that opens the slot: "in" of "in the former"
        for j, c in enumerate(ctoks):
            if not (c.cap and j and ctoks[j - 1].norm == before):
                continue
            if _head(ctoks, j - 1) != _head(ptoks, k - 2):
                continue  # "stay in Iraq" is not "the situation in the former"
            if any(same_name(c, o) for o in other) and not any(same_name(c, m) for m in meant):
                who = passage[meant[0].start : meant[-1].end]
                words = passage[ptoks[k - 1].start : t.end]
                note = (
                    f"the source's \u201c{words}\u201d in that place is {who}, not {claim[c.start : c.end]}"
                )
                span = (ptoks[k - 1].start, t.end)
                # a name in the place of another: an arrangement, as roles exchanged are
                out.append(Conflict("role", claim[c.start : c.end], words, (c.start, c.end), span, note=note))
    return out
