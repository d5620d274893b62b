"""Coverage-guided fuzzing of the text pipeline and the readers with Atheris (issue #8).

Atheris is not a project dependency: install it into the venv by hand first
(prebuilt wheels exist for CPython 3.11 on x86_64 Linux)::

    .venv/bin/pip install atheris

Targets (the first argument; the rest goes to libFuzzer)::

    .venv/bin/python bench/fuzz.py coder   /tmp/fuzz-coder   -max_total_time=300
    .venv/bin/python bench/fuzz.py readers /tmp/fuzz-readers -max_total_time=120

``coder`` feeds a string through ``Coder.analyse`` (the first byte picks the language,
id or en, and whether the article has a publication date: none, one of 1900-2079, or any
day of the calendar) and checks that every
sentence, token, mention and evidence span cuts its own text out of the article and that
every event has a valid CAMEO code, quad class and Goldstein value. ``readers`` feeds
bytes to ``peristiwa.ingest.read_bytes`` with one of its kinds (text, html, feed, jsonl,
warc) and checks that it yields only ``Article`` and ``ReadError`` objects. Coverage is
collected from peristiwa's own modules (and, for ``readers``, feedparser and warcio).

A corpus folder named on the command line that does not exist yet is created and seeded
with a few real-looking inputs, so that the fuzzer starts from text that codes events.
Any exception is a crash: libFuzzer writes the input to ``crash-<sha1>``; replay it with
``.venv/bin/python bench/fuzz.py coder crash-<sha1>``. Results: ``bench/FUZZ.md``.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import atheris

LANGS = ("id", "en")
EPOCH = date(1900, 1, 1)

SEEDS = [
    ("id", "Polisi Turki menangkap dua jurnalis Rusia di Ankara, Selasa (29/12/2020)."),
    ("id", "JAKARTA, KOMPAS.com - Pemerintah China mengecam Amerika Serikat. “Kami menolak "
           "tuduhan itu,” kata Menteri Luar Negeri Rusia."),
    ("id", "Presiden Joko Widodo mengunjungi Moskow pada 12 Desember 2020.\n\nKedua negara "
           "sepakat bekerja sama."),
    ("id", "Kemarin polisi Turki menangkap dua jurnalis Rusia, kata Menlu. Ia mengecam China."),
    ("en", "Turkish police arrested two Russian journalists in Ankara on December 29, 2020."),
    ("en", "Yesterday Russia condemned Turkey, and last week China threatened the United States."),
    ("en", "Russia condemned Turkey on Tuesday, the foreign minister said. \"We reject it,\" "
           "he told reporters in Moscow."),
]
READER_SEEDS = {
    "text": b"---\ntitle: Berita\ndate: 2020-12-29\n---\nPolisi Turki menangkap dua jurnalis.\n",
    "html": b"<!DOCTYPE html><html lang='id'><head><title>Berita</title></head><body><article>"
            b"<p>Polisi Turki menangkap dua jurnalis Rusia di Ankara.</p></article></body></html>",
    "feed": b"<?xml version='1.0'?><rss version='2.0'><channel><title>K</title><item><title>"
            b"Berita</title><description>Polisi menangkap dua jurnalis.</description>"
            b"<pubDate>Tue, 29 Dec 2020 10:00:00 GMT</pubDate></item></channel></rss>",
    "jsonl": b'{"id": "a1", "text": "Polisi Turki menangkap dua jurnalis.", "date": "2020-12-29",'
             b' "lang": "id"}\n{"text": "Russia condemned Turkey."}\n',
    "warc": b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/a\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: 97\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
            b"<html><body><p>Polisi menangkap dua jurnalis.</p></body></html>\r\n\r\n",
}


TARGET = sys.argv[1] if len(sys.argv) > 1 else ""
# The readers' target also instruments the pure-Python parsers behind them.
INSTRUMENT = ["peristiwa"] + (["feedparser", "warcio"] if TARGET == "readers" else [])

with atheris.instrument_imports(include=INSTRUMENT):
    import feedparser  # noqa: F401  (imported here to be instrumented)
    import warcio  # noqa: F401

    from peristiwa.coding.cameo import is_code
    from peristiwa.ingest import ReadError, read_bytes
    from peristiwa.ingest.detect import KINDS
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    # Load what the target uses now, inside the hook, so that the modules imported
    # lazily (the languages' lexicons and patterns, the parser, the recogniser, the
    # readers' libraries) are instrumented too.
    CODER = Coder()
    if TARGET == "coder":
        for _lang, _text in SEEDS[:1] + SEEDS[-1:]:
            CODER.analyse(Article(text=_text, lang=_lang))
    elif TARGET == "readers":
        for _kind, _raw in READER_SEEDS.items():
            list(read_bytes(_raw, origin="seed", kind=_kind))


# --- the coder target ---------------------------------------------------------------------

def coder_input(data: bytes) -> tuple[str, str, date | None]:
    fdp = atheris.FuzzedDataProvider(data)
    flags = fdp.ConsumeInt(1)
    lang = LANGS[flags & 1]
    day = None
    if flags & 4:  # any day of the calendar, its ends included (a feed's 0001-01-01)
        day = date.fromordinal(1 + fdp.ConsumeUInt(3) % date.max.toordinal())
    elif flags & 2:  # a day of 1900-2079
        day = EPOCH + timedelta(days=fdp.ConsumeUInt(2))
    return fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()), lang, day


DAY_BYTES = {0: b"", 2: b"\xa0\xac", 4: b"\x00\x00\x00"}  # none, 2020-12-29, 0001-01-01


def coder_seed(lang: str, text: str, dated: int) -> bytes:
    """Bytes that ``coder_input`` reads back as (text, lang): 0 picks UTF-32 text."""
    data = bytes([LANGS.index(lang) | dated]) + DAY_BYTES[dated] + b"\x00"
    data += text.encode("utf-32-le")
    got = coder_input(data)
    assert got[:2] == (text, lang), got
    return data


def cut(text: str, span, what: str, expected: str) -> None:
    start, end = span
    if not (0 <= start <= end <= len(text)) or text[start:end] != expected:
        raise AssertionError(f"{what} span {span} cuts {text[start:end]!r}, not {expected!r}")


def fuzz_coder(data: bytes) -> None:
    text, lang, day = coder_input(data)
    for cs in CODER.analyse(Article(text=text, lang=lang, published=day)):
        s = cs.sentence
        cut(text, (s.start, s.end), "sentence", s.text)
        for t in s.tokens:
            assert s.start <= t.start <= t.end <= s.end, (t, s)
            cut(text, (t.start, t.end), "token", t.text)
        for m in cs.mentions:
            if m.start >= 0:
                cut(text, (m.start, m.end), "mention", m.text)
        for e in cs.events:
            ev = e.evidence
            cut(text, ev.trigger, "trigger", ev.trigger_text)
            for key in ("source", "target", "date", "place"):
                span = getattr(ev, f"{key}_span")
                if span is not None:
                    cut(text, span, key, getattr(ev, f"{key}_text"))
            assert is_code(e.code) and e.quad_class in (1, 2, 3, 4), e
            assert -10 <= e.goldstein <= 10, e


# --- the readers target -------------------------------------------------------------------

def fuzz_readers(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = KINDS[fdp.ConsumeInt(1) % len(KINDS)]
    for item in read_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()), origin="x", kind=kind):
        if not isinstance(item, Article | ReadError):
            raise AssertionError(f"read_bytes yielded a {type(item).__name__}")


def seed(folder: Path, target: str) -> None:
    folder.mkdir(parents=True)
    if target == "coder":
        seeds = [coder_seed(lang, text, dated) for lang, text in SEEDS for dated in DAY_BYTES]
    else:
        seeds = [bytes([KINDS.index(kind)]) + raw for kind, raw in READER_SEEDS.items()]
    for k, raw in enumerate(seeds):
        (folder / f"seed-{k:02d}").write_bytes(raw)


TARGETS = {"coder": fuzz_coder, "readers": fuzz_readers}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(TARGETS)}}} [CORPUS_DIR] [libFuzzer flags]")
    target = sys.argv.pop(1)
    for arg in sys.argv[1:]:
        if not arg.startswith("-") and not Path(arg).exists():
            seed(Path(arg), target)
    atheris.Setup(sys.argv, TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
