"""Countries and cities, their other names and their demonyms (data/places.txt, from WordNet).

The verdict uses it twice: to see that "Belarusian" and "Belarus" or "Kazak" and
"Kazakhstan" name one place, and to see that a claim's "Astana" facing the source's
"Almaty" is one city in the place of another. Loaded on first use: `kzmil find` never pays.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kzmil.normalize import plain_word


@cache
def gazetteer() -> dict[str, tuple[str, frozenset[int]]]:
    """Folded name -> (kind, the places it names); kind is country or city."""
    text = (Path(__file__).parent / "data" / "places.txt").read_text(encoding="utf-8")
    table: dict[str, tuple[str, set[int]]] = {}
    for n, line in enumerate(text.splitlines()):
        if not line or line.startswith("#"):
            continue
        kind, names = line.split("\t")
        for name in names.split("|"):
            key = plain_word(name)
            entry = table.setdefault(key, (kind, set()))
            entry[1].add(n)
    return {k: (kind, frozenset(ids)) for k, (kind, ids) in table.items()}


def kind(norm: str) -> str | None:
    """country, city, or None for a word that names no place WordNet knows."""
    entry = gazetteer().get(norm)
    return entry[0] if entry else None


def same_place(a: str, b: str) -> bool:
    """Do two plain words name one place ("belarusian", "belarus")?"""
    ea, eb = gazetteer().get(a), gazetteer().get(b)
    return bool(ea and eb and ea[1] & eb[1])
