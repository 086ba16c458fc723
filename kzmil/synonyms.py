"""Which word stems may stand for one another (data/synonyms.txt, from WordNet), and which
two-word verbs for one-word ones (data/phrasal.txt)."""

from __future__ import annotations

from functools import cache, lru_cache

from kzmil.normalize import Token, stem
from kzmil.tables import lookup, table_bytes

# Verbs that say little of their own and put the event in their object ("to hold a parade",
# "to take part", "to set up a school", "to carry out exercises"): a closed class of English.
LIGHT_VERBS = frozenset(
    stem(w) for w in "hold take make have give do get set put conduct carry go pay stage run".split()
)


@lru_cache(maxsize=4096)
def base_stem(word_stem: str) -> str | None:
    """The stem of the verb an irregular past form is of ("won" -> "win", "sent" -> "send"):
    WordNet's tables are keyed by the base form, which the stemmer does not reach. Only
    `paraphrases` (the close table) reads through it: the loose one, asked whether a word is
    stated at all, would let "left" reach every sense of "leave"."""
    base = lookup("irregular.txt", word_stem)
    return stem(base) if base and stem(base) != word_stem else None


@lru_cache(maxsize=4096)
def synonyms(word_stem: str) -> frozenset[str]:
    """The stems WordNet relates to this one: synonyms, derivations, similar adjectives."""
    return frozenset((lookup("synonyms.txt", word_stem) or "").split())


@lru_cache(maxsize=4096)
def paraphrases(word_stem: str) -> frozenset[str]:
    """The stems WordNet makes synonyms of this one in its most frequent sense and theirs
    (data/paraphrases.txt): close enough to count towards how much of a claim is stated."""
    found = frozenset((lookup("paraphrases.txt", word_stem) or "").split())
    if (base := base_stem(word_stem)) is not None:
        found |= {base} | frozenset((lookup("paraphrases.txt", base) or "").split())
    return found


@lru_cache(maxsize=4096)
def near(word_stem: str) -> frozenset[str]:
    """The stems WordNet makes synonyms of this one in one of the first four senses of each,
    beyond the close ones (data/near.txt): a paraphrase often enough ("drills" for
    "exercises") to count for part of a word, never for all of it."""
    return frozenset((lookup("near.txt", word_stem) or "").split())


@lru_cache(maxsize=4096)
def kin(word_stem: str) -> frozenset[str]:
    """The stems one is-a step narrower than this one in WordNet, each in one of its first two
    tagged senses (data/kin.txt): a source's narrower word ("woman") states part of a claim's
    broader one ("female"); a broader one states nothing narrower ("weapon" is no "gun")."""
    return frozenset((lookup("kin.txt", word_stem) or "").split())


@lru_cache(maxsize=4096)
def sisters(word_stem: str) -> frozenset[str]:
    """The stems of nouns one is-a step under the same broader noun in WordNet, in their most
    frequent senses (data/sisters.txt): "brigade" for "division", "navy" for "army". Two
    sisters are two things of one kind, never one stated by the other."""
    return frozenset((lookup("sisters.txt", word_stem) or "").split())


@lru_cache(maxsize=4096)
def spellings(word_stem: str) -> frozenset[str]:
    """The stems of the word's other regional spellings ("programm" -> "program", "organis" ->
    "organ"; data/spellings.txt, from WordNet): the same word, not a paraphrase of it."""
    return frozenset((lookup("spellings.txt", word_stem) or "").split())


@lru_cache(maxsize=4096)
def derivations(word_stem: str) -> frozenset[str]:
    """The stems WordNet derives from this one in its most frequent sense ("retain" ->
    "retention"; data/derivations.txt): the same point in another part of speech."""
    return frozenset((lookup("derivations.txt", word_stem) or "").split())


@lru_cache(maxsize=4096)
def phrasal(word_stem: str) -> frozenset[str]:
    """The two-word verbs ("carri out") that this one-word verb ("fulfil") paraphrases in the
    most frequent sense of each (data/phrasal.txt, from WordNet)."""
    found = lookup("phrasal.txt", word_stem)
    return frozenset(found.split(",")) if found and " " not in word_stem else frozenset()


@cache
def _second_words() -> frozenset[str]:
    """The second words of phrasal.txt's two-word verbs ("out", "part", "about"): a bigram
    whose second word is none of them is no two-word verb, read without a look-up."""
    return frozenset(
        line.split(b"\t", 1)[0].split(b" ")[1].decode("utf-8")
        for line in table_bytes("phrasal.txt").splitlines()
        if b" " in line.split(b"\t", 1)[0]
    )


def phrase_at(tokens: list[Token], k: int) -> str | None:
    """The two-word verb that starts at token k, as phrasal.txt keys it ("carried out" ->
    "carri out", "sat down" -> "sit down"), if WordNet has one."""
    if k + 1 >= len(tokens) or tokens[k].kind != "word" or tokens[k + 1].kind != "word":
        return None
    if tokens[k + 1].stem not in _second_words():
        return None
    base = lookup("irregular.txt", tokens[k].norm) or tokens[k].norm
    key = f"{stem(base)} {tokens[k + 1].stem}"
    return key if lookup("phrasal.txt", key) is not None else None


@lru_cache(maxsize=4096)
def phrase_means(key: str) -> frozenset[str]:
    """The one-word verbs (stems) a two-word verb paraphrases: "carri out" -> "fulfil"."""
    return frozenset((lookup("phrasal.txt", key) or "").split()) if " " in key else frozenset()


# English abbreviations of ranks and offices, written before a name ("Maj.-Gen. Bolat
# Sembinov", "Sen. Lugar"): a closed class of the language, as a style guide lists them.
ABBREVIATIONS = {
    "maj": "major",
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "brig": "brigadier",
    "cmdr": "commander",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "dept": "department",
    "govt": "government",
    "tv": "television",
    "univ": "university",
    "intl": "international",
    "natl": "national",
}


@lru_cache(maxsize=256)
def abbreviated(a: str, b: str) -> bool:
    """Is one word the other's abbreviation ("gen" and "general", as written or stemmed)?"""
    pairs = ((a, b), (b, a))
    return any(short in ABBREVIATIONS and stem(ABBREVIATIONS[short]) == stem(full) for short, full in pairs)
