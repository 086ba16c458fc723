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
    texts = [(t, tokenize(t)) for t in ARTICLE]
    found = relative_date(claim, tokenize(claim), texts, 2011)
    if found is None:
        return None
    _, said = found
    return "conflict" if isinstance(said, Conflict) else "stated"


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
