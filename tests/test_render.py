"""The renderer on a terminal: rich's colours where they belong, and nothing from a corpus,
a claim or a draft that a terminal would act on.

rich is forced to a terminal here (`--color always`, or `render.set_color("always")`, so
rich_console() says force_terminal), which is what a person at a terminal gets. Every
control character that does reach the output must be one of rich's own SGR codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzmil import render
from kzmil.cli import app
from kzmil.models import Judgement, Result, Source, Span, Verdict

runner = CliRunner()
SGR = re.compile(r"\x1b\[[0-9;]*m")  # what rich writes: Select Graphic Rendition, nothing else
CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # all but the newline
BOLD_YELLOW, BOLD_RED, DIM, CYAN, RESET = "\x1b[1;33m", "\x1b[1;31m", "\x1b[2m", "\x1b[36m", "\x1b[0m"
# what a hostile article or claim might carry: clear the screen, retitle the window, a
# hyperlink, colour (raw and as a C1 CSI), a bell
HOSTILE = "\x1b[2J \x1b]0;owned\x07 \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ \x1b[31mRED \x9b1mC1"


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Colour forced, as --color always does, on a standard 16-colour terminal."""
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("COLORTERM", raising=False)
    render.set_color("always")
    yield
    render.set_color("auto")


def _inert(out: str) -> str:
    """The output without rich's own codes, checked to hold no other control character."""
    plain = SGR.sub("", out)
    assert not CONTROLS.search(plain), repr(plain)
    assert "\x1b[31mRED" not in out and "\x1b[2J" not in out  # no raw SGR or erase from the text
    return plain


def _result(passage: str, highlights: list[Span], **fields: str) -> Result:
    return Result(
        rank=1,
        score=95.4,
        doc=fields.get("doc", "edm-cadets"),
        passage=passage,
        match=passage,
        path=fields.get("path", "/corpus/edm-cadets.md"),
        line=17,
        start=0,
        end=len(passage),
        para=3,
        citation=fields.get("citation", "“Cadets”, Eurasia Daily Monitor, 18 September 2007, para. 3"),
        source=Source(title="Cadets"),
        highlights=highlights,
        hints=[fields["hint"]] if "hint" in fields else [],
        context_before=fields.get("before", ""),
        context_after=fields.get("after", ""),
    )


PASSAGE = "Out of 250 officers, 110 have already quit the military."
QUIT = Span(PASSAGE.index("110"), PASSAGE.index(" the military"))  # "110 have already quit"


def test_find_highlights_the_matched_words(terminal: None, capsys: pytest.CaptureFixture[str]) -> None:
    render.print_results([_result(PASSAGE, [QUIT], before="The statistics are alarming.")])
    out = capsys.readouterr().out
    assert f"{BOLD_YELLOW}110 have already quit{RESET}" in out
    assert f"{CYAN}score 95.4{RESET}" in out
    assert f"{DIM}The statistics are alarming. {RESET}" in out  # context is dimmed
    assert "\x1b[3m— “Cadets”" in out  # the citation in italics
    assert "Out of 250 officers" in _inert(out)


def test_touching_highlights_are_one_span(terminal: None, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = PASSAGE.index("110"), PASSAGE.index(" have")
    render.print_results([_result(PASSAGE, [Span(b + 1, b + 5), Span(a, b)])])
    assert f"{BOLD_YELLOW}110 have{RESET}" in capsys.readouterr().out


def test_hostile_passage_citation_path_and_query_are_inert(
    terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    passage = f"Keepers {HOSTILE} counted 110 gulls."
    at = passage.index("110")
    r = _result(
        passage,
        [Span(at, at + 3)],
        citation=f"“Title {HOSTILE}”, para. 3",
        path=f"/corpus/escape{HOSTILE}.md",
        doc=f"doc\x1b[31m{HOSTILE}",
        hint=f"numbers differ {HOSTILE}",
        before=f"Before {HOSTILE}.",
    )
    render.print_results([r], query=f"claim {HOSTILE}")
    out = capsys.readouterr().out
    plain = _inert(out)
    assert "\\x1b[2J" in plain and "\\x1b]0;owned\\x07" in plain and "\\x9b1mC1" in plain
    # the escapes are shown before the highlight, and it still covers exactly the figure
    assert f"{BOLD_YELLOW}110{RESET}" in out


def test_verdict_colours_the_judgement_and_the_claims_words(
    terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    claim = f"Most {HOSTILE} officers trained in the US have quit."
    most = claim.index("Most")
    evidence = _result(PASSAGE, [QUIT], before=f"Context {HOSTILE}.")
    v = Verdict(
        claim,
        Judgement.CONTRADICTED,
        88.0,
        evidence,
        [f"the source says 110 of 250, not most {HOSTILE}"],
        claim_highlights=[Span(most, most + 4)],
    )
    render.print_verdict(v)
    out = capsys.readouterr().out
    assert f"{BOLD_RED}CONTRADICTED{RESET}" in out
    assert f"{BOLD_RED}Most{RESET}" in out  # the claim's own conflicting word
    assert f"{BOLD_RED}110 have already quit{RESET}" in out  # a contradiction is red in the source too
    assert "the source says 110 of 250" in _inert(out)


def test_supported_and_not_found_have_their_own_colours(
    terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    for judgement, colour in ((Judgement.SUPPORTED, "\x1b[1;32m"), (Judgement.NOT_FOUND, BOLD_YELLOW)):
        render.print_verdict(Verdict("110 officers quit", judgement, 90.0, _result(PASSAGE, [QUIT]), []))
        assert f"{colour}{judgement.upper().replace('_', ' ')}{RESET}" in capsys.readouterr().out


def test_plain_output_when_colour_is_off(capsys: pytest.CaptureFixture[str]) -> None:
    render.set_color("never")
    try:
        render.print_results([_result(f"Keepers {HOSTILE} counted.", [])])
        render.print_verdict(Verdict(f"c {HOSTILE}", Judgement.NOT_FOUND, 0.0, None, [f"r {HOSTILE}"]))
    finally:
        render.set_color("auto")
    out = capsys.readouterr().out
    assert not CONTROLS.search(out) and "\\x1b[2J" in out


# ------------------------------------------------------------------ through the command line


@pytest.mark.bundled_index
def test_find_and_check_with_color_always(terminal: None) -> None:
    found = runner.invoke(app, ["find", "--color", "always", "-n", "1", "110 officers quit"])
    assert found.exit_code == 0, found.output
    assert f"{BOLD_YELLOW}110{RESET}" in found.stdout and f"{BOLD_YELLOW}officers{RESET}" in found.stdout
    _inert(found.stdout)
    checked = runner.invoke(
        app, ["check", "--color", "always", f"Most officers trained in the US have quit {HOSTILE}"]
    )
    assert checked.exit_code in (1, 3), checked.output
    assert "\x1b[1m" in checked.stdout or BOLD_RED in checked.stdout or BOLD_YELLOW in checked.stdout
    assert "\\x1b[2J" in _inert(checked.stdout)
    _inert(checked.stderr)


@pytest.mark.bundled_index
@pytest.mark.parametrize("mode", ["always", "never"])
def test_a_draft_follows_the_color_option(mode: str, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(
        f"# Officers {HOSTILE}\n\nOf the 250 officers educated in the United States, 120 have already quit "
        "the military.\n\n"
        "We think it matters.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", "--file", str(draft), "--color", mode])
    assert result.exit_code == 3, result.output
    plain = _inert(result.stdout)
    assert "\\x1b]0;owned\\x07" in plain
    if mode == "always":
        assert f"{BOLD_RED}✗ {RESET}" in result.stdout  # the mark of a contradicted statement
        assert f"{DIM}We think it matters" in result.stdout  # not a claim: dimmed
    else:
        assert "\x1b" not in result.stdout
