"""The tokenizer's prefix, suffix and infix regexes are spaCy's, read from the disk cache
in their compiled form (``tokens._searches``): the same regexes as spaCy's tokenizer
factory compiles, and compiled again whenever the kept form does not fit."""

from __future__ import annotations

import re

import pytest
from spacy.util import (
    compile_infix_regex,
    compile_prefix_regex,
    compile_suffix_regex,
    get_lang_class,
)

from peristiwa import cache
from peristiwa.text import tokens
from peristiwa.text.tokens import Tokenizer, spacy_patterns, tokenizer


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_patterns_are_the_ones_spacys_factory_compiles(lang):
    defaults = get_lang_class(lang).Defaults
    assert spacy_patterns(defaults) == (compile_prefix_regex(defaults.prefixes).pattern,
                                        compile_suffix_regex(defaults.suffixes).pattern,
                                        compile_infix_regex(defaults.infixes).pattern)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_kept_form_is_the_compiled_regex(lang):
    for pattern in spacy_patterns(get_lang_class(lang).Defaults):
        rx, kept = re.compile(pattern), tokens._sre.compile(*tokens._compiled(pattern))
        assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == \
            (rx.pattern, rx.flags, rx.groups, rx.groupindex)
        words = ["(kata", "itu).", "Rp10.000", "anak-anak", "5%", "\u201cKami", "U.S.-led", "biasa", "x--y"]
        assert [m.span() if m else None for m in map(kept.search, words)] == \
            [m.span() if m else None for m in map(rx.search, words)]
        assert [[m.span() for m in kept.finditer(w)] for w in words] == \
            [[m.span() for m in rx.finditer(w)] for w in words]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tokenizer_searches_with_spacys_regexes(lang):
    tok = tokenizer(lang)._tok
    prefixes, suffixes, infixes = spacy_patterns(get_lang_class(lang).Defaults)
    for text in ["(kata", "itu).", "\u201cKami", "anak-anak", "5km", "Rp10.000,-", "biasa"]:
        assert tok.find_prefix(text) == (m.end() if (m := re.compile(prefixes).search(text)) else 0)
        assert tok.find_suffix(text) == (len(m.group()) if (m := re.compile(suffixes).search(text)) else 0)
        assert [m.span() for m in tok.find_infix(text)] == [m.span() for m in re.finditer(infixes, text)]


def test_a_kept_form_that_does_not_fit_is_compiled_again(monkeypatch, tmp_path):
    from peristiwa import lang as langdata

    monkeypatch.setenv("PERISTIWA_CACHE", str(tmp_path))
    monkeypatch.setattr(cache, "cached", lambda name, inputs, build: {p: ("x", 32, [0], 0, {}, ()) for p in build()})
    fresh = Tokenizer(langdata.load("id"))  # kept forms of another regex: each compiled from its text
    assert [t.text for t in fresh.sentence("(Kata) itu, anak-anak.", 0, 0, 22).tokens] == \
        ["(", "Kata", ")", "itu", ",", "anak-anak", "."]


def test_the_stem_table_is_kept_in_the_disk_cache_and_read_back_the_same(monkeypatch, tmp_path):
    from peristiwa.text import stems

    monkeypatch.setenv("PERISTIWA_CACHE", str(tmp_path))
    stems.sastrawi_table.cache_clear()
    try:
        built = stems.sastrawi_table()
        assert len(built) > 50_000 and built == stems._read_table()
        assert len(list(tmp_path.glob("stems-sastrawi-*.pickle"))) == 1
        stems.sastrawi_table.cache_clear()
        monkeypatch.setattr(stems, "_read_table", lambda: {})  # read from the cache, not the file
        assert stems.sastrawi_table() == built
    finally:
        stems.sastrawi_table.cache_clear()
