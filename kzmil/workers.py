"""Worker processes that read and segment files for `build`, one task at a time.

A small pool of our own rather than concurrent.futures, for three guarantees:
- a worker killed by the kernel (out of memory) costs only its files: they are
  retried once, alone, and skipped with a reason if they kill a worker again;
- workers die with kzmil: they watch their pipe from it and, on Linux, ask the
  kernel for SIGKILL when it dies (PR_SET_PDEATHSIG), so no worker outlives a
  killed `kzmil index`;
- workers run in a session of their own, so the terminal's Ctrl-C reaches only
  kzmil, which stops them itself: no tracebacks from half-started workers.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kzmil.corpus import Skipped

WORKER_DIED = "the process reading it died twice (out of memory?)"
DEPTH = 4  # tasks sent to a worker ahead, so that it never waits for the next (2 left it idle while
# kzmil wrote a run of results: at 20k articles, 3 times the waits and 5-10% more wall time than 4 or 8)
WINDOW = 256  # results held back at most, waiting for an earlier file: bounds memory
MAX_STARTS_WITHOUT_RESULT = 3  # workers that die before any result: the pool is given up for in-process work
_HEADER = 8  # bytes of a frame's length


def worker_command() -> list[str]:
    """How a worker is started: this Python, this kzmil, and kzmil's process id to watch."""
    return [sys.executable, "-c", "from kzmil.workers import worker_main; worker_main()", str(os.getpid())]


def worker_main() -> None:
    """A worker: read (seq, root, path, follow) tasks from stdin, write (seq, result) to stdout,
    until stdin closes (kzmil finished, or died)."""
    from kzmil.prepare import prepare_safely

    _die_with_parent(int(sys.argv[-1]))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but results may go down the pipe
    while True:
        task = read_frame(inp)
        if task is None:
            return
        seq, root, path, follow = task
        write_frame(out, (seq, prepare_safely(root, path, follow)))


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when kzmil dies; exit if it already has."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the closed pipe still ends the worker
            pass
    if os.getppid() != parent:
        os._exit(0)


def write_frame(stream: IO[bytes], obj: Any) -> None:
    """One object, pickled, after its length: every byte is written before this returns."""
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(len(data).to_bytes(_HEADER, "big") + data)
    fd = stream.fileno()
    stream.flush()
    while view:
        view = view[os.write(fd, view) :]


def read_frame(stream: IO[bytes]) -> Any:
    """The next object, or None at end of stream (also when it ends mid-frame). Reads the
    descriptor itself, never ahead into a buffer, so that waiting on it stays truthful."""
    fd = stream.fileno()
    head = _read_exactly(fd, _HEADER)
    if head is None:
        return None
    data = _read_exactly(fd, int.from_bytes(head, "big"))
    return None if data is None else pickle.loads(data)


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks = []
    while size > 0:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


@dataclass
class _Worker:
    proc: subprocess.Popen[bytes]
    inflight: deque[int] = field(default_factory=deque)
    solo: bool = False  # running a retry: nothing else is sent until it is done
    results: int = 0


class Pool:
    """Read and segment files on `size` worker processes; results come back in input order."""

    def __init__(self, size: int, follow: bool, command: list[str] | None = None) -> None:
        self.size = size
        self.follow = follow
        self.command = command or worker_command()
        self.workers: list[_Worker] = []
        self.failed_starts = 0

    def run(self, items: list[tuple[str, str]], on_done: Callable[[], None]) -> Iterator[Any]:
        """prepare_safely(root, path) for each item, in order; a file whose worker dies twice
        comes back as Skipped(WORKER_DIED)."""
        from kzmil.prepare import prepare_safely

        todo: deque[int] = deque(range(len(items)))
        retry: deque[int] = deque()
        deaths: dict[int, int] = {}
        done: dict[int, Any] = {}
        following = 0
        try:
            while following < len(items):
                if following in done:
                    yield done.pop(following)
                    following += 1
                    on_done()
                    continue
                if self.failed_starts >= MAX_STARTS_WITHOUT_RESULT:  # the pool cannot work here
                    left = {*todo, *retry, *(s for w in self.workers for s in w.inflight)}  # before close
                    self.close(kill=True)
                    for seq in sorted(left):
                        done.setdefault(seq, prepare_safely(*items[seq], self.follow))
                    todo.clear()
                    retry.clear()
                    continue
                self._staff(len(todo) + len(retry))
                self._dispatch(items, todo, retry, following)
                worker, reply = self._next_reply()
                if reply is None:  # the worker died: its files are retried once, alone
                    self._bury(worker)
                    for seq in worker.inflight:
                        deaths[seq] = deaths.get(seq, 0) + 1
                        if deaths[seq] >= 2:
                            done[seq] = Skipped(Path(items[seq][1]), WORKER_DIED)
                        else:
                            retry.append(seq)
                    continue
                seq, result = reply
                worker.inflight.remove(seq)
                worker.solo = False
                worker.results += 1
                done[seq] = result
        finally:
            self.close(kill=following < len(items))

    def _staff(self, waiting: int) -> None:
        """Start workers up to the pool's size (fewer when little is left to do)."""
        while len(self.workers) < min(self.size, max(1, waiting)):
            env = dict(os.environ)
            package_root = str(Path(__file__).resolve().parent.parent)
            env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
            proc = subprocess.Popen(
                self.command,
                bufsize=0,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=None if os.environ.get("KZMIL_DEBUG") else subprocess.DEVNULL,
                env=env,
                start_new_session=True,  # the terminal's Ctrl-C and hang-up reach kzmil only
            )
            self.workers.append(_Worker(proc))

    def _dispatch(
        self, items: list[tuple[str, str]], todo: deque[int], retry: deque[int], following: int
    ) -> None:
        for w in self.workers:
            if retry and not w.inflight:
                seq = retry.popleft()
                w.solo = True
                self._send(w, seq, items)
            while not w.solo and todo and len(w.inflight) < DEPTH and todo[0] < following + WINDOW:
                self._send(w, todo.popleft(), items)

    def _send(self, w: _Worker, seq: int, items: list[tuple[str, str]]) -> None:
        w.inflight.append(seq)
        try:
            assert w.proc.stdin is not None
            write_frame(w.proc.stdin, (seq, *items[seq], self.follow))
        except OSError:  # it died; its reply will be the end of its stream
            pass

    def _next_reply(self) -> tuple[_Worker, Any]:
        """The next result from any busy worker (waiting for one), or (worker, None) if it died."""
        from multiprocessing.connection import wait

        busy = {w.proc.stdout.fileno(): w for w in self.workers if w.inflight and w.proc.stdout is not None}
        assert busy, "the next file in order is always in flight by now"
        ready = wait(list(busy))
        w = busy[ready[0] if isinstance(ready[0], int) else -1]
        assert w.proc.stdout is not None
        return w, read_frame(w.proc.stdout)

    def _bury(self, w: _Worker) -> None:
        self.workers.remove(w)
        _stop(w.proc, kill=True)
        if not w.results:
            self.failed_starts += 1

    def close(self, kill: bool = False) -> None:
        """Stop every worker: closing its pipe ends it; `kill` does not wait for that."""
        for w in self.workers:
            _stop(w.proc, kill)
        self.workers.clear()


def _stop(proc: subprocess.Popen[bytes], kill: bool) -> None:
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    if kill:
        proc.kill()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
