"""Which words a lexicon entry reaches: a verb's derivation (memper-/diper-, -kan/-i)
makes another verb, and each alternative of ``a|b`` keeps its own family. Sentences
written for these tests (not taken from the gold files)."""

from __future__ import annotations

import pytest

from peristiwa.coding.patterns import PatternSet, patterns
from peristiwa.records import Token


@pytest.fixture(scope="module")
def pats() -> PatternSet:
    return patterns("id")


def tok(pats: PatternSet, word: str) -> Token:
    st = pats.stemmer
    return Token(0, word, 0, len(word), word, st.stem(word), st.form(word))


def reaches(pats: PatternSet, spec: str, word: str) -> bool:
    return pats.compile("010", spec).words[0].matches(tok(pats, word))


@pytest.mark.parametrize("entry, same, other", [
    # the entry's own voices and nouns stay in reach
    ("memutus", ["memutus", "diputus", "pemutusan", "memutusnya"], ["memutuskan", "diputuskan", "memutuskannya"]),
    ("menemui", ["menemui", "ditemui", "menemuinya"], ["menemukan", "ditemukan"]),
    ("menahan", ["menahan", "ditahan", "penahanan"], ["mempertahankan", "dipertahankan"]),
    ("memperingatkan", ["memperingatkan", "diperingatkan"],
     ["mengingatkan", "mengingat", "memperingati", "diperingati"]),
    ("mempertanyakan", ["mempertanyakan", "dipertanyakan"], ["ditanya", "menanyakan"]),
    ("memeriksa", ["memeriksa", "diperiksa", "pemeriksaan"], ["memeriksakan"]),
    ("membantu", ["membantu", "dibantu", "bantuan"], ["diperbantukan"]),
    ("menengahi", ["menengahi", "ditengahi"], ["menengah"]),
    ("memperkuat", ["memperkuat", "diperkuat"], ["menguatkan", "dikuatkan"]),
])
def test_a_verbs_derivation_is_part_of_the_word(pats, entry, same, other):
    for w in same:
        assert reaches(pats, entry, w), (entry, w)
    for w in other:
        assert not reaches(pats, entry, w), (entry, w)


def test_an_alternation_keeps_each_alternatives_family(pats):
    # "pendapat" (a noun: pen-an) must not lend "dapat" its stem with the other word's forms
    spec = "mengkritik|pendapat"
    assert reaches(pats, spec, "dikritik")
    assert reaches(pats, spec, "pendapat")
    assert not reaches(pats, spec, "dapat")
    assert not reaches(pats, spec, "mendapatkan")
    # both forms written out reach both verbs
    assert reaches(pats, "memberi|memberikan", "memberi")
    assert reaches(pats, "memberi|memberikan", "diberikan")


def test_exact_forms_and_exclusions_still_win(pats):
    assert reaches(pats, "=memutuskan", "memutuskan")
    assert not reaches(pats, "mengamankan|!pengamanan", "pengamanan")
    assert reaches(pats, "mengamankan|!pengamanan", "diamankan")


def test_english_words_are_not_split_by_derivation():
    en = patterns("en")
    assert en.derivation is None
    w = en.compile("173", "arrest").words[0]
    assert w.matches(tok(en, "arrested")) and w.matches(tok(en, "arrests"))


def code(coder, text):
    return [(e.source, e.code, e.target, e.evidence.trigger_text)
            for e in coder.code_text(text, lang="id", published="2024-05-14")]


def test_deciding_is_not_cutting_ties(coder):
    assert not any(c.startswith("16") for _, c, _, _ in code(
        coder, "Pemerintah Indonesia memutuskan menunda kenaikan tarif listrik hingga tahun depan."))
    events = code(coder, "Pemerintah Indonesia memutus kontrak kerja sama dengan Malaysia pada Senin.")
    assert any(c.startswith("16") for _, c, _, _ in events), events


def test_finding_is_not_meeting(coder):
    assert not any(c.startswith("04") for _, c, _, _ in code(
        coder, "Polisi Indonesia menemukan dua pucuk senjata api di rumah tersangka."))
    assert ("IDNGOV", "040", "JPNGOV", "menemui") in [
        (s, c, t, tr) for s, c, t, tr in code(
            coder, "Presiden Indonesia menemui Perdana Menteri Jepang di Tokyo pada Senin.")]


@pytest.mark.parametrize("text", [
    "Tim nasional Indonesia ditahan imbang Vietnam dengan skor 1-1 di Hanoi.",
    "Menteri Indonesia itu divonis dokter menderita penyakit jantung sejak tahun lalu.",
    "Pemerintah Indonesia terus mempertahankan harga bahan bakar pada tingkat yang sama.",
    "Banyak eksportir Indonesia untung dari perang dagang antara Amerika Serikat dan China.",
    "Ribuan mahasiswa Indonesia menuntut ilmu di universitas-universitas Mesir.",
    "Menteri Luar Negeri Indonesia hanya melempar senyum kepada wartawan Malaysia.",
    "Menteri Luar Negeri Indonesia tiba di Jakarta pada Senin malam.",
    "Rombongan wisatawan Indonesia tiba di Bali dengan pesawat sewaan.",
    # session 10 (UD PUD): securing a thing is no arrest; a campaign "between" candidates is their contest
    "Kementerian Pertahanan Inggris mengamankan industri galangan kapal Skotlandia lewat kontrak baru.",
    "Kampanye presiden pada tahun 2019 antara Joko Widodo dan Prabowo Subianto berlangsung di tengah "
    "krisis ekonomi Malaysia.",
])
def test_not_events_whatever_the_sentence(coder, text):
    assert code(coder, text) == []


def test_a_hope_that_another_acts_is_an_appeal_not_the_act(coder):
    """"X berharap Y + verb": X's appeal to Y (PETRARCH HOPE, 020); the help hoped for
    is not done, so no aid (07x) is coded."""
    got = code(coder, "Presiden Indonesia berharap Jepang membantu pembangunan pelabuhan di Papua.")
    assert [(s, c, t) for s, c, t, _ in got] == [("IDNGOV", "020", "JPN")]


def test_what_is_ordered_or_hoped_for_is_not_done(coder):
    events = code(coder, "Kepala Polisi Indonesia memerintahkan anak buahnya untuk menangkap "
                         "para demonstran Papua.")
    assert not any(c.startswith("17") for _, c, _, _ in events), events
    events = code(coder, "Menteri Indonesia itu bertekad menyerang balik kelompok separatis Papua.")
    assert not any(c.startswith("18") for _, c, _, _ in events), events


def test_an_arrival_is_a_visit_only_in_another_country(coder):
    # the capital arrived in, with no host named, is the bare country (CONVENTIONS §3)
    assert ("MYSGOV", "042", "IDN", "tiba di") in code(
        coder, "Menteri Luar Negeri Malaysia tiba di Jakarta pada Senin malam.")
    assert ("IDNGOV", "042", "JPN", "tiba di") in code(
        coder, "Presiden Indonesia tiba di Tokyo pada Selasa pagi.")


def test_arrests_and_campaigns_for_someone_are_still_coded(coder):
    # the null lines above are narrow: a person secured is an arrest, a campaign for
    # someone is a rally on their behalf even with "antara lain" (among others) after it
    assert ("IDNCOP", "173", "MYSCRM", "mengamankan") in code(
        coder, "Polisi Indonesia mengamankan dua pengedar narkoba Malaysia di Medan.")
    assert any(c == "053" for _, c, _, _ in code(
        coder, "Partai Demokrat menggelar kampanye bagi Prabowo Subianto antara lain di Surabaya.")), \
        "a campaign for a candidate"


# nouns of an act that happen to name its actors as well: the whole phrase is the trigger
ACT_NOUNS = {"perusahaan patungan", "pasukan penjaga perdamaian", "pasukan perdamaian",
             "pasukan ... pengamanan", "pelaku bom bunuh diri"}


def test_no_pattern_opens_with_an_actor_noun(pats):
    # "KKB ... menembaki": the actor would be inside the trigger, so no side could take it
    from peristiwa.coding.patterns import NULL
    from peristiwa.lang import load

    d = load("id")
    agents = set()
    for f in d.path.glob("agents*.txt"):
        for line in f.read_text(encoding="utf-8").splitlines():
            phrase = line.split("#")[0].split("\t")[0].strip().lower()
            if phrase:
                agents.add(phrase)
    bad = []
    for p in pats.patterns:
        if p.file.startswith("events") and p.code != NULL and not any(p.text.startswith(a) for a in ACT_NOUNS):
            first = p.text.split()[0]
            if first not in ("$", "+") and any(a.lstrip("=").lower() in agents for a in first.split("|")
                                               if not a.startswith("!")):
                bad.append(f"{p.file}:{p.line}: {p.text}")
    assert bad == []
