"""Companies and institutions by form and context (session 21, #18 item 3): a firm is its
country's BUS (CONVENTIONS §4.1), whichever dictionary names it.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events
from conftest import mentions

from peristiwa.actors.kb import business_code


@pytest.mark.parametrize("code,want", [
    ("MNCUSA", "USABUS"), ("MNCJPN", "JPNBUS"), ("MNCUSAHLH", "USABUS"),
    ("MNCHLH", "MNCHLH"),  # a firm of no country keeps its code
    ("IGOUNO", "IGOUNO"), ("USAGOV", "USAGOV"),
])
def test_a_phoenix_firm_is_its_countrys_business(code, want):
    assert business_code(code) == want


def test_a_listed_foreign_firm_is_coded_bus(coder):
    found = mentions(coder, "Exxon Mobil menandatangani kesepakatan dengan Pertamina.")
    assert found.get("Exxon Mobil") == "USABUS"
    assert found.get("Pertamina") == "IDNBUS"


# -- foreign firms by name (data/actors/companies-world.tsv) -------------------------------

FIRM_EVENTS = [
    ("Toyota menggugat Honda atas pelanggaran paten mesin hibrida.", ("JPNBUS", "115", "JPNBUS")),
    ("Kementerian Perhubungan menegur Singapore Airlines karena penundaan penerbangan.",
     ("IDNGOV", "111", "SGPBUS")),
    ("Raksasa minyak Petronas menandatangani kontrak kerja sama dengan Pertamina.", ("MYSBUS", "057", "IDNBUS")),
]


@pytest.mark.parametrize("text,event", FIRM_EVENTS)
def test_a_foreign_firm_by_its_name(coder, text, event):
    assert event in events(coder, text)


@pytest.mark.parametrize("text,name", [
    ("PT Toyota Motor Manufacturing Indonesia membantah tuduhan serikat pekerja.",
     "PT Toyota Motor Manufacturing Indonesia"),
    ("Samsung Electronics Indonesia membantah tuduhan itu.", "Samsung Electronics Indonesia"),
    ("Direktur PT Toyota-Astra Motor menanggapi keluhan konsumen.", "Direktur PT Toyota-Astra Motor"),
])
def test_a_firms_company_in_indonesia_is_indonesian(coder, text, name):
    """A firm named with a country, or after a legal form with another firm, is one
    company of that country (as orgs.tsv's "PT Freeport Indonesia")."""
    assert mentions(coder, text).get(name) == "IDNBUS"


# -- a firm named as the make of a thing (actors/brands.py) --------------------------------

@pytest.mark.parametrize("text,brand", [
    ("Polisi menyita ponsel Samsung dari rumah tersangka.", "Samsung"),
    ("Pesawat Airbus A320 itu mendarat darurat di Medan.", "Airbus"),
    ("Seorang pria membajak pesawat Boeing 737 di atas Laut Tengah.", "Boeing"),
    ("Petugas menyita sebuah motor bermerk BMW milik pengusaha itu.", "BMW"),
])
def test_a_make_is_no_actor(coder, text, brand):
    assert brand not in mentions(coder, text)


def test_the_maker_itself_stays(coder):
    assert mentions(coder, "Produsen mobil Toyota menarik ribuan kendaraan.").get("Toyota") == "JPNBUS"


def test_a_foreign_make_does_not_move_the_story_abroad(coder):
    """"ponsel Samsung": the police who seize it are still the default country's."""
    assert ("IDNCOP", "1711", "IDN") in events(coder, "Polisi menyita ponsel Samsung milik tersangka penipuan.")


# -- a state's security council is no UN body ----------------------------------------------

def test_a_national_security_council_is_no_un_body(coder):
    assert mentions(coder, "Dewan Keamanan Nasional Filipina menolak usulan itu.") \
        .get("Dewan Keamanan Nasional Filipina") == "PHLGOV"


# -- a firm in apposition to its description (actors/appositions.py) -------------------------

@pytest.mark.parametrize("text,name,code", [
    ("Perusahaan asal Taiwan, Pegasus Corp, menggandeng Telkom.", "Pegasus Corp", "TWNBUS"),
    ("Perusahaan investasi asal Singapura, Maju Capital Limited, mengakuisisi saham Indosat.",
     "Maju Capital Limited", "SGPBUS"),
    ("Perusahaan asal Jepang, PT Sinar Jaya, menggugat pemerintah.", "PT Sinar Jaya", "IDNBUS"),  # a PT
])
def test_a_firm_in_apposition_takes_its_descriptions_country(coder, text, name, code):
    assert mentions(coder, text).get(name) == code


@pytest.mark.parametrize("text,name", [("Renault menggugat Kementerian Perindustrian.", "Renault"),
                                       ("Mazda menggandeng Astra.", "Mazda")])
def test_carmakers_are_listed(coder, text, name):
    assert mentions(coder, text).get(name, "")[3:] == "BUS"


# -- international bodies by their Indonesian names ------------------------------------------

@pytest.mark.parametrize("text,name,code", [
    ("Komisi Tinggi PBB untuk Pengungsi mengecam Myanmar.", "Komisi Tinggi PBB untuk Pengungsi", "IGOUNOREFHCR"),
    ("Komisi HAM PBB mengecam Israel.", "Komisi HAM PBB", "IGOUNOHRI"),
    ("Amnesty Internasional mengecam Myanmar.", "Amnesty Internasional", "NGOHRIAMN"),
    ("Komisi I DPR mengecam serangan itu.", "Komisi I DPR", "IDNLEG"),  # a body of the DPR stays
])
def test_a_body_of_an_international_organisation(coder, text, name, code):
    assert mentions(coder, text).get(name) == code


# -- a state's divisions place its story (data/places.world.txt) ---------------------------

@pytest.mark.parametrize("text,event", [
    ("Polisi menangkap puluhan anggota kartel di Chihuahua.", ("MEXCOP", "173", "MEXCRM")),
    ("Pemerintah Coahuila mengecam serangan kartel itu.", ("MEXGOV", "111", "MEXCRM")),
])
def test_a_foreign_province_places_the_story(coder, text, event):
    assert event in events(coder, text)


def test_a_foreign_province_places_its_roles(coder):
    found = mentions(coder, "Pasukan keamanan menembak mati tiga militan di Sulu.")
    assert (found.get("Pasukan keamanan"), found.get("militan")) == ("PHLMIL", "PHLUAF")


def test_a_club_named_after_a_region_is_no_state(coder):
    """"Bayern" names a football club far more than Bavaria: it is not listed."""
    assert "Bayern" not in mentions(coder, "Bayern menandatangani kontrak dengan pemain asal Jepang.")


def test_a_breakaway_region_is_its_states(coder):
    """Abkhazia, Transnistria, Nagorno-Karabakh: coded as the state they broke from (as Darfur)."""
    assert mentions(coder, "Anggota parlemen Abkhazia menolak usulan Rusia.").get("Anggota parlemen Abkhazia") \
        == "GEOLEG"
