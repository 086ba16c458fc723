"""Headings, titles and front matter: quotes safe to paste, paragraph numbers that mean the
same thing in every format, front matter that does not parse reported (issue 14, items 8-10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app
from kzmil.segment import sentences

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index


# ------------------------------------------------------------------ item 8: a heading is its own block


def test_a_heading_is_never_fused_into_the_passage() -> None:
    result = runner.invoke(
        app,
        ["find", "--json", "-n", "1", "One component of diplomacy between states is the sale of equipment"],
    )
    top = json.loads(result.output)["results"][0]
    assert top["passage"].startswith("One component of diplomacy") and "upgrades" not in top["passage"]
    assert top["para"] == 7
    context = json.loads(
        runner.invoke(app, ["find", "--json", "-c", "1", "Altynbaev was recalled from his post"]).output
    )["results"][0]
    assert "Domestic issues" not in context.get("context_before", "") + context["passage"]


def test_show_puts_a_heading_on_its_own_line() -> None:
    out = runner.invoke(app, ["show", "fpb-2007-slow-dance-in-minefield:7"]).output
    assert "\n\nRe-supply and upgrades\n\n[7] One component of diplomacy" in out
    data = json.loads(runner.invoke(app, ["show", "--json", "fpb-2007-slow-dance-in-minefield:7"]).output)
    assert data["paragraphs"] == [
        {"para": 7, "headings": ["Re-supply and upgrades"], "text": data["paragraphs"][0]["text"]}
    ]
    assert data["paragraphs"][0]["text"].startswith("One component")


def test_headings_in_every_form_are_blocks_of_their_own() -> None:
    text = "Intro text here.\n\n## Costs and benefits\n\nIt cost $5.\n\nRe-supply\nOne part. Two parts.\n"
    got = [(s.para, s.heading, text[s.start : s.end]) for s in sentences(text)]
    assert got == [
        (1, False, "Intro text here."),
        (2, True, "## Costs and benefits"),
        (2, False, "It cost $5."),
        (3, True, "Re-supply"),
        (3, False, "One part."),
        (3, False, "Two parts."),
    ]


def test_a_rule_is_neither_heading_nor_paragraph() -> None:
    text = "First para.\n\n* * *\n\nSecond para.\n\n---\nThird para.\n"
    assert [(s.para, text[s.start : s.end]) for s in sentences(text)] == [
        (1, "First para."),
        (2, "Second para."),
        (3, "Third para."),
    ]


# ------------------------------------------------------------------ item 9: paragraph numbers

BODY = (
    "The port authority voted on Tuesday to approve a dredging plan that will deepen the main channel "
    "to 15 meters, allowing larger container ships to dock.",
    "Officials said the project will cost about 40 million dollars and take two years to complete, "
    "and that work would start in the spring.",
)
FORMATS = {
    "page.md": "---\ntitle: Port authority approves new dredging plan\n---\n\n" + "\n\n".join(BODY) + "\n",
    "page.txt": "Port authority approves new dredging plan\n\n" + "\n\n".join(BODY) + "\n",
    "bare.md": "# Port authority approves new dredging plan\n\n" + "\n\n".join(BODY) + "\n",
    "page.html": (
        "<html><head><title>Port authority approves new dredging plan</title>"
        '<meta property="og:site_name" content="Harbor Times"></head><body><article>'
        "<h1>Port authority approves new dredging plan</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "</article></body></html>"
    ),
}


@pytest.mark.fresh_index  # builds its own corpus's index
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_paragraph_numbers_are_the_same_in_every_format(name: str, tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / name).write_text(FORMATS[name], encoding="utf-8")
    args = ["--corpus", str(root)]
    for n, claim in ((1, "dredging plan deepen the main channel"), (2, "project cost 40 million dollars")):
        result = runner.invoke(app, ["find", "--json", "-n", "1", *args, claim])
        top = json.loads(result.output)["results"][0]
        assert top["para"] == n, (name, top)
        assert top["citation"].endswith(f"para. {n}")
    listed = json.loads(runner.invoke(app, ["sources", "--json", *args]).output)[0]
    assert listed["paragraphs"] == 2
    assert listed["source"]["title"] == "Port authority approves new dredging plan"
    shown = runner.invoke(app, ["show", *args, Path(name).stem]).output
    assert "[1] The port authority" in shown and "[2] Officials said" in shown
    assert "[1] Port authority" not in shown and "[1] # Port" not in shown


# ------------------------------------------------------------------ item 10: front matter that does not parse


def _index(
    tmp_path: Path, files: dict[str, str]
) -> tuple[dict[str, object], str, dict[str, dict[str, object]]]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    args = ["--corpus", str(root)]
    result = runner.invoke(app, ["index", "--json", *args])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    sources = {
        d["id"]: d["source"] for d in json.loads(runner.invoke(app, ["sources", "--json", *args]).stdout)
    }
    return summary, result.stderr, sources


@pytest.mark.fresh_index  # builds its own corpus's index
def test_unclosed_front_matter_is_reported_and_counted(tmp_path: Path) -> None:
    summary, err, sources = _index(
        tmp_path,
        {
            "unclosed.md": "---\ntitle: Unclosed Piece\ndate: 2020-01-02\n\nThe body of the unclosed one.\n",
            "ok.md": "---\ntitle: Fine\n---\nThe body of the fine piece.\n",
        },
    )
    assert "unclosed.md: line 1: front matter has no closing `---` line; read as far as line 3" in err
    assert summary["front_matter_unread"] == 1 and summary["added"] == 2
    assert sources["unclosed"]["title"] == "Unclosed Piece" and sources["unclosed"]["date"] == "2020-01-02"
    line = runner.invoke(app, ["index", "--rebuild", "--corpus", str(tmp_path / "c")]).stdout
    assert "0 skipped, 1 with unreadable front matter;" in line


def test_front_matter_that_is_not_yaml_names_its_line(tmp_path: Path) -> None:
    summary, err, sources = _index(
        tmp_path, {"bad.md": '---\nauthors: ["A B"]\ntitle: "Broken\ndate: 2020\n---\nThe body of it.\n'}
    )
    assert "bad.md: line 3: front matter is not valid YAML (while scanning a quoted scalar" in err
    assert summary["front_matter_unread"] == 1
    assert sources["bad"]["title"] == "bad"  # the file name, never "---"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("---\n---\nThe body after empty front matter.\n", "empty"),
        ("---\ntitle: Dotted\n...\nThe body after a YAML end marker.\n", "Dotted"),
        ("---\nA Markdown Rule Then a Title\n\nThe body after a rule.\n", "A Markdown Rule Then a Title"),
    ],
)
def test_no_article_is_titled_with_its_dashes(tmp_path: Path, text: str, title: str) -> None:
    summary, err, sources = _index(tmp_path, {"empty.md": text})
    assert sources["empty"]["title"] == title and summary["front_matter_unread"] == 0 and err == ""
