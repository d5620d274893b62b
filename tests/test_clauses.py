"""One notion of a clause (peristiwa.text.clauses): a sentence's tokens cut at the
language's break words, spans kept whole, brackets as asides."""

from __future__ import annotations

from peristiwa.text.clauses import Breaks, clauses, sentence_tokens

BREAKS = Breaks.of([",", ";", "bahwa", "according to", "(", ")"])


def cut(text: str, lang: str = "id", **kw):
    tk = sentence_tokens(text, lang)
    return tk, clauses(tk.tokens, BREAKS, end=len(text), **kw)


def test_clauses_start_at_their_break():
    text = "Polisi menangkap dua orang, kata juru bicara bahwa mereka bersalah."
    _, cl = cut(text)
    assert [text[a:b] for a, b in cl.bounds] == [
        "Polisi menangkap dua orang", ", kata juru bicara ", "bahwa mereka bersalah."]
    assert cl.index(text.index("kata")) == 1
    assert [t.text for t in cl.body(1)] == ["kata", "juru", "bicara"]


def test_around_excludes_the_breaks():
    text = "Polisi menangkap dua orang, kata juru bicara bahwa mereka bersalah."
    _, cl = cut(text)
    a = text.index("kata")
    lo, hi = cl.around((a, a + 4))
    assert text[lo:hi] == " kata juru bicara "


def test_a_phrase_of_several_words_is_one_break():
    text = "Police arrested two men according to a spokesman."
    tk = sentence_tokens(text, "en")
    cl = clauses(tk.tokens, BREAKS)
    assert [(tk.tokens[a].text, b - a) for a, b in cl.cuts] == [("according", 2)]


def test_kept_spans_and_numbers_are_not_cut():
    text = "Pada Selasa, 29 Desember ekspor naik 9,4 persen."
    start = text.index("Selasa")
    _, cl = cut(text, keep=[(start, text.index(" ekspor"))])
    assert cl.cuts == ()  # the date's comma is kept, "9,4" is one token


def test_brackets_are_asides():
    text = "Ia mengunjungi Tata Consultancy Services (TCS, anak usaha) di Bangalore."
    tk, plain = cut(text)
    _, aside = cut(text, brackets=True)
    assert len(plain.cuts) == 3
    assert aside.cuts == ()
    a = text.index("Bangalore")
    assert aside.around((a, a + 9)) == (0, len(text))


def test_a_break_is_found_from_its_first_word():
    """``Breaks.at`` looks a phrase up only where a token is some phrase's first word:
    the same answer as trying every length at every token."""
    breaks = Breaks.of([",", "according to", "according", "sepak bola", "liga"])
    assert breaks.firsts == {",", "according", "sepak", "liga"}
    text = "According to Liga officials, sepak bola and according sepak, liga"
    toks = sentence_tokens(text, "en").tokens

    def every_length(i):
        return next((n for n in range(min(breaks.longest, len(toks) - i), 0, -1)
                     if tuple(t.norm for t in toks[i:i + n]) in breaks.phrases), 0)
    assert [breaks.at(toks, i) for i in range(len(toks) + 1)] == [every_length(i) for i in range(len(toks) + 1)]
    assert [breaks.at(toks, i) for i in range(len(toks))].count(2) == 2
