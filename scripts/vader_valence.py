"""Write kzmil/data/valence.txt: VADER's human-rated word valences, one word a line.

`kzmil check` needs the valence of a few dozen words per claim. VADER (vaderSentiment,
C.J. Hutto, MIT licence) rates 7,500 English words from -4 to +4; reading its lexicon into a
dict costs about 7 ms per run and the package pulls in `requests`, so the lexicon is copied
here, sorted, and read by binary search (see kzmil/tables.py). Regenerate it with:
    python3 -m pip install vaderSentiment
    python3 scripts/vader_valence.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.tables import write

HEADER = """\
# Word valences from the VADER sentiment lexicon (vaderSentiment 3.3, C.J. Hutto and
# E. Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
# Text", ICWSM 2014), single lower-case words only, written by scripts/vader_valence.py.
# MIT licence: Copyright (c) 2016 C.J. Hutto. Permission is hereby granted, free of charge,
# to any person obtaining a copy of this software and associated documentation files, to
# deal in the Software without restriction, subject to the following conditions: the above
# copyright notice and this permission notice shall be included in all copies or substantial
# portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


def valences() -> dict[str, str]:
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("vaderSentiment is not installed: python3 -m pip install vaderSentiment")
    folder = Path(next(iter(spec.submodule_search_locations)))
    out = {}
    for line in (folder / "vader_lexicon.txt").read_text(encoding="utf-8").splitlines():
        word, _, rest = line.partition("\t")
        if word.isalpha() and word.islower():
            out[word] = rest.partition("\t")[0]
    return out


def main() -> None:
    rows = valences()
    print(f"{len(rows)} words -> {write('valence.txt', HEADER, rows)}")


if __name__ == "__main__":
    main()
