"""Sorted `key<TAB>value` data files, read by binary search over their bytes.

The verdict's lexicons (WordNet synonyms, VADER valences, antonym stems) hold tens of
thousands of lines, of which one claim needs a few dozen. Mapping the file into memory and
bisecting it touches a few pages; parsing it into a dict would cost 5-30 ms on every
`kzmil check`, and even reading the 3 MB synonym table whole costs some 3 ms.
"""

from __future__ import annotations

import mmap
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@cache
def _mapped(name: str) -> tuple[bytes | mmap.mmap, int]:
    """The table's bytes, mapped, and where its rows start (after the header: licence,
    provenance)."""
    with (DATA / name).open("rb") as f:
        try:
            data: bytes | mmap.mmap = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            data = b""
    pos = 0
    while data[pos : pos + 1] == b"#":
        pos = data.find(b"\n", pos) + 1
        if pos == 0:
            return data, len(data)
    return data, pos


def table_bytes(name: str) -> bytes:
    """A table's rows as bytes (its header left out), for a reader that wants them all."""
    data, pos = _mapped(name)
    return bytes(data[pos:])


@cache
def lookup(name: str, key: str) -> str | None:
    """The value for `key` in data file `name` (sorted by key, byte order), or None.
    Kept per key: a draft's statements look up the same words again and again."""
    data, lo = _mapped(name)
    want = key.encode("utf-8")
    hi = len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", mid)
        end = len(data) if end < 0 else end
        tab = data.find(b"\t", start, end)
        line_key = data[start:tab] if tab >= 0 else data[start:end]
        if line_key == want:
            return data[tab + 1 : end].decode("utf-8") if tab >= 0 else ""
        if line_key < want:
            lo = end + 1
        else:
            hi = start
    return None


def write(name: str, header: str, rows: dict[str, str]) -> Path:
    """Write a table that `lookup` can read: header lines, then rows sorted by key bytes."""
    path = DATA / name
    body = "".join(f"{k}\t{rows[k]}\n" for k in sorted(rows, key=lambda k: k.encode("utf-8")))
    path.write_text(header + body, encoding="utf-8")
    return path


def past_form(word: str) -> bool:
    """Is the word a verb's past form: in "-ed", or one irregular.txt lists ("met", "left")?"""
    return word.endswith("ed") or lookup("irregular.txt", word) is not None
