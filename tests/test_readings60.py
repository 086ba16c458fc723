"""Session 60's readings, on invented corpora: a claim's "X rather than Y" is read by the names
of its sides when the passage words them otherwise ("turning to" for "look toward"); a part the
claim singles out ("..., especially aircraft") is a specific the passage must name; a body's
name spelt out is stated by its initials; a name after the noun it belongs to ("the summit in
Velmar") is that noun's, as before it, and relates no two names; "failed to reach" is stated by
"has not achieved"; a deed both events share done "first" with one of them orders them; a verb
of saying before its object ("stressed the safety") judges nothing; a "seat" is a post; a
function word capitalised inside a title ("Under Secretary") is a word of it; "every year" is
"annually"; and the speaker of a quotation ("..., she explained") is the person named before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import verdict_on as _verdict

PRESSURE = (
    "Pressure on Arvelia to look more toward other NTSO countries for security assistance, rather "
    "than placing such an emphasis upon cooperating with Dostrova, is undoubtedly growing."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the claim's sides, by their names, the other way round
        (
            "Pressure on Arvelia to emphasize cooperation with Dostrova rather than turning to other "
            "NTSO countries for security assistance is growing.",
            "contradicted",
        ),
        # the same way round, in other words
        (
            "Pressure on Arvelia to lean on other NTSO countries for security assistance rather than "
            "stressing cooperation with Dostrova is growing.",
            "supported",
        ),
    ],
)
def test_a_preference_read_by_its_names(tmp_path: Path, claim: str, want: str) -> None:
    v = _verdict(tmp_path, claim, pressure=PRESSURE)
    assert v.verdict == want
    if want == "contradicted":  # by the preference itself, not only by the names' order
        assert any("prefers the other side" in r for r in v.reasons)


PARTS = (
    "As Tomas Grevin notes, parts and supplies for existing Soviet or Russian-made equipment "
    "have been hard to obtain."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Tomas Grevin notes that parts and supplies for Soviet or Russian-made equipment, "
            "especially aircraft, have been hard to obtain.",
            "not_found",
        ),
        # the part named by the passage itself is stated
        (
            "Tomas Grevin notes that parts and supplies for Soviet or Russian-made hardware, "
            "particularly equipment, have been hard to obtain.",
            "supported",
        ),
        (
            "Tomas Grevin notes that parts and supplies for Soviet or Russian-made equipment have "
            "been hard to obtain.",
            "supported",
        ),
    ],
)
def test_a_part_singled_out(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, parts=PARTS).verdict == want


INSTITUTE = (
    "As of 2004, NATO has enabled a military language institute, which gives Arvelian military "
    "personnel the chance to study military English, Turkish, and Chinese."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "As of 2004, the North Atlantic Treaty Organization had enabled a military language "
            "institute where Arvelian personnel can study military English, Turkish and Chinese.",
            "supported",
        ),
        # another body's name spelt out is no reading of these initials
        (
            "As of 2004, the Collective Security Treaty Organization had enabled a military language "
            "institute where Arvelian personnel can study military English, Turkish and Chinese.",
            "not_found",
        ),
    ],
)
def test_a_body_spelt_out_against_its_initials(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, institute=INSTITUTE).verdict == want


SUMMIT = (
    "Dostrovan President Ilya Varenko exhorted the Central Andean states to take care of their "
    "security themselves during the NCO summit in Velmar on August 16."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "the Velmar NCO summit" is "the NCO summit in Velmar": no two names exchanged
        (
            "At the Velmar NCO summit in mid-August, the Dostrovan president urged Central Andean "
            "states to take care of their security themselves.",
            "supported",
        ),
    ],
)
def test_a_name_after_its_noun(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, summit=SUMMIT).verdict == want


def test_a_name_after_its_noun_keeps_other_names_apart(tmp_path: Path) -> None:
    claim = (
        "At the Velmar NCO summit in mid-August, the Arvelian president urged Central Andean "
        "states to take care of their security themselves."
    )
    assert _verdict(tmp_path, claim, summit=SUMMIT).verdict != "supported"


LOBBYING = (
    "Arvelia is therefore lobbying in Dostrova for the majority of its equipment to come from "
    "Dostrovan suppliers."
)


def test_a_verb_is_no_noun_a_name_belongs_to(tmp_path: Path) -> None:
    # "lobbying in Dostrova" is a deed done there: the two names stay on their sides (a wrong
    # support of a first version, which read any word before "in" as the name's noun)
    claim = "Dostrova is lobbying Arvelia to take the bulk of its military equipment from Dostrovan suppliers"
    assert _verdict(tmp_path, claim, lobbying=LOBBYING).verdict != "supported"


GOALS = (
    "Despite ten years of attention to military reform, Arvelia has not achieved the supply and "
    "readiness goals it has paid for."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "For all its years of attention to military reform, Arvelia has failed to reach the "
            "supply and readiness goals it has paid for.",
            "supported",
        ),
        (
            "For all its years of attention to military reform, Arvelia has managed to reach the "
            "supply and readiness goals it has paid for.",
            "contradicted",
        ),
    ],
)
def test_failed_to_against_not(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, goals=GOALS).verdict == want


TRAINING = (
    "Varen's emphasis on military education also reinforces the idea that the government intends to "
    "play a tough game; officers will benefit first from national education and training programs, "
    "while only a small proportion will receive any foreign education and training."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # the deed both events share, done "first" with the other one
        (
            "Under Varen's approach, officers will benefit from foreign education and training "
            "before they benefit from national programs.",
            "contradicted",
        ),
        (
            "Under Varen's approach, officers will benefit from national education and training "
            "before they benefit from foreign programs.",
            "supported",
        ),
    ],
)
def test_a_deed_done_first(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, training=TRAINING).verdict == want


TALKS = (
    "Talks touched upon the security situation in Iraq, used as an opportunity to talk up efforts "
    "to secure the continued safety of Arvelian servicemen serving in Central Iraq."
)


def test_a_verb_of_saying_before_its_object_judges_nothing(tmp_path: Path) -> None:
    # "stressed the safety" says what was stressed; VADER's "stressed" is a feeling, and no
    # reversal of "security": the servicemen's number is what the source never gives
    claim = (
        "The talks stressed the safety of the small contingent of about 30 Arvelian servicemen "
        "in Central Iraq."
    )
    v = _verdict(tmp_path, claim, talks=TALKS)
    assert v.verdict == "not_found"
    assert not any("stressed" in r for r in v.reasons)


COMMANDERS = (
    "Nazarbaev named Ilya Varenko as the new eastern regional commander but relieving him of his "
    "deputy ministerial position."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "his seat as a deputy minister" is the post "his deputy ministerial position" names
        (
            "Ilya Varenko took over the eastern regional command while keeping his seat as a "
            "deputy minister.",
            "contradicted",
        ),
        # the same way round: no reversal (whether "seat" is stated is coverage's to weigh)
        (
            "Ilya Varenko took over the eastern regional command and lost his seat as a deputy minister.",
            "not contradicted",
        ),
    ],
)
def test_a_seat_is_a_post(tmp_path: Path, claim: str, want: str) -> None:
    got = _verdict(tmp_path, claim, commanders=COMMANDERS).verdict
    assert got == want if want != "not contradicted" else got != "contradicted"


MEETINGS = (
    "Grevin met Tomas Arlen, Deputy Secretary of State; Mira Velde, Assistant Secretary of Defense "
    "for International Security Policy; and Jon Brask, head of Eurasia affairs."
)


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "Under" is a word of the title, as "Assistant" is: the source never gives it
        ("Grevin also held talks with Mira Velde, then Under Secretary of Defense for Policy.", "not_found"),
        (
            "Grevin also held talks with Mira Velde, Assistant Secretary of Defense for International "
            "Security Policy.",
            "supported",
        ),
    ],
)
def test_a_function_word_inside_a_title(tmp_path: Path, claim: str, want: str) -> None:
    assert _verdict(tmp_path, claim, meetings=MEETINGS).verdict == want


SENT_ABROAD = "Around 550 people are sent abroad for education annually."


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # "every year" is "annually": both of its words are stated
        ("Around 550 people are sent abroad for education every year.", "supported"),
        ("Around 550 people are sent abroad for education every month.", "contradicted"),
    ],
)
def test_a_frequency_in_other_words(tmp_path: Path, claim: str, want: str) -> None:
    v = _verdict(tmp_path, claim, abroad=SENT_ABROAD)
    assert v.verdict == want
    if want == "supported":
        assert v.coverage > 0.9


VIEWS = (
    "In 2001 Mira Velde, the country's first female graduate of the academy, has become a cause celebre. "
    "Although wanting to become an attache, she was in fact posted to logistics. "
    "Unhappy, she returned for further study and then quit the army. \u201cMy views about life have "
    "become broader, I have learned what is important,\u201d she explained."
)


def test_the_speaker_of_a_quotation_is_named_before(tmp_path: Path) -> None:
    # "she explained" after the quotation is Mira Velde, whom the text names three sentences
    # before, with only "she" since
    claim = (
        "Mira Velde explained that her views about life have become broader and that she has "
        "learned what is important."
    )
    assert _verdict(tmp_path, claim, views=VIEWS).verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "passage", "want"),
    [
        # after the outside review: "not yet" is a deadline to come, not a failure; a refusal
        # is a will that "has not signed" does not tell; "Of" only joins a title's words;
        # initials that the passage describes otherwise ("The OAP, an association of ...") stand for that
        (
            "The government failed to meet its deficit target of 3 percent.",
            "The government has not yet met its deficit target of 3 percent, which falls due in December.",
            "not supported",
        ),
        (
            "Karvel refused to sign the fisheries accord.",
            "Menria has not signed the fisheries accord, but Karvel signed it on Monday in Varno.",
            "not supported",
        ),
        (
            "Then Minister Of Fisheries Ivo Sark signed the quota decree in 2006.",
            "Then fisheries minister Ivo Sark signed the quota decree in 2006.",
            "supported",
        ),
        (
            "The Organisation of Arctic Ports marched to city hall on Wednesday to demand higher pensions.",
            "The OAP, an association of retired teachers in Brask, marched to city hall on Wednesday to "
            "demand higher pensions.",
            "not supported",
        ),
        (
            "Nurses at Brask general hospital were stressed the whole winter.",
            "A survey of nurses at Brask general hospital found they were calm and content throughout the "
            "winter despite long shifts.",
            "contradicted",
        ),
    ],
)
def test_the_readings_stay_within_their_bounds(tmp_path: Path, claim: str, passage: str, want: str) -> None:
    got = _verdict(tmp_path, claim, news=passage).verdict
    assert got != "supported" if want == "not supported" else got == want


def test_a_name_or_an_adjective_tells_no_frequency(tmp_path: Path) -> None:
    # "The Daily Herald" is a paper's name: "every day" gets no credit from it
    v = _verdict(
        tmp_path,
        "The Herald publishes crime figures for Brask every day.",
        news="The Daily Herald published new crime figures for Brask on Monday.",
    )
    assert v.coverage < 0.8
