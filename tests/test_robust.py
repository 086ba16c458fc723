"""Hostile input, broken files, broken indexes, concurrent and interrupted runs."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kzmil import config
from kzmil.cli import app
from kzmil.corpus import MAX_FILE_BYTES, discover
from kzmil.prepare import prepare_safely
from kzmil.search import MAX_CLAIM_CHARS, find
from kzmil.store import open_index

runner = CliRunner()
KZMIL = shutil.which("kzmil")

_SYNTAX = [
    '"',
    "'",
    "*",
    "(",
    ")",
    ":",
    "^",
    "-",
    "+",
    "NEAR(",
    " AND ",
    " OR ",
    " NOT ",
    "\x00",
    "\u202e",
    "\u0301",
    "\U0001f600",
    ";",
    "%",
    "_",
    "\\",
    "{",
    "}",
    "\ud800",
    "\udfff",
]
# arbitrary text (lone surrogates included), mixed with FTS5/SQL syntax and awkward code points
nasty = st.lists(st.text(max_size=40) | st.sampled_from(_SYNTAX), max_size=12).map("".join)


@pytest.mark.bundled_index  # reads the bundled corpus only
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claim=nasty)
def test_find_any_text_gives_json_and_a_documented_exit(claim: str) -> None:
    assume(claim != "-")  # that one means "read claims from stdin"
    result = runner.invoke(app, ["find", "--json", "--", claim])
    if claim.replace("\x00", " ").strip():
        assert result.exit_code in (0, 1), result.output
        assert json.loads(result.output)["query"] is not None
    else:
        assert result.exit_code == 2


@pytest.mark.bundled_index  # reads the bundled corpus only
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claim=nasty)
def test_check_any_text_gives_json_and_a_documented_exit(claim: str) -> None:
    assume(claim != "-")
    result = runner.invoke(app, ["check", "--json", "--", claim])
    if claim.replace("\x00", " ").strip():
        assert result.exit_code in (0, 1, 3), result.output
        assert json.loads(result.output)["verdict"] in ("supported", "contradicted", "not_found")
    else:
        assert result.exit_code == 2


def test_lone_surrogates_and_marks_are_text(bundled) -> None:  # type: ignore[no-untyped-def]
    found = find(bundled, "110 officers\ud800 quit \u202e\u200f \U0001f600 e\u0301\u0301")
    assert found.results and "110 have already quit" in found.results[0].passage


def test_a_megabyte_claim_is_cut_not_refused(bundled) -> None:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    found = find(bundled, "x" * 1_000_000 + " 110 officers quit")
    assert time.perf_counter() - t0 < 60  # catches work that grows with its square, not speed
    assert str(MAX_CLAIM_CHARS) in found.warnings[0]


@pytest.mark.bundled_index  # reads the bundled corpus only
def test_whitespace_claim_is_an_error() -> None:
    result = runner.invoke(app, ["check", " \t "])
    assert result.exit_code == 2 and "empty" in result.stderr


# ------------------------------------------------------------------ corpus files


def test_oversized_file_is_skipped_with_a_reason(mini: Path, tmp_path: Path) -> None:
    big = mini / "huge.txt"
    with open(big, "wb") as fh:  # sparse: no real disk use
        fh.truncate(MAX_FILE_BYTES + 1)
    idx = open_index(config.Settings((mini,), tmp_path / "i.sqlite"))
    assert dict(idx.report.skips)[str(big)].startswith("larger than")
    assert len(idx.docs()) == 2


def test_symlink_loop_is_reported_not_followed(mini: Path) -> None:
    (mini / "loop").symlink_to(mini, target_is_directory=True)
    found, skipped = discover([mini], follow=True)
    assert any(s.reason == "symlink loop" for s in skipped)
    assert found and not any("/loop/" in p for p in found)


def test_vanished_file_is_a_skip_with_the_documented_reason() -> None:
    skipped = prepare_safely("/nonexistent", "/nonexistent/gone.txt")
    assert getattr(skipped, "reason", "") == "vanished while indexing"
    readme = (Path(__file__).resolve().parents[1] / "docs" / "troubleshooting.md").read_text(encoding="utf-8")
    assert "(vanished while indexing)" in readme


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_warning(mini: Path, tmp_path: Path) -> None:
    secret = mini / "secret.txt"
    secret.write_text("hidden text")
    secret.chmod(0)
    idx = open_index(config.Settings((mini,), tmp_path / "i.sqlite"))
    assert any("secret.txt" in w for w in idx.report.warnings)


def test_permission_denied_is_a_warning_even_as_root(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzmil import corpus

    secret = mini / "secret.txt"
    secret.write_text("hidden text about lighthouses")
    real = corpus.open_file

    def deny(path: Path, flags: int) -> int:
        if path.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real(path, flags)

    monkeypatch.setattr(corpus, "open_file", deny)
    idx = open_index(config.Settings((mini,), tmp_path / "i.sqlite"))
    assert any("secret.txt: skipped (cannot read: Permission denied)" in w for w in idx.report.warnings)
    assert len(idx.docs()) == 2


def test_unwritable_cache_falls_back_with_a_warning(mini: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    idx = open_index(config.Settings((mini,), blocker / "index.sqlite"))
    assert any("cannot write the index folder" in w for w in idx.report.warnings)
    assert find(idx, "harbour wall").results


# ------------------------------------------------------------------ processes


def _sigint_as_default() -> None:
    """In the child before kzmil starts: a shell that runs the tests in the background (as a
    CI script may: `.ci/run &`) has them ignore SIGINT, and a child inherits that, so Ctrl-C
    would never reach kzmil and the tests below would skip, asserting nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _bench_corpus(tmp_path: Path, n: int) -> Path:
    """n articles made from the bundled corpus's paragraphs (seeded), each with a title of its
    own: enough work for indexing to be caught mid-way, with nothing from outside the repo."""
    rng = random.Random(n)
    paras = [
        p
        for f in sorted(config.corpus_roots(None)[0].glob("*.md"))
        for p in f.read_text(encoding="utf-8").split("\n\n")[1:]
        if len(p) > 80 and not p.startswith("---")
    ]
    dest = tmp_path / "corpus"
    dest.mkdir()
    for i in range(n):
        topic = " ".join(rng.sample(["army", "reform", "budget", "training"], 2))
        title = f"Generated article {i} on {topic}"
        body = "\n\n".join(rng.sample(paras, min(len(paras), rng.randint(4, 8))))
        (dest / f"article-{i:04d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return dest


@pytest.mark.skipif(KZMIL is None, reason="kzmil is not installed")
@pytest.mark.slow
def test_killed_index_leaves_a_usable_index(tmp_path: Path) -> None:
    corpus = _bench_corpus(tmp_path, 600)
    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "i.sqlite"), KZMIL_CORPUS=str(corpus))
    first = sorted(corpus.iterdir())[0]
    subprocess.run([KZMIL or "kzmil", "index"], env=env, check=True, capture_output=True)
    for p in sorted(corpus.iterdir())[:300]:  # change half the corpus, then kill the update
        p.write_text(p.read_text(encoding="utf-8") + "\n\nAppended paragraph.\n", encoding="utf-8")
    proc = subprocess.Popen(
        [KZMIL or "kzmil", "index", "--rebuild"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    time.sleep(0.8)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    title = first.read_text(encoding="utf-8").splitlines()[0]
    out = subprocess.run([KZMIL or "kzmil", "find", "--json", title], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert json.loads(out.stdout)["results"]


@pytest.mark.skipif(KZMIL is None, reason="kzmil is not installed")
@pytest.mark.slow
def test_ctrl_c_exits_130_quietly(tmp_path: Path) -> None:
    corpus = _bench_corpus(tmp_path, 800)
    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "i.sqlite"), KZMIL_CORPUS=str(corpus))
    proc = subprocess.Popen(
        [KZMIL or "kzmil", "index"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_sigint_as_default,
    )
    time.sleep(0.8)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("indexing finished before the signal")
    assert proc.returncode == 130
    assert "Traceback" not in err


def test_no_traceback_on_a_broken_index_file(tmp_path: Path) -> None:
    index = tmp_path / "i.sqlite"
    index.write_bytes(b"\x00" * 5000)  # unrecognisable: perhaps not ours, so it is left alone
    proc = subprocess.run(
        [sys.executable, "-m", "kzmil", "find", "--index", str(index), "110 officers quit"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "not a kzmil index" in proc.stderr and "Traceback" not in proc.stderr
    assert index.read_bytes() == b"\x00" * 5000


def test_a_user_file_named_as_the_index_is_never_overwritten(tmp_path: Path) -> None:
    notes = tmp_path / "my-notes.md"
    notes.write_text("Precious notes, not an index.\n")
    result = runner.invoke(app, ["find", "--index", str(notes), "110 officers quit"])
    assert result.exit_code == 2 and "not a kzmil index" in result.stderr
    assert notes.read_text() == "Precious notes, not an index.\n"


# ------------------------------------------------------------ names that are not UTF-8 (issue 12, item 13)


def test_file_and_folder_names_that_are_not_utf8(tmp_path: Path) -> None:
    import base64

    root = tmp_path / "corpus"
    folder = os.fsencode(root) + b"/d\xffir"
    os.makedirs(folder)
    with open(folder + b"/caf\xe9.md", "w", encoding="utf-8") as fh:
        fh.write("Latin-1 name\n\nThe ferry to the island leaves at seven every morning.\n")
    args = ["--corpus", str(root)]
    assert runner.invoke(app, ["index", *args]).exit_code == 0
    plain = runner.invoke(app, ["find", *args, "ferry island seven morning"])
    assert plain.exit_code == 0, plain.output
    # the title line is not a numbered paragraph (issue 14, item 9)
    assert "d\\xffir/caf\\xe9:1" in plain.stdout and "d\\xffir/caf\\xe9.md:3" in plain.stdout
    data = json.loads(runner.invoke(app, ["find", "--json", *args, "ferry island seven morning"]).stdout)
    top = data["results"][0]
    raw = base64.b64decode(top["path_bytes"])
    assert raw == folder + b"/caf\xe9.md" and top["path"] == raw.decode("utf-8", "replace")
    with open(raw, encoding="utf-8") as fh:
        assert fh.read()[top["start"] : top["end"]] == top["passage"]
    listed = json.loads(runner.invoke(app, ["sources", "--json", *args]).stdout)
    assert base64.b64decode(listed[0]["path_bytes"]) == raw
    shown = runner.invoke(app, ["show", *args, "d\\xffir/caf\\xe9"])
    assert shown.exit_code == 0 and "ferry" in shown.stdout
    for command in (["sources"], ["check", "The ferry leaves at seven."], ["cite", "ferry island"]):
        result = runner.invoke(app, [*command, *args])
        assert result.exit_code in (0, 1, 3) and "Error" not in result.stderr, result.output


# ------------------------------------------------------------------ the temporary fallback folder (item 8)


def _unwritable_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> config.Settings:
    import tempfile

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    shared_tmp = tmp_path / "shared-tmp"
    shared_tmp.mkdir(mode=0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    return config.Settings(config.corpus_roots(None), blocker / "index.sqlite")


def test_fallback_folder_is_made_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = _unwritable_cache(tmp_path, monkeypatch)
    idx = open_index(s)
    folder = idx.path.parent
    assert folder.name == f"kzmil-{os.getuid()}" and (folder.stat().st_mode & 0o777) == 0o700


@pytest.mark.parametrize("attack", ["world-writable", "someone else's", "a symlink"])
def test_fallback_folder_of_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, attack: str
) -> None:
    s = _unwritable_cache(tmp_path, monkeypatch)
    planted = tmp_path / "shared-tmp" / f"kzmil-{os.getuid()}"
    mini = tmp_path / "forged-corpus"
    mini.mkdir()
    (mini / "forged.md").write_text("The forged passage says 110 officers quit.\n")
    forged = open_index(config.Settings((mini,), tmp_path / "forged.sqlite"))
    forged.close()
    if attack == "a symlink":
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        planted.symlink_to(elsewhere)
    else:
        planted.mkdir(mode=0o700)
    shutil.copy(tmp_path / "forged.sqlite", planted / s.index_path.name)
    if attack == "world-writable":
        planted.chmod(0o777)
    elif attack == "someone else's":
        if os.geteuid() == 0:
            os.chown(planted, 4242, 4242)
        else:  # no second user to be: pretend to be someone else instead
            real = os.getuid()
            monkeypatch.setattr(os, "getuid", lambda: real + 4242)
            planted.rename(planted.with_name(f"kzmil-{real + 4242}"))
    with pytest.raises(Exception, match="is not safe to use") as err:
        open_index(s)
    assert "set KZMIL_INDEX" in str(err.value)
    result = runner.invoke(app, ["find", "--index", str(s.index_path), "110 officers quit"])
    assert result.exit_code == 2 and "forged" not in result.stdout


# ------------------------------------------------------------------ symbolic links (items 9 and 18)


@pytest.fixture
def linked(mini: Path, tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "passwd.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash secret line about lighthouses\n")
    (mini / "outside.txt").symlink_to(secret)
    (mini / "outside-dir").symlink_to(secret.parent, target_is_directory=True)
    (mini / "sub").mkdir()
    (mini / "sub" / "real.md").write_text("A real article about tides and ferries.\n")
    (mini / "alias.md").symlink_to(mini / "sub" / "real.md")
    return mini


def test_symlinks_are_not_followed_by_default(linked: Path) -> None:
    args = ["--corpus", str(linked)]
    built = runner.invoke(app, ["index", *args])
    assert (
        f"{linked / 'outside.txt'}: skipped (symbolic link; --follow indexes what it points to)"
        in built.stderr
    )
    shown = runner.invoke(app, ["show", *args, "outside"])
    assert shown.exit_code == 2 and "root:x" not in shown.stdout
    found = json.loads(runner.invoke(app, ["find", "--json", *args, "root bash secret lighthouses"]).stdout)
    assert all("passwd" not in r["path"] and "outside" not in r["path"] for r in found["results"])
    docs = [d["id"] for d in json.loads(runner.invoke(app, ["sources", "--json", *args]).stdout)]
    assert "alias" not in docs and "sub/real" in docs


def test_follow_stays_inside_the_corpus(linked: Path) -> None:
    args = ["--corpus", str(linked), "--follow"]
    built = runner.invoke(app, ["index", *args])
    assert built.exit_code == 0, built.output
    assert (
        f"{linked / 'outside.txt'}: skipped (symbolic link to a file outside the corpus folders)"
        in built.stderr
    )
    assert (
        f"{linked / 'outside-dir'}: skipped (symbolic link to a file outside the corpus folders)"
        in built.stderr
    )
    assert runner.invoke(app, ["show", *args, "outside"]).exit_code == 2
    docs = [d["id"] for d in json.loads(runner.invoke(app, ["sources", "--json", *args]).stdout)]
    assert "alias" in docs and "sub/real" in docs


def test_a_symlink_loop_is_reported_once_per_update(mini: Path) -> None:
    (mini / "loop").symlink_to(mini, target_is_directory=True)
    args = ["--corpus", str(mini), "--follow"]
    first = runner.invoke(app, ["find", *args, "harbour wall"])
    assert "skipped (symlink loop)" in first.stderr
    again = runner.invoke(app, ["find", *args, "harbour wall"])
    assert again.exit_code == 0 and again.stderr == ""
    (mini / "new.md").write_text("A new article about the harbour.\n")
    assert "skipped (symlink loop)" in runner.invoke(app, ["find", *args, "harbour wall"]).stderr


# ------------------------------------------------------------------ a worker killed mid-run (item 12)

POISONED_WORKER = (
    "import os, signal\n"
    "from kzmil import prepare, workers\n"
    "real = prepare.prepare_safely\n"
    "def poisoned(root, path, follow=False):\n"
    "    if 'poison' in path:\n"
    "        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's OOM killer would\n"
    "    return real(root, path, follow)\n"
    "prepare.prepare_safely = poisoned\n"
    "workers.worker_main()\n"
)


@pytest.mark.slow
def test_a_file_that_kills_its_worker_is_retried_once_then_skipped(tmp_path: Path) -> None:
    from kzmil.workers import WORKER_DIED, Pool

    root = tmp_path / "c"
    root.mkdir()
    items = []
    for n in range(40):
        name = "poison.md" if n == 17 else f"a{n:02d}.md"
        (root / name).write_text(f"Article {n}\n\nThe harbour had {n} boats in it.\n")
        items.append((str(root), str(root / name)))
    pool = Pool(2, False, [sys.executable, "-c", POISONED_WORKER, str(os.getpid())])
    ticks = []
    results = list(pool.run(items, lambda: ticks.append(1)))
    assert len(results) == len(ticks) == 40
    assert results[17].reason == WORKER_DIED and str(results[17].path).endswith("poison.md")
    assert all(r.doc == f"a{n:02d}" for n, r in enumerate(results) if n != 17)
    assert not pool.workers


@pytest.mark.slow
def test_an_index_run_survives_a_worker_killed_from_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from kzmil import workers

    corpus = tmp_path / "c"
    corpus.mkdir()
    for n in range(200):
        (corpus / f"a{n:03d}.md").write_text(f"Article {n}\n\n" + "The ferry crossed the bay at noon. " * 400)
    killed: list[int] = []
    real_send = workers.Pool._send

    def send(self: workers.Pool, w: workers._Worker, seq: int, items: list[tuple[str, str]]) -> None:
        real_send(self, w, seq, items)
        if seq == 100 and not killed:  # the kernel picks a worker to kill mid-run
            killed.append(w.proc.pid)
            threading.Timer(0.05, os.kill, (w.proc.pid, signal.SIGKILL)).start()

    monkeypatch.setattr(workers.Pool, "_send", send)
    idx = open_index(config.Settings((corpus,), tmp_path / "i.sqlite"))
    assert killed and idx.report.added == 200 and idx.report.skipped == 0
    assert not any(workers.WORKER_DIED in w for w in idx.report.warnings)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see the workers start")
@pytest.mark.parametrize("delay", [0.05, 0.1, 0.3])
@pytest.mark.slow
def test_ctrl_c_at_any_moment_of_indexing_is_quiet(tmp_path: Path, delay: float) -> None:
    """The terminal sends SIGINT to the whole foreground group, workers included, and
    the first moments (workers still importing) used to print their tracebacks."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n in range(400):
        (corpus / f"a{n:03d}.md").write_text(f"Article {n}\n\n" + "The ferry crossed the bay at noon. " * 300)
    env = dict(os.environ, KZMIL_INDEX=str(tmp_path / "i.sqlite"), KZMIL_CORPUS=str(corpus))
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzmil", "index"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_sigint_as_default,
    )
    from test_hostile import children_of

    while not children_of(proc.pid) and proc.poll() is None:
        time.sleep(0.002)
    time.sleep(delay)  # a worker is starting up
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    if " added, " in out:
        pytest.skip("indexing finished before the signal")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


# ------------------------------------------------------------------ a corpus saved in NFD (item 16)


def test_an_exact_quote_typed_composed_finds_a_decomposed_corpus(tmp_path: Path) -> None:
    import unicodedata

    from kzmil.corpus import bundled_corpus

    root = tmp_path / "c"
    root.mkdir()
    sentence = "Die Bürgermeisterin von Zürich eröffnete die Brücke über die Limmat."
    text = f"Ein Artikel\n\n{sentence} Später sprach Nazarbáyev über Außenpolitik.\n"
    (root / "nfd.md").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    quote = "Die Bürgermeisterin von Zürich eröffnete die Brücke"  # typed: composed (NFC)
    args = ["--corpus", str(root), "--corpus", str(bundled_corpus())]
    top = json.loads(runner.invoke(app, ["find", "--json", *args, quote]).stdout)["results"][0]
    assert top["score"] == 100.0 and top["path"] == str(root / "nfd.md"), top
    saved = (root / "nfd.md").read_text(encoding="utf-8")
    assert saved[top["start"] : top["end"]] == top["passage"]
    assert unicodedata.normalize("NFC", top["passage"]) == sentence
    words = {unicodedata.normalize("NFC", top["passage"][s:e]) for s, e in top["highlights"]}
    assert {"Bürgermeisterin", "Zürich", "eröffnete", "Brücke"} <= words
