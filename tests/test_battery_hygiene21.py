"""One meaning, one code (session 21, hygiene21; scripts/lexicon_conflicts.py lists the
lexicon's patterns that match the same words with codes of different roots).

Each class of conflict decided has its tests: the words coded with the code their plain
meaning takes, and a derived word of another sense left alone.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

# "temuan" (a finding) and "temukan" are of menemukan (to find): the family of "bertemu"
# took them as a meeting (grammar other_sense_nouns)
FINDINGS = [
    "Ketua BPK menyerahkan temuannya kepada Ketua DPR.",
    "Temuan Ombudsman tentang Dinas Perhubungan disampaikan kepada Gubernur Bali.",
]


@pytest.mark.parametrize("text", FINDINGS)
def test_a_finding_is_no_meeting(coder, text):
    assert not any(code.startswith("04") for _, code, _ in events(coder, text))


def test_a_meeting_is_still_a_meeting(coder):
    assert ("FRAGOV", "040", "DEUGOV") in events(coder, "Presiden Prancis bertemu Kanselir Jerman di Paris.")
    assert ("FRAGOV", "040", "DEUGOV") in events(coder, "Pertemuan Presiden Prancis dengan Kanselir Jerman "
                                                         "berlangsung di Paris.")
