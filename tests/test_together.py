"""Articles coded together (``Coder.analyse_many``, what ingest does with each batch):
the same events as one at a time, the asking sentences of all of them parsed in one
batch per language, and one article's failure its own (issue #20)."""

from __future__ import annotations

from dataclasses import replace

from peristiwa.errors import UnsupportedLanguage
from peristiwa.ingest.run import code_articles
from peristiwa.records import Article
from peristiwa.syntax import parse

# our own sentences; the ones marked * ask for the parse (a mention word order left off)
TEXTS = [
    ("id", "Usai bertemu Presiden Prancis, Perdana Menteri India memuji kerja sama kedua negara."),  # *
    ("en", "Police in Indonesia, after a search that lasted all night in the hills, arrested two Australian "
           "citizens in Bali."),  # *
    ("id", "Polisi Malaysia, setelah menerima laporan dari nelayan, menangkap kapal asal Vietnam di perairan "
           "Sabah. Bersama Menteri Pertahanan Australia, Menteri Pertahanan Indonesia meninjau latihan "
           "militer gabungan di Darwin."),  # the second sentence *
    ("xx", "Ceci n'est pas une langue que le codeur connaît."),
    ("en", "Police in Kenya, after a search that lasted two days in the forest, arrested three Somali citizens "
           "near Lamu."),  # *
    ("id", "Di depan gedung DPR, mahasiswa Indonesia memprotes kebijakan pemerintah tentang harga bahan bakar."),
]


def articles() -> list[Article]:
    return [Article(text=text, lang=lang, id=f"a{k}") for k, (lang, text) in enumerate(TEXTS)]


def events(coded) -> list[dict]:
    return [e.to_dict() for cs in coded for e in cs.events]


def test_coded_together_as_one_at_a_time(coder, monkeypatch):
    alone = []
    for art in articles():
        try:
            alone.append(coder.analyse(art))
        except UnsupportedLanguage as exc:
            alone.append(exc)
    calls = []
    real = parse.parse_many

    def parse_many(lang, sentences, **options):
        calls.append((lang, len(sentences)))
        return real(lang, sentences, **options)

    monkeypatch.setattr(parse, "parse_many", parse_many)
    together = coder.analyse_many(articles())
    assert len(together) == len(TEXTS)
    for one, many in zip(alone, together, strict=True):
        if isinstance(one, Exception):
            assert type(many) is type(one) and str(many) == str(one)  # its own failure, in its place
        else:
            assert events(many) == events(one)
            assert [cs.sentence for cs in many] == [cs.sentence for cs in one]
    assert sum(len(events(c)) for c in together if not isinstance(c, Exception)) >= 5
    # one batch per language, with every asking sentence of the articles in it
    assert sorted(calls) == [("en", 2), ("id", 2)]


def test_ingest_codes_a_batch_together_and_skips_only_the_bad_article(coder):
    arts = articles()
    arts.append(replace(arts[0], text="x" * 1_000_001, id="long"))  # over the limit for one article
    coded = code_articles(coder, arts)
    assert isinstance(coded[3], UnsupportedLanguage)
    assert isinstance(coded[-1], Exception) and "over the limit" in str(coded[-1])
    good = [c for k, c in enumerate(coded) if k not in (3, len(arts) - 1)]
    assert all(isinstance(c, list) for c in good)
    assert [a.lang for a in arts[:3]] == ["id", "en", "id"]  # each article's language set
    assert events(coded[0]) == events(coder.analyse(articles()[0]))
