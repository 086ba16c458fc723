"""Write kzmil/data/nicknames.txt: the English given names that are one person's name, formal
and familiar ("Richard" and "Dick", "William" and "Bill", "Robert" and "Bob").

A claim that writes "Senator Dick Lugar" where the source says "Senator Richard Lugar" names
the same man; neither spelling rules nor transliteration join them. The pairs come from the
`nicknames` package (Carlton Northern and Nick Crews, Apache-2.0), a hand-curated list kept
for record linkage, not one cut to this corpus. kzmil reads the generated file at run time,
so the package is needed only to regenerate it (it is pinned in the `test` extra so that a
test can check the table against it):
    pip install 'nicknames==1.0.1'
    python3 scripts/nicknames_table.py

One line a name: `name<TAB>the names it is a nickname of or has as one, space apart`. The
relation is read both ways and never chained: "Dick" is Richard's and Dickson's, yet Richard
and Dickson do not meet through it.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from importlib import metadata, resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kzmil.forenames import TABLE as NAME
from kzmil.tables import write


def header() -> str:
    version = metadata.version("nicknames")
    return (
        f"# English given names and their nicknames, from the nicknames package {version}\n"
        "# (https://github.com/carltonnorthern/nicknames, Carlton Northern and Nick Crews),\n"
        "# licensed under the Apache License, Version 2.0: http://www.apache.org/licenses/LICENSE-2.0\n"
        "# Written by scripts/nicknames_table.py: name<TAB>names it is one with, space apart.\n"
    )


def table() -> dict[str, str]:
    text = resources.files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    pairs: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["relationship"] != "has_nickname":
            continue
        a, b = row["name1"].strip().lower(), row["name2"].strip().lower()
        if a == b or not (a.isalpha() and b.isalpha()):
            continue
        pairs.setdefault(a, set()).add(b)
        pairs.setdefault(b, set()).add(a)
    return {k: " ".join(sorted(v)) for k, v in pairs.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.parse_args()
    found = table()
    print(f"{len(found)} names -> {write(NAME, header(), found)}")


if __name__ == "__main__":
    main()
