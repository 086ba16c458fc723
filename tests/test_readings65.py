"""Session 65's readings, on invented corpora (each test fails on the session's start code,
or guards a reading against firing where it must not)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

AFTERMATH = (
    "Norway joined the Nordic Defence Pact in 1996 and has drawn closer to its allies. "
    "In the aftermath of the 2004 tsunami, as relief teams were sent to Asia, Oslo recognized "
    "the value of naval cooperation but only slowly rebuilt its supply fleet."
)
JOINED = "Norway joined the Nordic Defence Pact in 1996"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("After 2004 Oslo recognized the value of naval cooperation.", "supported"),
        ("Before 2004 Oslo recognized the value of naval cooperation.", "contradicted"),
        # the date and a name, but not the deed: the order is not stated
        ("After 2004 Oslo bought new ships for its supply fleet.", "not_found"),
        (f"{JOINED}, but after 2004 Oslo was slow to rebuild its supply fleet.", "supported"),
        (f"{JOINED}, but before 2004 Oslo was slow to rebuild its supply fleet.", "contradicted"),
    ],
)
def test_an_opening_date_with_no_comma_is_the_first_event(tmp_path: Path, claim: str, want: str) -> None:
    """ "After 2004 Oslo recognized": the date alone comes first, its clause after it; and an
    opening cue in the passage's second sentence orders that sentence's clause."""
    assert _verdict(tmp_path, claim, fleet=AFTERMATH).verdict == want


BALANCE = (
    "These deals suit Minister Halvorsen, keen to avoid upsetting the balance between the "
    "reformers and the traditionalists more interested in closer ties with Sweden."
)


def test_avoid_denies_a_deed_and_judges_nothing(tmp_path: Path) -> None:
    """ "keen to avoid upsetting" says "not upset": "avoid" is no judgement against the claim's
    "favoring" (the traditionalists' leaning, which the passage states as "interested in")."""
    claim = (
        "The deals suited Halvorsen, who was keen not to upset the balance between the reformers "
        "and traditionalists favoring closer ties with Sweden."
    )
    assert _verdict(tmp_path, claim, balance=BALANCE).verdict != "contradicted"


OUTLIER = "Of 250 officers who studied in Norway, 110 have already quit the navy."


def test_not_an_unstated_state_denies_nothing(tmp_path: Path) -> None:
    """ "Dahl is not an outlier": a state the passage never names, in any form or by its
    opposite, is no deed the passage says was done."""
    claim = "Dahl is not an outlier: of 250 officers who studied in Norway, 110 have already quit the navy."
    assert _verdict(tmp_path, claim, outlier=OUTLIER).verdict != "contradicted"


def test_not_a_stated_state_is_still_denied(tmp_path: Path) -> None:
    claim = "The Norway programme was not a success."
    body = "The Norway programme was a success, officials said."
    assert _verdict(tmp_path, claim, success=body).verdict == "contradicted"


def test_an_adverb_of_time_ends_a_phrase(tmp_path: Path) -> None:
    """ "in the programme ever since": "ever since" tells how long, and is no circumstance the
    passage must state; the phrase is "the programme" alone, one word, a paraphrase's share."""
    body = "Norway has been an active member of the Nordic Defence Pact since joining in 1996."
    claim = (
        "Norway joined the Nordic Defence Pact in 1996 and has been an active participant in the "
        "programme ever since."
    )
    assert _verdict(tmp_path, claim, pact=body).verdict == "supported"


def test_models_of_other_things_are_no_rival_figures(tmp_path: Path) -> None:
    """ "T-72 and T-90 tanks" against "L-39, and Su-27 aircraft": a model's number counts
    nothing, and with no thing named for both they are not one figure told two ways."""
    body = (
        "The press service also stressed the need for modernizing MiG, L-39, and Su-27 aircraft, "
        "as well as supplying an Igla mobile surface-to-air system."
    )
    claim = (
        "The press service also stressed the need for modernizing T-72 and T-90 tanks, as well as "
        "supplying an Igla mobile system."
    )
    assert _verdict(tmp_path, claim, planes=body).verdict != "contradicted"


@pytest.mark.parametrize(
    ("claim", "body"),
    [
        (
            "The Oslo yard has signed a contract to repair Danish MiG-29 fighters.",
            "The Oslo yard has signed a contract to repair Danish Su-27 fighters.",
        ),
        # one family of models, in a list that names no thing after either
        (
            "The press service also stressed the need for modernizing MiG, L-46, and Su-27 aircraft.",
            "The press service also stressed the need for modernizing MiG, L-39, and Su-27 aircraft.",
        ),
    ],
)
def test_models_of_one_thing_are_still_rivals(tmp_path: Path, claim: str, body: str) -> None:
    assert _verdict(tmp_path, claim, yard=body).verdict == "contradicted"


MILK = (
    "Nordic Daily advocated that Halvorsen should milk both powers, attempting to extract as "
    "much benefit from Washington and Moscow as possible."
)


def test_a_verb_of_saying_before_that_reports(tmp_path: Path) -> None:
    """ "The newspaper argued that ...": the verb reports a text's view, it is no quarrel that
    the passage's "benefit" reverses."""
    claim = "The newspaper argued that Halvorsen should milk both Washington and Moscow."
    assert _verdict(tmp_path, claim, milk=MILK).verdict != "contradicted"


def test_a_dated_event_is_no_judgement(tmp_path: Path) -> None:
    """ "the September 11 attacks" names an event; "attacks" judges nothing the passage's
    "strengthened" could reverse."""
    body = "Since 9/11 Oslo has strengthened its security relationship with Washington."
    claim = "Since the September 11 attacks, Oslo has strengthened its security relationship with Washington."
    assert _verdict(tmp_path, claim, ties=body).verdict == "supported"


RETENTION = (
    "Although retention is significantly higher in the cases of senior officers attending short "
    "courses in Norway, the real problem lies with the junior officers."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("Retention is lowest among senior officers attending short courses in Norway.", "contradicted"),
        ("Retention is weakest among senior officers attending short courses in Norway.", "contradicted"),
        ("Retention is higher among senior officers attending short courses in Norway.", "supported"),
    ],
)
def test_a_superlative_of_degree_faces_the_other_comparative(tmp_path: Path, claim: str, want: str) -> None:
    """ "lowest among senior officers" ranks them at the bottom; the passage has them higher."""
    assert _verdict(tmp_path, claim, retention=RETENTION).verdict == want


def test_a_former_post_is_no_rival_of_the_present_one(tmp_path: Path) -> None:
    """ "Dahl, a former prime minister" against "Defense Minister Dahl": both hold."""
    bodies = {
        "recall": (
            "Early this year, Defense Minister Olsen was recalled and replaced by Defense Minister Erik Dahl."
        ),
        "career": "Erik Dahl was prime minister of Norway until 2006.",
    }
    claim = "Olsen was replaced early this year by Erik Dahl, a former prime minister."
    assert _verdict(tmp_path, claim, **bodies).verdict != "contradicted"


def test_as_far_back_as_is_no_lessening(tmp_path: Path) -> None:
    """ "as far back as 2003" tells how long ago; "far back" is no change of amount that the
    passage's "reform" could reverse."""
    body = (
        "The French proposed sharing their experience of professionalizing the armed forces with "
        "Norway, in order to further this key reform, not least since by 2007 Norway plans to have "
        "50% contract servicemen in its army."
    )
    claim = (
        "As far back as 2003, Norway set itself the goal of having contract servicemen make up half "
        "of its army by 2007."
    )
    assert _verdict(tmp_path, claim, reform=body).verdict != "contradicted"


def test_an_event_named_by_its_date_is_ordered_by_the_date(tmp_path: Path) -> None:
    """ "After the 2004 tsunami, Oslo ..." against "In the aftermath of 2004, ... Oslo ...": the
    source gives the event by its date alone."""
    body = "In the aftermath of 2004, Oslo recognized the value of naval cooperation."
    assert (
        _verdict(
            tmp_path, "After the 2004 tsunami, Oslo recognized the value of naval cooperation.", t=body
        ).verdict
        == "supported"
    )
    assert (
        _verdict(
            tmp_path, "Before the 2004 tsunami, Oslo recognized the value of naval cooperation.", t=body
        ).verdict
        == "contradicted"
    )


SLOWLY = (
    "In the aftermath of 2004, as relief teams were sent to Asia, Oslo recognized the value of "
    "naval cooperation with its allies but only slowly responded to the changing dynamics."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("After 2004, Oslo was quick to embrace naval cooperation with its allies.", "contradicted"),
        # "slowly" tells how it responded, not how it recognized
        (
            "After 2004, Oslo was quick to recognize the value of naval cooperation with its allies.",
            "supported",
        ),
    ],
)
def test_a_manner_later_in_the_sentence_reverses(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, slowly=SLOWLY).verdict == want


@pytest.mark.parametrize(
    ("claim", "body", "want"),
    [
        # against its own past, not against other ports: from the outside review
        (
            "Kessa has the largest port in Norway.",
            "Kessa's port is smaller than it was in 1990 but remains the largest in Norway.",
            "supported",
        ),
        # another thing measured
        (
            "Retention in the navy is lowest among senior officers.",
            "A survey found that pay is significantly higher among senior officers than among recruits "
            "in the navy.",
            "not_found",
        ),
        # the same thing, against other members
        (
            "Retention in the navy is lowest among senior officers.",
            "A survey found that retention is significantly higher among senior officers than among "
            "recruits in the navy.",
            "contradicted",
        ),
    ],
)
def test_a_superlative_faces_only_a_comparison_among_others(
    tmp_path: Path, claim: str, body: str, want: str
) -> None:
    assert _verdict(tmp_path, claim, port=body).verdict == want


def test_a_former_post_in_the_passage_is_no_rival_either(tmp_path: Path) -> None:
    body = "Erik Dahl, a former prime minister, now serves as defense minister in the coalition government."
    assert (
        _verdict(tmp_path, "Defense Minister Erik Dahl is a former prime minister.", dahl=body).verdict
        == "supported"
    )
