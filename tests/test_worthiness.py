"""Classing sentences: check-worthy claims against the writer's framing, by general cues."""

from __future__ import annotations

import pytest

from kzmil.worthiness import (
    Classing,
    apposition,
    classify,
    clauses,
    like_siblings,
    probes,
    quotations,
    unframed,
)


def _names(words: list[str]) -> dict[str, bool]:
    """The corpus's say on sentence-initial capitals: these are names, the rest are not."""
    return {w: w in {"kazakhstan", "moscow", "akhmetov", "altynbayev"} for w in words}


def cls(text: str, kind: str = "paragraph", **kw: bool) -> Classing:
    return classify(text, kind, _names, **kw)


@pytest.mark.parametrize(
    "text",
    [
        "Of the 250 officers educated in the United States, 110 have quit the military.",
        "Akhmetov met his Belarusian counterpart in Almaty on September 12.",
        "Moscow approves of these arrangements.",
        "Senator Richard Lugar said cooperation will be increased.",  # the modal is Lugar's
        '"We are going to test each commander," Altynbayev said.',  # "we" is quoted
        "In the US capital he met Deputy Secretary of State Richard Armitage.",  # US is no "us"
        "At first, the Danes could use it for emergency landings only.",  # past ability
        "Altynbayev was later promoted to prime minister.",  # a passive verb, not a judgement
        "The greatest danger, the analysis argues, is dead Kazakh servicemen.",  # reported judgement
        "It was founded in 1994 in Almaty.",  # framing words, but a figure and a place
        "Officials in Astana show little will to enforce those commitments.",  # "will" is a noun
        "The ministry named its three new commanders:",  # a lead-in with a figure says something
        "No officer educated in the United States has been prosecuted by Astana.",  # no comparison
        "No other Central Asian state sent more officers to West Point than Kazakhstan.",  # a ranking
        "None of these figures were published by the Ministry of Defense.",  # "these figures"
        "Few of the 250 officers trained in America remain in the army.",  # a share, no comparison
        "Losses are heaviest among officers back from short courses abroad.",  # groups ranked
        "Retention is much better among high-ranking officers.",
        "McDermott concluded that Astana should rely on imports.",  # the modal is McDermott's
        "The greatest risk, in the analyst's view, is a terrorist attack.",  # a view reported
        "Graduates of the course will get a 20 percent pay rise.",  # a plan with its figure
        "Graduates of foreign academies must serve a minimum of eight years under their contracts.",  # a rule
    ],
)
def test_claims(text: str) -> None:
    assert cls(text).checkworthy, cls(text)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # the review's probes: a ranking among a pronoun's group, or by a strongly judging word
        ("This approach is the best among the alternatives on offer.", "judgement"),
        ("Cynicism is deepest among those who have seen the system up close.", "no checkable specifics"),
    ],
)
def test_rankings_that_judge(text: str, why: str) -> None:
    c = cls(text)
    assert not c.checkworthy and why in c.why, c


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("How long can Astana bear that risk?", "a question"),
        ("We think Washington should worry.", "first person"),
        ("Reform on this scale will take years, not months.", "forecast"),
        ("Numbers like these should worry planners in Astana.", "forecast"),
        ("Perhaps exactly where Astana wants it.", "forecast"),
        ("Expect more reshuffles before the year is out.", "instruction"),
        ("Whether Astana can keep Moscow content is the question.", "question"),
        ("That was a bold step.", "judgement"),
        ("The trend line is clear, even if the destination is not.", "judgement"),
        ("The visit mattered.", "no checkable specifics"),
        ("This matters.", "no checkable specifics"),
        ("See the Jamestown archive.", "instruction"),
        ("In the minister's own words:", "lead-in"),
        ("Ortiz framed it this way:", "lead-in"),
        ("This is important for Kazakhstan.", "frames"),
        ("Few capitals have balanced Moscow and Washington more deftly than Astana.", "sweeping"),
        ("Few partnerships show the strain as clearly as the one with Belarus.", "sweeping"),
        ("Not every deal with Moscow is a loss for Washington.", "sweeping"),
        ("None of this happened by chance in Astana.", "sweeping"),
        ("Not everything between Astana and Moscow is a contest.", "sweeping"),
        ("Then there is the question of Belarus.", "transition"),
    ],
)
def test_not_claims(text: str, why: str) -> None:
    c = cls(text)
    assert not c.checkworthy and why in c.why, c


def test_headings_links_and_lead_ins() -> None:
    assert cls("Kazakhstan in 2008", "heading").why == "a heading"
    assert not cls("The Jamestown report has more detail.", has_link=True).checkworthy
    assert cls("The report counted 5,000 troops.", has_link=True).checkworthy  # a figure is still a claim
    assert not cls("Other items on the agenda included:", leads_list=True).checkworthy


def test_block_quote_without_marks_is_a_quotation() -> None:
    text = "We are going to test each commander's psychological state."
    assert quotations(text, "quote") == [(0, len(text))]
    assert quotations(text, "paragraph") == []
    assert cls(text, "quote").checkworthy  # the speaker's "we", not the writer's


def test_list_items_follow_their_siblings() -> None:
    items = [
        cls("Kazakhstan's relationship with NATO;", "item"),
        cls("closer collaboration in the war.", "item"),
    ]
    assert [c.checkworthy for c in items] == [True, False]
    like_siblings(items, [[0, 1]])
    assert [c.checkworthy for c in items] == [True, True]
    hedge = [cls("Kazakhstan joined NATO;", "item"), cls("we should watch it.", "item")]
    like_siblings(hedge, [[0, 1]])
    assert not hedge[1].checkworthy  # the writer's voice stays the writer's


def test_clauses_split_only_into_claims_of_their_own() -> None:
    text = "17 servicemen trained in the United States in 2001, and the figure was set to reach 39 in 2003."
    assert [text[a:b] for a, b in clauses(text)] == [
        "17 servicemen trained in the United States in 2001",
        "the figure was set to reach 39 in 2003",
    ]
    one = "It was a modest gesture, but a telling one."
    assert clauses(one) == [(0, len(one))]
    quoted = '"We will test them; all of them, and soon," Altynbayev said on Kazakh television.'
    assert clauses(quoted) == [(0, len(quoted))]
    led = "Turkey tells a similar story: 23 of the 114 cadets trained there have left."
    assert [led[a:b] for a, b in clauses(led)] == ["23 of the 114 cadets trained there have left"]
    counted = "Turkey has trained 114 Kazakh cadets: 23 of them have left for civilian jobs."
    assert len(clauses(counted)) == 2  # a lead-in with a figure of its own is a claim too
    lead = "When Milyuk graduated from West Point in 2005, she seemed to embody what Washington wanted."
    assert [lead[a:b] for a, b in clauses(lead)] == [
        "When Milyuk graduated from West Point in 2005",
        "she seemed to embody what Washington wanted",
    ]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("The greatest danger, the analysis argues, is a war.", "The greatest danger is a war."),
        (
            "The thinking, as the monitor put it, is that officers come first.",
            "The thinking is that officers come first.",
        ),
        ("According to the report, 110 officers left.", "110 officers left."),
        ("The article notes that Akhmetov visited Minsk.", "Akhmetov visited Minsk."),
        # a frame that names someone is part of the claim
        ("According to Lugar, the plan was extended.", "According to Lugar, the plan was extended."),
        ("The plan, Lugar said, was extended.", "The plan, Lugar said, was extended."),
    ],
)
def test_a_frame_that_only_names_the_source_is_cut(text: str, bare: str) -> None:
    got, cuts = unframed(text)
    assert got == bare
    assert bool(cuts) == (bare != text)


def test_probes_are_a_first_clause_that_asserts_on_its_own() -> None:
    text = "Milyuk entered West Point in 2003 and hoped to become a military attache."
    assert [text[a:b] for a, b in probes(text)] == ["Milyuk entered West Point in 2003"]
    assert probes("The number rose between 2001 and 2003 and then fell sharply.") == []
    assert probes("Russia and China both hold exercises in the region.") == []


def test_a_description_between_commas_after_a_name() -> None:
    text = "Ana Ortiz, the first woman to command the fleet, took over in 2003."
    (lo, hi), name = apposition(text) or ((0, 0), "")
    assert name == "Ana Ortiz" and text[lo:hi] == ", the first woman to command the fleet, "
    assert apposition("In May 2004, Admiral Ana Ortiz took over.") is None  # a date, not a description
    assert apposition("Ortiz, Reyes and Diaz met in Lima.") is None  # a list
    assert apposition("Ortiz, who took over in 2003, Reyes") is None  # no verb after it


def test_a_compared_likelihood_is_no_hedge() -> None:
    """ "far more likely to stay" compares two groups as a fact; "likely to stay" hedges."""
    assert "modality" not in cls("Senior officers are far more likely to stay than juniors.").cues
    assert "modality" in cls("Senior officers are likely to stay.").cues


def test_a_sentence_about_a_person_named_before_is_a_claim() -> None:
    """ "She later married and quit the army": a person's deed, named in the sentence before."""
    assert cls("She later married and quit the army.").checkworthy
    assert not cls("It is a bold idea.").checkworthy
    assert not cls("She sounds unrepentant:").checkworthy  # a lead-in
