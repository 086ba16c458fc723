"""Who does the deed: the claim's subject that the source has on the receiving end."""

from __future__ import annotations

from kzmil.agents import agent_conflicts, object_conflicts, others_deed
from kzmil.evidence import Evidence
from kzmil.normalize import tokenize

SOURCE = (
    "BACKGROUND: During his meetings with Lord Robertson, President Nazarbayev made a number of "
    "suggestions concerning new initiatives with NATO."
)


def _agents(claim: str, passage: str = SOURCE) -> list[str]:
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    return [c.note for c in agent_conflicts(claim, tokenize(claim), ev)]


def test_the_one_on_the_receiving_end_made_the_suggestions() -> None:
    swapped = "During their meetings, Lord Robertson put forward suggestions to President Nazarbayev."
    assert _agents(swapped) == [
        "the source has another do it: "
        "\u201cPresident Nazarbayev made a number of suggestions\u201d, not Lord Robertson"
    ]
    assert _agents("In his talks with Nazarbayev, Lord Robertson floated ideas for new initiatives.") != []


def test_the_same_subject_however_worded_agrees() -> None:
    assert _agents("In talks with Lord Robertson, Nazarbayev offered several suggestions to NATO.") == []
    assert _agents("President Nazarbayev made suggestions to Lord Robertson.") == []


def test_a_reciprocal_deed_has_no_sides() -> None:
    passage = "In Almaty, Akhmetov met Maltsev to discuss repairs with Belarus."
    assert _agents("In Almaty, Maltsev met with Akhmetov to discuss repairs.", passage) == []


def test_a_deed_made_reciprocal_by_its_noun_has_no_sides() -> None:
    """ "held talks with" is "met": either side may be its subject."""
    passage = "Tarnian Foreign Minister Ana Vel held talks with President Bo Kress in Lanth on March 1."
    assert _agents("President Bo Kress held talks with Ana Vel in Lanth.", passage) == []


def test_a_converse_deed_seen_from_the_other_side_agrees() -> None:
    passage = "Last year Kazakhstan received helicopters from Washington."
    assert _agents("Washington sent helicopters to Kazakhstan.", passage) == []


def test_a_name_that_modifies_a_noun_is_no_subject() -> None:
    passage = "The Baranavichy-based aircraft repair plant in Belarus has signed a contract."
    assert _agents("A Belarusian aircraft repair plant in Baranavichy signed a contract.", passage) == []


def test_a_passive_on_one_side_puts_the_one_acted_on_first() -> None:
    passage = "Kazakhstan was given helicopters by Washington."
    assert _agents("Washington gave helicopters to Kazakhstan.", passage) == []


def test_a_country_may_be_the_subject() -> None:
    passage = "The U.S. delegation was particularly interested in Sembinov's report."
    assert _agents("Sembinov was particularly interested in a U.S. delegation report.", passage) != []


def test_receiving_from_is_the_deed_seen_from_its_other_side() -> None:
    assert _agents("Lord Robertson received a number of suggestions from President Nazarbayev.") == []
    passage = "The U.S. will train servicemen for the Kazakh army."
    assert _agents("Kazakh servicemen will receive training from the U.S. army.", passage) == []


def test_two_verbs_may_tell_one_deed_from_each_side() -> None:
    passage = (
        "Whilst Kazakhstan has looked to the U.S. for help with its military reform, it also works with NATO."
    )
    assert _agents("The U.S. has provided help for Kazakhstan's military reform.", passage) == []


DEPLOYED = (
    "As U.S. and western military forces were deployed to Central Asia in support of the "
    "operation, Astana recognized the importance of cooperation."
)


def _others(claim: str, passage: str = DEPLOYED) -> str | None:
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    found = others_deed(claim, tokenize(claim), ev)
    return None if found is None else f"{' '.join(t.norm for t in found[0])}: {found[1]}"


def test_a_deed_the_source_gives_to_others_of_the_subjects_kind_is_theirs() -> None:
    assert _others("Kazakhstan deployed troops to Afghanistan in support of the operation.") == (
        "kazakhstan: U.S. and western military forces"
    )


def test_the_subject_doing_it_itself_or_someone_unnamed_leaves_it_open() -> None:
    assert _others("The U.S. deployed forces to Central Asia.") is None
    deployed = "Kazakhstan deployed its troops to Iraq last year."
    assert _others(deployed, "Last year Kazakhstan's troops were deployed to Iraq.") is None
    assert _others(deployed, "Last year troops were deployed by Kazakhstan to Iraq.") is None
    # "the defense ministers signed" names nobody: the claim's subject may be among them
    signed = "The plant in Belarus signed a contract. The defense ministers signed two contracts."
    assert _others("Kazakhstan signed two contracts with Belarus.", signed) is None


def test_a_person_is_not_set_against_a_country() -> None:
    """ "Kazakhstan said" may be its president speaking."""
    source = "In January President Nazarbayev announced new courses for officers."
    assert _others("Kazakhstan announced new courses for its officers.", source) is None
    assert (
        _others("Akhmetov announced new courses for the officers.", source)
        == "akhmetov: President Nazarbayev"
    )


def test_a_passive_claim_is_not_set_against_an_active_doer() -> None:
    """ "Mayermanov was appointed" against "Nazarbaev appointed Oynarov": the claim's subject is
    the one appointed, the source's the one who appoints."""
    source = "On April 5 Nazarbaev appointed Oynarov deputy defense minister."
    assert _others("Kazhimurat Mayermanov was appointed deputy defense minister.", source) is None
    assert (
        _others("Spain approached for military assistance", "Kazakhstan approached Spain.") is None
    )  # a headline


def test_the_claims_passive_said_actively_is_the_subjects_own_deed() -> None:
    """ "named Nikolai Pospelov as eastern commander" beside "Darbekov was also named"."""
    both = (
        "Nazarbaev named Nikolai Pospelov as eastern commander. "
        "Bulat Darbekov was also named the southern commander."
    )
    assert _others("Nikolai Pospelov was named the new eastern regional commander.", both) is None
    assert _others("Nikolai Pospelov was named the new eastern regional commander.", both[55:]) is not None


def test_a_thing_that_is_neither_place_nor_person_has_no_deeds_of_its_own() -> None:
    """ "The Military Doctrine passed in 2007 gives priority ...": "passed" is no deed of the
    doctrine; a body's deeds ("the U.S. Department of Defense has used") are no country's."""
    source = "In 2007 Kazakhstan passed a new Military Doctrine giving priority to the CSTO."
    assert _others("The Military Doctrine passed in 2007 gives priority to the CSTO.", source) is None
    used = "The U.S. Department of Defense has used IMET to train Kazakh officers."
    assert _others("Kazakhstan has used its ties with Washington to train its officers.", used) is None


def test_an_alliance_written_as_an_acronym_is_a_party_as_a_country_is() -> None:
    assert _others("NATO deployed military forces to Central Asia in support of the operation.") == (
        "nato: U.S. and western military forces"
    )


def _objects(claim: str, passage: str) -> list[str]:
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    return [c.source for c in object_conflicts(claim, tokenize(claim), ev)]


def test_the_one_the_claim_acts_on_is_the_one_who_acts_in_the_source() -> None:
    passage = "The paper argued that Orlov should \u201cmilk\u201d both powers for what they offer."
    assert _objects("The paper urged both powers to 'milk' Orlov.", passage) == ["Orlov should \u201cmilk"]
    assert _objects("The paper urged Orlov to milk both powers.", passage) == []  # the same sides
    # a passive has its subject acted on; a reciprocal verb has no sides
    assert _objects("The paper said both powers milked Orlov.", "Orlov was milked by both powers.") == []
    assert _objects("Petrov met Orlov in May.", "Orlov met Petrov in May.") == []
    # the name on both sides of the claim's verb is no crossing
    assert _objects("Orlov said the powers would milk Orlov.", passage) == []
    # a name after a preposition is where, not who
    passage = "Specialists arrived in Astana to help create a web portal."
    assert _objects("Specialists arrived to help Astana create a web portal.", passage) == []
    # a possessive names whose the object is, not the object
    passage = "It means helping Kazakhstan successfully reform its armed forces."
    assert _objects("It means reforming Kazakhstan's armed forces.", passage) == []
