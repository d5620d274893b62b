"""spaCy's prefix search, found faster (``tokens.anchored_search``): the same matches."""

from __future__ import annotations

import random
import re

import pytest

from peristiwa.text.tokens import anchored_search, letters_pass, tokenizer


def test_the_same_matches_as_a_search_on_ones_own_regex():
    rx = re.compile(r"^\$|^Rp|^\(|<a([^>]+)>|^<b>")  # one alternative not anchored, as spaCy's id
    fast = anchored_search(rx.search)
    words = ["$5", "Rp10.000", "(26/8)", "kata<a href>", "<a x>kata", "<b>tebal", "biasa", "x<ay", ""]
    assert [m and (m.span(), m.group()) for m in map(fast, words)] == \
        [m and (m.span(), m.group()) for m in map(rx.search, words)]
    assert fast("kata<a href>").span() == (4, 12)  # found past the start, as search finds it


def test_the_first_character_screen_gives_the_same_matches():
    # a class, a range, a group, a repeat, a branch inside a group: the first characters are
    # known, so a word opening with another character is not matched alternative by alternative
    rx = re.compile(r"^[\$€]|^[(\[]|^(?:US|Rp)|^x+y|^[a-c]z|<a[^>]*>")
    fast = anchored_search(rx.search)
    assert fast.__name__ == "screened"
    words = ["$5", "€5", "(26/8)", "[x]", "US$", "Rp5", "xxy", "xz", "bz", "dz", "kata<a href>",
             "<a>", "menangkap", "2019", "", "U", "R", "x"]
    assert [m and m.span() for m in map(fast, words)] == [m and m.span() for m in map(rx.search, words)]
    # an alternative whose first character is not known (a category, a negated class, an
    # optional item): no screen, the match at the start is tried for every word
    for other in (r"^\$|^\d+", r"^\$|^[^a-z]", r"^\$|^x?y"):
        fast = anchored_search(re.compile(other).search)
        assert fast.__name__ == "fast"
        assert [m and m.span() for m in map(fast, words)] == \
            [m and m.span() for m in map(re.compile(other).search, words)]


def test_a_regex_it_cannot_read_is_searched_as_it_is():
    rx = re.compile(r"^a|[0-9]+")  # an alternative with no leading character
    assert anchored_search(rx.search) == rx.search
    assert anchored_search(re.compile("^a", re.MULTILINE).search).__name__ == "search"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_spacys_prefixes_give_the_same_matches(lang):
    tok = tokenizer(lang).nlp.tokenizer
    fast = tok.prefix_search
    search = fast.__closure__ and next(c.cell_contents for c in fast.__closure__
                                       if getattr(c.cell_contents, "__name__", "") == "search")
    assert search is not None and search is not fast
    rng = random.Random(7)
    marks = list("$€£¥%§=+-–—…'\"“”‘’()[]{}<>/.,:;!?#*&@~^_|\\") + ["<a href>", "</p>", "Rp", "US$"]
    words = ["menangkap", "Rp10.000", "(26/8)", "\"Polisi", "kata<a x>", "...", "“Kami", "<br/>x"]
    for _ in range(3000):
        words.append("".join(rng.choice(marks + list("abcXYZ019 ")) for _ in range(rng.randint(1, 9))))
    assert [m and m.span() for m in map(fast, words)] == [m and m.span() for m in map(search, words)]


def test_a_word_of_letters_has_no_suffix_or_infix_when_every_alternative_needs_another_character():
    rx = re.compile(r"(?:'s|\.|(?<=[0-9])km|\-[Nn]ya)$")  # as spaCy's suffixes: each needs a non-letter
    fast = letters_pass(rx.search)
    assert fast is not rx.search
    words = ["rumahnya", "rumah-nya", "5km", "km", "John's", "Jakarta.", "Çavuşoğlu", "東京", ""]
    assert [m and m.span() for m in map(fast, words)] == [m and m.span() for m in map(rx.search, words)]
    # an alternative of letters only ("nya"), a negated class, a flag: searched as it is
    for other in (r"(?:'s|nya)$", r"[^0-9]$", r"(?i:\.)$"):
        assert letters_pass(re.compile(other).search).__name__ == "search"


def test_a_suffix_regex_is_screened_by_the_last_character():
    # every alternative ends the text ("...$"): a text that ends with no character an
    # alternative can end with has no match; "$" also matches before a last newline
    rx = re.compile(r"(?:'s|\.+|(?<=[0-9])(?:km|kg)|\-[Nn]ya|[)\]])$")
    fast = letters_pass(rx.search)
    assert "lasts" in fast.__code__.co_freevars
    words = ["John's", "U.S.", "itu...", "5km", "5kg", "km", "rumah-nya", "(26/8)", "[x]", "kata,",
             "2019", "rumah-", "x.\n", "x\n", "", "rumahnya"]
    assert [m and m.span() for m in map(fast, words)] == [m and m.span() for m in map(rx.search, words)]
    # an alternative not at the end, or whose last character is not known: no screen
    for other in (r"(?:\.|,)$|\.\d", r"(?:\.|\d)$", r"(?:\.|x?,?)$"):
        fast = letters_pass(re.compile(other).search)
        assert "lasts" not in getattr(getattr(fast, "__code__", None), "co_freevars", ())
        assert [m and m.span() for m in map(fast, words)] == \
            [m and m.span() for m in map(re.compile(other).search, words)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_spacys_suffixes_and_infixes_give_the_same_matches(lang):
    tok = tokenizer(lang).nlp.tokenizer
    rng = random.Random(5)
    marks = list("$€£¥%§=+-–—…'\"“”‘’()[]{}<>/.,:;!?#*&@~^_|\\°") + ["'s", "-nya", "-ku", "km", "Rp"]
    letters = list("abcXYZéßçğıøÆ") + ["東", "京", "ก", "я", "ş", "ǅ"]
    words = ["menangkap", "rumahnya", "rumah-nya", "5km", "John's", "U.S.", "e-mail", "kg"]
    for _ in range(4000):
        pool = letters if rng.random() < 0.5 else letters + marks + list("0189")
        words.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 9))))
    for name in ("suffix_search", "infix_finditer"):
        fast = getattr(tok, name)
        assert fast.__name__ == "fast"
        slow = next(c.cell_contents for c in fast.__closure__ if callable(c.cell_contents))
        for w in words:
            got, want = fast(w), slow(w)
            if name == "infix_finditer":
                got, want = [m.span() for m in got], [m.span() for m in want]
            else:
                got, want = got and got.span(), want and want.span()
            assert got == want, (name, w)
