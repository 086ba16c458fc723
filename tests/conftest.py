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
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZMIL_INDEX", str(tmp_path / "index.sqlite"))
    monkeypatch.setenv("KZMIL_CONFIG", str(tmp_path / "no-config.toml"))  # never the user's own
    monkeypatch.delenv("KZMIL_CORPUS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    """The index of the bundled corpus, built once for the whole session."""
    path = tmp_path_factory.mktemp("bundled") / "index.sqlite"
    index = open_index(config.Settings(config.corpus_roots(None), path))
    yield index
    index.close()


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small fixture corpus that a test may change."""
    dest = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", dest)
    return dest
