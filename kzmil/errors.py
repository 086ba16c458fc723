"""Exit codes and the one exception family the core raises.

The CLI maps these to a one-line message and an exit code; nothing else
reaches the user as a traceback.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """grep's convention, plus one code for a contradicted claim."""

    OK = 0  # found / supported
    NOT_FOUND = 1  # no result reached --min-score / claim not found
    ERROR = 2  # usage, unreadable corpus, broken index
    CONTRADICTED = 3  # check: the evidence conflicts with the claim
    BUSY = 4  # index: another `kzmil index` is writing the shared (PostgreSQL) index; nothing changed
    INTERRUPTED = 130  # Ctrl-C
    BROKEN_PIPE = 141  # the reader of the output went away (`| head`): 128 + SIGPIPE, as grep's


class KzmilError(Exception):
    """Something the user must fix; the message is shown as is."""

    exit_code = ExitCode.ERROR


class UsageError(KzmilError):
    """The command line or the claim cannot be used."""


class IndexUnusable(KzmilError):
    """The index cannot be opened, built or read."""


class IndexBusy(IndexUnusable):
    """Another writer holds the shared index; this one changed nothing (try again later)."""

    exit_code = ExitCode.BUSY


class DraftError(KzmilError):
    """The draft cannot be read (missing, unreadable, not a document kzmil knows)."""


class NotFoundError(KzmilError):
    """A named article or paragraph does not exist."""


class OutputError(KzmilError):
    """Standard output cannot be written (a full disk, a closed descriptor)."""
