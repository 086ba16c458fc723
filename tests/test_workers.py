"""workers.py: the frames on the pipe, and a pool that returns results in input order."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzmil.corpus import Skipped
from kzmil.prepare import Prepared, prepare_safely
from kzmil.workers import MAX_STARTS_WITHOUT_RESULT, WORKER_DIED, Pool, read_frame, write_frame


@pytest.fixture
def pipe() -> Iterator[tuple[object, object]]:
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd, "rb", buffering=0) as reader, os.fdopen(write_fd, "wb", buffering=0) as writer:
        yield reader, writer


def test_frames_come_back_as_written_in_order(pipe: tuple) -> None:  # type: ignore[type-arg]
    # all of them fit in the pipe's buffer (64 KB), so nothing waits for a reader
    reader, writer = pipe
    objects = [
        (0, "/c", "/c/a.md", False),
        {"big": "x" * 20_000},
        None,
        Skipped(Path("/c/b.md"), "binary file"),
    ]
    for obj in objects:
        write_frame(writer, obj)
    assert [read_frame(reader) for _ in objects] == objects


def test_the_end_of_the_stream_is_none(pipe: tuple) -> None:  # type: ignore[type-arg]
    reader, writer = pipe
    write_frame(writer, "last")
    writer.close()
    assert read_frame(reader) == "last"
    assert read_frame(reader) is None


def test_a_frame_cut_short_is_the_end_too(pipe: tuple) -> None:  # type: ignore[type-arg]
    reader, writer = pipe
    writer.write((100).to_bytes(8, "big") + b"only part of it")  # a worker killed mid-write
    writer.close()
    assert read_frame(reader) is None


def corpus(tmp_path: Path, n: int) -> list[tuple[str, str]]:
    root = tmp_path / "corpus"
    root.mkdir()
    items = []
    for i in range(n):
        path = root / f"article-{i:02}.md"
        path.write_text(f"Article number {i} is about harbour {i}.\n" if i != 3 else "")
        items.append((str(root), str(path)))
    return items


def docs_of(results: list[object]) -> list[str]:
    return [r.doc if isinstance(r, Prepared) else f"skipped: {r.reason}" for r in results]  # type: ignore[attr-defined]


@pytest.mark.slow  # starts processes
def test_a_pool_returns_what_reading_in_process_would_in_input_order(tmp_path: Path) -> None:
    items = corpus(tmp_path, 12)
    done: list[int] = []
    pool = Pool(3, follow=False)
    got = list(pool.run(items, lambda: done.append(1)))
    assert docs_of(got) == docs_of([prepare_safely(root, path) for root, path in items])
    assert docs_of(got)[3] == "skipped: empty file" and docs_of(got)[11] == "article-11"
    assert len(done) == 12 and pool.workers == []  # every worker stopped


def run_with_a_deadline(pool: Pool, items: list[tuple[str, str]], seconds: float = 60) -> list[object]:
    """pool.run's results, or a failure (not a hung suite) if it spins forever."""
    got: list[object] = []
    thread = threading.Thread(target=lambda: got.extend(pool.run(items, lambda: None)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the pool still runs after {seconds} s, with {len(got)} results"
    return got


@pytest.mark.slow  # starts processes
def test_a_pool_whose_workers_cannot_start_still_returns_every_file_in_order(tmp_path: Path) -> None:
    # Two workers that die at once: the third death gives the pool up for in-process reading
    # while the last worker started still holds a file. That file must be read too (it was
    # lost, and `run` spun forever waiting for it).
    items = corpus(tmp_path, 5)
    pool = Pool(2, follow=False, command=[sys.executable, "-c", "pass"])
    got = run_with_a_deadline(pool, items)
    assert [str(r.path) for r in got] == [path for _, path in items]  # type: ignore[attr-defined]
    assert pool.failed_starts >= MAX_STARTS_WITHOUT_RESULT and pool.workers == []
    assert all(isinstance(r, Prepared) or r.reason in (WORKER_DIED, "empty file") for r in got)  # type: ignore[attr-defined]


@pytest.mark.slow  # starts processes
@pytest.mark.xfail(
    strict=True,
    reason="a file sent twice to workers that never started is skipped as having killed them "
    "(WORKER_DIED), although the pool, not the file, was at fault; in-process reading would read it",
)
def test_no_file_is_blamed_for_workers_that_never_started(tmp_path: Path) -> None:
    items = corpus(tmp_path, 5)
    got = run_with_a_deadline(Pool(2, follow=False, command=[sys.executable, "-c", "pass"]), items)
    assert docs_of(got) == docs_of([prepare_safely(root, path) for root, path in items])
