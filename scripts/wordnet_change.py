"""Write kzmil/data/change.txt: which word stems say an amount went up, and which down.

"The budget shrank" against "an almost 75 percent increase", "cooperation will be scaled
back" against "will be increased": the two sides name a change of opposite direction with
words WordNet does not list as antonyms. WordNet does file them under one of two roots:
every verb and noun below `increase` (become or make bigger, a change that makes bigger) says
up, every one below `decrease` says down. A word found below both roots says neither.
Two-word verbs ("scale back", "cut down") are kept as two stems joined by a space.

It also writes kzmil/data/change-by.txt: the verbs that have a change of amount among any of
their senses, not only the main one ("fell", "climbed", "slipped"). kzmil reads them as a
change only before a figure ("fell by almost 75 percent", "rose to 143 billion"), where no
other sense fits.

kzmil reads the generated files at run time, so WordNet is needed only to regenerate them:
    apt-get install wordnet-base
    python3 scripts/wordnet_change.py [--wordnet /usr/share/wordnet]

One line a stem: `stem<TAB>up` or `stem<TAB>down`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from wordnet_antonyms import HEADER as ANTONYM_HEADER
from wordnet_antonyms import read_data

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.normalize import stems
from kzmil.tables import write

# The roots, as (data file, lemma): all their senses, and everything below them. Getting
# stronger or better is a change up as much as growing is ("strengthening" and "enhance").
ROOTS = {
    "up": [
        ("data.verb", "increase"),
        ("data.noun", "increase"),
        ("data.verb", "strengthen"),
        ("data.verb", "improve"),
        ("data.noun", "improvement"),
    ],
    "down": [
        ("data.verb", "decrease"),
        ("data.noun", "decrease"),
        ("data.verb", "weaken"),
        ("data.verb", "worsen"),
        ("data.noun", "deterioration"),
    ],
}
INDEX_FILES = {"data.verb": "index.verb", "data.noun": "index.noun"}
# The roots whose verbs, in any sense, change an amount before a figure: "rose to", "fell by".
BEFORE_A_FIGURE = {("data.verb", "increase"), ("data.verb", "decrease")}
EXCEPTIONS = {"data.verb": "verb.exc", "data.noun": "noun.exc"}
LEMMA = re.compile(r"[a-z]{3,}(_(up|down|back|off|out))?")  # one word, or a verb and its particle
HYPONYM = {"~", "~i"}
HEADER = ANTONYM_HEADER.replace(
    "# Direct antonyms from WordNet 3.0 (Princeton University), one pair a line, written by\n"
    "# scripts/wordnet_antonyms.py.",
    "# Words of change up or down: the hyponyms of increase, strengthen and improve, and of\n"
    "# decrease, weaken and worsen, in WordNet 3.0\n"
    "# (Princeton University), as kzmil stems, written by scripts/wordnet_change.py.",
)


# A word counts when its most frequent sense is a change of amount, or its second is and it
# has few senses: "cut" (41 senses, first "separate with a blade") does not, "shrink" does.
FEW_SENSES = 6
# A tagged word counts when at least this share of its uses are a change of amount: "reduce"
# (also "reduce to ashes", "reduce a fraction") does, "cut" (mostly a stroke) does not.
CHANGE_SHARE = 1 / 3

Synsets = dict[int, tuple[list[str], list[tuple[str, int, str, str]]]]


def read_index(path: Path) -> dict[str, list[int]]:
    """A WordNet index.* file: lemma -> its synset offsets, most frequent sense first."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        f = line.split()
        if f and not line.startswith(" "):
            out[f[0]] = [int(x) for x in f[6 + int(f[3]) :]]
    return out


def below(data: Synsets, roots: list[int]) -> set[int]:
    seen: set[int] = set()
    todo = list(roots)
    while todo:
        off = todo.pop()
        if off not in seen:
            seen.add(off)
            todo += [tgt for sym, tgt, _, _ in data[off][1] if sym in HYPONYM]
    return seen


def _mainly(
    word: str, pos: str, index: dict[str, dict[str, list[int]]], synsets: set[int], counts: Counts
) -> bool:
    """Does the word mostly mean a change of amount? By how often WordNet's tagged corpus uses
    each of its senses, verb and noun together ("contract" is mostly an agreement, "cut"
    mostly a stroke); for a word never tagged, by its most frequent senses."""
    mine = index[pos].get(word, [])
    tagged = {p: counts.get((word, p), {}) for p in POS}
    total = sum(n for by_sense in tagged.values() for n in by_sense.values())
    if total:
        change = sum(n for k, n in tagged[pos].items() if k <= len(mine) and mine[k - 1] in synsets)
        return change >= CHANGE_SHARE * total
    if not mine:
        return False
    second = len(mine) > 1 and mine[1] in synsets and len(mine) <= FEW_SENSES
    return mine[0] in synsets or second


Counts = dict[tuple[str, str], dict[int, int]]  # (lemma, pos) -> sense number -> times tagged
POS = {"data.verb": "2", "data.noun": "1"}  # sense-key part of speech


def read_counts(path: Path) -> Counts:
    """WordNet's cntlist.rev: how often SemCor tags each sense of each word."""
    out: Counts = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, _, rest = key.partition("%")
        out.setdefault((lemma, rest[:1]), {})[int(number)] = int(count)
    return out


def table(wordnet: Path, mainly: bool = True) -> dict[str, str]:
    """Stem -> "up" or "down". With `mainly` false: every verb with such a sense at all."""
    data = {name: read_data(wordnet / name) for name in INDEX_FILES}
    index = {name: read_index(wordnet / f) for name, f in INDEX_FILES.items()}
    counts = {
        (w, pos): by_sense
        for (w, code), by_sense in read_counts(wordnet / "cntlist.rev").items()
        for pos, c in POS.items()
        if c == code
    }
    found: dict[str, set[str]] = {"up": set(), "down": set()}
    for way, roots in ROOTS.items():
        for name, lemma in roots:
            synsets = below(data[name], index[name][lemma])
            if not mainly:
                if (name, lemma) not in BEFORE_A_FIGURE:
                    continue
                # the root senses and those just below them: deeper ("give", "extend",
                # "train" by way of "expand") the change is too far from the verb's sense
                tops = index[name][lemma]
                synsets = set(tops) | {
                    t for off in tops for sym, t, _, _ in data[name][off][1] if sym in HYPONYM
                }
            for off in synsets:
                for w in (w.lower() for w in data[name][off][0]):
                    if not LEMMA.fullmatch(w):
                        continue
                    if (mainly and _mainly(w, name, index, synsets, counts)) or (
                        not mainly and name == "data.verb"
                    ):
                        found[way].add(w)
    for words in found.values():  # irregular forms: "shrank", "grew", "cutbacks"
        for exc in EXCEPTIONS.values():
            for line in (wordnet / exc).read_text(encoding="latin-1").splitlines():
                form, *bases = line.split()
                if any(b in words for b in bases) and LEMMA.fullmatch(form):
                    words.add(form)
    out: dict[str, str] = {}
    for way, words in found.items():
        for w in words:
            key = " ".join(stems(w.split("_")))
            out[key] = "both" if out.get(key, way) != way else way

    # a stem stands for every word that shares it: "contract" is also the stem of
    # "contraction", and "contract" itself mostly means an agreement
    def used(w: str) -> int:
        return sum(n for name in INDEX_FILES for n in counts.get((w, name), {}).values())

    kept = found["up"] | found["down"]
    strongest: dict[str, int] = {}
    for w in kept:
        key = " ".join(stems(w.split("_")))
        strongest[key] = max(strongest.get(key, 0), used(w))
    for name in INDEX_FILES if mainly else ():
        for w in index[name]:
            key = " ".join(stems(w.split("_")))
            if key in out and w not in kept and used(w) > strongest[key]:
                out[key] = "both"
    return {k: v for k, v in out.items() if v != "both"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    found = table(args.wordnet)
    print(f"{len(found)} stems -> {write('change.txt', HEADER, found)}")
    main_ones = set(found)
    by = {k: v for k, v in table(args.wordnet, mainly=False).items() if k not in main_ones}
    header = HEADER.replace("the hyponyms of", "the verbs with a sense among the hyponyms of").replace(
        "# Words of change up or down:", "# Verbs of change up or down before a figure:"
    )
    print(f"{len(by)} stems -> {write('change-by.txt', header, by)}")


if __name__ == "__main__":
    main()
