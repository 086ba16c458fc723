"""Countries and cities, their other names and their demonyms (data/places.txt, from WordNet),
national capitals (data/capitals.txt) and the countries cities lie in (data/located.txt).

The verdict uses it twice: to see that "Belarusian" and "Belarus" or "Kazak" and
"Kazakhstan" name one place, and to see that a claim's "Astana" facing the source's
"Almaty" is one city in the place of another. Loaded on first use: `kzmil find` never pays.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from kzmil.normalize import plain_word, tokenize


@cache
def _lines() -> list[tuple[str, list[str]]]:
    """The table's places, one a line: (kind, its names, its own name first)."""
    # folded whole, at once: the same as each name folded, and a tenth of the cost on every check
    text = plain_word((Path(__file__).parent / "data" / "places.txt").read_text(encoding="utf-8"))
    out = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, names = line.split("\t")
            out.append((kind, names.split("|")))
    return out


@cache
def gazetteer() -> dict[str, tuple[str, list[int]]]:
    """Folded name -> (kind, the places it names); kind is country or city."""
    table: dict[str, tuple[str, list[int]]] = {}
    for n, (kind, names) in enumerate(_lines()):
        for key in names:
            if key in table:
                table[key][1].append(n)
            else:
                table[key] = (kind, [n])
    return table  # a name's places are a line or two: a list serves as well as a set


@lru_cache(maxsize=8192)
def _entry(norm: str) -> tuple[str, list[int]] | None:
    """The word's entry, or its singular's: "Danes", "Russians" are the people of a place."""
    table = gazetteer()
    found = table.get(norm)
    if found is None and norm.endswith("s") and len(norm) > 3:
        found = table.get(norm[:-1])
    if found is None and len(norm) > 3:
        # "-stan", land of: "Kyrgyz" and "Uzbek" are the peoples of Kyrgyzstan and Uzbekistan
        found = table.get(norm + "stan") or table.get(norm + "istan")
    return found


@cache
def _first_names() -> frozenset[str]:
    """The first name of each place: the place itself, not its people or an older name."""
    return frozenset(names[0] for _, names in _lines())


def people(norm: str) -> bool:
    """Is the word a place's other name, mostly its people's ("Kazakh", "American"), not the
    place's own ("Kazakhstan", "Russia")? Words of the two kinds share a line of the table."""
    return norm in gazetteer() and norm not in _first_names()  # as written: "Kazakhs" is a noun


def kind(norm: str) -> str | None:
    """country, city, or None for a word that names no place WordNet knows."""
    entry = _entry(norm)
    return entry[0] if entry else None


def same_place(a: str, b: str) -> bool:
    """Do two plain words name one place ("belarusian", "belarus")?"""
    ea, eb = _entry(a), _entry(b)
    return bool(ea and eb and not set(ea[1]).isdisjoint(eb[1]))


def _pairs(table: str) -> frozenset[tuple[int, int]]:
    """(city, country) of each line of a city<TAB>country table, as the gazetteer numbers its places."""
    text = (Path(__file__).parent / "data" / table).read_text(encoding="utf-8")
    out: set[tuple[int, int]] = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            city, country = (_entry(tokenize(name)[0].norm) for name in line.split("\t"))
            if city and country:
                out.update((a, b) for a in city[1] for b in country[1])
    return frozenset(out)


@cache
def _capitals() -> frozenset[tuple[int, int]]:
    """(city, country) of each national capital."""
    return _pairs("capitals.txt")


@cache
def _located() -> dict[int, frozenset[int]]:
    """city -> the countries it lies in (data/located.txt, and each capital's)."""
    out: dict[int, set[int]] = {}
    for city, country in _pairs("located.txt") | _capitals():
        out.setdefault(city, set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


def lies_in(city: str, country: str) -> bool | None:
    """Does the city lie in the country ("almaty", "kazakhstan")? None when the gazetteer
    knows no country of the city, or either word is no place."""
    ec, en = _entry(city), _entry(country)
    if ec is None or en is None:
        return None
    known = set().union(*(_located().get(a, frozenset()) for a in ec[1]))
    if not known:
        return None
    return not known.isdisjoint(en[1])


def capital(city: str, country: str) -> bool:
    """Is the city the country's capital, the country named or its people ("the Kyrgyz
    capital" is Bishkek)?"""
    ec, en = _entry(city), _entry(country)
    if ec is None or en is None:
        return False
    return any((a, b) in _capitals() for a in ec[1] for b in en[1])
