"""spaCy's prefix search, found faster (``tokens.anchored_search``): the same matches."""

from __future__ import annotations

import random
import re

import pytest

from peristiwa.text.tokens import anchored_search, tokenizer


def test_the_same_matches_as_a_search_on_ones_own_regex():
    rx = re.compile(r"^\$|^Rp|^\(|<a([^>]+)>|^<b>")  # one alternative not anchored, as spaCy's id
    fast = anchored_search(rx.search)
    words = ["$5", "Rp10.000", "(26/8)", "kata<a href>", "<a x>kata", "<b>tebal", "biasa", "x<ay", ""]
    assert [m and (m.span(), m.group()) for m in map(fast, words)] == \
        [m and (m.span(), m.group()) for m in map(rx.search, words)]
    assert fast("kata<a href>").span() == (4, 12)  # found past the start, as search finds it


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
