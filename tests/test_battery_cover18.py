"""A battery for the trigger lines that session 17's unlabelled-text ranks found missing
(cover18; scripts/mine_uncovered.py --kind derived|pair|noun|variant; the lines and the
review are the last section of src/peristiwa/lang/id/events.codebook.txt). One block each:

- the one-word spelling "unjukrasa"/"berunjukrasa" is a protest like "unjuk rasa" (141, 1412);
- the spelling "kordinasi"/"berkordinasi" with a partner is coordination (050);
- demolishing a house of worship is a demolition (1712);
- a sentence meted out with "mengganjar ... dengan vonis", and the passives "diganjar|dijatuhi
  vonis|hukuman ... oleh X" with the court as the agent (173).
- breaking the fast with a named partner is a meal meeting (040), like "makan siang bersama";
- "will not stay silent if X ..." is a conditional warning to X (130).

Near-misses: persuading (no line: see the review), a red card, tracing a cause or a
route (no line for tracing: see the review), a coordination meeting with no partner, a
demolition negated. CODED: every event listed is coded; NOT_CODED: the event named is not;
NOTHING: no event. Every sentence here was written for these tests; none comes from a gold
file or the unlabelled corpus."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Ribuan buruh berunjukrasa di depan kantor Bupati Garut.',
     [('IDNOPP', '141', 'IDNGOV')]),
    ('Ratusan nelayan menggelar unjukrasa menentang Pemerintah Provinsi Bali.',
     [('IDNOPP', '141', 'IDNGOV')]),
    ('Aksi unjukrasa buruh menolak kenaikan harga BBM berlangsung di Surabaya.',
     [('IDNOPP', '1412', '')]),
    ('Kepolisian Daerah Papua berkordinasi dengan Tentara Nasional Indonesia.',
     [('IDNCOP', '050', 'IDNMIL')]),
    ('Satpol PP membongkar sebuah masjid di Kabupaten Tolikara.',
     [('IDNCOP', '1712', 'IDNREL')]),
    ('Pemerintah Kota Medan membongkar dua gereja yang tidak memiliki izin.',
     [('IDNGOV', '1712', 'IDNREL')]),
    ('Mahkamah Agung mengganjar mantan Bupati Klaten dengan vonis sepuluh tahun penjara.',
     [('IDNJUD', '173', 'IDNELI')]),
    ('Mantan Wali Kota Cimahi diganjar hukuman lima tahun penjara oleh Pengadilan Tipikor Bandung.',
     [('IDNJUD', '173', 'IDNELI')]),
    ('Gubernur Bengkulu dijatuhi vonis delapan tahun penjara oleh Pengadilan Tipikor Bengkulu.',
     [('IDNJUD', '173', 'IDNGOV')]),
    ('Dua warga negara Indonesia dijatuhi hukuman mati oleh pengadilan Malaysia.',
     [('MYSJUD', '173', 'IDNCVL')]),
    ('Ketua Umum PDI Perjuangan berbuka puasa dengan Ketua Umum Partai Kebangkitan Bangsa.',
     [('IDNGOV', '040', 'IDNGOV')]),
    ('Pemerintah Iran tidak akan tinggal diam jika Israel menyerang fasilitas nuklirnya.',
     [('IRNGOV', '130', 'ISR')]),
    ('Pemerintah Indonesia tak akan tinggal diam bila Malaysia mengklaim Blok Ambalat.',
     [('IDNGOV', '130', 'MYS')]),
]

NOT_CODED = [
    # the longer protest line outranks the bare one-word protest
    ('Aksi unjukrasa buruh menolak kenaikan harga BBM berlangsung di Surabaya.',
     ('IDNOPP', '141', '')),
]

NOTHING = [
    'Perusahaan itu membujuk para pelanggan agar membeli produk barunya.',
    'Pemain itu diganjar kartu merah oleh wasit pada menit ke-80.',
    'Tim dari PLN masih menelusuri penyebab pemadaman listrik itu.',
    'Para wisatawan menelusuri hutan di Pulau Rinca.',
    'Hari ini digelar rapat kordinasi yang dihadiri para kepala dinas.',
    'Pemerintah Kota Medan tidak membongkar gereja di Jalan Sudirman.',
    'Warga Jakarta berbuka puasa dengan kolak dan es buah.',
    'Pemerintah Amerika Serikat tak tinggal diam terkait munculnya wabah flu burung.',
]


@pytest.mark.parametrize("text, expected", CODED)
def test_the_construction_is_coded(coder, text, expected):
    got = events(coder, text)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, wrong", NOT_CODED)
def test_the_wrong_reading_is_not_taken(coder, text, wrong):
    assert wrong not in events(coder, text)


@pytest.mark.parametrize("text", NOTHING)
def test_near_misses_code_nothing(coder, text):
    assert events(coder, text) == set()
