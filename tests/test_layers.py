"""The import-linter contracts in pyproject.toml cover every module, so a new module
cannot slip under the rule that the core never prints."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACE = {"kzmil.cli", "kzmil.render", "kzmil.__main__", "kzmil"}  # what may print, and the package itself


def _contract(name_starts: str) -> dict[str, object]:
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    return next(c for c in contracts["contracts"] if c["name"].startswith(name_starts))


def test_every_core_module_is_bound_not_to_print() -> None:
    modules = {f"kzmil.{p.stem}" if p.stem != "__init__" else "kzmil" for p in (ROOT / "kzmil").glob("*.py")}
    contract = _contract("The core never prints")
    assert contract["forbidden_modules"] == ["kzmil.cli", "kzmil.render"]
    listed = set(contract["source_modules"])  # type: ignore[call-overload]
    assert modules - FACE - listed == set(), "add the new module to the contract in pyproject.toml"
    assert listed <= modules, "the contract names a module that no longer exists"
