"""A US politician's party and state, "(R-IN)"; sentences invented or, for the bundled index,
claims of no scored set."""

from __future__ import annotations

import pytest

from kzmil.index import Index
from kzmil.models import Judgement
from kzmil.parties import affiliations, against
from kzmil.verdict import check


def test_an_affiliation_and_whose_it_is() -> None:
    found = affiliations("according to Senator Richard Lugar (R-IN). Others (X-ZZ) are no party.")
    assert found == [("R", "IN", "(R-IN)", "Lugar")]
    assert against("republican", found) == (True, "(R-IN): Republican, Indiana")
    assert against("democrat", found) == (False, "(R-IN): Republican, Indiana")
    assert against("ohio", found) == (False, "(R-IN): Republican, Indiana")
    assert against("senator", found) is None


@pytest.mark.bundled_index
def test_a_party_the_source_gives_its_politician(bundled: Index) -> None:
    got = check(
        bundled,
        "Lugar, a Democratic senator, said cooperation in the nuclear non-proliferation spheres"
        " would be increased.",
    )
    assert got.verdict is Judgement.CONTRADICTED and "(R-IN)" in got.reasons[0]
    got = check(
        bundled,
        "Lugar, a Republican senator, said cooperation in the nuclear non-proliferation spheres"
        " would be increased.",
    )
    assert got.verdict is Judgement.SUPPORTED


@pytest.mark.bundled_index
def test_a_politician_described_only_by_party_and_state(bundled: Index) -> None:
    """A claim that names no one but "the Republican senator from Indiana" means the politician
    the passage names: the article's "(R-IN)" states both words, or contradicts one."""
    rest = " said cooperation in the security and nuclear non-proliferation spheres would be increased."
    assert check(bundled, "The Republican senator from Indiana" + rest).verdict is Judgement.SUPPORTED
    assert check(bundled, "The Democratic senator from Indiana" + rest).verdict is Judgement.CONTRADICTED
    assert check(bundled, "The Republican senator from Ohio" + rest).verdict is Judgement.CONTRADICTED
