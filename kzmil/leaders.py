"""Who leads what: "the Russia-led Collective Security Treaty Organization (CSTO)", "a
coalition led by Washington".

A claim that puts an organisation under another leader than the source's ("the CSTO is led
by China" against "the Russia-led CSTO and the China-led SCO") has every name right and the
relation wrong. English writes the relation in two ways, a hyphened "X-led" before the
organisation and "led by X" after it; both are read here, from the words alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from kzmil.conflicts import Conflict
from kzmil.evidence import Evidence
from kzmil.names import name_match
from kzmil.normalize import Token

LEAD = frozenset({"led", "headed"})
# Words back from "led by X" to the organisation it speaks of: a name and a relative clause
# about it ("the CSTO, through which Kazakhstan coordinates its military policy, is led by").
NAME_REACH = 12


@dataclass
class Led:
    """One leader and the organisation it leads, by the organisation's words and acronym."""

    leader: Token
    keys: frozenset[str]
    text: str  # as written, for the reason
    org: str


def _named(t: Token) -> bool:
    return t.cap and t.kind == "word" and not t.stop and not t.synthetic


def _run(text: str, tokens: list[Token], i: int) -> list[Token]:
    """The capitalised words from i on, spaced only: "Collective Security Treaty Organization"."""
    out: list[Token] = []
    for t in tokens[i:]:
        if t.synthetic:
            continue  # "russialed", the hyphened word joined
        if not _named(t) or (out and text[out[-1].end : t.start].strip()):
            break
        out.append(t)
    return out


def _keys(text: str, tokens: list[Token], run: list[Token]) -> frozenset[str]:
    """An organisation's words joined, its acronym (in brackets after it, or its initials)."""
    if not run:
        return frozenset()
    words = [t.norm for t in run]
    keys = {" ".join(words)}
    if len(words) > 1:
        keys.add("".join(w[0] for w in words))  # "Collective Security Treaty Organization": csto
    k = next(i for i, t in enumerate(tokens) if t is run[-1]) + 1
    while k < len(tokens) and tokens[k].synthetic:
        k += 1
    if k < len(tokens) and text[run[-1].end : tokens[k].start].strip() == "(":
        keys.add(tokens[k].norm)  # "(CSTO)"
    return frozenset(keys)


def relations(text: str, tokens: list[Token]) -> list[Led]:
    """Each "X-led Org" and "Org ... led by X" of a text."""
    out = []
    for i, t in enumerate(tokens):
        if t.norm not in LEAD or t.synthetic or i == 0:
            continue
        before = tokens[i - 1]
        if before.cap and text[before.end : t.start] == "-":  # "Russia-led"
            run = _run(text, tokens, i + 1)
            if run:
                org = text[run[0].start : run[-1].end]
                out.append(Led(before, _keys(text, tokens, run), text[before.start : run[-1].end], org))
            continue
        if i + 2 < len(tokens) and tokens[i + 1].norm == "by" and tokens[i + 2].cap:
            run = _led_before(text, tokens, i)
            if run:
                org = text[run[0].start : run[-1].end]
                out.append(
                    Led(tokens[i + 2], _keys(text, tokens, run), text[run[0].start : tokens[i + 2].end], org)
                )
    return out


JOINING = frozenset({"and", "or", "but", "while"})  # a stretch that opens on these joins a new item


def _led_before(text: str, tokens: list[Token], i: int) -> list[Token]:
    """The organisation "led by" at i speaks of: the nearest name before it, passing over an
    aside between commas ("The CSTO, through which Kazakhstan coordinates its policy, is led
    by ...", "The SCO, founded in Shanghai, is led by") but not over a new item of a list ("the
    CSTO, led by Russia, and the SCO, led by China")."""
    lo = max(0, i - NAME_REACH)
    cuts = [k for k in range(lo + 1, i) if "," in text[tokens[k - 1].end : tokens[k].start]]
    bounds = [lo, *cuts, i]
    for a, b in reversed(list(pairwise(bounds))):  # the comma-bounded stretches, nearest first
        if b < i and a != lo and tokens[a].norm not in JOINING:
            continue  # an aside between commas ("through which ...", "founded in Shanghai")
        for j in range(b - 1, a - 1, -1):
            if _named(tokens[j]) and (j == a or not _named(tokens[j - 1])):
                return _run(text, tokens, j)
    return []


def _same(a: Led, b: Led) -> bool:
    return bool(a.keys & b.keys)


def leader_conflicts(claim: str, ctoks: list[Token], ev: Evidence) -> list[Conflict]:
    """The claim's leader of an organisation, where the source gives it another leader and
    never the claim's."""
    mine = relations(claim, ctoks)
    if not mine:
        return []
    theirs = relations(ev.text, ev.tokens)
    for c in mine:
        same = [p for p in theirs if _same(c, p)]
        if not same or any(name_match(c.leader, p.leader, metonymy=True) for p in same):
            continue
        p = same[0]
        span = (c.leader.start, c.leader.end)
        who = claim[span[0] : span[1]]
        note = f"the claim says {who} leads the {c.org}; the source says \u201c{p.text}\u201d"
        return [Conflict("role", claim[span[0] : span[1]], p.text, span, None, note=note)]
    return []
