"""Write kzmil/data/hypernyms.txt: the more general verbs WordNet gives a verb's common sense.

A passage that says "Akhmetov lauded the armed forces" states "Akhmetov praised the armed
forces": to laud is a way of praising. So a claim word is stated by a passage word whose
most frequent sense has it among its direct hypernyms (the broader word in the claim, the
narrower one in the passage; never the other way round, which would add a manner or a kind
the source does not give). Verbs only: kzmil's stems join a noun and a verb, and a noun's
broader words reached verbs ("executive" a "kill", by way of "execute"); WordNet gives
adjectives and adverbs no hypernyms. One level only: two reach words as bare as "act".

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_hypernyms.py [--wordnet /usr/share/wordnet]

One line a stem: `stem<TAB>stem stem ...` (a narrower word -> its broader words).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wordnet_antonyms import WORD, header, read_data
from wordnet_paraphrases import main_senses
from wordnet_synonyms import write

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.normalize import STOPWORDS, stems

OUT = Path(__file__).resolve().parent.parent / "kzmil" / "data" / "hypernyms.txt"
FILES = {"v": ("index.verb", "data.verb")}
HYPERNYM = "@"  # WordNet's pointer to a broader synset (not "@i", an instance's class)
HEADER = header(
    "# Direct hypernyms of the most frequent senses from WordNet 3.0 (Princeton University),\n"
    "# as kzmil stems, one stem a line, written by scripts/wordnet_hypernyms.py."
)


def table(wordnet: Path) -> dict[str, set[str]]:
    pairs: list[tuple[str, set[str]]] = []
    for index_name, data_name in FILES.values():
        data = read_data(wordnet / data_name)
        senses = main_senses(wordnet / index_name)
        for lemma, offsets in senses.items():
            for off in offsets:
                # the broader word in its own most frequent sense too: "surprise" is a way to
                # "move" someone, but "moved" in a claim is mostly a going somewhere
                broader = {
                    w
                    for sym, tgt, _, _ in data[off][1]
                    if sym == HYPERNYM
                    for w in data[tgt][0]
                    if WORD.fullmatch(w) and w not in STOPWORDS and tgt in senses.get(w, ())
                }
                if broader and lemma not in STOPWORDS:
                    pairs.append((lemma, broader))
    vocab = sorted({w for lemma, b in pairs for w in (lemma, *b)})
    stem_of = dict(zip(vocab, stems(vocab), strict=True))
    out: dict[str, set[str]] = {}
    for lemma, broader in pairs:
        s = stem_of[lemma]
        out.setdefault(s, set()).update(stem_of[w] for w in broader if stem_of[w] != s)
    return {k: v for k, v in out.items() if v}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    write(OUT, HEADER, table(args.wordnet))


if __name__ == "__main__":
    main()
