"""Kept or left a post, read from the shape of the words."""

from __future__ import annotations

from kzmil.evidence import Evidence
from kzmil.normalize import tokenize
from kzmil.tenure import holdings, tenure_conflicts

SOURCE = (
    "Nazarbaev named Nikolai Pospelov as the new eastern regional commander but relieving him of "
    "his deputy ministerial position."
)


def _conflicts(claim: str, passage: str = SOURCE) -> list[str]:
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    return [f"{c.claim} / {c.source}" for c in tenure_conflicts(claim, tokenize(claim), ev)]


def test_what_a_text_says_was_kept_or_left() -> None:
    got = [
        (h.kept, h.holder.norm if h.holder else None, h.post.norm) for h in holdings(SOURCE, tokenize(SOURCE))
    ]
    assert got == [(True, "pospelov", "commander"), (False, "pospelov", "position")]
    text = "Altynbaev was recalled from his post. Akhmetov remained in his post."
    got = [(h.kept, h.holder.norm if h.holder else None, h.post.norm) for h in holdings(text, tokenize(text))]
    assert got == [(False, "altynbaev", "post"), (True, "akhmetov", "post")]
    text = "Akhmetov remained optimistic and confirmed his plans; he benefited from strong ties."
    assert holdings(text, tokenize(text)) == []
    text = "Altynbaev was reconfirmed in his post. Akhmetov reconfirmed his plans."
    got = [(h.kept, h.holder.norm if h.holder else None, h.post.norm) for h in holdings(text, tokenize(text))]
    assert got == [(True, "altynbaev", "post")]


def test_kept_against_left_conflicts() -> None:
    assert _conflicts("Pospelov retained his deputy ministerial position.") == [
        "retained his deputy ministerial position / relieving him of his deputy ministerial position"
    ]
    # "post" and "position" are one thing to WordNet
    assert _conflicts("Pospelov became eastern commander while keeping his post.") != []
    assert _conflicts("Pospelov was relieved of his deputy ministerial post.") == []


def test_another_holder_is_another_fact() -> None:
    passage = "Nazarbaev appointed Mayermanov as deputy minister, elevating him from his previous post."
    assert _conflicts("Pospelov kept his post.", passage) == []
    assert _conflicts("Mayermanov kept his post.", passage) != []


def test_a_post_hoped_for_or_spoken_from_is_neither_kept_nor_left() -> None:
    source = "Early this year Defense Minister Mukhtar Altynbaev was recalled from his post."
    assert _conflicts("Altynbaev hoped to keep his post.", source) == []
    assert _conflicts("Altynbaev did not keep his post.", source) == []
    assert _conflicts("Belov kept his post.", "Belov, speaking from his post in Astana, said so.") == []
    # the possessor is not the one removed
    deputy = "Colonel Orlov's deputy was removed from his post in June."
    assert _conflicts("Orlov kept his post.", deputy) == []


def test_a_denied_keeping_is_a_post_left() -> None:
    from kzmil.tenure import held_as_stated

    def denied(claim: str) -> list[tuple[int, int]]:
        ev = Evidence(SOURCE, tokenize(SOURCE), [], {}, set(), None)
        return held_as_stated(claim, tokenize(claim), ev)

    claim = "Pospelov did not keep his deputy ministerial position."
    assert denied(claim) == [(claim.index("not"), claim.index("position") + len("position"))]
    assert denied("Pospelov failed to retain his deputy ministerial position.") != []
    assert denied("Pospelov kept his deputy ministerial position.") == []
    # a denial is a post left: against a post kept it conflicts
    kept = "Altynbaev remained in his post after the reshuffle."
    assert _conflicts("Altynbaev did not keep his post.", kept) != []


def test_the_post_ends_before_an_adverb() -> None:
    text = "Altynbaev did not remain in his post early in 2007."
    assert [h.post.norm for h in holdings(text, tokenize(text))] == ["post"]


def test_the_post_ends_before_a_clause() -> None:
    """ "his deputy ministerial position when he was named": the post is "position"."""
    assert _conflicts("Pospelov kept his deputy ministerial position when he was named commander.") != []


def test_leaving_by_ones_own_deed_and_a_post_named_by_its_owner() -> None:
    text = "Altynbaev resigned from his post. Later she quit Kazakhstan’s army."
    got = [(h.kept, h.holder.norm if h.holder else None, h.post.norm) for h in holdings(text, tokenize(text))]
    assert got == [(False, "altynbaev", "post"), (False, "she", "army")]
    text = "After her studies at West Point, Orlova stayed on in Kazakhstan's army."
    got = [(h.kept, h.holder.norm if h.holder else None, h.post.norm) for h in holdings(text, tokenize(text))]
    assert got == [(True, "orlova", "army")]  # not "Point": a place she studied at


def test_a_pronoun_holds_the_post_of_the_one_person_named_around_it() -> None:
    before = "Colonel Orlova entered the academy in 2001."
    passage = "Unhappy, she returned for study at West Point then married and quit Kazakhstan’s army."
    ev = Evidence(passage, tokenize(passage), [(before, tokenize(before))], {}, set(), None, sentences=1)
    claim = "Orlova stayed on in Kazakhstan's army."
    assert [c.source for c in tenure_conflicts(claim, tokenize(claim), ev)] == ["quit Kazakhstan’s army"]
    # with a second person named around it, "she" may be either: no conflict is read
    before = "Colonel Orlova met General Petrova in 2001."
    ev = Evidence(passage, tokenize(passage), [(before, tokenize(before))], {}, set(), None, sentences=1)
    assert tenure_conflicts(claim, tokenize(claim), ev) == []


def test_a_post_left_is_stated_by_leaving_however_worded_but_not_by_the_other_manner() -> None:
    from kzmil.tenure import held_as_stated

    ev = Evidence(SOURCE, tokenize(SOURCE), [], {}, set(), None)
    lost = "Pospelov lost his deputy ministerial position."
    assert held_as_stated(lost, tokenize(lost), ev) != []  # "lost": either way
    resigned = "Pospelov resigned from his deputy ministerial position."
    assert held_as_stated(resigned, tokenize(resigned), ev) == []  # his own deed; the source: relieved


def test_the_one_replaced_left_the_post() -> None:
    passage = (
        "Bulat Darbekov was also named the new southern regional commander, replacing Bakhtiyar Syzdykov."
    )
    assert _conflicts("Bakhtiyar Syzdykov kept his post as southern regional commander.", passage) != []
    assert _conflicts("Bulat Darbekov kept his post.", passage) == []  # the successor left nothing


def test_a_post_given_with_as_is_held_and_one_taken_with_as_is_left() -> None:
    """ "named X as the new commander" gives X the post; "X was relieved as commander" takes it:
    each states the opposite of the other for one person's one post."""
    text = (
        "The minister appointed Ana Ortiz as the new fleet commander, "
        "and Luz Vega was dismissed as chief of staff."
    )
    got = [(h.kept, h.holder.norm if h.holder else None, h.post.norm) for h in holdings(text, tokenize(text))]
    assert got == [(True, "ortiz", "commander"), (False, "vega", "chief")]
    assert _conflicts("Pospelov was relieved as eastern regional commander.") == [
        "relieved / named Nikolai Pospelov as the new eastern regional commander"
    ]
    assert _conflicts("Nazarbaev named Nikolai Pospelov as eastern regional commander.") == []
    # another post, or "as well as", gives nothing
    assert _conflicts("Pospelov was relieved as chief of staff.") == []
    text = "He named Ortiz, as well as Vega, to the board."
    assert holdings(text, tokenize(text)) == []
    # "appointed him as": whom, no name says; the one who appoints holds nothing
    text = "The minister appointed him as fleet commander."
    assert holdings(text, tokenize(text)) == []


def test_a_bare_post_in_the_source_is_whichever_the_claim_names() -> None:
    """ "recalled from her post" takes the post the claim names; "his deputy ministerial
    position" names its own, which a claim's other post does not meet."""
    recalled = "Early this year, Navy Minister Ana Ortiz was recalled from her post."
    assert _conflicts("Ana Ortiz remained Chile's navy minister.", recalled) == [
        "remained Chile's navy minister / recalled from her post"
    ]
    assert _conflicts("Ana Ortiz remained optimistic.", recalled) == []
    # a claim's own "his position" is no bare post: the source's other post stays another fact
    assert _conflicts("Pospelov was relieved as eastern regional commander.", SOURCE) == [
        "relieved / named Nikolai Pospelov as the new eastern regional commander"
    ]
