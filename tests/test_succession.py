"""Who replaced whom, read from the words alone."""

from __future__ import annotations

from kzmil.evidence import Evidence
from kzmil.normalize import tokenize
from kzmil.succession import succession_conflicts, successions

SOURCE = "Bulat Darbekov was also named the new southern regional commander, replacing Bakhtiyar Syzdykov."


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(s.successor[-1].norm, s.predecessor[-1].norm) for s in successions(text, tokenize(text))]


def _conflicts(claim: str, passage: str = SOURCE) -> list[str]:
    ev = Evidence(passage, tokenize(passage), [], {}, set(), None)
    return [c.note for c in succession_conflicts(claim, tokenize(claim), ev)]


def test_the_ways_english_says_who_replaced_whom() -> None:
    assert _pairs(SOURCE) == [("darbekov", "syzdykov")]
    assert _pairs("Syzdykov was replaced by Darbekov.") == [("darbekov", "syzdykov")]
    assert _pairs("Syzdykov was replaced as commander by Darbekov.") == [("darbekov", "syzdykov")]
    assert _pairs("Darbekov has replaced Syzdykov as commander.") == [("darbekov", "syzdykov")]
    assert _pairs("Darbekov took over from Syzdykov.") == [("darbekov", "syzdykov")]
    assert _pairs("Darbekov took over as commander from Syzdykov.") == [("darbekov", "syzdykov")]
    assert _pairs("Darbekov succeeded General Syzdykov.") == [("darbekov", "syzdykov")]
    assert _pairs("The plan replaced the old one.") == []


def test_another_successor_or_predecessor_conflicts() -> None:
    assert _conflicts("Nikolai Pospelov took over from Bakhtiyar Syzdykov as southern commander.") == [
        "the source says \u201cBulat Darbekov was also named the new southern regional commander, "
        "replacing Bakhtiyar Syzdykov\u201d, not Nikolai Pospelov"
    ]
    assert _conflicts("Darbekov replaced Mukhtar Altynbaev as southern commander.") != []


def test_the_same_succession_however_worded_agrees() -> None:
    assert _conflicts("Syzdykov was replaced as southern commander by Bulat Darbekov.") == []
    assert _conflicts("Syzdykov was replaced as southern commander by Pospelov.") != []
    assert _conflicts("Darbekov succeeded Syzdykov.") == []
    # the two the other way round: read here too, since the roles do not read every form of
    # succession (", taking over from Y")
    assert _conflicts("Syzdykov replaced Darbekov.") != []


def test_the_one_appointed_replaces_not_the_one_who_appoints() -> None:
    source = (
        "President Putin appointed General Sidorov as commander of the district, replacing General Morozov."
    )
    assert _pairs(source) == [("sidorov", "morozov")]
    assert _conflicts("General Sidorov took over from General Morozov as commander.", source) == []
    assert _conflicts("General Ivanov took over from General Morozov as commander.", source) != []
    unnamed = "Nazarbaev appointed a new southern regional commander, replacing Bakhtiyar Syzdykov."
    assert _pairs(unnamed) == []


def test_an_unnamed_successor_another_post_and_replacing_with() -> None:
    # "Nazarbaev's appointee" names no successor
    assert _pairs("Syzdykov was replaced by Nazarbaev's appointee as southern commander.") == []
    # two posts, two successions
    two = "Kuznetsov replaced Volkov as chief of staff. Later Volkov was replaced as border chief by Orlov."
    assert _conflicts("Kuznetsov took over from Volkov as chief of staff.", two) == []
    assert _conflicts("Ivanov took over from Volkov as chief of staff.", two) != []
    # "replacing Y with Z": Z replaces Y
    decree = "Aliyev signed a decree on Monday, replacing General Bakiev with General Omarov."
    assert _pairs(decree) == [("omarov", "bakiev")]
    assert _conflicts("General Omarov replaced General Bakiev.", decree) == []
    # a long post before "from"
    assert _pairs("Pospelov took over as southern regional commander from Syzdykov.") == [
        ("pospelov", "syzdykov")
    ]
