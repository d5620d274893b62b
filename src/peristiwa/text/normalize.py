"""Normalisation shared by lexicon compilation and lookup."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, fold diacritics (Çavuşoğlu -> cavusoglu) and apostrophes."""
    text = text.translate(_APOSTROPHES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d")
