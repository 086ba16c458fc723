"""A throwaway PostgreSQL cluster for the tests, CI and the benchmark: initdb into a
folder, a server on a free localhost port and a Unix socket in that folder, removed after.

    python3 scripts/pg_cluster.py start DIR   # prints the superuser's URL (password auth over TCP)
    python3 scripts/pg_cluster.py stop DIR    # stops the server and removes DIR

Run as root (CI), initdb and the server run as the `postgres` user, which PostgreSQL
demands. Connections over TCP need a password (scram-sha-256), so a wrong password is
refused as on a real server; the Unix socket trusts local users.
"""

from __future__ import annotations

import argparse
import glob
import os
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

SUPERUSER = "postgres"
START_WAIT_SECONDS = 60  # pg_ctl -w waits this long for the server to accept connections


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: PG_BINDIR, else the newest /usr/lib/postgresql/*/bin."""
    given = os.environ.get("PG_BINDIR")
    if given and (Path(given) / "initdb").exists():
        return Path(given)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name)
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_owner(cmd: list[str]) -> list[str]:
    """As the postgres user when we are root (initdb refuses to run as root)."""
    if os.getuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(folder: Path) -> str:
    """Start a cluster in `folder` (made here); the superuser's URL, with its password."""
    bindir = binaries()
    if bindir is None:
        raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
    folder.mkdir(parents=True, exist_ok=True)
    password = secrets.token_hex(12)
    (folder / "pw").write_text(password + "\n")
    if os.getuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(folder / "pw", "postgres")
        folder.chmod(0o700)
    data = folder / "data"
    subprocess.run(
        _as_owner(
            [
                str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8",
                "--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={folder / 'pw'}",
            ]
        ),
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    port = free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
    subprocess.run(
        _as_owner([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                   "-t", str(START_WAIT_SECONDS), "start"]),
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    (folder / "port").write_text(str(port))
    return f"postgresql://{SUPERUSER}:{password}@127.0.0.1:{port}/postgres"


def stop(folder: Path) -> None:
    """Stop the server in `folder` (if it runs) and remove the folder."""
    bindir = binaries()
    if bindir is not None and (folder / "data").exists():
        subprocess.run(
            _as_owner([str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop"]),
            capture_output=True,
        )
    shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["start", "stop"])
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    if args.action == "stop":
        stop(args.folder)
        return 0
    try:
        print(start(args.folder))
    except (RuntimeError, subprocess.CalledProcessError, OSError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        print(f"pg_cluster: cannot start PostgreSQL: {exc} {detail}".strip(), file=sys.stderr)
        stop(args.folder)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
