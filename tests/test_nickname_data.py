"""The nickname table kzmil ships is exactly what scripts/nicknames_table.py writes from the
`nicknames` package it is pinned to (the `test` extra installs it)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kzmil.forenames import nicknamed, nicknames
from kzmil.tables import DATA

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "nicknames_table.py"


def test_the_nickname_table_is_what_the_package_gives() -> None:
    pytest.importorskip("nicknames")
    spec = importlib.util.spec_from_file_location("nicknames_table", SCRIPT)
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    text = (DATA / "nicknames.txt").read_text(encoding="utf-8")
    assert text.startswith(script.header())
    rows = dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert rows == script.table()


def test_a_nickname_is_read_both_ways_and_not_chained() -> None:
    assert nicknamed("dick", "richard") and nicknamed("richard", "dick")
    assert nicknamed("bill", "william") and not nicknamed("bill", "richard")
    assert "dickson" in nicknames("dick") and not nicknamed("dickson", "richard")  # both Dick, not each other
    assert not nicknamed("richard", "richard")
