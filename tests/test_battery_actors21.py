"""Companies and institutions by form and context (session 21, #18 item 3): a firm is its
country's BUS (CONVENTIONS §4.1), whichever dictionary names it.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
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
