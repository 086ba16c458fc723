"""Every test runs against its own index file and config file, never the user's."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzmil import config
from kzmil.index import Index
from kzmil.store import open_index

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    index = tmp_path / "index.sqlite"
    monkeypatch.setenv("KZMIL_INDEX", str(index))
    monkeypatch.setenv("KZMIL_CONFIG", str(tmp_path / "no-config.toml"))  # never the user's own
    monkeypatch.delenv("KZMIL_CORPUS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    if request.node.get_closest_marker("bundled_index") and not request.node.get_closest_marker(
        "fresh_index"
    ):
        shutil.copy2(request.getfixturevalue("bundled_index_file"), index)


@pytest.fixture(scope="session")
def bundled_index_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus's index, built once a session. Tests marked `bundled_index` start
    with their own copy of it at $KZMIL_INDEX instead of building one (a fresh build of the
    five articles spawns the worker pool: most of a CLI test's time)."""
    path = tmp_path_factory.mktemp("bundled") / "index.sqlite"
    open_index(config.Settings(config.corpus_roots(None), path)).close()
    return path


@pytest.fixture(scope="session")
def bundled(bundled_index_file: Path) -> Iterator[Index]:
    """The index of the bundled corpus, open for the whole session (read only)."""
    index = open_index(config.Settings(config.corpus_roots(None), bundled_index_file))
    yield index
    index.close()


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small fixture corpus that a test may change."""
    dest = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", dest)
    return dest
