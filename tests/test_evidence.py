"""evidence.py: a passage's words as written (in it or in its context), and an alignment's audit."""

from __future__ import annotations

from kzmil.evidence import Alignment, Evidence
from kzmil.normalize import tokenize
from kzmil.specifics import Specific


def evidence(passage: str, *context: str) -> Evidence:
    return Evidence(passage, tokenize(passage), [(text, tokenize(text)) for text in context], {})


def test_context_is_every_context_token_in_order() -> None:
    ev = evidence("He sent troops.", "Nazarbaev spoke today.", "Astana Times")
    assert [t.norm for t in ev.context] == ["nazarbaev", "spoke", "today", "astana", "times"]
    assert [t.norm for t in evidence("He sent troops.").context] == []


def test_surface_of_a_passage_token_is_its_text_as_written() -> None:
    ev = evidence("The U.S. sent 5,000 troops to Astaná.", "Kazakhstan’s Army")
    assert [ev.surface(t) for t in ev.tokens if not t.synthetic] == [
        "The",
        "U.S.",
        "sent",
        "5,000",
        "troops",
        "to",
        "Astaná",
    ]


def test_surface_of_a_context_token_is_read_from_its_own_text() -> None:
    ev = evidence("He sent troops.", "Nazarbaev spoke first.", "The Astana Times")
    assert [ev.surface(t) for t in ev.context_texts[1][1]] == ["The", "Astana", "Times"]
    assert ev.surface(ev.context_texts[0][1][0]) == "Nazarbaev"


def test_surface_tells_equal_tokens_apart_by_where_they_came_from() -> None:
    # the same word at the same offsets: equal tokens, but each is read from its own text
    ev = evidence("Astaná sent troops.", "Astana Times")
    in_passage, in_title = ev.tokens[0], ev.context_texts[0][1][0]
    assert in_passage == in_title and in_passage is not in_title
    assert (ev.surface(in_passage), ev.surface(in_title)) == ("Astaná", "Astana")


def test_surface_of_a_token_from_elsewhere_is_its_plain_word() -> None:
    ev = evidence("He sent troops.", "A title")
    (claim_token,) = tokenize("Troops")
    assert ev.surface(claim_token) == "troops"


def specific(text: str) -> Specific:
    return Specific("word", tokenize(text), text)


def test_audit_says_what_each_specific_was_matched_to() -> None:
    alignment = Alignment(matched=[(specific("5,000"), "five thousand"), (specific("Astana"), "Astaná")])
    assert alignment.audit() == "5,000 = five thousand; Astana = Astaná"


def test_audit_of_nothing_matched_is_empty() -> None:
    assert Alignment(missing=[specific("Astana")]).audit() == ""
