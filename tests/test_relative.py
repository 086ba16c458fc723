"""A claim that dates one event by another, read against the dates the article gives each."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzmil.conflicts import Conflict
from kzmil.normalize import tokenize
from kzmil.relative import relation, relative_date

ARTICLE = [
    "Admiral Luis Vega addressed a fleet training session held on May 16 in the Valparaiso command.",
    "Minister Ana Ortiz completed an important tour of Lima on May 18 that reaffirmed naval cooperation.",
]


def _date(claim: str) -> str | None:
    """The reading with the sentence of the claim's own event (its first word's) as the passage."""
    first = claim.split()[0]
    texts = [(t, tokenize(t)) for t in sorted(ARTICLE, key=lambda t: first not in t)]
    found = relative_date(claim, tokenize(claim), texts, 2011)
    if found is None:
        return None
    return "conflict" if isinstance(found.said, Conflict) else "stated"


def test_the_cue_gives_the_days_between_and_the_other_event() -> None:
    claim = "Vega addressed the fleet session two days before Ortiz completed her Lima tour."
    r = relation(claim, tokenize(claim))
    assert r is not None and r.days == -2
    assert [t.norm for t in r.other] == ["ortiz", "completed", "lima", "tour"]
    fronted = "The day after Vega addressed the session, Ortiz completed her tour."
    r = relation(fronted, tokenize(fronted))
    assert r is not None and r.days == 1 and [t.norm for t in r.own] == ["ortiz", "completed", "tour"]
    same = "Ortiz completed her tour on the same day that Vega addressed the session."
    r = relation(same, tokenize(same))
    assert r is not None and r.days == 0
    # a date of its own: a distance from that date, read elsewhere
    assert (
        relation(
            "On May 18, two days after Vega spoke, Ortiz left.",
            tokenize("On May 18, two days after Vega spoke, Ortiz left."),
        )
        is None
    )


@pytest.mark.parametrize(
    ("claim", "got"),
    [
        (
            "Vega addressed the fleet training session two days before Ortiz completed her Lima tour.",
            "stated",
        ),
        ("Ortiz completed her Lima tour two days after Vega addressed the fleet training session.", "stated"),
        (
            "Vega addressed the fleet training session on the same day Ortiz completed her Lima tour.",
            "conflict",
        ),
        (
            "Ortiz completed her Lima tour the day after Vega addressed the fleet training session.",
            "conflict",
        ),
        (
            "Vega addressed the fleet training session three days before Ortiz completed her Lima tour.",
            "conflict",
        ),
        # the other event is not dated by the article: nothing is told
        ("Vega addressed the fleet training session the day before Ortiz met the president.", None),
    ],
)
def test_the_articles_dates_state_or_contradict_the_days_between(claim: str, got: str | None) -> None:
    assert _date(claim) == got


def test_a_claim_dated_by_another_event_on_an_invented_corpus(tmp_path: Path) -> None:
    import kzmil

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "tour.md").write_text(
        "---\ntitle: Ortiz ends her tour\ndate: 2011-05-20\n---\n\n"
        "Minister Ana Ortiz, Chile's deputy navy minister, completed an important tour of Lima on "
        "May 18 that served to reaffirm naval cooperation. The talks went well.\n\n"
        "Her visit came at a vital moment. Admiral Luis Vega addressed a fleet training session "
        "held on May 16 in the Valparaiso command, praising the year's exercises.\n",
        encoding="utf-8",
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        two = (
            "Vega addressed a fleet training session in the Valparaiso command two days before "
            "Ortiz completed her Lima tour."
        )
        assert ix.check(two).verdict == "supported"
        same = two.replace("two days before", "on the same day")
        got = ix.check(same)
        assert got.verdict == "contradicted"
        assert got.reasons[0].endswith("the source dates them May 16 and May 18, 2 days apart")


TOUR = [
    "Tulegenov arrived in Petropavlovsk on May 12 to inspect the northern garrison.",
    "On May 14, Tulegenov met with regional governor Serik Baimukhanov to discuss housing for officers.",
    "Tulegenov completed his tour of the northern bases on May 16.",
    "Kasymova visited Beijing on May 15.",
    "Kasymova signed a border agreement with Chinese officials on May 17.",
    "The first round of the commission was held on March 3, 2009.",
    "The second round of the commission convened on March 4, 2010.",
    "The exercise began at the Matybulak range on December 29.",
    "The exercise was declared complete on January 2.",
    "Sadykov, who met the Kyrgyz ambassador last week, presented the draft treaty on January 6.",
]


def _tour(claim: str, passage: int) -> str | None:
    """The reading with TOUR[passage] as the passage, the first text, as the verdict passes it."""
    texts = [TOUR[passage], *(t for i, t in enumerate(TOUR) if i != passage)]
    found = relative_date(claim, tokenize(claim), [(t, tokenize(t)) for t in texts], 2011)
    if found is None:
        return None
    return "conflict" if isinstance(found.said, Conflict) else "stated"


BASES = "Tulegenov completed his tour of the northern bases"
BORDER = "Kasymova signed a border agreement with Chinese officials"


@pytest.mark.parametrize(
    ("claim", "passage", "got"),
    [
        (f"{BASES} the day after Kasymova visited Beijing.", 2, "stated"),
        # the other event's name or words its dated sentence does not state: no date for it
        (f"{BASES} the day after Kasymova visited Moscow.", 2, None),
        (f"{BORDER} three days after Tulegenov met the president.", 4, None),
        (f"{BORDER} the day after Tulegenov resigned from the northern command.", 4, None),
        # the claim's own event is the passage's: another sentence does not date it
        (f"{BASES} the day after Kasymova visited Beijing.", 4, None),
        # years written beside the dates count, and an undated pair may straddle a new year
        (
            "The second round of the commission convened the day after the first round was held.",
            6,
            "conflict",
        ),
        (
            "The exercise was declared complete four days after the exercise began at the Matybulak range.",
            8,
            "stated",
        ),
        # both events told by one date of one sentence: no days apart are told
        ("Sadykov met the Kyrgyz ambassador on the same day he presented the draft treaty.", 9, None),
        # a length of time, or a bound, gives no days between
        (f"{BASES} for three days after Kasymova visited Beijing.", 2, None),
        (f"{BASES} more than one day after Kasymova visited Beijing.", 2, None),
        (
            "Tulegenov stayed in Petropavlovsk two days before he completed his tour of the northern bases.",
            0,
            None,
        ),
    ],
)
def test_each_event_is_dated_only_by_a_sentence_that_states_it(
    claim: str, passage: int, got: str | None
) -> None:
    assert _tour(claim, passage) == got


@pytest.mark.parametrize(
    "other",
    [
        "Last year, Kasymova visited Beijing on May 15.",
        "In 2009, Kasymova visited Beijing on May 15.",
        "Kasymova will visit Beijing on May 15.",
        "Kasymova did not visit Beijing on May 15.",
        "Kasymova cancelled her trip to Beijing on May 15.",
    ],
)
def test_another_occasion_of_the_other_event_dates_nothing(other: str) -> None:
    """The other event told of another year, as to come, denied, or by another verb."""
    claim = f"{BASES} the day after Kasymova visited Beijing."
    texts = [(TOUR[2], tokenize(TOUR[2])), (other, tokenize(other))]
    assert relative_date(claim, tokenize(claim), texts, 2011) is None


def test_a_date_of_a_clause_of_its_own_does_not_date_the_event() -> None:
    """ "signed an agreement that had been drafted by experts on May 10": May 10 is the
    drafting's, not the signing's."""
    passage = (
        "Kasymova signed a border agreement with Chinese officials that had been drafted by "
        "experts on May 10."
    )
    claim = f"{BORDER} five days before she visited Beijing."
    texts = [(passage, tokenize(passage)), (TOUR[3], tokenize(TOUR[3]))]
    assert relative_date(claim, tokenize(claim), texts, 2011) is None


@pytest.mark.parametrize(
    "claim",
    [
        f"{BASES} up to two days after Kasymova visited Beijing.",
        f"{BASES} roughly one day after Kasymova visited Beijing.",
        f"{BASES} around one day after Kasymova visited Beijing.",
    ],
)
def test_a_rough_or_bounded_count_of_days_gives_no_days_between(claim: str) -> None:
    assert _tour(claim, 2) is None


def test_a_date_given_as_a_bound_or_to_the_opposite_deed_dates_nothing() -> None:
    """ "before May 16" bounds the day; "began his inspection" does not date its end."""
    bounded = "Governor Baimukhanov completed his tour of the eastern districts before May 16."
    claim = "Baimukhanov completed his tour of the eastern districts the day after Kasymova visited Beijing."
    texts = [(bounded, tokenize(bounded)), (TOUR[3], tokenize(TOUR[3]))]
    assert relative_date(claim, tokenize(claim), texts, 2011) is None
    began = "General Omarov began his inspection of the southern bases on May 13."
    ended = "Omarov ended his inspection of the southern bases three days before Kasymova visited Beijing."
    texts = [(began, tokenize(began)), (TOUR[3], tokenize(TOUR[3]))]
    assert relative_date(ended, tokenize(ended), texts, 2011) is None
