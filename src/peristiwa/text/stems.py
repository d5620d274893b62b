"""Stems and surface forms: the keys under which words meet lexicon entries.

Indonesian uses PySastrawi (me-/di-/ber-/ter-/pe- prefixes, -kan/-i/-an
suffixes: menjatuhkan, dijatuhi, penjatuhan -> jatuh) with corrections from
``lang/id/stems.txt``, and classifies the affixes of each word by the regular
expressions in ``grammar.toml`` (``[[forms]]``) so the coder knows an active
verb from a passive or a nominalisation. English uses the Snowball stemmer
(arrested, arrests -> arrest); voice comes from auxiliaries, not affixes.

Sastrawi's answers for the Indonesian vocabulary are computed at build time
(``scripts/build_stems.py``, ``data/stems-sastrawi.txt.gz``): a known word is
looked up, only an unknown one is stemmed live (and cached).
"""

from __future__ import annotations

import gzip
import hashlib
import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from peristiwa.lang import LanguageData
from peristiwa.text.normalize import fold


class Stemmer:
    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self.overrides = data.stem_overrides
        kind = data.setting("stemmer", "none")
        self.roots: frozenset[str] = frozenset()
        self.table: dict[str, str] = {}
        if kind == "sastrawi":
            self._impl = _sastrawi
            # Sastrawi returns a word of its root dictionary unchanged; knowing
            # that here saves building its stemming context for a third of all words
            self.roots = common_words(data)
            # and its answers for the words of the vocabulary were computed at build time
            self.table = sastrawi_table()
        elif kind == "snowball":
            import snowballstemmer

            self._impl = snowballstemmer.stemmer(data.setting("snowball", "english")).stemWord
        else:
            self._impl = lambda w: w
        self.clitics = tuple(sorted(data.grammar.get("settings", {}).get("clitics", []), key=len,
                                    reverse=True))
        self.forms = [(re.compile(f["pattern"]), f["form"]) for f in data.grammar.get("forms", [])]
        self.suffix_forms = [tuple(x) for x in data.setting("suffix_forms", [])]
        self.stem = lru_cache(maxsize=100_000)(self._stem)
        self.form = lru_cache(maxsize=100_000)(self._form)

    def _stem(self, word: str) -> str:
        w = fold(word)
        if w in self.overrides:
            return self.overrides[w]
        if not any(c.isalpha() for c in w):
            return w
        if "-" in w and not w.startswith("-"):
            # reduplication and compounds: "pemimpin-pemimpin" -> "pimpin"; "anti-korupsi" kept
            parts = [p for p in w.split("-") if p]
            if len(parts) == 2 and parts[0] == parts[1]:
                return self._stem(parts[0])
            return w
        if w in self.roots:
            return w
        s = self.table.get(w)
        if s is None:
            s = self._impl(w)
        return s or w

    def _form(self, word: str) -> str:
        """Morphological class of ``word``: bare, or the class of its affixes."""
        w = fold(word)
        stem = self.stem(word)
        if not self.forms or stem == w:
            return "bare"
        core = w
        for c in self.clitics:
            if core.endswith(c) and len(core) - len(c) >= 3:
                core = core[: -len(c)]
                break
        if core.startswith(stem):
            # no prefix: the form is the suffix's (grammar.toml ``suffix_forms``:
            # Indonesian "kecaman" is kecam + -an, not ke-...-an; "pihaknya" is bare)
            rest = core[len(stem):]
            return next((form for ending, form in self.suffix_forms if rest.endswith(ending)), "bare")
        for rx, form in self.forms:
            if rx.search(core):
                return form
        return "bare"


def common_words(data: LanguageData) -> frozenset[str]:
    """Ordinary words of a language (folded), which a surname alone should not be
    taken for: Sastrawi's root-word dictionary for Indonesian ("para", "bank"),
    spaCy's stop words for a language whose grammar.toml says
    ``common_words = "spacy_stop_words"`` (English)."""
    if data.setting("stemmer", "none") == "sastrawi":
        return _sastrawi_roots()
    if data.setting("common_words") == "spacy_stop_words":
        import importlib

        lang = data.setting("spacy", data.code)
        return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    return frozenset()


def given_names(data: LanguageData) -> frozenset[str]:
    """Common words that are people's given names first ("budi", "agus", "dewi"), from the
    language's ``names.given.txt`` (scripts/build_given_names.py): capitalised, such a word
    opens a person's name, not a named thing nor a sentence's first word."""
    return _given_names(str(data.file("names.given.txt")))


@cache
def _given_names(path: str) -> frozenset[str]:
    from pathlib import Path

    from peristiwa.lang import read_lines

    return frozenset(fold(line.strip()) for _, line in read_lines(Path(path)))


def ordinary_words(data: LanguageData) -> frozenset[str]:
    """``common_words`` that are no given name first: a capitalised one is a word of the
    language, not a person's name."""
    return _ordinary(data.code, common_words(data), given_names(data))


@cache
def _ordinary(code: str, common: frozenset[str], given: frozenset[str]) -> frozenset[str]:
    return common - given if given else common


def _sastrawi_dictionary() -> bytes:
    return (resources.files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt").read_bytes()


@cache
def _sastrawi_roots() -> frozenset[str]:
    text = _sastrawi_dictionary().decode("utf-8")
    if text.isascii():
        # what fold does to ASCII letters (6x faster on its 30,000 words: read at start-up)
        return frozenset(w for w in text.lower().split() if w.isalpha())
    return frozenset(w for w in map(fold, text.split()) if w.isalpha())


@cache
def _sastrawi_stemmer():
    """Sastrawi, built on the first word the table does not know (it reads its dictionary)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def _sastrawi(word: str) -> str:
    return _sastrawi_stemmer().stem(word)


TABLE = "stems-sastrawi.txt.gz"


def table_header() -> str:
    """The first line of the stem table: the Sastrawi it was computed with."""
    from importlib.metadata import version

    digest = hashlib.sha1(_sastrawi_dictionary()).hexdigest()[:16]
    return f"# Sastrawi stems. GENERATED by scripts/build_stems.py; PySastrawi {version('PySastrawi')} {digest}"


@cache
def sastrawi_table() -> dict[str, str]:
    """word -> Sastrawi's stem, from ``data/stems-sastrawi.txt.gz`` (empty when the
    file is missing or was built with another Sastrawi than the one installed). Kept
    in the disk cache, keyed by the table file and the installed Sastrawi's dictionary
    and stemmer files: reading the gzip, checking its header (a hash of the dictionary,
    the package's version from its metadata) and splitting it take 0.1 s of CPU at each
    start, the pickled table 0.04 s."""
    from peristiwa import cache

    try:
        sastrawi = Path(str(resources.files("Sastrawi")))
        inputs = [Path(str(resources.files("peristiwa") / "data" / TABLE)),
                  sastrawi / "Stemmer" / "data" / "kata-dasar.txt", sastrawi / "Stemmer" / "Stemmer.py"]
    except Exception:  # noqa: BLE001 - no Sastrawi installed: read as it is (empty)
        return _read_table()
    return cache.cached("stems-sastrawi", inputs, _read_table)


def _read_table() -> dict[str, str]:
    """``sastrawi_table`` read from its file."""
    try:
        with gzip.open(resources.files("peristiwa") / "data" / TABLE, "rt", encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return {}
    header, _, body = text.partition("\n")
    if header != table_header():
        return {}
    body = body.rstrip("\n")
    if body.count("\t") == body.count("\n") + 1 and "\r" not in body:
        # one tab on every line (as build_stems.py writes it): split in one go, 3x faster
        cells = body.replace("\n", "\t").split("\t")
        return {word: stem or word for word, stem in zip(cells[::2], cells[1::2], strict=True)}
    out = {}
    for line in body.splitlines():
        word, _, stem = line.partition("\t")
        out[word] = stem or word
    return out
