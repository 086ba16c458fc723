"""The WordNet tables kzmil ships are exactly what their scripts generate from WordNet.

WordNet is needed only to regenerate them (Debian's wordnet-base, which `.ci/run` installs);
without it these tests skip, unless KZMIL_REQUIRE_WORDNET=1 asks them to fail instead."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from kzmil.tables import DATA

WORDNET = Path("/usr/share/wordnet")
SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.fixture(scope="module")
def wordnet() -> Path:
    if not (WORDNET / "data.verb").is_file():
        if os.environ.get("KZMIL_REQUIRE_WORDNET") == "1":
            pytest.fail(f"WordNet is not at {WORDNET} (apt-get install wordnet-base)")
        pytest.skip("WordNet is not installed (apt-get install wordnet-base)")
    return WORDNET


@pytest.fixture(scope="module")
def scripts() -> Iterator[None]:
    sys.path.insert(0, str(SCRIPTS))
    yield
    sys.path.remove(str(SCRIPTS))


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> dict[str, str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


@pytest.mark.usefixtures("scripts")
def test_the_change_table_is_what_wordnet_gives(wordnet: Path) -> None:
    assert _rows("change.txt") == _script("wordnet_change").table(wordnet)


@pytest.mark.usefixtures("scripts")
def test_the_change_before_a_figure_table_is_what_wordnet_gives(wordnet: Path) -> None:
    script = _script("wordnet_change")
    main = script.table(wordnet)
    expected = {k: v for k, v in script.table(wordnet, mainly=False).items() if k not in main}
    assert _rows("change-by.txt") == expected
    assert expected["fell"] == "down" and expected["rose"] == "up"


@pytest.mark.usefixtures("scripts")
def test_the_irregular_past_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_irregular").table(wordnet)
    assert _rows("irregular.txt") == found
    assert found["sent"] == "send" and "found" not in found  # "found" is a verb of its own


@pytest.mark.usefixtures("scripts")
def test_the_spelling_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_spellings").table(wordnet)
    assert _rows("spellings.txt") == found
    assert "program" in found["programm"].split() and "defens" in found["defenc"].split()
    assert "centr" in found["center"].split()


@pytest.mark.usefixtures("scripts")
def test_the_synonym_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_synonyms").table(wordnet)
    assert _rows("synonyms.txt") == {k: " ".join(sorted(v)) for k, v in found.items()}


@pytest.mark.usefixtures("scripts")
def test_the_paraphrase_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_paraphrases").table(wordnet)
    assert _rows("paraphrases.txt") == {k: " ".join(sorted(v)) for k, v in found.items()}
    assert "aid" in found["help"] and "state" not in found.get("keen", set())


@pytest.mark.usefixtures("scripts")
def test_the_near_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_paraphrases").near_table(wordnet)
    assert _rows("near.txt") == {k: " ".join(sorted(v)) for k, v in found.items()}
    assert "exercis" in found["drill"] and "appoint" in found["name"]
    assert "post" not in found.get("offic", set())  # a seventh sense is too far


@pytest.mark.usefixtures("scripts")
def test_the_derivation_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_derivations").table(wordnet)
    assert _rows("derivations.txt") == {k: " ".join(sorted(v)) for k, v in found.items()}
    assert "retent" in found["retain"] and "creation" in found["creat"]


@pytest.mark.usefixtures("scripts")
def test_the_two_word_verb_table_is_what_wordnet_gives(wordnet: Path) -> None:
    assert _rows("phrasal.txt") == _script("wordnet_phrasal").table(wordnet)


@pytest.mark.usefixtures("scripts")
def test_the_superlative_table_is_what_wordnet_gives(wordnet: Path) -> None:
    assert _rows("superlatives.txt") == _script("wordnet_superlatives").table(wordnet)


@pytest.mark.usefixtures("scripts")
def test_the_places_table_is_what_wordnet_gives(wordnet: Path) -> None:
    lines = (DATA / "places.txt").read_text(encoding="utf-8").splitlines()
    rows = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    assert rows == [(k, "|".join(n)) for k, n in _script("wordnet_places").places(wordnet)]


@pytest.mark.usefixtures("scripts")
def test_the_states_table_is_what_wordnet_gives(wordnet: Path) -> None:
    lines = (DATA / "us-states.txt").read_text(encoding="utf-8").splitlines()
    rows = dict(line.split("\t") for line in lines if line and not line.startswith("#"))
    assert rows == _script("wordnet_places").states(wordnet) and rows["IN"] == "Indiana"


@pytest.mark.usefixtures("scripts")
def test_the_capitals_table_is_what_wordnet_gives(wordnet: Path) -> None:
    lines = (DATA / "capitals.txt").read_text(encoding="utf-8").splitlines()
    rows = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    assert rows == _script("wordnet_places").capitals(wordnet)
    assert ("Bishkek", "Kyrgyzstan") in rows and ("Washington", "United States") in rows


@pytest.mark.usefixtures("scripts")
def test_the_located_table_is_what_wordnet_gives(wordnet: Path) -> None:
    lines = (DATA / "located.txt").read_text(encoding="utf-8").splitlines()
    rows = [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]
    assert rows == _script("wordnet_places").located(wordnet)
    assert ("Almaty", "Kazakhstan") in rows and ("Minsk", "Belarus") in rows


@pytest.mark.usefixtures("scripts")
def test_the_antonym_table_is_what_wordnet_gives(wordnet: Path) -> None:
    from kzmil.antonyms import extra_pairs

    script = _script("wordnet_antonyms")
    direct = script.pairs(wordnet) | {(min(a, b), max(a, b)) for a, b in extra_pairs()}
    expected = script.derived(direct, script.derivations(wordnet))
    lines = (DATA / "antonyms.txt").read_text(encoding="utf-8").splitlines()
    assert {tuple(x.split()) for x in lines if x and not x.startswith("#")} == expected
    adverbs = script.indirect_adverbs(wordnet)
    assert _rows("antonym-adverbs.txt") == script.adverb_table(adverbs)
    # "swift" is like "fast", whose antonym is "slow": their adverbs face each other
    assert ("slowly", "swiftly") in adverbs and ("quickly", "slowly") in adverbs


@pytest.mark.usefixtures("scripts")
def test_the_kin_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_paraphrases").kin_table(wordnet)
    assert _rows("kin.txt") == {k: " ".join(sorted(v)) for k, v in found.items()}
    assert "woman" in found["femal"] and "absenc" in found["lack"] and "pick" in found["choos"]
    assert "gun" in found["weapon"] and "weapon" not in found.get("gun", set())  # narrower only
    assert not found.get("quick")  # its noun sense is never tagged: "quickly" names no body part


@pytest.mark.usefixtures("scripts")
def test_the_sister_table_is_what_wordnet_gives(wordnet: Path) -> None:
    found = _script("wordnet_paraphrases").sister_table(wordnet)
    assert _rows("sisters.txt") == {k: " ".join(sorted(v)) for k, v in found.items()}
    assert "brigad" in found["divis"] and "navi" in found["armi"]
    assert "offic" not in found.get("command", set())  # kin and synonyms are left out
