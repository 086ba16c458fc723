"""Session 63's readings, on invented corpora: a post a claim gives by "made X deputy ..." (a
rank that only opens a post, with no article or "as") is set against the post the passage gives
that person; and a post written in apposition before a name, after an opening date ("In
November 2004 Norway's defence minister, X,"), is read as that person's post."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

from kzmil.normalize import tokenize
from kzmil.titles import _descriptions_before, _designations

RESHUFFLE = (
    "President Halvorsen appointed Ingrid Solberg as deputy defence minister, elevating her from "
    "her previous post as a coastal artillery commander, and named Petter Lunde as the new "
    "northern regional commander while relieving him of his deputy ministerial position."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Halvorsen made Petter Lunde deputy defence minister, promoting him from coastal "
            "artillery commander.",
            "contradicted",
        ),
        (
            "Halvorsen made Ingrid Solberg deputy defence minister, promoting her from coastal "
            "artillery commander.",
            "supported",
        ),
    ],
)
def test_made_deputy_is_a_post_given(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, reshuffle=RESHUFFLE).verdict == want


def test_made_deputy_reads_the_post_and_made_to_leave_does_not() -> None:
    text = "Halvorsen made Petter Lunde deputy defence minister."
    [(persons, words, _)] = _designations(text, tokenize(text), set())
    assert persons[-1].norm == "lunde"
    assert words == {"deputi", "defenc", "minist"}
    text = "Halvorsen made Petter Lunde leave the ministry."
    assert _designations(text, tokenize(text), set()) == []


SESSION = (
    "Norway's Prime Minister, Erna Dahl, addressed a government session on November 17 that "
    "discussed efforts to strengthen the national security system."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "In November Norway's defence minister, Erna Dahl, addressed a government session "
            "on strengthening the national security system.",
            "contradicted",
        ),
        (
            "In November Norway's prime minister, Erna Dahl, addressed a government session "
            "on strengthening the national security system.",
            "supported",
        ),
    ],
)
def test_a_post_after_an_opening_date(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, session=SESSION).verdict == want


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("In November Norway's defence minister, Erna Dahl, spoke.", True),
        ("On April 5, the defence minister, Erna Dahl, spoke.", True),
        # an opening clause with a verb: the words before the name are not its post
        ("After meeting the defence minister, Erna Dahl spoke.", False),
        ("In talks with the defence minister, Erna Dahl, officials agreed.", False),
    ],
)
def test_which_openings_leave_the_post_to_the_name(text: str, post: bool) -> None:
    assert bool(_descriptions_before(text, tokenize(text), set())) is post


# A party the sentences before name, and the passage does not: the passage's story concerns
# Sweden, it does not say that Swedes did what the claim says.
TRAINING = (
    "Swedish advisers have worked with the Norwegian army since 2009. General Anders Berg, the "
    "chief of staff, addressed a mobilisation training session held on November 17 in the "
    "Tromso regional command."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Swedish officers attended the November 17 mobilisation training session in the Tromso "
            "regional command that Berg addressed.",
            "not_found",
        ),
        (
            "The November 17 mobilisation training session in the Tromso regional command was "
            "addressed by General Anders Berg.",
            "supported",
        ),
    ],
)
def test_a_deed_of_a_party_named_only_around(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, training=TRAINING).verdict == want


TIES = (
    "As these trade ties deepen with Sweden, the government in Oslo is also busy deepening its "
    "ties to Denmark as a strategic partner and its commitments to the Nordic Council."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "As its trade ties with Sweden deepen, the government in Oslo is busy loosening its ties "
            "to Denmark as a strategic partner.",
            "contradicted",
        ),
        (
            "As its trade ties with Sweden deepen, the government in Oslo is busy deepening its ties "
            "to Denmark as a strategic partner.",
            "supported",
        ),
    ],
)
def test_an_antonym_the_claim_also_uses_elsewhere(tmp_path: Path, claim: str, want: str) -> None:
    # the claim's one "deepen" pairs off with one of the passage's two; the other faces "loosening"
    assert _verdict(tmp_path, claim, ties=TIES).verdict == want


TALKS = (
    "Talks touched upon the security situation in Norway and Sweden, with the latter used as an "
    "opportunity to talk up Danish efforts to secure the continued safety of Finnish engineers "
    "working in Central Sweden."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Talks touched on Norway and Sweden, with Norway used as an opportunity to talk up "
            "Danish efforts to secure the safety of Finnish engineers.",
            "contradicted",
        ),
        (
            "Talks touched on Norway and Sweden, with Sweden used as an opportunity to talk up "
            "Danish efforts to secure the safety of Finnish engineers.",
            "supported",
        ),
    ],
)
def test_the_latter_before_a_verb_in_the_past(tmp_path: Path, claim: str, want: str) -> None:
    # "the latter used as": a noun phrase of its own, not "the latter half"
    assert _verdict(tmp_path, claim, talks=TALKS).verdict == want


def test_a_report_dated_by_its_credit_a_paragraph_on(tmp_path: Path) -> None:
    # the claim dates the report; the article dates it only in its credit, two sentences on
    body = (
        "A December 2010 article in Norway's Dagsposten newspaper publicized the growing Danish "
        "interest in Norway. It noted that the Danish parliament had allocated $40 million to "
        "the foreign ministry for its work in the Arctic.\n\n"
        "The newspaper asked what Norway should do next. It said Oslo should keep both Denmark "
        "and Sweden close (Dagsposten, December 28)."
    )
    claim = (
        "A December 28 article in Dagsposten said the Danish parliament had allocated $40 million "
        "to the foreign ministry for its work in the Arctic."
    )
    assert _verdict(tmp_path, claim, arctic=body).verdict == "supported"
    other = claim.replace("December 28 article in Dagsposten", "December 28 article in Aftenbladet")
    assert _verdict(tmp_path, other, arctic=body).verdict != "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Norway won the first match against Sweden, lost the second and won the third.", "contradicted"),
        ("Norway won the first match against Sweden, lost the second and lost the third.", "supported"),
    ],
)
def test_each_use_of_a_word_pairs_off_with_one(tmp_path: Path, claim: str, want: str) -> None:
    # the claim's second "won" has no "won" left in the passage, and a "lost" is left over
    body = "Norway won the first match against Sweden, lost the second and lost the third, ending its hopes."
    assert _verdict(tmp_path, claim, matches=body).verdict == want


def test_a_post_passed_on_by_succession_is_no_other_persons(tmp_path: Path) -> None:
    # the post the passage gives Solberg went to Lunde when he replaced her
    body = (
        "In 2003 President Halvorsen appointed Ingrid Solberg as deputy interior minister. When "
        "Solberg resigned two years later, Halvorsen named Petter Lunde, then head of the border "
        "police, to replace her."
    )
    claim = "Halvorsen made Petter Lunde deputy interior minister."
    assert _verdict(tmp_path, claim, posts=body).verdict != "contradicted"


ABROAD = (
    "Around 480 people are sent abroad for education annually. Of these, 280 are servicemen "
    "being sent for full-time education, and 200 are officers sent for short-term courses."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Of those, 280 go on short-term courses and 200 enrol for full-time study.", "contradicted"),
        ("Of those, 280 go on full-time courses and 200 enrol for short-term study.", "supported"),
    ],
)
def test_two_figures_given_each_others_words(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, abroad=ABROAD).verdict == want


CONSTRAINTS = (
    "The new minister, Erna Dahl, is charged with revitalizing the army's reform to overcome two "
    "constraints: inefficient fund allocation and dwindling re-supply."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Erna Dahl was charged with revitalizing army reform to overcome two constraints: bloated "
            "manpower and dwindling re-supply.",
            "contradicted",
        ),
        (
            "Erna Dahl was charged with revitalizing army reform to overcome two constraints: dwindling "
            "re-supply and inefficient fund allocation.",
            "supported",
        ),
    ],
)
def test_a_count_spelt_out_otherwise(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, reform=CONSTRAINTS).verdict == want
