"""Language identification (peristiwa.text.language.detect)."""

from __future__ import annotations

import pytest

from peristiwa.errors import PeristiwaError, UnsupportedLanguage
from peristiwa.text.language import detect


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menangkap dua orang aktivis di Bandung pada Selasa malam.",
        "Presiden menerima kunjungan Perdana Menteri Jepang di Istana Merdeka, Jakarta.",
        "Menteri Luar Negeri mengatakan Indonesia siap menjadi tuan rumah pertemuan itu.",
        "Anggota DPR mendesak menteri mundur dari jabatannya karena kasus impor beras.",
        "JAKARTA, Peristiwa – Ribuan mahasiswa berunjuk rasa menolak kenaikan harga bahan bakar.",
    ],
)
def test_indonesian(text):
    assert detect(text) == "id"


@pytest.mark.parametrize(
    "text",
    [
        "Turkish police arrested two Russian journalists in Istanbul on Tuesday.",
        "The foreign minister said the talks would continue next week in Geneva.",
        "JAKARTA (Reuters) - Indonesia and Malaysia signed a border agreement on Monday.",
    ],
)
def test_english(text):
    assert detect(text) == "en"


@pytest.mark.parametrize(
    "text, code, name",
    [
        ("De politie heeft gisteren in Amsterdam twee journalisten gearresteerd.", "nl", "Dutch"),
        ("Российская полиция задержала двух журналистов в Москве во вторник.", "ru", "Russian"),
        ("Die Polizei hat am Dienstag in Berlin zwei Journalisten festgenommen.", "de", "German"),
    ],
)
def test_unsupported_language_is_named(text, code, name):
    with pytest.raises(UnsupportedLanguage) as info:
        detect(text)
    assert info.value.lang == code
    message = str(info.value)
    assert name in message
    assert "--lang" in message  # tells the user how to force a language
    assert isinstance(info.value, PeristiwaError)  # the CLI turns it into one line


def test_where_prefixes_the_message():
    with pytest.raises(UnsupportedLanguage) as info:
        detect("De minister zei dat het onderzoek nog loopt en dat er morgen meer bekend is.",
               where="artikel.txt")
    assert str(info.value).startswith("artikel.txt: ")


def test_no_words_at_all():
    with pytest.raises(UnsupportedLanguage):
        detect("12345 67890 !!! ---")


def test_indonesian_with_tersebut():
    assert detect("Kerjasama tersebut akan membuat kedua negara semakin dekat.") == "id"


def test_short_indonesian_with_spanish_names_is_indonesian_and_tagalog_is_refused():
    """lingua takes a short Indonesian sentence full of Spanish names for Tagalog;
    Indonesian marker words claim it back. Tagalog itself is still refused."""
    from peristiwa.errors import UnsupportedLanguage
    from peristiwa.text.language import detect

    assert detect("Carlos Mendoza sendiri membantah tuduhan Presiden Maduro") == "id"
    with pytest.raises(UnsupportedLanguage, match="Tagalog"):
        detect("Sinabi ng pangulo na hindi siya aalis sa kanyang puwesto hanggang matapos ang kanyang termino.")
