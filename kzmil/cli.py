"""The command line: parse options, call one core function, hand the result to a renderer."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from kzmil import __version__, render
from kzmil.errors import ExitCode, KzmilError, UsageError

app = typer.Typer(
    name="kzmil",
    help="Find the passage behind a claim or a half-remembered quote, check it, and cite it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)

CorpusOpt = Annotated[
    list[Path] | None,
    typer.Option("--corpus", "-C", help="Corpus folder (repeatable). Default: $KZMIL_CORPUS, else the bundled corpus."),
]
IndexOpt = Annotated[
    Path | None, typer.Option("--index", help="Index file. Default: $KZMIL_INDEX, else the user cache folder.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (JSON Lines when claims come from stdin).")]
ClaimArg = Annotated[str, typer.Argument(help="The claim or phrase; '-' reads one claim per line from stdin.")]

def _version(value: bool) -> None:
    if value:
        typer.echo(f"kzmil {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """kzmil: find, check and cite passages in a corpus of articles."""


def _claims(claim: str) -> Iterator[str]:
    if claim != "-":
        yield claim
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


def _open(corpus: list[Path] | None, index: Path | None, progress: bool = False):  # type: ignore[no-untyped-def]
    from kzmil import config
    from kzmil.index import open_index

    settings = config.resolve(corpus, index)
    bar = _progress_bar() if progress else None
    idx = open_index(settings, progress=bar)
    for w in idx.report.warnings:
        render.warn(w)
    return idx


def _progress_bar() -> Callable[[int], Callable[[], None]] | None:
    """A rich progress bar on a terminal for runs of some size; nothing when piped."""
    if not sys.stderr.isatty():
        return None

    def start(total: int) -> Callable[[], None]:
        if total < 200:
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[rate]} files/s"), TimeRemainingColumn(), transient=True)
        bar.start()
        task = bar.add_task("index", total=total, rate="-")
        done = [0]

        def tick() -> None:
            done[0] += 1
            speed = bar.tasks[0].speed
            bar.update(task, advance=1, rate=f"{speed:.0f}" if speed else "-")
            if done[0] >= total:
                bar.stop()

        return tick

    return start


@app.command()
def find(
    claim: ClaimArg,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100, help="Results per claim.")] = 3,
    min_score: Annotated[float, typer.Option("--min-score", min=0, max=100, help="Drop weaker results.")] = 0.0,
    context: Annotated[int, typer.Option("--context", "-c", min=0, max=20, help="Sentences around each passage.")] = 0,
    source: Annotated[
        list[str] | None, typer.Option("--source", "-s", help="Only articles whose id, title or publication holds this.")
    ] = None,
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Print the passages that best match CLAIM, best first.

    Exit status: 0 when something was found, 1 when nothing reached --min-score, 2 on error.
    """
    from kzmil.search import FindOptions
    from kzmil.search import find as do_find
    from kzmil.verdict import hint

    idx = _open(corpus, index)
    options = FindOptions(limit=limit, min_score=min_score, context=context, sources=source or [])
    batch = claim == "-"
    any_found = False
    for text in _claims(claim):
        try:
            found = do_find(idx, text, options)
        except UsageError as exc:
            if not batch:
                raise
            render.warn(f"{exc} (skipped)")
            continue
        for w in found.warnings:
            render.warn(w)
        for r in found.results:
            r.hints = hint(found.query, r.passage)
        any_found = any_found or bool(found.results)
        if json_out:
            render.write_json({"query": text, "results": [r.to_json() for r in found.results]})
        else:
            render.print_results(found.results, text if batch else None)
    raise typer.Exit(ExitCode.OK if any_found else ExitCode.NOT_FOUND)


@app.command()
def check(
    claim: ClaimArg,
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Say whether the corpus supports CLAIM, contradicts it, or does not address it.

    Exit status: 0 supported, 1 not found, 3 contradicted, 2 error. With '-', the
    worst outcome wins: 3 if any claim is contradicted, else 1 if any is not found.
    """
    from kzmil.verdict import check as do_check

    idx = _open(corpus, index)
    codes = []
    batch = claim == "-"
    for text in _claims(claim):
        try:
            verdict = do_check(idx, text)
        except UsageError as exc:
            if not batch:
                raise
            render.warn(f"{exc} (skipped)")
            continue
        codes.append({"supported": ExitCode.OK, "not_found": ExitCode.NOT_FOUND}.get(verdict.verdict,
                                                                                    ExitCode.CONTRADICTED))
        if json_out:
            render.write_json(verdict.to_json())
        else:
            render.print_verdict(verdict)
    if not codes:
        raise typer.Exit(ExitCode.NOT_FOUND)
    worst = ExitCode.CONTRADICTED if ExitCode.CONTRADICTED in codes else max(codes)
    raise typer.Exit(worst)


@app.command("index")
def index_cmd(
    folders: Annotated[list[Path] | None, typer.Argument(help="Corpus folders (same as --corpus).")] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Build from scratch.")] = False,
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
) -> None:
    """Build or update the index now, and report what changed."""
    from kzmil import config
    from kzmil.index import open_index

    settings = config.resolve([*(folders or []), *(corpus or [])] or None, index)
    idx = open_index(settings, force=rebuild, progress=_progress_bar())
    rep = idx.report
    for w in rep.warnings:
        render.warn(w)
    summary = {
        "index": str(rep.path), "added": rep.added, "updated": rep.updated, "removed": rep.removed,
        "unchanged": rep.unchanged, "skipped": rep.skipped, "passages": idx.total,
        "seconds": round(rep.seconds, 3), "size_bytes": rep.size_bytes, "rebuilt": rep.rebuilt,
    }
    if json_out:
        render.write_json(summary)
    else:
        typer.echo(
            f"{rep.added} added, {rep.updated} updated, {rep.removed} removed, {rep.unchanged} unchanged, "
            f"{rep.skipped} skipped; {idx.total} passages in {rep.seconds:.2f}s; "
            f"index {rep.size_bytes / 1e6:.1f} MB at {rep.path}"
        )


def main() -> None:
    """Entry point: every failure becomes one line on stderr and a documented exit code."""
    command = typer.main.get_command(app)
    try:
        command.main(prog_name="kzmil", standalone_mode=False)
        code = 0
    except typer.Exit as exc:
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        sys.stderr.write("\n")
        code = ExitCode.INTERRUPTED
    except KzmilError as exc:
        render.error(str(exc))
        code = exc.exit_code
    except typer.TyperException as exc:  # usage errors from the option parser
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            render.error(str(exc))
        code = ExitCode.ERROR
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = ExitCode.ERROR
    except Exception as exc:
        if os.environ.get("KZMIL_DEBUG"):
            raise
        render.error(f"unexpected {type(exc).__name__}: {exc} (set KZMIL_DEBUG=1 for the traceback)")
        code = ExitCode.ERROR
    sys.exit(code)
