"""Language identification (lingua), restricted to news languages.

Only languages with a ``lang/<code>/`` folder are coded; anything else is
reported by name so the user can decide (``--lang`` forces a language).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from peristiwa import lang as langdata
from peristiwa.errors import UnsupportedLanguage

# Languages lingua is asked to tell apart: ours plus those a news crawl in
# Indonesia commonly meets, so that a Malay or Dutch page is named, not
# silently coded as Indonesian or English.
CANDIDATES = (
    "INDONESIAN ENGLISH MALAY TAGALOG DUTCH GERMAN FRENCH SPANISH PORTUGUESE ITALIAN "
    "RUSSIAN ARABIC CHINESE JAPANESE KOREAN VIETNAMESE THAI TURKISH SWAHILI HINDI "
    "PERSIAN URDU HEBREW POLISH UKRAINIAN"
).split()


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect(text: str, where: str = "") -> str:
    """Return the ISO 639-1 code of ``text`` if peristiwa codes it, else raise.

    First a cheap decision on function words (each language's ``[detect]`` in
    its grammar.toml): short sentences full of names fool character models
    ("Gabriel Sánchez sendiri membantah tegas tuduhan Morales" is not
    Spanish). Then lingua; a neighbour it names that a language of ours claims
    (Malay, for Indonesian) is ours when the words only ours uses outnumber
    the neighbour's own."""
    sample = text[:2000]
    if not any(ch.isalpha() for ch in sample):
        raise UnsupportedLanguage("none", "no recognisable words", where)
    code = by_function_words(text)
    if code is not None:
        return code
    rules = {code: _rules(code) for code in langdata.available()}
    found = _detector().detect_language_of(sample)
    if found is None:
        raise UnsupportedLanguage("unknown", "an unidentified language", where)
    code = found.iso_code_639_1.name.lower()
    for ours, r in rules.items():
        if code in r.claims and _markers(sample, r):
            return ours
    if code not in rules:
        raise UnsupportedLanguage(code, found.name.title(), where)
    return code


def by_function_words(text: str) -> str | None:
    """``detect``'s cheap decision, on function words alone: the language whose words
    the text's first 2,000 characters hold (enough of them, no other language's, no
    neighbour's), else None (lingua would be asked)."""
    words = [w.strip(".,;:!?\"'()“”‘’").lower() for w in text[:2000].split()]
    rules = {code: _rules(code) for code in langdata.available()}
    hits = {code: sum(w in r.function_words for w in words) for code, r in rules.items()}
    for code, r in rules.items():
        if r.function_words and hits[code] >= r.min_hits and not any(
                n for other, n in hits.items() if other != code) \
                and not any(w in r.neighbour_words for w in words):
            return code
    return None


@dataclass(frozen=True)
class _Rules:
    function_words: frozenset[str]
    min_hits: int
    claims: frozenset[str]  # neighbours lingua may mistake the language for
    markers: frozenset[str]  # words only the language uses, not its neighbours
    neighbour_words: frozenset[str]  # words only the neighbours use


@cache
def _rules(code: str) -> _Rules:
    d = langdata.load(code).grammar.get("detect", {})
    return _Rules(frozenset(d.get("function_words", [])), d.get("min_hits", 2),
                  frozenset(d.get("claims", [])), frozenset(d.get("markers", [])),
                  frozenset(d.get("neighbour_words", [])))


def _markers(text: str, r: _Rules) -> bool:
    words = {w.strip(".,;:!?\"'()").lower() for w in text.split()}
    return len(words & (r.markers - r.neighbour_words)) > len(words & (r.neighbour_words - r.markers))
