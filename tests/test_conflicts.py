"""Each kind of conflict, and the near-misses that must not count as one."""

import pytest

from kzmil.conflicts import name_conflicts, polarity_conflicts, quantity_conflicts, roles, same_name, skeleton
from kzmil.index import Index
from kzmil.models import Judgement
from kzmil.normalize import tokenize
from kzmil.verdict import check


def numbers(claim: str, passage: str) -> list[str]:
    return [c.reason for c in quantity_conflicts(claim, tokenize(claim), passage, tokenize(passage))]


def names(claim: str, passage: str) -> list[str]:
    return [c.reason for c in name_conflicts(claim, tokenize(claim), passage, tokenize(passage), [], {})]


def polarity(claim: str, passage: str) -> list[str]:
    ptoks = tokenize(passage)
    return [c.reason for c in polarity_conflicts(claim, tokenize(claim), passage, ptoks, (0, len(ptoks)))]


@pytest.mark.parametrize(
    ("claim", "passage", "says", "source_says"),
    [
        ("Of 114 cadets, 32 have left.", "Of the 114 cadets, 23 have left.", "32", "23"),
        ("extended by another five years", "extended by another seven years", "five years", "seven years"),
        ("a 40% increase", "an almost 75 percent increase", "40%", "75 percent"),
        (
            "45 billion tenges is earmarked",
            "54 billion tenges is earmarked",
            "45 billion tenges",
            "54 billion tenges",
        ),
        ("held on November 27", "held on November 17", "November 27", "November 17"),
        ("adopted in 2005", "passed in 2007", "2005", "2007"),
        ("the 12 September meeting", "the September 13 meeting", "12 September", "September 13"),
        # a change's size in words against a percent change: "by half" is 50%
        (
            "the budget rose by nearly half",
            "an almost 75 percent increase in the budget",
            "half",
            "75 percent",
        ),
        ("the budget grew by a third", "a 75 percent increase in the budget", "a third", "75 percent"),
        # the one figure left on each side, the others stated: they pair off by elimination
        (
            "rising from 12 in 1999 to 45.",
            "in 1999 12 ships were built and soon the fleet will reach 35",
            "45",
            "35",
        ),
        # a bound its own figure does not meet
        ("more than 23 cadets have left", "Of the 114 cadets, 23 have left", "more than 23", "23"),
        (
            "at most 3,000 officers will train",
            "to train more than 3,000 officers",
            "at most 3,000",
            "more than 3,000",
        ),
    ],
)
def test_quantity_conflicts(claim: str, passage: str, says: str, source_says: str) -> None:
    assert numbers(claim, passage) == [f"the claim says {says}; the source says {source_says}"]


def test_a_bound_the_figure_meets_is_no_conflict() -> None:
    assert numbers("at least 23 cadets have left", "Of the 114 cadets, 23 have left") == []
    assert numbers("more than 3,000 officers", "more than 3,000 officers") == []


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        ("110 officers quit", "out of 250 officers, 110 have already quit"),  # extra number in the passage
        ("a 1.1 billion budget", "a $1.1 billion budget"),
        ("ten years of reform", "10 years of reform"),
        ("one hundred and sixty fields", "160 fields"),
        ("75% more", "75 percent more"),
        ("on the nineteenth of November", "on November 19"),
        ("in 7/16/2003", "on July 16, 2003"),
        ("a fleet of 45 ships", "a fleet of ships and 35 sailors"),  # a lone bare figure: no slot
        # a share of a whole is no rival to the size of its rise
        ("more than a third of the budget is earmarked", "a 75 percent increase in the budget"),
        ("the budget rose by nearly three-quarters", "an almost 75 percent increase in the budget"),
        ("in the second half of 2007", "a 75 percent increase in 2007"),
    ],
)
def test_quantity_near_misses(claim: str, passage: str) -> None:
    assert numbers(claim, passage) == []


def test_name_swap() -> None:
    assert names(
        "Milyuk became the first female graduate of Sandhurst.",
        "Milyuk, the first female graduate of West Point, became famous.",
    ) == ["the claim says Sandhurst; the source says West Point"]
    assert names(
        "Officials said China has voiced opposition to a navy.",
        "Officials said Russia has voiced opposition to a navy.",
    ) == ["the claim says China; the source says Russia"]


def test_a_slot_at_the_claims_start_stays_in_its_sentence() -> None:
    """The passage's previous sentence ends with a name; the claim's first name faces nothing."""
    assert (
        names(
            "The Fenwick patrol programme was extended by two years.",
            "Talks went well in Oslo. The patrol programme was extended by two years.",
        )
        == []
    )
    assert names(
        "The Fenwick patrol programme was extended by two years.",
        "Talks went well. The Oslo patrol programme was extended by two years.",
    ) == ["the claim says Fenwick; the source says Oslo"]


def test_not_until_states_when_it_happened() -> None:
    """ "It was not until June that Peru opened the port" and "Peru did not open it until June"
    say it opened, in June: no denial of "Peru opened the port in June"; a plain "did not open"
    still is one, and so is "has not until now"."""
    passage = "Peru opened the port to Danish ships in June."
    assert polarity("It was not until June that Peru opened the port to Danish ships.", passage) == []
    assert polarity("Peru did not open the port to Danish ships in June.", passage) != []
    # the same with "not" and "until" apart; "until now" still denies up to now
    assert polarity("Peru did not open the port to Danish ships until June.", passage) == []
    assert polarity("Peru has not until now opened the port to Danish ships.", passage) != []


def test_closed_class_swap() -> None:
    assert names(
        "Darbekov was named the new eastern regional commander.",
        "Darbekov was also named the new southern regional commander.",
    ) == ["the claim says eastern; the source says southern"]


def test_a_point_of_the_compass_and_its_adjective_are_one_region() -> None:
    """ "the West" and "Western states" name one bloc, not swapped details; "the East" is another."""
    passage = "Ties with Western states have grown since 2001."
    assert names("Ties with the West have grown since 2001.", passage) == []
    assert names("Ties with the East have grown since 2001.", passage) == [
        "the claim says East; the source says Western"
    ]
    # before a place's name, a compass word names a part of that place, no bloc
    assert names("The West sent volunteers in 2009.", "Western Dostrova sent volunteers in 2009.") != []


@pytest.mark.parametrize(
    ("a", "b"),
    [("Nazarbaev", "Nazarbayev"), ("Altynbaev", "Altynbayev"), ("Daniel", "Daniyal"), ("Washington", "U.S.")],
)
def test_name_variants_match(a: str, b: str) -> None:
    assert same_name(tokenize(a)[0], tokenize(b)[0])


def test_name_near_misses() -> None:
    assert names("The U.S. trains the battalion.", "The United States trains the battalion.") == []
    assert names("President Nazarbaev signed it.", "President Nazarbayev signed it.") == []
    assert skeleton("daniel") == skeleton("daniyal")


def test_polarity() -> None:
    assert polarity("110 officers did not quit", "110 officers have already quit")
    assert polarity(
        "the ministry concedes that little progress was made",
        "the ministry claims genuine progress has been made",
    )
    assert polarity(
        "interests largely coincide with those of Russia", "interests differ strongly from those of Russia"
    )
    assert polarity(
        "interests closely match those of Russia", "interests differ strongly from those of Russia"
    )
    # words of likeness against words of difference: "align", "converge" against "diverge"
    assert polarity("the two navies' aims are closely aligned", "the two navies' aims differ sharply")
    assert polarity("Peru's views converge with Chile's", "Peru's views diverge from Chile's")
    # every verb of stance for faces every verb against, not only pairs picked one by one
    assert polarity("Peru resisted the navy's plan", "Peru welcomed the navy's plan")
    assert polarity("Peru endorsed the navy's plan", "Peru condemned the navy's plan")
    # an agreement is a deal, not a likeness: "diverge" does not face it
    assert not polarity("their views diverge on the deal", "their agreement on the deal")


@pytest.mark.parametrize(
    ("claim", "passage", "reason"),
    [
        # WordNet's direct antonyms
        (
            "These activities meet with the disapproval of Moscow.",
            "These activities meet with the approval of Moscow.",
            "the claim says disapproval; the source says approval",
        ),
        ("Akhmetov criticized the achievements.", "Akhmetov praised the achievements.", None),
        ("He was demoted in April.", "He was promoted in April.", None),
        # the prefixes un- and non- make an opposite of a word no list holds
        ("The projects were uncontroversial.", "The projects were controversial.", None),
        ("a nonmilitary mission", "a military mission", None),
        # a quantifier governs the next word, even one as short as "will"
        (
            "There is strong will among officials to enforce it.",
            "There is little will to enforce it on the part of officials.",
            "the claim says strong will; the source says little will to enforce",
        ),
    ],
)
def test_polarity_lexicon(claim: str, passage: str, reason: str | None) -> None:
    found = polarity(claim, passage)
    assert len(found) == 1
    if reason:
        assert found == [reason]


def test_too_much_to_be_denies_what_follows() -> None:
    """ "too small to be significant" says it is not significant."""
    passage = "The number trained there remains fairly small, but is nonetheless significant."
    assert polarity("The number trained there is too small to be significant.", passage) == [
        "the claim says too small to be significant; the source says nonetheless significant"
    ]
    assert not polarity("The number trained there is small but significant.", passage)


def test_yet_to_denies_what_follows() -> None:
    """ "has yet to reach" is "has not reached"; "is yet to be" likewise."""
    passage = "Kazakhstan has not achieved the supply and readiness goals it has paid for."
    assert not polarity("Kazakhstan has yet to achieve the supply and readiness goals it paid for.", passage)
    assert polarity("Kazakhstan has achieved the supply and readiness goals it paid for.", passage)
    achieved = "Kazakhstan has achieved the supply and readiness goals it has paid for."
    assert polarity("Kazakhstan has yet to achieve the supply and readiness goals it paid for.", achieved)


def test_far_from_after_a_linking_verb_denies() -> None:
    passage = "Russia has voiced opposition to the creation of a Kazakh Navy."
    # "far from supportive" is "not supportive": no reversal of "opposition"
    assert not polarity("Russia has been far from supportive of a Kazakh Navy.", passage)
    assert polarity("Russia has been supportive of a Kazakh Navy.", passage)
    # a distance, and a contrast that opens the sentence, deny nothing
    assert not polarity(
        "Far from opposing it, Russia voiced opposition to the creation of a Kazakh Navy.", passage
    )


def test_polarity_lexicon_near_misses() -> None:
    # "in-" and "dis-" are left to WordNet: inform/form and discover/cover are no opposites
    assert polarity("The ministry will form a committee.", "The ministry will inform a committee.") == []
    assert polarity("They cover the costs.", "They discover the costs.") == []
    # a base shorter than four letters: "unit" is not the opposite of "it"
    assert polarity("it was formed", "the unit was formed") == []
    # both words on both sides: a contrast, not a reversal
    assert polarity("approval and disapproval", "approval and disapproval were voiced") == []


@pytest.mark.parametrize(
    ("claim", "passage", "reason"),
    [
        (
            "550 people are sent abroad every month.",
            "550 people are sent abroad annually.",
            "the claim says every month; the source says annually",
        ),
        ("The reports are published weekly.", "The reports are published daily.", None),
        ("The budget is reviewed twice a year.", "The budget is reviewed every month.", None),
    ],
)
def test_period_swap(claim: str, passage: str, reason: str | None) -> None:
    found = names(claim, passage)
    assert len(found) == 1
    if reason:
        assert found == [reason]


def test_period_near_misses() -> None:
    assert names("550 people are sent abroad every year.", "550 people are sent abroad annually.") == []
    assert names("550 people are sent abroad per annum.", "550 people are sent abroad yearly.") == []
    # "a year" without "once"/"twice" is a duration, not how often
    assert names("He left a year ago.", "He left monthly.") == []


def test_polarity_near_misses() -> None:
    assert (
        polarity("has not just been bedeviled with corruption", "has not just been bedeviled with corruption")
        == []
    )
    assert (
        polarity("the military is bedeviled with corruption", "has not just been bedeviled with corruption")
        == []
    )
    assert polarity("there is no doubt it grew", "it grew") == []
    assert polarity("Kazakhstan has not achieved its goals", "Kazakhstan has not achieved the goals") == []


def test_a_change_the_other_way_is_a_reversal_without_an_antonym_pair() -> None:
    """ "shrank" and "increase" are no WordNet antonyms; both sit under increase/decrease."""
    from kzmil.antonyms import change_at

    claim = "The budget shrank by a third."
    passage = "The budget saw a one-third increase."
    found = polarity_conflicts(claim, tokenize(claim), passage, tokenize(passage), (0, 8))
    assert [(c.claim, c.source) for c in found] == [("shrank", "increase")]
    same = "The budget saw a one-third reduction."
    assert not polarity_conflicts(claim, tokenize(claim), same, tokenize(same), (0, 8))
    toks = tokenize("costs were scaled down")
    assert change_at(toks, 2) == ("down", 2)
    assert change_at(tokenize("the aid was rolled back"), 3) == ("down", 2)  # no WordNet verb: the particle
    assert change_at(tokenize("the aid was paid"), 3) is None
    assert change_at(tokenize("the minister sat down with him"), 2) is None  # a movement
    # a word of a name is no change: the Threat Reduction programme reduces nothing
    name = "Work under the Cooperative Threat Reduction program went on."
    stepped = "Work on the programme was stepped up."
    assert not polarity_conflicts(stepped, tokenize(stepped), name, tokenize(name), (0, 9))
    # strengthen, improve, weaken and worsen are roots of change as increase and decrease are
    assert change_at(tokenize("strengthening ties"), 0) == ("up", 1)
    assert change_at(tokenize("relations worsened"), 1) == ("down", 1)


def test_a_verb_said_of_an_amount_before_it_tells_its_change() -> None:
    """ "the number of cadets trained abroad fell": the amount is the subject, not the object."""
    from kzmil.antonyms import change_at

    assert change_at(tokenize("The number of cadets trained abroad fell sharply."), 6) == ("down", 1)
    assert change_at(tokenize("The share of officers who leave rose."), 6) == ("up", 1)
    assert change_at(tokenize("The minister fell ill."), 2) is None  # no amount
    assert change_at(tokenize("The number rose."), 2) is None  # no "of": "the number" may be a tune
    claim = "The number of cadets trained abroad fell between 2001 and 2004."
    passage = "The number of cadets trained abroad is small but growing."
    found = polarity_conflicts(claim, tokenize(claim), passage, tokenize(passage), (0, 10))
    assert [(c.claim, c.source) for c in found] == [("fell", "growing")]


def test_a_verb_that_only_sometimes_means_a_change_means_one_with_an_amount_as_object() -> None:
    """ "cut" is mostly a stroke; "cut the number of soldiers" is a change of amount."""
    from kzmil.antonyms import change_at

    assert change_at(tokenize("aims to cut the number of soldiers"), 2) == ("down", 1)
    assert change_at(tokenize("raising the numbers of contract personnel"), 0) == ("up", 1)
    assert change_at(tokenize("they cut the ribbon"), 1) is None
    assert change_at(tokenize("he raised the issue of pay"), 1) is None
    assert change_at(tokenize("they cut the number"), 1) is None  # no "of": "the number" may be a tune
    # the number of other things, or an aim against a deed, is no reversal
    source = "Kazakhstan plans to raise the number of contract personnel."
    for claim in (
        "Kazakhstan plans to cut the number of conscripts.",
        "Resignations cut the number of contract personnel.",
    ):
        assert polarity_conflicts(claim, tokenize(claim), source, tokenize(source), (0, 9)) == [], claim
    claim = "Kazakhstan plans to cut the number of contract personnel."
    assert polarity_conflicts(claim, tokenize(claim), source, tokenize(source), (0, 9)) != []


def test_a_verb_that_only_sometimes_means_a_change_means_one_before_a_figure() -> None:
    """ "fell" is mostly a drop in space (WordNet's first sense); "fell by almost 75 percent"
    is a change of amount, and faces "an almost 75 percent increase"."""
    from kzmil.antonyms import change_at

    toks = tokenize("the budget fell by almost 75 percent; he fell to the ground; it rose by 143 billion")
    assert [(toks[i].norm, w) for i in range(len(toks)) if (w := change_at(toks, i))] == [
        ("fell", ("down", 1)),
        ("rose", ("up", 1)),
    ]
    # "to" brings a recipient as often as an amount; a name or another word is no amount
    toks = tokenize(
        "Training was given to 30 officers; credits were extended to 3 firms; set by Saryarka 2004"
    )
    assert [toks[i].norm for i in range(len(toks)) if change_at(toks, i)] == []
    claim = "The defense budget fell by almost 75 percent in 2007."
    passage = (
        "It stems from an effort to bolster the army and follows an almost 75 percent increase"
        " in the 2007 defense budget."
    )
    found = polarity_conflicts(claim, tokenize(claim), passage, tokenize(passage), (0, 25))
    assert [(c.claim, c.source) for c in found] == [("fell", "increase")]  # the figure's own word


def test_the_word_that_closes_the_matched_clause_is_read() -> None:
    claim = "Pressure on Kazakhstan to look toward the CSTO is undoubtedly diminishing."
    passage = "Pressure on Kazakhstan to look toward the CSTO is undoubtedly growing as part of it."
    toks = tokenize(passage)
    found = polarity_conflicts(claim, tokenize(claim), passage, toks, (0, 10))  # up to "undoubtedly"
    assert [(c.claim, c.source) for c in found] == [("diminishing", "growing")]


@pytest.mark.bundled_index
def test_a_change_the_same_way_states_an_evaluation(bundled: Index) -> None:
    """ "strengthening" is stated by "enhance": both say the system is to get better."""
    claim = (
        "On November 17 Akhmetov addressed a government session on strengthening "
        "the national security system."
    )
    assert check(bundled, claim).verdict is Judgement.SUPPORTED


def test_a_name_in_another_role_is_no_rival() -> None:
    """ "Western" qualifies "states"; "in Washington" is where the meeting was."""
    assert (
        names(
            "In Washington he met Richard Armitage, Deputy Secretary of State.",
            "Sembinov, a friend of Western states, met Richard Armitage, Deputy Secretary of State.",
        )
        == []
    )


def test_a_capital_named_by_its_country_elsewhere_still_rivals_a_city() -> None:
    """The claim's "aid from France" names Paris's country; "a trip to Madrid" still faces
    "a trip to Paris": the slot holds a city on both sides."""
    passage = (
        "General Ana Ortiz completed a trip to Paris on May 4 that secured aid from France for the fleet."
    )
    assert names(
        "General Ana Ortiz completed a trip to Madrid on May 4 that secured aid from France.", passage
    ) == ["the claim says Madrid; the source says Paris"]
    assert (
        names("General Ana Ortiz completed a trip to Paris on May 4 that secured aid from France.", passage)
        == []
    )
    # a person whose names are cities is no city in the slot (outside review, session 51)
    envoy = "The UK ambassador in Moscow said the visa changes would take effect in the spring."
    assert (
        names("Britain's ambassador to Russia, Helena Paterson, said the visa changes would start.", envoy)
        == []
    )
    assert (
        names("Britain's ambassador to Russia, Regina Asanova, said the visa changes would start.", envoy)
        == []
    )
    # a country against its capital is still one name: "France" for "Paris" rivals nothing
    assert (
        names("General Ana Ortiz completed a trip to France on May 4 that secured aid from France.", passage)
        == []
    )


def test_a_name_of_several_words_plays_one_role() -> None:
    """ "West Point" is one name, so "graduate of West Point" faces "graduate of Sandhurst"."""
    text = "a graduate of West Point, he said"
    toks = tokenize(text)
    west = next(t for t in toks if t.norm == "west")
    assert roles(text, toks, west) == {"alone", "of graduat"}


def test_a_place_before_a_name_qualifies_it() -> None:
    text = "he visited U.S. Central Command in Tampa"
    toks = tokenize(text)
    assert roles(text, toks, next(t for t in toks if t.norm == "usa")) == {
        "modifier",
        "of central",
        "of command",
        "head command",
    }


def test_after_against_before_is_an_order_not_an_antonym() -> None:
    claim = "After Kazakhstan, Lugar pursued a similar agenda in Azerbaijan."
    passage = "He discussed this in Kazakhstan, before pursuing a similar agenda in Azerbaijan."
    assert (
        polarity_conflicts(claim, tokenize(claim), passage, tokenize(passage), (0, len(tokenize(passage))))
        == []
    )


def test_an_abbreviation_is_no_sentence_end() -> None:
    claim = "Steppe Eagle draws on American and French servicemen."
    passage = "Steppe Eagle draws on U.S. and British servicemen."
    assert names(claim, passage) == ["the claim says French; the source says British"]


def test_a_deadline_and_the_date_of_an_event_are_different_slots() -> None:
    passage = (
        "The French offered cooperation, since by 2007 Kazakhstan plans to have 50% contract servicemen."
    )
    assert numbers("The French minister held discussions in July 2003.", passage) == []
    assert numbers("Kazakhstan plans to have 50% contract servicemen by 2010.", passage) == [
        "the claim says 2010; the source says 2007"
    ]


def test_avoiding_is_not_doing() -> None:
    passage = (
        "Akhmetov is keen to avoid upsetting the balance between pro-NATO officials and traditionalists."
    )
    assert (
        polarity(
            "Akhmetov is keen not to upset the balance between pro-NATO officials and traditionalists.",
            passage,
        )
        == []
    )
    assert (
        polarity(
            "Akhmetov is keen to upset the balance between pro-NATO officials and traditionalists.", passage
        )
        != []
    )


def test_a_place_after_a_plain_modifier_keeps_the_slot_of_the_word_before_it() -> None:
    """ "serving in central Afghanistan" fills the slot of "serving" as "serving in Central
    Iraq" does, so the two places face each other."""
    from kzmil.conflicts import roles

    text = "servicemen serving in central Afghanistan"
    toks = tokenize(text)
    assert "of serv" in roles(text, toks, toks[-1])
    text = "servicemen serving in 2004, Afghanistan"
    toks = tokenize(text)
    assert "of serv" not in roles(text, toks, toks[-1])


def test_the_closing_word_is_not_read_past_a_function_word() -> None:
    claim = "The army has increased its contract force."
    passage = "The army has expanded its contract force while cutting conscription."
    assert not polarity_conflicts(claim, tokenize(claim), passage, tokenize(passage), (0, 6))


def test_an_adverb_of_manner_reverses_through_its_adjectives_cluster() -> None:
    """ "swiftly" is not WordNet's direct antonym of "slowly"; "swift" is like "fast", which is."""
    claim = "After 9/11, Astana reacted swiftly to the changes."
    passage = "After 9/11, Astana only slowly responded to the changes."
    ptoks = tokenize(passage)
    (c,) = polarity_conflicts(claim, tokenize(claim), passage, ptoks, (0, len(ptoks)))
    assert (c.claim, c.source) == ("swiftly", "slowly")


def test_two_words_of_the_claim_against_one_of_the_passage_are_one_reversal() -> None:
    """ "quick ... rapidly" against one "slowly": reversed once, not twice (which would cancel)."""
    claim = "Astana was quick to grasp the changes and responded rapidly."
    passage = "Astana only slowly responded to the changes."
    ptoks = tokenize(passage)
    (c,) = polarity_conflicts(claim, tokenize(claim), passage, ptoks, (0, len(ptoks)))
    assert c.source == "slowly"
    # each negated word is its own reversal: "neither opposed nor rejected" is approval
    claim = "Moscow neither opposed nor rejected these activities."
    passage = "These activities meet with the approval of Moscow."
    ptoks = tokenize(passage)
    assert polarity_conflicts(claim, tokenize(claim), passage, ptoks, (0, len(ptoks))) == []


def test_a_word_of_a_name_inside_the_claim_reverses_nothing() -> None:
    """ "Foreign" of "Foreign Policy Blogs" is a name, not the opposite of "domestic"."""
    claim = "According to Foreign Policy Blogs, the strategy balances interests."
    passage = "The strategy balances domestic interests."
    assert polarity_conflicts(claim, tokenize(claim), passage, tokenize(passage), (0, 5)) == []
    claim = "Foreign interests shape the strategy."
    passage = "Domestic interests shape the strategy."
    assert polarity_conflicts(claim, tokenize(claim), passage, tokenize(passage), (0, 5))


def test_declining_or_refusing_to_do_is_not_doing() -> None:
    passage = "Nazarbayev signed a decree ratifying the agreement on rapid reaction forces."
    assert polarity("Nazarbayev declined to ratify the agreement on rapid reaction forces.", passage) != []
    assert polarity("Nazarbayev refused to ratify the agreement on rapid reaction forces.", passage) != []
    assert polarity("Nazarbayev moved to ratify the agreement on rapid reaction forces.", passage) == []
    # a figure after "declined to" is a fall, not a refusal
    assert (
        polarity("Enrolment declined to 17 cadets this year.", "Enrolment fell to 17 cadets this year.") == []
    )


def test_an_absence_or_a_lack_denies_as_no_does() -> None:
    passage = "The legacy of an absence of military infrastructure there shaped the district."
    assert polarity("The legacy of no military infrastructure there shaped the district.", passage) == []
    assert polarity("The legacy of military infrastructure there shaped the district.", passage) != []
    lacking = "The army has been bedeviled with a lack of domestic defense industry."
    claim = "The army has been bedeviled because it lacks a domestic defense industry."
    assert polarity(claim, lacking) == []
    # the lack denies only the thing it names: a name that holds the word is another thing
    named = "Kazakhstan built up its Western Military District."
    assert (
        polarity(
            named, "The legacy of an absence of military infrastructure shaped Western Military District."
        )
        == []
    )


def test_a_claim_that_states_both_words_of_a_pair_reverses_neither() -> None:
    """The passage's "foreign" is the claim's "abroad" when the claim's "domestic" is the
    passage's "national": both sides say the same two things."""
    passage = "Officers benefit first from national training, while only a few receive foreign training."
    both = "Officers will gain first from domestic training, and only a few will get training abroad."
    assert polarity(both, passage) == []
    # the pair the other way round: most abroad and a few at home reverses the passage
    swapped = "Most officers get training abroad, while only a few receive domestic training."
    assert polarity(swapped, passage) != []
    one = "Officers will gain first from domestic training, and only a few will get training."
    assert polarity(one, "Officers will benefit first from foreign training.") != []


def test_an_age_written_with_hyphens_is_no_opposite_of_new() -> None:
    from kzmil.conflicts import polarity_conflicts

    claim = "Lagos named Ortiz, a 45-year-old officer, as commander."
    passage = "Lagos named Ortiz, a new officer, as commander."
    ctoks, ptoks = tokenize(claim), tokenize(passage)
    assert polarity_conflicts(claim, ctoks, passage, ptoks, (0, len(ptoks))) == []
    aged = "Lagos named Ortiz, an old officer, as commander."
    assert polarity_conflicts(aged, tokenize(aged), passage, ptoks, (0, len(ptoks)))


@pytest.mark.parametrize(
    ("claim", "passage", "differ"),
    [
        ("boats will be supplied to Chile", "boats will be supplied through the Naval Aid Fund", True),
        ("a plan with Peru", "the relationship between Chile and Peru", True),
        ("a visit to Lima", "a trip to Quito", False),
        ("talks in Lima", "talks at Quito", False),
        ("Peru agreed", "talks in Quito", False),  # no preposition on one side: undecided
    ],
)
def test_names_after_prepositions_of_other_groups_play_other_parts(
    claim: str, passage: str, differ: bool
) -> None:
    from kzmil.conflicts import other_parts

    ctoks, ptoks = tokenize(claim), tokenize(passage)
    c = next(t for t in ctoks if t.cap)
    p = next(t for t in ptoks if t.cap)
    assert other_parts(claim, ctoks, c, passage, ptoks, p) is differ


def test_a_name_after_a_preposition_of_another_group_is_no_rival() -> None:
    """ "supplied to Chile" and "supplied through the Naval Aid Fund program" play different
    parts; "sent to Bolivia" and "serving in Peru" fill one slot."""

    def kinds(claim: str, passage: str) -> list[str]:
        ctoks, ptoks = tokenize(claim), tokenize(passage)
        names = {t.norm: t.cap for t in ctoks + ptoks}
        return [c.kind for c in name_conflicts(claim, ctoks, passage, ptoks, [], names)]

    assert (
        kinds(
            "Boats will be supplied to Chile soon.", "Boats will be supplied through the Naval Aid Fund soon."
        )
        == []
    )
    assert kinds("Boats will be supplied to Chile soon.", "Boats will be supplied to Peru soon.") == ["name"]
    assert kinds(
        "Engineers were sent to Bolivia last year.", "Engineers were serving in Peru last year."
    ) == ["name"]


def test_the_republic_may_stand_for_the_claims_country() -> None:
    """ "the Republic's history" names no other country than the one the claim names."""
    claim = "Pacifico 2011 was the largest exercise in Chile's history."
    assert names(claim, "Pacifico 2011 was the largest exercise in the Republic's history.") == []
    # a place's own name is a rival still
    assert names(claim, "Pacifico 2011 was the largest exercise in Peru's history.")


def test_far_from_opening_a_contrast_denies_its_deed() -> None:
    """ "Put simply, far from improving standards, many of these officers leave": they do not
    improve them. The clause the contrast opens is not denied, nor is a distance."""
    passage = "Put simply, far from improving standards in the army, many officers trained abroad leave."
    assert polarity("Officers trained abroad are improving standards in the army.", passage)
    assert not polarity("Many officers trained abroad leave the army.", passage)
    assert not polarity("Chile welcomed the plan.", "Far from resisting the plan, Chile welcomed it.")
    assert not polarity("The base lies far from Lima.", "The base lies far from Lima, in the south.")


@pytest.mark.parametrize(
    ("claim", "passage"),
    [
        # the deed told again, undenied, in the passage's next sentence
        (
            "In 2013 the pilots of the regiment began flying long missions again.",
            "The pilots of the regiment, far from flying long missions, spent 2012 grounded. "
            "In 2013 they began flying long missions again.",
        ),
        (
            "The ministry cut spending on fuel in 2012.",
            "Far from cutting spending, the ministry raised spending on housing. "
            "It also cut spending on fuel.",
        ),
        # after the subject, a distance: "training grounds", "mining towns"
        (
            "The soldiers at Kapshagay use training grounds.",
            "The new barracks at Kapshagay, far from training grounds, opened in 2011.",
        ),
        ("Miners live in mining towns.", "The base, far from mining towns, holds 300 men."),
    ],
)
def test_far_from_that_denies_nothing_the_claim_says(claim: str, passage: str) -> None:
    assert not polarity(claim, passage)


def test_a_count_runs_on_only_as_a_phrase_of_its_own() -> None:
    """ "55 foreign universities" counts universities; "200 inspectors visit factories" counts
    inspectors, not factories."""
    from kzmil.quantities import counted_words, extract

    def counted(text: str) -> set[str]:
        toks = tokenize(text)
        return set(counted_words(text, toks, extract(text, toks)[0]))

    assert "universiti" in counted("They study at 55 foreign universities.")
    assert "factori" not in counted("The ministry's 200 inspectors visit factories across the region.")
