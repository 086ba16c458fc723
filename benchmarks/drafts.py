"""Score `kzmil check --file --json` against labelled drafts.

Each draft DIR/NAME.md has DIR/NAME.labels.jsonl: one line per sentence, in order, with
`text` (Markdown emphasis markers removed, link markup kept), `checkworthy` and `verdict`.
Statements are aligned to labels by their text (emphasis, link markup and white space
ignored), through the JSON interface only, as an outside scorer would. A label whose
text kzmil cut into several statements (a block quote of two sentences, say) is scored
against those statements taken together: check-worthy if any is checked, and the worst of
their verdicts, as kzmil itself rates a sentence of two facts. Prints per draft and overall:

- check-worthiness accuracy: check-worthy vs not-a-claim, over every labelled sentence;
- verdict accuracy over the check-worthy sentences (one left unchecked counts as wrong);
- wrong-support: of the check-worthy sentences that are not true (contradicted or not
  found), the share called supported.

    python benchmarks/drafts.py [--drafts tests/drafts] [--show-misses] [--kzmil CMD]

Exit status: 0 when the targets hold (>= 0.90, >= 0.85, <= 0.05), 1 when one falls short,
2 when kzmil could not be run or a draft's statements do not align with its labels.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

WORTHY_TARGET = 0.90  # the targets
VERDICT_TARGET = 0.85
WRONG_SUPPORT_TARGET = 0.05
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def key(text: str) -> str:
    """Text compared as words: link markup to its anchor, emphasis markers and spaces gone."""
    text = _LINK.sub(r"\1", text)
    text = re.sub(r"[*_`]", "", text)
    return " ".join(text.split()).casefold()


def run(kzmil: list[str], draft: Path) -> dict[str, object]:
    proc = subprocess.run(
        [*kzmil, "check", "--file", str(draft), "--json"], capture_output=True, text=True, check=False
    )
    if proc.returncode not in (0, 1, 3):
        raise SystemExit(f"kzmil failed on {draft} ({proc.returncode}): {proc.stderr.strip()[-300:]}")
    data: dict[str, object] = json.loads(proc.stdout)
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drafts", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "drafts")
    ap.add_argument("--kzmil", help="how to run kzmil (default: kzmil on PATH)")
    ap.add_argument("--show-misses", action="store_true", help="print each sentence scored wrong")
    args = ap.parse_args()
    kzmil = shlex.split(args.kzmil) if args.kzmil else [shutil.which("kzmil") or "kzmil"]
    drafts = sorted(p for p in args.drafts.glob("*.md") if p.with_suffix(".labels.jsonl").exists())
    if not drafts:
        print(f"no labelled drafts in {args.drafts}", file=sys.stderr)
        return 2
    totals = {"worthy": [0, 0], "verdict": [0, 0], "wrong": [0, 0]}
    for draft in drafts:
        labels = [json.loads(x) for x in draft.with_suffix(".labels.jsonl").read_text().splitlines() if x]
        out = run(kzmil, draft)
        statements = out["statements"]
        assert isinstance(statements, list)
        mine: dict[str, list[int]] = {}
        for i, st in enumerate(statements):
            mine.setdefault(key(str(st["text"])), []).append(i)
        used: set[int] = set()
        counts = {"worthy": [0, 0], "verdict": [0, 0], "wrong": [0, 0]}
        for label in labels:
            found = [i for i in mine.get(key(label["text"]), []) if i not in used]
            run_ = [found[0]] if found else _spanning(statements, used, key(label["text"]))
            if not run_:
                print(
                    f"{draft.name}: no statement for label {label['n']}: {label['text']!r}", file=sys.stderr
                )
                return 2
            used.update(run_)
            st = _together([statements[i] for i in run_])
            worthy_ok = bool(st["checked"]) == bool(label["checkworthy"])
            counts["worthy"][0] += worthy_ok
            counts["worthy"][1] += 1
            if args.show_misses and not worthy_ok:
                print(
                    f"  {draft.stem}:{label['n']} class: {'checked' if st['checked'] else 'not a claim'} "
                    f"({st.get('why')}), label {'check-worthy' if label['checkworthy'] else 'not a claim'}: "
                    f"{label['text'][:90]}"
                )
            if label["checkworthy"]:
                ok = st["verdict"] == label["verdict"]
                counts["verdict"][0] += ok
                counts["verdict"][1] += 1
                if label["verdict"] != "supported":
                    counts["wrong"][0] += st["verdict"] == "supported"
                    counts["wrong"][1] += 1
                if args.show_misses and not ok and st["checked"]:
                    reasons = "; ".join(map(str, st.get("reasons") or []))
                    print(
                        f"  {draft.stem}:{label['n']} verdict: {st['verdict']}, label {label['verdict']}: "
                        f"{label['text'][:90]}\n      {reasons[:200]}"
                    )
        for name in totals:
            totals[name][0] += counts[name][0]
            totals[name][1] += counts[name][1]
        print(f"{draft.stem:10} " + "  ".join(_cell(name, c) for name, c in counts.items()))
    print(f"{'all':10} " + "  ".join(_cell(name, c) for name, c in totals.items()))
    worthy, verdict, wrong = (_share(totals[n]) for n in ("worthy", "verdict", "wrong"))
    print(
        f"check-worthiness {worthy:.3f} (target >= {WORTHY_TARGET})   verdict {verdict:.3f} (target >= "
        f"{VERDICT_TARGET})   wrong-support {wrong:.3f} (target <= {WRONG_SUPPORT_TARGET})"
    )
    met = worthy >= WORTHY_TARGET and verdict >= VERDICT_TARGET and wrong <= WRONG_SUPPORT_TARGET
    return 0 if met else 1


_WORST = {"contradicted": 0, "not_found": 1, "supported": 2}


def _spanning(statements: list[dict[str, object]], used: set[int], want: str) -> list[int]:
    """The first run of unused, consecutive statements whose texts make up `want`."""
    for i in range(len(statements)):
        got, j = "", i
        while j < len(statements) and j not in used:
            got = f"{got} {key(str(statements[j]['text']))}".strip()
            if got == want:
                return list(range(i, j + 1))
            if not want.startswith(got):
                break
            j += 1
    return []


def _together(run_: list[dict[str, object]]) -> dict[str, object]:
    """Statements scored as one: checked if any is, with the worst of their verdicts."""
    if len(run_) == 1:
        return run_[0]
    verdicts = [str(st["verdict"]) for st in run_ if st["checked"]]
    return {
        "checked": bool(verdicts),
        "verdict": min(verdicts, key=_WORST.__getitem__) if verdicts else None,
        "why": "; ".join(str(st.get("why")) for st in run_),
        "reasons": [r for st in run_ for r in (st.get("reasons") or [])],  # type: ignore[attr-defined]
    }


def _share(c: list[int]) -> float:
    return c[0] / c[1] if c[1] else 0.0


def _cell(name: str, c: list[int]) -> str:
    label = {"worthy": "check-worthy", "verdict": "verdict", "wrong": "wrong-support"}[name]
    return f"{label} {c[0]:3}/{c[1]:<3} {_share(c):.2f}"


if __name__ == "__main__":
    sys.exit(main())
