"""`find` crosses transliterations of a name, as `check` does (issue 14, item 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index


def results(*args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["find", "--json", *args])
    assert result.exit_code in (0, 1), result.output
    return list(json.loads(result.output)["results"])


@pytest.mark.parametrize("name", ["Nazarbaev", "Nazarbayev", "nazarbaev"])
def test_both_spellings_are_found_whichever_is_typed(name: str) -> None:
    found = results("-n", "20", name)
    assert len(found) == 10
    spelt = [r for r in found if r["hints"]]
    assert len(spelt) == 5 and len({str(r["hints"]) for r in spelt}) == 1
    typed_alike = [r for r in found if not r["hints"]]
    assert all(str(r["passage"]).count(name.capitalize()) for r in typed_alike)
    assert min(float(str(r["score"])) for r in typed_alike) >= max(float(str(r["score"])) for r in spelt)


def test_altynbayev_finds_altynbaev_and_says_how_it_is_spelt() -> None:
    found = results("-n", "10", "Altynbayev")
    other = [r for r in found if "Altynbaev" in str(r["passage"])]
    assert other and other[0]["hints"] == ["spelt Altynbaev"]
    recalled = results("-n", "1", "Altynbayev was recalled from his post")[0]
    assert "Altynbaev was recalled" in str(recalled["passage"]) and recalled["hints"] == ["spelt Altynbaev"]


def test_the_spelling_is_shown_in_plain_output() -> None:
    out = runner.invoke(app, ["find", "-n", "10", "Altynbayev"]).output
    assert "  [spelt Altynbaev]\n   Early this year" in out


@pytest.mark.fresh_index  # builds its own corpus's index
def test_a_common_word_does_not_cross_to_a_name(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.md").write_text("Yesterday Mr. Broder met the press. Later Broder spoke again.\n")
    (root / "b.md").write_text("The border was closed at dawn. Guards at the border waited.\n")
    found = results("--corpus", str(root), "-n", "5", "border")
    assert found and all("border" in str(r["passage"]) and not r["hints"] for r in found)
    assert results("--corpus", str(root), "-n", "5", "Brodur")  # an unknown spelling still finds the name


@pytest.mark.fresh_index  # builds its own corpus's index
def test_an_unknown_spelling_of_a_name_outside_the_typo_candidates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A claim word the corpus lacks, whose other spelling the typo lookup did not list
    (it reads at most 5,000 terms of a prefix), weighs as that spelling: no KeyError."""
    from kzmil.index import Index

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.md").write_text("Yesterday Mr. Broder met the press. Later Broder spoke again.\n")
    monkeypatch.setattr(Index, "terms_with_prefix", lambda self, prefix, limit=5000: [])
    found = results("--corpus", str(root), "-n", "5", "Brodur spoke")
    assert found and found[0]["hints"] == ["spelt Broder"]
