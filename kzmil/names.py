"""When two written names are one name, and what kind of name a word is.

Transliterations and slips (Nazarbaev/Nazarbayev, Armitidge/Armitage), demonyms and other
names of a place (Belarusian/Belarus, from WordNet), and a capital standing for its country
("Astana" for Kazakhstan). A name the corpus knows gets no latitude for slips: Ricardel is a
name of its own, not a slip for Richard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

from rapidfuzz import fuzz

from kzmil import places
from kzmil.conflicts import METONYMS, NAME_SIMILARITY_MIN, is_name, romanised_alike, skeleton
from kzmil.forenames import nicknames
from kzmil.normalize import Token
from kzmil.quantities import MONTHS
from kzmil.synonyms import ABBREVIATIONS, abbreviated, synonyms

# How close a slip must come to a name the corpus knows: as close as any two written forms
# of one name (Armitidge/Armitage).
VARIANT_MIN = NAME_SIMILARITY_MIN
# How many letters a slip may add or drop.
VARIANT_LENGTH = 2
PREFIX_MIN = 5  # a shared start this long joins Kazakh/Kazakhstani, Belarus/Belarusian
VARIANT_SHORTEST = 4  # a name shorter than this is compared only as written


def name_variant(a: str, b: str, loose: bool = False) -> bool:
    """Transliterations of one name (same consonant skeleton), or one a long prefix of the
    other; with `loose` (a word the corpus never writes), slips too, and a Kazakh name in its
    Russian spelling. Otherwise always the same first letter."""
    if _iotated(a, b):
        return True
    if len(a) < VARIANT_SHORTEST or len(b) < VARIANT_SHORTEST:
        return False
    if loose and romanised_alike(a, b):
        return True  # Chimkent for Shymkent
    if a[0] != b[0]:
        return False
    if skeleton(a) == skeleton(b):
        return True
    if loose and abs(len(a) - len(b)) <= VARIANT_LENGTH and fuzz.ratio(a, b) >= VARIANT_MIN:
        return True
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= PREFIX_MIN and long_.startswith(short)) or _demonym(short, long_)


# The endings that make a place's adjective of its name: Asia/Asian, Africa/African,
# Europe/European. Longer names join by their prefix (PREFIX_MIN); these are for the short.
DEMONYM_ENDINGS = (("a", "n"), ("e", "an"))


def _demonym(short: str, long_: str) -> bool:
    """Is `long_` the adjective of the place `short` names ("Asian" of "Asia")?"""
    return any(short.endswith(end) and long_ == short + add for end, add in DEMONYM_ENDINGS)


def _iotated(a: str, b: str) -> bool:
    """One Russian name whose first sound one writes "Ye" and the other "E", the rest alike:
    "Yelena" and "Elena", "Yevgeny" and "Evgeny", "Yerlan" and "Erlan"."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= VARIANT_SHORTEST and long_.startswith("ye") and long_[1:] == short


def name_match(c: Token, p: Token, metonymy: bool, loose: bool = False) -> bool:
    """Does passage token `p` name what claim token `c` names?"""
    return matcher(c, metonymy, loose)(p)


def matcher(c: Token, metonymy: bool, loose: bool = False) -> Callable[[Token], bool]:
    """`name_match` for one claim token, read once: a passage's every token is tried
    against each name of the claim."""
    stem, norm = c.stem, c.norm
    place = places.kind(norm) is not None
    country = METONYMS.get(norm) if metonymy else None
    variable = len(norm) >= VARIANT_SHORTEST
    short = norm in ABBREVIATIONS  # "Gen.": its full word may stand for it, and the reverse

    def match(p: Token) -> bool:
        if p.kind != "word":
            return False
        if stem == p.stem or (place and places.same_place(norm, p.norm)):
            return True
        if (short or p.norm in ABBREVIATIONS) and abbreviated(norm, p.norm):
            return True  # the same word, place, or a rank's abbreviation ("Gen." for "General")
        if metonymy:
            if country and (country == p.norm or places.same_place(country, p.norm)):
                return True
            theirs = METONYMS.get(p.norm)
            if theirs and (theirs == norm or places.same_place(theirs, norm)):
                return True
        return variable and p.cap and name_variant(norm, p.norm, loose)

    return match


def given_names_before(surname: Token, sentences: Iterable[list[Token]]) -> list[tuple[Token, Token]]:
    """Each (given name, surname) the sentences write for `surname`, in any spelling of it: a
    capitalised word the nickname list knows as a given name, right before it. Two given names
    mean two people of that surname, whom another form of one cannot tell apart."""
    return [
        (p, after)
        for toks in sentences
        for p, after in pairwise(toks)
        if p.cap and nicknames(p.norm) and name_match(surname, after, False)
    ]


def positions(c: Token, tokens: list[Token], name: bool) -> list[int]:
    """Where a claim token (a name, a figure or a word) stands in a passage."""
    if c.kind == "num":
        return [k for k, p in enumerate(tokens) if p.kind == "num" and p.value == c.value]
    if name:
        match = matcher(c, metonymy=True)
        return [k for k, p in enumerate(tokens) if match(p)]
    return [k for k, p in enumerate(tokens) if p.stem == c.stem]


# What stands before a name without being one ("Mr. Nazarbaev").
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})


def is_person(t: Token, common: set[str]) -> bool:
    """A name of someone or something, not a title word ("Deputy", "Secretary": the corpus
    also writes it in lower case, or it is an English word WordNet knows), a place, a month
    or an honorific."""
    return (
        places.kind(t.norm) is None
        and t.norm not in common
        and t.norm not in MONTHS
        and t.norm not in HONORIFICS
        and not synonyms(t.stem)
    )


def claim_names(claim: str, ctoks: list[Token], names: dict[str, bool]) -> dict[int, bool]:
    """Which tokens of the claim are proper names: capitalised mid-sentence, or, at the start
    of a sentence, a word the corpus capitalises or a place WordNet knows."""
    out = {}
    for i, t in enumerate(ctoks):
        if is_name(claim, t, names) or (
            t.kind == "word" and t.cap and not t.stop and places.kind(t.norm) is not None
        ):
            out[i] = True
    # a function word capitalised inside a title before its name: "then Under Secretary" (not
    # one that only joins a title's words: "Minister Of Fisheries")
    for i, t in enumerate(ctoks[:-1]):
        if (
            t.cap
            and t.stop
            and t.norm not in _ACRONYM_SKIPS
            and i + 1 in out
            and i not in out
            and _inside_title(claim, ctoks, i)
        ):
            out[i] = True
    # a sentence's first word before a name is that name's title: "Governor Lugar said ..."
    if (
        ctoks
        and 0 not in out
        and 1 in out
        and names.get(ctoks[0].norm) is not False
        and titles_name(claim, ctoks)
    ):
        out[0] = True
    return out


def _inside_title(claim: str, ctoks: list[Token], i: int) -> bool:
    """Is the capitalised function word at i written inside its sentence, right before the
    next word (not "In Almaty", which opens one)?"""
    before = claim[ctoks[i - 1].end : ctoks[i].start] if i else "."
    return (
        not any(c in '.!?:;\u201c"' for c in before) and not claim[ctoks[i].end : ctoks[i + 1].start].strip()
    )


# Words that open a sentence before a name without being its title: "Yesterday Akhmetov met".
_OPENERS = frozenset("yesterday today tomorrow meanwhile later earlier then now also still".split())


def titles_name(claim: str, ctoks: list[Token]) -> bool:
    """Is the claim's first word the title of the name after it ("Governor Lugar said"), not an
    adverb that opens the sentence ("Meanwhile Nazarbayev")?"""
    first, second = ctoks[0], ctoks[1] if len(ctoks) > 1 else None
    return (
        second is not None
        and first.kind == "word"
        and first.norm not in _OPENERS
        and not first.norm.endswith("ly")  # "Reportedly Akhmetov ...": an adverb
        and first.norm not in MONTHS
        and first.cap
        and not first.stop
        and second.cap
        and places.kind(second.norm) is None  # "Meanwhile Astana ...": a place holds no title
        and not claim[first.end : second.start].strip()
    )


# Small words an acronym skips: "North Atlantic Treaty Organization", "Ministry of Defense".
_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def spelled_out(acronym: str, tokens: list[Token]) -> tuple[int, int] | None:
    """Where a passage spells out an acronym of the claim ("CTR": "cooperative threat
    reduction"): the token range whose initials make it, skipping small words, or taking them
    too ("DOD", and "DoD", which writes their letters in lower case: "Department of Defense").
    A hyphenated word gives one letter ("Co-operation" in OSCE) or one a part ("Non-Proliferation"
    in NPT)."""
    letters = acronym.lower()
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return None
    joined = {k for k, t in enumerate(tokens) if t.synthetic}
    inner = compound_inner(tokens)
    for skipped in (inner, joined):
        if (run := _spelled_with(acronym, letters, tokens, skipped)) is not None:
            return run
    return None


def _spelled_with(acronym: str, letters: str, tokens: list[Token], inner: set[int]) -> tuple[int, int] | None:
    words = [(k, t) for k, t in enumerate(tokens) if t.kind == "word" and k not in inner]
    if acronym.isupper():  # "NATO" skips its small words
        skipping = [(k, t) for k, t in words if t.norm not in _ACRONYM_SKIPS]
        if (run := _initials_run(skipping, letters, inner)) is not None:
            return run
    # with its small words, only a name ("Department of Defense"): "director of training" and
    # "Defense officials denied" are no DoT or DoD
    run = _initials_run(words, letters, inner)
    if run is not None and all(
        t.cap
        for k, t in enumerate(tokens[run[0] : run[1] + 1], run[0])
        if t.norm not in _ACRONYM_SKIPS and k not in inner
    ):
        return run
    return None


def compound_inner(tokens: list[Token]) -> set[int]:
    """The positions of a hyphenated word's later parts and of the word joined from them
    ("operation" and "cooperation" in "Co-operation"): an acronym takes one letter of it."""
    out = set()
    for j, t in enumerate(tokens):
        if t.synthetic and t.kind == "word":
            out.add(j)
            out.update(
                k for k, u in enumerate(tokens) if not u.synthetic and t.start < u.start and u.end <= t.end
            )
    return out


def _initials_run(
    words: list[tuple[int, Token]], letters: str, inner: frozenset[int] | set[int] = frozenset()
) -> tuple[int, int] | None:
    for i in range(len(words) - len(letters) + 1):
        run = words[i : i + len(letters)]
        if all(t.norm[0] == ch for (_, t), ch in zip(run, letters, strict=True)):
            first, last = run[0][0], run[-1][0]
            parts = sum(1 for k in inner if first < k < last)  # a hyphenated word is one word
            if last - first - parts < 2 * len(letters):  # the words stand together
                return first, last
    return None
