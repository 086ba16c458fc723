"""Whole-process timings of kzmil on the bundled corpus, in one run.

Prints the warm `kzmil find` and `kzmil check` times beside a bare `import typer,
rich.console, rapidfuzz`, their ratios, the cold index build, and `kzmil cite`. Medians of
several runs, interleaved so that machine noise hits both sides alike. Last, the
indexing time per MB of files that are one long sentence each (no full stop
anywhere), at several sizes: flat seconds per MB means indexing is linear.

    python benchmarks/startup.py [--runs 15] [--long-sentence-mb 1,2,4]
        [--corpus DIR --index FILE]   # also time `find` on a large corpus, in the same run

With `--corpus`, `kzmil find` is timed a third way, on that corpus and index (built first
if missing, not timed), interleaved with the others: its ratio to the same bare imports is
the figure issue 16 asks to stay within 1.3x at 20,000 articles and 1.5x at 200,000.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-300:]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--claim", default="110 officers quit")
    ap.add_argument(
        "--long-sentence-mb", default="1,2,4", help="sizes of the one-sentence files ('' to skip)"
    )
    ap.add_argument("--corpus", help="a large corpus folder to time `find` on as well")
    ap.add_argument("--index", help="its index file (built first when missing)")
    args = ap.parse_args()
    if bool(args.corpus) != bool(args.index):
        ap.error("--corpus and --index go together")
    kzmil = shutil.which("kzmil")
    if not kzmil:
        print("kzmil is not on PATH: install it first (see README)", file=sys.stderr)
        return 2
    probe = subprocess.run(
        [sys.executable, "-c", "import kzmil, pathlib; print(pathlib.Path(kzmil.__file__).parent)"],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    package = Path(probe.stdout.strip() or ".")
    if not (package / "__pycache__").is_dir():
        print(
            f"note: {package} has no bytecode cache (an editable install with PYTHONDONTWRITEBYTECODE?): "
            "every run compiles kzmil's modules, so the figures are pessimistic"
        )
    tmp = Path(tempfile.mkdtemp(prefix="kzmil-bench-"))
    env = dict(os.environ, KZMIL_INDEX=str(tmp / "index.sqlite"), NO_COLOR="1")
    env.pop("KZMIL_CORPUS", None)
    try:
        cold = [timed([kzmil, "index", "--rebuild"], env) for _ in range(3)]
        builds = []
        for _ in range(3):
            (tmp / "index.sqlite").unlink(missing_ok=True)
            t0 = time.perf_counter()
            subprocess.run([kzmil, "find", args.claim], env=env, stdout=subprocess.DEVNULL, check=False)
            builds.append(time.perf_counter() - t0)
        base_cmd = [sys.executable, "-c", "import typer, rich.console, rapidfuzz"]
        find_cmd = [kzmil, "find", args.claim]
        cite_cmd = [kzmil, "cite", args.claim]
        check_cmd = [kzmil, "check", args.claim]
        timed(find_cmd, env)  # warm the index and the OS caches
        big_env = dict(env, KZMIL_CORPUS=args.corpus or "", KZMIL_INDEX=args.index or "")
        if args.corpus:
            subprocess.run([kzmil, "index"], env=big_env, stdout=subprocess.DEVNULL, check=True)
            timed(find_cmd, big_env)
        base, find, cite, check, big = [], [], [], [], []
        for _ in range(args.runs):
            base.append(timed(base_cmd, env))
            find.append(timed(find_cmd, env))
            check.append(timed(check_cmd, env))
            cite.append(timed(cite_cmd, env))
            if args.corpus:
                big.append(timed(find_cmd, big_env))
        b, f, c, k = (statistics.median(x) for x in (base, find, cite, check))
        print(f"runs per figure                         {args.runs} (medians)")
        print(f"python -c 'import typer, rich.console, rapidfuzz'  {b * 1000:7.1f} ms")
        print(f"kzmil find {args.claim!r} (warm index) {f * 1000:7.1f} ms")
        print(f"ratio find / bare imports               {f / b:7.2f}x   (target <= 1.30)")
        if big:
            g = statistics.median(big)
            print(f"kzmil find on {args.corpus}            {g * 1000:7.1f} ms")
            print(f"ratio find ({args.corpus}) / bare imports {g / b:7.2f}x")
        print(f"kzmil check {args.claim!r} (warm index){k * 1000:7.1f} ms")
        print(f"ratio check / bare imports              {k / b:7.2f}x   (target <= 1.50)")
        print(f"kzmil cite {args.claim!r}              {c * 1000:7.1f} ms")
        print(f"kzmil index --rebuild (5 articles)      {statistics.median(cold) * 1000:7.1f} ms")
        print(f"first find with no index (cold build)   {statistics.median(builds) * 1000:7.1f} ms")
        sizes = [float(x) for x in args.long_sentence_mb.split(",") if x.strip()]
        if sizes:
            print(long_sentences(kzmil, tmp, env, sizes))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def long_sentences(kzmil: str, tmp: Path, env: dict[str, str], sizes: list[float]) -> str:
    """`kzmil index --rebuild` of one file holding one sentence of each size, in s/MB net of
    a run on a 1 kB file of the same kind (process start-up and the empty index)."""
    words = "the officer quit military Kazakhstan army 110 reasons study".split()

    def run(megabytes: float) -> float:
        corpus = tmp / f"long-{megabytes}"
        corpus.mkdir()
        n, text, parts = 0, [], 0
        while parts < megabytes * 1_000_000:
            word = words[n % len(words)]
            text.append(word)
            parts += len(word) + 1
            n += 7  # steps through the words in another order each round
        (corpus / "one-sentence.txt").write_text(" ".join(text) + "\n", encoding="utf-8")
        cmd = [kzmil, "index", "--rebuild", "--corpus", str(corpus), "--index", str(corpus / "i.sqlite")]
        return min(timed(cmd, env) for _ in range(2))

    base = run(0.001)
    cells = [f"{mb:g} MB {(run(mb) - base) / mb:5.2f} s/MB" for mb in sizes]
    return "index a one-sentence file (net of a 1 kB one)   " + ", ".join(cells) + "   (flat: linear)"


if __name__ == "__main__":
    sys.exit(main())
