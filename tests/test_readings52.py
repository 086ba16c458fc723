"""Session 52's readings, on invented corpora: initials that write their small words in lower
case ("DoD"), a deed the passage denies told in other words, a name written out against the
place it may stand for, a passage that opens on "It" and a verb of saying, the sentence beside
the passage that contradicts, a text's verb set off by commas, and a city in a slot the
passage fills with another name. The two outside reviews' cases guard the narrowings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on

import kzmil
from kzmil import structure
from kzmil.align import _refers_back
from kzmil.conflicts import is_initials
from kzmil.evidence import Evidence
from kzmil.index import Index
from kzmil.models import Judgement
from kzmil.names import claim_names, spelled_out
from kzmil.normalize import tokenize
from kzmil.specifics import extract_specifics
from kzmil.verdict import check


def _verdict(tmp_path: Path, passage: str, claim: str) -> kzmil.Verdict:
    return verdict_on(tmp_path, claim, case=passage)


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("NATO", True),
        ("DoD", True),
        ("MoD", True),
        ("DOD", True),
        ("Dod", False),
        ("McCain", False),
        ("MiG", False),  # a maker's letters, as in "MiG-29"
        ("D", False),
    ],
)
def test_initials_may_write_their_small_words_in_lower_case(word: str, want: bool) -> None:
    assert is_initials(word) is want


def test_initials_are_spelled_out_with_or_without_their_small_words() -> None:
    toks = tokenize("the U.S. Department of Defense and the North Atlantic Treaty Organization")
    assert spelled_out("DoD", toks) is not None
    assert spelled_out("DOD", toks) is not None
    assert spelled_out("NATO", toks) is not None
    assert spelled_out("MoD", toks) is None


MINISTRY = (
    "The Department of Defense has used the exchange as an engagement tool to deepen the "
    "existing military relationship with Tarnia."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The DoD has used the exchange as an engagement tool to deepen its relationship with Tarnia.",
            "supported",
        ),
        (
            "The MoD has used the exchange as an engagement tool to deepen its relationship with Tarnia.",
            "contradicted",
        ),
    ],
)
def test_a_body_s_initials_in_mixed_case_name_it(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, MINISTRY, claim).verdict == want


ABROAD = (
    "Put simply, far from improving standards in the navy, many of the officers trained abroad "
    "return home only to resign within two years."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the passage's one word on the deed is that it was not done
        ("Officers trained abroad have raised standards in the navy.", "not_found"),
        ("Officers trained abroad have improved standards in the navy.", "contradicted"),
        ("Many officers trained abroad resign within two years of returning home.", "supported"),
    ],
)
def test_a_deed_the_passage_denies_is_not_stated_by_other_words(
    tmp_path: Path, claim: str, want: str
) -> None:
    v = _verdict(tmp_path, ABROAD, claim)
    assert v.verdict == want, v.reasons
    if want == "not_found":
        assert "raised" in v.reasons[0]


def _roles(claim: str, passage: str) -> list[str]:
    tokens = tokenize(claim)
    names = {"soviet": True, "russia": True, "moscow": True, "kazakh": True, "astana": True}
    specs = extract_specifics(claim, tokens, claim_names(claim, tokens, names))
    ev = Evidence(passage, tokenize(passage), [], names, set(), None)
    return [c.kind for c in structure.role_conflicts(claim, tokens, specs, ev)]


@pytest.mark.bundled_index
def test_a_name_written_out_is_not_also_the_city_it_may_stand_for(bundled: Index) -> None:
    """ "... for its work in the former Soviet Union. ... promoting U.S. interests ... at
    Russia's expense, promoting democracy ... to push aside Moscow's ...": the source writes
    "former Soviet Union" where the claim does, so "Moscow's" is no second place of it, and
    the claim's order is not reversed (a claim written for this test, on the bundled corpus)."""
    claim = (
        "The U.S. Senate and Congress gave the State Department $400 million for its 2008 work in "
        "the former Soviet Union, largely to promote U.S. interests at Russia's expense."
    )
    got = check(bundled, claim)
    assert got.verdict is Judgement.SUPPORTED, got.reasons


@pytest.mark.bundled_index
def test_the_report_named_before_it_noted_is_stated(bundled: Index) -> None:
    """ "A December 2007 article in ... Delovaya nedelya ... It noted that ...": the paper
    the sentence before names is the one that says it (a claim written for this test)."""
    claim = (
        "Delovaya nedelya wrote that $400 million went to the State Department in 2008 for its work "
        "in the former Soviet Union, largely to promote U.S. interests at Russia's expense."
    )
    got = check(bundled, claim)
    assert got.verdict is Judgement.SUPPORTED, got.reasons
    assert "Delovaya = Delovaya (context)" in got.reasons[1]


def test_the_order_at_the_name_s_own_mention_still_conflicts() -> None:
    passage = "The money is for work by the U.S., largely to promote the former Soviet Union's interests."
    claim = "The money is for work in the former Soviet Union, largely to promote U.S. interests."
    assert _roles(claim, passage) == ["role"]


@pytest.mark.parametrize(
    ("passage", "want"),
    [
        ("It noted that the Senate had given $40 million.", True),
        # outside review B: another pronoun or verb gives the deed to someone else
        ("They agreed to meet again in May.", False),
        ("It later emerged that Major Dosov had signed the order.", False),
        ("It is expected that the Senate will agree.", False),
        ("It was not until June that the Senate agreed.", False),
        ("The Senate noted that it had given $40 million.", False),
    ],
)
def test_a_passage_that_opens_on_a_pronoun_refers_back(passage: str, want: bool) -> None:
    assert _refers_back(tokenize(passage)) is want


CONTRACTS = (
    "The defence ministers signed two contracts: one for repairing Su-27 aircraft and one for "
    "training Tarnian cadets in Belarus, beginning this year. These deals meet with the approval "
    "of Moscow, and suit the interests of the minister, who is keen to keep the balance between "
    "the ministry's reformers and its traditionalists."
)


def test_the_sentence_beside_that_contradicts_is_shown(tmp_path: Path) -> None:
    v = _verdict(
        tmp_path,
        CONTRACTS,
        "Moscow disapproves of the contracts on repairing Su-27 aircraft and training Tarnian cadets.",
    )
    assert v.verdict == "contradicted", v.reasons
    assert v.evidence is not None
    passage = v.evidence.passage
    assert "approval of Moscow" in passage
    assert any(passage[h.start : h.end] == "approval" for h in v.evidence.highlights)


NEEDS = (
    "Moscow needs Tarnia to be militarily capable. Institutionally, they cannot always permit "
    "themselves to allow it."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Moscow needs a militarily capable Tarnia, the blog argues, yet it cannot always allow it.",
            "supported",
        ),
        (
            "Moscow needs a militarily capable Tarnia, the blog argues, and it always allows it.",
            "contradicted",
        ),
    ],
)
def test_a_text_s_verb_set_off_by_commas_reports(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, NEEDS, claim).verdict == want


PLANT = (
    "The Velmar-based aircraft repair plant in Belarus has signed a $52 million contract to repair "
    "Tarnian Su-27 fighters. Russia's foreign minister, Sergei Lavrov, welcomed the $52 million "
    "repair contract with Belarus."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the capital is not stated by its country where the slot holds another name
        (
            "The Minsk-based aircraft repair plant in Belarus has signed a $52 million contract.",
            "contradicted",
        ),
        ("The Velmar-based aircraft repair plant in Belarus has signed a $52 million contract.", "supported"),
        # a capital for its government still stands for the country
        ("Moscow welcomed the $52 million repair contract with Belarus.", "supported"),
    ],
)
def test_a_city_in_a_slot_the_passage_fills_with_another_name(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, PLANT, claim).verdict == want


@pytest.mark.parametrize(
    ("passage", "claim"),
    [
        # outside review A: small words count only in a name written in capitals
        (
            "The director of training approved the new curriculum for nuclear engineers at the centre.",
            "The DoT approved the new curriculum for nuclear engineers at the centre.",
        ),
        (
            "Defense officials denied reports that uranium had gone missing from the Ulba plant.",
            "The DoD denied reports that uranium had gone missing from the Ulba plant.",
        ),
        # a frame in the passage is no description the claim's may lean on
        (
            "Marat Bekov, the blog argues, was dismissed as defence minister in 2005. Its editor, "
            "Aigul Sadyk, has run it since 2001.",
            "Marat Bekov, the blog's editor, was dismissed in 2005.",
        ),
        # outside review B: a name before a past verb without "that" is a main clause
        (
            "Under pressure from Temirbank creditors Almaty Credit postponed its bond issue until October.",
            "Under pressure from Almaty Credit creditors Temirbank postponed its bond issue until October.",
        ),
        # "They" is the senators; the deed is another's
        (
            "Senators Ruth Calder and Oscar Ventnor toured the Khorgos crossing in May. They were briefed "
            "by Deputy Minister Timur Abenov, who promised to double funding for the border guards by 2010.",
            "Senator Calder promised to double funding for the border guards by 2010.",
        ),
    ],
)
def test_outside_review_cases_that_must_not_be_supported(tmp_path: Path, passage: str, claim: str) -> None:
    assert _verdict(tmp_path, passage, claim).verdict != "supported"


def test_a_thing_the_passage_names_again_has_another_deed(tmp_path: Path) -> None:
    """ "Far from welcoming the plan, local officials delayed the plan": the second mention
    tells a deed of its own, which the claim may word otherwise (outside review A)."""
    passage = "Far from welcoming the plan, local officials delayed the plan for two years."
    v = _verdict(tmp_path, passage, "Local officials held up the plan for two years.")
    assert v.verdict != "not_found" or "held" not in v.reasons[0]


def test_the_sentence_before_that_contradicts_is_shown_with_its_own_word(tmp_path: Path) -> None:
    """The conflict's own sentence, before the passage, and the word itself, not the start of
    "supporters" (outside review B)."""
    passage = (
        "Although its supporters in parliament had dwindled, the port project kept the support of "
        "Moscow. The port at Poti will handle Kazakh grain exports from 2012, the ministry said."
    )
    claim = "Moscow opposes the port at Poti, which will handle Kazakh grain exports from 2012."
    v = _verdict(tmp_path, passage, claim)
    assert v.verdict == "contradicted" and "beside it" in v.reasons[0], v.reasons
    assert v.evidence is not None and v.evidence.passage.startswith("Although its supporters")
    marked = [(h.start, v.evidence.passage[h.start : h.end]) for h in v.evidence.highlights]
    assert marked == [(v.evidence.passage.index("support of"), "support")]
