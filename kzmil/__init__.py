"""kzmil: find the passage behind a claim or a half-remembered quote, and cite it.

The Python API (see `kzmil.api`): `kzmil.find`, `kzmil.check`, `kzmil.cite` and
`kzmil.Index` for repeated queries. They load on first use, so `import kzmil` (which
every command line run does) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Index", "Judgement", "check", "cite", "find"]

if TYPE_CHECKING:
    from kzmil.api import Index, check, cite, find
    from kzmil.models import Judgement


def __getattr__(name: str) -> Any:
    if name in ("Index", "check", "cite", "find"):
        from kzmil import api

        return getattr(api, name)
    if name == "Judgement":
        from kzmil.models import Judgement

        return Judgement
    raise AttributeError(f"module 'kzmil' has no attribute {name!r}")
