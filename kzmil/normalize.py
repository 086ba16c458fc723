"""Text to tokens: the one normalisation that the index, the matcher and the
verdicts share, so a claim and a passage are always compared like for like.

Each token keeps its character span in the source text, so a match can be
mapped back to the exact words of the article.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import Stemmer
from text_to_num import find_numbers

# A standard English stop list (the classic IR list, close to NLTK's); these words
# carry no evidence of their own, so neither retrieval nor coverage counts them.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    let's me more most my myself of off on once only or other ought our ours ourselves out over own
    same she should so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who whom why will
    with would you your yours yourself yourselves also s t just may might must shall upon via yet
    whether within without us per""".split()
)

# Words that turn a statement around; kept out of retrieval but read by the verdicts.
# The endings of a possessive: "Kazakhstan's", "Kazakhstan’s".
POSSESSIVE = ("'s", "\u2019s")
ARTICLES = frozenset({"a", "an", "the"})
NEGATIONS = frozenset("not no never none nor neither nobody nothing nowhere cannot without".split())

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SUFFIX_SCALE = {"k": "thousand", "m": "million", "mn": "million", "b": "billion", "bn": "billion"}
_HALVES = frozenset({"the", "first", "second", "latter", "former", "other", "a", "one"})
_FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "tenth": 10,
    "tenths": 10,
}
_SMALL = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
}
SMALL_NUMBERS = {k: v for k, v in _SMALL.items() if k not in ("a", "an")}  # "one in three"
# The English number vocabulary: a run of words is sent to text2num only when it holds one.
_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion trillion first second third fourth fifth sixth seventh eighth ninth tenth
    eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
    twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth
    dozen""".split()
)
# Single words that are more often not numbers at all ("no one", "a second look").
_AMBIGUOUS_NUMBER_WORDS = frozenset({"one", "second"})
# Multi-word names and abbreviations that mean the same country.
_ALIASES = {"us": "usa", "usa": "usa", "uk": "uk", "gb": "uk"}
_PHRASE_ALIASES = {("united", "states"): "usa", ("united", "kingdom"): "uk", ("great", "britain"): "uk"}
PHRASE_ALIASES = _PHRASE_ALIASES  # two-word names of one country (cite protects them in BibTeX titles)
_PHRASE_ENDS = frozenset({b for _, b in _PHRASE_ALIASES} | {"cent"})  # the last word of every joined pair

_TOKEN_RE = re.compile(  # the lookahead only skips, at once, what cannot start a token (faster)
    r"""
    (?=[\w$€£¥])
    (?: (?P<abbr>(?<![\w.])(?:[A-Za-z]\.){2,})
  | (?P<cur>[$€£¥])?(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
      (?P<suf>%|(?:mn|bn|m|b|k)\b|(?:st|nd|rd|th)\b)?
  | (?P<word>[^\W\d_]\w*(?:['’]\w+)*) )  # an apostrophe only between word characters
    """,
    re.X,
)
_GAP_JOINS = re.compile(r"[ \t]*-[ \t]*|[ \t\n]+")

_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


def stems(words: list[str]) -> list[str]:
    """Many stems in one call into the C stemmer (a lexicon at load time)."""
    return [str(s) for s in _stemmer.stemWords(words)]


@lru_cache(maxsize=200_000)
def plain_word(text: str) -> str:
    """Casefolded with accents stripped, so Nazarbayev, NAZARBAYEV and Nazarbáyev compare equal."""
    if text.isascii():
        return text.lower()
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(slots=True)
class Token:
    start: int
    end: int
    norm: str  # the plain word (see plain_word), or a number in canonical digits ("3000", "1.1", "1/3")
    stem: str
    kind: str  # "word" | "num"
    value: float | None = None
    cap: bool = False  # written with a capital (a candidate proper name)
    stop: bool = False
    money: str = ""  # currency sign of a money amount
    percent: bool = False
    ordinal: bool = False
    spelled: bool = False  # a number written in words
    synthetic: bool = False  # added by normalisation (joined compound, "percent" from "%")


def _canon(value: float) -> str:
    return str(int(value)) if value == int(value) and abs(value) < 1e15 else f"{value:g}"


MAX_KNOWN_WORDS = 100_000  # word forms remembered (some 25 MB); past that, forgotten and learnt again
_KNOWN_WORDS: dict[str, tuple[str, str, bool, bool]] = {}  # see _learn_word


def _learn_word(surface: str) -> tuple[str, str, bool, bool]:
    """A word as written, met for the first time -> (norm, stem, capitalised, stop word),
    remembered: indexing meets the same few thousand forms in every article."""
    norm = plain_word(surface)
    if norm.endswith("'s"):
        norm = norm[:-2]
    elif norm.endswith("'"):
        norm = norm[:-1]
    parts = (norm, stem(norm), surface[:1].isupper(), norm in STOPWORDS)
    if len(_KNOWN_WORDS) >= MAX_KNOWN_WORDS:
        _KNOWN_WORDS.clear()
    _KNOWN_WORDS[surface] = parts
    return parts


class _Tok:
    """Adapter for text2num's token protocol."""

    __slots__ = ("gap", "word")

    def __init__(self, word: str, gap: str) -> None:
        self.word = word
        self.gap = gap

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Tok) -> bool:
        return self.gap.strip(" -\t\n") != ""

    def not_a_number_part(self) -> bool:
        return False


def _shouted(text: str, start: int, end: int) -> bool:
    """Is "US" written on a line in capitals only ("LET US PRAY"), where it may be the pronoun?
    In running text the pronoun is "us", so "US" there is the country: "trained in the US",
    "a US C-130"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not any(c.islower() for c in text[line_start : len(text) if line_end < 0 else line_end])


_COUNTRY_US = frozenset({"US", "US's", "US\u2019s"})  # the country as written in capitals, possessive too


def _raw_tokens(text: str) -> list[Token]:
    out: list[Token] = []
    append, known = out.append, _KNOWN_WORDS.get  # most of a text's tokens are words: kept lean
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup  # "word", "abbr", or the last group of a number: "num" or "suf"
        if kind == "word":  # the whole match; Token's fields in order, positionally (faster)
            surface = m.group()
            norm, stemmed, cap, stop = known(surface) or _learn_word(surface)
            start, end = m.span()
            if surface in _COUNTRY_US and not _shouted(text, start, end):
                norm, stemmed, stop = "usa", "usa", False  # the country, as "U.S.", not the pronoun
            append(Token(start, end, norm, stemmed, "word", None, cap, stop))
        elif kind != "abbr":
            value = float(m.group("num").replace(",", ""))
            suf = (m.group("suf") or "").lower()
            num_end = m.end("num")
            tok = Token(
                m.start(),
                num_end if suf in _SUFFIX_SCALE or suf == "%" else m.end(),
                _canon(value),
                "",
                "num",
                value=value,
                money=m.group("cur") or "",
            )
            tok.stem = tok.norm
            tok.ordinal = suf in ("st", "nd", "rd", "th")
            out.append(tok)
            if suf == "%":
                tok.percent = True
                out.append(Token(num_end, m.end(), "percent", "percent", "word", synthetic=True))
            elif suf in _SUFFIX_SCALE:
                scale = _SUFFIX_SCALE[suf]
                out.append(Token(num_end, m.end(), scale, scale, "word", synthetic=True))
        else:
            surface = m.group("abbr")
            norm = surface.replace(".", "").lower()
            norm = _ALIASES.get(norm, norm)
            out.append(Token(m.start(), m.end(), norm, norm, "word", cap=True))
    return out


def _spelled_numbers(text: str, toks: list[Token]) -> list[Token]:
    """Turn runs of number words ("one hundred and ten", "nineteenth") into number tokens."""
    if not any(t.norm in _NUMBER_WORDS for t in toks if t.kind == "word"):
        return toks
    out: list[Token] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind != "word" or t.norm not in _NUMBER_WORDS:
            out.append(t)
            i += 1
            continue
        # a scale word right after digits ("143 billion") is a unit, not a number of its own
        if t.norm in SCALES and out and out[-1].kind == "num":
            out.append(t)
            i += 1
            continue
        j = i
        while (
            j < n
            and toks[j].kind == "word"
            and (toks[j].norm in _NUMBER_WORDS or (toks[j].norm in ("and", "a") and j > i))
        ):
            if j > i and _GAP_JOINS.fullmatch(text[toks[j - 1].end : toks[j].start] or " ") is None:
                break
            j += 1
        while j > i + 1 and toks[j - 1].norm in ("and", "a"):
            j -= 1
        run = toks[i:j]
        found = find_numbers(
            [_Tok(r.norm, text[run[k - 1].end : r.start] if k else "") for k, r in enumerate(run)], "en", 0.0
        )
        k = 0
        for occ in found:
            out.extend(run[k : occ.start])
            parts = run[occ.start : occ.end]
            if len(parts) == 1 and parts[0].norm in _AMBIGUOUS_NUMBER_WORDS:
                out.append(parts[0])
            else:
                value = float(occ.value)
                out.append(
                    Token(
                        parts[0].start,
                        parts[-1].end,
                        _canon(value),
                        _canon(value),
                        "num",
                        value=value,
                        ordinal=bool(occ.is_ordinal),
                        spelled=True,
                    )
                )
            k = occ.end
        out.extend(run[k:])
        i = j
    return out


def _fractions(text: str, toks: list[Token]) -> list[Token]:
    """ "one-third", "a quarter", "two thirds" become one number token ("1/3")."""
    out: list[Token] = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        # "one half", "the second half", "the first half of 2007": not a bare share
        numbered = bool(out) and (out[-1].kind == "num" or out[-1].norm in _SMALL or out[-1].norm in _HALVES)
        if t.kind == "word" and t.norm == "half" and nxt in ("of", "the", "its", "their") and not numbered:
            # a bare "half of its army" is a share as "a half" is ("half-hearted" is not)
            out.append(Token(t.start, t.end, "1/2", "1/2", "num", value=0.5))
            continue
        if t.kind == "word" and t.norm in _FRACTIONS and out:
            prev = out[-1]
            numer: float | None = None
            if prev.kind == "num" and not prev.ordinal and prev.value is not None and prev.value < 20:
                numer = prev.value
            elif prev.kind == "word" and prev.norm in _SMALL:
                numer = _SMALL[prev.norm]
            if numer is not None and _GAP_JOINS.fullmatch(text[prev.end : t.start] or " "):
                denom = _FRACTIONS[t.norm]
                norm = f"{_canon(numer)}/{denom}"
                out[-1] = Token(prev.start, t.end, norm, norm, "num", value=numer / denom)
                continue
        out.append(t)
    return out


def _phrases(text: str, toks: list[Token]) -> list[Token]:
    """Join "per cent", "United States" and hyphenated compounds, keeping the parts too."""
    out: list[Token] = []
    for t in toks:
        if not out or t.kind != "word":
            out.append(t)
            continue
        prev = out[-1]
        if prev.kind == "word" and not prev.synthetic:
            if t.norm in _PHRASE_ENDS and text[prev.end : t.start].strip() == "":
                pair = (prev.norm, t.norm)
                if pair in _PHRASE_ALIASES:
                    alias = _PHRASE_ALIASES[pair]
                    out[-1] = Token(prev.start, t.end, alias, alias, "word", cap=True)
                    continue
                if pair == ("per", "cent"):
                    out[-1] = Token(prev.start, t.end, "percent", "percent", "word")
                    continue
            hyphen = t.start == prev.end + 1 and text[prev.end] == "-"  # the two joined by "-" alone
            if hyphen and not prev.stop and not t.stop:
                out.append(t)
                joined = prev.norm + t.norm
                out.append(
                    Token(prev.start, t.end, joined, stem(joined), "word", cap=prev.cap, synthetic=True)
                )
                continue
        out.append(t)
    return out


_shared: dict[str, dict[Any, Any]] | None = None  # see shared_work


@contextmanager
def shared_work() -> Iterator[None]:
    """Within this block, work that depends only on its input is done once per input:
    checking a draft's statements one after another reads the same passages over and
    over, and tokenising them alone was two thirds of the work. What is shared is never
    changed by a caller (tokens included: no caller changes a token)."""
    global _shared
    outer = _shared
    _shared = {} if outer is None else outer
    try:
        yield
    finally:
        _shared = outer


def shared(table: str) -> dict[Any, Any] | None:
    """The memo table `table` while `shared_work` is on, else None (work is done afresh)."""
    return None if _shared is None else _shared.setdefault(table, {})


def tokenize(text: str) -> list[Token]:
    """Every token of `text`, with spans, numbers in digits and compounds joined.

    Text is read in NFC, so "café" typed with one code point matches "cafe" + U+0301
    saved by another program; spans still point into `text` as given.
    """
    memo = shared("tokens")
    if memo is None:
        return _tokenize(text)
    toks = memo.get(text)
    if toks is None:
        toks = memo[text] = _tokenize(text)
    return list(toks)


def _tokenize(text: str) -> list[Token]:
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return _tokens(text)
    nfc, starts, ends = nfc_with_offsets(text)
    toks = _tokens(nfc)
    for t in toks:
        t.start, t.end = starts[t.start], ends[t.end - 1]
    return toks


def _tokens(text: str) -> list[Token]:
    toks = _raw_tokens(text)
    # Most sentences hold no fraction, number word, hyphen or joined pair: skip those passes
    # (the first two only ever turn words into numbers, so they make no pair to join).
    norms = {t.norm for t in toks}
    if not norms.isdisjoint(_FRACTIONS):
        toks = _fractions(text, toks)
    if not norms.isdisjoint(_NUMBER_WORDS):
        toks = _spelled_numbers(text, toks)
    if "-" in text or not norms.isdisjoint(_PHRASE_ENDS):
        toks = _phrases(text, toks)
    return toks


def nfc_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """`text` in NFC, and for each of its characters the start and end offsets in `text` of
    the characters it came from.

    Text is normalised in pieces that cannot compose with each other: a piece starts at
    each ASCII character (no ASCII character composes with the one before it), and
    inside a piece at each starter, unless NFC composes across it (Hangul jamo, some
    Indic vowels): then the characters made map to the whole span they came from.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and not text[j].isascii():
            j += 1
        piece = text[i:j]
        if piece.isascii() or unicodedata.is_normalized("NFC", piece):
            out.append(piece)
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
        else:
            _nfc_piece(text, i, j, out, starts, ends)
        i = j
    return "".join(out), starts, ends


def _nfc_piece(text: str, i: int, j: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    """One piece: each starter with its combining marks, joined with the next where NFC
    composes across them (Hangul jamo)."""
    bounds = [k for k in range(i, j) if k == i or unicodedata.combining(text[k]) == 0] + [j]
    groups: list[tuple[int, int, str]] = []
    for a, b in itertools.pairwise(bounds):
        composed = unicodedata.normalize("NFC", text[a:b])
        if groups:
            ga, _, gc = groups[-1]
            merged = unicodedata.normalize("NFC", text[ga:b])
            if merged != gc + composed:
                groups[-1] = (ga, b, merged)
                continue
        groups.append((a, b, composed))
    for a, b, composed in groups:
        out.append(composed)
        starts.extend([a] * len(composed))
        ends.extend([b] * len(composed))


def content(tokens: list[Token]) -> list[Token]:
    """The tokens that carry evidence: numbers and non-stop words."""
    return [
        t for t in tokens if not t.stop and t.norm not in NEGATIONS and (t.kind == "num" or len(t.norm) > 1)
    ]


def index_text(tokens: list[Token]) -> str:
    """What goes into the full-text index: content stems, numbers made FTS-safe."""
    return " ".join(filter(None, map(fts_term, [t.stem for t in content(tokens)])))


@lru_cache(maxsize=200_000)
def fts_term(term: str) -> str:
    """One FTS5 token for one of our terms: FTS5's tokenizer would split 1.1, 1/3 or
    don't in two (and a two-token term is a phrase query, which the index does not keep)."""
    term = term.replace(".", "d").replace("/", "f")
    return term if term.isalnum() else "".join(ch for ch in term if ch.isalnum())


def comparable(text: str) -> str:
    """A whole string as the quote matcher compares it: casefolded without accents, quotes
    and dashes plain, spaces single."""
    memo = shared("comparable")
    if memo is None:
        return _comparable(text)
    if text not in memo:
        memo[text] = _comparable(text)
    return str(memo[text])


def _comparable(text: str) -> str:
    text = plain_word(unicodedata.normalize("NFKC", text))
    text = text.replace("“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
    return " ".join(text.split())


_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?|\u00ab[^\u00bb]*\u00bb?")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text inside quotation marks (straight, curly or guillemets), marks excluded."""
    return [(m.start() + 1, m.end() - (1 if m.end() - m.start() > 1 else 0)) for m in _QUOTED.finditer(text)]
