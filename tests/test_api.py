"""The Python API returns what `--json` prints, and `import kzmil` stays cheap."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

import kzmil
from kzmil.cli import app
from kzmil.models import Judgement, Result, Verdict

runner = CliRunner()


def test_find_returns_the_results_of_find_json(tmp_path: Path) -> None:
    results = kzmil.find("110 officers quit", index=tmp_path / "i.sqlite")
    assert results and isinstance(results[0], Result)
    assert "110 have already quit" in results[0].passage
    assert results[0].citation.startswith("“Kazakhstan's Cadets Prefer Belarus to America”")
    cli = runner.invoke(app, ["find", "--json", "--index", str(tmp_path / "i.sqlite"), "110 officers quit"])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.output)["results"] == [r.to_json() for r in results]


def test_check_gives_a_typed_verdict(tmp_path: Path) -> None:
    v = kzmil.check("Most officers educated in the United States have quit.", index=tmp_path / "i.sqlite")
    assert isinstance(v, Verdict) and v.verdict is Judgement.CONTRADICTED
    assert v.to_json()["verdict"] == "contradicted" and v.reasons


def test_cite_quotes_or_lists_references(tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    quoted = kzmil.cite("110 officers quit", index=index)
    assert len(quoted) == 1 and "110" in quoted[0].to_json()["quote"]
    refs = kzmil.cite(style="bibtex", docs=["edm-2007-09-18-cadets-prefer-belarus"], index=index)
    assert len(refs) == 1 and "@" in refs[0].to_json()["reference"]


def test_an_index_serves_many_queries(tmp_path: Path) -> None:
    with kzmil.Index(index=tmp_path / "i.sqlite") as ix:
        assert len(ix.sources()) == 5
        assert ix.find("Batys 2003 exercises", limit=2)
        assert ix.check("Around 5,000 troops took part in the Batys 2003 exercises.").verdict == "supported"


def test_import_kzmil_loads_no_engine() -> None:
    code = "import kzmil, sys; print(sorted(m for m in sys.modules if m.startswith('kzmil')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['kzmil']"
