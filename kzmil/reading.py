"""One claim read against one passage: what the finders of `align` and `shares` share,
computed once (the passage's figures, the names in the claim's slots, the dates the claim
implies)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from kzmil.conflicts import Conflict, name_conflicts
from kzmil.evidence import Evidence
from kzmil.normalize import Token, quoted_spans
from kzmil.quantities import Gap, Quantity, implied_dates, uncited

ARTICLE_DATE = " (the article's date)"  # how a year the article's date gives is marked
# Words that date an event from the article's own date: "last month", "next year".
RELATIVE = {"last": -1, "previous": -1, "next": 1, "this": 0}


_RELATIVE = {
    unit: re.compile(rf"\b({'|'.join(RELATIVE)}) {unit}\b", re.IGNORECASE) for unit in ("month", "year")
}


_NOT_RELATIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.IGNORECASE)


def relative(text: str, unit: str) -> list[tuple[str, int, tuple[int, int]]]:
    """("last month", -1, span) for each date the text gives relative to its article's date.
    Not "the last year of the war" (a year of something else), nor one inside a quotation,
    which is relative to when it was said."""
    out = []
    quoted = quoted_spans(text)
    for m in _RELATIVE[unit].finditer(text):
        if _NOT_RELATIVE_BEFORE.search(text, 0, m.start()) or text[m.end() :].lstrip().startswith("of "):
            continue
        if any(lo <= m.start() < hi for lo, hi in quoted):
            continue
        out.append((m.group(0), RELATIVE[m.group(1).lower()], m.span()))
    return out


Found = str | Conflict | None  # the source's words for a specific, a conflict, or nothing


@dataclass
class Reading:
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
        return name_conflicts(
            self.claim, self.ctoks, self.ev.text, self.ev.tokens, [], self.ev.names, self.ev.context
        )

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
            out.append(Quantity("year", float(year), "", 0, 0, f"{year}{ARTICLE_DATE}"))
            for said, shift, _ in relative(self.ev.text, "year"):
                out.append(Quantity("year", float(year + shift), "", 0, 0, f"{said}, {year + shift}"))
        return out
