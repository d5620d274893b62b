"""Actor recognition errors of session 22, fixed as kinds (session 23): a describing
adjective after a role is no name nor place ("Pemerintah Baru", "Polisi Setempat"), a
sentence's first word of the language is no part of a firm's name ("Menurut X Group").

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

from conftest import battery_events as events
from conftest import mentions

# -- a describing adjective after a role ----------------------------------------------------


def test_a_new_government_is_no_places(coder):
    found = mentions(coder, "Menteri itu mengatakan Pemerintah Baru akan mengecam Israel.")
    assert found.get("Pemerintah") == "IDNGOV"
    assert not any(code.startswith("MYS") for code in found.values())


def test_a_new_government_of_a_named_state_is_that_states(coder):
    found = mentions(coder, "Pemerintah Sementara Libya mengecam serangan udara itu.")
    assert found.get("Pemerintah Sementara Libya") == "LBYGOV"


def test_local_police_after_the_journalists_are_police(coder):
    found = mentions(coder, "Kepada para wartawan, Polisi Setempat, kata dia, menangkap dua pencuri.")
    assert found.get("Polisi") == "IDNCOP"
    assert ("IDNCOP", "173", "IDNCRM") in events(coder, "Kepada para wartawan, Polisi Setempat, kata dia, menangkap dua pencuri.")


def test_an_affixed_word_after_a_role_in_apposition_is_no_name(coder):
    found = mentions(coder, "Kepada para wartawan, Polisi Kehutanan, kata dia, menangkap dua pembalak.")
    assert not found.get("Polisi Kehutanan", "").endswith("MED")


def test_a_city_after_a_role_is_still_its_place(coder):
    assert mentions(coder, "Wali Kota Padang mengecam tawuran pelajar.").get("Wali Kota Padang") == "IDNGOV"


def test_a_holder_after_a_described_role_is_still_the_holder(coder):
    found = mentions(coder, "Presiden Terpilih Ahmad Fauzi mengunjungi Jepang.")
    assert found.get("Presiden Terpilih Ahmad Fauzi") == "IDNGOV"


# -- a sentence's first word before a firm's name --------------------------------------------


def test_an_affixed_first_word_is_no_part_of_a_firms_name(coder):
    found = mentions(coder, "Menurut Lestari Group, perusahaan itu menggugat pemerintah daerah.")
    assert "Lestari Group" in found
    assert not any(text.startswith("Menurut") for text in found)
