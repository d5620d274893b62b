"""LanguageData.words: the function-word sets of grammar.toml, looked up in C."""

import pickle
from pathlib import Path

from peristiwa.lang import LanguageData


def _data() -> LanguageData:
    return LanguageData("xx", Path("."), {"words": {"linkers": ["Dan", "atau"], "empty": []}})


def test_words_are_lower_case_sets_built_once_per_key():
    d = _data()
    found = d.words("linkers")
    assert found == frozenset({"dan", "atau"})
    assert d.words("linkers") is found  # built once, then the same set
    assert d.words("empty") == frozenset()
    assert d.words("no_such_key") == frozenset()


def test_words_survive_pickling_and_languages_do_not_share_sets():
    d = _data()
    d.words("linkers")
    again = pickle.loads(pickle.dumps(d))
    assert again.words("linkers") == frozenset({"dan", "atau"})
    other = LanguageData("yy", Path("."), {"words": {"linkers": ["und"]}})
    assert other.words("linkers") == frozenset({"und"})
    assert d.words("linkers") == frozenset({"dan", "atau"})
