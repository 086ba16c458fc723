"""Retrieval on the bundled corpus: the passage comes back although the words differ."""

import pytest

from kzmil.index import Index
from kzmil.search import FindOptions, find


def top(index: Index, claim: str) -> str:
    results = find(index, claim, FindOptions(limit=3)).results
    assert results, claim
    return results[0].passage


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("110 officers quit", "110 have already quit the military"),
        # misspelt names
        ("Nazarbaev signed a decree on the rapid reaction forces", "signed a decree ratifying"),
        ("Akhmetof met Maltsav to discuss joint factories", "Leanid Maltsaw"),
        # numbers written another way
        ("officers must serve at least ten years", "serve a minimum of 10 years"),
        ("a 75% increase in the defense budget", "almost 75 percent increase"),
        ("a fifty-two million dollar contract for Su-27 repairs", "$52 million contract"),
        ("a third of the graduates enter the service ranks", "one-third of the graduates"),
        # a quote with small slips
        ("the real problem exists within junior and middle ranking officers", "the real problem exists"),
        # a paraphrase
        ("Danish air force got access to Shymkent airport for emergency landings", "Shymkent airport"),
    ],
)
def test_finds_the_passage(bundled: Index, claim: str, expected: str) -> None:
    assert expected in top(bundled, claim)


def test_match_is_the_aligned_span(bundled: Index) -> None:
    result = find(bundled, "110 officers quit").results[0]
    assert result.match in result.passage
    assert result.match.startswith("officers") and result.match.endswith("quit")
    for span in result.highlights:
        assert result.passage[span.start : span.end].strip()


def test_result_points_into_the_file(bundled: Index) -> None:
    from pathlib import Path

    result = find(bundled, "Defense officials hope to train more than 3,000 officers.").results[0]
    text = Path(result.path).read_text(encoding="utf-8")
    assert text[result.start : result.end] == result.passage
    assert text.splitlines()[result.line - 1].find(result.passage[:30]) >= 0


@pytest.mark.slow
def test_every_sentence_finds_itself_at_rank_1(bundled: Index) -> None:
    """The property: any sentence of the corpus, searched verbatim, is the top result."""
    rows = bundled.conn.execute("SELECT text FROM passages").fetchall()
    assert len(rows) > 150
    misses = []
    for (sentence,) in rows:
        results = find(bundled, sentence, FindOptions(limit=1)).results
        if not results or sentence not in results[0].passage:
            misses.append(sentence)
    assert misses == []


@pytest.mark.parametrize(
    "claim",
    [
        '"quoted" AND (x OR y) NEAR(a b) * col:val -neg ^start',
        "'; DROP TABLE passages; --",
        "\x00\ud800 \u202eabc \U0001f600 e\u0301\u0301\u0301",
    ],
)
def test_query_syntax_is_searched_as_text(bundled: Index, claim: str) -> None:
    found = find(bundled, claim)
    # FTS5 operators and SQL are words to search for: whatever matches is real text of the
    # corpus, and the index still answers afterwards
    for r in found.results:
        text = " ".join(row.text for row in bundled.paragraph(bundled.doc_by_name(r.doc).id, r.para))  # type: ignore[union-attr]
        assert r.passage in text
    assert find(bundled, "110 officers quit").results


def test_nonsense_finds_nothing(bundled: Index) -> None:
    assert find(bundled, "zzqx qqvvj wwpt").results == []


def test_long_claim_is_cut_with_a_warning(bundled: Index) -> None:
    found = find(bundled, "officers quit " * 100_000)
    assert found.warnings and "longer than" in found.warnings[0]


def test_source_filter(bundled: Index) -> None:
    results = find(bundled, "NATO military cooperation", FindOptions(limit=5, sources=["caci"])).results
    assert results and all(r.doc.startswith("caci") for r in results)
