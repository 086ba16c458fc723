"""Write kzmil/data/superlatives.txt: English superlative adjectives and what they rank by.

A claim that adds "the largest" or "the biggest" to a true sentence says more than its
source, so `kzmil check` requires a superlative to be stated (kzmil.superlatives). The forms
come from WordNet: its irregular forms (adj.exc: "best good", "biggest big") and the regular
"-est" forms of its adjectives of one or two syllables, made by English spelling rules
("large" -> "largest", "heavy" -> "heaviest", "big" -> "biggest"). A form that is itself a
noun or verb in WordNet ("interest", "forest", "latest") is left out.

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_superlatives.py [--wordnet /usr/share/wordnet]

One line a form: `form<TAB>stem of the adjective`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from wordnet_antonyms import HEADER as ANTONYM_HEADER

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.normalize import stem
from kzmil.tables import write

NAME = "superlatives.txt"
HEADER = ANTONYM_HEADER.replace(
    "# Direct antonyms from WordNet 3.0 (Princeton University), one pair a line, written by\n"
    "# scripts/wordnet_antonyms.py.",
    "# Superlative adjectives and the stem of what they rank by, from WordNet 3.0 (Princeton\n"
    "# University), written by scripts/wordnet_superlatives.py.",
)
WORD = re.compile(r"[a-z]{3,}")
VOWELS = "aeiou"
MAX_SYLLABLES = 2  # longer adjectives take "most": "the most significant"


def _lemmas(path: Path) -> list[str]:
    return [
        line.split()[0]
        for line in path.read_text(encoding="latin-1").splitlines()
        if not line.startswith(" ")
    ]


def regular(adjective: str) -> str:
    """The "-est" form by English spelling: largest, heaviest, biggest, newest."""
    a = adjective
    if a.endswith("e"):
        return a + "st"
    if a.endswith("y") and a[-2] not in VOWELS:
        return a[:-1] + "iest"
    if (
        a[-1] not in VOWELS + "wxy"
        and a[-2] in VOWELS
        and a[-3] not in VOWELS
        and len(re.findall("[aeiou]+", a)) == 1
    ):
        return a + a[-1] + "est"
    return a + "est"


def table(wordnet: Path) -> dict[str, str]:
    taken = set(_lemmas(wordnet / "index.noun")) | set(_lemmas(wordnet / "index.verb"))
    out: dict[str, str] = {}
    for a in _lemmas(wordnet / "index.adj"):
        if WORD.fullmatch(a) and not a.endswith("est") and len(re.findall("[aeiouy]+", a)) <= MAX_SYLLABLES:
            form = regular(a)
            if form not in taken:
                out[form] = stem(a)
    for line in (wordnet / "adj.exc").read_text(encoding="latin-1").splitlines():
        form, adjective = line.split()[:2]
        if form.endswith("st") and form != adjective and WORD.fullmatch(form):
            out[form] = stem(adjective)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    found = table(args.wordnet)
    print(f"{len(found)} forms -> {write(NAME, HEADER, found)}")


if __name__ == "__main__":
    main()
