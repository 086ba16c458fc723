"""The shared PostgreSQL index beside the SQLite file, in one run, on the same corpus:
index time, query latency in-process (p50/p95), and throughput with 8 concurrent clients.

    python benchmarks/pg.py --corpus ../shared/bench-corpus/articles --files 20000

The corpus is synthesised as benchmarks/scale.py does (seeded, the five bundled articles
hidden in it). The server is KZMIL_BENCH_PG (a superuser's URL: a database `kzmil_bench`
is made and dropped in it), else a throwaway cluster (scripts/pg_cluster.py). Both
backends answer the same queries, and the run says whether every answer was the same.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).parent
sys.path[:0] = [str(HERE), str(HERE.parent / "scripts")]

from scale import build_corpus, labelled_claims, sample_queries  # noqa: E402

CLIENTS = 8  # concurrent clients for the throughput figure: a newsroom desk querying at once
BENCH_DB = "kzmil_bench"
CLIENT = """
import json, sys, time
import kzmil
queries = json.loads(sys.stdin.readline())
with kzmil.Index(index=sys.argv[1]) as ix:
    ix.find(queries[0])
    print("ready", flush=True)
    sys.stdin.readline()
    t = time.perf_counter()
    for q in queries:
        ix.find(q)
    print(json.dumps([len(queries), time.perf_counter() - t]))
"""


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def with_db(url: str, db: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + db, parts.query, ""))


def admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


def index_time(target: str, corpus: Path) -> dict[str, Any]:
    """`kzmil index` as a process: a full build, then a no-change run."""
    cmd = [sys.executable, "-c", "from kzmil.cli import main; main()", "index", str(corpus), "--json"]
    env = dict(os.environ, KZMIL_INDEX=target)
    out: dict[str, Any] = {}
    for label in ("full", "no_change"):
        t = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"pg.py: kzmil index failed: {proc.stderr.strip()}")
        out[label] = time.perf_counter() - t
        out[f"{label}_report"] = json.loads(proc.stdout)
    return out


def latency(target: str, queries: list[str]) -> tuple[list[float], list[Any]]:
    """Each query once, in-process, through one open index; the seconds and the answers."""
    import kzmil

    times: list[float] = []
    answers: list[Any] = []
    with kzmil.Index(index=target) as ix:
        ix.find(queries[0])  # warm: the first query loads the matcher
        for q in queries:
            t = time.perf_counter()
            got = ix.find(q, limit=3)
            times.append(time.perf_counter() - t)
            answers.append([r.to_json() for r in got])
    return times, answers


def throughput(target: str, queries: list[str], clients: int) -> float:
    """Queries per second with `clients` processes, each with its own connection or file
    handle, all started together once they are ready."""
    per = [queries[i::clients] for i in range(clients)]
    # each client's queries go down its stdin, not its argv: thousands of claims pass the
    # system's limit on a command line
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CLIENT, target], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in per
    ]
    for p, share in zip(procs, per, strict=True):
        assert p.stdin is not None
        p.stdin.write(json.dumps(share) + "\n")
        p.stdin.flush()
    for p in procs:
        assert p.stdout is not None
        if p.stdout.readline().strip() != "ready":
            raise SystemExit("pg.py: a client did not start")
    t = time.perf_counter()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    done = [json.loads(p.communicate(timeout=3600)[0]) for p in procs]
    wall = time.perf_counter() - t
    return sum(n for n, _ in done) / wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="folder of source articles (.txt)")
    ap.add_argument("--files", type=int, default=20000)
    ap.add_argument("--queries", type=int, default=200, help="sampled phrases (the labelled claims come too)")
    ap.add_argument(
        "--claims-every",
        type=int,
        default=1,
        metavar="N",
        help="every Nth labelled claim only (CI's smoke run: the claims grow with every blind set)",
    )
    ap.add_argument("--clients", type=int, default=CLIENTS)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kzmil-pgbench-"))
    cluster: Path | None = None
    server = os.environ.get("KZMIL_BENCH_PG", "").strip()
    try:
        if not server:
            import pg_cluster

            cluster = Path(tempfile.mkdtemp(prefix="kzmil-pgbench-server-"))
            server = pg_cluster.start(cluster)
        admin(server, f"DROP DATABASE IF EXISTS {BENCH_DB}")
        admin(server, f"CREATE DATABASE {BENCH_DB}")
        url = with_db(server, BENCH_DB)
        corpus = work / "corpus"
        how, nbytes = build_corpus(args.corpus, corpus, args.files, args.seed)
        os.environ["KZMIL_CORPUS"] = str(corpus)  # the SQLite index's corpus (a shared index ignores it)
        claims = [c for c, _ in labelled_claims()][:: max(1, args.claims_every)]
        queries = sample_queries(corpus, args.queries, args.seed) + claims
        figures: dict[str, Any] = {"corpus": how, "mb": round(nbytes / 1e6, 1), "queries": len(queries)}
        answers: dict[str, list[Any]] = {}
        for name, target in (("sqlite", str(work / "index.sqlite")), ("postgresql", url)):
            built = index_time(target, corpus)
            times, answers[name] = latency(target, queries)
            figures[name] = {
                "index_s": round(built["full"], 1),
                "articles_per_s": round(args.files / built["full"]),
                "no_change_s": round(built["no_change"], 2),
                "index_mb": round(built["full_report"]["size_bytes"] / 1e6),
                "passages": built["full_report"]["passages"],
                "p50_ms": round(1000 * statistics.median(times), 1),
                "p95_ms": round(1000 * pct(times, 95), 1),
                f"qps_{args.clients}_clients": round(throughput(target, queries, args.clients), 1),
            }
        same = sum(a == b for a, b in zip(answers["sqlite"], answers["postgresql"], strict=True))
        figures["same_answers"] = f"{same}/{len(queries)}"
        print_figures(figures, args)
        return 0 if same == len(queries) else 1
    finally:
        with_server = server and cluster is None
        if with_server:
            admin(server, f"DROP DATABASE IF EXISTS {BENCH_DB}")
        if cluster is not None:
            import pg_cluster

            pg_cluster.stop(cluster)
        import shutil

        shutil.rmtree(work, ignore_errors=True)


def print_figures(figures: dict[str, Any], args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"corpus: {figures['corpus']} ({figures['mb']} MB); {figures['queries']} queries")
    keys = [k for k in figures["sqlite"] if k in figures["postgresql"]]
    print(f"{'':24}{'SQLite':>12}{'PostgreSQL':>14}")
    for k in keys:
        print(f"{k:24}{figures['sqlite'][k]!s:>12}{figures['postgresql'][k]!s:>14}")
    print(f"same answers on both backends: {figures['same_answers']}")


if __name__ == "__main__":
    sys.exit(main())
