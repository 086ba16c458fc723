"""A claim that names the article it checks as its source: which words frame it."""

import pytest

from kzmil.attribution import source_frame
from kzmil.normalize import tokenize


def framed(claim: str, dated: tuple[int, int] | None = None) -> list[str]:
    return sorted(t.norm for t in source_frame(claim, tokenize(claim), dated))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The article argues that Russia is a natural partner.", ["article"]),
        ("The blog also warns that the climate is volatile.", ["blog"]),
        ("According to the blog, the policy is clear-cut.", ["according", "blog"]),
        ("In the author's view, the reforms have stalled.", ["author", "view"]),
        ("The article's author argues that the reforms have stalled.", ["article", "author"]),
        # content, not a frame: no verb of saying after, no "according to"
        ("He lost his post as deputy minister.", []),
        ("A report by the Senate allocated $400 million.", []),
        ("The blog was founded in 2007.", []),
    ],
)
def test_the_source_frame(claim: str, expected: list[str]) -> None:
    assert framed(claim) == expected


def test_a_date_in_the_frame_counts_only_when_it_is_the_articles() -> None:
    claim = "A July 2003 analysis found that Kazakhstan was slow to respond."
    assert framed(claim, (2003, 7)) == ["2003", "analysis", "july"]
    # another date is the claim's to prove: it stays, to be found or missed
    assert framed(claim, (2004, 11)) == ["analysis"]
