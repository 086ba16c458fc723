"""A claim that names the text it checks as its source: "the article argues", "according to
the blog", "in the author's view", "a July 2003 analysis found". Those words attribute the
claim; no passage states them, and they say nothing a passage must hold.

Only a framed mention counts: the source noun followed by a verb of saying or judging, after
"according to", or before "view" / "opinion". "His post as deputy minister" and "a report by
the Senate" are content, not a frame.
"""

from __future__ import annotations

from kzmil.modality import saying
from kzmil.normalize import POSSESSIVE, Token, stem
from kzmil.quantities import MONTHS

# Nouns a writer uses for the text being checked, or for its writer: a closed class of English.
SOURCE_NOUNS = frozenset(
    stem(w)
    for w in (
        "article blog blogger post piece analysis report author writer commentary column columnist essay"
    ).split()
)
# Verbs that put a view in a text's mouth besides the verbs of saying ("the article sees a
# danger", "the blog judges"): what a text can do to a proposition.
JUDGING = frozenset(
    stem(w)
    for w in (
        "see view judge identify warn suggest describe present portray contend maintain observe "
        "point highlight emphasise emphasize expect predict believe think consider regard find "
        "show reckon assess call characterise characterize depict hold acknowledge admit recall "
        "cite quote list doubt question conclude"
    ).split()
)
JUDGED = frozenset({"found", "saw", "held", "thought", "shown"})  # irregular pasts the stems miss
VIEWS = frozenset({"view", "opinion", "judgment", "judgement", "estimation"})  # "in the author's view"
OPENERS = frozenset({"the", "this", "that", "a", "an", "its", "one"})  # before the source noun
DATE_REACH = 3  # words between an opener and the source noun: "a July 2003 Jamestown analysis"


def _said(tokens: list[Token], k: int) -> bool:
    """Is the word at k a verb of saying or judging, or a view the noun before holds?"""
    t = tokens[k] if k < len(tokens) else None
    return t is not None and (saying(t) or t.stem in JUDGING or t.norm in JUDGED or t.norm in VIEWS)


def _owns(text: str, t: Token, nxt: Token) -> bool:
    """Is `t` a possessive of the word after it ("the author's view"), the mark in or after it?"""
    return text[t.start : t.end].endswith(POSSESSIVE) or text[t.end : nxt.start].strip() in POSSESSIVE


def _dated(tok: Token, dated: tuple[int, int] | None) -> bool:
    """Does the word give the article's own year or month ("a July 2003 analysis")?"""
    if dated is None:
        return False
    year, month = dated
    if tok.kind == "num":
        return tok.norm == str(year)
    return month > 0 and MONTHS.get(tok.norm) == month


def source_frame(text: str, tokens: list[Token], dated: tuple[int, int] | None) -> list[Token]:
    """The words that frame the claim as the article's own statement: the source noun,
    "according", "view", and a date before it that is the article's. The verb of saying after
    the noun marks the frame but stays a claim word; a date that is not the article's stays in
    the claim, to be found or missed."""
    toks = [t for t in tokens if not t.synthetic or t.kind == "num"]
    out: list[Token] = []
    for k, t in enumerate(toks):
        if t.kind != "word" or t.stem not in SOURCE_NOUNS:
            continue
        before = toks[max(0, k - DATE_REACH - 1) : k]
        opener = next((j for j in range(len(before) - 1, -1, -1) if before[j].norm in OPENERS), None)
        between = before[opener + 1 :] if opener is not None else []
        near = toks[max(0, k - DATE_REACH - 2) : k]
        according = [x for j, x in enumerate(near[:-1]) if x.norm == "according" and near[j + 1].norm == "to"]
        nxt = k + 1
        owned = _owns(text, t, toks[nxt]) if nxt < len(toks) else False  # "the author's view"
        if opener is None and not according:
            continue
        framed: list[Token] = []
        if _said(toks, nxt) or (owned and nxt < len(toks) and toks[nxt].norm in VIEWS):
            framed = [toks[nxt]]
        elif k + 2 < len(toks) and toks[nxt].kind == "word" and toks[nxt].stop and _said(toks, k + 2):
            framed = [toks[k + 2]]  # "the article also argues", "the blog then warns"
        if not framed and not according:
            continue
        # the verb stays a claim word: a judgement put in the text's mouth ("the blog judges
        # that ...") is what adversarial claims flip, and its content must be stated the more
        views = [x for x in framed if x.norm in VIEWS]
        out += [t, *views, *according, *(x for x in between if _dated(x, dated))]
    # "the article's author argues": the owner of a framed source noun frames with it
    for k, t in enumerate(toks[:-1]):
        if t.stem in SOURCE_NOUNS and t not in out and toks[k + 1] in out and _owns(text, t, toks[k + 1]):
            out.append(t)
    return out


def frame_verbs(text: str, tokens: list[Token], dated: tuple[int, int] | None) -> list[Token]:
    """The verbs of saying or judging that frame the claim as the article's ("the blog argues
    that", "the article warns"): what the claim says the article itself holds, which a passage
    that gives it to somebody else does not state."""
    framed = {id(t) for t in source_frame(text, tokens, dated)}
    toks = [t for t in tokens if not t.synthetic or t.kind == "num"]
    out = []
    for k, t in enumerate(toks):
        if id(t) not in framed or t.stem not in SOURCE_NOUNS:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.kind == "word" and nxt.stop and k + 2 < len(toks):
            nxt = toks[k + 2]  # "the article also argues"
        if nxt is not None and _said(toks, toks.index(nxt)) and nxt.norm not in VIEWS:
            out.append(nxt)
    return out


# Verbs that take their clause back ("doubted that", "denied that"): the clause is what the
# speaker holds false, so the verb is the claim's point, no frame.
DOUBTING = frozenset(stem(w) for w in "doubt question deny dispute reject refute".split())


def clause_verbs(tokens: list[Token]) -> list[Token]:
    """The verbs of saying or judging that open a clause with "that" ("the analysis warned that
    ..."), but for those that doubt or deny it: whoever speaks, they tell how the clause was put."""
    return [
        t
        for k, t in enumerate(tokens[:-1])
        if tokens[k + 1].norm == "that" and _said(tokens, k) and t.stem not in DOUBTING
    ]
