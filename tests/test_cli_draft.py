"""`kzmil check --file`: the JSON contract, the terminal report, the reports, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil.cli import app

runner = CliRunner()
pytestmark = pytest.mark.bundled_index  # read-only tests: a copy of the session's index
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "draft.md"
STATEMENT_KEYS = {"n", "text", "line", "start", "end", "checked", "verdict", "score", "reasons", "evidence"}
SUPPORTED = "In Almaty on September 12, Defense Minister Daniyal Akhmetov met his Belarusian counterpart.\n"
UNSTATED = "Kazakhstan opened a NATO training academy in Astana in 2006.\n"
WRONG = "Of the 250 officers educated in the United States, 120 have already quit the military.\n"


def _write(tmp_path: Path, text: str, name: str = "d.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_contract_every_sentence_once_in_order() -> None:
    result = runner.invoke(app, ["check", "--file", str(EXAMPLE), "--json"])
    assert result.exit_code == 3, result.output
    data = json.loads(result.output)
    assert data["file"] == str(EXAMPLE)
    assert set(data["summary"]) == {"supported", "contradicted", "not_found", "not_a_claim"}
    text = EXAMPLE.read_text(encoding="utf-8")
    statements = data["statements"]
    assert [s["n"] for s in statements] == list(range(1, len(statements) + 1))
    starts = [s["start"] for s in statements]
    assert starts == sorted(starts)
    for s in statements:
        assert s.keys() >= STATEMENT_KEYS
        assert text[s["start"] : s["end"]] == s["text"]
        assert text.count("\n", 0, s["start"]) + 1 == s["line"]
        if s["checked"]:
            assert s["verdict"] in ("supported", "contradicted", "not_found") and s["reasons"]
            assert (s["evidence"] is None) == (s["verdict"] == "not_found")
        else:
            assert s["verdict"] is None and s["evidence"] is None
    counts = {k: sum(1 for s in statements if (s["verdict"] or "not_a_claim") == k) for k in data["summary"]}
    assert counts == data["summary"]
    contradicted = [s for s in statements if s["verdict"] == "contradicted"]
    assert any("120" in s["text"] and "110" in s["reasons"][0] for s in contradicted)
    assert {"rank", "passage", "citation", "source", "highlights"} <= set(contradicted[0]["evidence"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (SUPPORTED + "What comes next is anyone's guess.\n", 0),
        (SUPPORTED + UNSTATED, 1),
        (SUPPORTED + UNSTATED + WRONG, 3),
        ("We think this matters. Does it?\n", 0),  # nothing check-worthy: nothing unsupported
    ],
)
def test_exit_status(tmp_path: Path, text: str, code: int) -> None:
    result = runner.invoke(app, ["check", "--file", str(_write(tmp_path, text))])
    assert result.exit_code == code, result.output


def test_terminal_report_marks_explains_and_counts(tmp_path: Path) -> None:
    path = _write(tmp_path, "# A heading\n\n" + SUPPORTED + UNSTATED + WRONG + "We think it matters.\n")
    result = runner.invoke(app, ["check", "--file", str(path)])
    out = result.output
    assert "\x1b[" not in out  # plain when piped
    assert re.search(r"^\s+1 · # A heading$", out, re.M)
    assert re.search(r"^\s+3 ✓ In Almaty", out, re.M)
    assert re.search(r"^\s+4 \? Kazakhstan opened", out, re.M)
    assert re.search(r"^\s+5 ✗ Of the 250", out, re.M)
    assert "the claim says 120; the source says 110" in out
    assert "nearest: " in out and "evidence: edm-2007-09-18-cadets-prefer-belarus:3" in out
    assert "Eurasia Daily Monitor, 18 September 2007, para. 3" in out
    assert out.rstrip().endswith("1 supported, 1 contradicted, 1 not found, 2 not a claim (5 sentences)")


def test_only_shows_just_the_problems(tmp_path: Path) -> None:
    path = _write(tmp_path, SUPPORTED + UNSTATED + WRONG + "We think it matters.\n")
    out = runner.invoke(app, ["check", "--file", str(path), "--only", "contradicted,not_found"]).output
    assert "Kazakhstan opened" in out and "Of the 250" in out
    assert "In Almaty" not in out and "We think" not in out
    assert "1 supported" in out  # the summary still counts everything


def test_draft_from_stdin() -> None:
    result = runner.invoke(app, ["check", "--file", "-", "--json"], input=WRONG)
    assert result.exit_code == 3, result.output
    data = json.loads(result.output)
    assert data["file"] == "-" and data["statements"][0]["verdict"] == "contradicted"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "--file", "/nonexistent/draft.md"],
            "kzmil: error: draft not found: /nonexistent/draft.md",
        ),
        (["check", "claim", "--file", "x.md"], "kzmil: error: give a CLAIM or --file PATH, not both"),
        (["check"], "kzmil: error: give a CLAIM to check, or --file PATH for a whole draft"),
        (["check", "claim", "--only", "contradicted"], "kzmil: error: --only goes with --file"),
        (["check", "claim", "--html", "r.html"], "kzmil: error: --html goes with --file"),
        (["check", "--file", "-", "--only", "wrong"], "kzmil: error: --only takes supported, contradicted"),
        (["check", "--file", "-", "--style", "nope"], "kzmil: error: unknown style 'nope'"),
    ],
)
def test_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, args, input="Akhmetov met Maltsaw.\n")
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_unreadable_drafts_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    for path in (bad, tmp_path):
        result = runner.invoke(app, ["check", "--file", str(path)])
        assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
        assert result.output.startswith("kzmil: error: ")


def test_unwritable_report_exits_2(tmp_path: Path) -> None:
    path = _write(tmp_path, SUPPORTED)
    result = runner.invoke(app, ["check", "--file", str(path), "--html", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 2
    assert "kzmil: error: cannot write the report" in result.output


def test_markdown_report_with_footnotes(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    result = runner.invoke(app, ["check", "--file", str(EXAMPLE), "--markdown", str(out)])
    assert result.exit_code == 3, result.output
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# Fact-check: ")
    assert "| ✓ supported | ✗ contradicted | ? not found | · not a claim |" in md
    refs = re.findall(r"\[\^(\d+)\](?!:)", md)
    notes = re.findall(r"^\[\^(\d+)\]:", md, re.M)
    assert refs and sorted(refs, key=int) == sorted(notes, key=int)
    assert "The claim says 120; the source says 110" in md
    assert "**~~110~~**" in md  # the conflicting words of the source, marked
    assert "Eurasia Daily Monitor, September 18, 2007, para. 3" in md  # Chicago, in full
    assert "## Sources used" in md and "*mixed*" in md


def test_html_report_is_self_contained(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["check", "--file", str(EXAMPLE), "--html", str(out), "--style", "apa"])
    assert result.exit_code == 3, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<style>" in page and "<script>" in page
    # nothing is fetched: no external script, style sheet, image, font or frame
    assert not re.search(r"<(script|img|iframe|link)[^>]+(src|href)=\"(?!data:)", page)
    assert "url(" not in page and "@import" not in page
    assert "(McDermott, 2003" in page or "(\u201cKazakhstan\u2019s Cadets" in page  # APA in-text citations


def test_report_text_is_escaped(tmp_path: Path) -> None:
    path = _write(tmp_path, "Akhmetov met <script>alert(1)</script> Maltsaw in Almaty on September 12.\n")
    out = tmp_path / "r.html"
    runner.invoke(app, ["check", "--file", str(path), "--html", str(out)])
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page


def test_terminal_colours_mark_the_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal the mark carries the verdict's colour, not-a-claim is dimmed, and the
    source's conflicting words are highlighted."""
    from kzmil import config, render
    from kzmil.draft import read_draft
    from kzmil.review import check_draft
    from kzmil.store import open_index

    monkeypatch.setattr(render, "use_color", lambda stream=None: True)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    index = open_index(config.resolve())
    review = check_draft(index, read_draft("d.md", (WRONG + "We think it matters.\n").encode()), [])
    render.print_review(review)
    out = capsys.readouterr().out
    assert "\x1b[1;31m✗ \x1b[0m" in out  # the mark, bold red
    assert "\x1b[2mWe think it matters.\x1b[0m" in out  # dimmed: not a claim
    assert "\x1b[1;31m110\x1b[0m" in out  # the conflicting figure in the source
    assert "1 contradicted" in out


def test_a_statement_too_long_to_search_whole_is_a_warning(tmp_path: Path) -> None:
    long = "Akhmetov met Maltsaw in Almaty on September 12 " + "and discussed 5 tanks " * 120 + ".\n"
    result = runner.invoke(app, ["check", "--file", str(_write(tmp_path, long))])
    assert result.exit_code == 1, result.output
    assert "kzmil: warning: " in result.output and "line 1: the claim is longer than 2000" in result.output
    assert "(1 sentence)\n" in result.output
