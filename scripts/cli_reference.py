"""Write docs/cli.md, the command-line reference, from each command's `--help`.

    python3 scripts/cli_reference.py

tests/test_docs.py regenerates it in memory and fails when docs/cli.md differs, so the
reference cannot drift from the code (sqlite-utils and llm keep theirs with cog).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
WIDTH = "100"  # the help is laid out for this many columns, whatever the terminal says
_TRAILING = re.compile(r"[ \t]+$", re.M)


def _help(args: list[str]) -> str:
    from typer.testing import CliRunner

    from kzmil.cli import app

    env = {"COLUMNS": WIDTH, "TERMINAL_WIDTH": WIDTH, "NO_COLOR": "1", "TERM": "dumb", "FORCE_COLOR": ""}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = CliRunner().invoke(app, [*args, "--help"], env=env, prog_name="kzmil", color=False)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return _TRAILING.sub("", result.output).rstrip() + "\n"


def reference() -> str:
    import typer

    from kzmil.cli import app

    commands = sorted(c for c in typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    parts = [
        "# Command-line reference\n\n",
        "Generated from `--help` by `scripts/cli_reference.py`; do not edit by hand.\n\n",
        "## kzmil\n\n```\n",
        _help([]),
        "```\n",
    ]
    for name in commands:
        parts += [f"\n## kzmil {name}\n\n```\n", _help([name]), "```\n"]
    return "".join(parts)


def main() -> None:
    OUT.write_text(reference(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
