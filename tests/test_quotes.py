"""quotes: a quotation in a draft held word for word to the source's words."""

from __future__ import annotations

import pytest

from kzmil.index import Index
from kzmil.quotes import check_quote


def _check(index: Index, sentence: str):  # type: ignore[no-untyped-def]
    return check_quote(index, sentence, (sentence.index("“"), sentence.index("”") + 1))


def test_the_sources_own_words_are_supported(bundled: Index) -> None:
    got = _check(bundled, "He said the officers had quit “citing various reasons.”")
    assert got.verdict == "supported" and got.evidence is not None
    assert got.evidence.doc == "edm-2007-09-18-cadets-prefer-belarus"


def test_an_ellipsis_may_leave_words_out(bundled: Index) -> None:
    got = _check(bundled, "Reports say “out of 250 officers … 110 have already quit the military.”")
    assert got.verdict == "supported"


def test_changed_words_are_named_and_highlighted(bundled: Index) -> None:
    sentence = "He said “110 have already quit the army, citing many reasons.”"
    got = _check(bundled, sentence)
    assert got.verdict == "contradicted"
    assert "the quote says “army”; the source says “military”" in got.reason
    assert [sentence[h.start : h.end] for h in got.claim_highlights] == ["army", "many"]
    assert got.evidence is not None and "quote differs" in got.evidence.hints


def test_words_no_source_has_are_not_found(bundled: Index) -> None:
    got = _check(bundled, "They said “the moon is made of green cheese entirely.”")
    assert got.verdict == "not_found" and got.evidence is None and "no source has" in got.reason


def test_a_quote_that_ends_otherwise_than_its_source_is_contradicted(bundled: Index) -> None:
    # the changed words are the quote's last: once, only differences between matched words counted
    got = _check(bundled, "He said: “That is why we want to test them every year.”")
    assert got.verdict == "contradicted"
    assert "the quote says “every year”; the source says “for the first time”" in got.reason


def test_a_quote_that_begins_otherwise_than_its_source_is_contradicted(bundled: Index) -> None:
    got = _check(bundled, "He said: “Sadly, 110 have already quit the military, citing various reasons.”")
    assert got.verdict == "contradicted" and "the quote says “Sadly”" in got.reason


@pytest.mark.bundled_index
def test_small_words_put_in_place_of_the_sources_words_change_a_quote(bundled: Index) -> None:
    """ "once again" is all small words, but it stands where the source says "for the first time"."""
    sentence = '"That is why we want to test them once again," he said.'
    got = check_quote(bundled, sentence, (1, sentence.index(",")))
    assert got.verdict == "contradicted" and "for the first time" in got.reason
