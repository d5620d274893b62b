"""The bad-input battery (issue #8): one ingest over a folder of hostile files
and records beside good ones. Each bad file or record is named in one line with
its reason and kept in the errors table; everything good is coded; the exit
status is 3. Decodable oddities (encodings, emoji, right-to-left text,
zero-width characters) are coded, not refused."""

from __future__ import annotations

import codecs
import gzip
import io
import json
from pathlib import Path

import pytest
from conftest import run
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from peristiwa.store.db import Store

GOOD_ID = "Polisi Turki menangkap dua jurnalis Rusia di Istanbul."
GOOD_EN = "Turkish police arrested two Russian journalists in Istanbul."


def warc_bytes(records: list[tuple[str, bytes, str]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, ctype in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=http))
    return buf.getvalue()


def page(text: str) -> bytes:
    return f"<html><body><article><p>{text}</p></article></body></html>".encode()


# name -> (bytes, what the error line must say, or None when the file must be coded)
def battery() -> dict[str, tuple[bytes, str | None]]:
    big_line = ("kata " * 11_000_000).encode()  # a 55 MB single line, no sentence end
    many = (" ".join([GOOD_ID] * 100_000)).encode()  # 100,000 sentences
    nested = "<div>" * 5000 + GOOD_ID + "</div>" * 5000
    good_warc = warc_bytes([("https://w.example/1", page(GOOD_ID), "text/html"),
                            ("https://w.example/logo.png", b"\x89PNG\r\n", "image/png"),
                            ("https://w.example/api", b'{"a": 1}', "application/json")])
    return {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b"  \n\t \n", "empty file"),
        "nul.txt": (b"Polisi\x00menangkap\x00" * 50, "binary"),
        "random.bin": (bytes(range(256)) * 40, "binary"),
        "bad-utf8.txt": (b"Polisi Turki menangkap \xff\xfe\xfd dua jurnalis.", None),
        "cp1252.txt": ("Menteri Luar Negeri Turki mengecam Rusia di Caf\xe9 Istanbul.".encode("cp1252"),
                       None),
        "latin1.txt": ("Polisi Turki menangkap dua jurnalis Rusia di Istanbul \xbb.".encode("latin-1"),
                       None),
        "utf16.txt": (codecs.BOM_UTF16_LE + "Polisi Rusia menangkap dua jurnalis Turki di Moskow."
                      .encode("utf-16-le"), None),
        "utf8-bom.txt": (codecs.BOM_UTF8 + GOOD_EN.encode(), None),
        "huge-line.txt": (big_line, "over the limit"),
        "hundred-thousand-sentences.txt": (many, "over the limit"),
        "nested.html": (f"<html><body>{nested}</body></html>".encode(), "no article text"),
        "script-only.html": (b"<html><head><script>var a = 1;</script></head><body>"
                             b"<script>document.write('x')</script></body></html>", "no article text"),
        "not-a-feed.rss": (b"<rss><channel><item><title>cut", "feed"),
        "feed-no-text.rss": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                             b"<item><title>only a title</title></item></channel></rss>", "text"),
        "truncated.warc.gz": (good_warc[: len(good_warc) // 2], "WARC"),
        "good.warc.gz": (good_warc, None),
        "broken.jsonl": (b'{"text": "' + GOOD_ID.encode() + b' Lapor JSONL."}\n{broken\n[1, 2]\n'
                         b'{"title": "no text"}\n{"text": 42}\n{"text": "x", "published": [1]}\n',
                         "broken.jsonl:2"),
        "gzip-garbage.jsonl.gz": (b"\x1f\x8b\x08\x00garbage", "gzip"),
        "french.txt": ("La police turque a arrêté deux journalistes russes à Istanbul "
                       "mardi, selon le ministère.".encode(), "fr"),
        "emoji.txt": (f"🚨🚨 {GOOD_ID} 😡🔥".encode(), None),
        "rtl.txt": (f"{GOOD_ID} الشرطة التركية تعتقل صحفيين روسيين. Polisi menahan mereka.".encode(),
                    None),
        "zero-width.txt": (GOOD_ID.replace("menangkap", "menang\u200bkap\u200d")
                           .replace("Turki", "\ufeffTurki").encode(), None),
        "mixed-lang.txt": (f"{GOOD_ID} {GOOD_EN} Polisi juga memeriksa saksi.".encode(), None),
        "control-chars.txt": (f"\x1b[31m{GOOD_ID}\x07\x08".encode(), None),
        "only-punctuation.txt": (b"... !!! ??? --- ,,, ;;;", "no recognisable words"),
        "numbers.txt": (b"2020 2021 2022 12/12/2020 3.14 1,000,000", "no recognisable words"),
        "one-word.txt": (b"Menangkap", None),
        "front-matter-only.txt": (b"---\ntitle: x\npublished: 2020-12-29\n---\n\n", "no article"),
        "gold-bad.jsonl": (b'{"id": "a", "text": "' + GOOD_EN.encode() + b' Gold.", "lang": "en"}\n'
                           b'{"id": "b", "lang": "id"\n', "gold-bad.jsonl:2"),
    }


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    folder = root / "in"
    folder.mkdir()
    cases = battery()
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    db = root / "s.duckdb"
    got = run(["ingest", str(folder), str(root / "missing-file.txt"), "--db", str(db), "--quiet"],
              cwd=root)
    with Store(db, read_only=True) as s:
        errors = s.con.execute("SELECT origin, reason FROM errors").fetchall()
        stored = {Path(o.split(":")[0].split("#")[0]).name for o, in
                  s.con.execute("SELECT origin FROM articles").fetchall()}
        codes = s.con.execute("SELECT DISTINCT code FROM events").fetchall()
    return cases, got, errors, stored, codes


def test_battery_has_thirty_cases():
    assert len(battery()) >= 30


def test_exit_status_and_one_line_per_bad_record(result):
    cases, got, errors, _, _ = result
    assert got.returncode == 3, got.err
    lines = got.err.splitlines()
    skipped = [line for line in lines if line.startswith("peristiwa: skipped: ")]
    assert len(skipped) == len(errors)
    assert all(len(line) < 400 for line in skipped)
    for name, (_, reason) in cases.items():
        if reason is None:
            continue
        key = reason if ":" in reason else name
        mine = [line for line in skipped if key in line]
        assert mine, f"{name}: no error line in\n{got.err}"
        assert any(reason.lower() in line.lower() for line in mine), (name, mine)
    assert any("missing-file.txt" in line for line in skipped)


def test_good_records_are_coded(result):
    cases, _, _, stored, codes = result
    for name, (_, reason) in cases.items():
        if reason is None:
            assert name in stored, f"{name} was not stored"
    for name in ("broken.jsonl", "gold-bad.jsonl", "good.warc.gz"):
        assert name in stored  # the good records of files that also had bad ones
    assert ("173",) in codes


def test_odd_characters_keep_their_events(result, coder):
    from peristiwa.records import Article

    for text in (battery()["zero-width.txt"][0].decode(), battery()["emoji.txt"][0].decode(),
                 battery()["rtl.txt"][0].decode()):
        events = coder.code_article(Article(text=text, lang="id"))
        assert any(e.code == "173" for e in events), text
        for e in events:
            s, t = e.evidence.trigger
            assert text[s:t] == e.evidence.trigger_text


def test_gzip_of_a_good_file_is_read(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(GOOD_ID.encode()))
    got = run(["ingest", str(tmp_path / "a.txt.gz"), "--db", str(tmp_path / "s.duckdb"), "-q"],
              cwd=tmp_path)
    assert got.returncode == 0, got.err
    assert "1 new" in got.err


def test_rerun_adds_nothing_and_keeps_errors_once_per_run(result, tmp_path):
    cases, _, errors, _, _ = result
    assert len(errors) >= sum(1 for _, r in cases.values() if r) + 1
    assert json.dumps(errors, ensure_ascii=False)  # reasons are plain text


def test_an_article_takes_its_date_as_iso_text(coder):
    from datetime import date, datetime

    from peristiwa.records import Article
    assert Article(text="x", published="2020-12-29").published == date(2020, 12, 29)
    assert Article(text="x", published="2020-12-29T08:15:00+07:00").published == date(2020, 12, 29)
    assert Article(text="x", published=datetime(2020, 12, 29, 8)).published == date(2020, 12, 29)
    # the date reaches the actors: Pompeo is the US government's only while in office
    art = Article(text="Menteri Luar Negeri AS Mike Pompeo mengunjungi Jakarta.", lang="id", published="2020-10-29")
    assert any(e.source == "USAGOV" for cs in coder.analyse(art) for e in cs.events)
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        Article(text="x", doc_id="a1", published="kemarin")
