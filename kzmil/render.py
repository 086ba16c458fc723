"""Results to output: rich on a terminal, plain text when piped, or JSON.

Plain output never imports rich, which keeps shell pipelines quick. Every string
that comes from a corpus or a file name is shown as text: rich gets `Text`, never
markup, and control characters are made visible (`printable`), so an article
cannot move the cursor, retitle the window or hide a link on the user's terminal.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

from kzmil.models import (
    MARKS,
    NAMES,
    Article,
    IndexRun,
    Judgement,
    Result,
    Span,
    Staleness,
    Verdict,
    json_text,
)

# C0 and C1 controls and DEL (lone surrogates, the undecodable bytes of a file name, are
# found by failing to encode: a character class holding them costs a millisecond to compile)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps \t and \n


def _visible(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's escape for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, lines: bool = False) -> str:
    """Text made safe for a terminal: ESC, C1 controls and other control characters,
    and undecodable bytes of file names, shown as visible escapes (\\x1b). With `lines`,
    tabs and newlines are kept (a passage, a multi-line reference)."""
    pattern = _CONTROLS_BUT_LINES if lines else _CONTROLS
    if pattern.search(text):
        text = pattern.sub(lambda m: _visible(m.group()), text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = "".join(_visible(c) if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


VERDICT_STYLE: dict[str, str] = {
    Judgement.SUPPORTED: "bold green",
    Judgement.CONTRADICTED: "bold red",
    Judgement.NOT_FOUND: "bold yellow",
}


_color_mode = "auto"  # set once per command from --color


def set_color(mode: str) -> None:
    """--color: `always` and `never` settle it; `auto` asks the environment and the terminal."""
    global _color_mode
    _color_mode = mode


def use_color(stream: IO[str] | None = None) -> bool:
    """--color always/never first; then FORCE_COLOR, then NO_COLOR, each counting only when
    set and not empty (force-color.org, no-color.org); then TERM=dumb; then: is it a terminal?"""
    if _color_mode != "auto":
        return _color_mode == "always"
    if os.environ.get("FORCE_COLOR", ""):
        return True
    if os.environ.get("NO_COLOR", "") or os.environ.get("TERM") == "dumb":
        return False
    return is_terminal(stream or sys.stdout)


def is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def rich_console(stderr: bool = False) -> Any:
    """A rich Console for output use_color() has chosen to colour: told so outright, since
    rich would otherwise ask the environment again (and drop colour when piped)."""
    from rich.console import Console

    dumb = os.environ.get("TERM") in ("dumb", "unknown")
    return Console(
        stderr=stderr,
        highlight=False,
        force_terminal=True,
        no_color=False,
        color_system="standard" if dumb else "auto",
    )


def write(text: str, stream: IO[str] | None = None) -> None:
    """Write text that may hold lone surrogates (from a claim): they become U+FFFD."""
    stream = stream or sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:
        stream.write(text.encode("utf-8", "replace").decode("utf-8"))


def write_json(obj: Any, stream: IO[str] | None = None) -> None:
    """One JSON document on one line (so a batch is valid JSON Lines); C1 controls and
    lone surrogates are written as \\u escapes, so no raw control byte reaches a terminal."""
    stream = stream or sys.stdout
    stream.write(json_text(obj) + "\n")


def shown_path(path: str) -> str:
    """A file name for people: relative to the current folder when inside it, else
    `…/FOLDER/NAME`, so that the header fits 80 columns (--json keeps the full path)."""
    try:
        cwd = os.getcwd().rstrip(os.sep) + os.sep
    except OSError:  # the current folder was removed
        cwd = ""
    if cwd and path.startswith(cwd):
        return path[len(cwd) :]
    parts = path.split(os.sep)
    if len(parts) <= SHOWN_PATH_PARTS + 1:
        return path
    return os.sep.join(["…", *parts[-SHOWN_PATH_PARTS:]])


SHOWN_PATH_PARTS = 2  # folder and file name: enough to tell two corpora's articles apart


def _merge(spans: Iterable[Span]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda x: x.start):
        if out and s.start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        else:
            out.append((s.start, s.end))
    return out


def _header(r: Result) -> str:
    hints = f"  [{'; '.join(r.hints)}]" if r.hints else ""
    return printable(f"{r.rank}. score {r.score:g}  {r.doc}:{r.para}  {shown_path(r.path)}:{r.line}{hints}")


def results_plain(results: list[Result], query: str | None = None) -> str:
    lines = []
    if query is not None:
        lines.append(printable(f"== {query}"))
    for r in results:
        lines.append(_header(r))
        body = " ".join(x for x in (r.context_before, r.passage, r.context_after) if x)
        lines.append(f"   {printable(body, lines=True)}")
        lines.append(f"   — {printable(r.citation)}")
        lines.append("")
    if query is not None and not results:
        lines.append("   (no passage found)")
        lines.append("")
    return "\n".join(lines)


def print_results(results: list[Result], query: str | None = None) -> None:
    if not use_color():
        write(results_plain(results, query))
        sys.stdout.flush()
        return
    from rich.text import Text

    console = rich_console()
    if query is not None:
        console.print(Text(printable(f"== {query}"), style="bold"))
    for r in results:
        head = Text()
        head.append(f"{r.rank}. ", style="bold")
        head.append(f"score {r.score:g}", style="cyan")
        head.append(printable(f"  {r.doc}:{r.para}"), style="magenta")
        head.append(printable(f"  {shown_path(r.path)}:{r.line}"), style="dim")
        if r.hints:
            head.append(printable(f"  [{'; '.join(r.hints)}]"), style="bold red")
        console.print(head, soft_wrap=True)  # one line, however long: a path is never cut
        _wrapped(console, _passage_text(r, r.highlights, "bold yellow"), 3)
        _wrapped(console, _cite_line(r.citation), 3)
        console.print()
    if query is not None and not results:
        console.print("   (no passage found)\n", style="dim")


def _wrapped(console: Any, text: Any, indent: int) -> None:
    """Print rich Text wrapped at spaces under a hanging indent. A word longer than the
    line (a URL, a path) is never cut: such text is printed as one line for the terminal
    to run on."""
    from rich.text import Text

    room = console.width - indent
    if any(len(word) > room for word in text.plain.split()):
        console.print(Text(" " * indent) + text, soft_wrap=True)
        return
    for line in text.wrap(console, room):
        line.rstrip()
        console.print(Text(" " * indent) + line, soft_wrap=True)


def _passage_text(r: Result, spans: list[Span], style: str) -> Any:
    """The passage, with its context dimmed and its spans styled."""
    from rich.text import Text

    text = Text()
    if r.context_before:
        text.append(printable(r.context_before + " ", lines=True), style="dim")
    text.append_text(_styled(r.passage, spans, style))
    if r.context_after:
        text.append(printable(" " + r.context_after, lines=True), style="dim")
    return text


def _cite_line(citation: str) -> Any:
    from rich.text import Text

    return Text(printable(f"— {citation}"), style="italic")


def _styled(passage: str, spans: Iterable[Span], style: str, lines: bool = True) -> Any:
    """Rich Text of a passage with its spans styled; each piece is made printable on its
    own, so that a visible escape never shifts a highlight."""
    from rich.text import Text

    text = Text()
    pos = 0
    for s, e in _merge(spans):
        text.append(printable(passage[pos:s], lines))
        text.append(printable(passage[s:e], lines), style=style)
        pos = e
    text.append(printable(passage[pos:], lines))
    return text


def verdict_plain(v: Verdict) -> str:
    lines = [printable(f"{v.verdict.upper().replace('_', ' ')}  (score {v.score:g})  {v.claim}")]
    lines.extend(printable(f"  - {reason}") for reason in v.reasons)
    shown = v.evidence or v.nearest
    if shown:
        label = "evidence" if v.evidence else "nearest passage"
        lines.append(printable(f"  {label}: {shown.doc}:{shown.para}  {shown_path(shown.path)}:{shown.line}"))
        lines.append(f"    {printable(shown.passage, lines=True)}")
        lines.append(f"    — {printable(shown.citation)}")
    return "\n".join(lines) + "\n\n"


def print_verdict(v: Verdict) -> None:
    if not use_color():
        write(verdict_plain(v))
        sys.stdout.flush()
        return
    from rich.text import Text

    console = rich_console()
    head = Text()
    head.append(v.verdict.upper().replace("_", " "), style=VERDICT_STYLE.get(v.verdict, "bold"))
    head.append(f"  (score {v.score:g})  ", style="cyan")
    head.append_text(_styled(v.claim, v.claim_highlights, "bold red", lines=False))
    console.print(head)
    for reason in v.reasons:
        _wrapped(console, Text(printable(f"- {reason}")), 2)
    shown = v.evidence or v.nearest
    if shown:
        label = "evidence" if v.evidence else "nearest passage"
        where = printable(f"  {label}: {shown.doc}:{shown.para}  {shown_path(shown.path)}:{shown.line}")
        console.print(Text(where, style="dim"), soft_wrap=True)
        style = "bold red" if v.verdict == "contradicted" else "bold yellow"
        _wrapped(console, _passage_text(shown, shown.highlights, style), 4)
        _wrapped(console, _cite_line(shown.citation), 4)
    console.print()


def print_sources(docs: list[Any]) -> None:
    headers = ("id", "date", "publication", "title", "author", "paras")
    rows = [
        tuple(
            printable(field)  # tabs and newlines too: one article, one line
            for field in (
                d.doc,
                d.source.date or "",
                d.source.publication or "",
                d.source.title or "",
                "; ".join(d.source.authors),
                str(d.paras),
            )
        )
        for d in docs
    ]
    if not use_color():
        write("\t".join(headers) + "\n" + "".join("\t".join(r) + "\n" for r in rows))
        return
    from rich.table import Table
    from rich.text import Text

    console = rich_console()
    widest_id = max((len(r[0]) for r in rows), default=2)
    # the id (copied whole), the date and the count, then room for the three text columns
    needed = widest_id + len("2000-01-01") + len("paras") + 3 * MIN_TEXT_COLUMN + TABLE_FRAME
    if console.width < needed:
        _source_records(console, rows)
        return
    table = Table(show_lines=False)
    table.add_column("id", no_wrap=True, min_width=widest_id)
    table.add_column("date", no_wrap=True)
    for name in ("publication", "title", "author"):
        table.add_column(name, ratio=2 if name == "title" else 1, min_width=MIN_TEXT_COLUMN)
    table.add_column("paras", no_wrap=True, justify="right")
    for r in rows:
        table.add_row(*(Text(field) for field in r))  # Text, never markup: a title is not an instruction
    console.print(table)


MIN_TEXT_COLUMN = 14  # narrower, a table column breaks most titles' words; below it, records
TABLE_FRAME = 19  # a six-column table's borders and padding


def _source_records(console: Any, rows: list[tuple[str, ...]]) -> None:
    """Articles for a narrow terminal: the id whole on its own line, then the title and
    the rest wrapped beneath it."""
    from rich.text import Text

    for doc, date, publication, title, author, paras in rows:
        head = Text(doc, style="bold")
        head.append(f"  {date}" if date else "", style="cyan")
        head.append(f"  {paras} paras", style="dim")
        console.print(head, soft_wrap=True)
        _wrapped(console, Text(title), 2)
        rest = " · ".join(x for x in (publication, author) if x)
        if rest:
            _wrapped(console, Text(rest, style="dim"), 2)


def print_article(article: Article) -> None:
    """The article's paragraphs, numbered, each heading on a line of its own above the
    paragraph it heads (headings are never numbered)."""
    out = [printable(f"{article.doc}  {shown_path(article.path)}:{article.line}"), ""]
    for p in article.paragraphs:
        for heading in p.headings:
            out.append(printable(heading))
            out.append("")
        if p.text:
            out.append(f"[{p.para}] {printable(p.text, lines=True)}")
            out.append("")
    out.append(printable(f"— {article.citation}"))
    write("\n".join(out) + "\n")


def print_index_run(run: IndexRun) -> None:
    """`kzmil index`: what changed, in one line."""
    line = (
        f"{run.added} added, {run.updated} updated, {run.removed} removed, {run.unchanged} unchanged, "
        f"{run.skipped} skipped"
        + (f", {run.front_matter_unread} with unreadable front matter" if run.front_matter_unread else "")
        + f"; {run.passages} passages in {run.seconds:.2f}s; "
        f"index {run.size_bytes / 1e6:.1f} MB at {run.index}"
        + (f"; quick_check: {run.checked}" if run.checked is not None else "")
    )
    write(printable(line) + "\n")


def print_staleness(found: Staleness) -> None:
    """`kzmil index --check`: each file the index does not reflect, then a summary line."""
    lines = [f"{kind}: {p}" for kind, paths in found.by_kind() for p in paths]
    where = f"the index {found.path}"
    counts = (
        f"{len(found.added)} added, {len(found.changed)} changed, {len(found.removed)} removed, "
        f"{found.unchanged} unchanged, {found.skipped} skipped"
    )
    if found.integrity == "missing":
        lines.append(f"{where} does not exist yet; {counts}; `kzmil index` builds it")
    elif found.integrity == "another version":
        lines.append(f"{where} is from another version of kzmil; `kzmil index` rebuilds it")
    elif found.integrity != "ok":
        lines.append(
            f"{where} is damaged (quick_check: {found.integrity}); `kzmil index --rebuild` rebuilds it"
        )
    elif found.current:
        lines.append(f"{counts}; quick_check: ok; {where} is current")
    else:
        lines.append(f"{counts}; quick_check: ok; `kzmil index` brings {where} up to date")
    write("".join(printable(line) + "\n" for line in lines))


def note(message: str) -> None:
    """A remark for a person at a terminal (never an error): `kzmil: no passage matches ...`."""
    _diagnostic(f"kzmil: {message}")


def warn(message: str) -> None:
    _diagnostic(f"kzmil: warning: {message}")


def error(message: str) -> None:
    _diagnostic(f"kzmil: error: {message}")


def interrupted() -> None:
    """Ctrl-C: end the line the terminal echoed ^C on, so the prompt starts on its own."""
    if sys.stderr is not None:
        sys.stderr.write("\n")


def _diagnostic(line: str) -> None:
    """One line on stderr (if there is a stderr), control characters made visible."""
    if sys.stderr is not None:
        write(printable(line) + "\n", sys.stderr)


# ---------------------------------------------------------------- a whole draft

_PREFIX = {"heading": "# ", "item": "- ", "quote": "> "}


def summary_line(name: str, counts: dict[str, int]) -> str:
    total = sum(counts.values())
    parts = ", ".join(f"{counts[k]} {NAMES[k]}" for k in NAMES)
    return printable(f"{name}: {parts} ({_sentences(total)})")


def _sentences(n: int) -> str:
    return f"{n} sentence" if n == 1 else f"{n} sentences"


@dataclass
class _Line:
    """One line of the draft report: a statement (with its line number and mark) or a
    detail under it (a reason, where the evidence is, the passage, the citation)."""

    key: str  # a verdict or not_a_claim for a statement; reason | where | passage | cite | blank
    text: str
    statement: Any = None
    number: str = ""  # "  12 " for a statement line
    mark: str = ""


def _draft_lines(review: Any, only: set[str] | None) -> list[_Line]:
    out: list[_Line] = []
    last_block = -1
    for st in review.statements:
        label = st.label
        if only is not None and label not in only:
            continue
        s = st.sentence
        new_block = s.block != last_block
        list_goes_on = (
            st.kind == "item" and last_block >= 0 and review.draft.blocks[last_block].kind == "item"
        )
        if only is None and new_block and last_block >= 0 and not list_goes_on:
            out.append(_Line("blank", ""))
        lead = _PREFIX.get(st.kind, "") if new_block else "  " if st.kind in _PREFIX else ""
        last_block = s.block
        out.append(_Line(label, lead + " ".join(s.plain.split()), st, f"{s.line:4} ", MARKS[label] + " "))
        v = st.verdict
        if v is None or v.verdict == "supported":
            continue
        out.extend(_Line("reason", f"         {reason}", st) for reason in v.reasons)
        shown = v.evidence or v.nearest
        if shown is not None:
            where = "evidence" if v.evidence else "nearest"
            out.append(_Line("where", f"         {where}: {shown.doc}:{shown.para}", st))
            out.append(_Line("passage", shown.passage, st))
            out.append(_Line("cite", f"           — {shown.citation}", st))
    return out


def review_plain(review: Any, only: set[str] | None = None) -> str:
    lines = []
    for line in _draft_lines(review, only):
        text = " ".join(line.text.split()) if line.key == "passage" else line.text
        indent = "           " if line.key == "passage" else ""
        lines.append(printable(indent + line.number + line.mark + text))
    lines += ["", summary_line(review.draft.name, review.summary())]
    return "\n".join(lines) + "\n"


_DRAFT_STYLES = {"reason": "", "where": "dim", "cite": "italic"}


def print_review(review: Any, only: set[str] | None = None) -> None:
    """The draft with each statement marked, the problems explained, and the counts."""
    if not use_color():
        write(review_plain(review, only))
        sys.stdout.flush()
        return
    from rich.text import Text

    console = rich_console()
    for line in _draft_lines(review, only):
        st = line.statement
        if line.key == "blank":
            console.print()
        elif line.key == "passage":
            shown = st.verdict.evidence or st.verdict.nearest
            style = "bold red" if st.verdict.verdict == "contradicted" else "bold yellow"
            text = Text("           ")
            text.append_text(_styled(shown.passage, shown.highlights, style))
            console.print(text)
        elif line.mark:
            text = Text()
            text.append(line.number, style="dim")
            text.append(line.mark, style=VERDICT_STYLE.get(line.key, "dim"))
            body = "dim" if line.key == "not_a_claim" else ""
            if st.kind == "heading":
                body = "bold dim" if body else "bold"
            text.append(printable(line.text), style=body)
            console.print(text)
        else:
            console.print(Text(printable(line.text), style=_DRAFT_STYLES.get(line.key, "")))
    counts = review.summary()
    summary = Text()
    summary.append(printable(f"{review.draft.name}: "), style="bold")
    for n, k in enumerate(NAMES):
        if n:
            summary.append(", ")
        summary.append(f"{counts[k]} {NAMES[k]}", style=VERDICT_STYLE.get(k, "dim"))
    summary.append(f" ({_sentences(sum(counts.values()))})")
    console.print()
    console.print(summary)
