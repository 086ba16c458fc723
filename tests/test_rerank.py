"""The reranker reads only the candidates that can still make the top, and that must
not change what it returns: the ceiling is a true upper bound of the score."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLAIM_STRIDE, labelled_claims

from kzmil.index import Index
from kzmil.match import Ceiling, parse_query, score_tokens
from kzmil.normalize import comparable
from kzmil.search import CANDIDATES, _best_candidates, _candidate, clean_claim, retrieval_terms, weigh


def queries() -> list[str]:
    claims = labelled_claims(stride=CLAIM_STRIDE)
    # words the index leaves out, compounds, prefixes, typos, figures, a verbatim line
    odd = [
        "without nothing neither cannot",
        "a multi-vectored policy of the Baranavichy-based plant",
        "Kazakhstani economics economy",
        "Nazarbaev Akhmetof Maltsav Shymkant",
        "75% of $52m in 2003, one-third, 1.1 billion",
        "Kazakh officers who received an education in the United States",
        "I don't know what's what",
    ]
    return claims + odd


@pytest.fixture(scope="module")
def every_row(bundled: Index) -> list:
    ids = [i for (i,) in bundled.conn.execute("SELECT id FROM passages")]
    rows = bundled.rows(ids)
    return [rows[i] for i in ids]


@pytest.mark.parametrize("claim", queries())
def test_ceiling_is_never_below_the_score(bundled: Index, every_row: list, claim: str) -> None:
    query = parse_query(clean_claim(claim)[0])
    weigh(bundled, query)
    ceiling = Ceiling(query)
    for row in every_row:
        exact = score_tokens(query, row.text).score
        assert ceiling(set(row.terms.split()), comparable(row.text)) >= exact - 1e-9, row.text


@pytest.mark.parametrize("claim", queries())
def test_pruned_ranking_equals_scoring_every_candidate(bundled: Index, claim: str) -> None:
    query = parse_query(clean_claim(claim)[0])
    weigh(bundled, query)
    hits = bundled.search(retrieval_terms(query), CANDIDATES)
    by_id = bundled.rows(hits)
    rows = [by_id[i] for i in hits]
    order = {i: n for n, i in enumerate(hits)}
    everything = sorted(
        (_candidate(query, [r]) for r in rows), key=lambda c: (-c.scored.score, order[c.rows[0].id])
    )
    pruned = _best_candidates(query, Ceiling(query), rows, order, 10)
    assert [c.rows[0].id for c in pruned] == [c.rows[0].id for c in everything[:10]]
    assert [c.scored.score for c in pruned] == [c.scored.score for c in everything[:10]]


@pytest.mark.bundled_index  # reads the bundled corpus only
@pytest.mark.slow
def test_results_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """A compound's parts and its joined form both match; which one is highlighted must
    not follow Python's per-process string hashing."""
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, KZMIL_INDEX=str(tmp_path / "index.sqlite"))
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "kzmil",
                "find",
                "--json",
                "multi-vectored self-serving Baranavichy-based",
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1
