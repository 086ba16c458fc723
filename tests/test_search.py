"""search.py (`find`) on the bundled corpus: ranking, FindOptions, typos, a stable order."""

from __future__ import annotations

import pytest

from kzmil.errors import UsageError
from kzmil.index import Index
from kzmil.search import CANDIDATES, FindOptions, candidates, clean_claim, find, retrieval_terms

# Claims written for these tests from the five articles (not from tests/claims, whose blind
# sets must stay unread): the article and the words of the passage that states each one.
LABELLED = [
    (
        "Kazakhstan joined NATO's Partnership for Peace in 1994",
        "caci-2003-07-16-kazakh-military-looks-west",
        "Partnership for Peace (PfP) since joining in 1994",
    ),
    (
        "the Americans will train the Kazakh peacekeeping battalion",
        "caci-2003-07-16-kazakh-military-looks-west",
        "training for the Kazakh peacekeeping battalion KAZBAT",
    ),
    (
        "Sembinov went to Washington in November and met Richard Armitage",
        "edm-2004-11-us-long-term-military-assistance",
        "met Richard Armitage",
    ),
    (
        "Akhmetov announced the plans at the National University of Defense on January 8",
        "edm-2008-01-akhmetov-new-confidence",
        "National University of Defense",
    ),
    (
        "Nazarbaev appointed a new deputy defense minister for economy and finance on April 5",
        "fpb-2007-slow-dance-in-minefield",
        "appointed a new deputy defense minister for economy and finance",
    ),
]


@pytest.mark.parametrize(("claim", "doc", "words"), LABELLED)
def test_the_labelled_passage_comes_first(bundled: Index, claim: str, doc: str, words: str) -> None:
    first = find(bundled, claim).results[0]
    assert first.rank == 1
    assert (first.doc, words in first.passage) == (doc, True), first.passage


@pytest.mark.parametrize(
    ("claim", "limit"),
    [
        # a sentence that context (the names in the sentences before) lifts above others
        ("NATO training for officers", 20),
        # a sentence that a second one, beside it, lifts into a window above others
        ("Kazakhstan's military is bedeviled with corruption and lacks a domestic defense industry", 5),
    ],
)
def test_scores_fall_and_ranks_count_from_one(bundled: Index, claim: str, limit: int) -> None:
    results = find(bundled, claim, FindOptions(limit=limit)).results
    assert [r.rank for r in results] == list(range(1, limit + 1))
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)


@pytest.mark.parametrize("limit", [1, 2, 5, 12])
def test_limit_is_the_number_of_results(bundled: Index, limit: int) -> None:
    assert len(find(bundled, "military", FindOptions(limit=limit)).results) == limit


def test_min_score_drops_what_scores_below_it(bundled: Index) -> None:
    claim = "Kazakhstan joined NATO's Partnership for Peace in 1994"
    every = find(bundled, claim, FindOptions(limit=10)).results
    top, second = every[0].score, every[1].score
    assert second < top  # else the cut below would show nothing
    cut = (top + second) / 2
    assert [r.doc for r in find(bundled, claim, FindOptions(limit=10, min_score=cut)).results] == [
        every[0].doc
    ]
    assert find(bundled, claim, FindOptions(limit=10, min_score=top + 0.2)).results == []


@pytest.mark.parametrize(
    ("sources", "docs"),
    [
        (["edm-2008-01-akhmetov-new-confidence"], {"edm-2008-01-akhmetov-new-confidence"}),
        (["foreign policy BLOGS"], {"fpb-2007-slow-dance-in-minefield"}),  # publication, any case
        (
            ["Cadets Prefer Belarus", "caci"],
            {  # a title, and a second filter that adds to it
                "edm-2007-09-18-cadets-prefer-belarus",
                "caci-2003-07-16-kazakh-military-looks-west",
            },
        ),
    ],
)
def test_sources_keep_only_those_articles(bundled: Index, sources: list[str], docs: set[str]) -> None:
    results = find(bundled, "military officers", FindOptions(limit=20, sources=sources)).results
    assert {r.doc for r in results} == docs


def test_a_source_that_matches_nothing_is_a_usage_error(bundled: Index) -> None:
    with pytest.raises(UsageError, match="no indexed article matches --source Nowhere Times"):
        find(bundled, "military", FindOptions(sources=["Nowhere Times"]))


@pytest.mark.parametrize(
    ("claim", "words"),
    [
        ("the Kazakh peacekeping batallion", "Kazakh peacekeeping battalion"),  # two typos
        ("Sembinov met Richard Armitaje", "met Richard Armitage"),  # a typo in a name
    ],
)
def test_typos_still_find_the_passage(bundled: Index, claim: str, words: str) -> None:
    assert words in find(bundled, claim).results[0].passage


def test_another_spelling_of_a_name_finds_it_and_says_so(bundled: Index) -> None:
    # the corpus writes Altynbayev (EDM) and Altynbaev (FPB): each finds the other
    first = find(bundled, "Army-General Mukhtar Altynbaev addressed an operational meeting").results[0]
    assert "Altynbayev" in first.passage and "spelt Altynbayev" in first.hints


def test_the_same_claim_gives_the_same_ranking(bundled: Index) -> None:
    def ranking() -> list[tuple[str, int, float]]:
        return [(r.doc, r.start, r.score) for r in find(bundled, "military", FindOptions(limit=20)).results]

    assert ranking() == ranking()


@pytest.mark.parametrize(
    "claim", ["military", "Kazakhstan military", "US military assistance to Kazakhstan", "Nazarbayev"]
)
def test_a_smaller_limit_is_a_prefix_of_a_larger_one(bundled: Index, claim: str) -> None:
    longest = [(r.doc, r.start) for r in find(bundled, claim, FindOptions(limit=40)).results]
    for limit in (1, 3, 5, 10, 20):
        got = [(r.doc, r.start) for r in find(bundled, claim, FindOptions(limit=limit)).results]
        assert got == longest[:limit], limit


@pytest.mark.xfail(
    strict=True,
    reason="the names of the sentences before lift a passage only when it is among the top "
    "max(n + n/4, 10) single sentences: `-n 10` misses the passage that context lifts from 36.8 "
    "to 60.7, which `-n 13` shows 9th (search.rank; reported with issue 13)",
)
def test_a_passage_lifted_by_context_does_not_depend_on_the_limit(bundled: Index) -> None:
    claim = "NATO training for officers"
    longest = [(r.doc, r.start) for r in find(bundled, claim, FindOptions(limit=40)).results]
    assert [(r.doc, r.start) for r in find(bundled, claim, FindOptions(limit=10)).results] == longest[:10]


def test_equal_scores_keep_the_retrieval_order(bundled: Index) -> None:
    query, ranked, _ = candidates(bundled, "military", FindOptions(limit=10))
    hits = bundled.search(retrieval_terms(query), CANDIDATES, None)
    top = ranked[0].scored.score
    tied = [c for c in ranked if c.scored.score == top]
    assert len(tied) >= 5  # "military" is a whole sentence's claim many times over
    positions = [hits.index(c.rows[0].id) for c in tied]
    assert positions == sorted(positions)


def test_context_gives_the_sentences_around_the_passage(bundled: Index) -> None:
    plain = find(bundled, "110 officers quit").results[0]
    wide = find(bundled, "110 officers quit", FindOptions(context=1)).results[0]
    assert (plain.context_before, plain.context_after) == ("", "")
    assert wide.passage == plain.passage
    assert wide.context_before and wide.context_after
    assert wide.context_before not in wide.passage and wide.context_after not in wide.passage


@pytest.mark.parametrize("claim", ["", "   \n\t "])
def test_an_empty_claim_is_refused(claim: str) -> None:
    with pytest.raises(UsageError, match="the claim is empty"):
        clean_claim(claim)


def test_a_claim_is_one_line_of_text() -> None:
    assert clean_claim("  110\x00officers \n\n quit  ") == ("110 officers quit", [])
