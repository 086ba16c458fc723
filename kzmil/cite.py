"""Citations: the short one shown with every result, and full references in
the styles people use.

The full styles are rendered by citeproc-py from the official CSL style files
(imported only when asked for, so `kzmil find` does not pay for them).
"""

from __future__ import annotations

import calendar

from kzmil.models import Source


def date_parts(date: str | None) -> list[int]:
    """"2007-09-18" -> [2007, 9, 18]; partial dates stay partial."""
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


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def short_citation(source: Source, para: int | None = None) -> str:
    """One line a reader can follow: who, what, where, when, which paragraph."""
    bits = []
    if source.authors:
        names = [_surname(a) for a in source.authors]
        bits.append(names[0] + (" et al." if len(names) > 2 else f" and {names[1]}" if len(names) == 2 else ""))
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
