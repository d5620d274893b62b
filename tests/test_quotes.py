"""Quotations, their speakers, pronouns and asides (issue #18, items 3 and 4), each on
sentences written for these tests (not taken from the gold files)."""

from __future__ import annotations

PUB = "2024-05-14"


def code(coder, text: str, lang: str = "id"):
    return coder.code_text(text, lang=lang, published=PUB)


def triples(events) -> list[tuple[str, str, str]]:
    return [(e.source, e.code, e.target) for e in events]


# -- the speaker named after the quote -------------------------------------------------

def test_speaker_after_any_reporting_verb(coder):
    for verb in ("kata", "ungkap", "tegas", "imbuh", "jelas"):
        text = f"Kami sudah bertemu dengan Kapolri, {verb} Gubernur Jawa Barat Ridwan Kamil."
        assert triples(code(coder, text)) == [("IDNGOV", "040", "IDNCOP")], verb


def test_first_person_singular_is_the_speaker(coder):
    text = "Saya mendukung Presiden Joko Widodo, ucap Ketua DPR Puan Maharani."
    events = code(coder, text)
    assert triples(events) == [("IDNLEG", "051", "IDNGOV")]
    assert events[0].evidence.source_text == "Saya"


def test_speaker_with_a_name_nothing_codes_is_a_person_of_the_country(coder):
    # CONVENTIONS §7.7: a person named without any role takes the bare country code
    assert triples(code(coder, "Kami sudah bertemu dengan Kapolri, kata Suryadi.")) == \
        [("IDN", "040", "IDNCOP")]
    assert triples(code(coder, "Kami sudah bertemu dengan Kapolri, kata Suryadi di Bandung, Senin.")) == \
        [("IDN", "040", "IDNCOP")]


def test_pihaknya_after_menurut_is_the_speaker(coder):
    assert triples(code(coder, "Menurut Suryadi, pihaknya sudah bertemu dengan Kapolri.")) == \
        [("IDN", "040", "IDNCOP")]
    assert triples(code(coder, "Menurut Gubernur Jawa Barat Ridwan Kamil, pihaknya sudah bertemu "
                               "dengan Kapolri.")) == [("IDNGOV", "040", "IDNCOP")]


def test_a_law_after_menurut_is_no_speaker(coder):
    text = "Menurut Undang-Undang Nomor 5, pihaknya sudah bertemu dengan Kapolri."
    assert triples(code(coder, text)) == []


def test_speaker_by_a_short_name_is_the_person_named_before(coder):
    text = ("Gubernur Jawa Barat Dedi Kusnadi hadir di Bandung. "
            "“Kami sudah bertemu dengan Kapolri,” kata Dedi.")
    assert triples(code(coder, text)) == [("IDNGOV", "040", "IDNCOP")]


def test_english_speaker_before_said(coder):
    text = '"We will meet the Israeli prime minister," Erdogan said on Monday.'
    assert triples(code(coder, text, "en")) == [("TURGOV", "036", "ISRGOV")]
