"""A passage as the verdict reads it: its tokens, its stated context, what the corpus knows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kzmil.conflicts import Conflict
from kzmil.normalize import Token, tokenize
from kzmil.quantities import MONTHS
from kzmil.specifics import Specific

CONTEXT = " (context)"  # marks words found in the sentences around the passage, not in it


@dataclass
class Evidence:
    """A passage with what may be read around it."""

    text: str
    tokens: list[Token]
    context_texts: list[tuple[str, list[Token]]]  # the sentences before, the title, the publication
    names: dict[str, bool]  # the corpus's verdict on capitalised words: mostly a name?
    common: set[str] = field(default_factory=set)  # words the corpus also writes in lower case
    dated: tuple[int, int] | None = None  # the article's (year, month); month 0 when unknown
    breaks: list[int] = field(default_factory=list)  # where each sentence after the first starts
    preceding: int = 0  # how many of context_texts are the sentences just before the passage
    sentences: int = 0  # how many are sentences of the article (before it and the one after)
    authors: list[str] = field(default_factory=list)  # the article's authors, as its metadata names them
    publication: str = ""  # where the article appeared, as its metadata names it
    publisher: str = ""  # who published it: "The Jamestown Foundation"
    # every sentence of the article, read only when a claim's title must be looked for there
    article: Callable[[], list[tuple[str, list[Token]]]] | None = None

    def one_sentence(self, a: Token, b: Token) -> bool:
        """Are two passage tokens in one sentence? A relation does not cross a full stop."""
        lo, hi = sorted((a.start, b.start))
        return not any(lo < k <= hi for k in self.breaks)

    def around(self, before_only: bool = False) -> list[tuple[str, list[Token]]]:
        """The passage and the article's sentences around it, where a relation may be read."""
        n = self.preceding if before_only else self.sentences
        return [(self.text, self.tokens), *self.context_texts[:n]]

    @property
    def context(self) -> list[Token]:
        return [t for _, toks in self.context_texts for t in toks]

    def surface(self, tok: Token) -> str:
        """A token as written, in the passage or in the context it came from."""
        if any(tok is x for x in self.tokens):
            return self.text[tok.start : tok.end]
        for text, toks in self.context_texts:
            if any(tok is x for x in toks):
                return text[tok.start : tok.end]
        return tok.norm


@dataclass
class Alignment:
    """Where the evidence states each specific of a claim, what it leaves out, what it denies."""

    matched: list[tuple[Specific, str]] = field(default_factory=list)  # specific, the source's words
    missing: list[Specific] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def audit(self) -> str:
        """What was matched, by what; a word read with the date of its event ("dated") is told
        by that date's entry."""
        return "; ".join(f"{s.text} = {found}" for s, found in self.matched if s.kind != "dated")


SOURCE_LINE_WORDS = 8  # a bracketed citation is short: an agency, a place, a date


def source_line(text: str) -> bool:
    """A sentence that is only a bracketed source and date, "(Interfax/Itar-Tass, Moscow,
    September 12).": it cites, it states nothing (a place in it is where the agency wrote).
    A bracketed sentence of its own ("(The ministry later denied the report.)") states."""
    body = text.strip().rstrip(".").strip()
    if not (body.startswith("(") and body.endswith(")") and "(" not in body[1:]):
        return False
    toks = tokenize(body)
    dated = any(t.kind == "num" or t.norm in MONTHS for t in toks)
    return dated and "," in body and len(toks) <= SOURCE_LINE_WORDS
