"""Per-language data: everything a language adds lives in files beside this module.

Each ``lang/<code>/`` folder holds

- ``grammar.toml``: function words and morphology (markers, negators, affix forms)
- ``abbreviations.txt``: words ending in a full stop that do not end a sentence
- ``events.txt``: verb and noun patterns -> CAMEO codes (see docs/lexicons.md)
- ``agents.txt``: role nouns -> role codes (Presiden -> GOV, polisi -> COP)
- ``countries.txt``: country names, capitals and demonyms -> country codes
- ``stems.txt`` (optional): stemmer corrections, word -> stem
- ``hooks.py`` (optional): the language's rules that are code rather than lists
  (English plurals), as spaCy keeps ``syntax_iterators.py`` beside a language's
  data; the core calls them by name through ``LanguageData.hook``

The code that reads them is language-independent: adding a language is adding
a folder, here or anywhere ``register`` is told of (tests/test_toy_language.py
codes a sentence of a language made up in the test).
"""

from __future__ import annotations

import importlib.util
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from types import ModuleType

from peristiwa.errors import UnsupportedLanguage

LANG_DIR = Path(str(resources.files("peristiwa") / "lang"))
_EXTRA: dict[str, Path] = {}  # languages whose folder is elsewhere (``register``)


def register(path: Path | str) -> str:
    """Add the language whose data is the folder ``path`` (named by its code,
    holding at least ``grammar.toml``); returns the code."""
    path = Path(path)
    if not (path / "grammar.toml").is_file():
        raise FileNotFoundError(f"{path}: a language folder needs a grammar.toml")
    _EXTRA[path.name] = path
    load.cache_clear()
    return path.name


def unregister(code: str) -> None:
    """Forget a language added by ``register``."""
    _EXTRA.pop(code, None)
    load.cache_clear()


def folder(code: str) -> Path:
    """The data folder of a language."""
    return _EXTRA.get(code) or LANG_DIR / code


def available() -> list[str]:
    if not _EXTRA:
        return list(_own())
    return sorted(set(_own()) | set(_EXTRA))


@cache
def _own() -> tuple[str, ...]:
    """The package's own languages: its folders are listed once per process (the
    coder asks for every article)."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "grammar.toml").is_file()))


def read_lines(path: Path) -> list[tuple[int, str]]:
    """Non-empty lines with comments (``#`` to end of line) removed, with line numbers."""
    out = []
    if not path.is_file():
        return out
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.split("#", 1)[0].rstrip()
            if line.strip():
                out.append((n, line))
    return out


class _WordSets(dict):
    """The function-word sets of a grammar by key, each built when first asked for."""

    __slots__ = ("grammar",)

    def __init__(self, grammar: dict) -> None:
        super().__init__()
        self.grammar = grammar

    def __missing__(self, key: str) -> frozenset[str]:
        found = self[key] = frozenset(w.lower() for w in self.grammar.get("words", {}).get(key, []))
        return found


@dataclass
class LanguageData:
    code: str
    path: Path
    grammar: dict = field(default_factory=dict)

    @cached_property
    def words(self) -> Callable[[str], frozenset[str]]:
        """``words(key)``: a set of (lower-case) function words from grammar.toml (built
        once per key). The coder asks some 90 times a sentence, so a call is a look-up
        in C (a dict's ``__getitem__``; ``__missing__`` builds a set the first time)."""
        return _WordSets(self.grammar).__getitem__

    def setting(self, key: str, default=None):
        return self.grammar.get("settings", {}).get(key, default)

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        return frozenset(
            line.strip().lower().rstrip(".") for _, line in read_lines(self.path / "abbreviations.txt")
        )

    @cached_property
    def stem_overrides(self) -> dict[str, str]:
        out = {}
        for _, line in read_lines(self.path / "stems.txt"):
            parts = line.split()
            if len(parts) >= 2:
                out[parts[0].lower()] = parts[1].lower()
        return out

    def file(self, name: str) -> Path:
        return self.path / name

    @cached_property
    def hooks(self) -> ModuleType | None:
        """The folder's ``hooks.py``, loaded once (None when the language has none)."""
        path = self.path / "hooks.py"
        if not path.is_file():
            return None
        spec = importlib.util.spec_from_file_location(f"peristiwa.lang.{self.code}.hooks", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def hook(self, name: str, default=None):
        """A function of the language's ``hooks.py`` (``default`` when it has none by that name)."""
        return getattr(self.hooks, name, default) if self.hooks is not None else default


@cache
def load(code: str) -> LanguageData:
    path = folder(code)
    gfile = path / "grammar.toml"
    if not gfile.is_file():
        raise UnsupportedLanguage(code)
    with gfile.open("rb") as fh:
        grammar = tomllib.load(fh)
    return LanguageData(code=code, path=path, grammar=grammar)
