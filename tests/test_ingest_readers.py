"""The readers behind `peristiwa ingest`: real files of every format, written here, read back.

Every input is built in ``tmp_path`` by the test itself (short news-style text written
for these tests); nothing touches the network.
"""

from __future__ import annotations

import gzip
import inspect
import io
import json
import time
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from peristiwa.ingest import ReadError, html_article, read_bytes, read_file, read_paths
from peristiwa.ingest.common import lang_code, to_date
from peristiwa.ingest.decode import DecodeError, decode
from peristiwa.ingest.detect import sniff
from peristiwa.records import Article

# --- inputs -------------------------------------------------------------------------------

BERITA = (
    "Presiden bertemu Perdana Menteri Malaysia di Istana Bogor pada Selasa untuk membahas "
    "perbatasan kedua negara.\n"
    "Kedua pemimpin sepakat mempercepat perundingan tentang perdagangan kelapa sawit."
)

PAGE = """<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8">
<title>Presiden bertemu PM Malaysia di Bogor</title>
<meta property="og:site_name" content="Kabar Nusantara">
<meta property="article:published_time" content="2024-05-14T21:30:00+07:00">
<link rel="canonical" href="https://kabar.example/politik/presiden-pm-malaysia">
</head><body>
<nav><a href="/">Beranda</a> | <a href="/politik">Politik</a>
| <a href="/olahraga">Olahraga</a></nav>
<article>
<h1>Presiden bertemu PM Malaysia di Bogor</h1>
<p>Presiden bertemu Perdana Menteri Malaysia di Istana Bogor pada Selasa untuk membahas
perbatasan kedua negara.</p>
<p>Kedua pemimpin sepakat mempercepat perundingan tentang perdagangan kelapa sawit.</p>
</article>
<footer>Redaksi | Pedoman Media Siber | Kontak</footer>
</body></html>
"""


def page(title: str, paragraphs: list[str], head: str = "", lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body><article><h1>{title}</h1>\n{body}</article></body></html>"
    )


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Kabar Nusantara - Politik</title><link>https://kabar.example/</link>
<language>id-ID</language>
<item>
  <title>DPR sahkan RUU Penyiaran</title>
  <link>https://kabar.example/dpr-ruu</link>
  <guid isPermaLink="false">kn-0001</guid>
  <pubDate>Tue, 14 May 2024 23:30:00 -0500</pubDate>
  <description>&lt;p&gt;Ringkasan: DPR mengesahkan RUU.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>DPR mengesahkan RUU Penyiaran pada Selasa malam.</p>
<p>Fraksi oposisi <b>menolak</b> pasal&nbsp;tentang jurnalisme
investigasi.<br>Rapat ditutup pukul 23.00.</p>
<script>track()</script>]]></content:encoded>
</item>
<item>
  <title>Menlu terima Dubes Jepang</title>
  <link>https://kabar.example/menlu-jepang</link>
  <pubDate>Wed, 15 May 2024 09:00:00 +0700</pubDate>
  <description>Menteri Luar Negeri menerima Duta Besar Jepang di Jakarta.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
<title>World Desk</title><id>urn:world-desk</id><updated>2024-05-14T08:30:00+07:00</updated>
<entry>
  <title>Leaders meet in Jakarta</title>
  <link href="https://world.example/leaders-meet"/>
  <id>urn:world-desk:1</id>
  <updated>2024-05-13T22:10:00-04:00</updated>
  <summary>Short summary.</summary>
  <content type="html">&lt;p&gt;The two leaders met in Jakarta on Monday.&lt;/p&gt;
  &lt;p&gt;They agreed to
  resume talks on maritime borders.&lt;/p&gt;</content>
</entry>
</feed>
"""


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def articles(items) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def errors(items) -> list[ReadError]:
    return [x for x in items if isinstance(x, ReadError)]


# --- plain text ---------------------------------------------------------------------------


def test_plain_text_is_one_article_with_the_whole_file(tmp_path):
    path = write(tmp_path / "berita.txt", BERITA + "\n")
    (item,) = list(read_file(path))
    assert isinstance(item, Article)
    assert item.text == BERITA + "\n"  # the file as it is: offsets are offsets into it
    assert item.title is None and item.url is None and item.published is None
    assert item.lang is None  # not stated: the pipeline detects it
    assert item.origin == str(path)


def test_front_matter_fills_the_metadata(tmp_path):
    path = write(
        tmp_path / "dpr.md",
        "---\n"
        'title: "DPR sahkan RUU Penyiaran"\n'
        "url: https://kabar.example/dpr-ruu\n"
        "published: 2024-05-14T23:30:00-05:00\n"
        "lang: id-ID\n"
        "source: 'Kabar Nusantara'\n"
        "id: kn-0001\n"
        "tags:\n  - politik\n"
        "---\n\n" + BERITA + "\n",
    )
    (item,) = list(read_file(path))
    assert item.text == BERITA + "\n"  # without the blank line after the front matter
    assert item.title == "DPR sahkan RUU Penyiaran"
    assert item.url == "https://kabar.example/dpr-ruu"
    assert item.published == date(2024, 5, 14)  # as written, not moved to UTC (15 May)
    assert item.lang == "id"
    assert item.source == "Kabar Nusantara"
    assert item.doc_id == "kn-0001"


def test_a_markdown_rule_is_not_front_matter(tmp_path):
    text = "---\nPolisi menangkap dua tersangka di Medan.\n---\nPenyelidikan masih berlangsung."
    (item,) = list(read_file(write(tmp_path / "catatan.md", text)))
    assert item.text == text
    assert item.title is None


def test_front_matter_without_text_is_an_error(tmp_path):
    path = write(tmp_path / "kosong.txt", "---\ntitle: Hanya judul\n---\n\n")
    assert [str(e) for e in read_file(path)] == [
        f"{path}: no article text after the front matter"
    ]


def test_windows_newlines_become_newlines(tmp_path):
    path = write(tmp_path / "crlf.txt", BERITA.replace("\n", "\r\n").encode("utf-8"))
    (item,) = list(read_file(path))
    assert item.text == BERITA


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_file_is_an_error(tmp_path, content):
    path = write(tmp_path / "kosong.txt", content)
    assert [str(e) for e in read_file(path)] == [f"{path}: empty file"]


# --- decoding -----------------------------------------------------------------------------


def test_cp1252_text_is_decoded(tmp_path):
    path = write(tmp_path / "kafe.txt", "Café Batavia ditutup polisi.".encode("cp1252"))
    assert b"\xe9" in path.read_bytes()
    (item,) = list(read_file(path))
    assert item.text == "Café Batavia ditutup polisi."


def test_short_cp1252_word_is_decoded():
    # charset-normalizer alone calls these four bytes EBCDIC or UTF-16
    assert decode(b"Caf\xe9") == "Café"


def test_utf8_with_a_stray_cp1252_byte_keeps_both():
    assert decode("Menteri “menolak” usulan".encode() + b" caf\xe9") == (
        "Menteri “menolak” usulan café"
    )


def test_utf16_with_bom(tmp_path):
    text = "Menteri bertemu Dubes Jepang.\r\nSelesai."
    path = write(tmp_path / "utf16.txt", text.encode("utf-16"))
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    (item,) = list(read_file(path))
    assert item.text == "Menteri bertemu Dubes Jepang.\nSelesai."


def test_utf8_bom_is_dropped(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf---\ntitle: Judul\n---\nIsi berita.")
    (item,) = list(read_file(path))
    assert (item.title, item.text) == ("Judul", "Isi berita.")


def test_cyrillic_legacy_encoding_is_detected():
    text = ("Президент России заявил журналистам во вторник, что переговоры с Индонезией "
            "о торговле будут продолжены в следующем месяце в Джакарте.")
    assert decode(text.encode("cp1251")) == text


def test_undecodable_text_is_refused_clearly(tmp_path):
    noise = bytes((i * 37 + 11) % 255 + 1 for i in range(3000))  # no NUL, not text
    path = write(tmp_path / "rusak.txt", noise)
    (err,) = list(read_file(path))
    assert isinstance(err, ReadError)
    assert err.reason.startswith("cannot tell the text encoding (not UTF-8: bad byte")
    with pytest.raises(DecodeError):
        decode(noise)


def test_nul_bytes_in_a_text_file_mean_binary(tmp_path):
    path = write(tmp_path / "aneh.txt", b"Presiden berkata\x00\x00 sesuatu")
    (err,) = list(read_file(path))
    assert err.reason == "binary file (NUL byte at offset 16), not text"


def test_binary_file_with_unknown_extension(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    path = write(tmp_path / "foto.dat", png)
    assert [str(e) for e in read_file(path)] == [f"{path}: binary file, not a news format"]


# --- HTML ---------------------------------------------------------------------------------


def test_html_page_main_text_and_metadata(tmp_path):
    path = write(tmp_path / "presiden.html", PAGE)
    (item,) = list(read_file(path))
    assert isinstance(item, Article), item
    assert item.text == BERITA  # paragraphs on their own lines; no menu, footer or headline
    assert item.title == "Presiden bertemu PM Malaysia di Bogor"
    assert item.url == "https://kabar.example/politik/presiden-pm-malaysia"
    assert item.published == date(2024, 5, 14)
    assert item.source == "Kabar Nusantara"
    assert item.lang == "id"
    assert item.origin == str(path)


def test_html_article_prefers_the_given_url_and_honours_meta_charset():
    markup = page(
        "Kunjungan ke Paris",
        ["Menteri Luar Negeri berkunjung ke Café de Flore di Paris pada Senin pagi.",
         "Ia bertemu rekannya dari Prancis untuk membahas kerja sama pendidikan."],
        head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        lang="in",
    ).replace('<meta charset="utf-8">', "")
    item = html_article(markup.encode("cp1252"), url="https://feed.example/paris", origin="feed")
    assert isinstance(item, Article), item
    assert "Café de Flore" in item.text
    assert item.url == "https://feed.example/paris"
    assert item.lang == "id"  # the legacy code "in" is Indonesian
    assert item.origin == "feed"


def test_html_without_article_text_is_an_error(tmp_path):
    path = write(tmp_path / "kosong.htm", "<!doctype html><html><head><title>x</title></head>"
                                          "<body><nav></nav></body></html>")
    (err,) = list(read_file(path))
    assert isinstance(err, ReadError)
    assert err.origin == str(path)
    assert "no article text" in err.reason


def test_html_is_sniffed_without_an_extension(tmp_path):
    path = write(tmp_path / "halaman", PAGE)
    (item,) = list(read_file(path))
    assert isinstance(item, Article)
    assert item.title == "Presiden bertemu PM Malaysia di Bogor"


# --- feeds --------------------------------------------------------------------------------


def test_rss_entries_become_articles(tmp_path):
    path = write(tmp_path / "politik.rss", RSS)
    first, second = list(read_file(path))
    assert first.text == (
        "DPR mengesahkan RUU Penyiaran pada Selasa malam.\n"
        "Fraksi oposisi menolak pasal tentang jurnalisme investigasi.\n"
        "Rapat ditutup pukul 23.00."
    )  # the longest content, not the summary; no markup, no script
    assert first.title == "DPR sahkan RUU Penyiaran"
    assert first.url == "https://kabar.example/dpr-ruu"
    assert first.published == date(2024, 5, 14)  # feedparser's UTC tuple says 15 May
    assert first.source == "Kabar Nusantara - Politik"
    assert first.lang == "id"
    assert first.doc_id == "kn-0001"
    assert first.origin == f"{path}:entry-1"
    assert second.text == "Menteri Luar Negeri menerima Duta Besar Jepang di Jakarta."
    assert second.published == date(2024, 5, 15)
    assert second.origin == f"{path}:entry-2"


def test_atom_feed(tmp_path):
    (item,) = list(read_file(write(tmp_path / "world.atom", ATOM)))
    assert item.text == (
        "The two leaders met in Jakarta on Monday.\n"
        "They agreed to resume talks on maritime borders."
    )
    assert item.title == "Leaders meet in Jakarta"
    assert item.url == "https://world.example/leaders-meet"
    assert item.published == date(2024, 5, 13)
    assert item.lang == "en"
    assert item.source == "World Desk"


def test_feed_entry_without_text_is_an_error_and_the_others_are_read(tmp_path):
    feed = RSS.replace(
        "<item>\n  <title>Menlu",
        "<item><title>Foto: banjir di Semarang</title><link>https://kabar.example/foto</link>"
        "</item>\n<item>\n  <title>Menlu",
    )
    path = write(tmp_path / "feed.xml", feed)
    items = list(read_file(path))
    assert [type(x).__name__ for x in items] == ["Article", "ReadError", "Article"]
    assert str(items[1]) == f"{path}:entry-2: entry has no text (no content or summary)"
    assert items[2].title == "Menlu terima Dubes Jepang"


def test_malformed_feed_is_one_error(tmp_path):
    path = write(tmp_path / "rusak.rss", "<rss version='2.0'><channel><title>Kabar</titel>")
    (err,) = list(read_file(path))
    assert isinstance(err, ReadError)
    assert err.origin == str(path)
    assert err.reason.startswith("not a valid RSS/Atom feed (")


def test_xml_that_is_not_a_feed(tmp_path):
    path = write(tmp_path / "data.xml", '<?xml version="1.0"?><catalog><book id="1"/></catalog>')
    assert [str(e) for e in read_file(path)] == [f"{path}: not an RSS/Atom feed"]


def test_feed_bytes_are_never_taken_for_a_file_name(tmp_path, monkeypatch):
    # feedparser opens bytes as a path when it can; a feed reader must not read this file
    write(tmp_path / "secret", "<rss version='2.0'><channel><item><description>bocor"
                               "</description></item></channel></rss>")
    monkeypatch.chdir(tmp_path)
    items = list(read_bytes(b"secret", "net", kind="feed"))
    assert articles(items) == []
    (err,) = errors(items)
    assert err.origin == "net" and err.reason.startswith("not a valid RSS/Atom feed (")


# --- JSONL --------------------------------------------------------------------------------


def test_jsonl_lines_become_articles(tmp_path):
    lines = [
        {"id": "a-1", "url": "https://kabar.example/1", "title": "Polisi tangkap pengedar",
         "text": "Polisi menangkap dua pengedar narkoba di Medan.", "published": "2024-05-14",
         "lang": "id", "source": "Kabar Nusantara"},
        {"id": 17, "text": "The minister visited Tokyo.\r\nTalks went well.", "lang": "en_US",
         "published": "Tue, 14 May 2024 23:30:00 -0500"},
    ]
    path = write(tmp_path / "corpus.jsonl", "\n\n".join(json.dumps(x) for x in lines) + "\n")
    first, second = list(read_file(path))
    assert (first.text, first.doc_id, first.url, first.title) == (
        "Polisi menangkap dua pengedar narkoba di Medan.", "a-1", "https://kabar.example/1",
        "Polisi tangkap pengedar",
    )
    assert (first.published, first.lang, first.source) == (date(2024, 5, 14), "id",
                                                           "Kabar Nusantara")
    assert first.origin == f"{path}:1"
    assert second.text == "The minister visited Tokyo.\nTalks went well."
    assert (second.doc_id, second.lang, second.published) == ("17", "en", date(2024, 5, 14))
    assert second.origin == f"{path}:3"  # the blank line 2 is skipped, but counted


def test_jsonl_bad_lines_are_errors_with_line_numbers(tmp_path):
    path = write(tmp_path / "campur.ndjson", "\n".join([
        json.dumps({"id": "ok-1", "text": "Gubernur meresmikan jembatan."}),
        '{"id": "rusak", "text": "tanpa penutup',
        json.dumps(["bukan", "objek"]),
        json.dumps({"id": "no-text", "title": "Judul saja"}),
        json.dumps({"id": "wrong", "text": ["Presiden", "berkata"]}),
        json.dumps({"id": "ok-2", "text": "Bupati menolak tuntutan buruh."}),
    ]))
    items = list(read_file(path))
    assert [a.doc_id for a in articles(items)] == ["ok-1", "ok-2"]
    assert [(e.origin, e.reason) for e in errors(items)] == [
        (f"{path}:2", "not valid JSON (Unterminated string starting at column 25)"),
        (f"{path}:3", "expected a JSON object, got an array"),
        (f"{path}:4", 'no "text" field'),
        (f"{path}:5", '"text" must be a string, not an array'),
    ]


def test_jsonl_published_noise_is_dropped_but_a_wrong_type_is_an_error(tmp_path):
    path = write(tmp_path / "tanggal.jsonl", "\n".join([
        json.dumps({"text": "Menteri tiba di Surabaya.", "published": "kemarin sore"}),
        json.dumps({"text": "Menteri tiba di Makassar.", "published": 1715644800}),
        json.dumps({"text": "Menteri tiba di Ambon.", "lang": ["id"]}),
        json.dumps({"text": "   "}),
    ]))
    items = list(read_file(path))
    assert isinstance(items[0], Article) and items[0].published is None
    assert [str(e) for e in items[1:]] == [
        f'{path}:2: "published" must be a date string such as "2024-05-14", '
        "not a number (1715644800)",
        f'{path}:3: "lang" must be a string, not an array',
        f'{path}:4: "text" is empty',
    ]


def test_jsonl_line_that_is_not_utf8(tmp_path):
    good = json.dumps({"id": "g", "text": "Warga memprotes tarif parkir."}).encode()
    path = write(tmp_path / "latin.jsonl", good + b'\n{"text": "Caf\xe9 tutup"}\n' + good)
    items = list(read_file(path))
    assert [type(x).__name__ for x in items] == ["Article", "ReadError", "Article"]
    assert str(items[1]) == f"{path}:2: not UTF-8 text (bad byte at column 14)"


def test_jsonl_gz_is_streamed(tmp_path):
    rows = [{"id": str(i), "text": f"Berita nomor {i} tentang pemilihan kepala daerah."}
            for i in range(1, 201)]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path = write(tmp_path / "besar.jsonl.gz", gzip.compress(data))
    stream = read_file(path)
    assert inspect.isgenerator(stream)
    items = list(stream)
    assert [a.doc_id for a in items] == [str(i) for i in range(1, 201)]
    assert items[-1].origin == f"{path}:200"


def test_jsonl_gz_cut_short_keeps_the_lines_before(tmp_path):
    rows = [{"id": str(i), "text": f"Laporan {i}: harga beras naik di pasar {i * 7}."}
            for i in range(1, 3001)]
    full = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode())
    path = write(tmp_path / "putus.jsonl.gz", full[: len(full) // 2])
    items = list(read_file(path))
    good, bad = articles(items), errors(items)
    assert 10 < len(good) < 3000
    assert [a.doc_id for a in good] == [str(i) for i in range(1, len(good) + 1)]
    assert len(bad) == 1 and items[-1] is bad[0]
    assert bad[0].origin == f"{path}:{len(good) + 1}"
    assert "cut-short" in bad[0].reason


# --- WARC ---------------------------------------------------------------------------------


def _response(writer, uri, body: bytes, ctype: str, status: str = "200 OK",
              warc_date: str = "2024-05-14T08:30:00Z"):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": warc_date})


def build_warc(records, gz: bool) -> tuple[bytes, list[int]]:
    """(archive bytes, offset where each record starts) for a list of record builders."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for make in records:
        offsets.append(buf.tell())
        writer.write_record(make(writer))
    return buf.getvalue(), offsets


def news_page(n: int) -> bytes:
    return page(f"Sidang kabinet ke-{n}", [
        f"Sidang kabinet ke-{n} membahas anggaran pertahanan dan subsidi pupuk di Jakarta.",
        "Menteri Keuangan menyampaikan laporan realisasi belanja kuartal pertama.",
    ], lang="id").encode()


def test_warc_yields_only_html_responses(tmp_path):
    def request(w):
        http = StatusAndHeaders("GET /kabinet HTTP/1.1", [("Host", "kabar.example")],
                                is_http_request=True)
        return w.create_warc_record("https://kabar.example/kabinet", "request",
                                    payload=io.BytesIO(b""), http_headers=http)

    data, _ = build_warc([
        lambda w: w.create_warcinfo_record("crawl.warc.gz", {"software": "test"}),
        request,
        lambda w: _response(w, "https://kabar.example/kabinet", news_page(1),
                            "text/html; charset=utf-8"),
        lambda w: _response(w, "https://kabar.example/logo.png",
                            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        lambda w: _response(w, "https://kabar.example/api", b'{"text": "x"}', "application/json"),
        lambda w: _response(w, "https://kabar.example/hilang", news_page(2), "text/html",
                            status="404 Not Found"),
    ], gz=True)
    path = write(tmp_path / "crawl.warc.gz", data)
    (item,) = list(read_file(path))
    assert isinstance(item, Article), item
    assert item.url == "https://kabar.example/kabinet"
    assert item.title == "Sidang kabinet ke-1"
    assert item.text.startswith("Sidang kabinet ke-1 membahas anggaran pertahanan")
    assert item.published == date(2024, 5, 14)  # the page has no date: the WARC-Date
    assert item.lang == "id"
    assert item.origin == f"{path}#record-3"


def test_warc_page_date_wins_over_capture_date(tmp_path):
    body = page("Banjir di Semarang", [
        "Banjir merendam ratusan rumah di Semarang setelah hujan deras semalaman.",
        "Pemerintah kota membuka posko pengungsian di tiga kecamatan.",
    ], head='<meta property="article:published_time" content="2023-02-01T10:00:00+07:00">')
    data, _ = build_warc([lambda w: _response(w, "https://kabar.example/banjir", body.encode(),
                                              "text/html")], gz=False)
    (item,) = list(read_file(write(tmp_path / "satu.warc", data)))
    assert item.published == date(2023, 2, 1)


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path, gz):
    data, offsets = build_warc(
        [lambda w, n=n: _response(w, f"https://kabar.example/sidang-{n}", news_page(n),
                                  "text/html") for n in (1, 2, 3)],
        gz=gz,
    )
    cut = offsets[2] + (len(data) - offsets[2]) // 2  # halfway through the third record
    path = write(tmp_path / ("putus.warc.gz" if gz else "putus.warc"), data[:cut])
    items = list(read_file(path))
    assert [a.url for a in articles(items)] == [
        "https://kabar.example/sidang-1", "https://kabar.example/sidang-2"
    ]
    (err,) = errors(items)
    assert items[-1] is err
    assert err.origin == f"{path}#record-3"
    assert "cut short at record 3" in err.reason


def test_warc_gzipped_as_a_whole_file(tmp_path):
    # `gzip crawl.warc` makes one gzip member for all records, which warcio refuses
    data, offsets = build_warc(
        [lambda w, n=n: _response(w, f"https://kabar.example/sidang-{n}", news_page(n),
                                  "text/html") for n in (1, 2, 3)],
        gz=False,
    )
    whole = gzip.compress(data)
    path = write(tmp_path / "utuh.warc.gz", whole)
    items = list(read_file(path))
    assert [(a.url, a.origin) for a in items] == [
        (f"https://kabar.example/sidang-{n}", f"{path}#record-{n}") for n in (1, 2, 3)
    ]
    cut = write(tmp_path / "putus.warc.gz", whole[: len(whole) * 3 // 4])
    items = list(read_file(cut))
    assert len(errors(items)) == 1 and isinstance(items[-1], ReadError)
    assert [a.url for a in articles(items)] == [
        f"https://kabar.example/sidang-{n}" for n in range(1, len(items))
    ]
    assert items[-1].origin == f"{cut}#record-{len(items)}"


def test_not_a_warc(tmp_path):
    path = write(tmp_path / "palsu.warc", "Ini bukan arsip web, hanya catatan.\n")
    assert [str(e) for e in read_file(path)] == [
        f"{path}: not a WARC archive (it does not start with 'WARC/')"
    ]


# --- gzip ---------------------------------------------------------------------------------


def test_gzipped_text_and_html(tmp_path):
    txt = write(tmp_path / "a.txt.gz", gzip.compress(("---\ntitle: Ringkas\n---\n" + BERITA)
                                                     .encode()))
    htm = write(tmp_path / "b.html.gz", gzip.compress(PAGE.encode()))
    one, two = list(read_paths([txt, htm]))
    assert (one.title, one.text) == ("Ringkas", BERITA)
    assert (two.title, two.text, two.source) == (
        "Presiden bertemu PM Malaysia di Bogor", BERITA, "Kabar Nusantara")


def test_damaged_gzip_is_an_error(tmp_path):
    good = gzip.compress(BERITA.encode() * 20)
    path = write(tmp_path / "rusak.txt.gz", good[:40])
    (err,) = list(read_file(path))
    assert isinstance(err, ReadError)
    assert err.reason.startswith("damaged gzip data (")


# --- paths, directories, bytes ------------------------------------------------------------


def test_directories_are_read_recursively_in_path_order(tmp_path):
    root = tmp_path / "korpus"
    write(root / "b.txt", "Berita B tentang pemilu.")
    write(root / "a" / "z.txt", "Berita AZ tentang banjir.")
    write(root / "a" / "c.jsonl", json.dumps({"id": "ac", "text": "Berita AC tentang gempa."}))
    write(root / "c" / "d" / "e.txt", "Berita CDE tentang demo buruh.")
    write(root / ".hidden.txt", "Tidak boleh terbaca.")
    write(root / ".git" / "x.txt", "Juga tidak boleh terbaca.")
    write(root / "a" / ".cache" / "y.txt", "Tersembunyi juga.")
    items = list(read_paths([root]))
    assert all(isinstance(x, Article) for x in items)
    assert [x.origin for x in items] == [
        str(root / "a" / "c.jsonl") + ":1",
        str(root / "a" / "z.txt"),
        str(root / "b.txt"),
        str(root / "c" / "d" / "e.txt"),
    ]


def test_missing_path_is_an_error_and_the_rest_is_read(tmp_path):
    real = write(tmp_path / "ada.txt", "Wali kota meninjau pasar.")
    missing = tmp_path / "tidak-ada.txt"
    items = list(read_paths([missing, str(real)]))
    assert str(items[0]) == f"{missing}: no such file or directory"
    assert isinstance(items[1], Article) and items[1].text == "Wali kota meninjau pasar."


def test_a_bad_file_does_not_stop_the_directory(tmp_path):
    write(tmp_path / "1.txt", "Berita pertama.")
    write(tmp_path / "2.txt", b"")
    write(tmp_path / "3.bin", b"\x00\x01\x02\x03")
    write(tmp_path / "4.txt", "Berita keempat.")
    items = list(read_paths([tmp_path]))
    assert [type(x).__name__ for x in items] == ["Article", "ReadError", "ReadError", "Article"]
    assert items[3].text == "Berita keempat."


def test_read_bytes_sniffs_every_kind():
    assert [a.title for a in read_bytes(RSS.encode(), "net")] == [
        "DPR sahkan RUU Penyiaran", "Menlu terima Dubes Jepang"]
    (page_item,) = read_bytes(PAGE.encode(), "https://kabar.example/x")
    assert page_item.source == "Kabar Nusantara"
    lines = (json.dumps({"id": "n1", "text": "Satu."}) + "\n" + json.dumps({"text": "Dua."}))
    assert [a.text for a in read_bytes(gzip.compress(lines.encode()), "net")] == ["Satu.", "Dua."]
    (txt,) = read_bytes(b"Gempa mengguncang Cianjur.", "net", kind="text")
    assert txt.text == "Gempa mengguncang Cianjur." and txt.origin == "net"
    data, _ = build_warc([lambda w: _response(w, "https://kabar.example/k", news_page(4),
                                              "text/html")], gz=True)
    (warc_item,) = read_bytes(data, "crawl")
    assert warc_item.url == "https://kabar.example/k" and warc_item.origin == "crawl#record-1"
    with pytest.raises(ValueError, match="unknown kind 'pdf'"):
        read_bytes(b"x", "net", kind="pdf")


def test_sniffing():
    assert sniff(b"\n  <?xml version='1.0'?>\n<!-- c --><rss version='2.0'>") == "feed"
    assert sniff(b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='x'>") == "feed"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(b'{"text": "x"}\n') == "jsonl"
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b"Presiden berkata <b>tidak</b>.") == "text"
    assert sniff(b"{Catatan redaksi} Berita ini diperbarui.\nIsi berita.") == "text"
    assert sniff("<feed xmlns='x'>".encode("utf-16")) == "feed"
    assert sniff(b"\x89PNG\r\n\x1a\n\x00\x00") == "binary"


# --- dates and languages ------------------------------------------------------------------


def test_dates_are_read_as_written():
    assert to_date("2024-05-14") == date(2024, 5, 14)
    assert to_date("2024-05-14T23:30:00-05:00") == date(2024, 5, 14)
    assert to_date("2024-05-15T01:30:00+07:00") == date(2024, 5, 15)
    assert to_date("Tue, 14 May 2024 23:30:00 -0500") == date(2024, 5, 14)
    assert to_date(time.strptime("2024-05-14", "%Y-%m-%d")) == date(2024, 5, 14)
    assert to_date("20240514") == date(2024, 5, 14)
    for noise in ("kemarin", "2024-13-45", "", None, 12, ["2024-05-14"]):
        assert to_date(noise) is None


def test_language_codes():
    assert [lang_code(x) for x in ("id", "id-ID", "en_US", "EN", "in", "ind", "english", 5)] == [
        "id", "id", "en", "en", "id", None, None, None]
