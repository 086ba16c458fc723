"""Which way a cause runs, read from its connective."""

from __future__ import annotations

import re

from kzmil.causes import (
    cause_conflicts,
    cause_missing,
    cause_of_a_cause,
    cause_replaced,
    cause_unstated,
    causes,
)
from kzmil.evidence import Evidence
from kzmil.normalize import tokenize

SOURCE = "Yet U.S. State Department funding will inevitably result in counter initiatives by Russia."


def _sides(text: str) -> list[tuple[list[str], list[str]]]:
    return [([t.norm for t in c.cause], [t.norm for t in c.effect]) for c in causes(text, tokenize(text))]


def _conflicts(claim: str, passage: str = SOURCE) -> list[str]:
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    return [c.kind for c in cause_conflicts(claim, tokenize(claim), ev)]


def test_the_connective_says_which_side_is_the_cause() -> None:
    assert _sides("Higher pay led to better retention, officials said.") == [
        (["higher", "pay"], ["better", "retention"])
    ]
    assert _sides("Officials said that better retention stems from higher pay.") == [
        (["higher", "pay"], ["better", "retention"])
    ]
    assert _sides("The army grew in response to the threat.") == [(["threat"], ["army", "grew"])]
    assert _sides("The army grew, and funding rose.") == []


def test_a_cause_given_as_the_effect_conflicts() -> None:
    assert _conflicts(
        "The newspaper says Russian counter-initiatives will trigger new State Department funding."
    ) == ["role"]
    assert _conflicts(
        "It predicted that Russian funding would prompt counter-initiatives from the U.S. State Department."
    )


def test_the_same_cause_however_connected_agrees() -> None:
    assert (
        _conflicts("Counter initiatives by Russia will inevitably result from U.S. State Department funding.")
        == []
    )
    assert (
        _conflicts("Russia will launch counter initiatives in response to U.S. State Department funding.")
        == []
    )
    assert _conflicts("U.S. State Department funding will trigger Russian counter initiatives.") == []


def test_a_connective_that_is_no_active_verb_connects_nothing() -> None:
    # an adjective, a passive, a schedule
    assert _sides("Russian measures will be a prompt response to the funding.") == []
    assert _sides("Faster deployment was brought about by better roads.") == []
    assert _sides("New talks are due to end the dispute.") == []
    # a past tense connects; its passive with "by" runs backwards
    assert _sides("Russian funding prompted new measures.") == [(["russian", "funding"], ["new", "measures"])]
    assert _sides("New measures were triggered by Russian funding.") == [
        (["russian", "funding"], ["new", "measures"])
    ]
    # a comma right before the connective does not end the cause
    assert _sides("Years of neglect, resulted in poor training.") == [
        (["years", "neglect"], ["poor", "training"])
    ]


def test_a_one_word_side_may_be_crossed() -> None:
    source = "The move stems from a broader effort to bolster Kazakhstan's military capabilities."
    assert _conflicts(
        "A broader effort to bolster Kazakhstan's military capabilities stems from the move.", source
    )
    assert not _conflicts("The move results from a broader effort to bolster Kazakhstan's military.", source)


def _unstated(claim: str, passage: str) -> str:
    # the passage's sentences, as the index gives them: each after the first starts past ". "
    breaks = [m.end() for m in re.finditer(r"[.!?]\s+", passage)]
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None, breaks=breaks)
    return " ".join(t.norm for t in cause_unstated(claim, tokenize(claim), ev))


def test_a_cause_the_source_only_lists_beside_its_effect_is_unstated() -> None:
    listed = "The army has been bedeviled with corruption, but also a lack of domestic industry."
    claim = "Corruption in the army stems from the lack of a domestic industry."
    assert _unstated(claim, listed) == "stems from"
    # the source gives a cause in words of its own: the claim may paraphrase it
    assert _unstated(claim, "Corruption flourished, thanks to the lack of a domestic industry.") == ""
    stated = "The Caspian's importance resulted in prioritizing the Western district."
    assert _unstated("The Caspian's importance led to a focus on the Western district.", stated) == ""
    assert _unstated("Corruption and a lack of industry beset the army.", listed) == ""  # no cause claimed
    # nor does a source that tells the two apart, with no word of cause
    apart = "The army is corrupt. Its lack of a domestic industry is plain."
    assert _unstated(claim, apart) == "stems from"
    # but one sentence that tells both may give the cause by its verb
    halted = "A strike at the port halted production."
    assert _unstated("Production halted because of a strike at the port.", halted) == ""
    apart = "A strike began. Production halted."
    assert _unstated("Production halted because of a strike at the port.", apart) == "because of"
    # a cause's names may stand in the effect's title: its plain words tell it
    recalled = "Defense Minister Ortiz was recalled from her post. Corruption is rife in the army."
    claim = "Ortiz was recalled because of corruption in the Ministry of Defense."
    assert _unstated(claim, recalled) == "because of"
    # a word of cause in a sentence on another matter states no link of the claim's
    other = "Peru approached Spain for naval help."
    ctx = "Peru is therefore buying boats from Chile."
    ev = Evidence(other, tokenize(other), [(ctx, tokenize(ctx))], {}, set(), None, preceding=1, sentences=1)
    claim = "Peru approached Spain for naval help because of its ambition to lead the region."
    assert " ".join(t.norm for t in cause_unstated(claim, tokenize(claim), ev)) == "because of"
    over = "Ortiz was recalled over the corruption scandal."
    assert _unstated("Ortiz was recalled because of the corruption scandal.", over) == ""


def test_a_cause_the_source_tells_only_as_a_time_is_unstated() -> None:
    """ "Following X, Y" dates Y by X and says nothing of why."""
    dated = "Following its election victory, the party agreed to a new coalition plan with the Greens."
    claim = "The party agreed to a coalition plan with the Greens as a result of its election victory."
    assert _unstated(claim, dated) == "as a result of"
    after = "After the election victory, the party agreed to a coalition plan."
    assert _unstated(claim, after) == "as a result of"
    # a word of cause elsewhere in the sentence may state the link in its own words
    caused = "Following its election victory, and thanks to it, the party agreed to a coalition plan."
    assert _unstated(claim, caused) == ""
    # a verb of forcing states the link: "floods destroyed the bridge, forcing the army to"
    forced = "Following the floods, the army was forced to build a crossing."
    assert _unstated("The army built a crossing as a result of the floods.", forced) == ""
    # "following" that dates something else states no cause either: the claim's reason is its own
    assert _unstated(claim, "The party agreed to a coalition plan following long talks.") == "as a result of"
    # a reform "drive" names a campaign, not a cause
    driven = "This reform drive comes at a good time. Following its victory, the party agreed to a plan."
    ev = Evidence(driven, tokenize(driven), [], {}, set(), None)
    assert " ".join(t.norm for t in cause_unstated(claim, tokenize(claim), ev)) == "as a result of"
    # a fronted "because" set against the source's "following": the claim gives a reason
    fronted = "Because it won the election, the party agreed to a new coalition plan with the Greens."
    assert _unstated(fronted, dated) == "because"
    # and against two deeds the source only joins by "and": one after the other, no reason
    joined = "The party won the election and agreed to a coalition plan with the Greens."
    assert _unstated(fronted, joined) == "because"
    # a state of mind told just before the deed is its motive as the source tells it, whether
    # or not VADER rates its word
    felt = "The voters grew disillusioned with the party, and then left it for the Greens."
    left = "The voters left the party for the Greens because they"
    assert _unstated(f"{left} grew disillusioned with it.", felt) == ""
    fed = "The voters were fed up with the party, and then left it for the Greens."
    assert _unstated(f"{left} were fed up with it.", fed) == ""
    # told by a verb in one sentence, the cause may still be stated
    told = "Winning the election brought the party a coalition plan with the Greens."
    assert _unstated(fronted, told) == ""


def test_a_word_of_cause_by_a_phrase_of_time_alone_tells_no_cause() -> None:
    """ "soon after returning home she found ..., as a result of ..." holds a word of cause and
    the claim's "returning", but the claim's cause is "got married", which only a phrase of time
    dates: the list "then married and quit" still states no reason."""
    before = "Soon after returning home she found that her career had suffered as a result of her schooling."
    passage = "Unhappy, she returned to the academy, then married and quit the army."
    claim = "She quit the army because she got married after returning to the academy."

    def unstated(context: str) -> str:
        ctx = [(context, tokenize(context))]
        ev = Evidence(passage, tokenize(passage), ctx, {}, set(), None, preceding=1, sentences=1)
        return " ".join(t.norm for t in cause_unstated(claim, tokenize(claim), ev))

    assert unstated(before) == "because"
    # the cause itself beside a word of cause may state the link in the source's words
    assert unstated("She quit as a result of the marriage, she said.") == ""


def test_a_fronted_cause_is_read_with_the_clause_after_its_comma() -> None:
    from kzmil.causes import causes

    text = "Because of the floods, the army built a crossing."
    (got,) = causes(text, tokenize(text))
    assert [t.norm for t in got.cause] == ["floods"]
    assert [t.norm for t in got.effect] == ["army", "built", "crossing"]
    assert causes("Because of the floods.", tokenize("Because of the floods.")) == []


def _missing(claim: str, passage: str) -> str:
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    return " ".join(t.norm for t in cause_missing(claim, tokenize(claim), ev))


def test_a_cause_none_of_whose_words_the_source_states_is_unstated() -> None:
    passage = "Early this year, Defense Minister Mukhtar Altynbaev was recalled from his post."
    claim = "Altynbaev was recalled early this year because of corruption allegations."
    assert _missing(claim, passage) == "because of"
    # one word of the cause stated, or a synonym of one: the source may give it in its own words
    assert _missing(claim, passage + " Corruption in the ministry was rife.") == ""
    assert (
        _missing("Altynbaev was recalled from his post because of graft.", passage + " Bribery was rife.")
        == ""
    )
    assert _missing("Altynbaev was recalled early this year.", passage) == ""  # no cause claimed


def test_a_participle_of_cause_qualifies_the_words_before_its_comma() -> None:
    """ "confidence in the ministries, buoyed by the decision": the decision is the cause."""
    assert _sides(
        "It showed new confidence in the ministries, buoyed by the decision to award the chair."
    ) == [(["decision", "award", "chair"], ["showed", "new", "confidence", "ministries"])]
    passage = "It showed new confidence in the ministries, buoyed by the decision to award the chair."
    assert _conflicts(
        "The decision to award the chair stems from new confidence in the ministries.", passage
    ) == ["role"]


def test_a_side_of_two_members_reads_past_the_comma_of_its_and() -> None:
    text = "The importance of the sea, and the legacy of the past, resulted in a new district."
    assert _sides(text) == [(["importance", "sea", "legacy", "past"], ["new", "district"])]


def test_a_cause_given_to_what_the_source_tells_only_as_a_cause() -> None:
    """The source has the prize buoy the town's mood and says nothing of why it won; a claim
    that it won "in recognition of" its schools adds a reason."""
    passage = "Spirits in the town rose, buoyed by the decision to award the regional prize to Dorton."
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    claim = "Dorton was awarded the regional prize in recognition of its schools."
    assert [t.norm for t in cause_of_a_cause(claim, tokenize(claim), ev)] == ["in", "recognition", "of"]
    # a claim whose cause is the source's effect is another case (a reversal), not this one
    backwards = "Dorton was awarded the regional prize in recognition of the town's spirits."
    assert cause_of_a_cause(backwards, tokenize(backwards), ev) == []


def test_a_cause_the_passage_gives_otherwise_is_unstated() -> None:
    """Invented: the passage gives its own reason for the tests, in the sentence that states
    them; "nepotism", said elsewhere around it, is not stated as their cause."""
    passage = "The navy will test its captains' fitness because they command ships."
    context = "Promotions there are often won by nepotism."
    ev = Evidence(passage, tokenize(passage), [(context, tokenize(context))], {}, set(), None)

    def link(claim: str) -> str:
        return " ".join(t.norm for t in cause_replaced(claim, tokenize(claim), ev))

    assert link("The navy will test its captains' fitness because of nepotism.") == "because of"
    assert link("The navy will test its captains' fitness because they command ships.") == ""
    assert link("The navy will test its captains' fitness.") == ""


def test_a_second_because_may_give_the_claims_cause() -> None:
    passage = "The army will vet its generals because of nepotism and because they hold nuclear codes."
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    claim = "The army will vet its generals because of nepotism."
    assert cause_replaced(claim, tokenize(claim), ev) == []


def test_a_phrase_of_circumstance_inside_a_cause_may_be_the_cause() -> None:
    """ "during the fighting in Batken" is what the claim's cause is about, not a time that
    dates it: a word of cause beside it states the link."""
    passage = (
        "The lessons of the fighting in Batken prompted a sweeping reform of the army, and the "
        "reform began in 2000."
    )
    claim = "The army began a reform in 2000 because of what it saw during the fighting in Batken."
    assert _unstated(claim, passage) == ""


def test_an_aside_after_because_is_not_the_cause() -> None:
    """ "because, besides their rank, they bear arms": the arms are the reason given."""
    aside = "Commanders must be tested because, besides their knowledge and rank, they bear arms."
    (cause, _), *_ = _sides(aside)
    assert "arms" in cause and "knowledge" not in cause
    # no aside: the clause after the connective is the cause, as before
    assert _sides("Commanders must be tested because they bear arms.")[0][0] == ["bear", "arms"]


def test_a_cause_stated_only_by_rare_senses_of_its_words_is_missing() -> None:
    """ "build" is "make" and "help" is "service" only in senses the claim does not mean: the
    source that made a port available says nothing of an offer to build anything."""
    passage = (
        "Only last spring did Bulgaria make the port of Varna available to the Greek navy. "
        "Such practical service could be a prelude to more."
    )
    claim = (
        "Bulgaria opened the port of Varna to the Greek navy because Greece had offered to help "
        "build an airfield."
    )
    assert _missing(claim, passage) == "because"
    # told in the words' usual senses, the cause is stated, whatever the source makes of it
    told = passage + " Greece had offered to help construct an airfield."
    assert _missing(claim, told) == ""


def test_a_source_that_gives_its_own_cause_may_word_the_claims_otherwise() -> None:
    """In a sentence that gives a cause, any synonym states the claim's: "the cost of
    petroleum dropped" for "oil prices fell". In one that gives none, only a word's usual
    sense does."""
    passage = "The army grounded its fleet in 2009 because the cost of petroleum dropped sharply."
    claim = "The army grounded its fleet in 2009 because world oil prices fell sharply."
    assert _missing(claim, passage) == ""
    # the next sentence gives the reason
    told = "The army lost hundreds of officers in 2010. Many officers resigned because troops' pay fell."
    assert _missing("The army lost hundreds of officers in 2010 because soldiers' wages dropped.", told) == ""


def test_an_aside_runs_through_its_apposition_and_relative_clause() -> None:
    (cause, _), *_ = _sides(
        "Recruits left because, in the words of Colonel Diaz, a veteran instructor, they had no barracks."
    )
    assert "barracks" in cause and "instructor" not in cause
    (cause, _), *_ = _sides(
        "Officers quit because, unlike in Peru, where housing is provided, they rented flats."
    )
    assert "rented" in cause and "housing" not in cause
