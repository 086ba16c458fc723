"""Verdicts on claims written for these tests (not the scored dev claims)."""

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import FILLER

from kzmil.conflicts import Conflict
from kzmil.evidence import Alignment, Evidence
from kzmil.index import Index
from kzmil.judgements import _likeness
from kzmil.match import Query
from kzmil.models import Judgement
from kzmil.normalize import tokenize
from kzmil.search import Candidate
from kzmil.specifics import Specific
from kzmil.synonyms import abbreviated, phrasal, phrase_at, phrase_means
from kzmil.verdict import (
    ARRANGED_TOPIC_MIN,
    ARRANGED_UNSTATED_MAX,
    COUNTED_MIN,
    FIGURE_TOPIC_MIN,
    NAME_TOPIC_MIN,
    OUTRANKED_MARGIN,
    POLARITY_TOPIC_MIN,
    SUPPORT_MIN,
    TOPIC_MIN,
    Assessment,
    _name_part,
    _title_read_once,
    check,
    decide,
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Russia needs Kazakhstan to be militarily capable.", "supported"),
        ("Around 5,000 troops took part in the Batys 2003 exercises.", "supported"),
        ("Around 8,000 troops took part in the Batys 2003 exercises.", "contradicted"),
        (
            "On January 19 Nazarbayev signed a decree ratifying the CSTO rapid reaction forces agreement.",
            "contradicted",
        ),
        ("Of the 114 cadets educated in Germany, 23 have left to work in the civil sector.", "contradicted"),
        ("Russia does not need Kazakhstan to be militarily capable.", "contradicted"),
        # "supported" and "voiced opposition": an antonym pair holds for the words derived from it
        (
            "Russia supported the creation of a Kazakh Navy to strengthen its Caspian security.",
            "contradicted",
        ),
        ("Kazakhstan bought twelve F-16 fighters from the United States in 2006.", "not_found"),
        # the words that make a figure rough are stated with it: "almost 75 percent", "some 143 billion"
        ("Spending in 2007 climbed by close to three-quarters, to roughly $1.1 billion.", "supported"),
        ("Spending in 2007 climbed by close to half, to roughly $1.1 billion.", "contradicted"),
        # who the subject is (its apposition) does not state what the claim says it did
        (
            "Yelena Milyuk, Kazakhstan's first female graduate of West Point, married a Turkish diplomat "
            "and left the army.",
            "not_found",
        ),
        (
            "Yelena Milyuk, who was Kazakhstan's first female graduate of West Point, married a Turkish "
            "diplomat and left the army.",
            "not_found",
        ),
        # "fewer than 114" leaves out the 114 the source states
        ("Fewer than 114 Kazakh cadets have been educated in Turkey.", "contradicted"),
        ("Photosynthesis converts light energy into chemical energy.", "not_found"),
    ],
)
def test_verdicts(bundled: Index, claim: str, verdict: str) -> None:
    assert check(bundled, claim).verdict == verdict


def test_contradiction_names_both_sides(bundled: Index) -> None:
    v = check(bundled, "Around 8,000 troops took part in the Batys 2003 exercises.")
    assert v.reasons == ["the claim says 8,000 troops; the source says 5,000 troops"]
    assert v.evidence is not None and "5,000 troops" in v.evidence.passage
    assert v.claim_highlights and v.evidence.highlights
    span = v.evidence.highlights[0]
    assert v.evidence.passage[span.start : span.end] == "5,000"


def test_not_found_offers_the_nearest_passage(bundled: Index) -> None:
    v = check(bundled, "Kazakhstan bought twelve F-16 fighters from the United States in 2006.")
    assert v.evidence is None and v.nearest is not None and v.reasons


def _assessment(kind: str, topic: float) -> Assessment:
    conflict = Conflict(kind, "a", "b")
    return Assessment(cand=object(), conflicts=[conflict], coverage=topic - 0.1, topic=topic)  # type: ignore[arg-type]


def test_an_arrangement_without_the_claims_point_does_not_contradict() -> None:
    # "Washington ... Astana" the other way round, in a passage that says nothing of "drafting
    # its defence doctrine": another statement, not this one turned round
    role = Conflict("role", "Washington", "Astana", claim_span=(0, 10))
    words = tokenize("Washington assisted Astana in drafting its defence doctrine.")
    unstated = [Specific("word", [t], t.norm) for t in words if t.norm in ("drafting", "defence", "doctrine")]
    cand: Candidate = object()  # type: ignore[assignment]
    r = Assessment(
        cand=cand, conflicts=[role], coverage=0.4, topic=0.45, alignment=Alignment(missing=unstated)
    )
    assert decide([r])[0] == "not_found"
    r.alignment = Alignment(missing=unstated[:ARRANGED_UNSTATED_MAX])
    assert decide([r])[0] == "contradicted"
    # a passage that states as much of the claim as a support must is the same statement
    r.alignment, r.coverage = Alignment(missing=unstated), SUPPORT_MIN
    assert decide([r])[0] == "contradicted"


@pytest.mark.parametrize("kind", ["evaluation", "negation", "detail"])
def test_a_conflict_on_the_same_topic_contradicts(kind: str) -> None:
    assert decide([_assessment(kind, TOPIC_MIN)])[0] == "contradicted"
    assert decide([_assessment(kind, TOPIC_MIN - 0.01)])[0] == "not_found"


def test_a_contradictions_topic_must_hold_counted_as_well_as_weighted() -> None:
    """Among 20,000 other articles the claim's names are rare and weigh most of it: the words
    around a swap must be stated counted plainly too."""
    weighted = _assessment("place", TOPIC_MIN)
    assert decide([weighted])[0] == "contradicted"  # counted as high by default
    weighted.topic_counted = TOPIC_MIN - 0.01
    assert decide([weighted])[0] == "not_found"


@pytest.mark.parametrize("kind", ["number", "date"])
def test_a_figure_facing_its_counterpart_needs_less_of_the_rest(kind: str) -> None:
    assert FIGURE_TOPIC_MIN < TOPIC_MIN
    assert decide([_assessment(kind, FIGURE_TOPIC_MIN)])[0] == "contradicted"
    assert decide([_assessment(kind, FIGURE_TOPIC_MIN - 0.01)])[0] == "not_found"
    # further down the ranking a figure needs what any conflict needs
    plain = Assessment(cand=object(), conflicts=[], coverage=0.3, topic=0.3)  # type: ignore[arg-type]
    assert decide([plain, _assessment(kind, FIGURE_TOPIC_MIN)])[0] == "not_found"
    assert decide([plain, _assessment(kind, TOPIC_MIN)])[0] == "contradicted"


@pytest.mark.parametrize("kind", ["role", "quantifier", "comparison", "order"])
def test_a_conflict_of_arrangement_is_itself_a_sign_of_the_same_statement(kind: str) -> None:
    # found only where the passage states the claim's parts the other way round
    assert decide([_assessment(kind, ARRANGED_TOPIC_MIN)])[0] == "contradicted"
    assert decide([_assessment(kind, ARRANGED_TOPIC_MIN - 0.01)])[0] == "not_found"


def test_an_antonym_needs_a_little_more_of_the_claim_than_an_arrangement() -> None:
    assert decide([_assessment("polarity", POLARITY_TOPIC_MIN)])[0] == "contradicted"
    assert decide([_assessment("polarity", POLARITY_TOPIC_MIN - 0.01)])[0] == "not_found"


def test_a_quantifier_turned_contradicts_though_little_else_is_worded_alike(bundled: Index) -> None:
    # the source: "lobbying in Russia for the majority of its equipment"
    v = check(bundled, "Kazakhstan lobbies Russia for just a small part of its arms.")
    assert v.verdict == "contradicted" and v.score < 100 * TOPIC_MIN


def test_a_support_ranked_below_a_contradiction_must_state_clearly_more() -> None:
    against = _assessment("number", 0.70)

    def supporting(coverage: float) -> Assessment:
        return Assessment(cand=object(), conflicts=[], coverage=coverage, topic=coverage)  # type: ignore[arg-type]

    assert decide([against, supporting(0.70 + OUTRANKED_MARGIN - 0.01)])[0] == "contradicted"
    assert decide([against, supporting(0.70 + OUTRANKED_MARGIN)])[0] == "supported"
    assert decide([supporting(0.61), against])[0] == "supported"  # ranked first, it stands ...
    # ... unless the contradiction states clearly more of the claim than it does
    assert decide([supporting(0.70 - OUTRANKED_MARGIN), against])[0] == "contradicted"


def test_a_support_that_borrows_a_name_yields_to_a_passage_that_names_it_and_disagrees() -> None:
    """ "only a small proportion" (of officers, Russia named the sentence before) against
    "lobbying in Russia for the majority of its equipment": the claim is not confirmed."""
    from kzmil.evidence import Alignment
    from kzmil.specifics import Specific

    russia = Specific("name", tokenize("Russia"), "Russia")

    def read(found: str, conflicts: list[Conflict], coverage: float) -> Assessment:
        return Assessment(
            cand=object(),  # type: ignore[arg-type]
            conflicts=conflicts,
            coverage=coverage,
            topic=coverage,
            alignment=Alignment(matched=[(russia, found)]),
        )

    borrowed = read("Russia (context)", [], 0.62)
    turned = read("Russia", [Conflict("quantifier", "small", "majority")], 0.34)
    assert decide([borrowed, turned]) == ("not_found", turned)
    assert decide([read("Russia", [], 0.62), turned])[0] == "supported"  # named in the passage itself


def test_a_name_swap_alone_needs_more_of_the_claim() -> None:
    # any sentence has a capitalised word in the claim's slot; most of the rest must match too
    assert decide([_assessment("name", NAME_TOPIC_MIN - 0.01)])[0] == "not_found"
    assert decide([_assessment("name", NAME_TOPIC_MIN)])[0] == "contradicted"


def test_a_name_swap_beside_a_stray_conflict_still_needs_what_a_name_swap_needs() -> None:
    conflicts = [Conflict("name", "KAZBAT", "IMET"), Conflict("evaluation", "peacekeeping", "argued")]
    weak = Assessment(cand=object(), conflicts=conflicts, coverage=0.5, topic=NAME_TOPIC_MIN - 0.01)  # type: ignore[arg-type]
    assert decide([weak])[0] == "not_found"
    strong = replace(weak, topic=NAME_TOPIC_MIN)
    assert decide([strong])[0] == "contradicted"


def test_support_needs_most_words_counted_plainly_as_well_as_by_rarity() -> None:
    """Rare names can make up the rarity-weighted coverage; the words counted plainly must too."""
    names_only = Assessment(cand=object(), conflicts=[], coverage=0.9, topic=0.9, counted=COUNTED_MIN - 0.01)  # type: ignore[arg-type]
    assert decide([names_only])[0] == "not_found"
    both = Assessment(cand=object(), conflicts=[], coverage=0.9, topic=0.9, counted=COUNTED_MIN)  # type: ignore[arg-type]
    assert decide([both])[0] == "supported"


def test_a_contrast_is_no_negation(bundled: Index) -> None:
    claim = "It is junior officers, not high-ranking officers on short courses abroad, who are leaving."
    assert check(bundled, claim).verdict != "contradicted"


def test_a_capital_for_its_country_is_no_name_conflict(bundled: Index) -> None:
    claim = "In Almaty on September 12, Akhmetov and Minsk's defense minister discussed joint factories."
    assert check(bundled, claim).verdict == "supported"


def test_a_better_ranked_passage_that_disagrees_weakly_withholds_support() -> None:
    """Too little of the claim to contradict it, as much as the weaker passage that would
    confirm it: the claim is not confirmed."""
    doubt = _assessment("title", SUPPORT_MIN + 0.01)
    weak = Assessment(cand=object(), conflicts=[], coverage=SUPPORT_MIN, topic=SUPPORT_MIN)  # type: ignore[arg-type]
    assert decide([doubt, weak]) == ("not_found", doubt)
    assert decide([weak, doubt])[0] == "supported"  # the supporting passage ranks first
    turned = _assessment("quantifier", SUPPORT_MIN + 0.01)  # an arrangement turned: enough to contradict
    assert decide([turned, weak]) == ("contradicted", turned)
    other = _assessment("evaluation", SUPPORT_MIN + 0.01)  # a conflict on less of the topic: not structure
    assert decide([other, weak])[0] == "supported"
    figure = _assessment("number", SUPPORT_MIN + 0.01)  # a figure facing its counterpart: enough
    assert decide([figure, weak]) == ("contradicted", figure)


def test_a_claim_whose_plain_words_are_mostly_unstated_is_not_supported(bundled: Index) -> None:
    """Every name stated, nearly every other word not: the names alone do not state the claim."""
    v = check(bundled, "Prime Minister Akhmetov announced that Kazakhstan would tighten its migration laws.")
    assert v.verdict == "not_found"
    assert check(bundled, "110 officers quit").verdict == "supported"  # too few plain words to count


@pytest.mark.bundled_index
def test_a_decade_is_ten_years_and_thanks_to_is_a_cause(bundled: Index) -> None:
    claim = (
        "Since 2004, thanks to NATO, a military language institute has given Kazakh service "
        "personnel the opportunity to learn military English, Turkish and Chinese."
    )
    assert check(bundled, claim).verdict is Judgement.SUPPORTED
    claim = "Graduates of foreign universities are contractually bound to serve for at least a decade."
    got = check(bundled, claim)
    assert got.verdict is Judgement.SUPPORTED and "a decade = 10 years" in got.reasons[1]


@pytest.mark.bundled_index
def test_the_claims_own_words_reverse_no_change(bundled: Index) -> None:
    """ "Reduction" is the programme's name, which the claim uses too, not a change downwards."""
    claim = (
        "According to Lugar, the Cooperative Threat Reduction program has been prolonged "
        "for a further seven years."
    )
    assert check(bundled, claim).verdict is Judgement.SUPPORTED
    claim = (
        "According to Lugar, the cooperative threat reduction programme with Kazakhstan has been wound down."
    )
    assert check(bundled, claim).verdict is not Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_words_of_wanting_state_one_another(bundled: Index) -> None:
    claim = (
        "Yelena Milyuk hoped to be a military attaché but was instead assigned to logistic "
        "support for the rear services."
    )
    assert check(bundled, claim).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_the_next_sentence_of_the_paragraph_is_stated_context(bundled: Index) -> None:
    """ "On April 5, Mr. Nazarbaev appointed a new deputy defense minister ... Mr. Oynarov was
    previously a deputy finance minister": the name comes a sentence later."""
    claim = (
        "On April 5, Nazarbaev appointed Oynarov, a former deputy finance minister, as deputy "
        "defense minister for economy and finance."
    )
    got = check(bundled, claim)
    assert got.verdict is Judgement.SUPPORTED and "Oynarov = Oynarov (context)" in got.reasons[1]


@pytest.mark.bundled_index
@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the passage's "After X, Y" opens its sentence: its whole main clause is the later event
        (
            "Michele Alliot-Marie held talks with Nazarbayev in July 2003, after a meeting between "
            "the defense ministers in March.",
            Judgement.SUPPORTED,
        ),
        (
            "Michele Alliot-Marie held talks with Nazarbayev in July 2003, before a meeting between "
            "the French and Kazakh defense ministers.",
            Judgement.CONTRADICTED,
        ),
        # a cue after a colon opens its own clause; "the two ministers" are those named, no count
        (
            "Paris has moved in too: after the two defense ministers met in March 2003, French Defense "
            "Minister Michele Alliot-Marie held talks with Nazarbayev in July.",
            Judgement.SUPPORTED,
        ),
        # a verb of order against "in the wake of", both ways round
        (
            "The new Defense Ministry appointments followed Akhmetov's first-ever inspection of "
            "every regional army command.",
            Judgement.SUPPORTED,
        ),
        (
            "Akhmetov's first-ever inspection of every regional army command followed the new "
            "Defense Ministry appointments.",
            Judgement.CONTRADICTED,
        ),
        (
            "The talks between the French defense minister and Nazarbayev preceded the meeting of "
            "the two countries' defense ministers.",
            Judgement.CONTRADICTED,
        ),
    ],
)
def test_the_order_of_events(bundled: Index, claim: str, verdict: Judgement) -> None:
    assert check(bundled, claim).verdict is verdict


@pytest.mark.bundled_index
def test_the_danish_air_force_is_not_the_british_though_the_source_says_more_between(bundled: Index) -> None:
    claim = "Kazakhstan opened Shymkent airport to the British air force for operations in Afghanistan."
    v = check(bundled, claim)
    assert v.verdict is Judgement.CONTRADICTED
    assert any("Danish" in r for r in v.reasons)


@pytest.mark.bundled_index
@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Bolat Sembinov was Kazakhstan's Defense Minister in 2004.", Judgement.CONTRADICTED),
        ("Bolat Sembinov was Kazakhstan's Deputy Defense Minister in 2004.", Judgement.SUPPORTED),
        ("Nazarbaev appointed Kazhimurat Mayermanov as defense minister.", Judgement.CONTRADICTED),
        # the claim's office has its own rank: it is Armitage's, not Ricardel's "Assistant Secretary"
        (
            "In Washington, Sembinov was received by Richard Armitage, the Deputy Secretary of State.",
            Judgement.SUPPORTED,
        ),
    ],
)
def test_an_office_without_the_rank_the_source_gives_it(
    bundled: Index, claim: str, verdict: Judgement
) -> None:
    assert check(bundled, claim).verdict is verdict


@pytest.mark.bundled_index
def test_a_count_stated_by_listing_the_things(bundled: Index) -> None:
    claim = (
        "He singled out three exercises held in Kazakhstan: Saryarka 2004, Rubezh 2004 and Steppe Eagle 2004."
    )
    got = check(bundled, claim)
    assert got.verdict is Judgement.SUPPORTED and "three exercises = exercises: 3 named" in got.reasons[1]
    assert check(
        bundled, "Altynbayev singled out four exercises held in Kazakhstan in 2004."
    ).verdict is not (Judgement.SUPPORTED)


@pytest.mark.bundled_index
def test_a_place_named_elsewhere_does_not_fill_the_claims_slot(bundled: Index) -> None:
    """ "the security situation in Afghanistan and Iraq ... servicemen serving in Central Iraq"."""
    got = check(bundled, "Kazakhstan's small peacekeeping contingent is serving in Afghanistan.")
    assert got.verdict is Judgement.CONTRADICTED
    assert got.reasons == ["the claim says Afghanistan; the source says Iraq"]
    assert (
        check(bundled, "Kazakhstani servicemen were serving in Central Iraq.").verdict is Judgement.SUPPORTED
    )


@pytest.mark.bundled_index
def test_a_word_stated_by_a_synonym_is_no_reversal_of_another(bundled: Index) -> None:
    """ "risk" states the claim's "danger": it is not the opposite of the claim's "prospect"."""
    claim = (
        "The greatest danger to long-term cooperation is the prospect of dead Kazakh servicemen "
        "being sent home."
    )
    assert check(bundled, claim).verdict is not Judgement.CONTRADICTED


def test_a_synonym_in_its_common_sense_counts_towards_what_is_stated() -> None:
    """ "aid" states "help"; "state" (a noun) is no paraphrase of "says" (a verb)."""
    from kzmil.credit import PARAPHRASE, paraphrased

    def credit(claim: str, passage: str, word: str) -> float:
        query, cand = _read(claim, passage)
        i = next(i for i, t in enumerate(query.terms) if t.token.norm == word)
        return paraphrased(query, cand).scored.matched.get(i, 0.0)

    assert credit("Spain offered help to the army.", "Spain offered aid to the army.", "help") == PARAPHRASE
    assert credit("The minister says the army is ready.", "The army is in a ready state.", "says") == 0.0


def test_a_part_of_a_country_is_a_specific(bundled: Index) -> None:
    # the source: "Kazakhstani servicemen serving in Central Iraq"
    v = check(bundled, "Kazakh peacekeepers served in the north of Iraq.")
    assert v.verdict == "contradicted" and "the source says Central" in v.reasons[0]


@pytest.mark.bundled_index
def test_what_a_sentence_about_someone_else_says_is_not_said_of_the_claims_person(bundled: Index) -> None:
    # the passage meets Maltsaw in one sentence; the next quotes Akhmetov
    claim = (
        "Belarusian Defense Minister Leanid Maltsaw said Kazakhstan's new military doctrine"
        " requires modernizing the country's armaments."
    )
    v = check(bundled, claim)
    # the claim has Maltsaw say what the passage has Akhmetov say: the speaker's slot holds
    # another person (see test_words_given_to_the_wrong_speaker_are_contradicted)
    assert v.verdict is Judgement.CONTRADICTED
    assert (
        v.reasons[0]
        == "the source gives these words to Akhmetov, not Belarusian Defense Minister Leanid Maltsaw"
    )
    # said of him without a verb of saying, it is only not stated of him
    held = (
        "For Belarusian Defense Minister Leanid Maltsaw, the new military doctrine requires"
        " modernizing the country's armaments."
    )
    v = check(bundled, held)
    assert v.verdict is Judgement.NOT_FOUND
    assert "it says it of Akhmetov" in v.reasons[0]
    said = "Defense Minister Daniyal Akhmetov said the new military doctrine requires modernizing armaments."
    assert check(bundled, said).verdict is Judgement.SUPPORTED
    # a claim of two main clauses means its person only in the clause that names them: the
    # greatest risk is told in a sentence about Sembinov, not about Altynbayev
    two = (
        "The Iraq deployment was a considerable political risk for Altynbayev, and the greatest risk to "
        "long-term military cooperation is the specter of dead Kazakhstani servicemen."
    )
    assert check(bundled, two).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_person_named_before_a_passage_about_someone_else_is_not_stated(bundled: Index) -> None:
    # Sembinov is named in the sentences before; the passage names Altynbayev, not "he"
    claim = (
        "Sembinov told a November 17 training session in the Astana regional command that the"
        " year's training tasks had been carried out successfully."
    )
    assert check(bundled, claim).verdict is not Judgement.SUPPORTED
    true = (
        "Altynbayev told a November 17 training session in the Astana regional command that the"
        " year's training tasks had been carried out successfully."
    )
    assert check(bundled, true).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_name_the_article_gives_in_full_earlier_is_stated(bundled: Index) -> None:
    # the quote is Lugar's; "Senator Richard Lugar" stands earlier in the paragraph
    claim = (
        "Senator Richard Lugar said the Cooperative Threat Reduction program had been extended by 7 years."
    )
    v = check(bundled, claim)
    assert v.verdict is Judgement.SUPPORTED
    assert "earlier in the article" in v.reasons[-1]
    other = (
        "Senator John Lugar said the Cooperative Threat Reduction program had been extended by seven years."
    )
    assert check(bundled, other).verdict is not Judgement.SUPPORTED


def test_a_paraphrase_far_from_the_match_does_not_shield_a_reversal_beside_it(bundled: Index) -> None:
    # WordNet lets "advanced" stand for "high" (in "high-profile", a clause away); beside the
    # match the source says her career "had suffered"
    claim = "On returning to Kazakhstan, Milyuk found that her foreign education had advanced her career."
    verdict = check(bundled, claim)
    assert verdict.verdict == Judgement.CONTRADICTED
    assert "suffered" in " ".join(verdict.reasons)


def test_a_models_letters_and_number_are_one_designation(bundled: Index) -> None:
    claim = (
        "A $52 million contract covered repairs to Kazakh MiG-29 fighters at the Baranavichy aircraft plant."
    )
    verdict = check(bundled, claim)
    assert verdict.verdict == Judgement.CONTRADICTED
    assert verdict.reasons[0] == "the claim says MiG-29; the source says Su-27"


def test_like_after_a_linking_verb_compares_and_judges_nothing() -> None:
    toks = tokenize("what such cooperation can look like")
    assert _likeness(toks, len(toks) - 1)
    toks = tokenize("officials like the plan")
    assert not _likeness(toks, 1)
    toks = tokenize("programs like IMET have paid off")  # an example, not a liking
    assert _likeness(toks, 1)
    toks = tokenize("they like IMET")
    assert not _likeness(toks, 1)


@pytest.mark.bundled_index
def test_a_quantifier_against_a_fraction_of_what_it_governs(bundled: Index) -> None:
    # "Approximately one-third of the graduates of foreign courses enter into the service ranks"
    claim = "Most graduates of foreign military courses go on to serve in Kazakhstan's armed forces."
    v = check(bundled, claim)
    assert v.verdict is Judgement.CONTRADICTED
    assert "one-third" in v.reasons[0]


@pytest.mark.bundled_index
@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Batys 2003 was held in September 2003.", "April 2003"),  # another month of the same year
        ("The Delovaya nedelya article appeared in November 2007.", "December 2007"),
        (
            "The number of Kazakhs trained in the U.S. will reach 49 this year.",
            "39",
        ),  # "this year" is no unit
    ],
)
def test_another_month_of_the_year_or_another_count_contradicts(
    bundled: Index, claim: str, said: str
) -> None:
    v = check(bundled, claim)
    assert v.verdict is Judgement.CONTRADICTED
    assert said in v.reasons[0]


@pytest.mark.bundled_index
def test_a_city_swapped_for_another_city_is_a_place_conflict(bundled: Index) -> None:
    # a rival of the same kind in the claim's slot: less else need be worded alike
    claim = "Putin urged the Central Asian states to see to their own security at the SCO summit in Almaty."
    v = check(bundled, claim)
    assert v.verdict is Judgement.CONTRADICTED
    assert v.evidence is not None and "places differ" in v.evidence.hints


@pytest.mark.bundled_index
def test_exclusively_must_be_stated(bundled: Index) -> None:
    # the source has Kazakhstan look to the U.S. and "also" to France: nothing says "only"
    claim = "For help with its military reform, Kazakhstan has looked exclusively to the U.S."
    v = check(bundled, claim)
    assert v.verdict is not Judgement.SUPPORTED


def _case(claim: str, verdict: Judgement, why: str) -> object:
    return pytest.param(claim, verdict, id=why)


# Readings of lists, parts of a whole, factors, sentences and order, each a claim the source
# states and one it does not; the id says what the source has.
READINGS = [
    _case(
        "Washington will supply Black Hawk helicopters through its Foreign Military Financing program.",
        Judgement.CONTRADICTED,
        "another name before the same noun",
    ),
    _case(
        "The NATO-backed military language institute is in Almaty.",
        Judgement.NOT_FOUND,
        "a nationality before a noun that is not the phrase's last holds no slot",
    ),
    _case(
        "The EDM says sources within Kazakhstan's ministry differ in private, playing a double game"
        " with U.S. and Western planners.",
        Judgement.SUPPORTED,
        "an acronym the publication's name spells out",
    ),
    _case(
        "Early this year Daniel Akhmetov was recalled as defense minister, and Mukhtar Altynbaev"
        " was appointed to revive military reform.",
        Judgement.CONTRADICTED,
        "the sentence before the passage says the other man was recalled",
    ),
    _case(
        "Early this year Mukhtar Altynbaev was recalled as defense minister, and Daniel Akhmetov"
        " was appointed to revive military reform.",
        Judgement.SUPPORTED,
        "each man has the deed the source gives him",
    ),
    _case(
        "Kazhimurat Mayermanov was elevated by Nazarbaev to deputy defense minister.",
        Judgement.SUPPORTED,
        "a name after a preposition is no subject",
    ),
    _case(
        "The commanders' training course was meant for officers from platoon commander"
        " to battalion deputy commander.",
        Judgement.CONTRADICTED,
        "the range belongs to the list item before it, another course",
    ),
    _case(
        "The commanders' training course is aimed at officers from battalion commander"
        " to subdivision commander.",
        Judgement.SUPPORTED,
        "the range of the item the claim names",
    ),
    _case(
        "A Kazakh aircraft plant will repair Belarusian Su-27 fighters under a $52 million contract.",
        Judgement.CONTRADICTED,
        "nationalities exchanged in one sentence; the next has them otherwise",
    ),
    _case(
        "A Belarusian aircraft plant will repair Kazakh Su-27 fighters under a $52 million contract.",
        Judgement.SUPPORTED,
        "the nationalities as the source has them",
    ),
    _case(
        "On September 12 in Almaty, Defense Minister Daniyal Akhmetov met Belarusian Defense"
        " Minister Leanid Maltsaw.",
        Judgement.SUPPORTED,
        "the source's opening In is no title of Almaty's",
    ),
    _case(
        "After 9/11, Astana recognized the importance of bilateral military cooperation between"
        " its neighbors and the coalition.",
        Judgement.SUPPORTED,
        "in the aftermath of 9/11, an event that is a date alone",
    ),
    _case(
        "Before 9/11, Astana recognized the importance of bilateral military cooperation between"
        " its neighbors and the coalition.",
        Judgement.CONTRADICTED,
        "before against in the aftermath of",
    ),
    _case(
        "About 550 people are sent abroad for education every year, most of them officers"
        " on short-term courses.",
        Judgement.CONTRADICTED,
        "550, of these 300 servicemen and 250 officers: 250 is no majority",
    ),
    _case(
        "About 550 people are sent abroad for education every year, most of them servicemen"
        " on full-time courses.",
        Judgement.SUPPORTED,
        "300 of 550 servicemen is a majority",
    ),
    _case(
        "More than half of the budget is earmarked for modernizing weapons and new procurement.",
        Judgement.CONTRADICTED,
        "of that total of 143 billion, 54 billion is 38%",
    ),
    _case(
        "More than a third of the budget is earmarked for modernizing weapons and new procurement.",
        Judgement.SUPPORTED,
        "38% is more than a third",
    ),
    _case(
        "Kazakh servicemen trained in the U.S. were set to more than double, from 17 to 39.",
        Judgement.SUPPORTED,
        "39 is more than twice 17",
    ),
    _case(
        "Kazakh servicemen trained in the U.S. were set to triple, from 17 to 39.",
        Judgement.CONTRADICTED,
        "39 is not three times 17",
    ),
    _case(
        "More than a hundred of the 250 officers educated in the U.S. have left the military.",
        Judgement.SUPPORTED,
        "110 of 250 meets the bound",
    ),
    _case(
        "More than 120 of the 250 officers educated in the U.S. have left the military.",
        Judgement.CONTRADICTED,
        "110 of 250, and never the 250 itself",
    ),
    _case(
        "Danish air force units were given access to Shymkent airport in southern Kazakhstan,"
        " at first for emergency landings only.",
        Judgement.SUPPORTED,
        "a place that only says where takes no side",
    ),
]


@pytest.mark.bundled_index
@pytest.mark.parametrize(("claim", "verdict"), READINGS)
def test_readings_of_lists_parts_factors_sentences_and_order(
    bundled: Index, claim: str, verdict: Judgement
) -> None:
    assert check(bundled, claim).verdict is verdict


def test_the_articles_author_says_what_the_article_says(bundled: Index) -> None:
    """Who wrote it is named in its metadata, not in the passage's slots: no rival to a name there."""
    said = "argues that Kazakhstan cannot afford to alienate either Russia or China."
    v = check(bundled, f"Roger McDermott {said}")
    assert v.verdict is Judgement.SUPPORTED
    assert any("the article's author" in r for r in v.reasons)
    assert check(bundled, f"Mira Ricardel {said}").verdict is not Judgement.SUPPORTED


def test_a_sentence_that_ends_in_its_own_denial_states_itself(bundled: Index) -> None:
    """The words that close the matched clause ("... is not.") are read with it: a verbatim
    sentence is never its own contradiction."""
    v = check(bundled, "The policy may be clear-cut, but the execution of that policy is not.")
    assert v.verdict is Judgement.SUPPORTED
    assert check(
        bundled, "The policy may be clear-cut, and the execution of that policy is too."
    ).verdict is not (Judgement.SUPPORTED)


def test_an_answer_to_a_proposal_is_not_stated_by_the_proposal(bundled: Index) -> None:
    said = "Nazarbayev's proposal to build warehouses in Kazakhstan for humanitarian supplies."
    v = check(bundled, f"NATO heard {said}")
    assert v.verdict is Judgement.NOT_FOUND and "heard" in v.reasons[0]
    assert check(
        bundled, "Nazarbayev proposed building warehouses in Kazakhstan for humanitarian supplies."
    ).verdict is (Judgement.SUPPORTED)


def test_a_proposal_the_claim_gives_someone_must_be_told(bundled: Index) -> None:
    claim = "Nazarbayev appointed a new deputy defense minister for economy and finance on Akhmetov's advice."
    v = check(bundled, claim)
    assert v.verdict is Judgement.NOT_FOUND and "advice" in v.reasons[0]


@pytest.mark.bundled_index
def test_a_pronoun_refers_to_the_person_named_last_before_it(bundled: Index) -> None:
    """ "Unhappy, she returned for further post-graduate study at West Point": Milyuk is named
    three sentences before, beyond the sentences read as context; only her name is borrowed."""
    rest = " returned for further post-graduate study at West Point, then married and quit Kazakhstan's army."
    v = check(bundled, "Milyuk" + rest)
    assert v.verdict is Judgement.SUPPORTED and "Milyuk = Milyuk (context)" in v.reasons[1]
    assert check(bundled, "Altynbayev" + rest).verdict is Judgement.NOT_FOUND


def test_a_change_the_claim_predicates_must_be_stated_some_way() -> None:
    """ "the programme had been cut back" against a passage that states the programme and no
    change down: the change is the claim's point, a specific as a figure is. The passage's
    "reduction" is a word of the claim itself (the programme's name), no change stated."""
    from kzmil.evidence import Alignment
    from kzmil.unstated import change_unstated

    def missing(claim: str, passage: str) -> list[str]:
        query, cand = _read(claim, passage)
        return [s.text for s in change_unstated(query, cand, Alignment())]

    claim = "Lugar said the cooperative threat reduction program had been cut back."
    passage = "The cooperative threat reduction program was extended by another seven years."
    assert missing(claim, passage) == ["cut back"]
    assert missing(claim, "The cooperative threat reduction program was scaled down.") == []
    # a participle of a phrase is no predicate: "confidence, strengthened by the decision"
    assert missing("A new confidence, strengthened by the decision.", "A new confidence, buoyed by it.") == []


@pytest.mark.bundled_index
def test_a_title_the_article_gives_the_person_elsewhere_is_stated(bundled: Index) -> None:
    """ "..., he concluded" quotes Lugar, whom the article calls "Senator Richard Lugar"
    paragraphs before; a title it never gives him is not stated."""
    rest = " Lugar said the cooperative threat reduction program was extended by another seven years."
    v = check(bundled, "Senator" + rest)
    assert v.verdict is Judgement.SUPPORTED and "Senator = Senator (the article)" in v.reasons[1]
    assert check(bundled, "Governor" + rest).verdict is Judgement.NOT_FOUND  # a title of no one here


def _read(claim: str, passage: str) -> tuple[Query, Candidate]:
    """The claim as a query and the passage as its one candidate, as the verdict reads them."""
    from kzmil.match import parse_query, score_tokens
    from kzmil.search import Candidate

    query = parse_query(claim)
    ptoks = tokenize(passage)
    return query, Candidate([], score_tokens(query, passage, ptoks), ptoks, passage)


def _added(claim: str, passage: str) -> list[str]:
    """The phrase of circumstance the claim adds to the passage, read alone."""
    from kzmil.unstated import unstated_phrase

    query, cand = _read(claim, passage)
    return [s.text for s in unstated_phrase(query, cand, Evidence(passage, cand.tokens, [], {}))]


def _added_clause(claim: str, passage: str) -> list[str]:
    """The clause of purpose or further deed the claim adds to the passage, read alone."""
    from kzmil.unstated import unstated_clause

    query, cand = _read(claim, passage)
    ev = Evidence(passage, cand.tokens, [], {})
    return [s.text for s in unstated_clause(query, cand, ev, Alignment())]


def test_a_clause_of_purpose_none_of_whose_words_is_stated_is_an_added_deed() -> None:
    passage = "On April 5 the president appointed Ivan Dorn deputy minister for finance."
    assert _added_clause(
        "On April 5 the president named Dorn deputy finance minister to run a new audit of arms purchases.",
        passage,
    ) == ["run a new audit of arms purchases"]
    assert _added_clause(
        "The president appointed Dorn deputy minister, replacing an official dismissed over bribery.", passage
    ) == ["replacing an official dismissed over bribery"]
    # a clause the passage states in part is left to coverage; a figure is checked as a figure
    assert _added_clause("The president appointed Dorn to oversee the finance ministry.", passage) == []
    deal = "Tarnia signed a deal to buy 12 jets for about 3 billion dollars."
    assert _added_clause("Tarnia agreed to pay roughly 3 billion dollars for 12 jets.", deal) == []
    # from an outside review: what the passage was found to state counts ("largest" for
    # "biggest", "the country" for its name), and a preposition in -ing opens no deed
    bank = "Veltron Bank bought its rival Kordel for 2 billion dollars and is now the biggest bank in Tarnia."
    assert _added_clause("Veltron bought Kordel, following lengthy talks with regulators.", bank) == []


def test_a_phrase_of_time_or_framing_is_no_added_detail() -> None:
    added = _added
    passage = "Kazakhstan has expanded its peacekeeping battalion to 400 soldiers."
    assert added("In recent years Kazakhstan has expanded its battalion to 400 soldiers.", passage) == []
    assert added(
        "Kazakhstan expanded its battalion to 400 soldiers on a government scholarship.", passage
    ) == ["government scholarship"]
    # the phrase goes on through its "of"
    assert added("Kazakhstan expanded its battalion to 400 soldiers at the request of allies.", passage) == [
        "request of allies"
    ]
    # a cause given with "over" is a circumstance too; "over 400" is a figure
    assert added("Kazakhstan expanded its battalion over security concerns.", passage) == [
        "security concerns"
    ]
    assert added("Kazakhstan has expanded its peacekeeping battalion to over 400 soldiers.", passage) == []


def test_a_phrase_mostly_unstated_is_an_added_detail() -> None:
    """One word of the phrase the passage states (by a paraphrase, "rising" by "increase") does
    not state the rest: "funded by rising oil revenues" adds the source of the money."""
    added = _added
    passage = "The move follows an almost 75 percent increase in the 2007 defense budget."
    claim = "The 75 percent rise in the 2007 defense budget was funded by rising oil revenues."
    assert added(claim, passage) == ["rising oil revenues"]
    # most of the phrase stated: one word may be a paraphrase
    assert added(claim, passage.replace("budget.", "budget, paid from oil revenues.")) == []
    # a name after the phrase's noun opens the clause: "talks" is not the phrase's
    passage = "In Washington, Sembinov held talks with Richard Armitage."
    assert added("During his Washington visit Sembinov held talks with Richard Armitage.", passage) == []
    # a name that qualifies the noun after it does not end the phrase
    passage = "Kazakhstan made the airport available to the Danish air force."
    claim = "Kazakhstan made the airport available to the Danish air force through secret NATO negotiations."
    assert added(claim, passage) == ["secret NATO negotiations"]


@pytest.mark.bundled_index
def test_a_word_reversed_in_the_sentence_beside_the_passage_contradicts(bundled: Index) -> None:
    """The contracts are in one sentence, Moscow's approval of them in the next: a claim that
    joins the two and reverses the second is read against the sentence that names Moscow."""
    rest = " of the defense ministers' two contracts, on Su-27 repairs and on Kazakh cadets in Belarusian"
    rest += " schools."
    v = check(bundled, "Moscow disapproves" + rest)
    assert v.verdict is Judgement.CONTRADICTED and "(in the sentence beside it)" in v.reasons[0]
    assert check(bundled, "Moscow approves" + rest).verdict is not Judgement.CONTRADICTED


def test_a_bracketed_source_line_is_no_sentence_of_context() -> None:
    from kzmil.evidence import source_line

    assert source_line("(Interfax/Itar-Tass, Moscow, September 12).")
    assert not source_line("These activities meet with the approval of Moscow (Interfax).")
    assert not source_line("(The ministry later denied the report.)")


@pytest.mark.bundled_index
def test_a_models_letters_name_no_one(bundled: Index) -> None:
    """The numeral of "Huey II helicopters" is no person in the slot of the claim's one."""
    v = check(
        bundled, "Sembinov said helicopters will be supplied through the Foreign Military Financing program."
    )
    assert v.verdict is Judgement.NOT_FOUND and "Sembinov" in v.reasons[0]
    # a model still faces another model
    v = check(
        bundled, "A $52 million contract covered repairs to Kazakh MiG-29 fighters at the Baranavichy plant."
    )
    assert (
        v.verdict is Judgement.CONTRADICTED and v.reasons[0] == "the claim says MiG-29; the source says Su-27"
    )


def test_a_model_joined_by_an_en_dash_is_the_same_model() -> None:
    from kzmil.quantities import model_letters

    for text in ("US C-130 transport", "US C\u2013130 transport", "Huey II helicopters"):
        toks = tokenize(text)
        assert model_letters(text, toks, 1), text
    toks = tokenize("Sembinov met Armitage")
    assert not any(model_letters("Sembinov met Armitage", toks, k) for k in range(3))


@pytest.mark.bundled_index
def test_a_models_number_counts_nothing(bundled: Index) -> None:
    """ "Su-27 repair contract" is no count of 27 repairs against "$52 million contract", and
    "27 fighters" is not stated by "Su-27 fighters"."""
    assert check(bundled, "A plant in Belarus signed a Su-27 repair contract.").verdict is Judgement.SUPPORTED
    v = check(bundled, "The Baranavichy plant will repair 27 Kazakh Su-27 fighters.")
    assert v.verdict is Judgement.NOT_FOUND


@pytest.mark.bundled_index
def test_a_cited_sources_date_neither_states_nor_faces_the_claims(bundled: Index) -> None:
    """ "On January 9 ... signed a decree ... (Kazakhstan Today, January 10; Interfax, January 9)":
    January 10 is when a paper wrote, not when the decree was signed."""
    got = check(
        bundled,
        "Nazarbayev signed the decree ratifying the CSTO rapid reaction forces agreement on January 10.",
    )
    assert got.verdict is Judgement.CONTRADICTED and "January 9" in got.reasons[0]
    got = check(
        bundled,
        "Nazarbayev signed the decree ratifying the CSTO rapid reaction forces agreement on January 9.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_verb_of_saying_after_its_speaker_judges_nothing(bundled: Index) -> None:
    """ "stressed" is negative in VADER, but "Lugar stressed:" reports words; it is no
    reversal of the source's "steadfast"."""
    got = check(bundled, "On the Nunn-Lugar Cooperative Threat Reduction Program, Senator Lugar stressed:")
    assert got.verdict is Judgement.SUPPORTED
    # a judgement of the claim's own is still read
    got = check(
        bundled,
        "Lugar observed Astana's wavering commitment to the Nunn-Lugar Cooperative Threat Reduction Program.",
    )
    assert got.verdict is not Judgement.SUPPORTED


def test_a_verb_of_saying_after_a_name_in_lower_case_judges_nothing() -> None:
    """ "Gazeta wyborcza argued": a name that writes its second word in lower case is a speaker
    as a capitalised one is; after a common noun, "argued" is read as a judgement unless a
    "that" clause makes it a report (session 65: "the paper argued that ..." reports)."""
    from kzmil.judgements import _says

    def says(text: str) -> bool:
        toks = tokenize(text)
        return _says(text, toks, next(k for k, t in enumerate(toks) if t.norm == "argued"))

    assert says("Gazeta wyborcza argued Warsaw should wait.")
    assert says("Kowalski argued Warsaw should wait.")
    assert not says("The blog argued Warsaw should wait.")
    assert not says("The paper argued Warsaw should wait.")
    assert not says("Opposition bloggers argued Warsaw should wait.")  # an English word before
    # a clause with "that" is what was said, whoever said it
    assert says("The paper argued that Warsaw should wait.")
    assert says("Opposition bloggers argued that Warsaw should wait.")


@pytest.mark.bundled_index
def test_a_capital_for_its_country_beside_another_capital_for_its_own(bundled: Index) -> None:
    """ "As these security ties deepen with Washington, ... Astana is also busy deepening its
    ties to Russia": "Moscow" is Russia, and "Washington" is no rival place, only another
    government."""
    got = check(bundled, "Astana has also been busy deepening its ties with Moscow as a strategic partner.")
    assert got.verdict is Judgement.SUPPORTED
    got = check(bundled, "Astana has also been busy deepening its ties with Beijing as a strategic partner.")
    assert got.verdict is Judgement.CONTRADICTED


@pytest.mark.bundled_index
def test_an_object_given_to_a_verb_the_source_uses_without_one_is_added(bundled: Index) -> None:
    """ "she returned for further post-graduate study at West Point then married and quit":
    whom she married is not said."""
    got = check(
        bundled,
        "Unhappy, Milyuk returned for post-graduate study at West Point, then married a Kazakh diplomat.",
    )
    assert got.verdict is Judgement.NOT_FOUND and "Kazakh diplomat" in got.reasons[0]
    got = check(
        bundled,
        "Milyuk went back to West Point for further post-graduate study, then married and quit the army.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_comparison_whose_terms_are_the_other_way_round(bundled: Index) -> None:
    """ "retention is significantly higher in the cases of high-ranking officers attending
    short-term courses abroad, the real problem exists within the junior ... officers"."""
    got = check(
        bundled,
        "Retention is higher for junior officers than for senior ones attending short-term courses abroad.",
    )
    assert got.verdict is Judgement.CONTRADICTED and "junior" in got.reasons[0]
    got = check(
        bundled,
        "Retention is higher for high-ranking officers attending short-term courses abroad"
        " than for junior ones.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_sentence_adverb_is_nobody_the_claim_could_be_said_of(bundled: Index) -> None:
    """ "... interoperable with NATO subdivisions. Indeed, the U.S. Department of Defense ...":
    the five articles never write "indeed" inside a sentence, so only its place at the start
    tells that it names nobody."""
    got = check(
        bundled,
        "The two defence ministries agreed on a five-year plan stressing that Kazakh army units "
        "must become interoperable with NATO subdivisions.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_given_name_the_corpus_writes_with_that_surname_elsewhere(bundled: Index) -> None:
    """The 2007 blog says "Nazarbaev" only; another article writes "Nursultan Nazarbayev"."""
    got = check(
        bundled, "On April 5 President Nursultan Nazarbaev appointed Oynarov deputy defense minister."
    )
    assert got.verdict is Judgement.SUPPORTED and any("elsewhere in the corpus" in r for r in got.reasons)
    # a given name the corpus gives nobody of that surname
    got = check(bundled, "On April 5 President Dariga Nazarbaev appointed Oynarov deputy defense minister.")
    assert got.verdict is Judgement.NOT_FOUND and "Dariga" in got.reasons[0]


@pytest.mark.bundled_index
def test_a_quantifier_governs_its_phrase_to_the_clause_break(bundled: Index) -> None:
    """ "by 2007 Kazakhstan plans to have 50% contract servicemen in its army"."""
    got = check(bundled, "By 2007 Kazakhstan plans to have its entire army staffed by contract servicemen.")
    assert got.verdict is Judgement.CONTRADICTED and "50%" in got.reasons[0]


@pytest.mark.bundled_index
def test_a_word_of_a_name_written_in_lower_case_judges_nothing(bundled: Index) -> None:
    """ "The cooperative threat reduction program was extended": the article writes the
    Cooperative Threat Reduction Program elsewhere, so "threat" is no judgement to face
    "share"."""
    got = check(
        bundled,
        "Lugar said biological projects had lately been actively developed"
        " to share information on dangerous pathogens.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_name_inside_the_sentence_is_no_judgement(bundled: Index) -> None:
    """VADER rates "dick"; "Senator Dick Lugar" is a name."""
    got = check(
        bundled,
        "Senator Dick Lugar said cooperation in the nuclear non-proliferation sphere will be increased.",
    )
    assert got.verdict is not Judgement.CONTRADICTED


@pytest.mark.bundled_index
def test_what_the_source_says_its_subject_may_be_doing_is_not_done(bundled: Index) -> None:
    """ "Akhmetov may be using these schemes to signal to the Ministry of Defense that ...":
    the source's "may" hedges everything its subject does."""
    got = check(
        bundled,
        "Akhmetov used these schemes to tell the Ministry of Defense that Nazarbayev intends"
        " 2008-2010 to be a period of modernization.",
    )
    assert got.verdict is Judgement.NOT_FOUND and "may be using" in got.reasons[0]
    got = check(
        bundled,
        "Akhmetov may be using these schemes to signal that Nazarbayev intends"
        " 2008-2010 to be a period of modernization.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_the_articles_author_and_publication_frame_the_claim(bundled: Index) -> None:
    """Who wrote the article and where are stated by its metadata; they attribute the claim
    and do not dilute what the passage must state."""
    got = check(
        bundled,
        "Writing in the Central Asia-Caucasus Analyst, Roger McDermott reported that Kazakhstan"
        " has sought to capitalize on closer transatlantic links.",
    )
    assert got.verdict is Judgement.SUPPORTED
    # a publication counts by its whole name: "Central Asia" alone is the claim's own
    got = check(bundled, "NATO wants closer ties with Central Asia and the South Caucasus.")
    assert got.verdict is not Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_what_the_source_finds_only_credible_is_not_proved(bundled: Index) -> None:
    """ "This appointment lends credence to the belief that much of this defense ministry
    shakeup involves anti-corruption measures"."""
    got = check(
        bundled,
        "Oynarov's appointment confirms that the defense ministry shakeup involves anti-corruption measures.",
    )
    assert got.verdict is Judgement.NOT_FOUND and "confirms" in got.reasons[0]
    got = check(
        bundled,
        "Oynarov's appointment lends credence to the belief that the defense ministry shakeup"
        " involves anti-corruption measures.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_review_misfires_of_session_22_stay_fixed(bundled: Index) -> None:
    """Claims the outside review tried against the session's first rules."""
    # a word of likelihood in a clause of its own ("here the hemorrhaging appears greatest")
    got = check(
        bundled,
        "Statistics show that retention is significantly higher among high-ranking officers"
        " attending short-term courses abroad.",
    )
    assert got.verdict is Judgement.SUPPORTED
    # "seem to confirm" is no proof
    got = check(
        bundled,
        "Aspects of Kazakhstan's security agenda confirm that its leadership takes seriously"
        " its need to maximize its security potential.",
    )
    assert got.verdict is Judgement.NOT_FOUND
    # a noun of the verb's stem ("for military assistance") is no use of the verb without object
    got = check(bundled, "Kazakhstan asked Spain and other OSCE countries to assist its armed forces.")
    assert got.verdict is not Judgement.NOT_FOUND or "armed forces" not in got.reasons[0]
    # title case: a capital marks no name
    got = check(bundled, "Russia Welcomed the Creation of a Kazakh Navy")
    assert got.verdict is Judgement.CONTRADICTED


@pytest.mark.bundled_index
def test_the_publisher_frames_the_claim_as_the_publication_does(bundled: Index) -> None:
    got = check(
        bundled,
        "The Jamestown Foundation's Eurasia Daily Monitor reported that 110 of 250 officers educated"
        " in the United States have quit the military.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_second_review_misfires_of_session_22_stay_fixed(bundled: Index) -> None:
    """Claims the second outside review tried against the session's rules."""
    # the publisher as the doer, not the source
    got = check(
        bundled,
        "The Jamestown Foundation allocated $400 million to the State Department in 2008"
        " for its work in the former Soviet Union.",
    )
    assert got.verdict is Judgement.CONTRADICTED
    got = check(
        bundled,
        "Jamestown Foundation analysts have argued that IMET has yielded a good return on the"
        " investment of U.S. money into Kazakhstan's military.",
    )
    assert got.verdict is not Judgement.SUPPORTED
    # a quotation's date in brackets is not when the deeds before it happened
    got = check(bundled, "Yelena Milyuk married and quit Kazakhstan's army on September 3.")
    assert got.verdict is not Judgement.SUPPORTED
    # "believes" does not hedge away the source's "may be using"
    got = check(
        bundled,
        "Akhmetov believes that President Nazarbayev intends 2008-2010 to be a period of"
        " intensive modernization for Kazakhstan's armed forces.",
    )
    assert got.verdict is not Judgement.SUPPORTED
    # "may prove ... that" against "prove that"
    got = check(
        bundled,
        "Negotiations between NATO and Kazakhstan prove that close links with the Alliance and strong"
        " bilateral ties with Western states are aimed at achieving regional stability.",
    )
    assert got.verdict is not Judgement.SUPPORTED
    # an aside between commas is passed over: "founded in Shanghai"
    got = check(bundled, "The SCO, founded in Shanghai, is led by Russia.")
    assert got.verdict is Judgement.CONTRADICTED
    # a state stands beside its party, or it is just a place
    got = check(
        bundled,
        "After visiting Kazakhstan, Republican Senator Richard Lugar pursued a similar energy security"
        " agenda in Azerbaijan, Turkmenistan, Ukraine and Georgia.",
    )
    assert not any("(R-IN)" in r for r in got.reasons)
    # a sentence dense with names is no title
    got = check(
        bundled,
        "U.S. Senator Dick Lugar observed Astana's steadfast commitment to the Nunn-Lugar"
        " Cooperative Threat Reduction Program.",
    )
    assert got.verdict is not Judgement.CONTRADICTED


def test_a_heading_capitalises_every_word_and_names_nothing() -> None:
    """The mutation benchmark: "artificial stupid (AI)" against "artificial intelligence
    (AI)" in an article headed "Artificial Intelligence Tools" is a reversal still."""
    head = "Artificial Intelligence Tools For Agencies"
    body = "Teams used artificial intelligence (AI) in their tools."
    ev = Evidence(
        body, tokenize(body), [], {}, article=lambda: [(head, tokenize(head)), (body, tokenize(body))]
    )
    at = body.index("intelligence")
    assert not _name_part(ev, (at, at + len("intelligence")))
    named = "They joined the Cooperative Threat Reduction Program in 1995."
    body2 = "The cooperative threat reduction program was extended."
    ev = Evidence(
        body2, tokenize(body2), [], {}, article=lambda: [(named, tokenize(named)), (body2, tokenize(body2))]
    )
    at = body2.index("threat")
    assert _name_part(ev, (at, at + len("threat")))


@pytest.mark.bundled_index
def test_a_claim_that_hedges_its_proof_as_the_source_does_is_stated(bundled: Index) -> None:
    """The mutation benchmark: the source's own sentence, "... that seem to confirm that ...",
    must state itself."""
    got = check(
        bundled,
        "There are aspects of Kazakhstan's military and security agenda that seem to confirm that"
        " the leadership takes seriously its own need to maximize its security potential.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_figure_whose_topic_the_sentence_before_names_contradicts(bundled: Index) -> None:
    """ "Around 5,000 troops participated" names no exercise: the sentence before it does
    (Batys 2003, the Caspian). Another figure for the troops is contradicted there."""
    v = check(bundled, "About 20,000 troops participated in the Batys 2003 exercises on the Caspian.")
    assert v.verdict is Judgement.CONTRADICTED and "5,000 troops" in v.reasons[0]
    v = check(bundled, "About 5,000 troops participated in the Batys 2003 exercises on the Caspian.")
    assert v.verdict is Judgement.SUPPORTED


def test_a_name_listed_with_a_shared_partner_is_paired() -> None:
    from kzmil.verdict import _paired

    passage = "Steppe Eagle draws on U.S. and British servicemen."
    claim = "Steppe Eagle draws on the American and French servicemen."
    query, cand = _read(claim, passage)

    def conflict(mine: str, theirs: str) -> Conflict:
        c, p = claim.index(mine), passage.index(theirs)
        return Conflict("place", mine, theirs, (c, c + len(mine)), (p, p + len(theirs)))

    assert _paired(conflict("French", "British"), query, cand).paired
    # "Steppe" has no partner in a list: a name swap like any other
    assert not _paired(conflict("Steppe", "Steppe"), query, cand).paired


@pytest.mark.bundled_index
def test_a_list_member_swapped_contradicts_with_less_stated_around_it(bundled: Index) -> None:
    rest = " servicemen taking part."
    lead = "Altynbayev wants Steppe Eagle expanded to include other Central Asian countries"
    lead += " besides the American and "
    v = check(bundled, lead + "German" + rest)
    assert v.verdict is Judgement.CONTRADICTED and "German" in v.reasons[0]
    assert check(bundled, lead + "British" + rest).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_figure_the_next_sentence_only_hopes_for_is_not_done(bundled: Index) -> None:
    """ "On January 8, multi-level training courses ... began" then "Defense officials hope to
    train more than 3,000 officers": the courses began, the 3,000 are a hope."""
    got = check(bundled, "Some 3,000 officers finished the multi-level courses that started on January 8.")
    assert got.verdict is Judgement.NOT_FOUND and "hope to train" in got.reasons[0]


@pytest.mark.bundled_index
def test_a_title_before_a_name_is_no_given_name_found_elsewhere(bundled: Index) -> None:
    """The 2004 article calls Daniyal Akhmetov prime minister; the 2008 one, where he announces
    the education plans, defense minister. "Prime Minister" is not "Prime" the given name of
    "Minister", to be found in any passage that writes "Prime Minister"."""
    claim = (
        "In 2008 {} Daniyal Akhmetov announced the plans during a visit to the National University "
        "of Defense."
    )
    assert check(bundled, claim.format("Prime Minister")).verdict is not Judgement.SUPPORTED
    assert check(bundled, claim.format("Defense Minister")).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_unlikely_to_denies_what_the_claim_expects(bundled: Index) -> None:
    """ "Such a volatile political climate is unlikely to result in Astana having to choose"."""
    got = check(
        bundled,
        "The blogger expects the volatile political climate to force Astana to choose between Russia "
        "and the United States.",
    )
    assert got.verdict is Judgement.CONTRADICTED and "unlikely to" in got.reasons[0]
    # "likely" against "unlikely" is one reversal, not an antonym and a denial that cancel
    got = check(
        bundled,
        "Such a volatile political climate is likely to force Astana to choose between Russia and "
        "the United States.",
    )
    assert got.verdict is Judgement.CONTRADICTED
    got = check(
        bundled,
        "The volatile political climate is unlikely to force Astana to choose between Russia and "
        "the United States.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_comparison_made_of_the_other_subject_is_not_stated(bundled: Index) -> None:
    """ "retention is significantly higher in the cases of high-ranking officers attending
    short-term courses abroad, ... junior and middle-ranking officers": the claim makes its
    subject, the junior officers, the ones retained."""
    got = check(
        bundled,
        "Junior and middle-ranking officers are more likely to stay in the military than high-ranking "
        "officers on short courses abroad.",
    )
    assert got.verdict is not Judgement.SUPPORTED
    got = check(
        bundled,
        "Retention is higher among high-ranking officers on short-term courses abroad than among "
        "junior officers.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_rate_of_one_in_n_is_a_share_as_rounded_as_its_arithmetic(bundled: Index) -> None:
    """ "Of the 114 cadets ..., 23 have left": one in five of 114 is 22.8, so about 23."""
    got = check(bundled, "About one in five of the 114 cadets trained in Turkey left for civilian jobs.")
    assert got.verdict is Judgement.SUPPORTED
    got = check(bundled, "One in two of the 114 cadets trained in Turkey left for civilian jobs.")
    assert got.verdict is Judgement.CONTRADICTED and "23 of 114" in got.reasons[0]


@pytest.mark.bundled_index
def test_a_distance_written_with_and_a_half_meets_its_digits(bundled: Index) -> None:
    """ "covering a distance of more than 2,500 km and involving 40 troop trains"."""
    got = check(
        bundled, "Batys 2003 moved troops more than two and a half thousand kilometres on 40 troop trains."
    )
    assert got.verdict is Judgement.SUPPORTED
    got = check(
        bundled, "Batys 2003 moved troops more than three and a half thousand kilometres on 40 troop trains."
    )
    assert got.verdict is Judgement.CONTRADICTED and "2,500 km" in got.reasons[0]


@pytest.mark.bundled_index
def test_a_previous_post_states_a_claims_before(bundled: Index) -> None:
    """ "elevating him from his previous post as an army artillery-and-missile-battery
    commander": the command came before the elevation, not after it."""
    claim = (
        "{} his elevation to deputy defence minister, Kazhimurat Mayermanov commanded an army "
        "artillery-and-missile battery."
    )
    assert check(bundled, claim.format("Before")).verdict is Judgement.SUPPORTED
    assert check(bundled, claim.format("After")).verdict is not Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_verb_that_changes_an_amount_noun_is_a_change(bundled: Index) -> None:
    """ "with the aim of raising the numbers of contract personnel": "cut" and "raise" have
    many senses, but with "the number of" as object they change an amount."""
    claim = (
        "Sembinov reported that Kazakhstan aims to {} the number of contract soldiers in its mixed "
        "manning system."
    )
    got = check(bundled, claim.format("cut"))
    assert got.verdict is Judgement.CONTRADICTED and "raising" in got.reasons[0]
    assert check(bundled, claim.format("increase")).verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_second_review_of_session_24_stays_fixed(bundled: Index) -> None:
    """What an outside review of this session's rules found: "unlikely that" denies as
    "unlikely to" does; a bound is no rounding; a comparison needs its property stated; a
    title may be found with the name elsewhere when the passage gives the person none."""
    got = check(
        bundled,
        "It is unlikely that the volatile political climate will force Astana to pick between Russia "
        "and the United States.",
    )
    assert got.verdict is Judgement.SUPPORTED
    got = check(bundled, "Fewer than one in five of the 114 cadets trained in Turkey left for civilian jobs.")
    assert got.verdict is Judgement.CONTRADICTED
    got = check(
        bundled,
        "High-ranking officers on short-term courses abroad are more likely to quit the military than "
        "junior officers.",
    )
    assert got.verdict is not Judgement.SUPPORTED
    risk = (
        "{} Mukhtar Altynbayev took a considerable political risk with the deployment of Kazakhstani "
        "peacekeepers in Iraq."
    )
    assert check(bundled, risk.format("Defense Minister")).verdict is Judgement.SUPPORTED
    assert check(bundled, risk.format("Prime Minister")).verdict is not Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_third_review_of_session_24_stays_fixed(bundled: Index) -> None:
    """A second outside review: "unlikely that" against "likely that" is one reversal; an aim
    the claim says was met is a deed; "previous" orders only the event it qualifies, in its
    own clause; the article's own title of the same kind outranks one found elsewhere."""
    got = check(
        bundled,
        "It is unlikely that Kazakhstan will draw closer to NATO within its PfP cooperation programs.",
    )
    assert got.verdict is Judgement.CONTRADICTED
    got = check(
        bundled,
        "Defense officials achieved their goal of training more than 3,000 officers in the courses that "
        "began on January 8.",
    )
    assert got.verdict is Judgement.NOT_FOUND
    for claim in (
        "Nikolai Pospelov became eastern regional commander before he was made a deputy defense minister.",
        "Mayermanov was made deputy defense minister before serving as an army artillery-and-missile-battery "
        "commander.",
        "Prime Minister Daniyal Akhmetov may be using the training schemes to signal a period of intensive "
        "modernization.",
        "Deputy Defense Minister Mukhtar Altynbayev took a considerable political risk with the deployment "
        "of Kazakhstani peacekeepers in Iraq.",
    ):
        assert check(bundled, claim).verdict is not Judgement.SUPPORTED, claim


@pytest.mark.bundled_index
def test_a_commitment_is_an_event_the_source_must_state(bundled: Index) -> None:
    """ "agreed to", "promised to": stated by a verb of commitment or a word made from one."""
    v = check(
        bundled, "The United States promised to supply C-130 transport aircraft to the Kazakh air force."
    )
    assert v.verdict is Judgement.NOT_FOUND and "promised" in v.reasons[0]
    stated = (
        "After its OSCE victory, Astana agreed to a new five-year military cooperation plan "
        "with the United States."
    )
    assert check(bundled, stated).verdict is Judgement.SUPPORTED


@pytest.mark.parametrize(
    ("word", "phrase"),
    [("fulfil", "carri out"), ("particip", "take part"), ("discuss", "talk about"), ("establish", "set up")],
)
def test_two_word_verbs_paraphrase_one_word_verbs(word: str, phrase: str) -> None:
    assert phrase in phrasal(word)
    assert word in phrase_means(phrase)


def test_a_word_in_another_part_of_speech_counts_as_stated() -> None:
    """ "retained" for "retention": WordNet's derivation from the word's main sense counts
    towards coverage as a synonym does; a word of none of its senses does not."""
    from kzmil.credit import paraphrased

    query, cand = _read("They built a center.", "They built in Central Asia.")
    assert 2 not in paraphrased(query, cand).scored.matched  # a name is no derivation
    passage = "Retention of officers is higher among senior ranks."
    for claim, credited in (
        ("Officers are retained better.", True),
        ("Officers are promoted better.", False),
    ):
        query, cand = _read(claim, passage)
        word = 1  # "retained" / "promoted", among the terms
        assert (paraphrased(query, cand).scored.matched.get(word, 0) > 0) is credited, claim


def test_a_role_given_in_an_apposition_must_be_stated() -> None:
    """ "Milyuk, a West Point graduate and a former paratrooper,": each part of the
    description ends in a role the source must give her, as a title must be."""
    from kzmil.evidence import Evidence
    from kzmil.unstated import unstated_description

    passage = "Yelena Milyuk, the first female graduate of West Point, quit the army."
    for claim, missing in (
        ("Yelena Milyuk, a West Point graduate and a former paratrooper, quit the army.", ["paratrooper"]),
        ("Yelena Milyuk, a West Point graduate, quit the army.", []),
        ("Yelena Milyuk, who graduated from West Point, quit the army.", []),  # no apposition
        # a possessive sets the role as "a" does: "Kazakhstan's first female attaché"
        ("Yelena Milyuk, Kazakhstan's first female attaché, quit the army.", ["attaché"]),
        ("Yelena Milyuk, his first female graduate, quit the army.", []),
        ("Yelena Milyuk, it's reported, quit the army.", []),  # "it's": it is, no possessive
    ):
        query, cand = _read(claim, passage)
        ev = Evidence(passage, cand.tokens, [], set(), set(), None)
        assert [m.text for m in unstated_description(query, cand, ev)] == missing, claim


def test_a_two_word_verb_is_read_from_its_inflected_form() -> None:
    assert phrase_at(tokenize("the tasks were carried out well"), 3) == "carri out"
    assert phrase_at(tokenize("they took part together"), 1) == "take part"
    assert phrase_at(tokenize("the tasks were carried well"), 3) is None


@pytest.mark.bundled_index
def test_a_two_word_verb_states_a_one_word_verb(bundled: Index) -> None:
    """The source says training tasks were "carried out successfully"."""
    claim = "Defence Minister Mukhtar Altynbaev judged that training tasks had been fulfilled successfully."
    assert check(bundled, claim).verdict == "supported"


@pytest.mark.bundled_index
def test_a_capital_and_a_peoples_word_state_their_country(bundled: Index) -> None:
    """The source says "Russia ... has voiced opposition to the creation of a Kazakh Navy"."""
    claim = "Moscow has backed the idea of Kazakhstan building a navy to bolster its security on the Caspian."
    assert check(bundled, claim).verdict == "contradicted"


@pytest.mark.bundled_index
def test_a_two_word_verb_whose_verb_is_too_common_to_count(bundled: Index) -> None:
    """ "who already take part" for "participation by U.S. and British servicemen"."""
    claim = (
        "Altynbayev would like future Steppe Eagle exercises to draw in other Central Asian states"
        " alongside the American and British troops who already take part."
    )
    assert check(bundled, claim).verdict == "supported"


def test_ranks_are_read_through_their_abbreviations() -> None:
    assert abbreviated("gen", "general") and abbreviated("generals", "gen") and abbreviated("maj", "major")
    assert not abbreviated("gen", "genocide")


@pytest.mark.bundled_index
@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the source: "Major-General Bolat Sembinov, Kazakhstan's Deputy Defense Minister, completed ..."
        (
            "Maj.-Gen. Bolat Sembinov, the deputy defense minister, completed a visit to Washington.",
            "supported",
        ),
        # the source: "Approximately one-third of the graduates of foreign courses enter into the service"
        ("About one in three graduates of foreign courses go on to serve in the armed forces.", "supported"),
        (
            "About one in five graduates of foreign courses go on to serve in the armed forces.",
            "contradicted",
        ),
    ],
)
def test_abbreviations_and_rates_state_their_full_forms(bundled: Index, claim: str, verdict: str) -> None:
    assert check(bundled, claim).verdict == verdict


@pytest.mark.bundled_index
def test_a_date_the_source_gives_to_another_persons_event_is_not_sembinovs(bundled: Index) -> None:
    """Sembinov's trip ended on November 19; November 17 is Altynbayev's training session. The
    date is a fact of both clauses, and Sembinov's clause read alone is contradicted."""
    v = check(
        bundled,
        "Sembinov wrapped up his Washington trip on November 17, the same day Altynbayev addressed the"
        " Astana training session.",
    )
    assert v.verdict == "contradicted"
    assert v.reasons[0] == "the claim says November 17; the source says November 19"
    # without a clause of its own to read alone, the date given to another is not found
    v = check(bundled, "Sembinov's Washington trip ended on November 17 with Altynbayev's training session.")
    assert v.verdict == "not_found"
    # the date's own person in its sentence: supported
    claim = "Altynbayev addressed a training session in the Astana regional command on November 17."
    assert check(bundled, claim).verdict == "supported"


@pytest.mark.bundled_index
@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the source: "Major-General Bolat Sembinov" and "Army-General Mukhtar Altynbayev"
        ("Lt.-Gen. Bolat Sembinov completed a trip to Washington on November 19.", "contradicted"),
        ("Major Bolat Sembinov completed a trip to Washington on November 19.", "contradicted"),
        ("Maj.-Gen. Mukhtar Altynbayev addressed a training session held on November 17.", "contradicted"),
        ("Gen. Mukhtar Altynbayev addressed a training session held on November 17.", "supported"),
        # "too" as "also", and "far from" a compound's part, deny nothing
        ("Many officers educated abroad, too, choose to leave the military.", "supported"),
        ("Retention is far from high among junior and middle-ranking officers.", "supported"),
        ("Practical help from Washington is far from being stepped up.", "contradicted"),
        # a bound on a change's size: "by more than half" holds for an almost 75 percent increase
        ("Kazakhstan's 2007 defense budget grew by more than half.", "supported"),
        # a share under half fits either part of a whole: what it counts must be stated
        (
            "A minority of the officers educated in the United States remain in the military.",
            "not_found",
        ),
        # "Kazakhstan's Prime Minister, Daniyal Akhmetov": the office set before the name
        (
            "Deputy Prime Minister Daniyal Akhmetov addressed a government session on November 17.",
            "contradicted",
        ),
        (
            "Acting Defense Minister Mukhtar Altynbayev addressed a training session on November 17.",
            "not_found",
        ),
    ],
)
def test_the_outside_reviews_probes(bundled: Index, claim: str, verdict: str) -> None:
    assert check(bundled, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # the predicate after "have been" belongs to the matched clause: "hard to obtain"
        (
            "Parts and supplies for existing Soviet-made equipment have been easy to come by, "
            "as Marat Yermukonov notes.",
            "contradicted",
        ),
        # one side named the whole (550 sent abroad) that the other side is a part of
        (
            "Every year Kazakhstan sends more officers abroad for short-term courses than "
            "servicemen for full-time education.",
            "contradicted",
        ),
        (
            "Every year fewer officers go abroad for short-term courses than servicemen for "
            "full-time education.",
            "supported",
        ),
        # the post the source gives another: "named Nikolai Pospelov as the new eastern regional commander"
        ("Kazhimurat Mayermanov was named the new eastern regional commander.", "contradicted"),
        # an apposition names the phrase before it, whichever way round the source puts them
        (
            "Among those Sembinov met was the head of Eurasia affairs at the Pentagon, James MacDougall.",
            "supported",
        ),
        # a model's number counts nothing: "Su-27" and "two contracts" cannot change places
        (
            "A contract for repairing Su-27 aircraft was one of two contracts the defense ministers signed.",
            "supported",
        ),
        # "plan with Washington ... through 2013": "agreed with" and "agreed to" fill other slots
        ("The new plan Astana agreed with Washington runs through 2013.", "supported"),
        # a rate against a part of a whole: "of the 114 cadets ..., 23 have left" is one in five
        (
            "Only about one in five of the Kazakh cadets educated in Turkey has left for a job "
            "in the civil sector.",
            "supported",
        ),
        # ... and one in three, of the one part the passage takes of that whole, contradicts it
        (
            "About one in three of the Kazakh cadets educated in Turkey has left for a job in "
            "the civil sector.",
            "contradicted",
        ),
        # a bare figure after a sum at its scale is that money: "of 143 billion tenges, 64 billion"
        (
            "Of the 143 billion tenges in the 2007 defense budget, 64 billion was earmarked for "
            "modernizing existing weapons.",
            "contradicted",
        ),
        (
            "Of the 143 billion tenges in the 2007 defense budget, 54 billion was earmarked for "
            "modernizing existing weapons.",
            "supported",
        ),
        # a place named only before the passage is no referent of a slot another place fills
        (
            "The Baranavichy-based aircraft repair plant in Russia signed a $52 million contract "
            "to repair Kazakh Su-27 fighters.",
            "contradicted",
        ),
        # a comparison of subject form: its first term is its subject, not the property compared
        (
            "High-ranking officers on short foreign courses are far more likely to stay in the forces "
            "than junior and middle-ranking officers.",
            "supported",
        ),
        (
            "Junior and middle-ranking officers are far more likely to stay in the forces than "
            "high-ranking officers on short foreign courses.",
            "contradicted",
        ),
        # a sentence's capitalised "As" is no title of the passage's own
        (
            "Defense Minister Mukhtar Altynbaev told a television interviewer that commanders "
            "would be tested psychologically for the first time.",
            "supported",
        ),
        # a denial inside a reason the source never gives is an added reason, not a reversal
        (
            "Kazakhstan chose a plant in Belarus to repair its Su-27 fighters because Russian "
            "plants could not do the work.",
            "not_found",
        ),
        # an adverb judges as its adjective: "only reluctantly" against "a keen participant"
        (
            "Kazakhstan participates only reluctantly in the Shanghai Cooperation Organization "
            "and the CIS Collective Security Treaty.",
            "contradicted",
        ),
        # a body known by its initials, named only before the passage, fills no slot the
        # passage gives another ("the CSTO summit" against "the SCO summit")
        (
            "Putin urged the Central Asian states at the CSTO summit in Bishkek on August 16 to "
            "take care of their security themselves.",
            "contradicted",
        ),
        # the outside review's probes of this session's first versions
        ("Officers leave the military because they become disillusioned with the system.", "supported"),
        (
            "More people are sent abroad for education annually than servicemen sent for "
            "full-time education.",
            "supported",
        ),  # the side names the whole (550), not its other part
        ("Sembinov met the Pentagon official in charge of Eurasian affairs, Mira Ricardel.", "contradicted"),
        (
            "Kazakhstan worked with the U.S. on reducing nuclear armaments in exchange for "
            "information on dangerous pathogens.",
            "not_found",
        ),  # "an information exchange" states no deal
        # a deal is stated only by a word of exchange
        (
            "Kazakhstan opened the Shymkent airport to the Danish air force "
            "in exchange for Danish military aid.",
            "not_found",
        ),
    ],
)
def test_session_28_readings(bundled: Index, claim: str, verdict: str) -> None:
    assert check(bundled, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a name's own noun ("defence minister") relates neither side of a reciprocal "met"
        (
            "Belarus's defence minister met Kazakhstan's defence minister Akhmetov in Almaty "
            "on 12 September.",
            "supported",
        ),
        # "half a decade" is five years
        (
            "Astana agreed to a military cooperation plan with the United States lasting half a decade.",
            "supported",
        ),
        (
            "Astana agreed to a military cooperation plan with the United States lasting a decade.",
            "contradicted",
        ),
        # an earlier post the source gives the person otherwise is not stated
        (
            "Kazhimurat Mayermanov, a former signals commander, was appointed deputy defense "
            "minister by Nazarbaev.",
            "not_found",
        ),
        # a claim's first word the corpus writes only after "Mr." is a name all the same
        (
            "Oynarov was made deputy defense minister after commanding an artillery-and-missile battery.",
            "not_found",
        ),
        ("Oynarov had previously been a deputy finance minister.", "supported"),
        # a post the source gives ("named ... as the new eastern regional commander") is not one taken away
        ("Nikolai Pospelov was relieved as eastern regional commander.", "contradicted"),
        # the sentence of the one who appointed states what the one appointed underwent
        (
            "Oynarov, named on April 5 as deputy defense minister for economy and finance, had "
            "previously been a deputy finance minister.",
            "supported",
        ),
        # the passage's irregular past form states the claim's verb or its noun ("met" for "meeting")
        ("The Almaty meeting between Akhmetov and Maltsaw took place on September 14.", "contradicted"),
        ("The Almaty meeting between Akhmetov and Maltsaw took place on September 12.", "supported"),
        # the outside review's probes: a deed's voice ("was appointed by" is not "appointed"),
        # the right nationalities on the wrong men, a second post joined by "and"
        ("Oynarov was appointed deputy defense minister by President Nazarbaev.", "supported"),
        (
            "Belarusian defense minister Akhmetov met Kazakh defense minister Maltsaw in Almaty.",
            "contradicted",
        ),
        ("Oynarov was previously a deputy chairman.", "supported"),
        ("A half dozen Kazakhs were trained in the U.S. in 2001.", "contradicted"),
        (
            "Nazarbaev was appointed deputy defense minister for economy and finance on April 5.",
            "contradicted",
        ),
        # the same earlier post qualified otherwise
        ("On April 5 Nazarbayev appointed Oynarov, previously a deputy defense minister.", "contradicted"),
    ],
)
def test_session_29_readings(bundled: Index, claim: str, verdict: str) -> None:
    assert check(bundled, claim).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a date given by its distance from the claim's date ("three days earlier") is a date
        # the source must state; the source's other date is then no rival to the claim's
        (
            "RFE/RL Newsline wrote on April 17 about a Kazakh Television report of three days "
            "earlier on Akhmetov's inspection of each regional army command.",
            "supported",
        ),
        (
            "RFE/RL Newsline wrote on April 17 about a Kazakh Television report of two days "
            "earlier on Akhmetov's inspection of each regional army command.",
            "contradicted",
        ),
        # names on each side of a cause connective that runs the other way in the source
        (
            "Kazakhstan prioritized effective defense capabilities in its Western Military District "
            "because of the economic importance of the Caspian Sea and the absence of military "
            "infrastructure there during the Soviet period.",
            "supported",
        ),
        (
            "Prioritizing effective defense capabilities in Kazakhstan's Western Military District "
            "resulted in the economic importance of the Caspian Sea.",
            "contradicted",
        ),
        # a nationality's own noun ("Belarus's defense minister"), with no person named, is
        # the source's phrase, not a role given to the other nation
        (
            "In Almaty on September 12, Akhmetov, meeting Belarus's defense minister, said that the "
            "new military doctrine of Kazakhstan requires modernizing the country's armaments.",
            "supported",
        ),
        # "later" puts the event written before it first, as "then" does; "earlier" the other way
        (
            "Yelena Milyuk returned for post-graduate study at West Point, and later married and "
            "quit Kazakhstan's army.",
            "supported",
        ),
        (
            "Yelena Milyuk married and quit Kazakhstan's army, and later returned for post-graduate "
            "study at West Point.",
            "contradicted",
        ),
        (
            "Lugar pursued a similar agenda in Azerbaijan, Turkmenistan and Ukraine, and later "
            "discussed energy security with senior officials in Kazakhstan.",
            "contradicted",
        ),
        (
            "The deputy defense minister for economy and finance whom Nazarbaev appointed on April 5 "
            "had earlier been deputy chairman of the agency regulating natural monopolies.",
            "supported",
        ),
        # an adverb of time with no event of the claim's before it orders its deed after one
        # the claim does not state: no passage confirms that ("later" was dropped in a first
        # version, which the held-out sets showed adding wrong supports)
        ("Milyuk later married and quit Kazakhstan's army.", "not_found"),
        # the outside review's probes: a distance whose events are swapped, a date counted the
        # wrong way across a clause's end, "had earlier been" read as "previously", an event
        # in a relative clause, cause sides that hold the source's other sides
        (
            "Kazakh Television reported on Akhmetov's inspection of the regional army commands on "
            "April 17, three days after RFE/RL Newsline wrote about it.",
            "contradicted",
        ),
        (
            "Kazakh Television reported on Akhmetov's inspection of the regional army commands on "
            "April 14; three days later, RFE/RL Newsline wrote about it.",
            "supported",
        ),
        (
            "RFE/RL Newsline wrote about Akhmetov's inspection of the regional army commands on "
            "April 17; three days later, Kazakh Television reported on it.",
            "contradicted",
        ),
        ("Oynarov had earlier been deputy defense minister for economy and finance.", "not_found"),
        ("The officer who married then returned to West Point for post-graduate study.", "contradicted"),
        (
            "Kazakhstan's Western Military District gained economic importance because of "
            "prioritizing defense capabilities in the Caspian Sea.",
            "contradicted",
        ),
        # a nationality and a lower-case title before a name bind to that name; a person does
        # not talk with the one the source describes by the claim's words: himself
        ("Belarusian defense minister Akhmetov talked with Maltsaw in Almaty.", "contradicted"),
        ("Kazakh defense minister Akhmetov talked with Maltsaw in Almaty.", "supported"),
        ("Maltsaw talked with Belarus's defense minister in Almaty.", "contradicted"),
        ("Akhmetov talked with Belarus's defense minister in Almaty.", "supported"),
        # a description between commas relates its name to no other
        ("Maltsaw, Belarus's defense minister, met Akhmetov in Almaty on September 12.", "supported"),
        # the second review's probes: the date counted from must be its own event's too; a verb
        # is no title; a description opening a clause of its own may be the person himself
        (
            "Akhmetov inspected each of Kazakhstan's regional army commands on April 17, three days "
            "after Kazakh Television reported it.",
            "not_found",
        ),
        ("Kazakhstan hosted Maltsaw in Almaty on September 12.", "not_found"),
        (
            "Sembinov met Armitage in Washington, and Kazakhstan's deputy defense minister also "
            "met Ricardel.",
            "supported",
        ),
        (
            "The 2007 defense budget rose to some 143 billion tenges, with 1.1 billion of it earmarked "
            "for modernizing weapons systems.",
            "not_found",
        ),
    ],
)
def test_session_30_readings(bundled: Index, claim: str, verdict: str) -> None:
    assert check(bundled, claim).verdict == verdict


def test_a_judgement_the_sentences_before_state_is_no_reversal() -> None:
    """ "the senator praised the ministry's steadfast support" two sentences before the passage
    states "steadfast"; the passage's "deadly chemicals" judges something else."""
    from kzmil.judgements import evaluations

    claim = "The senator noted steadfast support and said the program to destroy chemicals was extended."
    passage = "Work on deadly chemicals went on. The program to destroy chemicals was extended."
    query, cand = _read(claim, passage)
    before = tokenize("The senator praised the ministry's steadfast support.")
    _, reversed_alone = evaluations(query, cand)
    _, reversed_told = evaluations(query, cand, before)
    assert [c.claim for c in reversed_alone] != [] and reversed_told == []


def test_a_word_used_as_no_adjective_judges_nothing() -> None:
    """ "a kind of trust-busting": "kind" is a noun there and "trust" the thing busted, though
    VADER rates both as praise; "an ill-advised raid" still judges (an adverb in a compound)."""
    from kzmil.judgements import evaluations

    claim = "The reform is about fighting graft."
    for passage, reversal in (
        ("The reform is about a kind of trust-busting of graft.", False),
        ("The reform is about a kind deed against graft.", True),
    ):
        query, cand = _read(claim, passage)
        _, reversed_ = evaluations(query, cand)
        assert bool(reversed_) is reversal, passage
    query, cand = _read("The raid was a good move.", "The raid was an ill-advised move.")
    assert [c.source for c in evaluations(query, cand)[1]] == ["ill"]
    # a noun before another kind of part still judges: "war-torn"
    from kzmil.judgements import _judges_nothing

    for text, nothing in (
        ("a trust-busting drive", True),
        ("a peace-keeper", True),
        ("a war-torn town", False),
    ):
        assert _judges_nothing(text, tokenize(text), 1) is nothing, text


@pytest.mark.bundled_index
def test_words_given_to_the_wrong_speaker_are_contradicted(bundled: Index) -> None:
    """The passage has Akhmetov say it ("..., Akhmetov noted") in the sentence after the one
    naming both ministers: a claim that has Maltsaw say it names a counterpart in the
    speaker's slot, not a detail the source leaves out."""
    said = "said his side was interested in developing a national military industry."
    wrong = check(bundled, f"Speaking in Almaty, Leanid Maltsaw {said}")
    assert wrong.verdict is Judgement.CONTRADICTED
    assert wrong.reasons[0] == "the source gives these words to Akhmetov, not Leanid Maltsaw"
    right = check(
        bundled,
        "Akhmetov noted that the new military doctrine calls for modernizing armaments "
        "and so a national military industry.",
    )
    assert right.verdict is Judgement.SUPPORTED


def test_a_judgement_said_before_is_still_reversed_by_its_antonym() -> None:
    from kzmil.judgements import evaluations

    claim = "The senator said the harvest was bad and the program was extended."
    passage = "The senator said the harvest was good and the program was extended."
    query, cand = _read(claim, passage)
    _, reversed_ = evaluations(query, cand, tokenize("Critics called the budget bad."))
    assert [c.claim for c in reversed_] == ["bad"]


def test_another_judging_adjective_before_the_same_noun_is_unstated() -> None:
    from kzmil.unstated import other_judgement

    def other(claim: str, passage: str) -> list[str]:
        query, cand = _read(claim, passage)
        return [s.text for s in other_judgement(query, cand, Evidence(passage, cand.tokens, [], {}))]

    passage = "The plan to widen the harbour has met with a positive response in the port."
    assert other("The plan to widen the harbour met a hostile reception in the port.", passage) == ["hostile"]
    assert other("The plan to widen the harbour met a positive reception in the port.", passage) == []
    # no article before it: a verb, not the adjective of a noun ("wanted progress")
    assert (
        other("The mayor wanted progress on the harbour.", "The mayor sought real progress on the harbour.")
        == []
    )


def test_a_judging_word_said_before_of_another_thing_is_not_stated() -> None:
    """ "a good harvest" two sentences before states "good" of the harvest, not of the
    partners the claim calls good."""
    from kzmil.judgements import _said_with_a_neighbour

    claim = tokenize("The farmers are good partners and the program was extended.")
    told = _said_with_a_neighbour(claim, tokenize("Officials praised the farmers as good partners."))
    untold = _said_with_a_neighbour(claim, tokenize("It was a good harvest."))
    assert {t.norm for t in claim if id(t) in told} >= {"good", "partners"}
    assert untold == set()


@pytest.mark.bundled_index
def test_an_earlier_post_stated_in_the_next_sentence_is_shown_with_it(bundled: Index) -> None:
    """ "had earlier served as" is stated by "was previously" in the sentence after the one on
    the appointment, even when the two posts share most words; the evidence shown runs on to
    that sentence, so the reader sees what the verdict rests on."""
    named = "On April 5 Nazarbaev named a new deputy defense minister for economy and finance"
    appointee = "; the appointee, Oynarov, had earlier served as a deputy"
    right = check(bundled, f"{named}{appointee} finance minister.")
    assert right.verdict is Judgement.SUPPORTED
    assert right.evidence is not None
    assert "was previously a deputy finance minister" in right.evidence.passage
    assert any("earlier = previously" in r for r in right.reasons)
    wrong = check(bundled, f"{named}{appointee} energy minister.")
    assert wrong.verdict is not Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_two_clauses_that_take_each_others_words_are_contradicted(bundled: Index) -> None:
    """Each clause names its own person; the passage of two sentences holds every word, but
    gives each person the other's region. The worst of the claim's facts decides."""
    crossed = check(
        bundled,
        "Nikolai Pospelov became the new southern regional commander, "
        "while Bulat Darbekov took over the eastern region.",
    )
    assert crossed.verdict is Judgement.CONTRADICTED
    assert crossed.reasons == ["the claim says southern; the source says eastern"]
    assert crossed.claim.startswith("Nikolai Pospelov")
    assert crossed.evidence is not None and "Bulat Darbekov" in crossed.evidence.passage
    relative = check(
        bundled,
        "It is Washington that has voiced opposition to a Kazakh navy, "
        "whose development is instead expected to be furthered by Russian military assistance.",
    )
    assert relative.verdict is Judgement.CONTRADICTED
    assert relative.reasons == ["the claim says Washington; the source says Russia"]
    right = check(
        bundled,
        "Nikolai Pospelov became the new eastern regional commander, "
        "while Bulat Darbekov was named the new southern regional commander.",
    )
    assert right.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_deed_in_progress_in_the_past_is_not_a_plan(bundled: Index) -> None:
    """ "were providing" tells a deed under way, which "will provide" does not state; "is
    helping" may be spoken of a plan, as the source's "will help" is."""
    done = check(
        bundled, "By late 2004 C-130 aircraft were already providing airlift to the Kazakhstani Air Force."
    )
    assert done.verdict is not Judgement.SUPPORTED
    assert "will" in done.reasons[0]
    planned = check(bundled, "The US is helping in the creation of a professional army in Kazakhstan.")
    assert planned.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_wish_and_what_happened_in_fact_state_a_preference(bundled: Index) -> None:
    """ "Although wanting to become a military attaché, she was in fact posted to logistic
    support" prefers what happened to what was wished, as "rather than" and "instead of" do;
    the other way round is a reversal."""
    rather = check(
        bundled, "Milyuk was posted to logistic support of the rear services rather than becoming an attaché."
    )
    assert rather.verdict is Judgement.SUPPORTED
    instead = check(
        bundled,
        "Instead of becoming a military attaché as she wished, Milyuk was posted to logistic support.",
    )
    assert instead.verdict is Judgement.SUPPORTED
    reversed_ = check(
        bundled, "Milyuk became a military attaché rather than being posted to logistic support."
    )
    assert reversed_.verdict is Judgement.CONTRADICTED
    assert "prefers the other side" in reversed_.reasons[0]


@pytest.mark.bundled_index
def test_a_country_s_capital_is_stated_by_its_city(bundled: Index) -> None:
    """ "the Kyrgyz capital" is stated by "Bishkek"; "the Kazakh capital" is not."""
    summit = (
        "Putin told the Central Asian states to take care of their security themselves at the SCO summit in"
    )
    assert check(bundled, f"{summit} the Kyrgyz capital on August 16.").verdict is Judgement.SUPPORTED
    assert check(bundled, f"{summit} the Kazakh capital on August 16.").verdict is not Judgement.SUPPORTED


def test_a_passage_that_points_back_is_read_with_the_sentence_before() -> None:
    """ "These activities meet with approval" speaks of what the sentence before told: the
    claim's words stated there count as stated. A passage that does not point back does not
    borrow them."""
    from kzmil.verdict import _with_antecedent

    claim = "Moscow approved the repair contracts signed with Belarus."
    before = "The ministers signed two repair contracts in Minsk."
    for passage, borrows in (
        ("These activities meet with the approval of Moscow.", True),
        ("Officials meet with the approval of Moscow.", False),
    ):
        query, cand = _read(claim, passage)
        ev = Evidence(passage, cand.tokens, [(before, tokenize(before))], {}, preceding=1)
        stated = _with_antecedent(query, dict(cand.scored.matched), cand, ev)
        words = {query.terms[i].token.norm for i in stated}
        assert ({"repair", "contracts", "signed"} <= words) is borrows


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # a long title the passage gives another person in the same list
        (
            "Richard Armitage, one of the officials Sembinov met, was Assistant Secretary of Defense "
            "for International Security Policy.",
            Judgement.CONTRADICTED,
        ),
        (
            "Mira Ricardel was Assistant Secretary of Defense for International Security Policy.",
            Judgement.SUPPORTED,
        ),
        # ... unless the claim gives that description to the other person itself
        (
            "Deputy Secretary of State Richard Armitage was among the officials who received "
            "Kazakhstan's deputy defense minister, Bolat Sembinov.",
            Judgement.SUPPORTED,
        ),
        # "the sole" against "only one aspect in a whole range"
        (
            "The military component is the sole element of U.S. initiatives for Caspian stability.",
            Judgement.CONTRADICTED,
        ),
        (
            "Military aid is the only U.S. initiative aimed at stability in the Caspian region.",
            Judgement.CONTRADICTED,
        ),
        (
            "The military component is only one aspect of U.S. initiatives for Caspian stability.",
            Judgement.SUPPORTED,
        ),
        # the article named as the claim's source frames it and states nothing
        (
            "According to the blog, Kazakhstan has always had a consistent, clear-cut policy in relation "
            "to others.",
            Judgement.SUPPORTED,
        ),
        (
            "In the author's view, Kazakhstan has yet to achieve the supply and readiness goals it paid for.",
            Judgement.SUPPORTED,
        ),
    ],
)
def test_session_36_readings(bundled: Index, claim: str, verdict: Judgement) -> None:
    assert check(bundled, claim).verdict is verdict


def test_a_currency_named_in_words_is_stated_by_its_sign(bundled: Index) -> None:
    """ "fifty-two million dollars" is stated by "$52 million", word for word."""
    deal = "The Baranavichy plant signed a contract worth {} to repair Su-27 fighters."
    signed = check(bundled, deal.format("$52 million"))
    worded = check(bundled, deal.format("52 million dollars"))
    assert worded.verdict is signed.verdict is Judgement.SUPPORTED
    assert worded.score > signed.score - 2  # unstated, "dollars" cost it 7 points


@pytest.mark.parametrize(
    "claim",
    [
        # TV is television
        "Altynbayev told Kazakh TV that each commander would take a psychological test.",
        # "across" weighs nothing
        "Officer training courses started across Kazakhstan on January 8 to train more than 3,000 officers.",
    ],
)
def test_abbreviations_and_light_prepositions_state_nothing_a_passage_must_hold(
    bundled: Index, claim: str
) -> None:
    assert check(bundled, claim).verdict is Judgement.SUPPORTED


def test_the_country_stands_for_the_country_the_passage_names(bundled: Index) -> None:
    claim = (
        "The C-130 aircraft would give the country vital airlift capacity and improve air mobility "
        "inside the country."
    )
    assert check(bundled, claim).verdict is Judgement.SUPPORTED


def test_as_well_is_no_praise_in_a_reason(bundled: Index) -> None:
    claim = "NATO's attempts to deepen security ties with Kazakhstan got a chilly response in Astana."
    found = check(bundled, claim)
    assert found.verdict is Judgement.CONTRADICTED
    assert "the source says positive" in found.reasons[0]


def test_a_nation_the_claim_describes_is_no_country_the_passage_names(bundled: Index) -> None:
    """ "the country" points at the country the passage names; "an independent nation" does not."""
    assert (
        check(bundled, "Kazakhstan has been an independent nation since 1994.").verdict
        is not Judgement.SUPPORTED
    )


def test_what_was_asked_for_is_not_yet_had() -> None:
    """ "approached Norway for naval help" asks; "obtained naval help from Norway" has it."""
    from kzmil.planned import deed_proposed

    passage = "Chile has approached Norway and other Nordic countries for naval assistance."

    def proposed(claim: str) -> list[str]:
        query, cand = _read(claim, passage)
        return [s.text for s in deed_proposed(query, cand, Evidence(passage, cand.tokens, [], {}))]

    assert proposed("Chile has obtained naval assistance from Norway and other Nordic countries.") == [
        "obtained"
    ]
    # a request met by a deed of giving after it is a thing had
    met = "Chile approached Norway for naval assistance, which Norway supplied in 2005."
    query, cand = _read("Chile obtained naval assistance from Norway.", met)
    assert deed_proposed(query, cand, Evidence(met, cand.tokens, [], {})) == []
    # a claim that asks too is left to coverage, and an "approach" that is a noun asks nothing
    assert proposed("Chile has turned to Norway and other Nordic countries for naval assistance.") == []
    noun = "Chile has adopted an approach for naval assistance from Norway and other Nordic countries."
    query, cand = _read("Chile has obtained naval assistance from Norway.", noun)
    assert deed_proposed(query, cand, Evidence(noun, cand.tokens, [], {})) == []


def test_a_date_of_its_subject_described_again_has_the_sentence_before_for_topic() -> None:
    """ "The veteran diplomat joined the navy in 1990", after a sentence naming Ana Ortiz, tells
    of Ortiz: a claim that Ortiz joined in 1992 meets its date there. Another event dated
    otherwise ("retired in 1992") does not."""
    from kzmil.verdict import _described_again, _event_stated

    before = "Ana Ortiz, Chile's first female admiral, has become a symbol of reform."
    passage = "The veteran diplomat joined the navy in 1990, but soon left for the ministry."
    claim = "Ana Ortiz, Chile's first female admiral, joined the navy in 1992."
    query, cand = _read(claim, passage)
    assert _described_again(query, cand, tokenize(before))
    named = _read(claim, "Ana Ortiz joined the navy in 1990.")[1]
    assert not _described_again(query, named, tokenize(before))  # the passage names her itself
    fronted = _read(claim, "Unhappy, she joined the navy in 1990.")[1]
    assert _described_again(query, fronted, tokenize(before))  # a pronoun after a fronted word
    later = _read(claim, "In 1990 the navy took in cadets, and she joined it.")[1]
    assert not _described_again(query, later, tokenize(before))  # "she" is no subject here
    other = _read(claim, "The new law was passed in 1990.")[1]
    assert _described_again(query, other, tokenize("Luis Vega, a lawyer, drafted it.")) is False

    def date_at(text: str, year: str) -> Conflict:
        at = text.index(year)
        return Conflict("date", year, "1990", (at, at + 4), None)

    matched = dict(cand.scored.matched)
    assert _event_stated(query, date_at(claim, "1992"), matched)
    retired = "Ana Ortiz, Chile's first female admiral, retired from the navy in 1992."
    rquery, rcand = _read(retired, passage)
    assert not _event_stated(rquery, date_at(retired, "1992"), dict(rcand.scored.matched))


def _one_article(tmp_path: Path, name: str, title: str, body: str) -> tuple[Path, Path]:
    """(a corpus folder holding one invented article, dated 2011-05-20, an index path for it)."""
    corpus = tmp_path / "c"
    corpus.mkdir(parents=True)
    (corpus / name).write_text(f"---\ntitle: {title}\ndate: 2011-05-20\n---\n\n{body}", encoding="utf-8")
    return corpus, tmp_path / "i.sqlite"


def test_a_date_two_clauses_share_is_a_fact_of_each(tmp_path: Path) -> None:
    """ "X ended her tour on May 16, the same day Y spoke": May 16 is Y's in the source, and
    X's tour ended on May 18. The date is a fact of X's clause too, and that clause read alone
    is contradicted: so is the claim."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "visit.md",
        "Ortiz ends her tour",
        "Minister Ana Ortiz, Chile's deputy navy minister, completed an important tour of Lima on "
        "May 18 that served to reaffirm naval cooperation.\n\n"
        "Her visit came at a vital moment. Admiral Luis Vega addressed a fleet training session "
        "held on May 16 in the Valparaiso command, praising the year's exercises.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        got = ix.check(
            "Ortiz wrapped up her Lima tour on May 16, the same day Vega addressed the Valparaiso session."
        )
        assert (
            got.verdict == "contradicted"
            and got.reasons[0] == "the claim says May 16; the source says May 18"
        )
        assert got.claim.endswith("Valparaiso session.")  # the whole claim, not its clause
        got = ix.check(
            "Ortiz wrapped up her Lima tour on May 18, two days after Vega addressed the Valparaiso session."
        )
        assert got.verdict != "contradicted"


def test_session41_readings_on_an_invented_corpus(tmp_path: Path) -> None:
    """An age written with hyphens, names after prepositions of other groups, a city as a
    destination, a body's initials, a share of the part the source counts and "already" before
    a verb and its object: each read on a corpus written for this test."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "navy.md",
        "Chile renews its navy",
        "President Lagos appointed Ana Ortiz as deputy navy minister, elevating her from her "
        "previous post as a new coastal patrol commander.\n\n"
        "Patrol boats will be supplied through the Naval Aid Fund program to enhance coastal defense.\n\n"
        "Following its APEC win, Santiago has also agreed to a new three-year naval plan with Peru.\n\n"
        "Out of 300 cadets who trained in Spain, 120 have already left the navy, citing various reasons.\n\n"
        "While fighting goes on in Bolivia, Chile deployed 27 engineers in Peru to clear mines.\n\n"
        "Minister Luis Vega praised the exercise. He also envisages introducing fitness testing "
        "for senior captains.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        # "45-year-old" tells an age: no "old" against the source's "new"
        got = ix.check("Lagos appointed Ana Ortiz, a 45-year-old officer, as deputy navy minister.")
        assert got.verdict == "not_found", got.reasons  # nor is 45 years of age a three-year plan
        # a place named elsewhere in the passage does not state it where another fills its slot
        got = ix.check("Chile deployed 27 engineers to Bolivia to clear mines.")
        assert got.verdict == "contradicted", got.reasons
        # a trip to Lima is no place that "Santiago has agreed" names
        got = ix.check("Lagos signed the new three-year naval plan with Peru during a trip to Lima.")
        assert got.verdict != "contradicted"
        # "most of the 120 who left" is a share of the part the source counts, which it never gives
        got = ix.check("Most of the 120 cadets who left the navy found jobs in shipping.")
        assert got.verdict == "not_found"
        got = ix.check("Most of the 300 cadets who trained in Spain have left the navy.")
        assert got.verdict == "contradicted"


def test_already_tells_the_deed_of_its_verb_and_object() -> None:
    """ "has already put its captains through fitness testing": "already" tells the testing
    done, though the verb's object stands between; not a deed in a clause of its own."""
    from kzmil.planned import _already_of

    def reaches(claim: str, word: str) -> bool:
        query, _ = _read(claim, "x")
        words = [t.norm for t in query.tokens]
        return _already_of(query, words.index("already"), words.index(word))

    assert reaches("Chile has already put its captains through fitness testing.", "fitness")
    assert not reaches("Chile has already agreed to start fitness testing.", "fitness")
    assert not reaches("Peru has already trained 40 divers for mine clearance next year.", "clearance")


def test_a_possessive_name_places_no_event(tmp_path: Path) -> None:
    """ "quit Chile's navy" is told by "quit" and "navy": "returning to Chile" after the
    academy is no sign that she quit before she entered it."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "ortiz.md",
        "Ortiz leaves",
        "Ana Ortiz, Chile's first female graduate of the naval academy, is now well known. She "
        "entered the naval academy in 2001, but soon after returning to Chile she found that her "
        "career had suffered. Unhappy, she returned to the academy for further study then married "
        "and quit Chile's navy.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        got = ix.check("Ana Ortiz entered the naval academy in 2001 and later married and quit Chile's navy.")
        assert got.verdict != "contradicted", got.reasons
        got = ix.check(
            "Ana Ortiz married and quit Chile's navy before she returned to the academy for further study."
        )
        assert got.verdict == "contradicted", got.reasons


def test_an_event_the_claim_only_plans_is_contradicted_by_its_deed(tmp_path: Path) -> None:
    """ "is planning to set up a diving school" against "has opened a diving school": the claim
    says the school is still to come, and the source tells it done. A plan of another of the
    kind ("more schools") and a source that itself only agreed are no such deed."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "navy.md",
        "Chile's navy builds",
        "Since 2009 the Chilean navy has opened a diving school for its coastal units. The "
        "finance ministry had allocated $90 million to the navy for its work in the south. "
        "Peru has agreed to buy two patrol boats from Chile.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        planned = ix.check("The Chilean navy is planning to set up a diving school for its coastal units.")
        assert planned.verdict == "contradicted", planned.reasons
        assert "only planned" in planned.reasons[0]
        weighed = ix.check(
            "The finance ministry was considering whether to allocate $90 million to the navy "
            "for its work in the south."
        )
        assert weighed.verdict == "contradicted", weighed.reasons
        more = ix.check("The Chilean navy is planning to open more diving schools for its coastal units.")
        assert more.verdict != "contradicted", more.reasons
        agreed = ix.check("Peru is considering whether to buy two patrol boats from Chile.")
        assert agreed.verdict != "contradicted", agreed.reasons


def test_a_deed_beside_a_plan_or_of_another_does_not_contradict_the_plan(tmp_path: Path) -> None:
    """A passage that itself tells of a plan ("is weighing sending officers to Italy") may tell
    an earlier deed beside it, and a deed with another object is not the plan's."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "schools.md",
        "Peru trains",
        "Peru has sent officers to the naval school in Spain and is weighing sending officers to "
        "the naval school in Italy.\n\n"
        "The ministry has trained the border guards for a decade, and the guards are praised.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        got = ix.check("Peru is weighing sending officers to the naval school in Italy.")
        assert got.verdict == "supported", got.reasons
        buy = ix.check("The ministry is considering whether to buy helicopters for the border guards.")
        assert buy.verdict != "contradicted", buy.reasons


def test_a_deed_done_by_another_does_not_contradict_a_plan() -> None:
    from kzmil.planned import still_planned

    def conflicts(claim: str, passage: str) -> list[str]:
        query, cand = _read(claim, passage)
        return [c.kind for c in still_planned(query, cand)]

    claim = "The ministry is considering building a base near the border."
    assert conflicts(claim, "The ministry has built a base near the border.") == ["modality"]
    assert conflicts(claim, "The army has built a base near the border.") == []
    # a deed in a clause of its own has no object of the plan's: "If funds had arrived, ..."
    assert conflicts(claim, "If funds had arrived, the ministry would guard a base near the border.") == []


def test_a_plan_is_told_by_what_it_is_a_plan_to_do() -> None:
    """ "is considering withdrawing its divers": a passage on the divers' deployment, which
    states every other word, tells of no plan to withdraw them."""
    from kzmil.planned import planned_event_unstated

    def unstated(claim: str, passage: str) -> list[str]:
        query, cand = _read(claim, passage)
        return [s.text for s in planned_event_unstated(query, cand, Evidence(passage, cand.tokens, [], {}))]

    passage = "The deployment of Peru's navy divers in Chile serves mutual interests."
    assert unstated("Peru is considering withdrawing its navy divers from Chile.", passage) == ["withdrawing"]
    # the plan's event stated, in another form, is no added detail
    assert unstated("Peru is considering deploying its navy divers in Chile.", passage) == []
    # a plan named, not the claim's own ("a cooperation plan covering"), sets no event
    assert unstated("Peru agreed a cooperation plan covering its navy divers.", passage) == []
    # a passage that speaks of a plan may name its event otherwise
    planned = "Peru is planning the creation of a diving school in Chile."
    assert unstated("Peru is planning to found a diving school in Chile.", planned) == []
    # a light verb puts the event in its object: "to hold a parade" is "a parade"
    assert unstated("Peru is planning to hold a large parade in Lima.", "Peru's large parade in Lima.") == []


def test_session43_readings_on_an_invented_corpus(tmp_path: Path) -> None:
    """Session 43's readings, each on a corpus written for this test: a sort named after "of
    this" judges nothing ("tests of this kind" against a source that speaks of weapons)."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "navy.md",
        "Chile tests its captains",
        "As Admiral Luis Vega explained on the radio: \u201cWe are going to test each captain, because "
        "they also carry weapons.\u201d Such tests would mark a radical departure from the "
        "traditional pattern of selection and promotion.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        got = ix.check(
            "Tests of this kind would mark a radical departure from the traditional pattern of "
            "selection and promotion."
        )
        assert got.verdict == "supported", got.reasons

    corpus, index = _one_article(
        tmp_path / "2",
        "voters.md",
        "Young voters stay away",
        "Although turnout is significantly higher in the cases of older voters attending local "
        "meetings, the real problem exists within the young and first-time voters. Here the "
        "decline is steep.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        # "better" is the first clause's; the source's "problem" is the second's
        got = ix.check(
            "Turnout is far better among older voters at local meetings; the real decline is "
            "among young and first-time voters."
        )
        assert got.verdict != "contradicted", got.reasons

    corpus, index = _one_article(
        tmp_path / "3",
        "schools.md",
        "Peru trains at home",
        "Officers will benefit first from national training programs, while only a small "
        "proportion will receive any foreign education.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        # the claim's own "only a small proportion" counts what the source's does
        got = ix.check(
            "Most officers will be trained at home, with only a small proportion receiving any "
            "foreign education."
        )
        assert got.verdict != "contradicted", got.reasons
        # the two shares turned round still conflict, though both shares "receive"
        got = ix.check(
            "Most officers will receive foreign education, and only a small proportion will "
            "receive national training."
        )
        assert got.verdict == "contradicted", got.reasons
        # the two shares turned round still conflict
        got = ix.check(
            "Most officers will receive foreign education, with only a small proportion going "
            "through national training programs."
        )
        assert got.verdict == "contradicted", got.reasons


def test_a_participle_that_opens_the_claim_is_not_its_subject() -> None:
    from kzmil.agents import subject

    def who(text: str) -> str:
        toks = tokenize(text)
        got = subject(text, toks, 0, len(toks))
        return "" if got is None else " ".join(t.norm for t in toks[got[0] : got[1]])

    assert who("Having joined in 1994, Chile has taken part in the talks.") == "chile"
    assert who("Asked about the deal, Ortiz declined to comment.") == "ortiz"
    assert who("United Nations troops were deployed to the border.") == "united nations"


def test_a_year_given_the_first_of_a_kind_earlier_than_one_the_source_dates(tmp_path: Path) -> None:
    """The first of a kind dated before the one the source dates leaves the first unstated; after
    it, the claim cannot be right. A rank set off by commas ranks someone else."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "drill.md",
        "Andes drills",
        "The Pampa Eagle exercise was held in 2009 with American and Brazilian sailors taking "
        "part, Admiral Luis Vega said.\n\nAna Ortiz, Chile's first female admiral, entered the "
        "naval school in 1990.\n",
    )
    sailors = "with American and Brazilian sailors taking part."
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        assert ix.check(f"The first Pampa Eagle exercise was held in 2007 {sailors}").verdict == "not_found"
        assert ix.check(f"Pampa Eagle was first held in 2007 {sailors}").verdict == "not_found"
        assert (
            ix.check(f"The first Pampa Eagle exercise was held in 2011 {sailors}").verdict == "contradicted"
        )
        got = ix.check("Ana Ortiz, Chile's first female admiral, entered the naval school in 1988.")
        assert got.verdict == "contradicted", got.reasons
        # a rank after the year, across "and", ranks another thing
        got = ix.check(
            "The Pampa Eagle exercise was held in 2007 and drew its first American and Brazilian sailors."
        )
        assert got.verdict == "contradicted", got.reasons


def test_a_sort_noun_judges_nothing_but_an_adjective_after_of_a_does() -> None:
    from kzmil.judgements import _a_sort

    toks = tokenize("plans of this kind would mark a departure")
    assert _a_sort(toks, 3)
    toks = tokenize("the creation of a weak army")
    assert not _a_sort(toks, 4)


def test_a_judgement_the_other_way_beyond_an_aside_still_counts(tmp_path: Path) -> None:
    """In a claim of two clauses, the passage's part for the first runs past an aside up to
    where it turns to the second clause's own words."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "morale.md",
        "Morale in the ranks",
        "Morale among senior officers is, by every account we heard in Lima this spring, "
        "terrible; among junior officers it is high.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        got = ix.check("Morale among senior officers is excellent; among junior officers it is high.")
        assert got.verdict == "contradicted", got.reasons


def test_a_factor_between_two_years_is_read_from_the_figures_at_each(tmp_path: Path) -> None:
    """ "more than double between 2004 and 2009", "three times as many in 2009 as in 2004": the
    claim gives two years and no counts, and the passage gives a figure at each. The factor is
    the later over the earlier, or in "as many in A as in B" A's over B's."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "cadets.md",
        "Chilean cadets abroad",
        "The number of Chilean cadets trained in Spain remains small but is growing; in 2004 "
        "12 cadets were trained there and in 2009 that number reached 29.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        for claim, verdict in [
            (
                "The number of Chilean cadets trained in Spain more than doubled between 2004 and 2009.",
                "supported",
            ),
            ("More than twice as many Chilean cadets were trained in Spain in 2009 as in 2004.", "supported"),
            ("The number of Chilean cadets trained in Spain tripled between 2004 and 2009.", "contradicted"),
            ("Twice as many Chilean cadets were trained in Spain in 2004 as in 2009.", "contradicted"),
        ]:
            got = ix.check(claim)
            assert got.verdict == verdict, (claim, got.reasons)
        assert (
            "12 to 29"
            in ix.check(
                "The number of Chilean cadets trained in Spain tripled between 2004 and 2009."
            ).reasons[0]
        )


def test_a_name_the_support_states_is_not_disputed_by_a_passage_of_another_fact(tmp_path: Path) -> None:
    """ "educated in Spain" against "serve in the armed forces in Chile": the better-ranked
    passage puts another place in the claim's slot, but a passage below states Spain, and the
    rest of the claim, itself. The two passages tell two facts; the claim is the second's."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "abroad.md",
        "Chilean officers abroad",
        "Around 550 people are sent abroad for education annually. Of these, 300 are servicemen "
        "being sent for full-time education, and 250 are officers sent for short-term courses. "
        "Approximately one-third of the graduates of foreign courses enter into the service ranks "
        "of the armed forces in Chile.\n\n"
        "The statistics are alarming; recent reporting observed that out of 250 officers who "
        "received an education in Spain, 110 have already quit the military.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        claim = "More than a third of the officers educated in Spain have already quit the armed forces."
        assert ix.check(claim).verdict == "supported"
        # a place the support does not state is still disputed
        assert ix.check(claim.replace("Spain", "Peru")).verdict != "supported"


def test_a_share_against_the_one_part_the_passage_takes_of_its_whole(tmp_path: Path) -> None:
    """ "More than a quarter of the cadets" against "Of the 120 cadets ..., 18 have left": the
    passage's one part, of the whole that counts the claim's cadets, is 15 percent."""
    import kzmil

    corpus, index = _one_article(
        tmp_path,
        "cadets.md",
        "Chilean cadets",
        "Of the 120 cadets who have received education in Spain, 18 have left to find employment "
        "in the civil sector.\n",
    )
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        got = ix.check("More than a quarter of the cadets educated in Spain have left for the civil sector.")
        assert got.verdict == "contradicted"
        assert got.reasons[0].endswith("the source says 18 of 120 (15 percent)")
        fewer = ix.check(
            "Fewer than a quarter of the cadets educated in Spain have left for the civil sector."
        )
        assert fewer.verdict == "supported"


def _articles(
    tmp_path: Path, articles: dict[str, str | tuple[str, str, str]], date: str = "2011-05-20"
) -> Path:
    """A corpus folder of invented articles: name -> body (titled by its name, dated `date`),
    or name -> (title, date, body)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, article in articles.items():
        title, when, body = article if isinstance(article, tuple) else (name, date, article)
        (corpus / f"{name}.md").write_text(
            f"---\ntitle: {title}\ndate: {when}\n---\n\n{body}\n", encoding="utf-8"
        )
    return corpus


def test_second_review_of_factors_shares_and_disputes(tmp_path: Path) -> None:
    """An outside review's cases: a figure written against its year is that year's; figures
    that count another deed or thing give no factor; "twice" of occasions is no ratio; a part
    that counts another deed contradicts no share; and a dispute that states far more of the
    claim than the support keeps its contradiction."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "eng": (
                "Naval engineers",
                "2010-05-20",
                "The number of naval engineers rose from 20 in 2001 to 50 in 2005 and 90 in 2009.",
            ),
            "cad": (
                "Academy cadets",
                "2010-05-20",
                "In 2004 150 cadets left the academy, while in 2009 300 cadets graduated from it.",
            ),
            "bei": (
                "Beijing trips",
                "2010-05-20",
                "In 2004 the minister signed 3 agreements in Beijing and in 2009 he signed 5 agreements "
                "there.",
            ),
            "rus": (
                "Officers in Russia",
                "2010-05-20",
                "Of the 250 officers who trained in Russia, 110 have already quit the service.",
            ),
            "pil": (
                "Pilots",
                "2010-05-20",
                "Of the 80 pilots at the Taldykorgan base, 12 are women, and most of the pilots have "
                "flown in combat.",
            ),
            "ga": (
                "Garrison history",
                "2010-05-20",
                "In 2008 the Astana garrison was commanded by General Bekov.",
            ),
            "gb": (
                "Garrison appointment",
                "2008-05-20",
                "This year General Aliyev was appointed deputy to the officer who commanded the Astana "
                "garrison.",
            ),
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        for claim, verdict in [
            ("The number of naval engineers more than doubled between 2001 and 2005.", "supported"),
            ("The number of naval engineers less than doubled between 2001 and 2005.", "contradicted"),
            ("Twice as many cadets graduated from the academy in 2009 as in 2004.", "not_found"),
            ("The minister signed agreements in Beijing twice, in 2004 and 2009.", "not_found"),
            ("The minister doubled his visits to Beijing in 2009 after the 2004 agreements.", "not_found"),
            ("More than half of the officers who trained in Russia were promoted.", "not_found"),
            ("A third of the pilots at the Taldykorgan base have flown in combat.", "not_found"),
            ("General Aliyev commanded the Astana garrison in 2008.", "contradicted"),
        ]:
            got = ix.check(claim)
            assert got.verdict == verdict, (claim, got.reasons)


def test_a_count_the_passage_writes_before_its_list_is_the_count(tmp_path: Path) -> None:
    """ "signed two contracts: one for repairing jets and the other for ..., beginning this
    year": the commas of the items do not make three; "three contracts" is contradicted."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "contracts": "The defense ministers signed two contracts: one for repairing F-5 aircraft and the "
            "other for the admission of Chilean cadets to Peruvian academies, beginning this year.",
            "fleet": "Three frigates and two submarines sailed from Callao in May for three weeks of drills.",
            "budget": "The budget for three years of training rose, and two new academies opened in Lima.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        assert ix.check("The two defense ministers signed three contracts.").verdict == "contradicted"
        assert ix.check("The defense ministers signed two contracts.").verdict == "supported"


def test_third_review_of_factors_and_shares(tmp_path: Path) -> None:
    """A figure of another deed ("it expelled 40"), of another group ("40 of the Russians"), of
    another thing ("its staff grew to 40") or a change ("grew by 20") gives no factor; a part
    given as a floor or of a time bounds no share."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "f1": "In 2001 the academy admitted 17 Kazakhs, and in 2005 it expelled 40 Kazakhs.",
            "f11": "In 2001 the school admitted 17 Uzbeks, while in 2005 it admitted 40 of the Russians "
            "who applied.",
            "f13": "In 2001 the college admitted 17 Tajiks, while in 2005 its staff grew to 40.",
            "f6": "Enrollment at the lyceum grew by 20 in 2001 and by 45 in 2005.",
            "ok": "In 2001 17 Kyrgyz were trained at the institute and in 2005 that number reached 40.",
            "s9": "Of the 120 cadets who have received education in Spain, at least 18 have left for the "
            "civil sector.",
            "s10": "Of the 90 pilots who trained in Peru, 12 have left the air force in the past year.",
        },
        date="2010-05-20",
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        for claim, verdict in [
            ("The academy admitted more than twice as many Kazakhs in 2005 as in 2001.", "not_found"),
            ("The school admitted more than twice as many Uzbeks in 2005 as in 2001.", "not_found"),
            (
                "The number of Tajiks admitted by the college more than doubled between 2001 and 2005.",
                "not_found",
            ),
            ("Enrollment at the lyceum more than doubled between 2001 and 2005.", "not_found"),
            (
                "The number of Kyrgyz trained at the institute more than doubled between 2001 and 2005.",
                "supported",
            ),
            (
                "More than a quarter of the cadets educated in Spain have left for the civil sector.",
                "not_found",
            ),
            ("More than a quarter of the pilots who trained in Peru have left the air force.", "not_found"),
        ]:
            got = ix.check(claim)
            assert got.verdict == verdict, (claim, got.reasons)


def test_fourth_review_of_dates_factors_shares_and_lists(tmp_path: Path) -> None:
    """A date of another clause ("visited Beijing in April, and on May 15 she signed"), a date
    given as a bound ("before May 16"), a verb before a year's figure that is another deed
    ("the school expelled 40"), a part given as a ceiling ("at most 40") or of a time ("in
    2010"): none states the claim."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "tour": "Tulegenov completed his tour of the northern bases on May 16.",
            "visit": "Meanwhile, Foreign Minister Kasymova visited Beijing in April, and on May 15 she "
            "signed a border agreement.",
            "gov": "Governor Baimukhanov completed his tour of the eastern districts before May 16. Akimov "
            "visited Beijing on May 15.",
            "school": "In 2001 the Karaganda school admitted 17 Uzbeks, and in 2005 the school expelled 40 "
            "Uzbeks.",
            "sailors": "Of the 100 sailors trained in Turkey, at most 40 have joined the merchant fleet.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        for claim in [
            "Tulegenov completed his tour of the northern bases the day after Kasymova visited Beijing.",
            "Baimukhanov completed his tour of the eastern districts the day after Akimov visited Beijing.",
            "The Karaganda school admitted more than twice as many Uzbeks in 2005 as in 2001.",
            "More than a quarter of the sailors trained in Turkey have joined the merchant fleet.",
        ]:
            got = ix.check(claim)
            assert got.verdict != "supported", (claim, got.reasons)


def test_a_predicate_stated_only_by_loose_synonyms_around_the_passage_is_unstated(tmp_path: Path) -> None:
    """ "finished at the top of her class" after the apposition that states who she is: a
    synonym of "top" ("greatest") and of "class" ("courses") in the sentences around states
    nothing of her. The same word there still does, and so does a spelling of it ("defence"
    for "defense")."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "pilots": "Losses are greatest among pilots on short courses abroad. Aigerim Bekova, "
            "Kazakhstan's first female jet pilot, has become a national symbol. She trained in Italy.",
            "minister": "Serik Tokayev was appointed deputy defense minister on Monday. Mr. Tokayev "
            "previously served as a deputy finance minister and deputy chairman of the competition agency.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        added = ix.check(
            "Aigerim Bekova, Kazakhstan's first female jet pilot, finished at the top of her class."
        )
        assert added.verdict == "not_found", added.reasons
        assert "top of her class" in added.reasons[0]
        before = ix.check(
            "Mr. Tokayev had served as a deputy finance minister and deputy chairman of the competition "
            "agency before his defence ministry appointment."
        )
        assert before.verdict == "supported", before.reasons


def test_a_name_in_the_slot_of_the_passage_name_before_the_same_words(tmp_path: Path) -> None:
    """ "the Shanghai Cooperation Organization's rapid reaction forces" against "the CSTO rapid
    reaction forces": two names of one head fill one slot, and differ, however many words the
    passage puts before them. The name the initials stand for is no contradiction."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "decree": "On March 3 President Tokayev signed a decree ratifying an agreement on the rapid "
            "deployment, use of, and comprehensive support to the CSTO rapid reaction forces in Central "
            "Asia, providing a legal basis for use of these forces.",
            "ports": "The navy opened two ports in the south of the country in March.",
            "budget": "The president signed the budget law, and the forces received new trucks.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        other = ix.check(
            "The decree Tokayev signed on March 3 gave a legal basis for deploying the Shanghai "
            "Cooperation Organization's rapid reaction forces in Central Asia."
        )
        assert other.verdict == "contradicted", other.reasons
        assert "Shanghai Cooperation Organization" in other.reasons[0]
        same = ix.check(
            "The decree Tokayev signed on March 3 gave a legal basis for deploying the Collective "
            "Security Treaty Organization's rapid reaction forces in Central Asia."
        )
        assert same.verdict != "contradicted", same.reasons


def test_a_share_of_a_named_group_against_a_part_told_with_an_adverb(tmp_path: Path) -> None:
    """ "a third of the Chilean cadets" counts cadets, not Chileans; "18 have already left"
    counts leavers, past "already"."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "cadets": (
                "Chilean cadets abroad",
                "2011-05-20",
                "Chile sends many cadets abroad. Of the 40 cadets who have received education in Spain, 18 "
                "have already left the navy.",
            ),
            "budget": "The Chilean defence budget rose by a third in 2010, and fewer ships were bought.",
            "ports": "The navy opened two ports in the south of the country.",
        },
    )
    index = tmp_path / "i.sqlite"
    with kzmil.Index(corpus=[corpus], index=index) as ix:
        fewer = ix.check("Fewer than a third of the Chilean cadets educated in Spain have left the navy.")
        assert fewer.verdict == "contradicted", fewer.reasons
        assert fewer.reasons[0].endswith("the source says 18 of 40 (45 percent)")
        more = ix.check("More than a third of the Chilean cadets educated in Spain have left the navy.")
        assert more.verdict == "supported", more.reasons


def test_a_comparative_that_names_a_kind_compares_nothing(tmp_path: Path) -> None:
    """ "higher command-post officers", "higher education": an adjective before its noun names
    a rank or a kind. It neither states nor reverses "more ... than"."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "courses": "The courses included combat training for platoon commanders and a staff course "
            "for higher command-post officers up to brigade commander.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        got = ix.check(
            "More officers signed up for the brigade commander course than for the platoon commander "
            "combat training."
        )
        assert got.verdict == "not_found", got.reasons


def test_a_post_the_claim_says_someone_would_hold_later_is_no_rival_title(tmp_path: Path) -> None:
    """ "Prime Minister Bekov, who would become defence minister," against "Prime
    Minister Bekov": a post held later does not contradict the one the source gives at its
    time. Given as held then, it still does."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "session": "Kyrgyzstan's Prime Minister, Almaz Bekov, addressed a government session on May 4 "
            "that discussed the border guard service.",
            "ports": "The navy opened two ports in the south of the country.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        later = ix.check(
            "Prime Minister Almaz Bekov, who would become defence minister, addressed a government "
            "session on May 4 that discussed the border guard service."
        )
        assert later.verdict != "contradicted", later.reasons
        then = ix.check(
            "Defence Minister Almaz Bekov addressed a government session on May 4 that discussed the "
            "border guard service."
        )
        assert then.verdict == "contradicted", then.reasons


def test_a_date_in_the_sentence_that_goes_on_from_the_best_passage(tmp_path: Path) -> None:
    """ "Bekova, Kazakhstan's first female graduate of the academy, has become a national
    symbol. The high-profile officer entered the academy in 2004": the second sentence tells
    the first's subject on, so its year answers "Bekova began her studies at the academy in
    2006"."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "pilots": "Of the 90 pilots who have trained in Italy, 20 have left to find work with civil "
            "airlines. Aigerim Bekova, Kazakhstan's first female graduate of the Frunze Academy, has "
            "become a national symbol in this context. The high-profile officer entered the Frunze "
            "Academy in 2004, but soon after returning to Kazakhstan she found that her career had "
            "suffered as a result of her foreign training. Unhappy, she left the air force and married.",
            "ports": "The navy opened two ports in the south of the country in 2006.",
            "budget": "The budget for studies abroad began to grow in 2006, and officers were sent to "
            "Turkey.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        wrong = ix.check("Aigerim Bekova began her studies at the Frunze Academy in 2006.")
        assert wrong.verdict == "contradicted", wrong.reasons
        assert wrong.reasons[0] == "the claim says 2006; the source says 2004"
        right = ix.check("Aigerim Bekova began her studies at the Frunze Academy in 2004.")
        assert right.verdict == "supported", right.reasons


def test_review_of_later_posts_comparatives_and_names_of_one_head(tmp_path: Path) -> None:
    """An outside review's cases: "who would remain commander of the army" claims the post held
    then; "a larger standing army than" compares though its adjective stands before a noun;
    and "the British Army" and "Sandhurst" before one head may be one thing named two ways."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "navy": "Rear Admiral Ratmir Komratov, the commander of the navy, said in 2005 that the fleet "
            "would get new patrol boats by 2010.",
            "armies": "The navy received a smaller budget than the air force this year. Russia maintains a "
            "larger standing army than Kazakhstan.",
            "sandhurst": "In March the ministry sent 40 officers to study at Britain's Royal Military "
            "Academy Sandhurst officer training course, the first such group.",
            "ports": "The navy opened two ports in the south of the country.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        remain = ix.check(
            "In 2005 Ratmir Komratov, who would remain commander of the army until 2010, said the fleet "
            "would get new patrol boats."
        )
        assert remain.verdict == "contradicted", remain.reasons
        assert ix.check("Russia has a larger army than Kazakhstan.").verdict == "supported"
        assert (
            ix.check("The navy received a smaller budget than the air force this year.").verdict
            == "supported"
        )
        british = ix.check(
            "In March the ministry sent 40 officers to the British Army officer training course."
        )
        assert british.verdict != "contradicted", british.reasons


def test_an_event_named_with_its_year_is_no_person_a_passage_names(tmp_path: Path) -> None:
    """ "Bekov addressed the session, praising Rubezh 2009 and Steppe Eagle-2009" against
    "Sadykov addressed the session, praising ...": the exercises are nobody, so the passage's
    one person did it. A first name and surname the corpus never uses are not taken for a
    person (they may be a place, a firm or a newspaper), nor is a lone unknown word."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "session": "Kyrgyzstan's Prime Minister, Almaz Bekov, addressed a government session on May 4 "
            "that discussed the border guard service.",
            "drill": "General Mukhtar Sadykov, Minister of Defense, addressed a training session held on "
            "May 6 in the Osh regional command, noting in particular the success of the exercises held "
            "within Kyrgyzstan: Saryarka 2009, Rubezh 2009, and Steppe Eagle-2009.",
            "ports": "The navy opened two ports in the south of the country.",
            "corps": "Defense Minister Almaz Bekov announced the plans during a visit on May 8 to the "
            "Valikhanov cadet corps.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        other = ix.check(
            "Almaz Bekov told a May 6 training session in the Osh regional command that the exercises "
            "had been a success."
        )
        assert other.verdict == "contradicted", other.reasons
        assert other.reasons[0] == "the claim says Almaz Bekov; the source says Mukhtar Sadykov"
        town = ix.check("The Valikhanov cadet corps is located in Shchuchinsk.")
        assert town.verdict == "not_found", town.reasons
        place = ix.check("The Ust Kamenogorsk port opened in the south of the country.")
        assert place.verdict != "contradicted", place.reasons


def test_a_wish_the_source_says_went_unmet_contradicts_the_deed(tmp_path: Path) -> None:
    """ "Although wanting to become a naval attaché, he was in fact posted to a supply depot":
    the claim that he served as an attaché is contradicted, not merely unstated. A wish told
    without its outcome still leaves the deed unstated, and one that was met is no reversal."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "serikov": "Captain Arman Serikov, the first Kazakh graduate of the Naval Academy, has become a "
            "symbol of the problem. Although wanting to become a naval attaché, he was in fact posted "
            "to a supply depot in Aktau.",
            "bekov": "Lieutenant Almaz Bekov hoped to join the border service after his studies in Turkey.",
            "nurlan": "Major Nurlan Abenov hoped to command a brigade, and in fact he took command of the "
            "Semey brigade in May.",
            "aigul": "Though Aigul Abenova hoped to win the national championship, she in fact won it in "
            "June after a long injury.",
            "tanks": "Although the budget was cut, the ministry hoped to buy twenty tanks from Belarus, and "
            "in fact it bought them in March.",
            "ports": "The navy opened two ports in the south of the country.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        unmet = ix.check("After the Naval Academy, Arman Serikov served as a naval attaché.")
        assert unmet.verdict == "contradicted", unmet.reasons
        assert unmet.reasons[0] == (
            "the source says only \u201cwanting to become a naval attaché\u201d; "
            "\u201cin fact posted to a supply depot in Aktau\u201d"
        )
        told = ix.check("After his studies in Turkey, Almaz Bekov joined the border service.")
        assert told.verdict == "not_found", told.reasons
        met = ix.check("Nurlan Abenov took command of the Semey brigade in May.")
        assert met.verdict != "contradicted", met.reasons
        # an outside review's cases: a wish met ("in fact won it"), a concession of another clause
        won = ix.check("Aigul Abenova won the national championship in June.")
        assert won.verdict != "contradicted", won.reasons
        bought = ix.check("The ministry bought twenty tanks from Belarus in March.")
        assert bought.verdict != "contradicted", bought.reasons


def test_session46_readings_on_an_invented_corpus(tmp_path: Path) -> None:
    """A count whose noun follows an adjective, "short of" as a denial of what it names, an
    event after a gerund that ends where another deed is joined on with its object, and a post
    the source's bare "his post" takes away:
    each read on a corpus written for this test."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "study": "Chilean sailors attend courses in 80 specialist fields at 42 foreign academies.",
            "reform": "Despite ten years of attention to naval reform, Chile has not achieved the supply "
            "and readiness goals it has paid for.",
            "abroad": "Put simply, many of these sailors study abroad and return to Chile only to become "
            "disillusioned with the service, and then leave the navy.",
            "ortiz": "Early this year, Chilean Navy Minister Ana Ortiz was recalled from her post.",
            "drill": "The fleet inspection found the northern squadron well prepared.",
            "deputy": "This year General Rustem Aliyev was appointed deputy to the officer who commanded "
            "the Almaty garrison.",
            "retired": "Colonel Dana Sadykova, who commanded the Osh garrison, retired in March.",
            "oef": (
                "Chile backs Operation Enduring Freedom (OEF)",
                "2011-05-20",
                "Chile opened its ports to coalition ships in 2002, and its navy has trained with them "
                "since. The navy also sent two frigates to the Gulf in 2003.\n\nSuch practical support for "
                "OEF could well be a prelude to wider naval cooperation with Peru and NATO.",
            ),
            "session": "Chile's Prime Minister, Luis Vega, addressed a government session on May 17 that "
            "discussed efforts to enhance the border guard service.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        count = ix.check("Chilean sailors study 80 specialist fields at 52 academies abroad.")
        assert count.verdict == "contradicted", count.reasons
        assert count.reasons[0] == "the claim says 52 academies; the source says 42 foreign academies"
        short = ix.check("Ten years of naval reform have left Chile short of the supply and readiness goals.")
        assert short.verdict == "supported", short.reasons
        lacking = ix.check("The fleet inspection found the northern squadron short of fuel.")
        assert lacking.verdict != "contradicted", lacking.reasons
        after = ix.check(
            "Many sailors trained abroad grow disillusioned with the service after returning to Chile "
            "and leave the navy."
        )
        assert after.verdict != "contradicted", after.reasons  # no order turned round
        kept = ix.check("Early this year Navy Minister Ana Ortiz remained Chile's navy minister.")
        assert kept.verdict == "contradicted", kept.reasons
        assert kept.reasons[0] == (
            "the claim says remained Chile's navy minister; the source says recalled from her post"
        )
        other = ix.check("General Rustem Aliyev commanded the Almaty garrison this year.")
        assert other.verdict == "not_found", other.reasons
        assert "it says it of the officer" in other.reasons[0]
        own = ix.check("Dana Sadykova commanded the Osh garrison.")
        assert own.verdict == "supported", own.reasons
        # a name the corpus never writes, after the title the passage gives its own person
        titled = ix.check(
            "Prime Minister Jorge Rojas addressed a May 17 government session on the border guard service."
        )
        assert titled.verdict == "contradicted", titled.reasons
        assert titled.reasons[0] == "the claim says Jorge Rojas; the source says Luis Vega"
        # initials the claim spells out are no rival
        spelt = ix.check(
            "Such practical support for Operation Enduring Freedom could well be a prelude to wider "
            "naval cooperation with Peru and NATO."
        )
        assert spelt.verdict == "supported", spelt.reasons
        other_op = ix.check(
            "Such practical support for Operation Iraqi Freedom could well be a prelude to wider "
            "naval cooperation with Peru and NATO."
        )
        assert other_op.verdict == "contradicted", other_op.reasons
        untitled = ix.check("Jorge Rojas addressed a May 17 government session on the border guard service.")
        assert untitled.verdict != "contradicted", untitled.reasons


def test_a_claim_in_british_spelling_meets_a_source_in_american(tmp_path: Path) -> None:
    """ "programme", "organised", "defence" are the same words as "program", "organized" and
    "defense" (data/spellings.txt, from WordNet); and a post lost "however worded" is stated
    by the source's "recalled from her post"."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "drill": "The navy organized a joint training program with Peru in the Callao harbor.",
            "ortiz": "Early this year, Chilean Navy Minister Ana Ortiz was recalled from her post.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        british = ix.check("The navy organised a joint training programme with Peru in the Callao harbour.")
        assert british.verdict == "supported", british.reasons
        lost = ix.check("Early this year Chilean Navy Minister Ana Ortiz lost her post.")
        assert lost.verdict == "supported", lost.reasons


def test_a_title_the_source_gives_the_person_is_one_conflict() -> None:
    """ "Defense Minister Luis Vega" against "Chile's Prime Minister, Luis Vega,": the title
    conflicts once, with the title's bar, not also as "Defense" against "Chile's" with the
    higher bar of a rival name, which a reworded rest of the claim would not reach."""
    title = Conflict("title", "Luis Vega", "Chile's Prime Minister", (17, 26), (0, 22))
    word = Conflict("name", "Defense", "Chile's", (0, 7), (0, 7))
    elsewhere = Conflict("name", "Lima", "Callao", (40, 44), (60, 66))
    assert _title_read_once([word, title, elsewhere]) == [title, elsewhere]


def test_session46_outside_review_cases(tmp_path: Path) -> None:
    """An outside review's cases against session 46's readings, each a sense the reading must
    leave alone: "short of" as a distance, a count's words running on into a verb, a post kept
    "until" a time, a one-word title, the person's own description in a relative clause, a
    list of nouns after a gerund."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "convoy": "The convoy of trucks stopped 5 kilometres short of the border on Monday.",
            "inspectors": "The ministry's 200 inspectors visit factories across the region every spring.",
            "montoya": "General Mario Montoya remained Colombia's army commander until November.",
            "terminal": "Mayor Alfredo Zegarra opened the new bus terminal in Arequipa on Friday.",
            "vega": "General Ana Vega, a general who commanded the northern brigade, retired in March.",
            "ortega": "Luis Ortega became governor of Cusco after serving as mayor and senator.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        for claim in [
            "The convoy of trucks stopped 5 kilometres from the border on Monday.",
            "The ministry's inspectors visit 35 factories across the region every spring.",
            "General Mario Montoya was dismissed as army commander in November.",
            "The new bus terminal in Arequipa was praised by Mayor Susana Villaran on Friday.",
        ]:
            got = ix.check(claim)
            assert got.verdict != "contradicted", (claim, got.reasons)
        for claim in [
            "General Ana Vega commanded the northern brigade.",
            "Luis Ortega became governor of Cusco after serving as mayor and senator.",
        ]:
            got = ix.check(claim)
            assert got.verdict == "supported", (claim, got.reasons)


def test_the_article_says_what_it_says_in_its_own_voice(tmp_path: Path) -> None:
    """ "The blog argues that X": a passage that gives X to somebody else ("critics argue",
    "the minister said") does not say the blog argues it; one in the article's own voice is
    no contradiction of it."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "own": "Brazil and Argentina, as strong neighbours, are more natural naval partners for Chile "
            "than the distant powers.",
            "critics": "Critics argue that the Chilean navy has neglected its southern bases for a decade.",
            "ports": "The navy opened two ports in the south of the country in 2009. The ports in the "
            "south will reopen in 2012, the minister said.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        own = ix.check(
            "The blog argues that Brazil and Argentina, as strong neighbours, make more natural naval "
            "partners for Chile than the distant powers."
        )
        assert own.verdict != "contradicted", own.reasons
        theirs = ix.check(
            "The blog argues that the Chilean navy has neglected its southern bases for a decade."
        )
        assert theirs.verdict != "supported", theirs.reasons
        minister = ix.check("The blog says that the ports in the south will reopen in 2012.")
        assert minister.verdict != "supported", minister.reasons


def test_session46_second_review_cases(tmp_path: Path) -> None:
    """A second outside review's cases: initials the article spells out as another body's, a
    capitalised common noun facing initials, "short of" a year's targets, and a deed in a
    relative clause on the object of a verb."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "gaf": "The Ghana Air Force operates four C-295 transport aircraft from Accra. The Ghana Armed "
            "Forces (GAF) maintain a battalion in Lebanon. The GAF declined to send troops to Mali in "
            "2012.",
            "pnp": "The Peruvian Navy patrols the Amazon rivers from Iquitos. The PNP arrested a Shining "
            "Path commander in Huancayo on Tuesday.",
            "firm": "The state shipyard fell just short of its 2018 targets, its director said.",
            "split": "General Ana Vega replaced the colonel who commanded the Split garrison in 2009.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        for claim in [
            "The Ghana Air Force declined to send troops to Mali in 2012.",
            "The Navy arrested a Shining Path commander in Huancayo on Tuesday.",
            "The state shipyard met its 2018 targets.",
            "General Ana Vega commanded the Split garrison.",
        ]:
            got = ix.check(claim)
            assert got.verdict != "supported", (claim, got.reasons)


def test_description_words_before_a_stated_head(tmp_path: Path) -> None:
    """A description set off by commas adds a detail in the words before its head: "a former
    tank division commander" is not stated by "the new northern commander", though "commander"
    is; the reasons name the added words."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "posts": "The president appointed Luis Mota as deputy minister, elevating him from his previous "
            "post as an artillery battery commander, and named Tomas Ferreira as the new northern "
            "commander but relieved him of his post as deputy minister.",
            "pilots": "Out of 300 pilots trained in Italy, 120 have already quit the air force.",
            "ports": "The ports in the south will reopen in May, the minister said.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        added = ix.check(
            "Tomas Ferreira, a former tank division commander, was named the new northern commander "
            "and relieved of his post as deputy minister."
        )
        assert added.verdict != "supported", added.reasons
        assert "\u201ctank division\u201d" in " ".join(added.reasons), added.reasons


def test_a_share_of_those_who_stay_is_not_a_part_that_left(tmp_path: Path) -> None:
    """ "110 of 250 have quit" gives the share that left: "fewer than half are still in the
    army" counts the other side of the whole, so the part does not state it; a share of those
    who left still does, and "most" of them is still refuted."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {"pilots": "Out of 300 pilots trained in Italy, 120 have already quit the air force."},
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        rest = ix.check("Fewer than half of the 300 pilots trained in Italy are still in the air force.")
        assert rest.verdict != "supported", rest.reasons
        left = ix.check("Fewer than half of the 300 pilots trained in Italy have quit the air force.")
        assert left.verdict == "supported", left.reasons
        most = ix.check("Most of the 300 pilots trained in Italy have quit the air force.")
        assert most.verdict == "contradicted", most.reasons


def _partners_corpus(tmp_path: Path) -> Path:
    return _articles(
        tmp_path,
        {
            "navy": "Both Brazil and Argentina, as strong neighbours, are more natural partners for Chile in "
            "naval cooperation; joint drills take place every spring.",
            "peru": "Nevertheless, Peru as a keen member of the Andean Community will continue to conduct "
            "its relations with Chile in a cautious manner, aware of its ties with Bolivia.",
            "ports": "The ports in the south will reopen in May, the minister said.",
            "sales": "Britain and France sold frigates to Peru in 2009, and Britain trained its crews.",
        },
    )


def test_a_preferred_side_the_passage_never_names(tmp_path: Path) -> None:
    """ "X, rather than Y, are the natural partners" against a passage that says it of Y and
    never names X: the passage gives the claim's point to the side the claim sets aside."""
    import kzmil

    with kzmil.Index(corpus=[_partners_corpus(tmp_path)], index=tmp_path / "i.sqlite") as ix:
        swapped = ix.check(
            "The blog argues that Britain and France, rather than Brazil and Argentina, are Chile's more "
            "natural naval partners."
        )
        assert swapped.verdict == "contradicted", swapped.reasons
        assert "Brazil" in swapped.reasons[0]


def test_a_quantifier_counts_the_noun_before_the_verb(tmp_path: Path) -> None:
    """ "every regional naval base preceded the appointments": "every" counts "base", not the
    verb after it, so the source's "each of the bases" states it."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "audit": "The appointments come in the wake of a first-ever audit of each of Peru's regional "
            "naval bases by Admiral Rosa Vidal, the agency reported on May 4.",
            "ports": "The ports in the south will reopen in May, the minister said.",
            "sales": "Britain and France sold frigates to Peru in 2009, and Britain trained its crews.",
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        every = ix.check(
            "Admiral Vidal's first-ever audit of every regional naval base preceded the appointments."
        )
        assert every.verdict == "supported", every.reasons


def test_the_claims_whole_against_the_passages_part_of_it() -> None:
    """ "to some 80 billion pesos" against "Of that total, 30 billion pesos", where the sentence
    before states the 80 billion: the claim gives the whole, stated, not another part of it."""
    from kzmil.verdict import _whole_of_part

    claim = "The budget rose to some 80 billion pesos."
    whole = next(t for t in tokenize(claim) if t.norm == "80")
    spec = Specific("figure", [whole], "80 billion pesos")
    passage = "Of that total, 30 billion pesos is earmarked for frigates."
    at = passage.index("30")
    conflict = Conflict("number", "80 billion pesos", "30 billion pesos", spec.span, (at, at + 16))
    stated = Alignment(matched=[(spec, "80 billion pesos (context)")])
    assert _whole_of_part(conflict, claim, passage, stated)
    assert not _whole_of_part(conflict, claim, passage, Alignment())  # the whole stated nowhere
    other = "In 2010, 30 billion pesos is earmarked for frigates."
    at = other.index("30")
    assert not _whole_of_part(replace(conflict, source_span=(at, at + 16)), claim, other, stated)
    # the claim says of its figure what the passage says of the part: that part's figure, changed
    same = "80 billion pesos is earmarked for frigates."
    mine = Specific("figure", [tokenize(same)[0]], "80 billion pesos")
    told = Alignment(matched=[(mine, "80 billion pesos (context)")])
    assert _whole_of_part(replace(conflict, claim_span=mine.span), claim, passage, told)
    assert not _whole_of_part(replace(conflict, claim_span=mine.span), same, passage, told)


@pytest.mark.parametrize(
    ("passage", "claim", "not_this"),
    [
        # a verb that doubts its clause is the claim's point, no frame
        (
            "Varnian analysts were confident the new treaty with Dostrova would hold for years.",
            "Varnian analysts doubted that the new treaty with Dostrova would hold for years.",
            "supported",
        ),
        # a framing verb still faces the passage's own verb of judging
        (
            "A Tarnian parliamentary report praised the army's new drone programme as a cheap way to "
            "watch the border.",
            "A Tarnian parliamentary report warned that the army's new drone programme was a cheap way "
            "to watch the border.",
            "supported",
        ),
        # a past-tense verb is reversed by what the passage says its subject was
        (
            "The Varnian officer corps was openly hostile to the pension reform announced in March.",
            "The Varnian officer corps welcomed the pension reform announced in March.",
            "supported",
        ),
        # "has not until now" denies, as "not" does
        (
            "Dostrova has not until now allowed foreign troops on its soil, its defence minister said.",
            "Dostrova has allowed foreign troops on its soil.",
            "supported",
        ),
        (
            "Dostrova has not until now allowed foreign troops on its soil, its defence minister said.",
            "Dostrova has never allowed foreign troops on its soil.",
            "contradicted",
        ),
        # the whole given the part's predicate is the part's figure changed
        (
            "Varnia's parliament approved the defence budget on Tuesday. The budget for the armed forces "
            "is 143 billion tenges. Of that total, 54 billion tenges will go to salaries of officers.",
            "143 billion tenges will go to salaries of officers.",
            "supported",
        ),
        # another whole's part does not stand in for the one told of the other side
        (
            "Of the 250 officers trained abroad, 200 remain in the Varnian army, while of the 80 cadets "
            "sent to Dostrova, 20 were expelled.",
            "Only a small share of the officers trained abroad serve in the Varnian army.",
            "supported",
        ),
        (
            "Of the 250 officers trained abroad, 200 remain in the Varnian army, while of the 80 cadets "
            "sent to Dostrova, 20 were expelled.",
            "Most of the officers trained abroad serve in the Varnian army.",
            "contradicted",
        ),
        # a compass word before a place's name is a part of that place, no bloc
        (
            "Western Dostrova sent hundreds of volunteers to fight in Varnia in 2009.",
            "The West sent hundreds of volunteers to fight in Varnia in 2009.",
            "supported",
        ),
        (
            "South Tarnia signed a defence pact with Varnia in 2007.",
            "Southern Tarnia signed a defence pact with Varnia in 2007.",
            "supported",
        ),
        # a side the passage gives the point only in the past
        (
            "Dostrova was once the natural partner of Tarnia in the region, but relations have soured.",
            "Varnia, rather than Dostrova, is the natural partner of Tarnia in the region.",
            "contradicted",
        ),
        # a second review's cases: a framing verb still faces a stance the passage states
        (
            "Varnian analysts were confident the new treaty with Dostrova would hold for years.",
            "Varnian analysts warned that the new treaty with Dostrova would hold for years.",
            "supported",
        ),
        (
            "The Varnian defence analysis hailed the planned purchase of Dostrovan helicopters, calling it "
            "a brilliant success for the ministry.",
            "The Varnian defence analysis warned that the planned purchase of Dostrovan helicopters was a "
            "success for the ministry.",
            "supported",
        ),
        # a judgement carried by a noun reverses a past-tense verb
        (
            "The Varnian officer corps met the pension reform announced in March with open hostility.",
            "The Varnian officer corps welcomed the pension reform announced in March.",
            "supported",
        ),
        # "Western" before a plain noun may be a part of a country, or some diplomats
        (
            "Western diplomats said Varnia had imposed sanctions on Dostrova in March.",
            "The West imposed sanctions on Dostrova in March.",
            "supported",
        ),
        (
            "Most Varnian units were withdrawn from the northern border in 2009.",
            "Most Varnian units deployed abroad were withdrawn in 2009.",
            "supported",
        ),
        # "did not ... until" and "It was not until" say one thing
        (
            "Varnia did not open the air base at Kelt to Tarnian jets until June 2003, after long talks.",
            "It was not until June 2003 that Varnia opened the air base at Kelt to Tarnian jets.",
            "contradicted",
        ),
        # "serve" is the side of those who stay
        (
            "Of the 250 Varnian officers trained abroad, 200 serve in the army today, though few hold "
            "senior posts.",
            "Most of the Varnian officers trained abroad remain in the army.",
            "contradicted",
        ),
        # a side the passage does not assert the point of: another's view, a forecast
        (
            "Some in Tarnia argue that Dostrova is the natural partner of Tarnia in the region, but the "
            "government disagrees.",
            "Varnia, rather than Dostrova, is the natural partner of Tarnia in the region.",
            "contradicted",
        ),
        (
            "Dostrova could one day become the natural partner of Tarnia in the region.",
            "Varnia, rather than Dostrova, is the natural partner of Tarnia in the region.",
            "contradicted",
        ),
    ],
)
def test_session47_review_cases(tmp_path: Path, passage: str, claim: str, not_this: str) -> None:
    """An outside review's cases against session 47's readings, on invented corpora."""
    import kzmil

    corpus = _articles(tmp_path, {**FILLER, "case": passage})
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        got = ix.check(claim)
        assert got.verdict != not_this, got.reasons


def test_a_framing_verb_faces_no_word_that_describes_a_thing(tmp_path: Path) -> None:
    """ "the analysis warned that Peru would ..." is not reversed by the passage's "a keen
    member", which describes Peru, not a stance."""
    import kzmil

    with kzmil.Index(corpus=[_partners_corpus(tmp_path)], index=tmp_path / "i.sqlite") as ix:
        framed = ix.check(
            "The 2011 analysis warned that Peru, as a member of the Andean Community, would conduct its "
            "relations with Chile cautiously, aware of its ties with Bolivia."
        )
        assert framed.verdict != "contradicted", framed.reasons


def test_a_post_before_a_name_that_ends_the_sentence(tmp_path: Path) -> None:
    """ "met France's foreign minister, X." gives X that post, as it would at the sentence's
    start; not after a preposition ("an aide to the trade minister, X"), and not the post of
    another person who shares X's surname (an outside review's cases)."""
    import kzmil

    corpus = _articles(
        tmp_path,
        {
            "talks": (
                "Talks in Ostra",
                "2010-06-02",
                "Marek Holt completed a trip to Ostra on May 3. He met Trade Minister Lena Dorn, who "
                "is also deputy prime minister, and Piet Sand, her chief aide.\n\nDeputy Health "
                "Minister Lara Voss, who is married to Defence Minister Tomas Voss, met the Orlune "
                "ambassador in Brel on May 4.",
            ),
            "ports": (
                "Ports",
                "2010-06-04",
                "The Ostra port plan will cost 40 million dollars, officials said.",
            ),
        },
    )
    with kzmil.Index(corpus=[corpus], index=tmp_path / "i.sqlite") as ix:
        wrong = ix.check("In Ostra on May 3 Holt met the foreign minister, Lena Dorn.")
        assert wrong.verdict == "contradicted", wrong.reasons
        trade = ix.check("In Ostra on May 3 Holt met the trade minister, Lena Dorn.")
        assert trade.verdict == "supported", trade.reasons
        aide = ix.check("In Ostra Holt met an aide to the trade minister, Piet Sand.")
        assert aide.verdict != "contradicted", aide.reasons
        voss = ix.check("The Orlune ambassador met the deputy health minister, Lara Voss.")
        assert voss.verdict == "supported", voss.reasons
        # her husband's post is not hers, however his name is written beside hers
        wife = ix.check("The Orlune ambassador met the defence minister, Lara Voss.")
        assert wife.verdict == "contradicted", wife.reasons
        # a second post the source gives in its own words, or in its title, is hers too
        also = ix.check("In Ostra on May 3 Holt met the deputy prime minister, Lena Dorn.")
        assert also.verdict == "supported", also.reasons


def _candidate(text: str, doc: int) -> Candidate:
    """A passage of its own article (`doc`), as the verdict reads a ranked candidate."""
    from kzmil.index import Row

    row = Row(0, doc, 0, 0, 0, len(text), 1, text, "")
    return Candidate([row], None, tokenize(text), text)  # type: ignore[arg-type]


def test_a_denial_the_support_makes_itself_contradicts_nothing() -> None:
    """ "X said ties do not run counter to Lorian interests" is supported by "Our ties never run
    counter to Lorian interests"; a passage below it on "counter measures by Loria", with more
    of the claim's words around it, finds the claim denying what it does not state."""
    claim = "Vela said ties with Tarnia do not run counter to Lorian interests."
    said = "Our ties with Tarnia never run counter to Lorian interests."
    support = Assessment(cand=_candidate(said, 1), conflicts=[], coverage=0.6, topic=0.6)
    denial = Conflict("negation", "not run", "", claim_span=(claim.index("not"), claim.index(" counter")))
    other = "Yet Tarnian funding will result in counter measures by Loria, Vela said of Lorian interests."
    against = Assessment(cand=_candidate(other, 2), conflicts=[denial], coverage=0.7, topic=0.85)
    assert decide([support, against])[0] == "contradicted"  # read without the claim
    q = _read(claim, said)[0]
    assert decide([support, against], q) == ("supported", support)
    # a support that denies another word leaves the contradiction standing
    support.cand = _candidate("Our ties with Tarnia never stop, and run counter to Lorian interests.", 1)
    assert decide([support, against], q)[0] == "contradicted"
    # so does one that denies the deed of another thing (an outside review: "did not pay their
    # invoices" for "did not pay a dividend"), or one ranked below the contradiction
    support.cand = _candidate("Our ties with Tarnia never run counter to Velan plans.", 1)
    assert decide([support, against], q)[0] == "contradicted"
    support.cand = _candidate(said, 1)
    assert decide([against, support], q)[0] == "contradicted"
    # and the contradiction stands where it states the deed itself (a second review: "its
    # chairman said it paid a dividend" below "it did not pay a dividend, a rival claimed")
    ran = "Vela said the ties with Tarnia ran counter to Lorian interests."
    assert decide([support, replace(against, cand=_candidate(ran, 2))], q)[0] == "contradicted"
