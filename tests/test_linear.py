"""Every text stage is linear in its input (issue #16): hostile runs of one
punctuation mark, abbreviation, bracket, quote or kind of white space, through
sentence splitting alone (at 20k, 40k and 80k characters) and through the whole
coder (tokenising, actor, pattern, date and place matching; at 10k, 20k and 40k).

No absolute times: the time at the largest size is compared with the smallest.
Times are this process's CPU time, not the wall clock: on a shared, loaded host the
wall clock counts other processes' turns, which made linear runs look quadratic.
Linear work gives a ratio of about 4, quadratic work 16 (the splitter's old
backtracking gave far more). Each size is timed as the best of a few runs with
the garbage collector off (and no collection before it: in a full test session that
alone takes seconds), and a case that looks slow is measured again (this
machine is shared), so only a steady super-linear growth fails."""

from __future__ import annotations

import gc
import string
import time

import pytest

from peristiwa import lang
from peristiwa.text.sentences import split

SIZES = (10_000, 20_000, 40_000)
# The splitter alone is fast enough to time at twice the size: below about
# 20k characters its times jump with the processor's caches (a run of U+2028 takes
# 1 ms at 10k and 7 ms at 20k, then doubles with each doubling), which is no
# growth of the work.
SPLITTER_SIZES = (20_000, 40_000, 80_000)
LIMIT = 8.0  # t(40k) / t(10k): linear is ~4, quadratic ~16

MARKS = list(string.punctuation) + list("…“”‘’«»–—•·¡¿")
ABBREVIATIONS = ["Dr. ", "dr. ", "Prof. ", "No. ", "A. ", "U.S. ", "a.n. ", "Jend. Pol. "]
BRACKETS = ["(", ")", "[", "]", "((", "))", "(a) ", "[1] ", "(26/8) "]
QUOTES = ['"', "'", "“", "”", '"a" ', "“a.” ", "‘a’ ", "«a» "]
SPACES = [" ", "\t", "\n", "\r\n", "\n \n", "\u00a0", "\u3000", "\u2028", "\u200b", "\x0b"]
MIXED = ["! ", ". ", "? ", "!)", ".”", ".\"", "!a", "a.", "1.", "12/", "-a", "a-", "Rp ",
         ". A", "?! ", "...a ", "x" * 70 + " "]
UNITS = MARKS + ABBREVIATIONS + BRACKETS + QUOTES + SPACES + MIXED

# The whole coder is slower per character: a smaller set, chosen so that every
# stage meets its worst case (tokens that are marks, words, numbers, names, dates).
CODER_UNITS = ["!", "-", "/", "(", '"', "Dr. ", "A. ", "U.S. ", "! ", "1.", "12/",
               "Jakarta, ", "di Jakarta ", "Selasa (29/12/2020) ", "“a.” ", "\u3000"]


def _best(run, text: str, repeat: int) -> float:
    best = float("inf")
    gc.disable()  # no collection while timing (a collection of the test session's heap takes seconds)
    try:
        for _ in range(repeat):
            began = time.process_time()
            run(text)
            best = min(best, time.process_time() - began)
    finally:
        gc.enable()
    return best


def _growth(run, unit: str, repeat: int, sizes=SIZES) -> list[float]:
    texts = [(unit * (n // len(unit) + 1))[:n] for n in sizes]
    run(texts[0])  # warm caches
    # Tiny times are all noise: time a batch of calls big enough to measure.
    batch = 1
    while _best(run, texts[0], 1) * batch < 0.01 and batch < 256:
        batch *= 2

    def many(text: str) -> None:
        for _ in range(batch):
            run(text)

    return [_best(many, t, repeat) for t in texts]


def _assert_linear(run, unit: str, repeat: int, sizes=SIZES) -> None:
    for _attempt in range(5):
        times = _growth(run, unit, repeat, sizes)
        ratio = times[2] / max(times[0], 1e-9)
        if ratio < LIMIT:
            return
    pytest.fail(f"{unit!r}: time grows {ratio:.1f}x from {sizes[0]:,} to {sizes[2]:,} characters "
                f"({', '.join(f'{t:.4f}' for t in times)} s), not linearly")


ABBR = lang.load("id").abbreviations | lang.load("en").abbreviations


@pytest.mark.parametrize("unit", UNITS, ids=repr)
def test_sentence_splitting_is_linear(unit):
    _assert_linear(lambda text: split(text, ABBR), unit, repeat=3, sizes=SPLITTER_SIZES)


@pytest.mark.parametrize("code", ["id", "en"])
@pytest.mark.parametrize("unit", CODER_UNITS, ids=repr)
def test_coding_is_linear(coder, unit, code):
    def run(text: str) -> None:
        coder.code_text(text, lang=code)

    _assert_linear(run, unit, repeat=1)


def test_spans_of_ordinary_text_are_unchanged():
    """The hostile-input fixes keep the spans of ordinary news text."""
    text = ("JAKARTA, KOMPAS.com – Polisi menangkap dua orang. Menurut Prof. Dr. Budi, "
            "situasi aman!! Ia yakin?\n\n* * *\n\nKapolri Jend. Pol. Listyo memberi arahan. "
            "“Kami siap.” Rapat selesai…")
    got = [text[a:b] for a, b in split(text, lang.load("id").abbreviations)]
    assert got == ["JAKARTA, KOMPAS.com – Polisi menangkap dua orang.",
                   "Menurut Prof. Dr. Budi, situasi aman!!", "Ia yakin?", "* * *",
                   "Kapolri Jend. Pol. Listyo memberi arahan.", "“Kami siap.”",
                   "Rapat selesai…"]


@pytest.mark.parametrize("unit", ["!", ". ", "! ", "?!", "***\n\n"])
def test_spans_without_letters_are_not_sentences(unit):
    """400,000 characters of "!" used to take minutes; a long span or a long row of
    spans without a letter or a digit is no sentence, so nothing downstream runs."""
    text = unit * (400_000 // len(unit))
    assert len(split(text, ABBR)) <= 3
