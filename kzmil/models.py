"""Plain data passed between the core and the renderers."""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

# Characters JSON may carry raw but a terminal would act on (C1 controls, DEL), or that some
# readers take for line ends: written as \u escapes, which every decoder reads.
_JSON_ESCAPE = re.compile("[\x7f-\x9f\u2028\u2029]")


def json_text(obj: Any, indent: int | None = None) -> str:
    """JSON for a terminal or a file: UTF-8 as is, everything a terminal would act on
    escaped, and lone surrogates (not Unicode text at all) as \\u escapes too."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    text = _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


def path_json(path: str) -> dict[str, str]:
    """A file name for JSON: text, and also its exact bytes (base64, as `path_bytes`) when
    the name is not UTF-8, since JSON text cannot hold such a name loss-free."""
    try:
        path.encode("utf-8")
        return {"path": path}
    except UnicodeEncodeError:
        import base64

        raw = os.fsencode(path)
        return {"path": raw.decode("utf-8", "replace"), "path_bytes": base64.b64encode(raw).decode("ascii")}


@dataclass(frozen=True)
class Source:
    """Citation metadata of one article; empty fields are unknown, never guessed."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    publication: str | None = None
    publisher: str | None = None
    volume: str | None = None
    issue: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    url: str | None = None
    section: str | None = None
    type: str | None = None  # CSL type: article-magazine, article-newspaper, post-weblog, ...
    accessed: str | None = None  # when the online source was read, YYYY-MM-DD (front matter `accessed:`)

    def to_json(self) -> dict[str, Any]:
        """Every field, in order (not `asdict`, whose deep copies cost a full build seconds)."""
        data = {name: getattr(self, name) for name in _SOURCE_FIELDS}
        data["authors"] = list(self.authors)
        return data


_SOURCE_FIELDS = tuple(f.name for f in fields(Source))


@dataclass(frozen=True)
class Span:
    """A character range [start, end) in a passage or a claim."""

    start: int
    end: int


@dataclass
class Result:
    """One ranked passage for a query."""

    rank: int
    score: float
    doc: str
    passage: str
    match: str
    path: str
    line: int
    start: int
    end: int
    para: int
    citation: str
    source: Source
    highlights: list[Span] = field(default_factory=list)  # offsets into `passage`
    hints: list[str] = field(default_factory=list)
    context_before: str = ""
    context_after: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "score": round(self.score, 1),
            "doc": self.doc,
            "passage": self.passage,
            "match": self.match,
            **path_json(self.path),
            "line": self.line,
            "start": self.start,
            "end": self.end,
            "para": self.para,
            "citation": self.citation,
            "source": self.source.to_json(),
            "hints": self.hints,
            "highlights": [[h.start, h.end] for h in self.highlights],
            **({"context_before": self.context_before} if self.context_before else {}),
            **({"context_after": self.context_after} if self.context_after else {}),
        }


# How a statement's verdict is shown, in the terminal report and in the HTML and Markdown ones.
MARKS = {"supported": "✓", "contradicted": "✗", "not_found": "?", "not_a_claim": "·"}
NAMES = {
    "supported": "supported",
    "contradicted": "contradicted",
    "not_found": "not found",
    "not_a_claim": "not a claim",
}


class Judgement(StrEnum):
    """What `kzmil check` says of a claim; the values are the JSON's."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    NOT_FOUND = "not_found"


@dataclass
class Verdict:
    """The outcome of `kzmil check` for one claim."""

    claim: str
    verdict: Judgement
    score: float
    evidence: Result | None
    reasons: list[str]
    nearest: Result | None = None
    claim_highlights: list[Span] = field(default_factory=list)
    coverage: float = 0.0
    warnings: list[str] = field(default_factory=list)  # for stderr, not part of the JSON

    def to_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "score": round(self.score, 1),
            "evidence": self.evidence.to_json() if self.evidence else None,
            "reasons": self.reasons,
            "nearest": self.nearest.to_json() if self.nearest else None,
            "coverage": round(self.coverage, 3),
        }


@dataclass
class Paragraph:
    """One numbered paragraph of an article as `kzmil show` gives it, with the headings
    that stand above it (headings are never numbered)."""

    para: int
    text: str
    headings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        headings = {"headings": self.headings} if self.headings else {}
        return {"para": self.para, **headings, "text": self.text}


@dataclass
class Article:
    """An article, or one paragraph of it, read back from the index (`kzmil show`)."""

    doc: str
    path: str
    line: int  # where the first sentence shown starts in the file
    citation: str
    source: Source
    paragraphs: list[Paragraph]

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            **path_json(self.path),
            "line": self.line,
            "citation": self.citation,
            "source": self.source.to_json(),
            "paragraphs": [p.to_json() for p in self.paragraphs],
        }


@dataclass
class IndexRun:
    """What `kzmil index` did, and how many passages the index now holds."""

    index: str
    added: int
    updated: int
    removed: int
    unchanged: int
    skipped: int
    front_matter_unread: int
    passages: int
    seconds: float
    size_bytes: int
    rebuilt: bool
    checked: str | None = None  # quick_check's outcome, when `--check` asked for it
    warnings: list[str] = field(default_factory=list)  # for stderr, not part of the JSON

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["warnings"], data["checked"]
        data["seconds"] = round(self.seconds, 3)
        return {**data, **({"check": self.checked} if self.checked is not None else {})}


@dataclass
class Staleness:
    """`kzmil index --check`: whether the index is whole, and what in the corpus it does not
    reflect yet, found without changing anything (the next `kzmil index` would)."""

    path: Path
    integrity: str  # "ok"; "missing"; "another version"; or SQLite's first complaint
    added: list[str] = field(default_factory=list)  # article files the index lacks
    changed: list[str] = field(default_factory=list)  # files whose content differs from the index's
    removed: list[str] = field(default_factory=list)  # files indexed that are gone
    unchanged: int = 0
    skipped: int = 0  # passed over by the walk (links, other files), as `kzmil index` counts them

    @property
    def current(self) -> bool:
        return self.integrity == "ok" and not (self.added or self.changed or self.removed)

    def by_kind(self) -> list[tuple[str, list[str]]]:
        return [("added", self.added), ("changed", self.changed), ("removed", self.removed)]

    def to_json(self) -> dict[str, object]:
        return {
            "index": str(self.path),
            "check": self.integrity,
            "current": self.current,
            "added": self.added,
            "changed": self.changed,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
        }
