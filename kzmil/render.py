"""Results to output: rich on a terminal, plain text when piped, or JSON.

Plain output never imports rich, which keeps shell pipelines quick.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import IO, Any

from kzmil.cite import DATA_STYLES, NOTE_STYLES
from kzmil.models import Result, Span, Verdict

VERDICT_STYLE = {"supported": "bold green", "contradicted": "bold red", "not_found": "bold yellow"}


def use_color(stream: IO[str] | None = None) -> bool:
    """Color only on a terminal, and never with NO_COLOR or TERM=dumb."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR") is not None or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def write(text: str, stream: IO[str] | None = None) -> None:
    """Write text that may hold lone surrogates (from a claim): they become U+FFFD."""
    stream = stream or sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:
        stream.write(text.encode("utf-8", "replace").decode("utf-8"))


def write_json(obj: Any, stream: IO[str] | None = None) -> None:
    """One JSON document on one line (so a batch is valid JSON Lines)."""
    stream = stream or sys.stdout
    try:
        stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:  # a lone surrogate: JSON can still carry it, escaped
        stream.write(json.dumps(obj, ensure_ascii=True) + "\n")


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
    return f"{r.rank}. score {r.score:g}  {r.doc}:{r.para}  {r.path}:{r.line}{hints}"


def results_plain(results: list[Result], query: str | None = None) -> str:
    lines = []
    if query is not None:
        lines.append(f"== {query}")
    for r in results:
        lines.append(_header(r))
        body = " ".join(x for x in (r.context_before, r.passage, r.context_after) if x)
        lines.append(f"   {body}")
        lines.append(f"   — {r.citation}")
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
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    if query is not None:
        console.print(Text(f"== {query}", style="bold"))
    for r in results:
        head = Text()
        head.append(f"{r.rank}. ", style="bold")
        head.append(f"score {r.score:g}", style="cyan")
        head.append(f"  {r.doc}:{r.para}", style="magenta")
        head.append(f"  {r.path}:{r.line}", style="dim")
        if r.hints:
            head.append(f"  [{'; '.join(r.hints)}]", style="bold red")
        console.print(head)
        console.print(_passage_text(r, r.highlights, "bold yellow"), soft_wrap=False)
        console.print(Text(f"   — {r.citation}", style="italic"))
        console.print()
    if query is not None and not results:
        console.print("   (no passage found)\n", style="dim")


def _passage_text(r: Result, spans: list[Span], style: str) -> Any:
    from rich.text import Text

    text = Text("   ")
    if r.context_before:
        text.append(r.context_before + " ", style="dim")
    body = Text(r.passage)
    for s, e in _merge(spans):
        body.stylize(style, s, e)
    text.append_text(body)
    if r.context_after:
        text.append(" " + r.context_after, style="dim")
    return text


def verdict_plain(v: Verdict) -> str:
    lines = [f"{v.verdict.upper().replace('_', ' ')}  (score {v.score:g})  {v.claim}"]
    lines.extend(f"  - {reason}" for reason in v.reasons)
    shown = v.evidence or v.nearest
    if shown:
        label = "evidence" if v.evidence else "nearest passage"
        lines.append(f"  {label}: {shown.doc}:{shown.para}  {shown.path}:{shown.line}")
        lines.append(f"    {shown.passage}")
        lines.append(f"    — {shown.citation}")
    return "\n".join(lines) + "\n\n"


def print_verdict(v: Verdict) -> None:
    if not use_color():
        write(verdict_plain(v))
        sys.stdout.flush()
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    head = Text()
    head.append(v.verdict.upper().replace("_", " "), style=VERDICT_STYLE.get(v.verdict, "bold"))
    head.append(f"  (score {v.score:g})  ", style="cyan")
    claim = Text(v.claim)
    for s, e in _merge(v.claim_highlights):
        claim.stylize("bold red", s, e)
    head.append_text(claim)
    console.print(head)
    for reason in v.reasons:
        console.print(Text(f"  - {reason}"))
    shown = v.evidence or v.nearest
    if shown:
        label = "evidence" if v.evidence else "nearest passage"
        console.print(Text(f"  {label}: {shown.doc}:{shown.para}  {shown.path}:{shown.line}", style="dim"))
        style = "bold red" if v.verdict == "contradicted" else "bold yellow"
        console.print(_passage_text(shown, shown.highlights, style))
        console.print(Text(f"    — {shown.citation}", style="italic"))
    console.print()


def print_citations(cites: list[Any]) -> None:
    """Quotation, citation (note or in-text) and reference; bare references for a bibliography."""
    out = []
    for c in cites:
        if c.quote:
            out.append(c.quote)
            if c.citation and c.style not in DATA_STYLES:
                label = "note" if c.style in NOTE_STYLES else "in text"
                out.append(f"{label}: {c.citation}")
            out.append("")
        out.append(c.reference)
        out.append("")
    sys.stdout.write("\n".join(out))
    sys.stdout.flush()


def print_sources(docs: list[Any]) -> None:
    headers = ("id", "date", "publication", "title", "author", "paras")
    rows = [
        (
            d.doc,
            d.source.date or "",
            d.source.publication or "",
            d.source.title or "",
            "; ".join(d.source.authors),
            str(d.paras),
        )
        for d in docs
    ]
    if not use_color():
        sys.stdout.write("\t".join(headers) + "\n")
        sys.stdout.writelines("\t".join(r) + "\n" for r in rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(*headers, show_lines=False)
    for r in rows:
        table.add_row(*r)
    Console().print(table)


def print_article(doc: str, path: str, line: int, paragraphs: dict[int, str], citation: str) -> None:
    out = [f"{doc}  {path}:{line}", ""]
    for n, text in paragraphs.items():
        out.append(f"[{n}] {text}")
        out.append("")
    out.append(f"— {citation}")
    sys.stdout.write("\n".join(out) + "\n")


def warn(message: str) -> None:
    write(f"kzmil: warning: {message}\n", sys.stderr)


def error(message: str) -> None:
    write(f"kzmil: error: {message}\n", sys.stderr)
