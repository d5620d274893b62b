"""Property tests (issue #8): the text pipeline on any string, the readers on any bytes.

For arbitrary text (words of a small Indonesian/English news vocabulary with their
triggers and country names, punctuation, dates, emoji, right-to-left letters, zero-width
and combining characters, NUL and control characters, and any surrogate-free unicode)
in either language, with or without a publication date, ``Coder.analyse``:

- never raises;
- gives sentence, token and mention spans that cut their own text out of the article;
- gives events whose evidence spans (absolute offsets into the article, see
  ``records.py``) cut out their ``*_text``;
- is deterministic: the same article twice gives the same events;
- gives valid events: a CAMEO code of the table, quad class 1..4, Goldstein in [-10, 10].

The examples are derandomized (CI is reproducible) and few enough that the file runs in
well under a minute. ``PERISTIWA_PROPERTY_EXAMPLES=2000`` runs many more (the fuzzing
fallback documented in ``bench/FUZZ.md``). The regression tests at the end name the
inputs that broke the pipeline once.
"""

from __future__ import annotations

import os
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from peristiwa.coding.cameo import is_code
from peristiwa.errors import PeristiwaError
from peristiwa.ingest import ReadError, read_bytes
from peristiwa.records import Article
from peristiwa.text.language import detect

EXAMPLES = int(os.environ.get("PERISTIWA_PROPERTY_EXAMPLES", "0")) or None


def examples(n: int) -> settings:
    """Bounded, reproducible settings: ``n`` examples (or the environment's number)."""
    return settings(
        max_examples=EXAMPLES or n,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.function_scoped_fixture],
    )


# --- strategies ---------------------------------------------------------------------------

WORDS = [
    # Indonesian
    "Polisi", "polisi", "Presiden", "Menteri", "Luar", "Negeri", "pemerintah", "tentara",
    "jurnalis", "dua", "warga", "kata", "ujar", "yang", "dan", "di", "ke", "dari", "tidak",
    "pada", "Selasa", "Jakarta", "Moskow", "Ankara", "Joko", "Widodo", "Prabowo", "mereka",
    "kami", "ia", "kedua", "negara", "menangkap", "ditangkap", "mengecam", "dikecam",
    "mengunjungi", "bertemu", "menyerang", "memprotes", "mendukung", "menolak", "mengancam",
    "akan", "telah", "sudah", "bahwa", "Desember", "2020", "Rusia", "Turki", "China",
    "Indonesia", "Amerika", "Serikat", "Malaysia", "PBB", "KPK", "DPR",
    # English
    "Police", "police", "President", "minister", "foreign", "government", "troops",
    "journalists", "two", "the", "of", "and", "in", "said", "told", "was", "were", "has",
    "arrested", "condemned", "visited", "met", "attacked", "protested", "threatened",
    "rejected", "will", "not", "they", "we", "he", "Tuesday", "December", "Russia",
    "Turkey", "United", "States", "Nations", "Washington", "Moscow",
    # punctuation, quotes, brackets, numbers and dates
    ".", ",", ";", ":", "!", "?", "...", "…", "-", "–", "—", '"', "'", "“", "”", "‘", "’",
    "«", "»", "(", ")", "[", "]", "/", "29/12/2020", "12/29/2020", "2020-12-29", "31/02/2021",
    "00/00/0000", "29", "12", "1998", "9999", "6.000", "2,5", "Rp", "%", "KOMPAS.com",
    "JAKARTA,", "Menlu.", "No.", "Dec.", "A.",
    # the odd characters news text picks up
    "\n", "\n\n", "\t", "\r\n", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
    "\u200b", "\u200d", "\ufeff", "\u00ad", "\u0301", "e\u0301", "\u0308", "😀", "🇮🇩", "👍🏽",
    "مرحبا", "السلام", "שלום", "ירושלים", "\u202e", "\u200f", "中国", "İstanbul", "ß", "ﬁ",
]

SEPARATORS = [" ", " ", " ", "", "\n", ", ", ". ", "\u00a0", "\u200b"]

word = st.one_of(st.sampled_from(WORDS), st.text(max_size=6))
news_like = st.lists(st.tuples(word, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)
# Sentences that look enough like news to reach the event coder's later stages.
SENTENCES = [
    "Polisi Turki menangkap dua jurnalis Rusia di Ankara, Selasa (29/12/2020).",
    "Pemerintah China mengecam Amerika Serikat.",
    "Presiden Joko Widodo mengunjungi Moskow pada 12 Desember 2020.",
    "Russia condemned Turkey on Tuesday, the foreign minister said.",
    "Turkish police arrested two Russian journalists in Ankara on December 29, 2020.",
    "“Kami menolak tuduhan itu,” kata Menteri Luar Negeri Rusia.",
]
newsy = st.lists(
    st.tuples(st.sampled_from(SENTENCES), st.text(max_size=4), st.sampled_from(SEPARATORS)),
    min_size=1, max_size=4,
).map(lambda parts: "".join(s + noise + sep for s, noise, sep in parts))
# Text with odd characters spliced into a real sentence at any point, inside a word or
# standing as words of their own.
ODD = WORDS[WORDS.index("\n"):]


def _splice(sentence: str, at: int, pad: str, odd: list[str]) -> str:
    if pad:  # between two words: at one of the sentence's spaces
        spaces = [k for k, c in enumerate(sentence) if c == " "]
        at = spaces[at % len(spaces)]
    return sentence[:at] + pad + "".join(odd) + pad + sentence[at:]


spliced = st.builds(_splice, st.sampled_from(SENTENCES), st.integers(0, 200),
                    st.sampled_from(["", " "]), st.lists(st.sampled_from(ODD), min_size=1,
                                                         max_size=3))


def _between(sentence: str, odd: list[str | None]) -> str:
    """The sentence with odd characters standing as words between some of its words."""
    words = sentence.split(" ")
    out = words[:1]
    for w, x in zip(words[1:], odd, strict=False):
        out += [x, w] if x is not None else [w]
    out += words[len(odd) + 1:]
    return " ".join(out)


between = st.builds(_between, st.sampled_from(SENTENCES),
                    st.lists(st.one_of(st.none(), st.sampled_from(ODD)), max_size=16))
texts = st.one_of(st.text(), news_like, newsy, spliced, between)
langs = st.sampled_from(["id", "en"])
# Mostly news-era dates, but also the calendar's ends (a feed's 0001-01-01 placeholder).
published = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
                      st.sampled_from([date.min, date.max]), st.dates())


# --- checks -------------------------------------------------------------------------------

def _cut(text: str, span, what: str, expected: str) -> None:
    start, end = span
    assert 0 <= start <= end <= len(text), f"{what} span {span} outside the text"
    assert text[start:end] == expected, f"{what} span {span} cuts {text[start:end]!r}"


def check_analysis(text: str, coded) -> None:
    """Every span of an analysis points at its own text in ``text``."""
    last_end = 0
    for k, cs in enumerate(coded):
        s = cs.sentence
        assert s.index == k
        _cut(text, (s.start, s.end), "sentence", s.text)
        assert s.start >= last_end, "sentences overlap"
        last_end = s.end
        for i, t in enumerate(s.tokens):
            assert t.i == i
            assert s.start <= t.start <= t.end <= s.end, f"token {t.text!r} outside its sentence"
            _cut(text, (t.start, t.end), "token", t.text)
        for m in cs.mentions:
            if m.start < 0:  # an actor implied by the trigger, with no words of its own
                assert m.text == ""
                continue
            _cut(text, (m.start, m.end), "mention", m.text)
            assert 0 <= m.first <= m.last < len(s.tokens)
        for e in cs.events:
            check_event(text, e, s)


def check_event(text: str, e, sent) -> None:
    ev = e.evidence
    assert ev.sentence == sent.index and ev.sentence_start == sent.start
    assert e.sentence == sent.text
    _cut(text, ev.trigger, "trigger", ev.trigger_text)
    assert sent.start <= ev.trigger[0] < ev.trigger[1] <= sent.end
    for key in ("source", "target", "date", "place"):
        span = getattr(ev, f"{key}_span")
        if span is not None:
            _cut(text, span, key, getattr(ev, f"{key}_text"))
    assert is_code(e.code), e.code
    assert e.date_precision in ("day", "month", "year", "publication"), e.date_precision
    if e.date:
        assert re.fullmatch(r"\d{4}(-\d\d){0,2}", e.date) and e.date[:4] != "0000", e.date
        if e.date_precision in ("day", "publication"):
            date.fromisoformat(e.date)
    assert e.quad_class in (1, 2, 3, 4)
    assert -10 <= e.goldstein <= 10
    assert e.code.startswith(e.root)


# --- the coder ----------------------------------------------------------------------------

@examples(1000)
@given(text=texts, lang=langs, day=published)
def test_analyse_any_text(coder, text, lang, day):
    coded = coder.analyse(Article(text=text, lang=lang, published=day))
    check_analysis(text, coded)
    event("events coded" if any(cs.events for cs in coded) else "no event")


@examples(400)
@given(text=between, lang=langs, day=published)
def test_analyse_odd_characters_between_words(coder, text, lang, day):
    check_analysis(text, coder.analyse(Article(text=text, lang=lang, published=day)))


@examples(300)
@given(text=st.one_of(newsy, spliced, between, news_like), lang=langs, day=published)
def test_analyse_is_deterministic(coder, text, lang, day):
    first = [e.to_dict() for e in coder.code_article(Article(text=text, lang=lang, published=day))]
    again = [e.to_dict() for e in coder.code_article(Article(text=text, lang=lang, published=day))]
    assert first == again
    event("events coded" if first else "no event")


def test_the_strategies_reach_events(coder):
    """The properties are not vacuous: the news-like inputs do code events."""
    events = coder.code_text(SENTENCES[0], lang="id", published="2020-12-30")
    assert events and all(e.evidence.date_span for e in events)
    check_analysis(SENTENCES[0], coder.analyse(Article(text=SENTENCES[0], lang="id")))


# --- language detection -------------------------------------------------------------------

@examples(500)
@given(text=st.one_of(st.text(), news_like))
def test_detect_returns_a_code_or_a_peristiwa_error(text):
    try:
        code = detect(text)
    except PeristiwaError:
        return
    assert code in ("id", "en")


# --- readers ------------------------------------------------------------------------------

KIND_HEADS = {
    "text": [b"", b"---\ntitle: x\ndate: 2020-12-29\n---\n", b"\xef\xbb\xbf"],
    "html": [b"<!DOCTYPE html><html><head><title>", b"<html><body><p>", b"<article>"],
    "feed": [b'<?xml version="1.0"?><rss><channel><item><title>', b"<feed><entry>"],
    "jsonl": [b'{"text": "', b'{"id": 1, "text": "Polisi", "date": "', b"[1, 2]\n{"],
    "warc": [b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: ", b"WARC/1.1\r\n\r\n"],
}
gzipped = st.binary(max_size=64).map(lambda b: b"\x1f\x8b\x08\x00" + b)


def _read_all(data: bytes, kind: str) -> list:
    items = list(read_bytes(data, origin="x", kind=kind))
    for item in items:
        assert isinstance(item, Article | ReadError), type(item)
        if isinstance(item, Article):
            assert isinstance(item.text, str)
    return items


@pytest.mark.parametrize("kind", ["text", "html", "feed", "jsonl", "warc"])
@examples(100)
@given(data=st.data())
def test_read_bytes_yields_articles_or_errors(kind, data):
    head = data.draw(st.sampled_from(KIND_HEADS[kind] + [b""]))
    body = data.draw(st.one_of(st.binary(max_size=300), gzipped,
                               st.text(max_size=80).map(lambda s: s.encode("utf-8"))))
    _read_all(head + body, kind)


# --- regressions: inputs that once broke the pipeline -------------------------------------

REGRESSIONS = [
    # when.py, _found: counting "kemarin"/"yesterday" back from a publication date of
    # 0001-01-01 (or forward from 9999-12-31) raised OverflowError out of the coder.
    ("Polisi Turki kemarin menangkap dua jurnalis Rusia di Ankara.", "id", date.min),
    ("Turkish police yesterday arrested two Russian journalists.", "en", date.min),
    ("Turkish police arrested two Russian journalists on Tuesday.", "en", date(1, 1, 1)),
    ("Polisi Turki besok akan menangkap dua jurnalis Rusia.", "id", date.max),
    # ... and "tahun lalu" in year 1 dated the event "0000", a year no date can hold.
    ("Polisi Turki menangkap dua jurnalis Rusia tahun lalu.", "id", date(1, 6, 1)),
    ("Polisi Turki menangkap dua jurnalis Rusia pada Desember tahun lalu.", "id", date(1, 6, 1)),
    # actors/lexicon.py, ActorLexicon.longest: a NUL standing as a word after an actor
    # phrase matched the trie's end marker "\0" and the walk went on into its entry list
    # (AttributeError: 'list' object has no attribute 'get'). Found by bench/fuzz.py.
    ("Rusia \x00 mengecam Turki.", "id", None),
    ("Polisi Turki menangkap dua jurnalis Rusia \x00 di Ankara.", "id", date(2020, 12, 29)),
    ("Russia \x00 condemned Turkey.", "en", None),
    ("Turkish police arrested two Russian journalists \x00 in Ankara.", "en", None),
]


@pytest.mark.parametrize(("text", "lang", "day"), REGRESSIONS)
def test_regression(coder, text, lang, day):
    coded = coder.analyse(Article(text=text, lang=lang, published=day))
    check_analysis(text, coded)
    assert [e for cs in coded for e in cs.events], "the sentence still codes its event"


def test_regression_fuzzer_input(coder):
    """The input bench/fuzz.py crashed on (crash-1bfdb541...), cut down."""
    text = ("Preside\U0010ffff Joko Widodo \x00\u2600\x00\x00\U000d0000\U00050000 \x00"
            "\U0010ffff\U0010ffff\x00\x00")
    check_analysis(text, coder.analyse(Article(text=text, lang="id",
                                               published=date(2020, 12, 29))))
