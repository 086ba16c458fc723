"""Write kzmil/data/paraphrases.txt: the word stems WordNet makes synonyms in their common senses.

`kzmil check` credits a claim word that the passage states by a synonym ("assistance" for
"help"). WordNet's full synonym table (synonyms.txt) joins every sense of a word, so "keen"
reaches "cold" and "way" reaches half the dictionary: good for asking whether a word is
stated somehow, too loose to count towards how much of a claim a passage states. Here two
words are paraphrases only when they share a synset that is among the first TOP_SENSES
senses of each (WordNet lists a word's senses most frequent first, from its tagged corpus).

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_paraphrases.py [--wordnet /usr/share/wordnet]

One line a stem: `stem<TAB>stem stem ...`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wordnet_antonyms import WORD, header, read_data
from wordnet_synonyms import STOPWORDS, by_stem, stems, write

OUT = Path(__file__).resolve().parent.parent / "kzmil" / "data" / "paraphrases.txt"
INDEX_FILES = {"n": "index.noun", "v": "index.verb", "a": "index.adj", "r": "index.adv"}
TOP_SENSES = 1  # a word's senses that count: its most frequent one (two let "say" reach "allege")
# A word's senses for the near table, credited less than a close paraphrase: four reach
# "drills" for "exercises", "named" for "appointed", "states" for "countries"; "officer" and
# "post" share only a seventh sense, "take" and "demand" a fourteenth.
NEAR_SENSES = 4
NEAR_OUT = OUT.with_name("near.txt")
NEAR_HEADER = header(
    "# Synonyms in one of the first four senses of each, less the close ones of paraphrases.txt,\n"
    "# from WordNet 3.0 (Princeton University), as kzmil stems, written by scripts/wordnet_paraphrases.py."
)
HEADER = header(
    "# Synonyms in their most frequent senses from WordNet 3.0 (Princeton University),\n"
    "# as kzmil stems, one stem a line, written by scripts/wordnet_paraphrases.py."
)


def main_senses(path: Path, senses: int = TOP_SENSES, tagged: bool = False) -> dict[str, list[int]]:
    """lemma -> the offsets of its first `senses` synsets (index.* lists them by frequency).
    With `tagged`, only those WordNet's tagged corpus attests (an index line's tagsense_cnt):
    "quick" as a noun (the flesh under a nail) is never tagged, so "quickly" finds no kin among
    body parts."""
    out: dict[str, list[int]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        f = line.split()
        lemma, n_synsets, n_ptrs = f[0], int(f[2]), int(f[3])
        offsets = [int(x) for x in f[6 + n_ptrs : 6 + n_ptrs + n_synsets]]
        wanted = min(senses, int(f[5 + n_ptrs])) if tagged else senses
        if WORD.fullmatch(lemma) and wanted:
            out[lemma] = offsets[:wanted]
    return out


def table(wordnet: Path, senses: int = TOP_SENSES) -> dict[str, set[str]]:
    groups: dict[tuple[str, int], set[str]] = {}
    for pos, name in INDEX_FILES.items():
        for lemma, offsets in main_senses(wordnet / name, senses).items():
            for off in offsets:
                groups.setdefault((pos, off), set()).add(lemma)
    return by_stem(list(groups.values()))


def near_table(wordnet: Path) -> dict[str, set[str]]:
    """Synonyms in one of the first NEAR_SENSES senses of each word, less the close ones."""
    close = table(wordnet)
    wider = table(wordnet, NEAR_SENSES)
    near = {k: v - close.get(k, set()) for k, v in wider.items()}
    return {k: v for k, v in near.items() if v}


# A word's senses read for the kin table: its first two that WordNet's tagged corpus attests,
# where "weapon" is an instrument of fighting and "officer" a military officer.
KIN_SENSES = 2
KIN_OUT = OUT.with_name("kin.txt")
KIN_HEADER = header(
    '# Each word\'s narrower words, one is-a step down in WordNet (its hyponyms: "rifle" under\n'
    '# "weapon"), each in one of the first two tagged senses of the word, less the synonyms of\n'
    "# paraphrases.txt and near.txt, from WordNet 3.0 (Princeton University), as kzmil stems,\n"
    "# written by scripts/wordnet_paraphrases.py."
)
DATA_FILES = {"n": "data.noun", "v": "data.verb"}  # adjectives and adverbs have no is-a tree


def kin_table(wordnet: Path) -> dict[str, set[str]]:
    """Each stem -> the stems one is-a step narrower ("weapon" -> "rifle", "kill" ->
    "murder"), each word in one of its first KIN_SENSES tagged senses. Only that way round:
    a source's "rifle" states a claim's "weapon", but a source's "weapon" does not state a
    claim's "gun", nor "killed" a claim's "murdered"."""
    narrower: list[tuple[str, str]] = []
    for pos, name in DATA_FILES.items():
        holders: dict[int, set[str]] = {}
        for lemma, offsets in main_senses(wordnet / INDEX_FILES[pos], KIN_SENSES, tagged=True).items():
            for off in offsets:
                holders.setdefault(off, set()).add(lemma)
        synsets = read_data(wordnet / name)
        for off, lemmas in holders.items():
            for sym, tgt, tpos, _st in synsets[off][1]:
                if sym == "@" and tpos == pos:
                    narrower += [(broad, word) for broad in holders.get(tgt, ()) for word in lemmas]
    vocab = sorted({w for pair in narrower for w in pair})
    stem_of = dict(zip(vocab, stems(vocab), strict=True))
    kin: dict[str, set[str]] = {}
    for broad, word in narrower:
        if broad not in STOPWORDS and word not in STOPWORDS and stem_of[broad] != stem_of[word]:
            kin.setdefault(stem_of[broad], set()).add(stem_of[word])
    close, near = table(wordnet), near_table(wordnet)
    out = {k: v - close.get(k, set()) - near.get(k, set()) for k, v in kin.items()}
    return {k: v for k, v in out.items() if v}


# Sisters: nouns one is-a step under the same broader noun ("division" and "brigade" under
# "army unit"), each in its most frequent tagged sense. A broader noun with more narrower
# ones than this groups words too loosely to set one against another ("person").
SISTER_SENSES = 1
SISTERS_MAX = 12
# Only nouns of groups (WordNet's lexicographer file noun.group: units, services, bodies, as
# "division", "navy", "council"): abstract nouns and roles under one broader noun are used for
# each other ("threat" and "risk", "member" and "participant"), groups name other groups.
GROUP_LEXFILE = 14
SISTERS_OUT = OUT.with_name("sisters.txt")
SISTERS_HEADER = header(
    '# Nouns of groups one is-a step under the same broader noun ("division" and "brigade", "army"\n'
    '# and "navy"), each in its most frequent tagged sense, under a noun with at most twelve such,\n'
    "# less the synonyms and kin of the other tables, from WordNet 3.0 (Princeton University),\n"
    "# as kzmil stems, written by scripts/wordnet_paraphrases.py."
)


def _lexfile_synsets(path: Path, lexfile: int) -> set[int]:
    """The offsets of a data file's synsets in one lexicographer file (its second field)."""
    out = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.startswith(" ") and int(line.split(maxsplit=2)[1]) == lexfile:
            out.add(int(line.split(maxsplit=1)[0]))
    return out


Table = dict[str, set[str]]


def sister_table(
    wordnet: Path, close: Table | None = None, near: Table | None = None, kin: Table | None = None
) -> Table:
    """Each noun stem -> the stems of its sisters: the other words of the synsets that share
    its broader synset, when that one has 2 to SISTERS_MAX narrower synsets. Two sisters in
    one slot ("up to division commander" against "up to brigade commander") are two things.
    The close, near and kin tables are left out of it; `main` passes the ones it has written."""
    holders: dict[int, set[str]] = {}
    for lemma, offsets in main_senses(wordnet / INDEX_FILES["n"], SISTER_SENSES, tagged=True).items():
        for off in offsets:
            holders.setdefault(off, set()).add(lemma)
    synsets = read_data(wordnet / DATA_FILES["n"])
    groups = _lexfile_synsets(wordnet / DATA_FILES["n"], GROUP_LEXFILE)
    under: dict[int, set[int]] = {}
    for off in holders.keys() & groups:
        for sym, tgt, tpos, _st in synsets[off][1]:
            if sym == "@" and tpos == "n":
                under.setdefault(tgt, set()).add(off)
    pairs: list[tuple[str, str]] = []
    for members in under.values():
        if 2 <= len(members) <= SISTERS_MAX:
            pairs += [
                (a, b) for x in members for y in members if x != y for a in holders[x] for b in holders[y]
            ]
    vocab = sorted({w for pair in pairs for w in pair})
    stem_of = dict(zip(vocab, stems(vocab), strict=True))
    close = table(wordnet) if close is None else close
    near = near_table(wordnet) if near is None else near
    kin = kin_table(wordnet) if kin is None else kin
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        sa, sb = stem_of[a], stem_of[b]
        if a in STOPWORDS or b in STOPWORDS or sa == sb:
            continue
        if sb in close.get(sa, set()) | near.get(sa, set()) | kin.get(sa, set()) | kin.get(sb, set()):
            continue
        out.setdefault(sa, set()).add(sb)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    close, near, kin = table(args.wordnet), near_table(args.wordnet), kin_table(args.wordnet)
    write(OUT, HEADER, close)
    write(NEAR_OUT, NEAR_HEADER, near)
    write(KIN_OUT, KIN_HEADER, kin)
    write(SISTERS_OUT, SISTERS_HEADER, sister_table(args.wordnet, close, near, kin))


if __name__ == "__main__":
    main()
