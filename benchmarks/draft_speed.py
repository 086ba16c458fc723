"""How much a whole draft costs next to one claim: `kzmil check --file` vs `kzmil check`.

Both are timed as whole processes on the bundled corpus with a warm index (medians of
interleaved runs). The draft is 100 sentences: the labelled drafts in tests/drafts joined
in order until they hold 100 (headings, lists, quotes and framing included), or --draft.
For comparison, the same sentences piped one per line to `kzmil check -` (the way to check
a draft before `--file`).

    python benchmarks/draft_speed.py [--runs 7] [--draft FILE] [--sentences 100]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 6.0  # the bound: a 100-sentence draft costs at most 6x a single check
CLAIM = "Akhmetov met his Belarusian counterpart in Almaty on September 12."


def timed(cmd: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one whole process. On a busy machine the
    CPU time is the steadier figure: it does not count waiting for a core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-300:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def build_draft(sentences: int, out: Path) -> tuple[Path, list[str]]:
    """Join the labelled drafts until they hold `sentences` sentences; return the draft and
    its sentences (from the labels, one per line, for the piped comparison)."""
    import json

    texts: list[str] = []
    parts: list[str] = []
    for md in sorted((ROOT / "tests" / "drafts").glob("draft-*.md"), key=lambda p: int(p.stem.split("-")[1])):
        labels = [
            json.loads(x)["text"] for x in md.with_suffix(".labels.jsonl").read_text().splitlines() if x
        ]
        if len(texts) + len(labels) > sentences:
            break
        parts.append(md.read_text(encoding="utf-8"))
        texts.extend(labels)
    out.write_text("\n\n".join(parts), encoding="utf-8")
    return out, texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--draft", type=Path, help="a draft to time instead of the joined labelled drafts")
    ap.add_argument("--sentences", type=int, default=100)
    args = ap.parse_args()
    kzmil = shutil.which("kzmil")
    if not kzmil:
        print("kzmil is not on PATH: install it first (see README)", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="kzmil-draft-bench-"))
    env = dict(os.environ, KZMIL_INDEX=str(tmp / "index.sqlite"), NO_COLOR="1")
    env.pop("KZMIL_CORPUS", None)
    try:
        if args.draft:
            draft, texts = args.draft, []
        else:
            draft, texts = build_draft(args.sentences, tmp / "draft.md")
        file_cmd = [kzmil, "check", "--file", str(draft), "--json"]
        one_cmd = [kzmil, "check", CLAIM]
        pipe_cmd = [kzmil, "check", "-"]
        piped = "\n".join(" ".join(t.replace("*", "").split()) for t in texts).encode("utf-8")
        out = subprocess.run(file_cmd, env=env, capture_output=True, text=True, check=False)
        if out.returncode not in (0, 1, 3):
            raise SystemExit(f"kzmil check --file failed: {out.stderr.strip()[-300:]}")
        import json

        report = json.loads(out.stdout)
        n = len(report["statements"])
        checked = sum(1 for s in report["statements"] if s["checked"])
        one, whole, pipe = [], [], []
        for _ in range(args.runs):
            one.append(timed(one_cmd, env))
            whole.append(timed(file_cmd, env))
            if texts:
                pipe.append(timed(pipe_cmd, env, piped))

        def med(xs: list[tuple[float, float]], k: int) -> float:
            return statistics.median(x[k] for x in xs)

        o, w = med(one, 0), med(whole, 0)
        oc, wc = med(one, 1), med(whole, 1)
        print(f"runs per figure                      {args.runs} (medians, whole processes, warm index)")
        print("                                        wall        CPU")
        print(f"kzmil check CLAIM                    {o * 1000:7.1f} ms {oc * 1000:7.1f} ms")
        label = f"kzmil check --file ({n} sentences, {checked} checked)"
        print(f"{label:37}{w * 1000:7.1f} ms {wc * 1000:7.1f} ms")
        if pipe:
            p, pc = med(pipe, 0), med(pipe, 1)
            piped_label = f"kzmil check - ({len(texts)} sentences piped)"
            print(
                f"{piped_label:37}{p * 1000:7.1f} ms {pc * 1000:7.1f} ms   ({p / o:.2f}x, CPU {pc / oc:.2f}x)"
            )
        print(f"ratio draft / one check              {w / o:7.2f}x  {wc / oc:7.2f}x   (target <= {TARGET:g})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
