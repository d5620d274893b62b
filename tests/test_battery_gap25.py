"""Gold acts no pattern reached (session 25, gap25): a form family covered whole, from the
codebook (CAMEO 042 visit, 173 a finding of guilt or liability).

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

# 042: an arrival as a verb, like its noun "kedatangan ... ke +": at or into an actor's seat
# (house, residence, palace) whose owner is the host
ARRIVALS = [
    ("Ketua Umum Partai Golkar Airlangga Hartarto datang ke rumah dinas Menteri Keuangan Sri Mulyani.",
     ("IDNGOV", "042", "IDNGOV")),
    ("Menteri Keuangan Sri Mulyani tiba di rumah dinas Ketua DPR Puan Maharani pukul 10.00 WIB.",
     ("IDNGOV", "042", "IDNGOV")),
    ("Gubernur Jawa Barat Ridwan Kamil masuk ke kediaman Presiden Joko Widodo di Solo.",
     ("IDNGOV", "042", "IDNGOV")),
    ("Kapolri Listyo Sigit Prabowo sampai di kediaman Wakil Presiden Ma'ruf Amin pada malam hari.",
     ("IDNCOP", "042", "IDNGOV")),
]


@pytest.mark.parametrize("text,event", ARRIVALS)
def test_an_arrival_at_an_actor_is_a_visit(coder, text, event):
    assert event in events(coder, text)


NO_VISIT = [
    "Sejumlah perampok masuk ke rumah Bupati Bogor dan menggasak perhiasan.",   # a break-in
    "Presiden Joko Widodo tiba di Istana Merdeka setelah kunjungan kerja ke Kalimantan.",  # home
    "Banjir masuk ke rumah warga di Kabupaten Bandung.",                         # no actor
]


def test_a_purpose_meeting_keeps_its_code(coder):
    got = events(coder, "Presiden Joko Widodo datang ke Tokyo untuk bertemu dengan Perdana Menteri Jepang.")
    assert ("IDNGOV", "040", "JPNGOV") in got, got


@pytest.mark.parametrize("text", NO_VISIT)
def test_no_visit_without_a_visitor_and_a_host(coder, text):
    got = events(coder, text)
    assert not any(code.startswith("04") for _, code, _ in got), got


# 173: a wrong found proven ("X terbukti (secara sah dan meyakinkan) melakukan ..."), by
# whoever finds it; no finder named, or a condition ("jika terbukti"), no event
PROVEN = [
    ("Majelis hakim menyatakan Gubernur Riau terbukti secara sah dan meyakinkan melakukan "
     "tindak pidana korupsi.", ("IDNJUD", "173", "IDNGOV")),
    ("Menurut hakim, Bupati Bogor terbukti menerima suap dari kontraktor.", ("IDNJUD", "173", "IDNGOV")),
    ("Badan Kehormatan DPR menyatakan dua anggota Partai Golkar terbukti melanggar kode etik.",
     ("IDNLEG", "173", "IDNGOV")),
]


@pytest.mark.parametrize("text,event", PROVEN)
def test_a_wrong_found_proven_is_a_finding(coder, text, event):
    assert event in events(coder, text)


NOT_FOUND = [
    "Jika terbukti melanggar, Bupati Bogor akan dipecat dari partai.",
    "Aroma lavender terbukti meredakan stres pada pekerja kantor.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_finding_without_a_finder(coder, text):
    got = events(coder, text)
    assert not any(code.startswith("17") for _, code, _ in got), got
