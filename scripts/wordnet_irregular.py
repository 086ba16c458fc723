"""Write kzmil/data/irregular.txt: English irregular past forms of verbs and their verb.

`kzmil check` reads a claim's past-tense verb as the deed it asserts ("Kazakhstan sent aid",
"it has taken delivery"), and must know "sent" and "taken" for past forms though they do not
end in "-ed". The forms come from WordNet's verb exceptions (verb.exc: "sent send"), keeping
those that are not themselves a verb of WordNet's ("found", "saw" and "fell" are verbs of
their own; "-ed" forms are read by their ending).

kzmil reads the generated file at run time, so WordNet is needed only to regenerate it:
    apt-get install wordnet-base
    python3 scripts/wordnet_irregular.py [--wordnet /usr/share/wordnet]

One line a form: `form<TAB>the verb`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from wordnet_antonyms import HEADER as ANTONYM_HEADER
from wordnet_superlatives import _lemmas

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.tables import write

NAME = "irregular.txt"
HEADER = ANTONYM_HEADER.replace(
    "# Direct antonyms from WordNet 3.0 (Princeton University), one pair a line, written by\n"
    "# scripts/wordnet_antonyms.py.",
    "# Irregular past forms of English verbs and their verb, from WordNet 3.0 (Princeton\n"
    "# University), written by scripts/wordnet_irregular.py.",
)
WORD = re.compile(r"[a-z]{3,}")
# verb.exc also lists present forms ("manning", "goes"), and "-ed" forms are read by their ending
PRESENT = ("ing", "s", "ed")
SHORT_PAST = 4  # "led", "fed", "fled", "shed": pasts in "-ed" too short to read by their ending


def table(wordnet: Path) -> dict[str, str]:
    taken = set(_lemmas(wordnet / "index.verb"))
    out: dict[str, str] = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, verb = line.split()[:2]
        regular = form.endswith(PRESENT) and not (form.endswith("ed") and len(form) <= SHORT_PAST)
        if WORD.fullmatch(form) and form != verb and not regular and form not in taken:
            out[form] = verb
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = ap.parse_args()
    found = table(args.wordnet)
    print(f"{len(found)} forms -> {write(NAME, HEADER, found)}")


if __name__ == "__main__":
    main()
