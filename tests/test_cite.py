"""Citations of the five bundled articles in every style, checked against strings
verified by hand against each style guide's rules for a magazine or blog article."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.citation import short_citation
from kzmil.cli import app
from kzmil.index import Index
from kzmil.models import Source
from kzmil.references import bibtex_escape, csl_item, references

GOLDEN = json.loads((Path(__file__).parent / "golden" / "references.json").read_text(encoding="utf-8"))
runner = CliRunner()


@pytest.mark.parametrize("style", sorted(GOLDEN))
def test_every_article_in_every_style(bundled: Index, style: str) -> None:
    docs = bundled.docs().values()
    assert len(docs) == 5
    for doc in docs:
        (cite,) = references(style, [(doc.doc, doc.source, None)])
        assert cite.reference.strip() == GOLDEN[style][doc.doc], (style, doc.doc)


def test_known_author_and_unsigned_articles() -> None:
    assert GOLDEN["chicago"]["caci-2003-07-16-kazakh-military-looks-west"].startswith("McDermott, Roger N. ")
    assert GOLDEN["apa"]["caci-2003-07-16-kazakh-military-looks-west"].startswith(
        "McDermott, R. N. (2003, July 16)."
    )
    # unsigned: cited by title (APA, MLA) or by the periodical standing for the author (Chicago)
    assert GOLDEN["apa"]["edm-2008-01-akhmetov-new-confidence"].startswith(
        "Akhmetov Signals Kazakhstan’s New Confidence. (2008, January)."
    )
    assert GOLDEN["mla"]["fpb-2007-slow-dance-in-minefield"].startswith("“Kazakhstan Military")


def test_nothing_empty_or_invented() -> None:
    for style, refs in GOLDEN.items():
        for text in refs.values():
            assert "None" not in text and "n.d." not in text and "()" not in text and "[]" not in text, style


def test_partial_dates_print_as_such() -> None:
    assert "January 2008" in GOLDEN["chicago"]["edm-2008-01-akhmetov-new-confidence"]
    assert "(2004, November)" in GOLDEN["apa"]["edm-2004-11-us-long-term-military-assistance"]


def test_quote_with_paragraph_locator() -> None:
    result = runner.invoke(app, ["cite", "--style", "apa", "110 officers quit"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("“The statistics are alarming") and lines[0].endswith("‘various reasons.’”")
    assert lines[1] == "in text: (“Kazakhstan’s Cadets Prefer Belarus to America,” 2007, para. 3)"
    assert lines[3] == GOLDEN["apa"]["edm-2007-09-18-cadets-prefer-belarus"]


def test_chicago_quote_gives_a_note() -> None:
    result = runner.invoke(app, ["cite", "110 officers quit"])
    assert (
        "note: “Kazakhstan’s Cadets Prefer Belarus to America,” Eurasia Daily Monitor, September 18, 2007, "
        "para. 3" in result.output
    )


def test_bibtex_parses_with_a_real_parser() -> None:
    from pybtex.database import parse_string

    result = runner.invoke(app, ["cite", "--all", "--style", "bibtex"])
    assert result.exit_code == 0
    data = parse_string(result.output, "bibtex")
    assert len(data.entries) == 5
    caci = data.entries["caci-2003-07-16-kazakh-military-looks-west"]
    assert caci.type == "article" and str(caci.persons["author"][0]) == "McDermott, Roger N."
    assert data.entries["fpb-2007-slow-dance-in-minefield"].type == "online"


def test_bibtex_escaping() -> None:
    assert bibtex_escape("R&D 50% of $5 {x} #1 a_b") == (
        r"R\&D 50\% of \$5 \textbraceleft{}x\textbraceright{} \#1 a\_b"
    )
    assert bibtex_escape("Nazarbáyev’s “Müller”") == "Nazarb{\\'{a}}yev's ``M{\\\"{u}}ller''"


def test_csl_json_loads_back_into_the_processor() -> None:
    from pypandoc import get_pandoc_path

    result = runner.invoke(app, ["cite", "--all", "--style", "csl-json", "--json"])
    items = [json.loads(c["reference"]) for c in json.loads(result.output)]
    assert len(items) == 5
    proc = subprocess.run(
        [get_pandoc_path(), "-f", "csljson", "-t", "csljson"],
        input=json.dumps(items),
        capture_output=True,
        text=True,
        check=True,
    )
    assert {i["id"] for i in json.loads(proc.stdout)} == {i["id"] for i in items}


def test_missing_fields_are_left_out() -> None:
    item = csl_item("x", Source(title="Only a title"))
    assert item == {"id": "x", "type": "article-magazine", "title": "Only a title"}
    assert short_citation(Source(title="T"), 2) == "“T”, para. 2"
    (cite,) = references(
        "apa", [("x", Source(title="Only a title", publication="Gazette", date="2020-05"), None)]
    )
    assert cite.reference == "Only a title. (2020, May). Gazette."


def test_sources_and_show() -> None:
    result = runner.invoke(app, ["sources", "--json"])
    rows = json.loads(result.output)
    assert len(rows) == 5 and {"id", "paragraphs", "source"} <= rows[0].keys()
    result = runner.invoke(app, ["show", "edm-2007-09-18-cadets-prefer-belarus:3"])
    assert result.exit_code == 0 and "110 have already quit" in result.output and "para. 3" in result.output
    assert runner.invoke(app, ["show", "nope"]).exit_code == 2


@pytest.mark.skipif(shutil.which("kzmil") is None, reason="kzmil is not installed")
def test_cite_all_to_a_file_is_plain(tmp_path: Path) -> None:
    out = subprocess.run(
        ["kzmil", "cite", "--all", "--style", "bibtex"], capture_output=True, text=True, check=True
    ).stdout
    assert out.count("@") == 5 and "\x1b[" not in out
