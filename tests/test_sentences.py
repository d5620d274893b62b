"""Sentence splitting (peristiwa.text.sentences.split) on news text."""

from __future__ import annotations

import json

import pytest

from peristiwa import lang
from peristiwa.text.sentences import split

ID = lang.load("id").abbreviations
EN = lang.load("en").abbreviations


def sentences(text: str, abbreviations=ID) -> list[str]:
    return [text[a:b] for a, b in split(text, abbreviations)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "JAKARTA, KOMPAS.com – Polisi menangkap dua orang. Mereka dibawa ke Polda.",
            ["JAKARTA, KOMPAS.com – Polisi menangkap dua orang.", "Mereka dibawa ke Polda."],
            id="dateline-with-domain",
        ),
        pytest.param(
            "BANDUNG, Peristiwa - Ribuan buruh berunjuk rasa. Mereka menuntut upah naik.",
            ["BANDUNG, Peristiwa - Ribuan buruh berunjuk rasa.", "Mereka menuntut upah naik."],
            id="dateline-hyphen",
        ),
        pytest.param(
            "Kapolri Jend. Pol. Listyo Sigit memberi arahan. Rapat selesai.",
            ["Kapolri Jend. Pol. Listyo Sigit memberi arahan.", "Rapat selesai."],
            id="ranks-Jend-Pol",
        ),
        pytest.param(
            "Brigjen Pol. Ahmad Ramadhan menjelaskan hal itu. Kasus masih didalami.",
            ["Brigjen Pol. Ahmad Ramadhan menjelaskan hal itu.", "Kasus masih didalami."],
            id="rank-Pol-before-name",
        ),
        pytest.param(
            "Surat No. 12 diterbitkan kemarin. Isinya singkat.",
            ["Surat No. 12 diterbitkan kemarin.", "Isinya singkat."],
            id="No-before-number",
        ),
        pytest.param(
            "Menurut Prof. Dr. Ir. Budi, situasi aman. Ia yakin.",
            ["Menurut Prof. Dr. Ir. Budi, situasi aman.", "Ia yakin."],
            id="titles-Prof-Dr-Ir",
        ),
        pytest.param(
            "Rapat dipimpin A. Azis dari Golkar. Semua hadir.",
            ["Rapat dipimpin A. Azis dari Golkar.", "Semua hadir."],
            id="initial",
        ),
        pytest.param(
            "Pada Selasa (29/12/2020) polisi datang. Mereka pergi.",
            ["Pada Selasa (29/12/2020) polisi datang.", "Mereka pergi."],
            id="date-slashes",
        ),
        pytest.param(
            "Nilainya 2,5 miliar dolar. Korban mencapai 6.000 jiwa. Itu banyak.",
            ["Nilainya 2,5 miliar dolar.", "Korban mencapai 6.000 jiwa.", "Itu banyak."],
            id="decimals-and-thousands",
        ),
        pytest.param(
            "Berita dimuat di kompas.com kemarin. Situs detik.com juga memuatnya.",
            ["Berita dimuat di kompas.com kemarin.", "Situs detik.com juga memuatnya."],
            id="domain-names",
        ),
        pytest.param(
            "“Kami menolak. Kami tidak setuju,” kata Budi. Ia lalu pergi.",
            ["“Kami menolak. Kami tidak setuju,” kata Budi.", "Ia lalu pergi."],
            id="curly-quote-two-sentences-then-speaker",
        ),
        pytest.param(
            '"Kami menolak. Kami tidak setuju," kata Budi. Ia pergi.',
            ['"Kami menolak. Kami tidak setuju," kata Budi.', "Ia pergi."],
            id="straight-quote-two-sentences-then-speaker",
        ),
        pytest.param(
            "Ia berkata, “Kami menolak.” Setelah itu ia pergi.",
            ["Ia berkata, “Kami menolak.”", "Setelah itu ia pergi."],
            id="sentence-ending-in-closing-quote",
        ),
        pytest.param(
            "Polisi – yang datang terlambat – menangkap dia. Ia dibawa.",
            ["Polisi – yang datang terlambat – menangkap dia.", "Ia dibawa."],
            id="en-dashes-inside",
        ),
        pytest.param(
            "Judul berita\n\nPolisi menangkap dia",
            ["Judul berita", "Polisi menangkap dia"],
            id="blank-line-without-stop",
        ),
        pytest.param(
            "Sidang ditunda\n\n\nHakim pergi.",
            ["Sidang ditunda", "Hakim pergi."],
            id="several-blank-lines",
        ),
        pytest.param(
            "Apa yang terjadi? Polisi tidak tahu! Semua bingung.",
            ["Apa yang terjadi?", "Polisi tidak tahu!", "Semua bingung."],
            id="question-and-exclamation",
        ),
        pytest.param(
            "Ia datang pukul 10.30 WIB. Mereka pergi.",
            ["Ia datang pukul 10.30 WIB.", "Mereka pergi."],
            id="clock-time",
        ),
        pytest.param(
            "Ia menang. dan pergi.",
            ["Ia menang. dan pergi."],
            id="lower-case-after-stop-continues",
        ),
    ],
)
def test_indonesian(text, expected):
    assert sentences(text, ID) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "The U.S. Senate voted on Tuesday. The bill passed.",
            ["The U.S. Senate voted on Tuesday.", "The bill passed."],
            id="U.S.",
        ),
        pytest.param(
            "WASHINGTON (Reuters) - Mr. Smith met Gen. Jones on Jan. 5. They talked.",
            ["WASHINGTON (Reuters) - Mr. Smith met Gen. Jones on Jan. 5.", "They talked."],
            id="dateline-titles-month",
        ),
        pytest.param(
            "J. Smith met Dr. Jones. They talked.",
            ["J. Smith met Dr. Jones.", "They talked."],
            id="initial-and-Dr",
        ),
        pytest.param(
            "“We will not back down. Never,” he said. Talks resumed.",
            ["“We will not back down. Never,” he said.", "Talks resumed."],
            id="quote-then-speaker",
        ),
    ],
)
def test_english(text, expected):
    assert sentences(text, EN) == expected


def test_spans_are_trimmed_offsets_into_the_text():
    text = "  Polisi datang.   Mereka pergi.  \n"
    spans = split(text, ID)
    assert spans == [(2, 16), (19, 32)]
    assert [text[a:b] for a, b in spans] == ["Polisi datang.", "Mereka pergi."]


def test_abbreviations_come_from_the_lexicon():
    # the same text splits after "Jend." when the abbreviation list is empty
    text = "Jend. Sudirman datang. Ia pergi."
    assert sentences(text, ID) == ["Jend. Sudirman datang.", "Ia pergi."]
    assert sentences(text, frozenset()) == ["Jend.", "Sudirman datang.", "Ia pergi."]


def test_seed_article_splits_like_the_gold(gold_dir):
    text = (gold_dir / "seed-article.txt").read_text(encoding="utf-8")
    with (gold_dir / "seed-article.jsonl").open(encoding="utf-8") as fh:
        expected = [json.loads(line)["text"] for line in fh if line.strip()]
    assert len(expected) == 14
    assert sentences(text, ID) == expected
