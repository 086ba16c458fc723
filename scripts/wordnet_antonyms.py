"""Write kzmil/data/antonyms.txt from WordNet's direct antonym relation.

The direct pairs and kzmil.antonyms' extra pairs are each carried over to the words WordNet
derives from either side ("+", lemma to lemma): support/oppose gives support/opposition.
Adverbs of manner are also paired through their adjectives' clusters (`indirect_adverbs`),
in a table of their own (data/antonym-adverbs.txt) that kzmil reads word for word.

kzmil reads the generated files at run time, so WordNet is needed only to regenerate them:
    apt-get install wordnet-base    # Debian's WordNet 3.0 database
    python3 scripts/wordnet_antonyms.py [--wordnet /usr/share/wordnet]
It also writes data/antonym-stems.txt, the stemmed table kzmil looks words up in
(`--stems-only` rewrites just that one, with no WordNet; a new extra pair then lacks its
derived forms until the next full run).

A pair is kept when both lemmas are single lower-case words of three letters or more;
multi-word lemmas ("in_on_the_act") and proper names cannot face each other in a claim.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

POS_FILES = {"n": "data.noun", "v": "data.verb", "a": "data.adj", "s": "data.adj", "r": "data.adv"}
WORD = re.compile(r"[a-z]{3,}")
OUT = Path(__file__).resolve().parent.parent / "kzmil" / "data" / "antonyms.txt"
HEADER = """\
# Direct antonyms from WordNet 3.0 (Princeton University), one pair a line, written by
# scripts/wordnet_antonyms.py. WordNet 3.0 Copyright 2006 by Princeton University. All rights
# reserved. Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that you
# agree to comply with the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and documentation, including
# modifications that you make for internal use or for distribution. THIS SOFTWARE AND DATABASE
# IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS
# OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""


def header(title: str) -> str:
    """HEADER with its first two lines (what the file holds, which script wrote it) replaced by
    `title`: every table taken from WordNet carries the same licence."""
    return HEADER.replace(
        "# Direct antonyms from WordNet 3.0 (Princeton University), one pair a line, written by\n"
        "# scripts/wordnet_antonyms.py.",
        title,
    )


Pointer = tuple[str, int, str, str]  # symbol, target offset, target pos, source/target numbers (hex)


def read_data(path: Path) -> dict[int, tuple[list[str], list[Pointer]]]:
    """One of WordNet's data.* files: offset -> (the synset's words, its pointers).
    The reader every scripts/wordnet_*.py shares."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        f = line.split(" | ")[0].split()
        offset, n_words = int(f[0]), int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]) for i in range(n_words)]
        k = 4 + 2 * n_words
        ptrs = [
            (f[k + 1 + 4 * j], int(f[k + 2 + 4 * j]), f[k + 3 + 4 * j], f[k + 4 + 4 * j])
            for j in range(int(f[k]))
        ]
        out[offset] = (words, ptrs)
    return out


def synsets(path: Path) -> dict[int, tuple[list[str], list[tuple[int, str, int, int]]]]:
    """offset -> (words, antonym pointers as (target offset, target pos, source no, target no))."""
    return {
        offset: (
            words,
            [(tgt, pos, int(st[:2], 16), int(st[2:], 16)) for sym, tgt, pos, st in ptrs if sym == "!"],
        )
        for offset, (words, ptrs) in read_data(path).items()
    }


def pairs(wordnet: Path) -> set[tuple[str, str]]:
    data = {name: synsets(wordnet / name) for name in set(POS_FILES.values())}
    found = set()
    for table in data.values():
        for words, ptrs in table.values():
            for tgt, pos, src_no, tgt_no in ptrs:
                a = words[src_no - 1]
                b = data[POS_FILES[pos]][tgt][0][tgt_no - 1]
                if WORD.fullmatch(a) and WORD.fullmatch(b) and a != b:
                    found.add((min(a, b), max(a, b)))
    return found


def derivations(wordnet: Path) -> dict[str, set[str]]:
    """Word -> the words WordNet derives from it or it from them ("oppose"/"opposition", the
    "+" pointer, lemma to lemma), so an antonym pair holds across parts of speech: a claim's
    "supported" against a source's "voiced opposition"."""
    data = {name: read_data(wordnet / name) for name in set(POS_FILES.values())}
    out: dict[str, set[str]] = {}
    for table in data.values():
        for words, ptrs in table.values():
            for sym, tgt, pos, st in ptrs:
                src_no, tgt_no = int(st[:2], 16), int(st[2:], 16)
                if sym != "+" or not src_no or not tgt_no:
                    continue
                a = words[src_no - 1]
                b = data[POS_FILES[pos]][tgt][0][tgt_no - 1]
                if WORD.fullmatch(a) and WORD.fullmatch(b) and a != b:
                    out.setdefault(a, set()).add(b)
                    out.setdefault(b, set()).add(a)
    return out


def derived(found: set[tuple[str, str]], derive: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Each pair, and each word derived from one side against the other side."""
    out = set(found)
    for a, b in found:
        for x, y in ((a, b), (b, a)):
            for d in derive.get(x, ()):
                # "-er" makes an agent noun and a comparative alike: WordNet's "closer" (one
                # who closes) would make "closer to NATO" the opposite of "opened"
                if d != y and not d.endswith("er"):
                    out.add((min(d, y), max(d, y)))
    return out


def indirect_adverbs(wordnet: Path) -> set[tuple[str, str]]:
    """Adverbs of manner whose adjectives WordNet sets against each other indirectly: an
    adjective "similar to" one head against the head's antonym ("swift", like "fast", against
    "slow"), sense by sense through the adverb's "pertains to" pointer. So "swiftly" faces
    "slowly" as "quickly" does; the adjectives themselves are left out, their clusters being too
    loose for a claim's words ("great" against "ordinary")."""
    adj = read_data(wordnet / "data.adj")
    adverbs: dict[int, set[str]] = {}  # adjective synset -> the adverbs that pertain to it
    for words, ptrs in read_data(wordnet / "data.adv").values():
        for sym, tgt, pos, st in ptrs:
            src = int(st[:2], 16)
            if sym == "\\" and pos in "as":
                adverbs.setdefault(tgt, set()).update(
                    w for i, w in enumerate(words) if src in (0, i + 1) and WORD.fullmatch(w)
                )
    found = set()
    for offset, (_, ptrs) in adj.items():
        similar = [offset, *(tgt for sym, tgt, _, _ in ptrs if sym == "&")]
        for head in (tgt for sym, tgt, _, _ in ptrs if sym == "!"):
            for a in (w for s in similar for w in adverbs.get(s, ())):
                found.update((min(a, b), max(a, b)) for b in adverbs.get(head, ()) if a != b)
    return found


ADVERB_TABLE = "antonym-adverbs.txt"


def adverb_table(pairs: set[tuple[str, str]]) -> dict[str, str]:
    """Word -> the words it faces (space-separated), both ways round."""
    table: dict[str, set[str]] = {}
    for a, b in pairs:
        table.setdefault(a, set()).add(b)
        table.setdefault(b, set()).add(a)
    return {k: " ".join(sorted(v)) for k, v in table.items()}


def write_adverbs(pairs: set[tuple[str, str]]) -> None:
    """The adverbs of `indirect_adverbs`, looked up as written, never stemmed: a stem would
    make "cuttingly"/"kindly" into "cut"/"kind", and "closely"/"deep" into "close"/"deep"."""
    from kzmil.tables import write

    title = header(
        "# Adverbs of manner set against each other through their adjectives' WordNet clusters,\n"
        "# written by scripts/wordnet_antonyms.py (`indirect_adverbs`), read word for word."
    )
    print(f"{len(pairs)} adverb pairs -> {write(ADVERB_TABLE, title, adverb_table(pairs))}")


def write_stems() -> None:
    """The stemmed lookup table kzmil reads at run time (needs no WordNet)."""
    from kzmil.antonyms import STEM_TABLE, build_table
    from kzmil.tables import write

    header = "# Antonym stems: data/antonyms.txt and kzmil.antonyms' extra pairs, stemmed, written by\n"
    header += "# scripts/wordnet_antonyms.py (see antonyms.txt for WordNet's licence).\n"
    table = build_table()
    print(f"{len(table)} stems -> {write(STEM_TABLE, header, table)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--stems-only", action="store_true", help="only rewrite the stem table")
    args = ap.parse_args()
    if not args.stems_only:
        from kzmil.antonyms import extra_pairs

        direct = pairs(args.wordnet) | {(min(a, b), max(a, b)) for a, b in extra_pairs()}
        found = sorted(derived(direct, derivations(args.wordnet)))
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(HEADER + "".join(f"{a} {b}\n" for a, b in found), encoding="utf-8")
        print(f"{len(found)} pairs -> {OUT}")
        write_adverbs(indirect_adverbs(args.wordnet))
    write_stems()


if __name__ == "__main__":
    main()
