"""Write kzmil/data/derivations.txt: the words WordNet derives from a word in its most frequent sense.

`kzmil check` credits a claim word that the passage states in another part of speech:
"retained" for "retention", "serve" for "service", "create" for "creation". WordNet links
such words sense by sense ("+", derivationally related form); here only the links from a
word's most frequent sense count, as in paraphrases.txt, so "serve" reaches "service" but not
every word of its thirteen other senses.

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_derivations.py [--wordnet /usr/share/wordnet]

One line a stem: `stem<TAB>stem stem ...`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wordnet_antonyms import WORD, header, read_data
from wordnet_paraphrases import INDEX_FILES, main_senses
from wordnet_synonyms import by_stem, write

OUT = Path(__file__).resolve().parent.parent / "kzmil" / "data" / "derivations.txt"
DATA_FILES = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "r": "data.adv"}
HEADER = header(
    "# Derivationally related forms of each word's most frequent sense, from WordNet 3.0\n"
    "# (Princeton University), as kzmil stems, one stem a line, written by\n"
    "# scripts/wordnet_derivations.py."
)


def table(wordnet: Path) -> dict[str, set[str]]:
    data = {pos: read_data(wordnet / name) for pos, name in DATA_FILES.items()}
    data["s"] = data["a"]  # satellite adjectives live in data.adj
    pairs: list[set[str]] = []
    for pos, name in INDEX_FILES.items():
        for lemma, offsets in main_senses(wordnet / name).items():
            for off in offsets:
                words, ptrs = data[pos][off]
                at = [i + 1 for i, w in enumerate(words) if w.lower() == lemma]
                for sym, tgt, tpos, st in ptrs:
                    if sym != "+" or int(st[:2], 16) not in at:
                        continue
                    other = data[tpos][tgt][0][int(st[2:], 16) - 1].lower()
                    if WORD.fullmatch(other):
                        pairs.append({lemma, other})
    return by_stem(pairs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    write(OUT, HEADER, table(args.wordnet))


if __name__ == "__main__":
    main()
