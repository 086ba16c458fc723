"""Write kzmil/data/places.txt: countries and cities with their other names and demonyms, from WordNet
(and capitals.txt, each national capital and its country, and us-states.txt).

`kzmil check` needs to know that "Belarusian" speaks of Belarus, that Kazakh, Kazak and
Kazakhstan are one country, and that Astana and Almaty are both cities (so one facing the
other in a claim is a contradiction, not a paraphrase). WordNet holds all three: a
country's synset lists its other names, an adjective's pertainym pointer (`\\`) leads from
"French" to France, and an instance pointer (`@i`) says what a proper noun is an instance of.

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base    # Debian's WordNet 3.0 database
    python3 scripts/wordnet_places.py [--wordnet /usr/share/wordnet]

One line a place: `kind<TAB>name|name|...`, kind `country` or `city`, names as written
(single words only; "United States" is already one token in kzmil).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from wordnet_antonyms import HEADER as ANTONYM_HEADER
from wordnet_antonyms import Pointer, read_data

OUT = Path(__file__).resolve().parent.parent / "kzmil" / "data" / "places.txt"
HEADER = ANTONYM_HEADER.replace(
    "# Direct antonyms from WordNet 3.0 (Princeton University), one pair a line, written by\n"
    "# scripts/wordnet_antonyms.py.",
    "# Countries and cities from WordNet 3.0 (Princeton University), with other names and\n"
    "# demonyms, one place a line (kind<TAB>names), written by scripts/wordnet_places.py.",
)
COUNTRY = 8544813  # country, state, land
CITY = 8524735  # city, metropolis, urban center
NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]{2,4}")  # one capitalised word, or "US", "UK", "USSR"


def _ancestors(nouns: dict[int, tuple[list[str], list[Pointer]]], offset: int) -> set[int]:
    seen: set[int] = set()
    todo = [offset]
    while todo:
        o = todo.pop()
        for sym, tgt, pos, _ in nouns[o][1]:
            if sym in ("@", "@i") and pos == "n" and tgt not in seen:
                seen.add(tgt)
                todo.append(tgt)
    return seen


INHABITANT = re.compile(r"(?:an? )?(?:native|inhabitant|citizen|resident)s? (?:or \w+ )?of ")


def _glosses(path: Path) -> dict[int, str]:
    """offset -> gloss, for the synsets of one data file."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" ") and " | " in line:
            out[int(line.split(" ", 1)[0])] = line.split(" | ", 1)[1]
    return out


def _kinds(nouns: dict[int, tuple[list[str], list[Pointer]]]) -> dict[int, str]:
    """offset -> "country", "city" or "" for each proper noun (an instance, @i) of WordNet."""
    kinds: dict[int, str] = {}
    for offset, (_, ptrs) in nouns.items():
        of = [tgt for sym, tgt, _, _ in ptrs if sym == "@i"]
        if of:
            up = set().union(*(_ancestors(nouns, k) | {k} for k in of))
            kinds[offset] = "country" if COUNTRY in up else "city" if CITY in up else ""
    return kinds


def places(wordnet: Path) -> list[tuple[str, list[str]]]:
    nouns = read_data(wordnet / "data.noun")
    adjs = read_data(wordnet / "data.adj")
    demonyms: dict[int, list[str]] = {}
    for words, ptrs in adjs.values():
        for sym, tgt, pos, _ in ptrs:
            if sym == "\\" and pos == "n":
                demonyms.setdefault(tgt, []).extend(w for w in words if NAME.fullmatch(w))
    for offset, gloss in _glosses(wordnet / "data.noun").items():
        if not INHABITANT.match(gloss):
            continue  # a member of a place that is not its people: "Plato" of Athens, the Hutu
        words, ptrs = nouns[offset]
        for sym, tgt, pos, _ in ptrs:  # "Dane": a native of Denmark, a member (#m) of it
            if sym == "#m" and pos == "n":
                demonyms.setdefault(tgt, []).extend(w for w in words if NAME.fullmatch(w))
    kinds = _kinds(nouns)
    # a demonym of a place that is no country by WordNet's tree, whose name a country with no
    # demonym of its own also bears: "British" pertains to the island Great Britain, a name of
    # the United Kingdom. (Not to a city, whose namesakes are people: "Lincolnesque".)
    by_name: dict[str, list[int]] = {}
    for offset, kind in kinds.items():
        if kind == "country" and not demonyms.get(offset):
            for w in nouns[offset][0]:
                by_name.setdefault(w, []).append(offset)
    for offset in [o for o in demonyms if not kinds.get(o) and o in nouns]:
        for w in nouns[offset][0]:
            for other in by_name.get(w, []):
                demonyms.setdefault(other, []).extend(demonyms[offset])
    out = []
    for offset, (words, _) in nouns.items():
        kind = kinds.get(offset, "")
        names = [w for w in words if NAME.fullmatch(w)]
        if not kind or not names:
            continue
        names = list(dict.fromkeys(names + demonyms.get(offset, [])))
        out.append((kind, names, offset))
    # a state that no longer is ("a former communist country": the Soviet Union) keeps only the
    # names no other country bears, so that "Russian" does not state "Soviet": WordNet gives
    # the Soviet Union the name "Russia", which Russia has in its own right
    glosses = _glosses(wordnet / "data.noun")
    current = {
        w
        for kind, names, offset in out
        if kind == "country" and not _former(glosses.get(offset, ""))
        for w in names
    }
    kept = []
    for kind, names, offset in out:
        if kind == "country" and _former(glosses.get(offset, "")):
            names = [w for w in names if w not in current]
        if names:
            kept.append((kind, names))
    return sorted(kept, key=lambda kn: (kn[0], kn[1][0]))


def _former(gloss: str) -> bool:
    """Does WordNet's gloss give a state of the past ("a former communist country ...")?"""
    return gloss.startswith(("a former ", "an ancient ", "the former "))


NATIONAL_CAPITAL = 8691669  # national capital: "the capital city of a nation"
CAPITALS_OUT = OUT.parent / "capitals.txt"


def capitals(wordnet: Path) -> list[tuple[str, str]]:
    """(city, country) for each national capital WordNet places in its country (an instance of
    "national capital" and a part, #p, of a country): "the Kyrgyz capital" is Bishkek."""
    nouns = read_data(wordnet / "data.noun")
    countries = {w for kind, names in places(wordnet) if kind == "country" for w in names}
    out = []
    for words, ptrs in nouns.values():
        if not any(sym == "@i" and tgt == NATIONAL_CAPITAL for sym, tgt, _, _ in ptrs):
            continue
        city = next((w for w in words if NAME.fullmatch(w)), None)
        if city is None:
            continue
        # the country it is a part of, or the one its own name gives: "capital_of_Kazakhstan"
        named = [m.group(1) for w in words if (m := re.fullmatch(r"capital_of_(?:the_)?([A-Za-z_]+)", w))]
        parts = [w for sym, tgt, pos, _ in ptrs if sym == "#p" and pos == "n" for w in nouns[tgt][0]]
        for country in [*parts, *named]:
            if country in countries or country.replace("_", " ") == "United States":
                out.append((city, country.replace("_", " ")))
    return sorted(set(out))


LOCATED_OUT = OUT.parent / "located.txt"
PART_REACH = 3  # part-of links from a city up to its country: city, province, region, country


def located(wordnet: Path) -> list[tuple[str, str]]:
    """(city, country) for each city WordNet makes a part (#p) of a country, directly or
    through its province or state: "Almaty" of Kazakhstan, "Aktau" too. A claim's city
    facing the source's country is then a detail the source leaves out, not another place."""
    nouns = read_data(wordnet / "data.noun")
    kinds = _kinds(nouns)
    out = []
    for offset, kind in kinds.items():
        city = next((w for w in nouns[offset][0] if NAME.fullmatch(w)), None)
        if kind != "city" or city is None:
            continue
        level, seen = {offset}, {offset}
        for _ in range(PART_REACH):
            level = {t for o in level for sym, t, pos, _ in nouns[o][1] if sym == "#p" and pos == "n"} - seen
            seen |= level
            for o in level:
                if kinds.get(o) == "country":
                    name = next((w for w in nouns[o][0] if NAME.fullmatch(w) or w == "United_States"), None)
                    if name is not None:
                        out.append((city, name.replace("_", " ")))
    return sorted(set(out))


AMERICAN_STATE = 8655464  # American state
STATES_OUT = OUT.parent / "us-states.txt"


def states(wordnet: Path) -> dict[str, str]:
    """The postal code of each American state and its name ("IN": "Indiana"): WordNet lists
    the code among the state's names. For "Senator Richard Lugar (R-IN)"."""
    out = {}
    for words, ptrs in read_data(wordnet / "data.noun").values():
        if any(sym == "@i" and tgt == AMERICAN_STATE for sym, tgt, _, _ in ptrs):
            codes = [w for w in words if re.fullmatch(r"[A-Z]{2}", w)]
            if codes:
                out[codes[0]] = words[0].replace("_", " ")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    found = places(args.wordnet)
    OUT.write_text(HEADER + "".join(f"{k}\t{'|'.join(n)}\n" for k, n in found), encoding="utf-8")
    print(f"{len(found)} places -> {OUT}")
    tables = [
        (CAPITALS_OUT, "National capitals", "city<TAB>country", capitals(args.wordnet)),
        (LOCATED_OUT, "Cities and the countries they lie in", "city<TAB>country", located(args.wordnet)),
        (STATES_OUT, "American states by postal code", "code<TAB>name", sorted(states(args.wordnet).items())),
    ]
    for out, title, columns, rows in tables:
        head = HEADER.replace("Countries and cities", title).replace(
            "with other names and\n# demonyms, one place a line (kind<TAB>names)", f"{columns},\n# one a line"
        )
        out.write_text(head + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
        print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main()
