"""Session 53's readings, on invented corpora: a superlative the passage ranks only among things
of one name, a claim that leaves unchanged what the passage changes, a lack of a thing named
with a name before it, a Russian given name's "Ye" written "E", "all" against "many", a name
that opens a slot on each side, and a lower passage that disputes by a name what a better one
states."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

from kzmil.conflicts import polarity_conflicts
from kzmil.index import Index
from kzmil.models import Judgement
from kzmil.names import name_variant
from kzmil.normalize import tokenize
from kzmil.verdict import check

DRILL = (
    "Close attention was paid to the coast by holding drills in May 2009, when the navy held "
    "Volna 2009, the largest Baltic naval drills in the country's history."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the passage ranks the drills only among Baltic ones
        ("Volna 2009, held in May 2009, was the largest naval drill in the country's history.", "not_found"),
        (
            "Volna 2009, held in May 2009, was the largest Baltic naval drill in the country's history.",
            "supported",
        ),
        (
            "The Baltic drills Volna 2009, held in May 2009, were the largest naval drills in the "
            "country's history.",
            "supported",
        ),
        (
            "Volna 2009, held in May 2009, was the smallest Baltic naval drill in the country's history.",
            "contradicted",
        ),
    ],
)
def test_a_superlative_ranked_among_things_of_one_name(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=DRILL).verdict == want


def test_a_lower_passage_disputing_what_a_better_one_states_contradicts_nothing(tmp_path: Path) -> None:
    other = (
        "After a meeting of the ministers in March 2009, the foreign minister, Anna Kovac, held talks "
        "on naval drills and the largest exercises of the year with the president."
    )
    v = _verdict(
        tmp_path,
        "Volna 2009, held in May 2009, was the largest naval drill in the country's history.",
        case=DRILL,
        other=other,
    )
    assert v.verdict == "not_found"


CURRICULA = (
    "The minister praised the academy's record. He promised that colleges will be given new "
    "simulators, while curricula will be reformed."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The minister promised new simulators for colleges while leaving curricula unchanged.",
            "contradicted",
        ),
        ("The minister promised new simulators for colleges while reforming curricula.", "supported"),
        # what is left unchanged is not what the passage changes
        ("The minister promised new simulators for colleges while leaving fees unchanged.", "not_found"),
    ],
)
def test_left_unchanged_against_a_word_of_change(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=CURRICULA).verdict == want


def test_a_modal_auxiliary_closes_the_clause_the_polarity_reads() -> None:
    claim = "Officials said the fees would fall."
    passage = "Officials said the fees would rise next year."
    ptoks = tokenize(passage)
    hits = (0, next(k for k, t in enumerate(ptoks) if t.norm == "fees") + 1)
    conflicts = polarity_conflicts(claim, tokenize(claim), passage, ptoks, hits)
    assert [(c.claim, c.source) for c in conflicts] == [("fall", "rise")]


LEGACY = (
    "The economic weight of the lake, and the legacy of an absence of naval bases there during the "
    "Ottoman period, led to the building of new defenses in the western district."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The lake's economic weight and the lack of Ottoman-era naval bases there led to new defenses "
            "in the western district.",
            "supported",
        ),
        (
            "The lake's economic weight and a dense network of Ottoman-era naval bases there led to new "
            "defenses in the western district.",
            "contradicted",
        ),
    ],
)
def test_a_lack_of_a_thing_with_a_name_before_it(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=LEGACY).verdict == want


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        ("yelena", "elena", True),
        ("yevgeny", "evgeny", True),
        ("yerlan", "erlan", True),
        ("yelena", "alena", False),
        ("yelena", "elina", False),  # another name, not another writing of it
        ("yevgenia", "evgeny", False),
        ("jakov", "yakov", False),  # not read: "Jang" is no "Yang"
        ("yerlan", "erik", False),
    ],
)
def test_russian_initial_sounds_in_either_transliteration(a: str, b: str, want: bool) -> None:
    assert name_variant(a, b) is want


PROGRESS = "The ministry claims genuine progress has been made in 2009 towards many of its reform objectives."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The ministry claims genuine progress was made in 2009 toward all of its reform objectives.",
            "contradicted",
        ),
        (
            "The ministry claims genuine progress was made in 2009 toward many of its reform objectives.",
            "supported",
        ),
    ],
)
def test_all_against_many_on_the_scale(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=PROGRESS).verdict == want


AIRLIFT = (
    "Equally, Petrak was keen to make real progress towards supplying transport aircraft to the "
    "Polish Air Force, which will provide vital airlift capacity."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a name opens the slot on each side, after the same words
        (
            "Petrak wanted transport aircraft supplied to the Polish Navy to provide airlift capacity.",
            "contradicted",
        ),
        (
            "Petrak wanted transport aircraft supplied to the Polish Air Force to provide airlift capacity.",
            "supported",
        ),
    ],
)
def test_a_name_opening_a_slot_on_each_side(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, case=AIRLIFT).verdict == want


# The three outside reviews' cases that guard the narrowings (invented corpora of their own).
REVIEWS = {
    "sappers": (
        "The 25 Kazakh sappers of the contingent returned home on Friday after many months in Iraq, "
        "the Defense Ministry said."
    ),
    "drill": "A total of 300 troops, many of them reservists, took part in the Caspian drill.",
    "navy": (
        "The navy also faces a shortage of trained officers, and many of its sailors are conscripts "
        "serving one-year terms."
    ),
    "teachers": (
        "The teacher training budget was increased to 4 billion tenge, while the housing budget for "
        "teachers was frozen at last year's level."
    ),
    "airlift": (
        "The United States will supply two C-130 aircraft to the Kazakhstani Air Force, which will "
        "provide vital airlift capacity for the peacekeeping brigade, officials said."
    ),
    "banks": (
        "Tsesnabank, the third-largest Kazakh bank by assets, opened a branch in Astana. Halyk Bank, "
        "the largest Kazakh bank by retail deposits, reported a profit."
    ),
}


@pytest.mark.parametrize(
    ("article", "claim", "never"),
    [
        # "many months" counts other things than the sappers (review C): no contradiction
        (
            "sappers",
            "All 25 Kazakh sappers returned home on Friday, the Defense Ministry said.",
            "contradicted",
        ),
        ("drill", "In all, 300 troops took part in the Caspian drill.", "contradicted"),
        # a shortage is no absence (review C)
        ("navy", "The navy has no trained officers.", "supported"),
        # the teachers' other budget was increased (review C)
        ("teachers", "The housing budget for teachers was left unchanged.", "contradicted"),
        ("teachers", "The teacher training budget was left unchanged.", "supported"),
        # a headline capitalises every word: no word of it is a name by that (review C)
        (
            "airlift",
            "US Supplies C-130 Aircraft To Kazakhstani Military To Boost Peacekeeping Airlift",
            "contradicted",
        ),
        # a lower rank among Kazakh banks still refutes the first place (review A)
        ("banks", "Tsesnabank is the country's largest bank by assets.", "supported"),
        ("banks", "Halyk Bank is the country's largest bank by retail deposits.", "not_found"),
        ("banks", "Halyk Bank is the largest bank in the world by retail deposits.", "supported"),
    ],
)
def test_outside_review_cases(tmp_path: Path, article: str, claim: str, never: str) -> None:
    assert _verdict(tmp_path, claim, case=REVIEWS[article]).verdict != never


@pytest.mark.parametrize(
    ("case", "claim"),
    [
        # reviews B and C: a lack of a thing named by a name and a plain word, against "no shortage"
        (
            "SCAT said it had no shortage of Antonov spare parts but lacked pilots.",
            "SCAT said it had a lack of Antonov spare parts.",
        ),
        (
            "There is no shortage of funds for the navy, Ospanov said.",
            "Kazakhstan has a shortage of funds for the navy.",
        ),
    ],
)
def test_a_lack_against_no_shortage_is_never_supported(tmp_path: Path, case: str, claim: str) -> None:
    assert _verdict(tmp_path, claim, case=case).verdict != "supported"


@pytest.mark.bundled_index
def test_a_body_opening_the_slot_on_the_bundled_corpus(bundled: Index) -> None:
    """ "... supplying C-130 transport aircraft to the Kazakhstani Air Force, which will provide
    vital airlift capacity": the Navy in that slot is contradicted (a claim written for this
    test; the invented corpus above passes on the older code too)."""
    claim = (
        "Sembinov pressed for supplying C-130 transport aircraft to the Kazakhstani Navy, to "
        "improve mobility."
    )
    got = check(bundled, claim)
    assert got.verdict is Judgement.CONTRADICTED, got.reasons
    assert got.reasons == ["the claim says Navy; the source says Air Force"]
