"""Session 57's readings, on invented corpora: the head of a cause ("an outbreak of ..."), a
"most" before an auxiliary ("most will receive"), a reporter's credit in parentheses, a name at
the front of a noun compound ("Su-27 repair contract"), a passive claim whose person the source
names after the active verb ("named Arman Zhaksybek as ..."), a season as a date, "later"
stated by a sentence that opens on what came first ("Following its victory, Dostrova agreed"),
a publisher's text and verb as the claim's source ("the Fjordheim analysis warned"), in a draft
a gloss before a colon that frames the fact after it, and a bare past verb of change ("migration
rose this year") held to the way the source's amount went. (Invented surnames that are English
words, "Berg" for one, are no person's to the verdict: WordNet knows them.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import invented_corpus, verdict_published
from conftest import verdict_on as _verdict

import kzmil

PATHOGENS = (
    "\u201cIn recent years, biological projects have been actively developed for an information "
    "exchange on dangerous pathogens to ensure security in Dostrova and all over the world,\u201d "
    "Petrov said."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "In recent years biological projects in Dostrova have been actively developed in response "
            "to an outbreak of dangerous pathogens, Petrov said.",
            "not_found",
        ),
        (
            "Biological projects in Dostrova have been developed for an information exchange on "
            "dangerous pathogens.",
            "supported",
        ),
    ],
)
def test_a_cause_needs_its_head_stated(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, bio=PATHOGENS).verdict == want


TRAINING = (
    "Petrov\u2019s emphasis on military education reinforces the idea that the government intends to "
    "play a tough game; officers will benefit first from national education and training programs, "
    "while only a small proportion will receive any foreign education and training."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Under Petrov's approach officers will benefit first from national programs, but most "
            "will also receive some foreign education and training.",
            "contradicted",
        ),
        (
            "Under Petrov's approach officers will benefit first from national programs, and only a "
            "small proportion will receive foreign education and training.",
            "supported",
        ),
    ],
)
def test_most_before_an_auxiliary_counts(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, training=TRAINING).verdict == want


CREDITED = (
    "Petrov said, \u201cThe session discussed the introduction of new technologies in border "
    "protection, and controlling migration flows,\u201d (Interfax-Dostrova, November 17)."
)


def test_a_reporters_credit_fills_no_slot(tmp_path: Path) -> None:
    claim = "Petrov said the session had discussed controlling migration flows from neighbouring Norway."
    assert _verdict(tmp_path, claim, case=CREDITED).verdict == "not_found"


def test_a_credit_still_faces_a_credit(tmp_path: Path) -> None:
    claim = CREDITED.replace("Interfax", "Reuters")
    assert _verdict(tmp_path, claim, case=CREDITED).verdict == "contradicted"


PLANT = (
    "The Lindavik-based aircraft repair plant in Dostrova has signed a $52 million contract to carry "
    "out repairs on Norwegian Su-27 fighters."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("The $52 million Su-27 repair contract was signed with the Lindavik plant.", "supported"),
        (
            "Norwegian Su-27 fighters signed a $52 million contract to repair the Lindavik plant.",
            "contradicted",
        ),
    ],
)
def test_a_name_before_a_compound_modifies_it(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, plant=PLANT).verdict == want


POSTS = (
    "Petrov appointed Ivan Halvorsen as deputy defense minister, and named Arman Zhaksybek as the new "
    "eastern regional commander. Nurlan Oskenov was also named the new southern regional commander, "
    "replacing Timur Ualiev."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Arman Zhaksybek was named the new eastern regional commander, while Nurlan Oskenov became "
            "southern regional commander in place of Timur Ualiev.",
            "supported",
        ),
        ("Nurlan Oskenov was named the new eastern regional commander.", "contradicted"),
    ],
)
def test_a_passive_claim_is_stated_by_the_active(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, posts=POSTS).verdict == want


@pytest.mark.parametrize(
    ("signed", "claim", "want"),
    [
        ("in April 2003", "signed in the spring of 2003", "supported"),
        ("in 2003", "signed in the spring of 2003", "not_found"),
        ("in 2003", "signed in spring 2003", "not_found"),
        ("in April 2003", "signed in the autumn of 2003", "not_found"),
        ("in 2011", "signed in the spring of 2011", "supported"),  # the article is dated May 2011
        ("in 2011", "signed in the autumn of 2011", "not_found"),
    ],
)
def test_a_season_is_a_date_to_state(tmp_path: Path, signed: str, claim: str, want: str) -> None:
    case = (
        f"The five-year cooperation plan between Dostrova and Norway was signed {signed} by two ministries."
    )
    full = f"The five-year cooperation plan between Dostrova and Norway was {claim}."
    assert _verdict(tmp_path, full, plan=case).verdict == want


PLAN = (
    "Following its election victory, Dostrova has also agreed to a new five-year military cooperation "
    "plan with Norway, cementing these arrangements through 2013."
)


@pytest.mark.parametrize(
    ("plan", "claim", "want"),
    [
        (PLAN, "Dostrova later agreed a new five-year military cooperation plan with Norway.", "supported"),
        (PLAN, "Dostrova earlier agreed a new five-year military cooperation plan with Norway.", "not_found"),
        (
            PLAN.removeprefix("Following its election victory, Dostrova has"),
            "Dostrova later agreed a new five-year military cooperation plan with Norway.",
            "not_found",
        ),
    ],
)
def test_later_is_stated_by_a_sentence_opening_on_what_came_first(
    tmp_path: Path, plan: str, claim: str, want: str
) -> None:
    body = plan if plan.startswith("Following") else f"Dostrova has{plan}"
    assert _verdict(tmp_path, claim, plan=body).verdict == want


RISK = (
    "The greatest risk, however, to continued long-term military cooperation is the specter of dead "
    "Dostrovan servicemen being returned to the country."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The greatest risk to long-term cooperation, the Fjordheim analysis warned, was the specter "
            "of dead Dostrovan servicemen being returned home.",
            "supported",
        ),
        (
            "The greatest risk to long-term cooperation, the Fjordheim analysis warned, was the specter "
            "of dead Dostrovan servicemen being returned home from Norway.",
            "not_found",
        ),
    ],
)
def test_a_publishers_text_and_its_verb_frame_the_claim(tmp_path: Path, claim: str, want: str) -> None:
    assert verdict_published(tmp_path, claim, RISK).verdict == want


def _draft_verdicts(tmp_path: Path, draft: str, **articles: str) -> list[str | None]:
    from kzmil.draft import read_draft
    from kzmil.review import check_draft

    corpus = invented_corpus(tmp_path, **articles)
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        review = ix.run(lambda store: check_draft(store, read_draft("d.md", draft.encode()), ["c"]))
    return [st.label for st in review.statements]


CADETS = (
    "The statistics are alarming: out of 250 officers who received an education in Norway, 110 have "
    "already quit the military."
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Not all Western investment has paid off: of 250 officers educated in Norway, 110 have "
            "already left the military.",
            "supported",
        ),
        (
            "Not all Western investment has paid off: of 250 officers educated in Norway, 120 have "
            "already left the military.",
            "contradicted",
        ),
    ],
)
def test_a_gloss_before_a_colon_frames_the_fact_after_it(tmp_path: Path, sentence: str, want: str) -> None:
    assert _draft_verdicts(tmp_path, sentence + "\n", cadets=CADETS) == [want]


def test_a_publishers_text_does_not_say_what_it_reports_another_saying(tmp_path: Path) -> None:
    body = (
        "Roger Halvorsen, writing in the Baltic Review, warned that the greatest risk to cooperation is "
        "the specter of dead Dostrovan servicemen being returned to the country."
    )
    claim = (
        "The Fjordheim analysis warned that the greatest risk to cooperation is the specter of dead "
        "Dostrovan servicemen being returned to the country."
    )
    assert verdict_published(tmp_path, claim, body).verdict != "supported"


def test_later_needs_the_claims_doer_in_the_sentence(tmp_path: Path) -> None:
    body = (
        "Following the OSCE summit, Dostrova has also agreed to host the regional security forum; "
        "Kestavia refused to do so."
    )
    claim = "Kestavia later agreed to host the regional security forum."
    assert _verdict(tmp_path, claim, plan=body).verdict != "supported"


MIGRATION = (
    "Seasonal labour migration into Dostrova rose by a third this year, Deputy Interior Minister Oleg "
    "Markin said (Ukraine Today, November 17)."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Migration flows from Ukraine into Dostrova rose by a third this year.", "not_found"),
        (
            "Oleg Markin told Ukraine Today that seasonal labour migration into Dostrova rose by a third "
            "this year.",
            "supported",
        ),
    ],
)
def test_a_name_only_in_a_credit_states_no_one_the_claim_tells_of(
    tmp_path: Path, claim: str, want: str
) -> None:
    assert _verdict(tmp_path, claim, migration=MIGRATION).verdict == want


FELL = (
    "Migration from Ormun into Dostrova fell by a third this year, Deputy Interior Minister Oleg Markin said."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Migration from Ormun into Dostrova rose this year.", "not_found"),
        ("Migration from Ormun into Dostrova declined this year.", "supported"),
        ("Migration from Ormun into Dostrova fell sharply this year.", "supported"),
    ],
)
def test_a_bare_past_change_must_go_the_sources_way(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, fell=FELL).verdict == want
