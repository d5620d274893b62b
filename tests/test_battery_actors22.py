"""Actors the knowledge base lacks, recognised from the sentence's own evidence (session
22): a role before a division noun and a division's name, a name in apposition to a role,
a near spelling of a foreigner's name in a story of the default country, a firm described
by its origin ("asal X").

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events
from conftest import mentions

# -- a role, a division noun and the division's name ----------------------------------------

DIVISION_EVENTS = [
    ("Polisi negara bagian Sinaloa menahan empat anggota kartel.", ("MEXCOP", "173")),
    ("Polisi provinsi Kandahar menahan dua penyelundup.", ("AFGCOP", "173")),
    ("Gubernur prefektur Okinawa memprotes rencana pangkalan militer baru.", ("JPNGOV", "")),
]


@pytest.mark.parametrize("text,want", DIVISION_EVENTS)
def test_a_role_of_a_named_division_is_that_countrys(coder, text, want):
    source, code = want
    found = events(coder, text)
    if code:
        assert any(s == source and c == code for s, c, _ in found)
    else:
        assert source in mentions(coder, text).values()


def test_a_role_of_a_division_the_lexicon_lacks(coder):
    # the gazetteer's state after the division noun, as "Gubernur Texas"
    assert "USACOP" in mentions(coder, "Polisi negara bagian Oregon menahan seorang penembak.").values()


def test_a_province_of_the_default_country_stays_its_own(coder):
    found = mentions(coder, "Polisi wilayah Jawa Tengah menahan tiga pencuri kendaraan.")
    assert found.get("Polisi wilayah Jawa Tengah") == "IDNCOP"


# -- a name in apposition to a role ---------------------------------------------------------

def test_a_role_word_opening_a_name_in_apposition_is_the_name(coder):
    text = "Juru bicara Kementerian Luar Negeri China, Geng Yulan, mengkritik Jepang."
    found = mentions(coder, text)
    assert found.get("Geng Yulan") == "CHNGOV"
    assert ("CHNGOV", "111", "JPN") in events(coder, text)
    assert not any(s.endswith("CRM") for s, _, _ in events(coder, text))


def test_a_role_phrase_after_a_role_is_no_holders_name(coder):
    # "Barat" is a word of the language: "Pemerintah Barat" is a role phrase, not the
    # journalists' holder by name (MED before the common-word check)
    found = mentions(coder, "Kepada para wartawan, Pemerintah Barat, kata dia, mengecam Rusia.")
    assert "Pemerintah Barat" in found
    assert not found["Pemerintah Barat"].endswith("MED")


def test_a_role_with_its_own_named_holder_is_no_name(coder):
    # "Gubernur Kalora" has its holder's name after it: a role, not the journalists' name
    found = mentions(coder, "Kepada para wartawan, Gubernur Kalora, Hendrik Molenaar, mengaku ikut berunjuk rasa.")
    assert not found.get("Gubernur Kalora", "").endswith("MED")


def test_a_gang_is_still_a_gang(coder):
    found = mentions(coder, "Geng motor menyerang warga di Bandung.")
    assert found.get("Geng") == "IDNCRM"


def test_a_rank_in_apposition_keeps_its_role(coder):
    found = mentions(coder, "Juru bicara militer, Kolonel Budi Hartanto, membantah tuduhan itu.")
    assert found.get("Kolonel Budi Hartanto", "").endswith("MIL")


# -- a foreigner by a near spelling only ----------------------------------------------------

def test_a_near_spelling_of_a_foreigner_is_no_foreigner_at_home(coder):
    found = events(coder, "Menteri Agama Ahmad Zaki bertemu Presiden Joko Widodo di Istana.")
    assert found and all(not s.startswith("MDV") for s, _, _ in found)


def test_a_near_spelling_with_the_foreigners_country_named_stays(coder):
    found = mentions(coder, "Presiden Maladewa Ahmad Zaki bertemu Presiden Joko Widodo di Jakarta.")
    assert found.get("Presiden Maladewa Ahmad Zaki", "").startswith("MDV")


# -- a firm described by its origin --------------------------------------------------------

def test_a_firm_of_an_origin_past_its_modifiers(coder):
    found = mentions(coder, "Produsen baja asal Jepang mengajukan gugatan ke pengadilan niaga.")
    assert found.get("Produsen baja asal Jepang") == "JPNBUS"


def test_an_origin_sets_no_country_of_the_sentence(coder):
    # the firm's origin is not the state acting: a bare "pemerintah" is not Japan's
    found = events(coder, "Perusahaan farmasi asal Jepang menggugat pemerintah.")
    assert not any(t == "JPNGOV" for _, _, t in found)


def test_an_origin_after_a_verb_is_the_objects(coder):
    found = events(coder, "Polisi menahan dua pedagang asal Nigeria.")
    assert ("IDNCOP", "173", "NGA") in found or any(t.startswith("NGA") for _, _, t in found)


def test_a_division_noun_sets_the_clauses_country(coder):
    # a division pycountry has and no list names: the other side is of its country too
    found = events(coder, "Polisi negara bagian Zacatecas menahan lima anggota sindikat narkoba.")
    assert ("MEXCOP", "173", "MEXCRM") in found
    found = events(coder, "Polisi prefektur Nara menahan dua anggota sindikat penipuan.")
    assert ("JPNCOP", "173", "JPNCRM") in found


# -- first-level divisions from pycountry (data/places.divisions.txt) ----------------------

def test_a_division_from_iso_3166_2_stands_for_its_country(coder):
    assert "NGACOP" in mentions(coder, "Polisi Benue menahan lima penggembala.").values()


def test_divisions_are_derived_once_and_never_by_hand_too():
    from peristiwa.actors.lexicon import DIVISIONS, WORLD_PLACES
    from peristiwa.text.normalize import fold

    def rows(path):
        return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]

    derived = {fold(r[2]) for r in rows(DIVISIONS)}
    assert len(derived) > 300
    assert not derived & {fold(r[2]) for r in rows(WORLD_PLACES)}
    # words, given and family names, two countries' divisions, a club's name are left out
    assert not derived & {"punjab", "victoria", "delta", "bayern", "yamaguchi"}


def test_a_leader_by_a_near_spelling_stays_himself(coder):
    # a leading office (rank >= 3) is named in many spellings: "Mahmud" for Mahmoud Abbas
    assert ("PSEGOV", "111", "ISR") in events(coder, "Mahmud Abbas mengecam keras Israel.")


def test_a_role_of_a_division_named_alone_sets_the_clauses_country(coder):
    # no division noun: "Gubernur Texas" is as foreign as "Polisi negara bagian Texas"
    assert ("USAGOV", "111", "USACOP") in events(coder, "Gubernur Texas mengecam polisi setempat.")
    assert ("IDNGOV", "111", "IDNCOP") in events(coder, "Gubernur Jawa Barat mengecam polisi setempat.")
