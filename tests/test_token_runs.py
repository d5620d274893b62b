"""A tokenizer keeps the tokens of each white-space-delimited run it has seen
(``Tokenizer._spacy``): a sentence gives the tokens spaCy gives for the whole text."""

from __future__ import annotations

import random

import pytest

from peristiwa.text.tokens import tokenizer

# our own sentences, with what spaCy splits inside a run or across runs
TEXTS = {
    "id": ["Polisi menangkap dua jurnalis (26/8) di Jakarta, kata Kapolda.",
           "Harga naik Rp10.000 per kg; USDA dan IDR melemah 5%.",
           "Ia bertemu Dr. med Ani dan Dr. rer. nat. Budi kemarin :) xD",
           "Kunjungan\u200b presiden\u00a0ke  Bandung\tdan\nSurabaya -nya anak-anak.",
           "Lihat https://contoh.example/berita?id=5 atau kirim ke redaksi@contoh.example!",
           "\u201cKami menolak,\u201d ujarnya. \u2018Tidak\u2019 \u2014 kata mereka...",
           "", " ", "  \n "],
    "en": ["The minister didn't say, but they're cannot gonna (he said) it's U.S.-led.",
           "Police arrested 2 men at 5pm in St. Louis; the $5m deal fell :) XD",
           "Rebels\u200b attacked\u00a0the  post\tand\nfled -- e-mail me@example.com.",
           ],
}


def _random_texts(rng: random.Random, words: list[str], n: int) -> list[str]:
    marks = list("$€%()[]\"'“”‘’/.,:;!?-–—…") + [" ", " ", "  ", "\n", "\u00a0", "\u200b"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            w = rng.choice(words)
            if rng.random() < 0.4:
                w = rng.choice(marks) + w if rng.random() < 0.5 else w + rng.choice(marks)
            parts.append(w)
        out.append("".join(p + rng.choice([" ", " ", " ", "", "\n", "  "]) for p in parts))
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tokens_of_runs_are_spacys_tokens_of_the_text(lang):
    tok = tokenizer(lang)
    tok._runs.clear()  # a memo only
    words = [w for t in TEXTS[lang] for w in t.split()] + ["Dr.", "med", "Rp", "USD", "xD", ":)", "nat."]
    texts = TEXTS[lang] + _random_texts(random.Random(11), words, 400)
    for rounds in range(2):  # the second time from the kept runs
        for text in texts:
            assert list(tok._spacy(text, 3)) == list(tok._tokens(text, 3)), (rounds, text)
    assert tok._runs  # kept


def test_a_special_case_across_runs_is_tokenised_whole():
    tok = tokenizer("id")
    assert "Dr" in tok._across  # "Dr. med": spaCy matches it across the space


def test_a_full_memo_starts_again(monkeypatch):
    from peristiwa.text import tokens

    tok = tokenizer("id")
    monkeypatch.setattr(tokens, "RUNS", 6)
    tok._runs.clear()
    for text in TEXTS["id"] * 2:
        assert list(tok._spacy(text, 0)) == list(tok._tokens(text, 0)), text
        assert len(tok._runs) <= 6 + max(len(t.split()) for t in TEXTS["id"])  # one sentence's beyond


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_run_kept_whole_without_spacy_is_one_token_of_spacys(lang):
    """``Tokenizer._whole``: a new run with no special case, prefix, suffix nor infix is
    not given to spaCy; spaCy's tokens of it are the run itself, for words of letters
    and digits of several scripts, with and without what spaCy splits off."""
    tok = tokenizer(lang)
    rng = random.Random(5)
    pool = (list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉñßſıİøæœàêïöÿ")
            + list("αβγΔΩжЖщ中文字日本語한국어²³½Ⅳ①０１Ａｃ٣߀ªµǅﬁK") + ["\u0301", "\u00ad", "\u200b"]
            + list(".,:;!?'\"()-/%$"))
    kept = 0
    for _ in range(6000):
        w = "".join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
        if tok._whole(w):
            kept += 1
            assert list(tok._tokens(w, 0)) == [(w, 0)], w
    assert kept > 1000
    assert not tok._whole("Dr.") and not tok._whole("(26/8)") and tok._whole("Jakarta")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_word_and_one_mark_after_it_are_spacys_two_tokens(lang):
    """``Tokenizer._word_mark``: a new run that is a word kept whole and one mark that
    spaCy's suffixes take off ("kata," "Jakarta." "itu?") is split without spaCy, into
    the tokens spaCy gives; a run whose mark spaCy keeps ("A." a single capital, an
    abbreviation that is a special case) or splits otherwise is left to spaCy."""
    tok = tokenizer(lang)
    rng = random.Random(7)
    letters = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉñßøæœàêïöÿжЖ中²")
    marks = (list(".,:;!?'\"()[]{}-/%$+*&#@<>=~^_|\\`") + list("…–—«»“”‘’¿¡°€£¥₹§•·×")
             + ["\u200b", "\u00ad", "\u0301", "\u2060"])
    split = 0
    for _ in range(8000):
        run = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) + rng.choice(marks)
        found = tok._word_mark(run)
        if found is not None:
            split += 1
            assert found == tuple(tok._tokens(run, 0)), run
    assert split > 2000
    assert tok._word_mark("Jakarta,") == (("Jakarta", 0), (",", 7))
    assert tok._word_mark("A.") is None and tok._word_mark("5km,") is None and tok._word_mark("kata") is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_word_between_marks_is_split_as_spacy_splits_it(lang):
    """``Tokenizer._affixed``: a new run that spaCy splits into prefixes, one word and
    suffixes ("(kata", "itu).", "\u201cKami") is split without spaCy, into spaCy's tokens;
    where a special case, an infix, an emoticon or an invisible edge could take part it
    is left to spaCy."""
    tok = tokenizer(lang)
    rng = random.Random(9)
    letters = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éÉñßøæœжЖ中²")
    marks = (list(".,:;!?'\"()[]{}-/%$+*&#@<>=~^_|\\`") + list("…–—«»“”‘’¿¡°€£¥₹§•·×")
             + ["\u200b", "\u00ad", "\u0301", "''", "...", "--", ":)", "'s", "n't"])
    words = ["Dr", "Jl", "dll", "U.S", "e-mail", "10.000", "26/8", "xD", "can", "gon"]
    split = 0
    for _ in range(12000):
        word = rng.choice(words) if rng.random() < 0.2 else \
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
        run = ("".join(rng.choice(marks) for _ in range(rng.choice([0, 1, 1, 2, 3]))) + word
               + "".join(rng.choice(marks) for _ in range(rng.choice([0, 1, 2, 3]))))
        found = tok._affixed(run)
        if found is not None:
            split += 1
            assert found == tuple(tok._tokens(run, 0)), run
    assert split > 3000
    assert tok._affixed("(kata),") == (("(", 0), ("kata", 1), (")", 5), (",", 6))
    assert tok._affixed("Dr.") is None and tok._affixed("a b") is None
