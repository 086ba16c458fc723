"""The Python API returns what `--json` prints, and `import kzmil` stays cheap."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
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


def test_sources_and_article_give_the_json_of_sources_and_show(tmp_path: Path) -> None:
    index = str(tmp_path / "i.sqlite")
    with kzmil.Index(index=index) as ix:
        docs = [d.to_json() for d in ix.sources()]
        article = ix.article("edm-2007-09-18-cadets-prefer-belarus:3")
        whole = ix.article("edm-2007-09-18-cadets-prefer-belarus")
    cli = runner.invoke(app, ["sources", "--json", "--index", index])
    assert cli.exit_code == 0, cli.output
    assert json.loads(cli.output) == docs
    cli = runner.invoke(app, ["show", "--json", "--index", index, "edm-2007-09-18-cadets-prefer-belarus:3"])
    assert json.loads(cli.output) == article.to_json()
    assert [p.para for p in article.paragraphs] == [3]
    assert "110 have already quit" in article.paragraphs[0].text
    assert article.citation.endswith("para. 3")
    assert [p.para for p in whole.paragraphs] == list(range(1, len(whole.paragraphs) + 1))
    assert not whole.citation.endswith("para. 3")


def test_an_unknown_article_or_paragraph_is_a_not_found_error(tmp_path: Path) -> None:
    from kzmil.errors import NotFoundError, UsageError

    with kzmil.Index(index=tmp_path / "i.sqlite") as ix:
        with pytest.raises(NotFoundError, match="no article with id 'nope'"):
            ix.article("nope:3")
        with pytest.raises(NotFoundError, match="has no paragraph 999"):
            ix.article("edm-2007-09-18-cadets-prefer-belarus:999")
        with pytest.raises(UsageError, match="must be a number"):
            ix.article("edm-2007-09-18-cadets-prefer-belarus:x")


def test_update_index_says_what_changed(mini: Path, tmp_path: Path) -> None:
    from kzmil.api import update_index

    first = update_index([mini], tmp_path / "m.sqlite")
    assert (first.added, first.unchanged, first.checked) == (2, 0, None) and first.passages > 0
    (mini / "harbour.md").write_text("The harbour closed in winter.\n", encoding="utf-8")
    again = update_index([mini], tmp_path / "m.sqlite", check=True)
    assert (again.added, again.updated, again.unchanged, again.checked) == (0, 1, 1, "ok")
    data = again.to_json()
    assert data["check"] == "ok" and "warnings" not in data and data["index"] == str(tmp_path / "m.sqlite")
    assert "check" not in first.to_json()
