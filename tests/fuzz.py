"""Fuzz the normaliser, the segmenter, the matcher and the verdict with hypothesis, at scale.

    python tests/fuzz.py --examples 20000

Each target checks invariants, not just "does not crash": token spans lie inside the
text and in order, sentence offsets are ordered and non-overlapping, scores stay in
0-100 and matched spans inside the passage. Prints how many inputs each target saw
and every failure found (hypothesis shrinks each one to a minimal example).
Not collected by pytest (the name does not start with test_); the test suite runs the
same properties with few examples.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kzmil import config
from kzmil.conflicts import name_conflicts, polarity_conflicts, quantity_conflicts
from kzmil.match import match_span, parse_query, score_tokens
from kzmil.normalize import tokenize
from kzmil.quantities import extract
from kzmil.search import find
from kzmil.segment import sentences
from kzmil.store import open_index
from kzmil.verdict import check

WORDS = [
    "one",
    "hundred",
    "and",
    "ten",
    "third",
    "billion",
    "$52m",
    "75%",
    "per",
    "cent",
    "U.S.",
    "Mr.",
    "9/11",
    "November",
    "17",
    "not",
    "little",
    "a",
    "-",
    ".",
    "\n\n",
    "\n",
    " ",
    "“",
    "”",
    "’s",
    "3,000",
    "1.1",
    "multi-layered",
    "NEAR(",
    "AND",
    "*",
    "\x00",
    "\u202e",
    "e\u0301",
    "\U0001f600",
    "\ud800",
    "Ⅻ",
    "²",
]
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=40).map(" ".join) | st.text(
    max_size=400
)
COUNTS: dict[str, int] = {}


def counted(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


def check_tokenize(text: str) -> None:
    counted("normalise")
    prev = -1
    for tok in tokenize(text):
        assert 0 <= tok.start < tok.end <= len(text), tok
        assert tok.start >= prev or tok.synthetic, tok
        prev = tok.start
    extract(text, tokenize(text))


def check_segment(text: str) -> None:
    counted("segment")
    end = 0
    for s in sentences(text):
        assert end <= s.start < s.end <= len(text)
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        end = s.end


def check_match(claim: str, passage: str) -> None:
    counted("match")
    query = parse_query(claim)
    for term in query.terms:
        term.weight = 1.0
    ptoks = tokenize(passage)
    scored = score_tokens(query, passage, ptoks)
    assert 0.0 <= scored.score <= 100.0 + 1e-9
    span = match_span(ptoks, scored.token_hits)
    if span:
        assert 0 <= span[0] <= span[1] <= len(passage)
    ctoks = tokenize(claim)
    quantity_conflicts(claim, ctoks, passage, ptoks)
    name_conflicts(claim, ctoks, passage, ptoks, [], {})
    polarity_conflicts(claim, ctoks, passage, ptoks, (0, len(ptoks)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=5000, help="inputs per target")
    args = ap.parse_args()
    common = settings(
        max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    tmp = Path(tempfile.mkdtemp(prefix="kzmil-fuzz-"))
    index = open_index(config.Settings(config.corpus_roots(None), tmp / "index.sqlite"))

    def check_search(claim: str) -> None:
        counted("find+check (bundled corpus)")
        if not claim.replace("\x00", " ").strip():
            return
        for r in find(index, claim).results:
            assert (0 <= r.score <= 100 and r.match in r.passage) or not r.match
        assert check(index, claim).verdict in ("supported", "contradicted", "not_found")

    targets: list[tuple[str, Callable[[], None]]] = [
        ("normalise", common(given(texts)(check_tokenize))),
        ("segment", common(given(texts)(check_segment))),
        ("match", common(given(texts, texts)(check_match))),
        (
            "find+check (bundled corpus)",
            settings(common, max_examples=max(1, args.examples // 10))(given(texts)(check_search)),
        ),
    ]
    failures = 0
    for name, target in targets:
        t0 = time.perf_counter()
        try:
            target()
            status = "no failure"
        except Exception:
            failures += 1
            status = "FAILED:\n" + traceback.format_exc(limit=3)
        print(f"{name:30} {COUNTS.get(name, 0):7d} inputs  {time.perf_counter() - t0:6.1f} s  {status}")
    index.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
