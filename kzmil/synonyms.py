"""Which word stems may stand for one another (data/synonyms.txt, from WordNet).

The file is sorted by stem, so a lookup is a binary search over its bytes: `kzmil check`
reads the few lines it needs and never loads the 3 MB table.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path


@cache
def _data() -> bytes:
    raw = (Path(__file__).parent / "data" / "synonyms.txt").read_bytes()
    pos = 0
    while raw.startswith(b"#", pos):  # the licence header
        pos = raw.find(b"\n", pos) + 1
    return raw[pos:]


def _line_at(data: bytes, pos: int) -> tuple[int, int]:
    """Start and end of the line holding byte `pos`."""
    start = data.rfind(b"\n", 0, pos) + 1
    end = data.find(b"\n", pos)
    return start, (len(data) if end < 0 else end)


@lru_cache(maxsize=4096)
def synonyms(word_stem: str) -> frozenset[str]:
    """The stems WordNet relates to this one: synonyms, derivations, similar adjectives."""
    data = _data()
    key = word_stem.encode("utf-8")
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start, end = _line_at(data, mid)
        line_key = data[start : data.find(b"\t", start, end)]
        if line_key == key:
            return frozenset(data[start + len(key) + 1 : end].decode("utf-8").split())
        if line_key < key:
            lo = end + 1
        else:
            hi = start
    return frozenset()
