"""A draft checked against the bundled corpus: verdicts, quotations, facts, shared work."""

from __future__ import annotations

import pytest

from kzmil.draft import read_draft
from kzmil.index import Index
from kzmil.models import Span, Verdict
from kzmil.normalize import shared_work, tokenize
from kzmil.review import Fact, Review, SharedIndex, check_draft, combine
from kzmil.verdict import check

DRAFT = """# Cadets

Of the 250 officers educated in the United States, 120 have already quit the military.
In Almaty on September 12, Defense Minister Daniyal Akhmetov met his Belarusian counterpart Leanid Maltsaw.
Kazakhstan opened a NATO training academy in Astana in 2006. We think it matters.

> "My views about life have become narrower, I have learned how to differentiate
> between what is important and what is not," she told Megapolis.
"""


@pytest.fixture(scope="module")
def review(bundled: Index) -> Review:
    return check_draft(bundled, read_draft("d.md", DRAFT.encode("utf-8")), ["corpus"])


def test_every_sentence_once_in_order_with_its_verdict(review: Review) -> None:
    labels = [st.label for st in review.statements]
    assert labels == ["not_a_claim", "contradicted", "supported", "not_found", "not_a_claim", "contradicted"]
    assert review.summary() == {"supported": 1, "contradicted": 2, "not_found": 1, "not_a_claim": 2}
    assert [st.sentence.n for st in review.statements] == list(range(1, 7))


def test_reasons_and_evidence(review: Review) -> None:
    wrong = review.statements[1].verdict
    assert wrong is not None and wrong.reasons == ["the claim says 120; the source says 110"]
    assert wrong.evidence is not None and "110 have already quit" in wrong.evidence.passage
    unstated = review.statements[3].verdict
    assert unstated is not None and unstated.evidence is None and unstated.nearest is not None


def test_a_misquote_is_contradicted_with_the_source_words(review: Review) -> None:
    quote = review.statements[5].verdict
    assert quote is not None
    assert quote.reasons == [
        "quotation: the quote says \u201cnarrower\u201d; the source says \u201cbroader\u201d"
    ]
    assert quote.evidence is not None
    marked = [quote.evidence.passage[h.start : h.end] for h in quote.evidence.highlights]
    assert marked == ["broader"]


def test_an_exact_quote_is_supported(bundled: Index) -> None:
    text = (
        "> \"We are going to test each commander's psychological state, what they have in their "
        'minds," Altynbayev said on Kazakh television.\n'
    )
    review = check_draft(bundled, read_draft("q.md", text.encode("utf-8")), [])
    v = review.statements[0].verdict
    assert v is not None and v.verdict == "supported", v.reasons
    assert v.reasons[0].startswith("quotation: the quotation is the source's words")


def test_the_worst_fact_wins_and_each_is_named() -> None:
    def fact(kind: str, lo: int, hi: int, verdict: str, reason: str) -> Fact:
        return Fact(kind, lo, hi, Verdict("x", verdict, 50.0, None, [reason], claim_highlights=[Span(0, 1)]))

    text = "Alpha happened in 2001 here, and beta happened in 2003 there."
    whole = fact("sentence", 0, len(text), "not_found", "whole not stated")
    one = fact("clause", 0, 27, "supported", "first stated")
    two = fact("clause", 33, 60, "contradicted", "the claim says 2003; the source says 2004")
    v = combine(text, whole, [one, two], [])
    assert v.verdict == "contradicted"
    assert v.reasons == ["\u201cbeta happened in 2003 there\u201d: the claim says 2003; the source says 2004"]
    assert v.claim_highlights == [Span(33, 34)]
    both = combine(text, whole, [one, fact("clause", 33, 60, "supported", "second stated")], [])
    assert both.verdict == "supported" and len(both.reasons) == 2
    gap = combine(text, whole, [one, fact("clause", 33, 60, "not_found", "second not stated")], [])
    assert gap.verdict == "not_found" and gap.reasons == [
        "\u201cbeta happened in 2003 there\u201d: second not stated"
    ]


def test_shared_work_gives_the_same_verdicts(bundled: Index) -> None:
    claims = [
        "Of the 114 cadets educated in Turkey, 32 have left to work in the civil sector.",
        "Sembinov met Mira Ricardel, Deputy Secretary of State.",
        "NATO opened a military liaison office in Astana in 2005.",
    ]
    alone = [check(bundled, c).to_json() for c in claims]
    shared = SharedIndex(bundled)
    with shared_work():
        together = [check(shared, c).to_json() for c in claims + claims]
    assert together == alone + alone


def test_shared_work_are_the_same_tokens() -> None:
    text = "Akhmetov met Maltsaw on September 12 in Almaty."
    with shared_work():
        a, b = tokenize(text), tokenize(text)
        assert a == b and a is not b
    assert tokenize(text) == a


@pytest.mark.bundled_index
def test_a_clause_in_the_writers_voice_is_not_a_fact_to_find(bundled: Index) -> None:
    """The fact is stated; the frame around it ("she seemed to embody ...") is the writer's."""
    text = (
        "When Yelena Milyuk became Kazakhstan's first female graduate of West Point, she seemed "
        "to embody everything Washington hoped its training would achieve.\n"
    )
    (st,) = check_draft(bundled, read_draft("v.md", text.encode("utf-8")), []).statements
    assert st.verdict is not None and st.verdict.verdict == "supported"


@pytest.mark.bundled_index
def test_a_first_clause_alone_can_contradict_but_never_support(bundled: Index) -> None:
    text = (
        "Milyuk entered West Point in 2003 and hoped to become a military attache when she came home.\n\n"
        "Milyuk entered West Point in 2001 and hoped to command a parachute regiment when she came home.\n"
    )
    wrong, unstated = check_draft(bundled, read_draft("p.md", text.encode("utf-8")), []).statements
    assert wrong.label == "contradicted" and "2001" in " ".join(
        wrong.verdict.reasons if wrong.verdict else []
    )
    assert unstated.label == "not_found"  # its first clause is stated; the rest is not


@pytest.mark.bundled_index
def test_a_description_of_the_subject_is_a_fact_of_its_own(bundled: Index) -> None:
    """ "X, <description>, did Y": Y may be contradicted where the whole sentence finds no
    passage, and a description no passage states is not supported by the rest."""
    text = (
        "Milyuk, the first Kazakh woman to graduate from West Point, entered West Point in 2002.\n\n"
        "Milyuk, the first Kazakh woman to graduate from West Point, entered West Point in 2001.\n\n"
        "Milyuk, the first Kazakh woman to command a tank brigade, entered West Point in 2001.\n"
    )
    wrong, right, invented = check_draft(bundled, read_draft("a.md", text.encode("utf-8")), []).statements
    assert wrong.label == "contradicted" and "2001" in " ".join(
        wrong.verdict.reasons if wrong.verdict else []
    )
    assert right.label == "supported"
    assert invented.label == "not_found"


def test_a_sentence_without_specifics_is_a_claim_when_the_corpus_speaks_to_it(bundled: Index) -> None:
    text = (
        "The officer had wanted to be a military attache but was sent to logistic support in the rear"
        " services.\n"
        "None of this came out of nowhere. Nobody expected what would happen to the old plans next.\n"
    )
    got = check_draft(bundled, read_draft("d.md", text.encode("utf-8")), ["corpus"])
    assert [st.label for st in got.statements] == ["supported", "not_a_claim", "not_a_claim"]
    assert got.statements[0].classing.why == "stated in the corpus"


@pytest.mark.bundled_index
def test_a_pronoun_that_opens_a_sentence_is_read_as_the_person_named_before(bundled: Index) -> None:
    text = (
        "Yelena Milyuk has become a cause celebre in Kazakhstan.\n\n"
        "She entered the academy in 2004.\n\n"
        "The weather was fine.\n\n"
        "It rained a lot.\n\n"
        "She entered the academy in 2004.\n"
    )
    _, wrong, _, _, alone = check_draft(bundled, read_draft("h.md", text.encode("utf-8")), []).statements
    assert wrong.label == "contradicted" and wrong.verdict is not None
    assert wrong.verdict.claim == "She entered the academy in 2004."
    assert any("2001" in r for r in wrong.verdict.reasons)
    # the highlighted words are the claim's own, in the sentence as written
    assert [wrong.verdict.claim[h.start : h.end] for h in wrong.verdict.claim_highlights] == ["2004"]
    assert alone.label == "not_found"  # no one named in the two sentences before it


@pytest.mark.bundled_index
def test_a_pronoun_after_a_pronoun_is_the_person_named_before_both(bundled: Index) -> None:
    """ "He ... He ...": a sentence before that opens on a pronoun speaks of the same person,
    so its names ("Steppe Eagle exercises") are no antecedent of the next one's."""
    text = (
        "Yelena Milyuk has become a cause celebre in Kazakhstan.\n\n"
        "She later watched Steppe Eagle exercises.\n\n"
        "She entered the academy in 2004.\n"
    )
    *_, third = check_draft(bundled, read_draft("p.md", text.encode("utf-8")), []).statements
    assert third.label == "contradicted" and third.verdict is not None
    assert any("2001" in r for r in third.verdict.reasons)


@pytest.mark.bundled_index
def test_a_list_item_takes_its_tense_from_its_lead_in(bundled: Index) -> None:
    """ "- Huey II helicopters supplied through FMF" names an item of a list whose lead-in
    says what the items were (planned, promised, delivered); "supplied" there is no deed."""
    text = (
        "The plan of 2003 covered these things:\n\n"
        "- Huey II helicopters supplied through the Foreign Military Financing program\n"
    )
    *_, item = check_draft(bundled, read_draft("l.md", text.encode("utf-8")), []).statements
    assert item.verdict is not None and item.verdict.verdict == "supported"
    # the same words as a sentence of a paragraph claim the deed done
    text = (
        "The plan of 2003 covered several things. "
        "Huey II helicopters were supplied through the Foreign Military Financing program.\n"
    )
    *_, said = check_draft(bundled, read_draft("s.md", text.encode("utf-8")), []).statements
    assert said.verdict is not None and said.verdict.verdict == "not_found"


@pytest.mark.bundled_index
def test_a_list_item_with_a_verb_of_its_own_is_judged_by_its_tense(bundled: Index) -> None:
    """The outside review: "- Huey II helicopters were supplied to Kazakhstan" claims the
    deed done, whatever its lead-in says."""
    text = (
        "US military assistance included several deliveries:\n\n"
        "- Huey II helicopters were supplied to Kazakhstan through the Foreign Military Financing program\n"
        "- Kazakhstan opened factories to modernize T-72 and T-90 tanks\n"
    )
    *_, supplied, opened = check_draft(bundled, read_draft("f.md", text.encode("utf-8")), []).statements
    assert supplied.verdict is not None and supplied.verdict.verdict == "not_found"
    assert opened.verdict is not None and opened.verdict.verdict == "not_found"
