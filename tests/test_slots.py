"""Session 48's readings, on invented corpora: a post written before a name in lower case, and a
claim's words that stand in the passage's sentence frame where a specific is swapped."""

from __future__ import annotations

from pathlib import Path

import pytest

import kzmil

FILLER = {
    "f1": "The annual harvest festival in the town of Olbek drew crowds of farmers. Stalls sold honey, "
    "apples and woven baskets.",
    "f2": "Engineers began repairing the old railway bridge near Kelsa. The works will close the line "
    "for three weeks.",
    "f3": "A teenager from Marvost won the national chess championship on Sunday after a long endgame.",
}


def _verdict(tmp_path: Path, passage: str, claim: str) -> kzmil.Verdict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, body in {**FILLER, "case": passage}.items():
        (corpus / f"{name}.md").write_text(f"---\ntitle: {name}\ndate: 2011-05-20\n---\n\n{body}\n")
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        return ix.check(claim)


TARNIA = (
    "After a meeting between the defence ministers in March, Danish Defence Minister, Ilse Varga "
    "held talks with President Orlov in July. The Danes offered closer military cooperation and "
    "suggested joint training exercises."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the post before the name, in lower case, faces the source's capitalised one
        ("Denmark's foreign minister, Ilse Varga, held talks with President Orlov in July.", "contradicted"),
        ("Denmark's defence minister, Ilse Varga, held talks with President Orlov in July.", "supported"),
        # a phrase that opens the sentence is no post of the name after it
        (
            "After a meeting between the defence ministers in March, Ilse Varga held talks with "
            "President Orlov.",
            "supported",
        ),
    ],
)
def test_a_lower_case_post_before_a_name(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, TARNIA, claim).verdict == want


def test_a_post_after_a_preposition_is_the_tail_of_another_phrase(tmp_path: Path) -> None:
    """ "Orlov's successor at the defence ministry, Ilse Varga," gives her no post "ministry"
    to set against "Minister of Defence"."""
    passage = (
        "Orlov was recalled in spring. The newly appointed Minister of Defence, Ilse Varga, is charged "
        "with ending the waste of funds and the shrinking of supplies."
    )
    claim = (
        "Orlov's successor at the defence ministry, Ilse Varga, is tasked with ending the waste of funds "
        "and the shrinking of supplies."
    )
    assert _verdict(tmp_path, passage, claim).verdict != "contradicted"


SPAIN = "Tarnia has approached Spain and other OSCE countries for military assistance."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a word in the place of a word around a swapped name: the same statement
        ("Tarnia has turned to Italy and other OSCE members for military assistance.", "contradicted"),
        # the right name with those words is no contradiction
        ("Tarnia has turned to Spain and other OSCE members for military assistance.", "supported"),
    ],
)
def test_words_in_the_frame_of_a_swapped_name(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, SPAIN, claim).verdict == want


@pytest.mark.parametrize(
    ("text", "quantified"),
    [
        ("110 in all, have quit the army", False),
        ("In all, 300 soldiers came", False),
        ("troops stationed in all regions", True),
        ("officers in all the regional commands", True),
        ("in all of them", True),
    ],
)
def test_in_all_is_a_total_unless_a_noun_follows(text: str, quantified: bool) -> None:
    from kzmil.normalize import tokenize
    from kzmil.specifics import quantifiers

    assert bool(quantifiers(tokenize(text))) == quantified


def test_a_verb_that_opens_what_was_said_judges_nothing(tmp_path: Path) -> None:
    """ "have argued that" tells how a view was put; it is no judgement against "good value"."""
    passage = (
        "Pentagon analysts and U.S. diplomats in Tarnia have argued that programs such as Officer "
        "Exchange and Training (OET) have yielded a good return on the investment of U.S. money into "
        "the military structures of Tarnia."
    )
    claim = (
        "U.S. diplomats and Pentagon analysts maintain that OET and similar programs have given good "
        "value for the American money put into Tarnia's military."
    )
    assert _verdict(tmp_path, passage, claim).verdict == "supported"


LUGAR = (
    "Cooperation between Tarnia and Dostrova will grow in the trade and energy spheres, according to "
    "Senator Ivan Orlov. Orlov noted Tarnia's commitment to a new five-year trade plan. \"The railway "
    'agreement was extended by another seven years," he said.'
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the second thing said, read alone, is contradicted by the same article
        (
            "Senator Ivan Orlov said cooperation between Tarnia and Dostrova will grow in the trade and "
            "energy spheres, and that the railway agreement had been extended by another five years.",
            "contradicted",
        ),
        # "and that figure": a determiner; nothing second is said
        (
            "Cooperation between Tarnia and Dostrova will grow in trade and energy, and that plan runs "
            "for five years.",
            "not contradicted",
        ),
    ],
)
def test_the_second_thing_said_is_checked_alone(tmp_path: Path, claim: str, want: str) -> None:
    got = _verdict(tmp_path, LUGAR, claim).verdict
    assert got == want if want != "not contradicted" else got != "contradicted"


def test_a_city_based_firm_is_not_stated_by_its_country(tmp_path: Path) -> None:
    """ "a Minsk-based plant" is where the plant stands, which "a plant in Belarus" does not
    state (a capital names its government only when it acts: "Minsk agreed")."""
    passage = "The Baranavichy-based aircraft repair plant in Belarus has signed a $52 million contract."
    claim = "A Minsk-based aircraft repair plant signed a $52 million contract."
    assert _verdict(tmp_path, passage, claim).verdict != "supported"
