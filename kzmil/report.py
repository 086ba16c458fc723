"""The checked draft as a report for a desk editor: one HTML file, or Markdown to paste.

The HTML report is one self-contained file (inline CSS and a few lines of JS, no fonts,
images or scripts fetched from anywhere), so it reads the same offline, mailed, or printed
to PDF. Each verdict is shown by an icon and a word as well as a colour, every checked
statement can be reached with the keyboard, and focusing one shows its evidence.
"""

from __future__ import annotations

import html as htmlmod
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kzmil import __version__
from kzmil.markup import CELL, HEADING, ITEM, QUOTE, Block, Mark
from kzmil.models import MARKS, NAMES, Result, Span
from kzmil.normalize import STOPWORDS, tokenize
from kzmil.review import Review, Statement

ICONS = MARKS
WORDS = {k: name.capitalize() for k, name in NAMES.items()}
STYLE_NAMES = {
    "chicago": "Chicago (notes and bibliography)",
    "chicago-author-date": "Chicago (author-date)",
    "apa": "APA 7th edition",
    "mla": "MLA 9th edition",
    "bibtex": "BibTeX",
    "ris": "RIS",
    "csl-json": "CSL-JSON",
}


@dataclass
class Citations:
    """Full citations for a report: one per checked statement's passage, and the references."""

    style: str
    notes: dict[int, str] = field(default_factory=dict)  # statement n -> citation of its passage
    references: list[tuple[str, str]] = field(default_factory=list)  # (doc, reference), style's order


def shown(st: Statement) -> Result | None:
    """The passage a statement's report shows: its evidence, else the nearest passage."""
    v = st.verdict
    return (v.evidence or v.nearest) if v else None


def citations(review: Review, style: str) -> Citations:
    """Citations in `style` for every passage the report shows, from the CSL processor
    (one run for the notes, one for the references). In a note style each note is given
    in full, since a reader opens them one at a time, not in order."""
    from kzmil.references import citation_key, csl_item, references, render_csl, resolve_style

    used = review.sources()
    if not used:
        return Citations(style)
    chosen = resolve_style(style)
    refs = references(chosen, [(r.doc, r.source, None) for r in used])
    out = Citations(style, references=[(c.doc, c.reference) for c in refs])
    cited = [(st.sentence.n, r) for st in review.statements if (r := shown(st)) is not None]
    if chosen.data:
        by_doc = dict(out.references)
        out.notes = {n: by_doc.get(r.doc, "") for n, r in cited}
        return out
    if chosen.note:  # one item per note: a repeated item would get a short note
        items = [csl_item(f"{r.doc}#{n}", r.source) for n, r in cited]
        ids = [citation_key(f"{r.doc}#{n}") for n, r in cited]
    else:
        items = [csl_item(r.doc, r.source) for r in used]
        ids = [citation_key(r.doc) for _, r in cited]
    locators = [f"para. {r.para}" if r.para is not None else "" for _, r in cited]
    rendered = render_csl(chosen, items, list(zip(ids, locators, strict=True)))
    out.notes = {n: c for (n, _), c in zip(cited, rendered.citations, strict=True)}
    return out


# ------------------------------------------------------------------ shared pieces


def matched_spans(claim: str, passage: str) -> list[Span]:
    """Words of the passage that the claim also uses (by stem), for marking the match."""
    stems = {t.stem for t in tokenize(claim) if not t.stop and t.norm not in STOPWORDS}
    return [Span(t.start, t.end) for t in tokenize(passage) if t.stem in stems and not t.synthetic]


def passage_marks(st: Statement, r: Result) -> list[tuple[int, int, str]]:
    """(start, end, 'match' | 'conflict') over the passage; a conflict wins where both fall."""
    conflict = st.verdict is not None and st.verdict.verdict == "contradicted"
    bad = [(h.start, h.end) for h in r.highlights] if conflict else []
    good = [(h.start, h.end) for h in matched_spans(st.sentence.plain, r.passage)]
    if not conflict:
        good += [(h.start, h.end) for h in r.highlights]
    out = [(s, e, "conflict") for s, e in bad]
    out += [(s, e, "match") for s, e in good if not any(s < be and bs < e for bs, be in bad)]
    return sorted(set(out))


def _segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, set[str]]]:
    """text cut where any span starts or ends, each piece with the kinds over it."""
    cuts = sorted({0, len(text), *(p for s, e, _ in spans for p in (s, e) if 0 <= p <= len(text))})
    out = []
    for a, b in itertools.pairwise(cuts):
        if b > a:
            out.append((text[a:b], {k for s, e, k in spans if s <= a and b <= e}))
    return out


def _mark_spans(marks: list[Mark]) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, f"{m.kind}\x00{m.url}" if m.kind == "link" else m.kind) for m in marks]


def _inline(
    text: str,
    marks: list[Mark],
    escape: Callable[[str], str],
    wrap: Callable[[str, str], str],
    spaces_outside: bool,
) -> str:
    """A sentence with the draft's own emphasis, code and links, in HTML or Markdown: each
    piece escaped, then wrapped once for every mark over it. With `spaces_outside`, white
    space at a piece's ends stays outside its markers (Markdown reads `* word*` as text)."""
    out = []
    for piece, kinds in _segments(text, _mark_spans(marks)):
        chunk = escape(piece)
        if spaces_outside and not chunk.strip():
            out.append(chunk)
            continue
        core = chunk.strip() if spaces_outside else chunk
        for kind in sorted(kinds):
            core = wrap(kind, core)
        if spaces_outside:
            core = chunk[: len(chunk) - len(chunk.lstrip())] + core + chunk[len(chunk.rstrip()) :]
        out.append(core)
    return "".join(out)


# ------------------------------------------------------------------ HTML


def _e(text: str) -> str:
    return htmlmod.escape(text, quote=True)


_HTML_TAGS = {"em": "em", "strong": "strong", "code": "code", "del": "del"}


def _wrap_html(kind: str, chunk: str) -> str:
    if kind.startswith("link"):
        return f'<span class="link" title="{_e(kind.split(chr(0), 1)[1])}">{chunk}</span>'
    tag = _HTML_TAGS.get(kind)
    return f"<{tag}>{chunk}</{tag}>" if tag else chunk


def _inline_html(text: str, marks: list[Mark]) -> str:
    return _inline(text, marks, _e, _wrap_html, spaces_outside=False)


def _passage_html(st: Statement, r: Result) -> str:
    out = []
    for piece, kinds in _segments(r.passage, passage_marks(st, r)):
        if "conflict" in kinds:
            out.append(f'<mark class="conflict" title="conflicts with the statement">{_e(piece)}</mark>')
        elif "match" in kinds:
            out.append(f'<mark class="match">{_e(piece)}</mark>')
        else:
            out.append(_e(piece))
    return "".join(out)


def _statement_html(st: Statement, block: Block) -> str:
    s = st.sentence
    label = st.label
    body = _inline_html(s.plain, s.marks(block))
    if not st.checked:
        why = _e(st.classing.why)
        return f'<span class="st v-not_a_claim" id="s{s.n}" title="not a claim: {why}">{body}</span>'
    return (
        f'<span class="st v-{label}" id="s{s.n}" tabindex="0" role="button" aria-controls="panel" '
        f'data-note="n{s.n}"><span class="icon" aria-hidden="true">{ICONS[label]}</span>'
        f'<span class="sr">{WORDS[label]}: </span>{body}</span>'
    )


def _block_html(review: Review, b: int, block: Block) -> str:
    parts: list[str] = []
    pos = 0
    for st in review.statements:
        s = st.sentence
        if s.block != b:
            continue
        parts.append(_e(block.plain[pos : s.lo]))
        parts.append(_statement_html(st, block))
        pos = s.hi
    parts.append(_e(block.plain[pos:]))
    return "".join(parts)


def _draft_html(review: Review) -> str:
    out: list[str] = []
    lists: list[str] = []  # open list tags, innermost last

    def close_lists(depth: int) -> None:
        while len(lists) > depth:
            out.append(f"</li></{lists.pop()}>")

    for b, block in enumerate(review.draft.blocks):
        inner = _block_html(review, b, block)
        if block.kind == ITEM:
            depth = block.level + 1
            if len(lists) >= depth:
                close_lists(depth)
                out.append("</li>")
            while len(lists) < depth:
                tag = "ol" if block.ordered else "ul"
                out.append(f"<{tag}>")
                lists.append(tag)
            out.append(f"<li>{inner}")
            continue
        close_lists(0)
        if block.kind == HEADING:
            level = min(block.level + 1, 6)
            out.append(f"<h{level}>{inner}</h{level}>")
        elif block.kind == QUOTE:
            out.append(f"<blockquote><p>{inner}</p></blockquote>")
        elif block.kind == CELL:
            out.append(f'<p class="cell">{inner}</p>')
        else:
            out.append(f"<p>{inner}</p>")
    close_lists(0)
    return "\n".join(out)


def _bundled(folder: str) -> bool:
    from pathlib import Path

    from kzmil.corpus import bundled_corpus

    return Path(folder) == bundled_corpus()


def _corpus_label(folder: str) -> str:
    return "the bundled corpus" if _bundled(folder) else folder


def _corpus_html(folder: str) -> str:
    return _e(_corpus_label(folder)) if _bundled(folder) else f"<code>{_e(folder)}</code>"


def _note_html(st: Statement, cites: Citations) -> str:
    s, v = st.sentence, st.verdict
    assert v is not None
    label = v.verdict
    r = shown(st)
    reasons = "".join(f"<li>{_e(x)}</li>" for x in v.reasons)
    parts = [
        f'<li class="note v-{label}" id="n{s.n}">',
        f'<p class="verdict"><span class="icon" aria-hidden="true">{ICONS[label]}</span> '
        f"<strong>{WORDS[label]}</strong> "
        f'<a class="back" href="#s{s.n}">statement {s.n}, line {s.line}</a></p>',
        f'<p class="claim">{_e(s.plain)}</p>',
        f'<ul class="reasons">{reasons}</ul>',
    ]
    if r is not None:
        what = "Evidence" if v.evidence is not None else "Nearest passage (it does not state the claim)"
        parts.append(f'<p class="what">{what}: <code>{_e(r.doc)}:{r.para}</code></p>')
        parts.append(f'<blockquote class="passage">{_passage_html(st, r)}</blockquote>')
        parts.append(f'<p class="cite">{_e(cites.notes.get(s.n) or r.citation)}</p>')
    parts.append("</li>")
    return "".join(parts)


CSS = """
:root { --ink:#1b1b1b; --muted:#555; --paper:#fff; --line:#c8c8c8; --focus:#1a4fd6;
  --ok:#0b5d1e; --ok-bg:#e2f3e5; --bad:#9b1010; --bad-bg:#fde4e4; --nf:#6a4a00; --nf-bg:#fff1c7; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font: 17px/1.6 Georgia, "DejaVu Serif", "Times New Roman", serif; }
header, main, section.notes, section.sources, footer { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
.meta, .help, footer { font: 14px/1.5 system-ui, "DejaVu Sans", Arial, sans-serif; color: var(--muted); }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
ul.summary { list-style: none; display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; margin: 1rem 0;
  font: 15px/1.4 system-ui, "DejaVu Sans", Arial, sans-serif; }
ul.summary li { padding: .45rem .8rem; border-radius: .4rem; border: 2px solid currentColor; }
ul.summary strong { font-size: 1.35rem; margin-right: .25rem; }
.v-supported { color: var(--ok); }
ul.summary .v-supported, .note.v-supported { background: var(--ok-bg); }
.v-contradicted { color: var(--bad); }
ul.summary .v-contradicted, .note.v-contradicted { background: var(--bad-bg); }
.v-not_found { color: var(--nf); }
ul.summary .v-not_found, .note.v-not_found { background: var(--nf-bg); }
ul.summary .v-not_a_claim { color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2rem;
  align-items: start; }
article.draft { min-width: 0; }
article.draft h2 { font-size: 1.45rem; } article.draft h3 { font-size: 1.2rem; }
blockquote { margin: 1rem 0; padding: .1rem 1rem; border-left: 4px solid var(--line); }
.st { color: var(--ink); border-radius: .2rem; padding: 0 .1rem; cursor: pointer;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.st .icon { font: bold .85em system-ui, "DejaVu Sans", sans-serif; margin-right: .2rem; }
.st.v-supported { background: var(--ok-bg); border-bottom: 2px solid var(--ok); }
.st.v-supported .icon { color: var(--ok); }
.st.v-contradicted { background: var(--bad-bg); border-bottom: 3px double var(--bad); }
.st.v-contradicted .icon { color: var(--bad); }
.st.v-not_found { background: var(--nf-bg); border-bottom: 2px dashed var(--nf); }
.st.v-not_found .icon { color: var(--nf); }
.st.v-not_a_claim { color: var(--muted); cursor: default; background: none; }
.st:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.st:focus:not(:focus-visible) { outline-width: 2px; }
.st[aria-expanded="true"] { box-shadow: 0 0 0 2px var(--focus); }
.link { text-decoration: underline; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
aside.panel { position: sticky; top: 1rem; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem;
  font: 15px/1.5 system-ui, "DejaVu Sans", Arial, sans-serif; background: #fafafa;
  max-height: calc(100vh - 2rem); overflow: auto; }
aside.panel .note { list-style: none; padding: .2rem .6rem; border-radius: .4rem; }
.note .verdict { margin: .3rem 0; font-size: 1.05rem; }
.note .claim { font-style: italic; }
.note .reasons { padding-left: 1.2rem; }
.note .passage { background: var(--paper); color: var(--ink); font-family: Georgia, "DejaVu Serif", serif; }
.note .cite { color: var(--ink); }
mark.match { background: #fff09a; color: #000; border-bottom: 1px solid #8a7500; }
mark.conflict { background: #ffc9c9; color: #000; font-weight: bold;
  text-decoration: underline wavy #9b1010; }
section.notes ol, section.sources ol { font: 15px/1.5 system-ui, "DejaVu Sans", Arial, sans-serif;
  padding-left: 1.5rem; }
section.notes .note { margin: .8rem 0; padding: .4rem .8rem; border-radius: .4rem; }
.note .back { font-size: .85em; margin-left: .4rem; }
a { color: #1a4fd6; }
footer { padding: 2rem 1.25rem; }
@media (max-width: 52rem) { main { display: block; }
  aside.panel { position: static; max-height: none; margin-top: 1rem; } }
@media print { aside.panel, .help { display: none; } main { display: block; }
  .st { border-bottom: none; } .note, .note * { break-inside: avoid; } body { font-size: 11pt; } }
"""

JS = """
(function () {
  var panel = document.getElementById('panel');
  var current = null;
  function show(el) {
    var note = document.getElementById(el.getAttribute('data-note'));
    if (!note || current === el) { return; }
    if (current) { current.setAttribute('aria-expanded', 'false'); }
    current = el;
    el.setAttribute('aria-expanded', 'true');
    var copy = note.cloneNode(true);
    copy.removeAttribute('id');
    var list = document.createElement('ul');
    list.className = 'shown';
    list.style.padding = '0';
    list.appendChild(copy);
    panel.replaceChildren(list);
  }
  var statements = document.querySelectorAll('.st[data-note]');
  // "#show-s4" (what examples/screenshot.py opens) shows statement 4 without scrolling to it
  var hash = location.hash.replace(/^#show-/, '#');
  var wanted = hash ? document.getElementById(hash.slice(1)) : null;
  for (var i = 0; i < statements.length; i++) {
    statements[i].setAttribute('aria-expanded', 'false');
    statements[i].addEventListener('focus', function (ev) { show(ev.currentTarget); });
    statements[i].addEventListener('click', function (ev) { show(ev.currentTarget); });
    statements[i].addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        var note = document.getElementById(ev.currentTarget.getAttribute('data-note'));
        if (note) { note.scrollIntoView(); }
      }
    });
  }
  if (wanted && wanted.hasAttribute('data-note')) { wanted.focus({preventScroll: true}); show(wanted); }
}());
"""


def html(review: Review, cites: Citations) -> str:
    """The report as one self-contained HTML page."""
    counts = review.summary()
    name = review.draft.name
    summary = "".join(
        f'<li class="v-{k}"><span class="icon" aria-hidden="true">{ICONS[k]}</span> '
        f"<strong>{counts[k]}</strong> {WORDS[k].lower()}</li>"
        for k in ICONS
    )
    notes = "\n".join(_note_html(st, cites) for st in review.statements if st.checked)
    sources = "\n".join(f'<li id="ref-{_e(doc)}">{_e(ref)}</li>' for doc, ref in cites.references)
    corpus = ", ".join(_corpus_html(c) for c in review.corpus) or "the bundled corpus"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kzmil {_e(__version__)}">
<link rel="icon" href="data:,">
<title>Fact-check: {_e(name)}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Fact-check: <code>{_e(name)}</code></h1>
<p class="meta">Checked on {_e(review.date)} against {corpus}.
Citations: {_e(STYLE_NAMES.get(cites.style, cites.style))}.</p>
<ul class="summary" aria-label="Summary">{summary}</ul>
<p class="help">Each checked statement is marked ✓ supported, ✗ contradicted or ? not found (other sentences
are grey: not a claim). Tab to a statement, or click it, to see its evidence; Enter jumps to its note.
In the passages, <mark class="match">marked words</mark> match the statement and
<mark class="conflict">bold, underlined words</mark> conflict with it.</p>
</header>
<main>
<article class="draft" aria-label="The draft">
{_draft_html(review)}
</article>
<aside class="panel" id="panel" aria-live="polite" aria-label="Evidence for the selected statement">
<p>Select a highlighted statement to see its evidence here.</p>
</aside>
</main>
<section class="notes" aria-labelledby="notes-h">
<h2 id="notes-h">Evidence, statement by statement</h2>
<ol>
{notes}
</ol>
</section>
<section class="sources" aria-labelledby="sources-h">
<h2 id="sources-h">Sources used</h2>
<ol>
{sources}
</ol>
</section>
<footer>Written by kzmil {_e(__version__)}. Verdicts are a machine's reading of the corpus: check the
evidence before you act on them.</footer>
<script>{JS}</script>
</body>
</html>
"""


# ------------------------------------------------------------------ Markdown

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _md(text: str) -> str:
    """Text safe in Markdown: runs of white space made one space, markup characters escaped."""
    return re.sub(r"\s+", " ", text).translate(_MD_SPECIAL)


_MD_MARKERS = {"em": "*", "strong": "**"}  # code and struck text are left plain


def _wrap_md(kind: str, chunk: str) -> str:
    if kind.startswith("link"):
        return f"[{chunk}]({kind.split(chr(0), 1)[1]})"
    marker = _MD_MARKERS.get(kind, "")
    return f"{marker}{chunk}{marker}"


def _inline_md(text: str, marks: list[Mark]) -> str:
    return _inline(text, marks, _md, _wrap_md, spaces_outside=True)


def _passage_md(st: Statement, r: Result) -> str:
    out = []
    for piece, kinds in _segments(r.passage, passage_marks(st, r)):
        text = _md(piece)
        if "conflict" in kinds and piece.strip():
            text = f"**~~{text}~~**"
        elif "match" in kinds and piece.strip():
            text = f"*{text}*"
        out.append(text)
    return "".join(out)


def markdown(review: Review, cites: Citations) -> str:
    """The report as Markdown with footnotes: the summary, the draft with each statement
    marked, a footnote per checked statement (reasons, evidence, citation), the sources."""
    counts = review.summary()
    corpus = ", ".join(_corpus_label(c) if _bundled(c) else f"`{c}`" for c in review.corpus) or "?"
    lines = [
        f"# Fact-check: {_md(review.draft.name)}",
        "",
        f"Checked on {review.date} against {corpus}; citations: {STYLE_NAMES.get(cites.style, cites.style)}.",
        "",
        "| " + " | ".join(f"{ICONS[k]} {WORDS[k].lower()}" for k in ICONS) + " |",
        "|" + "---|" * len(ICONS),
        "| " + " | ".join(str(counts[k]) for k in ICONS) + " |",
        "",
        "## The draft",
        "",
    ]
    for b, block in enumerate(review.draft.blocks):
        pieces = []
        for st in review.statements:
            s = st.sentence
            if s.block != b:
                continue
            text = _inline_md(s.plain, s.marks(block))
            if st.checked:
                text = f"{ICONS[st.label]} {text}[^{s.n}]"
            pieces.append(text)
        body = " ".join(pieces)
        if block.kind == HEADING:
            lines += [f"{'#' * min(block.level + 2, 6)} {body}", ""]
        elif block.kind == ITEM:
            lines.append(f"{'  ' * block.level}{'1.' if block.ordered else '-'} {body}")
            if b + 1 >= len(review.draft.blocks) or review.draft.blocks[b + 1].kind != ITEM:
                lines.append("")
        elif block.kind == QUOTE:
            lines += [f"> {body}", ""]
        else:
            lines += [body, ""]
    if cites.references:
        lines += ["## Sources used", ""]
        lines += [f"{n}. {' '.join(ref.split())}" for n, (_, ref) in enumerate(cites.references, 1)]
        lines.append("")
    for st in review.statements:
        v = st.verdict
        if v is None:
            continue
        said = " ".join(f"{_md(x[:1].upper() + x[1:])}." for x in v.reasons)
        note = [f"{ICONS[v.verdict]} **{WORDS[v.verdict]}.** {said}"]
        r = shown(st)
        if r is not None:
            what = "Evidence" if v.evidence is not None else "Nearest passage"
            note.append(f"{what} (`{r.doc}:{r.para}`): \u201c{_passage_md(st, r)}\u201d")
            note.append(_md(cites.notes.get(st.sentence.n) or r.citation))
        lines += [f"[^{st.sentence.n}]: " + "\n    ".join(note), ""]
    lines.append("")
    lines.append(f"*Written by kzmil {__version__}.*")
    return "\n".join(lines) + "\n"
