"""Write a PNG screenshot of an HTML report with headless Chromium (Debian's `chromium`).

    python examples/screenshot.py [REPORT.html] [OUT.png] [--statement N] [--size 1280,1500]

With --statement N the page opens at statement N (`REPORT.html#sN`), which focuses it and
shows its evidence in the side panel. Nothing is fetched: the report is one local file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# Chromium's own time budget for scripts and layout before it takes the picture (ms).
SETTLE_MS = 2000


def browser() -> str | None:
    return next((p for p in map(shutil.which, BROWSERS) if p), None)


def screenshot(report: Path, out: Path, statement: int | None = None, size: str = "1280,1500") -> None:
    """Render `report` headless and save what a window of `size` shows as `out`."""
    chromium = browser()
    if chromium is None:
        raise SystemExit("chromium is not installed (Debian: apt-get install chromium)")
    url = report.resolve().as_uri() + (f"#show-s{statement}" if statement else "")
    with tempfile.TemporaryDirectory(prefix="kzmil-shot-") as profile:
        cmd = [
            chromium,
            "--headless",
            "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--window-size={size}",
            f"--virtual-time-budget={SETTLE_MS}",
            f"--screenshot={out.resolve()}",
            url,
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if proc.returncode != 0 or not out.exists():
        raise SystemExit(f"chromium failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", nargs="?", type=Path, default=HERE / "draft-report.html")
    ap.add_argument("out", nargs="?", type=Path, default=HERE / "draft-report.png")
    ap.add_argument("--statement", type=int, help="open the page at this statement, its evidence shown")
    ap.add_argument("--size", default="1280,1500", help="window width,height in pixels")
    args = ap.parse_args()
    screenshot(args.report, args.out, args.statement, args.size)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
