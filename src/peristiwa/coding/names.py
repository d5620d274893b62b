"""Names in text that has lost its capitals: which lower-case words may be a person's
name (``lower_name_word``), for ``reading.bare_name`` and the sides of a match."""

from __future__ import annotations

from peristiwa.lang import LanguageData
from peristiwa.records import Token


def lower_name_word(data: LanguageData, t: Token) -> bool:
    """In a sentence written all in lower case (which has lost the capitals of its
    names), a word that may be a name: of letters, three or more, neither a word of
    the language nor one derived from it ("waryono", not "wakil" nor "menerbitkan"),
    nor a word of the grammar's lists."""
    from peristiwa.places.lexicon import lang_places
    from peristiwa.text.stems import common_words

    common = common_words(data)
    if not (t.text.isalpha() and t.text.islower() and len(t.text) >= 3) or t.norm in common or t.stem in common \
            or t.norm in lang_places(data.code).common:
        return False  # "narkoba": a word of the places' list
    return not any(t.norm in data.words(w) for w in _NAME_NEVER)


# grammar lists whose words are never a name in lower-case text
_NAME_NEVER = ("time_words", "prepositions", "mention_skip", "pronouns", "auxiliaries", "subject_emphasis",
               "coordinators", "relative", "demonstratives", "negators", "future", "complementizers",
               "purpose", "reporting", "clause_breaks", "person_nouns", "first_person")
