"""A battery for constructions with no pattern at the trigger (issue #18, session 15, trig16):
rules of the grammar that carry every event noun and every verb pattern of the lexicon
into more constructions, not lines for words. Each block is one rule:

- a nominal event after a light verb takes the light verb's subject as its actor also with
  a word between them (grammar ``light_verb_fillers``: "melakukan *aksi* penangkapan",
  "melakukan *tindakan* penganiayaan", "menggelar *lagi* pertemuan");
- verbs of aspect carry a nominal event like light verbs ("melaksanakan penangkapan",
  "memulai penggeledahan", "melanjutkan penyerangan", "mengintensifkan serangan");
- the subject of a verb of receiving or undergoing an act (grammar
  ``receiving_light_verbs``: "mendapat", "menerima", "memperoleh", "menuai", "mengalami",
  "menjadi sasaran/korban/target") is the nominal's target; its actor is named after
  "dari", "oleh" or as its genitive ("X menjadi sasaran serangan Y"); a host receiving a
  visit stays the host (043);
- adverbs may stand between two words of any pattern (grammar ``pattern_adverbs``,
  ``adverb_openers`` with one word: "bertemu *langsung* dengan", "bertemu *secara
  tertutup* dengan", "berkunjung *kembali* ke", "meminta maaf *kembali* kepada");
- the object noun of a verb + noun + owner pattern ("mengabaikan ...2 usulan +") fronted
  before the verb's passive, its owner between them and the agent named after the verb
  ("Usulan X diabaikan Y": Y rejects X's proposal); the whole object phrase of a pattern
  of several object words fronted ("Tawaran mediasi X ditolak Y": 126, not the bare 120);
  a negator or future word before the passive verb of a fronted noun is the act's;
- the pe-an noun of a verb whose stem opens with "r" (grammar ``r_nominal``: perusakan,
  perampasan, perebutan, peringkusan) is the verb's nominal.

Near-misses: the same constructions negated, cancelled, stopped, wished for or planned;
"kembali" as the verb of returning; receiving what is no act ("penghargaan", "laporan
keuangan", "kerugian", "keuntungan"); the receiver never the actor. CODED: every event
listed is coded; NOT_CODED: the event named is not; NOTHING: no event. Every sentence here
was written for these tests; none comes from a gold file."""

from __future__ import annotations

import pytest
from conftest import battery_events as events

CODED = [
    ('Polisi Malaysia melakukan aksi penangkapan terhadap aktivis Thailand.',
     [('MYSCOP', '173', 'THAOPP')]),
    ('Tentara Israel melakukan aksi penyerangan terhadap warga Palestina.',
     [('ISRMIL', '190', 'PSECVL')]),
    ('Polisi melakukan tindakan penganiayaan terhadap wartawan.',
     [('IDNCOP', '182', 'IDNMED')]),
    ('Aparat keamanan Myanmar melakukan tindakan penahanan terhadap biksu.',
     [('MMRCOP', '173', 'MMRREL')]),
    ('Polisi Turki melakukan lagi penggerebekan terhadap kantor partai oposisi.',
     [('TURCOP', '091', 'TUROPP')]),
    ('Kejaksaan Agung melakukan lagi penyelidikan terhadap PT Sinar Jaya.',
     [('IDNJUD', '091', 'IDNBUS')]),
    ('Pemerintah China melakukan aksi pengusiran terhadap diplomat Amerika Serikat.',
     [('CHNGOV', '161', 'USAGOV')]),
    ('Pasukan Rusia melakukan serangkaian penyerangan terhadap wilayah Ukraina.',
     [('RUSMIL', '190', 'UKR')]),
    ('Presiden Joko Widodo menggelar lagi pertemuan dengan Perdana Menteri Malaysia.',
     [('IDNGOV', '040', 'MYSGOV')]),
    ('Menteri Luar Negeri Jepang melakukan lagi kunjungan ke Korea Selatan.',
     [('JPNGOV', '042', 'KOR')]),
    ('Pemerintah Filipina melakukan tindakan pengusiran terhadap kapal China.',
     [('PHLGOV', '174', 'CHN')]),
    ('Tentara Sudan melakukan aksi penembakan terhadap demonstran.',
     [('SDNMIL', '175', 'SDNOPP')]),
    ('Pasukan Israel melaksanakan penangkapan terhadap warga Palestina di Tepi Barat.',
     [('ISRMIL', '173', 'PSECVL')]),
    ('Polisi Kenya memulai penggeledahan terhadap kantor partai oposisi.',
     [('KENCOP', '091', 'KENOPP')]),
    ('Militer Myanmar mengintensifkan serangan terhadap pemberontak Karen.',
     [('MMRMIL', '190', 'MMRREB')]),
    ('Polisi menggencarkan penangkapan terhadap bandar narkoba.',
     [('IDNCOP', '173', 'IDNCRM')]),
    ('Pasukan Rusia mengulangi serangan terhadap kota Kharkiv.',
     [('RUSMIL', '190', 'UKR')]),
    ('Korea Utara melanjutkan pembicaraan dengan Korea Selatan.',
     [('PRK', '040', 'KOR')]),
    ('Pemerintah Thailand mendapat kecaman keras dari pemerintah Malaysia.',
     [('MYSGOV', '111', 'THAGOV')]),
    ('Pemerintah Iran menerima kunjungan dari Presiden Turki.',
     [('IRNGOV', '043', 'TURGOV')]),
    ('Pemerintah Australia memperoleh dukungan dari Selandia Baru.',
     [('NZL', '051', 'AUSGOV')]),
    ('Israel menuai kritik dari Uni Eropa.',
     [('IGOEUREEC', '111', 'ISR')]),
    ('Warga Palestina mengalami penganiayaan oleh tentara Israel.',
     [('ISRMIL', '182', 'PSECVL')]),
    ('Wartawan Thailand menjadi korban penganiayaan polisi Kamboja.',
     [('KHMCOP', '182', 'THAMED')]),
    ('Pemerintah Ukraina menerima bantuan dari Amerika Serikat.',
     [('USA', '070', 'UKRGOV')]),
    ('Presiden Filipina mendapat pujian dari Presiden Amerika Serikat.',
     [('USAGOV', '051', 'PHLGOV')]),
    ('Nelayan Vietnam menjadi korban penembakan oleh penjaga pantai China.',
     [('CHNMIL', '193', 'VNMAGR')]),
    ('Pemerintah Lebanon mendapat tekanan dari Amerika Serikat.',
     [('USA', '170', 'LBNGOV')]),
    ('Pemerintah Kuba menerima bantuan kemanusiaan dari Meksiko.',
     [('MEX', '073', 'CUBGOV')]),
    ('Aktivis Hong Kong menjadi target penangkapan polisi China.',
     [('CHNCOP', '173', 'HKGOPP')]),
    ('Presiden Joko Widodo bertemu langsung dengan Perdana Menteri Jepang.',
     [('IDNGOV', '040', 'JPNGOV')]),
    ('Menteri Luar Negeri Retno Marsudi berbicara langsung dengan Menteri Luar Negeri Australia.',
     [('IDNGOV', '040', 'AUSGOV')]),
    ('Presiden Prancis bertemu secara tertutup dengan Kanselir Jerman.',
     [('FRAGOV', '040', 'DEUGOV')]),
    ('Presiden Amerika Serikat berbicara secara virtual dengan Presiden China.',
     [('USAGOV', '040', 'CHNGOV')]),
    ('Pemerintah Indonesia menegaskan kembali kepada pemerintah Australia soal perbatasan.',
     [('IDNGOV', '010', 'AUSGOV')]),
    ('Perdana Menteri India berkunjung kembali ke Bangladesh.',
     [('INDGOV', '042', 'BGD')]),
    ('Presiden Korea Selatan berkunjung lagi ke Jepang.',
     [('KORGOV', '042', 'JPN')]),
    ('Menteri Pertahanan Amerika Serikat bertemu pula dengan Menteri Pertahanan Filipina.',
     [('USAGOV', '040', 'PHLGOV')]),
    ('Pemerintah Jepang bekerja sama kembali dengan pemerintah Vietnam.',
     [('JPNGOV', '061', 'VNMGOV')]),
    ('Pemerintah Malaysia berunding kembali dengan pemerintah Singapura.',
     [('MYSGOV', '046', 'SGPGOV')]),
    ('Partai Golkar berkoalisi kembali dengan PDI Perjuangan.',
     [('IDNGOV', '050', 'IDNGOV')]),
    ('Menteri Luar Negeri China bertandang langsung ke Pakistan.',
     [('CHNGOV', '042', 'PAK')]),
    ('Pasukan Rusia melakukan perusakan terhadap desa Ukraina.',
     [('RUSMIL', '1712', 'UKR')]),
    ('Polisi Malaysia melakukan perampasan terhadap kapal nelayan Thailand.',
     [('MYSCOP', '171', 'THAAGR')]),
    ('Perebutan wilayah Ukraina oleh pasukan Rusia berlangsung sengit.',
     [('RUSMIL', '192', 'UKR')]),
    ('Polisi melakukan peringkusan terhadap aktivis Papua.',
     [('IDNCOP', '173', 'IDNOPP')]),
    ('Perampasan tanah oleh tentara Israel terhadap warga Palestina terus terjadi.',
     [('ISRMIL', '171', 'PSECVL')]),
    ('Pemerintah Thailand mendapat kecaman dari pemerintah Malaysia.',
     [('MYSGOV', '111', 'THAGOV')]),
    ('Pemerintah Iran menerima kunjungan Presiden Turki.',
     [('IRNGOV', '043', 'TURGOV')]),
    ('Pemerintah Jepang meminta maaf kembali kepada pemerintah Korea Selatan.',
     [('JPNGOV', '055', 'KORGOV')]),
    ('Presiden Prancis mengucapkan selamat langsung kepada Presiden Brasil.',
     [('FRAGOV', '051', 'BRAGOV')]),
    ('Pemerintah Indonesia mengirimkan kembali bantuan kemanusiaan ke Palestina.',
     [('IDNGOV', '073', 'PSE')]),
    ('Perdana Menteri Inggris bertemu juga dengan Presiden Ukraina.',
     [('GBRGOV', '040', 'UKRGOV')]),
    ('Menteri Luar Negeri Indonesia berdialog langsung dengan Menteri Luar Negeri Myanmar.',
     [('IDNGOV', '040', 'MMRGOV')]),
    ('Presiden Turki berkomunikasi langsung dengan Presiden Rusia.',
     [('TURGOV', '040', 'RUSGOV')]),
    ('Pemerintah Vietnam berdamai kembali dengan pemerintah Kamboja.',
     [('VNMGOV', '050', 'KHMGOV')]),
    ('Pemerintah Mesir bermusyawarah kembali dengan pemerintah Sudan.',
     [('EGYGOV', '040', 'SDNGOV')]),
    ('Pemerintah Australia menyampaikan langsung kepada pemerintah Indonesia keberatannya.',
     [('AUSGOV', '010', 'IDNGOV')]),
    ('Presiden Afrika Selatan berjanji kembali kepada pemerintah Zimbabwe.',
     [('ZAFGOV', '030', 'ZWEGOV')]),
    ('Polisi Prancis melakukan tindakan pembubaran terhadap demonstran.',
     [('FRACOP', '175', 'FRAOPP')]),
    ('Polisi Hong Kong melakukan aksi pembubaran terhadap pengunjuk rasa.',
     [('HKGCOP', '175', 'HKGOPP')]),
    ('Militer Thailand melakukan aksi penculikan terhadap aktivis Kamboja.',
     [('THAMIL', '181', 'KHMOPP')]),
    ('Kepolisian Filipina melakukan tindakan penembakan terhadap bandar narkoba.',
     [('PHLCOP', '193', 'PHLCRM')]),
    ('Pemerintah Iran melakukan aksi penahanan terhadap wartawan Inggris.',
     [('IRNGOV', '173', 'GBRMED')]),
    ('Pemerintah Belarus melakukan tindakan pemenjaraan terhadap tokoh oposisi.',
     [('BLRGOV', '173', 'BLROPP')]),
    ('Pasukan Ethiopia melanjutkan pengepungan terhadap kota Mekelle.',
     [('ETHMIL', '191', 'ETH')]),
    ('Tentara Suriah memulai pengeboman terhadap kota Idlib.',
     [('SYRMIL', '195', 'SYR')]),
    ('Pemerintah Malaysia mendapat protes dari pemerintah Indonesia.',
     [('IDNGOV', '111', 'MYSGOV')]),
    ('Pemerintah Korea Utara mendapat sanksi dari Dewan Keamanan PBB.',
     [('IGOUNO', '163', 'PRKGOV')]),
    ('Presiden Brasil mendapatkan kritikan dari Presiden Prancis.',
     [('FRAGOV', '111', 'BRAGOV')]),
    ('Pemerintah Myanmar menuai kecaman dari ASEAN.',
     [('IGOSEAASN', '111', 'MMRGOV')]),
    ('Pemerintah Ukraina menerima pujian dari Presiden Polandia.',
     [('POLGOV', '051', 'UKRGOV')]),
    ('Pemerintah Yaman mendapat serangan dari pemberontak Houthi.',
     [('YEMREB', '190', 'YEMGOV')]),
    ('Pemukim Israel menjadi sasaran penyerangan pemuda Palestina.',
     [('PSE', '190', 'ISR')]),
    ('Kedutaan Besar Amerika Serikat menjadi sasaran serangan pemberontak Houthi.',
     [('YEMREB', '190', 'USAGOV')]),
    ('Tentara Nigeria melanjutkan penyerangan terhadap kelompok Boko Haram.',
     [('NGAMIL', '190', 'NGAREB')]),
    ('Presiden Rusia berbicara lagi dengan Presiden Turki.',
     [('RUSGOV', '040', 'TURGOV')]),
    ('Pemerintah Filipina bertemu langsung dengan pemerintah China.',
     [('PHLGOV', '040', 'CHNGOV')]),
    ('Pemerintah Jepang mengecam keras pemerintah Korea Utara.',
     [('JPNGOV', '111', 'PRKGOV')]),
    ('Tentara Israel terus melakukan aksi penyerangan terhadap warga Palestina.',
     [('ISRMIL', '190', 'PSECVL')]),
    ('Penyerangan yang dilakukan tentara Israel terhadap warga Palestina dikecam.',
     [('ISRMIL', '190', 'PSECVL')]),
    ('Pemerintah Malaysia melakukan aksi penangkapan terhadap aktivis Thailand.',
     [('MYSGOV', '173', 'THAOPP')]),
    # a fronted object noun with its owner before the passive verb
    ('Usulan pemerintah Thailand diabaikan pemerintah Malaysia.', [('MYSGOV', '120', 'THAGOV')]),
    ('Permintaan maaf pemerintah Jepang diterima pemerintah Korea Selatan.', [('KORGOV', '056', 'JPNGOV')]),
    ('Tuntutan buruh Korea Selatan dipenuhi pemerintah Korea Selatan.', [('KORGOV', '083', 'KORLAB')]),
    ('Permintaan ekstradisi pemerintah Amerika Serikat dikabulkan pengadilan Inggris.', [('GBRJUD', '080', 'USAGOV')]),
    ('Tuduhan pemerintah China dibantah pemerintah Taiwan.', [('TWNGOV', '016', 'CHNGOV')]),
    ('Seruan Sekjen PBB diabaikan junta Myanmar.', [('MMRGOV', '120', 'IGOUNO')]),
    ('Tawaran mediasi Turki ditolak oleh Israel.', [('ISR', '126', 'TUR')]),
    ('Rekomendasi Ombudsman kepada KPK diabaikan.', [('IDNGOV', '020', 'IDNJUD')]),
    # a meeting called off is CAMEO 161 (CONVENTIONS: cancel a planned visit; roots19)
    ('Presiden Amerika Serikat batal bertemu langsung dengan Presiden Rusia.', [('USAGOV', '161', 'RUSGOV')]),
]

NOT_CODED = [
    # the receiver is never the actor
    ('Pemerintah Thailand mendapat kecaman dari pemerintah Malaysia.', ('THAGOV', '111', 'MYSGOV')),
    ('Pemerintah Yaman mendapat serangan dari pemberontak Houthi.', ('YEMGOV', '190', 'YEMREB')),
    ('Kedutaan Besar Amerika Serikat menjadi sasaran serangan pemberontak Houthi.', ('USAGOV', '190', 'YEMREB')),
    ('Wartawan Thailand menjadi korban penganiayaan polisi Kamboja.', ('THAMED', '182', 'KHMCOP')),
    ('Pemerintah Ukraina menerima bantuan dari Amerika Serikat.', ('UKRGOV', '070', 'USA')),
    ('Pemerintah Iran menerima kunjungan Presiden Turki.', ('IRNGOV', '042', 'TURGOV')),
    ('Pemerintah Iran menerima kunjungan dari Presiden Turki.', ('IRNGOV', '042', 'TURGOV')),
    ('Tawaran mediasi Turki ditolak oleh Israel.', ('ISR', '120', 'TUR')),
    # denied, planned or stopped acts are not done
    ('Polisi membantah melakukan aksi penangkapan terhadap aktivis.', ('IDNCOP', '173', 'IDNOPP')),
    ('Polisi Malaysia akan melakukan aksi penangkapan terhadap aktivis Thailand.', ('MYSCOP', '173', 'THAOPP')),
    ('Pemerintah Malaysia menghentikan penyerangan terhadap kelompok pemberontak.', ('MYSGOV', '190', 'MYSREB')),
    ('Polisi menghentikan aksi penangkapan terhadap aktivis.', ('IDNCOP', '173', 'IDNOPP')),
]

NOTHING = [
    'Usulan pemerintah Thailand tidak ditolak pemerintah Malaysia.',
    'Permintaan maaf pemerintah Jepang belum diterima pemerintah Korea Selatan.',
    'Presiden kembali ke Jakarta pada Senin.',
    'Polisi Malaysia tidak melakukan aksi penangkapan terhadap aktivis Thailand.',
    'Presiden Joko Widodo tidak bertemu langsung dengan Perdana Menteri Malaysia.',
    'Warga Thailand mengalami kecelakaan di Malaysia.',
    'Pemerintah Thailand menerima laporan keuangan dari bank.',
    'Presiden Joko Widodo kembali ke Istana Bogor usai kunjungan.',
    'Pemerintah Jepang belum pernah lagi bertemu dengan pemerintah Korea Utara.',
    'Menteri Perdagangan menerima penghargaan di Jakarta.',
    'Pesawat itu terbang kembali ke bandara asal.',
    'Pemerintah Malaysia tidak mendapat kecaman dari pemerintah Indonesia.',
    'Pemerintah Thailand menerima penghargaan dari lembaga survei.',
    'Warga Malaysia mengalami kerugian akibat banjir.',
    'Pemerintah Indonesia tidak akan berkunjung kembali ke Australia.',
    'Presiden Amerika Serikat tidak bertemu langsung dengan Presiden Rusia.',
    'Pemerintah Jepang berharap bertemu langsung dengan pemerintah Korea Utara.',
    'Perusahaan Malaysia mendapat keuntungan dari pasar Thailand.',
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
