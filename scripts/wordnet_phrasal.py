"""Write kzmil/data/phrasal.txt: WordNet's two-word verbs ("carry out", "set up", "take part")
and the one-word verbs that mean the same in their common senses ("fulfil", "establish",
"participate").

A journalist writes "carried out" where the source says "fulfilled", "set up" where it says
"created". WordNet lists such verbs as lemmas of two words (`carry_out`), which the one-word
tables (synonyms.txt, paraphrases.txt) leave out. Here a two-word verb and a one-word verb are
paraphrases only when they share a synset that is the first sense of each, as in
paraphrases.txt.

Two kinds of row, both as kzmil stems:
- `verb particle<TAB>stem stem ...`: a two-word verb, the verb in its base form ("carri out");
- `stem<TAB>verb particle,verb particle`: a one-word verb, and the two-word verbs it paraphrases.

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_phrasal.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from wordnet_antonyms import header
from wordnet_paraphrases import main_senses

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.normalize import STOPWORDS, stem
from kzmil.tables import write

NAME = "phrasal.txt"
TWO_WORDS = re.compile(r"([a-z]{2,})_([a-z]{2,})")
HEADER = header(
    "# Two-word verbs and the one-word verbs they paraphrase, from WordNet 3.0 (Princeton\n"
    "# University), as kzmil stems, written by scripts/wordnet_phrasal.py."
)


def first_senses(path: Path, pattern: re.Pattern[str]) -> dict[str, int]:
    """lemma -> its most frequent synset, for the lemmas `pattern` matches."""
    out: dict[str, int] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, n_ptrs = f[0], int(f[3])
        if pattern.fullmatch(lemma):
            out[lemma] = int(f[6 + n_ptrs])
    return out


def table(wordnet: Path) -> dict[str, str]:
    index = wordnet / "index.verb"
    phrases = first_senses(index, TWO_WORDS)
    single: dict[int, set[str]] = {}
    for lemma, offsets in main_senses(index).items():
        if lemma not in STOPWORDS:
            for off in offsets:
                single.setdefault(off, set()).add(stem(lemma))
    rows: dict[str, set[str]] = {}
    for lemma, off in phrases.items():
        verb, particle = lemma.split("_")
        key = f"{stem(verb)} {stem(particle)}"
        words = single.get(off, set()) - {stem(verb)}
        if words:
            rows.setdefault(key, set()).update(words)
            for w in words:
                rows.setdefault(w, set()).add(key)
    return {k: (",".join(sorted(v)) if " " not in k else " ".join(sorted(v))) for k, v in rows.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    rows = table(args.wordnet)
    print(f"{len(rows)} rows -> {write(NAME, HEADER, rows)}")


if __name__ == "__main__":
    main()
