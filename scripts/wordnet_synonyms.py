"""Write kzmil/data/synonyms.txt: which word stems WordNet lets stand for one another.

`kzmil check` requires each word that carries a claim's point to be stated by the evidence,
as itself or as a paraphrase. WordNet supplies the paraphrases: the other words of each of
a word's synsets, the words derivationally related to it ("retain"/"retention", "+"), and
adjectives similar to it ("&"). Stems are written with kzmil's own stemmer, so a lookup is
one dictionary access at run time.

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_synonyms.py [--wordnet /usr/share/wordnet]

One line a stem: `stem<TAB>stem stem ...`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wordnet_antonyms import WORD, header, read_data

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.normalize import STOPWORDS, stems

OUT = Path(__file__).resolve().parent.parent / "kzmil" / "data" / "synonyms.txt"
POS_FILES = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "s": "data.adj", "r": "data.adv"}
RELATED = {"+", "&"}  # derivationally related form, similar to
HEADER = header(
    "# Synonyms, derivations and similar adjectives from WordNet 3.0 (Princeton University),\n"
    "# as kzmil stems, one stem a line, written by scripts/wordnet_synonyms.py."
)


def table(wordnet: Path) -> dict[str, set[str]]:
    data = {name: read_data(wordnet / name) for name in set(POS_FILES.values())}
    groups: list[set[str]] = []
    for synsets in data.values():
        for words, ptrs in synsets.values():
            group = {w for w in words if WORD.fullmatch(w)}
            for sym, tgt, pos, st in ptrs:
                if sym not in RELATED:
                    continue
                target = data[POS_FILES[pos]][tgt][0]
                src_no, tgt_no = int(st[:2], 16), int(st[2:], 16)
                if src_no == 0:  # the whole synset is related: take all its words
                    group |= {w for w in target if WORD.fullmatch(w)}
                else:
                    w = target[tgt_no - 1]
                    if WORD.fullmatch(w):
                        group.add(w)
            if len(group) > 1:
                groups.append(group)
    return by_stem(groups)


def by_stem(groups: list[set[str]]) -> dict[str, set[str]]:
    """Each stem -> the other stems of every group its word is in (stop words left out)."""
    vocab = sorted({w for g in groups for w in g})
    stem_of = dict(zip(vocab, stems(vocab), strict=True))
    out: dict[str, set[str]] = {}
    for g in groups:
        sg = {stem_of[w] for w in g if w not in STOPWORDS}
        for s in sg:
            out.setdefault(s, set()).update(sg - {s})
    return {k: v for k, v in out.items() if v}


def write(out: Path, header: str, found: dict[str, set[str]]) -> None:
    """One line a stem, `stem<TAB>stem stem ...`, sorted, after the header."""
    out.write_text(
        header + "".join(f"{k}\t{' '.join(sorted(v))}\n" for k, v in sorted(found.items())), "utf-8"
    )
    print(f"{len(found)} stems -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    write(OUT, HEADER, table(args.wordnet))


if __name__ == "__main__":
    main()
