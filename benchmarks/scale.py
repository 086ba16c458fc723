"""kzmil at scale: index time, incremental update, index size, memory, query latency,
and two plain peers (rapidfuzz brute force, ugrep -Z), measured in one run.

    python benchmarks/scale.py --corpus ../shared/bench-corpus/articles --files 20000

With --files larger than the source folder, a corpus is synthesised: each extra file
takes a title line and a shuffled draw of paragraphs from the source articles (seeded,
so runs are repeatable). The five bundled articles are added, so that labelled claims
have their answers somewhere in the haystack. The source text is only read; everything
written goes to a temporary folder that is removed at the end (--keep to keep it).

Queries come in three sets, each timed for kzmil and for the brute-force peer:
  phrases   4-8 words cut from a random sentence, one word dropped (a remembered quote)
  reworded  the same phrases with one word's form changed ("officers" -> "officer")
  claims    the labelled claims in tests/claims/ (paraphrases, changed numbers, absent facts)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def build_corpus(source: Path, dest: Path, files: int, seed: int) -> tuple[str, int]:
    """Copy (and, past the source's size, synthesise) `files` articles into dest."""
    originals = sorted(p for p in source.iterdir() if p.suffix in (".txt", ".md"))
    rng = random.Random(seed)
    dest.mkdir(parents=True)
    total = 0
    for p in originals[:files]:
        data = p.read_bytes()
        (dest / p.name).write_bytes(data)
        total += len(data)
    how = f"{min(files, len(originals))} source articles copied"
    extra = files - len(originals)
    if extra > 0:
        paras: list[str] = []
        for p in originals:
            paras.extend(x for x in p.read_text(encoding="utf-8").split("\n\n")[1:] if len(x) > 80)
        sub = dest / "synthetic"
        sub.mkdir()
        for n in range(extra):
            k = rng.randint(4, 14)
            body = "\n\n".join(rng.sample(paras, k))
            text = f"Synthetic article {n}\n\n{body}\n"
            (sub / f"syn-{n:06d}.txt").write_text(text, encoding="utf-8")
            total += len(text.encode())
        how += f", {extra} synthesised (title line + 4-14 paragraphs drawn at random from them, seed {seed})"
    from kzmil.corpus import bundled_corpus

    bundled = dest / "bundled"
    shutil.copytree(bundled_corpus(), bundled, ignore=shutil.ignore_patterns("NOTES.md"))
    added = sorted(bundled.rglob("*.md"))
    total += sum(p.stat().st_size for p in added)
    how += f", plus the {len(added)} bundled articles"
    return how, total


def reuse_or_build(source: Path, work: Path, files: int, seed: int) -> tuple[str, int]:
    """The corpus in work/corpus, built unless an earlier run with --work built the same one."""
    marker = work / "corpus.json"
    wanted = {"files": files, "seed": seed, "source": str(source.resolve())}
    if marker.is_file():
        made = json.loads(marker.read_text(encoding="utf-8"))
        if {k: made.get(k) for k in wanted} == wanted:
            return str(made["how"]) + " (reused)", int(made["bytes"])
    shutil.rmtree(work / "corpus", ignore_errors=True)
    how, nbytes = build_corpus(source, work / "corpus", files, seed)
    marker.write_text(json.dumps({**wanted, "how": how, "bytes": nbytes}), encoding="utf-8")
    return how, nbytes


def sample_queries(corpus: Path, n: int, seed: int) -> list[str]:
    """Phrases a user might half-remember: 4-9 words from a random sentence, some words dropped."""
    rng = random.Random(seed + 1)
    files = sorted(corpus.rglob("*.txt")) or sorted(corpus.rglob("*.md"))  # --files 0: the bundled five
    queries: list[str] = []
    while len(queries) < n:
        text = rng.choice(files).read_text(encoding="utf-8")
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if 60 < len(s) < 300]
        if not sentences:
            continue
        words = rng.choice(sentences).split()
        start = rng.randint(0, max(0, len(words) - 9))
        phrase = words[start : start + rng.randint(4, 9)]
        if len(phrase) > 4:
            phrase.pop(rng.randrange(len(phrase)))
        queries.append(" ".join(w.strip('.,;:()"“”') for w in phrase))
    return queries


def reworded(phrase: str, rng: random.Random) -> str:
    """The phrase as half-remembered: one longer word in another form (plural <-> singular)."""
    words = phrase.split()
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
    if not spots:
        return phrase
    i = rng.choice(spots)
    words[i] = words[i][:-1] if words[i].endswith("s") else words[i] + "s"
    return " ".join(words)


def labelled_claims() -> list[tuple[str, str]]:
    """(claim, anchor) pairs from our own held-out claim files; anchor is "" for absent facts."""
    out = []
    for path in sorted((Path(__file__).resolve().parent.parent / "tests" / "claims").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((item["claim"], item.get("anchor") or ""))
    return out


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:3])} failed ({proc.returncode}): {proc.stderr[-400:]}")
    return elapsed, proc.stdout


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def measure_indexing(
    kzmil: str, env: dict[str, str], corpus: Path, index: Path, nbytes: int, files: int
) -> None:
    """Full index, then a run with no change, then one with one file changed."""
    index.unlink(missing_ok=True)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    full, out = run([kzmil, "index"], env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss = after.ru_maxrss
    before = usage.ru_maxrss
    cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
    print(
        f"full index:            {full:8.2f} s   {files / full:6.0f} articles/s   "
        f"{nbytes / 1e6 / full:6.1f} MB/s   ({out.strip()})"
    )
    print(
        f"  CPU time, all its processes: {cpu:.1f} s; on {os.cpu_count()} idle cores at least "
        f"{cpu / (os.cpu_count() or 1):.1f} s (a shared machine stretches the wall time, not this)"
    )
    print(f"peak RSS (largest process while indexing): {max(rss, before) / 1024:.0f} MB")
    nochange = [run([kzmil, "index"], env)[0] for _ in range(3)]
    print(
        f"no-change re-index:    {statistics.median(nochange):8.2f} s   "
        "(whole process, every file stat-ed; median of 3)"
    )
    victim = next(corpus.rglob("*.txt"), None) or next(corpus.rglob("*.md"))
    original = victim.read_bytes()
    victim.write_bytes(original + b"\n\nOne more paragraph, added for the benchmark.\n")
    one, out = run([kzmil, "index"], env)
    print(f"one file changed:      {one:8.2f} s   ({out.strip().split(';')[0]})")
    victim.write_bytes(original)  # a corpus kept with --work stays as it was built
    run([kzmil, "index"], env)
    size = index.stat().st_size
    print(
        f"index size on disk:    {size / 1e6:8.1f} MB   "
        f"({size / nbytes:.2f}x the {nbytes / 1e6:.1f} MB of text)"
    )
    measure_added(kzmil, env, corpus)


def measure_queries(
    idx: Any, sets: dict[str, list[str]], claims: list[tuple[str, str]]
) -> dict[str, list[float]]:
    """In-process latency of every query of every set, and whether the top result is right."""
    from kzmil.search import find

    lat: dict[str, list[float]] = {}
    for name, qs in sets.items():
        lat[name] = []
        cpu: list[float] = []
        tops = []
        for q in qs:
            t0, c0 = time.perf_counter(), time.process_time()
            found = find(idx, q)
            lat[name].append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            tops.append(found.results[0].passage.casefold() if found.results else "")
        if name == "claims":
            needles = [(top, anchor) for top, (_, anchor) in zip(tops, claims, strict=True) if anchor]
            hits = sum(anchor.casefold() in top for top, anchor in needles)
            quality = f"top result holds the labelled passage for {hits}/{len(needles)}"
        else:
            hits = sum(
                sum(w in top for w in q.casefold().split()) >= len(q.split()) - 1
                for q, top in zip(sets["phrases"], tops, strict=True)
            )
            quality = f"top result holds the phrase's words for {hits}/{len(qs)}"
        print(
            f"query, in-process, {name:9s} p50 {pct(lat[name], 50) * 1000:6.1f} ms   "
            f"p95 {pct(lat[name], 95) * 1000:6.1f} ms   ({len(qs)} queries; {quality})"
        )
        print(
            f"  same, CPU time only:           p50 {pct(cpu, 50) * 1000:6.1f} ms   "
            f"p95 {pct(cpu, 95) * 1000:6.1f} ms   (not stretched by waiting for a core)"
        )
    return lat


def measure_added(kzmil: str, env: dict[str, str], corpus: Path) -> None:
    """A file added, then `kzmil find`: only its folder is listed again (docs/index-freshness.md)."""
    run([kzmil, "find", "harbour"], env)  # the first find after `kzmil index` may list a racy folder
    folders = [f for f in (corpus / "bundled", corpus, corpus / "synthetic") if f.is_dir()]
    for folder in folders:  # the smallest folder, the corpus folder, the largest
        files = sum(1 for _ in folder.iterdir())
        added = folder / "zz-added-for-the-benchmark.md"
        added.write_text("A lighthouse keeper counted 7,311 ships passing in one winter.\n", encoding="utf-8")
        took, out = run([kzmil, "find", "--json", "lighthouse keeper counted ships"], env)
        seen = "zz-added-for-the-benchmark" in out
        added.unlink()
        run([kzmil, "find", "harbour"], env)
        print(
            f"one file added, next find: {took * 1000:7.1f} ms   (whole process; its folder holds "
            f"{files} files; {'seen' if seen else 'NOT SEEN'})"
        )


IMPORT_FLOOR = [sys.executable, "-c", "import typer, rich.console, rapidfuzz"]  # as benchmarks/startup.py


def measure_processes(kzmil: str, env: dict[str, str], queries: list[str], work: Path) -> list[float]:
    """Whole `kzmil find` processes on this corpus and on the bundled corpus, and the import
    floor of benchmarks/startup.py, interleaved in one run so that machine noise hits all alike."""
    small = dict(env, KZMIL_INDEX=str(work / "bundled.sqlite"))
    small.pop("KZMIL_CORPUS")
    run([kzmil, "index"], small)
    run([kzmil, "find", queries[0]], env)  # the first run after `kzmil index` may list a racy folder
    proc_lat, bundled, floor = [], [], []
    for q in queries:
        floor.append(run(IMPORT_FLOOR, env)[0])
        proc_lat.append(run([kzmil, "find", q], env)[0])
        bundled.append(run([kzmil, "find", "110 officers quit"], small)[0])
    p50, p95 = pct(proc_lat, 50) * 1000, pct(proc_lat, 95) * 1000
    b50, f50 = pct(bundled, 50) * 1000, pct(floor, 50) * 1000
    runs = len(proc_lat)
    print(f"query, whole process:  p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({runs} runs of `kzmil find`)")
    print(f"same, bundled corpus:  p50 {b50:6.1f} ms   -> this corpus costs {p50 / b50:.2f}x as much")
    print(
        f"import floor:          p50 {f50:6.1f} ms   -> ratio find / floor: this corpus {p50 / f50:.2f}x, "
        f"bundled {b50 / f50:.2f}x   (targets: <= 1.3x at 20k, <= 1.5x at 200k)"
    )
    return proc_lat


def measure_peer(
    idx: Any, sets: dict[str, list[str]], lat: dict[str, list[float]], claims: list[tuple[str, str]], n: int
) -> None:
    """rapidfuzz's brute force over every sentence, per query, against kzmil's time for it."""
    from rapidfuzz import fuzz, process, utils

    sentences = [r[0] for r in idx.conn.execute("SELECT text FROM passages")]
    print(
        f"peer: rapidfuzz token_set_ratio (processor=default_process) over all {len(sentences)} "
        f"sentences, first {n} queries of each set; ratio = peer time / kzmil "
        "in-process time, taken per query.\n"
        "  extractOne  process.extractOne as is: it stops at the first sentence scoring 100, which\n"
        "              token_set_ratio gives any sentence whose words are all in the query or hold\n"
        "              all of it (a heading, a short line) wherever it sits in the list\n"
        "  full scan   the same scorer over every sentence (process.cdist, one worker), the cost of\n"
        "              finding the best-scoring sentence"
    )
    answers = dict(claims)
    for name, qs in sets.items():
        one_r, full_r, one_t, full_t, early, right = [], [], [], [], 0, []
        for q, kz in zip(qs[:n], lat[name], strict=False):
            t0 = time.perf_counter()
            best = process.extractOne(
                q, sentences, scorer=fuzz.token_set_ratio, processor=utils.default_process
            )
            one_t.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            process.cdist([q], sentences, scorer=fuzz.token_set_ratio, processor=utils.default_process)
            full_t.append(time.perf_counter() - t0)
            one_r.append(one_t[-1] / kz)
            full_r.append(full_t[-1] / kz)
            early += bool(best) and best[1] == 100
            if answers.get(q):
                right.append(bool(best) and answers[q].casefold() in best[0].casefold())
        for label, times, ratios in (("extractOne", one_t, one_r), ("full scan", full_t, full_r)):
            print(
                f"  {name:9s} {label:10s} p50 {statistics.median(times) * 1000:7.1f} ms   "
                f"ratio min {min(ratios):6.1f}x  p50 {statistics.median(ratios):6.1f}x   "
                f">= 20x for {sum(r >= 20 for r in ratios)}/{len(ratios)}"
            )
        note = f"  {name:9s} extractOne stopped early (a score of 100) for {early}/{len(one_t)}"
        if right:
            note += f"; its answer holds the labelled passage for {sum(right)}/{len(right)}"
        print(note)


def measure_ugrep(env: dict[str, str], corpus: Path, queries: list[str], proc_lat: list[float]) -> None:
    """A plain literal search of the same files, as a whole process, beside `kzmil find`."""
    ugrep = shutil.which("ugrep")
    if ugrep:
        ug = [run([ugrep, "-Z", "-i", "-F", "-r", "-l", "--", q, str(corpus)], env)[0] for q in queries]
        pk = statistics.median(proc_lat)
        print(
            f"peer ugrep -Z -i -F -r -l (whole process): p50 {statistics.median(ug) * 1000:.1f} ms   "
            f"-> ratio ugrep / kzmil find {statistics.median(ug) / pk:.2f}"
        )
    else:
        print("peer ugrep: not installed (apt-get install ugrep), skipped")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="folder of source articles (.txt)")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--process-queries", type=int, default=15, help="queries timed as whole processes")
    ap.add_argument("--peer-queries", type=int, default=10, help="queries run through the brute-force peer")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument(
        "--work",
        type=Path,
        help="folder for the corpus and index, kept and reused by later runs of the same --files and --seed",
    )
    ap.add_argument("--build-only", action="store_true", help="synthesise the corpus in --work, then stop")
    ap.add_argument(
        "--reuse-index", action="store_true", help="with --work: measure queries on the kept index"
    )
    args = ap.parse_args()
    kzmil = shutil.which("kzmil")
    if not kzmil:
        print("kzmil is not on PATH: install it first (see README)", file=sys.stderr)
        return 2

    work = args.work or Path(tempfile.mkdtemp(prefix="kzmil-scale-"))
    corpus, index = work / "corpus", work / "index.sqlite"
    env = dict(os.environ, KZMIL_INDEX=str(index), KZMIL_CORPUS=str(corpus), NO_COLOR="1")
    try:
        how, nbytes = reuse_or_build(args.corpus, work, args.files, args.seed)
        print(f"corpus: {args.files} files, {nbytes / 1e6:.1f} MB: {how}")
        if args.build_only:
            return 0
        print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}")
        if args.reuse_index and index.exists():
            print(f"index: reused {index} ({index.stat().st_size / 1e6:.1f} MB); indexing not measured")
            measure_added(kzmil, env, corpus)
        else:
            articles = args.files + sum(1 for _ in (corpus / "bundled").rglob("*.md"))
            measure_indexing(kzmil, env, corpus, index, nbytes, articles)

        queries = sample_queries(corpus, args.queries, args.seed)
        rng = random.Random(args.seed + 2)
        claims = labelled_claims()
        sets = {
            "phrases": queries,
            "reworded": [reworded(q, rng) for q in queries],
            "claims": [c for c, _ in claims],
        }
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from kzmil import config
        from kzmil.store import open_index

        os.environ.update(KZMIL_INDEX=str(index), KZMIL_CORPUS=str(corpus))
        idx = open_index(config.resolve())
        lat = measure_queries(idx, sets, claims)
        proc_lat = measure_processes(kzmil, env, queries[: args.process_queries], work)
        if args.peer_queries:
            measure_peer(idx, sets, lat, claims, args.peer_queries)
            measure_ugrep(env, corpus, queries[: args.peer_queries], proc_lat)
        idx.close()
    finally:
        if args.keep or args.work:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
