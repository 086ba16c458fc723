"""Session 61's readings, on invented corpora: initials a passage tells of ("relations between
Norway and NTSO") do not make a passage that points back ("The meetings focused on") about
someone else; a deed under way ("is building") is a deed, which a suggestion does not state;
two counts of different things ("the two ministers", "two contracts") leave each other free;
a synonym in one of each word's first senses counts for half a word; "9/11" is a date; a word
of a name ("the Defense Ministry") reverses no claim word; and "X became commander, taking
over from Y" gives the post to the subject, as ", replacing Y" does."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

import kzmil

VISIT = (
    "Major-General Tomas Velkov, Norway's Deputy Defense Minister, completed a trip to Ottawa on "
    "May 4. Velkov met Anna Roscoe, Deputy Secretary of State.\n\n"
    "The meetings focused on the three-year cooperation plan signed in 2009, as well as the "
    "relationship between Norway and NTSO."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the claim speaks of the meetings the passage points back to: Velkov's
        (
            "Velkov's meetings in Ottawa centred on the three-year cooperation plan signed in 2009.",
            "supported",
        ),
    ],
)
def test_initials_told_of_are_no_one_else(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, visit=VISIT).verdict == want


SUGGESTIONS = (
    "During his meetings with Lord Halvey, President Kalo made a number of suggestions concerning "
    "new initiatives, which may include offering Arvelian aid to Dostrova and constructing depots "
    "within Arvelia to store aid supplies for Dostrova and Velmar."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Arvelia is building depots on its territory to store aid supplies for Dostrova and Velmar.",
            "not_found",
        ),
        (
            "Arvelia was building depots on its territory to store aid supplies for Dostrova and Velmar.",
            "not_found",
        ),
        # a plan in progress claims no deed
        ("President Kalo suggested constructing depots within Arvelia to store aid supplies.", "supported"),
    ],
)
def test_a_deed_under_way_is_not_a_suggestion(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, suggestions=SUGGESTIONS).verdict == want


CONTRACTS = (
    "The Velmar-based aircraft repair plant in Dostrova has signed a $40 million contract to "
    "repair Arvelian helicopters. The defense ministers signed two contracts: one for repairing "
    "helicopters and the other for training Arvelian cadets."
)


def test_counts_of_other_things_leave_a_figure_free(tmp_path: Path) -> None:
    v = _verdict(
        tmp_path,
        "A Velmar plant won a $40 million deal to repair Arvelian helicopters, and the two defense "
        "ministers signed three contracts.",
        contracts=CONTRACTS,
    )
    assert v.verdict == "contradicted"
    assert any("three contracts" in r and "two contracts" in r for r in v.reasons)


ADVICE = "The minister advocated closer links with neighbouring countries and more exercises near the border."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "urged", "ties", "states", "drills": each a synonym in one of the first senses of each
        (
            "The minister urged closer ties with neighbouring states and more drills near the border.",
            "supported",
        ),
        # half a word each: what the passage does not say is still unstated
        (
            "The minister urged closer ties with neighbouring states and naval drills with Velmar.",
            "not_found",
        ),
    ],
)
def test_near_synonyms_count_for_half_a_word(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, advice=ADVICE).verdict == want


def test_a_slashed_month_and_day_is_a_date(tmp_path: Path) -> None:
    v = _verdict(
        tmp_path,
        "Arvelia has deepened its security ties with Dostrova since September 11.",
        ties="Arvelia has deepened its security ties with Dostrova since 9/11 to train more officers.",
    )
    assert v.verdict == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Some 2/3 of the officers left in 2009.",  # fractions
        "A 3/10 share of the budget went to the navy.",
        "Pellin schools scored 12/20 on average.",  # scores
        "The club's record stands at 12/15.",
    ],
)
def test_a_fraction_or_a_score_is_no_date(text: str) -> None:
    from kzmil.normalize import tokenize
    from kzmil.quantities import extract

    assert not any(q.type == "date" for q in extract(text, tokenize(text)))


def test_a_word_of_a_name_reverses_nothing(tmp_path: Path) -> None:
    v = _verdict(
        tmp_path,
        "The Arvelian ministry reported that the depot near Velmar was attacked in May.",
        depot="The Arvelian Defense Ministry reported that the depot near Velmar was struck in May.",
    )
    assert v.verdict != "contradicted"


POSTS = (
    "Kalo named Ivar Tosk as the new eastern regional commander. Aron Vesk was also named the new "
    "southern regional commander, replacing Mirek Dalby."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Aron Vesk became the southern regional commander, taking over from Ivar Tosk.", "contradicted"),
        ("Aron Vesk became the southern regional commander, taking over from Mirek Dalby.", "supported"),
    ],
)
def test_taking_over_after_a_comma_is_the_subjects(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, posts=POSTS).verdict == want


def _dated(tmp_path: Path, claim: str, body: str, date: str) -> kzmil.Verdict:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "dated.md").write_text(f"---\ntitle: Dated\ndate: {date}\n---\n\n{body}\n")
    (corpus / "other.md").write_text(
        "---\ntitle: Fish\ndate: 2001-01-01\n---\n\nSalmon farms reported fewer lice.\n"
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        return ix.check(claim)


GROWTH = (
    "The number of Arvelian officers trained in Dostrova remains small but growing; in 2001 17 "
    "Arvelians were trained there and this year that number will reach 39."
)


@pytest.mark.parametrize(("year", "contradicted"), [("2003", False), ("2004", True)])
def test_this_year_is_the_articles_year(tmp_path: Path, year: str, contradicted: bool) -> None:
    claim = f"The number of Arvelians trained in Dostrova was expected to reach 39 in {year}."
    v = _dated(tmp_path, claim, GROWTH, "2003-07-16")
    assert (v.verdict == "contradicted") is contradicted


HANDOVER = "General Aron Vesk became the southern commander on Monday, taking over from General Ivar Tosk."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the subject takes over, not the words before the comma ("Monday")
        ("Aron Vesk took over from Ivar Tosk as southern commander.", "supported"),
        # one verb of succession states another
        ("Aron Vesk succeeded Ivar Tosk as southern commander.", "supported"),
        # the two the other way round
        ("Ivar Tosk replaced Aron Vesk as southern commander.", "contradicted"),
    ],
)
def test_a_succession_read_by_its_subject(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, handover=HANDOVER).verdict == want


def test_next_year_is_not_the_articles_year(tmp_path: Path) -> None:
    body = "The new bridge over the Sarn at Korsk will open next year, two years later than planned."
    v = _dated(tmp_path, "The new bridge over the Sarn at Korsk will open in 2010.", body, "2010-11-05")
    assert v.verdict == "contradicted"
    assert any("next year (2011)" in r for r in v.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Kelmar lost 300 soldiers in the last year of the war.",
        'In a 1998 interview, Telek said: "This year we will build 40 schools."',
    ],
)
def test_a_year_of_something_else_or_of_a_quote_is_not_relative(text: str) -> None:
    from kzmil.reading import relative

    assert relative(text, "year") == []


def test_a_headline_still_reverses(tmp_path: Path) -> None:
    v = _verdict(
        tmp_path,
        "Dostrova lowers taxes on imported fuel.",
        fuel="Dostrova Raises Taxes On Imported Fuel To Fund Road Repairs",
    )
    assert v.verdict == "contradicted"


def test_a_day_over_twelve_first_is_a_day_and_month() -> None:
    from kzmil.normalize import tokenize
    from kzmil.quantities import extract

    text = "Arvelia has strengthened its ties with Dostrova since 16/11 to train officers."
    assert [(q.type, q.value) for q in extract(text, tokenize(text))] == [("date", 1116.0)]


def test_a_relative_clause_takes_over_not_the_subject(tmp_path: Path) -> None:
    met = (
        "General Ivar Tosk met General Aron Vesk, who became northern commander on Monday, taking "
        "over from General Lenna Brisk."
    )
    v = _verdict(tmp_path, "Ivar Tosk replaced Lenna Brisk as northern commander.", met=met)
    assert v.verdict == "contradicted"
