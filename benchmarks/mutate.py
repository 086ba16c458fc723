"""Mutation benchmark for `kzmil check`: labelled variants of a corpus's own sentences.

    python benchmarks/mutate.py                                   # the bundled corpus
    python benchmarks/mutate.py --corpus ../shared/bench-corpus/articles --variants 2000

It picks sentences at random (seeded), makes variants of each, checks every variant
against an index of the same corpus in-process, and prints accuracy and wrong support
(the share of untrue variants called supported) per kind:

  supported     verbatim          the sentence as written
                trimmed           parentheses and a leading connective removed, cut at ";"
                number_words      a figure written in words ("23" -> "twenty-three")
  contradicted  number_changed    one figure changed
                name_swapped      a name replaced by another of the same kind from the corpus
                                  (a city for a city, a country for a country, a person for a person)
                exchanged         two names, or two figures, of the sentence exchanged
                antonym           a word replaced by its WordNet antonym, or more/less,
                                  before/after flipped
  not_found     added             an invented year or place that the sentence does not give

The variants come from general rules, not from any claim set; some are noisy (an exchange
inside a list changes nothing), so a perfect score is not expected. The figures to watch are
wrong support, which must stay near zero, and supported recall.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from kzmil import config, places
from kzmil.evaluation import valence
from kzmil.index import Index
from kzmil.names import is_person
from kzmil.normalize import STOPWORDS, tokenize
from kzmil.quantities import MONTHS
from kzmil.store import open_index
from kzmil.verdict import check

SUPPORTED = {"verbatim", "trimmed", "number_words"}
LABELS = {
    "verbatim": "supported",
    "trimmed": "supported",
    "number_words": "supported",
    "number_changed": "contradicted",
    "name_swapped": "contradicted",
    "exchanged": "contradicted",
    "antonym": "contradicted",
    "added": "not_found",
}
ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen \
seventeen eighteen nineteen".split()
)
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
FLIPS = {
    "more": "less",
    "less": "more",
    "fewer": "more",
    "before": "after",
    "after": "before",
    "higher": "lower",
    "lower": "higher",
    "increased": "decreased",
    "decreased": "increased",
    "larger": "smaller",
    "smaller": "larger",
    "first": "last",
    "last": "first",
}
CONNECTIVES = (
    "However, ",
    "Indeed, ",
    "Moreover, ",
    "Furthermore, ",
    "Nonetheless, ",
    "Equally, ",
    "In addition, ",
    "Meanwhile, ",
    "Still, ",
    "Yet ",
    "But ",
    "And ",
    "Also, ",
)
ADDED_PLACES = ["Lisbon", "Nairobi", "Montevideo", "Helsinki", "Manila", "Lima", "Oslo", "Hanoi"]
MIN_WORDS, MAX_WORDS = 8, 45  # sentences shorter say too little, longer ones are lists and tables


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def antonym_pairs() -> dict[str, str]:
    path = Path(__file__).resolve().parent.parent / "kzmil" / "data" / "antonyms.txt"
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b = line.split()
            if a in STOPWORDS or b in STOPWORDS or _prefixed(a, b) or _prefixed(b, a):
                continue  # "being"/"nonbeing", "send"/"unsent": no one writes that
            if not _judged_apart(a, b):
                continue  # "type"/"antitype", "use"/"misuse": a swap of sense, rarely a reversal
            pairs.setdefault(a, b)
            pairs.setdefault(b, a)
    return pairs | FLIPS


def _judged_apart(a: str, b: str) -> bool:
    """Both words judge, in opposite directions (VADER): welcome/condemn, success/failure."""
    va, vb = (valence(tokenize(w)[0]) for w in (a, b))
    return va * vb < 0


def _prefixed(a: str, b: str) -> bool:
    return any(b.startswith(p) and a[:3] in b for p in ("un", "non", "in", "im", "dis", "ir", "il"))


def sentences(index: Index, rng: random.Random, n: int) -> list[str]:
    ids = [i for (i,) in index.conn.execute("SELECT id FROM passages")]
    rng.shuffle(ids)
    out = []
    for chunk in range(0, len(ids), 500):
        for row in index.rows(ids[chunk : chunk + 500]).values():
            w = row.text.split()
            if (
                MIN_WORDS <= len(w) <= MAX_WORDS
                and row.text.endswith((".", "”", '"'))
                and "|" not in row.text
            ):
                out.append(row.text)
        if len(out) >= n:
            break
    return out[:n]


def name_pools(texts: list[str], common: set[str]) -> dict[str, list[str]]:
    """Names found mid-sentence in the sampled text, by kind: city, country, other."""
    pools: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for t in tokenize(text)[1:]:
            surface = text[t.start : t.end]
            if t.kind == "word" and t.cap and surface.isalpha() and len(surface) > 3:
                kind = places.kind(t.norm)
                if kind:
                    pools[kind].add(surface)
                elif is_person(t, common):
                    pools["other"].add(surface)
    return {k: sorted(v) for k, v in pools.items()}


def _sub(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def variants(
    text: str, rng: random.Random, pools: dict[str, list[str]], antonyms: dict[str, str], common: set[str]
) -> list[tuple[str, str]]:
    """(kind, claim) for every variant this sentence allows."""
    out = [("verbatim", text)]
    toks = tokenize(text)
    trimmed = re.sub(r"\s*\([^)]*\)", "", text).split(";")[0].strip()
    for c in CONNECTIVES:
        if trimmed.startswith(c):
            trimmed = trimmed[len(c)].upper() + trimmed[len(c) + 1 :]
    if trimmed != text and len(trimmed.split()) >= MIN_WORDS:
        out.append(("trimmed", trimmed if trimmed.endswith(".") else trimmed + "."))
    nums = [t for t in toks if t.kind == "num" and t.value is not None and not t.spelled and not t.ordinal]
    small = [
        t for t in nums if t.value == int(t.value) and 2 <= t.value < 100 and text[t.start : t.end].isdigit()
    ]
    if small:
        t = rng.choice(small)
        out.append(("number_words", _sub(text, t.start, t.end, words(int(t.value or 0)))))
    plain = [
        t
        for t in nums
        if text[t.start : t.end].replace(",", "").isdigit() and not 1900 <= (t.value or 0) <= 2100
    ]
    if plain:
        t = rng.choice(plain)
        v = int(t.value or 0)
        new = v + rng.choice([3, 7, 11]) if v < 50 else v * 2
        out.append(
            (
                "number_changed",
                _sub(text, t.start, t.end, f"{new:,}" if "," in text[t.start : t.end] else str(new)),
            )
        )
    names = [
        t
        for t in toks[1:]
        if t.kind == "word"
        and t.cap
        and text[t.start : t.end].isalpha()
        and len(t.norm) > 3
        and t.norm not in MONTHS
        and (places.kind(t.norm) or is_person(t, common))
    ]
    if names:
        t = rng.choice(names)
        kind = places.kind(t.norm) or "other"
        same = {x.norm for x in names}
        choices = [
            n
            for n in pools.get(kind, [])
            if n.lower() not in same
            and n.lower() not in text.lower()
            and not places.same_place(n.lower(), t.norm)
        ]
        if choices:
            out.append(("name_swapped", _sub(text, t.start, t.end, rng.choice(choices))))
    pair = _exchangeable(text, toks, names, nums)
    if pair:
        a, b = pair
        sa, sb = text[a.start : a.end], text[b.start : b.end]
        out.append(("exchanged", text[: a.start] + sb + text[a.end : b.start] + sa + text[b.end :]))
    flips = [t for t in toks if t.kind == "word" and text[t.start : t.end] in antonyms]
    if flips:
        t = rng.choice(flips)
        out.append(("antonym", _sub(text, t.start, t.end, antonyms[text[t.start : t.end]])))
    has_year = any(t.kind == "num" and 1800 <= (t.value or 0) <= 2100 for t in toks)
    body = text.rstrip('.”"')
    if not has_year:
        out.append(("added", f"{body} in {rng.choice([1957, 1963, 1971, 1988])}."))
    elif not any(places.kind(t.norm) for t in toks if t.cap):
        out.append(("added", f"{body} in {rng.choice(ADDED_PLACES)}."))
    return out


def _exchangeable(text, toks, names, nums):  # type: ignore[no-untyped-def]
    """Two names (or two figures) with a lower-case content word between them, not a list."""
    for group in (names, [t for t in nums if not 1900 <= (t.value or 0) <= 2100]):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (
                    a.norm == b.norm
                    or places.same_place(a.norm, b.norm)
                    or places.kind(a.norm) != places.kind(b.norm)
                ):
                    continue
                between = text[a.end : b.start]
                inner = [t for t in toks if a.end <= t.start and t.end <= b.start]
                if (
                    any(t.kind == "word" and not t.cap and not t.stop for t in inner)
                    and ", " not in between[:3]
                ):
                    return a, b
    return None


def run(corpus: Path, n_variants: int, seed: int, show: bool = False) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        index = open_index(config.Settings((corpus.resolve(),), Path(tmp) / "index.sqlite"))
        built = time.perf_counter() - t0
        texts = sentences(index, rng, n_variants)
        caps = {t.norm for s in texts for t in tokenize(s) if t.cap and t.kind == "word"}
        common = index.lowercase_seen(caps)
        pools = name_pools(texts, common)
        antonyms = antonym_pairs()
        cases: list[tuple[str, str]] = []
        used = 0
        for text in texts:
            cases.extend(variants(text, rng, pools, antonyms, common))
            used += 1
            if len(cases) >= n_variants:
                break
        stats: dict[str, list[str]] = defaultdict(list)
        t0 = time.perf_counter()
        for kind, claim in cases:
            verdict = check(index, claim).verdict
            stats[kind].append(verdict)
            if show and (verdict == "supported") != (kind in SUPPORTED):
                print(f"miss [{kind}] {verdict}: {claim}")
        spent = time.perf_counter() - t0
        index.close()
    print(
        f"corpus: {corpus} ({index.total} passages, indexed in {built:.1f} s); "
        f"{len(cases)} variants of {used} sentences, seed {seed}; checked in {spent:.1f} s"
    )
    print(f"{'kind':<16}{'label':<14}{'n':>6}{'accuracy':>10}{'supported':>11}")
    for kind in LABELS:
        got = stats.get(kind, [])
        if got:
            acc = sum(v == LABELS[kind] for v in got) / len(got)
            sup = sum(v == "supported" for v in got) / len(got)
            print(f"{kind:<16}{LABELS[kind]:<14}{len(got):>6}{acc:>10.3f}{sup:>11.3f}")
    true_ = [v for k, vs in stats.items() if k in SUPPORTED for v in vs]
    untrue = [v for k, vs in stats.items() if k not in SUPPORTED for v in vs]
    recall = sum(v == "supported" for v in true_) / max(1, len(true_))
    wrong = sum(v == "supported" for v in untrue) / max(1, len(untrue))
    acc = sum(v == LABELS[k] for k, vs in stats.items() for v in vs) / max(1, len(cases))
    print(
        f"accuracy={acc:.3f} supported_recall={recall:.3f} wrong_support={wrong:.3f} "
        f"({len(true_)} true, {len(untrue)} untrue variants)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="a folder of articles (default: the bundled corpus)")
    ap.add_argument("--variants", type=int, default=400, help="how many variants to check")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--show", action="store_true", help="print each variant whose verdict is wrong on support"
    )
    args = ap.parse_args()
    corpus = args.corpus or config.corpus_roots(None)[0]
    if not corpus.is_dir():
        print(f"mutate: corpus folder not found: {corpus}", file=sys.stderr)
        return 2
    run(corpus, args.variants, args.seed, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
