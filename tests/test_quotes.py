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


# -- the speaker's own clauses ---------------------------------------------------------

def test_clause_after_the_speaker_is_the_speakers(coder):
    # "kata X, sebelum bertemu Y": X meets Y, not the subject of the quote
    text = ("Indonesia tidak akan mundur, kata Presiden Joko Widodo, sebelum bertemu "
            "Perdana Menteri Malaysia Anwar Ibrahim.")
    events = code(coder, text)
    assert triples(events) == [("IDNGOV", "040", "MYSGOV")]
    assert events[0].evidence.source_text == "Presiden Joko Widodo"
    text = "Ekonomi kita kuat, kata Suryadi seusai bertemu dengan Kapolri."
    assert triples(code(coder, text)) == [("IDN", "040", "IDNCOP")]


def test_meeting_when_the_speaker_met_someone_is_coded(coder):
    # "saat ditemui" (met by reporters) codes nothing; "saat menemui X" is a meeting
    text = "Kami siap membantu, tutur Gubernur Jawa Barat Ridwan Kamil saat menemui Kapolri."
    assert ("IDNGOV", "040", "IDNCOP") in triples(code(coder, text))
    text = "Kami siap membantu, tutur Gubernur Jawa Barat Ridwan Kamil saat ditemui di Bandung."
    assert [e for e in code(coder, text) if e.root == "04"] == []


def test_verb_without_subject_in_the_quote_is_the_speakers(coder):
    text = "Sudah bertemu dengan Kapolri kemarin, kata Gubernur Jawa Barat Ridwan Kamil."
    assert triples(code(coder, text)) == [("IDNGOV", "040", "IDNCOP")]


def test_verb_with_an_unknown_subject_in_the_quote_is_not_the_speakers(coder):
    # "Mbah Karto" is the subject, a name nothing codes: not the speaker's act
    text = "Mbah Karto mengucapkan terima kasih kepada Presiden, tutur Suwarno."
    assert triples(code(coder, text)) == []


def test_attribution_inside_the_sentence_leaves_the_subject(coder):
    # "A, lanjut X, V ...": the reporting phrase is an aside; A acts
    text = "Partai Demokrat, lanjut Suryadi, sudah bertemu dengan Kapolri."
    assert triples(code(coder, text)) == [("IDNOPP", "040", "IDNCOP")]


def test_pihaknya_in_a_reported_clause_is_the_reporting_subject(coder):
    # the subject who announces is "pihaknya", not the official who tells of it
    text = ("Pemerintah Malaysia mengumumkan bahwa pihaknya telah memanggil Duta Besar Indonesia, "
            "kata seorang pejabat.")
    assert [e.source for e in code(coder, text)] == ["MYSGOV"]


def test_pihaknya_takes_no_speaker_of_another_sentence(coder):
    text = ("Kementerian Pertahanan Finlandia mengatakan pihaknya mencurigai pesawat Rusia. "
            "Kami akan memantau, kata Suryadi.")
    assert ("FINGOV", "112", "RUS") in triples(code(coder, text))


# -- asides that cut no clause -----------------------------------------------------------

def test_bracketed_aside_inside_a_pattern(coder):
    plain = "Menteri Pertahanan Prabowo Subianto mengadakan rapat koordinasi dengan Panglima TNI."
    aside = "Menteri Pertahanan Prabowo Subianto mengadakan rapat koordinasi (rakor) dengan Panglima TNI."
    assert triples(code(coder, plain)) == triples(code(coder, aside)) == [("IDNGOV", "040", "IDNMIL")]
    apposed = ("Menteri Pertahanan, Prabowo Subianto, mengadakan rapat koordinasi (rakor) "
               "dengan Panglima TNI.")
    assert triples(code(coder, apposed)) == [("IDNGOV", "040", "IDNMIL")]


def test_members_listed_in_brackets_are_the_subject(coder):
    text = "Negara-negara ASEAN (Indonesia, Malaysia dan Thailand) mengecam Myanmar."
    assert sorted(triples(code(coder, text))) == [("IDN", "111", "MMR"), ("MYS", "111", "MMR"),
                                                  ("THA", "111", "MMR")]
    # a meeting of the members: each with each
    text = "Dua negara tetangga (Indonesia dan Malaysia) akan bertemu bulan depan."
    assert sorted(triples(code(coder, text))) == [("IDN", "036", "MYS"), ("MYS", "036", "IDN")]


def test_a_bracketed_short_name_is_no_list(coder):
    text = "Presiden Joko Widodo (Jokowi) bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim."
    assert triples(code(coder, text)) == [("IDNGOV", "040", "MYSGOV")]


def test_apposed_name_takes_the_role(coder):
    # the name between commas after a role names its holder; coded alone it has no role
    text = "Menteri Pertahanan, Budi Santoso, mengadakan rapat koordinasi (rakor) dengan Panglima TNI."
    events = code(coder, text)
    assert triples(events) == [("IDNGOV", "040", "IDNMIL")]
    assert events[0].evidence.source_text == "Budi Santoso"


# -- pronouns: the quote's speaker first -------------------------------------------------

def test_person_pronoun_after_a_quote_is_its_speaker(coder):
    # not the police, the subject of what was said, but who said it
    text = ("Polisi menangkap dua tersangka, kata Gubernur Jawa Barat Ridwan Kamil. "
            "Ia kemudian bertemu dengan Kapolri.")
    assert ("IDNGOV", "040", "IDNCOP") in triples(code(coder, text))
    text = '"The police arrested two suspects," said Turkish President Recep Tayyip Erdogan. ' \
           "He later met German Chancellor Olaf Scholz."
    assert ("TURGOV", "040", "DEUGOV") in triples(code(coder, text, "en"))


def test_group_pronoun_after_a_quote_is_not_its_speaker(coder):
    text = ("Para buruh berdemonstrasi di depan Istana, kata Gubernur Jawa Barat Ridwan Kamil. "
            "Mereka menuntut Presiden Joko Widodo mundur.")
    assert ("IDNLAB", "1041", "IDNGOV") in triples(code(coder, text))  # "menuntut": a demand (10)


# -- what the speaker says another must or should do (@quote) ----------------------------

def test_speaker_says_another_must_act(coder):
    text = "Malaysia harus menghormati kedaulatan Indonesia, ujar Menteri Luar Negeri Retno Marsudi."
    assert triples(code(coder, text)) == [("IDNGOV", "100", "MYS")]
    text = "Pemerintah perlu segera mencabut aturan itu, ujar Ketua DPR Puan Maharani."
    assert triples(code(coder, text)) == [("IDNLEG", "020", "IDNGOV")]
    text = "Menurut Ketua DPR Puan Maharani, pemerintah harus segera mencabut aturan itu."
    assert triples(code(coder, text)) == [("IDNLEG", "100", "IDNGOV")]


def test_must_without_a_speaker_or_of_the_speakers_side_is_no_event(coder):
    assert triples(code(coder, "Pemerintah harus segera mencabut aturan itu.")) == []
    assert triples(code(coder, "Kami harus bekerja keras, ujar Ketua DPR Puan Maharani.")) == []
    assert triples(code(coder, "Indonesia harus bekerja keras, ujar Menteri Luar Negeri Retno Marsudi.")) == []
    assert triples(code(coder, "Pemerintah tidak perlu mencabut aturan itu, ujar Ketua DPR Puan Maharani.")) == []


def test_must_be_done_to_someone_is_not_asked_of_them(coder):
    assert triples(code(coder, "KPK harus segera diperiksa, ujar Ketua DPR Puan Maharani.")) == []
    assert triples(code(coder, "Evaluasi kinerja Polri harus dilakukan, ujar Ketua DPR Puan Maharani.")) == []
