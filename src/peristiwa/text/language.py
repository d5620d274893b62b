"""Language identification (lingua), restricted to news languages.

Only languages with a ``lang/<code>/`` folder are coded; anything else is
reported by name so the user can decide (``--lang`` forces a language).
"""

from __future__ import annotations

from functools import lru_cache

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
    """Return the ISO 639-1 code of ``text`` if peristiwa codes it, else raise."""
    sample = text[:2000]
    if not any(ch.isalpha() for ch in sample):
        raise UnsupportedLanguage("none", "no recognisable words", where)
    words = [w.strip(".,;:!?\"'()“”‘’").lower() for w in sample.split()]
    n_id = sum(w in _ID_WORDS for w in words)
    n_en = sum(w in _EN_WORDS for w in words)
    n_ms = sum(w in _MS_ONLY for w in words)
    if n_id >= 2 and n_en == 0 and n_ms == 0 and "id" in langdata.available():
        return "id"
    if n_en >= 3 and n_id == 0 and "en" in langdata.available():
        return "en"
    found = _detector().detect_language_of(sample)
    if found is None:
        raise UnsupportedLanguage("unknown", "an unidentified language", where)
    code = found.iso_code_639_1.name.lower()
    if code == "ms" and "id" in langdata.available():
        # Malay and Indonesian share most words; lingua leans to Malay on short
        # Indonesian text. Decide on words that only Indonesian uses.
        if _indonesian_markers(sample):
            return "id"
    if code not in langdata.available():
        raise UnsupportedLanguage(code, found.name.title(), where)
    return code


# Function words for a first, cheap decision (short sentences full of names
# fool character models: "Leonardo DiCaprio sendiri membantah tegas tuduhan
# Bolsonaro" is not Spanish). Malay-only spellings keep Malay apart.
_ID_WORDS = {"yang", "dan", "di", "ke", "dari", "tidak", "tak", "dengan", "untuk", "ini", "itu",
             "akan", "telah", "sudah", "juga", "oleh", "pada", "dalam", "bahwa", "sendiri",
             "tersebut", "para", "kepada", "karena", "setelah", "saat", "menurut", "adalah",
             "mengatakan", "kata", "ujar", "belum", "bisa", "pihak", "serta", "atas", "terhadap"}
_EN_WORDS = {"the", "of", "and", "to", "in", "that", "is", "was", "were", "has", "have", "had",
             "said", "with", "for", "on", "by", "from", "it", "its", "their", "will", "would",
             "not", "an", "this", "which", "who", "after", "against", "told"}
_ID_ONLY = {"tidak", "bahwa", "mengatakan", "polisi", "pemerintah", "presiden", "akan",
            "sudah", "telah", "dengan", "juga", "karena", "setelah", "bisa", "saat", "menurut",
            "tersebut", "kepada", "pihak"}
_MS_ONLY = {"kerajaan", "daripada", "kerana", "bahawa", "sahaja", "semasa", "selepas", "mahkamah persekutuan", "pejabat", "kenyataan", "berkata"}


def _indonesian_markers(text: str) -> bool:
    words = {w.strip(".,;:!?\"'()").lower() for w in text.split()}
    return len(words & (_ID_ONLY - _MS_ONLY)) > len(words & (_MS_ONLY - _ID_ONLY))
