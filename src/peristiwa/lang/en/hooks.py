"""English rules that are code rather than lists (see ``peristiwa.lang``).

Each function is called by name from the language-independent core through
``LanguageData.hook``; a language without it simply lacks the rule.
"""

from __future__ import annotations


def plural_forms(phrase: str) -> list[str]:
    """The plurals a lower-case role noun of ``agents*.txt`` is also matched in:
    its last word inflected ("gunman" -> "gunmen", "militia" -> "militias",
    "security official" -> "security officials"). Phrases with letters outside
    ASCII are left as written."""
    if not phrase.isascii():
        return []
    words = phrase.split()
    return [" ".join(words[:-1] + [plural]) for plural in _plurals(words[-1])]


# Nouns that are plural already: "polices", "peoples" are other words (a verb, nations)
NO_PLURAL = frozenset({"police", "people", "personnel", "clergy"})


def _plurals(word: str) -> list[str]:
    if word in NO_PLURAL:
        return []
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith(("s", "sh", "ch", "x")):
        return [word + "es"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]
