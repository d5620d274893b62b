"""Stems and surface forms: the keys under which words meet lexicon entries."""

from __future__ import annotations

import pytest

from peristiwa import lang
from peristiwa.text.tokens import tokenizer


@pytest.fixture(scope="module")
def id_stemmer():
    return tokenizer("id").stemmer


@pytest.fixture(scope="module")
def en_stemmer():
    return tokenizer("en").stemmer


@pytest.mark.parametrize(
    "family, stem",
    [
        (["menjatuhkan", "dijatuhi", "penjatuhan"], "jatuh"),
        (["menangkap", "ditangkap", "penangkapan", "tangkapan", "tertangkap"], "tangkap"),
        (["bertemu", "pertemuan", "menemui"], "temu"),
        (["menyerang", "diserang", "penyerangan", "serangan"], "serang"),
        (["mengecam", "dikecam", "kecaman"], "kecam"),
    ],
)
def test_indonesian_family_shares_a_stem(id_stemmer, family, stem):
    assert {w: id_stemmer.stem(w) for w in family} == {w: stem for w in family}


@pytest.mark.parametrize(
    "word, form",
    [
        ("menangkap", "active"),
        ("menjatuhkan", "active"),
        ("memerangi", "active"),
        ("ditangkap", "passive"),
        ("dijatuhi", "passive"),
        ("penangkapan", "pen-an"),
        ("penjatuhan", "pen-an"),
        ("penyerangan", "pen-an"),
        ("pertemuan", "per-an"),
        ("pertahanan", "per-an"),
        ("bertemu", "ber"),
        ("berkunjung", "ber"),
        ("tertangkap", "ter"),
        ("tangkapan", "-an"),
        ("serangan", "-an"),
        ("kunjungan", "-an"),
        ("kesepakatan", "ke-an"),
        ("sanksi", "bare"),
        ("polisi", "bare"),
        ("pihaknya", "bare"),  # stem + clitic only
    ],
)
def test_indonesian_form(id_stemmer, word, form):
    assert id_stemmer.form(word) == form


def test_menahan_is_not_pertahanan(id_stemmer):
    """Same stem, but the families keep 'menahan' (detain) from matching 'pertahanan' (defence)."""
    assert id_stemmer.stem("menahan") == id_stemmer.stem("pertahanan") == "tahan"
    families = lang.load("id").grammar["families"]
    assert id_stemmer.form("pertahanan") not in families[id_stemmer.form("menahan")]
    assert id_stemmer.form("penahanan") in families[id_stemmer.form("menahan")]


def test_stems_txt_corrects_kunjung(id_stemmer):
    # Sastrawi alone gives "unjung" for mengunjungi; stems.txt sends it to its family
    data = lang.load("id")
    assert data.stem_overrides["mengunjungi"] == "kunjung"
    stems = {w: id_stemmer.stem(w) for w in ("mengunjungi", "dikunjungi", "kunjungan", "berkunjung")}
    assert stems == dict.fromkeys(stems, "kunjung")


def test_stems_txt_other_corrections(id_stemmer):
    assert id_stemmer.stem("memerangi") == id_stemmer.stem("perang") == "perang"
    assert id_stemmer.stem("kerjasama") == id_stemmer.stem("bekerjasama") == "kerja_sama"
    assert id_stemmer.stem("menyepakati") == id_stemmer.stem("kesepakatan") == "sepakat"


def test_reduplication_and_case(id_stemmer):
    assert id_stemmer.stem("negara-negara") == "negara"
    assert id_stemmer.stem("Menangkap") == id_stemmer.stem("menangkap")


def test_desakan_meets_mendesak(id_stemmer):
    assert id_stemmer.stem("desakan") == id_stemmer.stem("mendesak") == "desak"


def test_kecaman_is_an_an_noun(id_stemmer):
    assert id_stemmer.form("kecaman") == "-an"


@pytest.mark.parametrize("word", ["arrested", "arrests", "arrest", "arresting", "Arrested"])
def test_english_snowball(en_stemmer, word):
    assert en_stemmer.stem(word) == "arrest"


def test_english_has_no_affix_forms(en_stemmer):
    # voice in English comes from auxiliaries, not from affixes
    assert en_stemmer.form("arrested") == "bare"
    assert en_stemmer.stem("visited") == en_stemmer.stem("visits") == "visit"


def test_root_words_skip_sastrawi_with_the_same_result():
    """The fast path for Sastrawi's own root words gives what Sastrawi gives."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    from peristiwa import lang as langdata
    from peristiwa.text.stems import Stemmer, common_words

    data = langdata.load("id")
    roots = sorted(common_words(data))
    assert len(roots) > 25_000
    sastrawi = StemmerFactory().create_stemmer()
    ours = Stemmer(data)
    overrides = data.stem_overrides
    differ = [w for w in roots if w not in overrides and "-" not in w and ours.stem(w) != sastrawi.stem(w)]
    assert differ == []


def test_stem_table_gives_what_sastrawi_gives():
    """The build-time table (scripts/build_stems.py) holds Sastrawi's own answers:
    every 40th word of it, and every word of a sentence of ours, stemmed live."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    from peristiwa.text.stems import sastrawi_table

    table = sastrawi_table()
    assert len(table) > 50_000  # built for the Sastrawi installed (its header matches)
    sastrawi = StemmerFactory().create_stemmer()
    words = sorted(table)[::40]
    own = "Para pengunjuk rasa menuntut pembebasan aktivis yang ditahan kepolisian".lower().split()
    words += [w for w in own if w in table]
    assert len(words) > 1_000 and "pembebasan" in words
    assert {w: table[w] for w in words} == {w: sastrawi.stem(w) or w for w in words}


def test_a_known_word_is_not_stemmed_live_an_unknown_one_is():
    from peristiwa import lang as langdata
    from peristiwa.text.stems import Stemmer, sastrawi_table

    asked = []
    stemmer = Stemmer(langdata.load("id"))
    live = stemmer._impl
    stemmer._impl = lambda w: asked.append(w) or live(w)
    assert "menangkapi" in sastrawi_table() or "penangkapan" in sastrawi_table()
    assert stemmer.stem("Penangkapan") == "tangkap"
    assert asked == []
    # a made-up word no table holds still goes through Sastrawi, once
    assert stemmer.stem("memfotokopikan") == stemmer.stem("memfotokopikan") == live("memfotokopikan")
    assert asked == ["memfotokopikan"]


def test_english_stems_are_snowballs_own():
    """snowballstemmer hands the work to PyStemmer (Snowball's C code, some 15x faster
    on each new word) when it is installed: the stems are those of Snowball's
    Python English stemmer for every word of the English lexicons."""
    import re
    from importlib import resources

    import Stemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    folder = resources.files("peristiwa") / "lang" / "en"
    words = set()
    for name in ("events.txt", "events.petrarch.txt", "agents.txt", "countries.txt"):
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", (folder / name).read_text(encoding="utf-8")))
    assert len(words) > 3000
    python = EnglishStemmer()
    c = Stemmer.Stemmer("english")
    assert [c.stemWord(w) for w in sorted(words)] == [python.stemWord(w) for w in sorted(words)]
    import snowballstemmer

    assert snowballstemmer.stemmer("english").stemWord("arrested") == "arrest"
    assert type(snowballstemmer.stemmer("english")) is type(c)  # the C one is what the coder uses
