"""The short citation shown with every `find` and `check` result, and the date and name
helpers it shares with `cite`.

Kept apart from `cite`, whose styles and formats `find` never needs: importing them
cost every search a few milliseconds.
"""

from __future__ import annotations

import calendar

from kzmil.models import Source

__all__ = ["date_parts", "human_date", "short_citation", "split_name"]


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
