"""The command line: parse options, call one core function, hand the result to a renderer."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from kzmil import __version__, render
from kzmil.config import MAX_LIMIT
from kzmil.errors import ExitCode, KzmilError, OutputError, UsageError

if TYPE_CHECKING:
    from kzmil.backend import IndexBackend
    from kzmil.config import UserConfig
    from kzmil.models import Staleness

T = TypeVar("T")

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
    typer.Option(
        "--corpus", "-C", help="Corpus folder (repeatable). Default: $KZMIL_CORPUS, else the bundled corpus."
    ),
]
IndexOpt = Annotated[
    str | None,
    typer.Option(
        "--index",
        metavar="FILE|URL",
        help="Index file, or postgresql://USER@HOST[:PORT]/DB for a shared index (docs/team.md). "
        "Default: $KZMIL_INDEX, else the user cache folder.",
    ),
]
FollowOpt = Annotated[
    bool,
    typer.Option(
        "--follow",
        help="Follow symbolic links that lead to files inside the corpus folders (default: $KZMIL_FOLLOW).",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (JSON Lines when claims come from stdin).")]


class ColorMode(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


ColorOpt = Annotated[
    ColorMode,
    typer.Option(
        "--color",
        "--colour",
        case_sensitive=False,
        help="Colour: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), always or never.",
    ),
]
ClaimArg = Annotated[
    str, typer.Argument(help="The claim or phrase; '-' reads one claim per line from stdin.")
]


DEFAULT_LIMIT = 3  # results per claim: the best passage and two to compare it with


def _version(value: bool) -> None:
    if value:
        render.write(f"kzmil {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """kzmil: find, check and cite passages in a corpus of articles."""


F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(fn: F) -> F:
    """Turn the core's exceptions into one line on stderr and the documented exit code.

    The output is flushed here, so that a closed pipe or a full disk is met while the
    error can still be reported (click would turn a broken pipe into a silent exit 1).
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            try:
                return fn(*args, **kwargs)
            finally:
                if sys.stdout is not None:
                    sys.stdout.flush()
        except KzmilError as exc:
            render.error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None
        except OSError as exc:
            if exc.errno not in _OUTPUT_ERRNOS:
                raise
            render.error(f"cannot write the output: {exc.strerror or exc}")
            _silence_stdout()
            raise typer.Exit(ExitCode.ERROR) from None

    return wrapper  # type: ignore[return-value]


# What writing to stdout can fail with: full or over quota, an I/O error, a file too large,
# a descriptor that is closed or read-only. (The index and the corpus report their own errors.)
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EBADF, errno.EROFS})


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail a second time."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno() if sys.stdout is not None else 1)
        os.close(devnull)


STDIN_NOT_UTF8 = "standard input is not valid UTF-8; undecodable bytes were replaced"


def _claims(claim: str) -> Iterator[str]:
    """The claim, or with '-' one claim per line of stdin, read as bytes so that one bad
    line costs only its bad bytes (with one warning), never the lines before it."""
    if claim != "-":
        yield claim
        return
    if sys.stdin is None:
        raise UsageError("cannot read claims: standard input is closed")
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream without bytes underneath (tests)
        lines: Iterator[str] = iter(sys.stdin)
    else:
        lines = _decoded(raw)
    for line in lines:  # blank lines too: each input line gets its own line of output
        yield line.rstrip("\r\n")


def _decoded(raw: Any) -> Iterator[str]:
    """Lines of bytes as text; a line that is not UTF-8 keeps its good part (one warning)."""
    warned = False
    for data in raw:
        try:
            yield data.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                render.warn(STDIN_NOT_UTF8)
                warned = True
            yield data.decode("utf-8", "replace")


class _Session:
    """The index one command reads (`kzmil.api.Index`, the same object the Python API gives),
    with its warnings shown on stderr as they come."""

    def __init__(self, corpus: list[Path] | None, index: str | None, follow: bool) -> None:
        from kzmil import config
        from kzmil.api import Index as Opened

        self.user: UserConfig | None = config.load_config()
        self.opened = Opened(corpus, index, follow, progress=_progress_bar(), user=self.user)
        self.shown = 0
        self._warn()

    def run(self, work: Callable[[IndexBackend], T]) -> T:
        try:
            return self.opened.run(work)
        finally:
            self._warn()

    def _warn(self) -> None:
        for w in self.opened.warnings[self.shown :]:
            render.warn(w)
        self.shown = len(self.opened.warnings)


PROGRESS_AFTER = 1.0  # seconds of indexing before a progress bar appears


def _progress_bar() -> Callable[[int], Callable[[], None]] | None:
    """A rich progress bar on a terminal once indexing has taken about a second; nothing
    for quick runs, and nothing when stderr is piped."""
    if not sys.stderr.isatty():
        return None

    def start(total: int) -> Callable[[], None]:
        import time

        began = time.monotonic()
        done = 0
        bar: Any = None

        def tick() -> None:
            nonlocal done, bar
            done += 1
            if bar is None:
                if time.monotonic() - began < PROGRESS_AFTER or done >= total:
                    return
                bar = _start_bar(total, done)
            speed = bar.tasks[0].speed
            bar.update(bar.task_ids[0], completed=done, rate=f"{speed:.0f}" if speed else "-")
            if done >= total:
                bar.stop()

        return tick

    return start


def _start_bar(total: int, done: int) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} files/s"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    bar.start()
    bar.add_task("index", total=total, completed=done, rate="-")
    return bar


@app.command()
@reports_errors
def find(
    claim: ClaimArg,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            "-n",
            min=1,
            help=f"Results per claim (default 3, or the config file's; at most {MAX_LIMIT}).",
        ),
    ] = None,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="Drop weaker results.")
    ] = 0.0,
    context: Annotated[
        int, typer.Option("--context", "-c", min=0, max=20, help="Sentences around each passage.")
    ] = 0,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", "-s", help="Only articles whose id, title or publication holds this."),
    ] = None,
    json_out: JsonOpt = False,
    color: ColorOpt = ColorMode.auto,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow: FollowOpt = False,
) -> None:
    """Print the passages that best match CLAIM, best first.

    Exit status: 0 when something was found, 1 when nothing reached --min-score, 2 on error.
    """
    from kzmil.search import FindOptions
    from kzmil.search import find as do_find

    render.set_color(color.value)
    session = _Session(corpus, index, follow)
    if limit is None:
        limit = session.user.limit if session.user and session.user.limit else DEFAULT_LIMIT
    elif limit > MAX_LIMIT:
        render.warn(
            f"--limit {limit} capped at {MAX_LIMIT} results per claim "
            "(past that a list is scanned, not read; narrow it with --source or --min-score)"
        )
        limit = MAX_LIMIT
    options = FindOptions(limit=limit, min_score=min_score, context=context, sources=source or [])
    batch = claim == "-"
    any_found = False
    find_one = functools.partial(do_find, options=options)
    for text, found in _each_claim(session, claim, find_one, json_out, "query", {"results": []}):
        for w in found.warnings:
            render.warn(w)
        any_found = any_found or bool(found.results)
        if json_out:
            render.write_json({"query": text, "results": [r.to_json() for r in found.results]})
        else:
            render.print_results(found.results, text if batch else None)
            if not found.results and not batch and render.is_terminal(sys.stdout):
                reached = f" reached --min-score {min_score:g}" if min_score else " matches"
                render.note(f"no passage{reached} {text!r}")
    raise typer.Exit(ExitCode.OK if any_found else ExitCode.NOT_FOUND)


def _each_claim(
    session: _Session,
    claim: str,
    work: Callable[[IndexBackend, str], T],
    json_out: bool,
    key: str,
    empty: dict[str, Any],
) -> Iterator[tuple[str, T]]:
    """Each claim (CLAIM, or with '-' every line of stdin) with what `work` made of it.

    In a batch, a claim that cannot be used is reported in its place, as `{key: claim,
    **empty, "error": ...}` with --json, and the batch goes on; a single claim raises.
    """
    batch = claim == "-"
    for text in _claims(claim):
        try:
            got = session.run(lambda idx: work(idx, text))  # noqa: B023 (run at once)
        except UsageError as exc:
            if not batch:
                raise
            _batch_error(text, exc, json_out, {key: text, **empty})
            continue
        yield text, got


def _batch_error(text: str, exc: KzmilError, json_out: bool, fields: dict[str, Any]) -> None:
    """A claim of a batch that cannot be used (a blank line): still one line of output, so
    that the output lines up with the input (`paste`); a warning unless it was blank."""
    if text.strip():
        render.warn(f"{exc} (skipped)")
    if json_out:
        render.write_json({**fields, "error": str(exc)})
    else:
        render.write(render.printable(f"== {text}") + f"\n   ({exc})\n\n")


@app.command()
@reports_errors
def check(
    claim: Annotated[
        str | None,
        typer.Argument(metavar="[CLAIM]", help="The claim; '-' reads one claim per line from stdin."),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option(
            "--file",
            "-f",
            metavar="PATH",
            help="Check a whole draft (.md, .txt, .html, .docx; '-' reads stdin).",
        ),
    ] = None,
    only: Annotated[
        str | None,
        typer.Option(
            "--only", metavar="VERDICTS", help="With --file: show only these, e.g. contradicted,not_found."
        ),
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", metavar="FILE", help="With --file: write an HTML report.")
    ] = None,
    markdown: Annotated[
        Path | None,
        typer.Option("--markdown", metavar="FILE", help="With --file: write the report as Markdown."),
    ] = None,
    style: Annotated[
        str,
        typer.Option(
            "--style", metavar="STYLE", help="With --file: citation style of the reports, as in cite."
        ),
    ] = "chicago",
    json_out: JsonOpt = False,
    color: ColorOpt = ColorMode.auto,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow: FollowOpt = False,
) -> None:
    """Say whether the corpus supports CLAIM, contradicts it, or does not address it;
    with --file, check every check-worthy statement of a draft.

    Exit status: 0 supported, 1 not found, 3 contradicted, 2 error. With '-' or --file, the
    worst outcome wins: 3 if any is contradicted, else 1 if any is not found.
    """
    render.set_color(color.value)
    if file is not None:
        if claim is not None:
            raise UsageError("give a CLAIM or --file PATH, not both")
        _check_draft(file, only, html, markdown, style, json_out, _Session(corpus, index, follow))
        return
    if claim is None:
        raise UsageError("give a CLAIM to check, or --file PATH for a whole draft")
    for name, given in (("--only", only), ("--html", html), ("--markdown", markdown)):
        if given is not None:
            raise UsageError(f"{name} goes with --file")
    from kzmil.verdict import check as do_check

    session = _Session(corpus, index, follow)
    codes = []
    for _, verdict in _each_claim(session, claim, do_check, json_out, "claim", {"verdict": None}):
        for w in verdict.warnings:
            render.warn(w)
        codes.append(_VERDICT_CODES[verdict.verdict])
        if json_out:
            render.write_json(verdict.to_json())
        else:
            render.print_verdict(verdict)
    if not codes:
        raise typer.Exit(ExitCode.NOT_FOUND)
    raise typer.Exit(_worst(codes))


_VERDICT_CODES = {
    "supported": ExitCode.OK,
    "not_found": ExitCode.NOT_FOUND,
    "contradicted": ExitCode.CONTRADICTED,
}


def _worst(codes: list[ExitCode]) -> ExitCode:
    """3 if anything was contradicted, else 1 if anything was not found, else 0."""
    return ExitCode.CONTRADICTED if ExitCode.CONTRADICTED in codes else max(codes, default=ExitCode.OK)


def _check_draft(
    file: str,
    only: str | None,
    html: Path | None,
    markdown: Path | None,
    style: str,
    json_out: bool,
    session: _Session,
) -> None:
    """`check --file`: read the draft, check it in one pass, write the reports asked for."""

    from kzmil.draft import read_draft, read_file
    from kzmil.references import resolve_style
    from kzmil.review import check_draft

    shown = _only(only)
    resolve_style(style)  # an unknown style stops here, before the draft is checked
    if file == "-":
        if sys.stdin is None:
            raise UsageError("cannot read the draft: standard input is closed")
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    else:
        data = read_file(Path(file))
    draft = read_draft(file, data)
    for w in draft.warnings:
        render.warn(w)
    roots = [str(r) for r in session.opened.settings.roots]
    review = session.run(lambda idx: check_draft(idx, draft, roots))
    for w in review.warnings:
        render.warn(w)
    if html is not None or markdown is not None:
        from kzmil import report

        cites = report.citations(review, style)
        for path, write in ((html, report.html), (markdown, report.markdown)):
            if path is not None:
                _write_report(path, write(review, cites))
    if json_out:
        render.write_json(review.to_json())
    else:
        render.print_review(review, shown)
    codes = [_VERDICT_CODES[st.verdict.verdict] for st in review.statements if st.verdict is not None]
    raise typer.Exit(_worst(codes))


ONLY_CHOICES = ("supported", "contradicted", "not_found", "not_a_claim")


def _only(value: str | None) -> set[str] | None:
    if value is None:
        return None
    wanted = {v.strip().replace("-", "_").replace(" ", "_") for v in value.split(",") if v.strip()}
    unknown = sorted(wanted - set(ONLY_CHOICES))
    if unknown or not wanted:
        raise UsageError(f"--only takes {', '.join(ONLY_CHOICES)} (comma-separated), not {value!r}")
    return wanted


def _write_report(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write the report {path}: {exc.strerror or exc}") from None


@app.command("index")
@reports_errors
def index_cmd(
    folders: Annotated[list[Path] | None, typer.Argument(help="Corpus folders (same as --corpus).")] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Build from scratch.")] = False,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Change nothing; report what the index does not reflect (files added, changed, "
            "removed) and whether it is whole (SQLite quick_check). Exit 1 if it is not current. "
            "A PostgreSQL index: check that its counts add up, changing nothing.",
        ),
    ] = False,
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow: FollowOpt = False,
) -> None:
    """Build or update the index now, and report what changed."""
    from kzmil.api import index_staleness, update_index

    paths = [*(folders or []), *(corpus or [])] or None
    if check and not rebuild and (found := index_staleness(paths, index, follow)) is not None:
        _report_staleness(found, json_out)  # a file index: report, change nothing
    run = update_index(paths, index, follow, rebuild, check, _progress_bar())
    for w in run.warnings:
        render.warn(w)
    after = index_staleness(paths, index, follow) if check and rebuild else None
    if json_out and after is None:  # with --check --rebuild, the check's JSON is the one document
        render.write_json(run.to_json())
    elif not json_out:
        render.print_index_run(run)
    if after is not None:  # --check --rebuild: the index just rebuilt, checked
        _report_staleness(after, json_out)


def _report_staleness(found: Staleness, json_out: bool) -> NoReturn:
    """`kzmil index --check`: report, change nothing; exit 1 when the index is not current
    (as `diff` exits 1 on a difference), so that a script can run `kzmil index` then."""
    if json_out:
        render.write_json(found.to_json())
    else:
        render.print_staleness(found)
    raise typer.Exit(ExitCode.OK if found.current else ExitCode.NOT_FOUND)


class CiteFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"
    rtf = "rtf"


class Locator(StrEnum):
    para = "para"
    none = "none"


@app.command()
@reports_errors
def cite(
    phrase: Annotated[
        str | None,
        typer.Argument(
            help="Quote the best passage for this phrase; '-' reads one phrase per line from stdin."
        ),
    ] = None,
    style: Annotated[
        str | None,
        typer.Option(
            "--style",
            help="chicago (18th edition), chicago-17, chicago-author-date, apa, mla, any CSL style name "
            "(--list-styles), or bibtex, biblatex, ris, csl-json. Default: chicago, or the config file's.",
        ),
    ] = None,
    csl: Annotated[
        Path | None, typer.Option("--csl", metavar="FILE", help="A CSL style file of your own.")
    ] = None,
    fmt: Annotated[
        CiteFormat | None,
        typer.Option(
            "--format",
            case_sensitive=False,
            help="text, markdown, html or rtf, with the italics the style asks for. "
            "Default: text (on a terminal, shown in italics).",
        ),
    ] = None,
    locator: Annotated[
        Locator | None,
        typer.Option(
            "--locator",
            case_sensitive=False,
            help="Cite the paragraph (para) or not (none). Default: para; for MLA, none unless the "
            "article numbers its paragraphs.",
        ),
    ] = None,
    trim: Annotated[
        bool,
        typer.Option(
            "--trim", help="Quote just the matched words, with an ellipsis where words are left out."
        ),
    ] = False,
    doc: Annotated[
        list[str] | None, typer.Option("--doc", "-d", help="Reference for this article id.")
    ] = None,
    all_docs: Annotated[bool, typer.Option("--all", help="Bibliography of the whole corpus.")] = False,
    list_styles: Annotated[
        bool, typer.Option("--list-styles", help="List every style name --style takes, with its title.")
    ] = False,
    json_out: JsonOpt = False,
    color: ColorOpt = ColorMode.auto,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow: FollowOpt = False,
) -> None:
    """Print a quotation ready to paste with its citation, or references for articles.

    Exit status: 0 when a passage was quoted (or references printed), 1 when no passage
    matches the phrase, 2 on error.
    """
    from kzmil.references import CiteOptions, cite_docs, cite_phrase, resolve_style, style_names

    if list_styles:
        render.write(
            "".join(render.printable(f"{name}\t{title}", lines=True) + "\n" for name, title in style_names())
        )
        return
    if sum(map(bool, (phrase, doc, all_docs))) != 1:
        raise UsageError("give a PHRASE, --doc ID or --all (one of them)")
    if csl is not None and style is not None:
        raise UsageError("give --style or --csl, not both")
    render.set_color(color.value)
    chosen = resolve_style(style, csl) if style is not None or csl is not None else None  # a typo fails fast
    session = _Session(corpus, index, follow)
    user = session.user
    if chosen is None and user is not None and user.style is not None:
        try:
            chosen = resolve_style(user.style)
        except UsageError as exc:
            raise UsageError(f"{user.where('style')}: {exc}") from None
    chosen = chosen or resolve_style()
    terminal = not json_out and fmt is None and render.use_color()
    options = CiteOptions(
        chosen,
        "ansi" if terminal and not chosen.data else (fmt.value if fmt else "text"),
        locator.value if locator else None,
        trim,
    )
    if not phrase:
        cited = session.run(lambda idx: cite_docs(idx, None if all_docs else doc, options))
        if json_out:
            render.write_json([c.to_json() for c in cited.citations])
        else:
            _write_cited(cited.text, options.fmt)
        return
    batch = phrase == "-"
    any_found = False
    cite_one = functools.partial(cite_phrase, options=options, label=not json_out)
    for text, got in _each_claim(session, phrase, cite_one, json_out, "query", {}):
        if got is None:
            if json_out and batch:
                render.write_json({"query": text, "error": f"no passage matches {text!r}"})
            elif batch and not json_out:
                render.write(render.printable(f"== {text}") + "\n   (no passage found)\n\n")
            else:
                render.note(f"no passage matches {text!r}")
            continue
        any_found = True
        if json_out:
            render.write_json({**({"query": text} if batch else {}), **got.citations[0].to_json()})
        else:
            if batch:
                render.write(render.printable(f"== {text}") + "\n")
            _write_cited(got.text + ("\n" if batch else ""), options.fmt)
    raise typer.Exit(ExitCode.OK if any_found else ExitCode.NOT_FOUND)


def _write_cited(text: str, fmt: str) -> None:
    """Citations as made: ANSI from the formatter on a terminal (the corpus's own control
    characters were made visible before it saw them), anything else shown as text."""
    render.write(text if fmt == "ansi" else render.printable(text, lines=True))


@app.command()
@reports_errors
def sources(
    json_out: JsonOpt = False,
    color: ColorOpt = ColorMode.auto,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow: FollowOpt = False,
) -> None:
    """List the indexed articles: id, date, publication, title, author, paragraphs."""
    render.set_color(color.value)
    docs = _Session(corpus, index, follow).run(lambda idx: list(idx.docs().values()))
    if json_out:
        render.write_json([d.to_json() for d in docs])
    else:
        render.print_sources(docs)


@app.command()
@reports_errors
def show(
    target: Annotated[str, typer.Argument(metavar="ID[:PARA]", help="An article id, or id:paragraph.")],
    json_out: JsonOpt = False,
    corpus: CorpusOpt = None,
    index: IndexOpt = None,
    follow: FollowOpt = False,
) -> None:
    """Print an article, or one paragraph of it, with its citation."""
    from kzmil.articles import read_article

    article = _Session(corpus, index, follow).run(lambda idx: read_article(idx, target))
    if json_out:
        render.write_json(article.to_json())
    else:
        render.print_article(article)


config_app = typer.Typer(
    help="The config file: default corpora, citation style and number of results.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)
app.add_typer(config_app, name="config")


@config_app.command("path")
@reports_errors
def config_path() -> None:
    """Print where the config file lives (it need not exist yet): $KZMIL_CONFIG, else
    config.toml in the per-user config folder."""
    from kzmil import config

    render.write(render.printable(str(config.config_path())) + "\n")


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C (roll back, remove temp files, stop
    workers), then die of the same signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _unwind_on_termination() -> None:
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise _Terminated(signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(sig) == signal.SIG_DFL:  # an ignored signal (nohup) stays ignored
            signal.signal(sig, stop)


def _die_of(signum: int) -> None:
    import signal

    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def main() -> None:
    """Entry point: every failure becomes one line on stderr and a documented exit code."""
    _unwind_on_termination()
    stdout_closed = _fill_closed_descriptors()
    command = _click_command(sys.argv[1:])
    if _completion_wanted(sys.argv[1:]):
        command.params.extend(typer.main.get_install_completion_arguments())
    for stream in (sys.stdout, sys.stderr):  # a claim's lone surrogate must not crash a print
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    if stdout_closed:
        render.error("cannot write the output: standard output is closed")
        sys.exit(ExitCode.ERROR)
    try:
        returned = command.main(prog_name="kzmil", standalone_mode=False)
        code = returned if isinstance(returned, int) else 0  # an Exit comes back as its code here
        sys.stdout.flush()
    except typer.Exit as exc:
        code = exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        render.interrupted()
        code = ExitCode.INTERRUPTED
    except _Terminated as exc:
        _die_of(exc.signum)
        code = 128 + exc.signum
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
        _silence_stdout()
        code = ExitCode.BROKEN_PIPE
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS or os.environ.get("KZMIL_DEBUG"):
            raise
        render.error(f"cannot write the output: {exc.strerror or exc}")
        _silence_stdout()
        code = ExitCode.ERROR
    except Exception as exc:
        if os.environ.get("KZMIL_DEBUG"):
            raise
        render.error(f"unexpected {type(exc).__name__}: {exc} (set KZMIL_DEBUG=1 for the traceback)")
        code = ExitCode.ERROR
    sys.exit(code)


def _click_command(argv: list[str]) -> Any:
    """The click command for this run. Typer turns every command's annotations into click
    parameters on each start, about 10 ms for all of kzmil's commands; when the first
    argument names a command, only that one is built (4 ms for `find`). Help, completion
    and a mistyped command get the whole app."""
    import copy

    target = app
    wanted = argv[0] if argv else ""
    if wanted and not wanted.startswith("-") and COMPLETE_VAR not in os.environ:
        commands = [
            c
            for c in app.registered_commands
            if (c.name or typer.main.get_command_name(getattr(c.callback, "__name__", ""))) == wanted
        ]
        groups = [g for g in app.registered_groups if g.name == wanted]
        if commands or groups:
            target = copy.copy(app)
            target.registered_commands = commands
            target.registered_groups = groups
    return typer.main.get_command(target)


COMPLETION_OPTIONS = ("--install-completion", "--show-completion")
COMPLETE_VAR = "_KZMIL_COMPLETE"  # set by the completion script when the shell asks for words


def _completion_wanted(argv: list[str]) -> bool:
    """Typer's --install-completion and --show-completion (bash, zsh, fish) are added only
    when they can be used: given, asked for by the shell, or listed by the top-level help.
    Setting them up registers the shells' completion classes, which `find` need not pay for."""
    if COMPLETE_VAR in os.environ or not argv:
        return True
    return argv[0] in ("-h", "--help") or any(a.split("=", 1)[0] in COMPLETION_OPTIONS for a in argv)


def _fill_closed_descriptors() -> bool:
    """Put /dev/null on stdin, stdout or stderr where they are closed, so that no file kzmil
    opens (the index!) can take their number and receive output; True if stdout was closed."""
    closed = [fd for fd, stream in enumerate((sys.stdin, sys.stdout, sys.stderr)) if stream is None]
    for fd in closed:
        with contextlib.suppress(OSError):
            if fd == 0:
                os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            else:
                os.dup2(os.open(os.devnull, os.O_WRONLY), fd)
    return 1 in closed
