"""Whether two given names are one person's, formal and familiar: "Dick Lugar" is Richard
Lugar (data/nicknames.txt, from the `nicknames` package; see scripts/nicknames_table.py)."""

from __future__ import annotations

from kzmil.tables import lookup

TABLE = "nicknames.txt"


def nicknames(name: str) -> list[str]:
    """The given names one with this folded one, formal or familiar ("dick": "richard", ...)."""
    return (lookup(TABLE, name) or "").split()


def nicknamed(a: str, b: str) -> bool:
    """Is one of two folded given names the other's nickname ("dick" and "richard")? Read
    only between capitalised names: "will", "rich" and "bill" are English words too."""
    return a != b and b in nicknames(a)
