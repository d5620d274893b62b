"""A wrong root at the right words (session 25, conf25): where a word family or an object
noun decides the code, the code its plain meaning takes (CONVENTIONS §2.1, §7.8).

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

# "hukum" is the law, "hukuman" the sentence: a demand that the law be upheld is a demand
# (10x), not a sentence asked by a prosecutor (173); "tuntutan hukum" is a lawsuit (115)
LAW_DEMANDED = [
    "Mahasiswa menuntut penegakan hukum terhadap para pelaku korupsi di Kementerian Agama.",
    "Serikat buruh menuntut kepastian hukum dari Pemerintah Provinsi Jawa Barat.",
]


@pytest.mark.parametrize("text", LAW_DEMANDED)
def test_the_law_demanded_is_no_sentence(coder, text):
    got = events(coder, text)
    assert not any(code.startswith("17") for _, code, _ in got), got


def test_a_sentence_asked_stays_a_sentence(coder):
    assert ("IDNJUD", "173", "IDNGOV") in events(coder, "Jaksa menuntut hukuman lima tahun penjara bagi Bupati Bekasi.")
    assert ("IDNJUD", "173", "IDNGOV") in events(coder, "Jaksa menuntut Bupati Bekasi dihukum lima tahun penjara.")


LAWSUITS = [
    ("Greenpeace mengajukan tuntutan hukum terhadap Pemerintah Australia atas izin tambang.",
     ("NGOENV", "115", "AUSGOV")),
    ("Pemerintah Filipina melayangkan tuntutan hukum kepada China di Mahkamah Arbitrase.",
     ("PHLGOV", "115", "CHN")),
    ("Exxon menghadapi tuntutan hukum yang diajukan oleh Pemerintah Nigeria.", ("NGAGOV", "115", "USABUS")),
]


@pytest.mark.parametrize("text,event", LAWSUITS)
def test_a_lawsuit_is_a_lawsuit(coder, text, event):
    got = events(coder, text)
    assert event in got, got
    assert not any(code.startswith("17") or code.startswith("10") for _, code, _ in got), got


# "kalau" and "jika" right after a verb of saying, knowing or showing are "bahwa": what is
# said is stated, no condition (grammar that_conditionals); a consequent keeps the condition
SAID_THAT = [
    ("Survei itu menunjukkan kalau Partai Golkar mendukung pemerintahan Presiden Joko Widodo.",
     ("IDNGOV", "051", "IDNGOV")),
    ("Presiden Jokowi mengakui kalau dia bertemu Prabowo Subianto di Istana Bogor.", ("IDNGOV", "040", "IDNGOV")),
]


@pytest.mark.parametrize("text,event", SAID_THAT)
def test_a_that_clause_is_no_condition(coder, text, event):
    assert event in events(coder, text)


CONDITIONS = [
    "Menteri Pertahanan Amerika Serikat mengatakan jika Iran menyerang Israel, Washington akan membalas.",
    "Ketua DPR mengatakan kalau KPK memeriksa Menteri Sosial, maka DPR mendukung.",
    "Jika Iran menyerang Israel, Amerika Serikat akan membalas.",
]


@pytest.mark.parametrize("text", CONDITIONS)
def test_a_condition_with_its_consequent_stays_a_condition(coder, text):
    got = events(coder, text)
    assert not any(code.startswith(("19", "09")) for _, code, _ in got), got
