"""Write kzmil/data/spellings.txt: the British and American spellings of one English word.

A claim written in British English ("the Partnership for Peace programme", "organised",
"the centre") must meet a source written in American English ("program", "organized",
"center"), and the reverse. The stemmer keeps them apart ("programm", "program"). WordNet
lists both spellings of a word as lemmas of the same synset ("program, programme"); two
lemmas of one synset are kept as one word's spellings when the usual regional rewrites
("our"/"or", "ise"/"ize", "yse"/"yze", "tre"/"ter", "mme"/"m", "ence"/"ense", "ogue"/"og",
"ll"/"l", "ae"/"e", "oe"/"e") make them the same.

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_spellings.py [--wordnet /usr/share/wordnet]

One line a stem: `stem<TAB>its other spellings' stems, space apart`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from wordnet_antonyms import HEADER as ANTONYM_HEADER
from wordnet_antonyms import read_data

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.normalize import stem
from kzmil.tables import write

NAME = "spellings.txt"
HEADER = ANTONYM_HEADER.replace(
    "# Direct antonyms from WordNet 3.0 (Princeton University), one pair a line, written by\n"
    "# scripts/wordnet_antonyms.py.",
    "# British and American spellings of one word, as kzmil stems, from WordNet 3.0 (Princeton\n"
    "# University), written by scripts/wordnet_spellings.py.",
)
WORD = re.compile(r"[a-z]{4,}")
DATA_FILES = ("data.noun", "data.verb", "data.adj", "data.adv")
# The regional rewrites, British to American, in the order they are tried on a word.
REWRITES = (
    (r"our", "or"),
    (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"),
    (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
    (r"tre(s)?$", r"ter\1"),
    (r"mme(s)?$", r"m\1"),
    (r"ence$", "ense"),
    (r"ogue(s)?$", r"og\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"),
    (r"ae", "e"),
    (r"oe", "e"),
)


STEM_SLACK = 1  # letters two spellings' stems may differ by: "programm"/"program", "centr"/"center"


def american(word: str) -> str:
    for pattern, repl in REWRITES:
        word = re.sub(pattern, repl, word)
    return word


def table(wordnet: Path) -> dict[str, str]:
    pairs: dict[str, set[str]] = {}
    for name in DATA_FILES:
        for words, _ in read_data(wordnet / name).values():
            lemmas = sorted({w.lower() for w in words if WORD.fullmatch(w.lower())})
            for i, a in enumerate(lemmas):
                for b in lemmas[i + 1 :]:
                    if american(a) != american(b):
                        continue
                    sa, sb = stem(a), stem(b)
                    # the stemmer strips "-ize" ("organize" -> "organ") but not "-ise": a stem
                    # that short is another word's too ("organ", "woman", "actual")
                    if sa != sb and abs(len(sa) - len(sb)) <= STEM_SLACK:
                        pairs.setdefault(sa, set()).add(sb)
                        pairs.setdefault(sb, set()).add(sa)
    return {k: " ".join(sorted(v)) for k, v in pairs.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    found = table(args.wordnet)
    print(f"{len(found)} stems -> {write(NAME, HEADER, found)}")


if __name__ == "__main__":
    main()
