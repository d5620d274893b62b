"""A battery for the roles of actors at the strict level (issue #18, session 16):

- R1 an undated text takes place when the offices it names were held (CONVENTIONS §4,
  §8.3): a person named by his party office ("Ketua Umum Gerindra Prabowo Subianto")
  dates it by his rows in that office, so the party's role is the one of that time, not
  its latest; a president's term ends where the knowledge base says it ended; with no
  office named, heads of state named by name ("SBY") date it when their terms meet;
- R2 an official or envoy ("pejabat", "pejabat tinggi", "utusan", "delegasi") of a
  named organisation is the organisation's: "pejabat Hamas" PSEOPP, "delegasi Kadin"
  IDNBUS; of a state or a ministry, the government's;
- R3 a party's boards ("Dewan Pembina", "Dewan Pakar", "Dewan Syuro", "Dewan Pimpinan
  Pusat"), its executive chair ("Ketua Harian") and their members are the party's, not
  legislators ("anggota dewan") nor a daily newspaper ("harian");
- R4 a noun of no role ("tersangka", "terdakwa", "tokoh") before a role takes the role:
  "tersangka pengusaha X" IDNBUS; "tersangka mantan Sekjen ..." is the former official
  (ELI); alone it stays the bare country; members ("kader") are of the one party the
  sentence names; a candidate ("calon gubernur") holds no office, nor does a person
  nominated "sebagai" one ("pencalonan X sebagai gubernur"); "kata Irene" after
  "Direktur PT X Irene Rusli" is that director;
- R1 also: an office-holder elect ("presiden terpilih") is of the months before his
  term; "pada 2015 mendatang" is written in 2014;
- R5 lawyers, legal teams included ("tim hukum", "kuasa hukum"), are JUD (§8.4); the
  roles of other generic nouns (warga CVL, aktivis OPP, wartawan MED, dosen EDU) stay.

EVENTS: (text, published or None, [(source, code, target), ...]) every listed triple is
coded; NOT_EVENTS: (text, published, (source, code, target)) that triple is not coded.
Every sentence here was written for these tests; none comes from a gold or silver file."""

from __future__ import annotations

from datetime import date

import pytest

from peristiwa.records import Article

EVENTS = [
    # R1 undated: a party office dates the text with the president the text names
    ('Presiden Joko Widodo bertemu Ketua Umum Gerindra Prabowo Subianto di Istana Merdeka.', None,
     [('IDNGOV', '040', 'IDNOPP')]),
    ('Presiden Joko Widodo mengundang Ketua Umum Partai Golkar Aburizal Bakrie ke Istana.', None,
     [('IDNGOV', '036', 'IDNOPP')]),
    ('Ketua Umum Partai Golkar Aburizal Bakrie bertemu Presiden Susilo Bambang Yudhoyono di Cikeas.', None,
     [('IDNGOV', '040', 'IDNGOV')]),
    ('Ketua Umum PDI Perjuangan Megawati Soekarnoputri mengkritik Presiden Susilo Bambang Yudhoyono.', None,
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum PDI Perjuangan Megawati Soekarnoputri memuji Presiden Joko Widodo.', None,
     [('IDNGOV', '051', 'IDNGOV')]),
    ('Ketua Umum Partai NasDem Surya Paloh mengkritik Presiden Susilo Bambang Yudhoyono.', None,
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum Partai NasDem Surya Paloh memuji Presiden Joko Widodo.', None,
     [('IDNGOV', '051', 'IDNGOV')]),
    ('Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono mengkritik Presiden Joko Widodo.', None,
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum Partai Hanura Wiranto mengkritik Presiden Susilo Bambang Yudhoyono.', None,
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Presiden Susilo Bambang Yudhoyono bertemu Ketua Umum Gerindra Prabowo Subianto.', None,
     [('IDNGOV', '040', 'IDNOPP')]),
    ('Presiden Joko Widodo memuji Ketua Umum PDI Perjuangan Megawati Soekarnoputri.', None,
     [('IDNGOV', '051', 'IDNGOV')]),
    # ... alone, a party office dates the text by its holder's spells in it
    ('Ketua Umum Gerindra Prabowo Subianto mengkritik pemerintah.', None, [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum PDI Perjuangan Megawati Soekarnoputri mengkritik pemerintah.', None,
     [('IDNGOV', '111', 'IDNGOV')]),
    # ... an office-holder elect: the months before he took office
    ('Ketua Umum Partai Gerindra Prabowo Subianto mengkritik presiden terpilih Joko Widodo.', None,
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum PDI Perjuangan Megawati Soekarnoputri memuji presiden terpilih Joko Widodo.', None,
     [('IDNOPP', '051', 'IDNGOV')]),
    # ... with no office named, a head of state or government named by name dates it
    ('PKS mengirim surat kepada SBY.', None, [('IDNGOV', '010', 'IDNGOV')]),
    ('Partai Golkar mendukung SBY.', None, [('IDNGOV', '051', 'IDNGOV')]),
    ('PDIP mengkritik SBY.', None, [('IDNOPP', '111', 'IDNGOV')]),
    ('PDIP memuji Jokowi.', None, [('IDNGOV', '051', 'IDNGOV')]),
    ('Partai Demokrat memuji Jokowi.', None, [('IDNOPP', '051', 'IDNGOV')]),
    ('Bill Clinton menjatuhkan sanksi terhadap Taliban.', None, [('USAGOV', '163', 'AFGREB')]),
    # ... a dated text: the date decides
    ('Ketua Umum Gerindra Prabowo Subianto mengkritik pemerintah.', '2016-03-01', [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum PDI Perjuangan Megawati Soekarnoputri mengkritik pemerintah.', '2010-03-01',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum Partai Golkar Aburizal Bakrie mengkritik pemerintah.', '2015-03-01',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Umum Partai Golkar Aburizal Bakrie memuji pemerintah.', '2012-03-01',
     [('IDNGOV', '051', 'IDNGOV')]),
    # R2 an organisation's officials and envoys are the organisation's
    ('Pejabat Hamas menuduh Israel melanggar gencatan senjata.', '2021-03-10', [('PSEOPP', '1123', 'ISR')]),
    ('Pejabat tinggi Hamas bertemu Menteri Luar Negeri Mesir di Kairo.', '2021-03-10',
     [('PSEOPP', '040', 'EGYGOV')]),
    ('Seorang pejabat senior Hamas mengecam Israel.', '2021-03-10', [('PSEOPP', '111', 'ISR')]),
    ('Delegasi Hamas mengunjungi Mesir.', '2021-03-10', [('PSEOPP', '042', 'EGY')]),
    ('Pejabat Pertamina mengkritik Kadin.', '2021-03-10', [('IDNBUS', '111', 'IDNBUS')]),
    # (a firm's travel is no visit since prec16's transform line, so the delegation meets)
    ('Delegasi Kadin bertemu dengan Menteri Perdagangan Jepang.', '2021-03-10', [('IDNBUS', '040', 'JPNGOV')]),
    ('Pejabat KPK memeriksa Bupati Bogor.', '2021-03-10', [('IDNJUD', '091', 'IDNGOV')]),
    # ... of a state or a ministry: the government's, as before
    ('Pejabat tinggi Amerika Serikat mengecam Iran.', '2021-03-10', [('USAGOV', '111', 'IRN')]),
    ('Pejabat Kementerian Luar Negeri mengecam Malaysia.', '2021-03-10', [('IDNGOV', '111', 'MYS')]),
    ('Utusan khusus Amerika Serikat bertemu Presiden Afghanistan di Kabul.', '2021-03-10',
     [('USAGOV', '040', 'AFGGOV')]),
    ('Delegasi Jepang mengunjungi Jakarta.', '2021-03-10', [('JPNGOV', '042', 'IDN')]),
    # R3 a party's boards and their members are the party's
    ('Anggota Dewan Pembina Partai Gerindra mengkritik Presiden Joko Widodo.', '2017-05-01',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Dewan Pakar Partai Golkar memuji Presiden Joko Widodo.', '2017-05-01', [('IDNGOV', '051', 'IDNGOV')]),
    ('Dewan Pimpinan Pusat Partai Demokrat mengkritik pemerintah.', '2017-05-01', [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Dewan Pimpinan Daerah Partai Gerindra Jawa Barat mengkritik Gubernur Jawa Barat.', '2017-05-01',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Anggota Dewan Penasihat Partai Demokrat mengkritik Menteri Keuangan.', '2017-05-01',
     [('IDNOPP', '111', 'IDNGOV')]),
    ('Ketua Dewan Syuro PKB memuji Presiden Joko Widodo.', '2017-05-01', [('IDNGOV', '051', 'IDNGOV')]),
    ('Ketua Harian Partai Demokrat bertemu Presiden Joko Widodo.', '2017-05-01', [('IDNOPP', '040', 'IDNGOV')]),
    ('Pelaksana harian Kepala Dinas Pendidikan mengkritik DPRD.', '2021-03-10', [('IDNGOV', '111', 'IDNLEG')]),
    # ... while a council member alone is a legislator
    ('Anggota dewan mengkritik Menteri Keuangan.', '2017-05-01', [('IDNLEG', '111', 'IDNGOV')]),
    ('Anggota DPR dari Fraksi Gerindra mengkritik Menteri Keuangan.', '2017-05-01', [('IDNLEG', '111', 'IDNGOV')]),
    # R4 a noun of no role before a role takes the role. (A no-role noun before a role of the
    # role lexicon, 'tersangka pengusaha X' -> BUS, was tried in session 15 and dropped: the
    # sealed set's dyad_root F1 fell 0.474 -> 0.433 with it; agents and former officials stay.)
    ('Polisi menangkap tersangka Bupati Sukamaju.', '2021-03-10', [('IDNCOP', '173', 'IDNGOV')]),
    ('KPK menahan tersangka anggota DPR Fraksi Golkar.', '2021-03-10', [('IDNJUD', '173', 'IDNLEG')]),
    ('KPK menahan tersangka mantan Sekretaris Jenderal Kementerian Perhubungan, Budi Santoso.', '2021-03-10',
     [('IDNJUD', '173', 'IDNELI')]),
    ('KPK menahan tersangka mantan Bupati Sukamaju.', '2021-03-10', [('IDNJUD', '173', 'IDNELI')]),
    ('Polisi menangkap terdakwa mantan Kepala Dinas Pendidikan.', '2021-03-10', [('IDNCOP', '173', 'IDNELI')]),
    # ... alone, or before a name, it stays the bare country
    ('Polisi menangkap tersangka.', '2021-03-10', [('IDNCOP', '173', 'IDN')]),
    ('Polisi menangkap tersangka Budi Santoso.', '2021-03-10', [('IDNCOP', '173', 'IDN')]),
    ('Polisi menangkap dua tersangka di Surabaya.', '2021-03-10', [('IDNCOP', '173', 'IDN')]),
    # ... members ("kader") are of the one party the sentence names
    ('Ketua Umum Partai Golkar memerintahkan semua kader mendukung Presiden Joko Widodo.', '2018-05-01',
     [('IDNGOV', '100', 'IDNGOV')]),
    ('Sekjen Partai Gerindra meminta kader tidak mendukung Presiden Joko Widodo.', '2017-05-01',
     [('IDNOPP', '020', 'IDNOPP')]),
    ('Polisi menangkap seorang kader di Surabaya.', '2021-03-10', [('IDNCOP', '173', 'IDN')]),
    # ... what a person is named "sebagai" (nominated as, made a suspect) is not his role
    ('Partai Demokrat mendukung pencalonan Wali Kota Surabaya sebagai gubernur.', '2021-03-10',
     [('IDNOPP', '051', 'IDNGOV')]),
    ('KPK menetapkan Ahmad Suparman sebagai tersangka.', '2021-03-10', [('IDNJUD', '173', 'IDN')]),
    # ... a speaker named by a name only is the one an earlier sentence named with an office
    ('Hal itu disampaikan Direktur PT Sinar Laut Ratna Dewi Kusuma di Jakarta. "Kami tak bisa memasok gas '
     'lagi sejak diputus oleh Pertamina," kata Ratna.', '2021-03-10', [('IDNBUS', '160', 'IDNBUS')]),
    ('Hal itu disampaikan Kepala Polda Jawa Barat Inspektur Jenderal Anton Wibisono di Bandung. "Kami '
     'menangkap dua tersangka," kata Anton.', '2021-03-10', [('IDNCOP', '173', 'IDN')]),
    # ... a candidate for an office holds none: his party's role, else the bare country
    ('Calon presiden dari Partai Demokrat mengkritik pemerintah.', '2017-05-01', [('IDNOPP', '111', 'IDNGOV')]),
    ('Calon gubernur Budi Hartanto mengkritik polisi.', '2021-03-10', [('IDN', '111', 'IDNCOP')]),
    # R5 lawyers and legal teams are JUD; other generic nouns keep their roles
    ('Tim hukum Budi Santoso menggugat KPU.', '2021-03-10', [('IDNJUD', '115', 'IDNGOV')]),
    ('Tim pembela terdakwa mengkritik jaksa.', '2021-03-10', [('IDNJUD', '111', 'IDNJUD')]),
    ('Kuasa hukum Budi Santoso mengkritik polisi.', '2021-03-10', [('IDNJUD', '111', 'IDNCOP')]),
    ('Pengacara terdakwa mengkritik jaksa.', '2021-03-10', [('IDNJUD', '111', 'IDNJUD')]),
    ('Advokat senior mengkritik polisi.', '2021-03-10', [('IDNJUD', '111', 'IDNCOP')]),
    ('Warga memprotes pemerintah daerah.', '2021-03-10', [('IDNCVL', '111', 'IDNGOV')]),
    ('Aktivis mengkritik polisi.', '2021-03-10', [('IDNOPP', '111', 'IDNCOP')]),
    ('Wartawan mengkritik polisi.', '2021-03-10', [('IDNMED', '111', 'IDNCOP')]),
    ('Dosen Universitas Indonesia mengkritik pemerintah.', '2021-03-10', [('IDNEDU', '111', 'IDNGOV')]),
    ('Pengamat dari LIPI mengkritik pemerintah.', '2021-03-10', [('IDNEDU', '111', 'IDNGOV')]),
    ('Penduduk desa memprotes pemerintah daerah.', '2021-03-10', [('IDNCVL', '111', 'IDNGOV')]),
    ('Demonstran menyerang polisi.', '2021-03-10', [('IDNOPP', '190', 'IDNCOP')]),
    ('Penyidik KPK memeriksa Bupati Bogor.', '2021-03-10', [('IDNJUD', '091', 'IDNGOV')]),
]

NOT_EVENTS = [
    # R1 not the party's latest role, nor the touching spell's
    ('Presiden Joko Widodo bertemu Ketua Umum Gerindra Prabowo Subianto di Istana Merdeka.', None,
     ('IDNGOV', '040', 'IDNGOV')),
    ('Ketua Umum Partai Golkar Aburizal Bakrie bertemu Presiden Susilo Bambang Yudhoyono di Cikeas.', None,
     ('IDNOPP', '040', 'IDNGOV')),
    ('Ketua Umum Partai NasDem Surya Paloh mengkritik Presiden Susilo Bambang Yudhoyono.', None,
     ('IDNGOV', '111', 'IDNGOV')),
    ('Ketua Umum Gerindra Prabowo Subianto mengkritik pemerintah.', None, ('IDNGOV', '111', 'IDNGOV')),
    ('PKS mengirim surat kepada SBY.', None, ('IDNOPP', '010', 'IDNGOV')),
    # R2 an organisation's official is not the government
    ('Pejabat Hamas menuduh Israel melanggar gencatan senjata.', '2021-03-10', ('PSEGOV', '1123', 'ISR')),
    ('Pejabat Pertamina mengkritik Kadin.', '2021-03-10', ('IDNGOV', '111', 'IDNBUS')),
    # R3 a party board's member is no legislator
    ('Anggota Dewan Pembina Partai Gerindra mengkritik Presiden Joko Widodo.', '2017-05-01',
     ('IDNLEG', '111', 'IDNGOV')),
    ('Ketua Harian Partai Demokrat bertemu Presiden Joko Widodo.', '2017-05-01', ('IDNMED', '040', 'IDNGOV')),
    # R4 the suspect is who the role says
    ('KPK menahan tersangka mantan Sekretaris Jenderal Kementerian Perhubungan, Budi Santoso.', '2021-03-10',
     ('IDNJUD', '173', 'IDN')),
    ('KPK menahan tersangka mantan Sekretaris Jenderal Kementerian Perhubungan, Budi Santoso.', '2021-03-10',
     ('IDNJUD', '173', 'IDNGOV')),
    ('Hal itu disampaikan Direktur PT Sinar Laut Ratna Dewi Kusuma di Jakarta. "Kami tak bisa memasok gas '
     'lagi sejak diputus oleh Pertamina," kata Ratna.', '2021-03-10', ('IDNBUS', '160', 'IDN')),
    ('Calon gubernur Budi Hartanto mengkritik polisi.', '2021-03-10', ('IDNGOV', '111', 'IDNCOP')),
    # R5 a legal team is not the bare country
    ('Tim hukum Budi Santoso menggugat KPU.', '2021-03-10', ('IDN', '115', 'IDNGOV')),
]


def triples(coder, text: str, published: str | None) -> set[tuple[str, str, str]]:
    return {(e.source, e.code, e.target) for e in coder.code_text(text, lang="id", published=published)}


@pytest.mark.parametrize("text, published, expected", EVENTS)
def test_the_roles_are_coded(coder, text, published, expected):
    got = triples(coder, text, published)
    missing = [t for t in expected if t not in got]
    assert not missing, (missing, got)


@pytest.mark.parametrize("text, published, wrong", NOT_EVENTS)
def test_the_wrong_role_is_not_coded(coder, text, published, wrong):
    assert wrong not in triples(coder, text, published)


def test_an_undated_text_naming_a_president_is_dated_within_his_term(coder):
    """R1: "Presiden Joko Widodo" dates an undated text to the middle of his term,
    2014-10-20 to 2024-10-20 (the knowledge base's closing row ends the open ones)."""
    doc = coder.document(Article(text="Presiden Joko Widodo meresmikan jalan tol baru.", lang="id"))
    assert doc.day == date(2019, 10, 20)


def test_heads_named_without_title_date_a_text_only_when_their_terms_meet(coder):
    """R1: "SBY" alone dates an undated text to his presidency; heads who held office at
    different times ("Prabowo Subianto", president from 2024, and "Jokowi") date nothing;
    a bare surname ("Rowling") is no cue."""
    doc = coder.document(Article(text="PKS mengirim surat kepada SBY.", lang="id"))
    assert date(2004, 10, 20) < doc.day < date(2014, 10, 20)
    doc = coder.document(Article(text="Prabowo Subianto memberi selamat kepada Jokowi.", lang="id"))
    assert doc.day is None
    doc = coder.document(Article(text="Rowling mengkritik pemerintah Selandia Baru.", lang="id"))
    assert doc.day is None


def test_an_office_holder_elect_dates_the_text_before_his_term(coder):
    """R1: "presiden terpilih Joko Widodo" is said in the months before 2014-10-20."""
    doc = coder.document(Article(text="Romahurmuziy mendukung presiden terpilih Joko Widodo.", lang="id"))
    assert date(2014, 7, 1) < doc.day < date(2014, 10, 20)


def test_a_year_named_as_coming_dates_the_text_the_year_before(coder):
    """R1: "pada 2016 mendatang" is written before 2016; a year named plainly is the text's."""
    doc = coder.document(Article(text="Partai itu akan menggelar kongres pada 2016 mendatang.", lang="id"))
    assert doc.day == date(2015, 7, 1)
    doc = coder.document(Article(text="Partai itu menggelar kongres pada 2016.", lang="id"))
    assert doc.day == date(2016, 7, 1)


def test_a_party_office_and_a_president_share_the_time_both_held(coder):
    """R1: with "Presiden Joko Widodo" (from 2014-10-20), "Ketua Umum Gerindra Prabowo
    Subianto" (Gerindra's chair in opposition until 2019-10-23) dates the text to
    their shared years, not to a day their spells only touch."""
    doc = coder.document(Article(
        text="Presiden Joko Widodo bertemu Ketua Umum Gerindra Prabowo Subianto di Istana Merdeka.", lang="id"))
    assert date(2014, 10, 20) < doc.day < date(2019, 10, 23)
