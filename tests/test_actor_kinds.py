"""Actors recognised by their kind (issue #18, item 3): role nouns of Indonesian
public life (lang/id/agents.general.txt) and the state's institutions, state
enterprises, parties and international bodies (data/actors/orgs-general.tsv).

Every sentence here was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import mentions, triples

from peristiwa.actors.lexicon import lexicon

# -- roles by kind (agents.general.txt) ----------------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    # local government (CONVENTIONS §4.1)
    ("Sekda Kabupaten Gunungkidul menghadiri rapat di Wonosari.", "Sekda Kabupaten Gunungkidul", "IDNGOV"),
    ("Wabup Klaten meninjau pasar yang terbakar.", "Wabup Klaten", "IDNGOV"),
    ("Pj Gubernur menerima kunjungan para pengusaha kopi.", "Pj Gubernur", "IDNGOV"),
    ("Perangkat desa menolak rencana penambangan pasir.", "Perangkat desa", "IDNGOV"),
    ("Kepala dusun melaporkan kerusakan jalan desa.", "Kepala dusun", "IDNGOV"),
    ("BPBD menyiapkan tenda untuk pengungsi banjir.", "BPBD", "IDNGOV"),
    ("Menkes meminta rumah sakit menambah tempat tidur.", "Menkes", "IDNGOV"),
    ("Menhub menegur operator bus antarkota.", "Menhub", "IDNGOV"),
    # legislature
    ("Anggota DPRD Kota Magelang mempertanyakan anggaran taman kota.", "Anggota DPRD Kota Magelang", "IDNLEG"),
    ("Banggar membahas rancangan anggaran tahun depan.", "Banggar", "IDNLEG"),
    # judiciary and lawyers (§8.4)
    ("Kajari Sleman mengumumkan penyelidikan proyek irigasi.", "Kajari Sleman", "IDNJUD"),
    ("Hakim agung itu menolak permohonan kasasi.", "Hakim agung", "IDNJUD"),
    # (a defendant, like a suspect, is an actor now, sides22: the lawyer's mention spans both,
    # as "Kuasa hukum tersangka" does; still the lawyer's code)
    ("Kuasa hukum terdakwa mengajukan banding.", "Kuasa hukum terdakwa", "IDNJUD"),
    # police and its units
    ("Satreskrim Polres Magelang memeriksa tiga saksi.", "Satreskrim Polres Magelang", "IDNCOP"),
    ("Ditreskrimsus menyita ribuan botol minuman palsu.", "Ditreskrimsus", "IDNCOP"),
    ("Kombes Budiman memimpin razia di terminal.", "Kombes", "IDNCOP"),
    # military and its units, ships by prefix (§7.7)
    ("Kodim Sleman mengerahkan prajurit untuk membersihkan sungai.", "Kodim Sleman", "IDNMIL"),
    ("Babinsa mendampingi petani saat panen raya.", "Babinsa", "IDNMIL"),
    ("Kopaska menyelam mencari kotak hitam pesawat.", "Kopaska", "IDNMIL"),
    ("KRI Bung Tomo berlayar menuju Natuna.", "KRI Bung Tomo", "IDNMIL"),
    # society
    ("Pedagang kaki lima menolak relokasi ke lantai dua pasar.", "Pedagang kaki lima", "IDNCVL"),
    ("Rektor menerima perwakilan mahasiswa di gedung rektorat.", "Rektor", "IDNEDU"),
    ("Peternak sapi mengeluhkan harga pakan.", "Peternak", "IDNAGR"),
    ("Puskesmas membuka layanan vaksinasi pada hari Minggu.", "Puskesmas", "IDNHLH"),
    ("Emiten batu bara itu membagikan dividen.", "Emiten", "IDNBUS"),
    ("Awak media menunggu di depan gedung.", "Awak media", "IDNMED"),
    ("Ustaz itu memimpin doa bersama.", "Ustaz", "IDNREL"),
    ("Pegiat antikorupsi mendatangi gedung parlemen.", "Pegiat antikorupsi", "IDNOPP"),
    ("KSPI menolak usulan kenaikan iuran.", "KSPI", "IDNLAB"),
])
def test_a_role_noun_is_coded_by_its_kind(coder, text, mention, code):
    assert mentions(coder, text).get(mention) == code


def test_a_role_noun_without_a_country_takes_the_states_named():
    # words used for any state ("hakim agung", "konsul") carry no country of their own
    lex = lexicon("id")
    toks = "hakim agung".split()
    node = lex.trie
    for w in toks:
        node = node[w]
    entries = [e for e in node["\0"] if e.source.startswith("agents.general.txt")]
    assert entries and entries[0].kind == "role" and entries[0].code == "JUD"


def test_agents_txt_wins_over_the_general_list():
    # "tersangka" is a bare-country actor in agents.txt (CONVENTIONS §4.2); nothing in
    # the general list may redefine a phrase agents.txt has
    lex = lexicon("id")
    entries = lex.trie["tersangka"]["\0"]
    assert [e.code for e in entries] == ["-"]
    assert all(e.source.startswith("agents.txt") for e in entries)


# -- institutions, enterprises, international bodies (orgs-general.tsv) ------------------

@pytest.mark.parametrize("text, mention, code", [
    ("Kemenkeu menunda pencairan dana desa.", "Kemenkeu", "IDNGOV"),
    ("Kemenparekraf mempromosikan wisata Danau Toba.", "Kemenparekraf", "IDNGOV"),
    ("Depag menerbitkan aturan baru tentang biaya haji.", "Depag", "IDNGOV"),
    ("Kemenko Marves memanggil pengelola pelabuhan.", "Kemenko Marves", "IDNGOV"),
    ("BMKG mengeluarkan peringatan dini gelombang tinggi.", "BMKG", "IDNGOV"),
    ("Badan Pusat Statistik merilis angka kemiskinan terbaru.", "Badan Pusat Statistik", "IDNGOV"),
    ("Bakamla mengusir kapal asing dari perairan Natuna.", "Bakamla", "IDNMIL"),
    ("Perum Bulog menyerap gabah petani.", "Perum Bulog", "IDNBUS"),
    ("Jasa Marga menutup sementara gerbang tol.", "Jasa Marga", "IDNBUS"),
    ("Organisasi Buruh Internasional menerbitkan laporan upah.", "Organisasi Buruh Internasional", "IGOUNOLABILO"),
    ("Interpol menerbitkan red notice untuk buronan itu.", "Interpol", "IGOCOPITP"),
    ("Partai Ummat mengkritik kebijakan impor beras.", "Partai Ummat", "IDNOPP"),
])
def test_an_institution_is_coded_by_the_knowledge_base(coder, text, mention, code):
    assert mentions(coder, text).get(mention) == code


@pytest.mark.parametrize("text, expected", [
    ("Bupati Sleman mengkritik Kementerian Keuangan.", [("IDNGOV", "111", "IDNGOV")]),
    ("Polres Bantul menangkap dua pencuri di Sewon.", [("IDNCOP", "173", "IDNCRM")]),
    ("Kodim Sleman bekerja sama dengan Perum Bulog.", [("IDNMIL", "061", "IDNBUS")]),
    ("Organisasi Pangan dan Pertanian PBB memuji petani Indonesia.", [("IGOAGR", "051", "IDNAGR")]),
    # a portfolio name every state has is a role, not Indonesia's ministry: the
    # country named with it decides (orgs-general.tsv lists only Indonesian forms)
    ("Kementerian Luar Negeri China mengecam Jepang.", [("CHNGOV", "111", "JPN")]),
])
def test_events_between_actors_known_by_kind(coder, text, expected):
    assert triples(coder, text) == expected


# -- national institutions belong to the state that owns them, else to Indonesia ---------

@pytest.mark.parametrize("text, expected", [
    # a state named in the object of the act is the one acted on, not the owner
    ("Kementerian Luar Negeri membantah tuduhan Malaysia.", [("IDNGOV", "016", "MYS")]),
    ("Kementerian Pertahanan mengecam rencana Australia.", [("IDNGOV", "111", "AUS")]),
    # a bare "Presiden" is Indonesia's where the text shows Indonesia (CONVENTIONS §3:
    # with no such sign it is unresolved, tests/test_constructions.py)
    ("Presiden menolak permintaan Perdana Menteri Singapura di Istana Merdeka, Jakarta.",
     [("IDNGOV", "123", "SGPGOV")]),
    # a state right after the institution's head phrase owns it
    ("Kementerian Luar Negeri Malaysia membantah tuduhan Indonesia.", [("MYSGOV", "016", "IDN")]),
])
def test_an_institution_without_a_country_is_not_the_object_states(coder, text, expected):
    assert triples(coder, text) == expected


def test_a_state_named_by_an_actor_of_the_sentence_still_gives_its_roles_a_country(coder):
    # the speaker carries Argentina: the bare "pemerintah" he criticises is Argentina's
    text = "Kami menolak kebijakan upah pemerintah, kata ketua serikat buruh nasional Argentina."
    assert mentions(coder, text).get("pemerintah") == "ARGGOV"


# -- companies by the form of their name ------------------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    # the name stands before the word that closes it; Indonesian text: IDNBUS
    ("Kementerian Perdagangan menggugat Sentosa Abadi Tbk.", "Sentosa Abadi Tbk", "IDNBUS"),
    ("Polisi memeriksa pemilik Sinar Bahari Group.", "Sinar Bahari Group", "IDNBUS"),
    ("Kementerian Keuangan menegur Nusantara Prima Holdings.", "Nusantara Prima Holdings", "IDNBUS"),
    ("Kemarin Sentosa Abadi Tbk menggugat Kementerian Perdagangan.", "Sentosa Abadi Tbk", "IDNBUS"),
    # a country in the name is the company's
    ("Kementerian Perindustrian bekerja sama dengan Vietnam Steel Corp.", "Vietnam Steel Corp", "VNMBUS"),
])
def test_a_company_is_known_by_the_form_of_its_name(coder, text, mention, code):
    assert mentions(coder, text).get(mention) == code


def test_a_word_that_closes_a_name_is_no_company_alone(coder):
    found = mentions(coder, "Kemarin Tbk itu menggugat Kementerian Perdagangan.")
    assert found == {"Kementerian Perdagangan": "IDNGOV"}


# -- hyphenated names are looked up as text is tokenised -----------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("Perserikatan Bangsa-Bangsa mengecam junta Myanmar.", "Perserikatan Bangsa-Bangsa", "IGOUNO"),
    ("Perhimpunan Bangsa-Bangsa Asia Tenggara mendesak junta Myanmar.",
     "Perhimpunan Bangsa-Bangsa Asia Tenggara", "IGOSEAASN"),
    ("Politisi PDI-P mengkritik rencana impor beras.", "Politisi PDI-P", "IDNGOV"),
])
def test_a_hyphenated_name_is_found(coder, text, mention, code):
    assert mentions(coder, text).get(mention) == code


# -- international bodies by their Indonesian names (orgs-general.tsv) and by kind -----------

@pytest.mark.parametrize("text, mention, code", [
    ("Organisasi Meteorologi Dunia memperingatkan negara-negara pesisir.", "Organisasi Meteorologi Dunia", "IGOUNO"),
    ("Organisasi Negara-Negara Pengekspor Minyak menolak permintaan India.",
     "Organisasi Negara-Negara Pengekspor Minyak", "IGOBUSOPC"),
    ("Kelompok 20 mendesak Rusia menghentikan serangan.", "Kelompok 20", "IGO"),
    ("Badan Tenaga Atom Internasional mengkritik Korea Utara.", "Badan Tenaga Atom Internasional", "IGOUNOIAE"),
    # a state institution's kind with an international name and no code known: an IGO, not IDNGOV
    ("Badan Pengawas Perikanan Internasional mengecam Jepang.", "Badan Pengawas Perikanan Internasional", "IGO"),
])
def test_an_international_body_is_not_the_states(coder, text, mention, code):
    assert mentions(coder, text).get(mention) == code


# -- ships by their navy's prefix, units by their role ---------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("KRI Bung Karno mengusir kapal ikan Thailand.", "KRI Bung Karno", "IDNMIL"),
    ("HMAS Darwin berlabuh di Tanjung Priok.", "HMAS Darwin", "AUSMIL"),
    ("Koopssus menangkap tiga terduga teroris di Poso.", "Koopssus", "IDNMIL"),
    ("Satbrimob Polda Sulteng membubarkan massa di Palu.", "Satbrimob Polda Sulteng", "IDNCOP"),
])
def test_a_ship_or_unit_is_coded_by_its_role(coder, text, mention, code):
    assert mentions(coder, text).get(mention) == code


def test_a_ship_prefix_alone_is_no_actor(coder):
    assert mentions(coder, "Ada tiga KRI di perairan itu.") == {}


@pytest.mark.parametrize("text, mention, code", [
    # an Indonesian legal form is Indonesia's whatever state the sentence names
    ("Pemerintah Malaysia menuduh PT Hutan Lestari membakar lahan.", "PT Hutan Lestari", "IDNBUS"),
    ("Pemerintah Malaysia menuduh Hutan Lestari Tbk membakar lahan.", "Hutan Lestari Tbk", "IDNBUS"),
    # unless its name says another
    ("PT Petronas Malaysia bekerja sama dengan Pertamina.", "PT Petronas Malaysia", "MYSBUS"),
])
def test_an_indonesian_legal_form_is_indonesias(coder, text, mention, code):
    assert mentions(coder, text).get(mention) == code
