"""Normalisation shared by lexicon compilation and lookup."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'",
                              # invisible characters that web text leaves inside words:
                              # zero-width space/joiners, word joiner, BOM, soft hyphen
                              "\u200b": None, "\u200c": None, "\u200d": None,
                              "\u2060": None, "\ufeff": None, "\u00ad": None})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, fold diacritics (Çavuşoğlu -> cavusoglu) and apostrophes, drop
    zero-width characters (menang\u200bkap -> menangkap)."""
    text = text.translate(_APOSTROPHES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
